/** `npx tsx test/e2e/data-safety-screenshots.ts`: Data & backups, first-run import, CSV import, both languages. */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../../tsconfig.node.json', import.meta.url));
const tour = (await tsImport('./data-safety-screenshot-tour.ts', { parentURL: import.meta.url, tsconfig })) as {
  takeDataSafetyScreenshots(): Promise<string[]>;
};
const saved = await tour.takeDataSafetyScreenshots();
process.stdout.write(`Saved ${saved.length} screenshots:\n${saved.map((f) => `  ${f}`).join('\n')}\n`);
