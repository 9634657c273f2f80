// @ts-check
import { deleteVisitorData, postWithdrawal } from './api.js';
import { createConnection, errorCode, isRefusal, isTransportError } from './connection.js';
import { readCookie, removeCookie, writeCookie } from './cookie.js';
import { createMessageStore } from './messages.js';
import { currentPage } from './page-report.js';
import { createReadMarks } from './receipts.js';
import { createTypingSender } from './typing.js';

/**
 * The visitor's side of the chat once consent exists: the identity cookie, the hub connection
 * and the messages. It knows nothing of the panel; the chat module listens to its events.
 *
 * @typedef {import('./api.js').IdentityCookie} IdentityCookie
 * @typedef {import('./api.js').Consent} Consent
 * @typedef {import('./messages.js').ChatMessage} ChatMessage
 *
 * @typedef {object} SessionEvents
 * @property {(newAgentMessage: boolean) => void} onMessages the list changed
 * @property {(state: 'connecting' | 'connected' | 'reconnecting' | 'offline') => void} onConnectionState
 * @property {(code: string) => void} onRefused the service refused the identity
 * @property {() => void} onWithdrawn the service ended the consent (ConsentWithdrawn)
 * @property {(code: string, text: string) => void} onSendFailed the message was refused, not stored
 * @property {(signal: import('./typing.js').TypingSignal) => void} onTyping an agent is typing
 * @property {(agentsAvailable: boolean) => void} onAvailability whether some agent is online now
 */

/** GetMessages answers at most this many; a full page means there may be more. */
const pageSize = 200;

/**
 * @typedef {object} SessionOptions
 * @property {URL} base
 * @property {string} siteKey
 * @property {IdentityCookie} cookie
 * @property {SessionEvents} events
 * @property {() => string | null} evidence the forwarded evidence as it is now
 * @property {boolean} reportsPage whether the site may learn the page (privacy mode off, no GPC)
 */

