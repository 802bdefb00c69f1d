/**
 * Phrase bank of the corpus generator: names of places, companies, people, laws and
 * standards, and sentences in the register of Chinese environmental disclosures.
 * Sentences carry `{slots}` filled by `fill()` in text.ts; see SLOT_DOCS there.
 * Everything here is fictional (江南省 and its cities do not exist).
 */

/** The eight 设区市 of 江南省 (as in the sample content and the data series), with districts/counties. */
export const CITIES: ReadonlyArray<{ name: string; short: string; districts: readonly string[] }> = [
  { name: '江州市', short: '江州', districts: ['江北区', '城南区', '湖滨区', '高新区', '青溪县', '安平县'] },
  { name: '云港市', short: '云港', districts: ['海门区', '港口区', '临海区', '东岛县', '云台县'] },
  { name: '青山市', short: '青山', districts: ['松岭区', '青峰区', '石桥县', '凤山县', '清河县'] },
  { name: '东阳市', short: '东阳', districts: ['东城区', '西湖区', '永和县', '长乐县', '桃源县'] },
  { name: '白沙市', short: '白沙', districts: ['沙洲区', '白鹭区', '新港区', '临水县'] },
  { name: '石门市', short: '石门', districts: ['石鼓区', '龙门区', '梅岭县', '石门县'] },
  { name: '南湖市', short: '南湖', districts: ['荷塘区', '南湖区', '月湖区', '金沙县', '平湖县'] },
  { name: '临安市', short: '临安', districts: ['锦城区', '天目区', '安吉县', '昌化县'] },
];

export const RIVERS = ['江南江', '云河', '青溪', '白沙河', '荷塘河', '石门河', '金河', '宁远江', '北岭河', '西川河', '梅溪', '凤凰河', '清水河', '长乐河'];
export const LAKES = ['南湖', '东湖', '月湖', '石门水库', '天目湖', '双峰水库', '金沙湖', '云台水库'];

/** 字号 of companies. */
export const TRADE_NAMES = [
  '永泰',
  '海兴',
  '瑞丰',
  '金源',
  '宏达',
  '华信',
  '恒通',
  '鑫盛',
  '绿源',
  '蓝海',
  '天成',
  '博远',
  '众诚',
  '新元',
  '广厦',
  '华宇',
  '明珠',
  '嘉禾',
  '同力',
  '富康',
  '利民',
  '东方',
  '安泰',
  '佳美',
  '兴业',
  '德润',
  '晨光',
  '远航',
  '恒远',
  '明辉',
  '锦程',
  '顺达',
  '宏图',
  '盛世',
  '鼎新',
  '联合',
  '汇通',
  '荣昌',
  '正大',
  '长青',
  '万达',
  '金鹏',
  '泰和',
  '宝丰',
  '振华',
  '天润',
  '信诚',
  '隆盛',
  '中联',
  '凯达',
  '昊天',
  '银河',
  '星海',
  '旭日',
  '丰源',
  '立新',
  '协和',
  '润泽',
  '科林',
  '永固',
];

/** Industries, with the pollutants and violations typical of each. */
export const INDUSTRIES: ReadonlyArray<{ name: string; product: string; medium: 'water' | 'air' | 'waste' | 'mixed' }> = [
  { name: '化工', product: '精细化学品', medium: 'mixed' },
  { name: '纸业', product: '瓦楞原纸', medium: 'water' },
  { name: '印染', product: '印染布', medium: 'water' },
  { name: '电镀', product: '电镀件', medium: 'water' },
  { name: '钢铁', product: '钢坯', medium: 'air' },
  { name: '水泥', product: '熟料', medium: 'air' },
  { name: '制药', product: '原料药', medium: 'mixed' },
  { name: '食品', product: '调味品', medium: 'water' },
  { name: '建材', product: '加气混凝土砌块', medium: 'air' },
  { name: '纺织', product: '化纤面料', medium: 'water' },
  { name: '陶瓷', product: '建筑陶瓷', medium: 'air' },
  { name: '热电', product: '电力和蒸汽', medium: 'air' },
  { name: '再生资源', product: '再生塑料颗粒', medium: 'waste' },
  { name: '新材料', product: '锂电池正极材料', medium: 'mixed' },
  { name: '汽车零部件', product: '汽车零部件', medium: 'air' },
  { name: '电子', product: '印制电路板', medium: 'mixed' },
  { name: '皮革', product: '成品革', medium: 'water' },
  { name: '石化', product: '成品油', medium: 'air' },
  { name: '家具', product: '实木家具', medium: 'air' },
  { name: '畜牧', product: '生猪', medium: 'water' },
  { name: '环保科技', product: '危险废物综合利用产品', medium: 'waste' },
  { name: '金属制品', product: '铝合金型材', medium: 'air' },
];

