// «Заменить на …» in one click: a suggestion is an edit on the input; the other findings move with it.
import { describe, expect, it } from 'vitest';
import { applyEdit, lint, shiftMessages } from '../src/node/index.js';
import type { YasnoMessage } from '../src/types.js';

const DRAFT = 'Уважаемый Иван Петрович!\n\nВаше обращение принято в обработку. Заява будет рассмотрена, ЕДВ назначат позже.\n\nС уважением,\nотдел выплат';

const placeOk = (text: string, m: YasnoMessage) => {
  expect(text.slice(m.place.start.offset, m.place.end.offset)).toBe(m.actual);
  const before = text.slice(0, m.place.start.offset).split('\n');
  expect(m.place.start.line).toBe(before.length);
  expect(m.place.start.column).toBe(before[before.length - 1].length + 1);
  expect(m.line).toBe(m.place.start.line);
  for (const f of m.fixes ?? []) expect(text.slice(f.start, f.end)).toBe(m.actual);
};

describe('suggestions as edits', () => {
  it('applies a suggestion and keeps the other positions valid', async () => {
    const { messages } = await lint(DRAFT);
    const evasive = messages.find((m) => m.ruleId === 'evasive' && m.fixes?.length);
    expect(evasive).toBeDefined();
    const edit = evasive!.fixes![0];
    const text = applyEdit(DRAFT, edit);
    expect(text).toContain(edit.text);
    const rest = shiftMessages(messages, edit, text);
    expect(rest).not.toContainEqual(evasive);
    expect(rest.length).toBeGreaterThan(0);
    for (const m of rest) placeOk(text, m);
    // what a relint finds at the other places agrees with the shifted list
    const again = await lint(text);
    expect(again.messages.some((m) => m.ruleId === 'evasive' && m.actual === evasive!.actual)).toBe(false);
    for (const m of rest.filter((r) => r.place.start.offset > edit.end + edit.text.length - (edit.end - edit.start))) {
      expect(again.messages.some((a) => a.ruleId === m.ruleId && a.place.start.offset === m.place.start.offset)).toBe(true);
    }
  });

  it('handles edits before, after, inside and at the edges of a finding', () => {
    const text = 'аа ББ вв\nгг ДД';
    const m = (start: number, end: number): YasnoMessage => ({
      ruleId: 'x', source: 'yasno', reason: '', message: '', actual: text.slice(start, end), expected: [], fatal: false,
      place: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } }, line: 1, column: start + 1,
      fixes: [{ start, end, text: 'z' }],
    });
    const list = [m(3, 5), m(12, 14)];
    // insertion before both: both move
    let edit = { start: 0, end: 0, text: 'ёё\n' };
    let out = applyEdit(text, edit);
    let moved = shiftMessages(list, edit, out);
    expect(moved.map((x) => [x.place.start.offset, x.place.start.line])).toEqual([[6, 2], [15, 3]]);
    expect(moved.map((x) => x.actual)).toEqual(moved.map((x) => out.slice(x.place.start.offset, x.place.end.offset)));
    // replacing the first finding drops it, moves the second
    edit = { start: 3, end: 5, text: 'бэбэ' };
    out = applyEdit(text, edit);
    moved = shiftMessages(list, edit, out);
    expect(moved.map((x) => [x.place.start.offset, x.place.start.column, x.fixes![0].start])).toEqual([[14, 4, 14]]);
    // an insertion right after a finding keeps it; inside it drops it
    expect(shiftMessages(list, { start: 5, end: 5, text: '!' }, applyEdit(text, { start: 5, end: 5, text: '!' }))[0].place.end.offset).toBe(5);
    expect(shiftMessages(list, { start: 4, end: 4, text: '!' }, applyEdit(text, { start: 4, end: 4, text: '!' })).length).toBe(1);
    expect(() => applyEdit(text, { start: 5, end: 99, text: '' })).toThrow(RangeError);
  });
});
