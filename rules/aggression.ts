// п. 7: «не допускать … языковой агрессии (грубость, хамство, обвинения, сарказм, панибратство,
// негативная тональность, оскорбительные обороты и т.д.)». This rule takes the blame, rudeness,
// insults and orders to stop. LABELING.md §4 quotes the sentence or clause, so an entry reports the
// clause it sits in (the sentence up to «;»), unless it is flagged `phrase`. The citizen's own
// quoted words are never judged (§3.2).
import type { RuleContext, Sentence } from '../src/engine/rule.js';
import type { PhraseMatch } from '../src/dict/matcher.js';
import type { Rule } from '../src/engine/rule.js';
import type { Kind } from '../src/types.js';
import { matcherFor } from '../src/dict/index.js';
import { pastReproach, personalFault, type ToneSpan, type VerbForms } from '../src/analysis/tone.js';
import { dictionaryRule } from './lib/dictionary-rule.js';
import { clauseOf, clauseSpans } from './lib/clause.js';

const clauses = clauseSpans();
// an ironic reproach is sarcasm's, not aggression's
const firstInClause = (m: PhraseMatch, sentence: Sentence, context: RuleContext) => !ironic(sentence, context, m.first, m.last) && clauses.keep(m, sentence, context);

// «Какая неожиданность: вы снова забыли…» is irony about a slip, labelled sarcasm only (LABELING.md
// §2: a span carries the most specific id). A reproach inside an ironic sentence is left to sarcasm.
// When the irony marker lies within the reproach itself («вы, как всегда, забыли»), the reproach stays.
const ironyMemo = new WeakMap<Sentence, PhraseMatch[]>();
function ironic(sentence: Sentence, context: RuleContext, first: number, last: number): boolean {
  let found = ironyMemo.get(sentence);
  if (found === undefined) {
    found = matcherFor('sarcasm', context.dictionaries)
      .match(sentence.words)
      .filter((m) => !sentence.words.slice(m.first, m.last + 1).some((w) => w.quoted));
    ironyMemo.set(sentence, found);
  }
  // a marker of its own, not the reproach's words read as irony («вы, как всегда, забыли»)
  return found.some((m) => m.first < first || m.last > last);
}

const meta = {
  id: 'aggression',
  point: 'п. 7',
  quote: 'не допускать … языковой агрессии (грубость, хамство, обвинения, сарказм, панибратство, негативная тональность, оскорбительные обороты и т.д.)',
  title: 'Грубость и обвинения',
  description:
    'Упрёки («вы сами виноваты», «не удосужились»), грубые требования («хватит писать»), оскорбления и поучения («читайте внимательнее») унижают человека и не помогают ему. Сообщите факт спокойно и скажите, что можно сделать сейчас.',
  severity: 'error' as const,
  kinds: ['reply', 'notice', 'call'] as Kind[],
  scope: 'sentence' as const,
  skipQuoted: true,
  // «вы опять прислали», «вы сами принесли»: the verb of a reproach is found by its grammar
  needs: ['morphology' as const],
};

function verbForms(context: RuleContext): VerbForms | undefined {
  const morphology = context.morphology;
  if (!morphology) return undefined;
  const verbParses = (word: { text: string }) => morphology.parse(word.text).filter((p) => p.known && p.pos === 'VERB');
  // «пришли» is both a past plural and an imperative: any past reading will do
  const pastParse = (word: { text: string }) => verbParses(word).find((p) => p.tags.has('past'));
  return {
    past: (word) => !!pastParse(word),
    secondPlural: (word) => verbParses(word).some((p) => p.tags.has('2per') && p.tags.has('plur') && p.tags.has('pres')),
    lemma: (word) => (pastParse(word) ?? verbParses(word)[0])?.lemma.replace(/ё/g, 'е'),
  };
}

const base = dictionaryRule(meta, { keep: firstInClause, span: clauseOf });

