// @ts-check
import { listen, parseStoredJson, rawCookie, reading, safely, whenAvailable } from './adapter.js';

/**
 * Borlabs Cookie 2.x (`BorlabsCookie.checkCookieConsent`) and 3.x (`BorlabsCookie.Consents
 * .hasConsent`): consent per service id, in whatever service group the site chose, stored in the
 * `borlabs-cookie` cookie as encodeURIComponent(JSON). Neither version documents a call that
 * grants one service, so the opt-in opens Borlabs's own preferences.
 * @typedef {import('./adapter.js').Mapping} Mapping
 */

/** @param {Mapping} mapping @returns {import('./adapter.js').Adapter} */
export function createAdapter(mapping) {
  const key = mapping.cookieName ?? 'borlabs-cookie';
  const service = mapping.service ?? 'livechat';
  const group = mapping.category;

  // 3.x has Consents; 2.x has checkCookieConsent. Upgrades broke integrations that assumed one.
  const hasConsent = () => {
    const borlabs = /** @type {any} */ (window).BorlabsCookie;
    if (typeof borlabs?.Consents?.hasConsent === 'function') {
      return (/** @type {string} */ id) => borlabs.Consents.hasConsent(id);
    }

    return typeof borlabs?.checkCookieConsent === 'function'
      ? (/** @type {string} */ id) => borlabs.checkCookieConsent(id)
      : null;
  };

  const read = () => {
    const raw = rawCookie(key);
    const evidence = raw ? { [key]: raw } : {};

    // Both versions keep the choice only in this cookie: without it nobody has chosen yet. The
    // API cannot restrict the answer to one group, so a site that names a group is read from the
    // cookie, as the service reads it.
    if (!raw) {
      return reading('undecided', evidence);
    }

    const check = group ? null : hasConsent();
    const api = check && safely(() => check(service));
    return reading(api === true ? 'granted' : api === false ? 'denied' : fromCookie(raw, service, group), evidence);
  };

  return {
    name: 'borlabs',
    detect: () => hasConsent() !== null,
    read,
    subscribe(onChange) {
      // Integrations listen on document, on window or through jQuery; the native ones are caught.
      const stop = listen([document, window], ['borlabs-cookie-consent-saved', 'borlabs-cookie-after-init'], onChange);
      const cancel = whenAvailable(hasConsent, onChange);
      return () => {
        stop();
        cancel();
      };
    },
    openSettings: () => {
      const borlabs = /** @type {any} */ (window).BorlabsCookie;
      if (typeof borlabs?.openCookiePreference === 'function') {
        borlabs.openCookiePreference();
        return;
      }

      // Borlabs's own "cookie preferences" links: the 2.x widget class and the 3.x action class.
      const link = document.querySelector('.borlabs-cookie-preference, .borlabs-cookie-open-dialog-preferences');
      /** @type {HTMLElement | null} */ (link)?.click();
    },
  };
}

/**
 * @param {string} raw
 * @param {string} service
 * @param {string | null} group
 * @returns {import('./adapter.js').Decision}
 */
function fromCookie(raw, service, group) {
  const consents = parseStoredJson(raw)?.consents;
  if (!consents || typeof consents !== 'object') {
    return 'undecided';
  }

  const found = Object.entries(consents)
    .some(([name, ids]) => Array.isArray(ids) && ids.includes(service) && (!group || name === group));
  return found ? 'granted' : 'denied';
}
