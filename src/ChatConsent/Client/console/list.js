// @ts-check
// The conversation list: one entry per conversation, newest activity first, with a count of
// the messages no agent has read yet. The count rests on the agents' read mark kept by the
// server, so it survives a reload and is the same for the whole team.
import { relativeTime, visitorLabel } from './format.js';

/** @typedef {import('./types.js').ConversationSummary} ConversationSummary */

/**
 * @typedef {object} Entry
 * @property {ConversationSummary} summary
 * @property {number} seenSequence the agents' read mark, or further where this console has just
 *   shown the messages and the server has not confirmed it yet
 * @property {HTMLLIElement} element
 */

export class ConversationList {
  /** @type {Map<string, Entry>} */
  #entries = new Map();

  /** @type {string | null} */
  #selectedId = null;

  /**
   * Told when the open conversation's newest messages are on screen in a visible tab, so that
   * the read mark can move on the server.
   * @type {(conversationId: string, throughSequence: number) => void}
   */
  onSeen = () => {};

  /**
   * @param {HTMLUListElement} root
   * @param {HTMLElement} empty shown while there is no conversation
   */
  constructor(root, empty) {
    this.root = root;
    this.empty = empty;
    root.addEventListener('keydown', (event) => this.#moveFocus(event));
  }

  /**
   * Replaces the list with the server's.
   * @param {ConversationSummary[]} summaries
   */
  replaceAll(summaries) {
    const returned = new Set(summaries.map((summary) => summary.id));
    for (const [id, entry] of this.#entries) {
      if (!returned.has(id) && id !== this.#selectedId) {
        entry.element.remove();
        this.#entries.delete(id);
      }
    }

    for (const summary of summaries) {
      this.#put(summary);
    }

    this.#arrange();
  }

  /**
   * Adds the next page of a paged list.
   * @param {ConversationSummary[]} summaries
   */
  append(summaries) {
    for (const summary of summaries) {
      this.#put(summary);
    }
    this.#arrange();
  }

  /**
   * Takes a conversation off the list, as when it left the queue; the open one stays.
   * @param {string} id
   */
  remove(id) {
    const entry = this.#entries.get(id);
    if (entry && id !== this.#selectedId) {
      entry.element.remove();
      this.#entries.delete(id);
      this.#arrange();
    }
  }

  /**
   * Inserts or replaces one conversation.
   * @param {ConversationSummary} summary
   * @returns {number} how many messages of it are now unread
   */
  upsert(summary) {
    const entry = this.#put(summary);
    this.#arrange();
    return unread(entry);
  }

  /** @param {string} id */
  get(id) {
    return this.#entries.get(id)?.summary ?? null;
  }

  /**
   * Marks a conversation as the open one; its messages count as read from now on. Called again
   * when the tab becomes visible.
   * @param {string | null} id
   */
  select(id) {
    this.#selectedId = id;
    for (const entry of this.#entries.values()) {
      this.#render(entry);
    }
    this.#updateTitle();
  }

  /**
   * A read mark moved on the server: the agents' changes the count, the visitor's is kept for
   * the read receipt in the open conversation.
   * @param {import('./types.js').ReadReceipt} receipt
   */
  applyReceipt(receipt) {
    const entry = this.#entries.get(receipt.conversationId);
    if (!entry) {
      return;
    }

    const key = receipt.reader === 'agent' ? 'agentReadThrough' : 'visitorReadThrough';
    entry.summary = { ...entry.summary, [key]: Math.max(entry.summary[key] ?? 0, receipt.throughSequence) };
    this.#put(entry.summary);
    this.#updateTitle();
  }

  /** @param {string} id */
  focusItem(id) {
    this.#entries.get(id)?.element.querySelector('a')?.focus();
  }

  /** Relative times go stale while the page is open. */
  refreshTimes() {
    for (const entry of this.#entries.values()) {
      const time = entry.element.querySelector('time');
      if (time) {
        time.textContent = relativeTime(entry.summary.lastMessageAt);
      }
    }
  }

  /** @param {ConversationSummary} summary */
  #put(summary) {
    const existing = this.#entries.get(summary.id);
    const entry = existing ?? { summary, seenSequence: 0, element: createItem(summary.id) };
    entry.summary = summary;
    entry.seenSequence = Math.max(entry.seenSequence, summary.agentReadThrough ?? 0);
    this.#entries.set(summary.id, entry);
    this.#render(entry);
    return entry;
  }

