// A title -> the words that say which event it reports: what story clustering compares.

/**
 * Function words, headline filler ("watch", "live", "analysis") and offices ("vp", "gov"): two
 * titles that share only these share nothing about the event.
 */
const stopWords = new Set(
  (
    'a an the and or but nor of in on at to for from by with as into onto over under about after before during amid ' +
    'against between through than then so if is are was were be been being am has have had do does did will would ' +
    'can could should may might must shall not no yes it its this that these those there here he she they them ' +
    'his her their our we us you your i me my who whom whose what which when where why how all any some more most ' +
    'just only also even still up down out off new says said say tells told watch live video full analysis opinion ' +
    'latest report reports via per vs one two first last week day today news ' +
    'vp vice president pres gov lt sen rep mr mrs ms dr former top'
  ).split(' '),
);

const unitWords: Record<string, string> = { m: 'million', mn: 'million', b: 'billion', bn: 'billion', k: 'thousand' };

/** Light suffix stripping, so "drops", "dropped" and "dropping" meet; "fires" and "wildfires" stay apart. */
export function stem(word: string): string {
  if (/^\d/.test(word) || word.length <= 3) return word;
  let stemmed = word;
  if (stemmed.endsWith('ies') && stemmed.length > 4) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (stemmed.endsWith('sses')) stemmed = stemmed.slice(0, -2);
  else if (stemmed.endsWith('s') && !stemmed.endsWith('ss') && !stemmed.endsWith('us') && !stemmed.endsWith('is')) {
    stemmed = stemmed.slice(0, -1);
  }
  if (stemmed.endsWith('ing') && stemmed.length > 5) stemmed = stemmed.slice(0, -3);
  else if (stemmed.endsWith('ed') && stemmed.length > 4) stemmed = stemmed.slice(0, -2);
  if (stemmed.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  if (stemmed.endsWith('e') && stemmed.length > 4) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

/**
 * The title's content words, each once, sorted: case, accents, curly quotes, possessives, an
 * outlet's "| Name" suffix, punctuation and stop words removed; "9/11" and "$100M" read as
 * "911" and "100 million".
 */
export function titleWords(title: string): string[] {
  const text = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`\u00b4]/g, "'")
    .replace(/[\u2013\u2014]/g, ' ')
    .replace(/\|.*$/, ' ')
    .replace(/'s\b/g, '')
    .replace(/(\d)[/.,](\d)/g, '$1$2')
    .replace(/\$?(\d+)(m|mn|b|bn|k)\b/g, (_match, number: string, unit: string) => `${number} ${unitWords[unit] ?? unit}`)
    .replace(/[^a-z0-9]+/g, ' ');
  const words = new Set<string>();
  for (const word of text.split(' ')) {
    if (word === '' || stopWords.has(word)) continue;
    const stemmed = stem(word);
    if (!stopWords.has(stemmed)) words.add(stemmed);
  }
  return [...words].sort();
}
