/**
 * 环评项目: one construction project whose 环境影响评价 the bureau examines. Its page is
 * the project page (timeline of its stages and where it stands); each stage
 * (受理公示, 拟审批公示, 审批决定) is a `stage` item naming the project.
 */
import { z } from 'astro/zod';
import { defineKind, itemSchema, type KindItem, type KindProblem, lineScaffold } from '../define.ts';
import { EIA_CATEGORIES, PROJECT_STATUSES, projectStatus, statusRank, type StageFacts } from './process.ts';
import { makeProjects } from './corpus.ts';

/** A 设区市 (or 州, 盟, 地区) name. */
const CITY = /^[\u4e00-\u9fa5]{1,10}(市|州|盟|地区)$/;

/** The published stages naming a project, as the status sees them. */
export function stagesOf(linkedBy: (field: string, slug: string) => readonly KindItem<Record<string, unknown>>[], slug: string): StageFacts[] {
  return linkedBy('project', slug)
    .filter((i) => i.kind === 'stage')
    .map((i) => i.data as unknown as StageFacts);
}

export default defineKind({
  id: 'project',
  order: 20,
  dir: 'projects',
  label: '环评项目',
  labelEn: 'EIA projects',
  description: '一个建设项目的环境影响评价：项目名称、建设单位、建设地点和环评类别；受理、拟审批和审批决定各阶段的公示指向它。',
  schema: itemSchema({
    /** 建设单位. */
    builder: z.string().trim().min(2).max(100),
    /** 建设地点. */
    location: z.string().trim().min(2).max(200),
    /** 所在城市 (设区市), the column's filter. */
    city: z.string().trim().regex(CITY, { message: '应为设区市名称，以“市”“州”“盟”或“地区”结尾' }),
    /** 环评类别: 报告书 or 报告表. */
    eiaCategory: z.enum(EIA_CATEGORIES),
    /** 环评单位: who prepared the report. */
    agency: z.string().trim().min(2).max(100).optional(),
  }),
  fields: {
    builder: { label: '建设单位', expected: '建设单位全称，如 江州绿环资源再生有限公司' },
    location: { label: '建设地点', expected: '县（区）和园区、街道，如 江州市湖滨区江州循环经济产业园' },
    city: { label: '所在城市', expected: '设区市名称，如 江州市' },
    eiaCategory: { label: '环评类别', expected: `${EIA_CATEGORIES.join(' 或 ')}` },
    agency: { label: '环评单位', expected: '编制环境影响报告的单位全称' },
  },
  meta: (d) => [
    { label: '建设单位', value: d.builder },
    { label: '建设地点', value: d.location },
    { label: '环评类别', value: `环境影响${d.eiaCategory}` },
    ...(d.agency ? [{ label: '环评单位', value: d.agency }] : []),
  ],
  author: (d) => d.builder,
  status: (item, ctx) => projectStatus(stagesOf(ctx.linkedBy, item.slug), ctx.asOf),
  facets: [
    { key: 'status', label: '状态', all: '全部状态', value: (_d, status) => status?.label },
    { key: 'city', label: '城市', all: '全部城市', value: (d) => d.city },
  ],
  // The 环评 column: projects grouped by where they stand (受理公示中 first), newest first in each group.
  listing: {
    group: (_d, status) => status?.label ?? '尚无公示',
    compare: (a, b, sa, sb) => statusRank(sa?.label) - statusRank(sb?.label) || b.published.localeCompare(a.published),
  },
  check: (ctx) => {
    const problems: KindProblem[] = [];
    const named = new Set<string>();
    for (const other of ctx.bySlug.values()) {
      if (other.kind === 'stage' && typeof other.data.project === 'string') named.add(other.data.project);
    }
    for (const item of ctx.items) {
      if (!ctx.isPublished(item) || named.has(item.slug)) continue;
      problems.push({
        file: item.file,
        severity: 'warning',
        path: ['title'],
        message: `环评项目「${item.data.title}」还没有任何阶段的公示指向它，项目页面的进程是空的`,
        expected: `与项目同时发布受理公示（content/eia/ 下新建一条，填写 project: ${item.slug}）`,
      });
    }
    return problems;
  },
  scaffold: lineScaffold(({ answers }) => [
    '# 建设单位（全称）',
    `builder: ${answers.builder ?? '【建设单位全称】'}`,
    '# 建设地点（县区、园区或街道）',
    `location: ${answers.location ?? '【建设地点】'}`,
    '# 所在城市（设区市，如 江州市；环评栏目和检索按它筛选）',
    `city: ${answers.city ?? '江州市'}`,
    `# 环评类别：${EIA_CATEGORIES.join(' 或 ')}`,
    `eiaCategory: ${answers.eiaCategory ?? EIA_CATEGORIES[0]}`,
    '# 环评单位（编制环境影响报告的单位，可不填）',
    '# agency: 【环评单位全称】',
  ]),
  corpus: { share: 0.01, make: makeProjects },
});

export { PROJECT_STATUSES };
