// @ts-check
// Older messages of a long conversation: a button above the thread, and reaching its top while
// scrolling, load the page before the oldest one on screen.

/** @typedef {import('./conversation.js').ConversationView} ConversationView */

export class EarlierMessages {
  #loading = false;

  /**
   * @param {HTMLOListElement} messages
   * @param {ConversationView} view
   * @param {(error: unknown) => void} onFailure
   */
  constructor(messages, view, onFailure) {
    this.view = view;
    this.onFailure = onFailure;
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'load-earlier';
    this.button.dataset.testid = 'load-earlier';
    this.button.textContent = 'Show earlier messages';
    this.button.hidden = true;
    this.button.addEventListener('click', () => void this.#load());
    messages.before(this.button);
    messages.addEventListener('scroll', () => {
      if (messages.scrollTop === 0) {
        void this.#load();
      }
    });
  }

  /** The view's history changed: whether there is more to load. */
  update() {
    this.button.hidden = !this.view.hasEarlier;
  }

  async #load() {
    if (this.#loading || !this.view.hasEarlier) {
      return;
    }

    this.#loading = true;
    this.button.disabled = true;
    try {
      await this.view.loadEarlier();
    } catch (error) {
      this.onFailure(error);
    } finally {
      this.#loading = false;
      this.button.disabled = false;
    }
  }
}
