import { sql } from 'kysely';
import { pgScript, type Migration } from './types';

/**
 * "Won" is an outcome, "archived" is filing (issue 14). Until now a won project filed as archived
 * lost its frozen revenue (the 010 trigger cleared it when the status left `won`) and dropped out
 * of every analytics figure. Proposals get an `outcome` ('won' | 'lost' | null) that archiving does
 * not touch: triggers set it when the status becomes won or lost, keep it when the status becomes
 * archived, and clear it when a proposal is reopened (any other status). The frozen won figures
 * follow the outcome instead of the status.
 *
 * Backfill: won and lost rows take their status; an archived row takes the status it was archived
 * from (its last move into `archived` in the status history). An archived win gets its figures
 * back from its linked quote — the same source migration 010 used for wins it found.
 *
 * Also for the analytics of issue 14: exchange rates by date (finance enters them; no network),
 * so wins in another currency are converted instead of dropped; and churn signals on a visit
 * (perfunctory replies 敷衍, disagreement inside the client 意见不统一); and which search analysis
 * built the index (search_meta), so an index built by the old one is rebuilt at open.
 *
 * Assigned number 013 in the team's plan; renumbered 016 at merge (011–015 had landed), then 017
 * (016_proposal_drafts had landed).
 */
export const m017Outcome: Migration = {
  version: 17,
  name: 'proposal outcome apart from archiving; exchange rates; visit signals',
  async up(db) {
    await sql`alter table proposals add column outcome text check (outcome in ('won', 'lost'))`.execute(db);
    await sql`drop trigger if exists proposals_won_figures_insert`.execute(db);
    await sql`drop trigger if exists proposals_won_figures_update`.execute(db);
    await sql`drop index if exists proposals_won_figures`.execute(db);

    await sql`update proposals set outcome = status where status in ('won', 'lost')`.execute(db);
    await sql`update proposals set outcome = (
                select case when h.from_status in ('won', 'lost') then h.from_status end
                from proposal_status_history h
                where h.proposal_id = proposals.id and h.to_status = 'archived'
                order by h.at desc, h.id desc limit 1)
              where status = 'archived'`.execute(db);
    await sql`update proposals set
                won_net = (select net from quotes where quotes.id = proposals.quote_id),
                won_cost = (select cost from quotes where quotes.id = proposals.quote_id),
                won_currency = (select currency from quotes where quotes.id = proposals.quote_id)
              where outcome = 'won' and won_net is null`.execute(db);

    // The outcome follows the status: decided sets it, archiving keeps it, anything else clears it.
    await sql`create trigger proposals_outcome_insert after insert on proposals
              when new.outcome is null and new.status in ('won', 'lost')
              begin
                update proposals set outcome = new.status where id = new.id;
              end`.execute(db);
    await sql`create trigger proposals_outcome_update after update of status on proposals
              when new.status is not old.status
              begin
                update proposals set outcome = case
                    when new.status in ('won', 'lost') then new.status
                    when new.status = 'archived' then old.outcome
                  end
                where id = new.id;
              end`.execute(db);
    // The won figures follow the outcome (what was won, frozen at that moment).
    await sql`create trigger proposals_won_figures_insert after insert on proposals
              when new.outcome = 'won' and new.won_net is null
              begin
                update proposals set
                  won_net = (select net from quotes where id = new.quote_id),
                  won_cost = (select cost from quotes where id = new.quote_id),
                  won_currency = (select currency from quotes where id = new.quote_id)
                where id = new.id;
              end`.execute(db);
    await sql`create trigger proposals_won_figures_update after update of outcome, quote_id on proposals
              when (new.outcome is 'won') <> (old.outcome is 'won') or new.quote_id is not old.quote_id
              begin
                update proposals set
                  won_net = case when new.outcome is 'won' then (select net from quotes where id = new.quote_id) end,
                  won_cost = case when new.outcome is 'won' then (select cost from quotes where id = new.quote_id) end,
                  won_currency = case when new.outcome is 'won' then (select currency from quotes where id = new.quote_id) end
                where id = new.id;
              end`.execute(db);
    await db.schema
      .createIndex('proposals_outcome_figures')
      .on('proposals')
      .columns(['outcome', 'won_currency', 'client_id', 'decided_at', 'updated_at', 'won_net', 'won_cost'])
      .execute();

    await db.schema
      .createTable('exchange_rates')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('rate_on', 'text', (c) => c.notNull())
      // Units of the workspace currency for one unit of `currency`, a decimal string (6 places max).
      .addColumn('rate', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addUniqueConstraint('exchange_rates_currency_day', ['currency', 'rate_on'])
      .execute();
    await sql`alter table visits add column signals text not null default '[]'`.execute(db);

    // The search analysis changed (Traditional folded to Simplified, symbols indexed): which
    // analysis built the index. An index built before has no row and is rebuilt at open (the
    // index is derived data); an empty one is already current.
    // The search's true count and facets (issue 18) read these columns for every match: a
    // covering index keeps them from walking each document's text to reach them.
    await sql`create index search_docs_facets on search_docs (id, kind, status, client_id, owner_id, currency, date, amount)`.execute(
      db,
    );
    await sql`create table search_meta (id integer primary key check (id = 1), analysis integer not null)`.execute(db);
    await sql`insert into search_meta (id, analysis)
              select 1, 2 where not exists (select 1 from search_docs)`.execute(db);
  },
  async postgres(db) {
    await pgScript(
      db,
      `
alter table proposals add column outcome text check (outcome in ('won', 'lost'));
drop trigger if exists proposals_won_figures on proposals;
drop function if exists proposals_won_figures();
drop index if exists proposals_won_figures;

update proposals set outcome = status where status in ('won', 'lost');
update proposals set outcome = (
    select case when h.from_status in ('won', 'lost') then h.from_status end
    from proposal_status_history h
    where h.proposal_id = proposals.id and h.to_status = 'archived'
    order by h.at desc, h.id desc limit 1)
  where status = 'archived';
update proposals set won_net = q.net, won_cost = q.cost, won_currency = q.currency
  from quotes q where q.id = proposals.quote_id and proposals.outcome = 'won' and proposals.won_net is null;

-- The outcome follows the status (decided sets it, archiving keeps it, anything else clears it),
-- and the won figures follow the outcome: one BEFORE trigger does both, in that order.
create function proposals_outcome() returns trigger language plpgsql as $$
declare q record;
begin
  if tg_op = 'INSERT' then
    if new.outcome is null and new.status in ('won', 'lost') then new.outcome := new.status; end if;
    if new.outcome is distinct from 'won' or new.won_net is not null then return new; end if;
  else
    if new.status is distinct from old.status then
      new.outcome := case
        when new.status in ('won', 'lost') then new.status
        when new.status = 'archived' then old.outcome
      end;
    end if;
    if (new.outcome is not distinct from 'won') = (old.outcome is not distinct from 'won')
       and new.quote_id is not distinct from old.quote_id then
      return new;
    end if;
  end if;
  if new.outcome = 'won' then
    select net, cost, currency into q from quotes where id = new.quote_id;
    new.won_net := q.net; new.won_cost := q.cost; new.won_currency := q.currency;
  else
    new.won_net := null; new.won_cost := null; new.won_currency := null;
  end if;
  return new;
end $$;
create trigger proposals_outcome before insert or update of status, outcome, quote_id on proposals
  for each row execute function proposals_outcome();
create index proposals_outcome_figures on proposals (outcome, won_currency, client_id, decided_at, updated_at, won_net, won_cost);

create table exchange_rates (
  id integer generated by default as identity primary key,
  currency text not null,
  rate_on text not null,
  -- Units of the workspace currency for one unit of currency, a decimal string (6 places max).
  rate text not null,
  created_at text not null,
  created_by integer references users (id),
  constraint exchange_rates_currency_day unique (currency, rate_on)
);
alter table visits add column signals text not null default '[]';

create index search_docs_facets on search_docs (id, kind, status, client_id, owner_id, currency, date, amount);
create table search_meta (id integer primary key check (id = 1), analysis integer not null);
insert into search_meta (id, analysis) select 1, 2 where not exists (select 1 from search_docs);
`,
    );
  },
};
