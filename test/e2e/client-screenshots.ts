/** `npx tsx test/e2e/client-screenshots.ts`: the client area's screens in both languages (see screenshots.ts for why tsImport). */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../../tsconfig.node.json', import.meta.url));
const tour = (await tsImport('./client-screenshot-tour.ts', { parentURL: import.meta.url, tsconfig })) as {
  takeClientScreenshots(): Promise<string[]>;
};
const saved = await tour.takeClientScreenshots();
process.stdout.write(`Saved ${saved.length} screenshots:\n${saved.map((f) => `  ${f}`).join('\n')}\n`);
