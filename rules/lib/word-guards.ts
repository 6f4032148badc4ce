// Context guards shared by the point-7 word rules (archaism, jargon, colloquial, familiarity).
// A dictionary pattern says which words; these flags say where the words count, so that one
// homonym («короче» as a comparative, «пока» meaning «while», «сих» in «до сих пор») does not
// need its own rule. Flags are written in the entry:
//   clause-start          the match opens a clause: nothing but punctuation before it in the sentence
//   or-after:a|b          with clause-start: also after one of these words («это типа справка»,
//                         «мы типа не обязаны»), but not after a noun or an adjective («такого типа»)
//   isolated              clause-start, and punctuation or the end of the sentence right after it
//   clause-end            punctuation or the end of the sentence right after the match
//   not-before:a|b        the word after the match is none of these
//   not-after:a|b         the word before the match is none of these
//   not-question          the sentence does not end with «?»
//   any-case              also in capitals («ОК» is still «окей»; without it «МОЛ», «НУ» are abbreviations)
// Always: a phrase with a gap does not run across a comma, colon, dash or bracket (the words are
// then in different clauses: «вы отработали 20 лет, поэтому заявление…»).
import type { PhraseMatch } from '../../src/dict/matcher.js';
import type { Sentence, Token } from '../../src/engine/rule.js';

function listFlag(flags: readonly string[], name: string): Set<string> | undefined {
  const f = flags.find((x) => x.startsWith(name + ':'));
  return f ? new Set(f.slice(name.length + 1).split('|').map((w) => w.toLowerCase().replace(/ё/g, 'е'))) : undefined;
}

const tokenBefore = (sentence: Sentence, word: Token): Token | undefined => sentence.tokens[word.index - 1];
const tokenAfter = (sentence: Sentence, word: Token): Token | undefined => sentence.tokens[word.index + 1];
const CLAUSE_BREAK = /[,;:—–()\[\].!?…-]/;
const isPause = (t: Token | undefined) => !t || t.kind === 'punct' || t.kind === 'emoji';

/** False when the match is in quotes (the citizen's words or a title) or its entry's flags rule it out. */
export function keepWord(m: PhraseMatch, sentence: Sentence): boolean {
  const words = sentence.words.slice(m.first, m.last + 1);
  // the citizen's words and titles in «…» are not the official's style (LABELING §3.2)
  if (words.some((w) => w.quoted || w.inQuotes)) return false;
  const flags = m.entry.flags ?? [];
  const first = sentence.words[m.first];
  const last = sentence.words[m.last];
  if (m.first !== m.last && sentence.tokens.slice(first.index + 1, last.index).some((t) => t.kind === 'punct' && CLAUSE_BREAK.test(t.text))) return false;
  if (!flags.includes('any-case') && words.every((w) => w.text.length > 1 && w.text === w.text.toUpperCase() && w.text !== w.text.toLowerCase())) return false;
  if (!flags.length) return true;
  const prev = tokenBefore(sentence, first);
  const next = tokenAfter(sentence, last);
  const orAfter = listFlag(flags, 'or-after');
  const before = sentence.words[m.first - 1];
  const afterListed = !!orAfter && !!before && !!prev && prev.kind !== 'punct' && orAfter.has(before.norm);
  if (flags.includes('clause-start') && !isPause(prev) && !afterListed) return false;
  if (flags.includes('isolated') && !isPause(prev)) return false;
  if ((flags.includes('isolated') || flags.includes('clause-end')) && !isPause(next)) return false;
  if (flags.includes('not-question') && /\?\s*$/.test(sentence.text)) return false;
  const notBefore = listFlag(flags, 'not-before');
  const after = sentence.words[m.last + 1];
  if (notBefore && after && next && next.kind !== 'punct' && notBefore.has(after.norm)) return false;
  const notAfter = listFlag(flags, 'not-after');
  if (notAfter && before && prev && prev.kind !== 'punct' && notAfter.has(before.norm)) return false;
  return true;
}
