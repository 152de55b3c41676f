// Safe reads from parsed YAML: own properties only, so `__proto__` or `constructor` keys mean nothing special.

export type FieldRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is FieldRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of an own key, never one inherited from Object.prototype. */
export function field(record: FieldRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** A finite number, or a string that is one (`"125"`); anything else is undefined. */
export function finiteNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** The first item of a list, the value itself when it is a lone mapping, else undefined. */
export function firstItem(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : isRecord(value) ? value : undefined;
}
