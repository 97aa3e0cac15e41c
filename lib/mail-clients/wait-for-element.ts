/**
 * Resolves with the first element under `root` matching `css`, waiting for it with a
 * MutationObserver (never polling); rejects with SelectorError(name) after `timeoutMs`.
 */
import { SelectorError, type NamedSelector } from './dom';

export function waitForElement<E extends Element = HTMLElement>(root: ParentNode & Node, selector: NamedSelector, timeoutMs = 3000): Promise<E> {
  const found = root.querySelector<E & Element>(selector.css);
  if (found) return Promise.resolve(found as E);
  return new Promise<E>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const el = root.querySelector(selector.css);
      if (!el) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(el as E);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new SelectorError(selector.name));
    }, timeoutMs);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'g_editable', 'role'] });
  });
}
