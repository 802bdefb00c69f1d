/**
 * The browser editor (`npm run edit`, Decap CMS) in its local mode, on a temporary copy
 * of content/ so the tests never change the project's content: an editor creates a
 * policy with an attachment and an interpretation of it; the files appear with valid
 * front matter, the content check passes (in the page and as `npm run check`), and a
 * build of that folder links both pages. Invalid values are refused in the form with
 * the messages `npm run check` gives.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsYaml from 'js-yaml';

const PORT = Number(process.env.PORTAL_EDITOR_TEST_PORT ?? Number(process.env.PORTAL_TEST_PORT ?? 4329) + 10);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const AS_OF = '2026-11-22';

test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 15_000 });

let root: string;
let contentDir: string;
let server: ChildProcess;

test.beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'portal-editor-'));
  contentDir = path.join(root, 'content');
  cpSync('content', contentDir, { recursive: true });
  // A policy filed under a column that does not accept policies, as a hand edit could leave it.
  writeFileSync(
    path.join(contentDir, 'policies', '2026', 'wrong-column-test.md'),
    [
      '---',
      'title: 栏目填错的测试文件',
      'indexNumber: 11990000MB1234560X/2026-00999',
      'column: guide',
      'written: 2026-11-01',
      'published: 2026-11-02',
      'category: 通知',
      'keywords: [测试]',
      '---',
      '正文。',
      '',
    ].join('\n'),
  );
  server = spawn(process.execPath, ['scripts/edit.ts', '--port', String(PORT), '--content', contentDir, '--as-of', AS_OF], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('内容编辑器已启动')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`npm run edit exited with ${code}: ${out}`)));
  });
});

test.afterAll(() => {
  server?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

async function openEditor(page: Page, hash: string): Promise<void> {
  // Leaving a form with unsaved changes asks for confirmation: leave.
  page.removeAllListeners('dialog');
  page.on('dialog', (d) => void d.accept());
  // The local mode has no login page: the editor opens at once.
  await page.goto(`${ORIGIN}/admin/`);
  await expect(page.getByRole('button', { name: '快速新建' })).toBeVisible({ timeout: 20_000 });
  await page.goto(`${ORIGIN}/admin/#${hash}`);
}

/** The form control of a field, found by its Chinese label. */
const control = (page: Page, label: string) => page.locator(`label:text-is("${label}")`).locator('xpath=../..').first();

async function fill(page: Page, label: string, value: string): Promise<void> {
  await control(page, label).locator('input, textarea').first().fill(value);
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await control(page, label).locator('input').first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function writeBody(page: Page, text: string): Promise<void> {
  const body = control(page, '正文').locator('[contenteditable="true"]').first();
  await body.click();
  await page.keyboard.type(text);
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布', { exact: true }).click();
}

/** Markdown files under a collection's year folder, newest name last. */
const filesIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];

function frontMatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  expect(m, `${file} starts with front matter`).not.toBeNull();
  return jsYaml.load(m![1]!, { schema: jsYaml.CORE_SCHEMA }) as Record<string, unknown>;
}

