import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';
import { seedArchiveWorld } from './pages/ArchiveWorld';

/** Hover the first bar of the first chart so its tooltip moves, then read what is moving and how slowly. */
async function motionAfterHover(page: Page): Promise<{ running: number; tooltipTransition: string }> {
  const bar = page.locator('.recharts-bar-rectangle').first();
  await bar.waitFor();
  await bar.hover();
  await page.locator('.recharts-tooltip-wrapper').first().waitFor();
  await page.mouse.move(10, 10);
  await bar.hover();
  return (await page.evaluate(`({
    running: document.getAnimations().filter((a) => {
      const d = a.effect?.getComputedTiming().duration;
      return typeof d === 'number' && d > 1;
    }).length,
    tooltipTransition: getComputedStyle(document.querySelector('.recharts-tooltip-wrapper')).transitionDuration,
  })`)) as { running: number; tooltipTransition: string };
}

/**
 * Issue 20: charts honour prefers-reduced-motion. The bars never animate in (recharts' animation is
 * off for every series); what moves is the tooltip following the pointer, and with reduced motion
 * it jumps instead of sliding. The same check without the preference shows the slide, so the test
 * can tell the two apart.
 */
describe('charts and reduced motion', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('moves nothing on the pipeline and the client analytics when the user asks for less motion', async () => {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
      lang: 'zh-CN',
    });
    const { page } = wb;
    await page.setViewportSize({ width: 1366, height: 768 });
    await seedArchiveWorld(wb);

    for (const path of ['/archive/pipeline', '/clients/analytics']) {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await page.goto(new URL(path, wb.server.url).href);
      const normal = await motionAfterHover(page);
      expect(parseFloat(normal.tooltipTransition)).toBeGreaterThan(0.05); // seconds: it slides

      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(new URL(path, wb.server.url).href);
      const reduced = await motionAfterHover(page);
      expect(parseFloat(reduced.tooltipTransition)).toBeLessThan(0.001);
      expect(reduced.running).toBe(0);
    }
    expect(wb.pageErrors).toEqual([]);
  });
});
