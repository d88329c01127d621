import type { LocalizedText } from '../i18n/lang';
import type { FieldIssue } from '../validation/validate';

/** What can go wrong in a call, as the client sees it. Transport failures (401, 413) use the same shape. */
export const ERROR_CODES = [
  'validation',
  'not_found',
  'conflict',
  'forbidden',
  'unauthorized',
  'sign_in_required',
  'rate_limited',
  'too_large',
  'storage',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthorized: 401,
  /** No session (or it ended) in a workspace where everyone signs in: the page shows sign-in. */
  sign_in_required: 401,
  rate_limited: 429,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  /** The store cannot take the write (disk full, read-only file, locked beyond the wait): nothing changed. */
  storage: 503,
  internal: 500,
};

export interface ApiIssue {
  path: FieldIssue['path'];
  code: string;
  /** In the caller's language. */
  message: string;
  messages: LocalizedText;
}

export interface ApiErrorBody {
  code: ErrorCode;
  /** In the caller's language (zh-CN unless it asked for en). */
  message: string;
  /** The same message in every UI language. */
  messages: LocalizedText;
  issues?: ApiIssue[];
}

export type ApiResponse<T> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };
