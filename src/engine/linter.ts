// The kernel: input → normalised text → parse → rules → messages on the original input.
// Pure and browser-safe; file access, colours and exit codes live in src/cli.
import { createLocator, normalize, toOriginalSpan } from '../input/normalize.js';
import { parse } from '../parse/index.js';
import { readability } from '../analysis/readability.js';
import { rules as allRules } from '../../rules/index.js';
import { loadMorphology, morphologyLoaded } from '../morph/az.js';
import type { Kind, LintOptions, LintResult, Metadata, RuleSetting, SeverityName, YasnoMessage } from '../types.js';
import { NO_DICTIONARIES } from '../dict/index.js';
import { readDirectives } from './directives.js';
import { resolveRules, type ResolvedRule } from './config.js';
import type { Doc, Report, Rule, RuleContext } from './rule.js';
import { formatOf, prepareInput, type Prepared } from './prepare.js';
import { extractProseAsync, loadFormat } from '../input/formats/index.js';
import { decodeBytes } from '../input/decode.js';

export const DEFAULT_MINISTRY = 'министерство труда и социального развития Новосибирской области';
export const DEFAULT_TIME_ZONE = 'Asia/Novosibirsk';
export const DOCS_URL = 'https://github.com/yasno-linter/yasno/blob/main/README.md#';

type Resource = 'morphology' | 'spelling';
const loaders: Record<Resource, { load: () => Promise<unknown>; loaded: () => unknown }> = {
  morphology: { load: loadMorphology, loaded: morphologyLoaded },
  spelling: { load: async () => undefined, loaded: () => undefined },
};

/** Registers how a lazily loaded resource is loaded (the spelling speller registers itself). */
export function registerResource(name: Resource, load: () => Promise<unknown>, loaded: () => unknown): void {
  loaders[name] = { load, loaded };
}

export interface Linter {
  /** Loads what the enabled rules need (morphology, spelling); lintSync works after it resolves. */
  load(): Promise<void>;
  /** Lints text, or raw bytes (decoded as UTF-8, UTF-16 or Windows-1251; an e-mail by its own charsets). */
  lint(input: string | Uint8Array, options?: LintOptions): Promise<LintResult>;
  lintSync(input: string, options?: LintOptions): LintResult;
  rules: readonly Rule[];
}

export function createLinter(defaults: LintOptions = {}, rules: readonly Rule[] = allRules): Linter {
  const needed = (options: LintOptions) => {
    const set = new Set<Resource>();
    for (const r of resolveRules(rules, options.rules)) for (const n of r.rule.meta.needs ?? []) set.add(n);
    return set;
  };
  const load = async (options: LintOptions = defaults) => {
    await Promise.all([...needed(options)].map((n) => loaders[n].load()));
  };
  const lintSync = (input: string, options: LintOptions = {}) => {
    const merged = { ...defaults, ...options, rules: { ...defaults.rules, ...options.rules } };
    if (typeof input !== 'string') throw new TypeError('yasno: текст для проверки должен быть строкой');
    return run(prepareInput(input, merged), merged, rules);
  };
  return {
    // the synchronous API may meet any format but e-mail: have the Markdown and HTML parsers ready
    load: async () => {
      await Promise.all([load(defaults), loadFormat('markdown'), loadFormat('html')]);
    },
    async lint(input, options = {}) {
      const merged = { ...defaults, ...options, rules: { ...defaults.rules, ...options.rules } };
      await load(merged);
      if (typeof input !== 'string' && !(input instanceof Uint8Array)) throw new TypeError('yasno: текст для проверки должен быть строкой или байтами');
      const format = merged.format ?? (typeof input === 'string' ? formatOf(input, merged) : formatOf('', merged));
      if (format === 'eml') {
        const extracted = await extractProseAsync(input, 'eml');
        return run(prepareInput(extracted.source, merged, extracted), merged, rules);
      }
      const text = typeof input === 'string' ? input : decodeBytes(input).text;
      await loadFormat(format);
      return run(prepareInput(text, { ...merged, format }), merged, rules);
    },
    lintSync,
    rules,
  };
}

/** The loaded resources a rule needs, or throws if one is not loaded (shared with the live linter). */
export function resourcesFor(rule: Rule): Partial<Record<Resource, unknown>> {
  const needs = rule.meta.needs ?? [];
  const resources: Partial<Record<Resource, unknown>> = {};
  let missing = false;
  for (const n of needs) {
    resources[n] = loaders[n].loaded();
    if (!resources[n]) missing = true;
  }
  if (missing) throw new Error(`yasno: правилу «${rule.meta.id}» нужны данные (${needs.join(', ')}): вызовите await linter.load() или используйте lint()`);
  return resources;
}

