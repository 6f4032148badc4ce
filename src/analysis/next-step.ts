// «A next step» as LABELING.md §3.6 defines it: an appeal route, what to do to qualify or reapply,
// an alternative measure, forwarding to the competent body, or a contact for help — anywhere in the
// document. Used by `no-solution` (a refusal needs one) and `brush-off` (a reply that gives one is
// not a brush-off).
//
// Three sources:
//   * phrases — dictionaries/next-step.yml (`rule: next-step`, data shared by both rules, extendable
//     by an organisation's own entries);
//   * tokens — a phone, an e-mail, a link, a street address or a room, office hours, a placeholder
//     for one («{{телефон отдела}}»);
//   * imperatives addressed to the client («позвоните», «принесите справку», «обратитесь в …»),
//     found with morphology when it is loaded, by their endings otherwise.
// «Still under consideration» is not a next step (it is `evasive`), and a step taken back in the
// same sentence («обжаловать бесполезно», «не обращайтесь») does not count.
import type { Doc, Sentence, Token } from '../parse/model.js';
import type { Morphology } from '../morph/types.js';
import type { OrganisationDictionaries } from '../types.js';
import { matcherFor, NO_DICTIONARIES } from '../dict/index.js';
import { perSentence } from '../parse/sentence-memo.js';

export type NextStepKind = 'appeal' | 'forward' | 'option' | 'reapply' | 'alternative' | 'instruction' | 'contact' | 'redirect';

export interface NextStep {
  kind: NextStepKind;
  sentence: Sentence;
  start: number;
  end: number;
  /** The dictionary entry, for phrase steps. */
  entryId?: string;
}

export interface NextStepOptions {
  morphology?: Morphology;
  dictionaries?: OrganisationDictionaries;
}

// street addresses and rooms: «ул. Ленина, д. 5», «Красный проспект, 18», «каб. 312»
const ADDRESS_ABBR = /^(?:ул|каб|пр-т|пр|просп|пер|пл|оф|стр|корп|мкр)\.?$/;
const ADDRESS_WORD = /^(?:улиц|проспект|переул|площад|бульвар|шоссе|кабинет|офис|окно|микрорайон)/;
const CONTACT_PLACEHOLDER = /(?:телефон|тел\b|адрес|почт|e-?mail|сайт|кабинет)/i;
// imperatives that do not send the client anywhere
const NOT_A_STEP = /^(?:здравствовать|обратить|учесть|извинить|простить|понять|иметь|принять|поверить|хватить|учитывать|помнить|заметить|представить себе|смотреть|посмотреть|читать|прочитать)$/;
const REDIRECT = /^(?:обратиться|обращаться)$/;
// fallback when morphology is not loaded: plural imperatives end so
const IMPERATIVE_END = /(?:[иь]те|йте)(?:сь)?$/;
const SECOND_PERSON_SUBJECT = /^(?:вы|если|когда|чтобы)$/;

const CLOSING = /^(?:с уважением|благодарим|спасибо|желаем)/i;

function negatedBefore(words: Token[], i: number): boolean {
  return words[i - 1]?.norm === 'не';
}

function imperative(words: Token[], i: number, morphology?: Morphology): { lemma: string } | undefined {
  const w = words[i];
  if (w.kind !== 'word' || w.quoted || !/[а-яё]/.test(w.norm)) return undefined;
  if (!IMPERATIVE_END.test(w.norm)) return undefined;
  // «вы просите», «если вы получите» — indicative, not an instruction
  // (only the verb right after them: in «Когда погасите долг, принесите квитанцию» the second verb is an instruction)
  const prev = words[i - 1]?.norm ?? '';
  const prev2 = words[i - 2]?.norm ?? '';
  if (SECOND_PERSON_SUBJECT.test(prev) || (SECOND_PERSON_SUBJECT.test(prev2) && /^(?:вы|не|уже|ещё|еще|сами)$/.test(prev))) return undefined;
  if (prev === 'не') return undefined;
  if (morphology) {
    const parses = morphology.parse(w.text);
    const impr = parses.find((p) => p.tags.has('impr') && p.tags.has('plur'));
    if (!impr) return undefined;
    if (NOT_A_STEP.test(impr.lemma)) return undefined;
    // «Обратите внимание», «имейте в виду»
    if (impr.lemma === 'обратить' && words[i + 1]?.norm.startsWith('вниман')) return undefined;
    return { lemma: impr.lemma };
  }
  return { lemma: w.norm.replace(/(?:ите|йте|ьте)(?:сь)?$/, '') };
}

