// Tiny DOM helpers: elements by id, and new elements whose text is always text (never markup).

export const byId = <T extends HTMLElement = HTMLElement>(id: string): T =>
  document.getElementById(id) as T;

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string; label?: string } = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  if (options.label) node.setAttribute('aria-label', options.label);
  for (const child of children) node.appendChild(child);
  return node;
}

export function button(text: string, onClick: () => void, label?: string): HTMLButtonElement {
  const node = element('button', { text, label });
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

/** A random key without a secure context (crypto.randomUUID needs one; getRandomValues does not). */
export function randomKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
