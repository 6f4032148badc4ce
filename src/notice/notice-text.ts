// Shared analyses of a notice's text (п. 8): does it name what is missing or wrong, does it offer
// to fix this application (and say how or by when), does it offer to apply again. Phrases live in
// dictionaries (notice-missing-items.yml: vague wording; notice-reapply.yml: offers to apply
// again); what is grammar rather than wording (an imperative or infinitive of a «send/fix» verb, a
// noun that names a concrete thing) is read with the run-time morphology.
import type { Doc, Sentence, Token } from '../parse/model.js';
import type { Morphology } from '../morph/types.js';
import type { OrganisationDictionaries } from '../types.js';
import { matcherFor } from '../dict/index.js';
import type { PhraseMatch } from '../dict/matcher.js';

// Nouns that name no particular document or error: «документы», «сведения», «часть», «ошибки»…
const GENERIC_NOUNS = new Set(
  ('документ документы сведение сведения данные информация ошибка неточность недочет несоответствие расхождение противоречие опечатка ' +
    'часть заявление заявка обращение пакет комплект перечень список материал материалы бумага объем полнота требование порядок регламент ' +
    'услуга рассмотрение решение отказ срок день время возможность случай причина основание исправление замечание недостаток нарушение ' +
    'вид форма образ вариант способ раз момент связь вопрос дело прием помощь назначение получение оформление предоставление мера поддержка ' +
    'выплата пособие компенсация субсидия путевка льгота статус звание услуга кабинет портал госуслуга мфц отдел министерство учреждение ' +
    'центр адрес почта письмо телефон уведомление ответ вы мы они он она оно приложение дополнение копия справка выписка оригинал скан подлинник ' +
    'экземпляр лист страница графа поле строка пункт раздел реквизит реквизиты внимание итог результат дата число месяц год неделя час минута ' +
    'сутки целое связь сожаление уважение ребенок семья заявитель клиент гражданин законодательство заполнение составление написание указание подача ' +
    'представление внесение документация бланк анкета доработка корректировка уточнение январь февраль март апрель май июнь июль август ' +
    'сентябрь октябрь ноябрь декабрь понедельник вторник среда четверг пятница суббота воскресенье ' +
    // quantities and manner: «ряд документов», «не до конца», «в текущем виде», «пара справок»
    'конец ряд количество пара набор совокупность половина остаток нехватка недостача неполнота некомплект дефект погрешность ' +
    'вещь позиция деталь нюанс аспект условие критерий норма правило образец шаблон состояние изменение проверка визит ' +
    'фонд служба орган ведомство инспекция организация граф необходимость потребность ' +
    // spans of time; Az lemmatises every form of «месяц» as «мес»
    'мес период квартал полугодие ' +
    // «для принятия решения», «документы, подтверждающие право на выплату»: the procedure, not a paper
    'принятие право')
    .split(' '),
);
// Adjectives that do not make a generic noun concrete: «необходимые документы», «все сведения».
const GENERIC_ADJECTIVES = new Set(
  ('необходимый нужный весь другой остальной прочий иной дополнительный подтверждающий требуемый указанный соответствующий следующий ' +
    'недостающий некоторый отдельный один ряд какой-то определенный обязательный полный данный этот тот такой ваш свой наш имеющийся ' +
    'приложенный представленный поданный новый повторный личный электронный бумажный оригинальный правильный верный нужный отсутствующий ' +
    'административный установленный действующий нормативный правовой законодательный текущий нынешний настоящий существующий ' +
    'некоторые различный разный отдельные ' +
    // a reference to a rule or a list names no document: «предусмотренный пунктом 2.6 регламента»
    'предусмотренный перечисленный названный упомянутый утвержденный определенный закрепленный приведенный ' +
    'содержащийся обозначенный описанный прописанный поименованный вышеперечисленный нижеперечисленный ' +
    // a span of time made no more concrete: «за последние месяцы», «расчётного периода»
    'последний предыдущий прошлый календарный отчетный расчетный истекший минувший весь')
    .split(' '),
);

