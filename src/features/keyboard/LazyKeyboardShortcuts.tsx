// The keyboard map, loaded at the first key press that could be a shortcut (or when the shortcuts
// dialog is asked for): a reader who only taps and clicks never downloads tinykeys and the bindings,
// and they cost the first visit nothing. The keys pressed while it loads are replayed, so none is lost.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useSettings } from '../reading/index.ts';
import { useShortcutsDialogOpen } from './shortcuts-dialog-state.ts';
import { isShortcutCandidate } from './typing.ts';

const KeyboardShortcuts = lazy(() => import('./KeyboardShortcuts.tsx'));

/** Enough for a `g` sequence typed quickly; more would replay a burst the reader has given up on. */
const keysKept = 4;

export function LazyKeyboardShortcuts() {
  const { shortcuts } = useSettings();
  const dialogOpen = useShortcutsDialogOpen();
  const [wanted, setWanted] = useState(false);
  const [listening, setListening] = useState(false);
  const [pressedBeforeLoad] = useState<KeyboardEvent[]>(() => []);
  const onListening = useCallback(() => setListening(true), []);

  useEffect(() => {
    if (listening || !shortcuts) return;
    const keep = (event: KeyboardEvent) => {
      if (!isShortcutCandidate(event)) return;
      if (pressedBeforeLoad.push(event) > keysKept) pressedBeforeLoad.shift();
      setWanted(true);
    };
    window.addEventListener('keydown', keep);
    return () => window.removeEventListener('keydown', keep);
  }, [listening, shortcuts, pressedBeforeLoad]);

  if (!wanted && !dialogOpen) return null;
  return (
    <Suspense fallback={null}>
      <KeyboardShortcuts pressedBeforeLoad={pressedBeforeLoad} onListening={onListening} />
    </Suspense>
  );
}
