// @ts-check
import { h } from './dom.js';

/**
 * "Is typing" in the widget, both ways. Incoming: a line above the composer while an agent
 * types, gone a few seconds after their last signal or when their reply arrives. Outgoing: while
 * the visitor types, at most one signal every few seconds. The service only relays these; it
 * never stores them, and they carry no text.
 *
 * @typedef {{ conversationId: string, sender: 'agent' | 'visitor', agentName: string | null }} TypingSignal
 */

/** How long one signal keeps the line up; the console sends one every 2.5 s while typing. */
export const TypingShownFor = 6_000;

/** At most one signal in this interval; the service drops anything faster. */
export const TypingSendInterval = 2_500;

/** @param {import('./i18n.js').Texts} t */
export function createTypingLine(t) {
  const element = h('p', { class: 'cc-typing', 'data-testid': 'chatconsent-typing', hidden: true });
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;

  const stopped = () => {
    clearTimeout(timer);
    element.hidden = true;
  };

  return {
    element,
    /** @param {TypingSignal} signal */
    received(signal) {
      if (signal.sender !== 'agent') {
        return;
      }

      element.textContent = t.typing.replace('{name}', signal.agentName || t.support);
      element.hidden = false;
      clearTimeout(timer);
      timer = setTimeout(stopped, TypingShownFor);
    },
    stopped,
  };
}

/** @typedef {ReturnType<typeof createTypingLine>} TypingLine */

/** @param {(conversationId: string) => Promise<void>} send */
export function createTypingSender(send) {
  let lastId = /** @type {string | null} */ (null);
  let lastAt = 0;
  return {
    /** @param {string | null} conversationId to call on every keystroke */
    typed(conversationId) {
      const now = Date.now();
      if (!conversationId || (conversationId === lastId && now - lastAt < TypingSendInterval)) {
        return;
      }

      lastId = conversationId;
      lastAt = now;
      send(conversationId).catch(() => {});
    },

    /** A message went out, which ends the indicator on the other side: the next key signals again. */
    reset() {
      lastAt = 0;
    },
  };
}
