// @ts-check
import { ProblemError, getConfig, postConsent, postRefusal } from './api.js';
import { conversationView } from './conversation-view.js';
import { availabilityCss, createAvailability } from './availability.js';
import { deleteDataView, forgetView } from './confirm-views.js';
import { createEmailFeature } from './email.js';
import { emailTextsFor } from './email-texts.js';
import { errorText, textsFor } from './i18n.js';
import { privacyLabel } from './links.js';
import { pageReportsAllowed, watchNavigation } from './page-report.js';
import { createSession } from './session.js';
import { panelCss } from './panel-styles.js';
import { adoptStyles } from './styles.js';
import { centeredView, createPanel, declinedView, noticeView, optInView } from './view.js';
import { rememberOpen } from './ui-state.js';

/**
 * The chat module, imported by the loader on demand. It draws the panel into the loader's
 * shadow root and walks the visitor through notice or opt-in, consent and conversation; the
 * gate says which of them the visitor's consent calls for.
 *
 * @typedef {import('./api.js').WidgetConfig} WidgetConfig
 * @typedef {import('./view.js').Content} Content
 * @typedef {import('./session.js').Session} Session
 * @typedef {import('./gate.js').Gate} Gate
 * @typedef {import('./confirm-views.js').ConfirmView} ConfirmView
 *
 * @typedef {object} ChatOptions
 * @property {ShadowRoot} root
 * @property {URL} base the folder widget.js was loaded from
 * @property {string} siteKey
 * @property {import('./i18n.js').Language} language
 * @property {import('./launcher.js').Launcher} launcher
 * @property {() => Promise<WidgetConfig>} loadConfig
 * @property {() => Promise<Gate>} loadGate
 */

/**
 * @param {ChatOptions} options
 * @returns {import('./loader.js').ChatController}
 */
