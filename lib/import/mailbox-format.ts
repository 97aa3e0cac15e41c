/**
 * Tells what a file is from its first bytes, before any of it is parsed: an mbox starts with
 * a "From " line, an .eml with a header line; NUL bytes mean a binary file (mail never has them).
 */
export type MailboxFormat = 'mbox' | 'eml' | 'binary' | 'not-mail';

export function sniffMailboxFormat(head: Uint8Array): MailboxFormat {
  const sample = head.subarray(0, 8192);
  if (sample.includes(0)) return 'binary';
  let text = '';
  for (let i = 0; i < Math.min(sample.length, 1024); i++) text += String.fromCharCode(sample[i]!);
  text = text.replace(/^\ufeff|^\xef\xbb\xbf/, '').replace(/^[\r\n]+/, '');
  if (text.startsWith('From ')) return 'mbox';
  // A header field name as mail has them ("Return-Path:", "X-GM-THRID:"), then ":".
  if (/^[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n/.test(text) && !/^https?:/i.test(text)) return 'eml';
  return 'not-mail';
}
