// @ts-check
import { grantedIf, listen, rawCookie, reading, safely, whenAvailable } from './adapter.js';

/**
 * OneTrust: the `OneTrust` global and `OnetrustActiveGroups` (",C0001,C0003,"), consent per
 * group id, stored in the `OptanonConsent` cookie as a query string with `groups=C0003:1,…`.
 * @typedef {import('./adapter.js').Mapping} Mapping
 */

/** @param {Mapping} mapping @returns {import('./adapter.js').Adapter} */
export function createAdapter(mapping) {
  const key = mapping.cookieName ?? 'OptanonConsent';
  const group = mapping.category ?? 'C0003';
  const w = /** @type {any} */ (window);
  const api = () => (w.OneTrust && typeof w.OneTrust.IsAlertBoxClosed === 'function' ? w.OneTrust : null);

  const read = () => {
    const raw = rawCookie(key);
    const evidence = raw ? { [key]: raw } : {};
    const ot = api();

    // Until the banner was closed the active groups are OneTrust's defaults, not a choice.
    if (ot) {
      const closed = safely(() => ot.IsAlertBoxClosed()) === true;
      const active = String(w.OnetrustActiveGroups ?? w.OptanonActiveGroups ?? '');
      return reading(closed ? grantedIf(active.split(',').includes(group)) : 'undecided', evidence);
    }

    return reading(fromCookie(raw, group), evidence);
  };

  return {
    name: 'oneTrust',
    detect: () => api() !== null,
    read,
    subscribe(onChange) {
      // OneTrustGroupsUpdated fires on every load as well as on every change.
      const stop = listen([window], ['OneTrustGroupsUpdated', 'OTConsentApplied', 'consent.onetrust'], onChange);
      const cancel = whenAvailable(api, (ot) => {
        safely(() => ot.OnConsentChanged(onChange));
        onChange();
      });
      return () => {
        stop();
        cancel();
      };
    },
    grant: () => api()?.UpdateConsent('Category', `${group}:1`),
    revoke: () => api()?.UpdateConsent('Category', `${group}:0`),
    openSettings: () => api()?.ToggleInfoDisplay(),
  };
}

/**
 * `interactionCount=0` means defaults nobody chose; `groups` is form-encoded (`%3A`, `%2C`).
 * @param {string | null} raw
 * @param {string} group
 * @returns {import('./adapter.js').Decision}
 */
function fromCookie(raw, group) {
  const fields = raw ? new URLSearchParams(raw) : null;
  const groups = fields?.get('groups');
  if (!fields || !groups || fields.get('AwaitingReconsent') === 'true' || !(Number(fields.get('interactionCount')) > 0)) {
    return 'undecided';
  }

  const entry = groups.split(',').find((part) => part.split(':')[0] === group);
  return entry ? grantedIf(entry.endsWith(':1')) : 'denied';
}