function run(prepared: Prepared, options: LintOptions, rules: readonly Rule[]): LintResult {
  const source = prepared.source;
  const kind: Kind = (options.kind ?? prepared.kind ?? 'reply') as Kind;
  const meta: Metadata = { ...prepared.meta, ...(options.meta ?? {}) };
  const normalized = normalize(prepared.text);
  const directives = readDirectives(normalized.text);
  const doc = parse(directives.text);
  const locate = createLocator(source);
  const messages: YasnoMessage[] = [];
  const resolved = resolveRules(rules, options.rules);
  const now = options.now ?? new Date();

  for (const { rule, severity, options: ruleOptions } of resolved) {
    if (!rule.meta.kinds.includes(kind)) continue;
    const context = ruleContext({ rule, severity, options: ruleOptions }, doc, kind, meta, now, options, (r) => {
      if (directives.isDisabled(rule.meta.id, r.start)) return;
      messages.push(toMessage(r, rule, severity, normalized, locate, source));
    });
    rule.check(context);
  }
  return {
    messages: finish(messages),
    readability: readability(doc),
    kind,
    meta,
  };
}

/** What a rule sees of one document: shared by the full lint and the live linter. */
export function ruleContext(entry: ResolvedRule, doc: Doc, kind: Kind, meta: Metadata, now: Date, options: LintOptions, report: (r: Report) => void): RuleContext {
  const resources = resourcesFor(entry.rule);
  const allow = (options.dictionaries?.allow ?? []).map((w) => w.toLowerCase().replace(/ё/g, 'е'));
  return {
    doc,
    kind,
    meta,
    options: entry.options,
    dictionaries: options.dictionaries ?? NO_DICTIONARIES,
    ministry: options.ministry ?? DEFAULT_MINISTRY,
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    now,
    morphology: resources.morphology as RuleContext['morphology'],
    spelling: resources.spelling,
    isAllowed: (start, end) => {
      if (!allow.length) return false;
      const span = doc.text.slice(start, end).toLowerCase().replace(/ё/g, 'е');
      return allow.some((a) => span === a || span.includes(a));
    },
    report: (r: Report) => {
      if (r.end >= r.start) report(r);
    },
  };
}

export function toMessage(
  r: Report,
  rule: Rule,
  severity: Exclude<SeverityName, 'off'>,
  normalized: ReturnType<typeof normalize>,
  locate: ReturnType<typeof createLocator>,
  source: string,
): YasnoMessage {
  // the prepared text has its source's length, so a prepared offset is a source offset
  const [start, end] = toOriginalSpan(normalized, r.start, r.end);
  const sev = r.severity ?? severity;
  const expected = r.expected ?? [];
  const message: YasnoMessage = {
    ruleId: rule.meta.id,
    source: 'yasno',
    reason: r.reason,
    message: r.reason,
    place: { start: locate(start), end: locate(end) },
    line: locate(start).line,
    column: locate(start).column,
    fatal: sev === 'error' ? true : sev === 'warn' ? false : undefined,
    actual: source.slice(start, end),
    expected,
    note: r.note ?? rule.meta.description,
    url: DOCS_URL + rule.meta.id,
    point: rule.meta.point,
  };
  if (r.entryId) message.entryId = r.entryId;
  if (expected.length) message.fixes = expected.map((text) => ({ start, end, text }));
  if (r.fix) {
    const [fixStart, fixEnd] = toOriginalSpan(normalized, r.fix.start, r.fix.end);
    message.fix = { start: fixStart, end: fixEnd, text: r.fix.text };
  }
  return message;
}

/** Sorted by place, then rule id; duplicates (same rule, same span) removed. */
export function finish(messages: YasnoMessage[]): YasnoMessage[] {
  messages.sort((a, b) => a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || a.ruleId.localeCompare(b.ruleId));
  // sorted so, a duplicate stands right after the message it repeats
  return messages.filter((m, i) => {
    const prev = messages[i - 1];
    return !prev || prev.ruleId !== m.ruleId || prev.place.start.offset !== m.place.start.offset || prev.place.end.offset !== m.place.end.offset;
  });
}

export type { ResolvedRule, RuleSetting };
