import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../electron/server/server';
import { WORKED_EXAMPLE } from '../fixtures/worked-example';
import { openTestCore, type TestCore } from './support/core';

describe('quotes.compute over browser mode', () => {
  let t: TestCore;
  let server: RunningServer;
  const post = async (args: unknown, lang = 'en') => {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/quotes.compute`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${server.token}`,
        'Content-Type': 'application/json',
        'X-Workbench-Lang': lang,
      },
      body: JSON.stringify(args),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const clone = () => structuredClone(WORKED_EXAMPLE) as unknown as Record<string, any>;

  beforeAll(async () => {
    t = await openTestCore();
    const dir = mkdtempSync(join(tmpdir(), 'workbench-static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    server = await startServer({ core: t.core, staticDir: dir });
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
  });
  afterAll(async () => {
    await server.close();
    await t.dispose();
  });

  it("returns DOMAIN.md's worked example to the fen", async () => {
    const { status, body } = await post(WORKED_EXAMPLE);
    expect(status).toBe(200);
    expect(body.result).toMatchObject({
      subtotal: 3919818,
      discount: 195991,
      net: 3723827,
      tax: 223430,
      total: 3947257,
      cost: 2352500,
      grossMargin: 1371327,
      marginPercent: '36.8',
    });
    expect(body.result.sections[0].lines.map((l: { price: number }) => l.price)).toEqual([2254000, 431251, 1234567]);
    expect(body.result.workloadByRole['高级策划'].personDays).toBe('7');
  });

  const refusals: [string, (q: Record<string, any>) => void, string][] = [
    ['days and hours both given', (q) => (q.sections[0].lines[0].hours = '8'), 'sections.0.lines.0.hours'],
    ['a negative quantity', (q) => (q.sections[0].lines[2].quantity = '-1'), 'sections.0.lines.2.quantity'],
    ['a 4-place quantity', (q) => (q.sections[0].lines[0].days = '3.5001'), 'sections.0.lines.0.days'],
    ['non-integer money', (q) => (q.sections[0].lines[0].rate = 2800.5), 'sections.0.lines.0.rate'],
    ['an unknown field', (q) => (q.sections[0].lines[0].colour = 'red'), 'sections.0.lines.0'],
    [
      'a discount over the subtotal',
      (q) => (q.discount = { amount: 4000000, reason: 'x', condition: 'y' }),
      'discount.amount',
    ],
    ['a level outside 1–5', (q) => (q.difficulty.level = 6), 'difficulty.level'],
    ['an unknown format version', (q) => (q.format = 'workbench.quote/2'), 'format'],
  ];
  for (const [what, spoil, path] of refusals) {
    it(`refuses ${what} with a 400 naming the field`, async () => {
      const q = clone();
      spoil(q);
      const { status, body } = await post(q);
      expect(status).toBe(400);
      expect(body.ok).toBe(false);
      const issue = body.error.issues.find((i: { path: unknown[] }) => i.path.join('.') === path);
      expect(issue, JSON.stringify(body.error.issues)).toBeDefined();
      expect(issue.messages['zh-CN']).toMatch(/\S/);
      expect(issue.messages.en).toMatch(/\S/);
    });
  }

  it('checks a discount amount against the workspace defaults, not the built-in ones', async () => {
    const s = await t.ok<Record<string, unknown>>('settings.get');
    const { updatedAt: _a, updatedBy: _b, ...settings } = s;
    // At level 3 = 2.00 the subtotal grows past 4,000,000 fen; with the built-in 1.15 it is 3,919,818.
    await t.ok('settings.update', {
      ...settings,
      difficultyMultipliers: { ...(settings.difficultyMultipliers as object), '3': '2.00' },
    });
    const q = clone();
    q.discount = { amount: 4000000, reason: 'x', condition: 'y' };
    const { status, body } = await post(q);
    expect(status).toBe(200);
    expect(body.result.discount).toBe(4000000);
    await t.ok('settings.update', settings);
  });
});
