/// <reference types="node" />
// Config discovery: from each file's folder upward, the nearest of .yasnorc, .yasnorc.json,
// .yasnorc.yaml, .yasnorc.yml, yasno.config.js or a `yasno` field in package.json wins;
// `--config FILE` overrides. Every key is checked: a typo names the file and the nearest valid key.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Kind, LintOptions, RuleSetting } from '../index.js';

export const CONFIG_NAMES = ['.yasnorc', '.yasnorc.json', '.yasnorc.yaml', '.yasnorc.yml', 'yasno.config.js', 'package.json'];
const TOP_KEYS = ['rules', 'dictionaries', 'ministry', 'timeZone', 'kind'];
const DICTIONARY_KEYS = ['entries', 'allow', 'disable', 'knownAbbreviations', 'knownTerms', 'words'];
const SEVERITIES = ['off', 'warn', 'error', 'info'];
const KINDS = ['reply', 'notice', 'call'];

/** A config problem, shown as `yasno: <file>: <message>`. */
export class CliConfigError extends Error {
  constructor(readonly file: string, message: string) {
    super(message);
  }
}

export interface LoadedConfig {
  file?: string;
  options: LintOptions;
}

type Library = typeof import('../node/index.js');

export class ConfigFinder {
  private byDir = new Map<string, Promise<LoadedConfig>>();
  constructor(
    private readonly library: Library,
    private readonly cwd: string,
  ) {}

  /** The config for a file in `dir` (the nearest upward), or the empty config. */
  forDirectory(dir: string): Promise<LoadedConfig> {
    let found = this.byDir.get(dir);
    if (!found) {
      found = this.search(dir);
      this.byDir.set(dir, found);
    }
    return found;
  }

  private async search(dir: string): Promise<LoadedConfig> {
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      if (name === 'package.json') {
        const field = packageField(file);
        if (field === undefined) continue;
        return { file: this.show(file), options: validate(this.library, field, this.show(file)) };
      }
      return this.load(file);
    }
    const parent = dirname(dir);
    if (parent === dir) return { options: {} };
    return this.forDirectory(parent);
  }

  async load(file: string): Promise<LoadedConfig> {
    const shown = this.show(file);
    const data = await readConfig(file, shown);
    return { file: shown, options: validate(this.library, data, shown) };
  }

  private show(file: string): string {
    const rel = relative(this.cwd, file);
    return (rel.startsWith('..') || resolve(rel) !== file ? file : rel).split(sep).join('/');
  }
}

function packageField(file: string): unknown {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { yasno?: unknown }).yasno;
  } catch {
    return undefined; // a broken package.json is npm's problem; it holds no config of ours
  }
}

async function readConfig(file: string, shown: string): Promise<unknown> {
  if (file.endsWith('.js')) {
    try {
      const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
      return module.default;
    } catch (error) {
      throw new CliConfigError(shown, `не удалось загрузить: ${firstLine(error)}`);
    }
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new CliConfigError(shown, `не удалось прочитать: ${firstLine(error)}`);
  }
  const json = file.endsWith('.json') || (file.endsWith('.yasnorc') && /^\s*[{[]/.test(text));
  if (json) return parseJson(text, shown);
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = error.linePos?.[0].line;
    const what = error.code === 'DUPLICATE_KEY' ? 'ключ повторяется' : 'это не YAML';
    throw new CliConfigError(shown, `некорректный YAML${line ? ` в строке ${line}` : ''}: ${what}`);
  }
  return doc.toJS();
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String((error as Error).message));
    let where = '';
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = ` в строке ${line}, столбце ${column}`;
    } else if (/end of JSON|Unexpected end/i.test(String((error as Error).message))) where = ': файл обрывается';
    throw new CliConfigError(shown, `некорректный JSON${where}`);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

