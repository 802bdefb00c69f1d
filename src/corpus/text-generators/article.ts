/** Corpus item types of kind `article`: 公开信息 (articles): 工作动态, 行政处罚, 行政许可, 环评, 通知公告, 环境质量, 污染防治, 督察, 建议提案, 预决算 and the fixed pages. */
import {
  PENALTY_FACTS,
  CITIES,
  EIA_FIRMS,
  LAWS,
  NEWS_TITLES,
  PROJECT_TYPES,
  SECTION_NUMBERS,
  STANDARDS,
  VIOLATIONS,
  WATER_POLLUTANTS,
  AIR_POLLUTANTS,
  RIVERS,
  DIVISIONS,
  type Theme,
} from '../bank.ts';
import { Doc, amountInWords, cnDate, groupDigits, table } from '../text.ts';
import { type TypeSpec, type Written, ym, pdf, closing, grow, mentionPolicy, toCn } from './common.ts';

// ——— 工作动态 ———
const news: TypeSpec['write'] = (w) => {
  const { y } = ym(w.item);
  const title = w.f.fill(w.rng.pick(NEWS_TITLES), { year: String(y), n: String(w.rng.int(1, 30)) });
  const doc = new Doc();
  const d = cnDate(w.item.published);
  doc.add(
    `${d}，${w.f.fill(w.rng.pick(['全省{topic}工作推进会在{city}召开。', '省生态环境厅组织召开{topic}专题会议。', '省生态环境厅调研组赴{city}开展{topic}专题调研。', '{city}生态环境局召开{topic}工作部署会。']))}${w.f.sentence('general')}`,
  );
  doc.fillHere();
  if (w.rng.chance(0.25)) {
    const m = mentionPolicy(w);
    if (m) doc.add(m);
  }
  doc.add(w.f.sentence('general'));
  return {
    title,
    keywords: [...w.item.topic.keywords, '工作动态'],
    summary: w.rng.chance(0.4) ? w.f.fill('{city}扎实推进{topic}，取得阶段性成效。') : undefined,
    body: grow(w, doc, w.rng.skewed(500, 900, 2200)),
  };
};

