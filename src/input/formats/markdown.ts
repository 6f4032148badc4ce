// Markdown → prose with the source's offsets. mdast-util-from-markdown (CommonMark) gives
// every node its source span; only text nodes are copied back, everything else stays blank.

import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes, Parents } from 'mdast';
import { blankArray, breakAt, writePadded } from './blank.js';
import { paintWithReferences } from './entities.js';
import { extractHtml } from './html.js';

/** Blocks that get a blank line in place of their leading markup (`#`, `-`, `>`). */
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'code', 'thematicBreak', 'table', 'tableRow', 'footnoteDefinition']);

/** Markup nodes that never hold prose. */
const NOT_PROSE = new Set([
  'code', 'inlineCode', 'image', 'imageReference', 'definition', 'thematicBreak', 'break',
  'footnoteReference', 'toml', 'math', 'inlineMath',
]);

// CommonMark escapable characters: ASCII punctuation.
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
// Container markers at the start of a continuation line inside a text node (blockquote `>`,
// list indentation): they are markup even though the text node's span covers them.
const LINE_PREFIX = /\n((?:[ \t]*>)*[ \t]*)/g;

function paintText(out: string[], source: string, start: number, end: number): void {
  paintWithReferences(out, source, start, end, true);
  const slice = source.slice(start, end);
  ESCAPE.lastIndex = 0;
  for (let m = ESCAPE.exec(slice); m; m = ESCAPE.exec(slice)) writePadded(out, start + m.index, 2, m[1]);
  LINE_PREFIX.lastIndex = 0;
  for (let m = LINE_PREFIX.exec(slice); m; m = LINE_PREFIX.exec(slice)) {
    const from = start + m.index + 1;
    for (let i = 0; i < m[1].length; i++) out[from + i] = ' ';
  }
}

function isAutolink(node: Nodes, source: string, start: number): boolean {
  if (node.type !== 'link') return false;
  if (source[start] === '<') return true;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (only?.type !== 'text') return false;
  // GFM autolink literals: `www.x.ru` gets `http://`, an address gets `mailto:`.
  return [only.value, `mailto:${only.value}`, `http://${only.value}`, `https://${only.value}`].includes(node.url);
}

type Options = NonNullable<Parameters<typeof fromMarkdown>[1]>;
let options: Options | undefined;

// Built once: combining the extensions costs more than parsing a short reply.
function parserOptions(): Options {
  options ??= {
    // GFM: templates use tables, and bare URLs (autolink literals) must not read as prose.
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  };
  return options;
}

/**
 * The prose of a Markdown document: a string as long as `source` where code, HTML comments
 * and tags, link targets, images, emphasis/heading/list/quote markers are spaces (line
 * breaks kept), each block starts on a line of its own after a blank line where its markup
 * leaves room, and character references/escapes are their character plus U+200B padding.
 *
 * YAML front matter is kept verbatim: the next pipeline step, readFrontMatter(), reads and
 * blanks it (recognising it here keeps its `---` from being parsed as a heading underline).
 */
export function extractMarkdown(source: string): string {
  const out = blankArray(source);
  // micromark drops a leading BOM and counts offsets without it: parse without it and shift
  // back. The BOM itself stays for normalisation, as in plain text.
  const shift = source.startsWith('\uFEFF') ? 1 : 0;
  if (shift) out[0] = '\uFEFF';
  const tree = fromMarkdown(shift ? source.slice(shift) : source, parserOptions());

  const visit = (node: Nodes, parent: Parents | undefined): void => {
    if (node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
    const start = node.position.start.offset + shift;
    const end = node.position.end.offset + shift;

    if (node.type === 'yaml') {
      for (let i = start; i < end; i++) out[i] = source[i];
      return;
    }
    if (node.type === 'text') {
      paintText(out, source, start, end);
      return;
    }
    if (node.type === 'html') {
      // Inline tags (<b>, <br>) and HTML blocks: prose inside an HTML block is still prose.
      const inner = extractHtml(source.slice(start, end), { fragment: true });
      for (let i = 0; i < inner.length; i++) if (inner[i] !== ' ') out[start + i] = inner[i];
      if (parent?.type !== 'paragraph' && parent?.type !== 'heading') breakAt(out, start, end, 2);
      return;
    }
    if (NOT_PROSE.has(node.type) || isAutolink(node, source, start)) {
      if (BLOCKS.has(node.type)) breakAt(out, start, end, 2);
      return;
    }
    if (BLOCKS.has(node.type)) breakAt(out, start, end, 2);
    // Each cell on a line of its own, so «Срок | 30 дней» does not read as one sentence.
    if (node.type === 'tableCell') breakAt(out, start, end, 1);
    if ('children' in node) for (const child of node.children) visit(child as Nodes, node);
  };
  visit(tree, undefined);
  return out.join('');
}

