import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { SNAPSHOT_FORMAT, type ExportSnapshot } from '@shared/export';
import type { Lang } from '@shared/i18n/lang';
import {
  approvalContent,
  editableSections,
  type ApprovalRules,
  exportSections,
  preCommunicationSchema,
  selfCheckSchema,
  type EditableSection,
  type PreCommunication,
  type SelfCheck,
} from '@shared/proposal';
import {
  computeQuote,
  quoteDefaultsOf,
  type ComputedQuote,
  type QuoteDefaults,
  type QuoteInterchange,
} from '@shared/quote';
import type { Database } from '../db/schema';
import { CoreError } from '../errors';
import { findProposalRow, type ProposalRow } from '../repos/proposals';
import { readProposalSettings } from '../repos/proposal-library';
import { readSettings } from '../repos/settings';
import { isoNow } from '../time';
import { localIsoDate, localToday } from '@shared/dates/local';

/** A proposal as it stands now, with its quote computed by the one calculator. */
export interface LiveProposal {
  row: ProposalRow;
  language: Lang;
  sections: EditableSection[];
  preCommunication: PreCommunication | null;
  selfCheck: SelfCheck | null;
  quote: { id: number; title: string; revision: number; document: QuoteInterchange; computed: ComputedQuote } | null;
  rules: ApprovalRules & { selfCheckThreshold: number };
  /** The agency's name as it stands: the document's sender. */
  agencyName: string;
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A stored JSON record read back through its schema; a row that no longer fits reads as absent. */
function parseRecord<T>(
  json: string | null,
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
): T | null {
  if (json === null) return null;
  const parsed = schema.safeParse(JSON.parse(json));
  return parsed.success ? (parsed.data as T) : null;
}

export async function loadLive(db: Kysely<Database>, id: number, now: Date): Promise<LiveProposal> {
  const row = await findProposalRow(db, id);
  if (!row) throw new CoreError('not_found', 'error.not_found');
  const settings = await readSettings(db);
  const defaults: QuoteDefaults = quoteDefaultsOf(settings);
  const proposalRules = await readProposalSettings(db);
  let quote: LiveProposal['quote'] = null;
  if (row.quote_id !== null) {
    const q = await db
      .selectFrom('quotes')
      .select(['id', 'title', 'revision', 'document'])
      .where('id', '=', row.quote_id)
      .executeTakeFirst();
    if (q) {
      const document = JSON.parse(q.document) as QuoteInterchange;
      quote = {
        id: q.id,
        title: q.title,
        revision: q.revision,
        document,
        computed: computeQuote(document, { defaults, today: localToday(now) }),
      };
    }
  }
  return {
    row,
    language: row.language === 'en' ? 'en' : 'zh-CN',
    sections: editableSections(JSON.parse(row.sections)),
    preCommunication: parseRecord(row.pre_communication, preCommunicationSchema),
    selfCheck: parseRecord(row.self_check, selfCheckSchema),
    quote,
    rules: {
      marginFloorPercent: defaults.marginFloorPercent,
      discountLimitPercent: proposalRules.discountLimitPercent,
      selfCheckThreshold: proposalRules.selfCheckThreshold,
      freeLineCostPercent: proposalRules.freeLineCostPercent,
    },
    agencyName: settings.companyName,
  };
}

/** What the Word export renders for this proposal now, as version `number` (shared/export's snapshot). */
export function exportDocument(live: LiveProposal, number: number, now: Date): ExportSnapshot | null {
  if (!live.quote) return null;
  const at = isoNow(now);
  return {
    format: SNAPSHOT_FORMAT,
    quote: live.quote.document,
    computed: live.quote.computed,
    agency: { name: live.agencyName },
    client: { name: live.row.client_name, ...(live.row.client_industry ? { industry: live.row.client_industry } : {}) },
    proposal: { title: live.row.title, sections: exportSections(live.sections, live.language) },
    owner: live.row.owner_name ? { name: live.row.owner_name } : null,
    version: number,
    date: localIsoDate(new Date(at)),
    generatedAt: at,
    language: live.language,
  };
}

/** The SHA-256 an approval of this content is bound to; null without a quote (nothing to approve). */
export function contentHashOf(live: LiveProposal, document: ExportSnapshot | null): string | null {
  if (!document || !live.quote) return null;
  return sha256(approvalContent({ proposalId: live.row.id, quoteId: live.quote.id }, document));
}
