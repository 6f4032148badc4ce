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
export const ADDRESS_ADJECTIVE = /^(?:(?:много|глубоко)?уважаем|дорог)(ый|ая|ой|ые|ие)$/u;

/** A placeholder that stands for a greeting in a template: «{{обращение}}», «[приветствие]». */
export const GREETING_PLACEHOLDER = /обращени|приветств|greeting|salutation|приветстви/iu;

/** «С уважением» and other standard complimentary closes (checked on a line). */
export const CLOSING_LINE: RegExp[] = [
  re('^\\s*(?:с\\s+(?:глубоким\\s+|искренним\\s+|неизменным\\s+)?уважением)>>'),
  // «С наилучшими пожеланиями», «С пожеланием здоровья», «С добрыми пожеланиями»
  re('^\\s*(?:с\\s+(?:(?:самыми\\s+)?(?:наилучшими|добрыми|лучшими|теплыми|искренними)\\s+)?пожелани(?:ем|ями))>>'),
  re('^\\s*(?:с\\s+благодарностью)>>'),
  // «Всего хорошего,» on its own line before the signature, like «С уважением,»
  re('^\\s*всего\\s+(?:вам\\s+)?(?:доброго|хорошего|наилучшего|самого\\s+доброго|самого\\s+наилучшего)>>'),
  re('^\\s*(?:искренне\\s+ваш)'),
];

/** A polite thank-you or wish before the signature (checked on the last sentences of the body). */
export const CLOSING_SENTENCE: RegExp[] = [
  ...CLOSING_LINE,
  // a thank-you FOR something; «спасибо, что наконец-то…» is sarcasm's business, not a closing
  re('<<(?:благодарим|благодарю|спасибо|признательны)>>[^.!?]*<<за>>'),
  // «Спасибо, что обратились к нам»: thanks for the reader's own act (not «что наконец-то …»)
  re('<<(?:благодарим|благодарю|спасибо)>>,?\\s+что\\s+(?:вы\\s+)?(?:обратил|написал|сообщил|рассказал|поделил|нашли|связал|уделил|доверил|выбрал|откликнул|дождал|обращаете)'),
  // a bare «Спасибо!» / «Благодарим вас!» as the last words
  re('^\\s*(?:заранее\\s+)?(?:большое\\s+)?(?:спасибо|благодарим|благодарю)(?:\\s+вам|\\s+вас)?(?:\\s+большое|\\s+заранее)?\\s*[.!]?\\s*$'),
  re('<<(?:желаем|желаю|пожелаем)>>'),
  re('<<всего\\s+(?:вам\\s+)?(?:доброго|хорошего|наилучшего|самого\\s+доброго|самого\\s+наилучшего)>>'),
  re('<<(?:хорош|добр|удачн|приятн|отличн|спокойн)\\p{L}*\\s+(?:вам\\s+)?(?:дня|вечера|выходных|отдыха|праздников|недели)>>'),
  // a wish without a verb: «Здоровья вам и вашим близким!», «Удачи!», «Скорейшего выздоровления!»
  re('^\\s*(?:крепкого\\s+|доброго\\s+|долгих\\s+лет\\s+и\\s+)?(?:здоровья|удачи|успехов|счастья|благополучия|терпения|всех\\s+благ|скорейшего\\s+выздоровления|мирного\\s+неба)>>'),
  re('<<(?:будьте\\s+здоровы|берегите\\s+себя|крепкого\\s+здоровья|поправляйтесь|выздоравливайте|скорейшего\\s+выздоровления)>>'),
  re('<<(?:до\\s+свидания|до\\s+встречи)>>'),
  re('<<поздравляем>>|^\\s*с\\s+(?:праздником|наступающим|новым\\s+годом|днем\\s+(?:рождения|победы))>>'),
  // «Будем рады помочь», «Рады были помочь», «Всегда рады ответить на ваши вопросы»; «Будем рады,
  // если консультация поможет вам», «…, если ответ пригодится»
  re('<<(?:рады|рад|рада)>>[^.!?]{0,25}<<(?:помочь|помогать|ответить|отвечать|видеть|проконсультировать|помогли|подсказать)>>'),
  re('<<(?:рады|рад|рада)>>,?\\s+если\\s+[^.!?]{0,50}<<(?:помож\\p{L}*|помог\\p{L}*|пригод\\p{L}*|полезн\\p{L}*|решит\\p{L}*|решен\\p{L}*)>>'),
  re('<<(?:надеемся|рассчитываем)\\s+на\\s+(?:ваше\\s+)?понимание>>'),
  // «Надеемся, что ответ был полезен», «Надеюсь, мы помогли», «Надеемся, что вы скоро поправитесь»
  re('<<(?:надеемся|надеюсь)>>[^.!?]*<<(?:полез\\p{L}*|помог\\p{L}*|ответил\\p{L}*|разъяснил\\p{L}*|ответ|разъяснени\\p{L}*|информаци\\p{L}*|понятн\\p{L}*|поправ\\p{L}*|выздоров\\p{L}*|помож\\p{L}*|пригод\\p{L}*)>>'),
];

export const matchesAny = (patterns: RegExp[], text: string): boolean => {
  const t = text.toLowerCase().replace(/ё/g, 'е');
  return patterns.some((p) => p.test(t));
};
