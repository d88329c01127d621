import { TEMPLATE_MAX_BYTES } from '@shared/contract';
import type { TemplateFile } from '../repos/branding';
import { fieldRefusal } from './refusal';
import { listZipEntries, readZipEntry } from './zip-read';

const STYLES_PART = 'word/styles.xml';
/** styles.xml of real house templates is tens of kB; far more is not a template. */
const STYLES_MAX_BYTES = 10 * 1024 * 1024;

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

/** An uploaded house-style template, checked: a zip with word/styles.xml, at most 5 MB. */
export function validateTemplate(fileName: string, bytes: Uint8Array): TemplateFile {
  const path = ['template', 'bytesBase64'];
  if (bytes.byteLength > TEMPLATE_MAX_BYTES)
    throw fieldRefusal(path, 'branding.template_too_large', {
      'zh-CN': `模板文件过大（${(bytes.byteLength / 1048576).toFixed(1)} MB），最大 5 MB`,
      en: `The template is too large (${(bytes.byteLength / 1048576).toFixed(1)} MB); at most 5 MB`,
    });
  if (stylesXmlOf(bytes) === null)
    throw fieldRefusal(path, 'branding.template_not_docx', {
      'zh-CN': '模板必须是 Word 文档（.docx），且包含样式（word/styles.xml）',
      en: 'The template must be a Word document (.docx) containing styles (word/styles.xml)',
    });
  return { fileName, bytes };
}
