/**
 * The Simplified Chinese catalogue of the core and of `shared/`: every text they say to a person
 * (refusals, field names in them), one home per language (issue 16). The renderer's screens have
 * their own catalogues (renderer/src/i18n). English is typed by this one (./en.ts), so both always
 * carry the same keys.
 */
export const sharedZhCN = {
  /** What the people who fill in a field call it: validation messages name fields by these. */
  fields: {
    marketUnitPrice: '市价单价',
    marketSource: '市价来源',
    lineId: '明细编号',
    note: '备注',
    deliverable: '说明',
    role: '岗位',
    headcount: '人数',
    days: '天数',
    hours: '小时数',
    rate: '人天单价',
    costRate: '人天成本',
    description: '项目说明',
    quantity: '数量',
    unit: '单位',
    unitPrice: '单价',
    unitCost: '单位成本',
    sectionTitle: '章节标题',
    sectionLevel: '章节难度等级',
    level: '难度等级',
    rationale: '难度说明',
    discountPercent: '折扣比例',
    discountAmount: '折扣金额',
    discountReason: '折扣原因',
    discountCondition: '折扣条件',
    multiplier1: '难度 1 系数',
    multiplier2: '难度 2 系数',
    multiplier3: '难度 3 系数',
    multiplier4: '难度 4 系数',
    multiplier5: '难度 5 系数',
    hoursPerDay: '每人天工时',
    taxPercent: '税率',
    marginFloorPercent: '毛利率底线',
    agencyFeePercent: '代理服务费比例',
    discountLimitPercent: '折扣上限',
    freeLineCostPercent: '免费项目成本上限',
    milestonePercent: '付款比例',
    winProbability: '赢单概率',
    quoteTitle: '报价标题',
    client: '客户',
    qualityAndEffect: '品质与效果说明',
  },
  /** The quote builder's rules beyond the interchange format (electron/core/handlers/quote-rules.ts). */
  quoteRules: {
    duplicateLineId: '明细编号“{id}”重复：每条明细的编号必须唯一',
    rateReasonRequired: '单价已从岗位价目表的 {card} 改为 {rate}：请写明调整原因',
  },
  /** Role names inside the core's refusals ("此操作需要财务或管理员角色"). */
  roles: {
    account_lead: '客户经理',
    finance: '财务',
    admin: '管理员',
    or: '或',
  },
  auth: {
    currentPasswordWrong: '当前密码不正确',
  },
  /**
   * zod's own refusals in our words (shared/validation/zod-words.ts): a sentence a person can act
   * on, never a type name, a pattern or a code list.
   */
  zod: {
    text: '请填写文字',
    number: '请填写数字',
    integer: '请填写整数',
    yesNo: '请选择是或否',
    wrongForm: '内容格式不对',
    textMax: '最多 {max} 个字符',
    textMin: '至少 {min} 个字符',
    numberMax: '不能大于 {max}',
    numberBelow: '必须小于 {max}',
    numberMin: '不能小于 {min}',
    numberAbove: '必须大于 {min}',
    listMax: '最多 {max} 项',
    listMin: '至少 {min} 项',
    choice: '请从给出的选项中选择',
    unknownField: '含有本程序不认识的内容，请检查后重试',
    format: '格式不正确',
    email: '不是有效的电子邮件地址',
    multipleOf: '应为 {divisor} 的倍数',
    invalid: '输入有误，请检查',
  },
};

export type SharedCatalog = typeof sharedZhCN;
