/**
 * What any part of the sidebar can ask the whole to do: open another exchange in place,
 * send a quote to the note form, look a phrase up in phrase history. Given through a
 * context so quote chips deep in the wording table need no props threaded down to them.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export interface SidebarActions {
  open(eventId: string): void;
  quote(text: string): void;
  history(phrase: string): void;
  /** Search every exchange for the words (the explorer's phrase search). */
  search(phrase: string): void;
}

export const ActionsContext = createContext<SidebarActions>({ open() {}, quote() {}, history() {}, search() {} });
export const useActions = (): SidebarActions => useContext(ActionsContext);
