import { useTranslation } from 'react-i18next';
import { sectionText } from '@shared/archive/text';
import { ConflictView as SharedConflictView, type ConflictDifference } from '../../components/ConflictView';
import type { Conflict } from './useProposalDraft';
import { copyOf, differingParts, type CopyPart, type WorkingCopy } from './workingCopy';

const EXCERPT = 120;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

/** A part of a copy as one line of text for the conflict view: the words, not the structure. */
function partText(copy: WorkingCopy, part: CopyPart, quoteTitle: (id: number | null) => string): string | null {
  if (part === 'title') return copy.title;
  if (part === 'quote') return quoteTitle(copy.quoteId);
  if (part === 'preCommunication' || part === 'selfCheck') {
    const value = copy[part];
    if (value === null) return null;
    return excerpt(
      Object.values(value)
        .filter((v): v is string => typeof v === 'string' && v !== '')
        .join(' · '),
    );
  }
  const section = copy.sections.find((s) => s.key === part);
  return section ? excerpt(sectionText(section)) : null;
}

/**
 * The proposal editor's side of the one conflict view (components/ConflictView): which parts of
 * the proposal differ between their save and this copy, with the words of each side.
 */
export function ConflictView({
  conflict,
  mine,
  busy,
  onOverwrite,
  onLoadStored,
}: {
  conflict: Conflict;
  mine: WorkingCopy;
  busy?: boolean;
  onOverwrite(): void;
  onLoadStored(): void;
}) {
  const { t } = useTranslation();
  const theirs = copyOf(conflict.stored);
  const name = (part: CopyPart) =>
    part === 'title' || part === 'quote' || part === 'preCommunication' || part === 'selfCheck'
      ? t(`proposalEditor.conflictParts.${part}`)
      : t(`proposalEditor.sections.${part}`);
  const quoteTitle = (id: number | null) =>
    id === null ? '' : id === conflict.stored.quote?.id ? conflict.stored.quote.title : `#${id}`;
  const differences: ConflictDifference[] = differingParts(mine, theirs).map((part) => ({
    key: part,
    label: name(part),
    theirs: partText(theirs, part, quoteTitle),
    mine: partText(mine, part, quoteTitle),
  }));
  return (
    <SharedConflictView
      what="proposal"
      by={null}
      at={conflict.stored.updatedAt}
      revision={conflict.stored.revision}
      differences={differences}
      busy={busy}
      onKeepMine={onOverwrite}
      onTakeTheirs={onLoadStored}
    />
  );
}
