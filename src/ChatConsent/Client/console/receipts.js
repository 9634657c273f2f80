// @ts-check
// The visitor's read receipt in the open conversation: "Seen" under the last agent message the
// visitor has had on screen, from the visitor's read mark kept by the server.

/**
 * @param {HTMLOListElement} messages the open conversation's message list
 * @param {number} visitorReadThrough
 */
export function showVisitorReadMark(messages, visitorReadThrough) {
  messages.querySelectorAll('[data-testid="visitor-read-mark"]').forEach((mark) => mark.remove());
  const read = [...messages.querySelectorAll('li[data-sender="agent"][data-sequence]')]
    .filter((item) => item instanceof HTMLElement && Number(item.dataset.sequence) <= visitorReadThrough);
  const last = read.at(-1);
  if (!last) {
    return;
  }

  const mark = document.createElement('span');
  mark.className = 'read-mark';
  mark.dataset.testid = 'visitor-read-mark';
  mark.textContent = 'Seen by the visitor';
  last.querySelector('.message-meta')?.append(mark);
}
