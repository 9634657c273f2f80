// @ts-check

/**
 * The unread badge on the closed chat button: the number of agent replies the visitor has not
 * had on screen, from the visitor's read mark on the server, so it is the same in every tab and
 * after a reload. The count is drawn for the eye; the button's label carries it for screen
 * readers, so the badge itself stays hidden from them.
 */

/** Above this the badge says "9+": the point is that someone answered, not how often. */
const maxShown = 9;

/**
 * @param {import('./i18n.js').ButtonTexts} t
 * @param {number} count
 */
export function unreadLabel(t, count) {
  return count === 1 ? t.unreadOne : t.unreadMany.replace('{count}', String(count));
}

/**
 * @param {HTMLElement} badge
 * @param {number} count
 */
export function drawBadge(badge, count) {
  badge.textContent = count > maxShown ? `${maxShown}+` : count > 0 ? String(count) : '';
  badge.setAttribute('aria-hidden', 'true');
  badge.dataset.testid = 'chatconsent-unread';
}
