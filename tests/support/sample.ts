/**
 * The sample portal (content/) as the end-to-end tests expect to see it, built as of
 * 2026-11-22 (`npm test`). Every value is written out by hand from the files named
 * beside it; nothing here runs the code that builds the pages, so a bug in that code
 * cannot change what the tests expect. When the sample content changes, change these
 * values with it: a test whose sample disappears fails, it does not skip.
 *
 * "Published" means: not `draft: true`, not `disclosure: 不予公开`, published on or
 * before the as-of date. Lists "newest first" are by `published`, then by 索引号.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const TEST_AS_OF = '2026-11-22';

/** content/site.yaml `name`. */
export const SITE_NAME = '江南省生态环境厅';

/**
 * Published items: 186 files under content/{articles,interpretations,plans,policies,
 * releases,reports,replies,consultations,feedback,projects,eia}/ (159 + 12 replies less the
 * 3 建议提案 articles they replaced + 6 of the consultation chain + 12 of 环评), less the draft
 * articles/2026/2026-dongji-zhifa-xunjian-caogao.md and the 不予公开
 * articles/2026/2026-neibu-zhifa-jiancha-qingkuang-tongbao.md.
 */
export const PUBLISHED_COUNT = 184;

/** The three newest published items (content/articles/2026/2026-lijian-dianxing-anli-tongbao-disipi.md, content/releases/2026/surface-water-2026-w46.md, content/articles/2026/penalty-2026-18-huaxin.md). */
export const NEWEST = [
  {
    slug: '2026-lijian-dianxing-anli-tongbao-disipi',
    title: '省生态环境厅通报“利剑”专项行动第四批生态环境违法典型案例',
    indexNumber: '11990000MB1234560X/2026-00039',
    published: '2026-11-19',
  },
  { slug: 'surface-water-2026-w46', title: '2026年第46周全省地表水水质自动监测周报', indexNumber: '11990000MB1234560X/2026-50061', published: '2026-11-17' },
  {
    slug: 'penalty-2026-18-huaxin',
    title: '江州华新化工有限公司行政处罚决定书（江环罚〔2026〕18号）',
    indexNumber: '11990000MB1234560X/2026-00037',
    published: '2026-11-12',
  },
] as const;

/**
 * content/columns.yaml: the top-level columns with `home: true`, in file order, and the
 * newest published item filed under each (or under one of its sub-columns).
 */
export const HOME_COLUMNS = [
  { id: 'annual-reports', name: '政府信息公开年报', latest: { published: '2026-01-22', title: '江南省生态环境厅2025年政府信息公开工作年度报告' } }, // reports/annual-report-2025.md
  {
    id: 'plans',
    name: '规划计划',
    latest: { published: '2026-03-31', title: '江南省生态环境厅办公室关于印发《江南省生态环境厅2026年政务公开工作要点》的通知' },
  }, // plans/2026/2026-zhengwu-gongkai-gongzuo-yaodian.md
  { id: 'policies', name: '政策文件', latest: { published: '2026-11-06', title: '关于公开征求《江南省入河排污口监督管理办法（征求意见稿）》意见的公告' } }, // consultations/2026/2026-zhengqiu-yijian-ruhe-paiwukou-banfa.md (意见征集 is under 政策文件)
  { id: 'interpretations', name: '政策解读', latest: { published: '2026-10-15', title: '《江南省省级生态环境科研项目管理办法》解读' } }, // interpretations/2026/jiedu-shengji-keyan-xiangmu-guanli-banfa.md
  { id: 'news', name: '工作动态', latest: { published: '2026-11-19', title: '省生态环境厅通报“利剑”专项行动第四批生态环境违法典型案例' } }, // articles/2026/2026-lijian-dianxing-anli-tongbao-disipi.md
  { id: 'notices', name: '通知公告', latest: { published: '2026-10-28', title: '关于2026年第二批生态环境监督执法正面清单拟纳入企业名单的公示' } }, // articles/2026/2026-zhifa-zhengmian-qingdan-dierpi-gongshi.md
  { id: 'environment-quality', name: '环境质量', latest: { published: '2026-11-17', title: '2026年第46周全省地表水水质自动监测周报' } }, // releases/2026/surface-water-2026-w46.md
  { id: 'supervision', name: '环境监管', latest: { published: '2026-11-18', title: '白沙港新港作业区5号至7号泊位工程环境影响报告书拟审批公示' } }, // eia/2026/baisha-xingang-bowei-nishenpi.md (环评公示 is under 环境监管)
] as const;

