// The publisher of a story: name, domain and logo, filled in from the link when the file is silent.
import type { Provider } from '../../src/model/index.ts';
import { readImageUrl, readText } from './field-readers.ts';
import { field, firstItem, isPresent, isRecord } from './fields.ts';
import type { KeyPath } from '../parse/line-of-key.ts';
import { domainOf } from './links.ts';
import type { Reporter } from './problem-reporter.ts';

const domainPattern = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/** `link` is the story's own (safe) link: its host stands in for a missing domain or name. */
export function readProvider(value: unknown, link: string, keyPath: KeyPath, reporter: Reporter, reportMissing: boolean): Provider {
  const record = isRecord(value) ? value : {};
  if (reportMissing && !isRecord(value)) {
    reporter.warn(
      keyPath,
      isPresent(value)
        ? "provider should be a mapping with name and domain; used the link's host"
        : "missing provider; used the link's host",
    );
  }
  const domain = readDomain(field(record, 'domain'), [...keyPath, 'domain'], reporter) ?? domainOf(link);
  const name = readText(field(record, 'name'), [...keyPath, 'name'], reporter, 120) ?? domain;
  const images = field(record, 'images');
  const firstImage = firstItem(images);
  const logoPath = Array.isArray(images) ? [...keyPath, 'images', 0, 'url'] : [...keyPath, 'images', 'url'];
  const logo = isRecord(firstImage) ? readImageUrl(field(firstImage, 'url'), logoPath, reporter) : undefined;
  return logo === undefined ? { name, domain } : { name, domain, logo };
}

function readDomain(value: unknown, keyPath: KeyPath, reporter: Reporter): string | undefined {
  if (!isPresent(value)) return undefined;
  const domain =
    typeof value === 'string'
      ? value
          .trim()
          .toLowerCase()
          .replace(/^www\./, '')
      : '';
  if (domain.length > 253 || !domainPattern.test(domain)) {
    reporter.warn(keyPath, "provider.domain is not a domain name; used the link's host");
    return undefined;
  }
  return domain;
}
