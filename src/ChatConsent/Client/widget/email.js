// @ts-check
import { ProblemError } from './api.js';
import { getEmailStatus, leaveEmail, postContinue, requestLink } from './email-api.js';
import { emailTextsFor } from './email-texts.js';
import { answerView, continueFormView, continueReadyView, emailCss, emailPromptCard, linkInvalidView }
  from './email-views.js';
import { h } from './dom.js';
import { errorText } from './i18n.js';
import { privacyLabel } from './links.js';
import { adoptStyles } from './styles.js';

/**
 * Continuing by e-mail, in the widget: leaving an address (offered at any time, asked for after
 * the visitor's first message, or when nobody is online), asking for a sign-in link, and the one
 * button behind a link, which records consent as on a first visit and then continues as the
 * visitor the link belongs to.
 *
 * @typedef {import('./api.js').WidgetConfig} WidgetConfig
 * @typedef {import('./view.js').Content} Content
 * @typedef {import('./session.js').Session} Session
 * @typedef {import('./gate.js').Gate} Gate
 *
 * @typedef {'offered' | 'after-first-message' | 'offline'} PromptReason why the widget asks for an address
 *
 * @typedef {object} EmailFeatureOptions
 * @property {ShadowRoot} root
 * @property {URL} base
 * @property {string} siteKey
 * @property {'en' | 'de'} language
 * @property {import('./i18n.js').Texts} t
 * @property {import('./view.js').Panel} panel
 * @property {import('./launcher.js').Launcher} launcher
 * @property {(content: Content) => void} show
 * @property {() => Content | null} shown
 * @property {() => Promise<WidgetConfig>} currentConfig
 * @property {() => void} reloadConfig fetches the config anew, after the notice changed
 * @property {() => Promise<{ session: Session, gate: Gate }>} ensureSession
 * @property {() => Promise<void>} showCurrent what the panel shows without this feature
 * @property {(addressConfirmed: boolean) => void} onContinued the browser is now the linked visitor
 */

