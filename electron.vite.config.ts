import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const alias = { '@shared': r('./shared') };
// Several builds can live side by side (e.g. parallel work on one checkout): WORKBENCH_OUT_DIR moves them.
const out = process.env.WORKBENCH_OUT_DIR ?? r('./out');

// electron-vite forces base './' on production renderers; nested routes (/quotes/12) reloaded in
// browser mode would then ask for /quotes/assets/…. Its preset runs first ('pre'), so this wins.
const absoluteBase = { name: 'workbench-absolute-base', enforce: 'post' as const, config: () => ({ base: '/' }) };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: `${out}/main`,
      // Pure-JS packages the core imports at start are bundled in: Node's ESM loader resolves, reads
      // and compiles each of their files apart (zod and kysely are ~500 files), which cost the server
      // a few hundred ms before it listens (issue 18, cold start). The rest stay external: native
      // (better-sqlite3), loaded only by a team workspace (pg) or an export (docx, fflate).
      externalizeDeps: { exclude: ['zod', 'kysely', 'diff', 'csv-parse', 'opencc-js'] },
      rolldownOptions: {
        // The Electron main process (the relay), the core's utility process it starts (core.js, see
        // electron/core/host/spawn.ts), browser mode's server and the team server: the last three open
        // the same core entry.
        input: {
          index: r('./electron/main/index.ts'),
          core: r('./electron/core/host/process.ts'),
          server: r('./electron/server/cli.ts'),
          'team-server': r('./electron/server/team-cli.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: `${out}/preload`,
      rolldownOptions: {
        input: { index: r('./electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: r('./renderer'),
    // Absolute asset URLs, so a reload of a nested route (/clients/12) still finds /assets/….
    base: '/',
    resolve: { alias },
    plugins: [react(), absoluteBase],
    build: {
      outDir: `${out}/renderer`,
      // electron-vite leaves the renderer unminified; minified, the first paint parses a fraction.
      minify: true,
      rolldownOptions: {
        input: { index: r('./renderer/index.html') },
        // Everything the entry imports statically is one file (`$initial`: the entry and its static
        // imports), not the entry plus a dozen small shared chunks: over HTTP/1.1 (six connections,
        // shared with boot.js's first reads) the last of those waited behind the others, and the
        // module graph cannot run until its last file is in (issue 18). Screens loaded later still
        // get their own chunks and import what they share from this one.
        output: { codeSplitting: { groups: [{ name: 'home', tags: ['$initial'] }] } },
      },
    },
  },
});
