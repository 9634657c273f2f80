// @ts-check
import { h } from './dom.js';

/**
 * Whether an agent is there to answer now. While nobody is online the widget is in
 * leave-a-message mode: the visitor writes as always, and the copy says the answer comes later,
 * right here (or by e-mail, where the site offers it). Other parts hook into that mode through
 * onLeaveMessageChange.
 *
 * @typedef {'en' | 'de'} Language
 */

const texts = {
  en: {
    available: 'We are online and answer right here.',
    leaveMessage: 'Nobody is available right now. Leave a message and we will answer here as soon as we can.',
    emptyLeaveMessage: 'Leave us a message. We will answer as soon as we are back.',
    placeholderLeaveMessage: 'Leave a message…',
  },
  de: {
    available: 'Wir sind online und antworten gleich hier.',
    leaveMessage: 'Gerade ist niemand erreichbar. Hinterlassen Sie eine Nachricht, wir antworten hier so bald '
      + 'wie möglich.',
    emptyLeaveMessage: 'Hinterlassen Sie uns eine Nachricht. Wir antworten, sobald wir zurück sind.',
    placeholderLeaveMessage: 'Nachricht hinterlassen…',
  },
};

/** Its own few rules, so the panel's styles stay as they are. */
export const availabilityCss = `
.cc-availability { margin: 0; padding: 6px 16px; font-size: 12px; color: var(--cc-muted);
  border-bottom: 1px solid rgba(127, 127, 127, 0.2); }
.cc-availability::before { content: ""; display: inline-block; width: 8px; height: 8px; margin-right: 6px;
  border-radius: 50%; background: #1d7a4a; vertical-align: middle; }
.cc-availability[data-available="false"]::before { background: #a15c07; }
.cc-availability[hidden] { display: none; }
`;

/** @param {Language} language */
export function createAvailability(language) {
  const t = texts[language];
  const line = h('p', { class: 'cc-availability', 'data-testid': 'chatconsent-availability', hidden: true });

  /** Unknown until the service answered, which counts as available: no needless warning. */
  let leaveMessage = false;

  /** @type {((leaveMessage: boolean) => void)[]} */
  const listeners = [];

  return {
    element: line,
    /** Whether the widget is in leave-a-message mode: no agent is online. */
    get leaveMessage() {
      return leaveMessage;
    },
    texts: t,
    /** @param {boolean} agentsAvailable */
    update(agentsAvailable) {
      const changed = leaveMessage !== !agentsAvailable || line.hidden;
      leaveMessage = !agentsAvailable;
      line.textContent = leaveMessage ? t.leaveMessage : t.available;
      line.dataset.available = String(agentsAvailable);
      line.hidden = false;
      if (changed) {
        listeners.forEach((listener) => listener(leaveMessage));
      }
    },
    /** @param {(leaveMessage: boolean) => void} listener told whenever the mode changes */
    onLeaveMessageChange(listener) {
      listeners.push(listener);
    },
  };
}

/** @typedef {ReturnType<typeof createAvailability>} Availability */
