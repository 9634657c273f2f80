// @ts-check
import { encodeEvidence, gpcEvidence } from '../evidence.js';
import { adapters } from './adapters.js';

/**
 * The platform gate, imported by the loader only on sites whose consent mode uses a platform.
 * It keeps the widget in step with the platform's decision, whatever the order of events: every
 * platform event, the first poll that finds the platform and every opt-in action lead to the
 * same reconcile, which re-reads the platform and acts only on what changed since the last one.
 *
 * @typedef {import('./adapter.js').Reading} Reading
 * @typedef {import('../gate.js').Gate} Gate
 * @typedef {import('../gate.js').ConsentState} ConsentState
 *
 * @typedef {object} GateChat what the gate needs of the chat module
 * @property {(optInVersion: string | null) => Promise<void>} acquire records the platform grant
 * @property {() => Promise<void>} withdraw records the withdrawal and forgets the identity
 * @property {() => void} resume connects with the identity the visitor has
 * @property {() => void} reconnect connects again, so the hub URL carries the current evidence
 *
 * @typedef {object} GateOptions
 * @property {any} config the widget config
 * @property {import('../launcher.js').Launcher} launcher
 * @property {() => Promise<GateChat>} loadChat
 * @property {() => boolean} hasIdentity
 */

/** Platforms often write their storage just after their event; the second look catches that. */
const settleDelayMs = 400;

/**
 * @param {GateOptions} options
 * @returns {Promise<Gate>}
 */
export async function createPlatformGate({ config, launcher, loadChat, hasIdentity }) {
  const { consent } = config;
  const load = adapters[consent.platform];
  const adapter = load ? (await load()).createAdapter(consent) : null;

  /** @type {Reading} */
  let current = { decision: 'undecided', evidence: {} };
  let appliedKey = '';
  let suppressed = false;
  let refusedKey = '';
  let retriedKey = '';
  let optInShown = false;
  let noticeBasis = false;
  let queue = Promise.resolve();

  const granted = () => current.decision === 'granted' && !suppressed && appliedKey !== refusedKey;

  /** @returns {ConsentState} */
  const state = () => {
    if (granted()) {
      return 'granted';
    }

    return consent.mode === 'platform' ? 'opt-in' : hasIdentity() ? 'granted' : 'notice';
  };
  const offers = () =>
    `${Boolean(adapter?.grant && adapter.detect())} ${Boolean(adapter?.openSettings && adapter.detect())}`;
  const refresh = () => launcher.setConsent(state(), offers());

  /** @param {boolean} [force] act even though nothing changed (an opt-in press, a refusal) */
  const reconcile = async (force = false) => {
    const next = adapter ? await adapter.read() : current;
    const key = JSON.stringify(next);
    if (key === appliedKey && !force) {
      refresh();
      return;
    }

    const previous = appliedKey ? current.decision : null;
    const evidenceChanged = appliedKey !== '' && JSON.stringify(next.evidence) !== JSON.stringify(current.evidence);
    current = next;
    appliedKey = key;

    // A withdrawal inside the widget holds until the platform's own answer changes.
    if (next.decision !== 'granted') {
      suppressed = false;
    }

    refresh();
    await apply(previous, evidenceChanged);
    refresh();
  };

  /**
   * @param {import('./adapter.js').Decision | null} previous null on the first reading
   * @param {boolean} evidenceChanged
   */
  const apply = async (previous, evidenceChanged) => {
    if (granted()) {
      await (hasIdentity() ? connect(evidenceChanged) : acquire());
      return;
    }

    if (!hasIdentity()) {
      return;
    }

    // A live change away from a grant is a withdrawal in the platform, unless the identity rests
    // on the chat's own notice; an explicit "no" ends a platform-only identity at load as well. A
    // vanished platform cookie (Safari drops script-set ones after seven days) withdraws nothing.
    const liveWithdrawal = previous === 'granted' && !noticeBasis;
    const refused = consent.mode === 'platform' && current.decision === 'denied';
    if (liveWithdrawal || refused) {
      await (await loadChat()).withdraw();
    } else if (consent.mode === 'platformOrNotice') {
      await connect(evidenceChanged);
    }
  };

  /** @param {boolean} evidenceChanged */
  const connect = async (evidenceChanged) => {
    const chat = await loadChat();
    if (evidenceChanged) {
      chat.reconnect();
    } else {
      chat.resume();
    }
  };

  const acquire = async () => {
    const chat = await loadChat();
    try {
      await chat.acquire(optInShown ? config.optIn.version : null);
    } catch {
      // The service read the evidence and does not agree (an implied answer, a mapping the
      // platform does not know): no new attempt until the platform's answer changes.
      refusedKey = appliedKey;
    }
  };

  /** @param {boolean} [force] */
  const update = (force = false) => {
    queue = queue.then(() => reconcile(force)).catch((error) => console.warn('ChatConsent:', error));
    return queue;
  };
  const onChange = () => {
    update();
    setTimeout(() => update(), settleDelayMs);
  };

  adapter?.subscribe(onChange);
  setTimeout(onChange, 0);

  /** @param {number} timeoutMs */
  const identityWithin = async (timeoutMs) => {
    for (const started = Date.now(); Date.now() - started < timeoutMs;) {
      await update();
      if (hasIdentity()) {
        return true;
      }

      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    return false;
  };

  return {
    mode: consent.mode,
    state,
    evidence: () => encodeEvidence({ ...current.evidence, ...gpcEvidence() }),
    refresh,
    canGrant: () => Boolean(adapter?.grant && adapter.detect()),
    canOpenSettings: () => Boolean(adapter?.openSettings && adapter.detect()),
    async grant() {
      optInShown = true;
      suppressed = false;
      refusedKey = '';
      await adapter?.grant?.();
      await update(true);
      return identityWithin(5_000);
    },
    openSettings() {
      optInShown = true;
      adapter?.openSettings?.();
    },
    noticeAccepted() {
      // Write the chat's grant back to the platform, so that the platform stays the one place
      // where the visitor's choice is kept; the identity itself rests on the notice.
      noticeBasis = true;
      Promise.resolve(adapter?.detect() && adapter.grant?.()).catch(() => {});
      refresh();
    },
    withdrawn(byVisitor) {
      suppressed = current.decision === 'granted';
      noticeBasis = false;
      if (byVisitor && adapter?.detect()) {
        Promise.resolve(adapter.revoke?.()).catch(() => {});
      }

      refresh();
    },
    identityRefused(code) {
      // A denial is the service's answer to this evidence. Anything else may be a stale token
      // while the platform still grants: one fresh attempt per reading, not a loop.
      if (code === 'consent_denied') {
        refusedKey = appliedKey;
      } else if (retriedKey !== appliedKey) {
        retriedKey = appliedKey;
        update(true);
      }

      refresh();
    },
  };
}
