/**
 * DOM helpers shared by the mail-client readers: named hooks that tell "may be absent"
 * (findElement) from "must exist, or the layout changed" (expectElement), a record of which
 * hooks were found lately (for the options page's reading health; names only, never content),
 * and a censored skeleton of a subtree for logs (tags and attribute names, never text or
 * attribute values).
 */

/** A hook that must match did not: the client's layout has probably changed. */
export class SelectorError extends Error {
  constructor(
    /** The hook's name in the client's selector file, e.g. "gmail.messageSender". */
    readonly selectorName: string,
  ) {
    super(`Selector "${selectorName}" matched nothing; the page layout may have changed.`);
    this.name = 'SelectorError';
  }
}

/** One way of finding a hook, with when and where it was seen. */
export interface HookAlternative {
  /** CSS selector. */
  readonly css: string;
  /** When this alternative was last seen in a real page or capture (YYYY-MM). */
  readonly seen: string;
  /** Where it was seen: a capture, a fixture, a public project that relies on it. */
  readonly evidence: string;
}

/**
 * A named hook into a mail client's page: an ordered list of alternatives, newest first; the
 * first alternative that matches wins. Each alternative is counted on the dated fixtures.
 */
export interface Hook {
  /** Stable name used in errors, logs and reading health, e.g. "gmail.messageBody". */
  readonly name: string;
  /** Why this hook and what it relies on. */
  readonly note: string;
  readonly alternatives: readonly HookAlternative[];
}

/** @deprecated name kept for readers not yet moved: every hook is a Hook. */
export type NamedSelector = Hook;

/** Every alternative's CSS joined: for `closest()` and `matches()`, where order cannot apply. */
function anyCss(hook: Hook): string {
  return hook.alternatives.map((a) => a.css).join(', ');
}

/** Which hooks were found (and by which alternative) or missed since the last report. */
const found = new Map<string, number>();
const missing = new Set<string>();

function note(hook: Hook, alternative: number): void {
  if (alternative < 0) {
    if (!found.has(hook.name)) missing.add(hook.name);
  } else {
    found.set(hook.name, alternative);
    missing.delete(hook.name);
  }
}

export interface HookReport {
  /** Hook name -> index of the alternative that matched. */
  found: Record<string, number>;
  /** Hooks looked up that matched nothing with any alternative. */
  missing: string[];
}

/** What was found and missed since the last call, then starts over. Names only. */
export function takeHookReport(): HookReport {
  const report = { found: Object.fromEntries(found), missing: [...missing] };
  found.clear();
  missing.clear();
  return report;
}

/** The first match of `hook` under `root` (first alternative that matches), or undefined. */
export function findElement<E extends Element = HTMLElement>(
  root: ParentNode,
  hook: Hook,
): E | undefined {
  const alts = hook.alternatives;
  for (let i = 0; i < alts.length; i++) {
    const el = root.querySelector(alts[i]!.css);
    if (el) {
      note(hook, i);
      return el as E;
    }
  }
  note(hook, -1);
  return undefined;
}

/** Every match of the first alternative of `hook` that matches anything under `root`. */
export function findAll<E extends Element = HTMLElement>(root: ParentNode, hook: Hook): E[] {
  const alts = hook.alternatives;
  for (let i = 0; i < alts.length; i++) {
    const list = root.querySelectorAll(alts[i]!.css);
    if (list.length > 0) {
      note(hook, i);
      return Array.from(list) as E[];
    }
  }
  note(hook, -1);
  return [];
}

/** The first match of `hook` under `root`; throws SelectorError(hook.name) when there is none. */
export function expectElement<E extends Element = HTMLElement>(root: ParentNode, hook: Hook): E {
  const el = findElement<E>(root, hook);
  if (!el) throw new SelectorError(hook.name);
  return el;
}

/** The closest ancestor (or `el` itself) matching any alternative of `hook`. */
export function closestHook<E extends Element = HTMLElement>(
  el: Element,
  hook: Hook,
): E | undefined {
  return (el.closest(anyCss(hook)) as E | null) ?? undefined;
}

/**
 * The first element in document order matching any alternative of `hook`, not recorded in
 * reading health: for page layout (where the sidebar fits), which reads no mail.
 */
export function findAny<E extends Element = HTMLElement>(
  root: ParentNode,
  hook: Hook,
): E | undefined {
  return (root.querySelector(anyCss(hook)) as E | null) ?? undefined;
}

/** Every element matching any alternative of `hook`, not recorded in reading health (layout). */
export function findEvery<E extends Element = HTMLElement>(root: ParentNode, hook: Hook): E[] {
  return Array.from(root.querySelectorAll(anyCss(hook))) as E[];
}

/** Whether `el` itself matches any alternative of `hook`. */
export function matchesHook(el: Element, hook: Hook): boolean {
  return el.matches(anyCss(hook));
}

/** Counts of each alternative of `hook` under `root` (selector tests count them on fixtures). */
export function countAlternatives(root: ParentNode, hook: Hook): number[] {
  return hook.alternatives.map((a) => root.querySelectorAll(a.css).length);
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
  if (maxDepth <= 0)
    return node.children.length ? `${open}…</${node.localName}>` : `${open}</${node.localName}>`;
  const children = Array.from(node.children)
    .map((child) => censorHtml(child, maxDepth - 1))
    .join('');
  return `${open}${children}</${node.localName}>`;
}
