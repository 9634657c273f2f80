// @ts-check
import { getConfig } from './api.js';
import { takeContinueToken } from './continue-link.js';
import { cookieNameFor, readCookie } from './cookie.js';
import { h } from './dom.js';
import { createNoticeGate } from './gate.js';
import { buttonTextsFor, pickLanguage } from './i18n.js';
import { createLauncher } from './launcher.js';
import { adoptStyles, launcherCss } from './styles.js';
import { wasOpen } from './ui-state.js';

/**
 * The one script a site embeds. It draws the chat button and loads the config, which carries
 * nothing of the visitor, to learn the site's consent mode. Everything else is imported on
 * demand: the platform gate with the one adapter of the site's consent platform, and the chat,
 * on the first press or at once for a visitor whose consent holds.
 */

/**
 * @typedef {object} ChatController what the chat module's createChat returns
 * @property {() => Promise<void>} open
 * @property {() => void} close
 * @property {() => Promise<void>} restore opens the panel as it was on the previous page, without
 *   taking the page's focus
 * @property {() => boolean} isOpen
 * @property {() => Promise<void>} resume connects a returning visitor in the background
 * @property {(optInVersion: string | null) => Promise<void>} acquire records a platform grant
 * @property {() => Promise<void>} withdraw records a withdrawal in the platform and forgets
 * @property {() => Promise<void>} reconnect connects again with the current evidence
 * @property {(token: string) => Promise<void>} continueWith opens on an e-mail link's continue button
 * @property {(reason?: 'offered' | 'after-first-message' | 'offline') => boolean} askForEmail
 */

/** @typedef {{ open(): Promise<void>, close(): void, readonly version: string }} PublicApi */
/** @typedef {import('./api.js').WidgetConfig} WidgetConfig */
/** @typedef {import('./gate.js').Gate} Gate */

const version = __CHATCONSENT_VERSION__;

/** `document.currentScript` is only set while this file first runs, so it is read right away. */
const script = /** @type {HTMLScriptElement | null} */ (document.currentScript
  ?? document.querySelector('script[src*="widget.js"][data-site]'));

/**
 * @template T
 * @param {() => Promise<T>} load
 * @returns {() => Promise<T>} the same promise until one fails, then a new attempt
 */
function once(load) {
  /** @type {Promise<T> | null} */
  let promise = null;
  return () => {
    promise ??= load().catch((error) => {
      promise = null;
      throw error;
    });
    return promise;
  };
}

/** @param {HTMLScriptElement} tag */
function start(tag) {
  // First of all, so that the token leaves the address before anything can read or report it.
  const continueToken = takeContinueToken();
  const base = new URL('./', tag.src);
  const siteKey = tag.dataset.site ?? '';
  const language = pickLanguage();
  const module = (/** @type {string} */ name) => new URL(`dist/${name}.js?v=${version}`, base).href;

  const host = h('div', { id: 'chatconsent-root' });
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, launcherCss);
  document.body.append(host);
  const launcher = createLauncher(root, buttonTextsFor(language), () => void press(true).catch(warn));

  /** @type {WidgetConfig | null} */
  let known = null;
  const hasIdentity = () => readCookie(known?.cookie.name ?? cookieNameFor(siteKey)) !== null;
  const loadConfig = once(() => getConfig(base, siteKey, language).then((config) => (known = config)));

  /** @type {() => Promise<ChatController>} */
  const loadChat = once(() => import(module('widget-chat'))
    .then((chat) => chat.createChat({ root, base, siteKey, language, launcher, loadConfig, loadGate })));

  /** @type {() => Promise<Gate>} */
  const loadGate = once(async () => {
    const config = await loadConfig();
    if (config.consent.mode === 'notice' || !config.consent.platform) {
      const gate = createNoticeGate({ launcher, hasIdentity });
      if (hasIdentity()) {
        loadChat().then((chat) => chat.resume()).catch(warn);
      }

      return gate;
    }

    const consent = await import(module('widget-consent'));
    return consent.createPlatformGate({ config, launcher, loadChat, hasIdentity });
  });

  /** @param {boolean} toggle whether a press on the open panel closes it */
  const press = async (toggle) => {
    const gate = await loadGate().catch(() => null);
    const landing = landingUrl(known);
    if (gate?.state() === 'opt-in' && landing) {
      location.assign(landing);
      return;
    }

    const chat = await loadChat();
    await (toggle && chat.isOpen() ? chat.close() : chat.open());
  };

  loadGate().catch(warn);

  /** @param {string} token */
  const continueWith = (token) => void loadChat().then((chat) => chat.continueWith(token)).catch(warn);

  // A link opened in a tab already on its page changes only the fragment, and loads nothing.
  window.addEventListener('hashchange', () => {
    const token = takeContinueToken();
    if (token) {
      continueWith(token);
    }
  });

  if (continueToken) {
    continueWith(continueToken);
  } else if (wasOpen(siteKey)) {
    // The panel was open on this tab's previous page of the site: show it again, with its history.
    loadGate().then(() => (hasIdentity() ? loadChat().then((chat) => chat.restore()) : undefined)).catch(warn);
  }

  return {
    open: () => press(false),
    close: () => void loadChat().then((chat) => chat.close()),
  };
}

/**
 * Only a web link: the URL comes from the site's settings and must not become a script link.
 * @param {WidgetConfig | null} config
 */
function landingUrl(config) {
  const url = config?.consent.optInLandingUrl;
  try {
    const parsed = url ? new URL(url, location.href) : null;
    return parsed && ['http:', 'https:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** @param {unknown} error */
function warn(error) {
  console.warn('ChatConsent: the chat could not be loaded.', error);
}

/** An async script can run before <body> exists. */
function bodyReady() {
  return document.body
    ? Promise.resolve()
    : new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
}

// The API object is defined at once, so that a second copy of the tag adds no second button.
if (script && !('ChatConsent' in window)) {
  const widget = bodyReady().then(() => start(script));

  /** @type {PublicApi} */
  const api = Object.freeze({
    version,
    open: () => widget.then((w) => w.open()).catch(warn),
    close: () => void widget.then((w) => w.close()),
  });
  Object.defineProperty(window, 'ChatConsent', { value: api, configurable: true, enumerable: true });
}