// ——— 行政处罚决定书 ———
const penalty: TypeSpec['write'] = (w) => {
  const r = w.rng;
  const n = w.f.namer;
  const city = w.item.city;
  const industry = n.industry();
  const company = n.company(city, industry);
  const v = r.pick(VIOLATIONS.filter((x) => x.medium === industry.medium || x.medium === 'permit' || x.medium === 'eia' || industry.medium === 'mixed'));
  const laws = LAWS.filter((l) => l.medium === v.medium);
  const lawPick = r.pick(laws.length ? laws : LAWS);
  const amount = r.pick([1, 2, 3, 5, 8, 10, 12, 15, 20, 25, 30, 38, 45, 50, 60, 80, 100]) * 10000 + (r.chance(0.2) ? r.int(1, 9) * 1000 : 0);
  const pollutant = v.medium === 'air' ? r.pick(AIR_POLLUTANTS) : r.pick(WATER_POLLUTANTS);
  const measured = (pollutant.limit * (1 + r.int(10, 250) / 100)).toFixed(pollutant.limit < 5 ? 2 : 0);
  const violation = w.f.fill(v.text, { pollutant: pollutant.name, airPollutant: pollutant.name });
  const inspected = new Date(`${w.item.written ?? w.item.published}T00:00:00Z`);
  inspected.setUTCDate(inspected.getUTCDate() - r.int(30, 90));
  const inspectedDate = inspected.toISOString().slice(0, 10);
  const cityLevel = w.item.extra.cityLevel === true;
  const who = cityLevel ? `${city.name}生态环境局` : '江南省生态环境厅';
  const self = cityLevel ? '本局' : '本厅';
  const doc = new Doc();
  doc.heading('当事人基本情况');
  doc.add(
    table(
      ['项目', '内容'],
      [
        ['当事人名称', company],
        ['统一社会信用代码', n.creditCode()],
        ['法定代表人', n.person()],
        ['地址', n.address(city)],
      ],
    ),
  );
  doc.heading('一、违法事实');
  const standard = r.pick(STANDARDS.filter((s) => s.medium === (v.medium === 'air' ? 'air' : 'water')));
  doc.add(
    `${cnDate(inspectedDate)}，${city.name}生态环境局执法人员对你公司进行现场检查，发现你公司${violation}。${v.keyword === '超标排放' ? `经${city.name}生态环境监测站采样监测，${pollutant.name}浓度为${measured}毫克/${v.medium === 'air' ? '立方米' : '升'}，超过${standard.name}规定的排放限值（${pollutant.limit}毫克/${v.medium === 'air' ? '立方米' : '升'}）。` : ''}`,
  );
  doc.fillHere();
  doc.add('以上事实，有现场检查（勘察）笔录、调查询问笔录、监测报告、现场照片、视频资料等证据为证。');
  doc.heading('二、陈述申辩和听证情况');
  doc.add(
    r.chance(0.5)
      ? `${self}于${cnDate(w.item.written ?? w.item.published)}前向你公司送达了《行政处罚事先（听证）告知书》，你公司在法定期限内未提出陈述申辩，也未申请听证。`
      : `${self}向你公司送达了《行政处罚事先（听证）告知书》。你公司在法定期限内提交了书面陈述申辩，称${r.pick(['违法行为系设备突发故障所致', '已于检查次日完成整改', '企业经营困难，请求减轻处罚'])}。经复核，${self}认为你公司违法事实清楚，证据确凿，${r.pick(['对主动整改情节在裁量时予以考虑', '陈述申辩理由不予采纳'])}。`,
  );
  doc.heading('三、处罚依据和处罚决定');
  doc.add(
    `你公司的上述行为违反了${lawPick.name}${lawPick.violated}的规定。依据${lawPick.name}${lawPick.penalty}的规定，参照《江南省生态环境行政处罚自由裁量基准》，${self}决定对你公司作出如下行政处罚：`,
  );
  doc.add(`**罚款人民币${amountInWords(amount)}（¥${groupDigits(amount)}.00）。**`);
  doc.heading('四、履行方式和期限');
  doc.add(
    `你公司应当自收到本决定书之日起15日内，持本决定书到指定银行缴纳罚款，或者通过江南省非税收入网上缴费平台缴纳。到期不缴纳罚款的，${self}可以每日按罚款数额的3%加处罚款。`,
  );
  doc.heading('五、救济途径');
  doc.add(
    `你公司如不服本处罚决定，可以在收到本决定书之日起60日内向${cityLevel ? `${city.name}人民政府` : '江南省人民政府'}申请行政复议，也可以在6个月内向${city.name}中级人民法院提起行政诉讼。申请行政复议或者提起行政诉讼期间，不停止本决定的执行。`,
  );
  doc.add(...closing(w.item, who));
  const title = `${company}行政处罚决定书（${w.item.docNumber ?? ''}）`.replace('（）', '');
  return {
    title,
    keywords: ['行政处罚', v.keyword, industry.name],
    summary: r.chance(0.7) ? `${company}${violation.replace(/。$/, '')}，罚款${amount / 10000}万元。`.slice(0, 290) : undefined,
    category: '行政处罚决定书',
    publisher: cityLevel ? who : undefined,
    attachments: r.chance(0.15) ? [pdf(w, 'jds', `${company}行政处罚决定书（扫描件）`)] : [],
    body: doc.grow(r.skewed(900, 1500, 2600), () =>
      Array.from({ length: r.int(2, 4) }, () => w.f.pickFrom(PENALTY_FACTS, { product: industry.product })).join(''),
    ),
  };
};

// ——— 行政许可 ———
const permit: TypeSpec['write'] = (w) => {
  const r = w.rng;
  const n = w.f.namer;
  const { y, m } = ym(w.item);
  const variant = r.weighted([5, 2, 1]);
  const doc = new Doc();
  if (variant === 0) {
    const rows = Array.from({ length: r.int(3, 12) }, (_, i) => {
      const city = n.city();
      return [String(i + 1), n.company(city), city.name, r.pick(['首次申请', '延续', '变更', '重新申请']), r.pick(['重点管理', '重点管理', '简化管理'])];
    });
    const batch = Number(w.item.extra.batch ?? 1);
    doc.add(`根据《排污许可管理条例》和《中华人民共和国政府信息公开条例》的规定，现将本厅${y}年${m}月排污许可证审批结果（第${batch}批）公告如下。`);
    doc.heading('一、总体情况');
    doc.add(`${y}年${m}月，本厅共受理排污许可证申请${rows.length + r.int(0, 3)}件，办结${rows.length}件。所有办结事项均在法定期限内完成。`);
    doc.heading('二、审批结果');
    doc.add(table(['序号', '单位名称', '所在设区市', '办理类型', '管理类别'], rows));
    doc.add('各单位的统一社会信用代码、许可证编号和有效期详见附件。');
    doc.heading('三、有关说明');
    doc.fillHere();
    return {
      title: `江南省生态环境厅${y}年${m}月排污许可证审批结果公告（第${batch}批）`,
      keywords: ['排污许可', '审批结果', '行政许可'],
      summary: `${y}年${m}月本厅共办结排污许可证审批${rows.length}件。`,
      category: '行政许可结果',
      attachments: [{ rel: `./files/${w.item.slug}-qingdan.csv`, title: `${y}年${m}月排污许可证审批结果清单`, blob: 'list.csv' }],
      body: grow(w, doc, r.skewed(500, 900, 2000), 'permit'),
    };
  }
  const city = n.city();
  const company = n.company(city, variant === 1 ? { name: '环保科技', product: '危险废物综合利用产品', medium: 'waste' } : n.industry());
  const kind = variant === 1 ? '危险废物经营许可证' : '辐射安全许可证';
  doc.add(
    `根据${variant === 1 ? '《危险废物经营许可证管理办法》' : '《放射性同位素与射线装置安全许可管理办法》'}的规定，经审查，本厅决定向${company}核发${kind}，现予公告。`,
  );
  doc.add(
    table(
      ['项目', '内容'],
      [
        ['单位名称', company],
        ['许可证编号', `JN${variant === 1 ? 'WF' : 'FS'}${y}${String(r.int(1, 999)).padStart(3, '0')}`],
        ['经营（使用）地址', n.address(city)],
        [
          variant === 1 ? '核准经营类别' : '许可种类和范围',
          variant === 1
            ? r.pick(['HW08废矿物油与含矿物油废物', 'HW17表面处理废物', 'HW49其他废物', 'HW18焚烧处置残渣'])
            : r.pick(['使用Ⅱ类射线装置', '使用Ⅴ类放射源', '销售Ⅱ类、Ⅲ类射线装置']),
        ],
        ['有效期', `${y}年${m}月至${y + 5}年${m}月`],
      ],
    ),
  );
  doc.fillHere();
  doc.add(w.f.sentence('permit'));
  return {
    title: `关于核发${company}${kind}的公告`,
    keywords: ['行政许可', kind, variant === 1 ? '危险废物' : '辐射安全'],
    category: '行政许可结果',
    attachments: r.chance(0.4) ? [pdf(w, 'xkz', `${company}${kind}（副本）`)] : [],
    body: grow(w, doc, r.skewed(500, 800, 1800), variant === 1 ? 'waste' : 'radiation'),
  };
};

