// @ts-check

/**
 * What every platform adapter is, and the few helpers they share. An adapter reads the site's
 * consent platform through its JavaScript API, falls back to the cookie or storage it writes while
 * the API is not there yet, and collects that raw value as evidence: the service parses it with the
 * same parsers as a cookie, so the widget forwards what the platform wrote, never its conclusion.
 *
 * @typedef {'granted' | 'denied' | 'undecided'} Decision
 * @typedef {{ decision: Decision, evidence: Record<string, string> }} Reading
 *
 * @typedef {object} Mapping what the site calls the chat there (the config's `consent` block)
 * @property {string | null} category
 * @property {string | null} service
 * @property {string | null} cookieName
 * @property {number | null} tcfCustomPurpose
 * @property {number[]} tcfPublisherPurposes
 * @property {number | null} tcfVendorId
 *
 * @typedef {object} Adapter
 * @property {string} name
 * @property {() => boolean} detect whether the platform's API is there now
 * @property {() => Reading | Promise<Reading>} read the current decision, re-read on every event
 * @property {(onChange: () => void) => () => void} subscribe returns the unsubscribe
 * @property {() => void | Promise<void>} [grant] allows the chat alone, through the platform
 * @property {() => void | Promise<void>} [revoke] withdraws the chat alone, through the platform
 * @property {() => void} [openSettings] shows the platform's own settings
 */

/**
 * A cookie's value exactly as the platform wrote it: no decoding, because a second decode
 * corrupts values (the `+` in Cookiebot stamps) and the service decodes once itself.
 * @param {string} name
 * @returns {string | null}
 */
export function rawCookie(name) {
  for (const part of document.cookie.split(';')) {
    const entry = part.trim();
    const equals = entry.indexOf('=');
    if (equals > 0 && entry.slice(0, equals) === name) {
      return entry.slice(equals + 1);
    }
  }

  return null;
}

/**
 * Reading local storage is allowed without consent (writing is not); a sandboxed frame or a
 * browser with storage blocked throws on mere access.
 * @param {string} key
 */
export function storedItem(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * The evidence map without absent values.
 * @param {Record<string, string | null | undefined>} entries
 * @returns {Record<string, string>}
 */
export function evidenceOf(entries) {
  /** @type {Record<string, string>} */
  const kept = {};
  for (const [key, value] of Object.entries(entries)) {
    if (typeof value === 'string' && value !== '') {
      kept[key] = value;
    }
  }

  return kept;
}

/**
 * @param {Decision} decision
 * @param {Record<string, string>} evidence
 * @returns {Reading}
 */
export const reading = (decision, evidence) => ({ decision, evidence });

/** @param {boolean} granted @returns {Decision} */
export const grantedIf = (granted) => (granted ? 'granted' : 'denied');

/**
 * Listens to several events on several targets; returns what removes them all.
 * @param {EventTarget[]} targets
 * @param {string[]} names
 * @param {() => void} handler
 */
export function listen(targets, names, handler) {
  for (const target of targets) {
    names.forEach((name) => target.addEventListener(name, handler));
  }

  return () => targets.forEach((target) => names.forEach((name) => target.removeEventListener(name, handler)));
}

/**
 * Platforms often load after the widget (async tags, tag managers, a consent-gated loader), and
 * not all announce it, so the global is polled for a while. Returns the cancel.
 * @template T
 * @param {() => T | null | undefined | false} find
 * @param {(found: T) => void} onFound
 * @param {number} [timeoutMs]
 */
export function whenAvailable(find, onFound, timeoutMs = 15_000) {
  const started = Date.now();
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const attempt = () => {
    const found = safely(find);
    if (found) {
      onFound(found);
    } else if (Date.now() - started < timeoutMs) {
      timer = setTimeout(attempt, 200);
    }
  };
  attempt();
  return () => clearTimeout(timer);
}

/**
 * A platform's API is someone else's code on someone else's page: it may throw before it is
 * initialised, and a throw must read as "no answer", not break the widget.
 * @template T
 * @param {() => T} read
 * @returns {T | null}
 */
export function safely(read) {
  try {
    return read();
  } catch {
    return null;
  }
}

/**
 * JSON a platform stored either raw or through encodeURIComponent (Klaro, Borlabs, orestbida v3).
 * @param {string | null} raw
 * @returns {any}
 */
export function parseStoredJson(raw) {
  if (!raw) {
    return null;
  }

  return safely(() => JSON.parse(raw.startsWith('{') || raw.startsWith('[') ? raw : decodeURIComponent(raw)));
}
