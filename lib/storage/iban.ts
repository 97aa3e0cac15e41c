/** IBAN check per ISO 13616: country code, check digits, and the mod-97 remainder of 1. */

/** Upper-cases and strips spaces, the way people paste IBANs ("DE12 5001 0517 ..."). */
export function normalizeIban(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function isValidIban(input: string): boolean {
  const iban = normalizeIban(input);
  // ISO 13616: 2 letters, 2 digits, up to 30 alphanumerics; the shortest national IBAN has 15.
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  // Letters count as 10..35; take the remainder digit by digit so no number grows past 2^53.
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
