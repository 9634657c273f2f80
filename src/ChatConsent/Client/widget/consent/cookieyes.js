// @ts-check
import { grantedIf, listen, rawCookie, reading, safely, whenAvailable } from './adapter.js';

/**
 * CookieYes: `getCkyConsent()`, consent per category, stored unencoded in `cookieyes-consent`
 * as `consentid:…,consent:yes,action:yes,functional:yes,…`. There is no call that accepts one
 * category, so the opt-in opens CookieYes's own settings.
 * @typedef {import('./adapter.js').Mapping} Mapping
 */

/** @param {Mapping} mapping @returns {import('./adapter.js').Adapter} */
export function createAdapter(mapping) {
  const key = mapping.cookieName ?? 'cookieyes-consent';
  const category = mapping.category ?? 'functional';
  const w = /** @type {any} */ (window);
  const api = () => (typeof w.getCkyConsent === 'function' ? w.getCkyConsent : null);

  const read = () => {
    const raw = rawCookie(key);
    const evidence = raw ? { [key]: raw } : {};
    const consent = api() && safely(() => w.getCkyConsent());
    if (consent && typeof consent.categories === 'object') {
      const decided = consent.isUserActionCompleted === true;
      return reading(decided ? grantedIf(consent.categories[category] === true) : 'undecided', evidence);
    }

    return reading(fromCookie(raw, category), evidence);
  };

  return {
    name: 'cookieYes',
    detect: () => api() !== null,
    read,
    subscribe(onChange) {
      // These document events do not fire for the WordPress plugin unless it is connected to the
      // CookieYes web app; the poll below still finds the API, and the cookie is the fallback.
      const stop = listen([document], ['cookieyes_consent_update', 'cookieyes_banner_load'], onChange);
      const cancel = whenAvailable(api, onChange);
      return () => {
        stop();
        cancel();
      };
    },
    openSettings: () => void (typeof w.revisitCkyConsent === 'function' && w.revisitCkyConsent()),
  };
}

/**
 * Without a visitor action (`action:yes`) the values are the banner's defaults.
 * @param {string | null} raw
 * @param {string} category
 * @returns {import('./adapter.js').Decision}
 */
function fromCookie(raw, category) {
  const fields = new Map((raw ?? '').split(',').map((pair) => /** @type {[string, string]} */ (
    [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 1)])));
  const value = fields.get(category);
  if (fields.get('action') !== 'yes' || (value !== 'yes' && value !== 'no')) {
    return 'undecided';
  }

  return grantedIf(value === 'yes');
}
