/// <reference types="node" />
// Arguments → files: plain paths, folders (every letter format inside) and globs, minus
// node_modules, .git and the patterns of .yasnoignore (gitignore syntax). Order is stable:
// arguments in the order given, each glob's matches sorted.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export const EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'eml'];
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface FoundFile {
  file: string;
  display: string;
}

export interface Expansion {
  files: FoundFile[];
  /** One-line Russian errors: `<argument>: <what is wrong>`. */
  errors: Array<{ path: string; message: string }>;
  ignored: number;
}

const toPosix = (p: string) => p.split(sep).join('/');

export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return toPosix(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel);
}

export async function expand(args: string[], cwd: string, ignoreFile = join(cwd, '.yasnoignore')): Promise<Expansion> {
  const fg = (await import('fast-glob')).default;
  const ignoreLib = (await import('ignore')).default;
  const ig = ignoreLib();
  if (existsSync(ignoreFile)) ig.add(readFileSync(ignoreFile, 'utf8'));
  const isIgnored = (file: string) => {
    const rel = relative(cwd, file);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    return ig.ignores(toPosix(rel));
  };

  const seen = new Set<string>();
  const out: Expansion = { files: [], errors: [], ignored: 0 };
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (isIgnored(file)) {
      out.ignored++;
      return;
    }
    out.files.push({ file, display: displayPath(cwd, file) });
  };
  const pattern = `**/*.{${EXTENSIONS.join(',')}}`;

  for (const arg of args) {
    const full = resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(full);
    } catch {
      stats = undefined;
    }
    if (stats?.isFile()) {
      add(full);
      continue;
    }
    if (stats?.isDirectory()) {
      const found = (await fg(pattern, { cwd: full, ignore: ALWAYS_IGNORED, dot: false, absolute: true, onlyFiles: true, caseSensitiveMatch: false })).map((f) => resolve(f)).sort();
      for (const f of found) add(f);
      if (found.length === 0) out.errors.push({ path: arg, message: `в папке нет файлов ${EXTENSIONS.map((e) => '.' + e).join(', ')}` });
      continue;
    }
    if (fg.isDynamicPattern(arg)) {
      const found = (await fg(toPosix(arg), { cwd, ignore: ALWAYS_IGNORED, dot: false, absolute: true, onlyFiles: true })).map((f) => resolve(f)).sort();
      if (found.length === 0) out.errors.push({ path: arg, message: 'по этому шаблону не найдено ни одного файла' });
      for (const f of found) add(f);
      continue;
    }
    out.errors.push({ path: arg, message: 'файл не найден' });
  }
  return out;
}
