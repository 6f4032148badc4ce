// HTML → prose with the source's offsets. parse5 is the WHATWG-conformant parser (what a
// browser would build, implied tags and all) and reports where every node sits in the source.

import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { blankArray, breakAt } from './blank.js';
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
      const loc = (node as DefaultTreeAdapterMap['textNode']).sourceCodeLocation;
      if (loc) paintWithReferences(out, source, loc.startOffset, loc.endOffset, false);
      return;
    }
    if (node.nodeName === '#comment' || node.nodeName === '#documentType') return;
    if ('tagName' in node) {
      const element = node as Element;
      if (SKIP.has(element.tagName)) return;
      if (inMail && isQuote(element)) return;
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