/** content/columns.yaml: every column that has published items (itself or below), in file order. */
export const COLUMNS_WITH_ITEMS = [
  '政府信息公开指南',
  '政府信息公开制度',
  '政府信息公开年报',
  '机构职能',
  '规划计划',
  '工作要点',
  '专项规划与实施方案',
  '政策文件',
  '行政规范性文件',
  '其他文件',
  '政策解读',
  '工作动态',
  '通知公告',
  '环境质量',
  '空气质量',
  '地表水水质',
  '饮用水水源地',
  '环境状况公报',
  '污染防治',
  '大气污染防治',
  '水污染防治',
  '土壤与固体废物',
  '环境监管',
  '行政处罚',
  '行政许可',
  '环境影响评价',
  '督察整改',
  '建议提案办理',
  '财政预决算',
  '部门预算',
  '部门决算',
  '依申请公开',
  '第二次全国污染源普查（专题）',
] as const;
/** content/columns.yaml: the one column left blank on purpose (emptyColumns: hide). */
export const EMPTY_COLUMN = { id: 'key-dischargers', name: '重点排污单位名录' } as const;

/**
 * The newest interpretation of a policy: content/interpretations/2026/jiedu-shengji-keyan-xiangmu-guanli-banfa.md
 * (form 文字解读) of content/policies/2026/2026-shengji-keyan-xiangmu-guanli-banfa.md, filed under
 * other-documents (其他文件), a sub-column of policies (政策文件). The policy lists no `services`.
 */
export const INTERPRETED_POLICY = {
  policy: {
    slug: '2026-shengji-keyan-xiangmu-guanli-banfa',
    title: '江南省生态环境厅办公室关于印发《江南省省级生态环境科研项目管理办法》的通知',
    indexNumber: '11990000MB1234560X/2026-00024',
    docNumber: '江环办〔2026〕45号',
    column: { id: 'other-documents', name: '其他文件' },
    root: { id: 'policies', name: '政策文件' },
  },
  interpretations: [{ slug: 'jiedu-shengji-keyan-xiangmu-guanli-banfa', title: '《江南省省级生态环境科研项目管理办法》解读', form: '文字解读' }],
} as const;

/** The six newest interpretations (content/interpretations/) and the slug and title of what each interprets. */
export const INTERPRETATIONS = [
  {
    slug: 'jiedu-shengji-keyan-xiangmu-guanli-banfa',
    of: { slug: '2026-shengji-keyan-xiangmu-guanli-banfa', title: '江南省生态环境厅办公室关于印发《江南省省级生态环境科研项目管理办法》的通知' },
  },
  {
    slug: 'wenda-youhua-yingshang-huanjing-yijian',
    of: {
      slug: '2025-youhua-yingshang-huanjing-fuwu-gaozhiliang-fazhan-yijian',
      title: '江南省生态环境厅关于优化生态环境领域营商环境服务高质量发展的若干意见',
    },
  },
  {
    slug: 'wenda-2025-paiwuquan-jiaoyi-banfa',
    of: { slug: '2025-paiwuquan-youchang-shiyong-jiaoyi-banfa', title: '江南省生态环境厅关于印发《江南省排污权有偿使用和交易管理办法（2025年修订）》的通知' },
  },
  {
    slug: 'jiedu-weixian-feiwu-jingying-xukezheng-xize',
    of: { slug: '2024-weixian-feiwu-jingying-xukezheng-guanli-xize', title: '江南省生态环境厅关于印发《江南省危险废物经营许可证管理细则》的通知' },
  },
  {
    slug: 'jiedu-2024-ziyou-cailiang-jizhun',
    of: { slug: '2024-xingzheng-chufa-ziyou-cailiang-jizhun', title: '江南省生态环境厅关于印发《江南省生态环境行政处罚自由裁量基准（2024年版）》的通知' },
  },
  {
    slug: 'jiedu-zhongwuran-tianqi-xiaochu-gongjian-fangan',
    of: { slug: '2024-zhongwuran-tianqi-xiaochu-gongjian-fangan', title: '江南省重污染天气消除攻坚实施方案（2024—2025年）' },
  },
] as const;

