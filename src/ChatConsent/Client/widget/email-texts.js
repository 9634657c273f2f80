// @ts-check

/**
 * The words of continuing by e-mail, kept beside the other panel texts rather than in them so
 * that this feature stays in its own modules. German and English, like the rest.
 */
const minuteWords = {
  en: { one: 'minute', other: 'minutes' },
  de: { one: 'Minute', other: 'Minuten' },
};

/**
 * "1 minute", "10 minutes": the lifetime comes from the service's settings and may well be one.
 * @param {'en' | 'de'} language
 * @param {number} minutes
 */
function minutesIn(language, minutes) {
  const form = new Intl.PluralRules(language).select(minutes) === 'one' ? 'one' : 'other';
  return `${minutes} ${minuteWords[language][form]}`;
}

const texts = {
  en: {
    offer: 'Get replies by e-mail',
    promptTitle: 'Not here when we answer?',
    promptText: 'Leave your e-mail address and we send you our reply, with a link back to this '
      + 'conversation. You confirm the address first.',
    offlineText: 'Nobody is online right now. Leave your e-mail address and we answer you there, '
      + 'with a link back to this conversation.',
    emailLabel: 'Your e-mail address',
    emailPlaceholder: 'name@example.com',
    emailSubmit: 'Send me a link to confirm',
    dismiss: 'No, thanks',
    close: 'OK',
    pending: (/** @type {string} */ email, /** @type {number} */ minutes) =>
      `Check your inbox: we sent a link to ${email} to confirm it. `
      + `It works for ${minutesIn('en', minutes)}.`,
    confirmed: (/** @type {string} */ email) => `Replies reach you at ${email} while you are away.`,
    continueOffer: 'Continue a previous conversation',
    continueTitle: 'Continue a previous conversation',
    continueText: 'Enter the e-mail address you confirmed in the chat. If it belongs to a conversation '
      + 'here, we send you a link that brings you back to it.',
    continueRequest: 'Send me a link',
    back: 'Back',
    linkSent: (/** @type {number} */ minutes) => 'If this address belongs to a conversation here, a link '
      + `is on its way. Open it in any browser within ${minutesIn('en', minutes)}; it works once.`,
    continueReadyTitle: 'Your conversation is waiting',
    continueReadyText: 'Press the button to continue it in this browser.',
    continueConsentText: 'Before you continue, please read how the chat uses your data:',
    continueButton: 'Continue the conversation',
    continueAgree: 'Agree and continue',
    continuePlatform: 'This site\'s cookie settings do not allow the chat yet. Allow it there, then press '
      + 'the button.',
    continued: 'Welcome back. Here is your conversation.',
    addressConfirmed: 'Thank you: your e-mail address is confirmed.',
    linkInvalid: 'This link is used, expired or unknown, so it cannot open a conversation.',
    linkAgain: 'Send me a new link',
    orEnterAddress: 'Or enter your address:',
    errors: {
      email_invalid: 'Please enter one e-mail address, such as name@example.com.',
    },
  },
  de: {
    offer: 'Antworten per E-Mail bekommen',
    promptTitle: 'Nicht da, wenn wir antworten?',
    promptText: 'Hinterlassen Sie Ihre E-Mail-Adresse, dann schicken wir Ihnen unsere Antwort mit einem '
      + 'Link zurück zu diesem Gespräch. Sie bestätigen die Adresse zuerst.',
    offlineText: 'Gerade ist niemand online. Hinterlassen Sie Ihre E-Mail-Adresse, dann antworten wir '
      + 'Ihnen dort, mit einem Link zurück zu diesem Gespräch.',
    emailLabel: 'Ihre E-Mail-Adresse',
    emailPlaceholder: 'name@beispiel.de',
    emailSubmit: 'Bestätigungslink senden',
    dismiss: 'Nein, danke',
    close: 'OK',
    pending: (/** @type {string} */ email, /** @type {number} */ minutes) =>
      `Sehen Sie in Ihr Postfach: Wir haben einen Link an ${email} geschickt. `
      + `Er gilt ${minutesIn('de', minutes)}.`,
    confirmed: (/** @type {string} */ email) => `Antworten erreichen Sie unter ${email}, wenn Sie nicht da sind.`,
    continueOffer: 'Früheres Gespräch fortsetzen',
    continueTitle: 'Früheres Gespräch fortsetzen',
    continueText: 'Geben Sie die E-Mail-Adresse ein, die Sie im Chat bestätigt haben. Gehört sie zu einem '
      + 'Gespräch hier, schicken wir Ihnen einen Link, der Sie dorthin zurückbringt.',
    continueRequest: 'Link senden',
    back: 'Zurück',
    linkSent: (/** @type {number} */ minutes) => 'Gehört diese Adresse zu einem Gespräch hier, ist ein Link '
      + 'unterwegs. Öffnen Sie ihn in einem beliebigen Browser '
      + `innerhalb von ${minutesIn('de', minutes)}; er gilt einmal.`,
    continueReadyTitle: 'Ihr Gespräch wartet',
    continueReadyText: 'Drücken Sie den Knopf, um es in diesem Browser fortzusetzen.',
    continueConsentText: 'Bevor Sie fortfahren, lesen Sie bitte, wie der Chat Ihre Daten verwendet:',
    continueButton: 'Gespräch fortsetzen',
    continueAgree: 'Zustimmen und fortsetzen',
    continuePlatform: 'Die Cookie-Einstellungen dieser Website erlauben den Chat noch nicht. Erlauben Sie '
      + 'ihn dort und drücken Sie dann den Knopf.',
    continued: 'Willkommen zurück. Hier ist Ihr Gespräch.',
    addressConfirmed: 'Danke: Ihre E-Mail-Adresse ist bestätigt.',
    linkInvalid: 'Dieser Link ist benutzt, abgelaufen oder unbekannt und öffnet daher kein Gespräch.',
    linkAgain: 'Neuen Link senden',
    orEnterAddress: 'Oder geben Sie Ihre Adresse ein:',
    errors: {
      email_invalid: 'Bitte geben Sie eine E-Mail-Adresse ein, etwa name@beispiel.de.',
    },
  },
};

/** @typedef {typeof texts.en} EmailTexts */

/** @param {'en' | 'de'} language @returns {EmailTexts} */
export function emailTextsFor(language) {
  return texts[language];
}
