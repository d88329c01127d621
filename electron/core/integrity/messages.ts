import type { LocalizedText } from '@shared/i18n/lang';

/**
 * Refusals of a file that would replace the workspace (a backup restored, an archive imported),
 * both languages; spread into errors.ts's catalogue. {source} is 备份/backup or 归档/archive,
 * {type} the kind of schema object, each worded per language.
 */
export const integrityMessages = {
  'error.restore_schema_foreign': {
    'zh-CN': '{source}中有本应用不会创建的{type}“{name}”，已拒绝；工作区未做任何更改',
    en: 'The {source} holds a {type} “{name}” that this app never creates; refused, the workspace is unchanged',
  },
  'error.restore_schema_missing': {
    'zh-CN': '{source}缺少本应用应有的{type}“{name}”，已拒绝；工作区未做任何更改',
    en: 'The {source} lacks the {type} “{name}” this app creates; refused, the workspace is unchanged',
  },
  'error.restore_schema_changed': {
    'zh-CN': '{source}中的{type}“{name}”与本应用的定义不同，已拒绝；工作区未做任何更改',
    en: 'The {type} “{name}” in the {source} differs from this app’s definition; refused, the workspace is unchanged',
  },
  'error.evidence_untrusted': {
    'zh-CN': '{source}中 {table} 表 id 为 {id} 的行无法通过核验：{problem}。已拒绝整个文件；工作区未做任何更改',
    en: 'The {table} row with id {id} in the {source} fails verification: {problem}. The whole file was refused; the workspace is unchanged',
  },
  'error.restore_rolled_back': {
    'zh-CN': '恢复后的文件无法打开（{detail}），已整体回滚到恢复前的副本 {preRestore}；工作区与恢复前相同',
    en: 'The restored file could not be opened ({detail}); everything was rolled back to the pre-restore copy {preRestore}, and the workspace is as it was',
  },
  'error.restore_rollback_failed': {
    'zh-CN':
      '恢复后的文件无法打开（{detail}），回滚也失败了。恢复前的副本是 {preRestore}（在备份文件夹中）：请将它复制为工作区文件后重新启动',
    en: 'The restored file could not be opened ({detail}) and rolling back failed too. The pre-restore copy is {preRestore} in the backups folder: copy it over the workspace file and start again',
  },
} satisfies Record<string, LocalizedText>;

export const SOURCE_WORDS = {
  backup: { 'zh-CN': '备份', en: 'backup' },
  archive: { 'zh-CN': '归档', en: 'archive' },
} satisfies Record<string, LocalizedText>;

export const SCHEMA_TYPE_WORDS: Record<string, LocalizedText> = {
  table: { 'zh-CN': '数据表', en: 'table' },
  index: { 'zh-CN': '索引', en: 'index' },
  trigger: { 'zh-CN': '触发器', en: 'trigger' },
  view: { 'zh-CN': '视图', en: 'view' },
};

export const EVIDENCE_PROBLEM_WORDS: Record<string, LocalizedText> = {
  version_unreadable: { 'zh-CN': '已发送版本的快照无法读取', en: 'the sent version’s snapshot cannot be read' },
  version_hash: {
    'zh-CN': '已发送版本的内容与其存储的哈希不符（版本被改动过）',
    en: 'the sent version’s content does not match its stored hash (the version was edited)',
  },
  version_figures: {
    'zh-CN': '已发送版本的金额与其快照不符',
    en: 'the sent version’s figures do not match its snapshot',
  },
  version_approval: {
    'zh-CN': '已发送版本引用的审批不是对这一内容的批准',
    en: 'the approval the sent version cites is not an approval of this content',
  },
  approval_unreadable: { 'zh-CN': '审批申请的快照无法读取', en: 'the approval request’s snapshot cannot be read' },
  approval_hash: {
    'zh-CN': '审批所针对的内容与其存储的哈希不符',
    en: 'the content the approval is for does not match its stored hash',
  },
  approval_no_decider: {
    'zh-CN': '审批已处理但没有审批人',
    en: 'the approval is decided but names no existing decider',
  },
  approval_decider_role: {
    'zh-CN': '审批人既不是财务也不是管理员',
    en: 'the decider is neither finance nor an admin',
  },
  approval_decider_is_requester: {
    'zh-CN': '审批人就是申请人（违反双人审核）',
    en: 'the decider is the requester (four-eyes rule broken)',
  },
};
