import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import type * as z from 'zod';
import type { CallArgs } from '@shared/contract';
import { errorMapFor } from '@shared/validation';
import { useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { useServerErrors } from '../../components/forms/useServerErrors';

type SaveCall = 'visits.save' | 'complaints.save' | 'surveys.save';

/**
 * The form of one log entry (visit, complaint, survey): checked by the contract's own schema in the
 * UI language, saved by its call, the core's refusals placed on the fields, closed once saved.
 * What it returns is what `SubForm` and the fields need.
 */
export function useLogForm<N extends SaveCall, V extends FieldValues & CallArgs<N>>({
  call,
  schema,
  defaultValues,
  onDone,
}: {
  call: N;
  schema: z.ZodType<unknown, V>;
  defaultValues: DefaultValues<V>;
  onDone(): void;
}) {
  const { lang } = usePreferences();
  const form = useForm<V>({
    resolver: zodResolver(schema as z.ZodType<V, V>, { error: errorMapFor(lang) }) as Resolver<V>,
    defaultValues,
  });
  const serverErrors = useServerErrors(form);
  const save = useCallMutation(call, { onSuccess: onDone, onError: serverErrors.apply });
  return {
    form,
    errors: form.formState.errors,
    /** The props `SubForm` takes besides its label. */
    subForm: {
      onSubmit: form.handleSubmit((v) => {
        serverErrors.clear();
        save.mutate(v);
      }),
      onCancel: onDone,
      saving: save.isPending,
      message: serverErrors.formMessage,
    },
  };
}