/** @param {SessionOptions} options */
export function createSession({ base, siteKey, cookie, events, evidence, reportsPage }) {
  let identityCookie = cookie;
  let token = readCookie(cookie.name);

  /** The address last reported on the current connection; a new connection reports again. */
  let reportedUrl = '';

  /** @type {import('./connection.js').Connection | null} */
  let connection = null;
  const store = createMessageStore();
  const reads = createReadMarks();
  const inFlight = new Set();

  const connect = () => {
    if (connection || token === null) {
      return;
    }

    // Events of a connection that was replaced or stopped must not touch the current one.
    /** @type {import('./connection.js').Connection} */
    const current = createConnection(base, siteKey, () => token ?? '', evidence(), {
      onMessage: (view) => {
        reads.wrote(view);
        events.onMessages(store.merge(view) && view.sender === 'agent');
      },
      onTyping: (signal) => current === connection && events.onTyping(signal),
      onReceipt: (receipt) => {
        reads.apply(receipt);
        events.onMessages(false);
      },
      onReconnecting: () => current === connection && events.onConnectionState('reconnecting'),
      onReconnected: () => current === connection && afterConnect(),
      onClosed: (code) => current === connection && code && closed(code),
      onAvailability: (available) => current === connection && events.onAvailability(available),
      onWithdrawn: () => {
        if (current === connection) {
          forget();
          events.onWithdrawn();
        }
      },
    });
    connection = current;
    startConnection(current);
  };

  /** A new connection, so that the hub URL carries the evidence as it is now. */
  const reconnect = () => {
    const previous = connection;
    connection = null;
    previous?.stop();
    connect();
  };

  /** @param {import('./connection.js').Connection} current */
  const startConnection = async (current) => {
    events.onConnectionState('connecting');
    try {
      await current.start();
      await afterConnect();
    } catch (error) {
      if (current === connection) {
        closed(error instanceof Error ? error.message : 'unreachable');
      }
    }
  };

  /** @param {string} code why the connection ended for good */
  const closed = (code) => {
    if (isRefusal(code)) {
      refuse(code);
      return;
    }

    // Out of reach after every retry: the next open of the panel tries again.
    connection = null;
    events.onConnectionState('offline');
  };

  const afterConnect = async () => {
    events.onConnectionState('connected');
    reportedUrl = '';
    reportPage();
    connection?.getAvailability().then((a) => events.onAvailability(a.agentsAvailable), () => {});
    await sync();
    await flush();
  };

  /** History on first connect, and what was missed while away on every reconnect. */
  const sync = async () => {
    try {
      const summaries = await requireConnection().getConversations();
      reads.fromSummaries(summaries);
      const [newest] = summaries;
      const cursors = new Map(store.cursors());
      if (newest && !cursors.has(newest.id)) {
        cursors.set(newest.id, 0);
      }

      for (const [conversationId, after] of cursors) {
        await catchUp(conversationId, after);
      }
    } catch (error) {
      handleFailure(error);
    }

    events.onMessages(false);
  };

  /** @param {string} conversationId @param {number} after */
  const catchUp = async (conversationId, after) => {
    for (let cursor = after; ;) {
      const page = await requireConnection().getMessages(conversationId, cursor);
      page.forEach((view) => {
        store.merge(view);
        reads.wrote(view);
      });
      if (page.length < pageSize) {
        return;
      }

      cursor = page[page.length - 1].sequence;
    }
  };

  /** Resends whatever was not acknowledged, with its original clientMessageId. */
  const flush = async () => {
    for (const message of store.pending()) {
      await deliver(message);
    }
  };

  /** @param {ChatMessage} message */
  const deliver = async (message) => {
    if (!connection?.isConnected() || inFlight.has(message.key)) {
      return;
    }

    // No conversation id: the service writes into the visitor's open conversation or starts one,
    // and recognises a resend by its clientMessageId either way.
    inFlight.add(message.key);
    try {
      const request = { conversationId: null, clientMessageId: message.key, text: message.text };
      const ack = await connection.send(request);
      store.acknowledge(ack);
      reads.wrote({ conversationId: ack.conversationId, sequence: ack.sequence, sender: 'visitor' });
    } catch (error) {
      if (!isTransportError(error) && !handleFailure(error)) {
        store.remove(message.key);
        events.onSendFailed(errorCode(error) ?? 'unknown', message.text);
      }
    } finally {
      inFlight.delete(message.key);
    }

    events.onMessages(false);
  };

  /**
   * @param {unknown} error
   * @returns {boolean} whether the error was a refusal of the identity, now handled
   */
  const handleFailure = (error) => {
    const code = errorCode(error);
    if (isRefusal(code)) {
      refuse(/** @type {string} */ (code));
      return true;
    }

    return isTransportError(error);
  };

  /** @param {string} code */
  const refuse = (code) => {
    // Consent that no longer holds leaves nothing behind: the identity cookie goes at once.
    if (code === 'consent_required' || code === 'consent_denied') {
      forget();
    }

    events.onRefused(code);
  };

  const forget = () => {
    removeCookie(identityCookie.name);
    token = null;
    const current = connection;
    connection = null;
    current?.stop();
    store.clear();
    reads.clear();
    inFlight.clear();
  };

  /** Fire and forget: the agent's view of the page is a courtesy, never worth an error. */
  const reportPage = () => {
    const page = currentPage();
    if (!reportsPage || !connection?.isConnected() || page.url === reportedUrl) {
      return;
    }

    reportedUrl = page.url;
    connection.reportPage(page).catch(() => {});
  };

  /** The conversation the visitor writes in: the one of the newest stored message. */
  const currentConversationId = () =>
    store.list().filter((m) => m.state === 'sent' && m.conversationId).at(-1)?.conversationId ?? null;

  const sendTyping = createTypingSender((conversationId) => connection?.isConnected()
    ? connection.typing(conversationId)
    : Promise.resolve());

  /** The visitor has every message on screen: the mark moves once the service confirms it. */
  const markRead = () => {
    const conversationId = currentConversationId();
    const through = Math.max(0, ...store.list()
      .filter((m) => m.conversationId === conversationId).map((m) => m.sequence));
    if (!conversationId || !connection?.isConnected() || through <= reads.visitorMark(conversationId)) {
      return;
    }

    connection.markRead(conversationId, through)
      .then((receipt) => {
        reads.apply(receipt);
        events.onMessages(false);
      })
      .catch(() => {});
  };

  const requireConnection = () => {
    if (!connection) {
      throw new Error('connection closed');
    }

    return connection;
  };

  return {
    hasIdentity: () => token !== null,
    token: () => token,
    messages: () => store.list(),
    unreadCount: () => reads.unread(store.list()),
    readMarkKey: () => reads.readMarkKey(store.list()),
    markRead,
    typed: () => sendTyping.typed(currentConversationId()),
    connect,
    reconnect,

    /**
     * Forgets at once, then records the withdrawal with the token it had: the cookie must not
     * outlive the visitor's decision even when the service is out of reach.
     */
    async withdraw() {
      const held = token;
      forget();
      if (held) {
        await postWithdrawal(base, siteKey, held, evidence())
          .catch((error) => console.warn('ChatConsent: the withdrawal could not be recorded.', error));
      }
    },

    /**
     * Erases the visitor's chat data. The connection goes first, so that the ConsentWithdrawn
     * the service sends to it is not taken for a withdrawal elsewhere; the cookie goes only once
     * the service confirmed, because the token is what lets the visitor try again.
     */
    async eraseData() {
      const held = token;
      const current = connection;
      connection = null;
      await current?.stop().catch(() => {});
      try {
        if (held) {
          await deleteVisitorData(base, siteKey, held, evidence());
        }
      } catch (error) {
        connect();
        throw error;
      }

      forget();
    },

    pageChanged: reportPage,

    /**
     * Becomes the visitor an e-mail link belongs to: what this browser showed before was another
     * visitor's, so the connection and the messages go, and the next connect loads theirs.
     * @param {Consent} consent
     */
    adoptLinked(consent) {
      const current = connection;
      connection = null;
      current?.stop();
      store.clear();
      inFlight.clear();
      identityCookie = consent.cookie;
      token = consent.token;
      writeCookie(consent.cookie.name, consent.token, consent.cookie.maxAgeSeconds);
    },

    /** @param {Consent} consent */
    adopt(consent) {
      identityCookie = consent.cookie;
      token = consent.token;
      writeCookie(consent.cookie.name, consent.token, consent.cookie.maxAgeSeconds);
    },

    /** @param {string} text */
    send(text) {
      sendTyping.reset();
      const message = store.addPending(text);
      events.onMessages(false);
      deliver(message);
    },
  };
}

/** @typedef {ReturnType<typeof createSession>} Session */
