// The schema of dictionaries/*.yml: unknown keys are errors that name the file, the entry and the
// key (Vale's lesson: a typo'd field must not pass silently). Shared by the build and by the
// run-time loading of an organisation's own entries.
import { nearestName } from '../util/nearest.js';

export interface EntrySource {
  id: string;
  patterns: string[];
  explanation: string;
  suggestions?: string[];
  severity?: 'warn' | 'error' | 'info';
  note?: string;
  flags?: string[];
  unless?: string[];
  examples: { incorrect: string[]; correct?: string[] };
}

export interface DictionaryFile {
  rule: string;
  description?: string;
  entries: EntrySource[];
}

const FILE_KEYS = new Set(['rule', 'description', 'entries']);
const ENTRY_KEYS = new Set(['id', 'patterns', 'explanation', 'suggestions', 'severity', 'note', 'flags', 'unless', 'examples']);
const EXAMPLE_KEYS = new Set(['incorrect', 'correct']);
const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

export class SchemaError extends Error {}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

const nearest = (key: string, keys: Set<string>): string => nearestName(key, keys, Infinity) ?? '';

export function validateEntry(raw: unknown, where: string, requireExamples = true): EntrySource {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new SchemaError(`${where}: запись словаря должна быть объектом`);
  const e = raw as Record<string, unknown>;
  const id = typeof e.id === 'string' ? e.id : '?';
  const at = `${where}, запись «${id}»`;
  for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) throw new SchemaError(`${at}: неизвестный ключ «${k}» (может быть, «${nearest(k, ENTRY_KEYS)}»?)`);
  if (typeof e.id !== 'string' || !ID.test(e.id)) throw new SchemaError(`${at}: нужен id из латинских букв, цифр, «-» и «.»`);
  if (!isStrings(e.patterns) || e.patterns.length === 0) throw new SchemaError(`${at}: нужен непустой список patterns`);
  if (typeof e.explanation !== 'string' || !e.explanation.trim()) throw new SchemaError(`${at}: нужно объяснение (explanation)`);
  if (e.suggestions !== undefined && !Array.isArray(e.suggestions)) throw new SchemaError(`${at}: suggestions должен быть списком строк`);
  if (e.severity !== undefined && !['warn', 'error', 'info'].includes(e.severity as string)) throw new SchemaError(`${at}: severity — warn, error или info`);
  if (e.flags !== undefined && !isStrings(e.flags)) throw new SchemaError(`${at}: flags должен быть списком строк`);
  if (e.unless !== undefined && !isStrings(e.unless)) throw new SchemaError(`${at}: unless должен быть списком шаблонов`);
  const ex = (e.examples ?? {}) as Record<string, unknown>;
  if (typeof ex !== 'object' || Array.isArray(ex)) throw new SchemaError(`${at}: examples должен быть объектом`);
  for (const k of Object.keys(ex)) if (!EXAMPLE_KEYS.has(k)) throw new SchemaError(`${at}: неизвестный ключ examples.${k} (может быть, «${nearest(k, EXAMPLE_KEYS)}»?)`);
  if (requireExamples) {
    if (!isStrings(ex.incorrect) || ex.incorrect.length === 0) throw new SchemaError(`${at}: нужен хотя бы один неверный пример (examples.incorrect)`);
    for (const s of ex.incorrect) if (!/\[\[.+?\]\]/.test(s)) throw new SchemaError(`${at}: в неверном примере отметьте ошибку как [[…]]: «${s}»`);
  }
  if (ex.correct !== undefined && !isStrings(ex.correct)) throw new SchemaError(`${at}: examples.correct должен быть списком строк`);
  return {
    id: e.id,
    patterns: e.patterns,
    explanation: e.explanation.trim(),
    suggestions: (e.suggestions as unknown[] | undefined)?.map(String) ?? [],
    severity: e.severity as EntrySource['severity'],
    note: typeof e.note === 'string' ? e.note : undefined,
    flags: e.flags as string[] | undefined,
    unless: e.unless as string[] | undefined,
    examples: { incorrect: (ex.incorrect as string[]) ?? [], correct: (ex.correct as string[]) ?? [] },
  };
}

export function validateFile(raw: unknown, file: string): DictionaryFile {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new SchemaError(`${file}: словарь должен быть объектом с ключами rule и entries`);
  const f = raw as Record<string, unknown>;
  for (const k of Object.keys(f)) if (!FILE_KEYS.has(k)) throw new SchemaError(`${file}: неизвестный ключ «${k}» (может быть, «${nearest(k, FILE_KEYS)}»?)`);
  if (typeof f.rule !== 'string') throw new SchemaError(`${file}: нужен ключ rule (идентификатор правила)`);
  if (!Array.isArray(f.entries)) throw new SchemaError(`${file}: нужен список entries`);
  const seen = new Set<string>();
  const entries = f.entries.map((e, i) => {
    const entry = validateEntry(e, `${file}, запись ${i + 1}`);
    if (seen.has(entry.id)) throw new SchemaError(`${file}: id «${entry.id}» повторяется`);
    seen.add(entry.id);
    return entry;
  });
  return { rule: f.rule, description: typeof f.description === 'string' ? f.description : undefined, entries };
}
