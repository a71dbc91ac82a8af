// Why: one QR code drawn as an SVG path from uqr's module matrix: crisp at any size (a join
// code on the tablet is read from a metre away), no canvas, no markup from strings. Only the
// lazily loaded many-hands screens import this, so the encoder never weighs on the first load.
import { encode } from 'uqr';
import { useMemo } from 'preact/hooks';

/** Error correction M (15 %): glare and a shaky hand, at a size that stays readable. */
export const QR_ECC = 'M';

export function QrCode({ text, label, class: cls }: { text: string; label: string; class?: string }) {
  const { d, size } = useMemo(() => {
    const qr = encode(text, { ecc: QR_ECC, border: 4 });
    let path = '';
    qr.data.forEach((row, y) => {
      let x = 0;
      while (x < row.length) {
        if (!row[x]) {
          x += 1;
          continue;
        }
        const start = x;
        while (x < row.length && row[x]) x += 1;
        path += `M${start} ${y}h${x - start}v1h${start - x}z`;
      }
    });
    return { d: path, size: qr.size };
  }, [text]);
  return (
    <svg class={cls} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges" data-qr={text}>
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