export const COMPANY_SUFFIXES = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司'];

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史黎贺顾毛郝龚邵万钱严武戴孔汤'.split(
    '',
  );
export const GIVEN_CHARS = '立强伟芳娜敏静丽军杰磊涛明超勇艳华平刚桂英建国志红文辉海波宁斌鹏飞云霞玉兰晓东雪梅俊峰春林永庆国庆卫东新民建华秀英'.split('');

/** Internal divisions of the bureau (处室) and subordinate units. */
export const DIVISIONS = [
  '办公室',
  '法规与标准处',
  '综合处',
  '科技与财务处',
  '自然生态保护处',
  '水生态环境处',
  '海洋生态环境处',
  '大气环境处',
  '应对气候变化处',
  '土壤生态环境处',
  '固体废物与化学品处',
  '核与辐射安全监管处',
  '环境影响评价与排放管理处',
  '生态环境监测处',
  '生态环境执法局',
  '督察办公室',
  '宣传教育处',
  '人事处',
];
export const SUBORDINATES = [
  '江南省生态环境监测中心',
  '江南省环境科学研究院',
  '江南省固体废物管理中心',
  '江南省辐射环境监测站',
  '江南省生态环境宣传教育中心',
  '江南省环境工程评估中心',
];

/** Laws: name and an article number commonly cited for violations and penalties. */
export const LAWS: ReadonlyArray<{ name: string; violated: string; penalty: string; medium: 'water' | 'air' | 'waste' | 'mixed' | 'eia' | 'permit' }> = [
  { name: '《中华人民共和国水污染防治法》', violated: '第十条', penalty: '第八十三条第二项', medium: 'water' },
  { name: '《中华人民共和国水污染防治法》', violated: '第三十九条', penalty: '第八十三条第三项', medium: 'water' },
  { name: '《中华人民共和国大气污染防治法》', violated: '第十八条', penalty: '第九十九条第二项', medium: 'air' },
  { name: '《中华人民共和国大气污染防治法》', violated: '第二十四条第一款', penalty: '第一百条第三项', medium: 'air' },
  { name: '《中华人民共和国大气污染防治法》', violated: '第四十五条', penalty: '第一百零八条第一项', medium: 'air' },
  { name: '《中华人民共和国固体废物污染环境防治法》', violated: '第二十条', penalty: '第一百零二条第一款第五项', medium: 'waste' },
  { name: '《中华人民共和国固体废物污染环境防治法》', violated: '第七十七条', penalty: '第一百一十二条第一款第二项', medium: 'waste' },
  { name: '《中华人民共和国环境影响评价法》', violated: '第二十五条', penalty: '第三十一条第一款', medium: 'eia' },
  { name: '《建设项目环境保护管理条例》', violated: '第十九条第一款', penalty: '第二十三条第一款', medium: 'eia' },
  { name: '《排污许可管理条例》', violated: '第十七条第二款', penalty: '第三十三条第一项', medium: 'permit' },
  { name: '《排污许可管理条例》', violated: '第二十条', penalty: '第三十六条第四项', medium: 'permit' },
  { name: '《中华人民共和国环境保护法》', violated: '第四十二条第四款', penalty: '第六十三条第三项', medium: 'mixed' },
];

