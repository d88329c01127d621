import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichTextBlock } from '@shared/export';
import { blocksFromEditor, editorFromBlocks, type EditorDoc } from '@shared/proposal';
import { useRovingFocus } from '../../../components/useRovingFocus';
import { PROPOSAL_EXTENSIONS } from './extensions';

interface Props {
  /** The blocks the editor starts from; later changes of this prop are ignored (the editor owns its text). */
  initial: RichTextBlock[];
  onChange(blocks: RichTextBlock[]): void;
  label: string;
  readOnly?: boolean;
  /** Hands the editor up, so the block library can insert at its cursor. */
  onReady?(editor: Editor): void;
  onFocus?(editor: Editor): void;
}

/** One section's rich text: TipTap with a toolbar limited to what the Word export maps 1:1. */
export function RichTextEditor({ initial, onChange, label, readOnly = false, onReady, onFocus }: Props) {
  // The editor is created once; its handlers read the latest callbacks through refs.
  const changeRef = useRef(onChange);
  const focusRef = useRef(onFocus);
  useEffect(() => {
    changeRef.current = onChange;
    focusRef.current = onFocus;
  });
  const editor = useEditor({
    extensions: PROPOSAL_EXTENSIONS,
    content: editorFromBlocks(initial),
    editable: !readOnly,
    editorProps: {
      attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'rt-content' },
    },
    onUpdate: ({ editor }) => changeRef.current(blocksFromEditor(editor.getJSON() as EditorDoc)),
    onFocus: ({ editor }) => focusRef.current?.(editor),
  });
  useEffect(() => {
    if (editor) onReady?.(editor);
  }, [editor, onReady]);
  return (
    <div className="rt-editor">
      {!readOnly && editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      numbered: e.isActive('orderedList'),
      inTable: e.isActive('table'),
    }),
  });
  const roving = useRovingFocus<HTMLDivElement>();
  const chain = () => editor.chain().focus();
  const button = (key: string, label: string, active: boolean, run: () => void, text: string) => (
    <button
      key={key}
      type="button"
      className={`rt-tool${active ? ' rt-tool-active' : ''}`}
      aria-pressed={active}
      // The name starts with what the button shows ("H1 Heading 1"), so voice control can say it.
      aria-label={/[\p{L}\p{N}]/u.test(text) ? `${text} ${label}` : label}
      title={label}
      // Keep the selection in the editor: a mousedown on the button would move focus away.
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {text}
    </button>
  );
  const tb = (k: string) => t(`proposalEditor.toolbar.${k}` as 'proposalEditor.toolbar.bold');
  return (
    <div className="rt-toolbar" role="toolbar" aria-label={tb('label')} {...roving}>
      {button('p', tb('paragraph'), false, () => chain().setParagraph().run(), '¶')}
      {button('h1', tb('h1'), state.h1, () => chain().toggleHeading({ level: 1 }).run(), 'H1')}
      {button('h2', tb('h2'), state.h2, () => chain().toggleHeading({ level: 2 }).run(), 'H2')}
      {button('h3', tb('h3'), state.h3, () => chain().toggleHeading({ level: 3 }).run(), 'H3')}
      <span className="rt-sep" />
      {button('b', tb('bold'), state.bold, () => chain().toggleBold().run(), 'B')}
      {button('i', tb('italic'), state.italic, () => chain().toggleItalic().run(), 'I')}
      <span className="rt-sep" />
      {button('ul', tb('bullet'), state.bullet, () => chain().toggleBulletList().run(), '•')}
      {button('ol', tb('numbered'), state.numbered, () => chain().toggleOrderedList().run(), '1.')}
      <span className="rt-sep" />
      {button(
        'table',
        tb('table'),
        false,
        () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
        '▦',
      )}
      {state.inTable && (
        <>
          {button('row', tb('addRow'), false, () => chain().addRowAfter().run(), '+≡')}
          {button('col', tb('addColumn'), false, () => chain().addColumnAfter().run(), '+‖')}
          {button('deltable', tb('deleteTable'), false, () => chain().deleteTable().run(), '×▦')}
        </>
      )}
    </div>
  );
}
