// п. 7: «не допускать … стилистических ошибок»; ответ должен быть написан доступным языком.
// Канцелярит: «в целях обеспечения», «осуществлять выдачу», «выплата будет произведена», «в адрес»,
// «на предмет», nominalisation chains («осуществление проведения проверки»), chains of three or
// more verbal nouns in the genitive («проверки соблюдения работодателем требований охраны труда»)
// and purpose frames with verbal nouns («с целью ускорения рассмотрения», «для повышения доступности
// обслуживания»).
// Not канцелярит (LABELING.md §4): «сообщаем», «в соответствии с», «рассмотрено», «предоставляется»,
// an ordinary passive, official names of bodies («отдел организации отдыха детей»). A sentence with
// two or more findings is канцелярит throughout and is reported whole.
import type { Rule, RuleContext, RuleMeta, Sentence, Token } from '../src/engine/rule.js';
import type { Morphology } from '../src/morph/types.js';
import { inTitle, judgedSentences, reasonText, reportEach, sentenceMatches, type Found } from './lib/sentence-findings.js';

const meta: RuleMeta = {
  id: 'bureaucratese',
  point: 'п. 7',
  quote: 'не допускать … стилистических ошибок; излагать информацию доступным языком',
  title: 'Канцелярит',
  description:
    'Отглагольные существительные и штампы («в целях обеспечения», «осуществляется выдача», «выплата будет произведена») делают ответ тяжёлым: клиент ищет глагол, чтобы понять, кто и что сделает. Пишите глаголами: «чтобы проверить», «выдаём», «перечислим».',
  severity: 'warn',
  kinds: ['reply', 'notice', 'call'],
  scope: 'phrase',
  skipQuoted: true,
  needs: ['morphology'],
  examples: {
    incorrect: [
      'Результаты [[проверки соблюдения работодателем требований]] охраны труда направим вам до 10 июля.',
      'Выезд назначен для [[проведения обследования соблюдения]] санитарных норм.',
      'Директору центра поручено [[обеспечение контроля за соблюдением сроков предоставления консультаций]].',
      '[[Для повышения доступности транспортного обслуживания]] министерство закупает машины.',
      '[[С целью ускорения рассмотрения]] заявления пришлите справку.',
      'Мы провели [[проверку правильности начисления]] пособия.',
      'Вами не было [[обеспечено предоставление]] документов.',
      'Вам необходимо [[осуществить подачу]] заявления.',
    ],
    correct: [
      'Мы проверили, соблюдает ли работодатель требования охраны труда.',
      'Обратитесь в отдел организации отдыха и оздоровления детей.',
      'Заявление зарегистрировано под номером 2291.',
      'Срок рассмотрения заявления — 10 рабочих дней.',
      'Срок рассмотрения заявления о назначении пособия — 10 рабочих дней.',
      'Для сокращения очереди мы открыли второе окно.',
      'Для оформления выплаты нужен паспорт.',
      'Для улучшения здоровья вам положена путёвка в санаторий.',
      'Ваше право на выплату обеспечено законом.',
      'Этот случай произвёл на нас тяжёлое впечатление.',
    ],
  },
};

