import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Each import rule of eslint.config.js, proven by a fixture that breaks it, linted with the
// project's own config (the one `npm run lint` uses). The fixtures' folder is ignored by the normal
// run, so they are linted here explicitly: the cycle where it lies, the layer fixtures as if they
// lived in the layer their first line names.
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../lint-fixtures/${name}`, import.meta.url));

const eslint = new ESLint({ cwd: root });
const unignored = new ESLint({ cwd: root, ignore: false });

async function lintAs(name: string): Promise<ESLint.LintResult> {
  const code = readFileSync(fixture(name), 'utf8');
  const virtual = /^\/\/ linted as: (\S+)/.exec(code)?.[1];
  if (!virtual) throw new Error(`${name} names no path to be linted as`);
  const [result] = await eslint.lintText(code, { filePath: `${root}/${virtual}` });
  return result!;
}

const ruleIds = (r: ESLint.LintResult) => r.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);

describe('import rules in eslint.config.js', () => {
  it('the normal lint run does not pick up the fixtures', async () => {
    expect(await eslint.isPathIgnored(fixture('cycle/first.ts'))).toBe(true);
    expect(await eslint.isPathIgnored(fixture('renderer-imports-core.ts'))).toBe(true);
  });

  it('an import cycle is an error, on both files of the cycle', async () => {
    const results = await unignored.lintFiles([fixture('cycle/first.ts'), fixture('cycle/second.ts')]);
    expect(results).toHaveLength(2);
    for (const r of results) expect(ruleIds(r)).toContain('import-x/no-cycle');
  }, 60_000);

  it('the renderer importing electron/ is an error', async () => {
    const r = await lintAs('renderer-imports-core.ts');
    expect(ruleIds(r)).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it('shared importing the renderer is an error', async () => {
    const r = await lintAs('shared-imports-renderer.ts');
    expect(ruleIds(r)).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it('shared importing electron/ is an error', async () => {
    const r = await lintAs('shared-imports-core.ts');
    expect(ruleIds(r)).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it('the core importing the electron package is an error', async () => {
    const r = await lintAs('core-imports-electron.ts');
    expect(ruleIds(r)).toContain('no-restricted-imports');
  }, 60_000);

  it('the main process importing the core is an error', async () => {
    const r = await lintAs('main-imports-core.ts');
    expect(ruleIds(r)).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it('the main process may import the spawn path of the core entry (the control)', async () => {
    const r = await lintAs('main-imports-core-entry.ts');
    expect(r.messages).toEqual([]);
  }, 60_000);

  it('the renderer reaching window.workbench outside api/, or casting to CallName, is an error', async () => {
    const r = await lintAs('renderer-bridge.ts');
    expect(ruleIds(r)).toEqual(expect.arrayContaining(['no-restricted-properties', 'no-restricted-syntax']));
  }, 60_000);

  it('a shared module importing only shared code passes (the control)', async () => {
    const r = await lintAs('clean-shared.ts');
    expect(r.messages).toEqual([]);
  }, 60_000);
});
