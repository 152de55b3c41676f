// Every keyboard shortcut, once: what the keys are bound to and what the "Keyboard shortcuts" dialog lists.

export type ShortcutAction =
  | 'next-card'
  | 'previous-card'
  | 'open-story'
  | 'open-original'
  | 'save'
  | 'toggle-read'
  | 'search'
  | 'go-home'
  | 'go-saved'
  | 'show-shortcuts'
  | 'close';

export interface Shortcut {
  action: ShortcutAction;
  /** tinykeys bindings: `g h` is a sequence, `Shift+?` a chord. */
  bindings: string[];
  /** How the dialog writes the keys: each inner list is one sequence. */
  keys: string[][];
  description: string;
}

export const shortcuts: readonly Shortcut[] = [
  { action: 'next-card', bindings: ['j'], keys: [['j']], description: 'Next story' },
  { action: 'previous-card', bindings: ['k'], keys: [['k']], description: 'Previous story' },
  { action: 'open-story', bindings: ['o', 'Enter'], keys: [['o'], ['Enter']], description: 'Open the story’s page' },
  { action: 'open-original', bindings: ['v'], keys: [['v']], description: 'Open the original in a new tab' },
  { action: 'save', bindings: ['s'], keys: [['s']], description: 'Save or unsave the story' },
  { action: 'toggle-read', bindings: ['m'], keys: [['m']], description: 'Mark the story as read or unread' },
  { action: 'search', bindings: ['/'], keys: [['/']], description: 'Search stories' },
  { action: 'go-home', bindings: ['g h'], keys: [['g', 'h']], description: 'Go to the latest stories' },
  { action: 'go-saved', bindings: ['g s'], keys: [['g', 's']], description: 'Go to Saved' },
  { action: 'show-shortcuts', bindings: ['?', 'Shift+?'], keys: [['?']], description: 'Show these shortcuts' },
  { action: 'close', bindings: ['Escape'], keys: [['Esc']], description: 'Close a dialog or panel' },
];
