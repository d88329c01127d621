import type { MessageCatalog } from '../validation/catalog';

/** Wording of the collection area's own rules (DOMAIN.md §7), in both UI languages. */
export const collectionMessages = {
  'collection.percent_or_amount': {
    'zh-CN': '每个付款节点须填写比例或金额，二者选一',
    en: 'Each milestone needs a percent or an amount, not both',
  },
  'collection.due_rule': {
    'zh-CN': '每个付款节点须填写到期日，或触发事件加天数',
    en: 'Each milestone needs a due date, or a trigger plus days',
  },
  'collection.plan_over_total': {
    'zh-CN': '付款节点合计 {sum} 超过中标总额 {total}；未做任何更改',
    en: 'The milestones add up to {sum}, more than the won total {total}; nothing was changed',
  },
  'collection.plan_under_total': {
    'zh-CN': '按金额的付款节点合计 {sum}，少于中标总额 {total}；请补足或改用比例',
    en: 'The amount milestones add up to {sum}, less than the won total {total}; cover it or use a percent',
  },
  'collection.plan_empty': { 'zh-CN': '至少需要一个付款节点', en: 'A plan needs at least one milestone' },
  'collection.received_over_due': {
    'zh-CN': '收款 {amount} 超过该节点未收金额 {open}；未做任何更改',
    en: 'Receiving {amount} would pass the {open} still due on this milestone; nothing was changed',
  },
  'collection.month': { 'zh-CN': '月份无效，应为 YYYY-MM', en: 'Invalid month, expected YYYY-MM' },
  'collection.reason_required': {
    'zh-CN': '覆盖赢单概率时须说明理由',
    en: 'Overriding the win probability needs a reason',
  },
  'collection.duration': {
    'zh-CN': '须填写天数或小时数，二者选一，且大于 0',
    en: 'Give days or hours (one of them), above 0',
  },
} satisfies MessageCatalog;
