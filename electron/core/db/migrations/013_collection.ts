import { sql } from 'kysely';
import { pgScript, type Migration } from './types';

/**
 * After the win (DOMAIN.md §7): the agency fee default, payment plans with milestones, invoices
 * and receipts, cost-to-serve entries, and the weighted pipeline's probabilities and per-proposal
 * forecast. Additive only: no existing row changes.
 *
 * Receipts can never pass what a milestone is due: a trigger refuses the insert or update that
 * would, so the rule holds on every path (handlers, seeds, an imported archive), not only in code.
 */
export const m013Collection: Migration = {
  version: 13,
  name: 'payment collection, cost to serve, weighted pipeline',
  async up(db) {
    await sql`alter table workspace_settings add column agency_fee_percent text not null default '0'`.execute(db);

    await db.schema
      .createTable('payment_templates')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      /** JSON array of milestone specs: label, percent or amount, due rule. */
      .addColumn('milestones', 'text', (c) => c.notNull())
      .execute();
    const templates: [string, { label: string; percent: string; trigger: string; triggerDays: number }[]][] = [
      [
        '50/50',
        [
          { label: '预付款', percent: '50', trigger: 'signing', triggerDays: 7 },
          { label: '尾款', percent: '50', trigger: 'completion', triggerDays: 30 },
        ],
      ],
      [
        '30/40/30',
        [
          { label: '预付款', percent: '30', trigger: 'signing', triggerDays: 7 },
          { label: '中期款', percent: '40', trigger: 'delivery', triggerDays: 30 },
          { label: '尾款', percent: '30', trigger: 'completion', triggerDays: 30 },
        ],
      ],
    ];
    for (const [i, [name, milestones]] of templates.entries())
      await db
        .insertInto('payment_templates')
        .values({ name, position: i + 1, milestones: JSON.stringify(milestones) })
        .execute();

    await db.schema
      .createTable('payment_plans')
      .addColumn('proposal_id', 'integer', (c) => c.primaryKey().references('proposals.id').onDelete('cascade'))
      .addColumn('currency', 'text', (c) => c.notNull())
      /** The won total, tax included, minor units: what the milestones split. */
      .addColumn('total', 'integer', (c) => c.notNull().check(sql`total >= 0`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
      .execute();

    await db.schema
      .createTable('payment_milestones')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('proposal_id', 'integer', (c) =>
        c.notNull().references('payment_plans.proposal_id').onDelete('cascade'),
      )
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      /** Exactly one of percent (exact decimal text) or a fixed amount was asked for. */
      .addColumn('percent', 'text')
      .addColumn('fixed_amount', 'integer')
      /** The resolved amount due, minor units (the last percent milestone took the remainder). */
      .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount >= 0`))
      .addColumn('due_on', 'text')
      .addColumn('trigger', 'text', (c) => c.check(sql`trigger in ('signing', 'delivery', 'completion')`))
      .addColumn('trigger_days', 'integer')
      .addColumn('trigger_on', 'text')
      .addColumn('invoice_number', 'text')
      .addColumn('invoiced_on', 'text')
      .addCheckConstraint('payment_milestones_due_rule', sql`due_on is not null or trigger is not null`)
      .execute();
    await db.schema
      .createIndex('payment_milestones_proposal')
      .on('payment_milestones')
      .columns(['proposal_id', 'position'])
      .execute();

    await db.schema
      .createTable('payment_receipts')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('milestone_id', 'integer', (c) => c.notNull().references('payment_milestones.id').onDelete('cascade'))
      .addColumn('received_on', 'text', (c) => c.notNull())
      .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .execute();
    await db.schema.createIndex('payment_receipts_milestone').on('payment_receipts').column('milestone_id').execute();
    await sql`create trigger payment_receipts_not_over_due before insert on payment_receipts
              when (select coalesce(sum(amount), 0) from payment_receipts where milestone_id = new.milestone_id)
                   + new.amount > (select amount from payment_milestones where id = new.milestone_id)
              begin select raise(abort, 'payment_receipts: received would exceed the amount due'); end`.execute(db);
    await sql`create trigger payment_receipts_update_not_over_due before update on payment_receipts
              when (select coalesce(sum(amount), 0) from payment_receipts
                    where milestone_id = new.milestone_id and id <> old.id)
                   + new.amount > (select amount from payment_milestones where id = new.milestone_id)
              begin select raise(abort, 'payment_receipts: received would exceed the amount due'); end`.execute(db);
    await sql`create trigger payment_milestones_not_below_received before update of amount on payment_milestones
              when new.amount < (select coalesce(sum(amount), 0) from payment_receipts where milestone_id = new.id)
              begin select raise(abort, 'payment_milestones: amount below what was received'); end`.execute(db);

    await db.schema
      .createTable('cost_to_serve')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
      .addColumn('proposal_id', 'integer', (c) => c.references('proposals.id').onDelete('set null'))
      .addColumn('on_date', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) =>
        c.notNull().check(sql`kind in ('pitch', 'lost_proposal', 'account_management', 'free_extra')`),
      )
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull().check(sql`unit in ('days', 'hours')`))
      /** Thousandths of days or hours. */
      .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
      .addColumn('hours_per_day', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      /** The cost rate in force on on_date, and the cost it gave: frozen, so a later rate leaves it. */
      .addColumn('cost_rate', 'integer', (c) => c.notNull())
      .addColumn('rate_card_role_id', 'integer')
      .addColumn('cost', 'integer', (c) => c.notNull().check(sql`cost >= 0`))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .execute();
    await db.schema
      .createIndex('cost_to_serve_client')
      .on('cost_to_serve')
      .columns(['currency', 'client_id', 'on_date', 'cost'])
      .execute();

    await db.schema
      .createTable('forecast_settings')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      /** JSON: open status → win probability percent. */
      .addColumn('probabilities', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text')
      .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
      .execute();
    for (const column of ['win_probability text', 'win_probability_reason text', 'expected_decision_month text'])
      await sql.raw(`alter table proposals add column ${column}`).execute(db);
  },
  async postgres(db) {
    await pgScript(
      db,
      `
alter table workspace_settings add column agency_fee_percent text not null default '0';
create table payment_templates (
  id integer generated by default as identity primary key,
  name text not null,
  position integer not null,
  milestones jsonb not null
);
insert into payment_templates (name, position, milestones) values
  ('50/50', 1, '[{"label":"预付款","percent":"50","trigger":"signing","triggerDays":7},{"label":"尾款","percent":"50","trigger":"completion","triggerDays":30}]'),
  ('30/40/30', 2, '[{"label":"预付款","percent":"30","trigger":"signing","triggerDays":7},{"label":"中期款","percent":"40","trigger":"delivery","triggerDays":30},{"label":"尾款","percent":"30","trigger":"completion","triggerDays":30}]');
create table payment_plans (
  proposal_id integer primary key references proposals (id) on delete cascade,
  currency text not null,
  total bigint not null check (total >= 0),
  created_at text not null,
  updated_at text not null,
  updated_by integer references users (id)
);
create table payment_milestones (
  id integer generated by default as identity primary key,
  proposal_id integer not null references payment_plans (proposal_id) on delete cascade,
  position integer not null,
  label text not null,
  percent text,
  fixed_amount bigint,
  amount bigint not null check (amount >= 0),
  due_on text,
  trigger text check (trigger in ('signing', 'delivery', 'completion')),
  trigger_days integer,
  trigger_on text,
  invoice_number text,
  invoiced_on text,
  constraint payment_milestones_due_rule check (due_on is not null or trigger is not null)
);
create index payment_milestones_proposal on payment_milestones (proposal_id, position);
create table payment_receipts (
  id integer generated by default as identity primary key,
  milestone_id integer not null references payment_milestones (id) on delete cascade,
  received_on text not null,
  amount bigint not null check (amount > 0),
  note text not null default '',
  created_at text not null,
  created_by integer references users (id)
);
create index payment_receipts_milestone on payment_receipts (milestone_id);
-- Receipts never pass what a milestone is due. The milestone row is locked first, so two
-- concurrent receipts for one milestone are checked one after the other (READ COMMITTED).
create function payment_receipts_not_over_due() returns trigger language plpgsql as $$
declare due bigint; received bigint;
begin
  select amount into due from payment_milestones where id = new.milestone_id for update;
  select coalesce(sum(amount), 0) into received from payment_receipts
    where milestone_id = new.milestone_id and (tg_op = 'INSERT' or id <> old.id);
  if received + new.amount > due then
    raise exception using errcode = 'WB001', message = 'payment_receipts: received would exceed the amount due';
  end if;
  return new;
end $$;
create trigger payment_receipts_not_over_due before insert or update on payment_receipts
  for each row execute function payment_receipts_not_over_due();
create function payment_milestones_not_below_received() returns trigger language plpgsql as $$
begin
  if new.amount < (select coalesce(sum(amount), 0) from payment_receipts where milestone_id = new.id) then
    raise exception using errcode = 'WB001', message = 'payment_milestones: amount below what was received';
  end if;
  return new;
end $$;
create trigger payment_milestones_not_below_received before update of amount on payment_milestones
  for each row execute function payment_milestones_not_below_received();
create table cost_to_serve (
  id integer generated by default as identity primary key,
  client_id integer not null references clients (id) on delete cascade,
  proposal_id integer references proposals (id) on delete set null,
  on_date text not null,
  kind text not null check (kind in ('pitch', 'lost_proposal', 'account_management', 'free_extra')),
  role text not null,
  unit text not null check (unit in ('days', 'hours')),
  quantity bigint not null check (quantity > 0),
  hours_per_day text not null,
  currency text not null,
  cost_rate bigint not null,
  rate_card_role_id integer,
  cost bigint not null check (cost >= 0),
  note text not null default '',
  created_at text not null,
  created_by integer references users (id)
);
create index cost_to_serve_client on cost_to_serve (currency, client_id, on_date, cost);
create table forecast_settings (
  id integer primary key check (id = 1),
  probabilities jsonb not null,
  updated_at text,
  updated_by integer references users (id)
);
alter table proposals add column win_probability text;
alter table proposals add column win_probability_reason text;
alter table proposals add column expected_decision_month text;
`,
    );
  },
};
