// @ts-check
// The demo shop's own minimal TCF v2.2 CMP: a banner that encodes the visitor's choice with the
// IAB's reference library (@iabtcf/core), keeps it in the euconsent-v2 cookie and answers
// __tcfapi through @iabtcf/cmpapi. The chat is publisher custom purpose 1, "live chat": a chat is
// no TCF purpose and no GVL vendor, so only the publisher TC segment can carry its consent.
import { CmpApi } from '@iabtcf/cmpapi';
import { GVL, Segment, TCModel, TCString } from '@iabtcf/core';
import { vendorList } from './tcf-vendor-list.js';

const cookieName = 'euconsent-v2';
// CMP ids are registered with the IAB; 2 is the lowest the API accepts and stands for "demo".
const cmpId = 2;
const cmpVersion = 1;
const liveChatPurpose = 1;

const gvl = new GVL(vendorList);
// displayConsentUi is no standard command but a widespread CMP extension: a page's scripts (and
// the chat's opt-in) use it to reopen the banner, since the TCF API has no command that grants.
const cmpApi = new CmpApi(cmpId, cmpVersion, true, {
  displayConsentUi: (/** @type {(result: boolean, success: boolean) => void} */ callback) => {
    showBanner();
    callback(true, true);
  },
});

async function encode(/** @type {boolean} */ accept) {
  await gvl.readyPromise;
  const model = new TCModel(gvl);
  Object.assign(model, { cmpId, cmpVersion, isServiceSpecific: true, publisherCountryCode: 'DE' });
  model.consentLanguage = document.documentElement.lang === 'de' ? 'DE' : 'EN';
  model.numCustomPurposes = 1;
  if (accept) {
    model.setAllPurposeConsents();
    model.setAllVendorConsents();
    model.publisherConsents.set([1, 8, 9]);
    model.publisherCustomConsents.set(liveChatPurpose);
  }
  model.vendorsDisclosed.set(1);
  // TCF 2.3 makes the disclosed-vendors segment mandatory; the publisher segment carries the chat.
  return TCString.encode(model, { segments: [Segment.CORE, Segment.VENDORS_DISCLOSED, Segment.PUBLISHER_TC] });
}

async function choose(/** @type {boolean} */ accept) {
  const tcString = await encode(accept);
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  // The policy asks CMPs to renew consent at least every 13 months.
  document.cookie = `${cookieName}=${tcString}; Max-Age=${395 * 86400}; Path=/; SameSite=Lax${secure}`;
  hideBanner();
  cmpApi.update(tcString, false);
}

function storedString() {
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${cookieName}=`));
  return entry?.slice(cookieName.length + 1) ?? null;
}

function showBanner() {
  hideBanner();
  const banner = document.createElement('div');
  banner.id = 'tcf-banner';
  banner.setAttribute('role', 'dialog');
  banner.style.cssText = 'position:fixed;inset:auto 0 0 0;padding:1rem 2rem;background:#1d3557;color:#fff;'
    + 'font:14px/1.4 sans-serif;z-index:1000';
  banner.innerHTML = `<strong>Your privacy</strong>
    <p>We and one partner store information on your device for statistics, and our own live chat
    (custom purpose "live chat") needs your consent too. Choose below; change it any time under
    "Cookie settings".</p>`;
  banner.append(button('tcf-accept', 'Accept all', () => choose(true)),
    button('tcf-reject', 'Reject all', () => choose(false)));
  document.body.append(banner);
  cmpApi.update(storedString() ?? '', true);
}

function hideBanner() {
  document.getElementById('tcf-banner')?.remove();
}

function button(/** @type {string} */ id, /** @type {string} */ label, /** @type {() => void} */ onClick) {
  const element = document.createElement('button');
  Object.assign(element, { id, type: 'button', textContent: label });
  element.style.cssText = 'margin-right:.5rem;padding:.4rem .8rem;cursor:pointer';
  element.addEventListener('click', onClick);
  return element;
}

function start() {
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-cookie-settings]')) {
      event.preventDefault();
      showBanner();
    }
  });
  const stored = storedString();
  if (stored === null) {
    showBanner();
  } else {
    cmpApi.update(stored, false);
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else {
  start();
}
