/**
 * Who may ask the background for what (STYLE.md point 4): pure predicates over a message
 * sender, given the extension's own id and origin, so they can be tested without a browser.
 */
import type { MessageSender } from '../../shared/browser';

/** This extension as it sees itself: `runtime.id` and `runtime.getURL('')`. */
export interface Self {
  id: string;
  origin: string;
}

const fromUs = (sender: MessageSender, self: Self) => sender.id === self.id;
const onOurOrigin = (sender: MessageSender, self: Self) => (sender.url ?? '').startsWith(self.origin);

/** Our own extension pages (sidebar frame, notes page) — not content scripts, not other extensions. */
export const fromOurPage = (sender: MessageSender, self: Self): boolean => fromUs(sender, self) && onOurOrigin(sender, self);

/** Our content script: our id, inside a tab, on a web page. */
export const fromOurContentScript = (sender: MessageSender, self: Self): boolean =>
  fromUs(sender, self) && sender.tab?.id !== undefined && !onOurOrigin(sender, self);
