/// <reference types="node" />
// JUnit XML for CI servers other than GitHub (GitLab, Jenkins, TeamCity): a test suite per file,
// a test case per finding (errors and warnings as failures), a passing case for a clean file.
import type { FileResult } from '../types.js';
import { LEVEL_NAMES, levelOf } from './common.js';

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

export function junit(results: FileResult[]): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of results) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    if (r.error) {
      suiteErrors++;
      cases.push(`    <testcase name="${xml(r.path)}" classname="yasno">\n      <error message="${xml(r.error)}">${xml(r.error)}</error>\n    </testcase>`);
    } else if (r.messages.length === 0) {
      cases.push(`    <testcase name="${xml(r.path)}" classname="yasno"/>`);
    } else {
      for (const m of r.messages) {
        const { start, end } = m.place;
        const level = levelOf(m);
        const place = `${start.line}:${start.column}-${end.line}:${end.column}`;
        const body = `${r.path}:${place} ${LEVEL_NAMES[level]} ${m.reason} (${m.ruleId})`;
        if (level === 'info') {
          cases.push(`    <testcase name="${xml(`${place} ${m.ruleId}`)}" classname="yasno.${xml(m.ruleId)}">\n      <system-out>${xml(body)}</system-out>\n    </testcase>`);
          continue;
        }
        suiteFailures++;
        cases.push(
          `    <testcase name="${xml(`${place} ${m.ruleId}`)}" classname="yasno.${xml(m.ruleId)}">\n      <failure message="${xml(m.reason)}" type="${level}">${xml(body)}</failure>\n    </testcase>`,
        );
      }
    }
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(`  <testsuite name="${xml(r.path)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="yasno" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}
