// `npm run web -- --db x.db --port 5177`: the workbench in any browser on this machine.
import { ensureBuild } from './ensure-build.mjs';
import { runBrowserMode } from './lib/browser-mode.mjs';
import { exitLike } from './lib/child.mjs';

try {
  await ensureBuild();
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
}
exitLike(await runBrowserMode({ args: process.argv.slice(2) }));
