import type { MessageCatalog } from '../validation/catalog';

/** The proposal area's own validation wording, both languages. */
export const proposalMessages = {
  'proposal.phase_end_before_start': { 'zh-CN': '结束日期早于开始日期', en: 'The end date is before the start date' },
  'proposal.duplicate_section': { 'zh-CN': '同一部分出现了两次', en: 'A section appears twice' },
  'proposal.loss_reason_required': {
    'zh-CN': '标记为未中标时必须选择原因',
    en: 'Choose a reason when marking the proposal lost',
  },
  'proposal.loss_note_required': {
    'zh-CN': '原因为“其他”时请写明具体原因',
    en: 'Describe the reason when it is “other”',
  },
  'proposal.no_precomm_reason_required': {
    'zh-CN': '没有沟通性提案记录：请说明为什么不经预先沟通就发送',
    en: 'There is no pre-communication record: say why it goes out without one',
  },
  'proposal.precomm_missing': {
    'zh-CN': '请先记录沟通性提案要点（日期、方式、对象、已达成的费用共识）',
    en: 'Record the pre-communication first (date, channel, with whom, what was agreed on cost)',
  },
  'proposal.warnings_not_acknowledged': {
    'zh-CN': '请先确认已看过发送前的提醒',
    en: 'Confirm that you have read the warnings before sending',
  },
} satisfies MessageCatalog;
