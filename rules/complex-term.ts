// п. 7: «минимизировать употребление сложных терминов … требующих специального профильного
// образования» и «разъяснять сложную терминологию доступным языком при невозможности ее
// исключения из ответа». A specialist term is fine when the letter explains it at its first use:
// in brackets right after it, after a dash, «то есть», «иными словами», «— это», «означает», or
// in a defining sentence (the same or the next one: «Это …», «так называют …»). One finding per
// term per document, at its first use; the organisation's known terms are never flagged.
import type { RuleContext, Sentence } from '../src/engine/rule.js';
import type { PhraseMatch } from '../src/dict/matcher.js';
import { inSignature } from '../src/analysis/letter-parts.js';
import { dictionaryRule } from './lib/dictionary-rule.js';

const QUOTE =
  'минимизировать употребление сложных терминов и сокращений, редко используемых в повседневной жизни или требующих специального профильного образования; разъяснять сложную терминологию доступным языком при невозможности ее исключения из ответа';

// right after the term: «(…)», «— …», «, то есть …», «, т. е. …», «, иными словами, …», «, а именно …»
const EXPLAINS_AFTER = /^\s*(?:[«"][^»"]*[»"]\s*)?(?:\(|[—–]\s*\p{L}|-\s+\p{L}|,?\s*(?:то\s+есть|т\.\s*е\.|иными\s+словами|другими\s+словами|иначе\s+говоря|проще\s+говоря|говоря\s+проще|а\s+именно|это\s+значит|что\s+означает|что\s+значит)(?!\p{L})|\s+(?:—\s+)?(?:это|означает|значит)(?!\p{L}))/iu;
// a defining sentence: the same or the next sentence names or explains the term
const DEFINES = /(?:[:—–]\s*это(?!\p{L}))|(?<!\p{L})(?:так\s+называ\p{L}*|называ(?:ют|ется|ются|емую)(?!\p{L})|это\s+(?:значит|означает)|означает|то\s+есть|т\.\s*е\.|иными\s+словами|другими\s+словами|иначе\s+говоря|проще\s+говоря|простыми\s+словами|говоря\s+проще)/iu;
// «так называемый» announces a term without explaining it
const SO_CALLED = /так\s+называем/iu;
// the next sentence starts by saying what «it» is: «Это помощь на дому…»
const NEXT_STARTS = /^\s*(?:\p{Lu}\p{L}*\s+)?(?:—\s*)?это(?!\p{L})/iu;

const firstUse = new WeakMap<object, Set<string>>();

function explained(m: PhraseMatch, sentence: Sentence, context: RuleContext): boolean {
  const text = context.doc.text;
  const after = text.slice(m.end, sentence.end);
  // a bracket or a dash right after the term or its next few words: «законный представитель
  // ребёнка (родитель, опекун …)»; but «(ИПРА)» is the term's abbreviation, not an explanation
  const near = /^((?:\s+[\p{L}\d-]+){0,3})\s*(?:\(([^)]*)\)?|[—–]\s*\p{L}|:\s*это(?!\p{L}))/u.exec(after);
  if (near) {
    // a dash explains only right after the term (or its one dependent word)
    if (near[2] === undefined) return near[1].trim().split(/\s+/).filter(Boolean).length <= 1;
    if (!/^\s*[\p{Lu}\d-]{2,}\s*$/u.test(near[2]) && /\p{L}/u.test(near[2])) return true;
    if (!near[1]) return false;
  }
  if (EXPLAINS_AFTER.test(after)) return true;
  const own = sentence.text.slice(0, m.start - sentence.start) + ' ' + after;
  if (DEFINES.test(own) && !SO_CALLED.test(own)) return true;
  const next = context.doc.sentences[sentence.index + 1];
  if (next && !next.heading && (NEXT_STARTS.test(next.text) || (DEFINES.test(next.text) && !SO_CALLED.test(next.text)))) return true;
  return false;
}

function knownTerm(m: PhraseMatch, context: RuleContext): boolean {
  const known = context.dictionaries.knownTerms ?? [];
  if (!known.length) return false;
  // compared by rough stems, so «правоустанавливающие документы» covers every form
  const words = (s: string) => s.toLowerCase().replace(/ё/g, 'е').split(/[^\p{L}-]+/u).filter(Boolean);
  const sameWord = (a: string, b: string) => {
    const n = Math.max(3, Math.min(a.length, b.length) - 3);
    return a.slice(0, n) === b.slice(0, n);
  };
  const found = words(context.doc.text.slice(m.start, m.end));
  return known.some((k) => {
    const key = words(k);
    return k.trim() === m.entry.id || (key.length === found.length && key.every((w, i) => sameWord(w, found[i])));
  });
}

export default dictionaryRule(
  {
    id: 'complex-term',
    point: 'п. 7',
    quote: QUOTE,
    title: 'Сложный термин без объяснения',
    description:
      'Специальные юридические, медицинские и административные термины («правопреемник», «абилитация», «в заявительном порядке») непонятны человеку без профильного образования. Замените термин простыми словами или объясните его при первом упоминании: в скобках, после тире или в следующем предложении.',
    severity: 'warn',
    kinds: ['reply', 'notice', 'call'],
    scope: 'phrase',
    skipQuoted: true,
  },
  {
    keep(m, sentence, context) {
      let seen = firstUse.get(context.doc);
      if (!seen) firstUse.set(context.doc, (seen = new Set()));
      if (seen.has(m.entry.id)) return false;
      if (inSignature(context.doc, m.start)) return false;
      // titles of laws and programmes in «…» are not judged for style (LABELING.md §3.2)
      if (sentence.words.slice(m.first, m.last + 1).some((w) => w.inQuotes)) return false;
      seen.add(m.entry.id);
      return !knownTerm(m, context) && !explained(m, sentence, context);
    },
  },
);
