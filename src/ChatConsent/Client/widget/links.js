// @ts-check
import { h } from './dom.js';

/**
 * The privacy policy and terms links. They sit in the panel's footer in every state, so that a
 * visitor can read what happens to their data before, while and after they chat.
 *
 * @typedef {import('./i18n.js').Texts} Texts
 * @typedef {import('./api.js').Links} Links
 */

/**
 * Only web links: the URL comes from a site's settings and must not become a script link.
 * @param {string | null} url
 * @param {string} label
 * @param {string} [testId]
 */
export function safeLink(url, label, testId) {
  const parsed = url ? tryUrl(url) : null;
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
    return null;
  }

  return h('a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer', 'data-testid': testId },
    [label]);
}

/**
 * @param {Texts} t
 * @param {Links} links
 * @returns {Node[]} what goes into the footer, in order
 */
export function legalLinks(t, links) {
  const privacy = safeLink(links.privacyPolicy, privacyLabel(t, links), 'chatconsent-privacy-link');
  const terms = safeLink(links.terms, t.terms, 'chatconsent-terms-link');
  const separator = privacy && terms ? h('span', { 'aria-hidden': 'true' }, [' · ']) : null;
  return /** @type {Node[]} */ ([privacy, separator, terms].filter(Boolean));
}

/**
 * The built-in page covers the chat only, so it must not pose as the site's whole policy.
 * @param {Texts} t
 * @param {Links} links
 */
export function privacyLabel(t, links) {
  return links.builtInPrivacyPage ? t.chatPrivacy : t.privacyPolicy;
}

/** @param {string} url */
function tryUrl(url) {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
