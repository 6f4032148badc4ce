// п. 8: «В случае представления клиентом неполного пакета документов … или наличия ошибок
// (отсутствия необходимых сведений) в заявлении … уведомить клиента … с предложением: представить
// недостающие документы или исправить ошибки». The client can act only if the notice names what is
// missing or wrong. Vague wording («представлены не в полном объёме», «есть неточности») is a
// finding unless the same sentence (after a colon or dash) or a neighbouring one names the items;
// a notice that names nothing at all is a finding too.
import type { Rule } from '../src/engine/rule.js';
import { reasonFor } from './lib/dictionary-rule.js';
import { documentSpan } from '../src/notice/meta.js';
import { bodySentences, fixVerbAt, hasDefectWord, isSpecificWord, namesDefect, namesSomething, safeParse, vagueMatches } from '../src/notice/notice-text.js';

// «две неточности», «три документа», «несколько ошибок»: a count announces the items that follow
const COUNT = /^(?:\d+|один|одна|одну|одного|одной|два|две|двух|три|трех|четыре|четырех|пять|пяти|шесть|шести|оба|обе|обоих|несколько|нескольких)$/;

// Words of «на компенсацию стоимости проезда», «для назначения стипендии», «при рождении ребёнка»
// up to the next verb or «не»: the service the application is for, not a missing item.
function namedInside(morph: Parameters<typeof namesSomething>[0], words: Parameters<typeof namesSomething>[1], from: number, to: number): boolean {
  let service = false;
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (/^(?:на|для|при)$/.test(w.norm)) service = true;
    else if (w.norm === 'не' || ['VERB', 'INFN', 'PRTS', 'PRTF', 'GRND'].includes(safeParse(morph, w.text)[0]?.pos ?? '')) service = false;
    else if (!service && isSpecificWord(morph, words, i)) return true;
  }
  return false;
}

