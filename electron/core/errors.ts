import type { ErrorCode } from '@shared/contract';
import type { LocalizedText } from '@shared/i18n/lang';
import type { FieldIssue } from '@shared/validation';

/** The core's own refusals, worded in every UI language. */
export const coreMessages = {
  'error.validation': { 'zh-CN': '输入有误，请检查标出的字段', en: 'Some fields are invalid; check the marked fields' },
  'error.unknown_call': { 'zh-CN': '没有名为 {name} 的接口', en: 'There is no call named {name}' },
  'error.internal': {
    'zh-CN': '内部错误，操作未完成，数据未更改。详情已写入日志。',
    en: 'Internal error: the operation did not complete and nothing was changed. Details are in the log.',
  },
  'error.already_initialized': { 'zh-CN': '工作区已经初始化', en: 'The workspace is already set up' },
  'error.not_initialized': { 'zh-CN': '工作区尚未初始化', en: 'The workspace is not set up yet' },
  'error.user_not_found': { 'zh-CN': '找不到该用户', en: 'User not found' },
  'error.last_admin': {
    'zh-CN': '至少需要保留一位启用的管理员',
    en: 'At least one active admin must remain',
  },
  'error.unauthorized': { 'zh-CN': '缺少或错误的访问令牌', en: 'Missing or wrong access token' },
  'error.forbidden_origin': { 'zh-CN': '拒绝来自其他来源的请求', en: 'Requests from other origins are refused' },
  'error.too_large': { 'zh-CN': '请求内容过大', en: 'The request body is too large' },
  'error.bad_json': { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'error.method': { 'zh-CN': '只接受 POST 请求', en: 'Only POST is accepted' },
  'error.not_found': { 'zh-CN': '找不到该资源', en: 'Not found' },
  'error.backup_not_found': { 'zh-CN': '找不到该备份文件', en: 'Backup file not found' },
  'error.backup_unreadable': {
    'zh-CN': '该备份文件已损坏或不是工作台数据库（{problem}），未做任何更改',
    en: 'The backup is damaged or not a workbench database ({problem}); nothing was changed',
  },
  'error.backup_newer': {
    'zh-CN': '该备份来自更新版本的应用（架构版本 {version}），请先升级应用',
    en: 'The backup comes from a newer version of the app (schema {version}); update the app first',
  },
} satisfies Record<string, LocalizedText>;
export type CoreMessageKey = keyof typeof coreMessages;

export function localize(key: CoreMessageKey, vars: Record<string, string | number> = {}): LocalizedText {
  const t = coreMessages[key];
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (all, n: string) => (n in vars ? String(vars[n]) : all));
  return { 'zh-CN': fill(t['zh-CN']), en: fill(t.en) };
}

/** A refusal a handler means to give: it reaches the caller as it is. Anything else is `internal`. */
export class CoreError extends Error {
  readonly messages: LocalizedText;
  constructor(
    readonly code: ErrorCode,
    key: CoreMessageKey,
    vars: Record<string, string | number> = {},
    readonly issues?: FieldIssue[],
  ) {
    const messages = localize(key, vars);
    super(messages.en);
    this.messages = messages;
  }
}
