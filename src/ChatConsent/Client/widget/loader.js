// @ts-check
import { DefaultCookieName, readCookie } from './cookie.js';
import { h } from './dom.js';
import { buttonTextsFor, pickLanguage } from './i18n.js';
import { createLauncher } from './launcher.js';
import { adoptStyles, launcherCss } from './styles.js';

/**
 * The one script a site embeds. It draws the chat button and imports the chat module only
 * when it is needed: on the first press, or at once for a returning visitor, whose open tabs
 * should all receive replies.
 */

/**
 * @typedef {object} ChatController what the chat module's createChat returns
 * @property {() => Promise<void>} open
 * @property {() => void} close
 * @property {() => boolean} isOpen
 * @property {() => Promise<void>} resume connects a returning visitor in the background
 */

/** @typedef {{ open(): Promise<void>, close(): void, readonly version: string }} PublicApi */

const version = __CHATCONSENT_VERSION__;

/** `document.currentScript` is only set while this file first runs, so it is read right away. */
const script = /** @type {HTMLScriptElement | null} */ (document.currentScript
  ?? document.querySelector('script[src*="widget.js"][data-site]'));

/** @param {HTMLScriptElement} tag */
function start(tag) {
  const base = new URL('./', tag.src);
  const siteKey = tag.dataset.site ?? '';
  const language = pickLanguage();
  const texts = buttonTextsFor(language);

  const host = h('div', { id: 'chatconsent-root' });
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, launcherCss);
  document.body.append(host);

  /** @type {Promise<ChatController> | null} */
  let chat = null;
  const launcher = createLauncher(root, texts, () => void toggle().catch(warn));

  const loadChat = () => {
    chat ??= import(new URL(`dist/widget-chat.js?v=${version}`, base).href)
      .then((module) => module.createChat({ root, base, siteKey, language, launcher }))
      .catch((error) => {
        chat = null;
        throw error;
      });
    return chat;
  };

  const open = async () => (await loadChat()).open();
  const close = () => chat?.then((controller) => controller.close());
  const toggle = () => chat?.then((controller) => (controller.isOpen() ? close() : open())) ?? open();

  if (readCookie(DefaultCookieName) !== null) {
    loadChat().then((controller) => controller.resume()).catch(warn);
  }

  return { open, close };
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
