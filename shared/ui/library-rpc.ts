/** The pages' side of the library protocol (shared/library/library-messages.ts): one typed call per message. */
import browser from '../browser';
import type { ExchangeDraft } from '../library/draft';
import type { ExchangeInput, LibraryExchange, CapturedSource, LibrarySnapshot } from '../library/library-schema';
import type { ImportPreview, LibraryErrorCode, LibraryFailure, LibraryToBackground } from '../library/library-messages';
import type { TabState } from '../messages';

type Ok<T> = { ok: true } & T;
export type Answer<T> = Ok<T> | LibraryFailure;

async function call<T>(message: LibraryToBackground): Promise<Answer<T>> {
  try {
    const answer = (await browser.runtime.sendMessage(message)) as Answer<T> | undefined;
    return answer ?? { ok: false, code: 'failed', error: 'The extension did not answer. Reload the page and try again.' };
  } catch (error) {
    return { ok: false, code: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/** What a change answers: how to undo it, and the tab's detection result after it. */
type Changed = { undoId: string | null; state?: TabState | null };

export const libraryRpc = {
  list: () => call<{ library: LibrarySnapshot; autoCaptureError: { code: LibraryErrorCode; error: string; url: string } | null }>({ type: 'library/list' }),
  draft: () => call<{ draft: ExchangeDraft }>({ type: 'library/draft' }),
  save: (exchange: ExchangeInput) => call<Changed & { exchange: LibraryExchange; linkedTo?: string }>({ type: 'library/save', exchange }),
  remove: (id: string) => call<Changed>({ type: 'library/delete', id }),
  undo: (undoId: string) => call<{ state?: TabState | null }>({ type: 'library/undo', undoId }),
  capture: (eventId: string) => call<Changed & { source: CapturedSource | null }>({ type: 'library/capture', eventId }),
  forgetSource: (id: string) => call<Changed>({ type: 'library/forget-source', id }),
  clearSources: () => call<Changed & { deleted: number }>({ type: 'library/clear-sources' }),
  setAutoCapture: (autoCapture: boolean) => call<object>({ type: 'library/settings', autoCapture }),
  exportPack: () => call<{ text: string; exchanges: number; sources: number }>({ type: 'library/export' }),
  previewImport: (text: string) => call<{ preview: ImportPreview }>({ type: 'library/import-preview', text }),
  applyImport: (text: string) => call<Changed & { preview: ImportPreview; joined: { readerId: string; bundledId: string }[] }>({ type: 'library/import-apply', text }),
  openPage: () => browser.runtime.sendMessage({ type: 'library/open-page' } satisfies LibraryToBackground).catch(() => undefined),
};
