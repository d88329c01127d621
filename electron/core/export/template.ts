import { TEMPLATE_MAX_BYTES } from '@shared/contract';
import { localizedSection } from '@shared/i18n/catalog';
import { fillText } from '@shared/i18n/fill';
import type { LocalizedText } from '@shared/i18n/lang';
import type { TemplateFile } from '../repos/branding';
import { fieldRefusal } from './refusal';
import { readZipEntry } from './zip-read';
import { writeZip } from './zip-write';

/** The refusals, worded in the catalogue (shared/i18n, section branding). */
const SAY = localizedSection('branding');

const STYLES_PART = 'word/styles.xml';
/** Inflating styles.xml stops here: past TEMPLATE_LIMITS.stylesBytes it is refused anyway. */
const STYLES_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Bounds a template's styles.xml must keep at upload, before it is pruned to the styles the export
 * uses (issue 14: a 9.6 MB styles.xml froze every export for minutes; a DOCTYPE or 200,000 nested
 * elements made every export fail). A bloated template — tens of thousands of styles collected by
 * copy and paste, as Word lets happen — is accepted and pruned; what cannot even be scanned safely
 * is refused. Real house templates are far inside: tens of kB, a few hundred styles, nesting < 20.
 */
export const TEMPLATE_LIMITS = { stylesBytes: 16 * 1024 * 1024, depth: 64, elements: 1_500_000, styles: 100_000 };

/**
 * The styles the export refers to (wml.ts, theme.ts, docx's notes and contents), besides each
 * type's default style. A new style in the writer is added here, or the template's version of it
 * is lost (test/integration/template-bounds.test.ts checks every style a document names is here
 * or ours).
 */
export const EXPORT_STYLE_IDS: readonly string[] = [
  'Normal',
  'Title',
  'Heading1',
  'Heading2',
  'Heading3',
  'Heading4',
  'ListParagraph',
  'TOC1',
  'TOC2',
  'Hyperlink',
  'FootnoteText',
  'FootnoteReference',
  'EndnoteText',
  'EndnoteReference',
];

export type TemplateProblem =
  | { kind: 'styles_too_large'; bytes: number }
  | { kind: 'doctype' }
  | { kind: 'too_deep'; depth: number }
  | { kind: 'too_many_elements'; elements: number }
  | { kind: 'too_many_styles'; styles: number };

/** What is wrong with a styles.xml, scanned once without building a tree; null when it is within bounds. */
export function stylesProblem(xml: string): TemplateProblem | null {
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > TEMPLATE_LIMITS.stylesBytes) return { kind: 'styles_too_large', bytes };
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { kind: 'doctype' };
  let depth = 0;
  let elements = 0;
  let styles = 0;
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g)) {
    if (m[1]) {
      depth--;
      continue;
    }
    elements++;
    if (m[2] === 'w:style') styles++;
    if (!m[3]) depth++;
    if (depth > TEMPLATE_LIMITS.depth) return { kind: 'too_deep', depth };
    if (elements > TEMPLATE_LIMITS.elements) return { kind: 'too_many_elements', elements };
  }
  if (styles > TEMPLATE_LIMITS.styles) return { kind: 'too_many_styles', styles };
  return null;
}

function problemText(p: TemplateProblem): LocalizedText {
  const L = TEMPLATE_LIMITS;
  switch (p.kind) {
    case 'styles_too_large':
      return fillText(SAY.stylesTooLarge, { size: (p.bytes / 1048576).toFixed(1), limit: L.stylesBytes / 1048576 });
    case 'doctype':
      return SAY.stylesDoctype;
    case 'too_deep':
      return fillText(SAY.stylesTooDeep, { limit: L.depth });
    case 'too_many_elements':
      return fillText(SAY.stylesTooManyElements, { limit: L.elements.toLocaleString('en') });
    case 'too_many_styles':
      return fillText(SAY.stylesTooManyStyles, {
        count: p.styles.toLocaleString('en'),
        limit: L.styles.toLocaleString('en'),
      });
  }
}

