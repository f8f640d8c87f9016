/** A line the library page shows after an action: a message (with Undo when the change can be taken back) or an error. */
export type PageMessage = { text: string; undoId?: string | null } | { error: string };
