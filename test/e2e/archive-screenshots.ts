/**
 * `WORKBENCH_OUT_DIR=… npx tsx test/e2e/archive-screenshots.ts`: the archive's screens in both
 * languages, into docs/screenshots/ (see screenshots.ts for why the tour is loaded this way).
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../../tsconfig.node.json', import.meta.url));
const tour = (await tsImport('./archive-screenshot-tour.ts', { parentURL: import.meta.url, tsconfig })) as {
  takeArchiveScreenshots(): Promise<string[]>;
};
const saved = await tour.takeArchiveScreenshots();
process.stdout.write(`Saved ${saved.length} screenshots:\n${saved.map((f) => `  ${f}`).join('\n')}\n`);
