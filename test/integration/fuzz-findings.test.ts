import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoCore, type TestCore } from './support/core';

/** Inputs the fuzz test once answered with a 5xx (both engines): each is now a clear 4xx. */
describe('fuzz findings', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await openDemoCore();
  });
  afterAll(async () => t.dispose());

  it('a complaint naming a responder who is no user is not found, and nothing is written', async () => {
    const r = await t.core.call(
      'complaints.save',
      {
        clientId: 1,
        receivedOn: '2026-03-01',
        receivedBy: '王经理',
        responderId: 999_999,
        severity: 'low',
        description: '延误',
        resolution: '',
        resolvedOn: '',
      },
      { userId: 1, lang: 'en' },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('a version number beyond 32 bits is refused as input', async () => {
    const r = await t.core.call('archive.compare', { id: 1, from: 1, to: 2_147_483_648 }, { userId: 1, lang: 'en' });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
