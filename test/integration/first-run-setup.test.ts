import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RateCardEntry, StoredSettings, WorkspaceStatus } from '@shared/contract';
import { localToday } from '@shared/dates/local';
import { STARTER_RATE_CARD } from '@shared/rate-card/starter';
import { openTestCore, snapshotTables, type TestCore } from './support/core';

// Issue 15: a new workspace is ready to quote — currency, VAT and a starter rate card on the first run.
const SETUP = {
  mode: 'empty',
  adminName: '王经理',
  companyName: '星火传播',
  language: 'zh-CN',
} as const;

const CLOCK = new Date('2026-11-23T08:00:00.000Z');

describe('first-run setup with currency, VAT and starter rate card', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await openTestCore(() => CLOCK);
  });
  afterEach(() => t.dispose());

  it('stores exactly the chosen currency, VAT and starter roles', async () => {
    const roles = STARTER_RATE_CARD.slice(0, 3).map((r) => ({
      role: r.role['zh-CN'],
      rate: r.rate,
      costRate: r.costRate,
    }));
    // An edited role, as the form lets one before saving.
    roles.push({ role: '资深文案（双语）', rate: 320_050, costRate: 150_000 });
    const s = await t.ok<WorkspaceStatus>('workspace.setup', {
      ...SETUP,
      currency: 'HKD',
      taxPercent: '6.5',
      starterRoles: roles,
    });
    expect(s.initialized).toBe(true);
    const settings = await t.ok<StoredSettings>('settings.get');
    expect(settings).toMatchObject({ companyName: '星火传播', currency: 'HKD', taxPercent: '6.5' });
    // The other quote defaults are the built-in ones.
    expect(settings.marginFloorPercent).toBe('30');

    const card = await t.ok<{ items: RateCardEntry[] }>('rateCard.list', {});
    expect(
      card.items
        .map((e) => ({ role: e.role, currency: e.currency, rate: e.rate, costRate: e.costRate }))
        .sort((a, b) => a.role.localeCompare(b.role)),
    ).toEqual(roles.map((r) => ({ ...r, currency: 'HKD' })).sort((a, b) => a.role.localeCompare(b.role)));
    // Effective from the user's day of the setup, so the quote editor offers them at once.
    const today = localToday(CLOCK);
    expect(new Set(card.items.map((e) => e.effectiveFrom))).toEqual(new Set([today]));
    const asOf = await t.ok<{ items: RateCardEntry[] }>('rateCard.list', { currency: 'HKD', asOf: today });
    expect(asOf.items).toHaveLength(4);
  });

  it('keeps the built-in defaults and writes no roles when the fields are left out', async () => {
    await t.ok('workspace.setup', SETUP);
    const settings = await t.ok<StoredSettings>('settings.get');
    expect(settings).toMatchObject({ currency: 'CNY', taxPercent: '0' });
    expect((await t.ok<{ items: RateCardEntry[] }>('rateCard.list', {})).items).toEqual([]);
  });

  it('every starter role keeps a margin well above the default 30% floor', () => {
    for (const r of STARTER_RATE_CARD) {
      expect(Number.isInteger(r.rate) && Number.isInteger(r.costRate)).toBe(true);
      // margin = (rate − cost) / rate ≥ 45%, in integers: 100·(rate − cost) ≥ 45·rate.
      expect(100 * (r.rate - r.costRate)).toBeGreaterThanOrEqual(45 * r.rate);
    }
    expect(STARTER_RATE_CARD.map((r) => r.role.en)).toContain('Account Director');
  });

  for (const [label, taxPercent] of [
    ['above 100', '101'],
    ['negative', '-1'],
    ['three decimals', '6.125'],
    ['not a number', '六'],
  ] as const) {
    it(`refuses a VAT rate ${label} with a message in both languages and writes nothing`, async () => {
      const before = await snapshotTables(t.core);
      const r = await t.core.call('workspace.setup', {
        ...SETUP,
        taxPercent,
        starterRoles: [{ role: '文案', rate: 280_000, costRate: 130_000 }],
      });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('validation');
        const issue = r.error.issues?.[0];
        expect(issue?.path).toEqual(['taxPercent']);
        // A message for each language naming the field in the user's words, never its key, and
        // they differ (not one text shown twice).
        expect(issue?.messages['zh-CN']).toMatch(/税率/);
        expect(issue?.messages.en).toMatch(/tax rate/i);
        expect(issue?.messages.en).not.toMatch(/taxPercent/);
        expect(issue?.messages.en).not.toBe(issue?.messages['zh-CN']);
      }
      expect(await snapshotTables(t.core)).toBe(before);
      expect((await t.ok<WorkspaceStatus>('workspace.status')).initialized).toBe(false);
    });
  }

  it('refuses a bad starter role (negative cost, blank name) and writes nothing', async () => {
    const before = await snapshotTables(t.core);
    const r = await t.core.call('workspace.setup', {
      ...SETUP,
      taxPercent: '6',
      starterRoles: [
        { role: '文案', rate: 280_000, costRate: -1 },
        { role: '  ', rate: 280_000, costRate: 1 },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('validation');
    expect(await snapshotTables(t.core)).toBe(before);
  });
});