// Words that say something is missing or wrong: «не приложена», «нет», «указан неверно», «должно быть».
const DEFECT = /^(?:ошибк|опечатк|неточност|отсутству|нет$|неверн|неправильн|ошибочн|некорректн|неразборчив|нечитаем|нечетк|просроч|истек|вместо$|указан|указал|заполнен|должн|расходит|отличает|несовпад|недостат|не$|нужн|необходим|требует|требуют|надо$|хватает|пуст|перепута|спута|пропущ|пропуст|лишн|устарел|недействител|поврежд|выдан|назад|срок|действ|зачерк|помарк|подчистк|приписк)/;

const norm = (w: string) => w.toLowerCase().replace(/ё/g, 'е');

/** Parses of a word; a hyphenated compound is read by its last part («ребёнка-инвалида»). */
export function safeParse(morph: Morphology | undefined, word: string) {
  if (!morph) return [];
  const last = word.includes('-') ? word.slice(word.lastIndexOf('-') + 1) || word : word;
  try {
    return morph.parse(last);
  } catch {
    // the morphology throws on some words (see the report in the commit): treat them as unknown
    return [];
  }
}

function parses(morph: Morphology | undefined, token: Token) {
  return safeParse(morph, token.text);
}

/** A noun or adjective+generic noun that names one concrete thing («справка о доходах», «наградного документа», «{{документ}}»). */
export function isSpecificWord(morph: Morphology | undefined, words: Token[], i: number): boolean {
  const t = words[i];
  if (t.kind === 'placeholder') return true;
  if (t.kind === 'abbreviation' || t.kind === 'legal') return false;
  if (t.kind === 'word' && /^[А-ЯЁA-Z]{2,}$/.test(t.text)) return !['МФЦ', 'ЕПГУ'].includes(t.text); // СНИЛС, ИНН
  if (t.kind !== 'word' || t.text.length < 3) return false;
  const ps = parses(morph, t);
  if (!ps.length) return false;
  const best = ps[0];
  if (best.pos === 'NOUN') return !GENERIC_NOUNS.has(norm(best.lemma)) && !best.tags.has('Name') && !best.tags.has('Patr');
  if (best.pos === 'ADJF' && !GENERIC_ADJECTIVES.has(norm(best.lemma)) && !norm(best.lemma).startsWith('не') && !best.tags.has('Apro')) {
    // «наградного документа», «медицинские справки»: a qualifying adjective before a generic noun
    const next = words[i + 1];
    if (next && next.kind === 'word') {
      const np = parses(morph, next)[0];
      return !!np && np.pos === 'NOUN' && GENERIC_NOUNS.has(norm(np.lemma));
    }
  }
  return false;
}

/** Whether words[from..to) name a concrete document or field. */
export function namesSomething(morph: Morphology | undefined, words: Token[], from = 0, to = words.length): boolean {
  for (let i = from; i < Math.min(to, words.length); i++) if (isSpecificWord(morph, words, i)) return true;
  return false;
}

/** Whether the sentence has a word that says something is missing or wrong. */
export function hasDefectWord(sentence: Sentence): boolean {
  const words = sentence.words;
  // «Фамилия в заявлении — «Симонов», а в свидетельстве — «Симонова»»: two sources set against
  // each other show the mismatch without a word for it
  return words.some((w, i) => DEFECT.test(w.norm) || (w.norm === 'а' && /^(?:в|во|по|у)$/.test(words[i + 1]?.norm ?? '') && i > 2));
}

/** A sentence that says what exactly is missing or wrong («не приложена копия паспорта», «указан стаж 40 лет, а…»). */
export function namesDefect(morph: Morphology | undefined, sentence: Sentence): boolean {
  if (!hasDefectWord(sentence)) return false;
  return namesSomething(morph, sentence.words);
}

