import { LANGS } from '@shared/i18n/lang';
import { screenshotSaver } from './screenshot-saver';
import { startWorkbench } from './harness';
import { ShellPage } from './pages/ShellPage';

const SIZES = { '': { width: 1366, height: 768 }, '-wide': { width: 1920, height: 1080 } } as const;

/**
 * The screens after the win (DOMAIN.md §7) of the demo agency, both languages, at 1366×768 and
 * wide: receivables, a won proposal's payment plan, a sent proposal's acceptance, the client's
 * profit and cost to serve, the weighted forecast, and the quote editor's agency fee row.
 */
export async function takeAfterWinScreenshots(): Promise<string[]> {
  const saver = screenshotSaver();
  const { saved } = saver;
  const wb = await startWorkbench({
    setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
  });
  const page = wb.page;
  const base = new URL(page.url()).origin;
  // Screenshots run on the solo (SQLite) store: pick the demo's rows with plain SQL.
  const store = wb.core.store;
  if (store.engine !== 'sqlite') throw new Error('the screenshot tour runs on SQLite');
  const db = store.sqlite;
  const pick = (sql: string) => db.prepare(sql).get() as { id: number; client_id: number };
  const won = pick(
    `select p.id, p.client_id from proposals p join payment_plans pp on pp.proposal_id = p.id
     join payment_receipts r on r.milestone_id in (select id from payment_milestones where proposal_id = p.id)
     order by p.id limit 1`,
  );
  const sent = pick(
    `select p.id, p.client_id from proposals p where p.status in ('sent', 'negotiating')
     and exists (select 1 from proposal_versions v where v.proposal_id = p.id) order by p.id limit 1`,
  );
  const lost = pick(`select id, client_id from proposals where status = 'lost' order by id limit 1`);
  const quote = await wb.call('quotes.create', {
    clientId: won.client_id,
    title: '媒介投放与制作',
    document: {
      format: 'workbench.quote/1',
      title: '媒介投放与制作',
      currency: 'CNY',
      difficulty: { level: 2 },
      taxPercent: '6',
      agencyFeePercent: '8',
      sections: [
        {
          title: '媒介',
          lines: [
            { kind: 'labor', role: '媒介经理', headcount: '1', days: '5', rate: 250000, costRate: 120000 },
            {
              kind: 'item',
              description: '信息流投放',
              quantity: '1',
              unit: '项',
              unitPrice: 10000000,
              unitCost: 9600000,
            },
            { kind: 'item', description: '视频制作', quantity: '1', unit: '条', unitPrice: 3333333, unitCost: 2800000 },
          ],
        },
      ],
    },
  });
  const shoot = (name: string, scrollTo?: string) => saver.shoot(page, name, { scrollTo, settle: true, sizes: SIZES });
  try {
    const shell = new ShellPage(page);
    await shell.waitForReady();
    for (const lang of LANGS) {
      await shell.switchLanguage(lang);
      await page.goto(`${base}/finance/receivables`);
      await page.getByTestId('receivables-totals').waitFor();
      await shoot(`${lang}-receivables`);
      await page.goto(`${base}/proposals/${won.id}`);
      await page.getByTestId('payment-plan').getByRole('table').waitFor();
      await shoot(`${lang}-proposal-payment-plan`, '[data-testid="payment-plan"]');
      await page.goto(`${base}/proposals/${sent.id}`);
      await page.getByTestId('acceptance').waitFor();
      await shoot(`${lang}-proposal-acceptance`, '[data-testid="acceptance"]');
      await page.goto(`${base}/proposals/${lost.id}`);
      await page.locator('#pe-pitch').waitFor();
      await page.locator('#pe-pitch').locator('..').locator('..').getByRole('button').first().click();
      await shoot(`${lang}-proposal-pitch-time`, '#pe-pitch');
      await page.goto(`${base}/clients/${won.client_id}`);
      await page.getByTestId('client-money').waitFor();
      await shoot(`${lang}-client-profit-cost-to-serve`, '[data-testid="client-money"]');
      await page.goto(`${base}/archive/pipeline`);
      await page.getByTestId('forecast').getByRole('table').first().waitFor();
      await shoot(`${lang}-pipeline-forecast`, '[data-testid="forecast"]');
      await page.goto(`${base}/settings`);
      await page.locator('#collection-settings-heading').waitFor();
      await shoot(`${lang}-settings-collection`, '#collection-settings-heading');
      await page.goto(`${base}/quotes/${quote.id}`);
      await page.getByTestId('agency-fee-0').waitFor();
      await shoot(`${lang}-quote-agency-fee`);
    }
  } finally {
    await wb.close();
  }
  return saved;
}
