// Per-rule severity and options from config. An unknown rule id or option is an error that names
// the key and suggests the nearest valid one.
import type { RuleSetting, SeverityName } from '../types.js';
import type { Rule } from './rule.js';
import { nearestName } from '../util/nearest.js';

export { nearestName };

export class ConfigError extends Error {}

export interface ResolvedRule {
  rule: Rule;
  severity: Exclude<SeverityName, 'off'>;
  options: Record<string, unknown>;
}

const SEVERITIES = new Set(['off', 'warn', 'error', 'info']);

const cache = new WeakMap<object, ResolvedRule[]>();

export function resolveRules(rules: readonly Rule[], settings: Record<string, RuleSetting> | undefined): ResolvedRule[] {
  if (settings && cache.has(settings)) return cache.get(settings)!;
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  for (const id of Object.keys(settings ?? {})) {
    if (!byId.has(id)) {
      const near = nearestName(id, byId.keys());
      throw new ConfigError(`неизвестное правило «${id}»${near ? ` — может быть, «${near}»?` : ''}`);
    }
  }
  const out: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting = settings?.[rule.meta.id];
    let severity: SeverityName = rule.meta.severity;
    let given: Record<string, unknown> = {};
    if (typeof setting === 'string') severity = setting;
    else if (Array.isArray(setting)) [severity, given = {}] = setting;
    else if (setting && typeof setting === 'object') {
      severity = setting.severity ?? severity;
      given = setting.options ?? {};
    }
    if (!SEVERITIES.has(severity)) throw new ConfigError(`правило «${rule.meta.id}»: уровень «${String(severity)}» не бывает — off, warn, error или info`);
    const defaults = rule.meta.options ?? {};
    for (const key of Object.keys(given)) {
      if (!(key in defaults)) {
        const near = nearestName(key, Object.keys(defaults));
        throw new ConfigError(`правило «${rule.meta.id}»: неизвестный параметр «${key}»${near ? ` — может быть, «${near}»?` : ''}`);
      }
    }
    if (severity === 'off') continue;
    out.push({ rule, severity, options: { ...defaults, ...given } });
  }
  if (settings) cache.set(settings, out);
  return out;
}