const FIX_VERBS = new Set(
  ('прислать присылать выслать высылать дослать досылать направить направлять отправить отправлять переслать пересылать ' +
    'представить представлять предоставить предоставлять предъявить предъявлять ' +
    'принести приносить донести доносить занести заносить привезти привозить завезти довезти доставить ' +
    'приложить прикладывать прикрепить прикреплять загрузить загружать подгрузить догрузить добавить добавлять разместить ' +
    'передать передавать сдать сдавать досдать подать подавать сообщить сообщать указать указывать внести вносить ' +
    'исправить исправлять уточнить уточнять дополнить дополнять устранить устранять заменить заменять переоформить поправить ' +
    'скорректировать корректировать откорректировать изменить изменять отредактировать переделать переписать дописать дозаполнить ' +
    'заполнить заполнять подписать подписывать заверить отсканировать продиктовать назвать написать ответить ' +
    'доработать дорабатывать дооформить довнести оставить оставлять поменять менять сменить обновить ' +
    'перезагрузить продублировать дублировать выложить ' +
    'прийти приходить обратиться обращаться подойти подходить подъехать явиться являться зайти заходить заехать посетить прибыть позвонить звонить')
    .split(' '),
);
// Verbs of coming to a place: an offer to fix only when the sentence says with what or for what.
const COME_VERBS = new Set(
  'обратиться обращаться прийти приходить подойти подходить подъехать явиться являться зайти заходить заехать посетить прибыть позвонить звонить'.split(' '),
);
// The office's side of the same offer: «справку примем в МФЦ», «исправленное заявление ждём до…»,
// «исправления принимаются в личном кабинете», «справка может быть представлена в МФЦ».
const ACCEPT_VERBS = new Set('принять принимать приниматься ждать ожидать получить получать'.split(' '));
// What the client brings or corrects: a document, a correction, the missing data.
const ITEM = /^(?:справк|копи|документ|сведени|исправ|изменени|оригинал|паспорт|подлинник|свидетельств|удостоверени|выписк|договор|чек|квитанц|скан|фото|книжк|недостающ|доработк|дополнени|данны[ех]|данными?$|реквизит|полис|снилс|инн$|заявлени|анкет|бланк|акт[аеуы]?$|решени|приказ|характеристик|заключени|билет)/;
const MODAL = /^(?:может|могут|можно|должен|должна|должно|должны|следует|нужно|необходимо)$/;

/** A concrete thing named outside place phrases («согласие второго родителя ждём в МФЦ»), not «в отделе социальной защиты». */
export function namesObject(morph: Morphology | undefined, words: Token[]): boolean {
  let place = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^(?:в|во|на|по|через|до|из|от|к|ко|у|при)$/.test(w.norm)) place = true;
    else if (['VERB', 'INFN', 'GRND'].includes(parses(morph, w)[0]?.pos ?? '') || w.norm === 'или' || w.norm === 'и') place = false;
    else if (!place && !HOW.test(w.norm) && isSpecificWord(morph, words, i)) return true;
  }
  return false;
}

/** Index of a «send / bring / correct» verb offered to the reader (imperative, infinitive or «вы пришлёте»), or -1. */
export function fixVerbAt(morph: Morphology | undefined, words: Token[], from = 0): number {
  for (let i = from; i < words.length; i++) {
    const w = words[i];
    if (w.kind !== 'word') continue;
    const prev = words[i - 1]?.norm;
    if (prev === 'не' || prev === 'нельзя' || (words[i - 2]?.norm === 'не' && /^(?:мож|смож|над|нуж|нужн|следует|стоит|треб|обязат)/.test(prev ?? ''))) continue;
    // «исправить заявление невозможно», «дослать документы уже нельзя»
    if (words.slice(i + 1, i + 4).some((x) => /^(?:невозможно|нельзя)$/.test(x.norm))) continue;
    for (const p of parses(morph, w)) {
      const lemma = norm(p.lemma);
      if (FIX_VERBS.has(lemma) && (p.pos === 'INFN' || (p.pos === 'VERB' && (p.tags.has('impr') || (p.tags.has('2per') && p.tags.has('plur')))))) return i;
    }
  }
  return -1;
}