/** A next step inside one sentence, by token indexes (nothing that moves: see perSentence). */
export interface SentenceStep {
  kind: NextStepKind;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  entryId?: string;
}

function tokenSteps(sentence: Sentence, out: SentenceStep[]): void {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.quoted) continue;
    const at = (kind: NextStepKind) => out.push({ kind, first: i, last: i });
    if (t.kind === 'phone' || t.kind === 'email' || t.kind === 'url') at('contact');
    else if (t.kind === 'placeholder' && CONTACT_PLACEHOLDER.test(t.text)) at('contact');
    else if (t.kind === 'time' && sentence.words.some((w) => /^(?:с|до|по)$/.test(w.norm))) at('contact'); // office hours «с 9:00 до 18:00»
    else if ((t.kind === 'abbreviation' && ADDRESS_ABBR.test(t.norm)) || (t.kind === 'word' && ADDRESS_WORD.test(t.norm))) {
      // an address needs a number nearby: «каб. 312», «Красный проспект, 18»
      const near = tokens.slice(i + 1, i + 6).concat(tokens.slice(Math.max(0, i - 3), i));
      if (near.some((n) => n.kind === 'number')) at('contact');
    }
  }
}

function computeSteps(sentence: Sentence, dictionaries: OrganisationDictionaries, morphology?: Morphology): SentenceStep[] {
  const steps: SentenceStep[] = [];
  if (CLOSING.test(sentence.text)) return steps;
  const words = sentence.words;
  for (const m of matcherFor('next-step', dictionaries).match(words)) {
    if (words.slice(m.first, m.last + 1).some((w) => w.quoted)) continue;
    if (negatedBefore(words, m.first)) continue;
    const kind = (m.entry.flags?.[0] ?? 'option') as NextStepKind;
    steps.push({ kind, first: words[m.first].index, last: words[m.last].index, entryId: m.entry.id });
  }
  for (let i = 0; i < words.length; i++) {
    const imp = imperative(words, i, morphology);
    if (!imp) continue;
    steps.push({ kind: REDIRECT.test(imp.lemma) ? 'redirect' : 'instruction', first: words[i].index, last: words[i].index });
  }
  tokenSteps(sentence, steps);
  return steps;
}

// with and without morphology the imperatives differ: one memo for each
const withMorphology = perSentence((s: Sentence, d: OrganisationDictionaries, m: Morphology) => computeSteps(s, d, m));
const withoutMorphology = perSentence((s: Sentence, d: OrganisationDictionaries) => computeSteps(s, d));

/** The next steps in one sentence, in the order found (remembered per sentence). */
export function sentenceSteps(sentence: Sentence, options: NextStepOptions = {}): readonly SentenceStep[] {
  const dictionaries = options.dictionaries ?? NO_DICTIONARIES;
  return options.morphology ? withMorphology(sentence, dictionaries, options.morphology) : withoutMorphology(sentence, dictionaries);
}

/** Every next step in the document, in text order. */
export function findNextSteps(doc: Doc, options: NextStepOptions = {}): NextStep[] {
  const steps: NextStep[] = [];
  for (const sentence of doc.sentences) {
    for (const s of sentenceSteps(sentence, options)) {
      const step: NextStep = { kind: s.kind, sentence, start: sentence.tokens[s.first].start, end: sentence.tokens[s.last].end };
      if (s.entryId) step.entryId = s.entryId;
      steps.push(step);
    }
  }
  return steps.sort((a, b) => a.start - b.start);
}

/** Whether the document offers any next step. */
export function hasNextStep(doc: Doc, options: NextStepOptions = {}): boolean {
  return doc.sentences.some((s) => sentenceSteps(s, options).length > 0);
}
