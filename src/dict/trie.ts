// All linear sequences of a dictionary's patterns merged into one trie, built at build time and
// shipped as a flat Int32Array (base64), so that start-up costs neither parsing thousands of
// sequences nor building objects for them: the matcher walks the array itself.
//
// Node layout at offset o:
//   data[o]            number of word edges E, then E pairs (step, child): step ≥ 0 is an index
//                      into the word-form sets, step < 0 the prefix −step−1
//   data[o + 1 + 2E]   number of gap edges G, then G pairs (max, child)
//   next               number of accepts A, then A values entry·2 + (unless ? 1 : 0)
import type { Step } from './pattern.js';

export interface BuildNode {
  edges: Array<{ step: number; child: BuildNode }>;
  gaps: Array<{ max: number; child: BuildNode }>;
  accept: number[];
}

export const newBuildNode = (): BuildNode => ({ edges: [], gaps: [], accept: [] });

/** A step of a sequence as the trie stores it: a set index, a prefix index, or a gap. */
export type TrieStep = { set: number } | { prefix: number } | { gap: number };

export function insert(root: BuildNode, steps: TrieStep[], entry: number, unless: boolean): void {
  let node = root;
  for (const s of steps) {
    if ('gap' in s) {
      let edge = node.gaps.find((g) => g.max === s.gap);
      if (!edge) node.gaps.push((edge = { max: s.gap, child: newBuildNode() }));
      node = edge.child;
    } else {
      const step = 'set' in s ? s.set : -s.prefix - 1;
      let edge = node.edges.find((e) => e.step === step);
      if (!edge) node.edges.push((edge = { step, child: newBuildNode() }));
      node = edge.child;
    }
  }
  const value = entry * 2 + (unless ? 1 : 0);
  if (!node.accept.includes(value)) node.accept.push(value);
}

/** Lays the trie out breadth-first in one Int32Array. */
export function flatten(root: BuildNode): Int32Array {
  const order: BuildNode[] = [];
  const offset = new Map<BuildNode, number>();
  let size = 0;
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i];
    offset.set(n, size);
    order.push(n);
    size += 3 + 2 * n.edges.length + 2 * n.gaps.length + n.accept.length;
    for (const e of n.edges) queue.push(e.child);
    for (const g of n.gaps) queue.push(g.child);
  }
  const data = new Int32Array(size);
  for (const n of order) {
    let o = offset.get(n)!;
    data[o++] = n.edges.length;
    for (const e of n.edges) {
      data[o++] = e.step;
      data[o++] = offset.get(e.child)!;
    }
    data[o++] = n.gaps.length;
    for (const g of n.gaps) {
      data[o++] = g.max;
      data[o++] = offset.get(g.child)!;
    }
    data[o++] = n.accept.length;
    for (const a of n.accept) data[o++] = a;
  }
  return data;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of the array's little-endian bytes; by hand, so it runs the same in Node and browsers. */
export function encodeTrie(data: Int32Array): string {
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    out += B64[a >> 2] + B64[((a & 3) << 4) | (b >> 4)] + (i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)] : '=') + (i + 2 < bytes.length ? B64[c & 63] : '=');
  }
  return out;
}

const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) DECODE[B64.charCodeAt(i)] = i;

export function decodeTrie(text: string): Int32Array {
  const length = Math.floor((text.length * 3) / 4) - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);
  const bytes = new Uint8Array(Math.ceil(length / 4) * 4);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const a = DECODE[text.charCodeAt(i)];
    const b = DECODE[text.charCodeAt(i + 1)];
    const c = DECODE[text.charCodeAt(i + 2)];
    const d = DECODE[text.charCodeAt(i + 3)];
    bytes[o++] = (a << 2) | (b >> 4);
    if (c >= 0) bytes[o++] = ((b & 15) << 4) | (c >> 2);
    if (d >= 0) bytes[o++] = ((c & 3) << 6) | d;
  }
  return new Int32Array(bytes.buffer, 0, length >> 2);
}

/** Converts a parsed pattern step to a trie step, interning sets and prefixes. */
export function trieStep(step: Step, setOf: (forms: ReadonlySet<string>) => number, prefixOf: (prefix: string) => number): TrieStep {
  if (step.type === 'gap') return { gap: step.max };
  if (step.type === 'prefix') return { prefix: prefixOf(step.prefix) };
  return { set: setOf(step.forms) };
}
