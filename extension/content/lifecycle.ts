/**
 * One AbortController for everything the content script hangs on the page. When the
 * extension is reloaded or updated under an open tab, the old script's API calls start
 * to fail; it then aborts, which unmounts the UI and removes every listener, silently.
 */
import { extensionAlive } from './runtime';

const controller = new AbortController();
export const signal = controller.signal;

export function shutDown(): void {
  if (!signal.aborted) controller.abort();
}

/** Runs an extension API call; if the extension is gone, shuts down instead of throwing at the page. */
export async function guarded<T>(call: () => Promise<T>): Promise<T | undefined> {
  if (signal.aborted) return undefined;
  if (!extensionAlive()) {
    shutDown();
    return undefined;
  }
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch {
      // "Extension context invalidated": stay quiet and stop. Otherwise the MV3 background may
      // have been stopped mid-call; it starts again for the next message, so try once more.
      if (!extensionAlive()) shutDown();
      if (signal.aborted || attempt > 0) return undefined;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
