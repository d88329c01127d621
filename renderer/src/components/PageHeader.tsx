import type { ReactNode } from 'react';

/** The top of every screen: one h1 (focus lands here after a keyboard jump), a line of context. */
export function PageHeader({ title, subtitle, aside }: { title: string; subtitle?: string; aside?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1 id="page-title" tabIndex={-1}>
          {title}
        </h1>
        {subtitle && <p className="page-subtitle">{subtitle}</p>}
      </div>
      {aside && <div className="page-header-aside">{aside}</div>}
    </header>
  );
}
