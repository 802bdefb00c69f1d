/** Corpus item types of kind `policy`: 政策文件: the document body (chapters and articles) and the policy types. */
import { SECTION_NUMBERS, SERVICES } from '../bank.ts';
import { Doc, cnDate } from '../text.ts';
import { type TypeSpec, type WriteContext, type Written, pdf, closing, grow, toCn } from './common.ts';

// ——— 政策文件 ———
function policyBody(w: WriteContext, chapters: boolean): Doc {
  const r = w.rng;
  const item = w.item;
  const doc = new Doc();
  doc.add('各设区市生态环境局，厅机关各处室、各直属单位：');
  let intro = `现将《${item.docName}》印发给你们，请认真贯彻执行。`;
  if (item.replaces) {
    intro += `${w.link(item.replaces, `《${item.replaces.docName}》`)}${item.replaces.docNumber ? `（${item.replaces.docNumber}）` : ''}同时废止。`;
  }
  doc.add(intro);
  doc.add(...closing(item));
  doc.heading(item.docName ?? '', 2);
  const nCh = chapters ? r.int(3, 6) : 0;
  let article = 1;
  const artText = () =>
    w.f.fill(
      r.pick([
        '第{a}条　为规范{topic}工作，根据有关法律法规，结合本省实际，制定本办法。',
        '第{a}条　本办法适用于本省行政区域内的{topic}及其监督管理活动。',
        '第{a}条　省生态环境厅负责全省{topic}的统一监督管理，设区市生态环境局负责本行政区域内的具体实施。',
        '第{a}条　排污单位应当依法履行生态环境保护主体责任，如实公开环境信息，接受社会监督。',
        '第{a}条　生态环境主管部门应当建立工作台账，实行动态管理，每年{month}月底前向社会公开上一年度工作情况。',
        '第{a}条　违反本办法规定的，由生态环境主管部门责令改正；依法应当给予行政处罚的，依照有关法律法规的规定处理。',
        '第{a}条　公民、法人和其他组织发现违反本办法行为的，有权向生态环境主管部门举报。',
        '第{a}条　本办法由省生态环境厅负责解释。',
        '第{a}条　各设区市可以结合本地实际制定实施细则，并报省生态环境厅备案。',
        '第{a}条　本办法自{date}起施行，有效期五年。',
      ]),
      { a: toCn(article++), date: cnDate(item.published) },
    );
  if (nCh) {
    for (let c = 1; c <= nCh; c++) {
      doc.heading(
        `第${toCn(c)}章　${c === 1 ? '总则' : c === nCh ? '附则' : r.pick(['监督管理', '工作要求', '保障措施', '信息公开', '法律责任', '职责分工'])}`,
        3,
      );
      const k = r.int(2, 4);
      for (let i = 0; i < k; i++) doc.add(artText());
      if (c === 2) doc.fillHere();
    }
  } else {
    for (let s = 0; s < r.int(3, 5); s++) {
      doc.heading(`${SECTION_NUMBERS[s]}、${r.pick(['总体要求', '主要任务', '重点工作', '保障措施', '工作要求', '组织实施'])}`, 3);
      doc.add(w.f.paragraph(item.topic.theme));
      if (s === 1) doc.fillHere();
    }
  }
  return doc;
}

function policyWriter(defaultKeywords: string[]): TypeSpec['write'] {
  return (w) => {
    const r = w.rng;
    const item = w.item;
    const services = r.chance(0.4) ? r.sample(SERVICES, r.int(1, 2)) : [];
    const attachments: Written['attachments'] = [];
    if (r.chance(0.6)) {
      const k = r.int(1, 2);
      for (let i = 1; i <= k; i++) attachments.push(pdf(w, `fujian${i}`, i === 1 ? `${item.docName}（全文）` : `附件${i}：有关表格`));
    }
    return {
      title: item.title!,
      keywords: [...item.topic.keywords, ...defaultKeywords].slice(0, 5),
      summary: r.chance(0.5) ? `明确${item.topic.label}的适用范围、职责分工、工作要求和监督管理措施。` : undefined,
      category: item.category,
      fields: services.length ? [['services', services.map((s) => ({ title: s.title, url: s.url }))]] : [],
      attachments,
      body: grow(w, policyBody(w, item.category === '行政规范性文件' || item.category === '办法'), r.skewed(1200, 2200, 3000)),
    };
  };
}

export const noticePolicyType: TypeSpec = {
  key: 'notice-policy',
  kind: 'policy',
  column: 'notices',
  prefix: 'gonggao',
  share: 0.006,
  min: 1,
  docPrefix: () => '江南省生态环境厅公告',
  write: policyWriter(['公告']),
};
export const rulesPolicyType: TypeSpec = {
  key: 'rules-policy',
  kind: 'policy',
  column: 'rules',
  prefix: 'zhidu-wj',
  share: 0.0005,
  min: 1,
  docPrefix: () => '江环办',
  write: policyWriter(['政务公开']),
};
export const normativeType: TypeSpec = {
  key: 'normative',
  kind: 'policy',
  column: 'normative-documents',
  prefix: 'gfxwj',
  share: 0.012,
  min: 1,
  docPrefix: () => '江环规',
  write: policyWriter(['行政规范性文件']),
};
export const policyType: TypeSpec = {
  key: 'policy',
  kind: 'policy',
  column: 'other-documents',
  prefix: 'wenjian',
  share: 0.025,
  min: 1,
  docPrefix: (_, r) => r.pick(['江环发', '江环发', '江环办', '江环函']),
  write: policyWriter([]),
};
