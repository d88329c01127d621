import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DB_TYPES_PATH, generateDbTypes } from '../../scripts/lib/db-types';

/**
 * Issue 16: the table types are generated from the migrations (kysely-codegen), not kept by hand.
 * A fresh database migrated to the latest version, introspected again, must give the committed
 * file byte for byte: a migration without `npm run db:types` fails here.
 */
describe('the generated table types', () => {
  it('are what the migrations give', async () => {
    const fresh = await generateDbTypes();
    // Something was generated: the tables the core cannot work without, with their columns.
    expect(fresh).toMatch(/export interface Quotes \{[^}]*\btotal: number;/);
    expect(fresh).toMatch(/export interface DB \{[^}]*\bproposal_versions: ProposalVersions;/);
    expect(fresh).not.toContain('search_fts');
    expect(readFileSync(DB_TYPES_PATH, 'utf8'), 'run `npm run db:types` and commit the file').toBe(fresh);
  }, 60_000);
});
