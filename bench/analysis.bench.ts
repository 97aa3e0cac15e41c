/**
 * Analysis vs JSON.parse on one corpus, in one run: 10,000 varied threads (six languages,
 * invoices and not, replies, reminders, out-of-office replies, bounces, payments; every reply
 * quotes the whole previous message as mail clients do) are generated deterministically,
 * serialised, then timed as JSON.parse of the whole
 * corpus and as analyzeThread over every parsed thread. Both warm up first; each figure is the
 * median of several rounds. Target: analysis at most 3x the parse time.
 */
import { analyzeThread } from '../lib/core/index';
import type { MailMessage, MailThread } from '../lib/core/index';

const THREADS = 10_000;
const ROUNDS = 7;
const NOW = '2026-11-20T10:00:00+01:00';

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Lang {
  subject: string;
  invoice: (n: string, amount: string, due: string) => string;
  reminder: (n: string) => string;
  human: string[];
  ooo: string;
  quote: (date: string) => string;
  amount: (x: number) => string;
}

const de = (x: number) =>
  `${x
    .toFixed(2)
    .replace('.', ',')
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')} €`;
const LANGS: Lang[] = [
  {
    subject: 'Invoice',
    amount: (x) => `£${x.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`,
    invoice: (n, a, d) =>
      `Hi Rebecca,\n\nThanks again for having us last week. Please find attached invoice ${n} for the shoot (1 day studio + location, 40 retouched images).\n\nSubtotal: ${a}\nTotal due: ${a}\n\nPayment due: ${d}\nBank transfer to Grant & Hale Ltd, sort code 20-45-77, account 43917265\nReference: ${n}\n\nAny questions, just shout.\n\nBest,\nOliver\n\n--\nOliver Grant\nGrant & Hale Photography Ltd\nUnit 4, Albion Works, Sheffield S3 8RW\n0114 496 0732`,
    reminder: (n) =>
      `Hi Rebecca,\n\nJust a gentle nudge on invoice ${n}, which is now overdue. Could you let me know if it's in hand?\n\nThanks,\nOliver`,
    human: [
      'Thanks, passed to our accounts team.',
      "Really sorry, we'll pay it next Friday.",
      'Payment sent this morning, sorry for the delay.',
      'Could you reissue it to our new company name?',
    ],
    ooo: "Thank you for your email. I'm on leave until Monday 16 November with no access to email.",
    quote: (d) => `On ${d}, Oliver Grant <oliver@grantandhale.co.uk> wrote:`,
  },
  {
    subject: 'Rechnung',
    amount: de,
    invoice: (n, a, d) =>
      `Sehr geehrte Frau Krüger,\n\nanbei erhalten Sie die Rechnung Nr. ${n} für die Einrichtung des neuen Praxisservers und die Umstellung des Netzwerks.\n\nNettobetrag: ${a}\nGesamtbetrag: ${a}\n\nZahlbar bis ${d} ohne Abzug auf das Konto\nIBAN DE12 5001 0517 0648 4898 90, Sparkasse Musterstadt.\n\nVielen Dank für Ihren Auftrag!\n\nMit freundlichen Grüßen\nMarkus Lehmann\n\n--\nLehmann IT-Service\nBahnhofstraße 3a, 33602 Bielefeld\nTel. 0521 9876 540`,
    reminder: (n) =>
      `Sehr geehrte Frau Krüger,\n\nbei der Durchsicht meiner Buchhaltung ist mir aufgefallen, dass die Rechnung Nr. ${n} noch offen ist. Könnten Sie kurz nachsehen?\n\nMit freundlichen Grüßen\nMarkus Lehmann`,
    human: [
      'danke, ist angekommen. Ich gebe die Rechnung an unser Steuerbüro weiter.',
      'Ich habe den Betrag heute Morgen überwiesen.',
      'Wir werden nächste Woche überweisen.',
      'Die Rechnung kann ich so nicht akzeptieren.',
    ],
    ooo: 'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 23.10.2026 nicht im Hause.',
    quote: (d) => `Am ${d} schrieb Markus Lehmann <m.lehmann@lehmann-it.de>:`,
  },
  {
    subject: 'Facture',
    amount: (x) =>
      `${x
        .toFixed(2)
        .replace('.', ',')
        .replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')} €`,
    invoice: (n, a, d) =>
      `Bonjour Monsieur Moreau,\n\nVeuillez trouver ci-joint la facture n° ${n} relative à la traduction du manuscrit.\n\nMontant total : ${a} TTC\nConditions de paiement : 30 jours, soit au plus tard le ${d}.\n\nRèglement par virement :\nIBAN : FR76 3000 6000 0112 3456 7890 189\n\nBien cordialement,\n\nCamille Fournier\n12 rue des Tanneurs, 69001 Lyon`,
    reminder: (n) =>
      `Bonjour Monsieur Moreau,\n\nJe me permets de revenir vers vous au sujet de la facture n° ${n}. Sauf erreur de ma part, je n'ai pas encore reçu le règlement.\n\nBien cordialement,\nCamille Fournier`,
    human: [
      'Merci, je transmets à la comptabilité.',
      'Virement effectué ce matin.',
      'Je vais faire le virement la semaine prochaine.',
    ],
    ooo: 'Je suis absente du bureau jusqu’au 23 octobre 2026.',
    quote: (d) => `Le ${d}, Camille Fournier <camille@cf-traductions.fr> a écrit :`,
  },
  {
    subject: 'Factura',
    amount: de,
    invoice: (n, a, d) =>
      `Estimado Sr. García:\n\nAdjunto le envío la factura ${n} correspondiente al diseño de la nueva web.\n\nImporte total: ${a}\nFecha de vencimiento: ${d}\nIBAN: ES91 2100 0418 4502 0005 1332\n\nMuchas gracias.\n\nAtentamente,\nLucía Fernández`,
    reminder: (n) =>
      `Estimado Sr. García:\n\nLe escribo en relación con la factura ${n}, que sigue pendiente de pago.\n\nAtentamente,\nLucía Fernández`,
    human: [
      'Gracias, se la paso a contabilidad.',
      'Ya hemos pagado la factura, le adjunto el justificante de pago.',
      'Pagaremos la factura la próxima semana.',
    ],
    ooo: 'Estoy fuera de la oficina hasta el 23 de octubre de 2026.',
    quote: (d) => `El ${d}, Lucía Fernández (<lucia@fernandez.es>) escribió:`,
  },
  {
    subject: 'Fattura',
    amount: (x) =>
      `€ ${x
        .toFixed(2)
        .replace('.', ',')
        .replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`,
    invoice: (n, a, d) =>
      `Gentile dott. Bianchi,\n\nin allegato la fattura n. ${n} relativa al servizio fotografico.\n\nTotale fattura: ${a}\nScadenza: ${d}\nIBAN: IT60 X054 2811 1010 0000 0123 456\n\nCordiali saluti,\nGiulia Romano`,
    reminder: (n) =>
      `Gentile dott. Bianchi,\n\nle scrivo in merito alla fattura n. ${n}, che risulta ancora da saldare.\n\nCordiali saluti,\nGiulia Romano`,
    human: [
      'Grazie, la giro all’amministrazione.',
      'Bonifico effettuato oggi.',
      'Non abbiamo ancora pagato, scusi.',
    ],
    ooo: 'Sono fuori ufficio fino al 23 ottobre 2026.',
    quote: (d) => `Il giorno ${d} Giulia Romano <giulia@romano.it> ha scritto:`,
  },
  {
    subject: 'Factuur',
    amount: (x) =>
      `€ ${x
        .toFixed(2)
        .replace('.', ',')
        .replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`,
    invoice: (n, a, d) =>
      `Geachte heer De Vries,\n\nHierbij ontvangt u factuur ${n} voor de vertaling van de jaarrapportage.\n\nTotaalbedrag: ${a}\nVervaldatum: ${d}\nIBAN: NL91 ABNA 0417 1643 00\n\nMet vriendelijke groet,\nSanne Jansen`,
    reminder: (n) =>
      `Geachte heer De Vries,\n\nGraag herinner ik u aan factuur ${n}, die nog openstaat.\n\nMet vriendelijke groet,\nSanne Jansen`,
    human: [
      'Dank u, ik stuur hem door naar de administratie.',
      'Het bedrag is vanochtend overgemaakt.',
      'We zullen volgende week betalen.',
    ],
    ooo: 'Tot en met 23 oktober 2026 ben ik afwezig.',
    quote: (d) => `Op ${d} schreef Sanne Jansen <sanne@jansen.nl>:`,
  },
];

