// @ts-check
import { HubConnectionBuilder, HubConnectionState, LogLevel } from '@microsoft/signalr';
import { EvidenceHeader } from './evidence.js';

/**
 * The visitor hub. The identity token travels as SignalR's access token: a header on
 * negotiate, the query string on the WebSocket request, where browsers allow no headers.
 *
 * @typedef {object} MessageView
 * @property {string} id
 * @property {string} conversationId
 * @property {number} sequence
 * @property {string} clientMessageId
 * @property {'visitor' | 'agent'} sender
 * @property {string | null} agentName
 * @property {string} text
 * @property {string} sentAt
 *
 * @typedef {{ messageId: string, conversationId: string, sequence: number, clientMessageId: string,
 *   sentAt: string }} MessageAck
 *
 * @typedef {{ conversationId: string | null, clientMessageId: string, text: string }} SendRequest
 *
 * @typedef {{ id: string, status: string, lastSequence: number, lastMessageAt: string,
 *   agentReadThrough?: number, visitorReadThrough?: number }} ConversationSummary
 *
 * @typedef {object} ConnectionEvents
 * @property {(message: MessageView) => void} onMessage
 * @property {() => void} onReconnecting
 * @property {() => void} onReconnected
 * @property {(code: string | null) => void} onClosed null when closed on purpose
 * @property {() => void} onWithdrawn the service ended the visitor's consent
 * @property {(signal: import('./typing.js').TypingSignal) => void} onTyping an agent is typing
 * @property {(receipt: import('./receipts.js').ReadReceipt) => void} onReceipt a read mark moved
 * @property {(agentsAvailable: boolean) => void} onAvailability whether some agent is online changed
 */

/** Codes after which trying again cannot help: the visitor's standing has to change first. */
const refusals = new Set(['consent_required', 'consent_denied', 'origin_not_allowed', 'site_not_found']);

const maxRetryDelay = 30_000;

/**
 * The stable code in a hub error (`… HubException: message_too_long: …`) or in the problem
 * response of a refused negotiate, which the SignalR client folds into its error text.
 * @param {unknown} error
 * @returns {string | null}
 */
export function errorCode(error) {
  const text = String(error instanceof Error ? error.message : error);
  const match = /HubException: ([a-z_]+): /.exec(text) ?? /"code"\s*:\s*"([a-z_]+)"/.exec(text);
  if (match) {
    return match[1];
  }

  return /Status code '403'/.test(text) ? 'consent_required' : null;
}

/**
 * Whether an invocation failed because the connection went away, not because the server
 * refused it: such a message is still worth resending after the reconnect.
 * @param {unknown} error
 */
export function isTransportError(error) {
  const text = String(error instanceof Error ? error.message : error);
  return /connection (being )?closed|not in the 'Connected' State|Invocation canceled/i.test(text);
}

/** @param {string | null} code */
export function isRefusal(code) {
  return code !== null && refusals.has(code);
}

/**
 * Retries for as long as the page is open, backing off to every 30 seconds, but stops at once
 * when the service refuses the identity rather than being out of reach.
 * @type {import('@microsoft/signalr').IRetryPolicy}
 */
const retryPolicy = {
  nextRetryDelayInMilliseconds({ previousRetryCount, retryReason }) {
    if (isRefusal(errorCode(retryReason))) {
      return null;
    }

    return Math.min(maxRetryDelay, [0, 2_000, 5_000, 10_000][previousRetryCount] ?? maxRetryDelay);
  },
};

/**
 * @param {URL} base
 * @param {string} siteKey
 * @param {() => string} getToken
 * @param {string | null} evidence the forwarded evidence when the connection is made; when it
 *   changes, the session makes a new connection, because the WebSocket URL cannot change
 * @param {ConnectionEvents} events
 */
export function createConnection(base, siteKey, getToken, evidence, events) {
  const url = new URL('hubs/visitor', base);
  url.searchParams.set('site', siteKey);

  // The query reaches the WebSocket request too, where a browser sends no custom header; the
  // header goes with negotiate and the other HTTP transports.
  if (evidence) {
    url.searchParams.set('evidence', evidence);
  }

  // Credentials stay off: the service answers CORS without them, and the token is no cookie of
  // its origin. The log stays silent because this runs in someone else's page console.
  /** @type {Record<string, string>} */
  const headers = evidence ? { [EvidenceHeader]: evidence } : {};
  const hub = new HubConnectionBuilder()
    .withUrl(url.href, { accessTokenFactory: getToken, withCredentials: false, headers })
    .withAutomaticReconnect(retryPolicy)
    .configureLogging(LogLevel.None)
    .build();

  hub.on('MessageReceived', events.onMessage);
  hub.on('ConsentWithdrawn', events.onWithdrawn);
  hub.on('Typing', events.onTyping);
  hub.on('ReadReceipt', events.onReceipt);
  hub.on('AvailabilityChanged', (/** @type {{ agentsAvailable: boolean }} */ availability) =>
    events.onAvailability(availability.agentsAvailable));
  hub.onreconnecting(events.onReconnecting);
  hub.onreconnected(events.onReconnected);
  hub.onclose((error) => events.onClosed(error ? errorCode(error) ?? 'unreachable' : null));

  let stopped = false;
  return {
    start: () => startWithRetry(hub, () => stopped),
    stop: () => {
      stopped = true;
      return hub.stop();
    },
    isConnected: () => hub.state === HubConnectionState.Connected,

    /** @type {(request: SendRequest) => Promise<MessageAck>} */
    send: (request) => hub.invoke('Send', request),

    /** @type {(conversationId: string, afterSequence: number) => Promise<MessageView[]>} */
    getMessages: (conversationId, afterSequence) => hub.invoke('GetMessages', conversationId, afterSequence),

    /** @type {() => Promise<ConversationSummary[]>} */
    getConversations: () => hub.invoke('GetConversations'),

    /** @type {() => Promise<{ agentsAvailable: boolean }>} */
    getAvailability: () => hub.invoke('GetAvailability'),

    /** @type {(page: import('./page-report.js').Page) => Promise<void>} */
    reportPage: (page) => hub.invoke('ReportPage', page),

    /** @type {(conversationId: string) => Promise<void>} */
    typing: (conversationId) => hub.invoke('Typing', conversationId),

    /** @type {(conversationId: string, through: number) => Promise<import('./receipts.js').ReadReceipt>} */
    markRead: (conversationId, through) => hub.invoke('MarkRead', conversationId, through),
  };
}

/** @typedef {ReturnType<typeof createConnection>} Connection */

/**
 * The automatic reconnect only covers a connection that was up once; the first start gets
 * the same patience here. Rejects with the refusal's code when retrying cannot help.
 * @param {import('@microsoft/signalr').HubConnection} hub
 * @param {() => boolean} stopped
 */
async function startWithRetry(hub, stopped) {
  for (let attempt = 0; ; attempt++) {
    try {
      await hub.start();
      return;
    } catch (error) {
      const code = errorCode(error);
      const delay = retryPolicy.nextRetryDelayInMilliseconds({
        previousRetryCount: attempt, elapsedMilliseconds: 0, retryReason: /** @type {Error} */ (error),
      });
      if (delay === null || stopped()) {
        throw new Error(code ?? 'unreachable');
      }

      await new Promise((resolve) => setTimeout(resolve, Math.max(delay, 1_000)));
      if (stopped()) {
        throw new Error('stopped');
      }
    }
  }
}
