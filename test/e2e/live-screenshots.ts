/**
 * `npx tsx test/e2e/live-screenshots.ts`: the screens issue 17's live refresh changed, in both
 * languages, into docs/screenshots/ (see screenshots.ts for why the tour is loaded with tsconfig.node.json).
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../../tsconfig.node.json', import.meta.url));
const tour = (await tsImport('./live-screenshot-tour.ts', { parentURL: import.meta.url, tsconfig })) as {
  takeLiveScreenshots(): Promise<string[]>;
};
const saved = await tour.takeLiveScreenshots();
process.stdout.write(`Saved ${saved.length} screenshots:\n${saved.map((f) => `  ${f}`).join('\n')}\n`);
