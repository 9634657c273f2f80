// @ts-check

/**
 * Whether the panel was open, so that the next page of the site shows it the same way. Kept in
 * sessionStorage, gone with the tab, and written only for a visitor whose consent holds (the
 * chat module asks only then); without consent the widget writes no storage at all.
 */
/**
 * One entry per site, as with the identity cookie: two sites' pages can share one origin.
 * @param {string} siteKey
 */
const keyFor = (siteKey) => `chatconsent.open.${siteKey}`;

/** @param {string} siteKey @param {boolean} open */
export function rememberOpen(siteKey, open) {
  try {
    if (open) {
      sessionStorage.setItem(keyFor(siteKey), '1');
    } else {
      sessionStorage.removeItem(keyFor(siteKey));
    }
  } catch {
    // Storage can be switched off; the panel then simply starts closed on the next page.
  }
}

/** @param {string} siteKey */
export function wasOpen(siteKey) {
  try {
    return sessionStorage.getItem(keyFor(siteKey)) === '1';
  } catch {
    return false;
  }
}
