/** The background's sender checks: only our own content script and our own pages are heard. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MessageSender } from '../../shared/browser';
import { fromOurContentScript, fromOurPage, type Self } from './senders';

const SELF: Self = { id: 'lips-and-teeth@lipsandteeth.example', origin: 'moz-extension://4b1d7c1e-0000-4000-8000-000000000001/' };
const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false } as MessageSender['tab'];

/** Any sender shape a browser could hand over, ours or not. */
const sender = fc.record(
  {
    id: fc.oneof(fc.constant(SELF.id), fc.string(), fc.constant(undefined)),
    url: fc.oneof(fc.constant(`${SELF.origin}sidebar/sidebar.html`), fc.webUrl(), fc.string(), fc.constant(undefined)),
    tab: fc.oneof(fc.constant(tab), fc.constant(undefined)),
    frameId: fc.option(fc.nat(), { nil: undefined }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<MessageSender>;

describe('sender checks', () => {
  it('hear our content script on a web page and our own pages', () => {
    expect(fromOurContentScript({ id: SELF.id, url: 'https://hongkongfp.com/2024/10/06/x/', tab, frameId: 0 }, SELF)).toBe(true);
    expect(fromOurPage({ id: SELF.id, url: `${SELF.origin}sidebar/sidebar.html`, tab, frameId: 3 }, SELF)).toBe(true);
    expect(fromOurPage({ id: SELF.id, url: `${SELF.origin}notes/notes.html` }, SELF)).toBe(true);
  });

  it('ignore other extensions, web pages and look-alike origins', () => {
    expect(fromOurContentScript({ id: 'other@example', url: 'https://example.com/', tab }, SELF)).toBe(false);
    expect(fromOurPage({ id: 'other@example', url: `${SELF.origin}sidebar/sidebar.html` }, SELF)).toBe(false);
    expect(fromOurContentScript({ url: 'https://example.com/', tab }, SELF)).toBe(false);
    // Same id string inside a longer host: the origin ends with "/", so this is not ours.
    expect(fromOurPage({ id: SELF.id, url: `${SELF.origin.slice(0, -1)}.evil.example/x` }, SELF)).toBe(false);
    // Our own page is not a content script, and our content script is not one of our pages.
    expect(fromOurContentScript({ id: SELF.id, url: `${SELF.origin}notes/notes.html`, tab }, SELF)).toBe(false);
    expect(fromOurPage({ id: SELF.id, url: 'https://example.com/', tab }, SELF)).toBe(false);
    // A content-script claim from outside any tab (e.g. a worker of ours) carries no tab to record state for.
    expect(fromOurContentScript({ id: SELF.id, url: 'https://example.com/' }, SELF)).toBe(false);
  });

  it('never hear a sender with another id, whatever else it claims', () => {
    fc.assert(
      fc.property(sender, (s) => {
        if (s.id === SELF.id) return;
        expect(fromOurPage(s, SELF)).toBe(false);
        expect(fromOurContentScript(s, SELF)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('never take one of our pages for a content script, nor a web page for one of ours; a content script needs a tab', () => {
    fc.assert(
      fc.property(sender, (s) => {
        expect(fromOurPage(s, SELF) && fromOurContentScript(s, SELF)).toBe(false);
        if (!(s.url ?? '').startsWith(SELF.origin)) expect(fromOurPage(s, SELF)).toBe(false);
        if (s.tab === undefined) expect(fromOurContentScript(s, SELF)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
