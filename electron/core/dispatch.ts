import {
  contract,
  HTTP_STATUS,
  type Endpoint,
  isCallName,
  type ApiErrorBody,
  type ApiResponse,
  type CallName,
} from '@shared/contract';
import { DEFAULT_LANG, type Lang } from '@shared/i18n/lang';
import { validate, type FieldIssue } from '@shared/validation';
import { CoreError, localize } from './errors';
import { authorize } from './auth/authorize';
import type { AuditNote, HandlerContext, HandlerMap } from './handlers/types';
import type { Logger } from './log';
import { appendAudit } from './repos/audit';
import { findUser, firstActiveAdmin } from './repos/users';
import { reindexFromAuditNotes } from './search/indexer';
import { isoNow } from './time';
import type { WorkspaceFile } from './workspace-file';

export interface CallOptions {
  /** The user the renderer acts as. Without one, the first active admin (a single-person workspace). */
  userId?: number;
  /** Language of `message` in a refusal; `messages` carries every language anyway. */
  lang?: Lang;
}

export interface Dispatcher {
  call(name: string, args: unknown, options?: CallOptions): Promise<ApiResponse<unknown>>;
}

export interface DispatcherDeps {
  workspace: WorkspaceFile;
  handlers: HandlerMap;
  log: Logger;
  now?: () => Date;
  /** Check every result against the contract too: on in tests, where a drift must fail loudly. */
  validateResults?: boolean;
}

function refusal(error: CoreError, lang: Lang): ApiErrorBody {
  const body: ApiErrorBody = { code: error.code, message: error.messages[lang], messages: error.messages };
  if (error.issues)
    body.issues = error.issues.map((i: FieldIssue) => ({ ...i, message: i.message[lang], messages: i.message }));
  return body;
}

export function statusOf(response: ApiResponse<unknown>): number {
  return response.ok ? 200 : HTTP_STATUS[response.error.code];
}

/**
 * The one way into the core: look the call up, validate its args with the contract, run it (a write
 * in one transaction together with its audit entry), and turn every failure into a typed refusal.
 * An unexpected exception is logged whole and reaches the caller only as `internal`, without a stack.
 */
export function createDispatcher({
  workspace,
  handlers,
  log,
  now = () => new Date(),
  validateResults = false,
}: DispatcherDeps): Dispatcher {
  return {
    async call(name, rawArgs, options = {}) {
      const lang = options.lang ?? DEFAULT_LANG;
      try {
        if (!isCallName(name)) throw new CoreError('not_found', 'error.unknown_call', { name: name.slice(0, 80) });
        const endpoint = contract[name];
        const result = await run(name, rawArgs, endpoint, options.userId);
        if (validateResults) {
          const checked = endpoint.result.safeParse(result);
          if (!checked.success) throw new Error(`Result of ${name} breaks the contract: ${checked.error.message}`);
        }
        return { ok: true, result };
      } catch (e) {
        if (e instanceof CoreError) return { ok: false, error: refusal(e, lang) };
        log.error(`call ${name} failed`, e);
        const messages = localize('error.internal');
        return { ok: false, error: { code: 'internal', message: messages[lang], messages } };
      }
    },
  };

  async function run(
    name: CallName,
    rawArgs: unknown,
    endpoint: Endpoint,
    userId: number | undefined,
  ): Promise<unknown> {
    const at = now();
    const store = workspace.store;
    const handler = handlers[name] as (a: unknown, c: HandlerContext) => unknown;
    const actorOf = async (db: HandlerContext['db']) =>
      (userId !== undefined ? await findUser(db, userId) : undefined) ?? (await firstActiveAdmin(db)) ?? null;
    /**
     * Who is acting, whether they may make this call (the contract's roles, before the args are
     * read), and the validated args. On the connection the call runs on: for a write, inside its
     * transaction, so a user deactivated a moment earlier cannot slip in.
     */
    const admit = async (db: HandlerContext['db']) => {
      const actor = await actorOf(db);
      await authorize(db, endpoint.access, actor);
      const parsed = validate(endpoint.args, rawArgs ?? {});
      if (!parsed.ok) throw new CoreError('validation', 'error.validation', {}, parsed.issues);
      return { actor, args: parsed.data };
    };
    const base = { store, workspace, now: at, log };
    if (!endpoint.write) {
      // A read changes nothing, but some must leave a trace: a client document exported is
      // evidence of what went to whom. What the read notes is appended once it has succeeded.
      const { actor, args } = await admit(store.db);
      const notes: AuditNote[] = [];
      const result = await handler(args, { ...base, db: store.db, actor, audit: (n) => notes.push(n) });
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
    if (!endpoint.transactional) {
      // Maintenance (restore) replaces the connection itself: it cannot run inside a transaction
      // of that connection, so its audit entry is written afterwards, on the new one.
      const { actor, args } = await admit(store.db);
      const notes: AuditNote[] = [];
      const result = await handler(args, { ...base, db: store.db, actor, audit: (n) => notes.push(n) });
      const after = workspace.store;
      // After a restore or an import the acting user may not exist in the new file (the audit row
      // references users): keep the id only when it does, and the name in the detail either way.
      const userId = actor && (await findUser(after.db, actor.id))?.name === actor.name ? actor.id : null;
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
      return result;
    }
    return store.db.transaction().execute(async (trx) => {
      const { actor, args } = await admit(trx);
      const notes: AuditNote[] = [];
      const result = await handler(args, { ...base, db: trx, actor, audit: (n) => notes.push(n) });
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
      // The archive's index moves with the write, in its transaction (electron/core/search/indexer.ts).
      await reindexFromAuditNotes(trx, notes);
      return result;
    });
  }
}
