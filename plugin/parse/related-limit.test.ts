import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsFile, type RelatedFixture } from '../fixtures/news-file.ts';
import { parseFile } from './parse-file.ts';
import { limitRelated, originalLine, relatedItemsKept } from './related-limit.ts';
import { parseFileQuickly } from './parse-file-quickly.ts';

const path = '/content/2026-10-27-harbour-vote.md';
const options = { relatedLimit: 5 };

function relatedStories(count: number, quality: (index: number) => number = (index) => 1000 - index): RelatedFixture[] {
  return Array.from({ length: count }, (_, index) => ({
    title: `Related story ${index}`,
    url: `https://elsewhere.example/story-${index}`,
    quality: quality(index),
  }));
}

function fileWith(related: RelatedFixture[], after = ''): string {
  const text = newsFile({ title: 'Harbour vote', url: 'https://news.example/harbour-vote', related });
  return after === '' ? text : text.replace(/\n---\n$/, `\n${after}\n---\n`);
}

describe('limitRelated', () => {
  it('cuts a long list sorted by quality and gives the same top related stories as a full parse', () => {
    const text = fileWith(relatedStories(200));
    const cut = limitRelated(Buffer.from(text), options.relatedLimit);
    expect(cut?.text.length).toBeLessThan(text.length / 5);
    expect(parseFileQuickly(path, text, options)).toEqual(parseFile(path, text, options));
  });

  it('cuts at the same place in a file with a BOM and non-ASCII text, decoding only what it keeps', () => {
    const related = relatedStories(200).map((item, index) => ({ ...item, title: `Élection « ${index} » 🗳️ café` }));
    const text = `\uFEFF${fileWith(related).replace('title: "Harbour vote"', 'title: "Harbour vote — “quoted” 🚢"')}`;
    const cut = limitRelated(Buffer.from(text), options.relatedLimit);
    expect(cut?.text.startsWith('\uFEFF---\n')).toBe(true);
    expect(parseFileQuickly(path, Buffer.from(text), options)).toEqual(parseFile(path, Buffer.from(text), options));
  });

  it('leaves an unsorted list whole', () => {
    const related = relatedStories(200);
    related.push({ title: 'Best of all, listed last', url: 'https://elsewhere.example/best', quality: 5000 });
    const text = fileWith(related);
    expect(limitRelated(Buffer.from(text), options.relatedLimit)).toBeUndefined();
    const quick = parseFileQuickly(path, text, options);
    expect(quick.outcome.kind === 'article' && quick.outcome.article.related[0]?.title).toBe('Best of all, listed last');
  });

  it('leaves short lists, CRLF files, flow-style lists and items without a plain quality whole', () => {
    expect(
      limitRelated(Buffer.from(fileWith(relatedStories(relatedItemsKept(options.relatedLimit)))), options.relatedLimit),
    ).toBeUndefined();
    expect(limitRelated(Buffer.from(fileWith(relatedStories(200)).replaceAll('\n', '\r\n')), options.relatedLimit)).toBeUndefined();
    const flow = fileWith([]).replace(/\n---\n$/, `\nrelated: [${'{ title: a, webUrl: "https://a.example/" }, '.repeat(100)}]\n---\n`);
    expect(limitRelated(Buffer.from(flow), options.relatedLimit)).toBeUndefined();
    const quotedQuality = fileWith(relatedStories(200)).replace('quality: 900', 'quality: "900"');
    expect(limitRelated(Buffer.from(quotedQuality), options.relatedLimit)).toBeUndefined();
  });

  it('leaves a list whole when its dropped part holds an anchor that a later alias could use', () => {
    const text = fileWith(relatedStories(200)).replace('title: "Related story 150"', 'title: &favourite "Related story 150"');
    expect(limitRelated(Buffer.from(text), options.relatedLimit)).toBeUndefined();
  });

  it('cuts at the same place whatever the scan window, down to windows shorter than one line (property)', () => {
    const files = [
      fileWith(relatedStories(200)),
      fileWith(relatedStories(200), 'images:\n  - url: "https://news.example/a.png"'),
      `\uFEFF${fileWith(relatedStories(120).map((item, index) => ({ ...item, title: `Élection « ${index} » 🗳️` })))}`,
      fileWith(relatedStories(200)).replace('title: "Related story 150"', 'title: &favourite "Related story 150"'),
      fileWith([...relatedStories(60), { title: 'Listed last', url: 'https://elsewhere.example/last', quality: 5000 }]),
      fileWith(relatedStories(200)).replace(/\n---\n$/, ''),
    ].map((text) => Buffer.from(text));
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.integer({ min: 1, max: 4096 }), (bytes, windowBytes) => {
        expect(limitRelated(bytes, options.relatedLimit, windowBytes)).toEqual(limitRelated(bytes, options.relatedLimit, bytes.length + 1));
      }),
      { numRuns: 200 },
    );
    expect(limitRelated(files[0] as Buffer, options.relatedLimit, 1)).toBeDefined();
    expect(limitRelated(files[3] as Buffer, options.relatedLimit, 7)).toBeUndefined();
  });

  it('keeps every line number: problems after the list are reported on their line in the file', () => {
    const text = fileWith(relatedStories(200), 'images:\n  - url: "javascript:alert(1)"');
    const quick = parseFileQuickly(path, text, options);
    const full = parseFile(path, text, options);
    expect(quick.problems).toEqual(full.problems);
    const lines = text.split('\n');
    expect(lines[(quick.problems[0]?.line ?? 0) - 1]).toContain('javascript:');
    expect(originalLine(3, { text: '', firstDroppedLine: 10, droppedLines: 7 })).toBe(3);
    expect(originalLine(10, { text: '', firstDroppedLine: 10, droppedLines: 7 })).toBe(17);
  });

  it('leaves a list whole when a line of its dropped part sits between an item and its keys, so YAML reports the file', () => {
    const text = fileWith(relatedStories(60)).replace(/(\n {4}quality: 950\n)/, '$1   stray: 1\n');
    expect(text).toContain('\n   stray: 1\n');
    expect(limitRelated(Buffer.from(text), options.relatedLimit)).toBeUndefined();
    const quick = parseFileQuickly(path, text, options);
    expect(quick).toEqual(parseFile(path, text, options));
    expect(quick.outcome.kind).toBe('invalid');
  });

  it('parses the whole file again when the kept items give fewer stories than the limit', () => {
    const related = relatedStories(200).map((item, index) => (index < 40 ? { ...item, url: `javascript:alert(${index})` } : item));
    const text = fileWith(related);
    expect(limitRelated(Buffer.from(text), options.relatedLimit)).toBeDefined();
    const quick = parseFileQuickly(path, text, options);
    expect(quick.outcome.kind === 'article' && quick.outcome.article.related).toHaveLength(options.relatedLimit);
    expect(quick.outcome).toEqual(parseFile(path, text, options).outcome);
  });

  it('always gives the same article as a full parse, whatever the list (property)', () => {
    const item = fc.record({
      story: fc.integer({ min: 0, max: 60 }),
      quality: fc.integer({ min: 0, max: 300 }),
      link: fc.constantFrom('valid', 'valid', 'valid', 'self', 'javascript'),
    });
    // Sorted lists are the ones the cut takes; one with its best item moved last is the one it must leave whole.
    const order = fc.constantFrom('sorted', 'sorted', 'as generated', 'best moved last');
    const runs = 150;
    let cutRuns = 0;
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 160, size: 'large' }),
        order,
        fc.integer({ min: 1, max: 12 }),
        (items, order, relatedLimit) => {
          const sorted = [...items].sort((a, b) => b.quality - a.quality);
          const ordered = order === 'sorted' ? sorted : order === 'best moved last' ? [...sorted.slice(1), ...sorted.slice(0, 1)] : items;
          const related = ordered.map(({ story, quality, link }) => ({
            title: `Story ${story}`,
            url:
              link === 'self'
                ? 'https://news.example/harbour-vote'
                : link === 'javascript'
                  ? 'javascript:void(0)'
                  : `https://elsewhere.example/${story}`,
            quality,
          }));
          const text = fileWith(related);
          if (limitRelated(Buffer.from(text), relatedLimit)) cutRuns += 1;
          expect(parseFileQuickly(path, text, { relatedLimit }).outcome).toEqual(parseFile(path, text, { relatedLimit }).outcome);
        },
      ),
      { numRuns: runs },
    );
    // A property whose lists are all too short to cut would prove nothing about the cut.
    expect(cutRuns).toBeGreaterThan(runs / 10);
  });
});
