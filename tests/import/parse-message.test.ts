import { describe, expect, test } from 'vitest';
import { parseMessage, type ParsedMessage } from '../../lib/import/parse-message';
import { fixtureMessages } from './fixture-messages';

async function parsedBySubject(file: string): Promise<Map<string, ParsedMessage>> {
  const out = new Map<string, ParsedMessage>();
  for (const raw of await fixtureMessages(file)) {
    const r = await parseMessage(raw);
    if (r.parsed) out.set(r.parsed.messageId, r.parsed);
  }
  return out;
}

describe('reading a Takeout mbox message by message', async () => {
  const msgs = await parsedBySubject('takeout.mbox');
  const get = (id: string) => msgs.get(id)!.message;

  test.each([
    [
      'UTF-8 quoted-printable body with € and umlauts',
      're-2026-041@schmidt-design.de',
      'Rechnungsbetrag: 1.190,00 €',
    ],
    [
      'mboxrd-escaped ">From" line comes back as "From"',
      're-2026-041@schmidt-design.de',
      "\nFrom the agency's point of view",
    ],
    [
      'soft line breaks in quoted-printable are joined',
      're-2026-041-reminder@schmidt-design.de',
      'über 1.190,00 € angekommen',
    ],
    [
      'HTML-only multipart/alternative (base64) becomes plain text',
      'inv-2026-007@schmidt-design.de',
      'Amount due: €2,400.00\nPayable within 14 days',
    ],
    [
      'Windows-1252 body: € and – and ß',
      '2026-060@schmidt-design.de',
      'Nr. 2026-060 – Betrag 480,00 €, zahlbar bis 19.10.2026',
    ],
    ['ISO-8859-1 body', 'a81@weiss-moebel.de', 'habe heute überwiesen'],
    ['base64 UTF-8 text/plain', 'anfrage-9@vogel-studio.de', 'Budget etwa 5.000 €'],
    ['8bit UTF-8 body', 're-2026-052@schmidt-design.de', 'über 850,00 € für das Buchcover'],
    [
      'multipart/report bounce keeps its human-readable part',
      'bounce-52@mx.schmidt-design.de',
      'could not\nbe delivered',
    ],
  ])('%s', (_label, id, snippet) => {
    expect(get(id).text).toContain(snippet);
  });

  test.each([
    ['RFC 2047 UTF-8 B subject', 'anfrage-9@vogel-studio.de', 'Angebot für die neue Webseite'],
    [
      'RFC 2047 ISO-8859-1 Q subject',
      '2026-060@schmidt-design.de',
      'Rechnung Nr. 2026-060 für Möbel-Fotos',
    ],
    [
      'RFC 2047 UTF-8 Q subject',
      'ooo-7731@mueller-gmbh.de',
      'Automatische Antwort: Rechnung RE-2026-041',
    ],
  ])('%s', (_label, id, subject) => {
    expect(get(id).subject).toBe(subject);
  });

  test.each([
    [
      'RFC 2047 ISO-8859-1 display name',
      'a81@weiss-moebel.de',
      { name: 'Jürgen Weiß', email: 'juergen@weiss-moebel.de' },
    ],
    [
      'addresses are lower-cased',
      'bounce-52@mx.schmidt-design.de',
      { name: 'Mail Delivery Subsystem', email: 'mailer-daemon@mx.schmidt-design.de' },
    ],
  ])('%s', (_label, id, from) => {
    expect(get(id).from).toEqual(from);
  });

  test.each([
    [
      'the Date keeps its +02:00 offset',
      're-2026-041@schmidt-design.de',
      '2026-09-01T11:12:00+02:00',
    ],
    ['the Date keeps its +01:00 offset', 'CAJ8x1@mail.acme.example', '2026-09-12T09:05:00+01:00'],
  ])('%s', (_label, id, date) => {
    expect(get(id).date).toBe(date);
  });

  test('attachments keep their names and types only', () => {
    expect(get('re-2026-041@schmidt-design.de').attachments).toEqual([
      { name: 'RE-2026-041.pdf', mimeType: 'application/pdf' },
    ]);
  });

  test.each([
    [
      'auto-replied vacation reply',
      'ooo-7731@mueller-gmbh.de',
      { 'auto-submitted': 'auto-replied' },
    ],
    [
      'bounce report type',
      'bounce-52@mx.schmidt-design.de',
      { 'content-type': 'multipart/report; report-type=delivery-status; boundary="rep-52"' },
    ],
    ['bulk newsletter', 'news-1807@newsletter.example', { precedence: 'bulk' }],
  ])('headers are kept with lower-case names: %s', (_label, id, headers) => {
    expect(get(id).headers).toMatchObject(headers);
  });

  test('threading facts: references then in-reply-to, without duplicates', () => {
    expect(msgs.get('re-2026-041-reminder@schmidt-design.de')!.parentIds).toEqual([
      're-2026-041@schmidt-design.de',
      'ooo-7731@mueller-gmbh.de',
    ]);
    expect(msgs.get('CAJ8x1@mail.acme.example')).toMatchObject({
      parentIds: [],
      isReply: true,
      subjectKey: 'invoice inv-2026-007',
    });
    expect(msgs.get('news-1807@newsletter.example')!.isBulk).toBe(true);
    expect(msgs.get('re-2026-041@schmidt-design.de')).toMatchObject({
      isBulk: false,
      webmail: 'gmail',
      isReply: false,
    });
  });
});

