// Runtime side of the spelling automaton built by scripts/lib/dawg.js.
// Edge layout (one Uint32 per edge, a state = contiguous run of edges
// sorted by label):
//   bits 0..6 label (index into the alphabet), bit 7 word may end here,
//   bit 8 last edge of the state, bits 9..31 first edge of the target
//   state (0 = target has no edges; the root starts at 0).
// No Node built-ins here: this file must also run in browsers.

export const LABEL_MASK = 0x7f;
export const FINAL_BIT = 1 << 7;
export const LAST_BIT = 1 << 8;
export const TARGET_SHIFT = 9;

/** What src/generated/spelling-data.js exports. */
export interface SpellingData {
  alphabet: string;
  edgeCount: number;
  edges: string;
  formCount?: number;
}

export interface Automaton {
  readonly edges: Uint32Array;
  readonly alphabet: string;
  /** Label code per UTF-16 unit; -1 for characters outside the alphabet. */
  readonly codeOf: (charCode: number) => number;
  /** True if the (already normalised) word is one of the stored forms. */
  has(word: string): boolean;
  /**
   * Follows `word` from `state` (default: the root). Returns null when there
   * is no path; otherwise the first edge of the reached state (-1 if it has
   * no edges) and whether a word may end there.
   */
  walk(word: string, state?: number): { state: number; final: boolean } | null;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) t[B64.charCodeAt(i)] = i;
  return t;
})();

/**
 * Decodes standard base64. Hand-written rather than atob() because atob
 * goes through a binary string (one more 1 MB copy) and we want a
 * Uint8Array directly; Node's global Buffer is used when present since it
 * is native and several times faster.
 */
export function decodeBase64(text: string): Uint8Array {
  const NodeBuffer = (globalThis as { Buffer?: { from(s: string, enc: string): Uint8Array } }).Buffer;
  if (NodeBuffer) {
    const buf = NodeBuffer.from(text, 'base64');
    // Copy into a fresh, aligned buffer: Buffer slices may share a pool
    // at an offset that is not a multiple of 4.
    const out = new Uint8Array(buf.length);
    out.set(buf);
    return out;
  }
  let len = text.length;
  while (len > 0 && text.charCodeAt(len - 1) === 61 /* = */) len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const n =
      (B64_INDEX[text.charCodeAt(i)] << 18) |
      (B64_INDEX[text.charCodeAt(i + 1)] << 12) |
      (B64_INDEX[text.charCodeAt(i + 2)] << 6) |
      B64_INDEX[text.charCodeAt(i + 3)];
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 0xff;
    out[o++] = n & 0xff;
  }
  const rest = len - i;
  if (rest >= 2) {
    const n = (B64_INDEX[text.charCodeAt(i)] << 18) | (B64_INDEX[text.charCodeAt(i + 1)] << 12) |
      (rest === 3 ? B64_INDEX[text.charCodeAt(i + 2)] << 6 : 0);
    out[o++] = n >> 16;
    if (rest === 3) out[o++] = (n >> 8) & 0xff;
  }
  return out;
}

function bytesToEdges(bytes: Uint8Array): Uint32Array {
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  if (littleEndian && bytes.byteOffset % 4 === 0) {
    return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(bytes.byteLength >> 2);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

export function createAutomaton(edges: Uint32Array, alphabet: string): Automaton {
  // Direct lookup table over the UTF-16 range the alphabet occupies; the
  // alphabet is Cyrillic (+ maybe '-'), so the table stays small.
  let maxCode = 0;
  for (let i = 0; i < alphabet.length; i++) maxCode = Math.max(maxCode, alphabet.charCodeAt(i));
  const table = new Int8Array(maxCode + 1).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  const codeOf = (c: number): number => (c <= maxCode ? table[c] : -1);
  const empty = edges.length === 0;

  const walk = (word: string, start = 0): { state: number; final: boolean } | null => {
    if (empty || start < 0) return null;
    let state = start;
    let final = false;
    for (let i = 0; i < word.length; i++) {
      if (state < 0) return null;
      const label = codeOf(word.charCodeAt(i));
      if (label < 0) return null;
      let e = state;
      for (;;) {
        const v = edges[e];
        const l = v & LABEL_MASK;
        if (l === label) {
          final = (v & FINAL_BIT) !== 0;
          const target = v >>> TARGET_SHIFT;
          // Target 0 encodes "no outgoing edges" (0 is the root, never a target).
          state = target === 0 ? -1 : target;
          break;
        }
        // Labels are sorted, so a larger one means the char is absent.
        if (l > label || (v & LAST_BIT) !== 0) return null;
        e++;
      }
    }
    return { state, final };
  };

  const has = (word: string): boolean => {
    if (empty || word.length === 0) return false;
    let state = 0;
    let final = false;
    for (let i = 0; i < word.length; i++) {
      if (state === 0 && i > 0) return false;
      const label = codeOf(word.charCodeAt(i));
      if (label < 0) return false;
      let e = state;
      for (;;) {
        const v = edges[e];
        const l = v & LABEL_MASK;
        if (l === label) {
          final = (v & FINAL_BIT) !== 0;
          state = v >>> TARGET_SHIFT;
          break;
        }
        if (l > label || (v & LAST_BIT) !== 0) return false;
        e++;
      }
    }
    return final;
  };

  return { edges, alphabet, codeOf, has, walk };
}

/** Decodes the generated module's exports into a walkable automaton. */
export function decodeAutomaton(data: SpellingData): Automaton {
  const edges = bytesToEdges(decodeBase64(data.edges));
  if (edges.length !== data.edgeCount) {
    throw new Error(`spelling data is corrupt: ${edges.length} edges, expected ${data.edgeCount}`);
  }
  return createAutomaton(edges, data.alphabet);
}
