/**
 * Every registered draft language, in every register it has, for every stage and every reply
 * state, held to the must / must-not lists of docs/rules.md §5-6. The cases come from the
 * registry: a pack added to DRAFT_LANGUAGES is checked here as soon as its words are in `WORDS`.
 */
import { describe, expect, test } from 'vitest';
import type { DraftInput } from '../../lib/core/drafts/draft-input';
import { instalmentPlan } from '../../lib/core/drafts/instalment-plan';
import type { Register } from '../../lib/core/drafts/language-pack';
import { DRAFT_LANGUAGES, formatterFor } from '../../lib/core/drafts/languages/lookup';
import { renderDraft } from '../../lib/core/drafts/render';
import { STAGE_TABLE, STAGES } from '../../lib/core/drafts/stage-table';
import { computeLateInterest } from '../../lib/core/late-interest';
import {
  defaultLateInterestTables,
  type LateInterestTables,
} from '../../lib/core/late-interest-rates';
import type { DraftKind } from '../../lib/core/results';

/** The words of one language that the lists are checked with. */
interface LanguageWords {
  /** Stage 1 asks whether all is well. */
  allWell: RegExp;
  /** Stage 2 on offers instalments or a payment plan. */
  plan: RegExp;
  overdue: (days: number) => string;
  /** Fees, interest, costs: only where the stage allows consequences. */
  feesAndInterest: RegExp;
  consequences: RegExp;
  /** Stage 3: further work is paused. */
  pausesWork: RegExp;
  thirdParties: RegExp;
  /** Stage 4: the claim is handed over. */
  handOver: RegExp;
  /** Never, at any stage. */
  beyondHandOver: RegExp;
  /** A reminder's words: never in a thank-you or a clarification. */
  reminder: RegExp;
  thanks: RegExp;
  /** The broken promise's line. */
  promise: RegExp;
  call: RegExp;
  correctedInvoice: RegExp;
  pdfAttachedAgain: RegExp;
  /** Asks for what is still outstanding. */
  outstanding: RegExp;
  /** Words of the other register, per register (none for a language with one). */
  otherRegister: Partial<Record<Register, RegExp>>;
  /** The first paragraph goes on after the greeting's comma in lower case (German). */
  opensLowerCase: boolean;
}

