// @ts-check
import { ProblemError, getConfig, postConsent } from './api.js';
import { conversationView } from './conversation-view.js';
import { errorText, textsFor } from './i18n.js';
import { createSession } from './session.js';
import { panelCss } from './panel-styles.js';
import { adoptStyles } from './styles.js';
import { centeredView, createPanel, declinedView, noticeView } from './view.js';

/**
 * The chat module, imported by the loader on demand. It draws the panel into the loader's
 * shadow root and walks the visitor through notice, consent and conversation.
 *
 * @typedef {import('./api.js').WidgetConfig} WidgetConfig
 * @typedef {import('./view.js').Content} Content
 * @typedef {import('./session.js').Session} Session
 *
 * @typedef {object} ChatOptions
 * @property {ShadowRoot} root
 * @property {URL} base the folder widget.js was loaded from
 * @property {string} siteKey
 * @property {import('./i18n.js').Language} language
 * @property {import('./launcher.js').Launcher} launcher
 */

/**
 * @param {ChatOptions} options
 * @returns {import('./loader.js').ChatController}
 */
export function createChat({ root, base, siteKey, language, launcher }) {
  const t = textsFor(language);
  adoptStyles(root, panelCss);
  const panel = createPanel(t, { onClose: () => close() });
  root.append(panel.element);

  /** @type {Promise<WidgetConfig> | null} */
  let config = null;
  /** @type {Session | null} */
  let session = null;
  /** @type {ReturnType<typeof conversationView> | null} */
  let conversation = null;
  /** @type {Content | null} */
  let shown = null;
  let isOpen = false;

  const loadConfig = () => {
    config ??= getConfig(base, siteKey, language).catch((error) => {
      config = null;
      throw error;
    });
    return config;
  };

  const ensureSession = async () => {
    const { cookie, siteName } = await loadConfig();
    panel.setTitle(siteName);
    session ??= createSession({ base, siteKey, cookie, events: sessionEvents });
    return session;
  };

  /** @param {Content} content */
  const show = (content) => {
    shown = content;
    panel.show(content);
    if (isOpen) {
      content.focusTarget.focus();
    }
  };

  const showNotice = async () => {
    const { notice } = await loadConfig();
    const view = noticeView(t, notice, { onAccept: () => accept(view, notice), onDecline: showDeclined });
    show(view);
  };

  const showDeclined = () => {
    panel.setStatus(null);
    show(declinedView(t, () => void showNotice().catch(showLoadError)));
  };

  const showConversation = () => {
    const current = /** @type {Session} */ (session);
    conversation ??= conversationView(t, language, submit);
    conversation.render(current.messages());
    show(conversation);
    current.connect();
  };

  /** @param {unknown} error */
  const showLoadError = (error) => {
    const code = error instanceof ProblemError ? error.code : null;
    show(centeredView(code ? errorText(t, code) : t.unreachable));
  };

  /**
   * Consent is recorded against the exact notice on screen, by its version.
   * @param {ReturnType<typeof noticeView>} view
   * @param {import('./api.js').Notice} notice
   */
  const accept = async (view, notice) => {
    view.setBusy(true);
    panel.setStatus(null);
    try {
      const current = await ensureSession();
      current.adopt(await postConsent(base, siteKey, notice, null));
      showConversation();
    } catch (error) {
      view.setBusy(false);
      await consentFailed(error);
    }
  };

  /** @param {unknown} error */
  const consentFailed = async (error) => {
    const code = error instanceof ProblemError ? error.code : null;
    if (code !== 'notice_outdated') {
      panel.setStatus(code ? errorText(t, code) : t.unreachable);
      return;
    }

    // The text changed since it was shown; consent must refer to what the visitor reads.
    config = null;
    await showNotice().catch(showLoadError);
    panel.setStatus(t.noticeChanged);
  };

  /** @param {string} text */
  const submit = (text) => {
    if (!text.trim()) {
      panel.setStatus(errorText(t, 'message_empty'));
      return;
    }

    panel.setStatus(null);
    session?.send(text);
    conversation?.clearDraft();
  };

  /** @type {import('./session.js').SessionEvents} */
  const sessionEvents = {
    onMessages(newAgentMessage) {
      conversation?.render(session?.messages() ?? []);
      if (newAgentMessage && !isOpen) {
        launcher.setUnread(true);
      }
    },
    onConnectionState(state) {
      const text = state === 'reconnecting' ? t.reconnecting : state === 'offline' ? t.unreachable : null;
      panel.setStatus(text, 'info');
    },
    onRefused(code) {
      conversation = null;
      if (code === 'consent_required') {
        shown = null;
        if (isOpen) {
          showNotice().catch(showLoadError);
        }

        return;
      }

      show(centeredView(errorText(t, code)));
    },
    onSendFailed(code, text) {
      panel.setStatus(errorText(t, code));
      conversation?.restoreDraft(text);
    },
  };

  /** What opening shows: the conversation with an identity, else the notice again. */
  const showCurrent = async () => {
    if (shown && shown === conversation && session?.hasIdentity()) {
      shown.focusTarget.focus();
      return;
    }

    show(centeredView(t.loading));
    const current = await ensureSession();
    await (current.hasIdentity() ? showConversation() : showNotice());
  };

  const open = async () => {
    isOpen = true;
    panel.element.hidden = false;
    launcher.setExpanded(true);
    launcher.setUnread(false);
    await showCurrent().catch(showLoadError);
  };

  const close = () => {
    if (!isOpen) {
      return;
    }

    // Focus goes back to the button only if it was inside the widget, not elsewhere on the page.
    const hadFocus = root.activeElement !== null;
    isOpen = false;
    panel.element.hidden = true;
    panel.setStatus(null);
    launcher.setExpanded(false);
    if (hadFocus) {
      launcher.button.focus();
    }
  };

  return {
    open,
    close,
    isOpen: () => isOpen,
    resume: async () => {
      const current = await ensureSession();
      current.connect();
    },
  };
}
