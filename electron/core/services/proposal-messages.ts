import type { LocalizedText } from '@shared/i18n/lang';

/**
 * The proposal area's refusals, both languages (spread into errors.ts's coreMessages). Status names
 * come in as {fromZh}/{fromEn}…: a variable is filled into every language, so each gets its own word.
 */
export const proposalCoreMessages = {
  'error.proposal_transition': {
    'zh-CN': '提案不能从“{fromZh}”改为“{toZh}”，未做任何更改',
    en: 'A proposal cannot go from “{fromEn}” to “{toEn}”; nothing was changed',
  },
  'error.proposal_send_status': {
    'zh-CN': '“{statusZh}”状态的提案不能发送',
    en: 'A proposal that is “{statusEn}” cannot be sent',
  },
  'error.proposal_conflict': {
    'zh-CN': '该提案在你打开后已在别处保存（{at}），本次操作未执行；你的修改仍在编辑器中。',
    en: 'This proposal was saved elsewhere after you opened it ({at}); this was not done. Your changes are still in the editor.',
  },
  'error.proposal_locked': {
    'zh-CN': '“{statusZh}”状态的提案不能编辑；请先重新打开',
    en: 'A proposal that is “{statusEn}” cannot be edited; reopen it first',
  },
  'error.proposal_quote_other_client': {
    'zh-CN': '所选报价属于另一个客户',
    en: 'The chosen quote belongs to another client',
  },
  'error.send_no_quote': {
    'zh-CN': '提案还没有关联报价（花费部分），不能发送',
    en: 'The proposal has no quote (its cost section) and cannot be sent',
  },
  'error.send_below_cost': {
    'zh-CN': '报价低于成本（或折扣超过小计），任何情况下都不能发送',
    en: 'The quote is below cost (or its discount exceeds the subtotal); it can never be sent',
  },
  'error.send_approval_missing': {
    'zh-CN': '毛利低于底线或折扣超过上限：发送前需要财务审批这一版内容',
    en: 'The margin is under the floor or the discount is over the limit: finance must approve this exact content before it is sent',
  },
  'error.send_nothing_changed': {
    'zh-CN': '内容与已发送的第 {version} 版相同，无需再次发送',
    en: 'The content is the same as version {version}, already sent',
  },
  'error.approval_own_request': {
    'zh-CN': '不能审批自己提交的申请，请由另一位财务或管理员审批',
    en: 'Nobody decides on their own request; another finance user or admin must',
  },
  'error.approval_own_proposal': {
    'zh-CN': '不能审批自己负责的提案，请由另一位财务或管理员审批',
    en: 'Nobody decides on a proposal they own; another finance user or admin must',
  },
  'error.approval_own_quote': {
    'zh-CN': '不能审批自己负责或编写的报价，请由另一位财务或管理员审批',
    en: 'Nobody decides on a quote they own or wrote; another finance user or admin must',
  },
  'error.send_below_cost_with_options': {
    'zh-CN': '客户选用全部可选项时报价低于成本，任何情况下都不能发送；请调整可选项的价格',
    en: 'With all its options the quote is below cost, so it can never be sent; reprice the options',
  },
  'error.send_validity_expired': {
    'zh-CN': '报价有效期（{date}）已过，不能发送；请在报价中更新有效期后再发送',
    en: 'The quote’s validity date ({date}) has passed, so it cannot be sent; renew it in the quote, then send',
  },
  'error.approval_decided': {
    'zh-CN': '该申请已经处理过，不能再次审批',
    en: 'This request has already been decided',
  },
  'error.approval_stale': {
    'zh-CN': '提案在申请后已修改，此申请已失效；请客户经理按当前内容重新申请',
    en: 'The proposal changed after this request, so the request no longer applies; the account lead must request again',
  },
  'error.approval_not_needed': {
    'zh-CN': '毛利和折扣都在规定范围内，无需财务审批',
    en: 'The margin and discount are within the rules; no approval is needed',
  },
  'error.approval_exists': {
    'zh-CN': '这一版内容已有审批申请（{statusZh}）',
    en: 'This exact content already has a request ({statusEn})',
  },
} satisfies Record<string, LocalizedText>;

/** Status words for refusals (the UI has its own in its catalogues). */
export const STATUS_WORDS: Record<string, LocalizedText> = {
  draft: { 'zh-CN': '草稿', en: 'draft' },
  pre_communicated: { 'zh-CN': '已预沟通', en: 'pre-communicated' },
  sent: { 'zh-CN': '已发送', en: 'sent' },
  negotiating: { 'zh-CN': '洽谈中', en: 'negotiating' },
  won: { 'zh-CN': '已中标', en: 'won' },
  lost: { 'zh-CN': '未中标', en: 'lost' },
  archived: { 'zh-CN': '已归档', en: 'archived' },
  pending: { 'zh-CN': '待审批', en: 'pending' },
  approved: { 'zh-CN': '已批准', en: 'approved' },
  rejected: { 'zh-CN': '已驳回', en: 'rejected' },
  superseded: { 'zh-CN': '已失效', en: 'superseded' },
};

/** {name}Zh / {name}En variables for a status word. */
export function statusVars(name: string, status: string): Record<string, string> {
  const word = STATUS_WORDS[status] ?? { 'zh-CN': status, en: status };
  return { [`${name}Zh`]: word['zh-CN'], [`${name}En`]: word.en };
}
