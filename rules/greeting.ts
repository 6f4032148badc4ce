// п. 7: «приветствовать клиента, проявлять вежливость». A reply opens with a greeting or a form of
// address and ends politely before the signature («С уважением», a thank-you or a wish); a
// signature alone is not a closing. The address must agree with the addressee: «Уважаемая Игнат
// Сергеевич» is a slip the reader takes personally. «Привет» is a greeting here — whether it is
// too familiar is `familiarity`'s business (LABELING.md §4).
import { getGender } from 'lvovich';
import type { Rule, RuleContext, Sentence } from '../src/engine/rule.js';
import { ADDRESS_ADJECTIVE } from '../src/analysis/greeting-data.js';
import { letterParts } from '../src/analysis/letter-parts.js';

type Gender = 'masc' | 'femn';

const PATRONYMIC_MALE = /(?:ович|евич|ьич|ич|оглы|улы|уулу|угли)$/u;
const PATRONYMIC_FEMALE = /(?:овна|евна|ична|инична|кызы|гызы|кизи)$/u;
// Turkic patronymic particles name the gender outright («Севиль Рашид кызы», «Эльдар Тофик оглы»)
const PARTICLE_MALE = new Set(['оглы', 'улы', 'уулу', 'угли']);
const PARTICLE_FEMALE = new Set(['кызы', 'гызы', 'кизи']);
const PARTICLES = new Set([...PARTICLE_MALE, ...PARTICLE_FEMALE]);

/** The gender of the person named by the words after «Уважаемый/ая», or undefined when unsure. */
function addresseeGender(names: string[], context: RuleContext): Gender | undefined {
  if (names.length === 0) return undefined;
  const lower = names.map((n) => n.toLowerCase());
  if (lower[0] === 'господин') return 'masc';
  if (lower[0] === 'госпожа') return 'femn';
  if (lower.some((n) => PARTICLE_FEMALE.has(n))) return 'femn';
  if (lower.some((n) => PARTICLE_MALE.has(n))) return 'masc';
  // a Russian female patronymic is never a surname or a first name («Анна Рабинович» is, for -ович)
  if (lower.slice(1).some((n) => /(?:овна|евна|ична|инична)$/u.test(n))) return 'femn';
  // «Игнат Сергеевич», «Иванов Игнат Сергеевич», «Эльчин Рашид оглы»
  let middleAt = lower.findIndex((n) => PATRONYMIC_MALE.test(n) || PATRONYMIC_FEMALE.test(n));
  let middle = '';
  if (middleAt >= 0) {
    middle = names[middleAt];
    // «Рашид оглы»: the father's name belongs to the patronymic
    if (PARTICLES.has(lower[middleAt]) && middleAt > 0) {
      middle = `${names[middleAt - 1]} ${names[middleAt]}`;
      middleAt--;
    }
  }
  const before = middleAt >= 0 ? names.slice(0, middleAt) : names.slice(0, 2);
  const first = before.length >= 2 ? before[before.length - 1] : (before[0] ?? '');
  const last = before.length >= 2 ? before[0] : '';
  const g = getGender({ first, middle, last });
  if (g === 'male') return 'masc';
  if (g === 'female') return 'femn';
  if (!first) return undefined;
  // names lvovich does not know («Любовь»): a dictionary noun has a gender
  const parses = context.morphology?.parse(first) ?? [];
  const known = parses.find((p) => p.known && p.pos === 'NOUN' && (p.tags.has('masc') || p.tags.has('femn')));
  if (known) return known.tags.has('femn') ? 'femn' : 'masc';
  return undefined;
}

/** «Уважаемая Игнат Сергеевич»: the address adjective disagrees with the addressee. */
function mismatch(sentence: Sentence, context: RuleContext): { adjective: string; gender: Gender; plural?: boolean } | undefined {
  const words = sentence.words;
  for (let i = 0; i < words.length; i++) {
    const m = ADDRESS_ADJECTIVE.exec(words[i].norm);
    if (!m) continue;
    const next = words[i + 1];
    // «Уважаемый(ая) {{ФИО}}» is a template for both
    if (!next || next.kind !== 'word' || next.norm === 'ая' || next.norm === 'ый') return undefined;
    const plural = m[1] === 'ые' || m[1] === 'ие';
    const adjective: Gender = m[1] === 'ая' ? 'femn' : 'masc';
    const names: string[] = [];
    for (let j = i + 1; j < words.length && names.length < 4; j++) {
      const w = words[j];
      // the name ends at the first punctuation mark after it («Иван Петрович!», «Иван Петрович, …»)
      if (j > i + 1 && sentence.tokens.slice(words[j - 1].index + 1, w.index).some((t) => t.kind === 'punct')) break;
      if (w.kind !== 'word' || !/^\p{Lu}/u.test(w.text)) {
        if (PARTICLES.has(w.norm) || w.norm === 'господин' || w.norm === 'госпожа') names.push(w.text);
        else break;
        continue;
      }
      names.push(w.text);
    }
    const gender = addresseeGender(names, context);
    if (plural) {
      // «Уважаемые Иван Петрович!»: a plural address to one named person; a couple
      // («Уважаемые Иван Петрович и Мария Ивановна!», «…, Мария Ивановна!») or a family is fine
      const people = words.filter((w) => w.kind === 'word' && /^\p{Lu}/u.test(w.text) && (PATRONYMIC_MALE.test(w.norm) || PATRONYMIC_FEMALE.test(w.norm))).length;
      const joined = words.some((w) => w.norm === 'и' || w.norm === 'семья');
      if (gender && people === 1 && !joined) return { adjective: words[i].text, gender, plural };
      return undefined;
    }
    if (gender && gender !== adjective) return { adjective: words[i].text, gender };
    return undefined;
  }
  return undefined;
}

