/**
 * Per-tab detection results, kept in storage.session because the MV3 background is
 * killed when idle (STYLE.md point 6). Key `tab:<id>` holds the stable TabState contract
 * the browser tests read; `article:<id>` holds the extracted facts for the sidebar.
 */
import browser from '../../shared/browser';
import type { ArticleFacts } from '../../shared/detector/article';
import { isArticleFacts, isTabState, type TabState } from '../../shared/messages';

const tabKey = (tabId: number) => `tab:${tabId}`;
const articleKey = (tabId: number) => `article:${tabId}`;

export async function saveTabState(tabId: number, state: TabState, article: ArticleFacts | null): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: state, [articleKey(tabId)]: article && { ...article, text: article.text.slice(0, 20_000) } });
  await showBadge(tabId, state);
}

export async function readTabState(tabId: number): Promise<{ state: TabState | null; article: ArticleFacts | null }> {
  const stored = await browser.storage.session.get([tabKey(tabId), articleKey(tabId)]);
  const state = stored[tabKey(tabId)];
  const article = stored[articleKey(tabId)];
  return { state: isTabState(state) ? state : null, article: isArticleFacts(article) ? article : null };
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove([tabKey(tabId), articleKey(tabId)]);
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
}

async function showBadge(tabId: number, state: TabState): Promise<void> {
  const text = state.status === 'match' ? '1' : state.status === 'topic' ? '?' : '';
  await browser.action.setBadgeText({ tabId, text });
  if (text) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: state.status === 'match' ? '#9b1c31' : '#5f6b7a' });
    await browser.action.setTitle({ tabId, title: state.status === 'match' ? 'Lips & Teeth: this article reports a Xi–Kim exchange' : 'Lips & Teeth: a Xi–Kim exchange not in the dataset' });
  }
}
