// @ts-check
import { h } from './dom.js';
import { safeLink } from './links.js';

/**
 * What continuing by e-mail shows: the card that asks for an address in the conversation, the
 * "continue a previous conversation" form, the one button behind an e-mail link, and the answer
 * to a link that no longer works. Every text is set as text, never parsed as markup.
 *
 * @typedef {import('./email-texts.js').EmailTexts} EmailTexts
 * @typedef {import('./api.js').Notice} Notice
 * @typedef {import('./view.js').Content & { setBusy: (busy: boolean) => void }} BusyView
 */

export const emailCss = `
.cc-email-card { margin: 0 12px 8px; padding: 10px 12px; border: 1px solid var(--cc-border);
  border-radius: 12px; background: var(--cc-muted-surface); }
.cc-email-card p { margin: 0 0 8px; }
.cc-email-card strong { display: block; margin-bottom: 4px; }
.cc-email-row { display: flex; gap: 6px; flex-wrap: wrap; }
.cc-email-input { flex: 1 1 160px; min-height: 36px; padding: 6px 10px; border: 1px solid var(--cc-border);
  border-radius: 10px; font: inherit; color: var(--cc-text); background: var(--cc-surface); }
.cc-email-input:focus { outline: none; border-color: var(--cc-accent); box-shadow: 0 0 0 3px #bfdbfe; }
.cc-email-card .cc-primary, .cc-email-card .cc-secondary { width: auto; min-height: 36px; }
.cc-email-error { color: var(--cc-danger); }
.cc-email-form { display: flex; flex-direction: column; gap: 8px; }
`;

/**
 * An address form: the input and its submit button, with a line for errors.
 * @param {EmailTexts} et @param {string} submitLabel @param {string} testPrefix
 * @param {(email: string) => void} onSubmit
 */
function addressForm(et, submitLabel, testPrefix, onSubmit) {
  const input = h('input', {
    type: 'email', class: 'cc-email-input', autocomplete: 'email', required: true, 'aria-label': et.emailLabel,
    placeholder: et.emailPlaceholder, 'data-testid': `${testPrefix}-email`, maxlength: '254',
  });
  const submit = h('button', { type: 'submit', class: 'cc-primary', 'data-testid': `${testPrefix}-submit` },
    [submitLabel]);
  const error = h('p', { class: 'cc-email-error', role: 'alert', hidden: true });
  const form = h('form', { class: 'cc-email-form', novalidate: true },
    [h('div', { class: 'cc-email-row' }, [input, submit]), error]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit(input.value.trim());
  });

  return {
    form,
    input,
    /** @param {boolean} busy */
    setBusy(busy) {
      input.disabled = busy;
      submit.disabled = busy;
    },
    /** @param {string | null} text */
    setError(text) {
      error.textContent = text ?? '';
      error.hidden = !text;
    },
  };
}

/**
 * The card in the conversation that asks for an address, after the first message or on request.
 * @param {EmailTexts} et
 * @param {string} text why it asks
 * @param {{ onSubmit: (email: string) => void, onDismiss: () => void }} handlers
 */
export function emailPromptCard(et, text, { onSubmit, onDismiss }) {
  const address = addressForm(et, et.emailSubmit, 'chatconsent-email', onSubmit);
  const dismiss = h('button', { type: 'button', class: 'cc-link', 'data-testid': 'chatconsent-email-dismiss' },
    [et.dismiss]);
  dismiss.addEventListener('click', onDismiss);
  const body = h('div', {}, [h('strong', {}, [et.promptTitle]), h('p', {}, [text]), address.form, dismiss]);
  const element = h('div', { class: 'cc-email-card', 'data-testid': 'chatconsent-email-prompt' }, [body]);

  return {
    element,
    focus: () => address.input.focus(),
    setBusy: address.setBusy,
    setError: address.setError,
    /** @param {string} done the line that replaces the form */
    showDone(done) {
      body.replaceChildren(h('p', { 'data-testid': 'chatconsent-email-pending' }, [done]));
    },
  };
}

/**
 * "Continue a previous conversation": an address, then a link by mail.
 * @param {EmailTexts} et
 * @param {{ onRequest: (email: string) => void, onBack: () => void }} handlers
 * @param {string} [intro]
 */
