import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { ProposalDetail } from '@shared/contract';
import type { EditableSection } from '@shared/proposal';
import { NotesEditor } from './NotesEditor';
import { PhasesEditor } from './PhasesEditor';
import { QuoteLink } from './QuoteLink';
import { RichTextEditor } from './richtext/RichTextEditor';

interface Props {
  section: EditableSection;
  proposal: ProposalDetail;
  quoteId: number | null;
  readOnly: boolean;
  /** Identity of the loaded copy: a new one remounts the rich-text editor with its text. */
  loadKey: string;
  onChange(next: EditableSection): void;
  onQuoteChange(id: number | null): void;
  onEditorFocus(editor: Editor, key: EditableSection['key']): void;
}

/** One of the seven sections: its rich text, its notes, and what only it has (the quote, the phases). */
export function SectionEditor({
  section,
  proposal,
  quoteId,
  readOnly,
  loadKey,
  onChange,
  onQuoteChange,
  onEditorFocus,
}: Props) {
  const { t } = useTranslation();
  const title = t(`proposalEditor.sections.${section.key}`);
  const headingId = `section-${section.key}`;
  return (
    <section className="panel pe-section" aria-labelledby={headingId} data-section={section.key}>
      <h2 id={headingId} className="panel-title">
        {title}
      </h2>
      <p className="muted pe-hint">{t(`proposalEditor.sectionHints.${section.key}`)}</p>
      {section.key === 'cost' && (
        <QuoteLink proposal={proposal} quoteId={quoteId} onChange={onQuoteChange} readOnly={readOnly} />
      )}
      {section.key === 'plan' && (
        <PhasesEditor
          phases={section.phases ?? []}
          readOnly={readOnly}
          onChange={(phases) => onChange({ ...section, phases })}
        />
      )}
      <RichTextEditor
        key={loadKey}
        initial={section.blocks}
        label={t('proposalEditor.editorLabel', { section: title })}
        readOnly={readOnly}
        onChange={(blocks) => onChange({ ...section, blocks })}
        onFocus={(editor) => onEditorFocus(editor, section.key)}
      />
      <NotesEditor notes={section.notes} readOnly={readOnly} onChange={(notes) => onChange({ ...section, notes })} />
    </section>
  );
}
