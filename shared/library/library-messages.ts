/**
 * The library's part of the message protocol: pages (sidebar, notes, library page) → background.
 * Each message is checked in extension/background/library-handlers.ts before it reaches the
 * database; `library/draft` and `library/capture` read the article of the tab the sidebar is in,
 * never page-sent text.
 */
import type { ExchangeInput } from './library-schema';

export type LibraryToBackground =
  /** The reader's exchanges, kept wording and settings (pages merge them into the bundled record). */
  | { type: 'library/list' }
  /** The sidebar's tab article as a draft exchange, for the "Add this exchange" form. */
  | { type: 'library/draft' }
  /** Adds (no id) or edits an exchange. */
  | { type: 'library/save'; exchange: ExchangeInput }
  | { type: 'library/delete'; id: string }
  | { type: 'library/undo'; undoId: string }
  /** Keeps the wording of the sidebar's tab article for an exchange. */
  | { type: 'library/capture'; eventId: string }
  | { type: 'library/forget-source'; id: string }
  /** Deletes every kept wording (the setting's "delete all"). */
  | { type: 'library/clear-sources' }
  | { type: 'library/settings'; autoCapture: boolean }
  | { type: 'library/export' }
  | { type: 'library/import-preview'; text: string }
  | { type: 'library/import-apply'; text: string }
  | { type: 'library/open-page' };

/** Why a library request failed, for the page to say in the reader's language. */
export type LibraryErrorCode = 'quota' | 'refused' | 'failed' | 'invalid' | 'no-article' | 'gone';

export type LibraryFailure = { ok: false; error: string; code: LibraryErrorCode };

/** What the import preview shows, before anything changes. */
export interface ImportPreview {
  exchanges: { add: PreviewExchange[]; change: PreviewExchange[]; same: number };
  sources: { add: PreviewSource[]; change: PreviewSource[]; same: number };
  /** Added exchanges the bundled record holds already: they join it instead of showing twice. */
  joins: { readerId: string; bundledId: string }[];
}

export interface PreviewExchange {
  id: string;
  date: string;
  direction: string;
  kind: string;
  occasion: string;
  summary: string;
}

export interface PreviewSource {
  eventId: string;
  outlet: string;
  headline: string;
  url?: string;
}
