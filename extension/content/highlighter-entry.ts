/**
 * Built as highlight.js. The background injects it (scripting.executeScript, into the
 * content scripts' isolated world) only into tabs whose page has notes with quotes, and
 * when the reader takes a quote from the sidebar; then calls these functions. The
 * content script that runs on every page knows nothing of it.
 */
import { pageAuthor } from './page-author';
import { describeSelection, describeText } from './quote-capture';
import { highlightQuotes } from './quote-highlight';

const api = { describeSelection, describeText, highlightQuotes, pageAuthor };
export type Highlighter = typeof api;

const world = globalThis as { __lipsAndTeethHighlighter?: Highlighter };
world.__lipsAndTeethHighlighter ??= api;
