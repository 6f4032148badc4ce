// HTML → prose with the source's offsets. parse5 is the WHATWG-conformant parser (what a
// browser would build, implied tags and all) and reports where every node sits in the source.

import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { decodeHTML } from 'entities';
import { blankArray, blankRange, breakAt } from './blank.js';
import { paintWithReferences } from './entities.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose content is never the official's prose. */
const SKIP = new Set([
  'head', 'title', 'script', 'style', 'template', 'noscript', 'textarea', 'select',
  'svg', 'math', 'iframe', 'object', 'canvas', 'audio', 'video',
]);

/** Paragraph-level blocks: their tags become a blank line, so the parser starts a new paragraph. */
const PARAGRAPH = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'table', 'tr', 'thead', 'tbody', 'tfoot', 'caption', 'section', 'article',
  'header', 'footer', 'main', 'nav', 'aside', 'address', 'pre', 'hr', 'figure', 'figcaption',
  'form', 'fieldset', 'legend', 'center', 'details', 'summary', 'body', 'html',
]);

/** Line-level breaks: a new line, not a new paragraph. */
const LINE = new Set(['br', 'td', 'th', 'option']);

export interface HtmlOptions {
  /** Parse as a fragment (HTML inside Markdown) rather than a whole document. */
  fragment?: boolean;
  /**
   * Skip quoted earlier messages in mail: `<blockquote type="cite">` and the quote containers
   * of the common mail clients. Off for documents, where a blockquote may be the official's.
   */
  dropQuotes?: boolean;
}

const QUOTE_CLASSES = /(?:^|\s)(?:gmail_quote|gmail_attr|moz-cite-prefix|yandex_quote|OutlookMessageHeader)(?:\s|$)/;

function isQuote(element: Element): boolean {
  const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value;
  if (element.tagName === 'blockquote' && attr('type')?.toLowerCase() === 'cite') return true;
  if (attr('id') === 'divRplyFwdMsg' || attr('id') === 'appendonsend') return true;
  const cls = attr('class');
  return cls !== undefined && QUOTE_CLASSES.test(cls);
}

const TAG_OR_COMMENT = /<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][^>]*>?/g;

function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

/** `<a href="https://x.ru">https://x.ru</a>`: an address, not prose (as bare URLs in Markdown). */
function isUrlLink(element: Element): boolean {
  if (element.tagName !== 'a') return false;
  const href = element.attrs.find((a) => a.name === 'href')?.value.trim();
  const text = textContent(element).trim();
  if (!href || !text) return false;
  const bare = (url: string) => url.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '').toLowerCase();
  return bare(href) === bare(text);
}

/**
 * Copy a text node's source characters. parse5 merges text that the tree builder moves
 * together, and then the node's span also covers the tags in between (whitespace after
 * </body>, text foster-parented out of a <table>): such a span is painted without its tags.
 */
function paintText(out: string[], source: string, value: string, loc: { startOffset: number; endOffset: number }): void {
  const { startOffset: start, endOffset: end } = loc;
  const slice = source.slice(start, end);
  if (!slice.includes('<') || decodeHTML(slice).replace(/\r\n?/g, '\n') === value) {
    paintWithReferences(out, source, start, end, false);
    return;
  }
  if (value.trim() === '') return;
  paintWithReferences(out, source, start, end, false);
  TAG_OR_COMMENT.lastIndex = 0;
  for (let m = TAG_OR_COMMENT.exec(slice); m; m = TAG_OR_COMMENT.exec(slice)) {
    blankRange(out, start + m.index, start + m.index + m[0].length);
  }
}

/**
 * The prose of an HTML document: a string as long as `source`, where markup, comments and
 * skipped elements are spaces (line breaks kept), block tags hold `\n` or `\n\n`, and
 * character references are their character plus U+200B padding.
 */
export function extractHtml(source: string, options: HtmlOptions = {}): string {
  const out = blankArray(source);
  const tree = options.fragment
    ? parseFragment(source, { sourceCodeLocationInfo: true })
    : parse(source, { sourceCodeLocationInfo: true });

  const visit = (node: Node, inMail: boolean): void => {
    if (node.nodeName === '#text') {
      const text = node as DefaultTreeAdapterMap['textNode'];
      if (text.sourceCodeLocation) paintText(out, source, text.value, text.sourceCodeLocation);
      return;
    }
    if (node.nodeName === '#comment' || node.nodeName === '#documentType') return;
    if ('tagName' in node) {
      const element = node as Element;
      if (SKIP.has(element.tagName)) return;
      if (inMail && isQuote(element)) return;
      if (isUrlLink(element)) return;
      const loc = element.sourceCodeLocation;
      const count = PARAGRAPH.has(element.tagName) ? 2 : LINE.has(element.tagName) ? 1 : 0;
      if (loc && count > 0) {
        // Implied tags (</p> left out, <tbody> added by the parser) have no location.
        if (loc.startTag) breakAt(out, loc.startTag.startOffset, loc.startTag.endOffset, count);
        if (loc.endTag) breakAt(out, loc.endTag.startOffset, loc.endTag.endOffset, count);
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child, inMail);
  };
  visit(tree as Node, options.dropQuotes === true);
  return out.join('');
}
