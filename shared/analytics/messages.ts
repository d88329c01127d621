import type { MessageCatalog } from '../validation/catalog';

/** Wording of the client area's own validation rules, in both UI languages. */
export const clientMessages = {
  'clients.invalid_email': { 'zh-CN': '电子邮箱格式无效', en: 'Not a valid e-mail address' },
  'clients.birthday_future': { 'zh-CN': '生日不能晚于今天', en: 'A birthday cannot be in the future' },
  'care.resolved_before_received': {
    'zh-CN': '解决日期不能早于收到日期',
    en: 'Resolved on cannot be before the day it was received',
  },
  'rates.invalid': {
    'zh-CN': '汇率须为正数，最多 6 位小数（如 7.1234）',
    en: 'A rate is a positive number with at most 6 decimals (e.g. 7.1234)',
  },
  'audit.range_reversed': {
    'zh-CN': '结束日期不能早于开始日期',
    en: 'The end date cannot be before the start date',
  },
  'audit.id_without_kind': {
    'zh-CN': '按编号筛选时须同时选择对象类型',
    en: 'Choose the kind of object to filter by its number',
  },
  'clientSettings.bands_order': {
    'zh-CN': '天数须依次递增：瞌睡 < 半睡 < 沉睡',
    en: 'The days must increase: dozing < half asleep < asleep',
  },
  'clientSettings.frequency_order': {
    'zh-CN': 'A 级频次须不低于 B 级',
    en: 'The A frequency must be at least the B frequency',
  },
} satisfies MessageCatalog;
