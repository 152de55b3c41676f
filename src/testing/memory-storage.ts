// A Web Storage double: what localStorage does, in a Map, with a switch for a full or refusing browser.
export type StorageTrouble = 'none' | 'full' | 'refused';

export class MemoryStorage implements Storage {
  private readonly values = new Map<string, string>();
  trouble: StorageTrouble = 'none';

  get length(): number {
    return this.values.size;
  }
  clear(): void {
    this.values.clear();
  }
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.values.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.trouble === 'full') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (this.trouble === 'refused') throw new DOMException('Access is denied for this document.', 'SecurityError');
    this.values.set(key, value);
  }
}