export const STANDARDS: ReadonlyArray<{ name: string; medium: 'water' | 'air' }> = [
  { name: '《污水综合排放标准》（GB 8978—1996）', medium: 'water' },
  { name: '《纺织染整工业水污染物排放标准》（GB 4287—2012）', medium: 'water' },
  { name: '《电镀污染物排放标准》（GB 21900—2008）', medium: 'water' },
  { name: '《制浆造纸工业水污染物排放标准》（GB 3544—2008）', medium: 'water' },
  { name: '《城镇污水处理厂污染物排放标准》（GB 18918—2002）', medium: 'water' },
  { name: '《大气污染物综合排放标准》（GB 16297—1996）', medium: 'air' },
  { name: '《锅炉大气污染物排放标准》（GB 13271—2014）', medium: 'air' },
  { name: '《挥发性有机物无组织排放控制标准》（GB 37822—2019）', medium: 'air' },
  { name: '《水泥工业大气污染物排放标准》（GB 4915—2013）', medium: 'air' },
];

export const WATER_POLLUTANTS = [
  { name: '化学需氧量', limit: 100 },
  { name: '氨氮', limit: 15 },
  { name: '总磷', limit: 0.5 },
  { name: '总氮', limit: 20 },
  { name: '总铬', limit: 1.0 },
  { name: '悬浮物', limit: 70 },
];
export const AIR_POLLUTANTS = [
  { name: '颗粒物', limit: 20 },
  { name: '二氧化硫', limit: 50 },
  { name: '氮氧化物', limit: 100 },
  { name: '非甲烷总烃', limit: 60 },
];

/** Violations found in inspections, by medium, with keywords. */
export const VIOLATIONS: ReadonlyArray<{ text: string; medium: 'water' | 'air' | 'waste' | 'eia' | 'permit' | 'mixed'; keyword: string }> = [
  { text: '废水总排放口{pollutant}浓度超过国家排放标准限值', medium: 'water', keyword: '超标排放' },
  { text: '通过雨水管网排放未经处理的生产废水', medium: 'water', keyword: '逃避监管' },
  { text: '利用暗管排放含{pollutant}的生产废水', medium: 'water', keyword: '暗管排污' },
  { text: '污水处理设施未正常运行，部分废水未经处理直接外排', medium: 'water', keyword: '治污设施不正常运行' },
  { text: '废气排放口{airPollutant}浓度超过排放标准', medium: 'air', keyword: '超标排放' },
  { text: '喷漆工序未在密闭空间内进行，挥发性有机物无组织排放', medium: 'air', keyword: '挥发性有机物' },
  { text: '原料堆场未采取有效覆盖措施，产生扬尘污染', medium: 'air', keyword: '扬尘污染' },
  { text: '脱硫设施旁路未按要求拆除，废气未经处理直接排放', medium: 'air', keyword: '治污设施不正常运行' },
  { text: '危险废物未按规定分类贮存，贮存场所未设置识别标志', medium: 'waste', keyword: '危险废物' },
  { text: '将废矿物油等危险废物提供给无经营许可证的单位处置', medium: 'waste', keyword: '危险废物' },
  { text: '一般工业固体废物露天堆放，未采取防扬散、防流失、防渗漏措施', medium: 'waste', keyword: '固体废物' },
  { text: '建设项目环境影响报告表未经批准即擅自开工建设', medium: 'eia', keyword: '未批先建' },
  { text: '需要配套建设的环境保护设施未经验收，主体工程即投入生产', medium: 'eia', keyword: '未验先投' },
  { text: '未按照排污许可证规定安装、使用污染物排放自动监测设备', medium: 'permit', keyword: '自动监测' },
  { text: '未按照排污许可证规定提交排污许可证执行报告', medium: 'permit', keyword: '排污许可' },
  { text: '篡改自动监测设备参数，干扰监测数据', medium: 'mixed', keyword: '数据造假' },
];

export const CHINESE_NUMERALS = [
  '零',
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];
export const SECTION_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Topics of work: a label used in titles and keywords, and the theme of filler sentences. */
export type Theme =
  | 'air'
  | 'water'
  | 'soil'
  | 'waste'
  | 'eia'
  | 'permit'
  | 'enforcement'
  | 'inspection'
  | 'ecology'
  | 'climate'
  | 'radiation'
  | 'monitoring'
  | 'openness'
  | 'reform'
  | 'finance'
  | 'marine';

