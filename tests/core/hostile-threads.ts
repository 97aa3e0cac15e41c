/** A deterministic generator of hostile MailThread-ish values (seeded, no Math.random). */

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  'Rechnung RE-2026-01',
  'Invoice INV-7',
  'Facture n° F-1',
  'Factura 2026/1',
  'Fattura n. 3',
  'Factuur 9',
  'Total: 1.190,00 €',
  '€1,190.00',
  '1 190,00 €',
  "CHF 2'500.00",
  '£450',
  '$3,200',
  'EUR',
  '€€€',
  '1.1.1.1.1.1',
  'zahlbar bis 31.02.2026',
  'due 2026-13-45',
  'net 30',
  'innerhalb von 999 Tagen',
  'à 30 jours',
  '15. Oktober 2026',
  'Payment sent',
  'habe überwiesen',
  'nicht bezahlt',
  "We'll pay",
  'Virement effectué',
  'out of the office until',
  'On Mon, 5 Oct 2026 at 10:00, X wrote:',
  'Am 5.10.2026 schrieb X:',
  '-----Original Message-----',
  'From: a\nSent: b',
  '> quoted',
  '>>>>>>>>>>>>>>>>',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\u202E',
  '\u200B\u200B',
  'e\u0301',
  'İ',
  'ß',
  '🙂',
  '\r\n',
  '\n\n',
  '\t',
  ' ',
  'IBAN DE89 3704 0044 0532 0130 00',
  '#',
  'n°',
  ':',
  '?',
  '.',
  '((((',
  '))))',
  '\\',
  '$1',
];
const DATES = [
  '2026-10-01T09:00:00+02:00',
  '2026-02-30T09:00:00+02:00',
  'garbage',
  '',
  '2026-10-01',
  '9999-99-99T99:99:99+99:99',
  'Thu, 12 Nov 2026 10:02:00 +0000',
  '2026-10-01T09:00:00-12:00',
  '2026-10-01T09:00:00+14:00',
  '1970-01-01T00:00:00Z',
];
const EMAILS = [
  'owner@studio.example',
  'OWNER@Studio.Example',
  'customer@client.example',
  'mailer-daemon@x',
  '',
  '@',
  'a@b',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function text(rand: () => number, maxParts: number): string {
  const parts: string[] = [];
  const n = Math.floor(rand() * maxParts);
  for (let i = 0; i < n; i++) parts.push(pick(rand, FRAGMENTS), rand() < 0.3 ? '\n' : ' ');
  return parts.join('');
}

/** Sometimes the right type, sometimes something else entirely. */
function maybe<T>(rand: () => number, value: () => T): unknown {
  const r = rand();
  if (r < 0.75) return value();
  if (r < 0.8) return undefined;
  if (r < 0.85) return null;
  if (r < 0.9) return Math.floor(rand() * 1e6);
  if (r < 0.95) return { nested: [value()] };
  return [value(), value()];
}

export function hostileThread(rand: () => number): unknown {
  if (rand() < 0.02) return pick(rand, [null, undefined, 42, 'thread', [], {}]);
  const messageCount = Math.floor(rand() * 8);
  const messages = Array.from({ length: messageCount }, (_, i) =>
    maybe(rand, () => ({
      id: maybe(rand, () => `m${i}`),
      from: maybe(rand, () => ({
        name: maybe(rand, () => text(rand, 3)),
        email: maybe(rand, () => pick(rand, EMAILS)),
      })),
      to: maybe(rand, () => [
        { email: maybe(rand, () => pick(rand, EMAILS)) },
        maybe(rand, () => 'x'),
      ]),
      cc: maybe(rand, () => []),
      date: maybe(rand, () => pick(rand, DATES)),
      subject: maybe(rand, () => text(rand, 6)),
      text: maybe(rand, () => text(rand, 60)),
      attachments: maybe(rand, () => [{ name: maybe(rand, () => text(rand, 3) + '.pdf') }, null]),
      headers: maybe(rand, () => ({
        'Auto-Submitted': maybe(rand, () => 'auto-replied'),
        __proto__: { x: 1 },
        precedence: maybe(rand, () => 'bulk'),
      })),
    })),
  );
  return {
    id: maybe(rand, () => 'gmail:1'),
    client: maybe(rand, () => 'gmail'),
    subject: maybe(rand, () => text(rand, 5)),
    owner: maybe(rand, () => ({ emails: maybe(rand, () => [pick(rand, EMAILS), 7, null]) })),
    messages: maybe(rand, () => messages),
  };
}