const WORDS: Record<string, LanguageWords> = {
  en: {
    allWell: /all well/,
    plan: /instalments|payment plan/,
    overdue: (n) => `${n} days overdue`,
    feesAndInterest: /\binterest\b|\bfees?\b|fixed sum|compensation|costs/i,
    consequences: /\bpause\b|consequence|\bcharge\b/i,
    pausesWork: /pause any further work/,
    thirdParties: /collection|agency|lawyer|solicitor|\bcourt\b/i,
    handOver: /hand the claim over/,
    beyondHandOver:
      /\bcourt\b|credit (rating|score|reference)|polic|public|reputation|review|tribunal/i,
    reminder: /remind|overdue|\blate\b|unpaid/i,
    thanks: /thank/i,
    promise: /You said you would pay by/,
    call: /\bcall\b/,
    correctedInvoice: /corrected invoice/,
    pdfAttachedAgain: /attached the invoice PDF to this email again/,
    outstanding: /still outstanding/,
    otherRegister: {},
    opensLowerCase: false,
  },
  de: {
    allWell: /alles in Ordnung/,
    plan: /Raten/,
    overdue: (n) => `seit ${n} Tagen überfällig`,
    feesAndInterest: /zins|gebühr|pauschale|kosten/i,
    consequences: /ruhen lassen|konsequenz|berechne/i,
    pausesWork: /weitere Arbeiten für (Sie|dich) ruhen lassen/,
    thirdParties: /inkasso|anwalt|beitreibung|gericht/i,
    handOver: /zur Beitreibung übergeben/,
    beyondHandOver:
      /gericht|mahnbescheid|schufa|bonität|polizei|strafanzeige|öffentlich|reputation|bewertung/i,
    reminder: /erinner|überfällig|mahnung|unbezahlt/i,
    thanks: /dank/i,
    promise: /(Sie hatten mir|du hattest mir) zugesagt, bis zum/,
    call: /Telefonat/,
    correctedInvoice: /korrigierte Rechnung/,
    pdfAttachedAgain: /Anhang dieser (E-)?Mail findest du|Anhang dieser E-Mail finden Sie/,
    outstanding: /offen/,
    otherRegister: {
      formal: /\b(du|dir|dich|dein\w*)\b/i,
      informal: /\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b/,
    },
    opensLowerCase: true,
  },
  es: {
    allWell: /todo bien/,
    plan: /plazos|pago fraccionado/,
    overdue: (n) => `${n} días de retraso`,
    feesAndInterest: /inter[eé]s|indemnizaci|recargo|costes|gastos|comisi[oó]n/i,
    consequences: /suspender|consecuencia|reclamar[eé]|cobrar[eé]/i,
    pausesWork: /suspenderé cualquier nuevo trabajo para (usted|ti)/,
    thirdParties: /recobro|agencia|abogad|tribunal|juzgado|judicial|monitorio/i,
    handOver: /pondré la reclamación en manos de/,
    beyondHandOver:
      /tribunal|juzgado|judicial|monitorio|asnef|fichero de morosos|polic[ií]a|denuncia|p[uú]blic|reputaci[oó]n|rese[ñn]a/i,
    reminder: /record|vencid|retraso|impagad|sin pagar/i,
    thanks: /gracias|agradec/i,
    promise: /(Me indicó que realizaría|Me dijiste que harías) el pago a más tardar el/,
    call: /llamada/,
    correctedInvoice: /factura rectificativa/,
    pdfAttachedAgain: /(Le|Te) adjunto de nuevo la factura en PDF/,
    outstanding: /pendiente/,
    otherRegister: {
      // Tú, its object pronouns and verb forms that only tú takes.
      formal:
        /(?<!\p{L})(tú|te|ti|tu|tus|contigo|tuyo|tuya|puedes|quieres|pagarás|dime|dímelo|escríbeme|avísame)(?!\p{L})/iu,
      // Usted and the verb forms and possessives that only usted takes ("su" alone is ambiguous).
      informal:
        /(?<!\p{L})(usted|ustedes|dígame|dígamelo|indíqueme|avíseme|confírmemelo|póngase|no dude|no tenga|le ruego|le agradezco|recordarle|podría indicarme|su (mensaje|pago|parte|correo|referencia))(?!\p{L})/iu,
    },
    opensLowerCase: false,
  },
  it: {
    allWell: /tutto bene/,
    plan: /\brate\b|rateizzazione/,
    overdue: (n) => `scaduta da ${n} giorni`,
    feesAndInterest: /interess|indennizz|forfettari|penal|costi|spese|commission/i,
    consequences: /sospend|conseguenz|addebit/i,
    pausesWork: /sospenderò ogni ulteriore lavoro per (Lei|te)/,
    thirdParties:
      /recupero crediti|agenzia|avvocat|studio legale|tribunal|giudizi|decreto ingiuntivo/i,
    handOver: /affiderò la pratica a/,
    beyondHandOver:
      /tribunal|giudic|decreto ingiuntivo|centrale rischi|crif|polizia|denuncia|pubblic|reputazion|recension/i,
    reminder: /sollecit|promemoria|scadut|ritardo|insolut|non (ancora )?pagat/i,
    thanks: /grazie|ringrazi/i,
    promise: /(Mi aveva assicurato che avrebbe|Mi avevi detto che avresti) pagato entro/,
    call: /telefonata/,
    correctedInvoice: /fattura corretta/,
    pdfAttachedAgain: /In allegato trov[ai] di nuovo la fattura in PDF/,
    outstanding: /ancora da saldare/,
    otherRegister: {
      // Tu, its pronouns and possessives, and verb forms that only tu takes.
      formal:
        /(?<!\p{L})(tu|ti|te|tuo|tua|tuoi|tue|puoi|fammi|fammelo|dimmi|dimmelo|scrivimi|ricordarti|confermamelo)(?!\p{L})/iu,
      // Lei and its capitalised forms inside a sentence ("La ringrazio" may open one, as may
      // the article "La"), joined to a verb ("ricordarLe"), and the Lei imperatives.
      informal:
        /(?<!\p{L})Lei(?!\p{L})|(?<=[\p{Ll},;] ?)(La|Le|Suo|Sua|Suoi|Sue)(?!\p{L})|(?<!\p{L})(La ringrazio|La prego|La invito|mi faccia|mi contatti|me lo confermi|non esiti)(?!\p{L})/u,
    },
    opensLowerCase: false,
  },
  fr: {
    allWell: /Tout va bien de (votre|ton) côté/,
    plan: /mensualités|paiement échelonné|échéances/,
    overdue: (n) => `accuse désormais ${n} jours de retard`,
    feesAndInterest: /intérêt|indemnité|frais|pénalit|forfait/i,
    consequences: /suspendr|conséquence|facturerai/i,
    pausesWork: /je suspendrai toute nouvelle prestation pour (vous|toi)/,
    thirdParties:
      /recouvrement de la créance|cabinet de recouvrement|avocat|huissier|tribunal|injonction/i,
    handOver: /je confierai le recouvrement de la créance à/,
    beyondHandOver:
      /tribunal|huissier|injonction|fichier|banque de france|police|plainte|public|réputation|avis en ligne/i,
    reminder: /rappel|retard|impayée|échéance le/i,
    thanks: /merci/i,
    promise:
      /(Vous m’aviez indiqué que le règlement interviendrait|Tu m’avais dit que tu réglerais) au plus tard le/,
    call: /appel/,
    correctedInvoice: /facture corrigée/,
    pdfAttachedAgain: /trouver(ez|as) de nouveau la facture en PDF jointe/,
    outstanding: /il reste .* à régler|reste dû/,
    otherRegister: {
      // Tu, its pronouns and possessives, and verb forms only tu takes.
      formal: /(?<!\p{L})(tu|te|toi|ton|ta|tes|t’|dis-moi|écris-moi|hésite)(?!\p{L})/iu,
      // Vous and its possessives.
      informal: /(?<!\p{L})(vous|votre|vos|pourriez|dites-moi|hésitez)(?!\p{L})/iu,
    },
    opensLowerCase: false,
  },
  nl: {
    allWell: /Is alles in orde aan (uw|jouw) kant/,
    plan: /termijnen|betalingsregeling/,
    overdue: (n) => `nu ${n} dagen te laat`,
    feesAndInterest: /rente|vergoeding|kosten|boete/i,
    consequences: /stil|gevolg|in rekening/i,
    pausesWork: /leg ik verdere werkzaamheden voor (u|jou) stil/,
    // Incassokosten are the creditor's own costs; the bureau that collects is a third party.
    thirdParties: /incassobureau|advocaat|deurwaarder|rechter|vordering zonder verdere/i,
    handOver: /draag ik de vordering zonder verdere aankondiging over aan/,
    beyondHandOver:
      /rechter|rechtbank|deurwaarder|beslag|bkr|politie|aangifte|openbaar|reputatie|recensie/i,
    reminder: /herinner|te laat|niet betaald|openstaat|aanmaning/i,
    thanks: /dank/i,
    promise: /(U|Je) had toegezegd uiterlijk op .* te betalen/,
    call: /telefoongesprek/,
    correctedInvoice: /gecorrigeerde factuur/,
    pdfAttachedAgain: /De factuur stuur ik als pdf opnieuw mee/,
    outstanding: /staat er nog .* open/,
    otherRegister: {
      // Je, jij, jou, jouw and verb forms only je takes.
      formal: /(?<!\p{L})(je|jij|jou|jouw|heb je|kun je|laat je)(?!\p{L})/iu,
      // U and uw.
      informal: /(?<!\p{L})(u|uw|heeft u|kunt u)(?!\p{L})/iu,
    },
    opensLowerCase: false,
  },
};

