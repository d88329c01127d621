import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProposalDetail } from '@shared/contract';
import type { EditableSection } from '@shared/proposal';
import { editorFromBlocks } from '@shared/proposal';
import { errorText, useCallQuery } from '../../api';
import { LeaveGuard } from '../../components/drafts/LeaveGuard';
import { usePreferences } from '../../app/preferences';
import { ErrorState } from '../../components/ErrorState';
import { Field } from '../../components/Field';
import { LoadingState } from '../../components/LoadingState';
import { ProposalAfterWin } from '../collection/ProposalAfterWin';
import { BlockLibraryDialog } from './BlockLibraryDialog';
import { ChecksPanel } from './ChecksPanel';
import { PreCommunicationPanel } from './PreCommunicationPanel';
import { ProposalStatusBadge } from './ProposalStatusBadge';
import { SaveTemplateDialog } from './SaveTemplateDialog';
import { SectionEditor } from './SectionEditor';
import { SelfCheckPanel } from './SelfCheckPanel';
import { SendDialog } from './SendDialog';
import { StatusBar } from './StatusBar';
import { useProposalDraft } from './useProposalDraft';
import { VersionsPanel } from './VersionsPanel';
import { ConflictView } from './ConflictView';
import { withSection } from './workingCopy';
import './proposal-editor.css';

const CLOSED = ['won', 'lost', 'archived'];

