import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import type { ApiIssue } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import { ApiError, errorText } from '../../api';
import { usePreferences } from '../../app/preferences';
import { errorPaths } from './errorPaths';

const SERVER = 'server';

/**
 * Ties a form to the core's refusals and keeps every message in the UI language:
 * - `apply(error)` puts each issue of an ApiError on the field its path names (setError); the
 *   refusal's own message, and any issue that fits no field, become the form-level message;
 * - when the language switches, messages already on screen are worded again: the core's from the
 *   refusal (it carries every language), the form's own by validating those fields again with the
 *   resolver, which the form rebuilds with the new language's error map.
 */
export function useServerErrors<T extends FieldValues>(form: UseFormReturn<T>) {
  const { lang } = usePreferences();
  const [refusal, setRefusal] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<ApiIssue[]>([]);
  const refusalRef = useRef<unknown>(null);

  /** Put the issues on their fields; give back those that name no field of this form. */
  const place = useCallback(
    (error: unknown, inLang: Lang): ApiIssue[] => {
      if (!(error instanceof ApiError)) return [];
      const missed: ApiIssue[] = [];
      for (const issue of error.issues) {
        const name = issue.path.join('.');
        if (name && form.getValues(name as FieldPath<T>) !== undefined) {
          form.setError(name as FieldPath<T>, { type: SERVER, message: issue.messages[inLang] ?? issue.message });
        } else {
          missed.push(issue);
        }
      }
      return missed;
    },
    [form],
  );

  const apply = useCallback(
    (error: unknown) => {
      refusalRef.current = error;
      setRefusal(error);
      setUnplaced(place(error, lang));
    },
    [place, lang],
  );

  const clear = useCallback(() => {
    refusalRef.current = null;
    setRefusal(null);
    setUnplaced([]);
  }, []);

  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const paths = errorPaths(form.formState.errors);
    const own = paths.filter((p) => form.getFieldState(p as FieldPath<T>).error?.type !== SERVER);
    if (refusalRef.current) place(refusalRef.current, lang);
    if (own.length > 0) void form.trigger(own as FieldPath<T>[]);
    // Only a language switch should re-word; the form's state is read here, not watched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang]);

  const formMessage = refusal
    ? [errorText(refusal, lang), ...unplaced.map((i) => i.messages[lang] ?? i.message)].join(' ')
    : null;
  return { apply, clear, formMessage };
}
