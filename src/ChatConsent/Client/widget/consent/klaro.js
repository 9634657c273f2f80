// @ts-check
import { grantedIf, listen, parseStoredJson, rawCookie, reading, safely, storedItem, whenAvailable } from './adapter.js';

/**
 * Klaro (klaro-org/klaro-js): `klaro.getManager()`, consent per service name, stored as
 * encodeURIComponent(JSON) in the `klaro` cookie, or in local storage under the same name.
 * @typedef {import('./adapter.js').Mapping} Mapping
 */

/** @param {Mapping} mapping @returns {import('./adapter.js').Adapter} */
export function createAdapter(mapping) {
  const key = mapping.cookieName ?? 'klaro';
  const service = mapping.service ?? 'chatconsent';

  // getManager() without a config throws until Klaro has read the page's klaroConfig.
  const manager = () => safely(() => /** @type {any} */ (window).klaro?.getManager?.()) ?? null;

  const read = () => {
    const raw = rawCookie(key) ?? storedItem(key);
    const evidence = raw ? { [key]: raw } : {};
    const current = manager();

    // The saved state, not `consents`: that one changes on every toggle in an open modal, before
    // the visitor saves. `confirmed` is false until the stored choice covers every service.
    if (current) {
      const saved = current.savedConsents ?? {};
      return reading(current.confirmed ? grantedIf(saved[service] === true) : 'undecided', evidence);
    }

    const stored = parseStoredJson(raw);
    const known = stored && typeof stored[service] === 'boolean';
    return reading(known ? grantedIf(stored[service]) : 'undecided', evidence);
  };

  /** @param {boolean} value */
  const save = (value) => {
    const current = manager();
    current.updateConsent(service, value);
    current.saveAndApplyConsents('save');
  };

  return {
    name: 'klaro',
    detect: () => manager() !== null,
    read,
    subscribe(onChange) {
      // 'consents' fires on every unsaved toggle; everything else (saveConsents, applyConsents)
      // follows a save. The state is re-read either way, so a repeated event changes nothing.
      const watcher = { update: (/** @type {unknown} */ _, /** @type {string} */ type) => type !== 'consents' && onChange() };
      let watched = null;
      const cancel = whenAvailable(manager, (found) => {
        watched = found;
        found.watch(watcher);
        onChange();
      });
      const stopStorage = listen([window], ['storage'], onChange);
      return () => {
        cancel();
        stopStorage();
        watched?.unwatch(watcher);
      };
    },
    grant: () => save(true),
    revoke: () => save(false),
    openSettings: () => void /** @type {any} */ (window).klaro?.show(undefined, true),
  };
}
