// п. 7: «не допускать … отсутствие решения/альтернативы». A refusal («отказано», «не представляется
// возможным», «оснований нет», «не назначат») leaves the client at a dead end unless the letter
// says what they can do next: appeal (where and how), qualify or reapply, take an alternative, wait
// for the forwarded request, or call / write / come for help (LABELING.md §3.6). One finding per
// letter, at the refusal sentence; refusal phrases are in dictionaries/no-solution.yml, next steps
// in src/analysis/next-step.ts.
import type { Rule, Sentence } from '../src/engine/rule.js';
import type { CompiledEntry } from '../src/dict/compiled.js';
import type { OrganisationDictionaries } from '../src/types.js';
import { matcherFor } from '../src/dict/index.js';
import { hasNextStep } from '../src/analysis/next-step.js';
import { perSentence } from '../src/parse/sentence-memo.js';

// a condition states a rule, not this client's refusal: «Если долг больше двух месяцев, субсидию не назначат»
const CONDITION = /(?:^| )(?:если|в случае|при условии|когда)(?: |$)/;
// the client's own question retold: «Вы спросили, почему вам не назначили выплату»
const RETOLD = /(?:^| )(?:почему|спросили|спрашиваете|спрашивали|пишете|интересуетесь|просили|просите)(?: |$)/;

interface Refusal {
  /** Word indexes of the refusal phrase, inclusive. */
  first: number;
  last: number;
  entry: CompiledEntry;
  weak: boolean;
}

/** The first refusal phrase of a sentence that refuses this client (remembered per sentence). */
const refusalIn = perSentence((sentence: Sentence, dictionaries: OrganisationDictionaries): Refusal | undefined => {
  if (sentence.heading) return undefined;
  for (const m of matcherFor('no-solution', dictionaries).match(sentence.words)) {
    if (sentence.words.slice(m.first, m.last + 1).some((w) => w.quoted)) continue;
    const before = sentence.words.slice(0, m.first).map((w) => w.norm).join(' ');
    if (CONDITION.test(before) || RETOLD.test(before)) continue;
    // «пока не выплачена», «ещё не назначена»: a delay, not a refusal
    if (sentence.words.slice(Math.max(0, m.first - 2), m.first + 1).some((w) => /^(?:пока|ещё|еще)$/.test(w.norm))) continue;
    return { first: m.first, last: m.last, entry: m.entry, weak: !!m.entry.flags?.includes('weak') };
  }
  return undefined;
});

/** The sentences that refuse: those with a firm refusal, or the weak ones when there is none. */
export function refusals(sentences: Sentence[], dictionaries: OrganisationDictionaries): Array<{ sentence: Sentence; refusal: Refusal }> {
  const found: Array<{ sentence: Sentence; refusal: Refusal }> = [];
  for (const sentence of sentences) {
    const refusal = refusalIn(sentence, dictionaries);
    if (refusal) found.push({ sentence, refusal });
  }
  const strong = found.filter((f) => !f.refusal.weak);
  return strong.length ? strong : found;
}

const rule: Rule = {
  meta: {
    id: 'no-solution',
    point: 'п. 7',
    quote: 'не допускать отсутствие решения/альтернативы',
    title: 'Отказ без решения и альтернативы',
    description:
      'Отказ или «не представляется возможным» без следующего шага оставляет клиента в тупике: он не знает, можно ли обжаловать решение, что изменить, чтобы получить помощь, куда ещё обратиться. Назовите хотя бы один путь: как и куда обжаловать, какие условия выполнить и подать заявление снова, какую другую помощь можно получить, или телефон и адрес, где помогут.',
    severity: 'error',
    kinds: ['reply', 'notice', 'call'],
    scope: 'document',
    needs: ['morphology'],
  },
  check(context) {
    const found = refusals(context.doc.sentences, context.dictionaries);
    if (found.length === 0) return;
    if (hasNextStep(context.doc, { morphology: context.morphology, dictionaries: context.dictionaries })) return;
    const { sentence, refusal } = found[0];
    if (context.isAllowed(sentence.start, sentence.end)) return;
    const text = context.doc.text.slice(sentence.words[refusal.first].start, sentence.words[refusal.last].end);
    context.report({
      start: sentence.start,
      end: sentence.end,
      reason: `«${text}» — отказ без следующего шага: в письме нет ни пути обжалования, ни условий, при которых помощь можно получить, ни другой меры, ни контакта, и клиент не знает, что делать дальше (п. 7 правил: «не допускать отсутствие решения/альтернативы»). Добавьте следующий шаг: куда и как обжаловать решение, что сделать, чтобы получить помощь, какая другая помощь возможна, или телефон, по которому помогут.`,
      expected: refusal.entry.suggestions,
      entryId: refusal.entry.id,
    });
  },
};

export default rule;
