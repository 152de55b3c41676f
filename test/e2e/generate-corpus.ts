// Writes a large demo-like corpus (Smartable front matter, fictional stories) for scale tests.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const providers = ['Harbor Ledger', 'Mesa Tribune', 'Northwind Post', 'Cedar Gazette', 'Quarry Daily', 'Lumen Wire'];
const topics = ['Elections', 'Climate', 'Courts', 'Economy', 'Health', 'Science', 'Transit', 'Schools'];

function domainOf(provider: string): string {
  return `${provider.toLowerCase().replace(/\s+/g, '-')}.example`;
}

function quoted(text: string): string {
  return JSON.stringify(text);
}

export interface GeneratedStory {
  slug: string;
  provider: string;
  title: string;
  webUrl: string;
  publishedAt: string;
}

function story(index: number, newest: Date): GeneratedStory {
  const provider = providers[index % providers.length] ?? 'Harbor Ledger';
  // Stories an hour and a bit apart, so dates group under several headings.
  const publishedAt = new Date(newest.getTime() - index * 67 * 60 * 1000).toISOString().replace('.000Z', 'Z');
  const title = `Story ${index + 1}: ${topics[index % topics.length] ?? 'News'} desk follows up on report ${index + 1}`;
  const slug = `${publishedAt.slice(0, 10)}-story-${index + 1}`;
  return { slug, provider, title, webUrl: `https://${domainOf(provider)}/news/${slug}`, publishedAt };
}

function frontMatter(index: number, all: GeneratedStory[]): string {
  const self = all[index];
  if (!self) throw new Error(`no story ${index}`);
  const provider = self.provider;
  const lines = [
    '---',
    'category: news',
    `title: ${quoted(self.title)}`,
    `excerpt: ${quoted(`A generated summary for story ${index + 1}, long enough to wrap onto a second line of the card.`)}`,
    `publishedDateTime: ${self.publishedAt}`,
    `webUrl: ${quoted(self.webUrl)}`,
    `originalUrl: ${quoted(self.webUrl)}`,
    ...(index % 2 === 0 ? [`ampWebUrl: ${quoted(`${self.webUrl}/amp`)}`] : []),
    'type: article',
    `quality: ${100 + (index % 50)}`,
    `heat: ${index % 7 === 0 ? -1 : index % 90}`,
    'published: true',
    'provider:',
    `  name: ${quoted(provider)}`,
    `  domain: ${domainOf(provider)}`,
    'topics:',
    `  - ${topics[index % topics.length]}`,
    `  - ${topics[(index * 3 + 1) % topics.length]}`,
  ];
  if (index % 3 !== 0) {
    lines.push('images:', `  - url: ${quoted(`https://images.${domainOf(provider)}/${index}.jpg`)}`, '    width: 1200', '    height: 675');
  }
  // Every fifth story has none; the rest point at neighbours (in corpus) and one outside story.
  if (index % 5 !== 0) {
    lines.push('related:');
    for (const neighbour of [all[index + 1], all[index + 7]]) {
      if (!neighbour) continue;
      lines.push(
        `  - title: ${quoted(neighbour.title)}`,
        `    webUrl: ${quoted(neighbour.webUrl)}`,
        `    publishedDateTime: ${neighbour.publishedAt}`,
        '    provider:',
        `      name: ${quoted(neighbour.provider)}`,
        `      domain: ${domainOf(neighbour.provider)}`,
        '    quality: 90',
      );
    }
    lines.push(
      `  - title: ${quoted(`Outside coverage of story ${index + 1}`)}`,
      `    webUrl: ${quoted(`https://elsewhere.example/coverage/${index + 1}`)}`,
      `    publishedDateTime: ${self.publishedAt}`,
      '    provider:',
      '      name: "Elsewhere Weekly"',
      '      domain: elsewhere.example',
      '    quality: 80',
    );
  }
  lines.push('---', '');
  return lines.join('\n');
}

/** Writes `count` article files into `directory` and returns the stories, newest first. */
export async function generateCorpus(
  directory: string,
  count: number,
  newest = new Date('2024-06-01T12:00:00Z'),
): Promise<GeneratedStory[]> {
  await mkdir(directory, { recursive: true });
  const stories = Array.from({ length: count }, (_, index) => story(index, newest));
  for (let index = 0; index < count; index += 1) {
    const self = stories[index];
    if (self) await writeFile(join(directory, `${self.slug}.md`), frontMatter(index, stories));
  }
  return stories;
}
