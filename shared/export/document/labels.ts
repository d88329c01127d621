import type { Lang } from '../../i18n/lang';
import type { CurrencyCode } from '../../money';
import type { ProposalSectionKey } from '../proposal';

/**
 * Every word the documents print, by language. The English for section 4 is "Budget", not "Cost":
 * a client document never speaks of our cost (that word belongs to the finance sheet).
 */
export interface DocLabels {
  proposal: string;
  quotation: string;
  financeSheet: string;
  internalMark: string;
  /** On every page of a document that is not a sent version. */
  draftMark: string;
  /** The cover's version cell of a draft: never "V1", which only a frozen version may print. */
  draftVersion: string;
  /** Before the file name of a draft. */
  draftFilePrefix: string;
  /**
   * The internal finance sheet's cover cell and file-name tag: the quote's save counter is a
   * revision (修订 7), never a version ("V7" is what a client reads as the seventh offer sent).
   */
  revision: string;
  revisionTag(n: number): string;
  preparedFor: string;
  preparedBy: string;
  date: string;
  version: string;
  owner: string;
  validUntil: string;
  contents: string;
  sectionTitles: Record<ProposalSectionKey, string>;
  /** "一、" / "1." before a section title. */
  sectionNumber(index: number): string;
  notes: string;
  rationale: string;
  noContent: string;
  breakdown: string;
  item: string;
  detail: string;
  quantity: string;
  unit: string;
  rate: string;
  factor: string;
  amount: string;
  personDays: string;
  headcountTimesDays(headcount: string, duration: string, unit: 'days' | 'hours'): string;
  sectionSubtotal: string;
  /** 代理服务费 8%: the agency fee row of a section. */
  agencyFee(percent: string): string;
  /** The payment plan of a won proposal (付款条件). */
  paymentTerms: string;
  paymentMilestone: string;
  paymentShare: string;
  paymentDue: string;
  paymentTermsTotal: string;
  sectionLevel(level: number, multiplier: string): string;
  optionalItems: string;
  optionalHint: string;
  section: string;
  totalWithOptions: string;
  workload: string;
  role: string;
  headcount: string;
  totalPersonDays: string;
  marketReference: string;
  ourPrice: string;
  marketPrice: string;
  deviation: string;
  marketUnitPrice: string;
  source: string;
  sourceDate: string;
  quoteWide: string;
  noMarketReference: string;
  difficulty: string;
  difficultyLevel(level: number, multiplier: string): string;
  difficultyExplainsGap: string;
  noRationale: string;
  qualityAndEffect: string;
  noQualityStatement: string;
  totals: string;
  subtotal: string;
  discount: string;
  discountPercent(percent: string): string;
  discountReason: string;
  discountCondition: string;
  net: string;
  tax(percent: string): string;
  total: string;
  totalInCapitals: string;
  currency: string;
  validity: string;
  noValidity: string;
  /** Around the page number and the page count: 第 [n] 页 / 共 [m] 页. */
  pageParts: [string, string, string];
  cost: string;
  costRate: string;
  margin: string;
  marginPercent: string;
  marginFloor: string;
  finance: string;
  flags: string;
  noFlags: string;
  withOptions: string;
  colon: string;
  /** The currency's name, written beside the total: 日元 / Japanese yen. */
  currencyNames: Record<CurrencyCode, string>;
  /** "日元（JPY）" / "Japanese yen (JPY)". */
  currencyNamed(name: string, code: CurrencyCode): string;
  /** A date written by hand, not by Intl, so a re-export on another runtime reads the same. */
  longDate(year: number, month: number, day: number): string;
  /** The header row of the plan's phase table. */
  phaseHeaders: readonly [phase: string, owner: string, start: string, end: string, deliverable: string];
  /** When a milestone falls due, counted from an event: 签约后 30 天内 / 30 days after signing. */
  paymentTriggers: Record<PaymentTrigger, string>;
  dueAfter(trigger: string, days: number): string;
  /** The quote confirmation letter (报价确认函); its payment table reuses the payment* words above. */
  letter: LetterLabels;
}

/** The events a milestone's due date counts from (shared/contract's MilestoneInput trigger). */
export type PaymentTrigger = 'signing' | 'delivery' | 'completion';

