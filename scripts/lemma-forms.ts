// Build-time lemma expansion with Az.js and the OpenCorpora dictionary: a pattern word is a lemma,
// and we match on the set of lemmas of all parses («принята» is both «принятый» and «принять»),
// so a lemma stands for every form of every paradigm whose normal form it is.
import Az from 'az';

const norm = (w: string) => w.toLowerCase().replace(/ё/g, 'е');

export function initMorphology(dir: string): Promise<void> {
  return new Promise((resolve, reject) => Az.Morph.init(dir, (err: unknown) => (err ? reject(err) : resolve())));
}

export interface Expansion {
  forms: Set<string>;
  /** The word is not in the dictionary: forms were guessed from its ending. */
  guessed: boolean;
}

export function expandLemma(word: string): Expansion {
  const parses: any[] = Az.Morph(word, { typos: 0, stutter: 0 });
  const own = parses.filter((p) => norm(p.normalize().word) === word);
  const known = (list: any[]) => list.filter((p) => p.parser === 'Dictionary');
  let chosen = known(own);
  let guessed = false;
  if (chosen.length === 0) chosen = known(parses);
  if (chosen.length === 0) {
    // unknown to the dictionary: trust only guessed paradigms whose normal form is the word itself
    chosen = own;
    guessed = true;
  }
  const forms = new Set<string>([word]);
  for (const p of chosen) for (let i = 0; i < p.formCnt; i++) forms.add(norm(p.inflect(i).word));
  return { forms, guessed };
}
