import type { Page } from 'playwright-core';

/** The Element Timing identifier Home's company name carries (HomeScreen.tsx), and the floor pages' heading. */
export const HOME_USABLE = 'home-usable';

/**
 * When the page first painted the element marked `elementtiming="home-usable"` (ms from its
 * navigation start), as Chromium's Element Timing API recorded it — the same clock and the same
 * kind of event as a floor page's first contentful paint. Polling for the element from Playwright
 * and then asking the time adds the poll's interval and a round trip (20–60 ms under load) to the
 * page's figure only; both are reported, PASS/FAIL goes on the paint.
 */
export async function paintedAt(page: Page): Promise<number> {
  // A string, as the benches' other page expressions: this process's types have no DOM.
  return (await page.evaluate(`new Promise((resolve) => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.identifier === '${HOME_USABLE}') resolve(entry.renderTime || entry.startTime);
      }
    }).observe({ type: 'element', buffered: true });
  })`)) as number;
}
