// п. 7: «не допускать отписки». A brush-off recites the law and the ministry's formulas and applies
// nothing to the client's case. The rule scores a letter on features one can check by eye and
// shows them in the message:
//   * formulas — sentences about the ministry, the law, the website or the letter itself
//     (dictionaries/formula.yml) that give no fact and no step;
//   * law — sentences that cite a law, an act or «законодательство»;
//   * facts — dates, amounts, numbers and decisions about this client («вам назначена», «ваше
//     заявление зарегистрировано»), a direct «да» / «нет» to the question, a denial (that letter is
//     `denial`, the more specific finding);
//   * actions — next steps (src/analysis/next-step.ts) and named actions with their doer
//     («мы перечислим», «специалист позвонит»). «Обратитесь в …» with no contact anywhere is a
//     redirect, not an action: «that is another body's business» without forwarding or contact is
//     the brush-off LABELING.md §4 describes.
// A letter is a brush-off when it has no facts and no actions, at least one formula, and formulas
// and law citations fill at least `minShare` of its body sentences (LABELING.md §4: a short reply
// that answers the question is not a brush-off).
import type { Rule, RuleContext, Sentence, Token } from '../src/engine/rule.js';
import { matcherFor } from '../src/dict/index.js';
import type { OrganisationDictionaries } from '../src/types.js';
import { sentenceSteps } from '../src/analysis/next-step.js';
import { perSentence } from '../src/parse/sentence-memo.js';

const GREETING = /^(?:уважаем|здравствуй|добрый|доброе|привет)/i;
const CLOSING = /^(?:с уважением|благодарим|спасибо|желаем|всего доброго)/i;
const MONTHS = /^(?:январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/;
const LAW_WORD = /^(?:закон|законодательств|кодекс|постановлени|нормативн|регламент)/;
const LAW_NEAR_NUMBER = /^(?:(?:ст|п|пп|ч)\.?|стать(?:я|и|е|ю|ей|ёй|ям|ями|ях)|пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?|подпункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?|част(?:ь|и|ью|ей|ям|ями|ях)|абзац(?:а|у|ем|е|ы|ев)?|глав(?:а|ы|е|у|ой)|закон(?:а|у|ом|е|ы|ов|ам|ами|ах)?|постановлени(?:е|я|ю|ем|и|й)|приказ(?:а|у|ом|е|ы|ов)?|распоряжени(?:е|я|ю|ем|и|й)|указ(?:а|у|ом|е)?|кодекс(?:а|у|ом|е)?|регламент(?:а|у|ом|е)?)$/;
const INCOMING = /^(?:обращени|жалоб|письм|заявлени|запрос)/;
// a decision about this client: «вам назначена», «ваше заявление зарегистрировано», «сын зачислен»
const DECISION = /^(?:назначен|выделен|присвоен|зачислен|перечислен|продлен|одобрен|зарегистрирован|выдан|предоставлен|установлен|принят|включен|оплачен|возмещен|начислен|пересчитан|восстановлен|готов)[аоы]?$/;
const YOU = /^(?:вы|вам|вас|вами|ваш|ваша|ваше|ваши|вашего|вашей|вашему|вашим|ваших|вашу|вашем|вашими)$/;
// first-person plural and third-person actions: «перечислим», «позвонит», «пришлём»
const ACTION = /^(?:перечисл|выплат|назнач|позвон|перезвон|пришл|присл|отправ|направ|провер|запрос|пересла|передад|переда|выда|вруч|верн|возмест|включ|запиш|пригла|организ|выед|встрет|подготов|оформ|рассчита|пересчита|сообщ|уточн|доставим|привез)[а-яё]*(?:ем|им|ём|ит|ет|ут|ют|ат|ят)$/;
const ACTOR = /^(?:мы|специалист|сотрудник|инспектор|отдел|комисси|управлени|центр|фонд|бюро|работник|социальн|курьер|врач|консультант|министерство)/;
// «Сообщаем, что …» introduces, it does nothing
const FORMULA_VERB = /^(?:сообщаем|сообщает|сообщают|уведомляем|уточняем|проверяем)$/;
const REFUSAL = /^(?:отказ|отказано|невозможн)/;

export interface BrushOffFeatures {
  sentences: number;
  formulas: number;
  law: number;
  facts: number;
  actions: number;
  /** The first formulaic sentence: where the finding is reported. */
  first?: Sentence;
}

function numberIsFact(words: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (LAW_NEAR_NUMBER.test(words[k].norm) || words[k].kind === 'legal') return false;
  for (let k = i + 1; k < Math.min(words.length, i + 3); k++) if (words[k].kind === 'legal') return false;
  // «ваше обращение от 5 мая» repeats the citizen's letter
  for (let k = Math.max(0, i - 3); k < i; k++) if (INCOMING.test(words[k].norm) && words.slice(k + 1, i).every((w) => /^(?:от|№|n)$/.test(w.norm) || w.kind !== 'word')) return false;
  return true;
}

function hasFact(sentence: Sentence): boolean {
  const words = sentence.words;
  if (/^(?:да|нет)$/.test(words[0]?.norm ?? '') && /^[,:.!—–-]/.test(sentence.text.slice(words[0].end - sentence.start).trimStart())) return true;
  const you = words.some((w) => YOU.test(w.norm));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.quoted) continue;
    if ((w.kind === 'date' || w.kind === 'number' || w.kind === 'placeholder' || w.kind === 'time') && numberIsFact(words, i)) return true;
    if (w.kind === 'word' && MONTHS.test(w.norm) && /^(?:с|по|до|за|в|на)$/.test(words[i - 1]?.norm ?? '')) return true;
    if (you && w.kind === 'word' && DECISION.test(w.norm)) return true;
  }
  return false;
}

