/**
 * `npm run docs:kinds`: rewrite the kinds' reference in docs/content-model.md from the
 * declarations in src/kinds/ (the unit tests fail while it is stale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withKindsReference } from '../src/kinds/docs.ts';

const file = 'docs/content-model.md';
const before = readFileSync(file, 'utf8');
const after = withKindsReference(before);
if (after === before) console.log(`${file} 已是最新。`);
else {
  writeFileSync(file, after);
  console.log(`已更新 ${file} 中的信息类型说明。`);
}
