import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, forgetToken, useCallQuery } from '../api';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import type { WorkspaceStatus } from '@shared/contract';
import { lazyScreen } from '../components/lazyScreen';
import type * as SignInModule from '../features/auth/SignInScreen';
import { SessionProvider } from './session';
import { AppShell } from './layout/AppShell';
import { TokenPage } from './TokenPage';

// Shown once (first run) or only to a signed-out user: their forms (react-hook-form, the first-run
// rate card) are kept out of the code Home parses before its first paint.
const WelcomeScreen = lazyScreen(() => import('../features/first-run/WelcomeScreen'), 'WelcomeScreen');
const SignInScreen = lazyScreen<typeof SignInModule, { users: WorkspaceStatus['users'] }>(
  () => import('../features/auth/SignInScreen'),
  'SignInScreen',
);

/** What to show before any screen: is the core reachable, and is the workspace set up yet? */
export function WorkspaceGate() {
  const { t } = useTranslation();
  const status = useCallQuery('workspace.status', {});
  const unauthorized = status.error instanceof ApiError && status.error.code === 'unauthorized';

  useEffect(() => {
    if (unauthorized) forgetToken();
  }, [unauthorized]);

  useEffect(() => {
    if (status.data && !status.data.initialized) document.title = t('firstRun.title');
  }, [status.data, t]);

  if (status.isPending) {
    return (
      <div className="fullpage">
        <LoadingState label={t('app.loading')} />
      </div>
    );
  }
  if (unauthorized) return <TokenPage expired />;
  if (status.isError) {
    return (
      <div className="fullpage">
        <div className="fullpage-card">
          <ErrorState error={status.error} onRetry={() => void status.refetch()} />
        </div>
      </div>
    );
  }
  if (!status.data.initialized) return <WelcomeScreen />;
  return <SessionGate users={status.data.users} />;
}

/**
 * Who acts: the session's user, or the solo user. Nobody → the sign-in screen. The shell is keyed
 * by the user, so switching user (sign out, sign in) mounts every screen afresh.
 */
function SessionGate({ users }: { users: WorkspaceStatus['users'] }) {
  const { t } = useTranslation();
  const session = useCallQuery('auth.session', {});
  if (session.isPending) {
    return (
      <div className="fullpage">
        <LoadingState label={t('app.loading')} />
      </div>
    );
  }
  if (session.isError) {
    return (
      <div className="fullpage">
        <div className="fullpage-card">
          <ErrorState error={session.error} onRetry={() => void session.refetch()} />
        </div>
      </div>
    );
  }
  const { user, mode } = session.data;
  if (!user) return <SignInScreen users={users} />;
  return (
    <SessionProvider state={{ mode, user }}>
      <AppShell key={user.id} />
    </SessionProvider>
  );
}
