// Writes a deterministic, real-size Smartable-format corpus of fictional stories for the benchmark.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom, type Random } from './seeded-random.ts';

const providers = [
  { name: 'Harbour Ledger', domain: 'harbourledger.example' },
  { name: 'Mesa Tribune', domain: 'mesatribune.example' },
  { name: 'Northwind Post', domain: 'northwindpost.example' },
  { name: 'Cedar Gazette', domain: 'cedargazette.example' },
  { name: 'Quarry Daily', domain: 'quarrydaily.example' },
  { name: 'Lumen Wire', domain: 'lumenwire.example' },
  { name: 'Saltmarsh Radio', domain: 'saltmarshradio.example' },
  { name: 'Kestrel Review', domain: 'kestrelreview.example' },
];
const topics = ['Election', 'Ballot Measures', 'Courts', 'Economy', 'Climate', 'Health', 'Transit', 'Schools', 'Housing', 'Voting Rights'];
const subjects = [
  'Governor Alva Rende',
  'The county board',
  'Senator Moss Okafor',
  'City hall',
  'The harbour authority',
  'A coalition of mayors',
  'The election commission',
  'Regional transit planners',
  'Teachers in Port Ilse',
  'The state auditor',
];
const verbs = [
  'unveils',
  'defends',
  'delays',
  'rejects',
  'wins backing for',
  'faces questions over',
  'quietly revises',
  'campaigns on',
  'promises to review',
  'is sued over',
];
const objects = [
  'a plan to rebuild the ferry terminal',
  'new district maps',
  'a cap on rent increases',
  'the early voting calendar',
  'a bond for flood walls',
  'school funding formulas',
  'a late-night bus network',
  'the budget shortfall',
  'a recount request',
  'hospital staffing rules',
];
const clauses = [
  'after a tense public hearing',
  'weeks before the vote',
  'as polls tighten',
  'despite objections from both parties',
  'in a move that surprised observers',
  'following a court ruling on Friday',
  'amid a row over costs',
  'while turnout questions linger',
];

/** Items a related list holds: a fifth hold none, most a few dozen, a long tail reaches 350. */
export function relatedCount(random: Random, index: number): number {
  if (index % 5 === 4) return 0;
  // Every 500th file is as long as the longest real ones, so the maximum is always present.
  if (index % 500 === 7) return 350;
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.max(1, Math.min(350, Math.round(Math.exp(Math.log(48) + 0.85 * normal))));
}

interface Story {
  title: string;
  excerpt: string;
  publishedAt: string;
  provider: (typeof providers)[number];
  webUrl: string;
  imageUrl: string;
  quality: number;
}

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function slugOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

function story(random: Random, serial: number, newest: number): Story {
  const title = `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)} ${pick(random, clauses)} (${serial})`;
  const excerpt = `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)}, ${pick(random, clauses)}. ${pick(random, subjects)} said the details would follow ${pick(random, clauses)}.\n    \n`;
  const publishedAt = new Date(newest - Math.floor(random() * 400 * 24 * 3600) * 1000).toISOString().replace('.000Z', 'Z');
  const provider = pick(random, providers);
  const path = `${publishedAt.slice(0, 10).replaceAll('-', '/')}/${slugOf(title)}`;
  return {
    title,
    excerpt,
    publishedAt,
    provider,
    webUrl: `https://www.${provider.domain}/politics/${path}`,
    imageUrl: `https://images.${provider.domain}/${serial}-lead.jpg`,
    quality: 80 + Math.floor(random() * 120),
  };
}

function relatedItem(item: Story): string {
  const amp = item.webUrl.replace('https://www.', 'https://amp.');
  return [
    `  - title: ${JSON.stringify(item.title)}`,
    `    excerpt: ${JSON.stringify(item.excerpt)}`,
    `    publishedDateTime: ${item.publishedAt}`,
    `    webUrl: ${JSON.stringify(item.webUrl)}`,
    `    ampWebUrl: ${JSON.stringify(amp)}`,
    `    cdnAmpWebUrl: ${JSON.stringify(`https://amp-cdn.example/c/s/${amp.slice('https://'.length)}`)}`,
    '    type: article',
    '    provider:',
    `      name: ${item.provider.name}`,
    `      domain: ${item.provider.domain}`,
    `    quality: ${item.quality}`,
    '    images:',
    `      - url: ${JSON.stringify(item.imageUrl)}`,
    '        width: 1280',
    '        height: 720',
    '        isCached: true',
  ].join('\n');
}

/** Related lists repeat stories (as the real site's do) and are ordered by quality, highest first. */
function relatedList(random: Random, count: number, pool: readonly Story[]): string[] {
  const items: Story[] = [];
  while (items.length < count) {
    const previous = items[items.length - 1];
    items.push(previous && random() < 0.3 ? previous : pick(random, pool));
  }
  return items.sort((a, b) => b.quality - a.quality).map(relatedItem);
}

function articleFile(self: Story, related: string[], random: Random): string {
  const topicCount = 1 + Math.floor(random() * 3);
  const chosenTopics = [...new Set(Array.from({ length: topicCount }, () => pick(random, topics)))];
  const lines = [
    '---',
    'category: news',
    `title: ${JSON.stringify(self.title)}`,
    `excerpt: ${JSON.stringify(self.excerpt)}`,
    `publishedDateTime: ${self.publishedAt}`,
    `originalUrl: ${JSON.stringify(self.webUrl)}`,
    `webUrl: ${JSON.stringify(self.webUrl)}`,
    'type: article',
    `quality: ${self.quality}`,
    `heat: ${random() < 0.2 ? -1 : Math.floor(random() * 200)}`,
    `published: ${random() < 0.9}`,
    '',
    'provider:',
    `  name: ${self.provider.name}`,
    `  domain: ${self.provider.domain}`,
    '',
    'topics:',
    ...chosenTopics.map((topic) => `  - ${topic}`),
    '',
    'images:',
    `  - url: ${JSON.stringify(self.imageUrl)}`,
    '    width: 1280',
    '    height: 720',
    '    isCached: true',
    '',
  ];
  if (related.length > 0) lines.push('related:', ...related);
  lines.push('---', '');
  return lines.join('\n');
}

/** Writes `count` files into `folder`; the same seed always writes the same bytes. Returns the bytes written. */
export async function generateCorpus(folder: string, count: number, seed = 2026): Promise<number> {
  const random = seededRandom(seed);
  const newest = Date.UTC(2026, 10, 25);
  const stories = Array.from({ length: count }, (_, index) => story(random, index + 1, newest));
  // Outside stories dominate related lists; some point at articles of the corpus itself.
  const outside = Array.from({ length: 3000 }, (_, index) => story(random, count + index + 1, newest));
  const pool = [...outside, ...stories.slice(0, 1000)];
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  for (const [index, self] of stories.entries()) {
    const text = articleFile(self, relatedList(random, relatedCount(random, index), pool), random);
    bytes += Buffer.byteLength(text);
    await writeFile(join(folder, `${self.publishedAt.slice(0, 10)}-${slugOf(self.title).slice(0, 70)}-${index + 1}.md`), text);
  }
  return bytes;
}
