/** The lint rule that keeps every query of a mail page on a named hook (eslint.config.js). */
import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

const raw = [
  'export const a = (d: Document) => d.querySelector("div");',
  'export const b = (d: Document) => d.querySelectorAll("div");',
  'export const c = (e?: Element) => e?.closest("div");',
  'export const d = (e: Element) => e.matches("div");',
].join('\n');

async function rawQueries(filePath: string): Promise<number> {
  const [result] = await new ESLint().lintText(raw, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
}

test('raw queries are refused in the mail-client code', async () => {
  expect(await rawQueries('lib/mail-clients/outlook/new-reader.ts')).toBe(4);
}, 30_000);

test('the DOM helper itself may query', async () => {
  expect(await rawQueries('lib/mail-clients/dom.ts')).toBe(0);
}, 30_000);
