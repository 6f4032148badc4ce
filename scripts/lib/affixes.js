// Hunspell .aff/.dic reader and affix expander used at build time (by
// scripts/build-spelling.mjs and by the tests). Plain JS with JSDoc so that
// both Node 20 (which cannot strip TS types) and vitest can import it as is.
//
// Supported: SET (only UTF-8 is accepted, the caller decodes), FLAG
// (default single-char, `long`, `num`, `UTF-8`), SFX and PFX with strip,
// append and condition, and the PFX+SFX cross product when both are `Y`.
//
// Deliberately ignored, because ru_RU (dictionary-ru@3) does not use them:
// continuation classes on affixes (`add/FLAGS` — stripped, not expanded
// twice), NEEDAFFIX/CIRCUMFIX/ONLYINCOMPOUND/FORBIDDENWORD/KEEPCASE,
// COMPOUND* rules, morphological fields after the word, ICONV/OCONV, AF/AM
// aliases, REP/MAP/KEY/TRY (suggestion hints; our suggester has its own
// cost model). If a future .aff starts using AF aliases or compounding the
// expansion would silently miss forms, so parseAff throws on AF/AM.

/**
 * @typedef {{ strip: string, add: string, cond: RegExp | null }} AffixRule
 * @typedef {{ kind: 'SFX' | 'PFX', cross: boolean, rules: AffixRule[] }} AffixClass
 * @typedef {{ flagType: 'short' | 'long' | 'num' | 'UTF-8',
 *             sfx: Map<string, AffixClass>, pfx: Map<string, AffixClass> }} Aff
 */

/**
 * Turns a hunspell condition (`[^ц]ый`, `.`, `[лнртв]ый`) into an anchored
 * regexp. Hunspell conditions are a subset of regexp syntax: literal chars,
 * `.` and bracket groups, so they translate one to one.
 * @param {string} cond
 * @param {'SFX' | 'PFX'} kind
 * @returns {RegExp | null}
 */
function conditionRegExp(cond, kind) {
  if (cond === '.' || cond === '') return null;
  const escaped = cond.replace(/[\\^$*+?(){}|]/g, (m, offset, s) =>
    // `^` right after `[` is negation and must stay unescaped
    m === '^' && s[offset - 1] === '[' ? m : '\\' + m,
  );
  return new RegExp(kind === 'SFX' ? `(?:${escaped})$` : `^(?:${escaped})`, 'u');
}

/**
 * @param {string} flags
 * @param {Aff['flagType']} flagType
 * @returns {string[]}
 */
export function splitFlags(flags, flagType) {
  if (!flags) return [];
  switch (flagType) {
    case 'long':
      return flags.match(/[\s\S]{1,2}/g) ?? [];
    case 'num':
      return flags.split(',').filter(Boolean);
    case 'UTF-8':
      return [...flags];
    default:
      // Default flags are single bytes; ru_RU only uses ASCII letters.
      return flags.split('');
  }
}

/**
 * @param {string} text contents of the .aff file, already decoded
 * @returns {Aff}
 */
export function parseAff(text) {
  /** @type {Aff} */
  const aff = { flagType: 'short', sfx: new Map(), pfx: new Map() };
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/^\uFEFF/, '');
    if (!line || line.startsWith('#')) continue;
    const parts = line.trim().split(/\s+/);
    const [key] = parts;
    if (key === 'SET' && !/^UTF-?8$/i.test(parts[1] ?? '')) {
      throw new Error(`Unsupported .aff encoding ${parts[1]}: convert it to UTF-8 first`);
    }
    if (key === 'FLAG') {
      const t = parts[1];
      if (t === 'long' || t === 'num' || t === 'UTF-8') aff.flagType = t;
      continue;
    }
    if (key === 'AF' || key === 'AM') {
      throw new Error(`.aff uses ${key} aliases, which the expander does not support`);
    }
    if (key !== 'SFX' && key !== 'PFX') continue;
    const table = key === 'SFX' ? aff.sfx : aff.pfx;
    const flag = parts[1];
    const existing = table.get(flag);
    // The header line is `SFX A Y 93`; rule lines have at least 5 fields.
    if (!existing && parts.length === 4 && /^\d+$/.test(parts[3])) {
      table.set(flag, { kind: key, cross: parts[2] === 'Y', rules: [] });
      continue;
    }
    if (!existing) throw new Error(`Affix rule before its header: ${line}`);
    const strip = parts[2] === '0' ? '' : parts[2];
    const add = (parts[3] ?? '').split('/')[0];
    existing.rules.push({
      strip,
      add: add === '0' ? '' : add,
      cond: conditionRegExp(parts[4] ?? '.', key),
    });
  }
  return aff;
}

