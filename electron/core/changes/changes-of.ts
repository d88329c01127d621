import { MAX_CHANGES, type Change, type ChangeEvent, type ChangeKind } from '@shared/live/changes';
import type { AuditNote } from '../audit-note';

/**
 * What a committed write changed, from the notes its handler reported (their `entity` and
 * `entityId` fields, never the audit text). A thin adapter: when the core gets typed domain
 * events, this is the one place to read them instead.
 */

/** The audit entities the handlers name, and the kind of change each one is. */
const KIND_OF_ENTITY: Record<string, ChangeKind> = {
  quote: 'quote',
  proposal: 'proposal',
  approval: 'approval',
  client: 'client',
  visit: 'care',
  complaint: 'care',
  survey: 'care',
  cost_to_serve: 'care',
  payment_milestone: 'payment',
  payment_templates: 'payment',
  rate_card: 'library',
  market_reference: 'library',
  proposal_template: 'library',
  content_block: 'library',
  saved_search: 'library',
  settings: 'settings',
  branding: 'settings',
  proposal_settings: 'settings',
  forecast_settings: 'settings',
  user: 'user',
  backup: 'backup',
  workspace: 'workspace',
};

/** Writes whose notes name no entity: the kind their area changes. */
const KIND_OF_AREA: Record<string, ChangeKind> = {
  visits: 'care',
  complaints: 'care',
  surveys: 'care',
  clientSettings: 'settings',
  exchangeRates: 'settings',
};

/** Writes that change nothing another screen shows (a session begins or ends). */
const SILENT_CALLS = new Set(['auth.signIn', 'auth.signOut']);

const idOf = (v: AuditNote['entityId']): number | null => {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isInteger(n) && n > 0 && n <= 2_147_483_647 ? n : null;
};

/**
 * The event a write publishes once committed; null when it changed nothing others see. An entity
 * nobody mapped yet counts as `workspace` (everything refetches): a new handler is never missed.
 */
export function changeEventOf(
  call: string,
  notes: readonly AuditNote[],
  by: { id: number; name: string } | null,
  at: string,
): ChangeEvent | null {
  if (SILENT_CALLS.has(call)) return null;
  const seen = new Map<string, Change>();
  const areaKind = KIND_OF_AREA[call.split('.')[0]!] ?? 'workspace';
  for (const note of notes.length > 0 ? notes : [{}]) {
    const kind = note.entity === undefined ? areaKind : (KIND_OF_ENTITY[note.entity] ?? 'workspace');
    const change: Change = { kind, id: kind === 'workspace' ? null : idOf(note.entityId) };
    seen.set(`${change.kind}:${change.id}`, change);
  }
  let changes = [...seen.values()];
  if (changes.length > MAX_CHANGES || changes.some((c) => c.kind === 'workspace'))
    changes = [{ kind: 'workspace', id: null }];
  return { call, at, by: by ? { id: by.id, name: by.name.slice(0, 200) } : null, changes };
}
