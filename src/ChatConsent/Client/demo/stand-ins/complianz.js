// @ts-check
// Stand-in for Complianz, a WordPress plugin that cannot run outside WordPress. It imitates the
// documented subset only: one cmplz_<category> cookie per category (allow or deny) beside
// cmplz_banner-status, cmplz_policy_id and cmplz_id; cmplz_has_consent, cmplz_set_consent and
// cmplz_has_service_consent; and the cmplz_status_change / cmplz_fire_categories document events.
import { hideBanner, onSettingsLink, randomId, readCookie, showBanner, whenReady, writeCookie } from './shared.js';

const prefix = 'cmplz_';
// Complianz's functional category is the always-on, strictly necessary one.
const categories = ['functional', 'preferences', 'statistics', 'marketing'];

/** @param {string} category */
function cmplz_has_consent(category) {
  return category === 'functional' || readCookie(prefix + category) === 'allow';
}

/** @param {string} service */
function cmplz_has_service_consent(service) {
  try {
    const services = JSON.parse(decodeURIComponent(readCookie(`${prefix}consented_services`) ?? '{}'));
    return services[service] ?? false;
  } catch {
    return false;
  }
}

/** @param {string} category @param {string} value allow or deny */
function cmplz_set_consent(category, value) {
  if (!categories.includes(category) || category === 'functional') {
    return;
  }
  writeCookie(prefix + category, value === 'allow' ? 'allow' : 'deny');
  writeCookie(`${prefix}banner-status`, 'dismissed');
  if (readCookie(`${prefix}id`) === null) {
    writeCookie(`${prefix}id`, randomId(16, '0123456789'));
  }
  document.dispatchEvent(new CustomEvent('cmplz_status_change', { detail: { category, value } }));
}

function showCookieBanner() {
  showBanner({ platform: 'Complianz', onAccept: () => chooseAll('allow'), onDecline: () => chooseAll('deny') });
}

function chooseAll(/** @type {string} */ value) {
  writeCookie(`${prefix}functional`, 'allow');
  writeCookie(`${prefix}policy_id`, '12');
  for (const category of categories.slice(1)) {
    cmplz_set_consent(category, value);
  }
  hideBanner();
  const accepted = categories.filter(cmplz_has_consent);
  document.dispatchEvent(new CustomEvent('cmplz_fire_categories', {
    detail: { category: accepted.at(-1), categories: accepted },
  }));
}

Object.assign(window, { cmplz_has_consent, cmplz_has_service_consent, cmplz_set_consent });
whenReady(() => {
  onSettingsLink(showCookieBanner);
  if (readCookie(`${prefix}banner-status`) !== 'dismissed') {
    showCookieBanner();
  }
});