// verbal nouns: lemmas on -ние/-тие/-ция and the common suffixless or -ка ones of office prose
const VN_SUFFIX = /(?:ние|тие|ация|уция|иция)$/;
const VN_WORDS = new Set([
  'проверка', 'поддержка', 'подготовка', 'оценка', 'установка', 'постановка', 'доставка', 'поставка', 'перевозка',
  'обработка', 'разработка', 'доработка', 'корректировка', 'выдача', 'передача', 'подача', 'сдача', 'выплата', 'оплата',
  'доплата', 'уплата', 'перевод', 'выбор', 'приём', 'прием', 'расчёт', 'расчет', 'перерасчёт',
  'перерасчет', 'пересмотр', 'осмотр', 'отбор', 'сбор', 'учёт', 'учет', 'возврат', 'контроль', 'закупка', 'отправка',
  'пересылка', 'продажа', 'покупка', 'замена', 'запись', 'выписка', 'экспертиза',
]);
// nouns on -ние/-ция that name things, documents or bodies rather than actions
const NOT_VN = new Set([
  'заявление', 'обращение', 'уведомление', 'удостоверение', 'решение', 'здание', 'знание', 'мнение', 'население',
  'отделение', 'учреждение', 'управление', 'предприятие', 'заведение', 'положение', 'условие', 'основание', 'значение',
  'отношение', 'помещение', 'сооружение', 'оборудование', 'образование', 'здравоохранение', 'соглашение', 'постановление',
  'распоряжение', 'предписание', 'приложение', 'издание', 'объявление', 'сообщение', 'направление', 'предложение',
  'расписание', 'задание', 'собрание', 'наименование', 'внимание', 'питание', 'состояние', 'расстояние', 'поколение',
  'объединение', 'подразделение', 'информация', 'ситуация', 'компенсация', 'документация', 'станция', 'федерация',
  'администрация', 'корпорация', 'ассоциация', 'делегация', 'позиция', 'функция', 'инструкция', 'конституция', 'занятие',
  'событие', 'имя', 'явление', 'желание', 'умение', 'ранение', 'заболевание', 'происшествие', 'мероприятие', 'лечение',
  'жилище', 'владение', 'окончание', 'начало', 'время', 'пособие', 'требование', 'изменение', 'право', 'назначение',
]);
// nouns of a property of an action: inside a chain they are links like verbal nouns
// («проведение проверки правильности начисления выплаты», «рассмотрение возможности предоставления»)
const PROPERTY = new Set([
  'правильность', 'законность', 'обоснованность', 'своевременность', 'достоверность', 'полнота', 'целесообразность',
  'возможность', 'необходимость', 'допустимость', 'корректность', 'эффективность', 'правомерность',
]);
// chains that stay канцелярит even with nouns from NOT_VN: «требований», «изменения» are actions here
const CHAIN_EXTRA = new Set(['требование', 'изменение', 'назначение']);
// official names of bodies: «отдел организации отдыха детей» is a name, not a style choice
const BODY = /^(?:отдел|сектор|управлени|департамент|центр|комитет|служб|инспекци|министерств|комисси|бюро|фонд|учреждени|отделени|агентств|школ|колледж|институт|подразделени|минтруд|начальник|специалист|консультант|заместител|руководител|директор)/;

interface Morph {
  vn(token: Token): boolean;
  goal(token: Token): boolean;
  quality(token: Token): boolean;
  property(token: Token): boolean;
  gent(token: Token): boolean;
  agreeGent(token: Token): boolean;
  ablt(token: Token): boolean;
  verb(token: Token): boolean;
}

function morphFor(morphology: Morphology): Morph {
  const cache = new Map<string, ReturnType<Morphology['parse']>>();
  const parse = (w: string) => {
    let p = cache.get(w);
    if (!p) {
      // Az.js throws on some hyphenated words («дом-интернат», «купли-продажи»): treat them as unknown
      try {
        p = w.includes('-') ? [] : morphology.parse(w);
      } catch {
        p = [];
      }
      cache.set(w, p);
    }
    return p;
  };
  const nouns = (t: Token) => (t.kind === 'word' ? parse(t.norm).filter((p) => p.pos === 'NOUN') : []);
  return {
    vn(t) {
      return nouns(t).some((p) => {
        const lemma = p.lemma.replace(/ё/g, 'е');
        if (CHAIN_EXTRA.has(lemma)) return true;
        if (NOT_VN.has(lemma)) return false;
        return VN_WORDS.has(lemma) || VN_SUFFIX.test(lemma);
      });
    },
    property: (t) => nouns(t).some((p) => PROPERTY.has(p.lemma.replace(/ё/g, 'е')) && p.tags.has('gent')),
    goal: (t) => nouns(t).some((p) => GOAL.has(p.lemma.replace(/ё/g, 'е'))),
    quality: (t) => nouns(t).some((p) => QUALITY.has(p.lemma.replace(/ё/g, 'е'))),
    gent: (t) => nouns(t).some((p) => p.tags.has('gent')),
    agreeGent: (t) => t.kind === 'word' && parse(t.norm).some((p) => ['ADJF', 'PRTF', 'NPRO'].includes(p.pos) && p.tags.has('gent')),
    ablt: (t) => nouns(t).some((p) => p.tags.has('ablt')),
    // a finite verb or a short participle ends the look-back for the noun of an empty verb
    verb: (t) => t.kind === 'word' && parse(t.norm).some((p) => ['VERB', 'PRTS', 'GRND'].includes(p.pos)) && !parse(t.norm).some((p) => p.pos === 'NOUN'),
  };
}