/** /proposals/:id — the seven sections on the left, the practice rules and the workflow on the right. */
export function ProposalEditorScreen() {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const id = Number(useParams().id);
  const draft = useProposalDraft(id);
  const { query, copy, dirty, edit, ensureSaved, saving, saveError, autosave, conflict } = draft;
  const rules = useCallQuery('proposalSettings.get', {});
  const [sending, setSending] = useState<ProposalDetail | null>(null);
  const [library, setLibrary] = useState(false);
  const [templating, setTemplating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The section last typed in: where the block library inserts, and what it can keep as a block.
  const focused = useRef<Editor | null>(null);
  const [focusedKey, setFocusedKey] = useState<EditableSection['key'] | null>(null);
  const onEditorFocus = useCallback((editor: Editor, key: EditableSection['key']) => {
    focused.current = editor;
    setFocusedKey(key);
  }, []);

  // Ctrl/Cmd+S anywhere in the editor, the rich text included; the browser's "save page" never.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 's') return;
      e.preventDefault();
      void ensureSaved().catch(() => {});
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ensureSaved]);

  if (draft.loadError) return <ErrorState error={draft.loadError} onRetry={() => void query.refetch()} />;
  const proposal = query.data;
  if (draft.loading || !proposal || !copy) return <LoadingState />;
  const readOnly = CLOSED.includes(proposal.status);
  const version =
    proposal.versionCount === 0
      ? t('proposalEditor.noVersionYet')
      : proposal.hasUnsentChanges
        ? t('proposalEditor.versionDraft', { n: proposal.versionCount + 1 })
        : t('proposalEditor.versionSent', { n: proposal.versionCount });
  const save = () => void ensureSaved().catch(() => {});
  return (
    <div className="stack">
      <header className="page-header pe-header">
        <div className="pe-header-main">
          <Link to="/proposals" className="muted pe-back">
            ← {t('proposalEditor.back')}
          </Link>
          <h1 id="page-title" tabIndex={-1}>
            {copy.title}
          </h1>
          <p className="page-subtitle">
            {proposal.clientName} · <ProposalStatusBadge status={proposal.status} />{' '}
            <span className="pe-version" data-testid="proposal-version">
              {version}
            </span>
            {proposal.status === 'lost' && proposal.lostReason && (
              <span className="muted">
                {' '}
                ·{' '}
                {t('proposalEditor.lostShown', {
                  reason: [t(`lossReasons.${proposal.lostReason}`), proposal.lostNote].filter(Boolean).join('：'),
                })}
              </span>
            )}
          </p>
        </div>
        <div className="pe-header-actions">
          <span className="muted" role="status" aria-live="polite">
            {saving ? t('proposalEditor.saving') : dirty ? t('proposalEditor.unsaved') : t('proposalEditor.saved')}
            {dirty && autosave.savedAt && (
              <span data-testid="draft-saved">
                {' · '}
                {t('proposalEditor.draftSavedAt', { at: new Date(autosave.savedAt).toLocaleTimeString(lang) })}
              </span>
            )}
            {autosave.failed && <span className="form-error"> · {t('proposalEditor.draftFailed')}</span>}
          </span>
          <button type="button" className="btn" disabled={readOnly} onClick={() => setLibrary(true)}>
            {t('proposalEditor.toolbar.insertBlock')}
          </button>
          <button type="button" className="btn" onClick={() => setTemplating(true)}>
            {t('proposalEditor.saveAsTemplate')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            title="Ctrl/⌘+S"
            disabled={!dirty || saving || readOnly}
            onClick={save}
          >
            {t('proposalEditor.save')}
          </button>
        </div>
      </header>
      <StatusBar
        proposal={proposal}
        ensureSaved={ensureSaved}
        onSend={async () => {
          setNotice(null);
          setSending(await ensureSaved());
        }}
      />
      <LeaveGuard
        dirty={dirty && !readOnly}
        onSave={() =>
          ensureSaved().then(
            () => true,
            () => false,
          )
        }
      />
      {draft.draftOffer && (
        <div className="banner banner-info" role="alert" data-testid="draft-offer">
          <span>{t('proposalEditor.draftOffer', { at: new Date(draft.draftOffer.savedAt).toLocaleString(lang) })}</span>
          <button type="button" className="btn btn-small btn-primary" onClick={draft.restoreDraft}>
            {t('proposalEditor.draftRestore')}
          </button>
          <button type="button" className="btn btn-small" onClick={draft.discardDraft}>
            {t('proposalEditor.draftDiscard')}
          </button>
        </div>
      )}
      {conflict && (
        <ConflictView
          conflict={conflict}
          mine={copy}
          busy={saving}
          onOverwrite={() => void draft.overwrite().catch(() => {})}
          onLoadStored={draft.loadStored}
        />
      )}
      {saveError && !conflict && (
        <p className="form-error" role="alert">
          {errorText(saveError, lang)} {saveError.issues.map((i) => i.messages[lang]).join(' ')}
        </p>
      )}
      {notice && (
        <p className="saved-notice pe-notice" role="status">
          ✓ {notice}
        </p>
      )}
      <div className="pe-layout">
        <div className="pe-main" aria-label={t('proposalEditor.sectionsLabel')}>
          <Field label={t('proposalEditor.title')} className="pe-title-field">
            <input
              type="text"
              value={copy.title}
              readOnly={readOnly}
              onChange={(e) => edit((c) => ({ ...c, title: e.target.value }))}
            />
          </Field>
          {copy.sections.map((s) => (
            <SectionEditor
              key={s.key}
              section={s}
              proposal={proposal}
              quoteId={copy.quoteId}
              readOnly={readOnly}
              loadKey={`${id}-${s.key}-${draft.generation}`}
              onChange={(next) => edit((c) => withSection(c, next))}
              onQuoteChange={(quoteId) => edit((c) => ({ ...c, quoteId }))}
              onEditorFocus={onEditorFocus}
            />
          ))}
        </div>
        <aside className="pe-aside">
          <ChecksPanel proposal={proposal} dirty={dirty} ensureSaved={ensureSaved} />
          <PreCommunicationPanel
            value={copy.preCommunication}
            readOnly={readOnly}
            onChange={(preCommunication) => edit((c) => ({ ...c, preCommunication }))}
          />
          <SelfCheckPanel
            value={copy.selfCheck}
            threshold={rules.data?.selfCheckThreshold ?? 3}
            readOnly={readOnly}
            onChange={(selfCheck) => edit((c) => ({ ...c, selfCheck }))}
          />
          <ProposalAfterWin proposal={proposal} />
          <VersionsPanel id={id} />
        </aside>
      </div>
      {sending && (
        <SendDialog
          proposal={sending}
          onClose={() => setSending(null)}
          onSent={(n) => {
            setSending(null);
            setNotice(t('proposalEditor.sentNotice', { n }));
          }}
        />
      )}
      {library && (
        <BlockLibraryDialog
          current={copy.sections.find((s) => s.key === focusedKey)?.blocks ?? null}
          onClose={() => setLibrary(false)}
          onInsert={(blocks) => {
            const target = focused.current;
            // Into the section last typed in, at its cursor; the editor's update event saves it to the copy.
            if (target) target.chain().focus().insertContent(editorFromBlocks(blocks).content).run();
            setLibrary(false);
          }}
        />
      )}
      {templating && (
        <SaveTemplateDialog
          proposal={proposal}
          ensureSaved={ensureSaved}
          onClose={() => setTemplating(false)}
          onSaved={(name) => {
            setTemplating(false);
            setNotice(t('proposalEditor.templateSaved', { name }));
          }}
        />
      )}
    </div>
  );
}
