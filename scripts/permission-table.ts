// `npm run docs:permissions`: write the README's "who may do what" table from the contract.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withTable } from './lib/permission-table';

const path = join(import.meta.dirname, '..', 'README.md');
writeFileSync(path, withTable(readFileSync(path, 'utf8')));
console.log('README.md: permission table written from shared/contract');