/** Chains of three or more verbal nouns, each after the first in the genitive. */
function genitiveChains(sentence: Sentence, m: Morph): Found[] {
  const words = sentence.words;
  const out: Found[] = [];
  let i = 0;
  while (i < words.length) {
    if (!m.vn(words[i]) || (i > 0 && BODY.test(words[i - 1].norm))) {
      i++;
      continue;
    }
    const members = [i];
    let k = i + 1;
    let agent = false;
    while (k < words.length) {
      const w = words[k];
      if (m.vn(w) && m.gent(w)) {
        members.push(k);
        k++;
        continue;
      }
      // «контроля за соблюдением сроков предоставления»: a verbal noun governed through «за» continues
      // the chain when the chain goes on after it («контроль за выплатой» alone is an ordinary phrase)
      if (w.norm === 'за' && k + 2 < words.length && m.vn(words[k + 1]) && m.ablt(words[k + 1]) && m.gent(words[k + 2])) {
        members.push(k + 1);
        k += 2;
        continue;
      }
      // «сроков» between two links: a plain noun in the genitive joins them, it does not count
      if (members.length > 1 && m.gent(w) && !m.vn(w) && k + 1 < words.length && m.vn(words[k + 1]) && m.gent(words[k + 1])) {
        k++;
        continue;
      }
      // a property noun between two verbal nouns is a link of the chain: «проверку правильности
      // начисления», «рассмотрение возможности предоставления»
      if (m.property(w) && k + 1 < words.length && (m.vn(words[k + 1]) || m.agreeGent(words[k + 1]))) {
        members.push(k);
        k++;
        continue;
      }
      // «вашего», «социальных» agree with the next noun; one agent in the instrumental («работодателем»)
      if (m.agreeGent(w) && !m.vn(w)) {
        k++;
        continue;
      }
      if (!agent && m.ablt(w) && !m.vn(w) && k + 1 < words.length && m.vn(words[k + 1])) {
        agent = true;
        k++;
        continue;
      }
      break;
    }
    const last = members[members.length - 1];
    if (members.length >= 3) {
      out.push({
        start: words[i].start,
        end: words[last].end,
        first: i,
        last,
        entryId: 'bureaucratese.genitive-chain',
        explanation: 'цепочка отглагольных существительных в родительном падеже: читатель теряет, кто и что делает',
        suggestions: ['мы проверили, соблюдает ли работодатель требования'],
      });
      i = last + 1;
    } else i++;
  }
  return out;
}

// Purpose frames. «С целью» and «в целях» before any verbal noun are канцелярит («с целью ускорения
// рассмотрения заявления»). «Для» and «во избежание» are plain before one noun («для оформления
// выплаты», «для сокращения очереди»), but an abstract goal noun that governs another verbal noun or a
// quality noun is the same office cliché: «для повышения доступности обслуживания», «для улучшения
// качества работы», «для сокращения сроков рассмотрения».
const GOAL = new Set([
  'повышение', 'улучшение', 'обеспечение', 'недопущение', 'ускорение', 'оптимизация', 'совершенствование', 'снижение',
  'сокращение', 'предотвращение', 'устранение', 'упрощение', 'урегулирование', 'укрепление', 'минимизация', 'исключение',
  'усиление', 'соблюдение', 'достижение', 'реализация', 'осуществление', 'избежание', 'увеличение', 'развитие', 'поддержание',
]);
// nouns of a quality a goal is about: «повышения доступности», «улучшения качества»
const QUALITY = new Set([
  'качество', 'доступность', 'эффективность', 'уровень', 'оперативность', 'прозрачность', 'комфортность', 'удобство',
  'результативность', 'открытость', 'своевременность', 'полнота',
]);