/** Index of the office's acceptance of the fix («примем», «ждём», «принимаются», «может быть представлена»), or -1. */
export function acceptVerbAt(morph: Morphology | undefined, words: Token[]): number {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.kind !== 'word') continue;
    const prev = words[i - 1]?.norm;
    if (prev === 'не' || prev === 'нельзя') continue;
    for (const p of parses(morph, w)) {
      const lemma = norm(p.lemma);
      const base = lemma.replace(/ся$/, '');
      // «примем», «ждём», and a specialist's own «приму», «жду»
      if (p.pos === 'VERB' && ACCEPT_VERBS.has(lemma) && p.tags.has('1per')) return i;
      // «мы готовы принять справку в МФЦ», «можем принять её по почте»
      if (p.pos === 'INFN' && ACCEPT_VERBS.has(lemma) && /^(?:готов|можем|сможем|могу|смогу|будем|буду)/.test(prev ?? '')) return i;
      // «исправления вносятся / принимаются / направляются в МФЦ»
      if (p.pos === 'VERB' && lemma.endsWith('ся') && p.tags.has('3per') && (ACCEPT_VERBS.has(lemma) || FIX_VERBS.has(base)) && !COME_VERBS.has(base)) return i;
      // «может быть представлена», «будут приняты в МФЦ»
      if (p.pos === 'PRTS' && (FIX_VERBS.has(lemma) || ACCEPT_VERBS.has(lemma)) && !COME_VERBS.has(lemma)) {
        const before = words.slice(Math.max(0, i - 3), i).map((x) => x.norm);
        if (before.some((x) => MODAL.test(x)) || (ACCEPT_VERBS.has(lemma) && before.some((x) => /^буд/.test(x)))) return i;
      }
    }
  }
  return -1;
}

// How or by when: a place or channel, a contact, a date or a period.
const HOW = /^(?:каб$|соцработник|работник|представител|доверенн|офис|этаж|здани|ящик|факс|смс|sms|e-?mail|имейл|мессендж|whatsapp|ватсап|телеграм|viber|вайбер|администраци|сектор|служб|опек|соцзащит|деканат|мфц|епгу|госуслуг|портал|кабинет|почт|письм|адрес|ответ|лично|отдел|окн|кабинет|приемн|канцеляри|электронн|сайт|телефон|звонк|курьер|многофункциональн|филиал|управлени|центр|учреждени|комисси|министерств|нам$|сюда$|приема|прием|заказн|скан|фото|вложени|форм[аеуы]?$|онлайн|приложени)/;
const MONTHS = /^(?:январ|феврал|март|апрел|ма[яйе]$|июн|июл|август|сентябр|октябр|ноябр|декабр)/;

export function saysHowOrWhen(sentence: Sentence): boolean {
  const words = sentence.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (['date', 'time', 'phone', 'email', 'url'].includes(w.kind)) return true;
    if (w.kind === 'placeholder' && /адрес|дат|телефон|срок|почт|кабинет/i.test(w.text)) return true;
    if (w.kind !== 'word' && w.kind !== 'abbreviation') continue;
    if (HOW.test(w.norm)) return true;
    if (MONTHS.test(w.norm) && i > 0) return true;
    if ((w.norm === 'до' || w.norm === 'течение' || w.norm === 'позднее') && words[i + 1] && (words[i + 1].kind === 'number' || words[i + 1].kind === 'date' || /^(?:конц|пятниц|понедельник|вторник|сред|четверг|суббот|завтр)/.test(words[i + 1].norm))) return true;
    // «в течение трёх рабочих дней», «в течение недели»: a period written in words
    if (w.norm === 'течение' && /^(?:одн|дв[уха]|тр[её]|четыр|пят|шест|сем|восьм|девят|десят|пятнадцат|двадцат|тридцат|рабоч|календарн|месяц|недел|дн[яе]|суток|сутки)/.test(words[i + 1]?.norm ?? '')) return true;
    if (w.norm === 'через' || w.norm === 'по') {
      const next = words[i + 1]?.norm ?? '';
      if (/^(?:личн|портал|госуслуг|мфц|почт|электрон|телефон|адрес|приложени|сайт|e-?mail)/.test(next)) return true;
    }
  }
  return false;
}

/** Offers to apply again, from dictionaries/notice-reapply.yml. */
export function reapplyMatches(sentence: Sentence, dictionaries?: OrganisationDictionaries): PhraseMatch[] {
  return matcherFor('notice-reapply', dictionaries).match(sentence.words);
}

/** Vague wording about what is missing, from dictionaries/notice-missing-items.yml. */
export function vagueMatches(sentence: Sentence, dictionaries?: OrganisationDictionaries): PhraseMatch[] {
  return matcherFor('notice-missing-items', dictionaries).match(sentence.words);
}

