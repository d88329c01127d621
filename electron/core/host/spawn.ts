/**
 * What the Electron main process knows of the core: the file its utility process runs (built by
 * electron-vite beside main's own index.js from ./process.ts). Nothing else of the core is
 * imported by main (eslint.config.js enforces it), so the window's process never loads SQLite,
 * docx or the handlers.
 */
export const CORE_ENTRY_FILE = 'core.js';
