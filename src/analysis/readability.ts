// Readability: the Russian adaptation of Flesch reading ease (Oborneva),
// FRE = 206.835 − 1.3·(words/sentences) − 60.1·(syllables/words), a syllable being a vowel.
// A statistic for the document, not a finding.
import type { Doc } from '../parse/model.js';
import type { Readability } from '../types.js';

const VOWELS = /[аеёиоуыэюя]/gi;

const BANDS: Array<[number, string]> = [
  [80, 'очень легко: понятно школьнику 5–6 класса'],
  [70, 'легко: понятно школьнику 7 класса'],
  [60, 'довольно легко: понятно школьнику 8–9 класса'],
  [50, 'средне: понятно школьнику 10–11 класса'],
  [30, 'трудно: понятно студенту'],
  [-Infinity, 'очень трудно: понятно выпускнику вуза'],
];

export interface ReadabilityCounts {
  words: number;
  syllables: number;
  sentences: number;
}

export function readability(doc: Doc): Readability {
  return readabilityOf(readabilityCounts(doc));
}

/** The sums the score is made of: they add up over parts of a document (live checking sums paragraphs). */
export function readabilityCounts(doc: Doc): ReadabilityCounts {
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  for (const s of doc.sentences) {
    if (s.heading) continue;
    const ws = s.words.filter((t) => t.kind === 'word');
    if (!ws.length) continue;
    sentences++;
    for (const w of ws) {
      words++;
      syllables += w.text.match(VOWELS)?.length ?? 0;
    }
  }
  return { words, syllables, sentences };
}

export function readabilityOf({ words, syllables, sentences }: ReadabilityCounts): Readability {
  if (!words) return { score: 100, band: BANDS[0][1], words: 0, sentences: 0, syllables: 0 };
  const score = Math.round((206.835 - 1.3 * (words / sentences) - 60.1 * (syllables / words)) * 10) / 10;
  return { score, band: BANDS.find(([min]) => score >= min)![1], words, sentences, syllables };
}
