import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween } from '@shared/analytics/care';

/** dayNumber counts with integers (issue 18): it must agree with Date.parse on every input. */
const parsed = (s: string) => Math.floor(Date.parse(`${s.slice(0, 10)}T00:00:00Z`) / 86_400_000);

describe('dayNumber', () => {
  it('equals the Date.parse count on every day from 1900 to 2100, and for timestamps', () => {
    let wrong = 0;
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      if (dayNumber(day) !== parsed(day) || dayNumber(`${day}T23:59:59.999Z`) !== parsed(day)) wrong++;
    }
    expect(wrong).toBe(0);
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2); // 2000 is a leap year
    expect(dayNumber('2100-03-01') - dayNumber('2100-02-28')).toBe(1); // 2100 is not
  });

  it('gives what Date.parse gives for anything that is not a plain date', () => {
    for (const s of [
      '2026-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-01',
      'x',
      '',
      '2026/01/01',
      '2026-01-01 12:00',
    ])
      expect(dayNumber(s), s).toEqual(parsed(s));
  });

  it('keeps addDays and daysBetween consistent', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-06-30', '2027-06-30')).toBe(365);
  });
});
