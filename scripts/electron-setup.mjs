// `npm run electron:setup`: fetch the Electron binary and build better-sqlite3 for it, explicitly
// (npm start does the same on its own when needed). Run again after upgrading Electron.
import { setupElectron } from './lib/electron-native.mjs';
import { say } from './lib/project.mjs';

const result = await setupElectron();
if (result.ok) {
  say('Electron is ready: npm start opens the desktop app.');
} else {
  say(`Electron setup failed: ${result.reason}.`);
  say('npm start still works: it falls back to browser mode.');
  process.exit(1);
}
