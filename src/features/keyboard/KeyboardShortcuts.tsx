// The keyboard map: single keys and `g` sequences (tinykeys), on every page, unless the reader turned them off.
// Loaded after the first screen by LazyKeyboardShortcuts, which hands over the keys pressed before it came.
import { lazy, Suspense, useEffect } from 'react';
import { tinykeys } from 'tinykeys';
import { useLocation } from 'wouter';
import { useSettings } from '../reading/index.ts';
import { currentCard, moveCardFocus } from './card-focus.ts';
import { shortcuts, type ShortcutAction } from './shortcut-list.ts';
import { closeShortcutsDialog, openShortcutsDialog, useShortcutsDialogOpen } from './shortcuts-dialog-state.ts';
import { isShortcutCandidate } from './typing.ts';

const ShortcutsDialog = lazy(() => import('./ShortcutsDialog.tsx'));

function press(card: HTMLElement | null, selector: string): void {
  card?.querySelector<HTMLElement>(selector)?.click();
}

interface KeyboardShortcutsProps {
  /** Keys pressed while this module loaded, replayed once the bindings are in place. */
  pressedBeforeLoad: KeyboardEvent[];
  onListening: () => void;
}

export default function KeyboardShortcuts({ pressedBeforeLoad, onListening }: KeyboardShortcutsProps) {
  const { shortcuts: enabled } = useSettings();
  const [, navigate] = useLocation();
  const dialogOpen = useShortcutsDialogOpen();

  useEffect(() => {
    if (!enabled) return;
    const actions: Record<ShortcutAction, (event: KeyboardEvent) => void> = {
      'next-card': () => void moveCardFocus(1),
      'previous-card': () => void moveCardFocus(-1),
      'open-story': (event) => {
        const card = currentCard();
        // Enter on a link or button inside the card is that control's own.
        if (!card || (event.key === 'Enter' && document.activeElement !== card)) return;
        event.preventDefault();
        navigate(`/article/${encodeURIComponent(card.dataset.cardId ?? '')}`);
      },
      'open-original': () => press(currentCard(), '.article-card__actions a.article-card__link'),
      save: () => press(currentCard(), '[data-card-action="save"]'),
      'toggle-read': () => press(currentCard(), '[data-card-action="read"]'),
      // The search box binds "/" itself (it knows when it exists); listed here for the dialog.
      search: () => undefined,
      'go-home': () => navigate('/'),
      'go-saved': () => navigate('/saved'),
      'show-shortcuts': openShortcutsDialog,
      close: () => {
        // Dialogs close themselves on Esc; an open related panel closes here, focus back on its button.
        const toggle = currentCard()?.querySelector<HTMLButtonElement>('.related-toggle[aria-expanded="true"]');
        toggle?.click();
        toggle?.focus();
      },
    };
    // One key, one action: "g s" goes to Saved without also saving the focused card. tinykeys tries
    // bindings in the order given, so sequences come first and claim the key that completes them.
    const claimed = new WeakSet<KeyboardEvent>();
    const bindings: Record<string, (event: KeyboardEvent) => void> = {};
    const inOrder = shortcuts
      .flatMap((shortcut) => shortcut.bindings.map((binding) => ({ shortcut, binding })))
      .sort((a, b) => Number(b.binding.includes(' ')) - Number(a.binding.includes(' ')));
    for (const { shortcut, binding } of inOrder) {
      bindings[binding] = (event) => {
        if (claimed.has(event) || !isShortcutCandidate(event)) return;
        // While a dialog is open, the page under it takes no keys.
        if (document.querySelector('dialog[open]')) return;
        claimed.add(event);
        if (shortcut.action !== 'open-story') event.preventDefault();
        actions[shortcut.action](event);
      };
    }
    const stop = tinykeys(window, bindings);
    for (const early of pressedBeforeLoad.splice(0)) {
      const { key, code, shiftKey } = early;
      const target = early.target instanceof Element && early.target.isConnected ? early.target : document.body;
      target.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, bubbles: true, cancelable: true }));
    }
    return stop;
  }, [enabled, navigate, pressedBeforeLoad]);

  useEffect(onListening, [onListening]);

  return dialogOpen ? (
    <Suspense fallback={null}>
      <ShortcutsDialog onClose={closeShortcutsDialog} />
    </Suspense>
  ) : null;
}
