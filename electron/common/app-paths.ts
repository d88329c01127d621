import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Agency Workbench';
export const DB_FILE_NAME = 'workbench.db';

/**
 * Where Electron's `app.getPath('userData')` points for this app, computed without Electron so
 * browser mode and the desktop app open the same workspace file by default.
 */
export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export function defaultDbPath(): string {
  return join(defaultUserDataDir(), DB_FILE_NAME);
}
