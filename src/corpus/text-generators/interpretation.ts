/** Corpus item types of kind `interpretation`: 政策解读 of an earlier policy or plan. */
import { SECTION_NUMBERS, DIVISIONS } from '../bank.ts';
import { Doc } from '../text.ts';
import { type TypeSpec, grow } from './common.ts';

// ——— 政策解读 ———
const interpretation: TypeSpec['write'] = (w) => {
  const r = w.rng;
  const item = w.item;
  const target = item.interprets!;
  const form = String(item.extra.form);
  const name = target.docName ?? target.title ?? '';
  const doc = new Doc();
  const fields: Array<[string, unknown]> = [
    ['interprets', target.slug],
    ['form', form],
    ['interpreter', `江南省生态环境厅${r.pick(DIVISIONS)}`],
  ];
  doc.add(
    `近日，省生态环境厅印发了${w.link(target, `《${name}》`)}${target.docNumber ? `（${target.docNumber}）` : ''}。为便于社会公众准确理解，现就有关内容解读如下。`,
  );
  if (item.ext === '.mdx') {
    doc.add(`<Callout title="温馨提示">\n本解读仅作为理解文件内容的参考，具体以文件正文为准。\n</Callout>`);
  }
  const heads = ['起草背景', '主要依据', '主要内容', '主要创新点', '适用范围', '实施要求', '下一步工作'];
  const k = r.int(3, 5);
  for (let s = 0; s < k; s++) {
    doc.heading(`${SECTION_NUMBERS[s]}、${heads[s]}`);
    doc.add(w.f.paragraph(target.topic.theme));
    if (s === 1) doc.fillHere();
  }
  let title = `《${name}》政策解读`;
  if (form === '简明问答') {
    title = `《${name}》简明问答`;
    const qs = [
      '哪些单位适用本文件？',
      '文件的主要内容有哪些？',
      '与原有规定相比有哪些变化？',
      '企业需要做哪些准备？',
      '公众如何参与监督？',
      '文件何时开始施行？',
    ];
    fields.push(['qa', r.sample(qs, r.int(2, 5)).map((q) => ({ question: q, answer: w.f.paragraph(target.topic.theme) }))]);
  } else if (form === '一图读懂') {
    title = `一图读懂《${name}》`;
    fields.push(['images', [{ src: `./files/${item.slug}-yitu.png`, alt: `一图读懂${name}：主要目标、重点任务和保障措施` }]]);
  }
  return {
    title,
    keywords: [...target.topic.keywords, '政策解读'],
    summary: r.chance(0.5) ? `从${heads.slice(0, k).join('、')}等方面解读${name}。`.slice(0, 290) : undefined,
    fields,
    attachments: form === '一图读懂' ? [] : [],
    body: grow(w, doc, r.skewed(600, 1400, 2800), target.topic.theme),
  };
};

export const interpretationType: TypeSpec = {
  key: 'interpretation',
  kind: 'interpretation',
  column: 'interpretations',
  prefix: 'jiedu',
  share: 0,
  min: 0,
  write: interpretation,
};
