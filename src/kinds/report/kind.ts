/** 政府信息公开工作年度报告, with the four statutory tables. */
import { checkReport, reportShape } from '../../lib/schemas/report.ts';
import { defineKind, itemSchema } from '../define.ts';

export default defineKind({
  id: 'report',
  order: 5,
  dir: 'reports',
  label: '年度报告',
  labelEn: 'Annual reports',
  description: '政府信息公开工作年度报告（用 npm run new:report 生成，表格自动带入上年结转数）。',
  schema: itemSchema(reportShape, (d, ctx) => checkReport(d, ctx)),
  fields: {
    year: { label: '报告年度', expected: '报告所涵盖的年份，如 2025' },
    active: { label: '表二（主动公开政府信息情况）', expected: '按年度报告模板填写的数字' },
    applications: {
      label: '表三（收到和处理政府信息公开申请情况）',
      expected:
        '每行 7 个数字 [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]；总计 = 前 6 项之和，（七）总计 =（一）至（六）之和，一 + 二 = 三（七）+ 四',
    },
    review: { label: '表四（行政复议、行政诉讼情况）', expected: '每行 5 个数字 [结果维持, 结果纠正, 其他结果, 尚未审结, 总计]；总计 = 前 4 项之和' },
  },
});
