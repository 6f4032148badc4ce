// The pattern language of dictionary entries. A pattern is a sequence of items separated by spaces:
//
//   принять        a lemma: every form of it (expanded at build time with the morphology library)
//   =в             this exact form only
//   загружен*      any word starting with «загружен»
//   (a|b c|=d)     alternatives, each a sequence; may nest
//   item?          optional item: «ваш? обращение», «(в работу)?»
//   ~N             a gap of 0..N arbitrary words (N ≤ 9)
//   _              exactly one arbitrary word
//
// Words are compared in lower case with ё = е. Punctuation in the text is skipped.

export type Item =
  | { type: 'lemma'; word: string }
  | { type: 'exact'; word: string }
  | { type: 'prefix'; word: string }
  | { type: 'gap'; max: number }
  | { type: 'any' }
  | { type: 'alt'; options: Item[][] }
  | { type: 'optional'; item: Item };

export class PatternError extends Error {}

const norm = (word: string) => word.toLowerCase().replace(/ё/g, 'е');

export function parsePattern(source: string): Item[] {
  const tokens = source.match(/\(|\)|\||\?|[^\s()|?]+/g) ?? [];
  let at = 0;
  const sequence = (inside: boolean): Item[] => {
    const items: Item[] = [];
    while (at < tokens.length) {
      const t = tokens[at];
      if (t === ')' || t === '|') {
        if (!inside) throw new PatternError(`лишняя «${t}» в шаблоне «${source}»`);
        break;
      }
      at++;
      let item: Item;
      if (t === '(') {
        const options: Item[][] = [sequence(true)];
        while (tokens[at] === '|') {
          at++;
          options.push(sequence(true));
        }
        if (tokens[at] !== ')') throw new PatternError(`не закрыта скобка в шаблоне «${source}»`);
        at++;
        item = { type: 'alt', options };
      } else if (t === '?') {
        throw new PatternError(`«?» без слова в шаблоне «${source}»`);
      } else if (/^~\d$/.test(t)) {
        item = { type: 'gap', max: Number(t.slice(1)) };
      } else if (/^~\d+$/.test(t)) {
        // the matcher tracks gaps as one digit: a longer gap would silently never match
        throw new PatternError(`промежуток «${t}» длиннее 9 слов в шаблоне «${source}»: допустимо от ~0 до ~9`);
      } else if (t.startsWith('~')) {
        throw new PatternError(`после «~» нужно число слов от 0 до 9, а не «${t}» в шаблоне «${source}»`);
      } else if (t === '_') {
        item = { type: 'any' };
      } else if (t.startsWith('=') && /^[\p{L}\d][\p{L}\d-]*$/u.test(t.slice(1))) {
        item = { type: 'exact', word: norm(t.slice(1)) };
      } else if (t.endsWith('*') && t.length > 2) {
        item = { type: 'prefix', word: norm(t.slice(0, -1)) };
      } else if (/^[\p{L}\d][\p{L}\d-]*$/u.test(t)) {
        item = { type: 'lemma', word: norm(t) };
      } else {
        throw new PatternError(`непонятный элемент «${t}» в шаблоне «${source}»`);
      }
      if (tokens[at] === '?') {
        at++;
        item = { type: 'optional', item };
      }
      items.push(item);
    }
    return items;
  };
  const items = sequence(false);
  if (at < tokens.length) throw new PatternError(`лишняя «${tokens[at]}» в шаблоне «${source}»`);
  if (items.length === 0) throw new PatternError(`пустой шаблон`);
  return items;
}

/** One linear alternative of a pattern, ready to match. */
export type Step =
  | { type: 'forms'; forms: ReadonlySet<string> }
  | { type: 'prefix'; prefix: string }
  | { type: 'gap'; max: number };

const MAX_ALTERNATIVES = 4096;

/**
 * Expands alternatives and optional items into linear sequences. `formsOf` maps a lemma to its
 * forms (the build passes the morphology library's paradigms; run time passes the word itself).
 */
export function linearize(items: Item[], formsOf: (lemma: string) => ReadonlySet<string>, exactOf = (w: string): ReadonlySet<string> => new Set([w])): Step[][] {
  let seqs: Step[][] = [[]];
  const push = (alts: Step[][]) => {
    const next: Step[][] = [];
    for (const s of seqs) for (const a of alts) next.push([...s, ...a]);
    if (next.length > MAX_ALTERNATIVES) throw new PatternError(`шаблон раскрывается в слишком много вариантов (${next.length})`);
    seqs = next;
  };
  const expand = (item: Item): Step[][] => {
    switch (item.type) {
      case 'lemma':
        return [[{ type: 'forms', forms: formsOf(item.word) }]];
      case 'exact':
        return [[{ type: 'forms', forms: exactOf(item.word) }]];
      case 'prefix':
        return [[{ type: 'prefix', prefix: item.word }]];
      case 'gap':
        return [[{ type: 'gap', max: item.max }]];
      case 'any':
        return [[{ type: 'prefix', prefix: '' }]];
      case 'optional':
        return [[], ...expand(item.item)];
      case 'alt': {
        // alternatives that are one word each match like one set of all their forms: merged, they make
        // one trie branch instead of one per word, each repeating the rest of the pattern
        const out: Step[][] = [];
        let words: Set<string> | undefined;
        for (const option of item.options) {
          for (const seq of linearize(option, formsOf, exactOf)) {
            const only = seq.length === 1 ? seq[0] : undefined;
            if (only?.type === 'forms') {
              if (!words) out.push([{ type: 'forms', forms: (words = new Set()) }]);
              for (const f of only.forms) words.add(f);
            } else out.push(seq);
          }
        }
        return out;
      }
    }
  };
  for (const item of items) push(expand(item));
  // a gap at either end matches nothing useful; a sequence must start and end with a word
  return seqs
    .map((s) => {
      let a = 0;
      let b = s.length;
      while (a < b && s[a].type === 'gap') a++;
      while (b > a && s[b - 1].type === 'gap') b--;
      return s.slice(a, b);
    })
    .filter((s) => s.length > 0);
}
