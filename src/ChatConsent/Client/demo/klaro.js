// @ts-check
// The demo shop's real Klaro consent manager, bundled from npm. Klaro's UMD bundle sets no global
// when bundled as a module, so the page gets window.klaro, as with Klaro's own script tag.
import * as klaro from 'klaro';

/** @type {any} */
const config = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 365,
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  // Bottom left, so that the notice does not sit under the chat button in the right corner.
  styling: { theme: ['light', 'bottom', 'left'] },
  lang: document.documentElement.lang === 'de' ? 'de' : 'en',
  translations: {
    zz: { privacyPolicyUrl: '/' },
    en: {
      purposes: { functional: { title: 'Service' }, analytics: { title: 'Statistics' } },
      chatconsent: { description: 'Lets you chat with our team; remembers your conversation.' },
      matomo: { description: 'Counts visits anonymously.' },
    },
    de: {
      purposes: { functional: { title: 'Service' }, analytics: { title: 'Statistik' } },
      chatconsent: { description: 'Damit Sie mit unserem Team chatten können; merkt sich Ihr Gespräch.' },
      matomo: { description: 'Zählt Besuche anonym.' },
    },
  },
  // The chat's cookie is deliberately not listed under "cookies": Klaro would delete it on a
  // withdrawal itself, and the demo should show the widget doing that.
  services: [
    { name: 'chatconsent', title: 'Live chat', purposes: ['functional'], default: false },
    { name: 'matomo', title: 'Matomo', purposes: ['analytics'], default: false },
  ],
};

Object.assign(window, { klaro, klaroConfig: config });
klaro.setup(config);
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-cookie-settings]')) {
    event.preventDefault();
    klaro.show(config, true);
  }
});
