// @ts-check
// Alerts for a new conversation or a visitor's message while the console's tab is in the
// background: a short sound and a browser notification, each switched on or off by the agent.
// The choices stay in this browser's localStorage; the page asks for the permission to notify
// only when the agent switches notifications on, since browsers allow the question only then.
import { visitorLabel } from './format.js';

const soundKey = 'chatconsent.console.sound';
const notificationsKey = 'chatconsent.console.notifications';

/** A notification's text is cut here: it shows on the agent's desktop, outside the console. */
const previewLength = 120;

/**
 * @typedef {object} Alert
 * @property {'conversation' | 'message'} kind
 * @property {string} conversationId
 * @property {string | null} visitorId null for a visitor the list does not know yet
 * @property {string} text
 */

export class Alerts {
  /** @type {AudioContext | null} */
  #audio = null;

  /** @param {HTMLElement} sidebar where the two switches go, at its end */
  constructor(sidebar) {
    const { element, sound, notifications, hint } = settingsElement();
    this.sound = sound;
    this.notifications = notifications;
    this.hint = hint;
    sidebar.append(element);

    sound.checked = localStorage.getItem(soundKey) !== 'off';
    notifications.checked = localStorage.getItem(notificationsKey) === 'on' && permission() === 'granted';
    sound.addEventListener('change', () => localStorage.setItem(soundKey, sound.checked ? 'on' : 'off'));
    notifications.addEventListener('change', () => void this.#notificationsChanged());

    // Browsers start audio only after the person interacted with the page.
    const unlock = () => this.#audioContext()?.resume().catch(() => {});
    document.addEventListener('pointerdown', unlock, { once: true });
    document.addEventListener('keydown', unlock, { once: true });
  }

  /** @param {Alert} alert */
  raise(alert) {
    if (document.visibilityState === 'visible') {
      return;
    }

    if (this.sound.checked) {
      this.#beep();
    }
    if (this.notifications.checked && permission() === 'granted') {
      this.#notify(alert);
    }
  }

  async #notificationsChanged() {
    this.hint.textContent = '';
    if (!this.notifications.checked) {
      localStorage.setItem(notificationsKey, 'off');
      return;
    }

    if (permission() === 'unsupported') {
      this.notifications.checked = false;
      this.hint.textContent = 'This browser cannot show notifications.';
      return;
    }

    const answer = permission() === 'default' ? await Notification.requestPermission() : permission();
    this.notifications.checked = answer === 'granted';
    localStorage.setItem(notificationsKey, this.notifications.checked ? 'on' : 'off');
    if (answer !== 'granted') {
      this.hint.textContent = 'The browser blocks notifications for this page; allow them in its site settings.';
    }
  }

  /** @param {Alert} alert */
  #notify(alert) {
    const who = alert.visitorId ? visitorLabel(alert.visitorId) : 'A new visitor';
    const title = alert.kind === 'conversation' ? `New conversation · ${who}` : `${who} wrote`;
    const body = alert.text.length > previewLength ? `${alert.text.slice(0, previewLength)}…` : alert.text;
    const notification = new Notification(title, { body, tag: alert.conversationId });
    notification.addEventListener('click', () => {
      window.focus();
      location.hash = alert.conversationId;
      notification.close();
    });
  }

  /** Two short tones, made here so that the console needs no sound file. */
  #beep() {
    const audio = this.#audioContext();
    if (!audio || audio.state !== 'running') {
      return;
    }

    [880, 660].forEach((frequency, index) => {
      const start = audio.currentTime + index * 0.16;
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.frequency.value = frequency;
      volume.gain.setValueAtTime(0.15, start);
      volume.gain.exponentialRampToValueAtTime(0.001, start + 0.14);
      tone.connect(volume).connect(audio.destination);
      tone.start(start);
      tone.stop(start + 0.15);
    });
  }

  #audioContext() {
    if (!this.#audio && typeof AudioContext === 'function') {
      this.#audio = new AudioContext();
    }
    return this.#audio;
  }
}

/** @returns {NotificationPermission | 'unsupported'} */
function permission() {
  return typeof Notification === 'function' ? Notification.permission : 'unsupported';
}

function settingsElement() {
  const element = document.createElement('fieldset');
  element.className = 'alert-settings';
  element.dataset.testid = 'alert-settings';
  const legend = document.createElement('legend');
  legend.textContent = 'In a background tab';
  const sound = toggle('alert-sound', 'Play a sound');
  const notifications = toggle('alert-notifications', 'Show a notification');
  const hint = document.createElement('p');
  hint.className = 'alert-hint';
  hint.setAttribute('role', 'status');
  element.append(legend, sound.label, notifications.label, hint);
  return { element, sound: sound.input, notifications: notifications.input, hint };
}

/**
 * @param {string} id
 * @param {string} text
 */
function toggle(id, text) {
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.id = id;
  input.dataset.testid = id;
  const label = document.createElement('label');
  label.append(input, ` ${text}`);
  return { input, label };
}
