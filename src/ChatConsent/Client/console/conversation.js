// @ts-check
// The open conversation: its history from the hub, merged with live messages by id and kept in
// sequence order, plus the replies still on their way.
import { messageElement, pendingElement, setPendingState } from './messages.js';
import { messageTime, visitorLabel } from './format.js';

/** @typedef {import('./types.js').MessageView} MessageView */
/** @typedef {import('./types.js').MessageAck} MessageAck */
/** @typedef {import('./types.js').ConversationSummary} ConversationSummary */
/** @typedef {import('./types.js').OutgoingReply} OutgoingReply */
/** @typedef {import('./messages.js').PendingState} PendingState */

// The hub answers at most this many messages per call; a full page means there may be more.
const pageSize = 200;

// A long history opens at its end, this many messages at a time; older ones load on request.
const historyPageSize = 50;

// Within this many pixels of the end counts as reading the latest messages.
const followThreshold = 80;

/**
 * @typedef {object} OpenConversation
 * @property {string} id
 * @property {Set<string>} messageIds
 * @property {Set<string>} clientMessageIds
 * @property {number} lastSequence the highest sequence on screen
 * @property {number} completeThrough every message from firstSequence up to this one is on screen;
 *   catch-up continues after it, not after lastSequence, since a live message can arrive ahead
 *   of a gap
 * @property {number} syncedEpoch the connection epoch in which the last load completed; while it
 *   is the current one, live messages extend completeThrough
 * @property {number} firstSequence the lowest sequence on screen
 * @property {boolean} hasEarlier whether older messages than those on screen exist
 */

/**
 * @typedef {object} ConversationElements
 * @property {HTMLElement} section
 * @property {HTMLElement} placeholder
 * @property {HTMLElement} title
 * @property {HTMLElement} subtitle
 * @property {HTMLOListElement} messages
 */

export class ConversationView {
  /** @type {OpenConversation | null} */
  #current = null;

  /** Counts connection drops, so a load can tell whether live messages flowed all through it. */
  #connectionEpoch = 0;

  /**
   * @param {ConversationElements} elements
   * @param {import('@microsoft/signalr').HubConnection} connection
   */
  constructor(elements, connection) {
    this.elements = elements;
    this.connection = connection;
    /** Told whenever the history on screen reaches further back, or the conversation changes. */
    this.onHistory = () => {};
  }

  get currentId() {
    return this.#current?.id ?? null;
  }

  /** The lowest sequence on screen; notes before it stay hidden until that history loads. */
  get firstSequence() {
    return this.#current?.firstSequence ?? Infinity;
  }

  get hasEarlier() {
    return this.#current?.hasEarlier ?? false;
  }

  /**
   * Shows a conversation and loads its history.
   * @param {string} id
   * @param {ConversationSummary | null} summary
   */
  async open(id, summary) {
    const state = emptyState(id);
    this.#current = state;
    this.elements.messages.replaceChildren();
    this.elements.section.hidden = false;
    this.elements.placeholder.hidden = true;
    this.describe(summary);
    this.onHistory();
    await this.#loadLatest(state);
    await this.#load(state, true);
  }

  /** The page before the oldest message on screen, keeping what the agent reads in place. */
  async loadEarlier() {
    const state = this.#current;
    if (!state || !state.hasEarlier) {
      return;
    }

    /** @type {MessageView[]} */
    const page = await this.connection.invoke('GetMessagesBefore', state.id, state.firstSequence, historyPageSize);
    if (this.#current !== state) {
      return;
    }

    const list = this.elements.messages;
    const fromEnd = list.scrollHeight - list.scrollTop;
    page.filter((message) => !state.messageIds.has(message.id)).forEach((message) => this.#insert(state, message));
    list.scrollTop = list.scrollHeight - fromEnd;
    state.hasEarlier = (page[0]?.sequence ?? 1) > 1;
    this.onHistory();
  }

  close() {
    this.#current = null;
    this.elements.messages.replaceChildren();
    this.elements.section.hidden = true;
    this.elements.placeholder.hidden = false;
    this.onHistory();
  }

  /** @param {ConversationSummary | null} summary */
  describe(summary) {
    this.elements.title.textContent = summary ? visitorLabel(summary.visitorId) : 'Conversation';
    const parts = summary ? [summary.siteName, `started ${messageTime(summary.createdAt)}`] : [];
    if (summary?.status === 'closed') {
      parts.push('closed');
    }
    if (summary?.visitorPrivacyModeReason === 'gpc') {
      parts.push('privacy mode: the browser sent Global Privacy Control');
    }
    this.elements.subtitle.textContent = parts.join(' · ');
  }

  /** The connection dropped: live messages may be missing from now until the next catch-up. */
  suspend() {
    this.#connectionEpoch++;
  }

  /** After a reconnect: whatever arrived while the connection was down. */
  async catchUp() {
    const state = this.#current;
    if (state && state.lastSequence === 0) {
      await this.#loadLatest(state);
    }

    if (state) {
      await this.#load(state, false);
    }
  }

  /**
   * Adds a live message if it belongs to the open conversation and is not on screen yet.
   * @param {MessageView} message
   * @returns {boolean} whether it was added
   */
  receive(message) {
    const state = this.#current;
    if (!state || state.id !== message.conversationId || state.messageIds.has(message.id)) {
      return false;
    }

    this.#keepFollowing(message.sender === 'agent', () => this.#insert(state, message));
    return true;
  }

  /**
   * @param {OutgoingReply} reply
   * @param {PendingState} pendingState
   */
  showPending(reply, pendingState) {
    const state = this.#current;
    if (!state || state.id !== reply.conversationId || state.clientMessageIds.has(reply.clientMessageId)) {
      return;
    }

    const existing = this.#pending(reply.clientMessageId);
    if (existing) {
      setPendingState(existing, pendingState);
      return;
    }

    this.#keepFollowing(true, () => this.elements.messages.append(pendingElement(reply, pendingState)));
  }

  /**
   * The server stored the reply. Its MessageReceived usually came first; if not, the
   * acknowledgement has all it takes to show the stored message.
   * @param {OutgoingReply} reply
   * @param {MessageAck} ack
   */
  confirm(reply, ack) {
    this.receive({
      id: ack.messageId,
      conversationId: ack.conversationId,
      sequence: ack.sequence,
      clientMessageId: ack.clientMessageId,
      sender: 'agent',
      agentName: null,
      text: reply.text,
      sentAt: ack.sentAt,
    });
    this.dropPending(reply.clientMessageId);
  }

  /** @param {string} clientMessageId */
  dropPending(clientMessageId) {
    this.#pending(clientMessageId)?.remove();
  }

  /**
   * Pages through GetMessages until a short page says there is no more. Live messages that came
   * in meanwhile are complete too, unless the connection dropped while loading.
   * @param {OpenConversation} state
   * @param {boolean} scrollToEnd
   */
  async #load(state, scrollToEnd) {
    const epoch = this.#connectionEpoch;
    const list = this.elements.messages;
    list.setAttribute('aria-busy', 'true');
    try {
      for (let page = await this.#page(state, state.completeThrough); this.#current === state;) {
        this.#keepFollowing(scrollToEnd, () => page.forEach((message) => this.receive(message)));
        state.completeThrough = page.at(-1)?.sequence ?? state.completeThrough;
        if (page.length < pageSize) {
          break;
        }
        page = await this.#page(state, state.completeThrough);
      }

      if (epoch === this.#connectionEpoch) {
        state.completeThrough = Math.max(state.completeThrough, state.lastSequence);
        state.syncedEpoch = epoch;
      }
    } finally {
      list.removeAttribute('aria-busy');
    }
  }

