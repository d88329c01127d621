import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { ProposalDetail } from '@shared/contract';
import { errorText, useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Dialog } from '../../components/Dialog';

/** Keep this proposal's sections as a template for the next pitch. */
export function SaveTemplateDialog({
  proposal,
  ensureSaved,
  onClose,
  onSaved,
}: {
  proposal: ProposalDetail;
  ensureSaved(): Promise<ProposalDetail>;
  onClose(): void;
  onSaved(name: string): void;
}) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const [name, setName] = useState(proposal.title);
  const create = useCallMutation('proposalTemplates.create', { onSuccess: (tpl) => onSaved(tpl.name) });
  return (
    <Dialog title={t('proposalEditor.saveAsTemplate')} onClose={onClose}>
      <Field label={t('proposalEditor.templateName')}>
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      {create.error && (
        <p className="form-error" role="alert">
          {errorText(create.error, lang)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={name.trim() === '' || create.isPending}
          onClick={async () => {
            await ensureSaved();
            create.mutate({ name, fromProposalId: proposal.id });
          }}
        >
          {t('common.save')}
        </button>
      </div>
    </Dialog>
  );
}
