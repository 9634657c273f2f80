// @ts-check
// The connection to /hubs/agent: built once, retried for as long as the page is open, and sent
// to the sign-in page when the agent's cookie no longer admits it.
import { HubConnectionBuilder, HubConnectionState, LogLevel } from '@microsoft/signalr';

// A console stays open all day, so reconnecting never gives up; the delay levels off at 30 s.
const retryDelays = [0, 2_000, 5_000, 10_000, 20_000, 30_000];

const hubErrorPattern = /HubException: ([a-z_]+): /;

/** Set once the page is on its way to the sign-in page, so that nothing connects again. */
let leaving = false;

/**
 * @param {string} hubUrl
 * @param {string} signInUrl where to go when the sign-in has expired
 * @returns {import('@microsoft/signalr').HubConnection}
 */
export function createConnection(hubUrl, signInUrl) {
  /** @param {import('@microsoft/signalr').RetryContext} context */
  const nextRetryDelayInMilliseconds = (context) => {
    if (isUnauthorized(context.retryReason)) {
      goToSignIn(signInUrl);
      return null;
    }

    return retryDelays[Math.min(context.previousRetryCount, retryDelays.length - 1)];
  };

  return new HubConnectionBuilder()
    .withUrl(hubUrl)
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds })
    .configureLogging(LogLevel.Warning)
    .build();
}

/**
 * Starts the connection, waiting and trying again while the service cannot be reached. Used at
 * load and after every close, such as the service's when an admin disabled the agent: then
 * negotiate answers 401 and the page leaves for the sign-in page.
 * @param {import('@microsoft/signalr').HubConnection} connection
 * @param {string} signInUrl
 * @param {(delay: number) => void} onRetry told before each wait, in milliseconds
 */
export async function startConnection(connection, signInUrl, onRetry) {
  for (let attempt = 1; !leaving; attempt++) {
    try {
      await connection.start();
      return;
    } catch (error) {
      if (isUnauthorized(error)) {
        goToSignIn(signInUrl);
        return;
      }

      const delay = retryDelays[Math.min(attempt, retryDelays.length - 1)];
      onRetry(delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * The stable code of a hub error (docs/protocol.md, "Errors"), or null for any other failure.
 * @param {unknown} error
 */
export function hubErrorCode(error) {
  const match = error instanceof Error ? hubErrorPattern.exec(error.message) : null;
  return match ? match[1] : null;
}

/**
 * The client wraps a failed negotiate in an error of its own and keeps only the status in the
 * text, so the text is all there is to read it from. A close or hub error says `unauthorized`.
 * @param {unknown} error
 */
export function isUnauthorized(error) {
  return error instanceof Error
    && (/Status code '401'/.test(error.message) || /\bunauthorized\b/.test(error.message));
}

/** @param {import('@microsoft/signalr').HubConnection} connection */
export function isConnected(connection) {
  return connection.state === HubConnectionState.Connected;
}

/**
 * Leaves for the sign-in page, which brings the agent back to this conversation afterwards.
 * @param {string} signInUrl
 */
export function goToSignIn(signInUrl) {
  leaving = true;
  const back = encodeURIComponent(location.pathname + location.hash);
  location.assign(`${signInUrl}?returnUrl=${back}`);
}