// «Ваш сын может жить в общежитии бесплатно»: what this client is entitled to is an answer, even when
// the sentence goes on to cite the act that grants it (a formula such as «можете ознакомиться на сайте»
// is ruled out by the caller)
const ENTITLED = /^(?:может|можете|могут|вправе|положен|положена|положено|положены|полагается|полагаются)$/;
function answersYou(sentence: Sentence): boolean {
  const words = sentence.words;
  if (!words.some((w) => YOU.test(w.norm) && !w.quoted)) return false;
  return words.some((w, i) => ENTITLED.test(w.norm) && !w.quoted && words[i - 1]?.norm !== 'не');
}

function hasAction(sentence: Sentence): boolean {
  const words = sentence.words;
  for (let i = 0; i < words.length; i++) {
    if (!ACTION.test(words[i].norm) || FORMULA_VERB.test(words[i].norm) || words[i - 1]?.norm === 'не') continue;
    if (/(?:ем|им|ём)$/.test(words[i].norm)) return true;
    for (let k = Math.max(0, i - 3); k < Math.min(words.length, i + 3); k++) if (k !== i && ACTOR.test(words[k].norm)) return true;
  }
  return false;
}

function cites(sentence: Sentence): boolean {
  const words = sentence.words;
  return words.some(
    (w, i) => w.kind === 'legal' || (w.kind === 'word' && (LAW_WORD.test(w.norm) || (LAW_NEAR_NUMBER.test(w.norm) && words.slice(i + 1, i + 3).some((n) => n.kind === 'number' || n.norm === '№')))),
  );
}

interface SentenceFeatures {
  /** Counted at all: not the greeting, the closing, a heading or a signature line. */
  body: boolean;
  /** About earlier letters («ответ вам направлялся»): its dates and verbs are not the case's. */
  earlier: boolean;
  fact: boolean;
  /** A named action with its doer («мы перечислим»), unless the sentence says it is not ours. */
  action: boolean;
  law: boolean;
  /** A formula, or a law citation that refuses nothing: what a brush-off is made of. */
  filler: boolean;
}

/** What one sentence contributes to the score (remembered per sentence). */
const featuresOf = perSentence((sentence: Sentence, dictionaries: OrganisationDictionaries): SentenceFeatures => {
  const none = { body: false, earlier: false, fact: false, action: false, law: false, filler: false };
  // the body only: no greeting, closing, headings or signature lines
  if (sentence.heading || GREETING.test(sentence.text) || CLOSING.test(sentence.text) || sentence.words.length === 0) return none;
  const formulas = matcherFor('formula', dictionaries).match(sentence.words);
  // «ответ вам направлялся в марте»: the dates and verbs of a sentence about earlier letters are
  // theirs, not the case's
  const earlier = formulas.some((m) => m.entry.id === 'formula.po-sushchestvu');
  // a denial takes a position on the client's complaint: that letter is `denial`, the more specific finding
  const fact = (!earlier && (hasFact(sentence) || (formulas.length === 0 && answersYou(sentence)))) || matcherFor('denial', dictionaries).match(sentence.words).length > 0;
  // «пособие назначает Социальный фонд» after «не наша компетенция» says who acts in general, not
  // what anyone will do for this client: only a forwarding or a contact counts there
  const elsewhere = formulas.some((m) => m.entry.id === 'formula.ne-nashe');
  const action = !earlier && !elsewhere && hasAction(sentence);
  const law = cites(sentence);
  const filler = formulas.length > 0 || (law && !sentence.words.some((w) => REFUSAL.test(w.norm)));
  return { body: true, earlier, fact, action, law, filler };
});

