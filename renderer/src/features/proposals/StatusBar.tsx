import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalDetail, ProposalStatus } from '@shared/contract';
import { errorText, useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { LostDialog } from './LostDialog';

/** The workflow's next steps from here (the table in shared/proposal/workflow.ts), as buttons. */
export function StatusBar({
  proposal,
  ensureSaved,
  onSend,
}: {
  proposal: ProposalDetail;
  ensureSaved(): Promise<ProposalDetail>;
  onSend(): void;
}) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const [losing, setLosing] = useState(false);
  const transition = useCallMutation('proposals.transition', { onSuccess: () => setLosing(false) });
  const go = async (to: ProposalStatus) => {
    if (to === 'lost') return setLosing(true);
    await ensureSaved();
    transition.mutate({ id: proposal.id, to });
  };
  const reopening = (to: ProposalStatus) =>
    to === 'negotiating' && ['lost', 'won', 'archived'].includes(proposal.status);
  const sendable = ['draft', 'pre_communicated', 'sent', 'negotiating'].includes(proposal.status);
  return (
    <div className="pe-statusbar" role="group" aria-label={t('proposalEditor.status')}>
      {proposal.nextStatuses.map((to) => (
        <button key={to} type="button" className="btn" disabled={transition.isPending} onClick={() => void go(to)}>
          {reopening(to)
            ? t('proposalEditor.actions.reopen')
            : t(`proposalEditor.actions.${to}` as 'proposalEditor.actions.won')}
        </button>
      ))}
      {sendable && (
        <button
          type="button"
          className="btn btn-primary"
          // Sent and unchanged: there is nothing new to freeze.
          disabled={proposal.versionCount > 0 && !proposal.hasUnsentChanges}
          onClick={onSend}
        >
          {t('proposalEditor.send')}
        </button>
      )}
      {transition.error && !losing && (
        <p className="form-error" role="alert">
          {errorText(transition.error, lang)}
        </p>
      )}
      {losing && (
        <LostDialog
          busy={transition.isPending}
          error={
            transition.error
              ? [errorText(transition.error, lang), ...transition.error.issues.map((i) => i.messages[lang])].join(' ')
              : null
          }
          onClose={() => {
            transition.reset();
            setLosing(false);
          }}
          onConfirm={(reasonCode, note) =>
            transition.mutate({
              id: proposal.id,
              to: 'lost',
              ...(reasonCode ? { reasonCode } : {}),
              ...(note ? { note } : {}),
            })
          }
        />
      )}
    </div>
  );
}
