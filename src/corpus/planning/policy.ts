/** Planning of the policy (政策文件) types: names and categories, and revisions of normative documents. */
import type { PlannedItem } from '../model.ts';
import { addDays, type PlanContext } from './context.ts';

const DOC_TYPES = ['管理办法', '实施细则', '管理规定', '工作规程', '考核办法', '实施意见'];
const POLICY_CATEGORIES = ['通知', '通知', '意见', '办法', '决定', '其他'];

/** 成文日期, category, name and title of a policy; some need an interpretation, a few expire. */
export function namePolicy(item: PlannedItem, c: PlanContext): void {
  const r = c.rng;
  const { asOf } = c;
  const y = Number(item.published.slice(0, 4));
  const t = item.topic;
  item.written = addDays(item.published, -r.int(2, 20));
  if (item.type === 'normative') {
    item.category = '行政规范性文件';
    item.docName = `江南省${t.label}${r.pick(DOC_TYPES)}`;
    item.title = `关于印发《${item.docName}》的通知`;
  } else if (item.type === 'notice-policy') {
    item.category = r.pick(['公告', '通告']);
    item.docName = `江南省生态环境厅关于${t.label}有关事项的${item.category}`;
    item.title = item.docName;
  } else if (item.type === 'rules-policy') {
    item.category = '办法';
    item.docName = `江南省生态环境厅${r.pick(['政府信息公开工作规程', '政策文件发布和解读办法', '政务新媒体管理办法', '政府信息主动公开基本目录管理办法'])}`;
    item.title = `关于印发《${item.docName}》的通知`;
  } else {
    const cat = r.pick(POLICY_CATEGORIES);
    item.category = cat;
    if (cat === '办法') {
      item.docName = `江南省${t.label}${r.pick(DOC_TYPES)}`;
      item.title = `关于印发《${item.docName}》的通知`;
    } else if (cat === '意见') {
      item.docName = `关于${r.pick(['加强', '推进', '深化', '全面推进'])}${t.label}的实施意见`;
      item.title = item.docName;
    } else if (cat === '决定') {
      item.docName = `关于${r.pick(['表彰', '命名', '调整'])}${y}年度${t.label}${r.pick(['先进集体和先进个人', '示范单位', '有关事项'])}的决定`;
      item.title = item.docName;
    } else {
      item.docName = `关于${r.pick(['做好', '开展', '加强', '进一步规范'])}${y}年${t.label}工作的通知`;
      item.title = item.docName;
    }
    if (r.chance(0.2)) item.needsInterpretation = true;
    if (r.chance(0.05)) {
      const changed = addDays(item.published, r.int(365, 1100));
      if (changed <= asOf) {
        item.validity = '失效';
        item.validityChanged = changed;
      }
    }
  }
}

/** Normative documents revised over time: an older version is repealed (废止) and names its replacement. */
export function reviseNormatives(c: PlanContext): void {
  const { items } = c;
  const plan = c.rng;
  const normatives = items.filter((i) => i.type === 'normative').sort((a, b) => a.published.localeCompare(b.published) || a.order - b.order);
  for (let i = 0; i < normatives.length; i++) {
    const old = normatives[i]!;
    if (old.replacedBy || !plan.chance(0.18)) continue;
    const later = normatives.filter((o, j) => j > i && !o.replaces && o.published > old.published);
    if (later.length === 0) continue;
    const next = later[plan.int(0, Math.min(3, later.length - 1))]!;
    const ny = next.published.slice(0, 4);
    next.topic = old.topic;
    next.docName = `${old.docName!.replace(/（\d{4}年修订）$/, '')}（${ny}年修订）`;
    next.title = `关于印发《${next.docName}》的通知`;
    next.replaces = old;
    old.replacedBy = next;
    old.validity = '废止';
    old.validityChanged = next.published;
  }
}