/** The features of a letter, for the score and the message. */
export function brushOffFeatures(context: RuleContext): BrushOffFeatures {
  const { doc } = context;
  const options = { morphology: context.morphology, dictionaries: context.dictionaries };
  // «Обратитесь в …» counts as a step only when the letter gives a contact or forwards the request
  const contact = doc.sentences.some((s) => sentenceSteps(s, options).some((step) => step.kind === 'contact' || step.kind === 'forward'));
  const features: BrushOffFeatures = { sentences: 0, formulas: 0, law: 0, facts: 0, actions: 0 };
  for (const sentence of doc.sentences) {
    const f = featuresOf(sentence, context.dictionaries);
    if (!f.body) continue;
    features.sentences++;
    const step = sentenceSteps(sentence, options).some((s) => s.kind !== 'redirect' || contact);
    const action = f.action || (!f.earlier && step);
    if (f.fact) features.facts++;
    if (action) features.actions++;
    if (f.law) features.law++;
    if (!f.fact && !action && f.filler) {
      features.formulas++;
      features.first ??= sentence;
    }
  }
  return features;
}

export function isBrushOff(f: BrushOffFeatures, minShare: number): boolean {
  return f.sentences > 0 && f.facts === 0 && f.actions === 0 && f.formulas > 0 && f.formulas / f.sentences >= minShare;
}

const rule: Rule = {
  meta: {
    id: 'brush-off',
    point: 'п. 7',
    quote: 'не допускать отписки',
    title: 'Отписка',
    description:
      'Отписка пересказывает закон и служебные формулы («министерство действует в пределах полномочий», «ответ дан по существу», «информация размещена на сайте»), но ничего не говорит о деле клиента: ни дат, ни сумм, ни решения, ни того, что делать дальше. Ответьте на вопрос клиента по существу: что решено по его делу, с датами и суммами, и какой у него следующий шаг.',
    severity: 'error',
    kinds: ['reply'],
    scope: 'document',
    needs: ['morphology'],
    options: { minShare: 0.5 },
    examples: {
      incorrect: [
        'Уважаемый Пётр Ильич!\n\n[[Сообщаем, что министерство действует в пределах полномочий.]] Все меры поддержки назначаются на основании нормативных актов.\n\nС уважением,\nприёмная министерства',
      ],
      correct: [
        'Уважаемый Пётр Ильич!\n\nВам назначена компенсация 1 200 рублей в месяц с 1 мая. Деньги придут до 20 мая.\n\nС уважением,\nотдел компенсаций',
        'Уважаемый Пётр Ильич!\n\nВопрос о пенсии решает Социальный фонд России. Мы переслали ваше обращение туда 3 июня, фонд ответит вам до 3 июля.\n\nС уважением,\nотдел обращений',
      ],
    },
  },
  check(context) {
    const f = brushOffFeatures(context);
    if (!isBrushOff(f, Number(context.options.minShare ?? 0.5))) return;
    // reported at the first formula: the clearest example of what the letter says instead of an answer
    const first = f.first!;
    if (context.isAllowed(first.start, first.end)) return;
    context.report({
      start: first.start,
      end: first.end,
      reason: `Ответ похож на отписку (формулы: ${f.formulas} из ${f.sentences} предложений, ссылки на закон: ${f.law}, факты о вашем деле: ${f.facts}, действия: ${f.actions}): клиент так и не узнаёт, что решено по его делу (п. 7 правил: «не допускать отписки»). Ответьте по существу: что решено по делу клиента — с датами, суммами, номерами документов — и что ему делать дальше.`,
    });
  },
};

export default rule;
