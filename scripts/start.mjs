// `npm start`: the desktop app when this machine can run it, otherwise the same workbench in the
// browser. Whatever happens, `npm install && npm start` ends with a working workbench.
import { ensureBuild } from './ensure-build.mjs';
import { runBrowserMode } from './lib/browser-mode.mjs';
import { exitLike } from './lib/child.mjs';
import { displayProblem, runDesktop } from './lib/desktop.mjs';
import { setupElectron } from './lib/electron-native.mjs';
import { say } from './lib/project.mjs';

const args = process.argv.slice(2);

function fallBack(reason) {
  say(`Electron is not available here (${reason}) — starting browser mode instead.`);
}

async function prepareDesktop() {
  // Checked first: on a headless machine a 100 MB download and a native build would be wasted.
  const noDisplay = displayProblem();
  if (noDisplay) return { ok: false, reason: noDisplay };
  return setupElectron();
}

const desktop = await prepareDesktop();
try {
  await ensureBuild();
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
}

if (desktop.ok) {
  const result = await runDesktop(desktop.path, args);
  // Exit 0 before any window: a workbench was already running and was brought to the front;
  // a signal: the user stopped it. Neither calls for browser mode.
  if (result.started || result.code === 0 || ['SIGINT', 'SIGTERM', 'SIGHUP'].includes(result.signal)) exitLike(result);
  else
    fallBack(
      `Electron exited before its window opened, ${result.error ? result.error.message : `code ${result.code ?? result.signal}`}`,
    );
} else {
  fallBack(desktop.reason);
}
exitLike(await runBrowserMode({ args, openBrowser: true }));
