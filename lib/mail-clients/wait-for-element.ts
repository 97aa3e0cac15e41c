/**
 * Resolves with the first element under `root` matching `hook`, waiting for it with a
 * MutationObserver (never polling); rejects with SelectorError(name) after `timeoutMs`.
 */
import { findElement, SelectorError, type Hook } from './dom';

export function waitForElement<E extends Element = HTMLElement>(
  root: ParentNode & Node,
  hook: Hook,
  timeoutMs = 3000,
): Promise<E> {
  const found = findElement<E>(root, hook);
  if (found) return Promise.resolve(found);
  return new Promise<E>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const el = findElement<E>(root, hook);
      if (!el) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(el);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new SelectorError(hook.name));
    }, timeoutMs);
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'g_editable', 'role'],
    });
  });
}
