import { useEffect } from 'react';

export const isMod = (e: { ctrlKey: boolean; metaKey: boolean }) => e.ctrlKey || e.metaKey;

/**
 * Keys for the whole editor, wherever the focus is: undo, redo, save, a new section
 * (Ctrl/⌘+Shift+Enter). The grid's own keys (Enter, Ctrl+D, Ctrl+K…) live with its rows.
 */
export function useEditorShortcuts(keys: { undo(): void; redo(): void; save(): void; newSection(): void }): void {
  const { undo, redo, save, newSection } = keys;
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!isMod(e) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'enter' && e.shiftKey) {
        e.preventDefault();
        newSection();
      } else if (key === 'z') {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      } else if (key === 'y' && !e.shiftKey) {
        e.preventDefault();
        redo();
      } else if (key === 's') {
        e.preventDefault();
        save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, save, newSection]);
}
