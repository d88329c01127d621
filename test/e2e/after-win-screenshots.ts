/** `npx tsx test/e2e/after-win-screenshots.ts`: the after-the-win screens in both languages (see screenshots.ts for why tsImport). */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../../tsconfig.node.json', import.meta.url));
const tour = (await tsImport('./after-win-screenshot-tour.ts', { parentURL: import.meta.url, tsconfig })) as {
  takeAfterWinScreenshots(): Promise<string[]>;
};
const saved = await tour.takeAfterWinScreenshots();
process.stdout.write(`Saved ${saved.length} screenshots:\n${saved.map((f) => `  ${f}`).join('\n')}\n`);
