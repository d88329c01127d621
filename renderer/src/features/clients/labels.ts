import type { ClientSummary } from '@shared/contract';
import type { BadgeTone } from '../../components/Badge';

export const STATUS_TONE: Record<ClientSummary['status'], BadgeTone> = {
  active: 'success',
  paused: 'warning',
  let_go: 'muted',
};

export const TYPE_TONE: Record<NonNullable<ClientSummary['clientType']>, BadgeTone> = {
  quality: 'success',
  potential: 'info',
  second_best: 'warning',
  poor: 'danger',
};

/** Tags typed as one line: commas (either width) separate them. */
export function splitTags(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  return String(value ?? '')
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export const emptyToNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : v);
export const idOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));
