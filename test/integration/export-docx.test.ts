import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMoney } from '@shared/money';
import { openTestCore, type TestCore } from './support/core';
import { readDocx } from './support/docx-reader';
import { makePng, seedWorkedExample } from './support/export-fixtures';

interface File {
  fileName: string;
  mimeType: string;
  bytesBase64: string;
}
const NOW = () => new Date('2026-05-01T08:00:00.000Z');
const bytes = (f: File) => new Uint8Array(Buffer.from(f.bytesBase64, 'base64'));
const yuan = (minor: number) => formatMoney(minor, 'CNY', 'zh-CN');

describe('Word export (read back with an independent zip/XML reader)', () => {
  let t: TestCore;
  let ids: { quoteId: number; proposalId: number };
  beforeEach(async () => {
    t = await openTestCore(NOW);
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    ids = await seedWorkedExample(t);
    await t.ok('branding.setLogo', {
      logo: { fileName: 'logo.png', bytesBase64: makePng(120, 40).toString('base64') },
    });
  });
  afterEach(() => t.dispose());

  it('writes the proposal: seven sections, every line, the totals to the fen, 大写, fonts and logo', async () => {
    const file = await t.ok<File>('export.proposalDocx', { proposalId: ids.proposalId, language: 'zh-CN' });
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // Never sent: the working copy is a draft, in its name and on its cover (see export-draft.test.ts).
    expect(file.fileName).toBe('草稿-提案-星河乳业-2027 品牌发布会提案-2026-05-01.docx');
    const doc = readDocx(bytes(file));
    const body = doc.body;
    for (const heading of [
      '一、现状',
      '二、问题及危害性',
      '三、解决办法',
      '四、花费',
      '五、执行方案',
      '六、评估方案',
      '七、预期效果',
    ])
      expect(body, heading).toContain(heading);
    // Every line's amount (DOMAIN.md's worked example), the optional one apart.
    for (const amount of [2254000, 431251, 1234567, 880000]) expect(body, yuan(amount)).toContain(yuan(amount));
    expect(body).toContain('可选项');
    // Totals to the minor unit: subtotal, discount, net, tax, total, total with options.
    for (const amount of [3919818, 3723827, 223430, 3947257]) expect(body).toContain(yuan(amount));
    expect(body).toContain(`−${yuan(195991)}`);
    expect(body).toContain('含全部可选项的总价');
    expect(body).toContain('人民币叁万玖仟肆佰柒拾贰元伍角柒分');
    // Workload by role, market reference with source and date, difficulty, quality, discount, validity.
    expect(body).toEqual(expect.arrayContaining(['高级策划', '7', '2.25', '2026 行业薪酬报告', '2026年3月1日']));
    expect(body).toContain('难度等级：3 级（人工费用系数 1.15）');
    expect(body).toContain('两周工期，三方审批');
    expect(body).toContain('全程双人审校，发布会到场率不低于 90%。');
    expect(body).toContain('折扣原因：年度框架合作');
    expect(body).toContain('折扣条件：客户承诺续签下一年度服务');
    expect(body).toContain('2026年6月30日');
    // The cover and the frame.
    expect(body).toEqual(
      expect.arrayContaining(['星火传播', '2027 品牌发布会提案', '致：星河乳业', '草稿（未发送）', '王经理', '目录']),
    );
    expect(body).not.toContain('V1');
    expect(doc.headers.join('\n')).toContain('2027 品牌发布会提案');
    expect(doc.files.get('word/footer1.xml')?.toString() ?? '').toMatch(/PAGE/);
    // The contents: a link to each section, no page numbers, written clean — nothing for Word to
    // ask to update on opening, and no layout pass to pay for at export.
    expect(doc.document).toMatch(
      /<w:fldChar w:fldCharType="begin" w:dirty="false"\/><w:instrText[^>]*>TOC \\h \\n &quot;1-2&quot;/,
    );
    expect(doc.document).not.toContain('w:dirty="true"');
    expect(doc.document).toMatch(/<w:hyperlink [^>]*w:anchor="_Toc1"><w:r><w:t[^>]*>一、现状<\/w:t>/);
    expect(doc.document).not.toContain('PAGEREF');
    // Table cells carry only what differs from their style (no bold="false" on every cell).
    expect(doc.document).not.toContain('<w:b w:val="false"/>');
    // …nor a width each (the fixed-layout tables take their columns from the grid), nor run
    // formatting their paragraph style gives: the header row and the totals are styles.
    expect(doc.document).toContain('<w:gridCol w:w=');
    expect(doc.document).not.toContain('<w:tcW ');
    expect(doc.document).toMatch(/<w:pStyle w:val="WbTableHead"\/>(?:<w:jc w:val="right"\/>)?<\/w:pPr><w:r><w:t>/);
    expect(doc.document).toMatch(/<w:pStyle w:val="WbTableStrong"\/>/);
    expect(doc.styles).toMatch(/w:styleId="WbTableHead">[\s\S]{0,200}<w:b\/>[\s\S]{0,60}<w:color w:val="FFFFFF"\/>/);
    expect(doc.document).not.toMatch(/<w:color w:val="FFFFFF"\/>/);
    // Chinese never falls back to a box: the East Asian font on the document defaults and headings.
    expect(doc.styles).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
    expect(doc.styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    // The logo is a media part, drawn on the cover.
    const media = [...doc.files.keys()].filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(doc.files.get(media[0]!)!.subarray(1, 4).toString()).toBe('PNG');
    expect(doc.document).toContain('<a:blip r:embed=');
    // Package dates from the snapshot, not the clock.
    expect(doc.files.get('docProps/core.xml')!.toString()).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-05-01T08:00:00Z',
    );
  });

  it('maps rich text 1:1 and writes the notes with their rationale', async () => {
    const doc = readDocx(bytes(await t.ok<File>('export.proposalDocx', { proposalId: ids.proposalId })));
    expect(doc.body).toEqual(
      expect.arrayContaining([
        '品牌认知度处于第二梯队，年轻人触达不足。',
        '市场数据',
        '线上声量下降 12%',
        '第一步：调研',
        '渠道',
        '抖音',
        '41%',
        '预算中的直播费用',
        '理由：直播为可选项，客户可视到场情况决定',
        '传播渠道分散。',
        '信息不统一。',
      ]),
    );
    // xml:space="preserve" only where whitespace would be lost (here none).
    expect(doc.document).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t>第二梯队<\/w:t>/);
    expect(doc.document).toMatch(/<w:i\/>[\s\S]{0,80}年轻人触达不足/);
    expect(doc.document).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]{0,300}市场数据/);
    expect(doc.document).toMatch(/<w:numPr>[\s\S]{0,200}<\/w:numPr>[\s\S]{0,300}第一步：调研/);
  });

  it('keeps cost and margin out of client documents, and puts them in the finance sheet', async () => {
    const internalWords = /成本|毛利|cost|margin/i;
    const costs = [yuan(2352500), yuan(1371327), yuan(150000), yuan(90000), yuan(1100000), '36.8%'];
    for (const [call, args] of [
      ['export.proposalDocx', { proposalId: ids.proposalId }],
      ['export.quoteDocx', { quoteId: ids.quoteId }],
      ['export.quoteDocx', { quoteId: ids.quoteId, language: 'en' }],
      ['export.proposalDocx', { proposalId: ids.proposalId, language: 'en' }],
    ] as const) {
      const doc = readDocx(bytes(await t.ok<File>(call, args)));
      const all = doc.text.join('\n');
      expect(all, `${call} ${JSON.stringify(args)}`).not.toMatch(internalWords);
      for (const c of costs) expect(all, c).not.toContain(formatMoney(0, 'CNY', 'zh-CN') === c ? '\u0000' : c);
      expect(all).not.toContain('INTERNAL');
    }
    const finance = readDocx(bytes(await t.ok<File>('export.financeSheetDocx', { quoteId: ids.quoteId })));
    const all = finance.text.join('\n');
    for (const c of costs) expect(all, c).toContain(c);
    expect(all).toMatch(/成本/);
    expect(all).toMatch(/毛利率/);
    expect(finance.headers.join('\n')).toContain('内部资料 / INTERNAL');
    const viaFlag = await t.ok<File>('export.quoteDocx', { quoteId: ids.quoteId, internal: true });
    expect(readDocx(bytes(viaFlag)).headers.join('\n')).toContain('内部资料 / INTERNAL');
  });

  it('writes English labels, and Chinese capitals only as the CNY total in words', async () => {
    const doc = readDocx(
      bytes(await t.ok<File>('export.proposalDocx', { proposalId: ids.proposalId, language: 'en' })),
    );
    for (const heading of ['1. Current situation', '2. The problem and its harm', '4. Budget', '7. Expected effect'])
      expect(doc.body).toContain(heading);
    expect(doc.body).toContain(formatMoney(3947257, 'CNY', 'en'));
    expect(doc.body).toContain('人民币叁万玖仟肆佰柒拾贰元伍角柒分');
    expect(doc.body).toContain('Prepared for: 星河乳业');
  });

  it('is byte-stable: the same snapshot gives the same bytes, whatever was exported in between', async () => {
    const first = await t.ok<File>('export.proposalDocx', { proposalId: ids.proposalId });
    await t.ok<File>('export.financeSheetDocx', { quoteId: ids.quoteId });
    await t.ok<File>('export.proposalDocx', { proposalId: ids.proposalId, language: 'en' });
    const again = await t.ok<File>('export.proposalDocx', { proposalId: ids.proposalId });
    expect(again.bytesBase64).toBe(first.bytesBase64);
  });

  it('takes the styles of the agency’s own .docx template', async () => {
    // Any real .docx carries word/styles.xml: our own export is one.
    const template = await t.ok<File>('export.quoteDocx', { quoteId: ids.quoteId });
    const marked = Buffer.from(template.bytesBase64, 'base64');
    await t.ok('branding.setTemplate', {
      template: { fileName: 'house.docx', bytesBase64: marked.toString('base64') },
    });
    const stored = await t.ok<{ template: { fileName: string } | null }>('branding.update', {
      primaryColor: '#8B0000',
      latinFont: 'Georgia',
      eastAsiaFont: 'SimSun',
      useTemplateStyles: true,
    });
    expect(stored.template?.fileName).toBe('house.docx');
    const doc = readDocx(bytes(await t.ok<File>('export.quoteDocx', { quoteId: ids.quoteId })));
    // The template's fonts (Microsoft YaHei), not the branding's new ones, define the house style.
    expect(doc.styles).toMatch(/w:eastAsia="Microsoft YaHei"/);
    expect(doc.styles).not.toMatch(/w:eastAsia="SimSun"/);
    expect(doc.styles).toContain('WbTableText');
  });

  it('refuses a logo that is not a PNG/JPEG, too large, and a template that is not a .docx', async () => {
    const refusal = async (name: string, args: unknown) => {
      const r = await t.core.call(name, args);
      if (r.ok) throw new Error(`${name} was accepted`);
      return r.error;
    };
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'binary').toString('base64');
    const notImage = await refusal('branding.setLogo', { logo: { fileName: 'logo.png', bytesBase64: gif } });
    expect(notImage.code).toBe('validation');
    expect(notImage.issues?.[0]?.path).toEqual(['logo', 'bytesBase64']);
    expect(notImage.issues?.[0]?.messages['zh-CN']).toContain('PNG 或 JPEG');
    const big = Buffer.concat([makePng(10, 10), Buffer.alloc(2 * 1024 * 1024)]).toString('base64');
    expect((await refusal('branding.setLogo', { logo: { fileName: 'big.png', bytesBase64: big } })).code).toBe(
      'validation',
    );
    const notDocx = await refusal('branding.setTemplate', {
      template: { fileName: 'a.docx', bytesBase64: makePng(2, 2).toString('base64') },
    });
    expect(notDocx.issues?.[0]?.messages.en).toContain('word/styles.xml');
    const stored = await t.ok<{ logo: { width: number; height: number; mimeType: string } | null }>('branding.get');
    expect(stored.logo).toMatchObject({ width: 120, height: 40, mimeType: 'image/png' });
    await t.ok('branding.setLogo', { logo: null });
    expect((await t.ok<{ logo: unknown }>('branding.get')).logo).toBeNull();
  });

  it('refuses PDF plainly, in both languages, where LibreOffice is not installed', async () => {
    const saved = process.env.WORKBENCH_SOFFICE;
    process.env.WORKBENCH_SOFFICE = '/nonexistent/soffice';
    try {
      expect(await t.ok('export.capabilities')).toEqual({ pdf: false });
      const r = await t.core.call('export.proposalDocx', { proposalId: ids.proposalId, format: 'pdf' });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('conflict');
      expect(r.error.messages['zh-CN']).toContain('未安装 LibreOffice');
      expect(r.error.messages.en).toContain('LibreOffice is not installed');
    } finally {
      if (saved === undefined) delete process.env.WORKBENCH_SOFFICE;
      else process.env.WORKBENCH_SOFFICE = saved;
    }
  });

  it('says which quote or proposal is missing', async () => {
    const r = await t.core.call('export.quoteDocx', { quoteId: 999 });
    expect(!r.ok && r.error.code).toBe('not_found');
  });
});