export const TOPICS: ReadonlyArray<{ label: string; theme: Theme; keywords: readonly string[] }> = [
  { label: '重污染天气应对', theme: 'air', keywords: ['重污染天气', '应急减排'] },
  { label: '挥发性有机物综合治理', theme: 'air', keywords: ['挥发性有机物', '大气污染防治'] },
  { label: '秋冬季大气污染综合治理攻坚', theme: 'air', keywords: ['秋冬季攻坚', '大气污染防治'] },
  { label: '臭氧污染防治', theme: 'air', keywords: ['臭氧', '大气污染防治'] },
  { label: '柴油货车污染治理', theme: 'air', keywords: ['柴油货车', '移动源'] },
  { label: '入河排污口排查整治', theme: 'water', keywords: ['入河排污口', '水污染防治'] },
  { label: '饮用水水源地保护', theme: 'water', keywords: ['饮用水水源地', '水源保护'] },
  { label: '城市黑臭水体治理', theme: 'water', keywords: ['黑臭水体', '水污染防治'] },
  { label: '重点流域水生态环境保护', theme: 'water', keywords: ['流域保护', '水生态'] },
  { label: '农村生活污水治理', theme: 'water', keywords: ['农村生活污水', '农村环境整治'] },
  { label: '建设用地土壤污染风险管控', theme: 'soil', keywords: ['土壤污染', '风险管控'] },
  { label: '农用地土壤环境保护', theme: 'soil', keywords: ['农用地', '土壤环境'] },
  { label: '危险废物规范化环境管理', theme: 'waste', keywords: ['危险废物', '规范化管理'] },
  { label: '“无废城市”建设', theme: 'waste', keywords: ['无废城市', '固体废物'] },
  { label: '新污染物治理', theme: 'waste', keywords: ['新污染物', '化学品'] },
  { label: '建设项目环境影响评价', theme: 'eia', keywords: ['环境影响评价', '建设项目'] },
  { label: '规划环境影响评价', theme: 'eia', keywords: ['规划环评', '环境影响评价'] },
  { label: '排污许可证质量核查', theme: 'permit', keywords: ['排污许可', '证后监管'] },
  { label: '排污权有偿使用和交易', theme: 'permit', keywords: ['排污权', '有偿使用'] },
  { label: '生态环境执法大练兵', theme: 'enforcement', keywords: ['执法大练兵', '生态环境执法'] },
  { label: '打击危险废物环境违法犯罪', theme: 'enforcement', keywords: ['危险废物', '打击违法犯罪'] },
  { label: '第三方环保服务机构弄虚作假整治', theme: 'enforcement', keywords: ['第三方机构', '弄虚作假'] },
  { label: '中央生态环境保护督察整改', theme: 'inspection', keywords: ['中央督察', '督察整改'] },
  { label: '省级生态环境保护督察', theme: 'inspection', keywords: ['省级督察', '督察整改'] },
  { label: '生物多样性保护', theme: 'ecology', keywords: ['生物多样性', '生态保护'] },
  { label: '自然保护地监督', theme: 'ecology', keywords: ['自然保护地', '生态保护红线'] },
  { label: '生态文明示范创建', theme: 'ecology', keywords: ['生态文明示范', '两山基地'] },
  { label: '碳达峰碳中和', theme: 'climate', keywords: ['碳达峰', '碳中和'] },
  { label: '碳排放权交易', theme: 'climate', keywords: ['碳排放权', '碳市场'] },
  { label: '核技术利用辐射安全', theme: 'radiation', keywords: ['辐射安全', '核技术利用'] },
  { label: '生态环境监测质量管理', theme: 'monitoring', keywords: ['监测质量', '生态环境监测'] },
  { label: '政务公开', theme: 'openness', keywords: ['政务公开', '信息公开'] },
  { label: '优化营商环境', theme: 'reform', keywords: ['营商环境', '放管服'] },
  { label: '环评审批制度改革', theme: 'reform', keywords: ['环评审批', '改革'] },
  { label: '生态环境损害赔偿', theme: 'enforcement', keywords: ['损害赔偿', '生态环境损害'] },
  { label: '近岸海域污染防治', theme: 'marine', keywords: ['近岸海域', '海洋生态环境'] },
];

/**
 * Filler sentences by theme. Slots: {city} {city2} {district} {company} {river} {lake}
 * {n} {n2} {pct} {pct2} {year} {month} {date} {docno} {division} {person} {topic}
 * {pollutant} {airPollutant} {sub} {amount} {park}.
 */
