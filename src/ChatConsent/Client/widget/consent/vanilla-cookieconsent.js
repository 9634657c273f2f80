// @ts-check
import { grantedIf, listen, parseStoredJson, rawCookie, reading, storedItem, whenAvailable } from './adapter.js';

/**
 * orestbida vanilla-cookieconsent v3: the `CookieConsent` global, consent per category (and per
 * service within it), stored as encodeURIComponent(JSON) in `cc_cookie`, or raw JSON in local
 * storage with `useLocalStorage`. The v2 cookie (raw JSON with `level`) is read as a fallback.
 * @typedef {import('./adapter.js').Mapping} Mapping
 */

/** @param {Mapping} mapping @returns {import('./adapter.js').Adapter} */
export function createAdapter(mapping) {
  const key = mapping.cookieName ?? 'cc_cookie';
  const category = mapping.category ?? 'functionality';
  const service = mapping.service;

  // The UMD bundle defines the global at once, but it knows nothing until run() has read the
  // cookie; run() sets window._ccRun first thing.
  const api = () => {
    const w = /** @type {any} */ (window);
    return w.CookieConsent && typeof w.CookieConsent.validConsent === 'function' && w._ccRun ? w.CookieConsent : null;
  };

  const read = () => {
    const raw = rawCookie(key) ?? storedItem(key);
    const evidence = raw ? { [key]: raw } : {};
    const cc = api();
    if (cc) {
      const accepted = cc.acceptedCategory(category) && (!service || cc.acceptedService(service, category));
      return reading(cc.validConsent() ? grantedIf(accepted) : 'undecided', evidence);
    }

    return reading(fromStored(parseStoredJson(raw), category, service), evidence);
  };

  /** @param {boolean} value */
  const save = (value) => {
    const cc = api();
    const preferences = cc.getUserPreferences();
    if (service) {
      const others = (preferences.acceptedServices[category] ?? []).filter((/** @type {string} */ s) => s !== service);
      cc.acceptService(value ? [...others, service] : others, category);
      return;
    }

    // acceptCategory sets the accepted list as given, so the visitor's other choices are kept.
    const others = preferences.acceptedCategories.filter((/** @type {string} */ c) => c !== category);
    cc.acceptCategory(value ? [...others, category] : others);
  };

  return {
    name: 'vanillaCookieConsent',
    detect: () => api() !== null,
    read,
    subscribe(onChange) {
      const stop = listen([window], ['cc:onFirstConsent', 'cc:onConsent', 'cc:onChange'], onChange);
      const cancel = whenAvailable(api, onChange);
      return () => {
        stop();
        cancel();
      };
    },
    grant: () => save(true),
    revoke: () => save(false),
    openSettings: () => api()?.showPreferences(),
  };
}

/**
 * The same rule as the service's reader: the category must be accepted and, where the cookie
 * lists services for it, the chat's service too.
 * @param {any} stored
 * @param {string} category
 * @param {string | null} service
 * @returns {import('./adapter.js').Decision}
 */
function fromStored(stored, category, service) {
  const categories = stored?.categories ?? stored?.level;
  if (!Array.isArray(categories)) {
    return 'undecided';
  }

  const listed = stored.services?.[category];
  const serviceOk = !service || !Array.isArray(listed) || listed.includes(service);
  return grantedIf(categories.includes(category) && serviceOk);
}
