/**
 * Exports shaped to make an import slow, at a scale factor (1 = the size they were first found
 * slow at): shared by the `import-hostile` bench and the unit tests that hold the import linear.
 *
 * - wideCc: one conversation of 200 messages, each copying 1,000 x scale addresses nobody
 *   copied before (every message is scale times larger).
 * - sharedSubject: 10,000 x scale conversations with the same subject, the owner's invoice to
 *   a different customer each, naming no earlier message (more messages, each the same).
 * - manyParts: one message of 20,000 x scale MIME parts (one message, scale times larger).
 */
export const HOSTILE_OWNER = 'anna@schmidt-design.de';

export interface HostileShape {
  name: string;
  /** What grows with the scale, for the bench's table. */
  grows: string;
  mbox(scale: number): string;
}

const envelope = (day: number) => `From x Thu Oct ${String(day).padStart(2, ' ')} 09:00:00 2026\n`;

export function wideCc(scale: number, messages = 200, addresses = 1000): string {
  const perMessage = addresses * scale;
  let out = '';
  for (let i = 0; i < messages; i++) {
    const cc: string[] = [];
    for (let k = 0; k < perMessage; k++) cc.push(`p${i}x${k}@cc.example`);
    const refs = i === 0 ? '' : `References: <wide-0@schmidt-design.de>\n`;
    out +=
      envelope(1) +
      `Message-ID: <wide-${i}@schmidt-design.de>\n${refs}Date: 1 Oct 2026 09:${String(i % 60).padStart(2, '0')}:00 +0200\n` +
      `From: ${HOSTILE_OWNER}\nTo: kunde@example.de\nCc: ${cc.join(',\n ')}\nSubject: ${i === 0 ? '' : 'Re: '}Rechnung RE-1\n\nText ${i}\n\n`;
  }
  return out;
}

export function sharedSubject(scale: number, conversations = 10_000): string {
  let out = '';
  for (let i = 0; i < conversations * scale; i++) {
    const day = (i % 28) + 1;
    out +=
      envelope(day) +
      `Message-ID: <s-${i}@schmidt-design.de>\nDate: ${day} Oct 2026 09:00:00 +0200\nFrom: ${HOSTILE_OWNER}\nTo: kunde${i}@example.de\nSubject: Rechnung\n\nRechnung ${i}\n\n`;
  }
  return out;
}

export function manyParts(scale: number, parts = 20_000): string {
  let body = '';
  for (let i = 0; i < parts * scale; i++) body += `--b\nContent-Type: text/plain\n\n${i}\n`;
  return (
    envelope(1) +
    `Message-ID: <parts@schmidt-design.de>\nDate: 1 Oct 2026 09:00:00 +0200\nFrom: ${HOSTILE_OWNER}\nTo: kunde@example.de\nSubject: Rechnung\n` +
    `MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n${body}--b--\n\n`
  );
}

export const HOSTILE_SHAPES: HostileShape[] = [
  {
    name: 'wide Cc',
    grows: '200 messages, each copying 1,000 new addresses x scale',
    mbox: (s) => wideCc(s),
  },
  {
    name: 'shared subject',
    grows: '10,000 conversations x scale, one subject',
    mbox: (s) => sharedSubject(s),
  },
  { name: 'MIME parts', grows: 'one message of 20,000 parts x scale', mbox: (s) => manyParts(s) },
];
