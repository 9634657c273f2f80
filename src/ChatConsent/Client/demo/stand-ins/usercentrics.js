// @ts-check
// Stand-in for the Usercentrics Web CMP v3, whose real loader comes only from Usercentrics's
// servers. It imitates the documented subset only: the ucData localStorage entry in the shape of
// __ucCmp.getConsentDetails(), the promise-based window.__ucCmp, the UC_UI_INITIALIZED,
// UC_CONSENT and UC_UI_CMP_EVENT window events, and the synchronous v2 window.UC_UI calls that
// integrations still make. Usercentrics keeps consent in local storage only, never in a cookie.
import { globalPrivacyControl, hideBanner, onSettingsLink, randomId, showBanner, whenReady } from './shared.js';

const storageKey = 'ucData';
/** The chat's data processing service; Usercentrics template ids are random per service. */
const chatTemplateId = 'ChatTplId01';
const catalogue = [
  { id: 'H1Vl5NidjWX', name: 'Usercentrics Consent Management Platform', category: 'essential', essential: true },
  { id: chatTemplateId, name: 'ChatConsent live chat', category: 'functional', essential: false },
  { id: '87JYasXPF', name: 'Google Analytics 4', category: 'marketing', essential: false },
];

/** @type {Map<string, boolean>} consents staged by updateServicesConsents until saveConsents */
const staged = new Map();
/** @type {any} */
let details = load();

function load() {
  try {
    return JSON.parse(localStorage.getItem(storageKey) ?? 'null');
  } catch {
    return null;
  }
}

function given(/** @type {string} */ id) {
  return staged.get(id) ?? details?.services[id]?.consent.given ?? catalogue.find((s) => s.id === id)?.essential;
}

function save(/** @type {string} */ action) {
  const now = Date.now();
  const services = Object.fromEntries(catalogue.map((s) => [s.id, {
    name: s.name, version: '1.0.0', category: s.category, essential: s.essential,
    consent: { given: s.essential || given(s.id) === true, type: 'EXPLICIT' },
  }]));
  const states = Object.values(services).map((s) => s.consent.given);
  const status = states.every(Boolean) ? 'ALL_ACCEPTED' : states.filter(Boolean).length === 1 ? 'ALL_DENIED'
    : 'SOME_ACCEPTED';
  details = {
    consent: {
      status,
      required: false,
      version: 1,
      controllerId: details?.consent.controllerId ?? randomId(64, '0123456789abcdef'),
      language: document.documentElement.lang || 'en',
      createdAt: details?.consent.createdAt ?? now,
      updatedAt: now,
      updatedBy: action, setting: { id: 'SyNtHeTiC', type: 'GDPR', version: '1.0.0' }, type: 'EXPLICIT',
      hash: randomId(8), ...(globalPrivacyControl() ? { gpcSignal: true } : {}),
    },
    services,
    categories: categoriesOf(services),
  };
  staged.clear();
  localStorage.setItem(storageKey, JSON.stringify(details));
  hideBanner();
  window.dispatchEvent(new CustomEvent('UC_CONSENT', { detail: details }));
}

function categoriesOf(/** @type {Record<string, any>} */ services) {
  /** @type {Record<string, {state: string, dps: Record<string, boolean>, essential: boolean}>} */
  const categories = {};
  for (const s of catalogue) {
    const category = categories[s.category] ??= { state: 'ALL_ACCEPTED', dps: {}, essential: s.essential };
    category.dps[s.id] = services[s.id].consent.given;
    const values = Object.values(category.dps);
    category.state = values.every(Boolean) ? 'ALL_ACCEPTED'
      : values.some(Boolean) ? 'SOME_ACCEPTED' : 'ALL_DENIED';
  }
  return categories;
}

function setAll(/** @type {boolean} */ value, /** @type {string} */ action, /** @type {string} */ type) {
  catalogue.forEach((s) => staged.set(s.id, value));
  save(action);
  window.dispatchEvent(new CustomEvent('UC_UI_CMP_EVENT', { detail: { source: 'FIRST_LAYER', type } }));
}

function showFirstLayer() {
  showBanner({
    platform: 'Usercentrics',
    onAccept: () => setAll(true, 'onAcceptAllServices', 'ACCEPT_ALL'),
    onDecline: () => setAll(false, 'onDenyAllServices', 'DENY_ALL'),
  });
  const detail = { source: 'FIRST_LAYER', type: 'CMP_SHOWN' };
  window.dispatchEvent(new CustomEvent('UC_UI_CMP_EVENT', { detail }));
}

const __ucCmp = {
  isInitialized: async () => true,
  isConsentRequired: async () => details === null,
  getControllerId: async () => details?.consent.controllerId ?? null,
  getConsentDetails: async () => structuredClone(details),
  updateServicesConsents: async (/** @type {{id: string, consent: boolean}[]} */ changes) =>
    changes.forEach(({ id, consent }) => staged.set(id, consent)),
  saveConsents: async () => save('onUpdateServices'),
  acceptAllConsents: async () => setAll(true, 'onAcceptAllServices', 'ACCEPT_ALL'),
  denyAllConsents: async () => setAll(false, 'onDenyAllServices', 'DENY_ALL'),
  showFirstLayer: async () => showFirstLayer(),
  showSecondLayer: async () => showFirstLayer(),
};

// The v2 API is synchronous, and its accept and reject calls save at once.
const UC_UI = {
  isInitialized: () => true,
  getServicesBaseInfo: () => catalogue.map((s) => ({
    id: s.id, name: s.name, categorySlug: s.category, consent: { status: given(s.id) === true, history: [] },
  })),
  acceptService: async (/** @type {string} */ id) => { staged.set(id, true); save('onUpdateServices'); },
  rejectService: async (/** @type {string} */ id) => { staged.set(id, false); save('onUpdateServices'); },
  showFirstLayer,
  showSecondLayer: showFirstLayer,
  closeCMP: hideBanner,
};

Object.assign(window, { __ucCmp, UC_UI });
whenReady(() => {
  onSettingsLink(showFirstLayer);
  window.dispatchEvent(new CustomEvent('UC_UI_INITIALIZED'));
  if (details === null) {
    showFirstLayer();
  } else {
    window.dispatchEvent(new CustomEvent('UC_CONSENT', { detail: details }));
  }
});
