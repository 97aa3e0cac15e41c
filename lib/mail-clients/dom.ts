/**
 * DOM helpers shared by the mail-client readers: named lookups that tell "may be absent"
 * (findElement) from "must exist, or the layout changed" (expectElement), and a censored
 * skeleton of a subtree for logs (tags and attribute names, never text or attribute values).
 */

/** A selector that must match did not: the client's layout has probably changed. */
export class SelectorError extends Error {
  constructor(
    /** The selector's name in the client's selector file, e.g. "gmail.messageSender". */
    readonly selectorName: string,
  ) {
    super(`Selector "${selectorName}" matched nothing; the page layout may have changed.`);
    this.name = 'SelectorError';
  }
}

export interface NamedSelector {
  /** Stable name used in errors and logs. */
  name: string;
  /** CSS selector. */
  css: string;
}

/** The first match of `selector` under `root`, or undefined when it may legitimately be missing. */
export function findElement<E extends Element = HTMLElement>(root: ParentNode, selector: NamedSelector): E | undefined {
  return (root.querySelector(selector.css) as E | null) ?? undefined;
}

/** Every match of `selector` under `root`, in document order. */
export function findAll<E extends Element = HTMLElement>(root: ParentNode, selector: NamedSelector): E[] {
  return Array.from(root.querySelectorAll(selector.css)) as E[];
}

/** The first match of `selector` under `root`; throws SelectorError when there is none. */
export function expectElement<E extends Element = HTMLElement>(root: ParentNode, selector: NamedSelector): E {
  const found = findElement<E>(root, selector);
  if (!found) throw new SelectorError(selector.name);
  return found;
}

/**
 * A skeleton of `node` for logs: tag names, ids stripped, attribute names only, no text. Mail
 * content never reaches a log; the skeleton is enough to see which part of a layout moved.
 */
export function censorHtml(node: Element, maxDepth = 6): string {
  const attrs = Array.from(node.attributes)
    .map((a) => (a.name === 'class' ? `class="${a.value.replace(/[^\w\s-]/g, '')}"` : a.name))
    .join(' ');
  const open = `<${node.localName}${attrs ? ` ${attrs}` : ''}>`;
  if (maxDepth <= 0) return node.children.length ? `${open}…</${node.localName}>` : `${open}</${node.localName}>`;
  const children = Array.from(node.children)
    .map((child) => censorHtml(child, maxDepth - 1))
    .join('');
  return `${open}${children}</${node.localName}>`;
}