function purposeFrames(sentence: Sentence, m: Morph): Found[] {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i].norm;
    const b = words[i + 1].norm;
    let head = -1;
    let anyNoun = false;
    if (a === 'с' && b === 'целью') { head = i + 2; anyNoun = true; }
    else if (a === 'во' && b === 'избежание') head = i + 1;
    else if (a === 'для' || a === 'ради') head = i + 1;
    if (head < 0 || head >= words.length) continue;
    const h = words[head];
    if (anyNoun ? !m.vn(h) : !(m.goal(h) && m.gent(h))) continue;
    // the goal's complement: agreeing words, then a verbal noun, a quality noun or a plain noun before a verbal one
    let k = head + 1;
    while (k < words.length && m.agreeGent(words[k]) && !m.vn(words[k]) && !m.quality(words[k])) k++;
    let last = anyNoun ? head : -1;
    const w = words[k];
    if (w && m.gent(w) && (m.vn(w) || m.quality(w))) last = k;
    else if (w && m.gent(w) && words[k + 1] && m.vn(words[k + 1]) && m.gent(words[k + 1])) last = k + 1;
    if (last < 0) continue;
    // the span runs on over the rest of the chain: «… доступности транспортного обслуживания»
    for (let j = last + 1; j < words.length; j++) {
      if (m.agreeGent(words[j]) && !m.vn(words[j])) continue;
      if (m.gent(words[j]) && (m.vn(words[j]) || m.quality(words[j]))) { last = j; continue; }
      break;
    }
    out.push({
      start: words[i].start,
      end: words[last].end,
      first: i,
      last,
      entryId: 'bureaucratese.purpose-frame',
      explanation: 'оборот цели с отглагольными существительными — канцелярит; глагол читается легче',
      suggestions: ['чтобы ускорить рассмотрение', 'чтобы вам было удобнее'],
    });
    i = last;
  }
  return out;
}

// «Выдача … производится», «выплата будет произведена», «осуществляется приём»: a verbal noun with
// an empty verb that only says «it happens»
const EMPTY_VERB = /^(?:производит?ься|осуществлят?ься|производ(?:ит|ят|ил|ил[аои])с[яь]|произвед[её]н[аоы]?|произвед[её]н|производим[аоы]?|осуществля(?:ет|ют|л|л[аои])с[яь]|осуществл[её]н[аоы]?|осуществл[её]н)$/;

// «не было обеспечено предоставление документов», «обеспечивается выплата»: the same empty verb, but
// only with the verbal noun right after it — «право обеспечено законом» is a plain statement
const ENSURE_VERB = /^обеспеч(?:ено|ена|ены|ен|ивается|иваются|ивалось|ивалась|ивался|ивались|ит|ат|ил|ила|или|ило)$/;
// «осуществить подачу заявления», «произвели вам перерасчёт»: the active forms with the verbal noun they empty
const ACTIVE_EMPTY = /^(?:осуществ(?:ить|лять|им|ляем|ляет|ляют|ил|ила|или|ило|ит|ят)|произв(?:ести|одить|ед[её]м|одим|одит|одят|[её]л|ела|ели|ело|ед[её]т|едут))$/;
const INDIRECT = /^(?:вам|вами|нам|им|ему|ей)$/;

