/**
 * The import bench's export: conversations of an invoice (every fourth with a 45 KB PDF, every
 * tenth with 100 KB of pasted notes), a customer's quoted-printable reply and a reminder, with
 * the relay and signature headers real mail carries. Written straight to disk, never held whole.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export const OWNER = 'anna@schmidt-design.de';

function attachment(seed: number, bytes: number): string {
  const raw = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) raw[i] = (seed * 31 + i * 7) & 0xff;
  return raw.toString('base64').replace(/.{76}/g, '$&\n');
}

/** What real mail carries above the fields the import keeps: relays, signatures (about 2 KB). */
function transportHeaders(n: number): string {
  const sig = attachment(n, 256).replace(/\n/g, '\n\t');
  return (
    `Received: from mail-relay${n % 7}.example.net (mail-relay${n % 7}.example.net [192.0.2.${n % 250}])\n\tby mx.schmidt-design.de with ESMTPS id ${n}x${n}\n\tfor <${OWNER}>; Thu, 1 Oct 2026 09:00:01 +0200\n`.repeat(
      3,
    ) +
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.net; s=s1; h=from:to:subject:date:message-id;\n\tbh=${sig.slice(0, 44)}=;\n\tb=${sig}\n` +
    `ARC-Seal: i=1; a=rsa-sha256; t=1790000000; cv=none; d=example.net; s=arc; b=${sig}\n`
  );
}

/** One conversation: an invoice (every fourth with a PDF), a customer reply, a reminder. */
function conversation(n: number): string {
  const day = String((n % 28) + 1).padStart(2, '0');
  const id = `inv-${n}@schmidt-design.de`;
  const customer = `kunde${n % 500}@example.de`;
  // Every tenth invoice carries a long report in its text (100 KB), as pasted project notes do.
  const notes = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n'.repeat(
    n % 10 === 5 ? 1800 : 20,
  );
  const body = `Hallo,\n\nanbei die Rechnung RE-${n} über ${(n % 9000) + 100},00 € für das Projekt.\nZahlbar bis ${day}.10.2026. IBAN DE89 3704 0044 0532 0130 00\n\n>From the archive: ${notes}\n`;
  const pdf = n % 4 === 0 ? attachment(n, 45_000) : '';
  const invoice =
    `From ${OWNER} Thu Oct ${day} 09:00:00 2026\n${transportHeaders(n)}Message-ID: <${id}>\nDate: ${day} Oct 2026 09:00:00 +0200\nFrom: Anna Schmidt <${OWNER}>\nTo: <${customer}>\nSubject: Rechnung RE-${n}\nMIME-Version: 1.0\n` +
    (pdf
      ? `Content-Type: multipart/mixed; boundary="b${n}"\n\n--b${n}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n${body}\n--b${n}\nContent-Type: application/pdf; name="RE-${n}.pdf"\nContent-Disposition: attachment; filename="RE-${n}.pdf"\nContent-Transfer-Encoding: base64\n\n${pdf}\n--b${n}--\n\n`
      : `Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n${body}\n`);
  const reply = `From ${customer} Fri Oct ${day} 10:00:00 2026\n${transportHeaders(n + 1)}Message-ID: <r-${id}>\nIn-Reply-To: <${id}>\nReferences: <${id}>\nDate: ${day} Oct 2026 10:00:00 +0200\nFrom: <${customer}>\nTo: <${OWNER}>\nSubject: AW: Rechnung RE-${n}\nContent-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nDanke, wir pr=FCfen die Rechnung.\n\n`;
  const reminder = `From ${OWNER} Mon Nov ${day} 09:00:00 2026\nMessage-ID: <m-${id}>\nReferences: <${id}> <r-${id}>\nDate: ${day} Nov 2026 09:00:00 +0100\nFrom: Anna Schmidt <${OWNER}>\nTo: <${customer}>\nSubject: AW: Rechnung RE-${n}\nContent-Type: text/plain; charset=UTF-8\n\nDarf ich an die Rechnung RE-${n} erinnern?\n\n`;
  return invoice + reply + reminder;
}

export function generateMbox(
  path: string,
  targetBytes: number,
): { bytes: number; conversations: number } {
  const fd = openSync(path, 'w');
  let bytes = 0;
  let n = 0;
  while (bytes < targetBytes) {
    const buf = Buffer.from(conversation(n++), 'utf8');
    writeSync(fd, buf);
    bytes += buf.length;
  }
  closeSync(fd);
  return { bytes, conversations: n };
}