// ——— 环境影响评价 ———
const eia: TypeSpec['write'] = (w) => {
  const r = w.rng;
  const n = w.f.namer;
  const city = w.item.city;
  const industry = n.industry();
  const company = n.company(city, industry);
  const pt = r.pick(PROJECT_TYPES);
  const project = `${company.replace(/(股份)?有限(责任)?公司$/, '')}${w.f.fill(pt.name, { n: String(r.int(1, 60)), product: industry.product })}`;
  const stage = String(w.item.extra.stage);
  const doc = new Doc();
  const firm = r.pick(EIA_FIRMS);
  if (stage === 'approval') {
    doc.add(`${company}：`);
    doc.add(`你公司报送的《${project}环境影响报告书》（以下简称《报告书》）收悉。经研究，批复如下：`);
    doc.heading('一、项目概况');
    doc.add(w.f.fill('项目位于{city}{district}{park}，总投资{n}亿元，其中环保投资{n2}千万元。'));
    doc.add(
      '在全面落实《报告书》提出的各项污染防治和生态保护措施后，项目建设对环境的不利影响能够得到缓解和控制。我厅同意你公司按照《报告书》所列项目的性质、规模、地点和环境保护措施进行建设。',
    );
    doc.heading('二、项目建设和运行中应重点做好的工作');
    doc.add(
      [
        `1. **废水。** ${w.f.fill('项目废水经厂区污水处理站预处理后接入{park}污水处理厂集中处理，尾水排入{river}。')}`,
        `2. **废气。** ${r.pick(['对工艺废气进行收集处理，确保稳定达标排放。', '挥发性有机物废气经“活性炭吸附+催化燃烧”装置处理后达标排放。', '锅炉烟气采用低氮燃烧和SCR脱硝工艺，颗粒物、二氧化硫、氮氧化物排放浓度执行超低排放要求。'])}`,
        `3. **固体废物。** 危险废物委托有资质单位处置，一般工业固体废物优先综合利用。`,
        `4. **风险防范。** 设置事故应急池，制定突发环境事件应急预案并备案。`,
      ].join('\n'),
    );
    doc.fillHere();
    doc.heading('三、其他要求');
    doc.add(`项目建成后应当依法申领排污许可证，按规定开展竣工环境保护验收。${city.name}生态环境局负责该项目施工期和运营期的环境保护监督检查工作。`);
    doc.add(...closing(w.item));
    return {
      title: `关于${project}环境影响报告书的批复`,
      keywords: ['环境影响评价', '审批决定', industry.name],
      summary: r.chance(0.5) ? `同意${project}按照报告书所列性质、规模、地点和环境保护措施进行建设。` : undefined,
      category: '环评审批决定',
      attachments: r.chance(0.7) ? [pdf(w, 'pifu', `${project}环境影响报告书批复文件`)] : [],
      body: grow(w, doc, r.skewed(800, 1400, 2600), 'eia'),
    };
  }
  const label = stage === 'accept' ? '受理情况公示' : '拟审批公示';
  doc.add(
    `根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》的规定，现对${project}环境影响评价文件${stage === 'accept' ? '受理情况' : '拟作出的审批意见'}予以公示。公示期为${cnDate(w.item.published)}起10个工作日。`,
  );
  doc.add(
    table(
      ['项目', '内容'],
      [
        ['项目名称', project],
        ['建设地点', `${city.name}${n.district(city)}`],
        ['建设单位', company],
        ['环境影响评价机构', firm],
        [stage === 'accept' ? '受理日期' : '拟审批意见', stage === 'accept' ? cnDate(w.item.published) : '原则同意'],
      ],
    ),
  );
  doc.heading('主要环境影响及预防或者减轻不良环境影响的对策和措施');
  doc.fillHere();
  doc.heading('公众参与');
  doc.add(
    `公示期间，公众可通过信函、电子邮件等方式向我厅反映与该建设项目环境影响评价有关的意见和建议。联系部门：环境影响评价与排放管理处，联系电话：0990-123456${r.int(10, 99)}。`,
  );
  return {
    title: `${project}环境影响评价文件${label}`,
    keywords: ['环境影响评价', stage === 'accept' ? '受理公示' : '拟审批公示', industry.name],
    category: `环评${label}`,
    attachments: r.chance(0.6) ? [pdf(w, 'gongshi', `${project}环境影响报告书（公示本）`)] : [],
    body: grow(w, doc, r.skewed(600, 1000, 2200), 'eia'),
  };
};

