import type { ApiErrorBody, ApiIssue, ErrorCode } from '@shared/contract';
import type { Lang, LocalizedText } from '@shared/i18n/lang';

/**
 * A refusal from the core (or a transport failure worded like one). It keeps every language's
 * wording, so a message already on screen follows a later language switch.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly messages: LocalizedText;
  readonly issues: ApiIssue[];

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.messages = body.messages;
    this.issues = body.issues ?? [];
  }

  messageIn(lang: Lang): string {
    return this.messages[lang] || this.message;
  }
}

/** Failures that never reached the core: worded here, in the core's shape. */
const TRANSPORT_MESSAGES = {
  unreachable: {
    'zh-CN': '无法连接到工作台。请确认 npm start / npm run web 仍在运行，然后重试。',
    en: 'The workbench cannot be reached. Check that npm start / npm run web is still running, then retry.',
  },
  badResponse: {
    'zh-CN': '工作台返回了无法识别的应答。',
    en: 'The workbench sent an answer that could not be read.',
  },
} satisfies Record<string, LocalizedText>;

export function transportError(kind: keyof typeof TRANSPORT_MESSAGES, lang: Lang): ApiError {
  const messages = TRANSPORT_MESSAGES[kind];
  return new ApiError({ code: 'internal', message: messages[lang], messages });
}

/** The wording of any error for the person looking at it. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof ApiError) return error.messageIn(lang);
  if (error instanceof Error) return error.message;
  return String(error);
}
