// @ts-check

/**
 * Both sides' read marks per conversation, as the service keeps them: from the conversation
 * list on (re)connect, from ReadReceipt events, and from the messages themselves, since whoever
 * writes has read everything before. They give the unread badge (agent replies past the
 * visitor's mark) and the read mark under the visitor's last message the agents have read.
 *
 * @typedef {import('./messages.js').ChatMessage} ChatMessage
 * @typedef {{ conversationId: string, reader: 'agent' | 'visitor', throughSequence: number }} ReadReceipt
 * @typedef {{ agent: number, visitor: number }} Marks
 */

export function createReadMarks() {
  /** @type {Map<string, Marks>} */
  const marks = new Map();

  /** @param {string} conversationId */
  const of = (conversationId) => {
    let known = marks.get(conversationId);
    if (!known) {
      known = { agent: 0, visitor: 0 };
      marks.set(conversationId, known);
    }
    return known;
  };

  /** @param {string} conversationId @param {'agent' | 'visitor'} reader @param {number} through */
  const raise = (conversationId, reader, through) => {
    const known = of(conversationId);
    known[reader] = Math.max(known[reader], through);
  };

  return {
    /** @param {Array<{ id: string, agentReadThrough?: number, visitorReadThrough?: number }>} summaries */
    fromSummaries(summaries) {
      for (const summary of summaries) {
        raise(summary.id, 'agent', summary.agentReadThrough ?? 0);
        raise(summary.id, 'visitor', summary.visitorReadThrough ?? 0);
      }
    },

    /** @param {ReadReceipt} receipt */
    apply(receipt) {
      raise(receipt.conversationId, receipt.reader, receipt.throughSequence);
    },

    /** @param {{ conversationId: string, sequence: number, sender: 'agent' | 'visitor' }} message */
    wrote(message) {
      raise(message.conversationId, message.sender, message.sequence);
    },

    /** @param {string} conversationId */
    visitorMark: (conversationId) => of(conversationId).visitor,

    /**
     * Agent replies the visitor has not had on screen.
     * @param {ChatMessage[]} messages
     */
    unread(messages) {
      return messages.filter((m) => m.sender === 'agent' && m.conversationId
        && m.sequence > of(m.conversationId).visitor).length;
    },

    /**
     * The visitor's last message that the agents have read, which carries the read mark.
     * @param {ChatMessage[]} messages
     * @returns {string | null} its key
     */
    readMarkKey(messages) {
      const read = messages.filter((m) => m.sender === 'visitor' && m.state === 'sent' && m.conversationId
        && m.sequence <= of(m.conversationId).agent);
      return read.at(-1)?.key ?? null;
    },

    clear() {
      marks.clear();
    },
  };
}

/** @typedef {ReturnType<typeof createReadMarks>} ReadMarks */
