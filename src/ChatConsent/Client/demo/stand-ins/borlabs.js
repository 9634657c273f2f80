// @ts-check
// Stand-in for Borlabs Cookie 3, a commercial WordPress plugin that cannot run outside WordPress.
// It imitates the documented subset only: the borlabs-cookie cookie (encoded JSON of service
// group to service ids, with "v3":true), BorlabsCookie.Consents and the borlabs-cookie-after-init /
// borlabs-cookie-consent-saved events; links with the class borlabs-cookie-open-dialog-preferences
// open the banner again, as on a Borlabs 3 site (the shop's "Cookie settings" link has it).
import { hideBanner, randomId, readCookie, showBanner, whenReady, writeCookie } from './shared.js';

const cookieName = 'borlabs-cookie';

// "functional" is a group this shop defined; the chat's service id sits in it.
const offered = { essential: ['borlabs-cookie'], statistics: ['matomo'], functional: ['livechat'] };

/** @type {{consents: Record<string, string[]>, uid: string} | null} */
let state = null;

const Consents = {
  hasConsent: (/** @type {string} */ serviceId) =>
    Object.values(state?.consents ?? {}).some((services) => services.includes(serviceId)),
  hasConsentForServiceGroup: (/** @type {string} */ groupId) => (state?.consents[groupId]?.length ?? 0) > 0,
};

function openDialog() {
  showBanner({ platform: 'Borlabs Cookie', onAccept: () => choose(true), onDecline: () => choose(false) });
}

function choose(/** @type {boolean} */ acceptAll) {
  const consents = acceptAll ? structuredClone(offered) : { essential: offered.essential };
  // Borlabs writes "anonymous" as the uid while only essential services are accepted.
  const uid = acceptAll ? Array.from({ length: 4 }, () => randomId(8)).join('-') : 'anonymous';
  state = { consents, uid };
  writeCookie(cookieName, encodeURIComponent(JSON.stringify({
    consents,
    domainPath: `${location.host}/`,
    expires: new Date(Date.now() + 365 * 86400_000).toUTCString(),
    uid,
    v3: true,
    version: 1,
  })));
  hideBanner();
  // Integrations listen on document or on window; a bubbling event on document reaches both.
  document.dispatchEvent(new CustomEvent('borlabs-cookie-consent-saved', { bubbles: true, detail: { consents } }));
}

function load() {
  try {
    const raw = readCookie(cookieName);
    state = raw === null ? null : JSON.parse(decodeURIComponent(raw));
  } catch {
    state = null;
  }
}

/** @type {any} */ (window).BorlabsCookie = { Consents };
whenReady(() => {
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.borlabs-cookie-open-dialog-preferences')) {
      event.preventDefault();
      openDialog();
    }
  });
  load();
  window.dispatchEvent(new CustomEvent('borlabs-cookie-after-init'));
  if (state === null) {
    openDialog();
  }
});