const rule: Rule = {
  meta: {
    id: 'notice-missing-items',
    point: 'п. 8',
    quote: 'В случае представления клиентом неполного пакета документов … или наличия ошибок (отсутствия необходимых сведений) в заявлении … уведомить клиента … с предложением: представить недостающие документы или исправить ошибки (внести дополнения) в заявление',
    title: 'Не названо, чего не хватает',
    description:
      'Уведомление должно называть каждый недостающий документ («копия паспорта», «справка о доходах за три месяца») и каждую ошибку («не указана дата рождения», «в номере счёта 19 цифр вместо 20»). Слова «документы представлены не в полном объёме» или «есть неточности» не говорят клиенту, что делать.',
    severity: 'error',
    kinds: ['notice'],
    scope: 'document',
    needs: ['morphology'],
    examples: {
      kind: 'notice',
      incorrect: [
        'Уважаемая Фатима Руслановна!\n\nВаше заявление на путёвку для ребёнка в лагерь [[заполнено с ошибками]]. Исправить их можно в МФЦ до 25 апреля.',
        'Уважаемый Емельян Борисович!\n\nДокументы к заявлению на компенсацию представлены [[не в полном объёме]].',
      ],
      correct: [
        'Уважаемая Фатима Руслановна!\n\nВ заявлении на путёвку для ребёнка не указана дата рождения ребёнка. Исправить её можно в МФЦ до 25 апреля.',
        'Уважаемый Емельян Борисович!\n\nДокументы представлены не в полном объёме: нет справки из медицинской организации о датах лечения.',
      ],
    },
  },
  check(context) {
    const morph = context.morphology;
    const body = bodySentences(context.doc);
    // «к нему не приложены:» followed by a list («1) копия трудовой книжки; 2) …»): the header says
    // what is wrong, the items say with what
    const listed = (k: number) =>
      /:\s*$/.test(body[k].text) && (hasDefectWord(body[k]) || fixVerbAt(morph, body[k].words) >= 0) && body.slice(k + 1, k + 4).some((n) => namesSomething(morph, n.words));
    // «Список необходимых документов есть на сайте»: where the list is kept, not what is missing
    const pointer = (k: number) =>
      body[k].words.some((w) => /^(?:список|спис[кч]|перечень|перечн)/.test(w.norm)) &&
      body[k].words.some((w) => w.kind === 'url' || /^(?:сайт|портал|страниц|ссылк|прилага|приложен|размещ|опубликова|регламент|стенд)/.test(w.norm));
    const named = body.map((s, k) => (namesDefect(morph, s) && !pointer(k)) || listed(k));
    let resolved = false;
    for (let k = 0; k < body.length; k++) {
      const s = body[k];
      for (const m of vagueMatches(s, context.dictionaries).sort((a, b) => a.start - b.start)) {
        // a vague phrase that turns out to be followed by the items counts as naming them
        resolved = true;
        if (s.words.slice(m.first, m.last + 1).some((w) => w.quoted)) continue;
        if (context.isAllowed(m.start, m.end)) continue;
        // «указали неверные сведения»: an attributive adjective, left to the other entries
        if (m.entry.id === 'notice-missing-items.predicate' && m.last + 1 < s.words.length && ['NOUN', 'ADJF'].includes(safeParse(morph, s.words[m.last + 1].text)[0]?.pos ?? '')) continue;
        // «…не хватает двух документов:» followed by a list
        if (/:\s*$/.test(s.text) && body.slice(k + 1, k + 4).some((n) => namesSomething(morph, n.words))) continue;
        // the matched words themselves name the thing («не приложена копия наградного документа»)
        // — but not a service named in passing («документы на компенсацию стоимости проезда представлены не все»)
        if (namedInside(morph, s.words, m.first, m.last + 1)) continue;
        // «…не в полном объёме: нет справки о доходах» — the list follows in the same sentence
        const after = context.doc.text.slice(m.end, s.end);
        const cut = after.search(/[:—–]|а именно|в частности|в том числе/);
        if (cut >= 0) {
          const from = s.words.findIndex((w) => w.start >= m.end + cut);
          if (from >= 0 && namesSomething(morph, s.words, from)) continue;
        }
        // the sentence itself names a defect besides the vague words («ошибка в дате рождения»)
        // or right after them: «ошибка в дате рождения», «нет справки из школы»
        const rest = s.words.slice(m.last + 1, m.last + 6);
        // «не приложен документ, подтверждающий родство»: a participle names the kind of document
        // «не совпадают с данными Социального фонда» names the source of the check, not the error
        const isSource = (j: number) => /^(?:с|со)$/.test(s.words[j]?.norm ?? '') && /^(?:данн|сведени|информаци|учет|запис)/.test(s.words[j + 1]?.norm ?? '');
        const source = isSource(m.last + 1) || isSource(m.last - 1);
        // «неверно указан год рождения: 1895 вместо 1958»: the subject right after the predicate,
        // generic itself («год», «дата»), made concrete by what follows
        const opener = rest.length > 0 && !source && (/^(?:в|во|из|о|об|от|по|для|на|с|со|за)$/.test(rest[0].norm) || isSpecificWord(morph, s.words, m.last + 1) || ['PRTF', 'NOUN'].includes(safeParse(morph, rest[0].text)[0]?.pos ?? ''));
        if (opener && namesSomething(morph, s.words, m.last + 1, m.last + 6)) continue;
        // «направляем вам список необходимых документов» in a notice that names the missing ones:
        // a reference to the list, not a claim about what is missing
        const listRef = s.words.slice(Math.max(0, m.first - 2), m.first).some((w) => /^(?:список|спис[кч]|перечень|перечн)/.test(w.norm));
        if (listRef && named.some(Boolean)) continue;
        const neighbour = (j: number) => j >= 0 && j < body.length && named[j] && fixVerbAt(morph, body[j].words) < 0;
        if (neighbour(k + 1) || (neighbour(k - 1) && !named[k])) continue;
        // «мы нашли две неточности. Фамилия ребёнка в заявлении — …»: a counted announcement, and the
        // next sentence names a thing (not an offer to fix it)
        const counted = s.words.slice(Math.max(0, m.first - 2), m.last + 1).some((w) => COUNT.test(w.norm));
        if (counted && k + 1 < body.length && namesSomething(morph, body[k + 1].words) && fixVerbAt(morph, body[k + 1].words) < 0) continue;
        resolved = false;
        const actual = context.doc.text.slice(m.start, m.end);
        context.report({
          start: m.start,
          end: m.end,
          reason: reasonFor(actual, m.entry.explanation + ': клиент не знает, что принести или исправить', 'п. 8', m.entry.suggestions),
          expected: m.entry.suggestions,
          entryId: m.entry.id,
        });
        return;
      }
    }
    if (resolved || named.some(Boolean)) return;
    // nothing vague, but nothing named either: the offer sentences may still name the documents
    // — in the verb's object («принесите копию паспорта»), not in the place or date that follows
    // («донесите документы в отдел на Красном проспекте до 20 мая»)
    const objectNamed = (s: (typeof body)[number]) => {
      const v = fixVerbAt(morph, s.words);
      if (v < 0) return false;
      let to = v + 1;
      while (to < s.words.length && to <= v + 6 && !/^(?:в|во|до|через|по|или|либо|лично|почтой|не|нам|ответом|ответным|любым|удобным)$/.test(s.words[to].norm)) to++;
      return namesSomething(morph, s.words, v + 1, to);
    };
    if (body.some(objectNamed)) return;
    const [start, end] = documentSpan(context.doc);
    context.report({
      start,
      end,
      reason: 'В уведомлении не названо, каких документов не хватает или какие ошибки нужно исправить (п. 8 правил): клиент не узнает, что делать. Перечислите документы и ошибки.',
    });
  },
};

export default rule;
