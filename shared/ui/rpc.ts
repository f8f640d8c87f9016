/** The UI pages' side of the message protocol: one typed call to the background. */
import browser from '../browser';
import type { Note, NoteInput, NoteQuery } from '../storage/notes-schema';
import type { AnchorReport, CapturedQuote, SidebarTabInfo } from '../messages';

type Failure = { ok: false; error: string };
type Ok<T> = { ok: true } & T;

async function call<T>(message: Record<string, unknown>): Promise<Ok<T> | Failure> {
  try {
    const answer = (await browser.runtime.sendMessage(message)) as Ok<T> | Failure | undefined;
    return answer ?? { ok: false, error: 'The extension did not answer. Reload the page and try again.' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export const rpc = {
  tabInfo: async (): Promise<SidebarTabInfo> => {
    const r = (await browser.runtime.sendMessage({ type: 'sidebar/get-tab' }).catch(() => null)) as SidebarTabInfo | null;
    return r ?? { state: null, article: null };
  },
  closeSidebar: () => browser.runtime.sendMessage({ type: 'sidebar/close' }).catch(() => undefined),
  switchSide: () => browser.runtime.sendMessage({ type: 'sidebar/switch-side' }).catch(() => undefined),
  selection: async (): Promise<string> => {
    const r = (await browser.runtime.sendMessage({ type: 'sidebar/get-selection' }).catch(() => null)) as { text?: string } | null;
    return typeof r?.text === 'string' ? r.text : '';
  },
  pickEvent: (eventId: string) => call<object>({ type: 'sidebar/pick-event', eventId }),
  openNotesPage: () => browser.runtime.sendMessage({ type: 'notes/open-page' }).catch(() => undefined),
  openExplorer: (hash = '') => browser.runtime.sendMessage({ type: 'explorer/open', hash }).catch(() => undefined),
  notedEventIds: () => call<{ ids: string[] }>({ type: 'notes/event-ids' }),
  listNotes: (query: NoteQuery) => call<{ notes: Note[] }>({ type: 'notes/list', query }),
  notesFor: (eventId?: string, articleUrl?: string) => call<{ notes: Note[] }>({ type: 'notes/for', eventId, articleUrl }),
  saveNote: (note: NoteInput) => call<{ note: Note }>({ type: 'notes/save', note }),
  deleteNote: (id: string) => call<{ note?: Note }>({ type: 'notes/delete', id }),
  restoreNote: (note: Note) => call<object>({ type: 'notes/restore', note }),
  deleteNotes: (ids: string[]) => call<{ notes: Note[] }>({ type: 'notes/delete-many', ids }),
  restoreNotes: (notes: Note[]) => call<object>({ type: 'notes/restore-many', notes }),
  renameTag: (from: string, to: string) => call<{ changed: number }>({ type: 'notes/rename-tag', from, to }),
  /** The selection on the sidebar's page (or where the given words stand), with the text around it. */
  captureQuote: (quote?: string) => call<{ quote: CapturedQuote | null }>({ type: 'sidebar/capture-quote', quote }),
  pageAuthor: () => call<{ author?: string }>({ type: 'sidebar/page-author' }),
  /** Highlights this tab's quoted passages again; says which could not be found. */
  anchors: () => call<AnchorReport>({ type: 'notes/anchors' }),
  importNotes: (text: string) => call<{ report: { added: number; updated: number; skipped: number } }>({ type: 'notes/import', text }),
  saveDraft: (key: string, text: string) => call<object>({ type: 'notes/draft-save', key, text }),
  readDraft: (key: string) => call<{ text: string }>({ type: 'notes/draft-read', key }),
  status: () => call<{ count: number; persisted: boolean }>({ type: 'notes/status' }),
};