const today = '2026-11-20';
const deadline = '2026-11-27';
const promisedDate = '2026-11-13';
const agency = 'Collectia Nord GmbH';
const agreedWork = 'Here is the invoice for the new product pages we agreed on in September.';
const invoice = { number: 'RE-2026-017', amount: 1190, currency: 'EUR', dueDate: '2026-10-15' };
const payment = {
  iban: 'DE89370400440532013000',
  paymentLink: 'https://pay.example.com/RE-2026-017',
  instalments: 3,
};
const placeholder =
  // A space before a comma or full stop means a value is missing; French puts a non-breaking
  // space before ; : ! ? by rule, so only that space is allowed there.
  /[[\]{}<>]|\bXXX\b|\bTODO\b|undefined|\bNaN\b|\bnull\b|\$\{|\s[,.]|[^\S\u00a0][;:]|,,|\.\.| {2}/;

// Tables known through 2026, so the figures do not depend on when the shipped table ends.
const tables: LateInterestTables = structuredClone(defaultLateInterestTables);
tables.EU.reference.push({ from: '2026-07-01', percent: 2.15 });
tables.EU.knownUntil = '2026-12-31';
const lateInterest = computeLateInterest({
  ...invoice,
  until: today,
  customerType: 'business',
  jurisdiction: 'EU',
  tables,
});

const packs = DRAFT_LANGUAGES.map((pack) => ({ pack, words: WORDS[pack.code] as LanguageWords }));
const variants = packs.flatMap(({ pack, words }) =>
  pack.registers.map((register) => ({ code: pack.code, register, words })),
);

function input(v: (typeof variants)[number], overrides: Partial<DraftInput>): DraftInput {
  const stage = overrides.stage ?? 1;
  return {
    language: v.code,
    register: v.register,
    stage,
    today,
    deadline,
    threadSubject: 'Invoice RE-2026-017',
    addressee: { name: 'Rebecca Carter', form: 'full' },
    invoice,
    daysOverdue: 36,
    unansweredFollowUps: stage - 1,
    ...(STAGE_TABLE[stage].consequencesAllowed && lateInterest ? { lateInterest } : {}),
    payment,
    collectionAgency: agency,
    signature: 'Anna Schmidt',
    ...overrides,
  };
}

/** The first paragraph starts the way the language goes on after a greeting; the rest capitalised. */
function expectCapitals(text: string, w: LanguageWords): void {
  paragraphs(text).forEach((paragraph, i) => {
    const first = paragraph.charAt(0);
    const lower = first === first.toLowerCase() && first !== first.toUpperCase();
    // German "Sie" is capitalised wherever it stands.
    if (i > 0 || !w.opensLowerCase) expect(lower, paragraph).toBe(false);
    else if (!paragraph.startsWith('Sie ')) expect(lower, paragraph).toBe(true);
  });
}

/** The body between the greeting and the sign-off. */
function paragraphs(text: string): string[] {
  return text.split('\n\n').slice(1, -1);
}

test('every registered language has its must / must-not words here', () => {
  expect(DRAFT_LANGUAGES.filter((pack) => !WORDS[pack.code]).map((p) => p.code)).toEqual([]);
});

describe('every stage in every language and register follows its row of the stage table', () => {
  const cases = variants.flatMap((v) =>
    STAGES.flatMap((stage) =>
      [false, true]
        .filter((broken) => !broken || stage >= 2)
        .map((promiseBroken) => ({
          name: `${v.code} ${v.register} stage ${stage}${promiseBroken ? ' after a broken promise' : ''}`,
          v,
          stage,
          promiseBroken,
        })),
    ),
  );

  test.each(cases)('$name', ({ v, stage, promiseBroken }) => {
    const row = STAGE_TABLE[stage];
    const w = v.words;
    const f = formatterFor(v.code, 'EUR');
    const draft = renderDraft(
      input(v, { stage, ...(promiseBroken ? { promisedDate, promiseBroken } : {}) }),
    );
    const { text } = draft;
    expect(draft.kind).toBe('stage');
    // Always: the invoice's facts in the language's formats, no placeholder, nothing beyond.
    expect(text).toContain('RE-2026-017');
    expect(text).toContain(f.money(1190, 'EUR'));
    expect(text).toContain(f.date(invoice.dueDate));
    expect(text).not.toMatch(placeholder);
    expectCapitals(text, w);
    expect(text).not.toMatch(w.beyondHandOver);
    const other = w.otherRegister[v.register];
    if (other) expect(text).not.toMatch(other);

    if (row.tone === 'warm') expect(text).toMatch(w.allWell);
    if (row.offersPaymentRoutes) {
      expect(text).toContain(w.overdue(36));
      expect(text).toMatch(w.plan);
      expect(text).toContain(payment.iban);
    }
    const due = f.date(deadline);
    if (row.setsDeadline) expect(text).toContain(due);
    else expect(text).not.toContain(due);
    const li = lateInterest!;
    const figures = [f.percent(li.ratePercent), f.money(li.interest, 'EUR'), f.money(40, 'EUR')];
    if (row.consequencesAllowed) {
      for (const figure of figures) expect(text).toContain(figure);
      if (row.tone === 'firm') expect(text).toMatch(w.pausesWork);
    } else {
      for (const figure of figures) expect(text).not.toContain(figure);
      expect(text).not.toMatch(w.feesAndInterest);
      expect(text).not.toMatch(w.consequences);
    }
    if (row.thirdPartyAllowed) {
      expect(text).toContain(agency);
      expect(text).toMatch(w.handOver);
    } else {
      expect(text).not.toContain(agency);
      expect(text).not.toMatch(w.thirdParties);
    }
    // A broken promise is named first, with its day.
    const first = paragraphs(text)[0] ?? '';
    if (promiseBroken) {
      expect(first).toMatch(w.promise);
      expect(first).toContain(f.date(promisedDate));
    } else {
      expect(text).not.toMatch(w.promise);
    }
  });
});

describe('every reply state in every language and register says what docs/rules.md §6 requires', () => {
  const plan = instalmentPlan(1190, 3, today) ?? [];
  const states: {
    kind: Exclude<DraftKind, 'stage'>;
    facts: Partial<DraftInput>;
    check: (text: string, w: LanguageWords, f: ReturnType<typeof formatterFor>) => void;
  }[] = [
    {
      kind: 'promise_thanks',
      facts: { promisedDate: '2026-11-30' },
      check: (text, w, f) => {
        expect(text).toContain(f.date('2026-11-30'));
        expect(text).not.toMatch(w.reminder);
        expect(text).not.toContain(w.overdue(36));
      },
    },
    {
      kind: 'dispute',
      facts: { disputeTopic: 'hours', agreedWork },
      check: (text, w) => {
        expect(text).toContain(agreedWork);
        expect(text).toContain('RE-2026-017');
        expect(text).toMatch(w.call);
        expect(text).toMatch(w.correctedInvoice);
        expect(text).not.toMatch(w.reminder);
        expect(text).not.toContain(w.overdue(36));
        expect(text).not.toContain(payment.iban);
      },
    },
    {
      kind: 'instalment_plan',
      facts: { instalments: plan },
      check: (text, _w, f) => {
        for (const part of plan) {
          expect(text).toContain(f.date(part.date));
          expect(text).toContain(f.money(part.amount, 'EUR'));
        }
        expect(text).toContain(payment.iban);
      },
    },
    {
      kind: 'invoice_resend',
      facts: {},
      check: (text, w, f) => {
        expect(text).toContain('RE-2026-017');
        expect(text).toContain(f.money(1190, 'EUR'));
        expect(text).toContain(f.date(invoice.dueDate));
        expect(text).toContain(payment.iban);
        expect(text).toContain(payment.paymentLink);
        expect(text).toMatch(w.pdfAttachedAgain);
      },
    },
    {
      kind: 'partial_payment',
      facts: { paidAmount: 500, outstandingAmount: 690 },
      check: (text, w, f) => {
        expect(text).toContain(f.money(500, 'EUR'));
        expect(text).toContain(f.money(690, 'EUR'));
        expect(text).toMatch(w.outstanding);
      },
    },
  ];
  const cases = variants.flatMap((v) =>
    states.map((state) => ({ name: `${v.code} ${v.register} ${state.kind}`, v, state })),
  );

  test.each(cases)('$name', ({ v, state }) => {
    const w = v.words;
    const f = formatterFor(v.code, 'EUR');
    const draft = renderDraft(input(v, { kind: state.kind, ...state.facts }));
    const { text } = draft;
    expect(draft.kind).toBe(state.kind);
    expect(paragraphs(text)[0]).toMatch(w.thanks);
    expectCapitals(text, w);
    state.check(text, w, f);
    // Answers, not pressure: no deadline, no consequence, no third party, no figure of the law.
    expect(text).not.toContain(f.date(deadline));
    expect(text).not.toMatch(w.feesAndInterest);
    expect(text).not.toMatch(w.consequences);
    expect(text).not.toMatch(w.thirdParties);
    expect(text).not.toContain(agency);
    expect(text).not.toMatch(placeholder);
    const other = w.otherRegister[v.register];
    if (other) expect(text).not.toMatch(other);
  });
});

describe('an instalment plan', () => {
  test.each([
    {
      name: 'three parts of 1,190.00 from the next 1st',
      amount: 1190,
      count: 3,
      from: '2026-11-20',
      dates: ['2026-12-01', '2027-01-01', '2027-02-01'],
      amounts: [396.66, 396.66, 396.68],
    },
    {
      name: 'three parts of 100.00 from the 15th the day after',
      amount: 100,
      count: 3,
      from: '2026-11-14',
      dates: ['2026-11-15', '2026-12-15', '2027-01-15'],
      amounts: [33.33, 33.33, 33.34],
    },
    {
      name: 'on the 15th itself the next 1st is next',
      amount: 1000,
      count: 2,
      from: '2026-11-15',
      dates: ['2026-12-01', '2027-01-01'],
      amounts: [500, 500],
    },
    {
      name: 'on the 1st the 15th is next',
      amount: 0.05,
      count: 4,
      from: '2026-12-01',
      dates: ['2026-12-15', '2027-01-15', '2027-02-15', '2027-03-15'],
      amounts: [0.01, 0.01, 0.01, 0.02],
    },
  ])('$name', ({ amount, count, from, dates, amounts }) => {
    const plan = instalmentPlan(amount, count, from);
    expect(plan?.map((p) => p.date)).toEqual(dates);
    expect(plan?.map((p) => p.amount)).toEqual(amounts);
  });

  test.each([
    { amount: 1428.57, count: 24, from: '2026-12-31' },
    { amount: 928.01, count: 7, from: '2027-02-28' },
    { amount: 0.1, count: 3, from: '2026-01-01' },
    { amount: 99_999.99, count: 11, from: '2026-06-30' },
  ])('$count parts of $amount sum to it exactly, in cents', ({ amount, count, from }) => {
    const plan = instalmentPlan(amount, count, from) ?? [];
    expect(plan).toHaveLength(count);
    const cents = plan.map((p) => Math.round(p.amount * 100));
    // Whole cents, none negative.
    for (const part of plan)
      expect(Math.abs(part.amount * 100 - Math.round(part.amount * 100))).toBeLessThan(1e-6);
    expect(cents.every((c) => c >= 0)).toBe(true);
    expect(cents.reduce((a, b) => a + b, 0)).toBe(Math.round(amount * 100));
    // Every part but the last is the same; the last takes the rounding.
    expect(new Set(cents.slice(0, -1)).size).toBe(1);
    expect(cents.at(-1)! - cents[0]!).toBeGreaterThanOrEqual(0);
    expect(cents.at(-1)! - cents[0]!).toBeLessThan(count);
  });

  test.each([
    { name: 'no amount', amount: 0, count: 3 },
    { name: 'a negative amount', amount: -5, count: 3 },
    { name: 'one part', amount: 100, count: 1 },
    { name: 'not a number', amount: Number.NaN, count: 3 },
  ])('$name: no plan', ({ amount, count }) => {
    expect(instalmentPlan(amount, count, today)).toBeUndefined();
  });
});
