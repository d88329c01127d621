import type { QueryClient } from '@tanstack/react-query';
import type { CallArgs, CallName, SessionState } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import { call, callKey, getToken, isApiResponse, needsToken, resultOf, setCallContext } from '../api';
import { ACTIVITY_ARGS, APPROVAL_QUEUE_ARGS, homePanels } from '../features/home/panels';

/** What public/boot.js leaves behind: the replies it asked for before any module loaded. */
interface EarlyReplies {
  token: string;
  lang: string;
  replies: Partial<Record<string, Promise<unknown>>>;
}

declare global {
  interface Window {
    __workbenchFirstReplies?: EarlyReplies;
  }
}

/**
 * The reply boot.js already asked for, when it asked as this page would now (same token, same
 * language); undefined otherwise. Taken once: a later read of the same call asks afresh.
 */
function takeEarly(name: CallName, lang: Lang): Promise<unknown> | undefined {
  const early = window.__workbenchFirstReplies;
  if (!early || early.token !== getToken() || early.lang !== lang) return undefined;
  const reply = early.replies[name];
  delete early.replies[name];
  return reply;
}

/**
 * Starts the first screen's reads before React mounts (settles once they are all in the cache), so they travel while the code is parsed
 * and the shell renders, instead of one after the other as each component mounts (the gate asks
 * for the workspace's status, then for the session, and only then Home for its own data). In
 * browser mode boot.js has usually asked already, while the modules were still downloading: its
 * replies are used as they are; one that failed to arrive is asked for again the normal way. The
 * keys are the ones the hooks use, so the components find the answers in the cache.
 */
export function prefetchFirstData(client: QueryClient, path: string, lang: Lang): Promise<void> {
  if (needsToken()) return Promise.resolve();
  // Asked before the preferences provider renders and sets the same language (the stored one).
  setCallContext({ lang });
  const prefetch = <N extends CallName>(name: N, args: CallArgs<N>): Promise<void> => {
    const early = takeEarly(name, lang);
    const queryFn = early
      ? async () => {
          const reply = await early;
          return isApiResponse(reply) ? resultOf<N>(reply) : call(name, args);
        }
      : () => call(name, args);
    // prefetchQuery never rejects: a failed read is in the cache as an error, shown by its screen.
    return client.prefetchQuery({ queryKey: callKey(name, args), queryFn });
  };
  const asked = [prefetch('workspace.status', {}), prefetch('settings.get', {})];
  const session = prefetch('auth.session', {});
  asked.push(session);
  if (path === '/') {
    // Home's own read, for every role; then the role's panels (finance's queue and forecast, the
    // audit trail) as soon as the session says who acts, not once Home has rendered.
    asked.push(prefetch('home.overview', {}));
    asked.push(
      session.then(async () => {
        const role = client.getQueryData<SessionState>(callKey('auth.session', {}))?.user?.role ?? null;
        const panels = homePanels(role);
        await Promise.all([
          panels.financeQueue && prefetch('approvals.queue', APPROVAL_QUEUE_ARGS),
          panels.financeQueue && prefetch('receivables.overview', {}),
          panels.forecast && prefetch('forecast.pipeline', {}),
          panels.activity && prefetch('audit.list', ACTIVITY_ARGS),
        ]);
      }),
    );
  }
  return Promise.all(asked).then(() => undefined);
}
