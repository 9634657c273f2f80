// @ts-check
import { h, icon } from './dom.js';
import { legalLinks, safeLink } from './links.js';

/**
 * The panel and what it shows: the notice, the opt-in explanation and the text after a decline;
 * the conversation and the confirmations have modules of their own. Everything the server or a
 * person wrote is set as text, never parsed as markup.
 *
 * @typedef {import('./i18n.js').Texts} Texts
 * @typedef {import('./api.js').Notice} Notice
 * @typedef {import('./api.js').OptIn} OptIn
 * @typedef {import('./api.js').Links} Links
 * @typedef {import('./messages.js').ChatMessage} ChatMessage
 * @typedef {{ element: HTMLElement, focusTarget: HTMLElement }} Content
 */

/**
 * @param {Texts} t
 * @param {{ onClose: () => void }} handlers
 */
export function createPanel(t, { onClose }) {
  const title = h('h2', { id: 'cc-title', class: 'cc-title', tabindex: '-1' }, [t.chat]);
  const closeButton = h('button', {
    type: 'button', class: 'cc-icon-button', 'data-testid': 'chatconsent-close', 'aria-label': t.closeChat,
  }, [icon('close')]);
  const status = h('p', { class: 'cc-status', role: 'status', hidden: true });
  const body = h('div', { class: 'cc-body' });
  const legal = h('footer', { class: 'cc-legal', hidden: true });
  const element = h('section', {
    id: 'cc-panel', class: 'cc-panel', role: 'dialog', 'aria-labelledby': 'cc-title',
    'data-testid': 'chatconsent-panel', hidden: true,
  }, [h('header', { class: 'cc-header' }, [title, closeButton]), status, body, legal]);

  /** @type {{ info: StatusLine | null, error: StatusLine | null }} */
  const lines = { info: null, error: null };
  closeButton.addEventListener('click', onClose);
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  });

  return {
    element,
    /** @param {string} text */
    setTitle: (text) => { title.textContent = text; },
    /** @param {Links} links */
    setLinks(links) {
      legal.replaceChildren(...legalLinks(t, links));
      legal.hidden = !legal.firstChild;
    },
    /** @param {Content} content */
    show(content) {
      body.replaceChildren(content.element);
    },
    /**
     * An error outranks the connection's state; clearing the error shows the state again.
     * @param {string | null} text
     * @param {'info' | 'error'} [kind]
     * @param {string} [testId] for a line that tests wait for, such as the deletion's confirmation
     */
    setStatus(text, kind = 'error', testId) {
      lines[kind] = text === null ? null : { text, testId };
      const shown = lines.error ? 'error' : 'info';
      status.textContent = lines[shown]?.text ?? '';
      status.dataset.kind = shown;
      status.hidden = !lines[shown];
      setTestId(status, lines[shown]?.testId);
    },
  };
}

/** @typedef {{ text: string, testId: string | undefined }} StatusLine */

/** @param {HTMLElement} element @param {string | undefined} testId */
function setTestId(element, testId) {
  if (testId) {
    element.dataset.testid = testId;
  } else {
    delete element.dataset.testid;
  }
}

/** @typedef {ReturnType<typeof createPanel>} Panel */

/**
 * @param {string} text
 * @returns {Content}
 */
export function centeredView(text) {
  const element = h('p', { class: 'cc-center', tabindex: '-1' }, [text]);
  return { element, focusTarget: element };
}

/**
 * @param {Texts} t
 * @param {Notice} notice
 * @param {{ onAccept: () => void, onDecline: () => void }} handlers
 * @param {string} policyLabel
 */
export function noticeView(t, notice, { onAccept, onDecline }, policyLabel) {
  const heading = h('h3', { tabindex: '-1' }, [notice.title]);
  const policy = safeLink(notice.privacyPolicyUrl, policyLabel);
  const accept = h('button', { type: 'button', class: 'cc-primary', 'data-testid': 'chatconsent-accept' },
    [notice.acceptLabel]);
  const decline = h('button', { type: 'button', class: 'cc-secondary', 'data-testid': 'chatconsent-decline' },
    [notice.declineLabel]);
  accept.addEventListener('click', onAccept);
  decline.addEventListener('click', onDecline);

  const text = h('div', { class: 'cc-notice' },
    [heading, ...notice.paragraphs.map((p) => h('p', {}, [p])), policy && h('p', {}, [policy])]);
  const element = h('div', { class: 'cc-body', 'data-testid': 'chatconsent-notice' },
    [text, h('div', { class: 'cc-actions' }, [accept, decline])]);

  return {
    element,
    focusTarget: heading,
    /** @param {boolean} busy */
    setBusy(busy) {
      accept.disabled = busy;
      decline.disabled = busy;
    },
  };
}

/**
 * The explanation behind the look-alike button, in the service's words. The grant button asks
 * the site's own consent platform, so that the platform stays where the choice is kept.
 * @param {Texts} t
 * @param {OptIn} optIn
 * @param {{ onGrant: (() => void) | null, onSettings: (() => void) | null }} handlers null: not offered
 * @param {string} policyLabel
 */
export function optInView(t, optIn, { onGrant, onSettings }, policyLabel) {
  const heading = h('h3', { tabindex: '-1' }, [optIn.title]);
  const policy = safeLink(optIn.privacyPolicyUrl, policyLabel);
  const grant = onGrant && h('button', {
    type: 'button', class: 'cc-primary', 'data-testid': 'chatconsent-optin-grant',
  }, [optIn.grantLabel]);
  const settings = onSettings && h('button', {
    type: 'button', class: onGrant ? 'cc-secondary' : 'cc-primary', 'data-testid': 'chatconsent-optin-settings',
  }, [optIn.settingsLabel]);
  grant?.addEventListener('click', () => onGrant?.());
  settings?.addEventListener('click', () => onSettings?.());

  const unavailable = !grant && !settings && h('p', { class: 'cc-hint' }, [t.platformMissing]);
  const text = h('div', { class: 'cc-notice' }, [heading, ...optIn.paragraphs.map((p) => h('p', {}, [p])),
    policy && h('p', {}, [policy]), unavailable]);
  const element = h('div', { class: 'cc-body', 'data-testid': 'chatconsent-optin' },
    [text, h('div', { class: 'cc-actions' }, [grant, settings])]);

  return {
    element,
    focusTarget: heading,
    /** @param {boolean} busy */
    setBusy(busy) {
      for (const button of [grant, settings]) {
        if (button) {
          button.disabled = busy;
        }
      }
    },
  };
}

/**
 * @param {Texts} t
 * @param {() => void} onShowNotice
 * @returns {Content}
 */
export function declinedView(t, onShowNotice) {
  const text = h('p', { tabindex: '-1' }, [t.declined]);
  const again = h('button', { type: 'button', class: 'cc-secondary' }, [t.noticeAgain]);
  again.addEventListener('click', onShowNotice);
  const element = h('div', { class: 'cc-declined', 'data-testid': 'chatconsent-declined' }, [text, again]);
  return { element, focusTarget: text };
}