const rule: Rule = {
  meta: {
    ...meta,
    examples: {
      incorrect: [
        '[[Билеты стоило сохранить, а не выбрасывать их сразу после поездки.]]',
        '[[Вам следовало прочитать договор, прежде чем его подписывать.]]',
        '[[Надо было сразу приносить оригиналы, а не копии.]]',
        '[[Вы опять прислали справку о доходах не за тот период.]]',
        'Заявление вернули. [[Опять вы перепутали номер счёта.]]',
        '[[Вы в очередной раз забыли подписать вторую страницу.]]',
        '[[Вы сами выбросили квитанции, а теперь просите компенсацию.]]',
        '[[Пособие задержалось потому, что вы сами принесли справку только 27 мая.]]',
        '[[Вы так и не донесли справку из поликлиники.]]',
        '[[Это вы не сообщили о трудоустройстве сына, отсюда и переплата.]]',
        '[[Именно вы указали в анкете старый адрес.]]',
        '[[Вы снова подали заявление без подписи.]]',
        '[[Вы вечно путаете даты в заявлениях.]]',
        '[[Вы так ни разу и не пришли на приём к специалисту.]]',
      ],
      correct: [
        'Нам нужно было дождаться ответа из Социального фонда, поэтому решение принято позже.',
        'Заявление следовало подать до 1 марта, поэтому мы рассмотрим его в общем порядке.',
        'Если бы справка пришла раньше, выплату можно было назначить с января.',
        'Как и следовало ожидать, перерасчёт увеличил выплату.',
        'Лечение стоило дорого, поэтому мы назначили компенсацию.',
        'Выплата приостановлена, потому что вы не прислали справку о доходах.',
        'Вы снова можете подать заявление с 1 января.',
        'Если вы опять не получите уведомление, позвоните нам.',
        'Вы сами можете выбрать способ получения выплаты.',
        'Как вы сами написали в заявлении, сын работает с сентября.',
        'Это вы можете сделать в личном кабинете на Госуслугах.',
        'Это вы указали в заявлении, поэтому мы отправили удостоверение по этому адресу.',
        'Именно вы как опекун вправе подать заявление.',
        'Вы снова обратились к нам по поводу субсидии, и мы проверили расчёт ещё раз.',
        'Когда вы снова пришли в центр, специалист принял документы.',
        'Ответ из Социального фонда так и не пришёл, поэтому мы направили повторный запрос.',
        'Вы опять сможете получить путёвку через два года.',
        'Вы сами решили, когда подать заявление, и мы его приняли.',
        'Вы так и не получили уведомление? Тогда мы пришлём его ещё раз.',
      ],
    },
  },
  check(context) {
    base.check(context);
    const verbs = verbForms(context);
    const report = (sentence: Sentence, found: ToneSpan, reason: (actual: string) => string, expected: string[], entryId: string) => {
      if (ironic(sentence, context, found.first, found.last)) return;
      const m = { start: found.start, end: found.end, first: found.first, last: found.last, entry: { flags: [] } } as unknown as PhraseMatch;
      const [start, end] = clauseOf(m, sentence);
      if (context.isAllowed(found.start, found.end)) return;
      if (!clauses.claim(context, start, end)) return;
      const actual = context.doc.text.slice(found.start, found.end);
      context.report({ start, end, reason: reason(actual), expected, entryId });
    };
    for (const sentence of context.doc.sentences) {
      const past = pastReproach(sentence);
      if (past)
        report(
          sentence,
          past,
          (actual) => `«${actual}» — упрёк в том, что человек должен был сделать раньше, звучит как обвинение (п. 7 правил). Лучше сказать, что можно сделать сейчас.`,
          ['Сейчас вы можете [что сделать].'],
          'aggression.past-reproach',
        );
      const fault = verbs && personalFault(sentence, verbs);
      if (fault)
        report(
          sentence,
          fault,
          (actual) => `«${actual}» — упрёк («опять», «сами», «так и не», «это вы…») выставляет человека виноватым и обижает его (п. 7 правил). Лучше спокойно назвать, чего не хватает, и что сделать сейчас.`,
          ['В справке указан другой период. Пришлите, пожалуйста, справку за [период].'],
          'aggression.personal-fault',
        );
    }
  },
};

export default rule;
