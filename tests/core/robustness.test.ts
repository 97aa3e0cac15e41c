import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/core/analyze-thread';
import type { MailThread } from '../../lib/core/mail-thread';
import { hostileThread, seededRandom } from './hostile-threads';
import { invoiceThread } from './thread-builder';

const NOW = '2026-11-20T10:00:00+01:00';
const STATUSES = ['not_invoice', 'paid', 'bounced', 'answered', 'waiting', 'silent'];

describe('hostile input never throws and always yields a valid analysis', () => {
  test('10,000 generated hostile threads (seed 20261120)', () => {
    const rand = seededRandom(20261120);
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const thread = hostileThread(rand) as MailThread;
      const settings =
        rand() < 0.1
          ? ({ aliases: 'x', defaultTermDays: 'soon', minDaysOverdue: null } as never)
          : undefined;
      const now = rand() < 0.05 ? 'not a date' : NOW;
      const a = analyzeThread(thread, { now, settings });
      expect(STATUSES).toContain(a.status);
      expect(a.ghostScore).toBeGreaterThanOrEqual(0);
      expect(a.ghostScore).toBeLessThanOrEqual(100);
      expect(Array.isArray(a.reasons)).toBe(true);
      seen.add(a.status);
    }
    // The generator is hostile but not useless: it reaches real invoices too.
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  test.each([
    ['5 MB body of ordinary text', 'Hello, total €100.00 due 15.10.2026. '.repeat(140_000)],
    ['5 MB single line of digits', '9'.repeat(5_000_000)],
    ['100,000 nested quote levels', `${'>'.repeat(100_000)} hi\n`.repeat(20)],
    ['lone surrogates and controls', '\uD800\uDC00\uDFFF\u0000\u202E'.repeat(200_000)],
  ])('%s', (_name, body) => {
    const a = analyzeThread(invoiceThread({ text: `Invoice INV-1\nTotal: €100.00\n${body}` }), {
      now: NOW,
    });
    expect(STATUSES).toContain(a.status);
  });
});

describe('junk entries in the message list are skipped, not miscounted', () => {
  test.each([
    ['null', null],
    ['a number', 7],
    ['a string', 'message'],
  ])(
    'a %s before the invoice leaves invoiceMessageIndex pointing at the invoice',
    (_name, junk) => {
      const thread = invoiceThread({
        text: 'Invoice INV-1\nTotal: €100.00\nDue date: 15/10/2026',
        attachments: ['invoice.pdf'],
      });
      const withJunk = { ...thread, messages: [junk, ...thread.messages] } as unknown as MailThread;
      const a = analyzeThread(withJunk, { now: NOW });
      expect([a.status, a.invoiceMessageIndex]).toEqual(['silent', 1]);
    },
  );
});

/**
 * Time of one `run` in ms: the best of 7 rounds, each repeating `run` for at least 20 ms. The
 * minimum, not the median: on a shared machine other work only ever adds time.
 */
function bestMs(run: () => void): number {
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) run();
    if (performance.now() - t0 >= 20) break;
    reps *= 2;
  }
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) run();
    best = Math.min(best, (performance.now() - t0) / reps);
  }
  return best;
}

/** Known regex-killers and worst cases for line scanners, each grown to a given size. */
const SHAPES: [string, (size: number) => string][] = [
  [
    'ordinary invoice prose',
    (n) =>
      'Rechnungsbetrag: 1.190,00 € zahlbar bis 15.10.2026. Vielen Dank!\n'.repeat(
        Math.ceil(n / 66),
      ),
  ],
  ['digits separated by spaces (amount grouping)', (n) => `${'1 '.repeat(n / 2)}x €`],
  ['dots between digits', (n) => `Total ${'1.'.repeat(n / 2)}€`],
  ['currency signs only', (n) => '€ '.repeat(n / 2)],
  [
    '"On" intros that never close',
    (n) => 'On Mon 5 Oct 2026 someone wrote\n'.repeat(Math.ceil(n / 33)),
  ],
  ['one long word', (n) => 'a'.repeat(n)],
  ['due phrase followed by slashes', (n) => `Due date: ${'1/'.repeat(n / 2)}`],
  ['payment cue with a long sentence', (n) => `payment sent ${'and '.repeat(n / 4)}`],
  ['deep quote markers', (n) => `${'>'.repeat(n / 2)}\n`.repeat(2)],
  ['header labels everywhere', (n) => 'From: x\nSent: y\n'.repeat(Math.ceil(n / 16))],
];

describe('analysis time grows linearly with the body (complexity check, not a speed target)', () => {
  test.each(SHAPES)('%s: 8x the text costs well under 24x the time', (_name, shape) => {
    const n = 4096;
    const small = invoiceThread({
      text: `Invoice INV-1\n${shape(n)}`,
      attachments: ['invoice.pdf'],
    });
    const large = invoiceThread({
      text: `Invoice INV-1\n${shape(8 * n)}`,
      attachments: ['invoice.pdf'],
    });
    const ratio =
      bestMs(() => analyzeThread(large, { now: NOW })) /
      bestMs(() => analyzeThread(small, { now: NOW }));
    expect(ratio).toBeLessThan(8 * 3);
  });
});
