// The keyboard map (j/k, o, v, s, m, g sequences, ?), its dialog, and the switch that turns it off.
export { LazyKeyboardShortcuts } from './LazyKeyboardShortcuts.tsx';
export { openShortcutsDialog } from './shortcuts-dialog-state.ts';
export { ShortcutsSetting } from './ShortcutsSetting.tsx';