/** content/interpretations/2024/yitu-dudong-zhongwuran-tianqi-yingji-yuan-2024.md: the 一图读懂 and its first image's alt text. */
export const EXPLAINER = {
  slug: 'yitu-dudong-zhongwuran-tianqi-yingji-yuan-2024',
  alt: '一图读懂江南省重污染天气应急预案2024年修订：分为为什么修订、预警分三级、新增区域预警、差异化减排四部分，文字内容与正文一致',
} as const;

/** content/interpretations/2025/wenda-youhua-yingshang-huanjing-yijian.md: the 简明问答, each question with the first paragraph of its answer. */
export const QA = {
  slug: 'wenda-youhua-yingshang-huanjing-yijian',
  qa: [
    {
      question: '环评审批时限压缩了多少？',
      answer: '省级审批的环境影响报告书审批时限由30日压缩至20日，报告表由15日压缩至10日，依法需要听证和专家评审的时间不计算在内。',
    },
    {
      question: '什么是执法正面清单？企业如何进入？',
      answer:
        '执法正面清单是对环境管理规范、近两年无生态环境违法记录的企业实行以非现场检查为主的监管方式。企业可向所在地设区市生态环境局申请，经审核公示后纳入清单，每年动态调整。',
    },
    {
      question: '企业遇到生态环境方面的困难，可以向谁反映？',
      answer: '可以通过“企业吹哨、部门报到”机制向所在地设区市生态环境局反映，生态环境部门在5个工作日内响应；也可以参加每季度举办的“环保开放日”活动当面反映。',
    },
    {
      question: '排污权可以用来融资吗？',
      answer: '可以。符合条件的企业可以依照排污权有偿使用和交易管理办法，以持有的排污权办理质押融资，质押登记信息在交易平台公开。',
    },
  ],
} as const;

/** content/policies/2022/2022-xingzheng-chufa-ziyou-cailiang-jizhun.md (validity: 废止) and its replacedBy, content/policies/2024/2024-xingzheng-chufa-ziyou-cailiang-jizhun.md. */
export const REPEALED = {
  slug: '2022-xingzheng-chufa-ziyou-cailiang-jizhun',
  title: '江南省生态环境厅关于印发《江南省生态环境行政处罚自由裁量基准》的通知',
  replacement: '江南省生态环境厅关于印发《江南省生态环境行政处罚自由裁量基准（2024年版）》的通知',
} as const;

/**
 * The first column in content/columns.yaml with more than one page (20 items) under it:
 * 环境质量 (environment-quality), 69 published items in its sub-columns (air-quality,
 * water-quality, drinking-water, …): 4 pages, 9 on the last. Item 1 is
 * releases/2026/surface-water-2026-w46.md, item 21 releases/2026/surface-water-2026-w31.md.
 */
export const PAGINATED = {
  id: 'environment-quality',
  count: 69,
  first: '2026年第46周全省地表水水质自动监测周报',
  twentyFirst: '2026年第31周全省地表水水质自动监测周报',
} as const;

/** The newest item with an attachment: content/articles/2026/permit-2026-10-paiwu-xuke-jieguo.md. */
export const WITH_ATTACHMENT = { slug: 'permit-2026-10-paiwu-xuke-jieguo', attachment: '2026年10月排污许可证审批结果清单' } as const;

/** The first column of content/columns.yaml with items: 政府信息公开指南. */
export const FIRST_COLUMN = { id: 'guide', name: '政府信息公开指南' } as const;

