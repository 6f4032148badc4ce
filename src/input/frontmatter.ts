// YAML front matter: the metadata of a notice or call script (kind, detectedAt, sentAt,
// channel, requestedChannel…) written at the top of a template.

import { parseDocument } from 'yaml';
import { InputError } from './errors.js';
import { blankRange } from './formats/blank.js';

export interface FrontMatter {
  /** The parsed mapping; empty when there is no front matter. Unknown fields are kept. */
  data: Record<string, unknown>;
  /** The input with the front matter blanked (same length, line breaks kept). */
  text: string;
}

const KINDS = ['reply', 'notice', 'call'];
const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * Read YAML front matter between `---` lines at the very top (after an optional BOM).
 * Throws InputError, naming the line, when it is not closed, not valid YAML, not a mapping,
 * or has a `kind` other than reply, notice or call.
 */
export function readFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { data: {}, text };

  const bodyStart = open[0].length;
  let closeStart = -1;
  let closeEnd = -1;
  for (let pos = bodyStart; pos <= text.length; ) {
    const newline = text.indexOf('\n', pos);
    const end = newline < 0 ? text.length : newline;
    if (CLOSE.test(text.slice(pos, end))) {
      closeStart = pos;
      closeEnd = end;
      break;
    }
    if (newline < 0) break;
    pos = newline + 1;
  }
  const firstLine = lineOf(text, bodyStart) - 1;
  // A plain reply may open with a «---» rule: front matter only if its first line is a field.
  const firstField = text
    .slice(bodyStart, closeStart < 0 ? undefined : closeStart)
    .split('\n')
    .find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (firstField !== undefined && !/^[A-Za-z_][\w-]*[ \t]*:/.test(firstField)) return { data: {}, text };
  if (closeStart < 0) {
    throw new InputError(
      `метаданные в начале файла (front matter) не закрыты: после «---» в строке ${firstLine} нет закрывающей строки «---»`,
      { line: firstLine },
    );
  }

  const yamlSource = text.slice(bodyStart, closeStart);
  const doc = parseDocument(yamlSource, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = firstLine + (error.linePos?.[0].line ?? 1);
    const duplicate = error.code === 'DUPLICATE_KEY';
    throw new InputError(
      duplicate
        ? `ошибка в метаданных (front matter), строка ${line}: поле повторяется`
        : `ошибка в метаданных (front matter), строка ${line}: это не YAML вида «поле: значение»`,
      { line, cause: error },
    );
  }
  const data: unknown = doc.toJS();
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new InputError(
      `ошибка в метаданных (front matter), строка ${firstLine + 1}: ожидаются поля вида «поле: значение»`,
      { line: firstLine + 1 },
    );
  }
  const record = (data ?? {}) as Record<string, unknown>;
  if (record.kind !== undefined && !KINDS.includes(String(record.kind))) {
    const line = firstLine + 1 + yamlSource.split('\n').findIndex((l) => /^kind\s*:/.test(l));
    throw new InputError(
      `ошибка в метаданных (front matter), строка ${line}: kind может быть только reply (ответ), notice (уведомление) или call (звонок), а не «${String(record.kind)}»`,
      { line },
    );
  }

  const out = text.split('');
  // Keep a BOM where it is: normalisation strips it with the rest of the invisible characters.
  blankRange(out, text.startsWith('\uFEFF') ? 1 : 0, closeEnd);
  return { data: record, text: out.join('') };
}