test('an editor creates a policy with an attachment and its interpretation; both check clean and are linked in the build', async ({ page }) => {
  test.setTimeout(300_000);
  const policies = path.join(contentDir, 'policies', '2026');
  const before = new Set(filesIn(policies));

  // 1. The policy.
  await openEditor(page, '/collections/policies/new');
  await fill(page, '标题', '江南省生态环境厅关于编辑器测试的通知');
  // 文件名: a default as `npm run new` gives it (类型-日期-序号), then the editor's own choice.
  await expect(control(page, '文件名').locator('input')).toHaveValue(/^policy-\d{4}-\d\d-\d\d-\d+$/);
  await fill(page, '文件名', 'bianjiqi-ceshi-tongzhi');
  // 索引号 is filled in by the server, as `npm run new` assigns it.
  await expect(control(page, '索引号').locator('input')).toHaveValue(/^11990000MB1234560X\/2026-\d{5}$/);
  // The 公开目录 choice lists only columns that accept policies.
  await control(page, '公开目录').locator('input').first().click();
  await expect(page.getByRole('option', { name: '政府信息公开指南' })).toHaveCount(0);
  await page.getByRole('option', { name: '其他文件', exact: true }).click();
  await fill(page, '成文日期', '2026-11-18');
  await fill(page, '发布日期', '2026-11-20');
  await fill(page, '文号', '江环发〔2026〕98号');
  await choose(page, '类别', '通知');
  // The attachment: uploaded through the media dialog into the item's files/ folder.
  await control(page, '附件').getByRole('button', { name: /新增/ }).click();
  await control(page, '附件文件')
    .getByRole('button', { name: /选择|文件/ })
    .first()
    .click();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'fujian-ceshi.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%测试附件\n') });
  await page.getByRole('button', { name: '选用已选中项目' }).click();
  await fill(page, '附件标题', '附件：编辑器测试清单');
  await writeBody(page, '这是用编辑器新建的通知正文。');
  await publish(page);
  await expect(page.locator('#portal-check')).toContainText(/内容检查通过|内容检查：0 个错误/, { timeout: 30_000 });

  // The chosen name, in the year's folder, as `npm run new` writes it; not repeated in the front matter.
  const added = filesIn(policies).filter((f) => !before.has(f));
  expect(added).toEqual(['bianjiqi-ceshi-tongzhi.md']);
  const policySlug = 'bianjiqi-ceshi-tongzhi';
  const policy = frontMatter(path.join(policies, added[0]!));
  expect(policy).not.toHaveProperty('slug');
  expect(policy).toMatchObject({
    title: '江南省生态环境厅关于编辑器测试的通知',
    column: 'other-documents',
    written: '2026-11-18',
    published: '2026-11-20',
    docNumber: '江环发〔2026〕98号',
    category: '通知',
    validity: '有效',
    attachments: [{ file: 'files/fujian-ceshi.pdf', title: '附件：编辑器测试清单' }],
  });
  expect(String(policy.indexNumber)).toMatch(/^11990000MB1234560X\/2026-\d{5}$/);
  expect(readFileSync(path.join(policies, 'files', 'fujian-ceshi.pdf'), 'utf8')).toContain('测试附件');

  // 2. Its interpretation.
  const interpretations = path.join(contentDir, 'interpretations', '2026');
  const beforeI = new Set(filesIn(interpretations));
  await openEditor(page, '/collections/interpretations/new');
  await fill(page, '标题', '《关于编辑器测试的通知》政策解读');
  await expect(control(page, '索引号').locator('input')).toHaveValue(/^11990000MB1234560X\/2026-\d{5}$/);
  await choose(page, '公开目录', '政策解读');
  await fill(page, '发布日期', '2026-11-20');
  // 解读对象: a picker over policies and plans; typing part of the title finds the new policy.
  await control(page, '解读对象').locator('input').first().pressSequentially('编辑器测试');
  await page.getByRole('option', { name: `江南省生态环境厅关于编辑器测试的通知 （${policySlug}）` }).click();
  await writeBody(page, '一、制定背景。这是对通知的解读。');
  await publish(page);
  await expect(page.locator('#portal-check')).toContainText(/内容检查通过|内容检查：0 个错误/, { timeout: 30_000 });
  const addedI = filesIn(interpretations).filter((f) => !beforeI.has(f));
  expect(addedI).toHaveLength(1);
  expect(addedI[0]).toMatch(/^interpretation-\d{4}-\d\d-\d\d-\d+\.md$/);
  const interpretationSlug = addedI[0]!.replace(/\.md$/, '');
  expect(frontMatter(path.join(interpretations, addedI[0]!))).toMatchObject({ interprets: policySlug, column: 'interpretations', form: '文字解读' });

  // 3. `npm run check` on that folder (the wrong-column file is removed first: it is there for the next test).
  const wrong = path.join(contentDir, 'policies', '2026', 'wrong-column-test.md');
  const wrongText = readFileSync(wrong, 'utf8');
  rmSync(wrong);
  const check = spawnSync(process.execPath, ['scripts/check.ts', '--content', contentDir, '--as-of', AS_OF], { encoding: 'utf8' });
  expect(check.status, check.stdout).toBe(0);
  expect(check.stdout).toContain('内容检查：0 个错误');

  // 4. One build of that folder: both pages, linked both ways, the attachment published.
  const out = path.join(root, 'site');
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--content', contentDir, '--out', out, '--as-of', AS_OF], {
    encoding: 'utf8',
    env: { ...process.env, PORTAL_SEARCH_SHARDS: 'single' },
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  writeFileSync(wrong, wrongText);
  const policyHtml = readFileSync(path.join(out, 'items', policySlug, 'index.html'), 'utf8');
  const interpretationHtml = readFileSync(path.join(out, 'items', interpretationSlug, 'index.html'), 'utf8');
  expect(policyHtml).toContain(`href="/items/${interpretationSlug}/"`);
  expect(interpretationHtml).toContain(`href="/items/${policySlug}/"`);
  expect(policyHtml).toContain('附件：编辑器测试清单');
  expect(policyHtml).toMatch(/href="[^"]*fujian-ceshi\.pdf"/);
});

