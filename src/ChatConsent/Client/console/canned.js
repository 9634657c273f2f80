// @ts-check
// Saved replies in the reply box: typing / and the start of a key lists the site's saved
// replies; Enter or Tab puts the chosen text in place of what was typed, Esc closes the list.
// The list is fetched once per site and kept while the page is open.

/** @typedef {import('./workflow-types.js').CannedResponseView} CannedResponseView */

// A slash at the start or after white space, then what could be a key, right before the caret.
const keyBeforeCaret = /(^|\s)\/([a-z0-9_-]*)$/;

export class SavedReplies {
  /** @type {Map<string, Promise<CannedResponseView[]>>} by site id */
  #bySite = new Map();

  /** @type {CannedResponseView[]} the open conversation's site's */
  #replies = [];

  /** @type {string | null} */
  #siteId = null;

  /** @type {CannedResponseView[]} the suggestions on screen */
  #shown = [];

  #active = 0;

  /**
   * @param {HTMLFormElement} form the reply form
   * @param {HTMLTextAreaElement} text its text box
   * @param {import('@microsoft/signalr').HubConnection} connection
   */
  constructor(form, text, connection) {
    this.text = text;
    this.connection = connection;
    this.list = document.createElement('ul');
    this.list.className = 'saved-replies';
    this.list.id = 'saved-replies';
    this.list.dataset.testid = 'saved-replies';
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', 'Saved replies');
    this.list.hidden = true;
    text.before(this.list);
    text.setAttribute('aria-controls', this.list.id);
    text.addEventListener('input', () => this.#suggest());
    text.addEventListener('blur', () => this.#close());

    // Capture on the form runs before the reply box's own Enter handler, which would send.
    form.addEventListener('keydown', (event) => this.#key(event), { capture: true });
  }

  /**
   * The open conversation's site; its saved replies load in the background.
   * @param {string | null} siteId
   */
  async useSite(siteId) {
    this.#replies = [];
    this.#siteId = siteId;
    this.#close();
    if (!siteId) {
      return;
    }

    if (!this.#bySite.has(siteId)) {
      this.#bySite.set(siteId, this.connection.invoke('GetCannedResponses', siteId));
    }

    try {
      const replies = await /** @type {Promise<CannedResponseView[]>} */ (this.#bySite.get(siteId));
      if (this.#siteId !== siteId) {
        return;
      }

      this.#replies = replies;
    } catch {
      this.#bySite.delete(siteId);
    }

    // The agent may have typed a key before the list arrived.
    if (document.activeElement === this.text) {
      this.#suggest();
    }
  }

  #suggest() {
    const typed = this.#typedKey();
    this.#shown = typed === null ? [] : this.#replies.filter((reply) => reply.key.startsWith(typed));
    this.#active = 0;
    this.#render();
  }

  /** @param {KeyboardEvent} event */
  #key(event) {
    if (event.target !== this.text || this.list.hidden || event.isComposing) {
      return;
    }

    const steps = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in steps) {
      const step = steps[/** @type {keyof typeof steps} */ (event.key)];
      this.#active = (this.#active + step + this.#shown.length) % this.#shown.length;
      this.#render();
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      this.#insert(this.#shown[this.#active]);
    } else if (event.key === 'Escape') {
      this.#close();
    } else {
      return;
    }

    event.preventDefault();
    event.stopPropagation();
  }

  /** @param {CannedResponseView} reply */
  #insert(reply) {
    const caret = this.text.selectionStart;
    const before = this.text.value.slice(0, caret);
    const match = keyBeforeCaret.exec(before);
    if (!match) {
      return;
    }

    const start = caret - match[2].length - 1;
    this.text.setRangeText(reply.text, start, caret, 'end');
    this.text.dispatchEvent(new Event('input', { bubbles: true }));
    this.#close();
  }

  /** @returns {string | null} the key typed so far, or null when the caret is not after one */
  #typedKey() {
    const caret = this.text.selectionStart;
    if (caret !== this.text.selectionEnd) {
      return null;
    }

    return keyBeforeCaret.exec(this.text.value.slice(0, caret))?.[2] ?? null;
  }

  #render() {
    this.list.replaceChildren(...this.#shown.map((reply, index) => this.#option(reply, index)));
    this.list.hidden = this.#shown.length === 0;
    const active = this.#shown.length ? `saved-reply-${this.#active}` : '';
    if (active) {
      this.text.setAttribute('aria-activedescendant', active);
    } else {
      this.text.removeAttribute('aria-activedescendant');
    }
  }

  /**
   * @param {CannedResponseView} reply
   * @param {number} index
   */
  #option(reply, index) {
    const item = document.createElement('li');
    item.id = `saved-reply-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', String(index === this.#active));
    item.dataset.testid = 'saved-reply-option';
    const key = document.createElement('strong');
    key.textContent = `/${reply.key}`;
    const text = document.createElement('span');
    text.textContent = reply.text;
    item.append(key, ' ', text);
    // Before the box loses focus, or the click would find the list already gone.
    item.addEventListener('mousedown', (event) => {
      event.preventDefault();
      this.#insert(reply);
    });
    return item;
  }

  #close() {
    this.#shown = [];
    this.#render();
  }
}
