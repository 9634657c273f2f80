// @ts-check
// The console's live signals, wired in one place: unread counts from the server's read marks,
// the visitor's read receipt, typing both ways, and the alerts of a background tab.
import { Alerts } from './notify.js';
import { showVisitorReadMark } from './receipts.js';
import { TypingIndicator, createTypingLine, sendTypingFrom } from './typing.js';
import { ReadMarkSender } from './unread.js';

/** @typedef {import('./types.js').MessageView} MessageView */
/** @typedef {import('./types.js').ReadReceipt} ReadReceipt */
/** @typedef {import('./types.js').TypingSignal} TypingSignal */

/**
 * @typedef {object} SignalParts
 * @property {import('@microsoft/signalr').HubConnection} connection
 * @property {import('./list.js').ConversationList} list
 * @property {import('./conversation.js').ConversationView} view
 * @property {HTMLOListElement} messages the open conversation's message list
 * @property {HTMLFormElement} reply
 * @property {HTMLTextAreaElement} replyText
 * @property {HTMLElement} sidebar
 */

export class LiveSignals {
  /** Alerts wait for the first list, so that the conversations loaded at start are not "new". */
  #ready = false;

  /** @param {SignalParts} parts */
  constructor(parts) {
    this.parts = parts;
    this.marks = new ReadMarkSender(parts.connection, (receipt) => parts.list.applyReceipt(receipt));
    this.typing = new TypingIndicator(createTypingLine(parts.reply), parts.list.root);
    this.alerts = new Alerts(parts.sidebar);
    parts.list.onSeen = (conversationId, through) => this.marks.seen(conversationId, through);
  }

  /** Registered before the console's own handlers, so that the list still tells what is new. */
  listen() {
    const { connection, replyText, view, messages } = this.parts;
    connection.on('MessageReceived', (/** @type {MessageView} */ message) => this.#received(message));
    connection.on('ReadReceipt', (/** @type {ReadReceipt} */ receipt) => this.#receipt(receipt));
    connection.on('Typing', (/** @type {TypingSignal} */ signal) => this.typing.received(signal));
    connection.onreconnected(() => this.marks.flush());
    sendTypingFrom(replyText, connection, () => view.currentId);

    // The message list changes on open, on catch-up and live; the marks follow whichever it was.
    new MutationObserver(() => this.#openChanged()).observe(messages, { childList: true });
    window.addEventListener('hashchange', () => this.#openChanged());
  }

  /** The console has loaded the list from the server. */
  synchronized() {
    this.#ready = true;
    this.#openChanged();
  }

  /** @param {MessageView} message */
  #received(message) {
    if (message.sender !== 'visitor') {
      return;
    }

    this.typing.stopped(message.conversationId);
    const known = this.parts.list.get(message.conversationId);
    if (this.#ready) {
      this.alerts.raise({
        kind: known ? 'message' : 'conversation',
        conversationId: message.conversationId,
        visitorId: known?.visitorId ?? null,
        text: message.text,
      });
    }
  }

  /** @param {ReadReceipt} receipt */
  #receipt(receipt) {
    this.parts.list.applyReceipt(receipt);
    if (receipt.conversationId === this.parts.view.currentId) {
      this.#openChanged();
    }
  }

  #openChanged() {
    const { list, view, messages } = this.parts;
    const id = view.currentId;
    this.typing.show(id);
    if (id) {
      showVisitorReadMark(messages, list.get(id)?.visitorReadThrough ?? 0);
    }
  }
}
