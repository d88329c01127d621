import { join } from 'node:path';
import { contract, USER_ROLES, type CallName } from '../../shared/contract';

export const TABLE_START =
  '<!-- permission-matrix:start (npm run docs:permissions writes this table from shared/contract) -->';
export const TABLE_END = '<!-- permission-matrix:end -->';

const ROLE_NAMES: Record<(typeof USER_ROLES)[number], string> = {
  account_lead: 'account lead 客户经理',
  finance: 'finance 财务',
  admin: 'admin 管理员',
};

/** The contract's role declarations as a Markdown table: one row per area, the calls grouped by who may make them. */
export function permissionTable(): string {
  const rows = new Map<string, Map<string, CallName[]>>();
  for (const name of Object.keys(contract) as CallName[]) {
    const access = contract[name].access;
    const who =
      access.public === 'always'
        ? 'public (before sign-in)'
        : [
            ...USER_ROLES.filter((r) => access.roles.includes(r)).map((r) => ROLE_NAMES[r]),
            ...(access.public === 'first-run' ? ['anyone while the workspace has no user (first run)'] : []),
          ].join(', ');
    const area = name.split('.')[0]!;
    const byWho = rows.get(area) ?? new Map<string, CallName[]>();
    byWho.set(who, [...(byWho.get(who) ?? []), name]);
    rows.set(area, byWho);
  }
  const lines = ['| calls | who may make them |', '|---|---|'];
  for (const byWho of rows.values())
    for (const [who, names] of byWho) lines.push(`| ${names.map((n) => `\`${n}\``).join(', ')} | ${who} |`);
  return lines.join('\n');
}

/** The README with its table replaced by the current one. */
export function withTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('README has no permission-matrix markers');
  return `${readme.slice(0, start + TABLE_START.length)}\n${permissionTable()}\n${readme.slice(end)}`;
}

/** Where the zod-free copy of the contract's declarations lives (shared/contract/may-call.ts reads it). */
export const CALL_ACCESS_PATH = join(
  import.meta.dirname,
  '..',
  '..',
  'shared',
  'contract',
  'generated',
  'call-access.ts',
);

/**
 * The generated module: each call's access as the contract declares it, as plain data, so the
 * renderer's entry can ask `mayCall` without loading the contract's zod schemas (issue 18).
 */
export function callAccessModule(): string {
  const lines = [
    '/**',
    " * Who may make each call, copied from the contract's declarations (shared/contract/areas) as plain",
    ' * data for `mayCall` without zod. Do not edit: `npm run docs:permissions` rewrites it, and',
    ' * test/unit/permission-table.test.ts fails when it differs from the contract.',
    ' */',
    "import type { Access } from '../access';",
    '',
    'export const CALL_ACCESS = {',
  ];
  for (const name of Object.keys(contract) as CallName[]) {
    const { roles, public: open } = contract[name].access;
    const fields = [`roles: [${roles.map((r) => `'${r}'`).join(', ')}]`];
    if (open) fields.push(`public: '${open}'`);
    lines.push(`  '${name}': { ${fields.join(', ')} },`);
  }
  lines.push('} satisfies Record<string, Access>;', '');
  return lines.join('\n');
}
