import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import type { CurrencyCode } from '@shared/money';
import { errorMapFor } from '@shared/validation';
import { useCallMutation } from '../../../api';
import { usePreferences } from '../../../app/preferences';
import type { Column } from '../../../components/DataTable';
import { EntryTable } from '../../../components/EntryTable';
import type { SubFormProps } from '../../../components/forms/SubForm';
import { useServerErrors } from '../../../components/forms/useServerErrors';
import { LibraryRowActions } from './LibraryRowActions';

/** A library's save and delete calls: the rate card's or the market prices'. */
type LibraryCalls =
  { save: 'rateCard.save'; remove: 'rateCard.delete' } | { save: 'market.save'; remove: 'market.delete' };

/**
 * The editing of one library (rate card, market prices): a form above the list that adds an entry,
 * or changes the one whose Edit was pressed. Amounts are typed as text and checked by a schema made
 * for the currency the form shows; after a save or a cancel the form is blank again but keeps the
 * choices (currency, kind) for the next entry.
 */
export function useLibraryEditor<R extends { id: number }, I extends FieldValues & { currency: CurrencyCode }, O>({
  calls,
  schemaFor,
  defaultValues,
  blank,
  toForm,
}: {
  calls: LibraryCalls;
  /** The form's schema for the currency it shows. */
  schemaFor(currency: CurrencyCode): z.ZodType<O, I>;
  defaultValues: DefaultValues<I>;
  /** The fields a save or a cancel empties. */
  blank: Partial<I>;
  /** An entry of the list as the form shows it. */
  toForm(entry: R): I;
}) {
  const { lang } = usePreferences();
  const form = useForm<I, unknown, O>({
    defaultValues,
    resolver: ((values, context, options) =>
      zodResolver(schemaFor(values.currency), { error: errorMapFor(lang) })(values, context, options)) as Resolver<
      I,
      unknown,
      O
    >,
  });
  // The hook only places messages on fields; the transformed output type does not matter to it.
  const serverErrors = useServerErrors(form as unknown as UseFormReturn<I>);
  // The entry being changed in the form above the list; null while the form adds a new one.
  const [editing, setEditing] = useState<R | null>(null);
  const reset = () => {
    setEditing(null);
    form.reset({ ...form.getValues(), ...blank });
  };
  // The two libraries' calls take their entry (with its id when changing one) and an id to delete;
  // the union of the two names cannot type that argument, so it is said here once.
  const save = useCallMutation(calls.save as 'market.save', { onSuccess: reset, onError: serverErrors.apply });
  const remove = useCallMutation(calls.remove as 'market.delete');
  return {
    form,
    errors: form.formState.errors,
    editing,
    edit(entry: R) {
      setEditing(entry);
      form.reset(toForm(entry));
    },
    remove: (entry: R) => remove.mutate({ id: entry.id }),
    /** The props `LibraryForm` takes besides its label, look and fields. */
    formProps: {
      editing: editing !== null,
      onSubmit: form.handleSubmit((values) => {
        serverErrors.clear();
        save.mutate((editing ? { ...values, id: editing.id } : values) as never);
      }),
      onCancel: reset,
      saving: save.isPending,
      message: serverErrors.formMessage,
    },
  };
}

/**
 * A library's form: while an entry is being changed, a line says which and the buttons are
 * "Save changes" and "Cancel"; otherwise the one button adds. The refusal's message follows it.
 */
export function LibraryForm({
  editingName,
  editing,
  ...form
}: SubFormProps & {
  /** How the entry being changed is named in the status line. */
  editingName: string | undefined;
  editing: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <form className={form.className} aria-label={form.label} noValidate onSubmit={form.onSubmit}>
        {editing && (
          <p className="library-editing" role="status">
            {t('library.editing', { name: editingName })}
          </p>
        )}
        {form.children}
        <button type="submit" className="btn btn-primary" disabled={form.saving}>
          {editing ? t('library.saveChanges') : t('common.add')}
        </button>
        {editing && (
          <button type="button" className="btn" onClick={form.onCancel}>
            {t('library.cancelEdit')}
          </button>
        )}
      </form>
      {form.message && (
        <p className="form-error" role="alert">
          {form.message}
        </p>
      )}
    </>
  );
}

/** A library's list, or its "nothing yet" line; each row ends with its edit and delete buttons. */
export function LibraryTable<R extends { id: number }>({
  columns,
  nameOf,
  onEdit,
  onDelete,
  ...table
}: {
  caption: string;
  empty: string;
  items: R[];
  columns: Column<R>[];
  /** How a row is named in its buttons' labels and the delete question. */
  nameOf(row: R): string;
  onEdit(row: R): void;
  onDelete(row: R): void;
}) {
  const { t } = useTranslation();
  return (
    <EntryTable
      {...table}
      columns={[
        ...columns,
        {
          id: 'actions',
          header: t('common.actions'),
          headerHidden: true,
          cell: (r) => <LibraryRowActions name={nameOf(r)} onEdit={() => onEdit(r)} onDelete={() => onDelete(r)} />,
          fit: true,
        },
      ]}
    />
  );
}
