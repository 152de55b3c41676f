// Typing in a field is typing, not a shortcut.
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/** A key press the keyboard map may act on: not typed into a field, no Ctrl, Alt or Meta held. */
export function isShortcutCandidate(event: KeyboardEvent): boolean {
  return !event.defaultPrevented && !event.ctrlKey && !event.altKey && !event.metaKey && !isTyping(event.target);
}
