// @ts-check
// The reply box and the outbox behind it. A reply keeps its clientMessageId until the server
// acknowledges it, so sending it again after a dropped connection cannot store it twice.
import { goToSignIn, hubErrorCode, isConnected } from './hub.js';

/** @typedef {import('./types.js').OutgoingReply} OutgoingReply */
/** @typedef {import('./types.js').MessageAck} MessageAck */
/** @typedef {import('./conversation.js').ConversationView} ConversationView */

/** What to tell the agent for each stable code of docs/protocol.md. */
const errorTexts = {
  conversation_not_found: 'This conversation could not be found. It may have been deleted.',
  message_empty: 'Write something before sending.',
  message_too_long: 'A reply may have at most 4,000 characters. Shorten it and send again.',
  client_message_id_invalid: 'The console sent a malformed message id. Reload the page and send again.',
  unauthorized: 'Your sign-in has expired. Sign in again.',
  not_assignee: 'A colleague is on this conversation; only they or an admin can reply. Add a note instead.',
  already_assigned: 'A colleague took this conversation first; only they or an admin can reply now.',
  conversation_closed: 'This conversation is closed. Reopen it to reply.',
};

/**
 * @typedef {object} ReplyElements
 * @property {HTMLFormElement} form
 * @property {HTMLTextAreaElement} text
 * @property {HTMLElement} error
 */

export class ReplyBox {
  /** @type {Map<string, OutgoingReply>} by clientMessageId */
  #outbox = new Map();

  /** @type {Set<string>} clientMessageIds whose Send has not returned yet */
  #inFlight = new Set();

  /** @type {Map<string, string>} unsent text per conversation, kept while the agent looks elsewhere */
  #drafts = new Map();

  /** @type {string | null} */
  #conversationId = null;

  /**
   * @param {ReplyElements} elements
   * @param {import('@microsoft/signalr').HubConnection} connection
   * @param {ConversationView} view
   * @param {string} signInUrl
   */
  constructor(elements, connection, view, signInUrl) {
    this.elements = elements;
    this.connection = connection;
    this.view = view;
    this.signInUrl = signInUrl;
    elements.form.addEventListener('submit', (event) => this.#submit(event));
    elements.text.addEventListener('keydown', (event) => this.#sendOnEnter(event));
  }

  /**
   * Moves the box to another conversation, keeping the draft of the one left behind.
   * @param {string | null} conversationId
   */
  switchTo(conversationId) {
    if (this.#conversationId) {
      this.#drafts.set(this.#conversationId, this.elements.text.value);
    }

    this.#conversationId = conversationId;
    this.elements.text.value = (conversationId && this.#drafts.get(conversationId)) || '';
    this.clearError();
    for (const reply of this.#outbox.values()) {
      this.view.showPending(reply, this.#pendingState());
    }
  }

  /** After a reconnect: everything not acknowledged goes again, with its original id. */
  resendAll() {
    for (const reply of this.#outbox.values()) {
      this.#deliver(reply);
    }
  }

  /** The connection dropped: replies on screen now wait for it. */
  markWaiting() {
    for (const reply of this.#outbox.values()) {
      this.view.showPending(reply, 'waiting');
    }
  }

  /**
   * @param {string | null} code a stable code, or null for a failure without one
   */
  showError(code) {
    if (code === 'unauthorized') {
      goToSignIn(this.signInUrl);
    }

    const known = code ? /** @type {Record<string, string>} */ (errorTexts)[code] : undefined;
    this.elements.error.textContent = known
      ?? (code ? `The server refused this (${code}).` : 'Something went wrong. Try again.');
  }

  clearError() {
    this.elements.error.textContent = '';
  }

  focus() {
    this.elements.text.focus();
  }

  /** @param {SubmitEvent} event */
  #submit(event) {
    event.preventDefault();
    const text = this.elements.text.value.trim();
    if (!this.#conversationId) {
      return;
    }

    if (!text) {
      this.showError('message_empty');
      return;
    }

    const reply = { conversationId: this.#conversationId, clientMessageId: crypto.randomUUID(), text };
    this.#outbox.set(reply.clientMessageId, reply);
    this.elements.text.value = '';
    this.#drafts.delete(reply.conversationId);
    this.clearError();
    this.view.showPending(reply, this.#pendingState());
    this.#deliver(reply);
  }

  /** @param {OutgoingReply} reply */
  async #deliver(reply) {
    if (this.#inFlight.has(reply.clientMessageId) || !isConnected(this.connection)) {
      return;
    }

    this.#inFlight.add(reply.clientMessageId);
    try {
      /** @type {MessageAck} */
      const ack = await this.connection.invoke('Send', reply);
      this.#outbox.delete(reply.clientMessageId);
      this.view.confirm(reply, ack);
    } catch (error) {
      this.#failed(reply, error);
    } finally {
      this.#inFlight.delete(reply.clientMessageId);
    }
  }

  /**
   * A lost connection keeps the reply for the resend; a refusal gives the text back to the
   * agent to fix, since sending it unchanged would be refused again.
   * @param {OutgoingReply} reply
   * @param {unknown} error
   */
  #failed(reply, error) {
    const code = hubErrorCode(error);
    if (!code && !isConnected(this.connection)) {
      this.view.showPending(reply, 'waiting');
      return;
    }

    this.#outbox.delete(reply.clientMessageId);
    this.view.dropPending(reply.clientMessageId);
    if (reply.conversationId === this.#conversationId) {
      this.elements.text.value ||= reply.text;
      this.showError(code);
    }
  }

  /** @returns {import('./messages.js').PendingState} */
  #pendingState() {
    return isConnected(this.connection) ? 'sending' : 'waiting';
  }

  /**
   * Enter sends and Shift+Enter starts a new line, as in most chat tools. While an input method
   * is composing, Enter confirms the composition instead.
   * @param {KeyboardEvent} event
   */
  #sendOnEnter(event) {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) {
      return;
    }

    event.preventDefault();
    this.elements.form.requestSubmit();
  }
}
