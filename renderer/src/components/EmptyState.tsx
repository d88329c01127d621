import type { ReactNode } from 'react';

/**
 * An area with nothing to show yet. It teaches what the area is for and says honestly when its
 * editor comes, instead of offering buttons that do nothing.
 */
export function EmptyState({
  title,
  body,
  later,
  children,
}: {
  title: string;
  body: string;
  later?: string;
  children?: ReactNode;
}) {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">{title}</h2>
      <p>{body}</p>
      {later && <p className="empty-later">{later}</p>}
      {children}
    </section>
  );
}
