// п. 9: сотрудник «кратко определяет цель звонка (одной–двумя фразами), без использования сложных
// речевых оборотов, профессиональных терминов». The purpose is the first stretch of the official's
// speech after the introduction (greeting, name, identity check, «вам удобно говорить?»). Questions
// with no purpose before them, a purpose spread over more than two sentences, and jargon or rare
// abbreviations in it (dictionaries/call-purpose.yml; LABELING.md §7 for the common abbreviations)
// are findings.
import type { Rule } from '../src/engine/rule.js';
import { matcherFor } from '../src/dict/index.js';
import { callTurns, findMinistry, findPurpose, officialLines } from '../src/notice/call.js';
import { documentSpan } from '../src/notice/meta.js';

const COMMON_ABBREVIATIONS = new Set('РФ СНИЛС ИНН ЗАГС МФЦ ЖКХ СВО ФИО ООО ПАО АО ИП СМС ВУЗ МВД ГИБДД СССР'.split(' '));

const rule: Rule = {
  meta: {
    id: 'call-purpose',
    point: 'п. 9',
    quote: 'кратко определяет цель звонка (одной–двумя фразами), без использования сложных речевых оборотов, профессиональных терминов',
    title: 'Цель звонка не названа, размыта или непонятна',
    description:
      'После представления сотрудник одной-двумя короткими фразами говорит, зачем звонит: «Звоню по вашему заявлению на субсидию. Нужно уточнить площадь квартиры». Без служебных слов («выплатное дело», «досылка») и редких сокращений («ЕДВ»). Нельзя сразу задавать вопросы, не сказав, зачем звоните.',
    severity: 'error',
    kinds: ['call'],
    scope: 'document',
    needs: ['morphology'],
    options: { maxSentences: 2 },
    examples: {
      kind: 'call',
      incorrect: [
        'Специалист: Доброе утро! С вами говорит Рудольф Викторович Лапин, главный специалист министерства труда и социального развития Новосибирской области. Вы Зульфия Наилевна?\nКлиент: Да.\n[[Специалист: Скажите, сколько человек прописано у вас в доме?]]\nКлиент: Двое.',
        'Специалист: Здравствуйте! Это министерство труда и социального развития Новосибирской области, ведущий специалист Анна Петровна Ким.\nКлиент: Слушаю.\nСпециалист: Я звоню по вашему заявлению на [[ЕДВ]].\nКлиент: Какому?',
      ],
      correct: [
        'Специалист: Здравствуйте! Это министерство труда и социального развития Новосибирской области, ведущий специалист Анна Петровна Ким.\nКлиент: Слушаю.\nСпециалист: Звоню по вашему заявлению на субсидию. Нужно уточнить площадь квартиры.\nКлиент: Сорок метров.',
      ],
    },
  },
  check(context) {
    const doc = context.doc;
    const lines = officialLines(doc, callTurns(doc));
    const ministry = findMinistry(lines, context.ministry, context.morphology);
    const purpose = findPurpose(lines, doc, ministry);
    const known = new Set([...COMMON_ABBREVIATIONS, ...(context.dictionaries.knownAbbreviations ?? []).map((a) => a.toUpperCase())]);
    const matcher = matcherFor('call-purpose', context.dictionaries);
    // jargon or a rare abbreviation in the purpose (including a first wording rephrased later)
    for (const l of purpose.block) {
      const jargon = matcher.match(l.words).filter((m) => !context.isAllowed(m.start, m.end)).sort((a, b) => a.start - b.start || b.end - a.end)[0];
      if (jargon) {
        const actual = doc.text.slice(jargon.start, jargon.end);
        context.report({
          start: jargon.start,
          end: jargon.end,
          reason: `«${actual}» — ${jargon.entry.explanation}: клиент может не понять, зачем ему звонят (п. 9 правил: цель звонка — без профессиональных терминов).${jargon.entry.suggestions.length ? ` Лучше: «${jargon.entry.suggestions[0]}».` : ''}`,
          expected: jargon.entry.suggestions,
          entryId: jargon.entry.id,
        });
        return;
      }
      for (const w of l.words) {
        if (w.kind !== 'word' || !/^[А-ЯЁ]{2,}$/.test(w.text) || known.has(w.text)) continue;
        const around = doc.text.slice(Math.max(0, w.start - 2), w.end + 2);
        if (/\(/.test(around.slice(0, 2)) || /\(/.test(around.slice(-2))) continue; // expanded in brackets
        if (context.isAllowed(w.start, w.end)) continue;
        context.report({
          start: w.start,
          end: w.end,
          reason: `«${w.text}» — редкое сокращение: на слух клиент его не расшифрует (п. 9 правил: цель звонка — без сложных терминов). Назовите полностью.`,
        });
        return;
      }
    }
    const max = Number(context.options.maxSentences ?? 2);
    if (!purpose.stated) {
      const at = purpose.block[0];
      const [start, end] = at ? [at.sentence.start, at.sentence.end] : documentSpan(doc);
      context.report({
        start,
        end,
        reason: 'Сотрудник не называет цель звонка (п. 9 правил: кратко определяет цель звонка одной-двумя фразами): клиент не понимает, зачем ему звонят и зачем отвечать на вопросы. Скажите сразу после представления, например: «Звоню по вашему заявлению на компенсацию. Нужно уточнить адрес дома».',
      });
      return;
    }
    if (purpose.sentences > max) {
      const first = purpose.block[0].sentence;
      const last = purpose.block[Math.min(purpose.sentences, purpose.block.length) - 1].sentence;
      context.report({
        start: first.start,
        end: last.end,
        reason: `Цель звонка растянута на ${purpose.sentences} предложений (п. 9 правил: кратко, одной-двумя фразами): клиент теряет нить. Скажите главное в одной-двух фразах: «Звоню по вашему заявлению. Нужно уточнить…».`,
      });
    }
  },
};

export default rule;