test('a 文号 without 〔〕 and a column that does not take policies are refused in the form with npm run check’s messages', async ({ page }) => {
  test.setTimeout(180_000);
  // The messages `npm run check` prints for these values (src/lib/content/zod-errors.ts, rules.ts).
  const docNumberMessage = '文号「江环规[2024]3号」写法不对：年份要用六角括号〔〕括起来，不能用 [ ]、( )、（ ）、【 】';
  const columnMessage = '栏目「政府信息公开指南」（guide）不接收“政策文件”类信息';

  // The CLI says exactly this for the file with the wrong column.
  const check = spawnSync(process.execPath, ['scripts/check.ts', '--content', contentDir, '--as-of', AS_OF, '--json'], { encoding: 'utf8' });
  const problems = JSON.parse(check.stdout).problems as Array<{ file: string; message: string }>;
  expect(problems.filter((p) => p.file.endsWith('wrong-column-test.md')).map((p) => p.message)).toContain(columnMessage);

  // A new policy with a wrong 文号.
  await openEditor(page, '/collections/policies/new');
  await fill(page, '标题', '文号写错的通知');
  await choose(page, '公开目录', '其他文件');
  await fill(page, '成文日期', '2026-11-18');
  await fill(page, '发布日期', '2026-11-20');
  await fill(page, '文号', '江环规[2024]3号');
  await choose(page, '类别', '通知');
  // A file name against the slug rule: the Chinese pattern message and the check's own.
  await fill(page, '文件名', 'Wenhao_测试');
  await writeBody(page, '正文。');
  await publish(page);
  await expect(control(page, '文号')).toContainText(docNumberMessage);
  await expect(control(page, '文件名')).toContainText('文件名只能用小写字母、数字和连字符（-），以字母或数字开头和结尾，连字符不能连用，如 2026-daqi-fangzhi');
  await expect(control(page, '文件名')).toContainText('文件名「Wenhao_测试」含有不允许的字符，它会成为网址的一部分');
  // A file name another item (of another kind) already has: its address would be taken.
  await control(page, '文件名').locator('input').clear();
  await fill(page, '文件名', '2021-wuranyuan-pucha-gongbao');
  await publish(page);
  await expect(control(page, '文件名')).toContainText(
    /文件名「2021-wuranyuan-pucha-gongbao」已被 \S*content\/articles\/2021\/2021-wuranyuan-pucha-gongbao\.md 使用/,
  );
  await expect(page.locator('#portal-check')).toHaveCount(0);

  // The existing file filed under a column that does not take policies.
  await openEditor(page, '/collections/policies');
  await page.getByText('栏目填错的测试文件', { exact: false }).first().click();
  await expect(control(page, '标题').locator('input')).toHaveValue('栏目填错的测试文件', { timeout: 20_000 });
  await fill(page, '标题', '栏目填错的测试文件（已修改）');
  await publish(page);
  await expect(control(page, '公开目录')).toContainText(columnMessage);
  expect(readFileSync(path.join(contentDir, 'policies', '2026', 'wrong-column-test.md'), 'utf8')).toContain('column: guide');
});