/** content/reports/annual-report-2025.md (the latest report) and annual-report-2024.md. */
export const REPORTS = {
  latest: {
    slug: 'annual-report-2025',
    title: '江南省生态环境厅2025年政府信息公开工作年度报告',
    // active: normativeDocuments { made: 1, repealed: 1, current: 7 }, licensing 0, penalties 0, fees 0
    normativeDocuments: [1, 1, 7],
    licensing: 0,
    penalties: 0,
    fees: 0,
    // applications.results.total
    resultsTotal: [156, 22, 3, 2, 10, 2, 195],
    // review: reconsideration, litigationDirect, litigationAfterReconsideration
    review: [4, 1, 1, 0, 6, 2, 0, 0, 1, 3, 0, 0, 0, 1, 1],
  },
  previous: { slug: 'annual-report-2024' },
} as const;

/**
 * content/series/air-quality-monthly.yaml (the first series file by name) and its newest
 * release, content/releases/2026/air-quality-2026-10.md with files/air-quality-2026-10.csv.
 * The series has 11 published releases (2026-04 is missing) over the same 8 cities.
 */
export const AIR_SERIES = {
  id: 'air-quality-monthly',
  name: '设区市环境空气质量月报',
  headers: ['城市', 'AQI', '达标天数比例（%）', 'PM2.5（μg/m³）', 'PM10（μg/m³）', 'O₃（μg/m³）', '排名'],
  valueLabel: 'AQI',
  cities: 8,
  /** Newest first, as the page lists them. */
  releases: [
    { period: '2026年10月', title: '2026年10月全省设区市环境空气质量状况' },
    { period: '2026年9月', title: '2026年9月全省设区市环境空气质量状况' },
    { period: '2026年8月', title: '2026年8月全省设区市环境空气质量状况' },
    { period: '2026年7月', title: '2026年7月全省设区市环境空气质量状况' },
    { period: '2026年6月', title: '2026年6月全省设区市环境空气质量状况' },
    { period: '2026年5月', title: '2026年5月全省设区市环境空气质量状况' },
    { period: '2026年3月', title: '2026年3月全省设区市环境空气质量状况' },
    { period: '2026年2月', title: '2026年2月全省设区市环境空气质量状况' },
    { period: '2026年1月', title: '2026年1月全省设区市环境空气质量状况' },
    { period: '2025年12月', title: '2025年12月全省设区市环境空气质量状况' },
    { period: '2025年11月', title: '2025年11月全省设区市环境空气质量状况' },
  ],
  latest: {
    slug: 'air-quality-2026-10',
    period: '2026年10月',
    file: 'air-quality-2026-10.csv',
    csvHeader: '城市,AQI,达标天数比例（%）,PM2.5（μg/m³）,PM10（μg/m³）,O₃（μg/m³）,排名',
    rows: [
      ['江州市', '68', '74.2', '37', '65', '138', '8'],
      ['临安市', '59', '90.3', '26', '53', '125', '4'],
      ['青山市', '64', '83.9', '30', '49', '123', '6'],
      ['云港市', '58', '90.3', '27', '55', '125', '3'],
      ['东阳市', '67', '83.9', '27', '52', '133', '7'],
      ['白沙市', '54', '83.9', '19', '35', '126', '2'],
      ['南湖市', '63', '83.9', '31', '59', '130', '5'],
      ['石门市', '53', '87.1', '24', '44', '136', '1'],
    ],
    highest: '江州市',
    lowest: '石门市',
  },
} as const;

/** content/series/*.yaml: every series, id and name. */
export const SERIES = [
  { id: 'air-quality-monthly', name: '设区市环境空气质量月报' },
  { id: 'drinking-water-quarterly', name: '集中式饮用水水源地水质状况' },
  { id: 'surface-water-weekly', name: '地表水水质自动监测周报' },
] as const;

/** Years with published items; the newest is the search shard searched first. */
export const NEWEST_YEAR = '2026';
export const OLDER_YEARS = ['2021', '2022', '2023', '2024', '2025'] as const;

