import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shellCall } from '../../api';
import { lazyScreen } from '../../components/lazyScreen';
import type * as ConnectTeamModule from './ConnectTeamDialog';
import { useWorkspaceInfo } from './useWorkspaceInfo';

// Opened rarely, from the desktop app only: its form stays out of the code Home parses first.
const ConnectTeamDialog = lazyScreen<typeof ConnectTeamModule, { initialUrl: string; onClose(): void }>(
  () => import('./ConnectTeamDialog'),
  'ConnectTeamDialog',
);

/**
 * In the desktop app's header (and on its sign-in screen): which workspace is open — 本地工作区 or
 * 团队：<host> — and the way to the other one. A browser shows the server's own workspace: nothing here.
 */
export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const info = useWorkspaceInfo();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!info.data) return null;
  const { current, lastServer } = info.data;

  const switchToSolo = async () => {
    setBusy(true);
    try {
      await shellCall('shell.useSolo', {});
      await queryClient.resetQueries();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="workspace-switcher">
      <span
        className={`workspace-label workspace-label-${current.kind}`}
        data-testid="workspace-label"
        title={t('workspace.current')}
      >
        {current.kind === 'team' ? t('workspace.team', { host: current.host }) : t('workspace.solo')}
      </span>
      {current.kind === 'team' ? (
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => void switchToSolo()}>
          {t('workspace.useSolo')}
        </button>
      ) : (
        <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
          {t('workspace.connect')}
        </button>
      )}
      {open && <ConnectTeamDialog initialUrl={lastServer ?? ''} onClose={() => setOpen(false)} />}
    </div>
  );
}
