// Why: SHA-256 proves bytes unaltered: a photo's hash in the bundle, the payload's hash the
// command-line verifier prints, a key's thumbprint. WebCrypto does the work in browsers and
// in Node 20 alike, so the app and the verifier share this code.

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await sha256(bytes));
}