  /**
   * The open conversation counts as read only while the tab is visible, so that the title's
   * count also tells an agent in another tab about the conversation they left open here.
   * @param {Entry} entry
   */
  #render(entry) {
    const selected = entry.summary.id === this.#selectedId;
    if (selected && document.visibilityState === 'visible' && entry.seenSequence < entry.summary.lastSequence) {
      entry.seenSequence = entry.summary.lastSequence;
      this.onSeen(entry.summary.id, entry.seenSequence);
    }

    fillItem(entry.element, entry.summary, unread(entry), selected);
  }

  /** Puts the entries in order, moving only those out of place so focus mostly stays put. */
  #arrange() {
    const focused = document.activeElement;
    const sorted = [...this.#entries.values()].sort(byLatestActivity);
    sorted.forEach((entry, index) => {
      if (this.root.children[index] !== entry.element) {
        this.root.insertBefore(entry.element, this.root.children[index] ?? null);
      }
    });

    if (focused instanceof HTMLElement && this.root.contains(focused) && document.activeElement !== focused) {
      focused.focus();
    }

    this.empty.hidden = sorted.length > 0;
    this.#updateTitle();
  }

  /** The tab's title carries the total, so a waiting visitor shows in a background tab too. */
  #updateTitle() {
    const total = [...this.#entries.values()].reduce((sum, entry) => sum + unread(entry), 0);
    const base = document.title.replace(/^\(\d+\) /, '');
    document.title = total > 0 ? `(${total}) ${base}` : base;
  }

  /**
   * Up and down arrows walk the list, as in a mail client.
   * @param {KeyboardEvent} event
   */
  #moveFocus(event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
      return;
    }

    const links = [...this.root.querySelectorAll('a')];
    const index = links.indexOf(/** @type {HTMLAnchorElement} */ (document.activeElement));
    const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }
}

/** @param {Entry} entry */
function unread(entry) {
  return Math.max(0, entry.summary.lastSequence - entry.seenSequence);
}

/**
 * @param {Entry} a
 * @param {Entry} b
 */
function byLatestActivity(a, b) {
  return Date.parse(b.summary.lastMessageAt) - Date.parse(a.summary.lastMessageAt);
}

/** @param {string} id */
function createItem(id) {
  const item = document.createElement('li');
  item.className = 'conversation-item';
  item.dataset.testid = 'conversation-item';
  item.dataset.conversationId = id;
  return item;
}

/**
 * @param {HTMLLIElement} item
 * @param {ConversationSummary} summary
 * @param {number} unreadCount
 * @param {boolean} selected
 */
function fillItem(item, summary, unreadCount, selected) {
  const link = document.createElement('a');
  link.href = `#${summary.id}`;
  link.className = 'conversation-link';
  if (selected) {
    link.setAttribute('aria-current', 'true');
  }

  const top = span('item-top', span('item-visitor', visitorLabel(summary.visitorId)), timeOf(summary));
  const bottom = span('item-bottom', span('item-preview', summary.lastMessagePreview ?? ''));
  if (unreadCount > 0) {
    bottom.append(unreadBadge(unreadCount));
  }

  const site = span('item-site', summary.siteName);
  if (summary.visitorPrivacyModeReason) {
    site.append(' · ', span('privacy-mode', 'privacy mode'));
  }

  link.append(top, site, bottom);
  item.classList.toggle('has-unread', unreadCount > 0);
  item.classList.toggle('is-closed', summary.status === 'closed');
  const hadFocus = item.contains(document.activeElement);
  item.replaceChildren(link);
  if (hadFocus) {
    link.focus();
  }
}

/** @param {ConversationSummary} summary */
function timeOf(summary) {
  const time = document.createElement('time');
  time.className = 'item-time';
  time.dateTime = summary.lastMessageAt;
  time.textContent = relativeTime(summary.lastMessageAt);
  return time;
}

/** @param {number} count */
function unreadBadge(count) {
  const badge = span('unread', String(count));
  badge.append(span('visually-hidden', count === 1 ? ' unread message' : ' unread messages'));
  return badge;
}

/**
 * @param {string} className
 * @param {...(Node | string)} children
 */
function span(className, ...children) {
  const element = document.createElement('span');
  element.className = className;
  element.append(...children);
  return element;
}
