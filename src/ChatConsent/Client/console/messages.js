// @ts-check
// One message on screen. Visitor text is only ever set with textContent: it is whatever a
// stranger typed into a web page.
import { fullTime, messageTime } from './format.js';

/** @typedef {import('./types.js').MessageView} MessageView */
/** @typedef {import('./types.js').OutgoingReply} OutgoingReply */

/** @typedef {'sending' | 'waiting'} PendingState */

const pendingLabels = { sending: 'Sending…', waiting: 'Waiting for the connection…' };

/** @param {MessageView} message */
export function messageElement(message) {
  const item = shell(message.sender, message.text);
  item.dataset.messageId = message.id;
  item.dataset.sequence = String(message.sequence);
  item.dataset.clientMessageId = message.clientMessageId;

  const time = document.createElement('time');
  time.dateTime = message.sentAt;
  time.title = fullTime(message.sentAt);
  time.textContent = messageTime(message.sentAt);
  item.querySelector('.message-meta')?.append(author(message), time);
  return item;
}

/**
 * A reply on its way: shown at once, replaced by the stored message when it comes back.
 * @param {OutgoingReply} reply
 * @param {PendingState} state
 */
export function pendingElement(reply, state) {
  const item = shell('agent', reply.text);
  item.dataset.pending = 'true';
  item.dataset.clientMessageId = reply.clientMessageId;
  item.querySelector('.message-meta')?.append(label('message-author', 'You'), label('message-status', ''));
  setPendingState(item, state);
  return item;
}

/**
 * @param {HTMLElement} item
 * @param {PendingState} state
 */
export function setPendingState(item, state) {
  item.dataset.state = state;
  const status = item.querySelector('.message-status');
  if (status) {
    status.textContent = pendingLabels[state];
  }
}

/**
 * @param {'visitor' | 'agent'} sender
 * @param {string} text
 */
function shell(sender, text) {
  const item = document.createElement('li');
  item.className = `message from-${sender}`;
  item.dataset.testid = 'message';
  item.dataset.sender = sender;

  const body = document.createElement('p');
  body.className = 'message-text';
  body.textContent = text;
  item.append(label('message-meta', ''), body);
  return item;
}

/** @param {MessageView} message */
function author(message) {
  const name = message.sender === 'visitor' ? 'Visitor' : message.agentName ?? 'Agent';
  return label('message-author', name);
}

/**
 * @param {string} className
 * @param {string} text
 */
function label(className, text) {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}
