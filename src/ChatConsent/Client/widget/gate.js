// @ts-check
import { encodeEvidence, gpcEvidence } from './evidence.js';

/**
 * The gate says what the chat button means right now and carries consent between the widget
 * and the site's consent platform. Notice mode needs no platform: this small gate lives in the
 * loader; the platform gate (consent/gate.js) is imported only by sites that use one.
 *
 * @typedef {'granted' | 'notice' | 'opt-in'} ConsentState
 *   granted: the chat opens directly; notice: the chat's notice asks first; opt-in: the look-alike
 *
 * @typedef {object} Gate
 * @property {string} mode the config's consent mode
 * @property {() => ConsentState} state
 * @property {() => string | null} evidence the forwarded evidence, encoded, for every request
 * @property {() => void} refresh recomputes the button after the identity changed
 * @property {() => boolean} canGrant whether the platform can allow the chat alone
 * @property {() => boolean} canOpenSettings
 * @property {() => Promise<boolean>} grant allows the chat through the platform; true once it may open
 * @property {() => void} openSettings
 * @property {() => void} noticeAccepted the visitor accepted the chat's own notice
 * @property {(byVisitor: boolean) => void} withdrawn the identity ended by a withdrawal
 * @property {(code: string) => void} identityRefused the service refused the identity
 */

/**
 * @param {{ launcher: import('./launcher.js').Launcher, hasIdentity: () => boolean }} options
 * @returns {Gate}
 */
export function createNoticeGate({ launcher, hasIdentity }) {
  /** @returns {ConsentState} */
  const state = () => (hasIdentity() ? 'granted' : 'notice');
  const refresh = () => launcher.setConsent(state());
  refresh();

  return {
    mode: 'notice',
    state,
    evidence: () => encodeEvidence(gpcEvidence()),
    refresh,
    canGrant: () => false,
    canOpenSettings: () => false,
    grant: async () => false,
    openSettings() {},
    noticeAccepted: refresh,
    withdrawn: refresh,
    identityRefused: refresh,
  };
}