  /**
   * The newest page first, so a long history opens where the conversation is now; catching up
   * then continues after it.
   * @param {OpenConversation} state
   */
  async #loadLatest(state) {
    /** @type {MessageView[]} */
    const latest = await this.connection.invoke('GetMessagesBefore', state.id, null, historyPageSize);
    if (this.#current !== state) {
      return;
    }

    this.#keepFollowing(true, () => latest.forEach((message) => this.receive(message)));
    state.completeThrough = Math.max(state.completeThrough, latest.at(-1)?.sequence ?? 0);
    state.hasEarlier = (latest[0]?.sequence ?? 1) > 1;
    this.onHistory();
  }

  /**
   * @param {OpenConversation} state
   * @param {number} after
   * @returns {Promise<MessageView[]>}
   */
  #page(state, after) {
    return this.connection.invoke('GetMessages', state.id, after);
  }

  /**
   * Inserts after the last message with a lower sequence; replies still pending stay last.
   * @param {OpenConversation} state
   * @param {MessageView} message
   */
  #insert(state, message) {
    const list = this.elements.messages;
    let previous = list.lastElementChild;
    while (previous instanceof HTMLElement && !comesBefore(previous, message.sequence)) {
      previous = previous.previousElementSibling;
    }

    const next = previous ? previous.nextElementSibling : list.firstElementChild;
    list.insertBefore(messageElement(message), next);
    state.messageIds.add(message.id);
    state.clientMessageIds.add(message.clientMessageId);
    state.lastSequence = Math.max(state.lastSequence, message.sequence);
    state.firstSequence = Math.min(state.firstSequence, message.sequence);
    if (state.syncedEpoch === this.#connectionEpoch) {
      state.completeThrough = Math.max(state.completeThrough, message.sequence);
    }
    this.dropPending(message.clientMessageId);
  }

  /** @param {string} clientMessageId */
  #pending(clientMessageId) {
    const items = this.elements.messages.querySelectorAll('[data-pending]');
    return [.../** @type {NodeListOf<HTMLLIElement>} */ (items)]
      .find((item) => item.dataset.clientMessageId === clientMessageId);
  }

  /**
   * Keeps the newest message in view when the agent was already reading at the end, but does
   * not yank the view down while they scroll back through the history.
   * @param {boolean} force
   * @param {() => void} change
   */
  #keepFollowing(force, change) {
    const list = this.elements.messages;
    const atEnd = list.scrollHeight - list.scrollTop - list.clientHeight < followThreshold;
    change();
    if (force || atEnd) {
      list.scrollTop = list.scrollHeight;
    }
  }
}

/**
 * @param {HTMLElement} item
 * @param {number} sequence
 */
function comesBefore(item, sequence) {
  return !item.dataset.pending && Number(item.dataset.sequence) < sequence;
}

/**
 * @param {string} id
 * @returns {OpenConversation}
 */
function emptyState(id) {
  return {
    id,
    messageIds: new Set(),
    clientMessageIds: new Set(),
    lastSequence: 0,
    completeThrough: 0,
    syncedEpoch: -1,
    firstSequence: Infinity,
    hasEarlier: false,
  };
}
