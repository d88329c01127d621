import { useCallback, useState } from 'react';
import {
  clampWidth,
  DEFAULT_GRID_LAYOUT,
  gridLayoutKey,
  readGridLayout,
  type GridLayout,
  type HideableColumn,
  type ResizableColumn,
} from '@shared/quote/grid-layout';

function load(key: string): GridLayout {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? DEFAULT_GRID_LAYOUT : readGridLayout(JSON.parse(raw));
  } catch {
    // Unreadable JSON or storage refused: the grid starts as shipped.
    return DEFAULT_GRID_LAYOUT;
  }
}

export interface GridLayoutControls {
  layout: GridLayout;
  setHidden(column: HideableColumn, hidden: boolean): void;
  setWidth(column: ResizableColumn, px: number): void;
  reset(): void;
}

/**
 * The signed-in user's grid layout on this machine (localStorage, keyed by user id: two people
 * sharing a laptop keep their own). Every change is written at once, so a reload shows it.
 */
export function useGridLayout(userId: number): GridLayoutControls {
  const key = gridLayoutKey(userId);
  const [state, setState] = useState(() => ({ key, layout: load(key) }));
  // Another user signed in in this window: their layout, not the last one's (React's "adjust state
  // while rendering" pattern, so the old layout is never drawn for the new user).
  if (state.key !== key) setState({ key, layout: load(key) });
  const layout = state.key === key ? state.layout : load(key);

  const update = useCallback(
    (change: (current: GridLayout) => GridLayout) => {
      setState((current) => {
        const next = change(current.key === key ? current.layout : load(key));
        try {
          window.localStorage.setItem(key, JSON.stringify(next));
        } catch {
          // Storage refused (a private window): the layout holds until the window closes.
        }
        return { key, layout: next };
      });
    },
    [key],
  );

  const setHidden = useCallback(
    (column: HideableColumn, hidden: boolean) =>
      update((l) => ({
        ...l,
        hidden: hidden ? [...l.hidden.filter((c) => c !== column), column] : l.hidden.filter((c) => c !== column),
      })),
    [update],
  );
  const setWidth = useCallback(
    (column: ResizableColumn, px: number) =>
      update((l) => ({ ...l, widths: { ...l.widths, [column]: clampWidth(column, px) } })),
    [update],
  );
  const reset = useCallback(() => update(() => DEFAULT_GRID_LAYOUT), [update]);
  return { layout, setHidden, setWidth, reset };
}
