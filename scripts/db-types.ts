// `npm run db:types`: regenerate electron/core/db/generated/tables.ts from the migrations.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DB_TYPES_PATH, generateDbTypes } from './lib/db-types';

mkdirSync(dirname(DB_TYPES_PATH), { recursive: true });
writeFileSync(DB_TYPES_PATH, await generateDbTypes());
console.log(`${DB_TYPES_PATH}: table types generated from the migrations`);
