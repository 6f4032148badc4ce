/// <reference types="node" />
// yasno on the command line: arguments → files → config per file → lint (in worker threads when
// there are many) → one report on stdout or in --output. Exit codes (DESIGN.md): 0 clean, 1 errors
// or too many warnings, 2 bad usage, unreadable input or bad config. Only process.exitCode is set.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { InputFormat, Kind, LintOptions, Metadata } from '../index.js';
import type { FileResult, Task } from './types.js';
import { nearestName } from '../util/nearest.js';

type Library = typeof import('../node/index.js');

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'];
const INPUT_FORMATS = ['text', 'markdown', 'html', 'eml'];
const KINDS = ['reply', 'notice', 'call'];
/** Below this many files the workers' start-up costs more than it saves. */
const POOL_THRESHOLD = 8;

interface Options {
  format?: string;
  output?: string;
  formatIn?: string;
  encoding?: string;
  kind?: string;
  meta?: string[];
  config?: string;
  fix?: boolean;
  quiet?: boolean;
  maxWarnings?: string;
  stdinFilename?: string;
  explain?: string;
  rules?: boolean;
  color?: boolean;
}

class UsageError extends Error {}

const version = (): string => {
  try {
    return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
};

const TITLES: Record<string, string> = { 'Usage:': 'Использование:', 'Options:': 'Параметры:', 'Arguments:': 'Аргументы:', 'Commands:': 'Команды:' };

const HELP_AFTER = `
Примеры:
  yasno черновик.txt                     проверить ответ перед отправкой
  yasno --fix черновик.txt               исправить пунктуацию и типографику в файле
  cat письмо.txt | yasno                 проверить текст со стандартного ввода
  yasno "шаблоны/**/*.{txt,md,html}"     проверить все шаблоны ответов
  yasno --format sarif --output yasno.sarif шаблоны
  yasno --explain evasive                что проверяет правило и как писать лучше

Настройки ищутся от папки каждого файла вверх: .yasnorc, .yasnorc.json, .yasnorc.yaml,
.yasnorc.yml, yasno.config.js или поле «yasno» в package.json. Исключения — в .yasnoignore.

Коды завершения: 0 — ошибок нет; 1 — найдены ошибки (или предупреждений больше --max-warnings);
2 — неверные параметры, нечитаемый файл или ошибка в настройках.`;

function buildProgram(): Command {
  const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];
  return new Command('yasno')
    .usage('[параметры] [файлы…]')
    .description('Проверяет официальные ответы гражданам по правилам взаимодействия с клиентом (приказ № 2137): вежливость, ясность, конкретика.')
    .argument('[файлы...]', 'файлы, папки или шаблоны вида "шаблоны/**/*.txt"; «-» — стандартный ввод')
    .option('-f, --format <формат>', 'формат отчёта: stylish (по умолчанию), json, sarif, github, junit')
    .option('-o, --output <файл>', 'записать отчёт в файл, а не на экран')
    .option('--format-in <формат>', 'формат входных файлов: text, markdown, html, eml (по умолчанию — по расширению)')
    .option('--encoding <кодировка>', 'кодировка входных файлов: utf-8, windows-1251, utf-16le… (по умолчанию — определяется сама)')
    .option('--kind <вид>', 'вид документа: reply (ответ), notice (уведомление), call (сценарий звонка)')
    .option('--meta <ключ=значение>', 'метаданные уведомления или звонка, например sentAt=2024-03-01T10:00; можно повторять', collect)
    .option('-c, --config <файл>', 'файл настроек вместо найденного автоматически')
    .option('--fix', 'исправить безопасные замечания (пунктуация, типографика) прямо в файлах')
    .option('-q, --quiet', 'показывать только ошибки, без предупреждений и подсказок')
    .option('--max-warnings <число>', 'завершиться с кодом 1, если предупреждений больше этого числа')
    .option('--stdin-filename <имя>', 'имя файла для текста со стандартного ввода (по нему определяется формат)')
    .option('--explain <правило>', 'объяснить правило: пункт приказа, описание, примеры')
    .option('--rules', 'перечислить правила и их уровни')
    .addOption(new Option('--color', 'цветной вывод даже не в терминале'))
    .addOption(new Option('--no-color', 'без цвета'))
    .helpOption('-h, --help', 'показать эту справку')
    .version(version(), '-v, --version', 'показать версию')
    .addHelpText('after', HELP_AFTER)
    .configureHelp({ helpWidth: 100, styleTitle: (title: string) => TITLES[title] ?? title })
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      outputError: () => undefined,
    })
    .exitOverride()
    .allowExcessArguments(true);
}

function translateCommanderError(error: CommanderError, program: Command): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const parts = quoted.split(/[ ,]+/);
  const flag = parts.find((p) => p.startsWith('--')) ?? parts.find((p) => p.startsWith('-')) ?? quoted;
  switch (error.code) {
    case 'commander.unknownOption': {
      const flags = program.options.flatMap((o) => [o.long, o.short]).filter((f): f is string => !!f);
      const near = flags.length ? nearest(flag, flags) : undefined;
      return `неизвестный параметр «${flag}»${near ? ` — может быть, «${near}»?` : ''}`;
    }
    case 'commander.optionMissingArgument':
    case 'commander.missingArgument':
      return `параметру «${flag}» нужно значение`;
    default:
      return `ошибка в параметрах: ${error.message.replace(/^error: /, '')}`;
  }
}

