import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '@shared/contract';
import { permissionTable, withTable } from '../../scripts/lib/permission-table';

describe('the README’s permission table', () => {
  it('is the one generated from the contract (npm run docs:permissions), so it cannot drift', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    expect(withTable(readme)).toBe(readme);
  });

  it('names every call once', () => {
    const table = permissionTable();
    for (const name of Object.keys(contract)) expect(table.split(`\`${name}\``).length - 1, name).toBe(1);
  });
});
