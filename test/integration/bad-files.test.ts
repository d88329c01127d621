import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES } from '@shared/contract';
import type { LocalizedText } from '@shared/i18n/lang';
import { parseQuoteJson } from '@shared/quote';
import { WORKED_EXAMPLE } from '../fixtures/worked-example';
import { openDemoCore, openTestCore, snapshotTables, type TestCore } from './support/core';

/**
 * Every kind of file a person can hand the workbench, damaged or hostile, through the real
 * handlers: each is refused with a message in both languages, and no table changes.
 */
const tally = { tried: 0, refused: 0, changes: 0 };

/** A refusal's wording must say something in each language, not just "error". */
function expectClear(messages: LocalizedText, zh: RegExp, en: RegExp) {
  expect(messages['zh-CN']).toMatch(zh);
  expect(messages.en).toMatch(en);
  expect(messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
}

/** Call, expect a refusal, check nothing changed; returns the refusal's messages. */
async function refused(t: TestCore, name: string, args: unknown): Promise<{ code: string; messages: LocalizedText }> {
  tally.tried++;
  const before = await snapshotTables(t.core);
  // No user named: a solo workspace acts as its one user, an empty one (archive import) as nobody.
  const r = await t.core.call(name, args);
  const after = await snapshotTables(t.core);
  if (after !== before) tally.changes++;
  expect(after, `${name} changed the workspace`).toBe(before);
  expect(r.ok, `${name} was accepted`).toBe(false);
  if (r.ok) throw new Error('unreachable');
  tally.refused++;
  return { code: r.error.code, messages: r.error.messages };
}

describe('bad files are refused with a clear message and change nothing', () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });
  afterAll(() => {
    process.stdout.write(`bad files: ${tally.tried} kinds tried, ${tally.refused} refused, ${tally.changes} changes\n`);
    expect(tally).toEqual({ tried: 6, refused: 6, changes: 0 });
  });

  it('a truncated quote JSON file (read in the renderer by parseQuoteJson)', () => {
    tally.tried++;
    const text = JSON.stringify(WORKED_EXAMPLE, null, 2);
    expect(parseQuoteJson(text).ok).toBe(true);
    const r = parseQuoteJson(text.slice(0, Math.floor(text.length / 2)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    tally.refused++;
    expect(r.issues[0]!.code).toBe('quote.invalid_json');
    expectClear(r.issues[0]!.message, /JSON/, /JSON.*line \d+/i);
  });

  it('a market CSV with a wrong column', async () => {
    t = await openDemoCore();
    const csv = 'kind,name,unit,price,currency,source,date\nrole,资深策划,人天,3200,CNY,报告,2026-03-01\n';
    const r = await refused(t, 'market.importCsv', { csvText: csv });
    expect(r.code).toBe('validation');
    expectClear(r.messages, /未导入任何数据.*“price”/, /nothing was imported.*“price”/);
  });

  it('a zip-bomb-like archive and a truncated archive', async () => {
    t = await openTestCore(); // an empty workspace: the only kind an archive may be imported into
    // 520 gzip members of 1 MiB of zeros each: 0.5 MB on disk, 520 MiB inflated.
    const member = gzipSync(Buffer.alloc(1024 * 1024));
    const bomb = Buffer.concat(Array.from({ length: 520 }, () => member));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const b = await refused(t, 'workspace.importArchive', { bytesBase64: bomb.toString('base64') });
    expectClear(b.messages, /解压后过大/, /expands to an unreasonable size/);

    const source = await openDemoCore();
    try {
      const archive = await source.ok<{ bytesBase64: string }>('workspace.exportArchive');
      const bytes = Buffer.from(archive.bytesBase64, 'base64');
      const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
      const r = await refused(t, 'workspace.importArchive', { bytesBase64: cut.toString('base64') });
      expect(r.code).toBe('validation');
      expectClear(r.messages, /不完整/, /incomplete/);
    } finally {
      await source.dispose();
    }
  }, 60_000);

  it('a .docx template that is not a zip, and a 50 MB logo', async () => {
    t = await openDemoCore();
    const notZip = Buffer.from('This is a plain text file renamed to .docx\n'.repeat(100));
    const r = await refused(t, 'branding.setTemplate', {
      template: { fileName: '公司模板.docx', bytesBase64: notZip.toString('base64') },
    });
    expect(r.code).toBe('validation');
    const detail = (await t.core.call('branding.setTemplate', {
      template: { fileName: '公司模板.docx', bytesBase64: notZip.toString('base64') },
    })) as { ok: false; error: { issues: { messages: LocalizedText }[] } };
    expectClear(detail.error.issues[0]!.messages, /Word|docx/i, /Word|docx/i);

    // Through core.call: over HTTP the 64 MiB body cap would refuse it even earlier.
    const logo = Buffer.alloc(50 * 1024 * 1024, 0x89);
    logo.write('\x89PNG\r\n\x1a\n', 0, 'latin1');
    expect(logo.length).toBeGreaterThan(LOGO_MAX_BYTES);
    const l = await refused(t, 'branding.setLogo', {
      logo: { fileName: 'logo.png', bytesBase64: logo.toString('base64') },
    });
    expect(l.code).toBe('validation');
    const big = (await t.core.call('branding.setLogo', {
      logo: { fileName: 'logo.png', bytesBase64: logo.toString('base64') },
    })) as { ok: false; error: { issues: { messages: LocalizedText }[] } };
    expectClear(big.error.issues[0]!.messages, /文件过大，最大 2 MB/, /too large \(at most 2 MB\)/);
  }, 60_000);
});
