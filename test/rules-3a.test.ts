// Whole letters for the point-7 rules evasive, excuse and bureaucratese: dirty letters give exactly
// the listed findings, clean letters give none of the three.
import { describe, expect, it } from 'vitest';
import { lintOnly } from './helpers.js';
import { describeLetters } from './letters.js';

const IDS = ['evasive', 'excuse', 'bureaucratese'];

const dirty: Record<string, Record<string, string[]>> = {
  'evasive': {
    'dirty-status.txt': [
      'evasive:находится на рассмотрении',
      'evasive:О результатах мы сообщим вам дополнительно',
      'evasive:взят на особый контроль',
    ],
    'dirty-promise.txt': ['evasive:Приложим все усилия', 'evasive:прорабатывается, ответ вы получите в ближайшее время'],
  },
  'excuse': {
    'dirty-staff.txt': ['excuse:из-за нехватки сотрудников в отделении и отпуска специалиста'],
    'dirty-tech.txt': ['excuse:в связи с переходом на новую программу', 'excuse:не работала программа'],
  },
  'bureaucratese': {
    'dirty-nominal.txt': [
      'bureaucratese:В целях обеспечения контроля за исполнением требований законодательства осуществлено проведение проверки соблюдения управляющей компанией порядка начисления платы.',
      'bureaucratese:Перечисление компенсации будет произведено',
    ],
    'dirty-cliches.txt': [
      'bureaucratese:Документы проверены на предмет полноты, в части справки о доходах замечаний нет.',
      'bureaucratese:осуществляет выдачу',
    ],
  },
};

describeLetters(dirty, IDS);

describe('letters of evasive, excuse and bureaucratese', () => {
  it('the message names the phrase, cites п. 7 and suggests a wording', async () => {
    const [m] = await lintOnly('Выплата задерживается по техническим причинам.', 'excuse');
    expect(m.reason).toMatch(/^«по техническим причинам» — .*\(п\. 7 правил\)\. Лучше: «/);
    expect(m.expected?.length).toBeGreaterThan(0);
  });

  it('the citizen’s quoted words are not judged', async () => {
    const text = 'В обращении вы пишете: «вопрос взят на контроль, а толку нет». Компенсацию перечислим до 10 мая.';
    expect(await lintOnly(text, IDS)).toEqual([]);
  });

  it('a sentence with two канцелярит findings is reported whole', async () => {
    const text = 'Выдача путёвок производится в целях обеспечения отдыха детей.';
    const found = await lintOnly(text, 'bureaucratese');
    expect(found.map((m) => m.actual)).toEqual([text]);
  });
});
