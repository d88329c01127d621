import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ArchiveFilters } from '@shared/contract';
import type { PipelineProposal, PipelineQuote } from '@shared/archive/pipeline';
import type { LossReason } from '@shared/proposal';
import type { ProposalStatus } from '@shared/contract';
import { jsonValue } from '../db/json';
import type { Database } from '../db/schema';

/**
 * The rows the pipeline's pure arithmetic (shared/archive/pipeline.ts) works on. A proposal's
 * figures are those of its newest sent version — what the client saw — else of its linked quote.
 * The discount is read out of the stored JSON (db/json.ts: json_extract on SQLite, #>> on PostgreSQL).
 */
interface Row {
  id: number;
  client_id: number;
  client_name: string;
  owner_id: number | null;
  owner_name: string | null;
  status: string;
  outcome: 'won' | 'lost' | null;
  created_at: string;
  decided_at: string | null;
  lost_reason_code: string | null;
  currency: string | null;
  amount: number | null;
  margin_percent: string | null;
  discount: number | null;
  discount_reason: string | null;
}

function proposalConditions(f: ArchiveFilters): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [];
  if (f.clientId !== undefined) where.push(sql`p.client_id = ${f.clientId}`);
  if (f.ownerId !== undefined) where.push(sql`p.owner_id = ${f.ownerId}`);
  if (f.statuses?.length) where.push(sql`p.status in (${sql.join(f.statuses)})`);
  if (f.dateFrom) where.push(sql`p.created_at >= ${f.dateFrom}`);
  if (f.dateTo) where.push(sql`p.created_at <= ${`${f.dateTo}\uffff`}`);
  if (f.lostReason) where.push(sql`p.status = 'lost' and p.lost_reason_code = ${f.lostReason}`);
  return where;
}

export async function pipelineProposals(db: Kysely<Database>, f: ArchiveFilters): Promise<PipelineProposal[]> {
  const where = proposalConditions(f);
  const filtered = where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  const { rows } = await sql<Row>`
    select p.id, p.client_id, c.name as client_name, p.owner_id, u.name as owner_name, p.status, p.outcome,
           p.created_at, p.decided_at, p.lost_reason_code,
           coalesce(v.currency, q.currency) as currency,
           coalesce(v.total, q.total) as amount,
           case when v.id is not null then v.margin_percent else q.margin_percent end as margin_percent,
           case when v.id is not null then ${jsonValue(db, 'v.snapshot', ['document', 'computed', 'discount'], 'integer')}
                else q.discount end as discount,
           case when v.id is not null then ${jsonValue(db, 'v.snapshot', ['document', 'quote', 'discount', 'reason'], 'text')}
                else ${jsonValue(db, 'q.document', ['discount', 'reason'], 'text')} end as discount_reason
    from proposals p
    join clients c on c.id = p.client_id
    left join users u on u.id = p.owner_id
    left join quotes q on q.id = p.quote_id
    left join proposal_versions v on v.proposal_id = p.id
      and v.number = (select max(number) from proposal_versions where proposal_id = p.id)
    ${filtered}
    order by p.created_at, p.id`.execute(db);
  return rows
    .map((r) => ({
      id: r.id,
      clientId: r.client_id,
      clientName: r.client_name,
      ownerId: r.owner_id,
      ownerName: r.owner_name,
      status: r.status as ProposalStatus,
      outcome: r.outcome,
      date: r.created_at,
      decidedAt: r.decided_at,
      lostReason: r.lost_reason_code as LossReason | null,
      currency: r.currency,
      amount: r.amount,
      marginPercent: r.margin_percent,
      discount: typeof r.discount === 'number' ? r.discount : 0,
      discountReason: typeof r.discount_reason === 'string' ? r.discount_reason : null,
    }))
    .filter(
      (r) =>
        (f.currency === undefined || r.currency === f.currency) &&
        (f.minAmount === undefined || (r.amount ?? 0) >= f.minAmount) &&
        (f.maxAmount === undefined || (r.amount ?? 0) <= f.maxAmount),
    );
}

/** Every quote's market deviation over time (the quotes the filters' client, owner and dates allow). */
export async function pipelineQuotes(db: Kysely<Database>, f: ArchiveFilters): Promise<PipelineQuote[]> {
  let q = db.selectFrom('quotes').select(['created_at', 'currency', 'deviation_percent']);
  if (f.clientId !== undefined) q = q.where('client_id', '=', f.clientId);
  if (f.ownerId !== undefined) q = q.where('owner_id', '=', f.ownerId);
  if (f.currency) q = q.where('currency', '=', f.currency);
  if (f.dateFrom) q = q.where('created_at', '>=', f.dateFrom);
  if (f.dateTo) q = q.where('created_at', '<=', `${f.dateTo}\uffff`);
  const rows = await q.orderBy('created_at').execute();
  return rows.map((r) => ({ date: r.created_at, currency: r.currency, deviationPercent: r.deviation_percent }));
}
