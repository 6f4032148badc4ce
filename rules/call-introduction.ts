// п. 9: сотрудник министерства «приветствует клиента, сообщает полное наименование министерства,
// свои фамилию, имя, отчество (при наличии) и должность». All four, in any order, in the
// official's first turns; «Алло» is not a greeting, «Минсоцразвития» is not the full name, and a
// subordinate institution's name does not replace the ministry's (LABELING.md §4, §5).
import type { Rule } from '../src/engine/rule.js';
import { callTurns, findMinistry, findShortName, hasFullName, hasGreeting, hasPosition, introLines, officialLines } from '../src/notice/call.js';
import { documentSpan } from '../src/notice/meta.js';

const rule: Rule = {
  meta: {
    id: 'call-introduction',
    point: 'п. 9',
    quote: 'приветствует клиента, сообщает полное наименование министерства, свои фамилию, имя, отчество (при наличии) и должность',
    title: 'Неполное представление в начале звонка',
    description:
      'В начале звонка сотрудник здоровается, называет полное наименование министерства («министерство труда и социального развития Новосибирской области»), свои фамилию, имя, отчество и должность. Сокращение («Минсоцразвития») или название подведомственного учреждения вместо министерства не подходит.',
    severity: 'error',
    kinds: ['call'],
    scope: 'document',
    needs: ['morphology'],
    examples: {
      kind: 'call',
      incorrect: [
        'Специалист: Добрый день! [[Минсоцразвития]], специалист отдела назначения выплат Артемий Андреевич Бородин. Это Евдоким Петрович?\nКлиент: Да.',
        '[[Специалист: Варвара Игоревна Мохова, консультант отдела семейной политики, министерство труда и социального развития Новосибирской области.]]\nКлиент: Слушаю.',
      ],
      correct: [
        'Специалист: Здравствуйте! Вас приветствует министерство труда и социального развития Новосибирской области. Я Инга Викторовна Сорокина, главный специалист отдела субсидий.\nКлиент: Здравствуйте.',
        'Оператор: Добрый день! Министерство труда и социального развития Новосибирской области, {{должность}} {{ФИО}}.\nЗаявитель: Слушаю.',
      ],
    },
  },
  check(context) {
    const turns = callTurns(context.doc);
    const lines = officialLines(context.doc, turns);
    const intro = introLines(lines);
    const missing: string[] = [];
    if (!hasGreeting(intro)) missing.push('приветствия («Здравствуйте», «Добрый день»)');
    const ministry = findMinistry(intro, context.ministry, context.morphology);
    if (!ministry) missing.push(`полного наименования министерства («${context.ministry}»)`);
    if (!hasFullName(intro, context.doc)) missing.push('фамилии, имени и отчества сотрудника');
    if (!hasPosition(intro)) missing.push('должности сотрудника');
    if (!missing.length) return;
    const short = ministry ? undefined : findShortName(intro);
    const [start, end] = short ? [short.start, short.end] : intro.length ? [intro[0].sentence.start, intro[0].sentence.end] : documentSpan(context.doc);
    const shortNote = short ? ` «${short.text}» — сокращение, клиенту оно может быть незнакомо.` : '';
    context.report({
      start,
      end,
      reason: `В начале звонка нет ${missing.join(', ')} (п. 9 правил: сотрудник приветствует клиента, сообщает полное наименование министерства, свои фамилию, имя, отчество и должность).${shortNote} Например: «Здравствуйте! Это ${context.ministry}, главный специалист отдела субсидий Анна Петровна Ким».`,
      expected: short ? [context.ministry] : [],
    });
  },
};

export default rule;
