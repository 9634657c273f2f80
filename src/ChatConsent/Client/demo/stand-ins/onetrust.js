// @ts-check
// Stand-in for OneTrust, whose real script (otSDKStub.js) loads only from OneTrust's CDN. It
// imitates the documented subset only: the OptanonConsent (form-encoded query string) and
// OptanonAlertBoxClosed cookies, OnetrustActiveGroups, window.OneTrust, OptanonWrapper and the
// OneTrustGroupsUpdated / OTConsentApplied window events.
import {
  globalPrivacyControl, hideBanner, onSettingsLink, readCookie, showBanner, whenReady, writeCookie,
} from './shared.js';

const groupIds = ['C0001', 'C0002', 'C0003', 'C0004'];

/** @type {Map<string, boolean>} Strictly necessary is always on; the rest is off until chosen. */
const groups = new Map(groupIds.map((id) => [id, id === 'C0001']));
let interactionCount = 0;
let consentId = crypto.randomUUID();
/** @type {((groups: string[]) => void)[]} */
const consentChanged = [];

const OneTrust = {
  IsAlertBoxClosed: () => readCookie('OptanonAlertBoxClosed') !== null,
  OnConsentChanged: (/** @type {(groups: string[]) => void} */ callback) => consentChanged.push(callback),
  AllowAll: () => choose(() => true),
  RejectAll: () => choose((id) => id === 'C0001'),
  ToggleInfoDisplay: () =>
    showBanner({ platform: 'OneTrust', onAccept: OneTrust.AllowAll, onDecline: OneTrust.RejectAll }),
  /** OneTrust's documented form: UpdateConsent("Category", "C0003:1"). */
  UpdateConsent: (/** @type {string} */ type, /** @type {string} */ update) => {
    const [id, value] = update.split(':');
    if (type === 'Category' && groups.has(id) && id !== 'C0001') {
      choose((groupId) => (groupId === id ? value === '1' : groups.get(groupId) === true));
    }
  },
};

function choose(/** @type {(id: string) => boolean} */ decide) {
  for (const id of groupIds) {
    groups.set(id, decide(id));
  }
  interactionCount += 1;
  save();
  writeCookie('OptanonAlertBoxClosed', new Date().toISOString());
  hideBanner();
  const active = publish();
  consentChanged.forEach((callback) => callback(active));
  window.dispatchEvent(new CustomEvent('OTConsentApplied', { detail: active }));
}

// Form-encoded like OneTrust's own cookie: spaces as +, ':' and ',' percent-encoded.
function save() {
  const gpc = globalPrivacyControl() ? '1' : '0';
  const value = new URLSearchParams({
    isGpcEnabled: gpc,
    datestamp: new Date().toString(),
    version: '202504.1.0',
    browserGpcFlag: gpc,
    isIABGlobal: 'false',
    hosts: '',
    consentId,
    interactionCount: String(interactionCount),
    isAnonUser: '1',
    landingPath: 'NotLandingPage',
    groups: groupIds.map((id) => `${id}:${groups.get(id) ? 1 : 0}`).join(','),
    AwaitingReconsent: 'false',
  });
  writeCookie('OptanonConsent', value.toString());
}

function load() {
  const raw = readCookie('OptanonConsent');
  if (raw === null) {
    return;
  }
  const fields = new URLSearchParams(raw);
  consentId = fields.get('consentId') ?? consentId;
  interactionCount = Number(fields.get('interactionCount') ?? 0);
  for (const entry of (fields.get('groups') ?? '').split(',')) {
    const [id, value] = entry.split(':');
    if (groups.has(id)) {
      groups.set(id, value === '1');
    }
  }
}

// OnetrustActiveGroups is a string with leading and trailing commas, e.g. ",C0001,C0003,".
function publish() {
  const active = groupIds.filter((id) => groups.get(id));
  const text = `,${active.join(',')},`;
  Object.assign(window, { OnetrustActiveGroups: text, OptanonActiveGroups: text });
  const wrapper = /** @type {any} */ (window).OptanonWrapper;
  if (typeof wrapper === 'function') {
    wrapper();
  }
  window.dispatchEvent(new CustomEvent('OneTrustGroupsUpdated', { detail: active }));
  return active;
}

/** @type {any} */ (window).OneTrust = OneTrust;
/** @type {any} */ (window).Optanon = OneTrust;
whenReady(() => {
  onSettingsLink(OneTrust.ToggleInfoDisplay);
  load();
  // Like OneTrust, the cookie is written on the first view already, with the defaults and
  // interactionCount=0: groups nobody chose.
  if (readCookie('OptanonConsent') === null) {
    save();
  }
  publish();
  if (!OneTrust.IsAlertBoxClosed()) {
    OneTrust.ToggleInfoDisplay();
  }
});
