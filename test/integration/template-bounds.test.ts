import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_STYLE_IDS } from '../../electron/core/export/template';
import { writeZip } from '../../electron/core/export/zip-write';
import { openTestCore, snapshotTables, type TestCore } from './support/core';
import { readDocx } from './support/docx-reader';
import { seedWorkedExample } from './support/export-fixtures';

/**
 * Issue 14: "A house-style template cannot freeze the app." A bloated template (a 9.6 MB
 * styles.xml) is accepted and kept with only the styles the export uses, so it exports as fast as
 * any; what cannot be scanned safely (a DOCTYPE, 200,000 nested elements, more styles or bytes
 * than the bounds) is refused at upload with a message that says what is wrong, and nothing is
 * changed. A normal template is still accepted.
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

  it('accepts a styles.xml of 9.6 MB (a 640 KB upload), keeping only the styles the export uses', async () => {
    // A house style buried in 62,000 unused styles: Heading 1 based on a style of its own, with a
    // list number from the template's numbering (which the export does not carry).
    const house =
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:eastAsia="SimSun"/></w:rPr></w:rPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="HouseBase"><w:name w:val="House Base"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="8B0000"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="HouseBase"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:sz w:val="40"/></w:rPr></w:style>';
    const huge = STYLES_HEAD + house + Array.from({ length: 62_000 }, (_, i) => style(i)).join('') + '</w:styles>';
    expect(Buffer.byteLength(huge)).toBeGreaterThan(9 * 1024 * 1024);
    const bytes = docx(huge);
    expect(Buffer.from(bytes, 'base64').byteLength).toBeLessThan(1024 * 1024);
    const ids = await seedWorkedExample(t);
    await t.ok('branding.setTemplate', { template: { fileName: 'bloated.docx', bytesBase64: bytes } });
    const stored = await t.ok<{ template: { fileName: string; size: number } | null }>('branding.update', {
      primaryColor: '#1F4E79',
      latinFont: 'Arial',
      eastAsiaFont: 'Microsoft YaHei',
      useTemplateStyles: true,
    });
    expect(stored.template?.fileName).toBe('bloated.docx');
    // What is kept is the styles the export uses: a few kB, not 9.6 MB.
    expect(stored.template!.size).toBeLessThan(4096);
    const file = await t.ok<{ bytesBase64: string }>('export.quoteDocx', { quoteId: ids.quoteId });
    const doc = readDocx(new Uint8Array(Buffer.from(file.bytesBase64, 'base64')));
    expect(doc.styles).toContain('w:styleId="Heading1"');
    expect(doc.styles).toContain('w:styleId="HouseBase"'); // what Heading 1 is based on
    expect(doc.styles).toContain('w:eastAsia="SimSun"'); // the document defaults
    expect(doc.styles).not.toContain('w:styleId="S123"');
    expect(doc.styles).not.toMatch(/w:styleId="Heading1"[\s\S]{0,300}<w:numPr>/);
    expect(Buffer.byteLength(doc.styles)).toBeLessThan(64 * 1024);
    // Every style the document names is one the pruning keeps, or one of the export's own.
    const named = new Set(
      [...doc.files]
        .filter(([n]) => /^word\/.*\.xml$/.test(n) && n !== 'word/styles.xml')
        .flatMap(([, x]) => [...x.toString('utf8').matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)])
        .map((m) => m[1]!),
    );
    for (const id of named) expect(EXPORT_STYLE_IDS.includes(id) || id.startsWith('Wb'), id).toBe(true);
    await t.ok('branding.setTemplate', { template: null });
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

  it('refuses more styles or elements than it can scan, and accepts a real-sized template', async () => {
    const tiny = (i: number) => `<w:style w:type="paragraph" w:styleId="S${i}"/>`;
    const many = STYLES_HEAD + Array.from({ length: 100_001 }, (_, i) => tiny(i)).join('') + '</w:styles>';
    expect((await refused(docx(many))).en).toMatch(/defines 100,001 styles/);
    const elements = STYLES_HEAD + '<w:b/>'.repeat(1_500_001) + '</w:styles>';
    expect((await refused(docx(elements))).en).toMatch(/more than 1,500,000 elements/);
    const ok = STYLES_HEAD + Array.from({ length: 40 }, (_, i) => style(i)).join('') + '</w:styles>';
    const stored = await t.ok<{ template: { fileName: string } | null }>('branding.setTemplate', {
      template: { fileName: 'house.docx', bytesBase64: docx(ok) },
    });
    expect(stored.template?.fileName).toBe('house.docx');
    // Kept as a package of its styles alone.
    const branding = await t.ok<{ template: { size: number } | null }>('branding.get');
    expect(branding.template!.size).toBeGreaterThan(0);
  });
});
