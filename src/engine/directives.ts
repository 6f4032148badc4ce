// Inline directives: `yasno-disable [ids]`, `yasno-enable [ids]`, `yasno-disable-next-line [ids]`,
// in an HTML comment (`<!-- yasno-disable evasive -->`) or on a line of their own. They are blanked
// out of the text before parsing (same length, so offsets do not move) and turn into ranges.

export interface Directives {
  /** The text with directives replaced by spaces. */
  text: string;
  isDisabled(ruleId: string, offset: number): boolean;
}

interface Range {
  start: number;
  end: number;
  ids: Set<string> | null; // null: every rule
}

const COMMENT = /<!--\s*(yasno-(?:disable-next-line|disable|enable))\b([^>]*?)-->/g;
const LINE = /^[ \t]*(?:\/\/|#)?[ \t]*(yasno-(?:disable-next-line|disable|enable))\b([^\n]*)$/gm;

const idsOf = (list: string): Set<string> | null => {
  const ids = list.split(/[\s,]+/).map((s) => s.trim()).filter((s) => /^[a-z-]+$/.test(s));
  return ids.length ? new Set(ids) : null;
};

export function readDirectives(text: string): Directives {
  const found: Array<{ start: number; end: number; kind: string; ids: Set<string> | null }> = [];
  for (const re of [COMMENT, LINE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (found.some((f) => m!.index < f.end && f.start < m!.index + m![0].length)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, kind: m[1], ids: idsOf(m[2].replace(/--$/, '')) });
    }
  }
  if (found.length === 0) return { text, isDisabled: () => false };
  found.sort((a, b) => a.start - b.start);
  let blanked = text;
  for (const f of found) blanked = blanked.slice(0, f.start) + ' '.repeat(f.end - f.start) + blanked.slice(f.end);

  const ranges: Range[] = [];
  const open = new Map<string, number>(); // '*' for all
  const close = (key: string, at: number) => {
    const start = open.get(key);
    if (start === undefined) return;
    ranges.push({ start, end: at, ids: key === '*' ? null : new Set([key]) });
    open.delete(key);
  };
  for (const f of found) {
    if (f.kind === 'yasno-disable') {
      for (const key of f.ids ? [...f.ids] : ['*']) if (!open.has(key)) open.set(key, f.end);
    } else if (f.kind === 'yasno-enable') {
      if (f.ids) for (const key of f.ids) close(key, f.start);
      else for (const key of [...open.keys()]) close(key, f.start);
    } else {
      // the next line that has text
      const lineEnd = text.indexOf('\n', f.end);
      if (lineEnd < 0) continue;
      let start = lineEnd + 1;
      while (start < text.length) {
        const end = text.indexOf('\n', start);
        const stop = end < 0 ? text.length : end;
        if (blanked.slice(start, stop).trim()) {
          ranges.push({ start, end: stop, ids: f.ids });
          break;
        }
        start = stop + 1;
      }
    }
  }
  for (const key of [...open.keys()]) close(key, text.length);
  return {
    text: blanked,
    isDisabled: (ruleId, offset) => ranges.some((r) => offset >= r.start && offset <= r.end && (!r.ids || r.ids.has(ruleId))),
  };
}
