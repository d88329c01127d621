import type { EditorQuote } from '@shared/contract';

/**
 * Undo and redo of every edit: the editor state is immutable, so a step is one reference.
 * Typing into one cell is one step, not one per keystroke: an edit carrying the same `tag` as the
 * one before it (the same cell, still focused) replaces the present instead of pushing a step.
 */
export interface History {
  past: EditorQuote[];
  present: EditorQuote;
  future: EditorQuote[];
  lastTag: string | null;
}

export type HistoryAction =
  | { type: 'edit'; change: (q: EditorQuote) => EditorQuote; tag?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A new starting point (load, restore a draft): `keepPast` lets the restore itself be undone. */
  | { type: 'reset'; state: EditorQuote; keepPast?: boolean }
  /** Close the current typing step, so the next keystroke in the same cell starts a new one. */
  | { type: 'seal' };

const LIMIT = 500;

export function initHistory(state: EditorQuote): History {
  return { past: [], present: state, future: [], lastTag: null };
}

export function historyReducer(h: History, action: HistoryAction): History {
  switch (action.type) {
    case 'edit': {
      const next = action.change(h.present);
      if (next === h.present) return h;
      if (action.tag !== undefined && action.tag === h.lastTag) return { ...h, present: next, future: [] };
      const past = h.past.length >= LIMIT ? h.past.slice(1) : h.past.slice();
      past.push(h.present);
      return { past, present: next, future: [], lastTag: action.tag ?? null };
    }
    case 'undo': {
      const previous = h.past[h.past.length - 1];
      if (!previous) return h;
      return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future], lastTag: null };
    }
    case 'redo': {
      const [next, ...future] = h.future;
      if (!next) return h;
      return { past: [...h.past, h.present], present: next, future, lastTag: null };
    }
    case 'reset':
      return {
        past: action.keepPast ? [...h.past, h.present] : [],
        present: action.state,
        future: [],
        lastTag: null,
      };
    case 'seal':
      return h.lastTag === null ? h : { ...h, lastTag: null };
  }
}
