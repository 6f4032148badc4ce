// Abbreviations a citizen knows without expansion: LABELING.md §7, exactly. The `abbreviation`
// rule takes them as the default of its `known` option; an organisation adds its own through
// `dictionaries.knownAbbreviations`. Why a data module and not dictionaries/*.yml: every file
// there is a list of phrases to FLAG (with incorrect examples that must each give a finding);
// this is a plain list of words NOT to flag, which the entry schema cannot hold.
// (Expansions of rare abbreviations, which are findings, live in dictionaries/abbreviation.yml.)
export const COMMON_ABBREVIATIONS: readonly string[] = [
  'РФ', 'СНИЛС', 'ИНН', 'ЗАГС', 'МФЦ', 'ЖКХ', 'СВО', 'ФИО', 'ООО', 'ПАО', 'АО', 'ИП', 'СМС', 'вуз', 'МВД', 'ГИБДД', 'СССР',
];

/**
 * Parts of law numbers (LABELING.md §7: «the -ФЗ and -ОЗ parts of law numbers»), whatever the
 * order the official wrote them in: «№ 181-ФЗ», «ФЗ-181», «ФЗ № 181», «ФКЗ».
 */
export const LAW_PARTS = new Set(['ФЗ', 'ФКЗ', 'ОЗ', 'КЗ']);

/**
 * Words that may close a full name before its abbreviation without giving it a letter: the place
 * the body serves («центр занятости населения Ленинского района (ЦЗН)»).
 */
export const PLACE_TAIL = /^(?:район\p{L}*|област\p{L}*|округ\p{L}*|город\p{L}*|кра[яйюе]|республик\p{L}*|росси[иия]|новосибирск\p{L}*|\p{L}+(?:ского|ской|цкого|цкой|ого|ой|ому|ом|ем|его))$/u;

/** Words that join the parts of a full name without giving a letter to its abbreviation. */
export const LINK_WORDS = new Set([
  'и', 'или', 'по', 'в', 'во', 'на', 'с', 'со', 'для', 'при', 'о', 'об', 'обо', 'из', 'к', 'ко', 'от', 'за', 'под', 'над', 'а',
  'of', 'and', 'for', 'the', 'in', 'on', 'to', 'de',
]);

/**
 * Latin technical names that everyday life has made words (a QR code, a PDF file): not the rare
 * Russian abbreviations point 7 is about, so they are not findings whatever the `known` option says.
 */
export const TECHNICAL_LATIN = new Set(['QR', 'PDF', 'SMS', 'USB', 'WI', 'FI', 'IT', 'ID', 'PIN', 'ПИН', 'GPS', 'URL', 'JPEG', 'JPG', 'PNG', 'DOC', 'DOCX', 'XLS', 'XLSX', 'ZIP', 'TV', 'DVD', 'CD', 'OK', 'SIM', 'NFC', 'IP', 'WWW', 'HTML', 'HTTP', 'HTTPS', 'RU']);

/**
 * Everyday venue types written as a prefix before a venue's own name in quotes: «ДК «Юбилейный»»,
 * «ТЦ «Мега»». Everyone reads them as words (Дом культуры, торговый центр), unlike an institution's
 * type before its name («СРЦ «Родник»», «ПНИ «Светлый»»), which still needs expansion.
 */
export const VENUE_PREFIXES = new Set(['ДК', 'ТЦ', 'ТРЦ', 'ЖК', 'СНТ']);
