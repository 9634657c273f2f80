// @ts-check
import { drawBadge, unreadLabel } from './badge.js';
import { h, icon } from './dom.js';

/**
 * The round chat button. It is all the loader draws; it needs no cookie, so in notice mode it
 * may show before any consent. Without consent in platform mode the same button is the
 * look-alike: same size, place and look, only `data-consent` says which one it is.
 * @typedef {object} Launcher
 * @property {HTMLButtonElement} button
 * @property {(expanded: boolean) => void} setExpanded
 * @property {(count: number) => void} setUnread how many replies the visitor has not seen yet
 * @property {(state: import('./gate.js').ConsentState, offers?: string) => void} setConsent offers: what the
 *   opt-in can offer now (the platform may load later); a change redraws the panel too
 * @property {(listener: () => void) => void} onConsentChange
 */

/**
 * @param {ShadowRoot} root
 * @param {import('./i18n.js').ButtonTexts} t
 * @param {() => void} onPress
 * @returns {Launcher}
 */
export function createLauncher(root, t, onPress) {
  const button = h('button', {
    type: 'button',
    class: 'cc-launcher',
    'data-testid': 'chatconsent-button',
    'aria-label': t.openChat,
    'aria-expanded': 'false',
    'aria-controls': 'cc-panel',
  }, [icon('chat', 'cc-icon-chat'), icon('close', 'cc-icon-close')]);
  const badge = h('span', { class: 'cc-badge' });
  drawBadge(badge, 0);
  button.append(badge);
  button.addEventListener('click', onPress);
  root.append(button);

  let unread = 0;
  /** @type {Array<() => void>} */
  const listeners = [];
  let offered = '';
  const label = () => {
    const open = button.getAttribute('aria-expanded') === 'true';
    const text = open ? t.closeChat : t.openChat;
    button.setAttribute('aria-label', unread > 0 && !open ? `${text} (${unreadLabel(t, unread)})` : text);
  };

  return {
    button,
    setExpanded(expanded) {
      button.setAttribute('aria-expanded', String(expanded));
      label();
    },
    setUnread(count) {
      unread = count;
      button.dataset.unread = String(count > 0);
      drawBadge(badge, count);
      label();
    },
    setConsent(state, offers = '') {
      if (button.dataset.consent !== state || offered !== offers) {
        button.dataset.consent = state;
        offered = offers;
        listeners.forEach((listener) => listener());
      }
    },
    onConsentChange(listener) {
      listeners.push(listener);
    },
  };
}
