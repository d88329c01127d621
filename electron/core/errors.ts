import type { ErrorCode } from '@shared/contract';
import { hostMessages } from '@shared/host/messages';
import type { LocalizedText } from '@shared/i18n/lang';
import type { FieldIssue } from '@shared/validation';
import { integrityMessages } from './integrity/messages';
import { collectionCoreMessages } from './services/collection-messages';
import { proposalCoreMessages } from './services/proposal-messages';
import { fillText, type FillVar } from '@shared/i18n/fill';

/** The core's own refusals, worded in every UI language. */
export const coreMessages = {
  ...hostMessages,
  ...proposalCoreMessages,
  ...integrityMessages,
  ...collectionCoreMessages,
  // What the store itself refuses (db/storage-faults.ts): each its own cause and remedy, never "internal".
  'error.storage_disk_full': {
    'zh-CN': '磁盘空间已满，本次更改未保存，数据未更改。请释放磁盘空间后重试。',
    en: 'The disk is full: this change was not saved and nothing was changed. Free some disk space and try again.',
  },
  'error.storage_read_only': {
    'zh-CN':
      '工作区文件是只读的（或所在位置不可写），本次更改未保存，数据未更改。请检查文件权限，或把工作区复制到可写的位置再打开。',
    en: 'The workspace file is read-only (or its location cannot be written): this change was not saved and nothing was changed. Check its permissions, or copy the workspace somewhere writable and open it there.',
  },
  'error.storage_busy': {
    'zh-CN': '工作区正被另一个程序写入，等待后仍未轮到，本次更改未保存，数据未更改。请稍后重试。',
    en: 'Another program is writing to the workspace and the wait ran out: this change was not saved and nothing was changed. Try again in a moment.',
  },
  'error.workspace_damaged': {
    'zh-CN': '工作区文件未通过完整性检查，已停止写入，以免损坏扩大。请从最新备份恢复：{backup}',
    en: 'The workspace file failed its integrity check, so nothing more is written to it. Restore the newest backup: {backup}',
  },
  'error.already_initialized': { 'zh-CN': '工作区已经初始化', en: 'The workspace is already set up' },
  'error.not_initialized': { 'zh-CN': '工作区尚未初始化', en: 'The workspace is not set up yet' },
  'error.user_not_found': { 'zh-CN': '找不到该用户', en: 'User not found' },
  'error.last_admin': {
    'zh-CN': '至少需要保留一位启用的管理员',
    en: 'At least one active admin must remain',
  },
  'error.sign_in_required': {
    'zh-CN': '请先登录：此工作区有多位用户，每个人都需要登录',
    en: 'Sign in first: this workspace has several users, and everyone signs in',
  },
  'error.role_required': {
    'zh-CN': '此操作需要{roles}角色；{name}是{role}',
    en: 'This needs the {roles} role; {name} is {role}',
  },
  'error.user_inactive': {
    'zh-CN': '该用户不存在或已停用，不能操作',
    en: 'That user does not exist or is deactivated and cannot act',
  },
  'error.sign_in_failed': {
    'zh-CN': '密码错误，或该用户已停用',
    en: 'Wrong password, or the user is deactivated',
  },
  'error.sign_in_rate_limited': {
    'zh-CN': '登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'Too many failed sign-ins; try again in {minutes} min',
  },
  'error.current_password_wrong': {
    'zh-CN': '当前密码不正确，密码未更改',
    en: 'The current password is wrong; the password was not changed',
  },
  'error.admin_password_needed': {
    'zh-CN': '有两位以上用户时每个人都要登录，至少一位启用的管理员必须设置密码；请先在“我的账户”中设置你自己的密码',
    en: 'With two or more users everyone signs in, so at least one active admin needs a password; set your own under “My account” first',
  },
  'error.client_has_work': {
    'zh-CN': '该客户已有 {quotes} 份报价、{proposals} 份提案，不能删除；可改为归档（状态设为已放弃）',
    en: 'This client has {quotes} quotes and {proposals} proposals and cannot be deleted; archive it (status let go) instead',
  },
  'error.rate_same_currency': {
    'zh-CN': '无需为工作区货币 {currency} 设置汇率',
    en: 'The workspace currency {currency} needs no exchange rate',
  },
  'error.key_account_exists': { 'zh-CN': '该客户已是大客户', en: 'This client is already a key account' },
  'error.key_account_missing': { 'zh-CN': '该客户目前不是大客户', en: 'This client is not a key account' },
  'error.quote_conflict': {
    'zh-CN': '该报价已在别处保存（修订 {revision}，{by}，{at}），本次保存未写入。你的修改仍保留在编辑器中。',
    en: 'This quote was saved elsewhere as revision {revision} ({by}, {at}); this save was not written. Your changes are still in the editor.',
  },
  'error.quote_in_use': {
    'zh-CN': '该报价已被提案“{proposal}”引用，不能删除',
    en: 'The proposal “{proposal}” uses this quote; it cannot be deleted',
  },
  'error.team_file_only': {
    'zh-CN':
      '团队工作区的数据在服务器的 PostgreSQL 中：备份、恢复和归档导入由管理员在服务器上用 pg_dump / pg_restore 完成（见 docs/team-server.md）',
    en: 'A team workspace lives in the server’s PostgreSQL: backups, restores and archive imports are done there by the administrator with pg_dump / pg_restore (see docs/team-server.md)',
  },
  'error.archive_not_empty': {
    'zh-CN': '只能导入到空的工作区；请先新建一个工作区文件（--db）再导入',
    en: 'An archive can only be imported into an empty workspace; open a new workspace file (--db) first',
  },
  'error.archive_too_large': { 'zh-CN': '归档文件过大', en: 'The archive file is too large' },
  'error.archive_not_gzip': {
    'zh-CN': '不是工作台归档文件（应为 .json.gz）',
    en: 'Not a workbench archive (expected a .json.gz file)',
  },
  'error.archive_inflates_too_far': {
    'zh-CN': '归档解压后过大，已拒绝（可能是恶意文件）',
    en: 'The archive expands to an unreasonable size and was refused',
  },
  'error.archive_truncated': {
    'zh-CN': '归档文件不完整（可能下载或复制时被截断），未做任何更改',
    en: 'The archive file is incomplete (cut short while downloading or copying); nothing was changed',
  },
  'error.archive_not_json': {
    'zh-CN': '归档内容不是有效的 JSON：{detail}',
    en: 'The archive is not valid JSON: {detail}',
  },
  'error.archive_invalid': { 'zh-CN': '归档结构不正确', en: 'The archive does not have the expected structure' },
  'error.archive_newer': {
    'zh-CN': '归档来自更新版本的应用（架构版本 {version}），请先升级应用',
    en: 'The archive comes from a newer version of the app (schema {version}); update the app first',
  },
  'error.archive_unknown_table': {
    'zh-CN': '归档包含未知的数据表：{table}',
    en: 'The archive holds an unknown table: {table}',
  },
  'error.archive_rejected_rows': {
    'zh-CN': '归档中 {table} 的数据无法写入：{detail}',
    en: 'Rows of {table} in the archive were refused: {detail}',
  },
  'error.csv_invalid': {
    'zh-CN': 'CSV 文件有 {count} 处问题，未导入任何数据。{first}',
    en: 'The CSV file has {count} problem(s); nothing was imported. {first}',
  },
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

/** A value put into a message: the same in every language, or worded per language. */
export type MessageVar = FillVar;

export function localize(key: CoreMessageKey, vars: Record<string, MessageVar> = {}): LocalizedText {
  return fillText(coreMessages[key], vars);
}

/** A refusal a handler means to give: it reaches the caller as it is. Anything else is `internal`. */
export class CoreError extends Error {
  readonly messages: LocalizedText;
  constructor(
    readonly code: ErrorCode,
    key: CoreMessageKey,
    vars: Record<string, MessageVar> = {},
    readonly issues?: FieldIssue[],
  ) {
    const messages = localize(key, vars);
    super(messages.en);
    this.messages = messages;
  }
}
