// п. 7: «не отрицать факт проблемы без доказательств». «Нарушений не выявлено», «факты не
// подтвердились», «жалоб не поступало» close the question without telling the client what was
// checked, when, by whom and what was found. A denial is a finding unless the same sentence, the
// next one or the one just before gives that evidence (src/analysis/evidence.ts; LABELING.md §4).
import { denialBacked } from '../src/analysis/evidence.js';
import type { Sentence } from '../src/engine/rule.js';
import type { Morphology } from '../src/morph/types.js';
import { dictionaryRule } from './lib/dictionary-rule.js';

// «Если нарушения не выявят, …» states a condition, it denies nothing
const CONDITIONAL = /^(?:если|когда|в случае|при условии)/i;

// «Выплату перечислим вовремя», «Пожалуйста, оплачивайте вовремя»: a promise or a request, not a claim
// that the problem does not exist
const FUTURE_AUX = /^(?:буд(?:у|ем|ет|ете|ут))$/;
function promiseOrRequest(sentence: Sentence, morphology: Morphology | undefined): boolean {
  return sentence.words.some((w) => {
    if (w.kind !== 'word') return false;
    if (FUTURE_AUX.test(w.norm) || w.norm === 'пожалуйста' || w.norm === 'просим') return true;
    const best = morphology?.parse(w.norm)[0];
    return !!best && best.pos === 'VERB' && (best.tags.has('futr') || best.tags.has('impr'));
  });
}

export default dictionaryRule(
  {
    id: 'denial',
    point: 'п. 7',
    quote: 'не отрицать факт проблемы без доказательств',
    title: 'Отрицание проблемы без доказательств',
    description:
      'Фразы вроде «нарушений не выявлено» или «факты не подтвердились» закрывают вопрос, но не объясняют, почему: клиент не знает, что проверяли, когда и что нашли, и не может ни согласиться, ни оспорить вывод. Напишите, что именно проверили (запись, журнал, документ), когда, кто, и что установили — с датами и номерами.',
    severity: 'error',
    kinds: ['reply', 'notice', 'call'],
    scope: 'phrase',
    skipQuoted: true,
    // `claim` entries («принимают посетителей без задержек») deny only as a statement of fact, not as a promise
    needs: ['morphology'],
  },
  {
    neighbours: true,
    keep: (m, sentence, context) => {
      const before = sentence.words.slice(0, m.first).map((w) => w.norm).join(' ');
      if (CONDITIONAL.test(before) || /(?:^| )(?:если|в случае)(?: |$)/.test(before)) return false;
      if (m.entry.flags?.includes('claim') && promiseOrRequest(sentence, context.morphology)) return false;
      return !denialBacked(context.doc, sentence, m.first, m.last, m.entry.flags?.includes('check'));
    },
  },
);
