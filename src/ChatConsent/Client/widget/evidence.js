// @ts-check

/**
 * Forwarded evidence: what the site's consent platform wrote, keyed by its own cookie or storage
 * name, as base64url JSON without padding. It travels as the `X-ChatConsent-Evidence` header on
 * HTTP requests and as the `evidence` query on the hub URL (a WebSocket request has no headers).
 */

export const EvidenceHeader = 'X-ChatConsent-Evidence';

/**
 * Global Privacy Control as the page sees it. The service also reads `Sec-GPC`, but only on its
 * own requests; forwarding covers a browser that exposes the property but no header to us.
 * @returns {Record<string, string>}
 */
export function gpcEvidence() {
  return /** @type {any} */ (navigator).globalPrivacyControl === true ? { globalPrivacyControl: 'true' } : {};
}

/**
 * @param {Record<string, string>} values
 * @returns {string | null} null when there is nothing to forward
 */
export function encodeEvidence(values) {
  if (Object.keys(values).length === 0) {
    return null;
  }

  // btoa takes one char per byte, so the UTF-8 bytes go in piecewise: a spread of a 100 KB
  // Usercentrics history would overflow the argument stack.
  const bytes = new TextEncoder().encode(JSON.stringify(values));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }

  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
