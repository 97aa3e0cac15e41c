/**
 * Names and addresses as Outlook shows them. External people appear as "Name <a@b.de>" or a
 * bare address; people of the signed-in user's own organisation appear by name only, so an
 * address may be missing and has to be resolved from elsewhere in the conversation.
 */
import type { MailAddress } from '../../core/index';
import { OUTLOOK_LABELS } from './outlook-selectors';

/** A shown person: `email` is empty when Outlook showed the name only. */
export type ShownAddress = MailAddress;

const EMAIL = /[^\s<>()"';,]+@[^\s<>()"';,]+\.[^\s<>()"';,]+/;

/** "Sabine Krüger <s.krueger@x.de>", "s.krueger@x.de" or "Sabine Krüger". */
export function parseShownAddress(text: string): ShownAddress | undefined {
  const clean = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']|["']$/g, '');
  if (!clean) return undefined;
  const email = EMAIL.exec(clean)?.[0];
  if (!email) return { name: clean, email: '' };
  const name = clean
    .replace(email, '')
    .replace(/[<>()[\]"]/g, '')
    .trim();
  return name ? { name, email: email.toLowerCase() } : { email: email.toLowerCase() };
}

/** Strips a localized label ("From:", "Von:", "To:", "An:", "Cc:") from the front. */
export function stripLabel(
  text: string,
  labels: readonly string[],
): { labelled: boolean; rest: string } {
  const trimmed = text.trim();
  for (const label of labels) {
    if (trimmed.toLowerCase().startsWith(label.toLowerCase()))
      return { labelled: true, rest: trimmed.slice(label.length) };
  }
  return { labelled: false, rest: trimmed };
}

/** "An: Max Müller <max@x.de>; Jana Berg" -> the list and whether it is the Cc line. */
export function parseRecipientLine(text: string): { kind: 'to' | 'cc'; people: ShownAddress[] } {
  const cc = stripLabel(text, OUTLOOK_LABELS.cc);
  const to = cc.labelled ? cc : stripLabel(text, OUTLOOK_LABELS.to);
  const people = to.rest
    .split(/[;\n]/)
    .map((part) => parseShownAddress(part))
    .filter((p): p is ShownAddress => p !== undefined);
  return { kind: cc.labelled ? 'cc' : 'to', people };
}

export const sameName = (a?: string, b?: string): boolean =>
  !!a && !!b && a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
