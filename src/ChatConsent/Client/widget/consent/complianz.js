// @ts-check
import { grantedIf, listen, parseStoredJson, rawCookie, reading, whenAvailable } from './adapter.js';

/**
 * Complianz 6+: one cookie per category, `cmplz_<category>=allow|deny` (the prefix is
 * `cmplz_rt_` on a multisite root), per-service consent in `cmplz_consented_services`.
 * @typedef {import('./adapter.js').Mapping} Mapping
 */

/** @param {Mapping} mapping @returns {import('./adapter.js').Adapter} */
export function createAdapter(mapping) {
  const prefix = mapping.cookieName ?? 'cmplz_';
  const category = mapping.category ?? 'preferences';
  const service = mapping.service;
  const w = /** @type {any} */ (window);
  const api = () => (typeof w.cmplz_set_consent === 'function' ? w.cmplz_set_consent : null);

  // cmplz_has_consent() answers true in opt-out regions where nobody chose anything, while the
  // service, reading the cookie, sees no choice; so the decision is taken from the cookie that
  // Complianz's own API writes and reads, and the API is used to write.
  const read = () => {
    const names = [prefix + category, `${prefix}id`, `${prefix}consented_services`];
    const evidence = Object.fromEntries(names.flatMap((name) => {
      const raw = rawCookie(name);
      return raw ? [[name, raw]] : [];
    }));
    const services = parseStoredJson(evidence[`${prefix}consented_services`] ?? null);
    if (service && typeof services?.[service] === 'boolean') {
      return reading(grantedIf(services[service]), evidence);
    }

    const value = evidence[prefix + category];
    return reading(value === 'allow' || value === 'deny' ? grantedIf(value === 'allow') : 'undecided', evidence);
  };

  return {
    name: 'complianz',
    detect: () => api() !== null,
    read,
    subscribe(onChange) {
      const names = ['cmplz_status_change', 'cmplz_status_change_service', 'cmplz_fire_categories', 'cmplzRevoke'];
      const stop = listen([document], names, onChange);
      const cancel = whenAvailable(api, onChange);
      return () => {
        stop();
        cancel();
      };
    },
    grant: () => api()?.(category, 'allow'),
    revoke: () => api()?.(category, 'deny'),
  };
}
