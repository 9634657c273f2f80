// @ts-check

/**
 * One lazily imported module per platform (the config's `consent.platform`), so a page loads
 * only the adapter of the platform its site uses.
 * @type {Record<string, () => Promise<{ createAdapter: (mapping: import('./adapter.js').Mapping)
 *   => import('./adapter.js').Adapter }>>}
 */
export const adapters = {
  cookiebot: () => import('./cookiebot.js'),
  borlabs: () => import('./borlabs.js'),
  usercentrics: () => import('./usercentrics.js'),
  klaro: () => import('./klaro.js'),
  vanillaCookieConsent: () => import('./vanilla-cookieconsent.js'),
  oneTrust: () => import('./onetrust.js'),
  cookieYes: () => import('./cookieyes.js'),
  complianz: () => import('./complianz.js'),
  tcf: () => import('./tcf.js'),
};
