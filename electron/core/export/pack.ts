import { Packer, type Document } from 'docx';
import { cleanText } from '@shared/validation/clean-text';
import { listZipEntries, readZipEntry } from './zip-read';
import { writeZip } from './zip-write';

const escapeXml = (s: string) =>
  cleanText(s).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/**
 * An XML part with every character XML 1.0 cannot hold removed, raw or written as a character
 * reference (&#11;): text stored before the contract cleaned it (a sent version is frozen) must
 * still export to a well-formed document.
 */
export function cleanXmlPart(xml: string): string {
  return cleanText(
    xml.replace(/&#(?:x0*([0-9a-fA-F]+)|0*(\d+));/g, (ref, hex?: string, dec?: string) => {
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
      const ch = String.fromCodePoint(code);
      return cleanText(ch) === ch ? ref : '';
    }),
  );
}

/**
 * docProps/core.xml with the snapshot's instant as created and modified: docx writes the clock's.
 * The other properties are the ones buildDocument gives.
 */
export function coreProperties(p: {
  title: string;
  creator: string;
  subject: string;
  description: string;
  revision: number;
  at: string;
}): string {
  const at = p.at.replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(p.title)}</dc:title>` +
    `<dc:subject>${escapeXml(p.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(p.creator)}</dc:creator>` +
    `<dc:description>${escapeXml(p.description)}</dc:description>` +
    `<cp:lastModifiedBy>${escapeXml(p.creator)}</cp:lastModifiedBy>` +
    `<cp:revision>${p.revision}</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * docx numbers bookmarks (the contents' links to headings) from a counter shared by every document
 * the process builds; number them from 1 in order of appearance, as if each were the first.
 */
export function renumberBookmarks(xml: string): string {
  const names = new Map<string, number>();
  const ids = new Map<string, number>();
  return xml
    .replace(/_Toc(\d+)/g, (_all, n: string) => {
      if (!names.has(n)) names.set(n, names.size + 1);
      return `_Toc${names.get(n)}`;
    })
    .replace(/(<w:bookmark(?:Start|End)(?: w:name="[^"]*")? w:id=")(\d+)"/g, (_all, head: string, n: string) => {
      if (!ids.has(n)) ids.set(n, ids.size + 1);
      return `${head}${ids.get(n)}"`;
    });
}

/** Parts of a package are far below this; it only bounds what inflating our own output may take. */
const PART_MAX_BYTES = 512 * 1024 * 1024;

/**
 * Pack a document byte-stable: the same document and instant give the same bytes, whenever and
 * however often it is packed — core properties and zip dates from `at`, bookmarks renumbered.
 */
export async function packStable(
  doc: Document,
  props: { title: string; creator: string; subject: string; description: string; revision: number; at: string },
): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(props) }]);
  const zip = new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength);
  const files = listZipEntries(zip).map((entry): [string, Uint8Array] => {
    const data = readZipEntry(zip, entry, PART_MAX_BYTES);
    if (!/\.(xml|rels)$/.test(entry.name)) return [entry.name, data];
    const xml = Buffer.from(data).toString('utf8');
    const clean = cleanXmlPart(entry.name === 'word/document.xml' ? renumberBookmarks(xml) : xml);
    return [entry.name, clean === xml ? data : Buffer.from(clean, 'utf8')];
  });
  return writeZip(files, new Date(props.at));
}
