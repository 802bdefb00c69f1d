/**
 * Which paths the browser editor's local server may read and write. The editor (Decap
 * CMS) names files by their path in the repository; the server never touches anything
 * outside content/, writes items only as `content/<collection>/<year>/<slug>.md` with a
 * valid slug, and attachments only into such a year's `files/` folder. Pure: the
 * server resolves the result against the content folder and checks symlinks.
 */
import { SLUG } from '../schemas/common.ts';
import { COLLECTION_DIRS } from '../../kinds/index.ts';
import { ATTACHMENT_TYPES } from '../content/rules.ts';

export class EditorPathError extends Error {
  readonly status = 403;
}

export type PathUse = 'read' | 'entry' | 'media';

const DIRS = new Set(Object.values(COLLECTION_DIRS));

/**
 * Check a repository path the editor sent and return it relative to the content folder
 * (`policies/2026/a.md`). Throws EditorPathError with a Chinese reason otherwise.
 */
export function contentRelative(repoPath: unknown, use: PathUse): string {
  if (typeof repoPath !== 'string' || repoPath.length === 0) throw new EditorPathError('缺少文件路径');
  if (repoPath.length > 400) throw new EditorPathError('文件路径太长');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(repoPath)) throw new EditorPathError(`文件路径「${repoPath}」含有不允许的字符`);
  const segments = repoPath.replace(/\/+$/, '').split('/');
  if (segments[0] !== 'content' || segments.length < 2) throw new EditorPathError(`只能读写 content/ 文件夹中的文件，不能访问「${repoPath}」`);
  for (const s of segments) {
    if (s === '' || s === '.' || s === '..' || s.startsWith('.')) throw new EditorPathError(`文件路径「${repoPath}」不合法（不能含 ..、空的或以点开头的部分）`);
  }
  const rel = segments.slice(1);
  if (use === 'read') return rel.join('/');
  const [dir, year, ...rest] = rel;
  if (!dir || !DIRS.has(dir) || !year || !/^\d{4}$/.test(year)) {
    throw new EditorPathError(`只能写入 content/<类别>/<年份>/ 下的文件，不能写入「${repoPath}」`);
  }
  if (use === 'entry') {
    const name = rest.join('/');
    const m = /^([^/]+)\.md$/.exec(name);
    if (rest.length !== 1 || !m) throw new EditorPathError(`信息文件应为 content/${dir}/${year}/文件名.md，不能是「${repoPath}」`);
    if (!SLUG.test(m[1]!)) {
      throw new EditorPathError(`文件名「${m[1]}」含有不允许的字符，它会成为网址的一部分；只用小写字母、数字和连字符`);
    }
    return rel.join('/');
  }
  // media
  if (rest.length !== 2 || rest[0] !== 'files') {
    throw new EditorPathError(`附件只能上传到信息所在年份的 files/ 文件夹（content/${dir}/${year}/files/），不能是「${repoPath}」`);
  }
  const ext = /\.[^.]+$/.exec(rest[1]!)?.[0]?.toLowerCase();
  if (!ext || !ATTACHMENT_TYPES.includes(ext)) {
    throw new EditorPathError(`不能上传「${rest[1]}」：附件只能是 ${ATTACHMENT_TYPES.join(' ')} 文件`);
  }
  return rel.join('/');
}
