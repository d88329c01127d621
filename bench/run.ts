/**
 * Runs every bench module in turn: `npx tsx bench/run.ts`, or `npx tsx bench/run.ts quote` to run
 * those whose name contains "quote". Each module's default export prints its own table and sets
 * process.exitCode when it misses a target. Add a module by appending to BENCHES.
 */
type BenchModule = { default: () => Promise<void> };

const BENCHES: [name: string, load: () => Promise<BenchModule>][] = [
  ['quote-compute', () => import('./quote-compute.bench')],
  ['quote-editor', () => import('./quote-editor.bench')],
  ['docx-export', () => import('./docx-export.bench')],
  ['client-analytics', () => import('./client-analytics.bench')],
  ['archive-search', () => import('./archive-search.bench')],
  ['archive-search-pg', () => import('./archive-search-pg.bench')],
  ['renderer', () => import('./renderer.bench')],
  ['cold-start', () => import('./cold-start.bench')],
  ['team', () => import('./team.bench')],
];

async function main(): Promise<void> {
  const filter = process.argv[2];
  for (const [name, load] of BENCHES) {
    if (filter !== undefined && !name.includes(filter)) continue;
    console.log(`# ${name}`);
    await (await load()).default();
  }
}

await main();

export {};