export const SENTENCES: Record<Theme | 'general', readonly string[]> = {
  general: [
    '会议强调，要坚持以习近平生态文明思想为指导，深入打好污染防治攻坚战，持续改善全省生态环境质量。',
    '各设区市生态环境局要切实提高政治站位，压实工作责任，确保各项任务按期完成。',
    '会议要求，要坚持精准治污、科学治污、依法治污，聚焦突出问题，强化工作调度。',
    '省生态环境厅将加强跟踪调度和指导帮扶，对工作推进不力的地区予以通报。',
    '下一步，{city}生态环境局将以问题为导向，建立工作台账，实行销号管理。',
    '截至{year}年{month}月底，全省已累计完成{n}项重点任务，完成率{pct}%。',
    '厅党组成员、副厅长{person}出席会议并讲话，{division}主要负责同志通报了有关情况。',
    '各地要加强宣传引导，及时回应社会关切，营造全社会共同参与生态环境保护的良好氛围。',
    '工作中发现的问题，要第一时间交办属地，督促责任单位限期整改到位。',
    '本次活动共有{n}家单位、{n2}余名代表参加，收集意见建议{n}条。',
    '{city}、{city2}等地结合实际，探索形成了一批可复制、可推广的经验做法。',
    '会上，{city}生态环境局、{city2}生态环境局作了交流发言。',
    '会议听取了{year}年以来全省生态环境保护工作情况汇报，研究部署了下阶段重点工作。',
    '省生态环境厅有关处室、直属单位负责同志参加会议。',
    '各相关单位要按照职责分工，加强协调配合，形成工作合力。',
    '调研组一行深入{district}、{park}等地实地查看，详细了解项目建设和环境管理情况。',
    '据统计，{year}年全省生态环境系统共办理群众信访举报{n}件，办结率{pct}%。',
    '联系人：{division} {person}，联系电话：0990-123456{n2}。',
  ],
  air: [
    '{year}年{month}月，全省设区市环境空气质量优良天数比例为{pct}%，同比上升{pct2}个百分点。',
    'PM2.5平均浓度为{n}微克/立方米，同比下降{pct2}%，臭氧浓度同比基本持平。',
    '各地要加快推进钢铁、水泥、焦化行业超低排放改造，{year}年底前完成改造任务。',
    '启动重污染天气黄色预警后，{city}共有{n}家涉气企业落实应急减排措施，{n2}个施工工地停止土石方作业。',
    '要强化挥发性有机物源头替代，推进低挥发性有机物含量原辅材料替代工程。',
    '全面排查工业炉窑、燃煤锅炉和涉VOCs企业，建立“一企一策”治理清单。',
    '加强机动车排放检验机构监管，严厉打击尾气检测弄虚作假行为。',
    '{city}建成区共淘汰国三及以下排放标准柴油货车{n}辆，新增新能源公交车{n2}辆。',
    '扬尘污染治理方面，全省施工工地全面落实“六个百分之百”要求。',
    '秋冬季期间，省生态环境厅组织开展大气污染防治强化监督帮扶，累计检查点位{n}个。',
  ],
  water: [
    '全省{n}个国控断面中，Ⅰ—Ⅲ类水质断面比例为{pct}%，无劣Ⅴ类断面。',
    '{river}{city}段水质稳定达到Ⅲ类，{lake}总磷浓度同比下降{pct2}%。',
    '截至目前，全省已排查入河排污口{n}个，完成整治{n2}个。',
    '各地要加快补齐城镇污水收集处理设施短板，推进雨污分流改造。',
    '县级以上城市集中式饮用水水源地水质达标率保持100%。',
    '{city}投入资金{n}亿元，实施{river}流域综合治理工程，新建截污管网{n2}公里。',
    '建立“河湖长+检察长+警长”协作机制，推动跨界河流联防联治。',
    '对{district}一处入河排污口存在的溢流问题，已督促属地完成整改。',
    '农村生活污水治理率达到{pct}%，较上年提高{pct2}个百分点。',
    '工业园区污水集中处理设施实现全覆盖，并安装自动在线监控装置。',
  ],
  soil: [
    '全省受污染耕地安全利用率达到{pct}%，重点建设用地安全利用得到有效保障。',
    '{city}{district}原化工厂地块已完成土壤污染状况调查，纳入建设用地土壤污染风险管控和修复名录。',
    '列入名录的地块，不得作为住宅、公共管理与公共服务用地。',
    '土壤污染重点监管单位要按规定开展隐患排查和自行监测。',
    '省生态环境厅会同省自然资源厅对{n}个拟开发地块开展联动监管。',
    '地下水污染防治试验区建设稳步推进，{n}个地下水国考点位水质保持稳定。',
  ],
  waste: [
    '全省危险废物年利用处置能力达到{n}万吨，基本满足需求。',
    '{company}因危险废物管理不规范，被责令限期整改并依法处罚。',
    '持续推进危险废物专项整治，累计排查涉危险废物单位{n}家，发现问题{n2}个。',
    '“无废城市”建设试点工作中，{city}一般工业固体废物综合利用率达到{pct}%。',
    '医疗废物实现集中无害化处置全覆盖，收运处置体系不断完善。',
    '落实新污染物治理行动方案，开展重点管控新污染物调查评估。',
    '危险废物转移实行电子联单管理，跨省转移审批时限压缩至{n}个工作日。',
    '严厉打击非法倾倒、填埋固体废物违法行为，对涉嫌犯罪的依法移送公安机关。',
  ],
  eia: [
    '项目位于{city}{district}{park}，总投资{n}亿元，其中环保投资{n2}千万元。',
    '在全面落实《报告书》提出的各项污染防治和生态保护措施后，项目建设对环境的不利影响能够得到缓解和控制。',
    '项目废水经厂区污水处理站预处理后接入{park}污水处理厂集中处理，尾水排入{river}。',
    '项目应设置不低于{n}米的卫生防护距离，防护距离内不得新建居民住宅等环境敏感建筑。',
    '建设单位应严格落实环境保护“三同时”制度，项目竣工后按规定开展环境保护验收。',
    '公示期间，公众可通过信函、电子邮件等方式向我厅反映与建设项目环境影响评价有关的意见和建议。',
    '环评文件编制单位为{sub}，项目环评文件全本已同步公开。',
    '项目新增的主要污染物排放总量指标，通过区域削减替代取得。',
    '施工期应加强扬尘和噪声污染防治，夜间施工须依法办理相关手续。',
    '按照分级审批规定，该项目由省生态环境厅负责审批。',
  ],
  permit: [
    '持证单位应当严格按照排污许可证规定排放污染物，按时提交执行报告，如实记录环境管理台账。',
    '全省累计核发排污许可证{n}张，登记管理{n2}家，实现固定污染源排污许可全覆盖。',
    '排污许可证正本和副本的全部内容可在全国排污许可证管理信息平台查询。',
    '对发现的许可证质量问题，已督促{n}家企业完成变更或重新申请。',
    '推进环评与排污许可衔接，实现“一证式”管理。',
    '公众对上述审批结果有异议的，可以在公告之日起{n}个工作日内向本厅反映。',
    '排污权有偿使用费按照规定缴入省级国库，实行收支两条线管理。',
  ],
  enforcement: [
    '{year}年以来，全省共下达环境行政处罚决定书{n}份，罚没款金额{n2}万元。',
    '执法人员现场检查发现，{company}{violation}。',
    '对查处的典型案件，及时予以公开曝光，形成强大震慑。',
    '推行“双随机、一公开”监管，随机抽查结果及查处情况全部向社会公开。',
    '对守法意识强、环境管理规范的企业，纳入监督执法正面清单，减少现场检查频次。',
    '开展生态环境执法大练兵，涌现出一批执法业务骨干和优秀案卷。',
    '移送公安机关涉嫌环境污染犯罪案件{n}件，适用行政拘留案件{n2}件。',
    '运用无人机、走航监测等科技手段，提升非现场执法能力。',
  ],
  inspection: [
    '中央第{n}生态环境保护督察组反馈问题中，涉及我省的整改任务共{n2}项。',
    '截至目前，已完成整改{n}项，其余任务正按序时进度推进。',
    '{city}{district}群众反映的{river}沿岸企业异味扰民问题，已完成整改并通过验收销号。',
    '对整改不力、敷衍整改的问题，依规依纪依法严肃问责。',
    '督察整改情况按要求通过省级主要媒体和本厅网站向社会公开。',
    '省级督察组下沉{city}开展督察，受理群众来电来信举报{n}件。',
  ],
  ecology: [
    '全省生态保护红线面积占国土面积的{pct}%，自然保护地体系不断完善。',
    '{city}成功创建国家生态文明建设示范区，{district}获评“绿水青山就是金山银山”实践创新基地。',
    '开展“绿盾”自然保护地强化监督，排查问题线索{n}个，整改完成率{pct}%。',
    '全省已记录野生高等植物{n}种、陆生野生脊椎动物{n2}种。',
    '加强生物多样性保护宣传，引导公众参与生态保护。',
  ],
  climate: [
    '{year}年全省单位地区生产总值二氧化碳排放较上年下降{pct2}%。',
    '全省{n}家发电企业纳入全国碳排放权交易市场，配额清缴完成率100%。',
    '推进减污降碳协同增效，开展城市和产业园区协同创新试点。',
    '加强温室气体排放核算报告和核查管理，严厉打击碳排放数据弄虚作假。',
  ],
  radiation: [
    '全省辐射环境质量总体良好，环境γ辐射剂量率处于本底涨落范围内。',
    '现有核技术利用单位{n}家，放射源{n2}枚，废旧放射源及时安全收贮。',
    '开展核技术利用单位辐射安全专项检查，督促整改隐患{n}处。',
  ],
  monitoring: [
    '全省建成空气自动监测站{n}个、水质自动监测站{n2}个，实现县级行政区全覆盖。',
    '监测数据由{sub}统一审核发布，确保数据真实、准确、完整。',
    '组织开展社会化生态环境监测机构检查，对{n}家机构的问题予以通报。',
    '推进生态环境监测数据联网共享，数据实时传输至省级平台。',
  ],
  openness: [
    '本厅坚持以公开为常态、不公开为例外，全年主动公开政府信息{n}条。',
    '全年共收到政府信息公开申请{n}件，均在法定期限内答复。',
    '政策文件与解读材料同步组织、同步审签、同步部署，确保“三同步”。',
    '进一步规范政府信息公开平台建设，优化栏目设置，方便公众查阅。',
    '主动回应社会关切，就{topic}等热点问题开展政策吹风和在线访谈。',
  ],
  reform: [
    '推行环评审批告知承诺制，{n}个行业的{n2}类项目实行承诺审批。',
    '环评审批时限由法定的60个工作日压缩至{n}个工作日。',
    '建立重大项目环评服务“绿色通道”，实行提前介入、专人对接。',
    '推进“互联网+政务服务”，政务服务事项全程网办率达到{pct}%。',
    '对符合条件的小微企业实行环境管理“正面清单”，营造公平透明的市场环境。',
  ],
  finance: [
    '本部门{year}年收入预算{n}万元，支出预算{n}万元。',
    '“三公”经费预算较上年减少{pct2}%，其中因公出国（境）费为0。',
    '项目支出主要用于生态环境监测、执法监管、污染防治等方面。',
    '严格落实过紧日子要求，压减一般性支出，保障重点领域支出。',
    '政府采购预算{n}万元，其中授予中小企业合同金额占比{pct}%。',
  ],
  marine: [
    '全省近岸海域优良水质面积比例为{pct}%，同比上升{pct2}个百分点。',
    '入海河流国控断面全部消除劣Ⅴ类，入海排污口排查整治稳步推进。',
    '{city}开展美丽海湾建设，实施岸线整治修复{n}公里。',
  ],
};