/** Customers' mail often ends in a legal footer; it is new text, so analysis reads it too. */
const DISCLAIMER =
  'This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden.';

/** Replies quote the whole previous message, its own quoted history included, as Gmail and Outlook do. */
function quoted(text: string): string {
  return text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
}

function makeThread(rand: () => number, i: number): MailThread {
  const lang = LANGS[Math.floor(rand() * LANGS.length)] as Lang;
  const owner = `owner${i % 97}@studio${i % 13}.example`;
  const customer = `client${i % 89}@company${i % 31}.example`;
  const number = `RE-2026-${String(1000 + (i % 9000))}`;
  const amount = lang.amount(100 + Math.floor(rand() * 20000) + 0.5 * Math.floor(rand() * 2));
  const sent = new Date(Date.UTC(2026, 7, 1) + Math.floor(rand() * 100) * 86_400_000);
  const due = new Date(sent.getTime() + 14 * 86_400_000);
  const dueText = `${String(due.getUTCDate()).padStart(2, '0')}.${String(due.getUTCMonth() + 1).padStart(2, '0')}.${due.getUTCFullYear()}`;
  const quote = rand() < 0.15 ? 'Angebot' : lang.subject;
  const subject = `${quote} ${number} – Projekt ${i % 50}`;
  let last = lang.invoice(
    number,
    amount,
    lang === LANGS[0] ? due.toISOString().slice(0, 10) : dueText,
  );
  const messages: MailMessage[] = [
    {
      id: 'm1',
      from: { email: owner },
      to: [{ email: customer }],
      date: sent.toISOString().replace('Z', '+00:00'),
      subject,
      text: last,
      attachments: [{ name: `${lang.subject}_${number}.pdf` }],
    },
  ];
  let t = sent.getTime();
  const replies = Math.floor(rand() * 5);
  for (let k = 0; k < replies; k++) {
    const kind = rand();
    t += kind < 0.15 ? 40_000 : Math.floor(rand() * 20) * 86_400_000 + 3_600_000;
    const date = new Date(t).toISOString().replace('Z', '+00:00');
    const history = `\n\n${lang.quote(date.slice(0, 16))}\n${quoted(last)}`;
    let msg: MailMessage;
    if (kind < 0.15)
      msg = {
        id: `m${k + 2}`,
        from: { email: customer },
        date,
        subject: `Re: ${subject}`,
        text: lang.ooo,
      };
    else if (kind < 0.2)
      msg = {
        id: `m${k + 2}`,
        from: { email: 'mailer-daemon@mx.example' },
        date,
        subject: 'Undeliverable',
        text: `Delivery failed.${history}`,
      };
    else if (kind < 0.55) {
      const text = lang.human[Math.floor(rand() * lang.human.length)] as string;
      const signature = rand() < 0.5 ? `\n\n${customer}\n${DISCLAIMER}` : '';
      msg = {
        id: `m${k + 2}`,
        from: { email: customer },
        date,
        subject: `Re: ${subject}`,
        text: `${text}${signature}${history}`,
      };
      last = msg.text as string;
    } else {
      const text = lang.reminder(number);
      msg = {
        id: `m${k + 2}`,
        from: { email: owner },
        to: [{ email: customer }],
        date,
        subject: `Re: ${subject}`,
        text: `${text}${history}`,
      };
      last = msg.text as string;
    }
    messages.push(msg);
  }
  return { id: `gmail:${i}`, client: 'gmail', subject, owner: { emails: [owner] }, messages };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** The benchmark corpus: `count` threads, the same ones on every run. */
export function makeCorpus(count = THREADS): MailThread[] {
  const rand = seeded(42);
  return Array.from({ length: count }, (_, i) => makeThread(rand, i));
}

export default async function bench(): Promise<void> {
  const corpus = makeCorpus();
  const json = JSON.stringify(corpus);
  let sink = 0;
  const parse = () => (JSON.parse(json) as MailThread[]).length;
  const parsed = JSON.parse(json) as MailThread[];
  const analyse = () => {
    for (const thread of parsed) sink += analyzeThread(thread, { now: NOW }).ghostScore;
  };
  for (let w = 0; w < 2; w++) {
    sink += parse();
    analyse();
  }
  // Wall time and this process's CPU time, both per round; CPU time is what other processes
  // on a shared machine disturb least, so the ratio is reported from it as well.
  const parseMs: number[] = [];
  const analyseMs: number[] = [];
  const parseCpu: number[] = [];
  const analyseCpu: number[] = [];
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const d = process.cpuUsage(since);
    return (d.user + d.system) / 1000;
  };
  for (let r = 0; r < ROUNDS; r++) {
    let c0 = process.cpuUsage();
    let t0 = performance.now();
    sink += parse();
    parseMs.push(performance.now() - t0);
    parseCpu.push(cpuMs(c0));
    c0 = process.cpuUsage();
    t0 = performance.now();
    analyse();
    analyseMs.push(performance.now() - t0);
    analyseCpu.push(cpuMs(c0));
  }
  const p = median(parseMs);
  const a = median(analyseMs);
  const pc = median(parseCpu);
  const ac = median(analyseCpu);
  const statuses = new Map<string, number>();
  for (const thread of parsed) {
    const s = analyzeThread(thread, { now: NOW }).status;
    statuses.set(s, (statuses.get(s) ?? 0) + 1);
  }
  console.log(
    `corpus: ${THREADS} threads, ${(json.length / 1e6).toFixed(1)} MB JSON; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  console.log(
    `JSON.parse: ${p.toFixed(1)} ms wall, ${pc.toFixed(1)} ms CPU (medians of ${ROUNDS})`,
  );
  console.log(
    `analyzeThread: ${a.toFixed(1)} ms wall, ${ac.toFixed(1)} ms CPU = ${Math.round((THREADS / a) * 1000)} threads/s`,
  );
  console.log(
    `ratio analysis/parse: ${(a / p).toFixed(2)} wall, ${(ac / pc).toFixed(2)} CPU (target <= 3)${sink === -1 ? '' : ''}`,
  );
}
