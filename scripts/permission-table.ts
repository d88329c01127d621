// `npm run docs:permissions`: write the README's "who may do what" table from the contract, and the
// zod-free copy of the declarations the renderer's `mayCall` reads (shared/contract/generated).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CALL_ACCESS_PATH, callAccessModule, withTable } from './lib/permission-table';

const path = join(import.meta.dirname, '..', 'README.md');
writeFileSync(path, withTable(readFileSync(path, 'utf8')));
console.log('README.md: permission table written from shared/contract');
mkdirSync(dirname(CALL_ACCESS_PATH), { recursive: true });
writeFileSync(CALL_ACCESS_PATH, callAccessModule());
console.log(`${CALL_ACCESS_PATH}: call access written from shared/contract`);
