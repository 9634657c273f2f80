// @ts-check

/**
 * The page the visitor is on, for the agent: reported after each (re)connect and whenever the
 * host page navigates without a reload. Never in privacy mode and never when the browser sends
 * Global Privacy Control: then the widget does not even watch the page's navigation.
 *
 * @typedef {{ url: string, referrer: string | null }} Page
 */

/** Single-page apps often replace the address several times in a row; only the last counts. */
const settleMs = 300;

/** @type {Set<() => void>} */
const listeners = new Set();
let watching = false;

/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;

/** @param {import('./api.js').WidgetConfig} config */
export function pageReportsAllowed(config) {
  return !config.privacyMode && /** @type {any} */ (navigator).globalPrivacyControl !== true;
}

/** @returns {Page} */
export function currentPage() {
  return { url: location.href, referrer: document.referrer || null };
}

/**
 * Calls onChange, settled, after the host page changed its address without a reload.
 * @param {() => void} onChange
 */
export function watchNavigation(onChange) {
  listeners.add(onChange);
  if (!watching) {
    watching = true;
    wrapHistory();
    window.addEventListener('popstate', changed);
  }
}

/**
 * There is no event for pushState and replaceState, so they are wrapped on the page's history
 * object. The wrapper keeps `this`, the arguments, the result and any exception of the page's
 * own call, and reacts only later in a timer, so that nothing of ours can break the page's code.
 * It is never unwrapped, because a script that wrapped after us would lose its own wrapper.
 */
function wrapHistory() {
  for (const name of /** @type {const} */ (['pushState', 'replaceState'])) {
    const original = history[name];
    if (typeof original !== 'function') {
      continue;
    }

    history[name] = /** @this {History} */ function (...args) {
      const result = original.apply(this, /** @type {Parameters<History['pushState']>} */ (args));
      changed();
      return result;
    };
  }
}

function changed() {
  clearTimeout(timer);
  timer = setTimeout(notify, settleMs);
}

function notify() {
  for (const listener of listeners) {
    try {
      listener();
    } catch (error) {
      console.warn('ChatConsent: the page could not be reported.', error);
    }
  }
}
