import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

const ITEMS = 'button:not([disabled]), [role="radio"]:not([aria-disabled="true"])';

function itemsOf(root: HTMLElement | null): HTMLElement[] {
  return root ? [...root.querySelectorAll<HTMLElement>(ITEMS)] : [];
}

/**
 * The ARIA toolbar pattern: the group is one Tab stop, ←/→ (and Home/End) move between its
 * buttons, and Tab comes back to the one used last. Seven section editors each with a dozen
 * buttons would otherwise be eighty-odd Tab presses.
 */
export function useRovingFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // After every render (buttons come and go, e.g. the table tools): exactly one item is tabbable.
  useLayoutEffect(() => {
    const items = itemsOf(ref.current);
    const current = items.find((el) => el.tabIndex === 0 && el.dataset.roving === 'on') ?? items[0];
    for (const el of items) {
      el.tabIndex = el === current ? 0 : -1;
      el.dataset.roving = el === current ? 'on' : 'off';
    }
  });
  const onFocus = (e: FocusEvent<T>) => {
    const items = itemsOf(ref.current);
    if (!items.includes(e.target as HTMLElement)) return;
    for (const el of items) {
      el.tabIndex = el === e.target ? 0 : -1;
      el.dataset.roving = el === e.target ? 'on' : 'off';
    }
  };
  const onKeyDown = (e: KeyboardEvent<T>) => {
    const items = itemsOf(ref.current);
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const next =
      e.key === 'ArrowRight'
        ? (at + 1) % items.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + items.length) % items.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? items.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    items[next]!.focus();
  };
  return { ref, onFocus, onKeyDown };
}
