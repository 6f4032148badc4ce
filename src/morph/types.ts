// Run-time morphology, loaded lazily for the few checks that need grammatical tags
// (genitive chains, agreement, second-person forms). Phrase rules never need it.

export interface MorphParse {
  /** Normal form (lemma), lower case, ё kept as the dictionary has it. */
  lemma: string;
  /** Part of speech (OpenCorpora): NOUN, VERB, INFN, ADJF, ADJS, PRTF, PRTS, GRND, NUMR, ADVB, NPRO, PREP, CONJ, PRCL… */
  pos: string;
  /** All grammemes of the parse: case (nomn, gent, datv, accs, ablt, loct), number, gender, person… */
  tags: ReadonlySet<string>;
  /** Probability-like score; parses are sorted best first. */
  score: number;
  /** True when the word is in the dictionary (not guessed by suffix). */
  known: boolean;
}

export interface Morphology {
  parse(word: string): MorphParse[];
}
