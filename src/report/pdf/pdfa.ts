// Why: a report may end up in a municipal archive and must be accessible, so it aims at
// PDF/A-2a and PDF/UA-1: fonts embedded with a Unicode map for every glyph (fonts.ts), the
// logical structure with every piece of content tagged or an artifact (tagging.ts), an sRGB
// output intent, XMP metadata that says the same as the document information dictionary and
// identifies both standards (PDF/UA's identification schema declared as an extension schema,
// as PDF/A requires for a schema it does not know), and the document's language.
// 2a rather than 2u: 2u asks only for the Unicode map, which the report has anyway; the
// structure tree PDF/UA needs is what 2a adds, so the file can say so. jsPDF has no PDF/A
// mode; this adds the missing objects through its document events.
import { jsPDF } from 'jspdf';
import { SRGB_PROFILE_BASE64, SRGB_PROFILE_NAME } from './srgb-profile';

export interface ArchivalInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  readonly creator: string;
  /** BCP 47, e.g. `nl-NL`. */
  readonly language: string;
  readonly createdAt: Date;
}

/** The parts of jsPDF's internals this module writes through (present, but not in its types). */
interface Internals {
  readonly events: { subscribe(topic: string, fn: () => void): unknown };
  newObject(): number;
  write(...parts: string[]): void;
  putStream(options: { data: string; filters?: string[]; additionalKeyValues?: { key: string; value: string | number }[]; objectId?: number }): void;
}

interface Private {
  setPdfVersion(version: string): void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `D:20261112153000+00'00'` and `2026-11-12T15:30:00+00:00`: one moment, in UTC, both ways. */
export function pdfDates(d: Date): { info: string; xmp: string } {
  const [y, mo, da, h, mi, s] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  return {
    info: `D:${y}${pad(mo)}${pad(da)}${pad(h)}${pad(mi)}${pad(s)}+00'00'`,
    xmp: `${y}-${pad(mo)}-${pad(da)}T${pad(h)}:${pad(mi)}:${pad(s)}+00:00`,
  };
}

/**
 * Makes a text safe for the information dictionary, where jsPDF writes UTF-16 in a literal
 * string without escaping a carriage-return byte (which readers turn into a line feed, so
 * "č", U+010D, would come back as "Ċ"). Such characters are decomposed where Unicode allows
 * (č = c + combining caron) and replaced otherwise. The XMP gets the very same text, so the
 * two stay equal as PDF/A requires.
 */
export function infoText(text: string): string {
  const codeUnits = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
  const risky = (s: string) => codeUnits(s).some((u) => (u & 0xff) === 0x0d || u >> 8 === 0x0d);
  let out = '';
  // oxlint-disable-next-line no-control-regex
  for (const ch of text.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u00ad]+/g, ' ')) {
    if (!risky(ch)) out += ch;
    else out += risky(ch.normalize('NFD')) ? '\ufffd' : ch.normalize('NFD');
  }
  return out.replace(/\s+/g, ' ').trim();
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function xmpPacket(info: ArchivalInfo, producer: string): string {
  const date = pdfDates(info.createdAt).xmp;
  const x = (s: string) => escapeXml(infoText(s));
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${x(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${x(info.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${x(info.language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>${x(info.keywords)}</pdf:Keywords>
   <pdf:Producer>${x(producer)}</pdf:Producer>
   <xmp:CreatorTool>${x(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>A</pdfaid:conformance>
   <pdfuaid:part>1</pdfuaid:part>
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>The part of ISO 14289 (PDF/UA) this file conforms to</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** UTF-8 bytes as the one-char-per-byte string jsPDF writes out. */
function utf8Binary(text: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(text)) out += String.fromCharCode(b);
  return out;
}

/** PDF literal string for ASCII-only text (the language tag, the profile name). */
const literal = (s: string) => `(${s.replace(/[^\x20-\x7e]/g, '').replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** Sets the document information and adds the output intent, XMP and language at output time. */
export function makeArchival(doc: jsPDF, info: ArchivalInfo): void {
  const internal = doc.internal as unknown as Internals;
  const priv = (doc as unknown as { __private__: Private }).__private__;
  priv.setPdfVersion('1.7');
  doc.setCreationDate(pdfDates(info.createdAt).info);
  doc.setDocumentProperties({
    title: infoText(info.title),
    author: infoText(info.author),
    subject: infoText(info.subject),
    keywords: infoText(info.keywords),
    creator: infoText(info.creator),
  });
  const producer = `jsPDF ${jsPDF.version}`;
  let metadataId = 0;
  let intentId = 0;
  internal.events.subscribe('postPutResources', () => {
    const profileId = internal.newObject();
    internal.putStream({ data: atob(SRGB_PROFILE_BASE64), filters: ['FlateEncode'], additionalKeyValues: [{ key: 'N', value: 3 }], objectId: profileId });
    internal.write('endobj');
    intentId = internal.newObject();
    internal.write(
      `<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier ${literal(SRGB_PROFILE_NAME)} /Info ${literal(SRGB_PROFILE_NAME)} /RegistryName (http://www.color.org) /DestOutputProfile ${profileId} 0 R >>`,
    );
    internal.write('endobj');
    metadataId = internal.newObject();
    // PDF/A: the metadata stream stays uncompressed so that any tool can read it.
    internal.putStream({
      data: utf8Binary(xmpPacket(info, producer)),
      filters: [],
      additionalKeyValues: [
        { key: 'Type', value: '/Metadata' },
        { key: 'Subtype', value: '/XML' },
      ],
      objectId: metadataId,
    });
    internal.write('endobj');
  });
  internal.events.subscribe('putCatalog', () => {
    internal.write(`/Metadata ${metadataId} 0 R`);
    internal.write(`/OutputIntents [${intentId} 0 R]`);
    internal.write(`/Lang ${literal(info.language)}`);
  });
}
