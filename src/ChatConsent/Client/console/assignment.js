// @ts-check
// Who works on the open conversation, and the buttons that change it: take it from the queue,
// hand it to a colleague, put it back, close and reopen. Only the assignee (or an admin) may
// reply; everyone may read and add notes. The service decides every race, so a button that
// lost one shows why instead of pretending.
import { hubErrorCode } from './hub.js';
import { Presence } from './presence.js';

/** @typedef {import('./types.js').ConversationSummary} ConversationSummary */

const refusals = {
  already_assigned: 'A colleague took this conversation first.',
  not_assignee: 'This conversation is assigned to a colleague; only they or an admin can change it.',
  agent_not_found: 'That colleague cannot take conversations right now.',
  conversation_closed: 'This conversation is closed. Reopen it first.',
  conversation_not_found: 'This conversation could not be found. It may have been deleted.',
};

export class AssignmentBar {
  /** @type {ConversationSummary | null} */
  #summary = null;

  /**
   * @param {HTMLElement} header the open conversation's header
   * @param {HTMLTextAreaElement} reply the reply box, closed to agents who may not reply
   * @param {Presence} presence
   * @param {import('@microsoft/signalr').HubConnection} connection
   */
  constructor(header, reply, presence, connection) {
    this.reply = reply;
    this.presence = presence;
    this.connection = connection;
    this.element = document.createElement('div');
    this.element.className = 'assignment';
    this.element.dataset.testid = 'assignment';
    this.message = document.createElement('p');
    this.message.className = 'error assignment-error';
    this.message.setAttribute('role', 'alert');
    header.append(this.element, this.message);
  }

  /** @param {ConversationSummary | null} summary the open conversation, as the list has it */
  render(summary) {
    if (summary?.id !== this.#summary?.id) {
      this.message.textContent = '';
    }

    this.#summary = summary;
    this.element.replaceChildren(...(summary ? this.#parts(summary) : []));
    this.#gateReply(summary);
  }

  /** The list of colleagues changed: the hand-over choices follow. */
  refresh() {
    this.render(this.#summary);
  }

  /** @param {ConversationSummary} summary */
  #parts(summary) {
    const me = this.presence.me;
    const mine = summary.assignedAgentId === me?.agentId;
    const mayChange = mine || !summary.assignedAgentId || me?.isAdmin === true;
    const parts = [state(summary, mine)];
    if (summary.status === 'closed') {
      return [...parts, this.#button('Reopen', 'Reopen', 'reopen')];
    }

    if (!summary.assignedAgentId) {
      parts.push(this.#button('Take', 'Take', 'take'));
    }

    if (mayChange) {
      parts.push(this.#handOver(summary));
    }

    if (summary.assignedAgentId && mayChange) {
      parts.push(this.#button('Unassign', 'Back to the queue', 'unassign'));
    }

    if (mayChange) {
      parts.push(this.#button('Close', 'Close', 'close'));
    }

    return parts;
  }

  /**
   * @param {string} method the hub method, called with the conversation id
   * @param {string} label
   * @param {string} testId
   */
  #button(method, label, testId) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.dataset.testid = `conversation-${testId}`;
    button.addEventListener('click', () => void this.#act(button, method));
    return button;
  }

  /** @param {ConversationSummary} summary */
  #handOver(summary) {
    const form = document.createElement('form');
    form.className = 'hand-over';
    const select = document.createElement('select');
    select.setAttribute('aria-label', 'Hand over to');
    select.dataset.testid = 'hand-over-to';
    select.append(new Option('Hand over to…', ''));
    for (const colleague of this.presence.colleagues()) {
      if (colleague.agentId !== summary.assignedAgentId) {
        const option = new Option(`${colleague.displayName} (${Presence.label(colleague.status)})`,
          colleague.agentId);
        select.append(option);
      }
    }

    const submit = document.createElement('button');
    submit.type = 'submit';
    submit.textContent = 'Hand over';
    submit.dataset.testid = 'hand-over';
    form.append(select, submit);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (select.value) {
        void this.#act(submit, 'HandOver', select.value);
      } else {
        this.message.textContent = 'Choose the colleague to hand it to first.';
        select.focus();
      }
    });
    return form;
  }

  /**
   * @param {HTMLButtonElement} button
   * @param {string} method
   * @param {...string} extra arguments after the conversation id
   */
  async #act(button, method, ...extra) {
    const summary = this.#summary;
    if (!summary) {
      return;
    }

    button.disabled = true;
    this.message.textContent = '';
    try {
      // The ConversationUpdated that follows redraws this bar, in every console.
      await this.connection.invoke(method, summary.id, ...extra);
    } catch (error) {
      const code = hubErrorCode(error);
      const known = code ? /** @type {Record<string, string>} */ (refusals)[code] : undefined;
      this.message.textContent = known ?? 'That did not work. Try again.';
      button.disabled = false;
    }
  }

  /**
   * The box stays usable for a queued conversation: replying takes it.
   * @param {ConversationSummary | null} summary
   */
  #gateReply(summary) {
    const me = this.presence.me;
    const colleagues = summary?.assignedAgentId && summary.assignedAgentId !== me?.agentId && !me?.isAdmin;
    const closed = summary?.status === 'closed';
    this.reply.disabled = Boolean(closed || colleagues);
    this.reply.placeholder = closed
      ? 'This conversation is closed. Reopen it to reply.'
      : colleagues ? `${summary?.assignedAgentName ?? 'A colleague'} is on this conversation. Add a note instead.`
        : 'Write a reply… (type / for saved replies)';
  }
}

/**
 * @param {ConversationSummary} summary
 * @param {boolean} mine
 */
function state(summary, mine) {
  const text = document.createElement('span');
  text.className = 'assignment-state';
  text.dataset.testid = 'assignment-state';
  const who = mine ? 'you' : summary.assignedAgentName ?? 'a colleague';
  if (summary.status === 'closed') {
    text.textContent = summary.assignedAgentId ? `Closed · was with ${who}` : 'Closed';
  } else {
    text.textContent = summary.assignedAgentId ? `Assigned to ${who}` : 'In the queue';
  }
  return text;
}
