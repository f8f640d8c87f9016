import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TabState } from '../../../shared/messages';

/** What a library action tells the sidebar: a line to show (with Undo when it can be taken back) and the tab's new detection result. */
export interface LibraryOutcome {
  text: string;
  undoId: string | null;
  /** The tab's result after the change; undefined when the change did not touch it. */
  state?: TabState | null;
}

/**
 * How library components deep in the sidebar report an outcome to the whole (App shows the
 * notice and takes the new detection result), without props threaded down to them.
 */
export const LibraryOutcomeContext = createContext<(outcome: LibraryOutcome | null) => void>(() => undefined);
export const useLibraryOutcome = () => useContext(LibraryOutcomeContext);
