import type { Kysely } from 'kysely';
import type { User } from '@shared/contract';
import { addDays } from '@shared/analytics/care';
import type { Lang } from '@shared/i18n/lang';
import { computeQuote, type QuoteInterchange } from '@shared/quote';
import type { Database } from '../db/schema';
import type { HandlerContext } from '../handlers/types';
import { insertClient, insertContacts } from '../repos/clients';
import { insertQuote } from '../repos/quotes';
import { insertRateCardRoles } from '../repos/rate-card';
import { insertUser } from '../repos/users';
import { isoNow } from '../time';
import { localToday } from '@shared/dates/local';
import { seedClientHistory } from './client-history';
import { seedCollectionDemo } from './collection-demo';
import { demoPlayer } from './demo-player';
import { affordable, distinctTitle, generateQuote, generateWorkspace, type GeneratedClient } from './generate';
import { seedMarketReferences } from './market-demo';
import { seedThisWeek } from './this-week';
import { preCommunication, SELF_CHECK, seedProposalDemo } from './proposal-demo';
import { atLocal, isoAtLocal } from './clock';
import {
  lifeWords,
  lossOf,
  pick,
  playLives,
  standardSections,
  type DemoOutcome,
  type ProposalPlan,
} from './proposal-lives';

export interface DemoOptions {
  /** Whoever set the workspace up: the agency's head, who keeps a third of the accounts. */
  admin: User;
  now: Date;
  language: Lang;
  /** How many clients; the benchmarks ask for thousands, the demo for a dozen. */
  clients?: number;
  quotesPerClient?: number;
  seed?: number;
}

/** Where the demo's current proposals stand today, in turn. */
const OUTCOMES: DemoOutcome[] = ['draft', 'pre_communicated', 'sent', 'negotiating', 'won', 'lost', 'archived'];

/** The demo's people besides the admin: finance decides approvals, two account leads own accounts. */
async function seedTeam(db: Kysely<Database>, lang: Lang, since: string) {
  const finance = await insertUser(db, pick(lang, '周敏', 'Grace Zhou'), 'finance', since);
  const leo = await insertUser(db, pick(lang, '陈磊', 'Leo Chen'), 'account_lead', since);
  const na = await insertUser(db, pick(lang, '李娜', 'Na Li'), 'account_lead', since);
  return { finance, leads: [leo, na] as const };
}

/**
 * Fill a fresh workspace with a believable agency: a team, clients with contacts, a rate card,
 * quotes computed by the same engine as everywhere else, and proposals in every status whose
 * lives (sections, approvals, sent versions, wins and losses) were made by the proposal and
 * approval calls themselves, dated over three years, each by its owner or finance.
 */
export async function seedDemoWorkspace(host: HandlerContext, o: DemoOptions): Promise<void> {
  const db = host.db;
  const at = isoNow(o.now);
  // The user's day, as Home counts its week (07:30 in Shanghai is still yesterday in UTC).
  const today = localToday(o.now);
  const ws = generateWorkspace({ seed: o.seed ?? 2027, clients: o.clients ?? 12, today });
  // The team has been there since before the first project of the history.
  const team = await seedTeam(db, o.language, isoAtLocal(addDays(today, -1300), 9));
  // The head keeps the first account (the big one) and every third; the leads share the others.
  const ownerOf = (i: number) => [o.admin, team.leads[0], team.leads[1]][i % 3]!;
  await seedMarketReferences(db, today, at);
  await insertRateCardRoles(
    db,
    ws.rateCard.map((r) => ({
      role: r.role,
      currency: 'CNY',
      rate: r.rate,
      cost_rate: r.costRate,
      effective_from: `${today.slice(0, 4)}-01-01`,
    })),
  );
  const current: { client: GeneratedClient; clientId: number; index: number; quote: QuoteInterchange }[] = [];
  for (const [i, c] of ws.clients.entries()) {
    const clientId = await insertClient(db, {
      name: c.name,
      industry: c.industry,
      status: c.status,
      price_sensitivity: c.priceSensitivity,
      owner_id: ownerOf(i).id,
      created_at: at,
      updated_at: at,
    });
    await insertContacts(
      db,
      c.contacts.map((p) => ({
        client_id: clientId,
        name: p.name,
        role: p.role,
        phone: p.phone,
        email: p.email,
        birthday: p.birthday,
        decision_maker: p.decisionMaker ? 1 : 0,
      })),
    );
    for (let q = 0; q < (o.quotesPerClient ?? 2); q++)
      current.push({ client: c, clientId, index: i, quote: generateQuote(ws.random, c, today) });
  }
  // Every project title once: a repeat is the project's next phase.
  const titles = new Set<string>();
  const history = await seedClientHistory(db, {
    ownerOf,
    titles,
    at,
    today,
    seed: o.seed ?? 2027,
    language: o.language,
  });
  const words = lifeWords(o.language);
  const plans: ProposalPlan[] = [];
  let losses = history.losses;
  for (const [n, { client, clientId, index, quote }] of current.entries()) {
    const outcome = OUTCOMES[n % OUTCOMES.length]!;
    const owner = ownerOf(index);
    // A quiet client's current proposals date from when it went quiet; the others from the last weeks.
    const quiet = history.quietDays(index);
    const decidedDaysAgo = quiet > 60 ? quiet : 1 + (n % 3);
    const createdOn = addDays(today, quiet > 60 ? -(quiet + 21) : -(16 + (n % 4) * 3));
    const created = isoAtLocal(createdOn, 10);
    const document = distinctTitle(affordable(quote, createdOn), titles);
    const quoteId = await insertQuote(db, {
      clientId,
      ownerId: owner.id,
      document,
      computed: computeQuote(document, { today: createdOn }),
      at: created,
    });
    plans.push({
      ...words,
      clientId,
      quoteId,
      title: document.title,
      owner,
      sections: standardSections(client.name, client.industry, document.title),
      preCommunication: preCommunication(o.language, addDays(createdOn, 2)),
      preCommunicatedStatus: true,
      selfCheck: SELF_CHECK,
      outcome,
      created: new Date(created),
      versions: n % 3 === 0 ? 2 : 1,
      decided: atLocal(addDays(today, -decidedDaysAgo), 16),
      ...(outcome === 'lost' ? { loss: lossOf(o.language, losses++) } : {}),
    });
  }
  const special = await seedProposalDemo(db, {
    admin: o.admin,
    lead: team.leads[0],
    now: o.now,
    at,
    language: o.language,
  });
  await playLives(demoPlayer(host), [...history.plans, ...plans, ...special], team.finance);
  await seedCollectionDemo(db, { ownerId: o.admin.id, financeId: team.finance.id, at, today, language: o.language });
  await seedThisWeek(db, { today, ownerOf, at, language: o.language });
}