function emptyVerbs(sentence: Sentence, m: Morph): Found[] {
  const words = sentence.words;
  const out: Found[] = [];
  const found = (first: number, last: number, explanation: string, suggestions: string[]) =>
    out.push({ start: words[first].start, end: words[last].end, first, last, entryId: 'bureaucratese.empty-verb', explanation, suggestions });
  for (let i = 0; i < words.length; i++) {
    if (ACTIVE_EMPTY.test(words[i].norm)) {
      const at = i + 1 < words.length && INDIRECT.test(words[i + 1].norm) ? i + 2 : i + 1;
      if (at < words.length && m.vn(words[at]) && !m.gent(words[at])) {
        found(i, at, 'отглагольное существительное с пустым глаголом «осуществить» или «произвести» прячет действие', ['подать заявление', 'пересчитали пособие']);
        continue;
      }
    }
    if (ENSURE_VERB.test(words[i].norm) && i + 1 < words.length && m.vn(words[i + 1]) && !m.gent(words[i + 1])) {
      found(i, i + 1, 'отглагольное существительное с пустым глаголом «обеспечено» прячет, кто и что делает', ['вы не представили документы', 'перечислим выплату']);
      continue;
    }
    if (!EMPTY_VERB.test(words[i].norm)) continue;
    let from = i;
    let to = i;
    if (i > 0 && /^(?:будет|будут|было|была|были|был)$/.test(words[i - 1].norm)) from = i - 1;
    // the verbal noun before (within four words, no other verb between) or right after
    let noun = -1;
    // «Рассмотрение вопроса о возможности предоставления путёвки будет осуществлено»: the subject may stand
    // several words back, behind its genitive complements, as long as no other verb comes between
    for (let k = from - 1; k >= Math.max(0, from - 7); k--) {
      if (m.verb(words[k])) break;
      if ((m.vn(words[k]) && !m.gent(words[k])) || (m.vn(words[k]) && k === from - 1)) { noun = k; break; }
    }
    if (noun >= 0) from = noun;
    else if (i + 1 < words.length && m.vn(words[i + 1])) to = i + 1;
    else continue;
    found(from, to, 'отглагольное существительное с пустым глаголом «производится» или «осуществляется» прячет, кто и что делает', ['выдаём путёвки', 'перечислим выплату']);
  }
  return out;
}

function merge(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) {
      if (f.end > prev.end) out[out.length - 1] = { ...prev, end: f.end, last: f.last };
      continue;
    }
    out.push(f);
  }
  return out;
}

function check(context: RuleContext) {
  const m = context.morphology ? morphFor(context.morphology) : undefined;
  for (const sentence of judgedSentences(context)) {
    let found = sentenceMatches(context, meta, sentence, undefined, true);
    if (m) found = found.concat(genitiveChains(sentence, m), emptyVerbs(sentence, m), purposeFrames(sentence, m));
    const kept = (f: Found) =>
      !(meta.skipQuoted && (sentence.words.slice(f.first, f.last + 1).some((w) => w.quoted) || inTitle(sentence, f.first, f.last))) &&
      !context.isAllowed(f.start, f.end);
    // separate findings joined by a chain running between them still make the sentence канцелярит throughout
    let separate = 0;
    let lastEnd = -1;
    for (const f of [...found].filter(kept).sort((a, b) => a.start - b.start)) if (f.start >= lastEnd) { separate++; lastEnd = f.end; } else lastEnd = Math.min(lastEnd, f.end);
    found = merge(found).filter(kept);
    if (found.length >= 2 || separate >= 2) {
      const lead = found[0];
      context.report({
        start: sentence.start,
        end: sentence.end,
        reason: reasonText(sentence.text, `предложение целиком написано канцеляритом (${found.map((f) => `«${context.doc.text.slice(f.start, f.end)}»`).join(', ')}): клиенту трудно понять, кто и что сделал`, meta.point, lead.suggestions),
        expected: lead.suggestions,
        entryId: lead.entryId,
        severity: lead.severity,
      });
    } else reportEach(context, meta, found);
  }
}

const rule: Rule = { meta, check };
export default rule;
