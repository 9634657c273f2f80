// @ts-check
// Internal notes: written here, shown in the thread between the messages they followed, marked
// as visible to agents only. The service never sends them to the visitor.
import { hubErrorCode } from './hub.js';
import { fullTime, messageTime } from './format.js';

/** @typedef {import('./workflow-types.js').NoteView} NoteView */
/** @typedef {import('./conversation.js').ConversationView} ConversationView */

const errorTexts = {
  message_empty: 'Write something before adding the note.',
  message_too_long: 'A note may have at most 4,000 characters.',
  conversation_not_found: 'This conversation could not be found. It may have been deleted.',
};

export class NotesPanel {
  /** @type {Map<string, NoteView>} the open conversation's notes, by id */
  #notes = new Map();

  /** @type {string | null} */
  #conversationId = null;

  /**
   * @param {HTMLFormElement} replyForm the note form goes in front of it
   * @param {HTMLOListElement} messages the thread the notes are shown in
   * @param {ConversationView} view
   * @param {import('@microsoft/signalr').HubConnection} connection
   */
  constructor(replyForm, messages, view, connection) {
    this.messages = messages;
    this.view = view;
    this.connection = connection;
    const { details, form, text, error } = createForm();
    this.details = details;
    this.text = text;
    this.error = error;
    replyForm.before(details);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#add();
    });
    text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    connection.on('NoteAdded', (/** @type {NoteView} */ note) => this.#received(note));
  }

  /**
   * Loads the notes of the conversation now open.
   * @param {string | null} conversationId
   */
  async load(conversationId) {
    if (conversationId !== this.#conversationId) {
      this.#notes.clear();
      this.text.value = '';
      this.error.textContent = '';
    }

    this.#conversationId = conversationId;
    if (!conversationId) {
      return;
    }

    try {
      const notes = /** @type {NoteView[]} */ (await this.connection.invoke('GetNotes', conversationId));
      if (conversationId === this.#conversationId) {
        notes.forEach((note) => this.#notes.set(note.id, note));
        this.render();
      }
    } catch (error) {
      this.error.textContent = hubErrorCode(error) ? 'The notes could not be loaded.' : '';
    }
  }

  /**
   * Puts every note whose place in the thread is on screen where it belongs. Called again when
   * earlier messages load, since older notes sit among them.
   */
  render() {
    for (const note of this.#notes.values()) {
      const shown = this.messages.querySelector(`[data-note-id="${note.id}"]`);
      if (note.conversationId !== this.view.currentId || note.afterSequence + 1 < this.view.firstSequence) {
        shown?.remove();
      } else if (!shown) {
        place(this.messages, noteElement(note));
      }
    }
  }

  async #add() {
    const conversationId = this.#conversationId;
    const text = this.text.value.trim();
    if (!conversationId) {
      return;
    }

    if (!text) {
      this.error.textContent = errorTexts.message_empty;
      return;
    }

    this.error.textContent = '';
    try {
      const note = /** @type {NoteView} */ (await this.connection.invoke('AddNote',
        { conversationId, clientNoteId: crypto.randomUUID(), text }));
      this.text.value = '';
      this.#received(note);
    } catch (error) {
      const code = hubErrorCode(error);
      const known = code ? /** @type {Record<string, string>} */ (errorTexts)[code] : undefined;
      this.error.textContent = known ?? 'The note could not be added. Try again.';
    }
  }

  /** @param {NoteView} note */
  #received(note) {
    if (note.conversationId === this.#conversationId) {
      this.#notes.set(note.id, note);
      this.render();
    }
  }
}

/**
 * After the last item at or before the note's place, before pending replies; a note sits
 * between the message it followed and the next one, so its place is that sequence and a half.
 * @param {HTMLOListElement} list
 * @param {HTMLLIElement} item
 */
function place(list, item) {
  const position = Number(item.dataset.sequence);
  let previous = list.lastElementChild;
  while (previous instanceof HTMLElement
    && (previous.dataset.pending || Number(previous.dataset.sequence) > position)) {
    previous = previous.previousElementSibling;
  }
  list.insertBefore(item, previous ? previous.nextElementSibling : list.firstElementChild);
}

/** @param {NoteView} note */
function noteElement(note) {
  const item = document.createElement('li');
  item.className = 'message note';
  item.dataset.testid = 'note';
  item.dataset.noteId = note.id;
  item.dataset.sequence = String(note.afterSequence + 0.5);

  const meta = document.createElement('span');
  meta.className = 'message-meta';
  const label = document.createElement('span');
  label.className = 'note-label';
  label.textContent = 'Internal note · not sent to the visitor';
  const author = document.createElement('span');
  author.className = 'message-author';
  author.textContent = note.agentName ?? 'Agent';
  const time = document.createElement('time');
  time.dateTime = note.createdAt;
  time.title = fullTime(note.createdAt);
  time.textContent = messageTime(note.createdAt);
  meta.append(label, author, time);

  const body = document.createElement('p');
  body.className = 'message-text';
  body.textContent = note.text;
  item.append(meta, body);
  return item;
}

function createForm() {
  const details = document.createElement('details');
  details.className = 'note-panel';
  const summary = document.createElement('summary');
  summary.textContent = 'Internal note';
  summary.dataset.testid = 'note-toggle';
  const form = document.createElement('form');
  form.className = 'note-form';
  const text = document.createElement('textarea');
  text.rows = 2;
  text.maxLength = 4000;
  text.placeholder = 'Only agents see notes. Ctrl+Enter adds it.';
  text.setAttribute('aria-label', 'Internal note');
  text.dataset.testid = 'note-text';
  const add = document.createElement('button');
  add.type = 'submit';
  add.textContent = 'Add note';
  add.dataset.testid = 'note-add';
  const error = document.createElement('p');
  error.className = 'error';
  error.setAttribute('role', 'alert');
  form.append(text, add, error);
  details.append(summary, form);
  return { details, form, text, error };
}
