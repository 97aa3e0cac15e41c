/** Numbers in words for the language tables: compounds are built here, not typed out. */

/** German 1-31, cardinal and ordinal ("vierzehn", "vierzehnten", "einundzwanzigsten"). */
export function germanNumbers(): Record<string, number> {
  const units = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
  const cardinals: [string, number][] = [
    ['eins', 1],
    ['einer', 1],
    ['einem', 1],
    ['eine', 1],
    ['zehn', 10],
    ['elf', 11],
    ['zwölf', 12],
    ['dreizehn', 13],
    ['vierzehn', 14],
    ['fünfzehn', 15],
    ['sechzehn', 16],
    ['siebzehn', 17],
    ['achtzehn', 18],
    ['neunzehn', 19],
    ['zwanzig', 20],
    ['dreißig', 30],
    ['dreissig', 30],
    ['einunddreißig', 31],
    ['einunddreissig', 31],
  ];
  units.forEach((u, i) => {
    if (i > 0) cardinals.push([u, i + 1]);
    cardinals.push([`${u}undzwanzig`, 21 + i]);
  });
  const out: Record<string, number> = {};
  const endings = ['', 'n', 'r', 'm', 's'];
  for (const [word, n] of cardinals) {
    out[word] = n;
    if (word === 'einer' || word === 'einem' || word === 'eine' || word === 'eins') continue;
    // 2-19 take -te ("vierte", "vierzehnte"), 20 and up -ste ("zwanzigste").
    const stem =
      n === 3 ? 'drit' : n === 7 ? 'sieb' : n === 8 ? 'ach' : n >= 20 ? `${word}s` : word;
    for (const e of endings) out[`${stem}te${e}`] = n;
  }
  for (const e of endings) out[`erste${e}`] = 1;
  return out;
}

/** Dutch 1-31, cardinal and ordinal ("veertien", "veertiende", "eenentwintigste"). */
export function dutchNumbers(): Record<string, number> {
  const units = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
  const teens = [
    'tien',
    'elf',
    'twaalf',
    'dertien',
    'veertien',
    'vijftien',
    'zestien',
    'zeventien',
    'achttien',
    'negentien',
  ];
  const out: Record<string, number> = {};
  const ordinal = (word: string, n: number) =>
    n === 1 ? 'eerste' : n === 3 ? 'derde' : n === 8 || n >= 20 ? `${word}ste` : `${word}de`;
  const add = (word: string, n: number) => {
    out[word] = n;
    out[ordinal(word, n)] = n;
  };
  units.forEach((u, i) => add(u, i + 1));
  teens.forEach((t, i) => add(t, 10 + i));
  add('twintig', 20);
  add('dertig', 30);
  units.forEach((u, i) => {
    if (i === 0) add('eenendertig', 31);
    // "tweeëntwintig": a diaeresis where two vowels meet.
    const joiner = u.endsWith('e') ? 'ën' : 'en';
    add(`${u}${joiner}twintig`, 21 + i);
    if (joiner === 'ën') add(`${u}entwintig`, 21 + i);
  });
  return out;
}
