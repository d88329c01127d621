import type { ClientFigures, ClientSettings } from '@shared/contract';

export type KeyCriteria = Pick<ClientSettings, 'keyMinYearlyProfit' | 'keyTiers' | 'keyTypes'>;
export type KeyCriterion = 'profit' | 'tier' | 'type' | 'status';

/**
 * Which key-account criteria a client fails (大客户: add and retire against explicit criteria,
 * not by pressure). An empty list of tiers or types means that criterion is not used.
 */
export function failingCriteria(c: ClientFigures, k: KeyCriteria): KeyCriterion[] {
  const failing: KeyCriterion[] = [];
  if (c.status !== 'active') failing.push('status');
  if (c.yearlyProfit < k.keyMinYearlyProfit) failing.push('profit');
  if (k.keyTiers.length > 0 && !k.keyTiers.includes(c.tier)) failing.push('tier');
  if (k.keyTypes.length > 0 && (c.clientType === null || !k.keyTypes.includes(c.clientType))) failing.push('type');
  return failing;
}

/** Clients that meet every criterion and are not key accounts yet, most profitable first. */
export function keyCandidates(clients: ClientFigures[], k: KeyCriteria): ClientFigures[] {
  return clients
    .filter((c) => !c.keyAccount && failingCriteria(c, k).length === 0)
    .sort((a, b) => b.yearlyProfit - a.yearlyProfit || a.clientId - b.clientId);
}
