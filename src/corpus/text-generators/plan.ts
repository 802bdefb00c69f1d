/** Corpus item types of kind `plan`: 规划计划. */
import { SECTION_NUMBERS, SERVICES } from '../bank.ts';
import { Doc, table } from '../text.ts';
import { type TypeSpec, ym, pdf, grow } from './common.ts';

// ——— 规划计划 ———
const plan: TypeSpec['write'] = (w) => {
  const r = w.rng;
  const item = w.item;
  const doc = new Doc();
  const { y } = ym(item);
  doc.add(
    item.category === '工作要点'
      ? `${y}年是${r.pick(['深入打好污染防治攻坚战的关键之年', '全面推进美丽江南建设的重要一年', '“十四五”规划实施的关键一年', '“十五五”规划开局之年'])}。为做好全年工作，制定本要点。`
      : `为深入推进${item.topic.label}，根据有关法律法规和国家部署，结合本省实际，制定本${item.category === '专项规划' ? '规划' : item.category === '实施方案' ? '方案' : '计划'}。`,
  );
  const sections = r.int(3, 6);
  for (let s = 0; s < sections; s++) {
    doc.heading(`${SECTION_NUMBERS[s]}、${r.pick(['总体要求', '主要目标', '重点任务', '保障措施', '组织实施', '工作安排', '监督考核'])}`);
    const list = Array.from({ length: r.int(2, 4) }, (_, i) => `（${SECTION_NUMBERS[i]}）${w.f.sentence(item.topic.theme)}`);
    doc.add(list.join('\n\n'));
    if (s === 1) doc.fillHere();
  }
  if (r.chance(0.3))
    doc.add(
      table(
        ['指标', `${y}年目标`, '属性'],
        [
          ['设区市PM2.5平均浓度（微克/立方米）', String(r.int(24, 34)), '约束性'],
          ['地表水Ⅰ—Ⅲ类水体比例（%）', (r.int(880, 980) / 10).toFixed(1), '约束性'],
          ['受污染耕地安全利用率（%）', '≥93', '约束性'],
          ['危险废物规范化管理抽查合格率（%）', '≥90', '预期性'],
        ],
      ),
    );
  const services = r.chance(0.2) ? r.sample(SERVICES, 1) : [];
  return {
    title: item.title!,
    keywords: [...item.topic.keywords, item.category ?? '规划'].slice(0, 5),
    summary: r.chance(0.5) ? `提出${item.topic.label}的主要目标、重点任务和保障措施。` : undefined,
    category: item.category,
    fields: services.length ? [['services', services]] : [],
    attachments: r.chance(0.5) ? [pdf(w, 'quanwen', `${item.docName}（全文）`)] : [],
    body: grow(w, doc, r.skewed(1500, 2500, 3000)),
  };
};

export const workPlanType: TypeSpec = {
  key: 'work-plan',
  kind: 'plan',
  column: 'work-plans',
  prefix: 'yaodian',
  share: 0,
  min: 1,
  yearly: { month: 3, days: [1, 25] },
  docPrefix: () => '江环办',
  write: plan,
};
export const planType: TypeSpec = {
  key: 'plan',
  kind: 'plan',
  column: 'work-plans',
  prefix: 'jihua',
  share: 0.002,
  min: 1,
  docPrefix: () => '江环发',
  write: plan,
};
export const specialPlanType: TypeSpec = {
  key: 'special-plan',
  kind: 'plan',
  column: 'special-plans',
  prefix: 'guihua',
  share: 0.003,
  min: 1,
  docPrefix: () => '江环发',
  write: plan,
};
export const airPlanType: TypeSpec = {
  key: 'air-plan',
  kind: 'plan',
  column: 'air-pollution',
  prefix: 'daqi-fangan',
  share: 0.001,
  min: 1,
  docPrefix: () => '江环发',
  write: plan,
};
export const waterPlanType: TypeSpec = {
  key: 'water-plan',
  kind: 'plan',
  column: 'water-pollution',
  prefix: 'shui-fangan',
  share: 0.001,
  min: 1,
  docPrefix: () => '江环发',
  write: plan,
};
