import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where `npm start` / `npm run electron:setup` put better-sqlite3 built for Electron's ABI
 * (scripts/lib/electron-native.mjs writes it; keep the two paths in step). node_modules keeps
 * Node's own build for the tests, so Electron must be handed this copy explicitly.
 */
export const ELECTRON_NATIVE_DIR = '.electron-native';
export const ELECTRON_NATIVE_FILE = 'better_sqlite3.node';

/** The Electron build of better-sqlite3 under the app's root, when there is one. */
export function electronNativeBinding(appRoot: string): string | undefined {
  const file = join(appRoot, ELECTRON_NATIVE_DIR, ELECTRON_NATIVE_FILE);
  return existsSync(file) ? file : undefined;
}
