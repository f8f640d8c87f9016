/**
 * A list that scrolls with the page but renders only the rows near the viewport, so ten
 * thousand exchanges cost what forty do. A small Preact binding of @tanstack/virtual-core
 * (the React one, @tanstack/react-virtual, needs react-dom's flushSync).
 */
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';
import { observeWindowOffset, observeWindowRect, Virtualizer, windowScroll } from '@tanstack/virtual-core';

export interface WindowListOptions {
  count: number;
  /** A first guess of a row's height; rows are measured once rendered. */
  estimateSize: (index: number) => number;
  getItemKey: (index: number) => string;
  /** Distance from the top of the document to the top of the list. */
  scrollMargin: number;
}

export function useWindowVirtualizer(options: WindowListOptions): Virtualizer<Window, HTMLElement> {
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const resolved = {
    ...options,
    overscan: 6,
    getScrollElement: () => window,
    observeElementRect: observeWindowRect,
    observeElementOffset: observeWindowOffset,
    scrollToFn: windowScroll,
    initialOffset: () => window.scrollY,
    onChange: () => rerender(0),
  };
  const [instance] = useState(() => new Virtualizer<Window, HTMLElement>(resolved));
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), []);
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}
