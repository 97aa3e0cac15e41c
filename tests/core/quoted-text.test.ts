import { describe, expect, test } from 'vitest';
import { newText } from '../../lib/core/quoted-text';

const NEW = 'Thanks, payment is on its way.';
const OLD = 'Please find attached invoice INV-1.';

describe('quoted history is stripped from a reply, whatever the client and language', () => {
  test.each([
    ['"> " lines', `${NEW}\n\n> ${OLD}\n>> older`],
    [
      'Gmail en intro',
      `${NEW}\n\nOn Mon, 5 Oct 2026 at 10:00, Anna <anna@x.example> wrote:\n${OLD}`,
    ],
    [
      'Gmail en intro wrapped on two lines',
      `${NEW}\n\nOn Mon, 5 Oct 2026 at 10:00, Anna Schmidt <\nanna@x.example> wrote:\n${OLD}`,
    ],
    [
      'German intro',
      `${NEW}\n\nAm Mo., 5. Okt. 2026 um 10:00 Uhr schrieb Anna <anna@x.example>:\n${OLD}`,
    ],
    [
      'French intro',
      `${NEW}\n\nLe lun. 5 oct. 2026 à 10:00, Anna <anna@x.example> a écrit :\n${OLD}`,
    ],
    [
      'Spanish intro',
      `${NEW}\n\nEl lun, 5 oct 2026 a las 10:00, Anna (<anna@x.example>) escribió:\n${OLD}`,
    ],
    [
      'Italian intro',
      `${NEW}\n\nIl giorno lun 5 ott 2026 alle ore 10:00 Anna <anna@x.example> ha scritto:\n${OLD}`,
    ],
    ['Dutch intro', `${NEW}\n\nOp ma 5 okt. 2026 om 10:00 schreef Anna <anna@x.example>:\n${OLD}`],
    ['Outlook German separator', `${NEW}\n\n-----Ursprüngliche Nachricht-----\nVon: Anna\n${OLD}`],
    ['Outlook English separator', `${NEW}\n\n-----Original Message-----\n${OLD}`],
    [
      'Outlook en header block',
      `${NEW}\n\n________________________________\nFrom: Anna <anna@x.example>\nSent: Monday, 5 October 2026 10:00\nTo: Ben\nSubject: Invoice\n\n${OLD}`,
    ],
    [
      'Outlook de header block',
      `${NEW}\n\nVon: Anna <anna@x.example>\nGesendet: Montag, 5. Oktober 2026 10:00\nAn: Ben\nBetreff: Rechnung\n\n${OLD}`,
    ],
    [
      'Outlook fr header block',
      `${NEW}\n\nDe : Anna <anna@x.example>\nEnvoyé : lundi 5 octobre 2026 10:00\nÀ : Ben\n\n${OLD}`,
    ],
    [
      'Outlook es header block',
      `${NEW}\n\nDe: Anna <anna@x.example>\nEnviado: lunes, 5 de octubre de 2026 10:00\nPara: Ben\n\n${OLD}`,
    ],
    [
      'Outlook it header block',
      `${NEW}\n\nDa: Anna <anna@x.example>\nInviato: lunedì 5 ottobre 2026 10:00\nA: Ben\n\n${OLD}`,
    ],
    [
      'Outlook nl header block',
      `${NEW}\n\nVan: Anna <anna@x.example>\nVerzonden: maandag 5 oktober 2026 10:00\nAan: Ben\n\n${OLD}`,
    ],
    ['forwarded message', `${NEW}\n\n---------- Forwarded message ---------\nFrom: Anna\n${OLD}`],
    [
      'Apple Mail quoted intro',
      `${NEW}\n\nSent from my iPhone\n\n> On 5 Oct 2026, at 10:00, Anna <anna@x.example> wrote:\n>\n> ${OLD}`,
    ],
    [
      'CRLF line ends',
      `${NEW}\r\n\r\nOn Mon, 5 Oct 2026 at 10:00, Anna <anna@x.example> wrote:\r\n${OLD}`,
    ],
  ])('%s', (_name, body) => {
    const kept = newText(body);
    expect(kept).toContain(NEW);
    expect(kept).not.toContain('INV-1');
  });

  test.each([
    [
      'an address line starting with "Am"',
      'Die Arbeiten Am Anger 7 sind fertig.\nAm Anger 7, Freising',
    ],
    ['"From" in prose', 'From: our side everything is fine.\nSee you soon.'],
    ['"On" in prose without a colon', 'On Monday 5 October I wrote the report.\nIt is attached.'],
  ])('ordinary text is kept: %s', (_name, body) => {
    expect(newText(body)).toBe(body);
  });

  test.each([
    ['not a string', 42],
    ['undefined', undefined],
    ['empty', ''],
  ])('no text reads as empty new text: %s', (_name, body) => {
    expect(newText(body)).toBe('');
  });
});
