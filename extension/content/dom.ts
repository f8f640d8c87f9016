/**
 * HTML elements even in an XML document (where `createElement` makes namespace-less elements
 * that cannot host a shadow root or render as buttons and frames).
 */
export function make<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K];
export function make(tag: string, className?: string): HTMLElement;
export function make(tag: string, className = ''): HTMLElement {
  const el = document.createElementNS('http://www.w3.org/1999/xhtml', tag) as HTMLElement;
  el.className = className;
  return el;
}

/** A plain button (never a form's submit), named for assistive technology by `label`. */
export function button(className: string, label?: string, text?: string): HTMLButtonElement {
  const b = make('button', className);
  b.type = 'button';
  if (label) b.setAttribute('aria-label', label);
  if (text) b.textContent = text;
  return b;
}
