/**
 * Mail labelled ISO-8859-1 or Windows-1252 often carries Windows-1252 bytes 0x80-0x9F (€, „,
 * ", –). Browsers decode both labels as Windows-1252 (WHATWG Encoding), but Node 20's
 * TextDecoder maps those bytes to C1 control characters, which never occur in real mail text.
 * Mapping them back gives the same text in the extension and in tests.
 */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
}
