/**
 * `npx tsx test/e2e/leadday-screenshots.ts`: the screens issue 15 changed, in both languages, into
 * docs/screenshots/ (see screenshots.ts for why the tour is loaded with tsconfig.node.json).
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../../tsconfig.node.json', import.meta.url));
const tour = (await tsImport('./leadday-screenshot-tour.ts', { parentURL: import.meta.url, tsconfig })) as {
  takeLeadDayScreenshots(): Promise<string[]>;
};
const saved = await tour.takeLeadDayScreenshots();
process.stdout.write(`Saved ${saved.length} screenshots:\n${saved.map((f) => `  ${f}`).join('\n')}\n`);