/** Further facts of a penalty case, for the 违法事实 section of a 行政处罚决定书. */
export const PENALTY_FACTS = [
  '经查，你公司主要从事{product}生产，{year}年取得排污许可证。',
  '现场检查时，你公司生产线正常生产，{facility}处于停运状态。',
  '执法人员调取了你公司近三个月的自动监测数据和环境管理台账，发现数据存在{n2}处异常。',
  '你公司环境保护负责人{person}在调查询问中对上述事实予以确认。',
  '{city}生态环境局已于当日责令你公司立即改正违法行为。',
  '经复查，你公司已完成整改，但违法行为已经发生，依法应当予以处罚。',
  '案件调查过程中，执法人员依法出示了执法证件，告知了当事人依法享有的权利。',
  '经核算，你公司违法排放持续时间约{n2}天，排放废水约{n}吨，排入{river}。',
  '本案经集体讨论，认定违法事实清楚、证据确凿、程序合法。',
  '你公司系环境监管重点单位，应当依法履行自行监测和信息公开义务。',
  '执法人员使用无人机对厂区进行了航拍取证，并制作了现场检查（勘察）笔录。',
  '你公司{facility}运行记录缺失，无法说明检查前{n2}日的运行情况。',
  '{city}生态环境监测站对你公司{outlet}进行了采样，样品编号为{city}监〔{year}〕{n}号。',
];
export const FACILITIES = ['污水处理站', '废气处理设施', '活性炭吸附装置', '脱硫脱硝设施', '布袋除尘器', '在线监测设备', 'RTO焚烧炉', '事故应急池'];
export const OUTLETS = ['废水总排放口', '雨水排放口', '1号废气排放口', '2号废气排放口', '车间排放口'];