export function createChat({ root, base, siteKey, language, launcher, loadConfig, loadGate }) {
  const t = textsFor(language);
  adoptStyles(root, panelCss);
  adoptStyles(root, availabilityCss);
  const panel = createPanel(t, { onClose: () => close() });
  root.append(panel.element);

  /** @type {Promise<WidgetConfig> | null} */
  let config = null;
  /** @type {Session | null} */
  let session = null;
  /** @type {Gate | null} */
  let gate = null;
  /** @type {ReturnType<typeof conversationView> | null} */
  let conversation = null;
  /** @type {Content | null} */
  let shown = null;
  let isOpen = false;
  /** False while the panel reopens by itself on a new page: the page keeps its focus then. */
  let moveFocus = true;

  // Leave-a-message mode: no agent online, so the visitor's message is answered later.
  const availability = createAvailability(language);
  const leaveMessageCopy = () => (availability.leaveMessage
    ? { empty: availability.texts.emptyLeaveMessage, placeholder: availability.texts.placeholderLeaveMessage }
    : null);
  availability.onLeaveMessageChange(() => conversation?.setCopy(leaveMessageCopy()));

  const currentConfig = () => {
    config ??= loadConfig().then(withLinks, (error) => {
      config = null;
      throw error;
    });
    return config;
  };

  /** The links show in every state, so they go up as soon as the config is there. */
  const withLinks = (/** @type {WidgetConfig} */ loaded) => {
    panel.setLinks(loaded.links);
    return loaded;
  };

  const ensureSession = async () => {
    const [loadedConfig, loaded] = await Promise.all([currentConfig(), loadGate()]);
    panel.setTitle(loadedConfig.siteName);
    gate = loaded;
    session ??= startSession(loadedConfig, loaded);
    return { session, gate: loaded };
  };

  /** @param {WidgetConfig} loadedConfig @param {Gate} loaded */
  const startSession = (loadedConfig, loaded) => {
    const reportsPage = pageReportsAllowed(loadedConfig);
    const created = createSession({ base, siteKey, cookie: loadedConfig.cookie, events: sessionEvents,
      evidence: loaded.evidence, reportsPage });
    if (reportsPage) {
      watchNavigation(() => created.pageChanged());
    }

    return created;
  };

  /** @param {Content} content */
  const show = (content) => {
    shown = content;
    panel.show(content);
    if (isOpen && moveFocus) {
      content.focusTarget.focus();
    }
  };

  const showNotice = async () => {
    const { notice, links } = await currentConfig();
    const onDecline = () => {
      const shown = { noticeVersion: notice.version, language: notice.language };
      void postRefusal(base, siteKey, shown).catch(() => {});
      showDeclined();
    };
    const handlers = { onAccept: () => accept(view, notice), onDecline };
    const view = noticeView(t, notice, handlers, privacyLabel(t, links));
    email.offerContinue(view);
    show(view);
  };

  const showDeclined = () => {
    panel.setStatus(null);
    show(declinedView(t, () => void showNotice().catch(showLoadError)));
  };

  /** @param {Gate} current */
  const showOptIn = async (current) => {
    const { optIn, links } = await currentConfig();
    const view = optInView(t, optIn, {
      onGrant: current.canGrant() ? () => void grant(view, current) : null,
      onSettings: current.canOpenSettings() ? () => current.openSettings() : null,
    }, privacyLabel(t, links));
    email.offerContinue(view);
    show(view);
  };

  const showConversation = () => {
    // An e-mail link opened on this page waits behind its button, whatever the chat would show.
    if (email.hasPending()) {
      void email.showPending().catch(showLoadError);
      return;
    }

    const current = /** @type {Session} */ (session);
    conversation ??= conversationView(t, language, {
      onSend: submit, onForget: showForget, onDeleteData: showDeleteData, onTyping: () => current.typed(),
      banner: availability.element,
    });
    email.attach(conversation);
    conversation.setCopy(leaveMessageCopy());
    conversation.render(current.messages(), current.readMarkKey());
    show(conversation);
    conversation.scrollToEnd();
    current.connect();
    if (isOpen) {
      rememberOpen(siteKey, true);
      seen();
    }
  };

  /** The visitor has the conversation in front of them: its replies count as read. */
  const seen = () => {
    if (isOpen && shown === conversation && document.visibilityState === 'visible') {
      session?.markRead();
    }
  };

  const showForget = () => {
    panel.setStatus(null);
    const view = forgetView(t, {
      onConfirm: () => void forget(view),
      onCancel: () => showConversation(),
    });
    show(view);
  };

  const showDeleteData = () => {
    panel.setStatus(null);
    const view = deleteDataView(t, {
      onConfirm: () => void deleteData(view),
      onCancel: () => showConversation(),
    });
    show(view);
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
      const { session: current, gate: currentGate } = await ensureSession();
      const request = {
        source: /** @type {const} */ ('notice'), noticeVersion: notice.version, language: notice.language,
      };
      current.adopt(await postConsent(base, siteKey, request, null, currentGate.evidence()));
      currentGate.noticeAccepted();
      showConversation();
    } catch (error) {
      view.setBusy(false);
      await consentFailed(error);
    }
  };

  /**
   * The opt-in's grant: the platform records the choice, the gate sees it and records it here.
   * @param {ReturnType<typeof optInView>} view
   * @param {Gate} current
   */
  const grant = async (view, current) => {
    view.setBusy(true);
    panel.setStatus(null);
    const ready = await current.grant().catch(() => false);
    if (session?.hasIdentity()) {
      if (shown !== conversation) {
        showConversation();
      }

      return;
    }

    view.setBusy(false);
    if (!ready) {
      panel.setStatus(t.grantNotConfirmed);
    }
  };

  /**
   * The data goes and so does the consent it rested on: like forgetting, the platform is told
   * where it can be, and the visitor sees the notice or the look-alike again.
   * @param {ConfirmView} view
   */
  const deleteData = async (view) => {
    view.setBusy(true);
    panel.setStatus(null);
    const { session: current, gate: currentGate } = await ensureSession();
    try {
      await current.eraseData();
    } catch {
      view.setBusy(false);
      panel.setStatus(t.deleteFailed);
      return;
    }

    conversation = null;
    rememberOpen(siteKey, false);
    currentGate.withdrawn(true);
    await showCurrent().catch(showLoadError);
    panel.setStatus(t.dataDeleted, 'info', 'chatconsent-data-deleted');
  };

  /** @param {ConfirmView} view */
  const forget = async (view) => {
    view.setBusy(true);
    const { session: current, gate: currentGate } = await ensureSession();
    await current.withdraw();
    conversation = null;
    rememberOpen(siteKey, false);
    currentGate.withdrawn(true);
    await showCurrent();
    panel.setStatus(t.forgotten, 'info');
  };

  /** @param {unknown} error */
  const consentFailed = async (error) => {
    const code = error instanceof ProblemError ? error.code : null;
    if (code === 'consent_denied' && gpcDenies(await currentConfig())) {
      panel.setStatus(t.gpcDenied);
      return;
    }

    if (code !== 'notice_outdated') {
      panel.setStatus(code ? errorText(t, code) : t.unreachable);
      return;
    }

    // The text changed since it was shown; consent must refer to what the visitor reads.
    config = getConfig(base, siteKey, language);
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
    if (session && gate) {
      void email.messageSent(session, gate, availability.leaveMessage);
    }
  };

  /** The state behind the identity changed: whatever showed before no longer holds. */
  const identityEnded = () => {
    rememberOpen(siteKey, false);
    conversation = null;
    shown = null;
    if (isOpen) {
      showCurrent().catch(showLoadError);
    }
  };

  /** @type {import('./session.js').SessionEvents} */
  const sessionEvents = {
    onMessages(newAgentMessage) {
      conversation?.render(session?.messages() ?? [], session?.readMarkKey());
      if (newAgentMessage) {
        conversation?.typing.stopped();
      }

      launcher.setUnread(isOpen ? 0 : session?.unreadCount() ?? 0);
      seen();
    },
    onTyping(signal) {
      conversation?.typing.received(signal);
    },
    onConnectionState(state) {
      const text = state === 'reconnecting' ? t.reconnecting : state === 'offline' ? t.unreachable : null;
      panel.setStatus(text, 'info');
    },
    onRefused(code) {
      if (code === 'consent_required' || code === 'consent_denied') {
        gate?.identityRefused(code);
        identityEnded();
        return;
      }

      conversation = null;
      show(centeredView(errorText(t, code)));
    },
    onWithdrawn() {
      gate?.withdrawn(false);
      identityEnded();
      panel.setStatus(t.withdrawn, 'info');
    },
    onSendFailed(code, text) {
      panel.setStatus(errorText(t, code));
      conversation?.restoreDraft(text);
    },
    onAvailability(agentsAvailable) {
      availability.update(agentsAvailable);
    },
  };

  /** What opening shows: the conversation with an identity, else what the consent state asks for. */
  const showCurrent = async () => {
    if (shown && shown === conversation && session?.hasIdentity()) {
      // Replies that came while the panel was closed were drawn out of sight, below the fold.
      conversation.scrollToEnd();
      shown.focusTarget.focus();
      return;
    }

    show(centeredView(t.loading));
    const { session: current, gate: currentGate } = await ensureSession();
    if (current.hasIdentity()) {
      showConversation();
      return;
    }

    // 'granted' without an identity: the platform allows the chat and the gate is recording it;
    // the conversation shows as soon as acquire() has the identity.
    const state = currentGate.state();
    await (state === 'opt-in' ? showOptIn(currentGate) : state === 'notice' ? showNotice() : undefined);
  };

  const email = createEmailFeature({
    root, base, siteKey, language, t, panel, launcher, show, shown: () => shown, currentConfig, ensureSession,
    reloadConfig: () => {
      config = getConfig(base, siteKey, language).then(withLinks);
    },
    showCurrent: () => showCurrent().catch(showLoadError),
    onContinued(addressConfirmed) {
      conversation = null;
      showConversation();
      const et = emailTextsFor(language);
      email.note(addressConfirmed ? et.addressConfirmed : et.continued);
    },
  });

  // A change of consent outside the panel (the platform's banner) redraws what the panel shows,
  // unless the visitor is in the conversation or reading the forget confirmation.
  launcher.onConsentChange(() => {
    if (isOpen && shown !== conversation && !session?.hasIdentity()) {
      showCurrent().catch(showLoadError);
    }
  });

  const open = async () => {
    isOpen = true;
    panel.element.hidden = false;
    launcher.setExpanded(true);
    launcher.setUnread(0);
    await showCurrent().catch(showLoadError);
    seen();
  };

  document.addEventListener('visibilitychange', seen);

  const close = () => {
    if (!isOpen) {
      return;
    }

    // Focus goes back to the button only if it was inside the widget, not elsewhere on the page.
    const hadFocus = root.activeElement !== null;
    isOpen = false;
    rememberOpen(siteKey, false);
    panel.element.hidden = true;
    panel.setStatus(null);
    launcher.setExpanded(false);
    launcher.setUnread(session?.unreadCount() ?? 0);
    if (hadFocus) {
      launcher.button.focus();
    }
  };

  return {
    open,
    close,
    async restore() {
      moveFocus = false;
      try {
        await open();
      } finally {
        moveFocus = true;
      }
    },
    isOpen: () => isOpen,
    resume: async () => {
      const { session: current } = await ensureSession();
      current.connect();
    },
    async acquire(optInVersion) {
      const { session: current, gate: currentGate } = await ensureSession();
      const { optIn } = await currentConfig();
      const request = { source: /** @type {const} */ ('platform'), noticeVersion: optInVersion ?? undefined,
        language: optIn.language };
      try {
        current.adopt(await postConsent(base, siteKey, request, current.token(), currentGate.evidence()));
      } catch (error) {
        if (isOpen) {
          await consentFailed(error);
        }

        throw error;
      }

      currentGate.refresh();
      if (isOpen && shown !== conversation) {
        showConversation();
      } else {
        current.connect();
      }
    },
    async withdraw() {
      const { session: current, gate: currentGate } = await ensureSession();
      await current.withdraw();
      currentGate.withdrawn(false);
      identityEnded();
      if (isOpen) {
        panel.setStatus(t.withdrawn, 'info');
      }
    },
    reconnect: async () => {
      const { session: current } = await ensureSession();
      current.reconnect();
    },
    /** An e-mail link's token: the panel opens on the one button that continues the conversation. */
    async continueWith(token) {
      email.setPending(token);
      await open();
      await email.showPending().catch(showLoadError);
    },
    /**
     * Asks for the visitor's e-mail address in the open conversation, for instance when no agent
     * is online ('offline'); false when no conversation is open to ask in.
     * @param {import('./email.js').PromptReason} [reason]
     */
    askForEmail: (reason) => email.prompt(reason),
  };
}

/** @param {WidgetConfig} config */
function gpcDenies(config) {
  return config.consent.gpcPolicy === 'deny' && /** @type {any} */ (navigator).globalPrivacyControl === true;
}
