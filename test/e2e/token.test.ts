import { afterEach, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';
import { text } from './pages/text';

describe('browser mode without its token', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('says to open the address printed at start-up instead of showing a broken shell', async () => {
    wb = await startWorkbench({ open: false });
    await wb.page.goto(`http://127.0.0.1:${wb.server.port}/`);
    await wb.page.getByRole('heading', { level: 1, name: text('zh-CN', 'token.title') }).waitFor();
    expect(await wb.page.getByText('npm run web', { exact: false }).first().isVisible()).toBe(true);
    expect(await wb.page.getByRole('navigation').count()).toBe(0);
  });

  it('says the token has expired when the server no longer accepts it', async () => {
    wb = await startWorkbench({ open: false });
    await wb.page.goto(`http://127.0.0.1:${wb.server.port}/#token=not-the-launch-token`);
    await wb.page.getByRole('heading', { level: 1, name: text('zh-CN', 'token.expiredTitle') }).waitFor();
    // The stale token is forgotten, so a reload shows the plain "open the printed address" page.
    await wb.page.reload();
    await wb.page.getByRole('heading', { level: 1, name: text('zh-CN', 'token.title') }).waitFor();
  });
});
