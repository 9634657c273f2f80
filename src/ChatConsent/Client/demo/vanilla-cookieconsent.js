// @ts-check
// The demo shop's real vanilla-cookieconsent v3 banner, bundled from npm. The ES module sets no
// global, so the page gets window.CookieConsent, as with the library's UMD script tag.
import * as CookieConsent from 'vanilla-cookieconsent';
import 'vanilla-cookieconsent/dist/cookieconsent.css';

const en = {
  consentModal: {
    title: 'We use cookies',
    description: 'A live chat and anonymous statistics need your consent.',
    acceptAllBtn: 'Accept all',
    acceptNecessaryBtn: 'Reject all',
    showPreferencesBtn: 'Manage preferences',
  },
  preferencesModal: {
    title: 'Cookie preferences',
    acceptAllBtn: 'Accept all',
    acceptNecessaryBtn: 'Reject all',
    savePreferencesBtn: 'Save preferences',
    sections: [
      { title: 'Necessary', description: 'Needed for the shop to work.', linkedCategory: 'necessary' },
      { title: 'Functionality', description: 'The live chat with our team.', linkedCategory: 'functionality' },
      { title: 'Analytics', description: 'Anonymous visit statistics.', linkedCategory: 'analytics' },
    ],
  },
};

Object.assign(window, { CookieConsent });
const config = {
  // By default the banner hides from browsers that report navigator.webdriver, which includes
  // the browser tests that drive this page.
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    // The chat's cookie is deliberately not in autoClear: the demo should show the widget
    // deleting it on a withdrawal, not the banner.
    functionality: { services: { chatconsent: { label: 'Live chat' } } },
    analytics: {},
  },
  language: { default: 'en', translations: { en } },
};

// The banner attaches to the body, which does not exist yet while the head runs this script.
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => CookieConsent.run(config), { once: true });
} else {
  CookieConsent.run(config);
}
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-cookie-settings]')) {
    event.preventDefault();
    CookieConsent.showPreferences();
  }
});