function suggest(name: string, names: string[], library: Library): string {
  const near = library.nearestName(name, names);
  return near ? ` — может быть, «${near}»?` : '';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a config object and turns it into lint options; throws CliConfigError naming the key. */
export function validate(library: Library, data: unknown, file: string): LintOptions {
  if (data === undefined || data === null) return {};
  if (!isObject(data)) throw new CliConfigError(file, 'настройки должны быть объектом вида «ключ: значение»');
  const options: LintOptions = {};
  for (const key of Object.keys(data)) {
    if (key === '$schema') continue;
    if (!TOP_KEYS.includes(key)) throw new CliConfigError(file, `неизвестный параметр «${key}»${suggest(key, TOP_KEYS, library)}`);
  }
  if (data.rules !== undefined) options.rules = validateRules(library, data.rules, file);
  if (data.dictionaries !== undefined) {
    const d = data.dictionaries;
    if (!isObject(d)) throw new CliConfigError(file, '«dictionaries» должен быть объектом');
    for (const key of Object.keys(d)) {
      if (!DICTIONARY_KEYS.includes(key)) throw new CliConfigError(file, `dictionaries: неизвестный параметр «${key}»${suggest(key, DICTIONARY_KEYS, library)}`);
      const value = d[key];
      if (!Array.isArray(value)) throw new CliConfigError(file, `dictionaries.${key} должен быть списком`);
      if (key !== 'entries' && value.some((v) => typeof v !== 'string')) throw new CliConfigError(file, `dictionaries.${key}: ожидается список строк`);
      if (key === 'entries') {
        value.forEach((entry, i) => {
          if (!isObject(entry) || typeof entry.id !== 'string' || typeof entry.rule !== 'string' || !Array.isArray(entry.patterns) || typeof entry.explanation !== 'string') {
            throw new CliConfigError(file, `dictionaries.entries[${i}]: нужны поля id, rule, patterns и explanation`);
          }
          const ids = library.rules.map((r) => r.meta.id);
          if (!ids.includes(entry.rule)) throw new CliConfigError(file, `dictionaries.entries[${i}]: неизвестное правило «${entry.rule}»${suggest(entry.rule, ids, library)}`);
        });
      }
    }
    options.dictionaries = d as LintOptions['dictionaries'];
  }
  for (const key of ['ministry', 'timeZone'] as const) {
    if (data[key] === undefined) continue;
    if (typeof data[key] !== 'string' || data[key] === '') throw new CliConfigError(file, `«${key}» должен быть непустой строкой`);
    options[key] = data[key] as string;
  }
  if (options.timeZone) {
    try {
      new Intl.DateTimeFormat('ru', { timeZone: options.timeZone });
    } catch {
      throw new CliConfigError(file, `timeZone: неизвестный часовой пояс «${options.timeZone}» (пример: Asia/Novosibirsk)`);
    }
  }
  if (data.kind !== undefined) {
    if (typeof data.kind !== 'string' || !KINDS.includes(data.kind)) {
      throw new CliConfigError(file, `kind: «${String(data.kind)}» — ожидается reply, notice или call${typeof data.kind === 'string' ? suggest(data.kind, KINDS, library) : ''}`);
    }
    options.kind = data.kind as Kind;
  }
  return options;
}

function validateRules(library: Library, rules: unknown, file: string): Record<string, RuleSetting> {
  if (!isObject(rules)) throw new CliConfigError(file, '«rules» должен быть объектом: «правило: off | warn | error»');
  const byId = new Map(library.rules.map((r) => [r.meta.id, r]));
  const ids = [...byId.keys()];
  for (const [id, setting] of Object.entries(rules)) {
    const rule = byId.get(id);
    if (!rule) throw new CliConfigError(file, `rules: неизвестное правило «${id}»${suggest(id, ids, library)}`);
    let severity: unknown;
    let given: unknown = {};
    if (typeof setting === 'string') severity = setting;
    else if (Array.isArray(setting)) [severity, given = {}] = setting;
    else if (isObject(setting)) {
      for (const key of Object.keys(setting)) {
        if (key !== 'severity' && key !== 'options') throw new CliConfigError(file, `rules.${id}: неизвестный параметр «${key}»${suggest(key, ['severity', 'options'], library)}`);
      }
      severity = setting.severity;
      given = setting.options ?? {};
    } else throw new CliConfigError(file, `rules.${id}: ожидается off, warn, error или [уровень, параметры]`);
    if (severity !== undefined && (typeof severity !== 'string' || !SEVERITIES.includes(severity))) {
      throw new CliConfigError(file, `rules.${id}: уровень «${String(severity)}» не бывает — off, warn, error или info${typeof severity === 'string' ? suggest(severity, SEVERITIES, library) : ''}`);
    }
    if (!isObject(given)) throw new CliConfigError(file, `rules.${id}: параметры правила должны быть объектом`);
    const defaults = rule.meta.options ?? {};
    for (const key of Object.keys(given)) {
      if (!(key in defaults)) {
        const known = Object.keys(defaults);
        throw new CliConfigError(file, `rules.${id}: неизвестный параметр «${key}»${known.length ? suggest(key, known, library) : ' — у правила нет параметров'}`);
      }
    }
  }
  return rules as Record<string, RuleSetting>;
}
