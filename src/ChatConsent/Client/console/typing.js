// @ts-check
// Typing indicators in the console, both ways. Incoming: "Visitor is typing…" under the open
// conversation's messages and "typing…" in its list entry, gone a few seconds after the last
// signal or when the visitor's message arrives. Outgoing: while the agent types a reply, at most
// one signal every few seconds. Nothing of this is stored anywhere; the server only relays it.
import { isConnected } from './hub.js';

/** @typedef {import('./types.js').TypingSignal} TypingSignal */

/** How long one signal keeps the indicator up; the visitor's widget sends one every 2.5 s. */
export const TypingShownFor = 6_000;

/** At most one signal in this interval; the server drops anything faster. */
export const TypingSendInterval = 2_500;

export class TypingIndicator {
  /** @type {Map<string, number>} conversation id → when its indicator expires */
  #until = new Map();

  /** @type {string | null} */
  #openId = null;

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #timer;

  /**
   * @param {HTMLElement} element the line under the messages
   * @param {HTMLElement} list the conversation list, whose entries show it too
   */
  constructor(element, list) {
    this.element = element;
    this.list = list;
  }

  /** @param {TypingSignal} signal */
  received(signal) {
    if (signal.sender !== 'visitor') {
      return;
    }

    this.#until.set(signal.conversationId, Date.now() + TypingShownFor);
    this.#render();
  }

  /**
   * The visitor's message arrived: whatever they typed is now on screen.
   * @param {string} conversationId
   */
  stopped(conversationId) {
    this.#until.delete(conversationId);
    this.#render();
  }

  /** @param {string | null} conversationId the conversation now open */
  show(conversationId) {
    this.#openId = conversationId;
    this.#render();
  }

  #render() {
    const now = Date.now();
    for (const [id, until] of this.#until) {
      if (until <= now) {
        this.#until.delete(id);
      }
    }

    for (const item of this.list.querySelectorAll('li[data-conversation-id]')) {
      const typing = item instanceof HTMLElement && this.#until.has(item.dataset.conversationId ?? '');
      item.toggleAttribute('data-typing', typing);
    }

    const until = this.#openId ? this.#until.get(this.#openId) : undefined;
    this.element.hidden = until === undefined;
    clearTimeout(this.#timer);
    const next = Math.min(...this.#until.values());
    if (Number.isFinite(next)) {
      this.#timer = setTimeout(() => this.#render(), next - now);
    }
  }
}

/**
 * The line that shows the indicator, placed right above the reply box.
 * @param {HTMLFormElement} reply
 */
export function createTypingLine(reply) {
  const line = document.createElement('p');
  line.className = 'typing';
  line.dataset.testid = 'typing-indicator';
  line.textContent = 'Visitor is typing…';
  line.hidden = true;
  reply.before(line);
  return line;
}

/**
 * Sends the agent's typing while they write into the reply box.
 * @param {HTMLTextAreaElement} text
 * @param {import('@microsoft/signalr').HubConnection} connection
 * @param {() => string | null} openConversation
 */
export function sendTypingFrom(text, connection, openConversation) {
  let lastId = /** @type {string | null} */ (null);
  let lastAt = 0;
  text.addEventListener('input', () => {
    const id = openConversation();
    const now = Date.now();
    if (!id || !text.value.trim() || !isConnected(connection)) {
      return;
    }

    if (id === lastId && now - lastAt < TypingSendInterval) {
      return;
    }

    lastId = id;
    lastAt = now;
    connection.invoke('Typing', id).catch(() => {});
  });

  // A sent reply ends the indicator in the widget, so the next key signals again at once.
  text.form?.addEventListener('submit', () => {
    lastAt = 0;
  });
}
