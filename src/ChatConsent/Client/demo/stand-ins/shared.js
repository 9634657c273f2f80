// @ts-check
// What every stand-in shares: a small accept/decline banner that says plainly that it imitates a
// proprietary platform, and first-party cookie helpers like the ones such platforms use.

/**
 * @typedef {object} BannerOptions
 * @property {string} platform the imitated platform's name, shown in the banner
 * @property {() => void} onAccept
 * @property {() => void} onDecline
 */

const bannerId = 'standin-banner';

/** Shows the banner (once); the page's "Cookie settings" link shows it again. */
export function showBanner(/** @type {BannerOptions} */ options) {
  hideBanner();
  const banner = document.createElement('div');
  banner.id = bannerId;
  banner.setAttribute('role', 'dialog');
  banner.setAttribute('aria-label', `Cookie banner (stand-in for ${options.platform})`);
  banner.style.cssText = 'position:fixed;left:1rem;bottom:1rem;max-width:22rem;padding:1rem;z-index:1000;'
    + 'background:#fff;color:#222;border:2px dashed #b00;border-radius:6px;font:14px/1.4 sans-serif;'
    + 'box-shadow:0 4px 16px rgba(0,0,0,.2)';
  banner.innerHTML = `<strong>Stand-in for ${options.platform}</strong>
    <p>This shop uses cookies for a live chat and statistics. This banner only imitates
    ${options.platform}'s documented cookie and JavaScript API.</p>`;
  banner.append(button('standin-accept', 'Accept all', options.onAccept),
    button('standin-decline', 'Decline', options.onDecline));
  document.body.append(banner);
}

export function hideBanner() {
  document.getElementById(bannerId)?.remove();
}

/** Calls the handler when the visitor follows the page's "Cookie settings" link. */
export function onSettingsLink(/** @type {() => void} */ handler) {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element && event.target.closest('[data-cookie-settings]');
    if (link) {
      event.preventDefault();
      handler();
    }
  });
}

/** Runs once the body exists: the stand-ins load in the head, as their originals do. */
export function whenReady(/** @type {() => void} */ start) {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
}

/** Writes a first-party cookie; the value must already be in the platform's own encoding. */
export function writeCookie(/** @type {string} */ name, /** @type {string} */ value, days = 365) {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${name}=${value}; Max-Age=${days * 86400}; Path=/; SameSite=Lax${secure}`;
}

/** The raw value as the browser holds it, still in the platform's own encoding. */
export function readCookie(/** @type {string} */ name) {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return entry === undefined ? null : entry.slice(prefix.length);
}

export function deleteCookie(/** @type {string} */ name) {
  document.cookie = `${name}=; Max-Age=0; Path=/`;
}

/** A random id in the alphabet the platform's ids use. */
export function randomId(/** @type {number} */ length, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789') {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

/** Whether the browser sends Global Privacy Control; some platforms record it. */
export const globalPrivacyControl = () => /** @type {any} */ (navigator).globalPrivacyControl === true;

function button(/** @type {string} */ id, /** @type {string} */ label, /** @type {() => void} */ onClick) {
  const element = document.createElement('button');
  element.id = id;
  element.type = 'button';
  element.textContent = label;
  element.style.cssText = 'margin-right:.5rem;padding:.4rem .8rem;cursor:pointer';
  element.addEventListener('click', onClick);
  return element;
}
