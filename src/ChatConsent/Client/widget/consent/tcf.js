// @ts-check
import { grantedIf, rawCookie, reading, safely, whenAvailable } from './adapter.js';

/**
 * IAB TCF v2.2/2.3 through `__tcfapi`. A chat is rarely a GVL vendor, so the site maps it to a
 * publisher custom purpose, publisher purposes or a vendor id. The TC string is forwarded under
 * `tcString` (or the site's configured name); before the CMP answers, its cookie is forwarded.
 * The CMP API has no command that writes consent, so the opt-in opens the CMP's settings.
 * @typedef {import('./adapter.js').Mapping} Mapping
 */

const cookieNames = ['euconsent-v2', 'eupubconsent-v2'];

/** @param {Mapping} mapping @returns {import('./adapter.js').Adapter} */
export function createAdapter(mapping) {
  const key = mapping.cookieName ?? 'tcString';
  const w = /** @type {any} */ (window);
  const api = () => (typeof w.__tcfapi === 'function' ? w.__tcfapi : null);

  /** @type {any} the latest TCData: addEventListener hands over the whole state every time */
  let latest = null;

  const read = () => {
    if (latest?.tcString) {
      return reading(decide(latest, mapping), { [key]: latest.tcString });
    }

    // Without a TC decoder in the widget the cookie alone decides nothing here; the CMP's stub
    // usually answers within moments, and the service decodes the string itself.
    const name = mapping.cookieName ? [mapping.cookieName] : cookieNames;
    const found = name.map((n) => [n, rawCookie(n)]).find(([, value]) => value);
    return reading('undecided', found ? { [/** @type {string} */ (found[0])]: /** @type {string} */ (found[1]) } : {});
  };

  return {
    name: 'tcf',
    detect: () => api() !== null,
    read,
    subscribe(onChange) {
      /** @type {number | undefined} */
      let listenerId;
      /** @param {any} tcData @param {boolean} success */
      const callback = (tcData, success) => {
        if (success && tcData) {
          listenerId = tcData.listenerId ?? listenerId;
          latest = tcData;
          onChange();
        }
      };
      // The stub queues calls until the CMP has loaded, so registering early is safe.
      const cancel = whenAvailable(api, (tcfapi) => tcfapi('addEventListener', 2, callback));
      return () => {
        cancel();
        safely(() => listenerId !== undefined && w.__tcfapi('removeEventListener', 2, () => {}, listenerId));
      };
    },
    openSettings: () => openCmpSettings(w),
  };
}

/**
 * Every mapped part must hold, as on the service: a vendor also needs purpose 1 (storing on the
 * device). While the CMP shows its first layer to a new visitor the string is empty: undecided.
 * @param {any} tc
 * @param {Mapping} mapping
 * @returns {import('./adapter.js').Decision}
 */
function decide(tc, mapping) {
  const parts = [];
  if (mapping.tcfCustomPurpose != null) {
    parts.push(tc.publisher?.customPurpose?.consents?.[mapping.tcfCustomPurpose] === true);
  }

  for (const purpose of mapping.tcfPublisherPurposes ?? []) {
    parts.push(tc.publisher?.consents?.[purpose] === true);
  }

  if (mapping.tcfVendorId != null) {
    parts.push(tc.vendor?.consents?.[mapping.tcfVendorId] === true && tc.purpose?.consents?.[1] === true);
  }

  return parts.length === 0 ? 'undecided' : grantedIf(parts.every(Boolean));
}

/**
 * There is no standard command for this. `displayConsentUi` is a widespread CMP extension (a page
 * using @iabtcf/cmpapi registers it as a custom command); Didomi has its own call.
 * @param {any} w
 */
function openCmpSettings(w) {
  if (w.Didomi?.preferences?.show) {
    w.Didomi.preferences.show();
    return;
  }

  safely(() => w.__tcfapi('displayConsentUi', 2, () => {}));
}
