import { Packer, Paragraph, TextRun, type Document } from 'docx';
import { cleanText } from '@shared/validation/clean-text';
import type { Xml } from './wml';
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
 * A document as built: `docx`'s frame (styles, numbering, headers, footers, section, the logo's
 * media) with a slot in its body, and the body itself as WordprocessingML written by wml.ts.
 */
export interface Built {
  frame: Document;
  body: Xml;
  /** How many numbered lists the body has (numbering instances 2…n+1, see body.ts). */
  numberedLists: number;
}

const SLOT = 'WB-BODY-SLOT-7f3a9c';
const SLOT_XML = `<w:p><w:r><w:t xml:space="preserve">${SLOT}</w:t></w:r></w:p>`;

/** The paragraph of the frame that the body replaces. */
export const bodySlot = () => new Paragraph({ children: [new TextRun(SLOT)] });

/** The abstract numbering docx gives the first (only) list of `numbering.config`: after its bullets' 1. */
const NUMBERED_ABSTRACT_ID = 2;

/**
 * A numbering instance per numbered list of the body, each restarting at 1, as docx writes them
 * for the lists it knows of. The frame's numbering.xml must carry our decimal list as abstract 2.
 */
function withNumberedLists(numbering: string, count: number): string {
  if (count === 0) return numbering;
  if (!numbering.includes(`<w:abstractNum w:abstractNumId="${NUMBERED_ABSTRACT_ID}"`))
    throw new Error('numbering.xml lacks the numbered list definition the body refers to');
  let nums = '';
  for (let i = 0; i < count; i++)
    nums += `<w:num w:numId="${2 + i}"><w:abstractNumId w:val="${NUMBERED_ABSTRACT_ID}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
  return numbering.replace('</w:numbering>', `${nums}</w:numbering>`);
}

/** docx's compiler: the package's parts by path, before docx zips them (we zip once, byte-stable). */
interface Compiler {
  compile(
    file: Document,
    prettify: undefined,
    overrides: { path: string; data: string }[],
  ): Map<string, string | Uint8Array>;
}
// Private in docx's typings, but the one step of Packer.pack before its zip: taking it saves
// zipping every part twice (docx's zip, then ours) and unzipping in between.
const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;

function compileParts(doc: Document, overrides: { path: string; data: string }[]): Map<string, string | Uint8Array> {
  if (!compiler || typeof compiler.compile !== 'function')
    throw new Error('docx no longer exposes Packer.compiler: the export needs updating for this docx version');
  return compiler.compile(doc, undefined, overrides);
}

/**
 * Pack a document byte-stable: the same document and instant give the same bytes, whenever and
 * however often it is packed — core properties and zip dates from `at`; the body's bookmarks and
 * list instances are numbered per document by the body writer.
 */
export function packStable(
  built: Built,
  props: { title: string; creator: string; subject: string; description: string; revision: number; at: string },
): Uint8Array {
  const parts = compileParts(built.frame, [{ path: 'docProps/core.xml', data: coreProperties(props) }]);
  const files = [...parts].map(([name, data]): [string, Uint8Array] => {
    if (typeof data !== 'string') return [name, data];
    // The frame's own text (titles, names in headers) is cleaned here; the body is clean as written.
    let xml = cleanXmlPart(data);
    if (name === 'word/document.xml') {
      const at = xml.indexOf(SLOT_XML);
      if (at < 0) throw new Error('the document frame lost its body slot');
      xml = xml.slice(0, at) + built.body + xml.slice(at + SLOT_XML.length);
    } else if (name === 'word/numbering.xml') xml = withNumberedLists(xml, built.numberedLists);
    return [name, Buffer.from(xml, 'utf8')];
  });
  return writeZip(files, new Date(props.at));
}
