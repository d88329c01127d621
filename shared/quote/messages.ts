import type { LocalizedText } from '../i18n/lang';
import type { MessageCatalog } from '../validation/catalog';
import type { QuoteFlagCode } from './flags';

/**
 * Validation messages of the quote interchange format and the quote editor, by key (see
 * shared/validation). Field messages get `{label}`, the field's name in each language (the shared
 * catalogue's `fields`): never its JSON key, which the path carries already (issue 15).
 */
export const quoteMessages = {
  'quote.unsupported_format': {
    'zh-CN': '不支持的报价文件格式：本程序读取 {expected}，该文件可能来自更新版本的工作台',
    en: 'Unsupported quote file format: this app reads {expected}; the file may come from a newer version',
  },
  'quote.decimal_invalid': {
    'zh-CN': '{label}应为数字文本，如 "3.5"，最多 {places} 位小数',
    en: '{label} must be a decimal number written as text, e.g. "3.5", with at most {places} decimal places',
  },
  'quote.decimal_too_many_places': {
    'zh-CN': '{label}最多 {places} 位小数',
    en: '{label} allows at most {places} decimal places',
  },
  'quote.decimal_negative': {
    'zh-CN': '{label}不能为负数',
    en: '{label} must not be negative',
  },
  'quote.decimal_not_positive': {
    'zh-CN': '{label}必须大于 0',
    en: '{label} must be greater than 0',
  },
  'quote.decimal_too_large': {
    'zh-CN': '{label}不能超过 {max}',
    en: '{label} must not exceed {max}',
  },
  'quote.money_not_integer': {
    'zh-CN': '{label}应为以最小货币单位（如“分”）计的整数，例如 ¥12,345.67 写作 1234567',
    en: '{label} must be a whole number of minor units (e.g. fen): ¥12,345.67 is written 1234567',
  },
  'quote.money_negative': {
    'zh-CN': '{label}不能为负数',
    en: '{label} must not be negative',
  },
  'quote.money_too_large': {
    'zh-CN': '{label}超出可精确计算的范围（最大 {max} 个最小货币单位）',
    en: '{label} is beyond the exactly computable range (at most {max} minor units)',
  },
  'quote.text_required': {
    'zh-CN': '请填写{label}',
    en: '{label} is required',
  },
  'quote.text_too_long': {
    'zh-CN': '{label}不能超过 {max} 个字符（当前 {length} 个）',
    en: '{label} must be at most {max} characters (it has {length})',
  },
  'quote.level_range': {
    'zh-CN': '{label}应为 1 到 5 的整数',
    en: '{label} must be a whole number from 1 to 5',
  },
  'quote.labor_days_and_hours': {
    'zh-CN': '人工明细只能填写天数或小时数其中之一，不能同时填写',
    en: 'A labor line takes days or hours, not both',
  },
  'quote.labor_duration_missing': {
    'zh-CN': '人工明细需要填写天数或小时数',
    en: 'A labor line needs days or hours',
  },
  'quote.discount_percent_and_amount': {
    'zh-CN': '折扣只能按比例或按金额其中一种给出，不能同时给出',
    en: 'A discount is either a percent or an amount, not both',
  },
  'quote.discount_value_missing': {
    'zh-CN': '折扣需要填写比例或金额',
    en: 'A discount needs a percent or an amount',
  },
  'quote.discount_over_subtotal': {
    'zh-CN': '折扣金额 {amount} 超过了小计 {subtotal}：折扣不能超过小计',
    en: 'The discount amount {amount} exceeds the subtotal {subtotal}: a discount can never exceed the subtotal',
  },
  'quote.too_many_sections': {
    'zh-CN': '一份报价最多 {max} 个章节，当前 {count} 个',
    en: 'A quote has at most {max} sections; this one has {count}',
  },
  'quote.too_many_lines': {
    'zh-CN': '一份报价最多 {max} 条明细，当前 {count} 条',
    en: 'A quote has at most {max} lines in total; this one has {count}',
  },
  'quote.amount_too_large': {
    'zh-CN': '金额超出可精确计算的范围（最大 {max} 个最小货币单位），请检查数量和单价',
    en: 'An amount is beyond the exactly computable range (at most {max} minor units); check quantities and rates',
  },
  'quote.workload_too_large': {
    'zh-CN': '工作量（人数 × 时长）过大，超出可精确计算的范围，请检查人数和天数/小时数',
    en: 'The workload (headcount × duration) is too large to compute exactly; check headcount and days/hours',
  },
  'quote.invalid_json': {
    'zh-CN': '文件不是有效的 JSON：第 {line} 行第 {column} 列有误',
    en: 'The file is not valid JSON: error at line {line}, column {column}',
  },
  'quote.file_too_large': {
    'zh-CN': '文件过大（{size} MB），报价文件最大 {max} MB',
    en: 'The file is too large ({size} MB); a quote file may be at most {max} MB',
  },
  'quote.money_input_invalid': {
    'zh-CN': '请输入金额，例如 12,345.67',
    en: 'Enter an amount, e.g. 12,345.67',
  },
  'quote.money_input_too_many_decimals': {
    'zh-CN': '金额最多 {digits} 位小数',
    en: 'An amount has at most {digits} decimal places',
  },
  'quote.money_input_no_decimals': {
    'zh-CN': '{currency} 金额不能有小数',
    en: '{currency} amounts have no decimals',
  },
  'quote.money_input_negative': {
    'zh-CN': '金额不能为负数',
    en: 'The amount must not be negative',
  },
  'quote.money_input_too_large': {
    'zh-CN': '金额过大，超出可精确计算的范围',
    en: 'The amount is too large to compute exactly',
  },
} satisfies MessageCatalog;

