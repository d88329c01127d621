import {
  contract,
  type Endpoint,
  isCallName,
  type ApiErrorBody,
  type ApiResponse,
  type CallName,
  type DomainEvent,
  type User,
} from '@shared/contract';
import { DEFAULT_LANG, type Lang } from '@shared/i18n/lang';
import { validate, type FieldIssue } from '@shared/validation';
import { actAs } from './db/acting';
import { AttemptLimiter } from './auth/attempts';
import { changeEventOf } from './changes/changes-of';
import type { ChangeFeed } from './changes/feed';
import { authorize } from './auth/authorize';
import { identify, resolveSession, type ResolvedSession } from './auth/identify';
import { Sessions } from './auth/sessions';
import { storageFaultOf } from './db/storage-faults';
import { CoreError, localize } from './errors';
import type { AuditNote } from './audit-note';
import { createCoreEventBus, type EventBus } from './events';
import { declaredEvents } from './handlers/events';
import type { HandlerContext, HandlerMap, SessionControl } from './handlers/types';
import type { Logger } from '../common/log';
import { appendAudit } from './repos/audit';
import { findActiveUser } from './repos/users';
import { isoNow } from './time';
import type { Workspace } from './workspace';
import { CorruptWorkspaceError } from './workspace-file';

export interface CallOptions {
  /**
   * In-process callers only (tests, scripts): act as this user, who must be active. Hosts never
   * set it from anything the page sends; they pass `sessionId`.
   */
  userId?: number;
  /** The session the host holds for this caller (browser mode's cookie, the Electron window's). */
  sessionId?: string;
  /** The caller's address or window, for the sign-in rate limit. */
  client?: string;
  /** Told who acts in this call once that is known (null: nobody), for the host's request log. */
  onActor?(userId: number | null): void;
  /** Told when a call made a new session for this caller (sign-in) or ended it (null). */
  onSession?(sessionId: string | null): void;
  /** Language of `message` in a refusal; `messages` carries every language anyway. */
  lang?: Lang;
  /**
   * May a caller without a session act as whoever needs no sign-in (the solo user, an unclaimed
   * workspace's first admin) and make first-run calls? Default yes: the desktop window and browser
   * mode (behind its launch token) are on the user's own machine. A team server says yes only for
   * the holder of its set-up token (electron/server/team-access.ts): anyone else on the network
   * must sign in with a password.
   */
  implicitIdentity?: boolean;
}

export interface Dispatcher {
  call(name: string, args: unknown, options?: CallOptions): Promise<ApiResponse<unknown>>;
  /** The domain events of every write: `events.onCommitted(listener)` hears each committed write. */
  readonly events: EventBus;
  /**
   * Who a session (or, without one, the solo user) is, without marking the session used: for a
   * live-refresh stream, which checks its session now and then but is not activity.
   */
  watcher(options: Pick<CallOptions, 'sessionId' | 'implicitIdentity'>): Promise<User | null>;
}

export interface DispatcherDeps {
  workspace: Workspace;
  handlers: HandlerMap;
  log: Logger;
  now?: () => Date;
  /** Check every result against the contract too: on in tests, where a drift must fail loudly. */
  validateResults?: boolean;
  sessions?: Sessions;
  limiter?: AttemptLimiter;
  /** Default: the core's bus, with the search index subscribed. */
  events?: EventBus;
  /** Told what each committed write changed (live refresh); none: nobody listens. */
  changes?: ChangeFeed;
}

function refusal(error: CoreError, lang: Lang): ApiErrorBody {
  const body: ApiErrorBody = { code: error.code, message: error.messages[lang], messages: error.messages };
  if (error.issues)
    body.issues = error.issues.map((i: FieldIssue) => ({ ...i, message: i.message[lang], messages: i.message }));
  return body;
}

/** What a call asked of the sessions, applied only once its write has committed. */
interface SessionEffects {
  endAllOf: number[];
  handOver?: number | null;
}

/**
 * The one way into the core: look the call up, find who is acting (a session, or the solo user),
 * check the contract's roles, validate the args, run it (a write in one transaction together with
 * its audit entry), and turn every failure into a typed refusal. An unexpected exception is logged
 * whole and reaches the caller only as `internal`, without a stack.
 */
