import { describe, expect, it } from 'vitest';
import { contract } from '@shared/contract';
import { CHANGE_KINDS, type ChangeEvent } from '@shared/live/changes';
import { READS_BY_KIND, staleReads } from '@shared/live/stale-reads';
import { backoffMs } from '@shared/live/backoff';

const event = (...changes: ChangeEvent['changes']): ChangeEvent => ({
  call: 'x.y',
  at: '2026-12-02T01:00:00.000Z',
  by: null,
  changes,
});

describe('the change → query-key map', () => {
  it('covers every kind but workspace, with reads only (a command is never refetched)', () => {
    expect(Object.keys(READS_BY_KIND).sort()).toEqual(CHANGE_KINDS.filter((k) => k !== 'workspace').sort());
    for (const names of Object.values(READS_BY_KIND))
      for (const name of names) expect(contract[name].write, name).toBe(false);
  });

  it('names the reads a change makes stale, once each; workspace means everything', () => {
    expect([...staleReads(event({ kind: 'approval', id: 2 }))!]).toEqual([...READS_BY_KIND.approval]);
    const both = staleReads(event({ kind: 'approval', id: 2 }, { kind: 'backup', id: null }))!;
    expect(both.has('approvals.queue') && both.has('backups.list')).toBe(true);
    expect(both.has('rateCard.list')).toBe(false);
    expect(both.size).toBe(new Set([...READS_BY_KIND.approval, ...READS_BY_KIND.backup]).size);
    expect(staleReads(event({ kind: 'quote', id: 1 }, { kind: 'workspace', id: null }))).toBeNull();
  });

  it('reconnects with backoff: 1 s doubling to 30 s, ±20 %', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((a) => backoffMs(a, () => 0.5))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
    expect(backoffMs(0, () => 0)).toBe(800);
    expect(backoffMs(0, () => 1)).toBe(1200);
  });
});
