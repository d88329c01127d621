import { TEMPLATE_MAX_BYTES } from '@shared/contract';
import type { TemplateFile } from '../repos/branding';
import { fieldRefusal } from './refusal';
import { listZipEntries, readZipEntry } from './zip-read';

const STYLES_PART = 'word/styles.xml';
/** styles.xml of real house templates is tens of kB; far more is not a template. */
const STYLES_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Bounds a template must keep at upload (issue 14: a 9.6 MB styles.xml froze every export for
 * minutes; a DOCTYPE or 200,000 nested elements made every export fail). Real house templates are
 * far inside them: tens of kB, a few hundred styles, nesting under 20.
 */
export const TEMPLATE_LIMITS = { stylesBytes: 2 * 1024 * 1024, depth: 64, elements: 50_000, styles: 2_000 };

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

function problemText(p: TemplateProblem): { 'zh-CN': string; en: string } {
  const L = TEMPLATE_LIMITS;
  switch (p.kind) {
    case 'styles_too_large':
      return {
        'zh-CN': `模板的样式表（word/styles.xml）有 ${(p.bytes / 1048576).toFixed(1)} MB，超过 ${L.stylesBytes / 1048576} MB：这不像公司模板，请在 Word 中删除不用的样式后另存`,
        en: `The template's styles (word/styles.xml) are ${(p.bytes / 1048576).toFixed(1)} MB, over ${L.stylesBytes / 1048576} MB: not a house template; delete unused styles in Word and save again`,
      };
    case 'doctype':
      return {
        'zh-CN': '模板的样式表含有 DOCTYPE/实体声明，Word 不会写出这样的文件，已拒绝',
        en: 'The template’s styles contain a DOCTYPE or entity declaration, which Word never writes; refused',
      };
    case 'too_deep':
      return {
        'zh-CN': `模板的样式表嵌套超过 ${L.depth} 层，已拒绝`,
        en: `The template’s styles nest deeper than ${L.depth} levels; refused`,
      };
    case 'too_many_elements':
      return {
        'zh-CN': `模板的样式表元素超过 ${L.elements.toLocaleString('en')} 个，已拒绝`,
        en: `The template’s styles hold more than ${L.elements.toLocaleString('en')} elements; refused`,
      };
    case 'too_many_styles':
      return {
        'zh-CN': `模板定义了 ${p.styles.toLocaleString('en')} 个样式，超过 ${L.styles.toLocaleString('en')} 个，请删除不用的样式后另存`,
        en: `The template defines ${p.styles.toLocaleString('en')} styles, over ${L.styles.toLocaleString('en')}; delete unused styles and save again`,
      };
  }
}

/** The template's word/styles.xml as text, or null when it is not a readable .docx with one. */
export function stylesXmlOf(docx: Uint8Array): string | null {
  try {
    const entry = listZipEntries(docx).find((e) => e.name === STYLES_PART);
    if (!entry) return null;
    const xml = Buffer.from(readZipEntry(docx, entry, STYLES_MAX_BYTES)).toString('utf8');
    return xml.includes('<w:styles') ? xml : null;
  } catch {
    // Whatever cannot be unzipped or inflated (bad headers, bad data, a bomb past the cap) is
    // simply not a template we can use.
    return null;
  }
}

/** An uploaded house-style template, checked: a zip with word/styles.xml, at most 5 MB, within TEMPLATE_LIMITS. */
export function validateTemplate(fileName: string, bytes: Uint8Array): TemplateFile {
  const path = ['template', 'bytesBase64'];
  if (bytes.byteLength > TEMPLATE_MAX_BYTES)
    throw fieldRefusal(path, 'branding.template_too_large', {
      'zh-CN': `模板文件过大（${(bytes.byteLength / 1048576).toFixed(1)} MB），最大 5 MB`,
      en: `The template is too large (${(bytes.byteLength / 1048576).toFixed(1)} MB); at most 5 MB`,
    });
  const xml = stylesXmlOf(bytes);
  if (xml === null)
    throw fieldRefusal(path, 'branding.template_not_docx', {
      'zh-CN': '模板必须是 Word 文档（.docx），且包含样式（word/styles.xml）',
      en: 'The template must be a Word document (.docx) containing styles (word/styles.xml)',
    });
  const problem = stylesProblem(xml);
  if (problem) throw fieldRefusal(path, `branding.template_${problem.kind}`, problemText(problem));
  return { fileName, bytes };
}