// ——— 通知公告（文章） ———
const notice: TypeSpec['write'] = (w) => {
  const r = w.rng;
  const { y } = ym(w.item);
  const t = w.item.topic;
  const variant = r.weighted([3, 3, 2, 2]);
  const doc = new Doc();
  let title: string;
  let category: string;
  const attachments: Written['attachments'] = [];
  if (variant === 0) {
    title = `关于公开征求《江南省${t.label}${r.pick(['管理办法', '实施细则', '工作方案', '技术规范'])}（征求意见稿）》意见的通知`;
    category = '征求意见';
    doc.add(
      `为${w.f.fill('进一步做好{topic}工作')}，我厅组织起草了征求意见稿，现向社会公开征求意见。公众可在${cnDate(w.item.published)}起30日内，通过电子邮件或信函方式反馈意见。`,
    );
    attachments.push(pdf(w, 'zqyjg', '征求意见稿'));
    if (r.chance(0.5)) attachments.push(pdf(w, 'qcsm', '起草说明'));
  } else if (variant === 1) {
    title = `关于${y}年度${t.label}${r.pick(['评估结果', '考核结果', '检查情况', '拟推荐名单'])}的公示`;
    category = '公示';
    const rows = Array.from({ length: r.int(4, 10) }, (_, i) => [
      String(i + 1),
      w.f.namer.company(),
      r.pick(CITIES).name,
      r.pick(['优秀', '良好', '合格', '整改后合格']),
    ]);
    doc.add(`根据有关规定，现将${y}年度${t.label}有关结果予以公示。公示期为5个工作日。`);
    doc.add(table(['序号', '单位名称', '所在设区市', '结果'], rows));
  } else if (variant === 2) {
    title = `关于举办${y}年全省${t.label}业务培训班的通知`;
    category = '通知';
    doc.add(
      `各设区市生态环境局，厅机关各处室、各直属单位：\n\n为提升全省生态环境系统${t.label}业务能力，我厅定于${cnDate(w.item.published)}后举办培训班。现将有关事项通知如下。`,
    );
    doc.heading('一、培训内容');
    doc.heading('二、参加人员');
    doc.add(`各设区市生态环境局分管负责同志和业务骨干各1名，${r.pick(DIVISIONS)}全体人员。`);
  } else {
    title = `关于${y}年${r.pick(['上半年', '第三季度', '第一季度', '下半年'])}${t.label}${r.pick(['情况的通报', '工作进展的通报', '专项检查情况的通报'])}`;
    category = '通报';
    doc.add(`各设区市生态环境局：\n\n现将有关情况通报如下。`);
  }
  doc.fillHere();
  doc.add(...closing(w.item));
  return {
    title,
    keywords: [...t.keywords, category],
    category,
    attachments,
    body: grow(w, doc, r.skewed(500, 800, 2000)),
  };
};

