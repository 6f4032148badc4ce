// Dotted Russian abbreviations whose period does not end a sentence. This is parser data, not
// style content: it decides segmentation only (the `abbreviation` rule has its own dictionary).
// Keys are lower case, ё written as е, without the final period.

/** Abbreviations followed by a period inside a sentence (addresses, legal references, units, titles). */
export const DOTTED_ABBREVIATIONS = new Set([
  // addresses
  'г', 'гг', 'ул', 'пр', 'просп', 'пр-т', 'пер', 'пл', 'наб', 'ш', 'б-р', 'бул', 'д', 'дд', 'кв', 'корп', 'стр', 'каб',
  'оф', 'эт', 'мкр', 'мкрн', 'р-н', 'р-на', 'обл', 'пос', 'п', 'пгт', 'с', 'дер', 'ст', 'ст-ца', 'х', 'тер', 'зд', 'лит', 'пом',
  // legal and text references
  'ч', 'пп', 'абз', 'подп', 'разд', 'гл', 'прил', 'рис', 'табл', 'прим', 'см', 'ср', 'напр', 'т', 'е', 'к', 'н', 'вкл',
  'искл', 'мн', 'ед', 'др', 'проч', 'т.е', 'т.к', 'т.н', 'т.д', 'т.п', 'т.ч', 'и.о', 'вр.и.о', 'врио',
  // contacts and money
  'тел', 'моб', 'факс', 'эл', 'руб', 'коп', 'тыс', 'млн', 'млрд', 'трлн', 'шт', 'экз', 'мес', 'нед', 'сут', 'мин', 'сек',
  'кг', 'км', 'мм', 'га',
  // people and titles
  'гр', 'г-н', 'г-жа', 'им', 'зам', 'нач', 'зав', 'рук', 'отд', 'упр', 'ред', 'изд', 'проф', 'доц', 'акад', 'св-во', 'уч',
  'ин', 'пред', 'спец', 'гос', 'соц', 'мед', 'ср-в',
  // weekdays and months
  'пн', 'вт', 'чт', 'пт', 'сб', 'вс', 'янв', 'фев', 'февр', 'мар', 'апр', 'авг', 'сен', 'сент', 'окт', 'ноя', 'нояб', 'дек',
  // years and centuries
  'в', 'вв', 'н.э', 'до н.э',
]);

/** Abbreviations that close an enumeration and so may end a sentence when a capital follows. */
export const FINAL_ABBREVIATIONS = new Set(['т.д', 'т.п', 'др', 'пр', 'проч']);

/** Multi-part abbreviations written with spaces: «т. е.», «и т. д.». Keys as in DOTTED_ABBREVIATIONS. */
export const SPACED_ABBREVIATIONS: ReadonlyArray<readonly string[]> = [
  ['т', 'е'],
  ['т', 'к'],
  ['т', 'н'],
  ['т', 'д'],
  ['т', 'п'],
  ['т', 'ч'],
  ['н', 'э'],
  ['и', 'о'],
];

/** «им.» is also the pronoun «им»: after a verb form it ends a sentence («позвонили им. Они…»). */
export const PRONOUN_LIKE = new Set(['им', 'в', 'с', 'к']);
