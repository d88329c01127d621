/**
 * `npx tsx test/e2e/columns-screenshots.ts`: the quote grid's column chooser and a customised grid
 * (issue 15) in both languages, into docs/screenshots/ (see screenshots.ts for why the tour is loaded
 * with tsconfig.node.json).
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../../tsconfig.node.json', import.meta.url));
const tour = (await tsImport('./columns-screenshot-tour.ts', { parentURL: import.meta.url, tsconfig })) as {
  takeColumnScreenshots(): Promise<string[]>;
};
const saved = await tour.takeColumnScreenshots();
process.stdout.write(`Saved ${saved.length} screenshots:\n${saved.map((f) => `  ${f}`).join('\n')}\n`);
