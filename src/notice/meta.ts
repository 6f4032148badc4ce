// Reading notice metadata (front matter or library options, merged by the engine into
// context.meta) and the place where a document-level finding is shown.
import type { Doc, Sentence } from '../parse/model.js';

// Other spellings of the four fields seen in templates and exports: snake_case or kebab-case
// («detected_at»), synonyms («foundAt», «deliveryChannel», «preferredChannel») and Russian
// («дата выявления», «способ отправки»). Keys are compared in lower case without punctuation.
const FIELD_ALIASES: Record<string, readonly string[]> = {
  detectedAt: [
    'detected', 'detectedon', 'detectiontime', 'detectiondate', 'detecteddate', 'detecttime', 'foundat', 'found', 'foundon',
    'identifiedat', 'discoveredat', 'revealedat', 'problemdetectedat', 'problemfoundat', 'issuedetectedat', 'errordetectedat',
    'defectdetectedat', 'выявлено', 'выявлена', 'обнаружено', 'датавыявления', 'времявыявления', 'датаивремявыявления', 'моментвыявления',
  ],
  sentAt: [
    'sent', 'senton', 'senttime', 'sentdate', 'sendat', 'sendtime', 'senddate', 'notifiedat', 'noticesentat', 'notificationsentat',
    'dispatchedat', 'отправлено', 'направлено', 'датаотправки', 'времяотправки', 'датаивремяотправки', 'датанаправления', 'датауведомления',
  ],
  requestedChannel: [
    'requested', 'requestchannel', 'channelrequested', 'requestedvia', 'preferredchannel', 'preferred', 'chosenchannel',
    'selectedchannel', 'clientchannel', 'applicantchannel', 'applicationchannel', 'способвзаявлении', 'выбранныйспособ',
    'способуказанныйвзаявлении', 'каналвзаявлении', 'желаемыйспособ', 'выбранныйканал', 'способуведомлениявзаявлении',
  ],
  channel: [
    'sentchannel', 'actualchannel', 'deliverychannel', 'sentvia', 'sendchannel', 'channelused', 'usedchannel',
    'notificationchannel', 'noticechannel', 'deliveredvia', 'via', 'способотправки', 'каналотправки', 'отправленочерез', 'способ', 'канал',
  ],
};

const keyOf = (k: string) => k.toLowerCase().replace(/ё/g, 'е').replace(/[^a-zа-я0-9]/g, '');
const present = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

/** A metadata field by its name or by another spelling of it (see FIELD_ALIASES). */
export function metaField(meta: Record<string, unknown>, field: string): unknown {
  if (present(meta[field])) return meta[field];
  const wanted = new Set([keyOf(field), ...(FIELD_ALIASES[field] ?? [])]);
  for (const [k, v] of Object.entries(meta)) if (present(v) && wanted.has(keyOf(k))) return v;
  return meta[field];
}

/** A field's value as text, or undefined when it is absent or empty. */
export function metaText(meta: Record<string, unknown>, field: string): string | undefined {
  const v = metaField(meta, field);
  if (v === undefined || v === null) return undefined;
  if (v instanceof Date) return v.toISOString();
  // a Unix timestamp from an export: seconds, or milliseconds when it is that large
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return new Date(v > 1e11 ? v : v * 1000).toISOString();
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

/** The first sentence of the body (the address line of a letter, the first line of a script). */
export function firstSentence(doc: Doc): Sentence | undefined {
  return doc.sentences.find((s) => s.words.length > 0) ?? doc.sentences[0];
}

/** The span of a document-level finding with no better place: the first sentence, or the start. */
export function documentSpan(doc: Doc): [number, number] {
  const s = firstSentence(doc);
  if (s) return [s.start, s.end];
  const at = doc.text.search(/\S/);
  return at < 0 ? [0, 0] : [at, at + 1];
}
