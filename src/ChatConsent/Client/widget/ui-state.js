// @ts-check

/**
 * Whether the panel was open, so that the next page of the site shows it the same way. Kept in
 * sessionStorage, gone with the tab, and written only for a visitor whose consent holds (the
 * chat module asks only then); without consent the widget writes no storage at all.
 */
const key = 'chatconsent.open';

/** @param {boolean} open */
export function rememberOpen(open) {
  try {
    if (open) {
      sessionStorage.setItem(key, '1');
    } else {
      sessionStorage.removeItem(key);
    }
  } catch {
    // Storage can be switched off; the panel then simply starts closed on the next page.
  }
}

export function wasOpen() {
  try {
    return sessionStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}
