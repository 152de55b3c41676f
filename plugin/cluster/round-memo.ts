// A memo that forgets what a round did not ask for: the dev server's titles change, and old ones must not pile up.

export interface RoundMemo<Value> {
  get(key: string): Value;
  /** Drops every entry this round did not use. */
  endRound(): void;
}

export function createRoundMemo<Value>(make: (key: string) => Value): RoundMemo<Value> {
  let previous = new Map<string, Value>();
  let current = new Map<string, Value>();
  return {
    get(key) {
      let value = current.get(key);
      if (value !== undefined || current.has(key)) return value as Value;
      value = previous.has(key) ? (previous.get(key) as Value) : make(key);
      current.set(key, value);
      return value;
    },
    endRound() {
      previous = current;
      current = new Map();
    },
  };
}
