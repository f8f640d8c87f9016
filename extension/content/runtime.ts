/**
 * The content script's access to the extension APIs. Both browsers expose promise-based
 * `runtime` and `storage` on their native namespace in MV3 (`browser` in Firefox,
 * `chrome` in Chromium), which is all the content script needs; webextension-polyfill
 * would cost more than the script's whole size budget.
 */
interface Port {
  runtime?: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    getURL(path: string): string;
    onMessage: {
      addListener(fn: (message: unknown, sender: unknown, respond: (r: unknown) => void) => unknown): void;
      removeListener(fn: (message: unknown, sender: unknown, respond: (r: unknown) => void) => unknown): void;
    };
  };
  storage?: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: {
      addListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
      removeListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
  i18n?: { getMessage(key: string, substitutions?: string[]): string };
}

const g = globalThis as { browser?: Port; chrome?: Port };
// Picking the namespace must not read `.runtime`: that first read is what costs (see index.ts).
export const api: Port = g.browser ?? g.chrome ?? {};

/** False once the extension was reloaded or updated under this tab: every API call would throw. */
export function extensionAlive(): boolean {
  try {
    return Boolean(api.runtime?.id);
  } catch {
    return false;
  }
}
