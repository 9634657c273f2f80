// @ts-check
// Searching every conversation by text (messages and notes), the visitor's confirmed e-mail
// address and the days it was active. Dates are the agent's local days.

/** @typedef {import('./queue.js').ConversationLists} ConversationLists */
/** @typedef {import('./workflow-types.js').ConversationFilter} ConversationFilter */

export class SearchForm {
  /**
   * @param {HTMLElement} before the element the search goes in front of
   * @param {ConversationLists} lists
   */
  constructor(before, lists) {
    this.lists = lists;
    const { details, form } = createForm();
    this.form = form;
    before.before(details);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void lists.show('search', this.#filter());
    });
    form.addEventListener('reset', () => {
      if (lists.mode === 'search') {
        void lists.show('queue');
      }
    });
  }

  /** @returns {ConversationFilter} */
  #filter() {
    const data = new FormData(this.form);
    const text = (/** @type {string} */ name) => String(data.get(name) ?? '').trim() || null;
    const status = text('status');
    return {
      text: text('text'),
      visitorEmail: text('email'),
      from: startOfDay(text('from'), 0),
      to: startOfDay(text('to'), 1),
      status: status === 'open' || status === 'closed' ? status : null,
    };
  }
}

/**
 * Local midnight of a date input's day, or of the day after it, as an ISO time.
 * @param {string | null} day `yyyy-mm-dd`
 * @param {number} plusDays
 */
function startOfDay(day, plusDays) {
  if (!day) {
    return null;
  }

  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + plusDays).toISOString();
}

function createForm() {
  const details = document.createElement('details');
  details.className = 'search-panel';
  const summary = document.createElement('summary');
  summary.textContent = 'Search conversations';
  const form = document.createElement('form');
  form.className = 'search-form';
  form.setAttribute('role', 'search');
  form.dataset.testid = 'search-form';
  form.append(
    field('Text', input('text', 'search', 'search-text')),
    field('Visitor e-mail', input('email', 'search', 'search-email')),
    field('From', input('from', 'date', 'search-from')),
    field('To', input('to', 'date', 'search-to')),
    field('Status', statusSelect()),
    buttons());
  details.append(summary, form);
  return { details, form };
}

/**
 * @param {string} label
 * @param {HTMLElement} control
 */
function field(label, control) {
  const wrapper = document.createElement('label');
  wrapper.className = 'search-field';
  wrapper.append(label, control);
  return wrapper;
}

/**
 * @param {string} name
 * @param {string} type
 * @param {string} testId
 */
function input(name, type, testId) {
  const element = document.createElement('input');
  element.name = name;
  element.type = type;
  element.dataset.testid = testId;
  element.autocomplete = 'off';
  if (type === 'search') {
    element.maxLength = 200;
  }
  return element;
}

function statusSelect() {
  const select = document.createElement('select');
  select.name = 'status';
  select.append(new Option('Open and closed', ''), new Option('Open', 'open'), new Option('Closed', 'closed'));
  return select;
}

function buttons() {
  const row = document.createElement('div');
  row.className = 'search-actions';
  const find = document.createElement('button');
  find.type = 'submit';
  find.textContent = 'Search';
  find.dataset.testid = 'search-submit';
  const clear = document.createElement('button');
  clear.type = 'reset';
  clear.textContent = 'Clear';
  row.append(find, clear);
  return row;
}
