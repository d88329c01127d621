import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { CONTENT_BLOCK_KINDS, type ContentBlock } from '@shared/contract';
import type { RichTextBlock } from '@shared/export';
import { errorText, useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Dialog } from '../../components/Dialog';

/** The library of reusable blocks: insert one at the cursor, or keep the current section as one. */
export function BlockLibraryDialog({
  onInsert,
  onClose,
  current,
}: {
  onInsert(blocks: RichTextBlock[]): void;
  onClose(): void;
  /** The focused section's blocks, offered to save as a new block. */
  current: RichTextBlock[] | null;
}) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const list = useCallQuery('contentBlocks.list', {});
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ContentBlock['kind']>('case_study');
  const create = useCallMutation('contentBlocks.create', { onSuccess: () => setTitle('') });
  return (
    <Dialog title={t('proposalEditor.libraryTitle')} onClose={onClose} size="wide">
      <p className="muted">{t('proposalEditor.libraryHint')}</p>
      {list.data?.items.length === 0 && <p className="muted">{t('proposalEditor.libraryEmpty')}</p>}
      <ul className="pe-library">
        {list.data?.items.map((b) => (
          <li key={b.id}>
            <span className="tag">{t(`proposalEditor.blockKinds.${b.kind}`)}</span> <strong>{b.title}</strong>
            <button type="button" className="btn btn-small" onClick={() => onInsert(b.blocks)}>
              {t('proposalEditor.insert')}
            </button>
          </li>
        ))}
      </ul>
      {current && current.length > 0 && (
        <div className="pe-library-new">
          <Field label={t('proposalEditor.blockTitle')}>
            <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
          </Field>
          <Field label={t('proposalEditor.blockKind')}>
            <select value={kind} onChange={(e) => setKind(e.target.value as ContentBlock['kind'])}>
              {CONTENT_BLOCK_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`proposalEditor.blockKinds.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <button
            type="button"
            className="btn"
            disabled={title.trim() === '' || create.isPending}
            onClick={() => create.mutate({ kind, title, blocks: current })}
          >
            {t('proposalEditor.toolbar.saveBlock')}
          </button>
          {create.error && (
            <p className="form-error" role="alert">
              {errorText(create.error, lang)}
            </p>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('proposalEditor.close')}
        </button>
      </div>
    </Dialog>
  );
}