const STYLE_ELEMENT = /<w:style\b(?:"[^"]*"|'[^']*'|[^'">])*?(?:\/>|>[\s\S]*?<\/w:style>)/g;
const STYLE_ID = /\sw:styleId="([^"]*)"/;
const DEFAULT = /\sw:default="(1|true|on)"/;
const REFS = /<w:(?:basedOn|link|next)\s+w:val="([^"]*)"/g;

/**
 * styles.xml with only the styles the export uses: EXPORT_STYLE_IDS, each type's default, and
 * what they are based on, linked to or followed by (transitively); the document defaults and
 * latent styles stay. A kept style's list numbering (w:numPr) is dropped: it points into the
 * template's numbering.xml, which the export does not carry — in ours the same number is another
 * list (a numbered Heading 1 would come out as a bullet). Idempotent; a few ms on a 9.6 MB part.
 */
export function pruneStyles(xml: string): string {
  const styles = [...xml.matchAll(STYLE_ELEMENT)].map((m) => {
    const tag = m[0].slice(0, m[0].indexOf('>') + 1);
    return {
      at: m.index,
      text: m[0],
      id: STYLE_ID.exec(tag)?.[1] ?? '',
      isDefault: DEFAULT.test(tag),
      refs: [...m[0].matchAll(REFS)].map((r) => r[1]!),
    };
  });
  const byId = new Map(styles.map((st) => [st.id, st]));
  const keep = new Set<string>();
  const visit = (id: string) => {
    if (keep.has(id) || !byId.has(id)) return;
    keep.add(id);
    for (const ref of byId.get(id)!.refs) visit(ref);
  };
  for (const id of EXPORT_STYLE_IDS) visit(id);
  for (const st of styles) if (st.isDefault) visit(st.id);
  let out = '';
  let from = 0;
  for (const st of styles) {
    out += xml.slice(from, st.at);
    if (keep.has(st.id)) out += st.text.replace(/<w:numPr>[\s\S]*?<\/w:numPr>|<w:numPr\/>/g, '');
    from = st.at + st.text.length;
  }
  return out + xml.slice(from);
}

/** The template's word/styles.xml as text, or null when it is not a readable .docx with one. */
export function stylesXmlOf(docx: Uint8Array): string | null {
  try {
    const styles = readZipEntry(docx, STYLES_PART, STYLES_MAX_BYTES);
    if (!styles) return null;
    const xml = Buffer.from(styles).toString('utf8');
    return xml.includes('<w:styles') ? xml : null;
  } catch {
    // Whatever cannot be unzipped or inflated (bad headers, bad data, a bomb past the cap, too
    // many entries, an unsafe path name) is simply not a template we can use.
    return null;
  }
}

/**
 * An uploaded house-style template, checked (a zip with word/styles.xml, at most 5 MB, within
 * TEMPLATE_LIMITS) and reduced to the styles the export uses.
 */
export function validateTemplate(fileName: string, bytes: Uint8Array): TemplateFile {
  const path = ['template', 'bytesBase64'];
  if (bytes.byteLength > TEMPLATE_MAX_BYTES)
    throw fieldRefusal(
      path,
      'branding.template_too_large',
      fillText(SAY.templateTooLarge, { size: (bytes.byteLength / 1048576).toFixed(1) }),
    );
  const xml = stylesXmlOf(bytes);
  if (xml === null) throw fieldRefusal(path, 'branding.template_not_docx', SAY.templateNotDocx);
  const problem = stylesProblem(xml);
  if (problem) throw fieldRefusal(path, `branding.template_${problem.kind}`, problemText(problem));
  return { fileName, bytes: stylesPackage(pruneStyles(xml)) };
}

/**
 * What is kept of an upload: its pruned styles.xml, in a package of its own (the export reads no
 * other part of a template), so no export parses more than the styles it uses.
 */
function stylesPackage(styles: string): Uint8Array {
  const types =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>';
  return writeZip(
    [
      ['[Content_Types].xml', Buffer.from(types, 'utf8')],
      [STYLES_PART, Buffer.from(styles, 'utf8')],
    ],
    new Date('2026-01-01T00:00:00Z'),
  );
}
