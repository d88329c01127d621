import type { ProposalDetail } from '@shared/contract';
import type { EditableSection, PreCommunication, SelfCheck } from '@shared/proposal';

/** What the editor changes before a save: exactly the fields of proposals.save. */
export interface WorkingCopy {
  title: string;
  quoteId: number | null;
  sections: EditableSection[];
  preCommunication: PreCommunication | null;
  selfCheck: SelfCheck | null;
}

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
