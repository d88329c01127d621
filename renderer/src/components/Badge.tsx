import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'progress' | 'success' | 'danger' | 'warning' | 'muted';

/** A status word with a colour; the word carries the meaning, the colour only helps scanning. */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
