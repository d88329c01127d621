// `npm run screenshots`: every screen in both languages into docs/screenshots/, with the demo agency.
import { spawnSync } from 'node:child_process';
import { ROOT, say } from './lib/project.mjs';

const tours = [
  'screenshots',
  'quote-screenshots',
  'client-screenshots',
  'archive-screenshots',
  'data-safety-screenshots',
  'a11y-screenshots',
  'grid-screenshots',
];
const env = { ...process.env, WORKBENCH_SCREENSHOTS: '1' };
let failed = false;
for (const tour of tours) {
  say(`Screenshots: ${tour}`);
  const r = spawnSync('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', `test/e2e/${tour}.ts`], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  failed ||= r.status !== 0;
}
say('Screenshots: proposals and finance');
const r = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', 'test/e2e/proposal-screenshots.test.ts'], {
  cwd: ROOT,
  env,
  stdio: 'inherit',
});
failed ||= r.status !== 0;
process.exit(failed ? 1 : 0);
