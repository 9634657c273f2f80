// @ts-check
import { ProblemError } from './api.js';
import { EvidenceHeader } from './evidence.js';

/**
 * The HTTP calls of continuing by e-mail. Asking for a link and pressing the continue button
 * need no identity; the visitor's own address needs one and passes the consent gate.
 *
 * @typedef {import('./api.js').IdentityCookie} IdentityCookie
 * @typedef {{ visitorId: string, token: string, consentRecordId: string, cookie: IdentityCookie,
 *   addressConfirmed: boolean }} Continued
 * @typedef {{ email: string | null, pendingEmail: string | null, digest: boolean }} EmailStatus
 * @typedef {{ accepted: boolean, linkLifetimeMinutes: number }} LinkAnswer
 */

/**
 * "Continue a previous conversation": the service answers alike whether or not it knows the address.
 * @param {URL} base @param {string} siteKey
 * @param {{ email?: string, token?: string }} request an address, or an earlier (expired) link's token
 * @returns {Promise<LinkAnswer>}
 */
export function requestLink(base, siteKey, request) {
  return call(url(base, `api/widget/${encodeURIComponent(siteKey)}/continue/request`),
    { method: 'POST', body: JSON.stringify(request) }, null, null);
}

/**
 * The continue button: the link's token with the same consent decision as POST /consent.
 * @param {URL} base @param {string} siteKey
 * @param {{ token: string, source: 'notice' | 'platform', noticeVersion?: string, language: string }} body
 * @param {string | null} identity the browser's current identity, replaced by the linked one
 * @param {string | null} evidence
 * @returns {Promise<Continued>}
 */
export function postContinue(base, siteKey, body, identity, evidence) {
  return call(url(base, `api/widget/${encodeURIComponent(siteKey)}/continue`),
    { method: 'POST', body: JSON.stringify({ ...body, decision: 'granted' }) }, identity, evidence);
}

/**
 * @param {URL} base @param {string} siteKey @param {string} identity @param {string | null} evidence
 * @returns {Promise<EmailStatus>}
 */
export function getEmailStatus(base, siteKey, identity, evidence) {
  return call(emailUrl(base, siteKey), { method: 'GET' }, identity, evidence);
}

/**
 * @param {URL} base @param {string} siteKey @param {string} identity @param {string | null} evidence
 * @param {string} email
 * @returns {Promise<{ pendingEmail: string, linkLifetimeMinutes: number }>}
 */
export function leaveEmail(base, siteKey, identity, evidence, email) {
  return call(emailUrl(base, siteKey), { method: 'POST', body: JSON.stringify({ email }) }, identity, evidence);
}

/** @param {URL} base @param {string} siteKey */
function emailUrl(base, siteKey) {
  return url(base, `api/visitor/${encodeURIComponent(siteKey)}/email`);
}

/** @param {URL} base @param {string} path */
function url(base, path) {
  return new URL(path, base);
}

/**
 * @param {URL} target @param {RequestInit} init @param {string | null} identity @param {string | null} evidence
 */
async function call(target, init, identity, evidence) {
  /** @type {Record<string, string>} */
  const headers = { 'Content-Type': 'application/json' };
  if (identity) {
    headers.Authorization = `Bearer ${identity}`;
  }

  if (evidence) {
    headers[EvidenceHeader] = evidence;
  }

  const response = await fetch(target, { ...init, headers, credentials: 'omit', mode: 'cors' });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ProblemError(response.status, problem.code ?? null, problem.title ?? response.statusText);
  }

  return response.status === 204 ? undefined : response.json();
}