/** News and meeting headlines by theme; {city}, {topic}, {year}, {n} as in SENTENCES. */
export const NEWS_TITLES = [
  '全省{topic}工作推进会在{city}召开',
  '省生态环境厅召开{topic}专题会议',
  '省生态环境厅赴{city}调研{topic}工作',
  '{city}生态环境局扎实推进{topic}',
  '{city}多措并举推进{topic}取得阶段性成效',
  '全省{topic}现场会在{city}召开',
  '省生态环境厅开展{topic}督导帮扶',
  '{city}举办{topic}业务培训班',
  '{year}年全省{topic}工作会议召开',
  '我厅组织开展“六五环境日”系列宣传活动',
  '省生态环境厅召开{year}年第{n}次厅务会议',
  '{city}生态环境局开展{topic}专项执法检查',
  '全省生态环境系统{topic}经验交流会召开',
  '省生态环境厅与{city}人民政府签署{topic}合作协议',
  '{city}{district}：以{topic}助推高质量发展',
];

export const PROJECT_TYPES = [
  { name: '污水处理厂扩建工程', industry: '环保' },
  { name: '危险废物综合利用项目', industry: '环保科技' },
  { name: '热电联产项目', industry: '热电' },
  { name: '年产{n}万吨{product}项目', industry: '' },
  { name: '生活垃圾焚烧发电项目', industry: '环保' },
  { name: '220千伏输变电工程', industry: '电力' },
  { name: '高速公路改扩建工程', industry: '交通' },
  { name: '港区{n}号泊位工程', industry: '交通' },
  { name: 'LNG接收站二期工程', industry: '能源' },
  { name: '锂电池材料一体化项目', industry: '新材料' },
  { name: '抽水蓄能电站工程', industry: '能源' },
  { name: '化工园区公共管廊项目', industry: '化工' },
  { name: '铁矿露天开采项目', industry: '采矿' },
  { name: '医药中间体技术改造项目', industry: '制药' },
];

export const EIA_FIRMS = [
  '江南省环境科学研究院',
  '江州绿洲环境技术有限公司',
  '云港蓝天环保咨询有限公司',
  '江南中环评价技术有限公司',
  '青山环宇工程咨询有限公司',
  '南湖清源环境科技有限公司',
];

export const SERVICES = [
  { title: '建设项目环境影响报告书（表）审批办事指南', url: 'https://zwfw.jiangnan.example.gov.cn/sthjt/hpsp' },
  { title: '排污许可证核发办事指南', url: 'https://zwfw.jiangnan.example.gov.cn/sthjt/pwxk' },
  { title: '危险废物经营许可证核发办事指南', url: 'https://zwfw.jiangnan.example.gov.cn/sthjt/wfxk' },
  { title: '辐射安全许可证核发办事指南', url: 'https://zwfw.jiangnan.example.gov.cn/sthjt/fsaq' },
  { title: '生态环境信用修复申请指南', url: 'https://zwfw.jiangnan.example.gov.cn/sthjt/xyxf' },
  { title: '排污权交易申请指南', url: 'https://zwfw.jiangnan.example.gov.cn/sthjt/pwqjy' },
  { title: '政府信息公开申请', url: '/columns/on-request/' },
];
