// @ts-check

/**
 * The visitor's messages as the widget knows them. A message is keyed by its clientMessageId
 * from the moment it is typed, so the ack, the MessageReceived echo to every tab and a
 * catch-up read all land on the same entry.
 *
 * @typedef {import('./connection.js').MessageView} MessageView
 * @typedef {import('./connection.js').MessageAck} MessageAck
 *
 * @typedef {object} ChatMessage
 * @property {string} key the clientMessageId
 * @property {string | null} id null until the server stored it
 * @property {string | null} conversationId
 * @property {number} sequence 0 while pending
 * @property {'visitor' | 'agent'} sender
 * @property {string | null} agentName
 * @property {string} text
 * @property {string} sentAt
 * @property {'pending' | 'sent'} state
 */

export function createMessageStore() {
  /** @type {Map<string, ChatMessage>} */
  const messages = new Map();

  return {
    /** @param {string} text */
    addPending(text) {
      /** @type {ChatMessage} */
      const message = {
        key: newClientMessageId(), id: null, conversationId: null, sequence: 0, sender: 'visitor',
        agentName: null, text, sentAt: new Date().toISOString(), state: 'pending',
      };
      messages.set(message.key, message);
      return message;
    },

    /** @param {MessageAck} ack */
    acknowledge(ack) {
      const message = messages.get(ack.clientMessageId);
      if (message) {
        Object.assign(message, {
          id: ack.messageId, conversationId: ack.conversationId, sequence: ack.sequence,
          sentAt: ack.sentAt, state: 'sent',
        });
      }
    },

    /**
     * @param {MessageView} view
     * @returns {boolean} whether the message was new to this tab
     */
    merge(view) {
      const known = messages.has(view.clientMessageId);
      messages.set(view.clientMessageId, { ...view, key: view.clientMessageId, state: 'sent' });
      return !known;
    },

    /** @param {string} key */
    remove(key) {
      messages.delete(key);
    },

    pending() {
      return [...messages.values()].filter((m) => m.state === 'pending');
    },

    /** Sent messages in server order, then pending ones in the order they were typed. */
    list() {
      const all = [...messages.values()];
      const sent = all.filter((m) => m.state === 'sent').sort(byServerOrder);
      return [...sent, ...all.filter((m) => m.state === 'pending')];
    },

    /**
     * Per conversation, the sequence up to which this tab holds every message. Not the highest
     * seen: after a reconnect a resent message's ack can arrive before the catch-up and carry a
     * number past a message written during the outage, which would then never be fetched.
     * @returns {Array<[conversationId: string, lastSequence: number]>}
     */
    cursors() {
      /** @type {Map<string, Set<number>>} */
      const held = new Map();
      for (const message of messages.values()) {
        if (message.state === 'sent' && message.conversationId) {
          const sequences = held.get(message.conversationId) ?? new Set();
          held.set(message.conversationId, sequences.add(message.sequence));
        }
      }

      return [...held.entries()].map(([conversationId, sequences]) => {
        let contiguous = 0;
        while (sequences.has(contiguous + 1)) {
          contiguous++;
        }

        return [conversationId, contiguous];
      });
    },

    clear() {
      messages.clear();
    },
  };
}

/** @typedef {ReturnType<typeof createMessageStore>} MessageStore */

/** @param {ChatMessage} a @param {ChatMessage} b */
function byServerOrder(a, b) {
  return a.sentAt.localeCompare(b.sentAt) || a.sequence - b.sequence;
}

/** randomUUID exists only in secure contexts; a customer's plain-http page still needs ids. */
function newClientMessageId() {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }

  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
