// @ts-check
// How ids and times read in the console. Locale-aware through Intl, in the browser's language.

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * A short, stable name for an anonymous visitor. The ids are UUIDv7, whose leading characters
 * are a timestamp shared by everyone who arrived in the same minute, so the label uses the
 * random tail instead.
 * @param {string} visitorId
 */
export function visitorLabel(visitorId) {
  return `Visitor ${visitorId.replaceAll('-', '').slice(-8)}`;
}

/**
 * "just now", "5 min ago", "3 h ago", then a date: enough to see at a glance who has waited.
 * @param {string} iso
 * @param {number} [now]
 */
export function relativeTime(iso, now = Date.now()) {
  const elapsed = Math.max(0, now - Date.parse(iso));
  if (elapsed < minute) {
    return 'just now';
  }

  if (elapsed < hour) {
    return `${Math.floor(elapsed / minute)} min ago`;
  }

  if (elapsed < day) {
    return `${Math.floor(elapsed / hour)} h ago`;
  }

  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/**
 * The time of a message: only the clock for today, with the date before that.
 * @param {string} iso
 */
export function messageTime(iso) {
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  const clock = { hour: '2-digit', minute: '2-digit' };
  return today
    ? date.toLocaleTimeString(undefined, /** @type {Intl.DateTimeFormatOptions} */ (clock))
    : date.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/**
 * The full local date and time, for tooltips.
 * @param {string} iso
 */
export function fullTime(iso) {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'medium' });
}
