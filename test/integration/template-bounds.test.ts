import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeZip } from '../../electron/core/export/zip-write';
import { openTestCore, snapshotTables, type TestCore } from './support/core';

/**
 * Issue 14: "A house-style template cannot freeze the app." Templates that were accepted and then
 * hung or broke every export are refused at upload, with a message that says what is wrong, and
 * nothing is changed. A normal template is still accepted.
 */
const STYLES_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">';
const style = (i: number) =>
  `<w:style w:type="paragraph" w:styleId="S${i}"><w:name w:val="Style ${i}"/><w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="Microsoft YaHei"/></w:rPr></w:style>`;

function docx(styles: string): string {
  const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  return Buffer.from(
    writeZip(
      [
        [
          '[Content_Types].xml',
          enc('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ],
        ['word/document.xml', enc(`${STYLES_HEAD.replace('w:styles', 'w:document')}<w:body/></w:document>`)],
        ['word/styles.xml', enc(styles)],
      ],
      new Date('2026-05-01T00:00:00Z'),
    ),
  ).toString('base64');
}

describe('house-style templates are bounded at upload', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await openTestCore(() => new Date('2026-05-01T08:00:00.000Z'));
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
  });
  afterAll(() => t.dispose());

  const refused = async (bytesBase64: string) => {
    const before = await snapshotTables(t.core);
    const r = await t.core.call('branding.setTemplate', { template: { fileName: 'house.docx', bytesBase64 } });
    expect(await snapshotTables(t.core)).toBe(before);
    if (r.ok) throw new Error('accepted');
    expect(r.error.code).toBe('validation');
    // The field's own message says what is wrong with the template, in both languages.
    expect(r.error.issues?.[0]?.path).toEqual(['template', 'bytesBase64']);
    return r.error.issues![0]!.messages;
  };

  it('refuses a styles.xml of 9.6 MB (a 640 KB upload), saying what is wrong', async () => {
    const huge = STYLES_HEAD + Array.from({ length: 62_000 }, (_, i) => style(i)).join('') + '</w:styles>';
    expect(Buffer.byteLength(huge)).toBeGreaterThan(9 * 1024 * 1024);
    const bytes = docx(huge);
    expect(Buffer.from(bytes, 'base64').byteLength).toBeLessThan(1024 * 1024);
    const m = await refused(bytes);
    expect(m['zh-CN']).toMatch(/样式表.*MB/);
    expect(m.en).toMatch(/styles \(word\/styles\.xml\) are 9\.\d MB/);
  });

  it('refuses a DOCTYPE (entity expansion)', async () => {
    const m = await refused(
      docx(
        `<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>${STYLES_HEAD.split('\n')[1]}${style(1)}</w:styles>`,
      ),
    );
    expect(m.en).toContain('DOCTYPE');
    expect(m['zh-CN']).toContain('DOCTYPE');
  });

  it('refuses 200,000 nested elements', async () => {
    const nested = STYLES_HEAD + '<a>'.repeat(200_000) + '</a>'.repeat(200_000) + '</w:styles>';
    const m = await refused(docx(nested));
    expect(m.en).toMatch(/nest deeper than 64/);
    expect(m['zh-CN']).toMatch(/嵌套超过 64 层/);
  });

  it('refuses too many styles, and accepts a real-sized template', async () => {
    const many = STYLES_HEAD + Array.from({ length: 2_500 }, (_, i) => style(i)).join('') + '</w:styles>';
    expect((await refused(docx(many))).en).toMatch(/defines 2,500 styles/);
    const ok = STYLES_HEAD + Array.from({ length: 40 }, (_, i) => style(i)).join('') + '</w:styles>';
    const stored = await t.ok<{ template: { fileName: string } | null }>('branding.setTemplate', {
      template: { fileName: 'house.docx', bytesBase64: docx(ok) },
    });
    expect(stored.template?.fileName).toBe('house.docx');
  });
});
