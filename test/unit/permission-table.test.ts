import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '@shared/contract';
import { CALL_ACCESS_PATH, callAccessModule, permissionTable, withTable } from '../../scripts/lib/permission-table';
import { CALL_ACCESS } from '@shared/contract/generated/call-access';

describe('the README’s permission table', () => {
  it('is the one generated from the contract (npm run docs:permissions), so it cannot drift', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    expect(withTable(readme)).toBe(readme);
  });

  it('names every call once', () => {
    const table = permissionTable();
    for (const name of Object.keys(contract)) expect(table.split(`\`${name}\``).length - 1, name).toBe(1);
  });

  it('has a zod-free copy of the declarations for mayCall that is the contract’s (npm run docs:permissions)', () => {
    expect(readFileSync(CALL_ACCESS_PATH, 'utf8'), 'run `npm run docs:permissions` and commit the file').toBe(
      callAccessModule(),
    );
    // What mayCall reads, call by call, is what the dispatcher checks.
    expect(Object.keys(CALL_ACCESS).sort()).toEqual(Object.keys(contract).sort());
    for (const [name, endpoint] of Object.entries(contract))
      expect(CALL_ACCESS[name as keyof typeof CALL_ACCESS], name).toEqual({ ...endpoint.access });
  });
});
