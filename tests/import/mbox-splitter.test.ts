import { describe, expect, test } from 'vitest';
import { splitMbox, type SplitOptions } from '../../lib/import/mbox-splitter';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Feeds the text in chunks of `size` bytes, so separators land across chunk boundaries. */
async function* chunked(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = enc.encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function split(text: string, size: number, options?: SplitOptions) {
  const out = [];
  for await (const m of splitMbox(chunked(text, size), options)) {
    out.push({
      text: dec.decode(m.bytes),
      complete: m.complete,
      oversized: m.oversized,
      index: m.index,
    });
  }
  return out;
}

const two =
  'From alice@example.com Mon Oct  5 10:00:00 2026\nSubject: one\n\nbody one\n\n' +
  'From bob@example.com Tue Oct  6 11:00:00 2026\nSubject: two\n\nbody two\n';

describe('splitting an mbox stream into messages', () => {
  test.each([1, 3, 7, 64, 4096])(
    'two messages come out whole with %i-byte chunks',
    async (size) => {
      const msgs = await split(two, size);
      expect(msgs.map((m) => m.text)).toEqual([
        'Subject: one\n\nbody one\n\n',
        'Subject: two\n\nbody two\n',
      ]);
      expect(msgs.map((m) => m.index)).toEqual([1, 2]);
    },
  );

  test.each([
    [
      'mboxrd ">From " loses one ">"',
      'From a Mon Oct  5 10:00:00 2026\nS: x\n\n>From here on\n>>From there\n',
      'S: x\n\nFrom here on\n>From there\n',
    ],
    [
      'a quoted "> From" line is left alone',
      'From a Mon Oct  5 10:00:00 2026\nS: x\n\n> From: someone\n',
      'S: x\n\n> From: someone\n',
    ],
    [
      '"From" inside a line is not a separator',
      'From a Mon Oct  5 10:00:00 2026\nS: x\n\nsent From my phone\n',
      'S: x\n\nsent From my phone\n',
    ],
    [
      'an unescaped "From " in a paragraph stays in the body',
      'From a Mon Oct  5 10:00:00 2026\nS: x\n\nline\nFrom now on we pay\n',
      'S: x\n\nline\nFrom now on we pay\n',
    ],
  ])('%s', async (_label, input, body) => {
    const msgs = await split(input, 5);
    expect(msgs.map((m) => m.text)).toEqual([body]);
  });

  test.each([1, 5, 4096])(
    'Thunderbird "From - <date>" separators split even without a blank line before them (%i-byte chunks)',
    async (size) => {
      const tb =
        'From - Mon Oct 05 10:00:00 2026\nX-Mozilla-Status: 0001\nSubject: one\n\nbody\nFrom - Tue Oct 06 11:00:00 2026\nSubject: two\n\nbody\n';
      const msgs = await split(tb, size);
      expect(msgs.map((m) => m.text)).toEqual([
        'X-Mozilla-Status: 0001\nSubject: one\n\nbody\n',
        'Subject: two\n\nbody\n',
      ]);
    },
  );

  test('CRLF files split the same way and keep their line ends', async () => {
    const crlf = two.replace(/\n/g, '\r\n');
    const msgs = await split(crlf, 4);
    expect(msgs.map((m) => m.text)).toEqual([
      'Subject: one\r\n\r\nbody one\r\n\r\n',
      'Subject: two\r\n\r\nbody two\r\n',
    ]);
  });

  test.each([
    [
      'a final message without trailing newline is kept but marked incomplete',
      two.slice(0, -1),
      'Subject: two\n\nbody two',
      false,
    ],
    [
      'a last message cut off mid-header is marked incomplete',
      two + 'From c Wed Oct  7 12:00:00 2026\nSubject: thr',
      'Subject: thr',
      false,
    ],
    ['a file ending in a newline ends complete', two, 'Subject: two\n\nbody two\n', true],
  ])('%s', async (_label, input, lastText, complete) => {
    const msgs = await split(input, 6);
    expect(msgs.at(-1)).toMatchObject({ text: lastText, complete });
  });

  test('blank lines between and after messages yield no empty messages', async () => {
    const msgs = await split('\n\n' + two + '\n\n\n', 5);
    expect(msgs).toHaveLength(2);
  });

  test('a message over the size limit keeps its start and says so', async () => {
    const big =
      `From a Mon Oct  5 10:00:00 2026\nSubject: big\n\n${'x'.repeat(70)}\n`.repeat(1) +
      'y'.repeat(50) +
      '\n'.repeat(1);
    const msgs = await split(big + two, 16, { maxMessageBytes: 40 });
    expect(msgs[0]).toMatchObject({ oversized: true });
    expect(msgs[0]!.text.startsWith('Subject: big\n')).toBe(true);
    expect(msgs[0]!.text.length).toBeLessThanOrEqual(40);
    expect(msgs.slice(1).map((m) => m.oversized)).toEqual([false, false]);
  });

  test('an .eml read as a single message keeps an unescaped "From " line', async () => {
    const eml = 'Subject: hi\n\nFrom 9:00 to 10:00 we meet\n';
    const msgs = await split(eml, 3, { mode: 'single' });
    expect(msgs.map((m) => m.text)).toEqual([eml]);
  });
});