// ——— 环境质量（文章） ———
const airQuality: TypeSpec['write'] = (w) => {
  const r = w.rng;
  const { y, m } = ym(w.item);
  const mm = m === 1 ? 12 : m - 1;
  const yy = m === 1 ? y - 1 : y;
  const rows = CITIES.map((c) => ({ c: c.name, pm: r.int(18, 48), good: r.int(700, 1000) / 10 })).sort((a, b) => a.pm - b.pm);
  const doc = new Doc();
  doc.add(
    `${yy}年${mm}月，全省${CITIES.length}个设区市环境空气质量优良天数比例平均为${(rows.reduce((s, x) => s + x.good, 0) / CITIES.length).toFixed(1)}%，PM2.5平均浓度为${Math.round(rows.reduce((s, x) => s + x.pm, 0) / CITIES.length)}微克/立方米。`,
  );
  doc.add(
    table(
      ['排名', '设区市', 'PM2.5浓度（微克/立方米）', '优良天数比例（%）'],
      rows.map((x, i) => [String(i + 1), x.c, String(x.pm), x.good.toFixed(1)]),
    ),
  );
  doc.fillHere();
  doc.add('注：排名按PM2.5浓度由低到高排列。数据为实时监测数据，未经最终审核，以年度环境状况公报为准。');
  return {
    title: `${yy}年${mm}月全省设区市环境空气质量状况`,
    keywords: ['空气质量', '环境质量', 'PM2.5'],
    category: '环境质量月报',
    attachments: r.chance(0.2) ? [{ rel: `./files/${w.item.slug}-shuju.csv`, title: '设区市空气质量数据', blob: 'table.csv' }] : [],
    body: grow(w, doc, r.skewed(500, 800, 1600), 'air'),
  };
};

const waterQuality: TypeSpec['write'] = (w) => {
  const r = w.rng;
  const { y } = ym(w.item);
  const week = Math.max(1, Math.ceil((Date.parse(w.item.published) - Date.parse(`${y}-01-01`)) / 86400000 / 7));
  const stations = r
    .sample(RIVERS, 8)
    .map((river) => [
      river,
      `${r.pick(CITIES).short}${r.pick(['大桥', '水厂', '入江口', '出境', '闸口'])}`,
      r.pick(['Ⅰ', 'Ⅱ', 'Ⅱ', 'Ⅲ', 'Ⅲ', 'Ⅳ']),
      r.pick(['—', '—', '—', '总磷', '氨氮', '化学需氧量']),
    ]);
  const doc = new Doc();
  doc.add(`${y}年第${week}周，全省地表水水质自动监测站点中，Ⅰ—Ⅲ类水质站点占${(r.int(850, 990) / 10).toFixed(1)}%。主要监测站点水质如下：`);
  doc.add(table(['河流', '站点', '水质类别', '超标项目'], stations));
  doc.fillHere();
  return {
    title: `${y}年第${week}周全省地表水水质自动监测周报`,
    keywords: ['地表水', '水质周报', '环境质量'],
    category: '水质周报',
    body: grow(w, doc, r.skewed(500, 700, 1400), 'water'),
  };
};

const drinkingWater: TypeSpec['write'] = (w) => {
  const r = w.rng;
  const { y, m } = ym(w.item);
  const q = Math.max(1, Math.ceil(m / 3) - 1) || 4;
  const doc = new Doc();
  doc.add(`${y}年第${q}季度，全省县级以上城市集中式饮用水水源地水质达标率为100%。`);
  doc.add(
    table(
      ['设区市', '水源地数量', '达标数量', '达标率（%）'],
      CITIES.map((c) => {
        const k = r.int(1, 6);
        return [c.name, String(k), String(k), '100'];
      }),
    ),
  );
  doc.fillHere();
  return {
    title: `${y}年第${q}季度全省县级以上城市集中式饮用水水源地水质状况`,
    keywords: ['饮用水水源地', '水质', '环境质量'],
    category: '水源地水质季报',
    body: grow(w, doc, r.skewed(500, 800, 1500), 'water'),
  };
};

const bulletin: TypeSpec['write'] = (w) => {
  const r = w.rng;
  const { y } = ym(w.item);
  const doc = new Doc();
  doc.add(`${y - 1}年，全省生态环境质量持续改善。现发布《${y - 1}年江南省生态环境状况公报》。`);
  for (const [i, theme] of (['air', 'water', 'soil', 'ecology', 'radiation', 'climate'] as Theme[]).entries()) {
    doc.heading(`${SECTION_NUMBERS[i]}、${['大气环境', '水环境', '土壤环境', '自然生态', '辐射环境', '应对气候变化'][i]}`);
    doc.add(w.f.paragraph(theme));
  }
  return {
    title: `${y - 1}年江南省生态环境状况公报`,
    keywords: ['生态环境状况公报', '环境质量'],
    summary: `${y - 1}年全省生态环境质量持续改善。`,
    category: '生态环境状况公报',
    attachments: [pdf(w, 'gongbao', `${y - 1}年江南省生态环境状况公报（全文）`)],
    body: grow(w, doc, r.skewed(1500, 2400, 3000), 'general'),
  };
};

// ——— 污染防治、督察、建议提案等 ———
function themeArticle(theme: Theme, label: string): TypeSpec['write'] {
  return (w) => {
    const r = w.rng;
    const t = w.f.namer.topicOf(theme);
    const { y } = ym(w.item);
    const title = w.f.fill(
      r.pick([
        `{city}${t.label}工作进展情况`,
        `${y}年全省${t.label}工作进展`,
        `{city}${t.label}典型案例`,
        `关于${y}年${t.label}重点任务完成情况的报告`,
        `全省${t.label}取得积极成效`,
      ]),
    );
    const doc = new Doc();
    doc.add(w.f.paragraph(theme));
    doc.fillHere();
    const m = r.chance(0.3) ? mentionPolicy(w) : undefined;
    if (m) doc.add(m);
    return {
      title,
      keywords: [...t.keywords, label],
      category: r.chance(0.5) ? '工作进展' : undefined,
      body: grow(w, doc, r.skewed(500, 1000, 2400), theme),
    };
  };
}

