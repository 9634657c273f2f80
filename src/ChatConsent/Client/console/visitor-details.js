// @ts-check
// The panel above the open conversation: who the agent talks to, as far as the visitor allowed.
// Page, referrer and browser come from the visitor's browser and are shown as text only; in
// privacy mode the service sends none of them and the panel says why.
import { hubErrorCode } from './hub.js';
import { fullTime, messageTime } from './format.js';

/** @typedef {import('./types.js').VisitorDetails} VisitorDetails */

const privacyNotes = {
  site: 'Privacy mode: nothing is collected about this visitor',
  gpc: 'Privacy mode: the visitor\'s browser sent Global Privacy Control',
};

export class VisitorPanel {
  /** The conversation whose visitor was asked for last; answers for any other are dropped. */
  #requested = /** @type {string | null} */ (null);

  /**
   * @param {HTMLElement} container
   * @param {import('@microsoft/signalr').HubConnection} connection
   */
  constructor(container, connection) {
    this.container = container;
    this.connection = connection;
  }

  /**
   * Loads and shows the visitor of a conversation; the last answer shown stays while loading.
   * @param {string} conversationId
   */
  async load(conversationId) {
    if (this.#requested !== conversationId) {
      this.container.replaceChildren(note('Loading visitor details…'));
    }

    this.#requested = conversationId;
    try {
      const details = /** @type {VisitorDetails} */ (
        await this.connection.invoke('GetVisitor', conversationId));
      if (this.#requested === conversationId) {
        this.container.replaceChildren(detailsList(details));
      }
    } catch (error) {
      if (this.#requested === conversationId && hubErrorCode(error)) {
        this.container.replaceChildren(note('Visitor details are not available.'));
      }
    }
  }

  clear() {
    this.#requested = null;
    this.container.replaceChildren();
  }
}

/**
 * The panel's element, placed between the conversation's header and its messages.
 * @param {HTMLElement} section the open conversation
 */
export function createVisitorContainer(section) {
  const container = document.createElement('aside');
  container.className = 'visitor-details';
  container.dataset.testid = 'visitor-details';
  container.setAttribute('aria-label', 'Visitor details');
  const header = section.querySelector('.conversation-header');
  if (header) {
    header.after(container);
  } else {
    section.prepend(container);
  }
  return container;
}

/** @param {VisitorDetails} details */
function detailsList(details) {
  const list = document.createElement('dl');
  // The full id is what an admin searches for to export or erase the visitor's data.
  list.append(...row('Visitor id', 'visitor-id', details.visitorId));
  list.append(...row('Language', 'visitor-language', languageName(details.language)));
  list.append(...row('Consent', 'visitor-consent', consentText(details.consent)));
  if (details.consent) {
    list.append(...row('Source', 'visitor-consent-source', sourceName(details.consent.source)));
    list.append(...row(details.consent.source === 'notice' ? 'Scope' : 'Categories', 'visitor-consent-scope',
      details.consent.scope.split(',').join(', ')));
  }
  if (details.privacyMode) {
    list.append(...row('Privacy', 'visitor-privacy-mode', privacyNotes[details.privacyMode], 'privacy-mode'));
    return list;
  }

  if (details.currentPageUrl) {
    list.append(...row('Page', 'visitor-page', pageLink(details.currentPageUrl)));
  }
  if (details.referrer) {
    list.append(...row('Referrer', 'visitor-referrer', details.referrer));
  }
  if (details.browser) {
    list.append(...row('Browser', 'visitor-browser', details.browser));
  }
  return list;
}

/**
 * @param {string} label
 * @param {string} testId
 * @param {string | Node} value text is set as text, never parsed
 * @param {string} [className]
 */
function row(label, testId, value, className = '') {
  const term = document.createElement('dt');
  term.textContent = label;
  const description = document.createElement('dd');
  description.dataset.testid = testId;
  description.className = className;
  description.append(value);
  return [term, description];
}

/**
 * The page the visitor reported. A link only for web addresses, opened without telling the page
 * who came from the console; anything else stays plain text.
 * @param {string} url
 */
function pageLink(url) {
  if (!/^https?:\/\//i.test(url)) {
    return url;
  }

  const link = document.createElement('a');
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = url;
  return link;
}

/** @param {VisitorDetails['consent']} consent */
function consentText(consent) {
  if (!consent) {
    return 'No consent on record';
  }

  const time = document.createElement('time');
  time.dateTime = consent.recordedAt;
  time.title = fullTime(consent.recordedAt);
  time.textContent = messageTime(consent.recordedAt);
  const text = document.createDocumentFragment();
  text.append(`${consent.action} · `, time);
  return text;
}

/** What the platform names in ConsentRecords.Source stand for, as agents know them. */
const platformNames = {
  cookiebot: 'Cookiebot', borlabs: 'Borlabs Cookie', usercentrics: 'Usercentrics', klaro: 'Klaro',
  vanillacookieconsent: 'vanilla-cookieconsent', onetrust: 'OneTrust', cookieyes: 'CookieYes',
  complianz: 'Complianz', tcf: 'IAB TCF',
};

/** @param {string} source `notice` or a consent platform's name */
function sourceName(source) {
  if (source === 'notice') {
    return 'The chat\'s own notice';
  }

  const known = /** @type {Record<string, string>} */ (platformNames)[source.toLowerCase().replaceAll('-', '')];
  return `${known ?? source}, the site's consent platform`;
}

/** @param {string} code a language subtag such as `de` */
function languageName(code) {
  try {
    const name = new Intl.DisplayNames(undefined, { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** @param {string} text */
function note(text) {
  const paragraph = document.createElement('p');
  paragraph.className = 'visitor-note';
  paragraph.textContent = text;
  return paragraph;
}
