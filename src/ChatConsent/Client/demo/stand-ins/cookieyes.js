// @ts-check
// Stand-in for CookieYes, whose real script loads only from CookieYes's CDN. It imitates the
// documented subset only: the cookieyes-consent cookie (unencoded key:value pairs joined by
// commas), getCkyConsent(), revisitCkyConsent() and the cookieyes_banner_load /
// cookieyes_consent_update document events.
import { hideBanner, onSettingsLink, randomId, readCookie, showBanner, whenReady, writeCookie } from './shared.js';

const cookieName = 'cookieyes-consent';
const categories = ['necessary', 'functional', 'analytics', 'performance', 'advertisement', 'other'];
const idAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** @type {Record<string, string>} Every field as CookieYes writes it: yes, no, or empty (undecided). */
const fields = { consentid: randomId(32, idAlphabet), consent: '', action: '' };
for (const category of categories) {
  fields[category] = '';
}

function getCkyConsent() {
  return {
    activeLaw: 'gdpr',
    categories: Object.fromEntries(categories.slice(0, 5)
      .map((c) => [c, c === 'necessary' || fields[c] === 'yes'])),
    isUserActionCompleted: fields.action === 'yes',
    consentID: fields.consentid,
    languageCode: document.documentElement.lang || 'en',
  };
}

function revisitCkyConsent() {
  showBanner({ platform: 'CookieYes', onAccept: () => choose(true), onDecline: () => choose(false) });
}

function choose(/** @type {boolean} */ acceptAll) {
  for (const category of categories) {
    fields[category] = category === 'necessary' || acceptAll ? 'yes' : 'no';
  }
  Object.assign(fields, { consent: acceptAll ? 'yes' : 'no', action: 'yes' });
  save();
  hideBanner();
  const accepted = categories.filter((c) => fields[c] === 'yes');
  const rejected = categories.filter((c) => fields[c] === 'no');
  document.dispatchEvent(new CustomEvent('cookieyes_consent_update', { detail: { accepted, rejected } }));
}

// No encoding at all: the commas are why a server must read the raw Cookie header.
function save() {
  writeCookie(cookieName, Object.entries(fields).map(([key, value]) => `${key}:${value}`).join(','));
}

function load() {
  const raw = readCookie(cookieName);
  for (const pair of raw?.split(',') ?? []) {
    const colon = pair.indexOf(':');
    if (colon > 0 && pair.slice(0, colon) in fields) {
      fields[pair.slice(0, colon)] = pair.slice(colon + 1);
    }
  }
  return raw !== null;
}

Object.assign(window, { getCkyConsent, revisitCkyConsent });
whenReady(() => {
  onSettingsLink(revisitCkyConsent);
  // CookieYes writes the cookie with empty values on the first view, before any choice.
  if (!load()) {
    save();
  }
  document.dispatchEvent(new CustomEvent('cookieyes_banner_load', { detail: getCkyConsent() }));
  if (fields.action !== 'yes') {
    revisitCkyConsent();
  }
});
