// Minimal acyclic automaton (DAWG) builder and serialiser.
//
// Implemented by hand: the npm packages that build DAWGs are either
// unmaintained or emit their own formats, and we need a flat Uint32 edge
// array that src/spelling/automaton.ts can walk without any library.
// Algorithm: incremental construction for sorted input (Daciuk, Mihov,
// Watson, Watson 2000, "Incremental construction of minimal acyclic
// finite-state automata"), so memory stays proportional to the minimal
// automaton, not to the trie.
//
// Serialised format (must match src/spelling/automaton.ts):
//   one Uint32 per edge, little-endian; a state is the contiguous run of
//   its outgoing edges, sorted by label code;
//   bits 0..6   label: index into `alphabet` (so at most 127 symbols)
//   bit  7      the word may end after this edge (target state is final)
//   bit  8      last edge of its state
//   bits 9..31  index of the target state's first edge; 0 = no edges
//               (the root lives at index 0 and is never a target).
// The empty word is never accepted.

export const LABEL_BITS = 7;
export const FINAL_BIT = 1 << 7;
export const LAST_BIT = 1 << 8;
export const TARGET_SHIFT = 9;
export const MAX_TARGET = 2 ** (32 - TARGET_SHIFT) - 1;

/**
 * @typedef {{ final: boolean, labels: number[], children: BuildState[], id: number }} BuildState
 */

/** @returns {BuildState} */
function newState() {
  return { final: false, labels: [], children: [], id: -1 };
}

/**
 * Builds the minimal automaton. `words` must be sorted by UTF-16 code
 * units and free of duplicates (duplicates are tolerated and skipped).
 * @param {Iterable<string>} words
 * @returns {{ root: BuildState, states: number, alphabet: string, words: number }}
 */
export function buildDawg(words) {
  /** @type {Map<string, BuildState>} */
  const register = new Map();
  const root = newState();
  /** @type {BuildState[]} path[i] = state reached after i chars of prev */
  let path = [root];
  let prev = '';
  let count = 0;
  /** @type {Map<string, number>} */
  const codes = new Map();
  /** @type {string[]} */
  const symbols = [];

  // Codes are assigned in order of first appearance and then remapped,
  // so the builder does not need the alphabet in advance.
  /** @param {string} ch */
  const codeOf = (ch) => {
    let c = codes.get(ch);
    if (c === undefined) {
      c = symbols.length;
      codes.set(ch, c);
      symbols.push(ch);
    }
    return c;
  };

  /** @param {number} downTo minimise path states deeper than this depth */
  const minimize = (downTo) => {
    for (let i = path.length - 1; i > downTo; i--) {
      const child = path[i];
      const parent = path[i - 1];
      let key = child.final ? '1' : '0';
      for (let k = 0; k < child.labels.length; k++) {
        key += ',' + child.labels[k] + ':' + child.children[k].id;
      }
      const existing = register.get(key);
      if (existing) {
        parent.children[parent.children.length - 1] = existing;
      } else {
        child.id = register.size + 1;
        register.set(key, child);
      }
    }
    path.length = downTo + 1;
  };

  for (const word of words) {
    if (!word) continue;
    if (word === prev) continue;
    if (count > 0 && word < prev) {
      throw new Error(`buildDawg: input not sorted (${prev} > ${word})`);
    }
    let common = 0;
    const max = Math.min(word.length, prev.length);
    while (common < max && word.charCodeAt(common) === prev.charCodeAt(common)) common++;
    minimize(common);
    let state = path[common];
    for (let i = common; i < word.length; i++) {
      const next = newState();
      state.labels.push(codeOf(word[i]));
      state.children.push(next);
      path.push(next);
      state = next;
    }
    state.final = true;
    prev = word;
    count++;
  }
  minimize(0);

  // Remap codes so that labels sort by character; the runtime relies on
  // sorted labels to stop scanning a state early.
  const sorted = [...symbols].sort();
  if (sorted.length > 2 ** LABEL_BITS) throw new Error('buildDawg: alphabet too large');
  const remap = symbols.map((ch) => sorted.indexOf(ch));
  /** @type {Set<BuildState>} */
  const seen = new Set();
  /** @param {BuildState} s */
  const visit = (s) => {
    if (seen.has(s)) return;
    seen.add(s);
    for (let k = 0; k < s.labels.length; k++) s.labels[k] = remap[s.labels[k]];
    // Input order was code-unit order, and so is `sorted`, so the edges stay sorted.
    for (const c of s.children) visit(c);
  };
  visit(root);
  return { root, states: seen.size, alphabet: sorted.join(''), words: count };
}

/**
 * Lays the automaton out as a flat edge array (see the format above).
 * @param {{ root: BuildState }} dawg
 * @returns {Uint32Array}
 */
export function serializeDawg(dawg) {
  /** @type {Map<BuildState, number>} */
  const offsets = new Map();
  /** @type {BuildState[]} */
  const order = [];
  let next = 0;
  // Breadth-first from the root keeps frequently used short prefixes close
  // together, which helps cache locality when walking.
  /** @type {BuildState[]} */
  const queue = [dawg.root];
  offsets.set(dawg.root, 0);
  next = Math.max(1, dawg.root.labels.length);
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi];
    order.push(s);
    for (const c of s.children) {
      if (c.labels.length === 0 || offsets.has(c)) continue;
      offsets.set(c, next);
      next += c.labels.length;
      queue.push(c);
    }
  }
  if (next - 1 > MAX_TARGET) throw new Error('serializeDawg: too many edges for 23-bit targets');
  const out = new Uint32Array(next);
  for (const s of order) {
    const base = /** @type {number} */ (offsets.get(s));
    for (let k = 0; k < s.labels.length; k++) {
      const c = s.children[k];
      let v = s.labels[k];
      if (c.final) v |= FINAL_BIT;
      if (k === s.labels.length - 1) v |= LAST_BIT;
      const target = c.labels.length === 0 ? 0 : /** @type {number} */ (offsets.get(c));
      out[base + k] = (v | (target << TARGET_SHIFT)) >>> 0;
    }
  }
  return out;
}

/**
 * Little-endian bytes of the edge array, independent of host endianness.
 * @param {Uint32Array} edges
 * @returns {Uint8Array}
 */
export function edgesToBytes(edges) {
  const bytes = new Uint8Array(edges.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < edges.length; i++) view.setUint32(i * 4, edges[i], true);
  return bytes;
}

/**
 * Sorts and de-duplicates forms in the order buildDawg expects.
 * @param {Iterable<string>} forms
 * @returns {string[]}
 */
export function sortUnique(forms) {
  const arr = [...new Set(forms)];
  // Default sort compares UTF-16 code units, which is what buildDawg checks.
  arr.sort();
  return arr;
}
