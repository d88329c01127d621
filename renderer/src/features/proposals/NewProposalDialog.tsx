import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { useNavigate } from 'react-router';
import type { ClientSummary } from '@shared/contract';
import { errorText, useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Dialog } from '../../components/Dialog';

/** Start a proposal: for whom, what it is called, from which template, with which quote. */
export function NewProposalDialog({
  clients,
  clientId: preselected,
  onClose,
}: {
  clients: ClientSummary[];
  /** Preselected (opened from a client's record). */
  clientId?: number;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const navigate = useNavigate();
  const templates = useCallQuery('proposalTemplates.list', {});
  const quotes = useCallQuery('quotes.list', {});
  const [clientId, setClientId] = useState(preselected ?? clients[0]?.id ?? 0);
  const [title, setTitle] = useState('');
  const [templateId, setTemplateId] = useState<number | ''>('');
  const [quoteId, setQuoteId] = useState<number | ''>('');
  const create = useCallMutation('proposals.create', { onSuccess: (p) => void navigate(`/proposals/${p.id}`) });
  const own = (quotes.data?.items ?? []).filter((q) => q.clientId === clientId);
  return (
    <Dialog title={t('proposalEditor.newProposal')} onClose={onClose}>
      <form
        className="pe-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({
            clientId,
            title,
            ...(templateId !== '' ? { templateId } : {}),
            ...(quoteId !== '' ? { quoteId } : {}),
          });
        }}
      >
        <Field label={t('proposalEditor.client')}>
          <select
            value={clientId}
            onChange={(e) => {
              setClientId(Number(e.target.value));
              setQuoteId('');
            }}
          >
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('proposalEditor.title')}>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label={t('proposalEditor.template')}>
          <select
            value={templateId}
            onChange={(e) => setTemplateId(e.target.value === '' ? '' : Number(e.target.value))}
          >
            <option value="">{t('proposalEditor.noTemplate')}</option>
            {templates.data?.items.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('proposalEditor.quote')}>
          <select value={quoteId} onChange={(e) => setQuoteId(e.target.value === '' ? '' : Number(e.target.value))}>
            <option value="">{t('proposalEditor.noQuote')}</option>
            {own.map((q) => (
              <option key={q.id} value={q.id}>
                {q.title}
              </option>
            ))}
          </select>
        </Field>
        {create.error && (
          <p className="form-error" role="alert">
            {errorText(create.error, lang)} {create.error.issues.map((i) => i.messages[lang]).join(' ')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {t('proposalEditor.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
