/** Storage failures of the library in words a reader can act on, with a code the pages translate. */
import type { LibraryErrorCode } from '../../shared/library/library-messages';

export function libraryFailure(error: unknown): { ok: false; code: LibraryErrorCode; error: string } {
  const name = error instanceof DOMException ? error.name : '';
  const text = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(text)) {
    return { ok: false, code: 'quota', error: 'Your disk or browser storage is full, so this could not be saved. Free some space and try again; what you entered is kept.' };
  }
  if (/denied|security|private|not allowed|mutation/i.test(text) || name === 'InvalidStateError' || name === 'SecurityError') {
    return { ok: false, code: 'refused', error: 'The browser refused to store this (private browsing, or Firefox set to never remember history).' };
  }
  return { ok: false, code: 'failed', error: `Library storage failed: ${text}` };
}
