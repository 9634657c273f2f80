// @ts-check

/**
 * The e-mail link's token arrives in the URL fragment (`#chatconsent-continue=…`), which the
 * browser sends to no server and puts in no Referer. The loader takes it out of the address as
 * soon as it runs, before the widget reports the page or the visitor copies the address, and
 * hands it to the chat.
 */

const key = 'chatconsent-continue';

/** @returns {string | null} the token, now gone from the address bar and the history entry */
export function takeContinueToken() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const token = fragment.get(key);
  if (!token) {
    return null;
  }

  fragment.delete(key);
  const rest = fragment.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  return /^[A-Za-z0-9_-]{20,64}$/.test(token) ? token : null;
}