export function continueFormView(et, { onRequest, onBack }, intro = et.continueText) {
  const heading = h('h3', { tabindex: '-1' }, [et.continueTitle]);
  const address = addressForm(et, et.continueRequest, 'chatconsent-continue', onRequest);
  const back = h('button', { type: 'button', class: 'cc-secondary' }, [et.back]);
  back.addEventListener('click', onBack);
  const element = h('div', { class: 'cc-body', 'data-testid': 'chatconsent-continue-form' }, [
    h('div', { class: 'cc-notice' }, [heading, h('p', {}, [intro]), address.form]),
    h('div', { class: 'cc-actions' }, [back]),
  ]);
  return { element, focusTarget: address.input, setBusy: address.setBusy, setError: address.setError };
}

/**
 * A short answer with one way on.
 * @param {string} text @param {string} testId
 * @param {{ label: string, onPress: () => void } | null} action
 */
export function answerView(text, testId, action) {
  const line = h('p', { tabindex: '-1' }, [text]);
  const button = action && h('button', { type: 'button', class: 'cc-secondary' }, [action.label]);
  button?.addEventListener('click', () => action?.onPress());
  const element = h('div', { class: 'cc-declined', 'data-testid': testId }, [line, button]);
  return { element, focusTarget: line };
}

/**
 * The one button behind an e-mail link. When the chat's own notice gives the consent, its text
 * is on screen and the button agrees to it, exactly as on a first visit.
 * @param {EmailTexts} et
 * @param {{ notice: Notice | null, policyLabel: string, blocked: boolean,
 *   labels: { grant: string, settings: string } }} what
 * @param {{ onContinue: () => void, onGrant: (() => void) | null, onSettings: (() => void) | null }} handlers
 * @returns {BusyView}
 */
export function continueReadyView(et, { notice, policyLabel, blocked, labels }, { onContinue, onGrant, onSettings }) {
  const heading = h('h3', { tabindex: '-1' }, [et.continueReadyTitle]);
  const consent = notice
    ? [h('p', {}, [et.continueConsentText]), h('p', {}, [h('strong', {}, [notice.title])]),
      ...notice.paragraphs.map((p) => h('p', {}, [p])), safeLink(notice.privacyPolicyUrl, policyLabel)]
    : [h('p', {}, [blocked ? et.continuePlatform : et.continueReadyText])];
  const button = h('button', { type: 'button', class: 'cc-primary', 'data-testid': 'chatconsent-continue-button' },
    [notice ? et.continueAgree : et.continueButton]);
  button.disabled = blocked;
  button.addEventListener('click', onContinue);
  const platformButton = (/** @type {(() => void) | null} */ handler, /** @type {string} */ label) => {
    const other = blocked && handler ? h('button', { type: 'button', class: 'cc-secondary' }, [label]) : null;
    other?.addEventListener('click', () => handler?.());
    return other;
  };
  const extra = [platformButton(onGrant, labels.grant), platformButton(onSettings, labels.settings)];
  const element = h('div', { class: 'cc-body', 'data-testid': 'chatconsent-continue' }, [
    h('div', { class: 'cc-notice' }, [heading, ...consent.map((node) => node && (node.tagName === 'A'
      ? h('p', {}, [node]) : node))]),
    h('div', { class: 'cc-actions' }, [button, ...extra]),
  ]);
  return {
    element,
    focusTarget: button,
    setBusy(busy) {
      button.disabled = busy || blocked;
    },
  };
}

/**
 * A used, expired or unknown link: never a sign-in, never a word on whether the address exists.
 * @param {EmailTexts} et
 * @param {{ onAgain: () => void, onRequest: (email: string) => void }} handlers
 */
export function linkInvalidView(et, { onAgain, onRequest }) {
  const text = h('p', { tabindex: '-1' }, [et.linkInvalid]);
  const again = h('button', { type: 'button', class: 'cc-primary', 'data-testid': 'chatconsent-link-again' },
    [et.linkAgain]);
  again.addEventListener('click', onAgain);
  const address = addressForm(et, et.continueRequest, 'chatconsent-continue', onRequest);
  const element = h('div', { class: 'cc-body', 'data-testid': 'chatconsent-link-invalid' }, [
    h('div', { class: 'cc-notice' }, [text, again, h('p', {}, [et.orEnterAddress]), address.form]),
  ]);
  return {
    element,
    focusTarget: text,
    /** @param {boolean} busy */
    setBusy(busy) {
      again.disabled = busy;
      address.setBusy(busy);
    },
    setError: address.setError,
  };
}
