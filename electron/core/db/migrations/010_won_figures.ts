import { sql } from 'kysely';
import { pgScript, type Migration } from './types';

/**
 * A won proposal's revenue and cost, frozen when it is won: the linked quote's net, cost and
 * currency at that moment. Revenue is what was won, not what the quote says after a later edit;
 * and the account analytics read one covering index instead of looking up a quote per project
 * (10,000 clients, 200,000 quotes: the lookups were most of the time).
 *
 * Triggers set them on every path that makes a proposal won (the workflow, seeds) and clear them
 * when it stops being won; a row that arrives with its figures (a workspace archive) keeps them.
 */
export const m010WonFigures: Migration = {
  version: 10,
  name: 'won figures frozen on proposals',
  async up(db) {
    for (const column of ['won_net integer', 'won_cost integer', 'won_currency text'])
      await sql.raw(`alter table proposals add column ${column}`).execute(db);
    await sql`update proposals set
                won_net = (select net from quotes where quotes.id = proposals.quote_id),
                won_cost = (select cost from quotes where quotes.id = proposals.quote_id),
                won_currency = (select currency from quotes where quotes.id = proposals.quote_id)
              where status = 'won'`.execute(db);
    await sql`create trigger proposals_won_figures_insert after insert on proposals
              when new.status = 'won' and new.won_net is null
              begin
                update proposals set
                  won_net = (select net from quotes where id = new.quote_id),
                  won_cost = (select cost from quotes where id = new.quote_id),
                  won_currency = (select currency from quotes where id = new.quote_id)
                where id = new.id;
              end`.execute(db);
    await sql`create trigger proposals_won_figures_update after update of status, quote_id on proposals
              when (new.status = 'won') <> (old.status = 'won') or new.quote_id is not old.quote_id
              begin
                update proposals set
                  won_net = case when new.status = 'won' then (select net from quotes where id = new.quote_id) end,
                  won_cost = case when new.status = 'won' then (select cost from quotes where id = new.quote_id) end,
                  won_currency = case when new.status = 'won' then (select currency from quotes where id = new.quote_id) end
                where id = new.id;
              end`.execute(db);
    await db.schema
      .createIndex('proposals_won_figures')
      .on('proposals')
      .columns(['status', 'won_currency', 'client_id', 'decided_at', 'updated_at', 'won_net', 'won_cost'])
      .execute();
  },
  async postgres(db) {
    await pgScript(
      db,
      `
alter table proposals add column won_net bigint;
alter table proposals add column won_cost bigint;
alter table proposals add column won_currency text;
update proposals set won_net = q.net, won_cost = q.cost, won_currency = q.currency
  from quotes q where q.id = proposals.quote_id and proposals.status = 'won';
-- Set when a proposal becomes won (or arrives won without figures), cleared when it stops being won.
create function proposals_won_figures() returns trigger language plpgsql as $$
declare q record;
begin
  if tg_op = 'INSERT' then
    if new.status <> 'won' or new.won_net is not null then return new; end if;
  elsif (new.status = 'won') = (old.status = 'won') and new.quote_id is not distinct from old.quote_id then
    return new;
  end if;
  if new.status = 'won' then
    select net, cost, currency into q from quotes where id = new.quote_id;
    new.won_net := q.net; new.won_cost := q.cost; new.won_currency := q.currency;
  else
    new.won_net := null; new.won_cost := null; new.won_currency := null;
  end if;
  return new;
end $$;
create trigger proposals_won_figures before insert or update of status, quote_id on proposals
  for each row execute function proposals_won_figures();
create index proposals_won_figures on proposals (status, won_currency, client_id, decided_at, updated_at, won_net, won_cost);
`,
    );
  },
};
