import { bigToSafeNumber, divRound, divRoundBig, MAX_SAFE, QUANTITY_SCALE } from '../money';
import type { RoleWorkload } from './result';
import { quantityText } from './text-cache';

/**
 * Workload by role (工作量): person-days summed over the role's lines; headcount is the most people
 * on any one line of the role, since the same planner working through three phases is one planner,
 * not three. Roles are keyed as written, less surrounding whitespace.
 */

/** Per-role sums of exact workloads; one object per role, not per line. */
export interface RoleTotals {
  /** Σ h·d of lines by days: person-days in millionths. */
  byDays: number;
  /** Σ h·t of lines by hours: person-hours in millionths. */
  byHours: number;
  /** The largest headcount on one line, thousandths. */
  headcount: number;
}

/** Role → totals, in order of first appearance. */
export type RoleMap = Map<string, RoleTotals>;

/** Thousandths of person-days in byDays/10^6 + byHours/(1000·p), rounded once. */
export function personDaysThousandths(byDays: number, byHours: number, hoursPerDay: number): number {
  if (byHours === 0) return divRound(byDays, QUANTITY_SCALE);
  if (byDays === 0) return divRound(byHours, hoursPerDay);
  const numerator = byDays * hoursPerDay + byHours * QUANTITY_SCALE;
  if (numerator <= MAX_SAFE) return divRound(numerator, QUANTITY_SCALE * hoursPerDay);
  return bigToSafeNumber(
    divRoundBig(
      BigInt(byDays) * BigInt(hoursPerDay) + BigInt(byHours) * BigInt(QUANTITY_SCALE),
      BigInt(QUANTITY_SCALE * hoursPerDay),
    ),
  );
}

/**
 * Roles are grouped as written, less surrounding whitespace (including the ideographic space a
 * Chinese keyboard types). Most roles need no trimming, and checking is cheaper than trimming.
 */
export function roleKey(role: string): string {
  const first = role.charCodeAt(0);
  const last = role.charCodeAt(role.length - 1);
  return first > 32 && last > 32 && first !== 0x3000 && last !== 0x3000 && first !== 0xa0 && last !== 0xa0
    ? role
    : role.trim();
}

/** Adds one line's exact workload (or a section's totals) to the role's. */
export function addToRole(roles: RoleMap, key: string, byDays: number, byHours: number, headcount: number): void {
  let totals = roles.get(key);
  if (totals === undefined) {
    totals = { byDays: 0, byHours: 0, headcount: 0 };
    roles.set(key, totals);
  }
  totals.byDays += byDays;
  totals.byHours += byHours;
  if (headcount > totals.headcount) totals.headcount = headcount;
}

/** The printed workload by role and in all; sums of exact workloads rounded once. */
export function workloadFigures(
  roles: RoleMap,
  hoursPerDay: number,
): { workloadByRole: Record<string, RoleWorkload>; byDays: number; byHours: number } {
  const workloadByRole: Record<string, RoleWorkload> = {};
  let byDays = 0;
  let byHours = 0;
  for (const [role, totals] of roles) {
    const workload: RoleWorkload = {
      personDays: quantityText(personDaysThousandths(totals.byDays, totals.byHours, hoursPerDay)),
      headcount: quantityText(totals.headcount),
    };
    // Assigning "__proto__" would set the prototype instead of adding a role.
    if (role === '__proto__')
      Object.defineProperty(workloadByRole, role, {
        value: workload,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else workloadByRole[role] = workload;
    byDays += totals.byDays;
    byHours += totals.byHours;
  }
  return { workloadByRole, byDays, byHours };
}
