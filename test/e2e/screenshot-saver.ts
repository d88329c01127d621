import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const OUT = join(ROOT, 'docs/screenshots');

/**
 * What a screenshot tour shares: `shoot` waits for the fonts and a short settle, writes
 * docs/screenshots/<name>.png, and `saved` lists what was written (paths from the project root).
 */
export function screenshotSaver(): { shoot(page: Page, name: string): Promise<void>; saved: string[] } {
  mkdirSync(OUT, { recursive: true });
  const saved: string[] = [];
  return {
    saved,
    async shoot(page, name) {
      await page.evaluate('document.fonts.ready');
      await page.waitForTimeout(300);
      const file = join(OUT, `${name}.png`);
      await page.screenshot({ path: file });
      saved.push(relative(ROOT, file));
    },
  };
}
