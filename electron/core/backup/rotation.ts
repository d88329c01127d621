export interface RotationPolicy {
  daily: number;
  weekly: number;
}
export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4 };

const DAY = 86_400_000;

/** Monday-based week number since the epoch (1970-01-01 was a Thursday). */
function weekOf(at: Date): number {
  return Math.floor((Math.floor(at.getTime() / DAY) + 3) / 7);
}

/**
 * Which backups to delete: keep the newest of each of the last `daily` days that have one, and the
 * newest of each of the last `weekly` weeks that have one (grandfather-father-son). Pure, so the
 * rule is tested on its own.
 */
export function backupsToDelete<T extends { at: Date }>(backups: T[], policy: RotationPolicy = DEFAULT_ROTATION): T[] {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<T>();
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const b of newestFirst) {
    const day = Math.floor(b.at.getTime() / DAY);
    if (!days.has(day) && days.size < policy.daily) {
      days.add(day);
      keep.add(b);
    }
    const week = weekOf(b.at);
    if (!weeks.has(week) && weeks.size < policy.weekly) {
      weeks.add(week);
      keep.add(b);
    }
  }
  return newestFirst.filter((b) => !keep.has(b));
}