export function createDispatcher({
  workspace,
  handlers,
  log,
  now = () => new Date(),
  validateResults = false,
  sessions = new Sessions(),
  limiter = new AttemptLimiter(),
  events = createCoreEventBus(log),
  changes,
}: DispatcherDeps): Dispatcher {
  return {
    events,
    async call(name, rawArgs, options = {}) {
      const lang = options.lang ?? DEFAULT_LANG;
      try {
        if (!isCallName(name)) throw new CoreError('not_found', 'error.unknown_call', { name: name.slice(0, 80) });
        const endpoint = contract[name];
        const result = await run(name, rawArgs, endpoint, options);
        if (validateResults) {
          const checked = endpoint.result.safeParse(result);
          if (!checked.success) throw new Error(`Result of ${name} breaks the contract: ${checked.error.message}`);
        }
        return { ok: true, result };
      } catch (e) {
        if (e instanceof CoreError) return { ok: false, error: refusal(e, lang) };
        log.error(`call ${name} failed`, e);
        // The store refusing the write (disk full, read-only, locked): its own message, nothing changed.
        const fault = storageFaultOf(e);
        if (fault) return { ok: false, error: refusal(new CoreError('storage', `error.storage_${fault}`), lang) };
        const messages = localize('error.internal');
        return { ok: false, error: { code: 'internal', message: messages[lang], messages } };
      }
    },
    async watcher({ sessionId, implicitIdentity }) {
      const at = now().getTime();
      const identity = await identify(workspace.store.db, sessions, { sessionId }, at, implicitIdentity ?? true, false);
      return identity.user;
    },
  };

  async function applySessionEffects(effects: SessionEffects, options: CallOptions, at: number): Promise<void> {
    for (const userId of effects.endAllOf) await sessions.endForUser(userId);
    if (effects.handOver === undefined) return;
    if (options.sessionId) await sessions.end(options.sessionId);
    const next = effects.handOver === null ? null : await sessions.start(effects.handOver, at);
    options.onSession?.(next);
  }

  /**
   * What a call's handler emits, checked against what the call declares (handlers/events.ts): an
   * undeclared event is a fault of the code, and fails the call before anything commits.
   */
  function emitterFor(name: CallName): { emitted: DomainEvent[]; emit(event: DomainEvent): void } {
    const emitted: DomainEvent[] = [];
    const declared = declaredEvents(name);
    return {
      emitted,
      emit(event) {
        if (!declared?.includes(event.type))
          throw new Error(`${name} emitted ${event.type}, which it does not declare`);
        emitted.push(event);
      },
    };
  }

  async function run(name: CallName, rawArgs: unknown, endpoint: Endpoint, options: CallOptions): Promise<unknown> {
    const at = now();
    const { emitted, emit } = emitterFor(name);
    const store = workspace.store;
    const handler = handlers[name] as (a: unknown, c: HandlerContext) => unknown;
    const effects: SessionEffects = { endAllOf: [] };
    /** A session whose user was deactivated, seen inside a write's transaction: ended after it. */
    let staleSession: string | undefined;
    /**
     * Who is acting, whether they may make this call (the contract's roles, before the args are
     * read), and the validated args. On the connection the call runs on: for a write, inside its
     * transaction, so a user deactivated a moment earlier cannot slip in.
     */
    const admit = async (db: HandlerContext['db'], resolvedSession?: ResolvedSession) => {
      const implicit = options.implicitIdentity ?? true;
      const who = resolvedSession ? { userId: options.userId, session: resolvedSession } : options;
      const identity = await identify(db, sessions, who, at.getTime(), implicit);
      if (identity.staleSession) staleSession = identity.staleSession;
      options.onActor?.(identity.user?.id ?? null);
      await authorize(db, endpoint.access, identity.user, implicit);
      const parsed = validate(endpoint.args, rawArgs ?? {});
      if (!parsed.ok) throw new CoreError('validation', 'error.validation', {}, parsed.issues);
      const session: SessionControl = {
        id: options.sessionId ?? null,
        client: options.client ?? 'local',
        mode: identity.mode,
        limiter,
        handOver: (userId) => (effects.handOver = userId),
        endAllOf: (userId) => effects.endAllOf.push(userId),
      };
      return { actor: identity.user, args: parsed.data, session };
    };
    const base = { store, workspace, now: at, log, emit };
    if (!endpoint.write) {
      // A read changes nothing, but some must leave a trace: a client document exported is
      // evidence of what went to whom. What the read notes is appended once it has succeeded.
      const { actor, args, session } = await admit(store.db);
      const notes: AuditNote[] = [];
      const result = await handler(args, { ...base, db: store.db, actor, session, audit: (n) => notes.push(n) });
      if (notes.length > 0)
        await store.db.transaction().execute(async (trx) => {
          for (const n of notes)
            await appendAudit(trx, {
              at: isoNow(at),
              userId: actor?.id ?? null,
              action: name,
              entity: n.entity ?? null,
              entityId: n.entityId ?? null,
              detail: n.detail,
            });
        });
      return result;
    }
    // A write waits for the start-up integrity check (it runs in the background, see WorkspaceFile).
    await workspace.ready().catch((e: unknown) => {
      if (!(e instanceof CorruptWorkspaceError)) throw e;
      throw new CoreError('conflict', 'error.workspace_damaged', { backup: e.backups[0] ?? '—' });
    });
    if (!endpoint.transactional) {
      // Maintenance (restore) replaces the connection itself: it cannot run inside a transaction
      // of that connection, so its audit entry is written afterwards, on the new one.
      const { actor, args, session } = await admit(store.db);
      const notes: AuditNote[] = [];
      const result = await handler(args, { ...base, db: store.db, actor, session, audit: (n) => notes.push(n) });
      const after = workspace.store;
      // After a restore or an import the file's users are another set: every session ends. The
      // acting user keeps a session (and the audit row their id) only when the same person, still
      // active and of the same role, is in the new file; the name goes into the detail either way.
      // A backup leaves the workspace in place (same connection, same users): nobody is signed out
      // by it. Anything else that takes this path is treated as a replacement.
      let userId = actor?.id ?? null;
      if (after !== store || name !== 'backups.create') {
        await sessions.endAll();
        const same = actor ? await findActiveUser(after.db, actor.id) : undefined;
        userId = actor && same?.name === actor.name && same.role === actor.role ? actor.id : null;
        effects.handOver = userId;
      }
      for (const n of notes.length > 0 ? notes : [{}]) {
        await appendAudit(after.db, {
          at: isoNow(at),
          userId,
          action: name,
          entity: n.entity ?? null,
          entityId: n.entityId ?? null,
          detail: { ...(n.detail as object), by: actor?.name ?? null },
        });
      }
      await applySessionEffects(effects, { ...options, sessionId: undefined }, at.getTime());
      events.publishCommitted({ call: name, at, userId, events: emitted });
      // A restore or an import replaced the whole workspace: every open screen refetches.
      const replaced = changeEventOf(name, [{ entity: 'workspace' }], actor, isoNow(at));
      if (changes && replaced) {
        await changes.stage(after.db, replaced);
        changes.committed(replaced);
      }
      return result;
    }
    let change: ReturnType<typeof changeEventOf> = null;
    // The session first, on its own connection, before the transaction holds one (see resolveSession).
    const resolved =
      options.userId === undefined && options.sessionId
        ? await resolveSession(sessions, options.sessionId, at.getTime())
        : undefined;
    const written = await store.db
      .transaction()
      .execute(async (trx) => {
        const { actor, args, session } = await admit(trx, resolved);
        // The database's own rules (PostgreSQL row-level security) see who acts, for this transaction only.
        await actAs(trx, actor);
        const notes: AuditNote[] = [];
        const result = await handler(args, { ...base, db: trx, actor, session, audit: (n) => notes.push(n) });
        for (const n of notes.length > 0 ? notes : [{}]) {
          await appendAudit(trx, {
            at: isoNow(at),
            userId: n.actorId ?? actor?.id ?? null,
            action: name,
            entity: n.entity ?? null,
            entityId: n.entityId ?? null,
            detail: n.detail,
          });
        }
        // The archive's index moves with the write, in its transaction (electron/core/events).
        await events.publishInTransaction(trx, emitted);
        // The change feed, staged in the transaction: published only if the write commits.
        change = changeEventOf(name, notes, actor, isoNow(at));
        if (changes && change) await changes.stage(trx, change);
        return { result, userId: actor?.id ?? notes.find((n) => n.actorId !== undefined)?.actorId ?? null };
      })
      .finally(async () => {
        // A deactivated user's session ends whether or not the call went through.
        if (staleSession) await sessions.end(staleSession);
      });
    if (changes && change) changes.committed(change);
    await applySessionEffects(effects, options, at.getTime());
    events.publishCommitted({ call: name, at, userId: written.userId, events: emitted });
    return written.result;
  }
}
