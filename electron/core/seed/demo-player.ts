import { contract, type CallName, type User } from '@shared/contract';
import { validate } from '@shared/validation';
import { actAs } from '../db/acting';
import { CoreError } from '../errors';
import { decideApprovalWrite } from '../handlers/approvals';
import { proposalWrites } from '../handlers/proposals';
import type { HandlerContext } from '../handlers/types';
import { appendAudit } from '../repos/audit';
import { findProposalRow } from '../repos/proposals';
import { checkOf, proposalState } from '../services/proposal-detail';
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
 */
export function demoPlayer(host: HandlerContext) {
  async function play<N extends PlayableCall>(name: N, args: ArgsOf<N>, actor: User, at: Date): Promise<ResultOf<N>> {
    const parsed = validate(contract[name as CallName].args, args);
    if (!parsed.ok) throw new CoreError('validation', 'error.validation', {}, parsed.issues);
    await actAs(host.db, actor);
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
    // Back to whoever runs the set-up, for whatever the seed writes next.
    await actAs(host.db, host.actor);
    return result;
  }
  return Object.assign(play, {
    /** The send check the owner's screen shows on that day (whether finance must be asked). */
    check: async (id: number, at: Date) => checkOf(await proposalState(host.db, id, at)),
    /** The revision a new proposal starts at, which its first save names. */
    revisionOf: async (id: number) => {
      const row = await findProposalRow(host.db, id);
      if (!row) throw new Error('a demo proposal vanished after its creation');
      return row.revision;
    },
  });
}

export type DemoPlayer = ReturnType<typeof demoPlayer>;