/**
 * @param {string} word
 * @param {AffixClass} cls
 * @param {(form: string) => void} emit
 */
function applyClass(word, cls, emit) {
  for (const rule of cls.rules) {
    if (cls.kind === 'SFX') {
      if (rule.strip && !word.endsWith(rule.strip)) continue;
      if (rule.cond && !rule.cond.test(word)) continue;
      // Hunspell never produces an empty stem.
      if (rule.strip.length >= word.length && !rule.add) continue;
      emit(word.slice(0, word.length - rule.strip.length) + rule.add);
    } else {
      if (rule.strip && !word.startsWith(rule.strip)) continue;
      if (rule.cond && !rule.cond.test(word)) continue;
      emit(rule.add + word.slice(rule.strip.length));
    }
  }
}

/**
 * Expands one dictionary entry into every surface form it licenses.
 * @param {string} stem
 * @param {string[]} flags
 * @param {Aff} aff
 * @param {(form: string) => void} emit
 */
export function expandEntry(stem, flags, aff, emit) {
  emit(stem);
  /** @type {string[]} */
  const crossSuffixed = [];
  for (const flag of flags) {
    const cls = aff.sfx.get(flag);
    if (!cls) continue;
    applyClass(stem, cls, (form) => {
      emit(form);
      if (cls.cross) crossSuffixed.push(form);
    });
  }
  for (const flag of flags) {
    const cls = aff.pfx.get(flag);
    if (!cls) continue;
    applyClass(stem, cls, emit);
    if (cls.cross) for (const form of crossSuffixed) applyClass(form, cls, emit);
  }
}

/**
 * Parses one .dic line (`word/FLAGS [morph fields]`), honouring `\/` escapes.
 * @param {string} line
 * @param {Aff} aff
 * @returns {{ word: string, flags: string[] } | null}
 */
export function parseDicLine(line, aff) {
  const trimmed = line.split(/\t/)[0].trim().split(/\s+/)[0];
  if (!trimmed) return null;
  let slash = -1;
  for (let i = 0; i < trimmed.length; i++) {
    if (trimmed[i] === '\\') i++;
    else if (trimmed[i] === '/') {
      slash = i;
      break;
    }
  }
  const word = (slash < 0 ? trimmed : trimmed.slice(0, slash)).replace(/\\\//g, '/');
  const flags = slash < 0 ? [] : splitFlags(trimmed.slice(slash + 1), aff.flagType);
  return { word, flags };
}

/**
 * Expands a whole .dic (first line is the entry count) into forms.
 * @param {string} dicText
 * @param {Aff} aff
 * @param {(form: string) => void} emit
 */
export function expandDic(dicText, aff, emit) {
  const lines = dicText.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const entry = parseDicLine(lines[i], aff);
    if (entry) expandEntry(entry.word, entry.flags, aff, emit);
  }
}

/**
 * Storage normalisation shared by the builder and the runtime speller:
 * lower case, ё→е (both spellings are correct in official Russian text),
 * stress marks and soft hyphens dropped.
 * @param {string} word
 */
export function normalizeWord(word) {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/[\u0301\u00AD]/g, '');
}
