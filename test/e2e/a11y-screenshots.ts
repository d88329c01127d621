/**
 * `npx tsx test/e2e/a11y-screenshots.ts`: the accessibility work's screens in both languages, into
 * docs/screenshots/ (see screenshots.ts for why the tour is loaded with tsconfig.node.json).
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../../tsconfig.node.json', import.meta.url));
const tour = (await tsImport('./a11y-screenshot-tour.ts', { parentURL: import.meta.url, tsconfig })) as {
  takeA11yScreenshots(): Promise<string[]>;
};
const saved = await tour.takeA11yScreenshots();
process.stdout.write(`Saved ${saved.length} screenshots:\n${saved.map((f) => `  ${f}`).join('\n')}\n`);
