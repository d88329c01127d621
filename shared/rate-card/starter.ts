import { localized } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';

/**
 * The starter rate card a new workspace is offered on its first run: common agency roles with a
 * day rate and an internal cost rate per person-day, in fen (CNY minor units). Every role keeps a
 * margin of about 50%, well above the 30% default floor (DOMAIN.md §1), so a first quote built from
 * the card is not flagged. The figures are CNY figures: the card is offered only to a CNY workspace.
 */
export interface StarterRole {
  role: Record<Lang, string>;
  rate: number;
  costRate: number;
}

export const STARTER_RATE_CARD_CURRENCY = 'CNY' as const;

export const STARTER_RATE_CARD: readonly StarterRole[] = Object.freeze([
  { role: localized('starterRoles', 'accountDirector'), rate: 600_000, costRate: 280_000 },
  { role: localized('starterRoles', 'seniorPlanner'), rate: 450_000, costRate: 200_000 },
  { role: localized('starterRoles', 'copywriter'), rate: 280_000, costRate: 130_000 },
  { role: localized('starterRoles', 'designer'), rate: 300_000, costRate: 140_000 },
  { role: localized('starterRoles', 'mediaManager'), rate: 350_000, costRate: 160_000 },
  { role: localized('starterRoles', 'projectManager'), rate: 320_000, costRate: 150_000 },
  { role: localized('starterRoles', 'photoVideo'), rate: 380_000, costRate: 190_000 },
]);