describe('bad input gets a named reason, never an exception', () => {
  test.each([
    ['a PNG picture is binary', 'bad/picture.png', [{ skipped: 'binary' }]],
    ['a CSV file is not mail', 'bad/contacts.csv', [{ skipped: 'not-mail' }]],
    [
      'a multipart whose parts are gone is imported from its headers',
      'bad/broken-mime.eml',
      [{ partial: 'broken-mime' }],
    ],
    [
      'a truncated mbox: the good message, one without sender, one cut off',
      'bad/truncated.mbox',
      [
        { partial: undefined },
        { skipped: 'no-sender', subject: 'a note without a sender' },
        { partial: 'truncated' },
      ],
    ],
  ])('%s', async (_label, file, expected) => {
    const results = [];
    for (const raw of await fixtureMessages(file)) results.push(await parseMessage(raw));
    expect(
      results.map((r) =>
        r.parsed
          ? { partial: r.partial }
          : { skipped: r.skipped, ...(r.subject ? { subject: r.subject } : {}) },
      ),
    ).toEqual(expected);
  });

  test('a cut-off message still brings its text and its attachment name', async () => {
    const [, , cut] = await fixtureMessages('bad/truncated.mbox');
    const r = await parseMessage(cut!);
    expect(r.parsed?.message.text).toContain('invoice INV-2026-081 for EUR 1,240.00');
    expect(r.parsed?.message.attachments).toEqual([
      { name: 'INV-2026-081.pdf', mimeType: 'application/pdf' },
    ]);
  });
});

describe('long messages', () => {
  const raw = (text: string) => ({
    index: 1,
    bytes: new TextEncoder().encode(text),
    complete: true,
    oversized: false,
  });
  const long = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n'.repeat(4000);

  test('a long single-part text keeps its start (8,000 characters) and is not reported as damaged', async () => {
    const r = await parseMessage(
      raw(
        `From: a@b.de\nDate: 1 Oct 2026 10:00:00 +0200\nSubject: Report\nContent-Type: text/plain; charset=UTF-8\n\nRechnung RE-1 anbei.\n${long}`,
      ),
    );
    expect(r.parsed?.message.text?.startsWith('Rechnung RE-1 anbei.\nLorem ipsum')).toBe(true);
    expect(r.parsed?.message.text).toHaveLength(8000);
    expect(r.parsed && r.partial).toBeUndefined();
  });

  test('a multipart message with a long text still brings the attachment name after it', async () => {
    const r = await parseMessage(
      raw(
        `From: a@b.de\nDate: 1 Oct 2026 10:00:00 +0200\nSubject: Invoice\nContent-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Type: text/plain\n\n${long}\n--x\nContent-Type: application/pdf\nContent-Disposition: attachment; filename="INV-9.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--x--\n`,
      ),
    );
    expect(r.parsed?.message.attachments).toEqual([
      { name: 'INV-9.pdf', mimeType: 'application/pdf' },
    ]);
  });
});
