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
  /**
   * The market library's CSV import (shared/market/csv.ts), keyed by the issue's code. A column is
   * named by {column}, so the file's own header names (unitPrice, kind…) come from the code.
   */
  marketCsv: {
    too_large: 'CSV 文件过大（{size}），上限为 2 MB',
    too_many_rows: 'CSV 文件有 {rows} 行数据，上限为 5000 行',
    not_utf8: '文件编码无法识别：请在 Excel/WPS 中“另存为 CSV UTF-8”，或另存为 GBK/GB18030 编码的 CSV 后再导入',
    binary: '这不是文本格式的 CSV 文件（含有二进制内容）',
    empty: 'CSV 文件是空的，第一行应为表头：{columns}',
    unclosed_quote: '第 {row} 行：引号没有闭合（文件可能被截断）',
    bare_quote: '第 {row} 行：未加引号的字段中有引号；请把整个字段用引号括起来，字段内的引号写成两个 ""',
    stray_quote: '第 {row} 行：引号后面紧跟了其他字符；字段内的引号要写成两个 ""',
    missing_column: '表头缺少列“{column}”；应为：{columns}',
    unknown_column: '表头第 {index} 列“{column}”不是可识别的列；应为：{columns}',
    duplicate_column: '表头中列“{column}”出现了不止一次',
    field_count: '第 {row} 行有 {count} 个字段，表头有 {expected} 列',
    no_rows: 'CSV 文件只有表头，没有数据行',
    kind: '第 {row} 行“{column}”列：“{value}”无效，应为 role（岗位，按人天）或 item（项目，按单位）',
    required: '第 {row} 行“{column}”列不能为空',
    too_long: '第 {row} 行“{column}”列过长（最多 {max} 个字符）',
    currency: '第 {row} 行“{column}”列：“{value}”不是支持的币种（{codes}）',
    price_empty: '第 {row} 行“{column}”列不能为空',
    price_invalid: '第 {row} 行“{column}”列：“{value}”不是有效的金额（例如 3200 或 "3,200.50"）',
    price_too_many_decimals: '第 {row} 行“{column}”列：“{value}”的小数位超过 {currency} 的 {digits} 位',
    price_negative: '第 {row} 行“{column}”列：“{value}”不能为负数',
    price_too_large: '第 {row} 行“{column}”列：“{value}”过大',
    date: '第 {row} 行“{column}”列：“{value}”不是有效日期，应为 YYYY-MM-DD，例如 2026-03-01',
  },
  /** An uploaded logo or Word template refused (electron/core/export/logo.ts, template.ts). */
  branding: {
    logoTooLarge: '标志图片过大（{size} MB），最大 2 MB',
    logoNotImage: '标志必须是 PNG 或 JPEG 图片（按文件内容判断，而非扩展名）',
    logoBadSize: '无法读取标志图片的尺寸（{width}×{height}）',
    templateTooLarge: '模板文件过大（{size} MB），最大 5 MB',
    templateNotDocx: '模板必须是 Word 文档（.docx），且包含样式（word/styles.xml）',
    stylesTooLarge:
      '模板的样式表（word/styles.xml）有 {size} MB，超过 {limit} MB：这不像公司模板，请在 Word 中删除不用的样式后另存',
    stylesDoctype: '模板的样式表含有 DOCTYPE/实体声明，Word 不会写出这样的文件，已拒绝',
    stylesTooDeep: '模板的样式表嵌套超过 {limit} 层，已拒绝',
    stylesTooManyElements: '模板的样式表元素超过 {limit} 个，已拒绝',
    stylesTooManyStyles: '模板定义了 {count} 个样式，超过 {limit} 个，请删除不用的样式后另存',
  },
  /** Why an export could not be made (electron/core/export). */
  exportRefusals: {
    quoteUnreadable: '该报价的存储内容无法读取，无法导出。请在报价编辑器中打开并重新保存。',
    quoteNotFound: '找不到该报价',
    proposalNotFound: '找不到该提案',
    proposalWithoutQuote: '该提案尚未关联报价：“花费”一节需要报价。请先关联报价再导出。',
    proposalQuoteNotFound: '找不到该提案关联的报价',
    versionNotFound: '找不到该提案版本',
    libreOfficeMissing:
      '无法导出 PDF：本机未安装 LibreOffice。请安装 LibreOffice（https://www.libreoffice.org/），或导出 Word 文档后自行另存为 PDF。',
  },
  /** Words a new record starts with, in the workspace's document language. */
  newRecords: {
    firstPhase: '第一阶段',
    /** After the title of a duplicated quote or a proposal copied from a sent version. */
    copySuffix: '（副本）',
    /** A workspace that has not named its agency yet. */
    companyName: '我的代理公司',
  },
  /** The starter rate card a first run offers (shared/rate-card/starter.ts): role names. */
  starterRoles: {
    accountDirector: '客户总监',
    seniorPlanner: '高级策划',
    copywriter: '文案',
    designer: '设计师',
    mediaManager: '媒介经理',
    projectManager: '项目经理',
    photoVideo: '摄影摄像',
  },
  /**
   * The agency fee as a line of the diff between two versions (shared/archive/quote-diff.ts): the
   * diff is computed once for every reader, so its label carries both languages.
   */
  quoteDiff: {
    agencyFee: '代理服务费',
  },
  /** The desktop window's native menu (electron/main/menu-template.ts), in the app's language. */
  menu: {
    file: '文件',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    devTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    help: '帮助',
    about: '关于',
  },
  /** The desktop shell's native dialogs (electron/main/index.ts), in the app's language. */
  desktop: {
    unsavedTitle: '有未保存的修改',
    unsavedMessage: '有未保存的修改，要离开吗？',
    unsavedDetail: '草稿已自动保存，下次打开时可以恢复。',
    leave: '离开',
    stay: '留下',
    allFiles: '所有文件',
    startFailed: '工作台无法启动',
    runSetup: '请运行：npm run electron:setup',
  },
  /** Why the desktop app could not connect to a team server: the certificate (OpenSSL's codes). */
  certificateProblems: {
    DEPTH_ZERO_SELF_SIGNED_CERT: '自签名证书',
    SELF_SIGNED_CERT_IN_CHAIN: '证书链中有自签名证书',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: '无法验证签发者',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: '签发者不在受信任列表中',
    CERT_HAS_EXPIRED: '证书已过期',
    CERT_NOT_YET_VALID: '证书尚未生效',
    ERR_TLS_CERT_ALTNAME_INVALID: '证书上的名称与该地址不符',
  },
  /**
   * The team server's command line (shared/server/team-options.ts, electron/server): an operator
   * with no language setting reads both, Chinese first (see bothLanguages).
   */
  teamServer: {
    pgUrl: '需要 PostgreSQL 连接地址，形如 postgres://用户:密码@主机/数据库',
    listen: '须写成地址加端口（如 127.0.0.1:8443 或 [::1]:8443），端口 0–65535',
    tlsPair: '--tls-cert 与 --tls-key 须同时给出',
    lanNeedsTls:
      '在非本机地址上监听须使用 TLS（--tls-cert 与 --tls-key），或用 --behind-proxy 只接受本机反向代理的请求',
    proxyNeedsUrl: '--behind-proxy 需要 --public-url（用户在浏览器中输入的地址，如 https://workbench.example.cn）',
    publicUrl: '须为 http(s):// 开头、不带路径的地址',
    importNeedsOwner: '--import-solo 需要 --owner-pg（数据库所有者角色：迁入已审批记录须由它写入）',
    poolMax: '须为 1–200 的整数',
    cannotRead: '无法读取 {path}',
    badCommandLine: '命令行有误',
    couldNotStart: '工作台服务器无法启动',
    movedIn:
      '已迁入，每张表的行数与内容摘要一致；已发送版本 {versions} 个，审批 {approvals} 条，内容哈希 {hashes} 个。',
    soloIntegrity: '工作区文件未通过完整性检查',
    teamNotEmpty: '团队数据库不是空的，单机工作区只能迁入空数据库',
  },
};

export type SharedCatalog = typeof sharedZhCN;
