// Call scripts (п. 9): lines «Специалист: …» / «Клиент: …». Only the official's words are judged.
// The script is cut into turns by speaker prefixes; the official's sentences are then read as
// introduction (greeting, ministry, name, position, identity check), purpose, questions and closing.
import type { Doc, Sentence, Token } from '../parse/model.js';
import type { Morphology } from '../morph/types.js';
import { safeParse } from './notice-text.js';

const OFFICIAL = /^(?:специалист\S*|сотрудни\S*|оператор\S*|консультант\S*|инспектор\S*|работник\S*|менеджер\S*|служащ\S*|звонящ\S*|исполнител\S*|министерство|ведущий специалист|главный специалист|начальник\S*|специалист министерства|сотр|спец|с|о|я|мы)$/;
const CLIENT = /^(?:клиент\S*|заявител\S*|гражданин|гражданка|абонент\S*|получател\S*|собеседни\S*|к|з|г|а|ж|м)$/;
// «Специалист:», «Иванова М. П.:», «Специалист (Иванова М. П.):» — a remark in brackets is not the label
const PREFIX = /^[ \t]*([A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё.\-]*(?: [A-Za-zА-Яа-яЁё.\-]+){0,2})(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*:[ \t]*/;

export interface Turn {
  official: boolean;
  speaker: string;
  /** Where the words start (after «Специалист:»). */
  start: number;
  end: number;
}

export interface Line {
  sentence: Sentence;
  /** Words after the speaker prefix. */
  words: Token[];
  /** Text after the speaker prefix. */
  text: string;
  turn: number;
  question: boolean;
}

// A dialogue written the Russian way: each remark on its own line after a dash, no speaker names.
const DASH = /^[ \t]*[—–-][ \t]+/;
// The client answering the phone («— Алло?», «— Да, слушаю.») before the official speaks
const PICK_UP = /^(?:алло|ало|да|слушаю|слушаю вас|я слушаю|говорите)[\s,.!?…]*$/i;

function knownLabel(text: string): boolean {
  const m = PREFIX.exec(text);
  if (!m) return false;
  const label = m[1].toLowerCase().replace(/ё/g, 'е').replace(/\.$/, '');
  return OFFICIAL.test(label) || CLIENT.test(label);
}

function dashTurns(doc: Doc): Turn[] | undefined {
  // a title above the dialogue («Звонок по заявлению № 118») is not a remark
  const first = doc.lines.findIndex((l) => DASH.test(l.text));
  if (first < 0 || doc.lines.slice(0, first).some((l) => /[.!?…»]\s*$/.test(l.text))) return undefined;
  const lines = doc.lines.slice(first);
  const dashed = lines.filter((l) => DASH.test(l.text));
  // only when the remarks alternate by dashes and no line names a speaker («— Специалист: …»)
  if (dashed.length < 2 || doc.lines.some((l) => knownLabel(l.text.replace(DASH, '')))) return undefined;
  const turns: Turn[] = [];
  // the official places the call and speaks first, unless the client picks up with «Алло»
  const firstText = lines[0].text.replace(DASH, '').trim();
  let official = !PICK_UP.test(firstText);
  for (const line of lines) {
    const m = DASH.exec(line.text);
    if (m) {
      turns.push({ official, speaker: official ? 'специалист' : 'клиент', start: line.start + m[0].length, end: line.end });
      official = !official;
    } else turns[turns.length - 1].end = line.end;
  }
  return turns;
}

export function callTurns(doc: Doc): Turn[] {
  const dashed = dashTurns(doc);
  if (dashed) return dashed;
  const turns: Turn[] = [];
  let officialLabel: string | undefined;
  for (const line of doc.lines) {
    // «— Специалист: Здравствуйте!»: a dash before the label
    const lead = DASH.exec(line.text)?.[0].length ?? 0;
    const m = PREFIX.exec(line.text.slice(lead));
    const label = m ? m[1].toLowerCase().replace(/ё/g, 'е').replace(/\.$/, '') : undefined;
    const known = label !== undefined && (OFFICIAL.test(label) || CLIENT.test(label));
    if (m && (known || m[1].length <= 30)) {
      let official: boolean;
      if (OFFICIAL.test(label!)) official = true;
      else if (CLIENT.test(label!)) official = false;
      else {
        // an unknown label («Анна:»): the official places the call and speaks first
        officialLabel ??= turns.length === 0 ? label : undefined;
        official = label === officialLabel;
      }
      turns.push({ official, speaker: m[1], start: line.start + lead + m[0].length, end: line.end });
    } else if (turns.length) {
      turns[turns.length - 1].end = line.end;
    } else {
      turns.push({ official: true, speaker: '', start: line.start, end: line.end });
    }
  }
  return turns;
}

/** The official's sentences, in order, without speaker prefixes. */
export function officialLines(doc: Doc, turns = callTurns(doc)): Line[] {
  const out: Line[] = [];
  turns.forEach((t, k) => {
    if (!t.official) return;
    for (const s of doc.sentences) {
      if (s.end <= t.start || s.start >= t.end) continue;
      const words = s.words.filter((w) => w.start >= t.start);
      if (!words.length) continue;
      const from = Math.max(s.start, t.start);
      const text = doc.text.slice(from, s.end).trim();
      out.push({ sentence: s, words, text, turn: k, question: /\?\s*[»")]*$/.test(text) });
    }
  });
  return out;
}

const norm = (w: string) => w.toLowerCase().replace(/ё/g, 'е');
const textOf = (line: Line) => line.words.map((w) => w.norm).join(' ');

// --- introduction -----------------------------------------------------------------------------

const GREETING = /(?:^| )(?:здравствуй\S*|добр(?:ый|ое|ого) (?:день|утро|вечер|времени|дня|утра|вечера)|доброе утро|приветству\S*|привет|доброго времени)(?: |$)/;

export function hasGreeting(lines: Line[]): boolean {
  return lines.some((l) => GREETING.test(textOf(l)));
}

/** Words of the ministry's name matched by lemma («министерства труда и социального развития…»). */
export function findMinistry(lines: Line[], ministry: string, morph: Morphology | undefined): { start: number; end: number } | undefined {
  const target = ministry.split(/[\s,«»"]+/).filter(Boolean).map(norm);
  const lemmas = (w: string) => {
    const set = new Set([norm(w)]);
    if (morph) for (const p of safeParse(morph, w)) set.add(norm(p.lemma));
    else set.add(norm(w).replace(/(?:ого|ому|ым|ом|ой|ую|ая|ое|ые|ых|ыми|а|у|ом|ы|е|и|ю|я|ем|ью|ям|ями|ях)$/, ''));
    return set;
  };
  const targetLemmas = target.map(lemmas);
  for (const l of lines) {
    const ws = l.words.filter((w) => w.kind === 'word');
    for (let i = 0; i + target.length <= ws.length; i++) {
      let ok = true;
      for (let k = 0; k < target.length && ok; k++) {
        const have = lemmas(ws[i + k].text);
        ok = [...targetLemmas[k]].some((x) => have.has(x));
      }
      if (ok) return { start: ws[i].start, end: ws[i + target.length - 1].end };
    }
  }
  return undefined;
}

// Short or informal names that do not replace the full one.
const SHORT_NAME = /^(?:минсоц\S*|минтруд\S*|минсоцразвити\S*|минсоцтруд\S*|мтср\S*|соцзащит\S*|собес\S*|соцразвити\S*)$/;

export function findShortName(lines: Line[]): Token | undefined {
  for (const l of lines) for (const w of l.words) if (SHORT_NAME.test(w.norm)) return w;
  return undefined;
}

const NOT_NAME = /^(?:это|я|вас|вы|меня|мне|здравствуйте|добрый|доброе|приветствую|уважаемый|уважаемая|алло|да|нет|специалист|министерство|отдел|звоню|скажите|подскажите|спасибо|новосибирской|области|российской|федерации)$/;
const PATRONYMIC = /(?:ич|вна|чна|шна|оглы|кызы)$/;
const PATRONYMIC_ANY_CASE = /(?:ович|евич|ьич|ич|овн|евн|ичн|оглы|кызы)(?:а|у|ем|е|ой|ою|ы|ом)?$/;
const CAPITAL = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?$/;

/** The caller's surname, first name and patronymic (any order, nominative), or a placeholder. */
export function hasFullName(lines: Line[], doc: Doc): boolean {
  for (const l of lines) {
    if (l.question) continue;
    const ws = l.words;
    for (const w of ws) if (w.kind === 'placeholder' && /фио|фамил|имя|сотрудник|специалист|оператор/i.test(w.text) && !/клиент|заявител|получател|абонент/i.test(w.text)) return true;
    for (let i = 0; i + 3 <= ws.length; i++) {
      const three = ws.slice(i, i + 3);
      if (!three.every((w) => w.kind === 'word' && CAPITAL.test(w.text) && !NOT_NAME.test(w.norm))) continue;
      // only spaces between the three: «Здравствуйте, Анна Петровна» is an address, not a name
      if (!/^\s+$/.test(doc.text.slice(three[0].end, three[1].start)) || !/^\s+$/.test(doc.text.slice(three[1].end, three[2].start))) continue;
      // «Гусейнов Тимур Рашид оглы»: a Turkic patronymic is a name and a lower-case «оглы/кызы»
      if (!three.some((w) => PATRONYMIC.test(w.norm)) && !/^(?:оглы|кызы|улы|уулу)$/.test(ws[i + 3]?.norm ?? '')) continue;
      const before = ws[i - 1]?.norm;
      if (before && /^(?:с|со|у|для|к|о|об|по)$/.test(before)) continue;
      return true;
    }
  }
  // «Моя фамилия Кузнецов, зовут Денис Игоревич»: the surname said apart from the name
  const said = lines.filter((l) => !l.question);
  const surname = said.some((l) => l.words.some((w, i) => /^фамили/.test(w.norm) && CAPITAL.test(l.words[i + 1]?.text ?? '') && !NOT_NAME.test(l.words[i + 1].norm)));
  const namePatronymic = said.some((l) => l.words.some((w, i) => /^(?:зовут|имя)$/.test(w.norm) && CAPITAL.test(l.words[i + 1]?.text ?? '') && PATRONYMIC.test(l.words[i + 2]?.norm ?? '')));
  return surname && namePatronymic;
}

const POSITION = /(?:^| )(?:специалист\S*|консультант\S*|юрисконсульт\S*|помощник\S*|куратор\S*|координатор\S*|диспетчер\S*|ассистент\S*|председател\S*|педагог\S*|документовед\S*|контролер\S*|ревизор\S*|инспектор\S*|начальник\S*|заведующ\S*|заместител\S*|руководител\S*|эксперт\S*|советник\S*|референт\S*|директор\S*|министр\S*|юрист\S*|бухгалтер\S*|экономист\S*|методист\S*|психолог\S*|делопроизводител\S*|секретар\S*|оператор\S*|менеджер\S*|аналитик\S*|администратор\S*|(?:социальн\S*|участков\S*) работник\S*|инженер\S*|главн\S* специалист\S*)(?: |$)/;

export function hasPosition(lines: Line[]): boolean {
  return lines.some((l) => POSITION.test(textOf(l)) || l.words.some((w) => w.kind === 'placeholder' && /должност|позици/i.test(w.text)));
}

/** The introduction: the official's first two turns. */
export function introLines(lines: Line[]): Line[] {
  const turns = [...new Set(lines.map((l) => l.turn))].slice(0, 2);
  return lines.filter((l) => turns.includes(l.turn));
}

// --- purpose ------------------------------------------------------------------------------------

const PURPOSE = /(?:^| )(?:звон\S*|позвонил\S*|беспоко\S*|цель\S*|насчет|относительно|касательно|по поводу|в связи с|по (?:вашему|вашей|вашим|поданному|поданной) \S+|(?:нужно|надо|хочу|хотел\S*|хотим|необходимо|нужна|нужен|требуется|должн\S*|чтобы|для) (?:бы )?(?:\S+ )?(?:уточнить|уточнения|узнать|спросить|понять|проверить|сверить|подтвердить|выяснить|согласовать|сообщить|обсудить|договориться|прояснить)|уточнить|уточню|уточняю|уточним)(?: |$)/;
// «В вашем заявлении не указан номер квартиры.»: what is wrong with the client's application says
// why the official calls, even without «звоню»
const APPLICATION_DEFECT = /(?:^| )(?:заявлени\S*|обращени\S*|документ\S*|справк\S*)(?: \S+){0,6} (?:не указан\S*|не приложен\S*|не хватает|нет|не совпада\S*|расходят\S*|ошибк\S*|не заполнен\S*|не подписан\S*|не читается|неразборчив\S*)(?: |$)|(?:^| )(?:не указан\S*|не приложен\S*|не хватает|не заполнен\S*|не подписан\S*)(?: \S+){0,6} (?:заявлени\S*|обращени\S*)(?: |$)/;
const CHECK = /(?:удобно (?:ли )?(?:вам )?(?:сейчас )?говорить|можете (?:сейчас )?говорить|есть (?:у вас )?(?:\S+ )?минут|не отвлекаю|могу (?:я )?(?:поговорить|услышать)|(?:говорю|разговариваю|беседую) с|это вы|вы ли это|правильно ли я|я говорю с|позовите|пригласите|с кем (?:я )?(?:говорю|разговариваю)|как (?:к вам|вас) (?:можно )?(?:обращаться|зовут)|представьтесь)/;
const SELF = /(?:^| )(?:меня зовут|вас приветствует|вас беспокоит|с вами говорит|говорит|это|я)(?: |$)/;
const FILLER = /^(?:займет|это займет|не отниму|разговор займет|всего (?:пара|пару|несколько))/;

export interface Purpose {
  /** The sentences of the first stretch of the official's speech after the introduction. */
  block: Line[];
  stated: boolean;
  /** How many sentences the purpose takes. */
  sentences: number;
}

export function isIntroLine(l: Line, ministry: { start: number } | undefined, doc: Doc): boolean {
  const t = textOf(l);
  // «Вас беспокоит министерство…, специалист …» introduces the caller; «беспокою вас по поводу
  // заявления» states a purpose: the verb alone decides nothing when the line names the caller
  // «Вам звонят из министерства…», «звоню от отдела…» introduce the caller too
  const weak = PURPOSE.test(t) && !PURPOSE.test(t.replace(/(?:^| )(?:вас |вам )?(?:беспоко\S*|звон\S*|позвонил\S*)(?: вам| вас)?(?= (?:из|от|с|со)(?: |$)|(?: |$))/g, ' '));
  if (PURPOSE.test(t) && !weak && !CHECK.test(t)) return false;
  if (GREETING.test(t) || CHECK.test(t) || /^(?:алло|ало)(?: |$)/.test(t)) return true;
  if (ministry && ministry.start >= l.sentence.start && ministry.start < l.sentence.end) return true;
  if (findShortName([l])) return true;
  // «Любовь Ивановна, я звоню, потому что…»: the client's name in a leading address is not the caller's
  const comma = doc.text.indexOf(',', l.words[0].start);
  const vocative = l.words.length > 2 && comma > 0 && comma < l.sentence.end ? l.words.filter((w) => w.end <= comma) : [];
  const addressOnly = vocative.length >= 1 && vocative.length <= 3 && vocative.every((w) => CAPITAL.test(w.text)) && vocative.some((w) => PATRONYMIC.test(w.norm));
  const own = addressOnly ? l.words.slice(vocative.length) : l.words;
  if (hasFullName([l], doc) || (SELF.test(t) && (POSITION.test(t) || own.some((w) => CAPITAL.test(w.text) && PATRONYMIC.test(w.norm))))) return true;
  // identity check: a short question with a name («Это Евдоким Петрович?», «Вы Зульфия Наилевна?»)
  // or a short request for the client by name («Мне нужна Эльмира Рашидовна.»)
  if (l.words.length <= 8 && l.words.some((w) => (CAPITAL.test(w.text) && PATRONYMIC_ANY_CASE.test(w.norm)) || (l.question && w.kind === 'placeholder'))) return true;
  if (weak && (POSITION.test(t) || /(?:^| )(?:министерств|учреждени|центр|управлени|отдел)\S*/.test(t))) return true;
  // «Специалист Иванова.», «Отдел компенсаций, консультант Петрова»: a short self-introduction
  if (!PURPOSE.test(t) && !l.question && l.words.length <= 8 && POSITION.test(t) && l.words.some((w, i) => i > 0 && w.kind === 'word' && CAPITAL.test(w.text))) return true;
  return false;
}

export function findPurpose(lines: Line[], doc: Doc, ministry: { start: number } | undefined): Purpose {
  const rest = lines.filter((l) => !isIntroLine(l, ministry, doc));
  if (!rest.length) return { block: [], stated: false, sentences: 0 };
  const turn = rest[0].turn;
  const block = rest.filter((l) => l.turn === turn);
  let count = 0;
  let stated = false;
  for (const l of block) {
    const marked = PURPOSE.test(textOf(l)) || (!l.question && APPLICATION_DEFECT.test(textOf(l)));
    if (l.question) {
      if (marked || count === 0) count++;
      stated ||= marked;
      break;
    }
    stated ||= marked;
    if (!FILLER.test(textOf(l))) count++;
  }
  return { block, stated, sentences: count };
}

// --- closing ------------------------------------------------------------------------------------

const THANKS = /(?:^| )(?:спасибо|благодар\S*)(?: |$)/;
const GOODBYE = /(?:^| )(?:до свидания|всего (?:вам )?(?:доброго|хорошего|наилучшего)|до встречи|всех (?:вам )?благ|до связи|будьте здоровы|(?:хорошего|доброго|удачного) (?:вам )?(?:дня|вечера)|прощаюсь)(?: |$)/;

export function closing(lines: Line[]): { thanks: boolean; goodbye: boolean } {
  const turns = [...new Set(lines.map((l) => l.turn))].slice(-2);
  let lastQuestion = -1;
  lines.forEach((l, i) => {
    // «Остались вопросы?», «Чем ещё могу помочь?» belong to the closing
    if (l.question && !/вопрос|помочь|помогу|все понятно|понятно/.test(textOf(l))) lastQuestion = i;
  });
  const end = lines.filter((l, i) => i > lastQuestion && turns.includes(l.turn));
  return { thanks: end.some((l) => THANKS.test(textOf(l))), goodbye: end.some((l) => GOODBYE.test(textOf(l))) };
}
