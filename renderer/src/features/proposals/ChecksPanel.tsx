import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { ProposalDetail } from '@shared/contract';
import { errorText, useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { useFormat } from '../../i18n/format';
import { findingText } from './findings';

/** What stands before sending, and finance's approval of this exact content. */
export function ChecksPanel({
  proposal,
  dirty,
  ensureSaved,
}: {
  proposal: ProposalDetail;
  dirty: boolean;
  ensureSaved(): Promise<ProposalDetail>;
}) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const fmt = useFormat();
  const [note, setNote] = useState('');
  const request = useCallMutation('proposals.requestApproval', { onSuccess: () => setNote('') });
  const { check, approval } = proposal;
  const f = check.figures;
  const canRequest = check.approval === 'needed' || check.approval === 'rejected';
  return (
    <section className="panel pe-side" aria-labelledby="pe-checks" data-testid="proposal-checks">
      <h2 id="pe-checks" className="panel-title">
        {t('proposalEditor.checks')}
      </h2>
      {dirty && <p className="muted pe-hint">{t('proposalEditor.unsaved')}</p>}
      {check.blockers.length === 0 && check.warnings.length === 0 && (
        <p className="pe-ok">✓ {t('proposalEditor.checksOk')}</p>
      )}
      <ul className="pe-findings">
        {check.blockers.map((b, i) => (
          <li key={`b${i}`} className="pe-blocker" data-code={b.code}>
            × {findingText(t, b)}
          </li>
        ))}
        {check.warnings.map((w, i) => (
          <li key={`w${i}`} className="pe-warning" data-code={w.code}>
            ⚠ {findingText(t, w)}
          </li>
        ))}
      </ul>
      <h3 className="subsection-title">{t('proposalEditor.approval')}</h3>
      <p
        className={`pe-approval pe-approval-${check.approval}`}
        data-testid="approval-state"
        data-state={check.approval}
      >
        {t(`proposalEditor.approvalStates.${check.approval}`)}
      </p>
      {f && check.approvalReasons.length > 0 && (
        <ul className="pe-reasons">
          {check.approvalReasons.map((r) => (
            <li key={r}>
              {t(`proposalEditor.approvalReasons.${r}`, {
                margin: fmt.percent(f.marginPercent),
                floor: fmt.percent(f.floorPercent),
                discount: fmt.percent(f.discountPercent),
                limit: fmt.percent(f.limitPercent),
                marginWithOptions: fmt.percent(f.marginPercentWithOptions),
                freeLine: fmt.percent(f.freeLineCostPercent),
              })}
            </li>
          ))}
        </ul>
      )}
      {approval && approval.status !== 'pending' && approval.status !== 'superseded' && (
        <div className="pe-decision" data-testid="approval-decision">
          <strong>{t(`financeQueue.decisions.${approval.status}`)}</strong>{' '}
          <span className="muted">
            {t('proposalEditor.approvalBy', {
              by: approval.decidedBy ?? '—',
              at: approval.decidedAt ? fmt.dateTime(approval.decidedAt) : '—',
            })}
          </span>
          {approval.comment && <p className="pe-comment">“{approval.comment}”</p>}
          {!approval.current && <p className="muted">{t('proposalEditor.approvalOutdated')}</p>}
        </div>
      )}
      {canRequest && (
        <div className="pe-request">
          <Field label={t('proposalEditor.requestNote')}>
            <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <button
            type="button"
            className="btn"
            disabled={request.isPending}
            onClick={async () => {
              const saved = await ensureSaved();
              request.mutate({ id: saved.id, revision: saved.revision, note });
            }}
          >
            {t('proposalEditor.requestApproval')}
          </button>
          {request.error && (
            <p className="form-error" role="alert">
              {errorText(request.error, lang)}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
