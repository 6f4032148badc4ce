// Greeting and closing formulas of a letter (LABELING.md §4, row `greeting`).
// Why a data module and not dictionaries/greeting.yml: a dictionary entry there is a phrase to
// FLAG, with incorrect examples that must each give a finding at the marked span. Greeting and
// closing formulas are the opposite — phrases whose ABSENCE is the finding — so they do not fit
// the entry schema. They are fixed formulas (little inflection), so patterns over the lower-case
// text (ё written as е) are enough. Every pattern is matched against one sentence.

const W = '(?<![\\p{L}\\d])'; // a word starts here (\b does not know Cyrillic)
const E = '(?![\\p{L}\\d])'; // a word ends here
const re = (source: string) => new RegExp(source.replace(/<</g, W).replace(/>>/g, E), 'u');

/** A greeting or a form of address that opens a letter. */
export const GREETING: RegExp[] = [
  re('<<здравствуй(?:те)?>>'),
  re('<<добр(?:ый|ого|ое|ого)\\s+(?:день|дня|вечер|вечера|утро|утра|времени(?:\\s+суток)?)>>'),
  re('<<приветствую>>|<<приветствуем>>|<<привет>>'),
  re('<<(?:много|глубоко)?уважаем(?:ый|ая|ые|ое)>>'),
  re('<<дорог(?:ой|ая|ие)>>'),
  re('<<(?:господин|госпожа|товарищ)>>'),
];

/** An adjective of address whose gender must agree with the addressee. */
export const ADDRESS_ADJECTIVE = /^(?:(?:много|глубоко)?уважаем|дорог)(ый|ая|ой)$/u;

/** A placeholder that stands for a greeting in a template: «{{обращение}}», «[приветствие]». */
export const GREETING_PLACEHOLDER = /обращени|приветств|greeting|salutation|приветстви/iu;

/** «С уважением» and other standard complimentary closes (checked on a line). */
export const CLOSING_LINE: RegExp[] = [
  re('^\\s*(?:с\\s+(?:глубоким\\s+|искренним\\s+|неизменным\\s+)?уважением)>>'),
  re('^\\s*(?:с\\s+(?:наилучшими\\s+)?пожеланиями)>>'),
  re('^\\s*(?:с\\s+благодарностью)>>'),
  re('^\\s*(?:искренне\\s+ваш)'),
];

/** A polite thank-you or wish before the signature (checked on the last sentences of the body). */
export const CLOSING_SENTENCE: RegExp[] = [
  ...CLOSING_LINE,
  // a thank-you FOR something; «спасибо, что наконец-то…» is sarcasm's business, not a closing
  re('<<(?:благодарим|благодарю|спасибо|признательны)>>[^.!?]*<<за>>'),
  re('<<(?:желаем|желаю|пожелаем)>>'),
  re('<<всего\\s+(?:вам\\s+)?(?:доброго|хорошего|наилучшего|самого\\s+доброго|самого\\s+наилучшего)>>'),
  re('<<(?:хорошего|доброго|удачного)\\s+(?:дня|вечера)>>'),
  re('<<(?:будьте\\s+здоровы|берегите\\s+себя|крепкого\\s+здоровья)>>'),
  re('<<(?:до\\s+свидания)>>'),
  re('<<будем\\s+рады\\s+(?:вам\\s+)?(?:помочь|видеть|ответить)'),
  re('<<(?:надеемся|рассчитываем)\\s+на\\s+(?:ваше\\s+)?понимание>>'),
];

export const matchesAny = (patterns: RegExp[], text: string): boolean => {
  const t = text.toLowerCase().replace(/ё/g, 'е');
  return patterns.some((p) => p.test(t));
};
