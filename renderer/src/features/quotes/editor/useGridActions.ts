import { useCallback, useMemo, useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import type { EditorLine, EditorQuote } from '@shared/contract';
import { withName, type Library } from './library';
import type { RowActions } from './LineRow';
import { blankLine } from './model';
import {
  copyLine,
  copyOfSection,
  insertLines,
  insertSection,
  moveLine,
  moveSection,
  removeLine,
  removeSection,
  updateLine,
  updateSection,
} from './ops';
import { isTabular, linesFromRows, parseTsv, PASTE_COLUMNS } from './paste';
import type { SectionActions } from './SectionRow';
import { isMod } from './useEditorShortcuts';

/**
 * What the grid's rows can do: one stable object each for lines and sections, so memoized rows
 * re-render only when their own values change. They read the latest state through `latest`.
 */
export function useGridActions({
  latest,
  edit,
  focus,
  seal,
  openPicker,
  notify,
  t,
}: {
  latest: RefObject<{ state: EditorQuote; library: Library }>;
  edit(change: (q: EditorQuote) => EditorQuote, tag?: string): void;
  focus(target: string): void;
  seal(): void;
  openPicker(key: string, search: string): void;
  notify(text: string): void;
  t: TFunction;
}): { rowActions: RowActions; sectionActions: SectionActions; openedDeliverables: ReadonlySet<string> } {
  const now = () => latest.current!;
  // Lines whose 说明 field was asked for in this session (a line that has one always shows it).
  const [openedDeliverables, setOpened] = useState<ReadonlySet<string>>(() => new Set());

  const addLineAt = useCallback(
    (s: number, at: number, kind: EditorLine['kind']) => {
      // A new labour line is in days, whatever the line above uses: a "6" typed into a line that
      // silently inherited hours was six hours where six days were meant.
      const line = blankLine(kind);
      edit((q) => {
        const expanded = q.sections[s]?.collapsed ? updateSection(q, s, { collapsed: false }) : q;
        return insertLines(expanded, s, at, [line]);
      });
      focus(`${line.key}:name`);
    },
    [edit, focus],
  );

  const rowActions: RowActions = useMemo(
    () => ({
      editLine(s, l, patch, cell) {
        const key = now().state.sections[s]?.lines[l]?.key;
        edit((q) => {
          const line = q.sections[s]?.lines[l];
          if (!line) return q;
          // A line that changes kind keeps its count: headcount ↔ quantity.
          const carry =
            patch.kind === 'item' && line.kind === 'labor'
              ? { quantity: line.quantity || line.headcount }
              : patch.kind === 'labor' && line.kind === 'item'
                ? { headcount: line.headcount || line.quantity }
                : {};
          return updateLine(q, s, l, { ...carry, ...patch });
        }, `${key}:${cell}`);
      },
      setName(s, l, name) {
        const { state: q0, library: lib } = now();
        const line = q0.sections[s]?.lines[l];
        if (!line) return;
        edit((q) => {
          const current = q.sections[s]?.lines[l];
          return current ? updateLine(q, s, l, withName(current, name, lib, q.currency)) : q;
        }, `${line.key}:name`);
      },
      setRateReason(s, l, reason) {
        const key = now().state.sections[s]?.lines[l]?.key;
        edit((q) => {
          const line = q.sections[s]?.lines[l];
          return line ? updateLine(q, s, l, { meta: { ...line.meta, rateReason: reason } }) : q;
        }, `${key}:rateReason`);
      },
      keyDown(e: KeyboardEvent, s, l, cell) {
        const line = now().state.sections[s]?.lines[l];
        if (!line) return;
        if (e.key === 'Enter' && !isMod(e) && !e.altKey) {
          e.preventDefault();
          // Enter: a line like this one below; Shift+Enter: a line of the other kind.
          const kind = e.shiftKey ? (line.kind === 'labor' ? 'item' : 'labor') : line.kind;
          addLineAt(s, l + 1, kind);
        } else if (isMod(e) && !e.shiftKey && e.key.toLowerCase() === 'd') {
          e.preventDefault();
          const copy = copyLine(line);
          edit((q) => insertLines(q, s, l + 1, [copy]));
          focus(`${copy.key}:${cell}`);
        } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          edit((q) => moveLine(q, s, l, e.key === 'ArrowUp' ? -1 : 1));
          focus(`${line.key}:${cell}`);
        } else if (isMod(e) && !e.shiftKey && e.key.toLowerCase() === 'k') {
          // Ctrl/⌘+K: the market reference picker for this line.
          e.preventDefault();
          openPicker(line.key, line.name);
        } else if (isMod(e) && e.shiftKey && (e.key === 'Backspace' || e.key === 'Delete')) {
          e.preventDefault();
          const lines = now().state.sections[s]!.lines;
          const neighbour = lines[l + 1] ?? lines[l - 1];
          edit((q) => removeLine(q, s, l));
          if (neighbour) focus(`${neighbour.key}:${cell}`);
        }
      },
      paste(e: ClipboardEvent<HTMLInputElement>, s, l, cell) {
        const text = e.clipboardData.getData('text/plain');
        if (!isTabular(text)) return;
        e.preventDefault();
        const { state: q0, library: lib } = now();
        const target = q0.sections[s]?.lines[l];
        if (!target) return;
        const start = (PASTE_COLUMNS as readonly string[]).includes(cell)
          ? (cell as (typeof PASTE_COLUMNS)[number])
          : 'name';
        const lines = linesFromRows(parseTsv(text), start, target.kind, lib, q0.currency);
        if (lines.length === 0) return;
        // Into an empty line, the rows replace it; otherwise they go below it.
        const blank = !target.name.trim() && !target.price.trim() && !target.cost.trim();
        edit((q) => (blank ? insertLines(removeLine(q, s, l), s, l, lines) : insertLines(q, s, l + 1, lines)));
        focus(`${lines[0]!.key}:${start}`);
        notify(t('quoteEditor.pasted', { count: lines.length }));
      },
      remove(s, l) {
        edit((q) => removeLine(q, s, l));
      },
      pickMarket(s, l) {
        const line = now().state.sections[s]?.lines[l];
        if (line) openPicker(line.key, line.name);
      },
      openDeliverable(key) {
        setOpened((opened) => (opened.has(key) ? opened : new Set(opened).add(key)));
        focus(`${key}:deliverable`);
      },
      seal,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `latest` is a ref, read at call time
    [edit, focus, seal, addLineAt, openPicker, notify, t],
  );

  const sectionActions: SectionActions = useMemo(
    () => ({
      edit(s, patch, tag) {
        edit((q) => updateSection(q, s, patch), tag);
      },
      addLine(s, kind) {
        addLineAt(s, now().state.sections[s]?.lines.length ?? 0, kind);
      },
      titleKeyDown(e, s) {
        if (e.key !== 'Enter' || isMod(e) || e.altKey) return;
        e.preventDefault();
        addLineAt(s, 0, e.shiftKey ? 'item' : 'labor');
      },
      move(s, delta) {
        edit((q) => moveSection(q, s, delta));
      },
      duplicate(s) {
        const section = now().state.sections[s];
        if (!section) return;
        const copy = copyOfSection(section, t('quoteEditor.copySuffix'));
        edit((q) => insertSection(q, s + 1, copy));
        focus(`${copy.key}:title`);
      },
      remove(s) {
        edit((q) => removeSection(q, s));
      },
      seal,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `latest` is a ref, read at call time
    [edit, focus, seal, addLineAt, t],
  );

  return { rowActions, sectionActions, openedDeliverables };
}
