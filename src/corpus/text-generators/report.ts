/** Corpus item types of kind `report`: 政府信息公开工作年度报告 (the tables come from structured.ts). */
import { REPORT_PARTS } from '../../lib/report/format.ts';
import { Doc } from '../text.ts';
import { type TypeSpec, ym, grow } from './common.ts';

// ——— 政府信息公开工作年度报告 ———
const report: TypeSpec['write'] = (w) => {
  const { y } = ym(w.item);
  const year = y - 1;
  const doc = new Doc();
  doc.add(
    `本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开办公室有关要求编制，报告全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
  );
  for (const part of REPORT_PARTS) {
    doc.heading(part);
    doc.add(w.f.paragraph('openness'));
  }
  return {
    title: `江南省生态环境厅${year}年政府信息公开工作年度报告`,
    keywords: ['政府信息公开', '年度报告', `${year}年`],
    fields: [['year', year], ...(w.item.pre?.fields ?? [])],
    body: grow(w, doc, w.rng.skewed(1500, 2400, 3000), 'openness'),
  };
};

export const reportType: TypeSpec = {
  key: 'report',
  kind: 'report',
  column: 'annual-reports',
  prefix: 'nianbao',
  share: 0,
  min: 1,
  yearly: { month: 1, days: [10, 28] },
  write: report,
};
