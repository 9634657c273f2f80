// @ts-check
import { h } from './dom.js';

/**
 * The two irreversible steps in the open conversation, each behind one confirmation: forgetting
 * (withdrawal of consent) and deleting the visitor's chat data.
 *
 * @typedef {import('./i18n.js').Texts} Texts
 * @typedef {import('./view.js').Content & { setBusy: (busy: boolean) => void }} ConfirmView
 * @typedef {{ onConfirm: () => void, onCancel: () => void }} ConfirmHandlers
 */

/**
 * Withdrawing must be as easy as giving (GDPR Art. 7(3)): one press and one confirmation.
 * @param {Texts} t
 * @param {ConfirmHandlers} handlers
 * @returns {ConfirmView}
 */
export function forgetView(t, handlers) {
  return confirmView({
    title: t.forgetTitle, paragraphs: [t.forgetText], confirm: t.forgetConfirm, cancel: t.forgetCancel,
    testId: 'chatconsent-forget-confirm',
  }, handlers);
}

/**
 * Erasure (GDPR Art. 17). The text names everything that goes, so that the visitor knows what
 * they confirm, and that it cannot be undone.
 * @param {Texts} t
 * @param {ConfirmHandlers} handlers
 * @returns {ConfirmView}
 */
export function deleteDataView(t, handlers) {
  return confirmView({
    title: t.deleteTitle, paragraphs: [t.deleteText, t.deleteFinal], confirm: t.deleteConfirm,
    cancel: t.forgetCancel, testId: 'chatconsent-delete-data-confirm',
  }, handlers);
}

/**
 * @param {{ title: string, paragraphs: string[], confirm: string, cancel: string, testId: string }} text
 * @param {ConfirmHandlers} handlers
 * @returns {ConfirmView}
 */
function confirmView(text, { onConfirm, onCancel }) {
  const heading = h('h3', { tabindex: '-1' }, [text.title]);
  const confirm = h('button', { type: 'button', class: 'cc-primary', 'data-testid': text.testId }, [text.confirm]);
  const cancel = h('button', { type: 'button', class: 'cc-secondary' }, [text.cancel]);
  confirm.addEventListener('click', onConfirm);
  cancel.addEventListener('click', onCancel);
  const element = h('div', { class: 'cc-body' }, [
    h('div', { class: 'cc-notice' }, [heading, ...text.paragraphs.map((p) => h('p', {}, [p]))]),
    h('div', { class: 'cc-actions' }, [confirm, cancel]),
  ]);
  return {
    element,
    focusTarget: heading,
    setBusy(busy) {
      confirm.disabled = busy;
      cancel.disabled = busy;
    },
  };
}
