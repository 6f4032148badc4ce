// п. 7: «не допускать … отсутствие решения/альтернативы». A refusal («отказано», «не представляется
// возможным», «оснований нет», «не назначат») leaves the client at a dead end unless the letter
// says what they can do next: appeal (where and how), qualify or reapply, take an alternative, wait
// for the forwarded request, or call / write / come for help (LABELING.md §3.6). One finding per
// letter, at the refusal sentence; refusal phrases are in dictionaries/no-solution.yml, next steps
// in src/analysis/next-step.ts.
import type { Rule, Sentence } from '../src/engine/rule.js';
import type { PhraseMatch } from '../src/dict/matcher.js';
import { matcherFor } from '../src/dict/index.js';
import { findNextSteps } from '../src/analysis/next-step.js';

// a condition states a rule, not this client's refusal: «Если долг больше двух месяцев, субсидию не назначат»
const CONDITION = /(?:^| )(?:если|в случае|при условии|когда)(?: |$)/;
// the client's own question retold: «Вы спросили, почему вам не назначили выплату»
const RETOLD = /(?:^| )(?:почему|спросили|спрашиваете|спрашивали|пишете|интересуетесь|просили|просите)(?: |$)/;

export function refusals(sentences: Sentence[], match: (s: Sentence) => PhraseMatch[]): Array<{ sentence: Sentence; match: PhraseMatch }> {
  const found: Array<{ sentence: Sentence; match: PhraseMatch; weak: boolean }> = [];
  for (const sentence of sentences) {
    if (sentence.heading) continue;
    for (const m of match(sentence)) {
      if (sentence.words.slice(m.first, m.last + 1).some((w) => w.quoted)) continue;
      const before = sentence.words.slice(0, m.first).map((w) => w.norm).join(' ');
      if (CONDITION.test(before) || RETOLD.test(before)) continue;
      // «пока не выплачена», «ещё не назначена»: a delay, not a refusal
      if (sentence.words.slice(Math.max(0, m.first - 2), m.first + 1).some((w) => /^(?:пока|ещё|еще)$/.test(w.norm))) continue;
      found.push({ sentence, match: m, weak: !!m.entry.flags?.includes('weak') });
      break;
    }
  }
  const strong = found.filter((f) => !f.weak);
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
    const matcher = matcherFor('no-solution', context.dictionaries);
    const found = refusals(context.doc.sentences, (s) => matcher.match(s.words));
    if (found.length === 0) return;
    if (findNextSteps(context.doc, { morphology: context.morphology, dictionaries: context.dictionaries }).length > 0) return;
    const { sentence, match } = found[0];
    if (context.isAllowed(sentence.start, sentence.end)) return;
    const refusal = context.doc.text.slice(match.start, match.end);
    context.report({
      start: sentence.start,
      end: sentence.end,
      reason: `«${refusal}» — отказ без следующего шага: в письме нет ни пути обжалования, ни условий, при которых помощь можно получить, ни другой меры, ни контакта, и клиент не знает, что делать дальше (п. 7 правил: «не допускать отсутствие решения/альтернативы»). Добавьте следующий шаг: куда и как обжаловать решение, что сделать, чтобы получить помощь, какая другая помощь возможна, или телефон, по которому помогут.`,
      expected: match.entry.suggestions,
      entryId: match.entry.id,
    });
  },
};

export default rule;
