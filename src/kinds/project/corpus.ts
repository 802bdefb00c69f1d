/**
 * Corpus maker of 环评 projects (`npm run gen:corpus`, the benchmark): each project with
 * its stages, consistent with the kinds' rules — 受理公示 (with its report attached),
 * then usually a 拟审批公示 of at least 5 working days (windows are long enough to cross
 * any holiday), then a decision after the last 公示; later stages only when their dates
 * fall inside the corpus's period, so the corpus holds projects at every status.
 * Deterministic: only `ctx.random`.
 */
import { addDays, daysBetween } from '../../lib/dates.ts';
import type { CorpusContext, CorpusItem } from '../define.ts';

const TRADES = ['永泰', '瑞丰', '金源', '宏达', '恒通', '绿源', '蓝海', '天成', '博远', '新元', '嘉禾', '德润', '晨光', '锦程', '鼎新', '荣昌'];
const PROJECTS: ReadonlyArray<{ name: string; firm: string; scope: string }> = [
  { name: '危险废物综合利用项目', firm: '资源再生有限公司', scope: '建设废有机溶剂再生利用线及配套危险废物贮存库、废水处理站' },
  { name: '污水处理厂扩建工程', firm: '水务有限公司', scope: '新增污水处理规模4万吨/日，配套建设深度处理和污泥脱水设施' },
  { name: '年产10万吨精细化学品项目', firm: '化工有限公司', scope: '新建精细化学品生产装置3套及罐区、事故应急池' },
  { name: '生活垃圾焚烧发电项目', firm: '环保能源有限公司', scope: '建设2台750吨/日机械炉排焚烧炉及烟气净化系统' },
  { name: '220千伏输变电工程', firm: '电力发展有限公司', scope: '新建220千伏变电站1座及架空线路18公里' },
  { name: '年产20万吨电池材料项目', firm: '新材料有限公司', scope: '新建正极材料生产线4条，配套原料仓库和废水处理站' },
  { name: '港区散货码头工程', firm: '港务有限公司', scope: '新建5万吨级散货泊位2个及堆场、皮带机廊道' },
  { name: '工业园区集中供热项目', firm: '热电有限公司', scope: '建设3台130吨/小时高温高压燃煤锅炉，配套超低排放设施' },
];
const AGENCIES = ['江南环科工程咨询有限公司', '江南省环境科学研究院', '江州绿色环境技术有限公司'];

export function makeProjects(ctx: CorpusContext): CorpusItem[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(ctx.random() * list.length)]!;
  const span = Math.max(0, daysBetween(ctx.from, ctx.to));
  const out: CorpusItem[] = [];
  const taken = new Set(ctx.taken);
  const unique = (base: string) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
  for (let i = 0; i < ctx.count; i++) {
    const city = pick(ctx.cities);
    const short = city.replace(/(市|州|盟|地区)$/, '');
    const kind = pick(PROJECTS);
    const trade = pick(TRADES);
    const builder = `${short}${trade}${kind.firm}`;
    const name = `${short}${trade}${kind.name}`;
    const eiaCategory = ctx.random() < 0.7 ? '报告书' : '报告表';
    const accepted = addDays(ctx.from, Math.floor(ctx.random() * (span + 1)));
    const slug = unique(`project-${accepted.slice(0, 4)}-${String(i + 1).padStart(5, '0')}`);
    const column = pick(ctx.columns);
    out.push({
      slug,
      data: {
        title: name,
        column,
        published: accepted,
        keywords: ['环境影响评价', city],
        summary: `${builder}在${city}建设${kind.name}，环境影响${eiaCategory}由省生态环境厅审批。`,
        builder,
        location: `${city}${short}经济开发区`,
        city,
        eiaCategory,
        agency: pick(AGENCIES),
      },
      body: `## 项目概况\n\n${name}位于${city}${short}经济开发区，主要建设内容：${kind.scope}。\n\n## 审批程序\n\n本页按时间顺序列出该项目环境影响评价文件的受理公示、拟审批公示和审批决定。\n`,
    });
    const stage = (suffix: string, data: Record<string, unknown> & { title: string; published: string }, body: string) =>
      out.push({
        kind: 'stage',
        slug: unique(`stage-${slug.slice('project-'.length)}-${suffix}`),
        data: { column: 'eia-notices', keywords: ['环境影响评价', city], project: slug, ...data },
        body,
      });
    // 受理公示: 10 working days are about two weeks.
    const acceptTo = addDays(accepted, 13);
    stage(
      'shouli',
      {
        title: `${name}环境影响${eiaCategory}受理公示`,
        published: accepted,
        stage: '受理公示',
        noticeFrom: accepted,
        noticeTo: acceptTo,
        attachments: [{ file: `./files/${slug}-quanben.pdf`, title: `${name}环境影响${eiaCategory}（全本）` }],
      },
      `我厅已受理${builder}${name}环境影响${eiaCategory}，现予公示，公示期为${accepted}至${acceptTo}。公众可在公示期内查阅${eiaCategory}全本并提出意见。\n`,
    );
    const rejected = ctx.random() < 0.1;
    // 拟审批公示 after the review; three weeks cover any holiday, so at least 5 working days.
    const proposed = addDays(acceptTo, 15 + Math.floor(ctx.random() * 30));
    if (!rejected && proposed <= ctx.to) {
      const proposalTo = addDays(proposed, 20);
      stage(
        'nishenpi',
        { title: `${name}环境影响${eiaCategory}拟审批公示`, published: proposed, stage: '拟审批公示', noticeFrom: proposed, noticeTo: proposalTo },
        `我厅拟对${name}环境影响${eiaCategory}作出审批意见，现将项目基本情况予以公示，公示期为${proposed}至${proposalTo}。\n`,
      );
      const decided = addDays(proposalTo, 3 + Math.floor(ctx.random() * 10));
      const published = addDays(decided, 3);
      if (published <= ctx.to) {
        stage(
          'pifu',
          { title: `关于${name}环境影响${eiaCategory}的批复`, published, written: decided, stage: '审批决定', decided, result: '批复' },
          `${builder}：\n\n你公司报送的《${name}环境影响${eiaCategory}》收悉。经研究，同意项目按照${eiaCategory}所列性质、规模、地点和环境保护措施进行建设。\n`,
        );
      }
    } else if (rejected) {
      const decided = addDays(acceptTo, 20 + Math.floor(ctx.random() * 20));
      const published = addDays(decided, 3);
      if (published <= ctx.to) {
        stage(
          'buyu',
          { title: `关于${name}环境影响${eiaCategory}不予批准的决定`, published, written: decided, stage: '审批决定', decided, result: '不予批准' },
          `${builder}：\n\n你公司报送的《${name}环境影响${eiaCategory}》收悉。经审查，项目选址位于生态保护红线内，我厅决定不予批准。\n`,
        );
      }
    }
  }
  return out;
}
