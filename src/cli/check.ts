/// <reference types="node" />
// One file: read bytes → decode → lint → (--fix: apply safe fixes, write back atomically in the
// same encoding). Runs in the main thread or in a worker; never throws: a problem becomes `error`.
import { readFile, stat } from 'node:fs/promises';
import { applyFixes, ConfigError, createLinter, decodeBytes, guessFormat, InputError, type Linter, type LintOptions, type LintResult } from '../node/index.js';
import { writeAtomic } from './atomic.js';
import { EncodeError, encodeText } from './encode.js';
import type { FileResult, Task } from './types.js';

/** Files larger than this are not letters: refuse them rather than lint for minutes. */
export const MAX_BYTES = 10 * 1024 * 1024;
/** A longer line is not prose an official wrote (a minified page, a data dump). */
export const MAX_LINE = 200_000;

let linter: Linter | undefined;
const getLinter = () => (linter ??= createLinter());

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;

function longestLine(text: string): { line: number; length: number } {
  let best = { line: 0, length: 0 };
  let line = 1;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > best.length) best = { line, length: end - start };
    if (nl < 0) return best;
    start = nl + 1;
    line++;
  }
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');

export async function checkFile(task: Task): Promise<FileResult> {
  const base: FileResult = { path: task.display, messages: [], readability: null };
  try {
    let bytes: Uint8Array;
    if (task.file === null) bytes = task.bytes ?? new Uint8Array();
    else {
      const info = await stat(task.file);
      if (info.isDirectory()) return { ...base, error: 'это папка, а не файл' };
      if (info.size > MAX_BYTES) return { ...base, error: `файл слишком большой (${megabytes(info.size)}): yasno проверяет файлы до ${megabytes(MAX_BYTES)}` };
      bytes = new Uint8Array(await readFile(task.file));
    }
    if (bytes.length > MAX_BYTES) return { ...base, error: `текст слишком большой (${megabytes(bytes.length)}): yasno проверяет файлы до ${megabytes(MAX_BYTES)}` };
    if (bytes.length === 0) return { ...base, error: 'файл пуст — проверять нечего' };

    const options: LintOptions = { ...task.options, path: task.display };
    // an e-mail is decoded by its own charsets: hand its bytes over before any decoding here
    if (task.format === 'eml' || (!task.format && /\.eml$/i.test(task.display))) return finish(base, await getLinter().lint(bytes, { ...options, format: 'eml' }));

    const decoded = decodeBytes(bytes, task.encoding);
    const text = decoded.text;
    if (text.replace(/^\uFEFF/, '').trim() === '') return { ...base, error: 'в файле нет текста — проверять нечего' };
    const longest = longestLine(text);
    if (longest.length > MAX_LINE) {
      return { ...base, error: `строка ${longest.line} длиной ${thousands(longest.length)} символов — это не похоже на письмо (предел ${thousands(MAX_LINE)})` };
    }
    const format = task.format ?? guessFormat(task.display, text);
    if (format === 'eml') return finish(base, await getLinter().lint(bytes, { ...options, format: 'eml' }));

    const result = await getLinter().lint(text, { ...options, format });
    if (!task.fix || task.file === null) return finish(base, result);

    const fixable = result.messages.filter((m) => m.fix);
    if (fixable.length === 0) return finish(base, result);
    const fixed = applyFixes(text, fixable);
    if (fixed === text) return finish(base, result);
    await writeAtomic(task.file, encodeText(fixed, decoded.encoding));
    // report what is left after the fixes, at the positions in the written file
    const after = await getLinter().lint(fixed, { ...options, format });
    return { ...finish(base, after), fixed: fixable.length };
  } catch (error) {
    return { ...base, error: describe(error, task) };
  }
}

function finish(base: FileResult, result: LintResult): FileResult {
  return { ...base, messages: result.messages, readability: result.readability ?? null };
}

function describe(error: unknown, task: Task): string {
  if (error instanceof InputError || error instanceof EncodeError) return error.message;
  if (error instanceof ConfigError) return `настройки${task.configFile ? ` (${task.configFile})` : ''}: ${error.message}`;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'файл не найден';
  if (code === 'EACCES' || code === 'EPERM') return 'нет прав на чтение или запись файла';
  if (code === 'EISDIR') return 'это папка, а не файл';
  const message = error instanceof Error ? error.message : String(error);
  return `внутренняя ошибка: ${message.split('\n')[0]}`;
}