/**
 * Search: published items whose source file (front matter and text) contains the word,
 * counted with `grep -l` over content/ (draft and 不予公开 files left out): in all years,
 * and in 2026 alone.
 */
export const CONTAINING = {
  空气质量: { all: 31, 2026: 14 },
  行政处罚: { all: 28, 2026: 13 },
  排污许可: { all: 30, 2026: 15 },
  危险废物: { all: 31, 2026: 16 },
  江州市: { all: 39, 2026: 27 },
  排污权: { all: 14, 2026: 0 },
  昆山市: { all: 0, 2026: 0 },
} as const;
/** The two items containing 华新: articles/2026/2026-lijian-dianxing-anli-tongbao-disipi.md and articles/2026/penalty-2026-18-huaxin.md. */
export const HUAXIN_TITLES = ['省生态环境厅通报“利剑”专项行动第四批生态环境违法典型案例', '江州华新化工有限公司行政处罚决定书（江环罚〔2026〕18号）'] as const;
/** The five 2021 items containing 排污许可 (plans/2021, interpretations/2021, policies/2021, articles/2021). */
export const PAIWU_XUKE_2021 = [
  '江南省生态环境厅关于印发《江南省“十四五”生态环境保护规划》的通知',
  '《江南省“十四五”生态环境保护规划》解读',
  '江南省生态环境厅关于印发《江南省排污权有偿使用和交易管理办法》的通知',
  '关于表扬全省第二次全国污染源普查先进集体和先进个人的通报',
  '江南省第二次全国污染源普查公报',
] as const;
/** The three newest items with a 文号 (articles/2026/penalty-2026-18-huaxin.md, policies/2026/2026-shengji-keyan-xiangmu-guanli-banfa.md, articles/2026/eia-2026-yungang-lng-erqi-pifu.md). */
export const WITH_DOC_NUMBER = [
  { title: '江州华新化工有限公司行政处罚决定书（江环罚〔2026〕18号）', docNumber: '江环罚〔2026〕18号' },
  { title: '江南省生态环境厅办公室关于印发《江南省省级生态环境科研项目管理办法》的通知', docNumber: '江环办〔2026〕45号' },
  { title: '关于云港液化天然气接收站二期工程环境影响报告书的批复', docNumber: '江环审〔2026〕21号' },
] as const;
/**
 * The 19 published files of content/policies/ (政策文件), newest first, by publication date:
 * six years, so a date-ordered list crosses the year shards.
 */
export const POLICY_DATES = [
  '2026-10-15',
  '2026-09-08',
  '2026-05-14',
  '2026-04-23',
  '2025-06-05',
  '2025-04-22',
  '2025-01-24',
  '2024-12-20',
  '2024-11-11',
  '2024-07-26',
  '2024-03-15',
  '2023-09-15',
  '2023-05-12',
  '2023-02-20',
  '2022-03-21',
  '2022-03-04',
  '2021-10-20',
  '2021-09-29',
  '2021-05-24',
] as const;

/** The kind label of each content folder (the 类型 filter of the search page). */
const KIND_OF_FOLDER: Record<string, string> = {
  articles: '公开信息',
  interpretations: '政策解读',
  plans: '规划计划',
  policies: '政策文件',
  releases: '数据发布',
  reports: '年度报告',
  replies: '建议提案答复',
  consultations: '征求意见',
  feedback: '意见采纳情况',
  projects: '环评项目',
  eia: '环评公示',
};

/**
 * The search filter's kind of a title, from the folder of the content file whose `title:`
 * line it is (read as plain text, not through the content loader).
 */
export function kindOfTitle(title: string): string | undefined {
  for (const [folder, label] of Object.entries(KIND_OF_FOLDER)) {
    const dir = path.resolve('content', folder);
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!/\.mdx?$/.test(f)) continue;
      const line = /^title:\s*(.+)$/m
        .exec(readFileSync(path.join(dir, f), 'utf8'))?.[1]
        ?.trim()
        .replace(/^(["'])(.*)\1$/, '$2');
      if (line === title) return label;
    }
  }
  return undefined;
}
