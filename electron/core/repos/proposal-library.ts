import type { Kysely } from 'kysely';
import type { ContentBlock, ProposalSettings, ProposalTemplate } from '@shared/contract';
import type { RichTextBlock } from '@shared/export';
import { DEFAULT_FREE_LINE_COST_PERCENT, editableSections } from '@shared/proposal';
import type { Database } from '../db/schema';

// ---- templates: a proposal's sections kept for reuse

export async function insertTemplate(
  db: Kysely<Database>,
  t: { name: string; sections: string; by: number | null; at: string },
): Promise<number> {
  const row = await db
    .insertInto('proposal_templates')
    .values({ name: t.name, sections: t.sections, created_by: t.by, created_at: t.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listTemplates(db: Kysely<Database>, id?: number): Promise<ProposalTemplate[]> {
  let q = db
    .selectFrom('proposal_templates as t')
    .leftJoin('users', 'users.id', 't.created_by')
    .selectAll('t')
    .select('users.name as created_by_name')
    .orderBy('t.name');
  if (id !== undefined) q = q.where('t.id', '=', id);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    sections: editableSections(JSON.parse(r.sections)),
    createdBy: r.created_by_name ?? null,
    createdAt: r.created_at,
  }));
}

export async function deleteTemplate(db: Kysely<Database>, id: number): Promise<boolean> {
  const r = await db.deleteFrom('proposal_templates').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

// ---- reusable content blocks (case studies, team bios, terms)

export async function insertContentBlock(
  db: Kysely<Database>,
  b: { kind: ContentBlock['kind']; title: string; blocks: RichTextBlock[]; by: number | null; at: string },
): Promise<number> {
  const row = await db
    .insertInto('content_blocks')
    .values({
      kind: b.kind,
      title: b.title,
      blocks: JSON.stringify(b.blocks),
      created_by: b.by,
      created_at: b.at,
      updated_at: b.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listContentBlocks(db: Kysely<Database>, id?: number): Promise<ContentBlock[]> {
  let q = db
    .selectFrom('content_blocks as b')
    .leftJoin('users', 'users.id', 'b.created_by')
    .selectAll('b')
    .select('users.name as created_by_name')
    .orderBy('b.kind')
    .orderBy('b.title');
  if (id !== undefined) q = q.where('b.id', '=', id);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    blocks: JSON.parse(r.blocks) as RichTextBlock[],
    createdBy: r.created_by_name ?? null,
    updatedAt: r.updated_at,
  }));
}

export async function deleteContentBlock(db: Kysely<Database>, id: number): Promise<boolean> {
  const r = await db.deleteFrom('content_blocks').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

// ---- the proposal rules (one row; absent until first saved)

export const DEFAULT_PROPOSAL_SETTINGS: ProposalSettings = {
  discountLimitPercent: '10',
  selfCheckThreshold: 3,
  freeLineCostPercent: DEFAULT_FREE_LINE_COST_PERCENT,
};

export async function readProposalSettings(db: Kysely<Database>): Promise<ProposalSettings> {
  const row = await db.selectFrom('proposal_settings').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return DEFAULT_PROPOSAL_SETTINGS;
  return {
    discountLimitPercent: row.discount_limit_percent,
    selfCheckThreshold: row.self_check_threshold,
    freeLineCostPercent: row.free_line_cost_percent,
  };
}

export async function writeProposalSettings(
  db: Kysely<Database>,
  s: ProposalSettings,
  by: number | null,
  at: string,
): Promise<void> {
  const values = {
    discount_limit_percent: s.discountLimitPercent,
    self_check_threshold: s.selfCheckThreshold,
    free_line_cost_percent: s.freeLineCostPercent,
    updated_at: at,
    updated_by: by,
  };
  await db
    .insertInto('proposal_settings')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}
