import type { MailThread } from '../mail-thread';
import { safeName } from '../safe-text';

/**
 * Who the draft greets, and how the owner greeted them. Taken from the owner's own greeting in
 * the invoice message where there is one ("Dear Ms Carter", "Hallo Lena"), so the draft speaks
 * to the customer the way the owner already does; else from the invoice's recipients.
 */
export interface Addressee {
  /** "Ms Carter", "Frau Dr. Hartmann", "Rebecca", "Max Müller". */
  name: string;
  /** title: a courtesy title and surname; given: a first name; full: a name from the To field. */
  form: 'title' | 'given' | 'full';
  /** German courtesy titles need the matching "Sehr geehrte"/"Sehr geehrter". */
  gender?: 'female' | 'male';
  /** The owner's own greeting word, lower-case ("hi", "dear", "hallo", "liebe", ...). */
  ownerGreeting?: string;
}

const greetingLine =
  /^(sehr geehrter?|liebe[r]?|hallo|hello|hi|hey|dear|moin|servus|guten (?:morgen|tag|abend)|good (?:morning|afternoon|evening))\s+(.+?)\s*[,!.:]?\s*$/i;
// Greetings that name no person.
const noPerson =
  /^(all|there|team|everyone|everybody|folks|zusammen|allerseits|damen|sir|madam|leute|ihr)\b/i;
const englishTitle = /^(mr|mrs|ms|miss|mx|dr|prof)\.?\s+\S/i;
const germanTitle = /^(frau|herrn?)\s+\S/i;

/** The owner's greeting line in a message text, parsed; undefined when it names no person. */
export function parseGreeting(text: string | undefined): Addressee | undefined {
  const firstLine = text
    ?.split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  const match = firstLine && firstLine.length <= 80 ? greetingLine.exec(firstLine) : null;
  if (!match) return undefined;
  const ownerGreeting = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  // A name, not a sentence, a company ("&", digits) or an instruction (safeName says which).
  const name = safeName(match[2]);
  if (!name || noPerson.test(name)) return undefined;
  const german = germanTitle.exec(name);
  if (german) {
    const gender = german[1]?.toLowerCase() === 'frau' ? 'female' : 'male';
    // "Sehr geehrter Herrn" is wrong; the nominative is "Herr".
    return { name: name.replace(/^herrn\b/i, 'Herr'), form: 'title', gender, ownerGreeting };
  }
  return { name, form: englishTitle.test(name) ? 'title' : 'given', ownerGreeting };
}

/**
 * The customer as the draft should greet them: the owner's greeting in the invoice message (its
 * preview line when the client shows it collapsed), else the first named recipient of that
 * message who is not the owner; when the invoice message gives neither (collapsed: no
 * recipients, a preview cut short), the owner's later messages, which greet the same customer.
 */
export function findAddressee(
  thread: MailThread,
  invoiceMessageIndex: number | undefined,
  ownerEmails: string[],
): Addressee | undefined {
  const own = new Set(ownerEmails.filter((e) => typeof e === 'string').map((e) => e.toLowerCase()));
  const isOwn = (email: unknown) => typeof email === 'string' && own.has(email.toLowerCase());
  const messages = Array.isArray(thread.messages) ? thread.messages : [];
  const first =
    invoiceMessageIndex !== undefined && messages[invoiceMessageIndex]
      ? invoiceMessageIndex
      : messages.findIndex((m) => isOwn(m?.from?.email));
  if (first < 0) return undefined;
  const candidates = [
    messages[first],
    ...messages.slice(first + 1).filter((m) => isOwn(m?.from?.email)),
  ];
  for (const message of candidates) {
    if (!message) continue;
    // A preview runs the greeting into the text on one line: its greeting ends at the first comma.
    const shown =
      typeof message.text === 'string' ? message.text : message.preview?.replace(/,.*$/s, ',');
    const greeted =
      isOwn(message.from?.email) && typeof shown === 'string' ? parseGreeting(shown) : undefined;
    if (greeted) return greeted;
    for (const recipient of Array.isArray(message.to) ? message.to : []) {
      // The recipient's display name is the customer's own text: used only when it is a name.
      const name = safeName(recipient?.name);
      if (name && !isOwn(recipient?.email)) {
        return { name, form: 'full' };
      }
    }
  }
  return undefined;
}
