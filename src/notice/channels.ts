// Channels of delivery (п. 8 «способом, указанным в заявлении»; п. 12 «указанным вариантом по
// выбору клиента»). Metadata and config may name a channel by its code or in Russian, in any case
// and form: both sides are reduced to a code before they are compared.
import { metaField } from './meta.js';

export type Channel = 'email' | 'epgu' | 'post' | 'mfc' | 'phone';
export const CHANNELS: readonly Channel[] = ['email', 'epgu', 'post', 'mfc', 'phone'];

export const CHANNEL_NAMES: Record<Channel, string> = {
  email: 'электронная почта',
  epgu: 'портал Госуслуг (ЕПГУ)',
  post: 'почта',
  mfc: 'МФЦ',
  phone: 'телефон',
};

// Stems and whole names: matched against the lower-cased value with ё → е and punctuation spaced out.
const PATTERNS: Array<[Channel, RegExp]> = [
  ['email', /^(?:e-?mail|e mail|electronic mail|email|имейл|емейл|мейл|эл(?:ектронн(?:ая|ой|ую)?)?\.? ?почт[аоуые]й?|электронн(?:ое|ым) письм[оа]м?|по электронной почте|на электронную почту|электронно|почта россии \(?электронная\)?)$/],
  ['epgu', /^(?:epgu|gosuslugi|portal|gosuslugi portal|ЕПГУ|епгу|госуслуг[иа]?(?:ми)?|через госуслуги|на госуслуги|портал(?:е|ом)?(?: государственных(?: и муниципальных)? услуг| госуслуг)?|единый портал(?: государственных(?: и муниципальных)? услуг)?|личный кабинет(?: (?:на )?(?:портал[ае] )?госуслуг)?)$/i],
  ['post', /^(?:post|mail|postal|postal mail|russian post|letter|paper mail|почт[аоуые]й?|по почте|почтовое отправление|почтовым отправлением|письм[оа]м?|заказн(?:ое|ым) письм[оа]м?|почта россии)$/],
  ['mfc', /^(?:mfc|мфц|в мфц|через мфц|многофункциональн\S* центр\S*(?: .*)?)$/i],
  ['phone', /^(?:phone|tel|telephone|phone call|call|телефон(?:у|ом)?|по телефону|звонок|звонком|телефонный звонок|смс|sms)$/],
];

/** The channel code for a metadata or config value, or undefined when it is unknown. */
export function normalizeChannel(value: unknown, aliases: Record<string, string> = {}): Channel | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase().replace(/ё/g, 'е').replace(/[«»"“”„]/g, '').replace(/_/g, ' ').replace(/\s+/g, ' ');
  if (!text) return undefined;
  for (const [alias, code] of Object.entries(aliases)) {
    if (alias.trim().toLowerCase().replace(/ё/g, 'е') === text) return normalizeChannel(code) ?? (CHANNELS.includes(code as Channel) ? (code as Channel) : undefined);
  }
  if ((CHANNELS as readonly string[]).includes(text)) return text as Channel;
  for (const [code, re] of PATTERNS) if (re.test(text)) return code;
  return undefined;
}

export interface ChannelPair {
  requested?: Channel;
  actual?: Channel;
  /** The raw values, for messages. */
  requestedRaw?: string;
  actualRaw?: string;
}

const raw = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : v === undefined || v === null ? undefined : String(v));

export function readChannels(meta: Record<string, unknown>, aliases?: Record<string, string>): ChannelPair {
  const requested = metaField(meta, 'requestedChannel');
  const actual = metaField(meta, 'channel');
  return {
    requested: normalizeChannel(requested, aliases),
    actual: normalizeChannel(actual, aliases),
    requestedRaw: raw(requested),
    actualRaw: raw(actual),
  };
}

/** «МФЦ», or the raw value in quotes when it is not a known channel. */
export function channelName(code: Channel | undefined, rawValue: string | undefined): string {
  return code ? CHANNEL_NAMES[code] : `«${rawValue ?? ''}»`;
}
