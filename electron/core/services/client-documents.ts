import type { Kysely } from 'kysely';
import type { ExportSnapshot } from '@shared/export';
import type { Lang } from '@shared/i18n/lang';
import { canonicalJson, proposalVersionSnapshotSchema } from '@shared/proposal';
import type { Database } from '../db/schema';
import { proposalSnapshot, quoteSnapshot } from '../export/snapshot-source';
import { frozenVersion } from '../export/version-source';
import type { BrandingAssets } from '../repos/branding';
import { readBrandingAssets } from '../repos/branding';
import { latestVersion } from '../repos/proposal-versions';
import { proposalState } from './proposal-detail';

/**
 * Which document a client may be handed. Only what was sent is clean: a frozen version, rendered
 * from its snapshot with the branding it was sent with. Everything else — a new proposal, an edit
 * since the last send, a quote that no sent version carries, an unapproved below-floor offer — is
 * the working copy, rendered as a draft (草稿 / DRAFT on every page and in the file name).
 */
export interface ClientDocument {
  snapshot: ExportSnapshot;
  branding: BrandingAssets;
  draft: boolean;
  /** The sent version it is, when it is one. */
  version: { proposalId: number; number: number } | null;
}

export async function proposalDocument(
  db: Kysely<Database>,
  proposalId: number,
  language: Lang,
  now: Date,
): Promise<ClientDocument> {
  const working = await proposalSnapshot(db, proposalId, language, now);
  const latest = await latestVersion(db, proposalId);
  if (latest) {
    const state = await proposalState(db, proposalId, now);
    if (state.hash === latest.content_hash) {
      const frozen = await frozenVersion(db, proposalId, latest.number);
      // The version as sent, in the language it was sent in; another language would be a new document.
      if (frozen.snapshot.document.language === language)
        return {
          snapshot: frozen.snapshot.document,
          branding: frozen.branding,
          draft: false,
          version: { proposalId, number: latest.number },
        };
    }
  }
  return { snapshot: working, branding: await readBrandingAssets(db), draft: true, version: null };
}

/** What the client reads of a quote: the lines as written and their figures, for whom, in which language. */
function quoteContent(s: ExportSnapshot): string {
  return canonicalJson({
    quote: s.quote,
    computed: { ...s.computed, flags: undefined },
    client: s.client.name,
    language: s.language,
  });
}

/**
 * A quote is clean only when a sent version carries exactly it (the same lines and figures, for the
 * same client, in the same language): then it is that version's quote, as sent.
 */
export async function quoteDocument(
  db: Kysely<Database>,
  quoteId: number,
  language: Lang,
  now: Date,
): Promise<ClientDocument> {
  const working = await quoteSnapshot(db, quoteId, language, now);
  const wanted = quoteContent({ ...working, proposal: undefined });
  const sent = await db
    .selectFrom('proposal_versions as v')
    .innerJoin('proposals as p', 'p.id', 'v.proposal_id')
    .select(['v.proposal_id', 'v.number', 'v.snapshot'])
    .where('p.quote_id', '=', quoteId)
    .orderBy('v.sent_at', 'desc')
    .orderBy('v.id', 'desc')
    .execute();
  for (const row of sent) {
    const parsed = proposalVersionSnapshotSchema.safeParse(JSON.parse(row.snapshot));
    if (!parsed.success || parsed.data.quoteId !== quoteId) continue;
    if (quoteContent(parsed.data.document) !== wanted) continue;
    const frozen = await frozenVersion(db, row.proposal_id, row.number);
    return {
      snapshot: frozen.snapshot.document,
      branding: frozen.branding,
      draft: false,
      version: { proposalId: row.proposal_id, number: row.number },
    };
  }
  return { snapshot: working, branding: await readBrandingAssets(db), draft: true, version: null };
}
