// Files for CI: globs, folders, .yasnoignore, node_modules and .git skipped, many files on a pool
// of worker threads with the output order of a sequential run.
import { describe, expect, it } from 'vitest';
import { CLEAN, DIRTY, folder, yasno } from './cli-helpers.js';

describe('files', () => {
  it('expands folders and globs, honours .yasnoignore and skips node_modules and .git', async () => {
    const dir = folder({
      'templates/a.txt': DIRTY,
      'templates/b.md': DIRTY,
      'templates/c.html': `<p>${DIRTY}</p>`,
      'templates/d.pdf': DIRTY,
      'templates/sub/e.txt': CLEAN,
      'templates/drafts/f.txt': DIRTY,
      'templates/node_modules/x.txt': DIRTY,
      '.git/y.txt': DIRTY,
      'node_modules/z.txt': DIRTY,
      '.yasnoignore': '# drafts are not templates\ntemplates/drafts/\n',
      'root.txt': DIRTY,
    });
    const [byGlob, byFolder, all] = await Promise.all([
      yasno(['templates/**/*.{txt,md,html}', '--format', 'json'], { cwd: dir }),
      yasno(['templates', '--format', 'json'], { cwd: dir }),
      yasno(['.', '--format', 'json'], { cwd: dir }),
    ]);
    const paths = (stdout: string) => JSON.parse(stdout).map((r: { path: string }) => r.path);
    expect(paths(byGlob.stdout)).toEqual(['templates/a.txt', 'templates/b.md', 'templates/c.html', 'templates/sub/e.txt']);
    expect(paths(byFolder.stdout)).toEqual(['templates/a.txt', 'templates/b.md', 'templates/c.html', 'templates/sub/e.txt']);
    expect(paths(all.stdout)).toEqual(['root.txt', 'templates/a.txt', 'templates/b.md', 'templates/c.html', 'templates/sub/e.txt']);
    expect(byGlob.code).toBe(1);
  });

  it('only ignored files: nothing to check, exit 0', async () => {
    const dir = folder({ 'a.txt': DIRTY, '.yasnoignore': '*.txt\n' });
    const run = await yasno(['a.txt'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/все файлы исключены/);
  });

  it('more than eight files run on worker threads, in input order, same report as one by one', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`t/${String(i).padStart(2, '0')}.txt`] = i % 3 === 0 ? CLEAN : DIRTY.replace('Анна Сергеевна', `Анна Сергеевна (${i})`);
    const dir = folder(files);
    const names = Object.keys(files).reverse();
    const [pooled, ...single] = await Promise.all([yasno([...names, '--format', 'json'], { cwd: dir }), yasno([...names.slice(0, 6), '--format', 'json'], { cwd: dir }), yasno([...names.slice(6), '--format', 'json'], { cwd: dir })]);
    expect(pooled.code).toBe(1);
    const report = JSON.parse(pooled.stdout);
    expect(report.map((r: { path: string }) => r.path)).toEqual(names);
    expect(report).toEqual([...JSON.parse(single[0].stdout), ...JSON.parse(single[1].stdout)]);
    expect(pooled.stderr).toBe(''); // no progress bar when CI is set and stderr is not a terminal
  });
});
