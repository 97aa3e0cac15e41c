/** The import worker's in-memory Blob: the same bytes as the real one, and the same parsed mail. */
import { afterEach, describe, expect, test } from 'vitest';
import { installInProcessBlob, InProcessBlob } from '../../lib/import/in-process-blob';
import { parseMessage } from '../../lib/import/parse-message';
import { fixtureMessages } from './fixture-messages';

const realBlob = globalThis.Blob;
afterEach(() => {
  globalThis.Blob = realBlob;
});

const bytes = async (blob: { arrayBuffer(): Promise<ArrayBuffer> }) => [
  ...new Uint8Array(await blob.arrayBuffer()),
];
const view = new Uint8Array([9, 1, 2, 3, 9]).subarray(1, 4);

describe('the in-process Blob', () => {
  test.each<[string, BlobPart[]]>([
    ['strings, UTF-8 encoded', ['Grüße ', '€\n']],
    ['a view into a larger buffer: only its own bytes', [view]],
    ['an ArrayBuffer', [new Uint8Array([1, 2, 3]).buffer]],
    [
      'a mix of lines and newlines, as postal-mime joins them',
      [new Uint8Array([0x61, 0x62]), '\n', new Uint8Array([0x63]), '\n'],
    ],
    ['nothing', []],
  ])('%s: the same bytes, size and text as the real Blob', async (_label, parts) => {
    const mine = new InProcessBlob(parts, { type: 'Application/Octet-Stream' });
    const real = new realBlob(parts, { type: 'Application/Octet-Stream' });
    expect(await bytes(mine)).toEqual(await bytes(real));
    expect([mine.size, mine.type, await mine.text()]).toEqual([
      real.size,
      real.type,
      await real.text(),
    ]);
  });

  test('a Blob of Blobs, and a slice of it', async () => {
    const inner = new InProcessBlob(['abc']);
    const outer = new InProcessBlob([inner, 'def']);
    expect(await outer.text()).toBe('abcdef');
    expect(await outer.slice(2, 4).text()).toBe('cd');
  });

  test('arrayBuffer gives a copy: changing it leaves the Blob as it was', async () => {
    const blob = new InProcessBlob(['abc']);
    new Uint8Array(await blob.arrayBuffer())[0] = 0x7a;
    expect(await blob.text()).toBe('abc');
  });

  test('every fixture message parses to the same mail with it installed', async () => {
    const names = [
      'takeout.mbox',
      'eml/bounce-berg.eml',
      'eml/invoice-kite.eml',
      'outlook/rechnung-lang.eml',
      'outlook/zahlung-lang.eml',
      'bad/broken-mime.eml',
    ];
    const raws = (await Promise.all(names.map(fixtureMessages))).flat();
    const before = await Promise.all(raws.map(parseMessage));
    installInProcessBlob();
    expect(globalThis.Blob).toBe(InProcessBlob);
    expect(await Promise.all(raws.map(parseMessage))).toEqual(before);
  });
});
