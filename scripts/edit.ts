/**
 * `npm run edit`: the browser editor on this computer, against the working tree.
 *   npm run edit [-- --port 4322] [-- --content DIR] [-- --as-of YYYY-MM-DD]
 * For the intranet (see docs/deploy/editor.md): write the editor as static files with a
 * GitLab or Forgejo backend and the editorial workflow (Gitea: without it, on the branch
 * editor-drafts), instead of starting the server:
 *   npm run edit -- --export DIR --backend gitlab|forgejo|gitea --repo group/portal \
 *     --base-url https://git.example --api-root https://git.example/api/v4 [--app-id ID] [--branch B]
 * Prints the address; open it in a browser. Stop with Ctrl+C.
 * The server itself is src/editor/server.ts.
 */
import path from 'node:path';
import { parseCli } from '../src/config/args.ts';
import { startEditorServer } from '../src/editor/server.ts';
import { exportEditor } from '../src/editor/export.ts';
import { productionBackend } from '../src/lib/editor/config.ts';

const { values, config } = parseCli(process.argv.slice(2), {
  common: ['as-of', 'content'],
  usage: 'npm run edit -- [--port 4322] [--content 目录] [--as-of 2026-11-22]',
  options: {
    port: { type: 'string', default: '4322' },
    export: { type: 'string' },
    backend: { type: 'string', default: 'gitlab' },
    repo: { type: 'string' },
    'base-url': { type: 'string' },
    'api-root': { type: 'string' },
    'app-id': { type: 'string' },
    // Default: main (GitLab, Forgejo: the workflow's requests go to it); editor-drafts for
    // Gitea, which has no workflow in Decap: reviewers merge editor-drafts → main by pull request.
    branch: { type: 'string' },
  },
});
if (values.export) {
  const name = values.backend;
  if ((name !== 'gitlab' && name !== 'gitea' && name !== 'forgejo') || !values.repo) {
    console.error('导出编辑器需要 --backend gitlab|forgejo|gitea 和 --repo 仓库（如 bureau/portal）。');
    process.exit(2);
  }
  try {
    exportEditor({
      root: config.root,
      contentDir: config.contentDir,
      out: path.resolve(values.export),
      backend: productionBackend({
        name,
        repo: values.repo,
        branch: values.branch,
        baseUrl: values['base-url'],
        apiRoot: values['api-root'],
        appId: values['app-id'],
      }),
    });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  console.log(`编辑器已导出到 ${path.resolve(values.export)}（不属于 dist/，请单独部署在内网）。`);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port「${values.port}」不是有效的端口号，应为 1–65535 之间的整数。`);
  process.exit(2);
}
try {
  const editor = await startEditorServer({
    root: config.root,
    contentDir: config.contentDir,
    port,
    // Without a given date the editor follows the calendar while it runs.
    asOf: config.asOfFixed ? config.asOf : undefined,
  });
  console.log(`内容编辑器已启动：${editor.url}`);
  console.log('在浏览器中打开上面的地址。保存的内容直接写入 content/ 文件夹；按 Ctrl+C 停止。');
} catch (error) {
  const code = (error as { code?: string }).code;
  console.error(code === 'EADDRINUSE' ? `端口 ${port} 已被占用，请换一个：npm run edit -- --port 4323` : `编辑器无法启动：${(error as Error).message}`);
  process.exit(1);
}