/** Body sentences: not the address line, not the closing formula and signature. */
export function bodySentences(doc: Doc): Sentence[] {
  return doc.sentences.filter((s) => s.words.length > 0 && !/^\s*(?:уважаем|здравствуйте|добрый|с уважением)/i.test(s.text) && !s.heading);
}

export interface FixOffer {
  sentence: Sentence;
  verb: number;
  how: boolean;
}

/** Sentences that offer to complete or correct this application (not a new one). */
export function fixOffers(doc: Doc, morph: Morphology | undefined, dictionaries?: OrganisationDictionaries): FixOffer[] {
  const out: FixOffer[] = [];
  const body = bodySentences(doc);
  const howAt = (k: number) => {
    const s = body[k];
    const next = body[k + 1];
    // «Исправьте ошибку. Заявление рассмотрим в течение 10 дней»: the decision's date is not the fix's
    const aboutDecision = !!next && next.words.some((w) => /^(?:рассмотр|назнач|решени|перечисл)/.test(w.norm));
    return saysHowOrWhen(s) || (!!next && !aboutDecision && saysHowOrWhen(next) && fixVerbAt(morph, next.words) < 0 && acceptVerbAt(morph, next.words) < 0 && !reapplyMatches(next, dictionaries).length);
  };
  body.forEach((s, k) => {
    const reapply = reapplyMatches(s, dictionaries);
    const mentionsItem = s.words.some((w) => ITEM.test(w.norm) && !/^заявлени/.test(w.norm)) || /\bс (?:ней|ним|ними)\b/i.test(s.text) || namesObject(morph, s.words);
    let from = 0;
    while (from < s.words.length) {
      const i = fixVerbAt(morph, s.words, from);
      if (i < 0) break;
      from = i + 1;
      // the verb of an offer to apply again («подайте заявление заново») is not an offer to fix
      if (reapply.some((m) => i >= m.first - 1 && i <= m.last + 1)) continue;
      const lemma = parses(morph, s.words[i]).map((p) => norm(p.lemma));
      // «подать/написать/обратиться» fix this application only with a document or a correction named
      if (lemma.some((l) => ['подать', 'подавать', 'написать', 'ответить', 'назвать'].includes(l) || COME_VERBS.has(l))) {
        const rest = s.words.slice(i + 1, i + 6);
        if (rest.some((w) => /^заявлени|^обращени|^заявк/.test(w.norm)) && !rest.some((w) => ITEM.test(w.norm) && !/^заявлени/.test(w.norm))) continue;
        // «приходите в МФЦ с военным билетом»: what to bring, after «с»
        const bringsSomething = s.words.some((w, j) => (w.norm === 'с' || w.norm === 'со') && (isSpecificWord(morph, s.words, j + 1) || (!!s.words[j + 2] && isSpecificWord(morph, s.words, j + 2))));
        if (lemma.some((l) => COME_VERBS.has(l)) && !mentionsItem && !bringsSomething) continue;
      }
      out.push({ sentence: s, verb: i, how: howAt(k) });
      return;
    }
    // the office's side: «справку примем в любом МФЦ» — with the item and where or how
    const a = acceptVerbAt(morph, s.words);
    // «новые заявления принимаются в МФЦ» is about applying again; «новую справку примем» is not
    const newApplication = s.words.some((w, j) => /^(?:нов|повторн)/.test(w.norm) && /^(?:заявлени|заявк|обращени)/.test(s.words[j + 1]?.norm ?? '')) || s.words.some((w) => w.norm === 'заново');
    // «Не приложена справка о составе семьи. Ждём её от вас в МФЦ»: a pronoun for the item just named
    const pronounItem = a >= 0 && k > 0 && s.words.slice(Math.max(0, a - 3), a + 4).some((w) => /^(?:ее|его|их)$/.test(w.norm)) && namesSomething(morph, body[k - 1].words);
    if (a >= 0 && (mentionsItem || pronounItem) && !reapply.length && !newApplication) out.push({ sentence: s, verb: a, how: howAt(k) });
  });
  return out;
}
