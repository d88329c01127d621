import { Fragment, useState, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '@shared/contract';
import { errorText, useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import type { Column } from '../../components/DataTable';
import { EntryTable } from '../../components/EntryTable';
import { QueryView } from '../../components/QueryView';

/** What the form of a log panel is opened for: a new entry, or one of the list to change. */
export type LogFormTarget<T> = { mode: 'add' } | { mode: 'edit'; entry: T; focus?: string };

/**
 * A panel of a client's record that lists entries and opens a form to add or change one (visits,
 * complaints, surveys; the cost-to-serve log too): the title, the add button that hides while the
 * form is open, the form, the list. The list gets `open(entry)` for its rows' edit buttons; the
 * form is drawn afresh for each entry (and focus) it is opened for.
 */
export function LogPanel<T extends { id: number }>({
  id,
  title,
  addLabel,
  form,
  children,
}: {
  id: string;
  title: string;
  addLabel: string;
  form: (onDone: () => void, target: LogFormTarget<T>) => ReactNode;
  children: (open: (entry: T, focus?: string) => void) => ReactNode;
}) {
  const [target, setTarget] = useState<LogFormTarget<T> | null>(null);
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <div className="panel-head">
        <h2 id={`${id}-heading`} className="panel-title">
          {title}
        </h2>
        {!target && (
          <button type="button" className="btn btn-small" onClick={() => setTarget({ mode: 'add' })}>
            {addLabel}
          </button>
        )}
      </div>
      {target && (
        <Fragment key={target.mode === 'edit' ? `${target.entry.id}-${target.focus ?? ''}` : 'new'}>
          {form(() => setTarget(null), target)}
        </Fragment>
      )}
      {children((entry, focus) => setTarget({ mode: 'edit', entry, focus }))}
    </section>
  );
}

/** The client's logs a record shows, by their calls' area: each lists its entries and saves one. */
type LogSection = 'visits' | 'complaints' | 'surveys';
type EntryOf<S extends LogSection> = CallResult<`${S}.list`>['items'][number];

/**
 * A client's visit, complaint or survey log as a `LogPanel`: titled from the catalogue's section,
 * listing the client's entries (loading and errors as everywhere). The list gets the entries too.
 */
export function ClientLogPanel<S extends LogSection>({
  section,
  clientId,
  form,
  children,
}: {
  section: S;
  clientId: number;
  form: (onDone: () => void, target: LogFormTarget<EntryOf<S>>) => ReactNode;
  children: (items: EntryOf<S>[], open: (entry: EntryOf<S>, focus?: string) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  // The three list calls take the same arguments and answer `{ items }`; the name picks which.
  const list = useCallQuery(`${section}.list` as 'visits.list', { clientId }) as unknown as UseQueryResult<
    { items: EntryOf<S>[] },
    unknown
  >;
  return (
    <LogPanel<EntryOf<S>>
      id={section}
      title={t(`accounts.${section}.title`)}
      addLabel={t(`accounts.${section}.add`)}
      form={form}
    >
      {(open) => <QueryView query={list}>{({ items }) => children(items, open)}</QueryView>}
    </LogPanel>
  );
}

/** A log as a table, or the log's "nothing yet" line; each row ends with its edit and delete buttons. */
export function LogTable<T extends { id: number }>({
  columns,
  actions,
  ...table
}: {
  caption: string;
  empty: string;
  items: T[];
  columns: Column<T>[];
  actions(row: T): ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <EntryTable
      {...table}
      columns={[...columns, { id: 'actions', header: t('accounts.log.actions'), fit: true, cell: actions }]}
    />
  );
}

type DeleteCall = 'visits.delete' | 'complaints.delete' | 'surveys.delete';

/** A row's edit and delete buttons; the delete asks first and names the entry. */
export function LogRowActions({
  call,
  id,
  clientId,
  name,
  onEdit,
  extra,
}: {
  call: DeleteCall;
  id: number;
  clientId: number;
  /** How the entry reads in the buttons' labels and the question: its date and subject. */
  name: string;
  onEdit(): void;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const remove = useCallMutation(call);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="log-row-actions">
      {extra}
      <button
        type="button"
        className="btn btn-small"
        aria-label={t('accounts.log.editLabel', { name })}
        onClick={onEdit}
      >
        {t('accounts.log.edit')}
      </button>
      <button
        type="button"
        className="btn btn-small btn-danger-quiet"
        aria-label={t('accounts.log.deleteLabel', { name })}
        disabled={remove.isPending}
        onClick={() => {
          if (!window.confirm(t('accounts.log.confirmDelete', { name }))) return;
          remove.mutate({ id, clientId }, { onError: (e) => setError(errorText(e, lang)) });
        }}
      >
        {t('accounts.log.delete')}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
