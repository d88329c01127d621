import { useState } from 'react';
import type { QuoteFlag } from '@shared/quote';

// The engine reuses the flag objects of sections it did not recompute: identity settles most.
const sameFlag = (a: QuoteFlag, b: QuoteFlag) =>
  a === b ||
  (a.code === b.code &&
    a.severity === b.severity &&
    a.sectionIndex === b.sectionIndex &&
    a.lineIndex === b.lineIndex &&
    a.lineId === b.lineId);

/**
 * The flags, kept the same array while their content is the same: the engine returns a new array
 * on every keystroke, and at 10,000 lines redrawing an unchanged flag list was the longest task
 * after typing (issue 18). Comparing is linear and cheap; redrawing is not.
 */
export function useStableFlags(flags: QuoteFlag[]): QuoteFlag[] {
  const [kept, setKept] = useState(flags);
  const same = kept === flags || (kept.length === flags.length && flags.every((f, i) => sameFlag(f, kept[i]!)));
  // React's "state from props" pattern: a changed list replaces the kept one during this render.
  if (!same) setKept(flags);
  return same ? kept : flags;
}
