/**
 * content.js, the one script the manifest declares: it runs on every page the reader
 * opens, so it is only the gate's first stage, and it is written for what a content
 * script's fresh world charges (measured in docs/gate-cost.md): the title is read as the
 * empty floor reads it, and tested with plain substring tests the build writes in from
 * shared/detector/gate-vocabulary.json. On an ordinary page no regular expression runs, no
 * meta tag is looked up and no function of ours is called: each of those cost more than the
 * empty floor's whole script. No timers, no observers, no listeners, not even a read of the
 * extension API (Chromium charges about 0.7 ms for the first touch of `chrome.runtime`).
 *
 * A title too bare to name anything (a masthead, a channel name, a date) sends the gate to
 * the opening of the page instead. On a candidate page it tells the background, which
 * injects the extractor (extract.js) into this tab. Single-page navigation is learned by
 * the background from the browser (tabs.onUpdated). Budget: 2 KB minified (scripts/budgets.json).
 */
import firstStage from 'virtual:first-stage';
import { titleAndOpening } from './head-text';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

const title = document.title;
// head-text.ts's isBareTitle, counted inline: here a call costs more than the loop.
let letters = 0;
for (let i = 0; i < title.length && letters < 12; i++) {
  const c = title.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters += 1;
  else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3400 && c <= 0x9fff)) letters += 2;
}
// head-text.ts's gateText and first-stage.ts's foldTitle, inline for the same reason.
const folded = (letters < 12 ? titleAndOpening(document) : title).toLowerCase();

// The build replaces this call with the stage's tests (scripts/first-stage-plugin.ts).
if (firstStage(folded)) {
  const g = globalThis as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  try {
    // The answer does not matter: the background injects the extractor, which reports itself.
    void (g.browser ?? g.chrome)?.runtime.sendMessage({ type: 'content/candidate' })?.catch(() => undefined);
  } catch {
    // The extension was reloaded under this page: this copy has nothing to report to.
  }
}
