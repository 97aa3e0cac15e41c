/**
 * Reads the invoice number that follows an invoice word ("Rechnung Nr. 2026-041",
 * "Invoice #LM-2026-031", "Facture n° F2026-058") in a subject or body line, or that an
 * attachment name carries ("Rechnung_26-0412_Hartmann.pdf", "INV-2026-0417.pdf").
 */
import { cueIndex } from './cue-index';

const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;
const NUMBER_PREFIX = /^(?:n°|nº|no\.|nr\.|#)/i;

function cleanCandidate(word: string): string | undefined {
  const stripped = word
    .replace(NUMBER_PREFIX, '')
    .replace(/^[#(]+/, '')
    .replace(/[.,;:)\]]+$/, '');
  if (!TOKEN.test(stripped) || !/\d/.test(stripped)) return undefined;
  // A date after the invoice word ("Rechnung 14.10.2026") is not its number.
  if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(stripped)) return undefined;
  return stripped;
}

/** The invoice number written right after position `from` ("Nr. 2026-041", "#LM-7"). */
export function numberFollowing(text: string, from: number): string | undefined {
  const fillers = cueIndex().numberFillers;
  const words = text
    .slice(from, from + 120)
    .split(/[\s\u00a0:]+/)
    .filter((w) => w.length > 0);
  for (let k = 0; k < Math.min(words.length, 4); k++) {
    const w = words[k] as string;
    if (fillers.has(w.toLowerCase())) continue;
    return cleanCandidate(w);
  }
  return undefined;
}

/** The number after the first invoice word in `text` (one line or a subject). */
export function numberAfterInvoiceWord(text: string): string | undefined {
  const s = text.length > 5000 ? text.slice(0, 5000) : text;
  const lower = s.toLowerCase();
  const sameLength = lower.length === s.length;
  for (const word of cueIndex().invoiceWordList) {
    let at = lower.indexOf(word);
    while (at >= 0) {
      const before = at === 0 ? ' ' : (lower[at - 1] as string);
      const after = lower[at + word.length] ?? ' ';
      if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) {
        const found = numberFollowing(sameLength ? s : lower.toUpperCase(), at + word.length);
        if (found) return found;
      }
      at = lower.indexOf(word, at + word.length);
    }
  }
  return undefined;
}

/** The invoice number an attachment's file name carries. */
export function numberInFileName(name: string): string | undefined {
  const base = name.slice(0, 200).replace(/\.[a-z0-9]{2,4}$/i, '');
  const lower = base.toLowerCase();
  for (const word of cueIndex().invoiceWordList) {
    const at = lower.indexOf(word);
    if (at < 0) continue;
    const rest = base.slice(at + word.length).replace(/^[\s_\-#]+/, '');
    const candidate = cleanCandidate(rest.split(/[\s_]+/)[0] ?? '');
    if (candidate) return candidate;
  }
  // "INV-2026-0417.pdf", "RE-2026-0211.pdf": a short letter prefix, a dash, digits.
  const m = /(?:^|[\s_])([A-Za-z]{1,4}-?\d[\dA-Za-z-]{1,30})(?:$|[\s_])/.exec(base);
  return m ? cleanCandidate(m[1] as string) : undefined;
}
