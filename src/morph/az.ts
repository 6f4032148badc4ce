// Run-time morphology with Az.js (OpenCorpora), loaded lazily: only the checks that need
// grammatical tags pull it in. Az reads its dictionary through `Az.load`, which we replace with a
// data reader supplied by the entry point (the file system in Node, fetch in a browser), so this
// module itself touches neither.
import type { MorphParse, Morphology } from './types.js';

export type DataReader = (file: string) => Promise<ArrayBuffer | string>;

let reader: DataReader | undefined;
let loading: Promise<Morphology> | undefined;
let loaded: Morphology | undefined;

export function setMorphologyReader(read: DataReader): void {
  reader = read;
}

export function morphologyLoaded(): Morphology | undefined {
  return loaded;
}

const norm = (w: string) => w.toLowerCase().replace(/ё/g, 'е');

export function loadMorphology(): Promise<Morphology> {
  if (loading) return loading;
  loading = (async () => {
    if (!reader) throw new Error('Морфологический словарь недоступен: не задан способ чтения данных (setMorphologyReader).');
    const read = reader;
    const mod = (await import('../generated/az.js')) as { default?: unknown };
    const Az = (mod.default ?? mod) as {
      load: (url: string, type: string, cb: (err: unknown, data?: unknown) => void) => void;
      Morph: ((word: string, opts?: object) => Array<Record<string, any>>) & { init: (path: string, cb: (err: unknown) => void) => void };
    };
    Az.load = (url, type, cb) => {
      read(url.replace(/^.*\//, '')).then(
        (data) => {
          if (type === 'json') cb(null, typeof data === 'string' ? JSON.parse(data) : JSON.parse(new TextDecoder().decode(data)));
          else cb(null, typeof data === 'string' ? new TextEncoder().encode(data).buffer : data);
        },
        (err) => cb(err),
      );
    };
    await new Promise<void>((resolve, reject) => Az.Morph.init('az', (err) => (err ? reject(err) : resolve())));
    const cache = new Map<string, MorphParse[]>();
    // rules ask for the same token's text again and again: found by the text as given first,
    // without lower-casing it each time
    const asGiven = new Map<string, MorphParse[]>();
    const morphology: Morphology = {
      parse(word) {
        if (typeof word !== 'string' || !word) return [];
        const known = asGiven.get(word);
        if (known) return known;
        const key = norm(word);
        let parses = cache.get(key);
        if (!parses) {
          parses = Az.Morph(word.toLowerCase(), { typos: 0, stutter: 0 }).map((p) => {
            const tag = p.tag as { POST?: string; toString(): string };
            const tags = new Set(String(tag).split(/[ ,]+/));
            // Az's normal form can be missing for a guessed parse: fall back to the word itself
            const lemma = (p.normalize?.() as { word?: string } | undefined)?.word ?? key;
            return { lemma: norm(lemma), pos: tag.POST ?? [...tags][0], tags, score: p.score as number, known: p.parser === 'Dictionary' };
          });
          if (cache.size > 50000) cache.clear();
          cache.set(key, parses);
        }
        if (asGiven.size > 50000) asGiven.clear();
        asGiven.set(word, parses);
        return parses;
      },
    };
    loaded = morphology;
    return morphology;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
