// @ts-check

/**
 * The widget's bootstrap over HTTP: the config with the privacy notice, and the recording of
 * consent. Neither request carries or sets a cookie; the service answers CORS for the site's
 * allowed origins only.
 */

/**
 * @typedef {object} Notice
 * @property {string} language
 * @property {string} title
 * @property {string[]} paragraphs
 * @property {string} acceptLabel
 * @property {string} declineLabel
 * @property {string | null} privacyPolicyUrl
 * @property {string} version derived from the text; consent is recorded against it
 *
 * @typedef {{ name: string, maxAgeSeconds: number | null }} IdentityCookie
 *
 * @typedef {object} WidgetConfig
 * @property {string} siteKey
 * @property {string} siteName
 * @property {string} language
 * @property {string} consentMode
 * @property {Notice} notice
 * @property {IdentityCookie} cookie
 *
 * @typedef {{ visitorId: string, token: string, consentRecordId: string, cookie: IdentityCookie }} Consent
 */

/** A refusal from the service, carrying the stable code of its problem response. */
export class ProblemError extends Error {
  /**
   * @param {number} status
   * @param {string | null} code
   * @param {string} message
   */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * @param {URL} base the folder widget.js was loaded from
 * @param {string} siteKey
 * @param {string} language
 * @returns {Promise<WidgetConfig>}
 */
export function getConfig(base, siteKey, language) {
  const url = new URL(`api/widget/${encodeURIComponent(siteKey)}/config`, base);
  url.searchParams.set('lang', language);
  return request(url, { method: 'GET' });
}

/**
 * @param {URL} base
 * @param {string} siteKey
 * @param {Notice} notice the notice exactly as it was shown
 * @param {string | null} token a still valid identity keeps the visitor's conversations
 * @returns {Promise<Consent>}
 */
export function postConsent(base, siteKey, notice, token) {
  const url = new URL(`api/widget/${encodeURIComponent(siteKey)}/consent`, base);
  /** @type {Record<string, string>} */
  const headers = { 'Content-Type': 'application/json' };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }

  const body = JSON.stringify({ noticeVersion: notice.version, language: notice.language });
  return request(url, { method: 'POST', headers, body });
}

/**
 * @param {URL} url
 * @param {RequestInit} init
 */
async function request(url, init) {
  const response = await fetch(url, { ...init, credentials: 'omit', mode: 'cors' });
  if (!response.ok) {
    throw await problemOf(response);
  }

  return response.json();
}

/** @param {Response} response */
async function problemOf(response) {
  try {
    const problem = await response.json();
    return new ProblemError(response.status, problem.code ?? null, problem.title ?? response.statusText);
  } catch {
    return new ProblemError(response.status, null, response.statusText);
  }
}
