import type { ProposalDetail, ProposalWorkingCopy } from '@shared/contract';
import type { EditableSection } from '@shared/proposal';

/** What the editor changes before a save: exactly the content fields of proposals.save. */
export type WorkingCopy = ProposalWorkingCopy;

export function copyOf(p: ProposalDetail): WorkingCopy {
  return {
    title: p.title,
    quoteId: p.quote?.id ?? null,
    sections: p.sections,
    preCommunication: p.preCommunication,
    selfCheck: p.selfCheck,
  };
}

export function withSection(copy: WorkingCopy, next: EditableSection): WorkingCopy {
  return { ...copy, sections: copy.sections.map((s) => (s.key === next.key ? next : s)) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function sameCopy(a: WorkingCopy, b: WorkingCopy): boolean {
  return same(a, b);
}

/** Where two copies differ, as the conflict view names it: the title, sections, the records. */
export type CopyPart = 'title' | 'quote' | EditableSection['key'] | 'preCommunication' | 'selfCheck';

export function differingParts(mine: WorkingCopy, theirs: WorkingCopy): CopyPart[] {
  const parts: CopyPart[] = [];
  if (mine.title !== theirs.title) parts.push('title');
  if (mine.quoteId !== theirs.quoteId) parts.push('quote');
  for (const s of mine.sections) {
    const other = theirs.sections.find((o) => o.key === s.key);
    if (!other || !same(s, other)) parts.push(s.key);
  }
  if (!same(mine.preCommunication, theirs.preCommunication)) parts.push('preCommunication');
  if (!same(mine.selfCheck, theirs.selfCheck)) parts.push('selfCheck');
  return parts;
}
