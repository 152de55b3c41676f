// Whether the "Keyboard shortcuts" dialog is open: `?` opens it, and so do buttons in the footer and on /settings (which work with shortcuts off).
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

function setOpen(next: boolean): void {
  open = next;
  for (const listener of listeners) listener();
}

export const openShortcutsDialog = () => setOpen(true);
export const closeShortcutsDialog = () => setOpen(false);

export function useShortcutsDialogOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
