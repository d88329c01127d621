import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, mayCall, USER_ROLES, type CallName, type User, type UserRole } from '@shared/contract';
import { localize } from '../../electron/core/errors';
import { DEMO_SETUP_SIGNED, openDemoCore, snapshotTables, type TestCore } from './support/core';
import { FUZZ_EXAMPLES } from './support/fuzz-examples';

/**
 * Every handler of the contract × every role (and nobody, in a workspace where everyone signs in):
 * the dispatcher allows or refuses exactly as the contract declares, and a refused call leaves
 * every table byte-identical. Generated from the contract, so a new handler is covered at once.
 */
const CALLERS = [...USER_ROLES, null] as const;

async function checksum(t: TestCore): Promise<string> {
  return createHash('sha256')
    .update(await snapshotTables(t.core))
    .digest('hex');
}

/** A refusal by the permission check itself (not by the handler, not by validation). */
function refusedByRole(error: { code: string; messages: { en: string } }): boolean {
  if (error.code === 'sign_in_required') return error.messages.en === localize('error.sign_in_required').en;
  return error.code === 'forbidden' && /^This needs the .* role; /.test(error.messages.en);
}

describe('the permission matrix, generated from the contract', () => {
  let t: TestCore;
  const users = {} as Record<UserRole, User>;
  const tally = { allowed: 0, refused: 0 };

  beforeAll(async () => {
    t = await openDemoCore(undefined, DEMO_SETUP_SIGNED);
    const all = (await t.ok<{ items: User[] }>('users.list', {}, 1)).items;
    users.admin = all.find((u) => u.role === 'admin')!;
    users.finance = all.find((u) => u.role === 'finance')!;
    users.account_lead = all.find((u) => u.role === 'account_lead')!;
  });
  afterAll(async () => {
    console.log(
      `permission matrix: ${Object.keys(contract).length} handlers × ${CALLERS.length} callers: ${tally.allowed} allowed, ${tally.refused} refused`,
    );
    await t.dispose();
  });

  it('covers every handler, and the roles a handler declares are real roles', () => {
    for (const [name, endpoint] of Object.entries(contract)) {
      expect(endpoint.access, name).toBeDefined();
      for (const r of endpoint.access.roles) expect(USER_ROLES, name).toContain(r);
    }
  });

  it('declares at least the issue’s minimum rules', () => {
    const adminOnly: CallName[] = [
      'users.create',
      'users.update',
      'users.setPassword',
      'settings.update',
      'proposalSettings.update',
      'backups.create',
      'backups.restore',
      'workspace.importArchive',
      'branding.update',
      'branding.setLogo',
      'branding.setTemplate',
    ];
    for (const name of adminOnly) expect(contract[name].access.roles, name).toEqual(['admin']);
    expect([...contract['approvals.decide'].access.roles].sort()).toEqual(['admin', 'finance']);
  });

  for (const name of Object.keys(contract) as CallName[]) {
    it(`${name}: allowed or refused for each role exactly as declared`, async () => {
      for (const role of CALLERS) {
        const expected = mayCall(name, role);
        const before = await checksum(t);
        // Nobody: no session in a workspace of several users with passwords.
        const options = role === null ? { lang: 'en' as const } : { userId: users[role].id, lang: 'en' as const };
        const response = await t.core.call(name, FUZZ_EXAMPLES[name], options);
        const refused = !response.ok && refusedByRole(response.error);
        expect(refused, `${name} as ${role ?? 'nobody'}: ${JSON.stringify(response).slice(0, 200)}`).toBe(!expected);
        if (refused) {
          tally.refused++;
          expect(response.ok ? null : response.error.messages['zh-CN']).toMatch(/\S/);
          expect(await checksum(t), `${name} as ${role ?? 'nobody'} changed the database`).toBe(before);
        } else tally.allowed++;
      }
    }, 60_000);
  }
});