test('the local editor opens without a login page; its preview, in the portal’s styles, switches to elderly mode', async ({ page }) => {
  test.setTimeout(120_000);
  // Records whether a login button (登录 / 进入编辑器) is ever shown while the editor starts.
  await page.addInitScript(() => {
    const w = window as unknown as { sawLogin?: boolean };
    new MutationObserver(() => {
      if ([...document.querySelectorAll('button')].some((b) => /登录|进入编辑器/.test(b.textContent ?? ''))) w.sawLogin = true;
    }).observe(document, { childList: true, subtree: true });
  });
  // As in production, without the portal server's default 文件名: the editor makes one from the time.
  await page.route('**/api/editor/next-slug*', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`${ORIGIN}/admin/#/collections/policies/new`);
  await expect(control(page, '标题').locator('input')).toBeVisible({ timeout: 20_000 });
  await expect(control(page, '文件名').locator('input')).toHaveValue(/^policy-\d{4}-\d\d-\d\d-\d{6}$/);
  await page.unroute('**/api/editor/next-slug*');
  expect(await page.evaluate(() => (window as unknown as { sawLogin?: boolean }).sawLogin ?? false)).toBe(false);

  await fill(page, '标题', '长者模式预览测试');
  const preview = page.frameLocator('#preview-pane');
  const title = preview.locator('h1');
  await expect(title).toHaveText('长者模式预览测试');
  const fontSize = () => title.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const normal = await fontSize();
  await expect(preview.locator('html')).not.toHaveAttribute('data-elderly');
  await preview.getByLabel(/长者模式预览/).check();
  await expect(preview.locator('html')).toHaveAttribute('data-elderly', '');
  // modes.css: elderly mode scales the type by 1.25.
  expect(await fontSize()).toBeGreaterThanOrEqual(normal * 1.2);
  await preview.getByLabel(/长者模式预览/).uncheck();
  await expect(preview.locator('html')).not.toHaveAttribute('data-elderly');

  // An existing item (the policy of the first test): its 文件名 is shown, not editable; saving
  // a change keeps the file where it is, with every other field as it was.
  const policies = path.join(contentDir, 'policies', '2026');
  const file = path.join(policies, 'bianjiqi-ceshi-tongzhi.md');
  const before = frontMatter(file);
  const names = filesIn(policies);
  await openEditor(page, '/collections/policies/entries/2026/bianjiqi-ceshi-tongzhi');
  await expect(control(page, '标题').locator('input')).toHaveValue('江南省生态环境厅关于编辑器测试的通知', { timeout: 20_000 });
  await expect(control(page, '文件名')).toContainText('bianjiqi-ceshi-tongzhi');
  await expect(control(page, '文件名').locator('input')).toHaveCount(0);
  await fill(page, '标题', '江南省生态环境厅关于编辑器测试的通知（修订）');
  await publish(page);
  await expect(page.locator('#portal-check')).toContainText(/内容检查通过|内容检查：0 个错误/, { timeout: 30_000 });
  expect(filesIn(policies)).toEqual(names);
  expect(frontMatter(file)).toEqual({ ...before, title: '江南省生态环境厅关于编辑器测试的通知（修订）' });
});
