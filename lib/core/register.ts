/**
 * Formal or informal address in the owner's own messages (German Sie/du, French vous/tu, ...):
 * the draft answers in the register the owner already uses (docs/rules.md §6). The greeting weighs
 * double ("Sehr geehrte Frau Meyer" vs "Hallo Lena"); then the pronouns are counted. Formal
 * pronouns are matched case-sensitively because German "Sie" is only formal capitalised.
 */
import { WordCounter } from './word-counter';
import { languages, type LanguageCues } from './languages';
import type { NormalMessage } from './normalize-thread';
import type { LanguageCode } from './results';
import type { Register } from './settings';

/** The owner's first messages and words are enough to tell the register. */
const MAX_MESSAGES = 3;
const MAX_WORDS = 800;
interface RegisterWords {
  formal: Set<string>;
  informal: Set<string>;
  counter: WordCounter;
}
function registerWords(cues: NonNullable<LanguageCues['register']>): RegisterWords {
  const formal = new Set(cues.formalWords);
  const informal = new Set(cues.informalWords);
  const counter = new WordCounter(
    [...formal, ...informal].map((w) => [w.toLowerCase(), 0] as const),
  );
  return { formal, informal, counter };
}

/** Per language (by its index in `languages`), built once when the core loads. */
const BY_LANGUAGE: readonly (RegisterWords | undefined)[] = /* @__PURE__ */ languages.map((l) =>
  l.register ? registerWords(l.register) : undefined,
);

export function detectRegister(
  messages: readonly NormalMessage[],
  language: LanguageCode | undefined,
): Register | undefined {
  const langIndex = languages.findIndex((l) => l.code === language);
  const cues = languages[langIndex]?.register;
  if (!cues) return undefined;
  const words = BY_LANGUAGE[langIndex];
  if (!words) return undefined;
  const { formal, informal, counter } = words;
  let score = 0; // > 0 formal, < 0 informal
  // The owner's messages in order, stopping as soon as one of them has told the register.
  let read = 0;
  for (const m of messages) {
    if (score !== 0 || read >= MAX_MESSAGES) break;
    if (!m.fromOwner) continue;
    read++;
    const { text, lower, tokens } = m.body;
    const { starts, ends } = tokens;
    const sameCase = text.length === lower.length;
    // Greeting: the first words of the message.
    const w0 = starts.length > 0 ? lower.slice(starts[0], ends[0]) : '';
    const w1 = starts.length > 1 ? lower.slice(starts[1], ends[1]) : '';
    if (cues.formalGreetings.includes(w0) || cues.formalGreetings.includes(`${w0} ${w1}`))
      score += 2;
    else if (cues.informalGreetings.includes(w0) && w1) score += cues.titles.includes(w1) ? 2 : -2;
    // Pronouns are found lower-case; their original case decides ("Sie" formal, "sie" not).
    for (const i of counter.positions(lower, tokens, MAX_WORDS)) {
      const original = (sameCase ? text : lower).slice(starts[i], ends[i]);
      if (formal.has(original)) score++;
      else if (informal.has(original)) score--;
    }
  }
  if (score > 0) return 'formal';
  if (score < 0) return 'informal';
  return undefined;
}
