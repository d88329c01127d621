import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '@shared/money';
import { requireTool, SKIP_RENDER } from '../support/tools';
import { openTestCore, type TestCore } from './support/core';
import { makePng, seedWorkedExample } from './support/export-fixtures';

/**
 * The proposal rendered by LibreOffice: pages laid out, Chinese drawn (pdftotext finds it), totals
 * there. Without LibreOffice or Poppler this fails in the preflight's one line; only
 * WORKBENCH_SKIP_RENDER=1 leaves it out (and `npm test` says so).
 */
describe.skipIf(SKIP_RENDER)('Word export rendered with LibreOffice', () => {
  let t: TestCore;
  let dir: string;
  let ids: { quoteId: number; proposalId: number };
  let poppler: string;
  beforeAll(async () => {
    // The core looks for LibreOffice through WORKBENCH_SOFFICE first: make it the one found here.
    process.env.WORKBENCH_SOFFICE = requireTool('libreoffice');
    poppler = requireTool('poppler');
    t = await openTestCore(() => new Date('2026-05-01T08:00:00.000Z'));
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    ids = await seedWorkedExample(t);
    await t.ok('branding.setLogo', {
      logo: { fileName: 'logo.png', bytesBase64: makePng(120, 40).toString('base64') },
    });
    dir = mkdtempSync(join(tmpdir(), 'workbench-render-'));
  });
  afterAll(async () => {
    await t.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const language of ['zh-CN', 'en'] as const)
    it(`converts the ${language} proposal to a PDF with its title and total`, async () => {
      expect(await t.ok('export.capabilities')).toEqual({ pdf: true });
      const file = await t.ok<{ fileName: string; mimeType: string; bytesBase64: string }>('export.proposalDocx', {
        proposalId: ids.proposalId,
        language,
        format: 'pdf',
      });
      expect(file.mimeType).toBe('application/pdf');
      expect(file.fileName).toMatch(/\.pdf$/);
      const pdf = join(dir, `proposal-${language}.pdf`);
      writeFileSync(pdf, Buffer.from(file.bytesBase64, 'base64'));
      const pages = Number(
        /Pages:\s+(\d+)/.exec(execFileSync(join(poppler, 'pdfinfo'), [pdf], { encoding: 'utf8' }))?.[1],
      );
      // Cover, contents, sections 1–3, the quote over two or three pages, sections 5–7.
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(pages).toBeLessThanOrEqual(8);
      const text = execFileSync(join(poppler, 'pdftotext'), ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('2027 品牌发布会提案');
      expect(text).toContain(formatMoney(3947257, 'CNY', language));
      expect(text.replace(/\s+/g, '')).toContain('叁万玖仟肆佰柒拾贰元伍角柒分');
      expect(text).toContain(language === 'zh-CN' ? '四、花费' : '4. Budget');
    });
});
