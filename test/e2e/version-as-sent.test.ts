import { localToday } from '@shared/dates/local';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuoteInterchange } from '@shared/quote';
import { healthyQuote } from '../../electron/core/seed/proposal-demo';
import { readDocx, tables } from '../integration/support/docx-reader';
import { startWorkbench, type Workbench } from './harness';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

/** The screen's table as text, the header row first: what a reader of the screen sees. */
async function screenTable(wb: Workbench, testId: string): Promise<string[][][]> {
  type Cells = { textContent: string | null }[];
  return wb.page
    .getByTestId(testId)
    .evaluateAll((tables) =>
      tables.map((table) =>
        Array.from((table as unknown as { rows: ArrayLike<{ cells: ArrayLike<Cells[number]> }> }).rows, (row) =>
          Array.from(row.cells, (cell) => (cell.textContent ?? '').trim()),
        ),
      ),
    );
}

/** Issue 15: the "as sent" view listed the optional line inline and hid the ×1.15 multiplier. */
describe('a sent version on screen is the document the client got', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`shows the same lines, options and totals as the version's .docx (${lang} document)`, async () => {
      wb = await startWorkbench({
        setup: { mode: 'empty', adminName: '王芳', companyName: '星河整合传播', language: lang },
        lang: 'zh-CN',
      });
      const client = await wb.call('clients.save', {
        name: '星河乳业',
        industry: '快消',
        status: 'active',
        priceSensitivity: 'sensitive',
        ownerId: null,
        decisionProcess: '',
        character: 'high',
        professionalism: 'high',
        tags: [],
        relatedSales: 0,
        contacts: [],
        dates: [],
      });
      const today = localToday();
      const base = healthyQuote(lang, '春季发布报价', '星河乳业', today);
      // An optional ¥50,000 line beside the priced ones, and a note under a line.
      const document: QuoteInterchange = {
        ...base,
        sections: base.sections.map((s, i) =>
          i === 1
            ? {
                ...s,
                lines: [
                  ...s.lines,
                  {
                    kind: 'item',
                    description: lang === 'en' ? 'Live stream (optional)' : '直播加场（可选）',
                    quantity: '1',
                    unit: lang === 'en' ? 'show' : '场',
                    unitPrice: 5_000_000,
                    unitCost: 3_000_000,
                    optional: true,
                  },
                ],
              }
            : {
                ...s,
                lines: s.lines.map((l, j) => (j === 0 ? { ...l, note: lang === 'en' ? 'Lead planner' : '主策划' } : l)),
              },
        ),
      };
      const quote = await wb.call('quotes.create', { clientId: client.id, title: '春季发布报价', document });
      const proposal = await wb.call('proposals.create', {
        clientId: client.id,
        title: '春季新品发布提案',
        quoteId: quote.id,
      });
      await wb.call('proposals.send', {
        id: proposal.id,
        revision: proposal.revision,
        acknowledgeWarnings: true,
        noPreCommunicationReason: '客户要求先看书面方案',
      });

      const shell = new ShellPage(wb.page);
      await shell.waitForReady();
      const origin = new URL(wb.server.url).origin;
      for (const route of [`/archive/proposals/${proposal.id}/versions/1`, `/proposals/${proposal.id}/versions/1`]) {
        await wb.page.goto(`${origin}${route}`);
        await wb.page.getByTestId('as-sent-quote').waitFor();

        const breakdown = await screenTable(wb, 'as-sent-breakdown');
        const optional = await screenTable(wb, 'as-sent-optional');
        const totals = await screenTable(wb, 'as-sent-totals');

        const file = await wb.call('export.versionDocx', { proposalId: proposal.id, number: 1 });
        const docTables = tables(readDocx(Buffer.from(file.bytesBase64, 'base64')).document);
        // Each table on screen is a table of the document, in the same order, cell for cell
        // (the document's note rows span the row: one cell, as on screen).
        const onScreen = [...breakdown, ...optional, ...totals];
        let at = 0;
        for (const table of onScreen) {
          const found = docTables.findIndex((d, i) => i >= at && JSON.stringify(d) === JSON.stringify(table));
          expect(found, `screen table not in the document: ${JSON.stringify(table)}`).toBeGreaterThanOrEqual(at);
          at = found + 1;
        }

        // And what the issue saw wrong: the optional line is apart, the multiplier shows, the sums agree.
        const optionalName = lang === 'en' ? 'Live stream (optional)' : '直播加场（可选）';
        expect(JSON.stringify(breakdown)).not.toContain(optionalName);
        expect(JSON.stringify(optional)).toContain(optionalName);
        expect(
          breakdown[0]!
            .filter((row) => row.length === 7)
            .slice(1, 3)
            .map((row) => row[5]),
        ).toEqual(['×1.15', '×1.15']);
        const yuan = (s: string) => Number(s.replace(/[^\d.]/g, ''));
        // Line rows: seven cells, between the header and the section's subtotal (notes span one cell).
        const lineSum = breakdown
          .flatMap((t) => t.slice(1, -1).filter((row) => row.length === 7))
          .reduce((sum, row) => sum + yuan(row[6]!), 0);
        const subtotalRow = totals[0]!.find((row) => row[0] === (lang === 'en' ? 'Subtotal' : '小计'))!;
        expect(lineSum).toBeCloseTo(yuan(subtotalRow[1]!), 2);
        const stored = (await wb.call('proposals.version', { id: proposal.id, number: 1 })).snapshot.document.computed;
        expect(yuan(subtotalRow[1]!) * 100).toBeCloseTo(stored.subtotal, 0);
      }
      // The export buttons are on the screen.
      await wb.page.getByRole('button', { name: text('zh-CN', 'exportDoc.word') }).waitFor();
      expect(wb.pageErrors).toEqual([]);
    });
  }
});
