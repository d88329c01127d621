/**
 * `npx tsx test/e2e/screenshots.ts`: every screen in both languages, 1280×800, into
 * docs/screenshots/. Plain `tsx` reads tsconfig.json, which does not map `@shared/*`; the tour
 * (and the core it starts) is therefore loaded with tsconfig.node.json, which does.
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../../tsconfig.node.json', import.meta.url));
const tour = (await tsImport('./screenshot-tour.ts', { parentURL: import.meta.url, tsconfig })) as {
  takeScreenshots(): Promise<string[]>;
};
const saved = await tour.takeScreenshots();
process.stdout.write(`Saved ${saved.length} screenshots:\n${saved.map((f) => `  ${f}`).join('\n')}\n`);
