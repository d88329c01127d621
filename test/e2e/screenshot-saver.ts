import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const OUT = join(ROOT, 'docs/screenshots');

export interface ShootOptions {
  /** Scroll this element into view first (the main column scrolls, not the window). */
  scrollTo?: string;
  /** The whole page, not only the viewport. */
  fullPage?: boolean;
  /** One picture per size, named `<name><suffix>` (e.g. `{ '': laptop, '-wide': wide }`). */
  sizes?: Record<string, { width: number; height: number }>;
  /**
   * Wait until no panel is loading and park the pointer in the corner, so no hover hint is caught
   * mid-fade. Off for shots that mean to show a hover or a half-loaded state.
   */
  settle?: boolean;
}

/**
 * What every screenshot tour shares: `shoot` waits for the fonts and a short settle, writes
 * docs/screenshots/<name>.png, and `saved` lists what was written (paths from the project root).
 */
export function screenshotSaver(): {
  shoot(page: Page, name: string, options?: ShootOptions): Promise<void>;
  saved: string[];
} {
  mkdirSync(OUT, { recursive: true });
  const saved: string[] = [];
  return {
    saved,
    async shoot(page, name, { scrollTo, fullPage = false, sizes, settle = false } = {}) {
      for (const [suffix, size] of sizes ? Object.entries(sizes) : [['', undefined] as const]) {
        if (size) await page.setViewportSize(size);
        if (settle) {
          await page.locator('.loading-state').first().waitFor({ state: 'detached' });
          const viewport = page.viewportSize();
          if (viewport) await page.mouse.move(viewport.width - 2, viewport.height - 2);
        }
        await page.evaluate('document.fonts.ready');
        if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        const file = join(OUT, `${name}${suffix}.png`);
        await page.screenshot({ path: file, fullPage });
        saved.push(relative(ROOT, file));
      }
    },
  };
}
