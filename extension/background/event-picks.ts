/**
 * The reader's pick among probable exchanges, per page: kept in storage.local so a reload,
 * or coming back next week, shows (and files notes under) the exchange they chose.
 */
import browser from '../../shared/browser';
import { articleKey } from '../../shared/dataset/wording';

const KEY = 'eventPicks';
/** Oldest picks are forgotten past this many pages. */
const LIMIT = 500;

type Picks = Record<string, { eventId: string; at: number }>;

async function readAll(): Promise<Picks> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return stored && typeof stored === 'object' ? (stored as Picks) : {};
}

export async function readPick(url: string): Promise<string | undefined> {
  const pick = (await readAll())[articleKey(url)];
  return typeof pick?.eventId === 'string' ? pick.eventId : undefined;
}

export async function savePick(url: string, eventId: string): Promise<void> {
  const picks = await readAll();
  picks[articleKey(url)] = { eventId, at: Date.now() };
  const keep = Object.entries(picks).sort((a, b) => b[1].at - a[1].at).slice(0, LIMIT);
  await browser.storage.local.set({ [KEY]: Object.fromEntries(keep) });
}