/** @param {EmailFeatureOptions} options */
export function createEmailFeature(options) {
  const { root, base, siteKey, language, t, panel, launcher, show, currentConfig, ensureSession } = options;
  const et = emailTextsFor(language);
  adoptStyles(root, emailCss);

  /** @type {string | null} the token of a link opened on this page and not yet redeemed */
  let pendingToken = null;
  /** @type {Content | null} */
  let continueView = null;
  /** @type {HTMLElement | null} the open conversation, where the address card goes */
  let conversationElement = null;
  /** @type {ReturnType<typeof emailPromptCard> | null} */
  let card = null;
  let askedAfterFirstMessage = false;

  /** @param {unknown} error */
  const codeOf = (error) => (error instanceof ProblemError ? error.code : null);

  /** @param {string | null} code */
  const sentence = (code) => (code === 'email_invalid' ? et.errors.email_invalid : errorText(t, code));

  /** @param {PromptReason} reason */
  const prompt = (reason = 'offered') => {
    if (!conversationElement) {
      return false;
    }

    card?.element.remove();
    const created = emailPromptCard(et, reason === 'offline' ? et.offlineText : et.promptText, {
      onSubmit: (email) => void submitAddress(created, email),
      onDismiss: () => created.element.remove(),
    });
    card = created;
    conversationElement.insertBefore(created.element, conversationElement.querySelector('.cc-composer'));
    // Only a press of "get replies by e-mail" moves the focus; a card that comes by itself
    // must not pull the visitor out of the message box.
    if (reason === 'offered') {
      created.focus();
    }

    return true;
  };

  /** @param {ReturnType<typeof emailPromptCard>} target @param {string} email */
  const submitAddress = async (target, email) => {
    target.setBusy(true);
    target.setError(null);
    try {
      const { session, gate } = await ensureSession();
      const answer = await leaveEmail(base, siteKey, session.token() ?? '', gate.evidence(), email);
      target.showDone(et.pending(answer.pendingEmail, answer.linkLifetimeMinutes));
    } catch (error) {
      target.setBusy(false);
      target.setError(sentence(codeOf(error)));
    }
  };

  /**
   * @param {(email: string) => Promise<void>} request
   * @param {{ setBusy(b: boolean): void, setError(s: string | null): void }} view
   * @param {string} email
   */
  const asking = async (request, view, email) => {
    view.setBusy(true);
    view.setError(null);
    try {
      await request(email);
    } catch (error) {
      view.setBusy(false);
      view.setError(sentence(codeOf(error)));
    }
  };

  /** @param {{ email?: string, token?: string }} request */
  const sendLink = async (request) => {
    const answer = await requestLink(base, siteKey, request);
    show(answerView(et.linkSent(answer.linkLifetimeMinutes), 'chatconsent-link-sent',
      { label: et.back, onPress: () => void options.showCurrent() }));
  };

  const showContinueForm = () => {
    panel.setStatus(null);
    const view = continueFormView(et, {
      onRequest: (email) => void asking((address) => sendLink({ email: address }), view, email),
      onBack: () => void options.showCurrent(),
    });
    show(view);
  };

  /** @param {string} token */
  const showInvalid = (token) => {
    const view = linkInvalidView(et, {
      onAgain: () => void asking(() => sendLink({ token }), view, ''),
      onRequest: (email) => void asking((address) => sendLink({ email: address }), view, email),
    });
    show(view);
  };

  /** The one button; its POST alone redeems the link, with the consent the view asks for. */
  const showPending = async () => {
    const token = pendingToken;
    if (!token) {
      return;
    }

    const [config, { session, gate }] = await Promise.all([currentConfig(), ensureSession()]);
    const platformOnly = config.consent.mode === 'platform';
    const blocked = platformOnly && gate.state() !== 'granted';
    const notice = platformOnly ? null : config.notice;
    const view = continueReadyView(et, {
      notice, policyLabel: privacyLabel(t, config.links), blocked,
      labels: { grant: config.optIn.grantLabel, settings: config.optIn.settingsLabel },
    }, {
      onContinue: () => void press(view, token, config, notice, session, gate),
      onGrant: gate.canGrant() ? () => void gate.grant() : null,
      onSettings: gate.canOpenSettings() ? () => gate.openSettings() : null,
    });
    continueView = view;
    show(view);
  };

  /**
   * @param {import('./email-views.js').BusyView} view @param {string} token @param {WidgetConfig} config
   * @param {import('./api.js').Notice | null} notice @param {Session} session @param {Gate} gate
   */
  const press = async (view, token, config, notice, session, gate) => {
    view.setBusy(true);
    panel.setStatus(null);
    const body = notice
      ? { token, source: /** @type {const} */ ('notice'), noticeVersion: notice.version, language: notice.language }
      : { token, source: /** @type {const} */ ('platform'), language: config.language };
    try {
      const continued = await postContinue(base, siteKey, body, session.token(), gate.evidence());
      pendingToken = null;
      continueView = null;
      session.adoptLinked(continued);
      gate.noticeAccepted();
      options.onContinued(continued.addressConfirmed);
    } catch (error) {
      await pressFailed(view, token, codeOf(error));
    }
  };

  /** @param {import('./email-views.js').BusyView} view @param {string} token @param {string | null} code */
  const pressFailed = async (view, token, code) => {
    if (code === 'link_invalid') {
      pendingToken = null;
      showInvalid(token);
      return;
    }

    if (code === 'notice_outdated') {
      options.reloadConfig();
      await showPending();
      panel.setStatus(t.noticeChanged);
      return;
    }

    view.setBusy(false);
    panel.setStatus(code === 'consent_denied' ? errorText(t, code) : code ? errorText(t, code) : t.unreachable);
  };

  // The platform may allow the chat while the button waits; the view then offers it at once.
  launcher.onConsentChange(() => {
    if (pendingToken && continueView && options.shown() === continueView) {
      void showPending();
    }
  });

  return {
    prompt,
    showPending,

    /**
     * A line in the open conversation that stays until dismissed, unlike the status line, which
     * the connection's state takes over.
     * @param {string} text
     */
    note(text) {
      if (!conversationElement) {
        return;
      }

      const close = h('button', { type: 'button', class: 'cc-link' }, [et.close]);
      const line = h('div', { class: 'cc-email-card', 'data-testid': 'chatconsent-continued' },
        [h('p', {}, [text]), close]);
      close.addEventListener('click', () => line.remove());
      conversationElement.insertBefore(line, conversationElement.querySelector('.cc-composer'));
    },

    /** @param {string} token */
    setPending(token) {
      pendingToken = token;
    },

    hasPending: () => pendingToken !== null,

    /**
     * "Continue a previous conversation" under the notice or the opt-in explanation.
     * @param {Content} view
     */
    offerContinue(view) {
      const offer = h('button', { type: 'button', class: 'cc-link', 'data-testid': 'chatconsent-continue-offer' },
        [et.continueOffer]);
      offer.addEventListener('click', showContinueForm);
      (view.element.querySelector('.cc-actions') ?? view.element).append(offer);
    },

    /**
     * The open conversation: a small "get replies by e-mail" action in its footer.
     * @param {Content} view
     */
    attach(view) {
      if (conversationElement === view.element) {
        return;
      }

      conversationElement = view.element;
      card = null;
      const offer = h('button', { type: 'button', class: 'cc-link', 'data-testid': 'chatconsent-email-offer' },
        [et.offer]);
      offer.addEventListener('click', () => prompt('offered'));
      view.element.querySelector('.cc-footer')?.append(offer);
    },

    /**
     * After the visitor's first message: asks once for an address, unless one is known already.
     * While nobody is online the card says that the answer can come by e-mail.
     * @param {Session} session @param {Gate} gate @param {boolean} nobodyOnline
     */
    async messageSent(session, gate, nobodyOnline) {
      const sentByVisitor = session.messages().filter((m) => m.sender === 'visitor').length;
      if (askedAfterFirstMessage || sentByVisitor > 1 || !session.token()) {
        return;
      }

      askedAfterFirstMessage = true;
      const status = await getEmailStatus(base, siteKey, session.token() ?? '', gate.evidence()).catch(() => null);
      if (status && !status.email && !status.pendingEmail) {
        prompt(nobodyOnline ? 'offline' : 'after-first-message');
      }
    },
  };
}

/** @typedef {ReturnType<typeof createEmailFeature>} EmailFeature */
