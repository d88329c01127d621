import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from '../../electron/core/backup/names';
import { backupsToDelete } from '../../electron/core/backup/rotation';

const at = (iso: string) => ({ at: new Date(iso), id: iso });

describe('backup names', () => {
  it('round-trips time and reason', () => {
    const when = new Date('2026-11-23T08:09:10.123Z');
    const name = backupFileName(when, 'pre-migration');
    expect(name).toBe('workbench-20261123T080910123Z-pre-migration.db');
    expect(parseBackupFileName(name)).toEqual({ at: when, reason: 'pre-migration' });
    expect(parseBackupFileName('workbench.db')).toBeNull();
    expect(parseBackupFileName('../workbench-20261123T080910123Z-x.db')).toBeNull();
  });
});

describe('backup rotation: 7 daily + 4 weekly', () => {
  it('keeps the newest of each of the last 7 days and of the last 4 weeks', () => {
    // Two a day for 40 days, ending Monday 2026-11-23.
    const all = [];
    for (let d = 0; d < 40; d++) {
      const day = new Date(Date.UTC(2026, 10, 23 - d));
      all.push(
        at(new Date(day.getTime() + 9 * 3600e3).toISOString()),
        at(new Date(day.getTime() + 18 * 3600e3).toISOString()),
      );
    }
    const deleted = new Set(backupsToDelete(all).map((b) => b.id));
    const kept = all
      .filter((b) => !deleted.has(b.id))
      .map((b) => b.id)
      .sort()
      .reverse();
    // Daily: the 18:00 copy of Nov 17..23. Weekly (Mon-based): the newest of the weeks of
    // Nov 23 (already kept), Nov 16–22 (Nov 22 18:00), Nov 9–15, Nov 2–8.
    expect(kept).toEqual([
      '2026-11-23T18:00:00.000Z',
      '2026-11-22T18:00:00.000Z',
      '2026-11-21T18:00:00.000Z',
      '2026-11-20T18:00:00.000Z',
      '2026-11-19T18:00:00.000Z',
      '2026-11-18T18:00:00.000Z',
      '2026-11-17T18:00:00.000Z',
      '2026-11-15T18:00:00.000Z',
      '2026-11-08T18:00:00.000Z',
    ]);
  });

  it('keeps everything when there are few backups', () => {
    expect(backupsToDelete([at('2026-11-01T00:00:00Z'), at('2026-11-20T00:00:00Z')])).toEqual([]);
  });

  it('honours a configured policy', () => {
    const three = [at('2026-11-23T01:00:00Z'), at('2026-11-22T01:00:00Z'), at('2026-11-21T01:00:00Z')];
    expect(backupsToDelete(three, { daily: 1, weekly: 0 }).map((b) => b.id)).toEqual([
      '2026-11-22T01:00:00Z',
      '2026-11-21T01:00:00Z',
    ]);
  });
});
