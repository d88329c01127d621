import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, forgetToken, useCallQuery } from '../api';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { WelcomeScreen } from '../features/first-run/WelcomeScreen';
import { AppShell } from './layout/AppShell';
import { TokenPage } from './TokenPage';

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
  return <AppShell status={status.data} />;
}
