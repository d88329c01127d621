import { useTranslation } from 'react-i18next';
import { errorText } from '../../api';
import { usePreferences } from '../../app/preferences';
import type { Conflict } from './useProposalDraft';
import { copyOf, differingParts, type CopyPart, type WorkingCopy } from './workingCopy';

/**
 * Someone saved the proposal after this editor opened it: who and when, which parts differ
 * between their save and this copy, and the two ways on — keep mine (save over theirs) or take
 * theirs (this copy stays in the autosaved draft until the next save).
 */
export function ConflictView({
  conflict,
  mine,
  onOverwrite,
  onLoadStored,
}: {
  conflict: Conflict;
  mine: WorkingCopy;
  onOverwrite(): void;
  onLoadStored(): void;
}) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const parts = differingParts(mine, copyOf(conflict.stored));
  const name = (part: CopyPart) =>
    part === 'title' || part === 'quote' || part === 'preCommunication' || part === 'selfCheck'
      ? t(`proposalEditor.conflictParts.${part}`)
      : t(`proposalEditor.sections.${part}`);
  return (
    <div className="banner banner-danger pe-conflict" role="alert" data-testid="conflict">
      <span>
        {errorText(conflict.error, lang)}{' '}
        {parts.length > 0
          ? t('proposalEditor.conflictDiffers', { parts: parts.map(name).join(lang === 'en' ? ', ' : '、') })
          : t('proposalEditor.conflictSame')}
      </span>
      <button type="button" className="btn btn-small" onClick={onOverwrite}>
        {t('proposalEditor.conflictOverwrite')}
      </button>
      <button type="button" className="btn btn-small" onClick={onLoadStored}>
        {t('proposalEditor.conflictLoadStored')}
      </button>
    </div>
  );
}
