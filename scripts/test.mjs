// `npm test`: the preflight (tools found or installed, or one line saying what to install), the
// build when stale, then vitest with the found tools' paths in its environment — so every test
// uses what the preflight found. Arguments pass through to vitest (`npm test -- test/unit`).
import { ensureBuild } from './ensure-build.mjs';
import { run } from './lib/child.mjs';
import { binScript, ROOT, say } from './lib/project.mjs';
import { preflight, skippedNote, toolEnv } from './preflight.mjs';

const tools = preflight();
if (!tools) process.exit(1);
const note = skippedNote();
if (note) say(note);

try {
  await ensureBuild();
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
}

const vitest = binScript('vitest');
if (!vitest) {
  process.stderr.write('vitest is not installed: run npm install\n');
  process.exit(1);
}
const result = await run(process.execPath, [vitest, 'run', ...process.argv.slice(2)], {
  cwd: ROOT,
  env: { ...process.env, ...toolEnv(tools), WORKBENCH_PREFLIGHT: '1' },
});
// Said again after vitest's own summary, where the reader looks last.
if (note) say(note);
process.exit(result.code ?? 1);
