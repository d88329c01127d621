import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '@shared/csv/decode';
import { openTestCore, snapshotTables, type TestCore } from './support/core';

/** A CSV as Excel saves it on a Chinese Windows ("CSV (逗号分隔)"): GBK bytes, CRLF. */
const GBK_FILE = readFileSync(new URL('../fixtures/market-gbk.csv', import.meta.url));

describe('a GBK / GB18030 market CSV', () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('is decoded as GB18030 and imported with its Chinese intact', async () => {
    // The fixture really is not UTF-8 (so this test is about something).
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(GBK_FILE)).toThrow();
    const decoded = decodeCsvBytes(GBK_FILE);
    expect(decoded).toMatchObject({ ok: true, encoding: 'gb18030' });
    if (!decoded.ok) return;
    expect(decoded.text).toContain('资深策划');

    t = await openTestCore();
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王芳', companyName: '星河', language: 'zh-CN' });
    await expect(t.ok('market.importCsv', { csvText: decoded.text })).resolves.toEqual({ imported: 2 });
    const { items } = await t.ok<{ items: { name: string; unit: string; source: string }[] }>('market.list', {});
    expect(items.map((i) => i.name).sort()).toEqual(['场地租赁', '资深策划']);
    expect(items.map((i) => i.source).sort()).toEqual(['2026 行业薪酬报告', '上海会展中心报价']);
  });

  it('read as UTF-8 by mistake ("����"), it is refused with a message saying so, and nothing is written', async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王芳', companyName: '星河', language: 'zh-CN' });
    const mojibake = new TextDecoder('utf-8').decode(GBK_FILE);
    expect(mojibake).toContain('\uFFFD');
    const before = await snapshotTables(t.core);
    const r = await t.core.call('market.importCsv', { csvText: mojibake }, {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation');
    expect(r.error.issues?.[0]?.code).toBe('not_utf8');
    expect(r.error.messages['zh-CN']).toContain('编码');
    expect(r.error.messages.en).toContain('encoding');
    expect(await snapshotTables(t.core)).toBe(before);
  });

  it('UTF-8 with a BOM stays UTF-8; bytes of no known encoding are refused', () => {
    const utf8 = new TextEncoder().encode('\uFEFFkind,name\r\nrole,资深策划\r\n');
    expect(decodeCsvBytes(utf8)).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array([0x81, 0x30, 0x81]))).toEqual({ ok: false });
  });
});
