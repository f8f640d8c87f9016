/**
 * Notes keep the exchange id they were saved with; when the dataset renames an id, an
 * alias (shared/dataset/aliases.json) must still lead old notes to their exchange.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../dataset/aliases.json');
  vi.resetModules();
});

describe('eventById with aliases', () => {
  it('follows an alias from a renamed id to the current exchange; unknown ids stay unknown', async () => {
    const { EVENTS } = await import('../dataset');
    const current = EVENTS[EVENTS.length - 1]!;
    vi.resetModules();
    vi.doMock('../dataset/aliases.json', () => ({ default: { 'old-renamed-id': current.id, 'alias-to-nothing': 'no-such-exchange' } }));
    const { eventById } = await import('../dataset');
    expect(eventById('old-renamed-id')?.id).toBe(current.id);
    expect(eventById(current.id)?.id).toBe(current.id);
    expect(eventById('alias-to-nothing')).toBeUndefined();
    expect(eventById('never-existed')).toBeUndefined();
  });

  it('without an alias, a renamed id finds nothing (so the notes page shows the raw id)', async () => {
    vi.doMock('../dataset/aliases.json', () => ({ default: {} }));
    const { eventById } = await import('../dataset');
    expect(eventById('old-renamed-id')).toBeUndefined();
  });
});
