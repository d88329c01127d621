import { useState, type ReactNode } from 'react';

/**
 * A panel of a client's record that lists entries and opens a form to add one (visits, complaints,
 * surveys): the title, the add button that hides while the form is open, the form, the list.
 */
export function LogPanel({
  id,
  title,
  addLabel,
  form,
  children,
}: {
  id: string;
  title: string;
  addLabel: string;
  form: (onDone: () => void) => ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <div className="panel-head">
        <h2 id={`${id}-heading`} className="panel-title">
          {title}
        </h2>
        {!open && (
          <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
            {addLabel}
          </button>
        )}
      </div>
      {open && form(() => setOpen(false))}
      {children}
    </section>
  );
}
