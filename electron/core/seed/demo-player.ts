import { contract, type CallName, type User } from '@shared/contract';
import { localToday } from '@shared/dates/local';
import { approvalReasons, type ApprovalRules } from '@shared/proposal';
import { computeQuote, quoteDefaultsOf, type QuoteDefaults, type QuoteInterchange } from '@shared/quote';
import { validate } from '@shared/validation';
import { actAs } from '../db/acting';
import { CoreError } from '../errors';
import { decideApprovalWrite } from '../handlers/approvals';
import { proposalWrites } from '../handlers/proposals';
import type { HandlerContext } from '../handlers/types';
import { appendAudit } from '../repos/audit';
import { readProposalSettings } from '../repos/proposal-library';
import { readSettings } from '../repos/settings';
import { isoNow } from '../time';

/**
 * The writes a demo life is made of, without the replies the app's screens need: the handlers'
 * own write paths (every check, frozen version, approval snapshot and audit note), each returning
 * only the id it made — a proposal's detail per call was four fifths of the demo's set-up.
 */
const PLAYABLE = { ...proposalWrites, 'approvals.decide': decideApprovalWrite };
export type PlayableCall = keyof typeof PLAYABLE;

type ArgsOf<N extends PlayableCall> = Parameters<(typeof PLAYABLE)[N]>[0];
type ResultOf<N extends PlayableCall> = Awaited<ReturnType<(typeof PLAYABLE)[N]>>;

/**
 * The demo's people at work: a proposal's life is made by the calls a user makes (create, save,
 * request approval, decide, send, win or lose), each as its user on its day, so the demo holds
 * only what the rules let through — frozen versions, the four-eyes rule, the audit trail. It runs
 * inside the set-up's transaction, so it cannot go through the dispatcher (which opens its own):
 * it does what the dispatcher does for a write, in this transaction — validate the args, act as
 * the user (PostgreSQL's row-level security reads it), run the handler's write, append its audit
 * entries.
 * The search index is rebuilt once by the set-up's own event, so the calls' events are dropped.
 * Consecutive calls by the same person act as them once (on PostgreSQL two statements a call);
 * `finish` hands the transaction back to whoever runs the set-up.
 */
export function demoPlayer(host: HandlerContext) {
  let acting = host.actor;
  let rules: Promise<{ defaults: QuoteDefaults; approval: ApprovalRules }> | undefined;
  async function actingAs(user: User | null) {
    if (acting?.id === user?.id) return;
    await actAs(host.db, user);
    acting = user;
  }
  async function play<N extends PlayableCall>(name: N, args: ArgsOf<N>, actor: User, at: Date): Promise<ResultOf<N>> {
    const parsed = validate(contract[name as CallName].args, args);
    if (!parsed.ok) throw new CoreError('validation', 'error.validation', {}, parsed.issues);
    await actingAs(actor);
    const notes: Parameters<HandlerContext['audit']>[0][] = [];
    const handler = PLAYABLE[name] as (a: unknown, c: HandlerContext) => Promise<ResultOf<N>>;
    const result = await handler(parsed.data, {
      ...host,
      actor,
      now: at,
      audit: (n) => notes.push(n),
      emit: () => undefined,
    });
    // A write leaves its entry even when it names nothing, as the dispatcher's do; a read only what it notes.
    const write = contract[name as CallName].write;
    for (const n of notes.length > 0 || !write ? notes : [{}])
      await appendAudit(host.db, {
        at: isoNow(at),
        userId: n.actorId ?? actor.id,
        action: name,
        entity: n.entity ?? null,
        entityId: n.entityId ?? null,
        detail: n.detail,
      });
    return result;
  }
  return Object.assign(play, {
    /**
     * Whether finance must be asked before the quote goes out on that day: the reasons the send
     * check on the owner's screen gives, from the quote and the workspace's rules (read once), not
     * from the whole proposal's state — a demo proposal's content never has a current approval
     * when its owner asks (a first request, or v2's edited content). Were this to disagree with the
     * handlers, the request ("not needed") or the send ("approval missing") would refuse and the
     * set-up fail, so the demo cannot hold a version that skipped finance.
     */
    approvalNeeded: async (quoteId: number, at: Date) => {
      rules ??= (async () => {
        const defaults = quoteDefaultsOf(await readSettings(host.db));
        const p = await readProposalSettings(host.db);
        const approval = {
          marginFloorPercent: defaults.marginFloorPercent,
          discountLimitPercent: p.discountLimitPercent,
          freeLineCostPercent: p.freeLineCostPercent,
        };
        return { defaults, approval };
      })();
      const { defaults, approval } = await rules;
      const q = await host.db.selectFrom('quotes').select('document').where('id', '=', quoteId).executeTakeFirst();
      if (!q) throw new Error('a demo quote vanished after its creation');
      const document = JSON.parse(q.document) as QuoteInterchange;
      const computed = computeQuote(document, { defaults, today: localToday(at) });
      return approvalReasons(document, computed, approval).length > 0;
    },
    /** The revision a new proposal starts at, which its first save names. */
    revisionOf: async (id: number) => {
      const row = await host.db.selectFrom('proposals').select('revision').where('id', '=', id).executeTakeFirst();
      if (!row) throw new Error('a demo proposal vanished after its creation');
      return row.revision;
    },
    /** Back to whoever runs the set-up, for whatever the seed writes next. */
    finish: () => actingAs(host.actor),
  });
}

export type DemoPlayer = ReturnType<typeof demoPlayer>;
