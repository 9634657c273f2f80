// @ts-check
import { grantedIf, listen, reading, safely, storedItem, whenAvailable } from './adapter.js';

/**
 * Usercentrics, CMP v3 (`__ucCmp`, Promise-based, local storage `ucData`) and CMP v2 (`UC_UI`,
 * local storage `uc_settings`). Consent is per service template id. Usercentrics sets no cookie,
 * so the service sees nothing unless the widget forwards the storage value.
 * @typedef {import('./adapter.js').Mapping} Mapping
 * @typedef {import('./adapter.js').Decision} Decision
 */

/** @param {Mapping} mapping @returns {import('./adapter.js').Adapter} */
export function createAdapter(mapping) {
  const v3Key = mapping.cookieName ?? 'ucData';
  const templateId = mapping.service ?? '';
  const w = /** @type {any} */ (window);

  // v3 first: some v3 set-ups still expose a UC_UI shim.
  const v3 = () => (w.__ucCmp && typeof w.__ucCmp.getConsentDetails === 'function' ? w.__ucCmp : null);
  const v2 = () => (w.UC_UI && safely(() => w.UC_UI.isInitialized()) ? w.UC_UI : null);

  const evidence = () => {
    const v3Value = storedItem(v3Key);
    return v3Value ? { [v3Key]: v3Value } : withValue('uc_settings', storedItem('uc_settings'));
  };

  const read = async () => {
    const cmp = v3();
    if (cmp) {
      const details = await cmp.getConsentDetails().catch(() => null);
      return reading(fromV3(details?.services?.[templateId]), evidence());
    }

    const ui = v2();
    if (ui) {
      const info = safely(() => ui.getServicesBaseInfo()) ?? [];
      return reading(fromV2(info.find((/** @type {any} */ s) => s.id === templateId)), evidence());
    }

    return reading(fromStorage(templateId, v3Key), evidence());
  };

  /** @param {boolean} value */
  const save = async (value) => {
    const cmp = v3();
    if (cmp) {
      await cmp.updateServicesConsents([{ id: templateId, consent: value }]);
      await cmp.saveConsents();
      return;
    }

    const ui = v2();
    await (value ? ui.acceptService(templateId) : ui.rejectService(templateId));
  };

  return {
    name: 'usercentrics',
    detect: () => v3() !== null || v2() !== null,
    read,
    subscribe(onChange) {
      // UC_CONSENT (v3) and UC_UI_CMP_EVENT carry payloads keyed by display names; only the
      // signal is used, the state is read again by template id.
      const names = ['UC_UI_INITIALIZED', 'UC_UI_CMP_EVENT', 'UC_CONSENT', 'ucEvent', 'storage'];
      const stop = listen([window], names, onChange);
      const cancel = whenAvailable(() => v3() ?? v2(), onChange);
      return () => {
        stop();
        cancel();
      };
    },
    grant: () => save(true),
    revoke: () => save(false),
    openSettings: () => void (v3() ?? v2())?.showSecondLayer(),
  };
}

/** @param {string} key @param {string | null} value */
const withValue = (key, value) => (value ? { [key]: value } : {});

/**
 * v3 ConsentDetails: `services[templateId].consent.{given,type}`; type IMPLICIT is nobody's choice.
 * @param {any} service
 * @returns {Decision}
 */
function fromV3(service) {
  const consent = service?.consent;
  if (!consent || typeof consent.given !== 'boolean') {
    return 'undecided';
  }

  return String(consent.type).toLowerCase() === 'explicit' ? grantedIf(consent.given) : 'undecided';
}

/**
 * v2 base info: `consent.status` plus a history whose last entry says explicit or implicit.
 * @param {any} service
 * @returns {Decision}
 */
function fromV2(service) {
  const consent = service?.consent;
  const history = Array.isArray(consent?.history) ? consent.history : [];
  const last = history[history.length - 1];
  if (!consent || typeof consent.status !== 'boolean' || String(last?.type).toLowerCase() !== 'explicit') {
    return 'undecided';
  }

  return grantedIf(consent.status);
}

/**
 * Before the CMP has loaded: the same storage the service reads.
 * @param {string} templateId
 * @param {string} v3Key
 * @returns {Decision}
 */
function fromStorage(templateId, v3Key) {
  const v3 = safely(() => JSON.parse(storedItem(v3Key) ?? 'null'));
  if (v3) {
    return fromV3(v3.services?.[templateId] ?? v3.consent?.services?.[templateId]);
  }

  const v2 = safely(() => JSON.parse(storedItem('uc_settings') ?? 'null'));
  const service = Array.isArray(v2?.services) ? v2.services.find((/** @type {any} */ s) => s.id === templateId) : null;
  return service ? fromV2({ consent: { status: service.status, history: service.history } }) : 'undecided';
}