export interface LetterLabels {
  title: string;
  /** The greeting line: 致 客户：/ To Client: */
  greeting(client: string): string;
  intro(title: string, version: number, date: string): string;
  summary: string;
  validity: string;
  validUntil(date: string): string;
  noValidity: string;
  confirm: string;
  client: string;
  agency: string;
  signature: string;
  name: string;
  date: string;
  seal: string;
  contractNumber: string;
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const DOC_LABELS: Record<Lang, DocLabels> = {
  'zh-CN': {
    proposal: '提案',
    quotation: '报价单',
    financeSheet: '财务核算表',
    internalMark: '内部资料 / INTERNAL',
    draftMark: '草稿 / DRAFT · 非正式发送版本',
    draftVersion: '草稿（未发送）',
    draftFilePrefix: '草稿',
    revision: '修订',
    revisionTag: (n) => `修订${n}`,
    preparedFor: '致',
    preparedBy: '提案方',
    date: '日期',
    version: '版本',
    owner: '负责人',
    validUntil: '有效期至',
    contents: '目录',
    sectionTitles: {
      situation: '现状',
      problem: '问题及危害性',
      solution: '解决办法',
      cost: '花费',
      plan: '执行方案',
      evaluation: '评估方案',
      effect: '预期效果',
    },
    sectionNumber: (i) => `${CHINESE_ORDINALS[i] ?? String(i + 1)}、`,
    notes: '备注',
    rationale: '理由',
    noContent: '（本节暂无内容）',
    breakdown: '报价明细',
    item: '项目',
    detail: '说明',
    quantity: '数量',
    unit: '单位',
    rate: '单价',
    factor: '难度系数',
    amount: '金额',
    personDays: '人天',
    headcountTimesDays: (h, d, unit) => `${h} 人 × ${d} ${unit === 'days' ? '天' : '小时'}`,
    sectionSubtotal: '小计',
    agencyFee: (percent) => `代理服务费 ${percent}%`,
    paymentTerms: '付款条件',
    paymentMilestone: '付款节点',
    paymentShare: '比例',
    paymentDue: '付款时间',
    paymentTermsTotal: '合计',
    sectionLevel: (level, m) => `本部分难度 ${level} 级（系数 ${m}）`,
    optionalItems: '可选项',
    optionalHint: '以下项目单独报价，不含在总价内，客户选用时另计。',
    section: '部分',
    totalWithOptions: '含全部可选项的总价',
    workload: '工作量',
    role: '岗位',
    headcount: '人数',
    totalPersonDays: '合计人天',
    marketReference: '市价参考',
    ourPrice: '本报价',
    marketPrice: '市场价',
    deviation: '差异',
    marketUnitPrice: '市场单价',
    source: '来源',
    sourceDate: '日期',
    quoteWide: '合计',
    noMarketReference: '本报价未附市价参考。',
    difficulty: '方案难度',
    difficultyLevel: (level, m) => `难度等级：${level} 级（人工费用系数 ${m}）`,
    difficultyExplainsGap: '与市价的差异由工作难度体现：市场价为常规工作的价格，难度系数只作用于人工部分。',
    noRationale: '（未填写难度说明）',
    qualityAndEffect: '品质与效果说明',
    noQualityStatement: '（未填写品质与效果说明）',
    totals: '总价',
    subtotal: '小计',
    discount: '折扣',
    discountPercent: (p) => `折扣（${p}%）`,
    discountReason: '折扣原因',
    discountCondition: '折扣条件',
    net: '净价（不含税）',
    tax: (p) => `税费（${p}%）`,
    total: '总价（含税）',
    totalInCapitals: '大写',
    currency: '币种',
    validity: '报价有效期',
    noValidity: '（未注明）',
    pageParts: ['第 ', ' 页 / 共 ', ' 页'],
    cost: '成本',
    costRate: '成本单价',
    margin: '毛利',
    marginPercent: '毛利率',
    marginFloor: '毛利率底线',
    finance: '财务核算',
    flags: '提示',
    noFlags: '无提示。',
    withOptions: '（含可选项）',
    colon: '：',
    currencyNames: {
      CNY: '人民币',
      HKD: '港元',
      MOP: '澳门元',
      TWD: '新台币',
      USD: '美元',
      EUR: '欧元',
      GBP: '英镑',
      SGD: '新加坡元',
      JPY: '日元',
      KRW: '韩元',
    },
    currencyNamed: (name, code) => `${name}（${code}）`,
    longDate: (y, m, d) => `${y}年${m}月${d}日`,
    phaseHeaders: ['阶段', '负责人', '开始', '结束', '交付物'],
    paymentTriggers: { signing: '签约后', delivery: '交付后', completion: '项目完成后' },
    dueAfter: (trigger, days) => `${trigger} ${days} 天内`,
    letter: {
      title: '报价确认函',
      greeting: (client) => `致 ${client}：`,
      intro: (title, version, date) =>
        `我方于 ${date} 发送的“${title}”（版本 V${version}）报价如下。贵方确认后，请于下方签字并加盖公章，回传扫描件即视为确认。`,
      summary: '报价摘要',
      validity: '报价有效期',
      validUntil: (date) => `本报价有效期至 ${date}。`,
      noValidity: '本报价自发送之日起 30 日内有效。',
      confirm: '双方确认上述报价及付款条件。',
      client: '甲方（客户）',
      agency: '乙方（代理公司）',
      signature: '授权代表签字：',
      name: '姓名：',
      date: '日期：',
      seal: '（盖章）',
      contractNumber: '合同/订单编号：',
    },
  },
  en: {
    proposal: 'Proposal',
    quotation: 'Quotation',
    financeSheet: 'Finance sheet',
    internalMark: '内部资料 / INTERNAL',
    draftMark: 'DRAFT · 草稿 · not a sent version',
    draftVersion: 'Draft (not sent)',
    draftFilePrefix: 'DRAFT',
    revision: 'Revision',
    revisionTag: (n) => `rev${n}`,
    preparedFor: 'Prepared for',
    preparedBy: 'Prepared by',
    date: 'Date',
    version: 'Version',
    owner: 'Account lead',
    validUntil: 'Valid until',
    contents: 'Contents',
    sectionTitles: {
      situation: 'Current situation',
      problem: 'The problem and its harm',
      solution: 'Solution',
      cost: 'Budget',
      plan: 'Execution plan',
      evaluation: 'How success is evaluated',
      effect: 'Expected effect',
    },
    sectionNumber: (i) => `${i + 1}. `,
    notes: 'Notes',
    rationale: 'Rationale',
    noContent: '(No content in this section yet)',
    breakdown: 'Breakdown',
    item: 'Item',
    detail: 'Detail',
    quantity: 'Qty',
    unit: 'Unit',
    rate: 'Rate',
    factor: 'Factor',
    amount: 'Amount',
    personDays: 'person-days',
    headcountTimesDays: (h, d, unit) => `${h} × ${d} ${unit === 'days' ? 'days' : 'hours'}`,
    sectionSubtotal: 'Subtotal',
    agencyFee: (percent) => `Agency service fee ${percent}%`,
    paymentTerms: 'Payment terms',
    paymentMilestone: 'Milestone',
    paymentShare: 'Share',
    paymentDue: 'Due',
    paymentTermsTotal: 'Total',
    sectionLevel: (level, m) => `Difficulty of this part: level ${level} (factor ${m})`,
    optionalItems: 'Optional items',
    optionalHint: 'Priced separately and not included in the total; added if the client takes them.',
    section: 'Part',
    totalWithOptions: 'Total with all options',
    workload: 'Workload',
    role: 'Role',
    headcount: 'People',
    totalPersonDays: 'Total person-days',
    marketReference: 'Market reference',
    ourPrice: 'Our price',
    marketPrice: 'Market',
    deviation: 'Deviation',
    marketUnitPrice: 'Market unit price',
    source: 'Source',
    sourceDate: 'Date',
    quoteWide: 'Total',
    noMarketReference: 'This quotation carries no market reference.',
    difficulty: 'Difficulty',
    difficultyLevel: (level, m) => `Difficulty level ${level} (labour factor ${m})`,
    difficultyExplainsGap:
      'The gap to the market price is explained by the difficulty of the work: market prices are for plain work, and the difficulty factor applies to labour only.',
    noRationale: '(No rationale given)',
    qualityAndEffect: 'Quality and effect',
    noQualityStatement: '(No statement of quality and effect given)',
    totals: 'Price',
    subtotal: 'Subtotal',
    discount: 'Discount',
    discountPercent: (p) => `Discount (${p}%)`,
    discountReason: 'Reason for the discount',
    discountCondition: 'Condition of the discount',
    net: 'Net (before tax)',
    tax: (p) => `Tax (${p}%)`,
    total: 'Total (incl. tax)',
    totalInCapitals: 'In words (大写)',
    currency: 'Currency',
    validity: 'Valid until',
    noValidity: '(not stated)',
    pageParts: ['Page ', ' of ', ''],
    cost: 'Cost',
    costRate: 'Cost rate',
    margin: 'Gross margin',
    marginPercent: 'Margin %',
    marginFloor: 'Margin floor',
    finance: 'Finance',
    flags: 'Flags',
    noFlags: 'No flags.',
    withOptions: ' (with options)',
    colon: ': ',
    currencyNames: {
      CNY: 'Chinese yuan',
      HKD: 'Hong Kong dollars',
      MOP: 'Macanese patacas',
      TWD: 'New Taiwan dollars',
      USD: 'US dollars',
      EUR: 'euros',
      GBP: 'pounds sterling',
      SGD: 'Singapore dollars',
      JPY: 'Japanese yen',
      KRW: 'South Korean won',
    },
    currencyNamed: (name, code) => `${name} (${code})`,
    longDate: (y, m, d) => `${d} ${EN_MONTHS[m - 1]} ${y}`,
    phaseHeaders: ['Phase', 'Owner', 'Start', 'End', 'Deliverable'],
    paymentTriggers: { signing: 'after signing', delivery: 'after delivery', completion: 'after completion' },
    dueAfter: (trigger, days) => `${days} days ${trigger}`,
    letter: {
      title: 'Quotation Confirmation',
      greeting: (client) => `To ${client}:`,
      intro: (title, version, date) =>
        `Below is our quotation “${title}” (version V${version}) sent on ${date}. To confirm it, please sign and stamp below and return a scan.`,
      summary: 'Quotation summary',
      validity: 'Validity',
      validUntil: (date) => `This quotation is valid until ${date}.`,
      noValidity: 'This quotation is valid for 30 days from the day it was sent.',
      confirm: 'Both parties confirm the quotation and payment terms above.',
      client: 'Client',
      agency: 'Agency',
      signature: 'Authorised signature:',
      name: 'Name:',
      date: 'Date:',
      seal: '(Company seal)',
      contractNumber: 'Contract / PO number:',
    },
  },
};
