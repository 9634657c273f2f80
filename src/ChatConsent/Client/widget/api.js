// @ts-check
import { EvidenceHeader } from './evidence.js';

/**
 * The widget's HTTP calls: the config with the notice and the opt-in explanation, the recording
 * of consent and its withdrawal, and the erasure of the visitor's chat data. No request carries
 * or sets a cookie; the service answers CORS for the site's allowed origins only. The config
 * request carries nothing of the visitor; the others carry the forwarded evidence, because the
 * service decides on it.
 */

/**
 * @typedef {object} Notice
 * @property {string} language
 * @property {string} title
 * @property {string[]} paragraphs
 * @property {string} acceptLabel
 * @property {string} declineLabel
 * @property {string} privacyPolicyUrl the site's policy or the service's built-in chat privacy page
 * @property {string} version derived from the text; consent is recorded against it
 *
 * @typedef {object} OptIn the explanation behind the look-alike button
 * @property {string} language
 * @property {string} title
 * @property {string[]} paragraphs
 * @property {string} grantLabel
 * @property {string} settingsLabel
 * @property {string} privacyPolicyUrl
 * @property {string} version
 *
 * @typedef {object} ConsentSettings
 * @property {'notice' | 'platform' | 'platformOrNotice'} mode
 * @property {string | null} platform
 * @property {string | null} category
 * @property {string | null} service
 * @property {string | null} cookieName
 * @property {number | null} tcfCustomPurpose
 * @property {number[]} tcfPublisherPurposes
 * @property {number | null} tcfVendorId
 * @property {string} gpcPolicy
 * @property {string | null} optInLandingUrl
 *
 * @typedef {{ name: string, maxAgeSeconds: number | null }} IdentityCookie
 *
 * @typedef {object} Links what the messenger links to in every state
 * @property {string} privacyPolicy the site's policy, or the service's built-in chat privacy page
 * @property {boolean} builtInPrivacyPage whether privacyPolicy is the built-in page
 * @property {string | null} terms
 *
 * @typedef {object} WidgetConfig
 * @property {string} siteKey
 * @property {string} siteName
 * @property {string} language
 * @property {boolean} privacyMode the site collects nothing about the visitor beyond what they type
 * @property {Links} links
 * @property {ConsentSettings} consent
 * @property {Notice} notice
 * @property {OptIn} optIn
 * @property {IdentityCookie} cookie
 *
 * @typedef {{ visitorId: string, token: string, consentRecordId: string, cookie: IdentityCookie }} Consent
 *
 * @typedef {object} ConsentRequest
 * @property {'notice' | 'platform'} source
 * @property {string | undefined} noticeVersion the text shown: the notice, or the opt-in explanation
 * @property {string} language
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
  const url = widgetUrl(base, siteKey, 'config');
  url.searchParams.set('lang', language);
  return request(url, { method: 'GET' });
}

/**
 * @param {URL} base
 * @param {string} siteKey
 * @param {ConsentRequest} consent
 * @param {string | null} token a still valid identity keeps the visitor's conversations
 * @param {string | null} evidence
 * @returns {Promise<Consent>}
 */
export function postConsent(base, siteKey, consent, token, evidence) {
  const body = JSON.stringify({ ...consent, decision: 'granted' });
  return request(widgetUrl(base, siteKey, 'consent'), { method: 'POST', headers: headers(token, evidence), body });
}

/**
 * A refusal of the notice is recorded as proof that the visitor was asked; it carries nothing
 * that identifies the visitor and the service answers with no identity.
 * @param {URL} base
 * @param {string} siteKey
 * @param {{ noticeVersion: string, language: string }} notice
 * @returns {Promise<void>}
 */
export async function postRefusal(base, siteKey, notice) {
  const body = JSON.stringify({ source: 'notice', decision: 'refused', ...notice });
  await request(widgetUrl(base, siteKey, 'consent'), { method: 'POST', headers: headers(null, null), body }, false);
}

/**
 * @param {URL} base
 * @param {string} siteKey
 * @param {string} token
 * @param {string | null} evidence
 * @returns {Promise<void>}
 */
export async function postWithdrawal(base, siteKey, token, evidence) {
  const init = { method: 'POST', headers: headers(token, evidence) };
  await request(widgetUrl(base, siteKey, 'withdrawal'), init, false);
}

/**
 * "Delete my chat data": the service erases the visitor's conversations and revokes the identity.
 * @param {URL} base
 * @param {string} siteKey
 * @param {string} token
 * @param {string | null} evidence
 * @returns {Promise<void>}
 */
export async function deleteVisitorData(base, siteKey, token, evidence) {
  const url = new URL(`api/visitor/${encodeURIComponent(siteKey)}/data`, base);
  await request(url, { method: 'DELETE', headers: headers(token, evidence) }, false);
}

/** @param {URL} base @param {string} siteKey @param {string} action */
function widgetUrl(base, siteKey, action) {
  return new URL(`api/widget/${encodeURIComponent(siteKey)}/${action}`, base);
}

/**
 * @param {string | null} token
 * @param {string | null} evidence
 */
function headers(token, evidence) {
  /** @type {Record<string, string>} */
  const result = { 'Content-Type': 'application/json' };
  if (token) {
    result.Authorization = `Bearer ${token}`;
  }

  if (evidence) {
    result[EvidenceHeader] = evidence;
  }

  return result;
}

/**
 * @param {URL} url
 * @param {RequestInit} init
 * @param {boolean} [hasBody]
 */
async function request(url, init, hasBody = true) {
  const response = await fetch(url, { ...init, credentials: 'omit', mode: 'cors' });
  if (!response.ok) {
    throw await problemOf(response);
  }

  return hasBody ? response.json() : undefined;
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
