// @ts-check
// Stand-in for Cookiebot, whose real script (uc.js) loads only from Cookiebot's servers. It
// imitates the documented subset only: the CookieConsent cookie (a JavaScript object literal with
// ' and , percent-encoded), window.Cookiebot and the CookiebotOn* window events and callbacks.
import { hideBanner, onSettingsLink, randomId, readCookie, showBanner, whenReady, writeCookie } from './shared.js';

const cookieName = 'CookieConsent';
const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** @type {{necessary: boolean, preferences: boolean, statistics: boolean, marketing: boolean,
 *   method: string | null, stamp: string}} */
const consent = {
  necessary: true, preferences: false, statistics: false, marketing: false, method: null, stamp: '0',
};

const Cookiebot = {
  consent,
  consented: false,
  declined: false,
  hasResponse: false,
  doNotTrack: false,
  changed: false,
  consentUTC: /** @type {Date | null} */ (null),
  show: () => showBanner({ platform: 'Cookiebot', onAccept: () => submit(true, true, true), onDecline: decline }),
  hide: hideBanner,
  renew: () => Cookiebot.show(),
  withdraw: () => submit(false, false, false),
  /** The per-category choice a custom banner submits; true for every category opted in. */
  submitCustomConsent: (/** @type {boolean} */ preferences, /** @type {boolean} */ statistics,
    /** @type {boolean} */ marketing) => submit(preferences, statistics, marketing),
  runScripts: () => {},
};

function decline() {
  submit(false, false, false);
}

function submit(/** @type {boolean} */ preferences, /** @type {boolean} */ statistics,
  /** @type {boolean} */ marketing) {
  const utc = Date.now();
  if (consent.stamp === '0') {
    consent.stamp = `${randomId(54, base64)}==`;
  }
  Object.assign(consent, { preferences, statistics, marketing, method: 'explicit' });
  Cookiebot.changed = true;
  writeCookie(cookieName, encode(utc));
  apply(new Date(utc));
  hideBanner();
  fire(preferences || statistics || marketing ? 'OnAccept' : 'OnDecline');
  fire('OnConsentReady');
}

// Cookiebot writes an object literal, not JSON, and percent-encodes only ' and , in it.
function encode(/** @type {number} */ utc) {
  const literal = `{stamp:'${consent.stamp}',necessary:true,preferences:${consent.preferences},`
    + `statistics:${consent.statistics},marketing:${consent.marketing},method:'explicit',ver:1,`
    + `utc:${utc},region:'de'}`;
  return literal.replaceAll("'", '%27').replaceAll(',', '%2C');
}

function load() {
  const raw = readCookie(cookieName);
  if (raw === null) {
    return false;
  }
  const literal = decodeURIComponent(raw);
  for (const category of ['preferences', 'statistics', 'marketing']) {
    /** @type {any} */ (consent)[category] = literal.includes(`${category}:true`);
  }
  consent.stamp = /stamp:'([^']*)'/.exec(literal)?.[1] ?? '0';
  consent.method = /method:'([^']*)'/.exec(literal)?.[1] ?? 'implied';
  const utc = Number(/utc:(\d+)/.exec(literal)?.[1]);
  apply(Number.isFinite(utc) ? new Date(utc) : null);
  return true;
}

function apply(/** @type {Date | null} */ at) {
  Cookiebot.hasResponse = true;
  Cookiebot.consented = consent.preferences || consent.statistics || consent.marketing;
  Cookiebot.declined = !Cookiebot.consented;
  Cookiebot.consentUTC = at;
}

// Each event exists both as a window event and as an optional global callback function.
function fire(/** @type {string} */ name) {
  window.dispatchEvent(new Event(`Cookiebot${name}`));
  const callback = /** @type {any} */ (window)[`CookiebotCallback_${name}`];
  if (typeof callback === 'function') {
    callback();
  }
}

/** @type {any} */ (window).Cookiebot = Cookiebot;
whenReady(() => {
  onSettingsLink(Cookiebot.renew);
  const known = load();
  fire('OnLoad');
  if (known) {
    // Cookiebot fires OnAccept again on every page load for a visitor who consented before.
    fire(Cookiebot.consented ? 'OnAccept' : 'OnDecline');
    fire('OnConsentReady');
  } else {
    Cookiebot.show();
    fire('OnDialogDisplay');
  }
});
