// @ts-check
// Which conversations the list shows: the queue (open, nobody on it), the agent's own, every
// conversation (admins), or a search. Lists come a page at a time; live updates add a
// conversation that now belongs to the list and take away one that left it, such as a queued
// conversation a colleague just took.

/** @typedef {import('./types.js').ConversationSummary} ConversationSummary */
/** @typedef {import('./workflow-types.js').ConversationFilter} ConversationFilter */
/** @typedef {import('./workflow-types.js').ConversationPage} ConversationPage */
/** @typedef {import('./list.js').ConversationList} ConversationList */
/** @typedef {import('./presence.js').Presence} Presence */

/** @typedef {'queue' | 'mine' | 'all' | 'search'} ListMode */

const pageSize = 50;

const tabs = /** @type {const} */ ([
  { mode: 'queue', label: 'Queue', empty: 'Nobody is waiting. New conversations appear here.' },
  { mode: 'mine', label: 'Mine', empty: 'No open conversation is assigned to you.' },
  { mode: 'all', label: 'All', empty: 'No conversations yet. They appear here as visitors write.' },
]);

const searchEmpty = 'No conversation matches this search.';

export class ConversationLists {
  /** @type {ListMode} */
  #mode = 'queue';

  /** @type {ConversationFilter} the search's filter while the mode is search */
  #search = {};

  /** @type {string | null} */
  #nextCursor = null;

  /** Counts loads, so that the answer to an older one cannot overwrite a newer list. */
  #generation = 0;

  /**
   * @param {ConversationList} list
   * @param {Presence} presence
   * @param {import('@microsoft/signalr').HubConnection} connection
   * @param {(error: unknown) => void} onFailure
   */
  constructor(list, presence, connection, onFailure) {
    this.list = list;
    this.presence = presence;
    this.connection = connection;
    this.onFailure = onFailure;
    this.tabList = createTabs((mode) => void this.show(mode));
    list.root.before(this.tabList);
    this.more = createMoreButton(() => void this.#loadMore());
    list.empty.after(this.more);
  }

  get mode() {
    return this.#mode;
  }

  /** Shows the admins' tab once the console knows who it serves. */
  refreshTabs() {
    const all = this.tabList.querySelector('[data-mode="all"]');
    if (all instanceof HTMLElement) {
      all.hidden = !this.presence.me?.isAdmin;
    }
  }

  /**
   * @param {ListMode} mode
   * @param {ConversationFilter} [search] the filter, for the search mode
   */
  async show(mode, search = {}) {
    this.#mode = mode;
    this.#search = search;
    for (const tab of this.tabList.querySelectorAll('button')) {
      tab.setAttribute('aria-selected', String(tab.dataset.mode === mode));
    }

    await this.reload();
  }

  /** Loads the first page of the current list again. */
  async reload() {
    const generation = ++this.#generation;
    try {
      const page = await this.#find(null);
      if (generation === this.#generation) {
        this.list.replaceAll(page.items);
        this.#nextCursor = page.nextCursor;
        this.#showMore();
      }
    } catch (error) {
      this.onFailure(error);
    }
  }

  /**
   * A conversation changed somewhere: it joins, stays in or leaves the list shown.
   * @param {ConversationSummary} summary
   */
  updated(summary) {
    const listed = this.list.get(summary.id) !== null;
    const belongs = this.#mode === 'search' ? listed : this.#belongs(summary);
    if (belongs) {
      this.list.upsert(summary);
    } else if (listed) {
      this.list.remove(summary.id);
      if (this.list.get(summary.id)) {
        this.list.upsert(summary);
      }
    }
  }

  /** @param {ConversationSummary} summary */
  #belongs(summary) {
    const me = this.presence.me?.agentId;
    switch (this.#mode) {
      case 'queue':
        return summary.status === 'open' && !summary.assignedAgentId;
      case 'mine':
        return summary.status === 'open' && summary.assignedAgentId === me;
      default:
        return true;
    }
  }

  /** @param {string | null} cursor */
  #find(cursor) {
    /** @type {ConversationFilter} */
    const filter = this.#mode === 'search'
      ? { ...this.#search, scope: 'all', cursor, limit: pageSize }
      : { scope: this.#mode, status: this.#mode === 'all' ? null : 'open', cursor, limit: pageSize };
    return /** @type {Promise<ConversationPage>} */ (this.connection.invoke('FindConversations', filter));
  }

  async #loadMore() {
    const generation = this.#generation;
    this.more.disabled = true;
    try {
      const page = await this.#find(this.#nextCursor);
      if (generation === this.#generation) {
        this.list.append(page.items);
        this.#nextCursor = page.nextCursor;
      }
    } catch (error) {
      this.onFailure(error);
    } finally {
      this.more.disabled = false;
      this.#showMore();
    }
  }

  #showMore() {
    this.more.hidden = this.#nextCursor === null;
    const tab = tabs.find((t) => t.mode === this.#mode);
    this.list.empty.textContent = tab?.empty ?? searchEmpty;
  }
}

/** @param {(mode: ListMode) => void} onSelect */
function createTabs(onSelect) {
  const bar = document.createElement('div');
  bar.className = 'list-tabs';
  bar.setAttribute('role', 'tablist');
  bar.setAttribute('aria-label', 'Which conversations');
  for (const { mode, label } of tabs) {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = 'list-tab';
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-selected', String(mode === 'queue'));
    tab.dataset.mode = mode;
    tab.dataset.testid = `tab-${mode}`;
    tab.textContent = label;
    tab.hidden = mode === 'all';
    tab.addEventListener('click', () => onSelect(mode));
    bar.append(tab);
  }
  return bar;
}

/** @param {() => void} onClick */
function createMoreButton(onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'load-more';
  button.dataset.testid = 'load-more';
  button.textContent = 'Show more conversations';
  button.hidden = true;
  button.addEventListener('click', onClick);
  return button;
}