const soil: TypeSpec['write'] = (w) => {
  const r = w.rng;
  if (r.chance(0.5)) return themeArticle(r.chance(0.5) ? 'soil' : 'waste', '污染防治')(w);
  const { y } = ym(w.item);
  const batch = r.int(1, 6);
  const rows = Array.from({ length: r.int(3, 8) }, (_, i) => {
    const c = w.f.namer.city();
    return [String(i + 1), `${c.short}${r.pick(['原化工厂', '原农药厂', '原电镀厂', '原焦化厂', '原印染厂'])}地块`, c.name, r.pick(['风险管控', '治理修复'])];
  });
  const doc = new Doc();
  doc.add(
    `根据《中华人民共和国土壤污染防治法》和《建设用地土壤污染风险管控和修复名录管理办法》，现公布${y}年第${batch}批建设用地土壤污染风险管控和修复名录调整情况。`,
  );
  doc.add(table(['序号', '地块名称', '所在设区市', '管控或修复类型'], rows));
  doc.fillHere();
  return {
    title: `江南省建设用地土壤污染风险管控和修复名录（${y}年第${batch}批）`,
    keywords: ['土壤污染', '风险管控', '修复名录'],
    category: '名录',
    attachments: [{ rel: `./files/${w.item.slug}-minglu.csv`, title: '名录清单', blob: 'list.csv' }],
    body: grow(w, doc, r.skewed(500, 800, 1600), 'soil'),
  };
};

const keyUnits: TypeSpec['write'] = (w) => {
  const { y } = ym(w.item);
  const doc = new Doc();
  doc.add(`根据《环境监管重点单位名录管理办法》，经各设区市生态环境局筛选确定、省生态环境厅汇总，现公布${y}年江南省环境监管重点单位名录。`);
  doc.add(
    table(
      ['类别', '单位数量'],
      [
        ['水环境重点排污单位', String(w.rng.int(600, 900))],
        ['大气环境重点排污单位', String(w.rng.int(700, 1100))],
        ['土壤污染重点监管单位', String(w.rng.int(300, 600))],
        ['环境风险重点管控单位', String(w.rng.int(200, 500))],
      ],
    ),
  );
  doc.fillHere();
  return {
    title: `${y}年江南省环境监管重点单位名录`,
    keywords: ['重点排污单位', '名录'],
    category: '名录',
    attachments: [{ rel: `./files/${w.item.slug}-minglu.csv`, title: `${y}年环境监管重点单位名录`, blob: 'list.csv' }],
    body: grow(w, doc, w.rng.skewed(500, 800, 1600), 'permit'),
  };
};

const duchao: TypeSpec['write'] = (w) => {
  const r = w.rng;
  const round = r.pick(['第二轮', '第三轮']);
  const doc = new Doc();
  const rows = Array.from({ length: r.int(3, 8) }, (_, i) => [
    String(i + 1),
    w.f.fill(
      r.pick([
        '{city}{district}{river}沿岸企业异味扰民问题',
        '{city}工业园区污水处理能力不足问题',
        '{city}危险废物违规贮存问题',
        '{city}{district}矿山生态修复滞后问题',
        '{city}城市黑臭水体反弹问题',
      ]),
    ),
    r.pick(['已完成', '已完成', '序时推进', '基本完成']),
  ]);
  doc.add(`按照中央生态环境保护督察${round}反馈意见整改要求，现将整改落实情况公开如下。`);
  doc.add(table(['序号', '问题', '整改进展'], rows));
  doc.fillHere();
  return {
    title: `中央生态环境保护督察${round}反馈问题整改落实情况（第${r.int(1, 30)}期）`,
    keywords: ['督察整改', '中央督察'],
    category: '督察整改',
    body: grow(w, doc, r.skewed(600, 1100, 2400), 'inspection'),
  };
};

