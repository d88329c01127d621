import type { LocalizedText } from '@shared/i18n/lang';

/** The collection area's refusals (DOMAIN.md §7), both languages; spread into errors.ts's coreMessages. */
export const collectionCoreMessages = {
  'error.plan_not_won': {
    'zh-CN': '只有已中标的提案才能设置付款计划',
    en: 'Only a won proposal can have a payment plan',
  },
  'error.plan_has_activity': {
    'zh-CN': '该付款计划已有开票或收款记录，不能整体替换；未做任何更改',
    en: 'This payment plan already has invoices or payments on record and cannot be replaced; nothing was changed',
  },
  'error.no_plan': { 'zh-CN': '该提案还没有付款计划', en: 'This proposal has no payment plan yet' },
  'error.cost_no_rate': {
    'zh-CN': '价目表中没有“{role}”在 {date} 生效的成本价（{currency}）；请先在价目表中添加',
    en: 'The rate card has no cost rate for “{role}” in force on {date} ({currency}); add one to the rate card first',
  },
  'error.acceptance_exists': {
    'zh-CN': '该提案已记录客户确认（{date}）',
    en: 'This proposal already has a recorded acceptance ({date})',
  },
  'error.acceptance_status': {
    'zh-CN': '只有已发送或谈判中的提案才能记录客户确认',
    en: 'Only a sent or negotiating proposal can record the client’s acceptance',
  },
  'error.version_not_found': { 'zh-CN': '找不到该发送版本', en: 'That sent version does not exist' },
  'error.scan_type': {
    'zh-CN': '签字扫描件须为 PDF、PNG 或 JPEG 文件',
    en: 'The signed scan must be a PDF, PNG or JPEG file',
  },
} satisfies Record<string, LocalizedText>;
