// @ts-check
// Moves the agents' read mark on the server when the console has shown a conversation's newest
// messages. Several marks for one conversation in quick succession collapse into the highest,
// and a mark that could not go out while disconnected goes after the reconnect.
import { isConnected } from './hub.js';

/** @typedef {import('./types.js').ReadReceipt} ReadReceipt */

export class ReadMarkSender {
  /** @type {Map<string, number>} the highest mark per conversation not yet confirmed */
  #pending = new Map();

  /** @type {Set<string>} conversations whose MarkRead has not returned yet */
  #inFlight = new Set();

  /**
   * @param {import('@microsoft/signalr').HubConnection} connection
   * @param {(receipt: ReadReceipt) => void} onConfirmed the mark the server now holds
   */
  constructor(connection, onConfirmed) {
    this.connection = connection;
    this.onConfirmed = onConfirmed;
  }

  /**
   * @param {string} conversationId
   * @param {number} throughSequence
   */
  seen(conversationId, throughSequence) {
    const known = this.#pending.get(conversationId) ?? 0;
    this.#pending.set(conversationId, Math.max(known, throughSequence));
    void this.#send(conversationId);
  }

  /** After a reconnect. */
  flush() {
    for (const conversationId of this.#pending.keys()) {
      void this.#send(conversationId);
    }
  }

  /** @param {string} conversationId */
  async #send(conversationId) {
    const through = this.#pending.get(conversationId);
    if (through === undefined || this.#inFlight.has(conversationId) || !isConnected(this.connection)) {
      return;
    }

    this.#inFlight.add(conversationId);
    try {
      /** @type {ReadReceipt} */
      const receipt = await this.connection.invoke('MarkRead', conversationId, through);
      if ((this.#pending.get(conversationId) ?? 0) <= through) {
        this.#pending.delete(conversationId);
      }
      this.onConfirmed(receipt);
    } catch {
      // A refusal (the conversation is gone) is not worth retrying; a lost connection retries on
      // flush, since the mark stays pending.
      if (isConnected(this.connection)) {
        this.#pending.delete(conversationId);
      }
    } finally {
      this.#inFlight.delete(conversationId);
    }

    if (this.#pending.has(conversationId)) {
      void this.#send(conversationId);
    }
  }
}