const proposal: TypeSpec['write'] = (w) => {
  const r = w.rng;
  const { y } = ym(w.item);
  const isProposal = w.item.docPrefix === '江环提';
  const no = r.int(10, 1200);
  const person = w.f.namer.person();
  const t = w.item.topic;
  const doc = new Doc();
  doc.add(`${person}${isProposal ? '委员' : '代表'}：`);
  doc.add(`您提出的关于${t.label}的${isProposal ? '提案' : '建议'}收悉。经认真研究，现答复如下：`);
  for (let s = 0; s < r.int(2, 4); s++) {
    doc.heading(`${SECTION_NUMBERS[s]}、${r.pick(['工作开展情况', '存在的主要问题', '下一步工作打算', '关于您提出的具体建议'])}`);
    doc.add(w.f.paragraph(t.theme));
    if (s === 0) doc.fillHere();
  }
  doc.add('衷心感谢您对生态环境保护工作的关心和支持，欢迎继续提出宝贵意见。');
  doc.add(...closing(w.item));
  return {
    title: `关于省${isProposal ? '政协十三届' : '十四届人大'}${toCn(Math.max(1, y - 2022))}次会议第${String(no).padStart(4, '0')}号${isProposal ? '提案' : '建议'}的答复`,
    keywords: [isProposal ? '政协提案' : '人大建议', '答复', ...t.keywords.slice(0, 1)],
    category: isProposal ? '提案答复' : '建议答复',
    body: grow(w, doc, r.skewed(800, 1400, 2600), t.theme),
  };
};

const budget =
  (final: boolean): TypeSpec['write'] =>
  (w) => {
    const { y } = ym(w.item);
    const year = final ? y - 1 : y;
    const doc = new Doc();
    const total = w.rng.int(30000, 90000);
    doc.add(`根据预算管理有关规定，现将江南省生态环境厅${year}年部门${final ? '决算' : '预算'}公开如下。`);
    doc.heading(`一、部门${final ? '决算' : '预算'}总体情况`);
    doc.add(`${year}年本部门${final ? '决算' : '预算'}收入${groupDigits(total)}万元，支出${groupDigits(total - w.rng.int(0, 500))}万元。`);
    doc.add(
      table(
        ['项目', '金额（万元）'],
        [
          ['一般公共预算财政拨款', groupDigits(Math.round(total * 0.86))],
          ['政府性基金', '0'],
          ['事业收入', groupDigits(Math.round(total * 0.1))],
          ['其他收入', groupDigits(Math.round(total * 0.04))],
        ],
      ),
    );
    doc.heading('二、“三公”经费情况');
    doc.fillHere();
    doc.heading('三、其他重要事项说明');
    return {
      title: `江南省生态环境厅${year}年部门${final ? '决算' : '预算'}`,
      keywords: [final ? '部门决算' : '部门预算', '三公经费'],
      category: final ? '部门决算' : '部门预算',
      attachments: [pdf(w, final ? 'juesuan' : 'yusuan', `${year}年部门${final ? '决算' : '预算'}公开表`)],
      body: grow(w, doc, w.rng.skewed(800, 1200, 2200), 'finance'),
    };
  };

const fixedArticle =
  (titles: string[], theme: Theme, keywords: string[]): TypeSpec['write'] =>
  (w) => {
    const { y } = ym(w.item);
    const doc = new Doc();
    const base = titles[Number(w.item.extra.variant ?? 0) % titles.length]!;
    doc.add(w.f.paragraph(theme));
    doc.fillHere();
    doc.add(`联系地址：江南省江州市环湖路 88 号，邮编 990001；联系电话：0990-12345678。`);
    return {
      title: `${base}（${y}年版）`,
      keywords,
      attachments: w.rng.chance(0.4) ? [pdf(w, 'biao', `${base}附表`)] : [],
      body: grow(w, doc, w.rng.skewed(600, 1200, 2400), theme),
    };
  };

const census: TypeSpec['write'] = (w) => {
  const r = w.rng;
  const doc = new Doc();
  doc.add(
    `第二次全国污染源普查${r.pick(['入户调查', '数据审核', '质量核查', '成果发布', '档案整理'])}工作${r.pick(['全面启动', '有序推进', '顺利完成', '通过国家验收'])}。`,
  );
  doc.fillHere();
  return {
    title: w.f.fill(
      r.pick(['{city}第二次全国污染源普查{x}工作顺利完成', '全省第二次全国污染源普查{x}工作推进会召开', '江南省第二次全国污染源普查{x}情况通报']),
      { x: r.pick(['入户调查', '数据审核', '质量核查', '成果发布', '档案整理']) },
    ),
    keywords: ['污染源普查', '第二次全国污染源普查'],
    body: grow(w, doc, r.skewed(500, 900, 1800), 'monitoring'),
  };
};

