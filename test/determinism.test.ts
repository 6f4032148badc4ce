// «Same input, same bytes» (DESIGN.md): a letter's findings do not depend on what was checked
// before it in the same process (caches must not change results).
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/node/index.js';

const letter = 'Уважаемая Анна Сергеевна!\n\nОбьявление размещено. Пожалуста, пришлите справку, расчитать выплату без неё нельзя. Извените за задержку, вообщем ответим.\n\nС уважением,\nотдел выплат';
const other = 'Уважаемый Иван Петрович!\n\nПожалуста, извените, вообщем расчитать обьявление нельзя.\n\nС уважением,\nотдел';

describe('determinism', () => {
  it('gives the same messages whatever was linted before', async () => {
    const fresh = createLinter();
    await fresh.load();
    const first = JSON.stringify(fresh.lintSync(letter).messages);
    const warmed = createLinter();
    await warmed.load();
    warmed.lintSync(other);
    expect(JSON.stringify(warmed.lintSync(letter).messages)).toBe(first);
    expect(JSON.stringify(fresh.lintSync(letter).messages)).toBe(first);
  });
});