const rule: Rule = {
  meta: {
    id: 'greeting',
    point: 'п. 7',
    quote: 'приветствовать клиента, проявлять вежливость',
    title: 'Нет приветствия или вежливого завершения',
    description:
      'Ответ начинается с приветствия или обращения («Здравствуйте, Анна Сергеевна!», «Уважаемая Анна Сергеевна!») и заканчивается вежливой формулой перед подписью («С уважением», благодарность или пожелание). Подпись сама по себе не завершение. Обращение должно быть согласовано с полом адресата: «Уважаемый Иван Петрович», «Уважаемая Мария Ивановна».',
    severity: 'warn',
    // calls have call-introduction and call-closing; a notice is a letter and greets like a reply
    kinds: ['reply', 'notice'],
    scope: 'document',
    needs: ['morphology'],
    examples: {
      incorrect: [
        '[[Уважаемая Игнат Сергеевич!]]\n\nВаше удостоверение готово. Его можно забрать в МФЦ с 1 июня.\n\nС уважением,\nспециалист отдела\nВ. С. Кудрина',
        '[[Направляем вам удостоверение ветерана труда.]] Храните его вместе с паспортом.\n\nС уважением,\nспециалист отдела\nЛ. П. Грачёва',
        '[[Здравствуйте, Антонида Петровна!]]\n\nВам выделена путёвка в санаторий с 10 по 30 ноября.\n\nКонсультант отдела\nЕ. Г. Шмидт',
        '[[Уважаемые Иван Петрович!]]\n\nВаш сын записан к логопеду на 18 мая.\n\nС уважением,\nН. В. Сорокина',
        '[[Уважаемая Никита Андреевич!]]\n\nВыплата на школьную форму назначена.\n\nС уважением,\nТ. А. Волкова',
        '[[Здравствуйте, уважаемый Ксения Павловна!]]\n\nСправку выдадут в день обращения.\n\nС уважением,\nА. А. Маслова',
      ],
      correct: [
        'Уважаемый Игнат Сергеевич!\n\nВаше удостоверение готово.\n\nС уважением,\nВ. С. Кудрина',
        'Уважаемая Любовь Игоревна!\n\nВыплата назначена с 1 июня.\n\nВсего доброго!\nВ. С. Кудрина',
        'Уважаемый(ая) {{ФИО}}!\n\nВыплата назначена с [дата].\n\nС уважением,\n{{подпись}}',
        'Уважаемые Сергей Викторович и Ольга Николаевна!\n\nСертификат можно получить 5 июня.\n\nСпасибо, что обратились к нам.\n\nП. А. Мельник',
        'Кому: Смирновой Е. А.\nНа № 12-3456 от 14.02.2025\n\nУважаемая Елена Андреевна!\n\nПутёвку выдадут до 30 апреля.\n\nЗдоровья вам и вашим близким!\n\nМ. А. Блинова',
        'Здравствуйте!\n\nВаше заявление рассмотрено, выплата назначена с 1 июня.\n\nЖелаем вам здоровья!\n\nСпециалист отдела\nА. Д. Лукина',
        'Уважаемый Илья Никитич!\n\nЮрист бюро позвонит вам до 22 апреля.\n\nБудем рады, если консультация поможет вам.\n\nН. Л. Фролова',
        'Уважаемая Зоя Андреевна!\n\nПутёвка выделена с 1 июля.\n\nС пожеланием здоровья,\nН. Л. Фролова',
        'Анна Петровна, добрый день!\n\nВыплата назначена с 1 мая.\n\nВсего хорошего,\nА. А. Иванова',
      ],
    },
  },
  check(context) {
    const doc = context.doc;
    if (!doc.lines.length) return;
    const parts = letterParts(doc);
    const first = doc.lines[0];
    if (parts.greeting) {
      const wrong = mismatch(parts.greeting, context);
      if (wrong) {
        const who = wrong.gender === 'masc' ? 'мужчине' : 'женщине';
        const right = wrong.gender === 'masc' ? 'Уважаемый' : 'Уважаемая';
        const s = parts.greeting;
        context.report({
          start: s.start,
          end: s.end,
          reason: wrong.plural
            ? `Обращение «${s.text}» во множественном числе, а письмо адресовано одному человеку: ошибка в обращении задевает читателя с первой строки (п. 7 правил: «приветствовать клиента, проявлять вежливость»). Напишите «${right} …».`
            : `Обращение «${s.text}» не согласовано с полом адресата: письмо адресовано ${who}, а ошибка в обращении задевает читателя с первой строки (п. 7 правил: «приветствовать клиента, проявлять вежливость»). Напишите «${right} …».`,
          expected: [s.text.replace(wrong.adjective, right)],
        });
      }
    }
    const missing = [!parts.greeting && 'приветствия или обращения в начале', !parts.closed && 'вежливого завершения перед подписью («С уважением», благодарность или пожелание)'].filter(Boolean);
    if (missing.length === 0) return;
    // document level: reported at the first line (LABELING: quote null)
    const firstSentence = doc.sentences[0];
    const start = firstSentence ? firstSentence.start : first.start;
    const end = firstSentence ? firstSentence.end : first.end;
    context.report({
      start,
      end,
      reason: `В письме нет ${missing.join(' и нет ')}: без них ответ звучит сухо и неуважительно (п. 7 правил: «приветствовать клиента, проявлять вежливость»).${!parts.greeting ? ' Начните с «Здравствуйте, Имя Отчество!» или «Уважаемый(ая) Имя Отчество!».' : ''}${!parts.closed ? ' Перед подписью напишите «С уважением,».' : ''}`,
      expected: [!parts.greeting ? 'Здравствуйте, [Имя Отчество]!' : 'С уважением,'],
    });
  },
};

export default rule;
