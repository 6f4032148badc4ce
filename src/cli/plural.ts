/// <reference types="node" />
// Russian plural forms: 1 ошибка, 2 ошибки, 5 ошибок.

export function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const form = mod10 === 1 && mod100 !== 11 ? one : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? few : many;
  return `${n} ${form}`;
}

export const errorsWord = (n: number) => plural(n, 'ошибка', 'ошибки', 'ошибок');
export const warningsWord = (n: number) => plural(n, 'предупреждение', 'предупреждения', 'предупреждений');
export const hintsWord = (n: number) => plural(n, 'подсказка', 'подсказки', 'подсказок');
export const filesWord = (n: number) => plural(n, 'файл', 'файла', 'файлов');
export const problemsWord = (n: number) => plural(n, 'замечание', 'замечания', 'замечаний');
