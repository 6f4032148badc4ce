/// <reference types="node" />
// SARIF 2.1.0 as GitHub code scanning accepts it: every rule in tool.driver.rules, results with
// regions in 1-based UTF-16 columns (SARIF's default) and partialFingerprints that survive edits
// elsewhere in the file (rule + found text + its occurrence, not the line number).
import { createHash } from 'node:crypto';
import type { FileResult } from '../types.js';
import { DOCS_URL, levelOf } from './common.js';

export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  point: string;
  quote: string;
  severity: string;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const SEVERITY_LEVEL: Record<string, string> = { error: 'error', warn: 'warning', info: 'note' };

const encodePath = (p: string) => p.split('/').map((s) => encodeURIComponent(s)).join('/');

export function sarif(results: FileResult[], rules: RuleInfo[], version: string): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifRules = rules.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    help: {
      text: `${r.description}\n\n${r.point} правил: «${r.quote}»`,
      markdown: `${r.description}\n\n**${r.point} правил:** «${r.quote}»\n\n[Подробнее](${DOCS_URL}${r.id})`,
    },
    helpUri: DOCS_URL + r.id,
    defaultConfiguration: { level: SEVERITY_LEVEL[r.severity] ?? 'warning' },
    properties: { tags: ['yasno', r.point] },
  }));
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const r of results) {
    if (r.error) {
      notifications.push({
        level: 'error',
        message: { text: `${r.path}: ${r.error}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(r.path), uriBaseId: '%SRCROOT%' } } }],
      });
      continue;
    }
    const occurrences = new Map<string, number>();
    for (const m of r.messages) {
      const key = `${m.ruleId}\u0000${m.actual.replace(/\s+/g, ' ').trim()}`;
      const n = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, n);
      const fingerprint = createHash('sha256').update(`${r.path}\u0000${key}\u0000${n}`).digest('hex').slice(0, 32);
      const { start, end } = m.place;
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        level: LEVEL[levelOf(m)],
        message: { text: m.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodePath(r.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
            },
          },
        ],
        partialFingerprints: { 'yasno/v1': fingerprint },
      };
      const ruleIndex = index.get(m.ruleId);
      if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
      sarifResults.push(result);
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'yasno',
            informationUri: 'https://github.com/yasno-linter/yasno',
            version,
            semanticVersion: version,
            language: 'ru',
            rules: sarifRules,
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
