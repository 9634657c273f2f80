// @ts-check
import { grantedIf, listen, rawCookie, reading, whenAvailable } from './adapter.js';

/**
 * Cookiebot: the `Cookiebot` global, consent per category only (necessary, preferences,
 * statistics, marketing), stored in the `CookieConsent` cookie as a JavaScript object literal.
 * @typedef {import('./adapter.js').Mapping} Mapping
 */

const categories = ['preferences', 'statistics', 'marketing'];

/** @param {Mapping} mapping @returns {import('./adapter.js').Adapter} */
export function createAdapter(mapping) {
  const key = mapping.cookieName ?? 'CookieConsent';
  const category = mapping.category ?? 'preferences';
  const api = () => {
    const bot = /** @type {any} */ (window).Cookiebot;
    return bot && typeof bot.consent === 'object' ? bot : null;
  };

  const read = () => {
    const raw = rawCookie(key);
    const evidence = raw ? { [key]: raw } : {};
    const bot = api();
    if (bot) {
      // An implied answer (method 'implied', or stamp '-1' outside consent regions) is nobody's
      // choice; the service counts it as undecided by default, so the widget does too.
      const implied = bot.consent.method !== 'explicit' || bot.consent.stamp === '-1';
      return reading(!bot.hasResponse || implied ? 'undecided' : grantedIf(bot.consent[category] === true), evidence);
    }

    return reading(fromCookie(raw, category), evidence);
  };

  /**
   * submitCustomConsent(preferences, statistics, marketing) replaces the whole choice, so the
   * other categories are passed on as the visitor left them.
   * @param {boolean} value
   */
  const submit = (value) => {
    const bot = api();
    const keep = (/** @type {string} */ name) => (name === category ? value : bot.hasResponse && bot.consent[name] === true);
    bot.submitCustomConsent(...categories.map(keep));
  };

  return {
    name: 'cookiebot',
    detect: () => api() !== null,
    read,
    subscribe(onChange) {
      // CookiebotOnAccept also fires on every page load for a visitor who accepted before; the
      // state is re-read each time, so a repeat is harmless.
      const names = ['CookiebotOnConsentReady', 'CookiebotOnLoad', 'CookiebotOnAccept', 'CookiebotOnDecline'];
      const stop = listen([window], names, onChange);
      const cancel = whenAvailable(api, onChange);
      return () => {
        stop();
        cancel();
      };
    },
    grant: () => submit(true),
    revoke: () => submit(false),
    openSettings: () => api()?.renew(),
  };
}

/**
 * The literal is `{stamp:'…',necessary:true,preferences:false,…,method:'explicit',…}` with only
 * `'` and `,` percent-encoded; the whole value `-1` means "no consent required here" (implied).
 * @param {string | null} raw
 * @param {string} category
 * @returns {import('./adapter.js').Decision}
 */
function fromCookie(raw, category) {
  if (!raw || raw === '-1') {
    return 'undecided';
  }

  const text = raw.replace(/%27/g, "'").replace(/%2C/gi, ',');
  const value = new RegExp(`[{,]${category}:(true|false)[,}]`).exec(text);
  if (!value || !/[{,]method:'explicit'[,}]/.test(text) || /[{,]stamp:'-1'/.test(text)) {
    return 'undecided';
  }

  return grantedIf(value[1] === 'true');
}
