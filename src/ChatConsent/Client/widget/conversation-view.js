// @ts-check
import { h, icon } from './dom.js';
import { createTypingLine } from './typing.js';

/**
 * The conversation: the message list and the composer. Message text is set with textContent
 * and kept as typed (white-space: pre-wrap), because it is plain text by protocol.
 *
 * @typedef {import('./i18n.js').Texts} Texts
 * @typedef {import('./messages.js').ChatMessage} ChatMessage
 *
 * @typedef {object} ConversationHandlers
 * @property {(text: string) => void} onSend
 * @property {() => void} onForget the visitor wants the chat to forget them
 * @property {() => void} onDeleteData the visitor wants their conversations deleted
 * @property {() => void} [onTyping] the visitor typed into the composer
 * @property {HTMLElement} [banner] a line above the messages, such as whether someone is online
 */

export const MaxLength = 4000;

/**
 * @param {Texts} t
 * @param {string} language
 * @param {ConversationHandlers} handlers
 */
export function conversationView(t, language, { onSend, onForget, onDeleteData, onTyping, banner }) {
  // Focusable, so that keyboard users can scroll back through a long conversation.
  const list = h('ol', { class: 'cc-messages', tabindex: '0', 'data-testid': 'chatconsent-messages' });
  // The live region wraps the list: a list given role=log would no longer be a list.
  const log = h('div', { class: 'cc-log', role: 'log', 'aria-live': 'polite', 'aria-label': t.chat }, [list]);
  const empty = h('li', { class: 'cc-empty' }, [t.emptyConversation]);
  const input = h('textarea', {
    class: 'cc-input', rows: '1', maxlength: String(MaxLength), 'aria-label': t.inputLabel,
    placeholder: t.inputPlaceholder, 'data-testid': 'chatconsent-input',
  });
  const send = h('button', {
    type: 'submit', class: 'cc-send', 'aria-label': t.send, 'data-testid': 'chatconsent-send',
  }, [icon('send')]);
  const composer = h('form', { class: 'cc-composer' }, [input, send]);
  const forget = h('button', { type: 'button', class: 'cc-link', 'data-testid': 'chatconsent-forget' }, [t.forget]);
  const deleteData = h('button', { type: 'button', class: 'cc-link', 'data-testid': 'chatconsent-delete-data' },
    [t.deleteData]);
  forget.addEventListener('click', onForget);
  deleteData.addEventListener('click', onDeleteData);

  const submit = () => {
    onSend(input.value);
  };
  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener('keydown', (event) => {
    // isComposing: Enter also confirms an IME composition (Japanese, Chinese) and must not send it.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  input.addEventListener('input', () => {
    autoGrow(input);
    if (input.value.trim()) {
      onTyping?.();
    }
  });

  const items = createItems(t, language);
  const typing = createTypingLine(t);
  return {
    element: h('div', { class: 'cc-body' },
      [banner, log, typing.element, composer, h('p', { class: 'cc-footer' }, [forget, deleteData])]),
    focusTarget: input,
    typing,
    /** The newest message in view, as when the panel was just opened. */
    scrollToEnd() {
      list.scrollTop = list.scrollHeight;
    },
    /**
     * Other words for the empty conversation and the input, as in leave-a-message mode.
     * @param {{ empty: string, placeholder: string } | null} copy null: the usual words
     */
    setCopy(copy) {
      empty.textContent = copy?.empty ?? t.emptyConversation;
      input.placeholder = copy?.placeholder ?? t.inputPlaceholder;
    },
    /** @param {string} text put back what could not be sent, unless the visitor typed on */
    restoreDraft(text) {
      if (!input.value) {
        input.value = text;
        autoGrow(input);
      }
    },
    clearDraft() {
      input.value = '';
      input.style.height = '';
    },
    /**
     * @param {ChatMessage[]} messages
     * @param {string | null} [readKey] the message under which the read mark goes
     */
    render(messages, readKey = null) {
      const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
      place(list, messages.length ? messages.map((m) => items.render(m, m.key === readKey)) : [empty]);
      items.forgetAllBut(messages);
      if (atBottom || messages[messages.length - 1]?.state === 'pending') {
        list.scrollTop = list.scrollHeight;
      }
    },
  };
}

/**
 * Moves only what changed, so that nodes already in the live region stay where they are.
 * @param {HTMLElement} list
 * @param {HTMLElement[]} nodes
 */
function place(list, nodes) {
  nodes.forEach((node, index) => {
    if (list.children[index] !== node) {
      list.insertBefore(node, list.children[index] ?? null);
    }
  });
  while (list.children.length > nodes.length) {
    list.lastElementChild?.remove();
  }
}

/** @param {HTMLTextAreaElement} input */
function autoGrow(input) {
  input.style.height = 'auto';
  input.style.height = `${input.scrollHeight + 2}px`;
}

/**
 * One list item per message, reused across renders so that a screen reader's live region
 * announces only what is new.
 * @param {Texts} t
 * @param {string} language
 */
function createItems(t, language) {
  /** @type {Map<string, HTMLLIElement>} */
  const items = new Map();
  const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' });
  const dayAndTime = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });

  /** @param {ChatMessage} message */
  const meta = (message) => {
    if (message.state === 'pending') {
      return t.sending;
    }

    const sentAt = new Date(message.sentAt);
    const when = (sentAt.toDateString() === new Date().toDateString() ? time : dayAndTime).format(sentAt);
    const who = message.sender === 'agent' ? message.agentName || t.support : t.you;
    return `${who} · ${when}`;
  };

  return {
    /**
     * @param {ChatMessage} message
     * @param {boolean} readMark whether the agents' read mark goes under this message
     */
    render(message, readMark) {
      let item = items.get(message.key);
      if (!item) {
        item = h('li', { class: 'cc-message', 'data-testid': 'chatconsent-message' }, [
          h('div', { class: 'cc-bubble' }), h('span', { class: 'cc-meta' }),
          h('span', { class: 'cc-read', 'data-testid': 'chatconsent-read', hidden: true }, [t.read]),
        ]);
        items.set(message.key, item);
      }

      const [bubble, metaLine, read] = /** @type {HTMLElement[]} */ ([...item.children]);
      item.dataset.sender = message.sender;
      item.dataset.state = message.state;
      bubble.textContent = message.text;
      metaLine.textContent = meta(message);
      read.hidden = !readMark;
      return item;
    },
    /** @param {ChatMessage[]} messages */
    forgetAllBut(messages) {
      const keep = new Set(messages.map((m) => m.key));
      for (const key of items.keys()) {
        if (!keep.has(key)) {
          items.delete(key);
        }
      }
    },
  };
}