export type QuoteMessageKey = keyof typeof quoteMessages;

/** What each computed flag tells the account lead, for the editor and the send checklist. */
export const quoteFlagMessages: Record<QuoteFlagCode, LocalizedText> = {
  below_cost: {
    'zh-CN': '净价低于成本：该报价不能发出',
    en: 'The net price is below cost: this quote cannot be sent',
  },
  discount_exceeds_subtotal: {
    'zh-CN': '折扣超过小计，已按小计计算：请修改折扣',
    en: 'The discount exceeds the subtotal and was capped at it: change the discount',
  },
  below_margin_floor: {
    'zh-CN': '毛利率低于底线：发出前需财务审批',
    en: 'The margin is below the floor: finance must approve before it is sent',
  },
  free_line_with_cost: {
    'zh-CN': '该项免费但有成本：是否在为讨好客户而白送服务？',
    en: 'This line is free but has a cost: is a paid service being given away?',
  },
  line_below_cost: {
    'zh-CN': '该项价格低于其成本',
    en: 'This line is priced below its cost',
  },
  difficulty_without_rationale: {
    'zh-CN': '难度高于 2 级，但没有写明难度说明（工期、审批方、风险、新颖性）',
    en: 'Difficulty above level 2 without a written rationale (deadline, stakeholders, risk, novelty)',
  },
  stale_market_reference: {
    'zh-CN': '市价参考已超过 12 个月，请更新',
    en: 'The market reference is more than 12 months old: update it',
  },
  market_gap_unexplained: {
    'zh-CN': '高于市价的部分超出了难度系数能解释的范围',
    en: 'The price is above market by more than the difficulty multiplier explains',
  },
  discount_without_condition: {
    'zh-CN': '折扣没有写明交换条件：降价应有交换，而非白给',
    en: 'The discount has no condition: a discount is traded, never given',
  },
  discount_without_reason: {
    'zh-CN': '折扣没有写明原因',
    en: 'The discount has no reason',
  },
  validity_expired: {
    'zh-CN': '报价已过有效期：更新有效期之前，含此报价的提案不能发送',
    en: 'The quote is past its validity date: a proposal with it cannot be sent until it is renewed',
  },
};