export const newsType: TypeSpec = { key: 'news', kind: 'article', column: 'news', prefix: 'news', share: 0, min: 1, write: news };
export const penaltyType: TypeSpec = {
  key: 'penalty',
  kind: 'article',
  column: 'penalties',
  prefix: 'penalty',
  share: 0.2,
  min: 1,
  docPrefix: (i) => (i.extra.cityLevel ? `${i.city.short}环罚` : '江环罚'),
  write: penalty,
};
export const permitType: TypeSpec = { key: 'permit', kind: 'article', column: 'permits', prefix: 'permit', share: 0.11, min: 1, write: permit };
export const eiaType: TypeSpec = {
  key: 'eia',
  kind: 'article',
  column: 'eia',
  prefix: 'eia',
  share: 0.1,
  min: 1,
  docPrefix: (i) => (i.extra.stage === 'approval' ? '江环审' : undefined),
  write: eia,
};
export const noticeType: TypeSpec = { key: 'notice', kind: 'article', column: 'notices', prefix: 'notice', share: 0.06, min: 1, write: notice };
export const airQualityType: TypeSpec = { key: 'air-quality', kind: 'article', column: 'air-quality', prefix: 'aq', share: 0.015, min: 1, write: airQuality };
export const waterQualityType: TypeSpec = {
  key: 'water-quality',
  kind: 'article',
  column: 'water-quality',
  prefix: 'wq',
  share: 0.02,
  min: 1,
  write: waterQuality,
};
export const drinkingWaterType: TypeSpec = {
  key: 'drinking-water',
  kind: 'article',
  column: 'drinking-water',
  prefix: 'dw',
  share: 0.005,
  min: 1,
  write: drinkingWater,
};
export const bulletinType: TypeSpec = {
  key: 'bulletin',
  kind: 'article',
  column: 'environment-bulletin',
  prefix: 'gongbao',
  share: 0,
  min: 1,
  yearly: { month: 6, days: [1, 5] },
  write: bulletin,
};
export const airArticleType: TypeSpec = {
  key: 'air-article',
  kind: 'article',
  column: 'air-pollution',
  prefix: 'daqi',
  share: 0.02,
  min: 1,
  write: themeArticle('air', '大气污染防治'),
};
export const waterArticleType: TypeSpec = {
  key: 'water-article',
  kind: 'article',
  column: 'water-pollution',
  prefix: 'shui',
  share: 0.02,
  min: 1,
  write: themeArticle('water', '水污染防治'),
};
export const soilType: TypeSpec = { key: 'soil', kind: 'article', column: 'soil-and-waste', prefix: 'turang', share: 0.015, min: 1, write: soil };
export const keyUnitsType: TypeSpec = {
  key: 'key-units',
  kind: 'article',
  column: 'key-dischargers',
  prefix: 'zhongdian',
  share: 0,
  min: 1,
  yearly: { month: 3, days: [20, 31] },
  write: keyUnits,
};
export const duchaoType: TypeSpec = {
  key: 'duchao',
  kind: 'article',
  column: 'inspection-rectification',
  prefix: 'duchao',
  share: 0.015,
  min: 1,
  write: duchao,
};
export const proposalType: TypeSpec = {
  key: 'proposal',
  kind: 'article',
  column: 'proposals',
  prefix: 'jianyi',
  share: 0.02,
  min: 1,
  docPrefix: (_, r) => (r.chance(0.4) ? '江环提' : '江环建'),
  write: proposal,
};
export const budgetType: TypeSpec = {
  key: 'budget',
  kind: 'article',
  column: 'budgets',
  prefix: 'yusuan',
  share: 0,
  min: 1,
  yearly: { month: 2, days: [5, 25] },
  write: budget(false),
};
export const finalType: TypeSpec = {
  key: 'final',
  kind: 'article',
  column: 'final-accounts',
  prefix: 'juesuan',
  share: 0,
  min: 1,
  yearly: { month: 8, days: [5, 25] },
  write: budget(true),
};
export const guideType: TypeSpec = {
  key: 'guide',
  kind: 'article',
  column: 'guide',
  prefix: 'zhinan',
  share: 0.0002,
  min: 1,
  write: fixedArticle(['江南省生态环境厅政府信息公开指南'], 'openness', ['政府信息公开指南']),
};
export const institutionType: TypeSpec = {
  key: 'institution',
  kind: 'article',
  column: 'institution',
  prefix: 'jigou',
  share: 0.0003,
  min: 1,
  write: fixedArticle(['机构职能', '内设机构', '领导信息', '直属单位'], 'openness', ['机构职能']),
};
export const onRequestType: TypeSpec = {
  key: 'on-request',
  kind: 'article',
  column: 'on-request',
  prefix: 'yishenqing',
  share: 0.0002,
  min: 1,
  write: fixedArticle(['依申请公开办理流程', '政府信息公开申请表'], 'openness', ['依申请公开']),
};
export const rulesArticleType: TypeSpec = {
  key: 'rules-article',
  kind: 'article',
  column: 'rules',
  prefix: 'zhidu',
  share: 0.001,
  min: 1,
  write: fixedArticle(['江南省生态环境厅政府信息公开保密审查制度', '江南省生态环境厅政府信息发布协调机制', '江南省生态环境厅政策解读工作制度'], 'openness', [
    '政务公开',
    '工作制度',
  ]),
};
export const censusType: TypeSpec = {
  key: 'census',
  kind: 'article',
  column: 'pollution-census',
  prefix: 'pucha',
  share: 0.003,
  min: 1,
  range: ['2019-01-01', '2020-12-31'],
  write: census,
};
