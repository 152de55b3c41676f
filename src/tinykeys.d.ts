// tinykeys 3 ships its types (dist/tinykeys.d.ts) but its package.json "exports" does not point at
// them, so TypeScript cannot find them: the one function the app uses, as that file declares it.
declare module 'tinykeys' {
  export interface KeyBindingMap {
    [keybinding: string]: (event: KeyboardEvent) => void;
  }
  export function tinykeys(
    target: Window | HTMLElement,
    keyBindingMap: KeyBindingMap,
    options?: { event?: 'keydown' | 'keyup'; capture?: boolean; timeout?: number },
  ): () => void;
}