// flags are short: a closer limit than nearestName's default, or every two-letter typo would match
const nearest = (name: string, names: string[]) => nearestName(name, names, Math.max(2, Math.floor(name.length / 3)));

function colorLevel(flag: boolean | undefined, stream: NodeJS.WriteStream): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return 1;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  if (process.env.NO_COLOR) return 0;
  if (!stream.isTTY || process.env.TERM === 'dumb') return 0;
  return stream.hasColors?.(256) ? 2 : 1;
}

function choice(value: string | undefined, allowed: string[], flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (allowed.includes(value)) return value;
  const near = nearest(value, allowed);
  throw new UsageError(`${flag}: «${value}» — допустимо ${allowed.join(', ')}${near ? `; может быть, «${near}»?` : ''}`);
}

function parseMeta(pairs: string[] | undefined): Metadata | undefined {
  if (!pairs?.length) return undefined;
  const meta: Metadata = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--meta: «${pair}» — ожидается ключ=значение, например channel=email`);
    meta[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return meta;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

const say = (line: string) => process.stderr.write(`yasno: ${line}\n`);

export async function main(argv: string[] = process.argv): Promise<void> {
  // `yasno … | head` closes the pipe early: that is not an error worth a stack trace
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  const program = buildProgram();
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        process.exitCode = 0;
        return;
      }
      say(translateCommanderError(error, program));
      process.stderr.write('Справка: yasno --help\n');
      process.exitCode = 2;
      return;
    }
    throw error;
  }
  const opts = program.opts<Options>();
  try {
    await run(program.args, opts);
  } catch (error) {
    if (error instanceof UsageError) {
      say(error.message);
      process.stderr.write('Справка: yasno --help\n');
      process.exitCode = 2;
      return;
    }
    const { CliConfigError } = await import('./config.js');
    if (error instanceof CliConfigError) {
      say(`${error.file}: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    say(`внутренняя ошибка: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}

async function run(args: string[], opts: Options): Promise<void> {
  const cwd = process.cwd();
  const format = choice(opts.format, FORMATS, '--format') ?? 'stylish';
  const formatIn = choice(opts.formatIn, INPUT_FORMATS, '--format-in') as InputFormat | undefined;
  const kind = choice(opts.kind, KINDS, '--kind') as Kind | undefined;
  const meta = parseMeta(opts.meta);
  let maxWarnings = Infinity;
  if (opts.maxWarnings !== undefined) {
    if (!/^\d+$/.test(opts.maxWarnings)) throw new UsageError(`--max-warnings: «${opts.maxWarnings}» — нужно целое число не меньше нуля`);
    maxWarnings = Number(opts.maxWarnings);
  }
  if (opts.encoding !== undefined) {
    try {
      new TextDecoder(opts.encoding.trim());
    } catch {
      throw new UsageError(`--encoding: неизвестная кодировка «${opts.encoding}» (например, utf-8 или windows-1251)`);
    }
  }
  const outStream = process.stdout;
  const level = opts.output ? (opts.color === true ? 1 : 0) : colorLevel(opts.color, outStream);
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });

  const library: Library = await import('../node/index.js');
  const { ConfigFinder, CliConfigError } = await import('./config.js');
  const finder = new ConfigFinder(library, cwd);
  const explicitConfig = opts.config ? await finder.load(resolve(cwd, opts.config)) : undefined;

  if (opts.explain !== undefined || opts.rules) {
    const { explain, listRules } = await import('./explain.js');
    const text =
      opts.explain !== undefined
        ? explain(library, opts.explain, chalk)
        : listRules(library, (explicitConfig ?? (await finder.forDirectory(cwd).catch(() => ({ options: {} as LintOptions })))).options.rules, chalk);
    await emit(text, opts.output);
    process.exitCode = 0;
    return;
  }

  let useStdin = args.length === 0 || args.includes('-');
  if (args.length === 0 && process.stdin.isTTY) {
    throw new UsageError('укажите файлы для проверки или передайте текст через стандартный ввод');
  }
  if (useStdin && opts.fix) throw new UsageError('--fix исправляет файлы на диске; для стандартного ввода он не работает');

  const { expand } = await import('./files.js');
  const expansion = await expand(
    args.filter((a) => a !== '-'),
    cwd,
  );
  let failed = false;
  for (const e of expansion.errors) {
    say(`${e.path}: ${e.message}`);
    failed = true;
  }

  // one task per file, with the options of its nearest config
  const tasks: Task[] = [];
  const configFailed = new Map<number, string>();
  const reported = new Set<string>();
  const taskFor = async (file: string | null, display: string, dir: string, bytes?: Uint8Array) => {
    let loaded;
    try {
      loaded = explicitConfig ?? (await finder.forDirectory(dir));
    } catch (error) {
      if (!(error instanceof CliConfigError)) throw error;
      if (!reported.has(error.file)) say(`${error.file}: ${error.message}`);
      reported.add(error.file);
      failed = true;
      configFailed.set(tasks.length, `не проверен: ошибка в настройках ${error.file}`);
      loaded = { options: {} as LintOptions };
    }
    const options: LintOptions = { ...loaded.options };
    if (kind) options.kind = kind;
    if (meta) options.meta = { ...options.meta, ...meta };
    const task: Task = { file, display, options, fix: !!opts.fix };
    if (loaded.file) task.configFile = loaded.file;
    if (bytes) task.bytes = bytes;
    if (formatIn) task.format = formatIn;
    if (opts.encoding) task.encoding = opts.encoding.trim();
    tasks.push(task);
  };
  if (useStdin) {
    const display = opts.stdinFilename ?? '<stdin>';
    await taskFor(null, display, opts.stdinFilename ? dirname(resolve(cwd, opts.stdinFilename)) : cwd, await readStdin());
  }
  for (const f of expansion.files) await taskFor(f.file, f.display, dirname(f.file));

  if (tasks.length === 0 && !failed) {
    if (expansion.ignored > 0) process.stderr.write(`yasno: все файлы исключены (.yasnoignore): проверять нечего\n`);
    process.exitCode = 0;
    return;
  }

  // arguments that named no file are part of the report too: nothing is lost in JSON or SARIF
  const results = [...expansion.errors.map((e): FileResult => ({ path: e.path, messages: [], readability: null, error: e.message })), ...(await lintAll(tasks, configFailed))];
  const firstTask = expansion.errors.length;
  for (const r of results) if (r.error) failed = true;
  for (const [i, r] of results.entries()) if (i >= firstTask && r.error && !configFailed.has(i - firstTask)) say(`${r.path}: ${r.error}`);

  if (opts.quiet) for (const r of results) r.messages = r.messages.filter((m) => m.fatal === true);
  let errors = 0;
  let warnings = 0;
  for (const r of results) for (const m of r.messages) m.fatal === true ? errors++ : m.fatal === false && warnings++;

  const report = await render(format, results, library, chalk);
  await emit(report, opts.output);
  if (failed) process.exitCode = 2;
  else if (errors > 0) process.exitCode = 1;
  else if (warnings > maxWarnings) {
    const { warningsWord } = await import('./plural.js');
    say(`${warningsWord(warnings)} — больше допустимого (--max-warnings ${maxWarnings})`);
    process.exitCode = 1;
  } else process.exitCode = 0;
}

async function lintAll(tasks: Task[], skip: Map<number, string>): Promise<FileResult[]> {
  const todo = tasks.map((t, i) => ({ t, i })).filter(({ i }) => !skip.has(i));
  const results: FileResult[] = tasks.map((t, i) => ({ path: t.display, messages: [], readability: null, ...(skip.has(i) ? { error: skip.get(i) } : {}) }));
  let progress: { update(n: number): void; clear(): void } | undefined;
  let done = 0;
  let timer: NodeJS.Timeout | undefined;
  if (process.stderr.isTTY && !process.env.CI && todo.length > 1) {
    timer = setTimeout(async () => {
      const { Progress } = await import('./progress.js');
      progress = new Progress(todo.length);
      progress.update(done);
    }, 1000);
    timer.unref();
  }
  const onDone = (n: number) => {
    done = n;
    progress?.update(n);
  };
  try {
    let checked: FileResult[];
    if (todo.length > POOL_THRESHOLD) {
      const { runPool } = await import('./pool.js');
      checked = await runPool(
        todo.map(({ t }) => t),
        onDone,
      );
    } else {
      const { checkFile } = await import('./check.js');
      checked = [];
      for (const { t } of todo) {
        checked.push(await checkFile(t));
        onDone(checked.length);
      }
    }
    todo.forEach(({ i }, k) => (results[i] = checked[k]));
  } finally {
    if (timer) clearTimeout(timer);
    progress?.clear();
  }
  return results;
}

async function render(format: string, results: FileResult[], library: Library, chalk: InstanceType<typeof import('chalk').Chalk>): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./reporters/json.js')).json(results);
    case 'sarif': {
      const rules = library.rules.map((r) => ({ id: r.meta.id, title: r.meta.title, description: r.meta.description, point: r.meta.point, quote: r.meta.quote, severity: r.meta.severity }));
      return (await import('./reporters/sarif.js')).sarif(results, rules, version());
    }
    case 'github':
      return (await import('./reporters/github.js')).github(results);
    case 'junit':
      return (await import('./reporters/junit.js')).junit(results);
    default:
      return (await import('./reporters/stylish.js')).stylish(results, chalk);
  }
}

async function emit(text: string, output: string | undefined): Promise<void> {
  if (!output) {
    if (text) process.stdout.write(text);
    return;
  }
  const { writeAtomic } = await import('./atomic.js');
  try {
    await writeAtomic(resolve(output), text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${output}: не удалось записать отчёт${code === 'ENOENT' ? ': нет такой папки' : code === 'EACCES' ? ': нет прав на запись' : ''}`);
  }
}
