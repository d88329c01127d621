/** Realistic material for a Chinese PR / marketing agency's workspace. */
export const CLIENT_NAMES = [
  '星河乳业',
  '云帆汽车',
  '青禾茶饮',
  '北辰科技',
  '海岳文旅',
  '锦程地产',
  '朗悦美妆',
  '盛世银行',
  '华章出版',
  '远航物流',
  '悦动体育',
  '禾丰农业',
  '天工家电',
  '明德教育',
  '瑞康医药',
  '山海酒业',
] as const;
export const INDUSTRIES = [
  '快消',
  '汽车',
  '餐饮',
  '科技',
  '文旅',
  '地产',
  '美妆',
  '金融',
  '出版',
  '物流',
  '体育',
  '农业',
  '家电',
  '教育',
  '医药',
  '酒水',
] as const;
export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '林',
] as const;
export const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '桂英',
] as const;
export const CONTACT_ROLES = ['市场总监', '品牌经理', '公关经理', '采购经理', '副总裁', '市场专员'] as const;

/** Role, price per person-day, cost per person-day (CNY fen), market price per person-day. */
export const RATE_CARD = [
  { role: '客户总监', rate: 380000, costRate: 200000, market: 350000 },
  { role: '高级策划', rate: 280000, costRate: 150000, market: 250000 },
  { role: '策划', rate: 180000, costRate: 100000, market: 170000 },
  { role: '设计师', rate: 166667, costRate: 90000, market: 150000 },
  { role: '文案', rate: 150000, costRate: 80000, market: 140000 },
  { role: '媒介专员', rate: 120000, costRate: 70000, market: 110000 },
  { role: '项目经理', rate: 200000, costRate: 110000, market: 190000 },
  { role: '摄影师', rate: 250000, costRate: 150000, market: 260000 },
] as const;

export const ITEMS = [
  { description: '场地租赁', unit: '场', price: 1234567, cost: 1100000 },
  { description: '媒体投放（微博、小红书）', unit: '项', price: 5000000, cost: 4600000 },
  { description: '视频拍摄与制作', unit: '支', price: 1800000, cost: 1300000 },
  { description: '印刷物料', unit: '批', price: 320000, cost: 240000 },
  { description: 'KOL 合作', unit: '位', price: 850000, cost: 760000 },
  { description: '舞台搭建', unit: '项', price: 2600000, cost: 2100000 },
] as const;

export const PROJECTS = [
  '品牌发布会',
  '新品上市传播',
  '年度公关服务',
  '危机公关预案',
  '社交媒体运营',
  '经销商大会',
  '品牌焕新设计',
  '周年庆活动',
  '展会整合传播',
  '消费者洞察研究',
] as const;

export const SECTION_TITLES = ['策划', '创意设计', '执行', '媒介', '制作'] as const;

export const RATIONALES = [
  '两周工期，三方审批',
  '多地同步执行，利益相关方多',
  '首次尝试的新形式，风险较高',
  '需协调政府与媒体资源',
] as const;
