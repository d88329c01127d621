import type { Lang } from '@shared/i18n/lang';
import { ApiError, errorText } from '../../api';

/** A refusal as one line in the UI language: the message and each field issue's own words. */
export function refusalText(error: unknown, lang: Lang): string {
  if (!(error instanceof ApiError)) return errorText(error, lang);
  return [error.messageIn(lang), ...error.issues.map((i) => i.messages[lang] ?? i.message)].join(' ');
}
