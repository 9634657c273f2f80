// @ts-check

/**
 * The visitor's identity token lives in a first-party cookie on the host page, written only
 * after consent. Reading is always allowed: it stores nothing and finds a returning visitor.
 */

/**
 * The name the server gives a site's cookie; the config names it authoritatively once loaded.
 * One per site, since two sites' pages can share one origin.
 * @param {string} siteKey
 */
export const cookieNameFor = (siteKey) => `chatconsent_visitor_${siteKey}`;

/**
 * @param {string} name
 * @returns {string | null}
 */
export function readCookie(name) {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : null;
}

/**
 * @param {string} name
 * @param {string} value
 * @param {number | null} maxAgeSeconds null for a session cookie
 */
export function writeCookie(name, value, maxAgeSeconds) {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'SameSite=Lax'];
  if (maxAgeSeconds != null) {
    parts.push(`Max-Age=${Math.floor(maxAgeSeconds)}`);
  }

  // A plain-http page cannot set a Secure cookie at all, so the flag follows the page.
  if (location.protocol === 'https:') {
    parts.push('Secure');
  }

  document.cookie = parts.join('; ');
}

/** @param {string} name */
export function removeCookie(name) {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${name}=; Path=/; Max-Age=0; SameSite=Lax${secure}`;
}
