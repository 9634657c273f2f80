// @ts-check

/**
 * The widget's own words. The privacy notice is not here: the server sends it in the page's
 * language, because its text is what the visitor consents to and is versioned there.
 */
const buttonTexts = {
  en: {
    openChat: 'Open chat', closeChat: 'Close chat', unreadOne: '1 new reply', unreadMany: '{count} new replies',
  },
  de: {
    openChat: 'Chat öffnen', closeChat: 'Chat schließen', unreadOne: '1 neue Antwort',
    unreadMany: '{count} neue Antworten',
  },
};

/** Kept apart from the button's few words, so that the loader does not carry them. */
const panelTexts = {
  en: {
    chat: 'Chat',
    loading: 'Loading…',
    privacyPolicy: 'Privacy policy',
    chatPrivacy: 'Chat privacy',
    terms: 'Terms',
    declined: 'No problem: nothing was stored. If you want to chat later, just press the chat button '
      + 'again at any time.',
    noticeAgain: 'Show the notice again',
    emptyConversation: 'Write us a message. We answer right here.',
    you: 'You',
    support: 'Support',
    sending: 'Sending…',
    read: 'Read',
    typing: '{name} is typing…',
    inputLabel: 'Your message',
    inputPlaceholder: 'Write a message…',
    send: 'Send',
    reconnecting: 'Connection lost. Reconnecting…',
    unreachable: 'The chat cannot be reached right now. Please try again later.',
    noticeChanged: 'The notice has changed. Please read it again before you continue.',
    forget: 'Forget me',
    forgetTitle: 'Forget me?',
    forgetText: 'The chat deletes its cookie from this browser at once and records that you withdrew '
      + 'your consent. This conversation cannot be continued from here afterwards.',
    forgetConfirm: 'Yes, forget me',
    forgetCancel: 'Cancel',
    forgotten: 'Done: your consent is withdrawn and the chat\'s cookie is deleted.',
    withdrawn: 'Your consent for the chat has ended, so the chat forgot you on this browser.',
    deleteData: 'Delete my chat data',
    deleteTitle: 'Delete your chat data?',
    deleteText: 'The chat deletes your conversations on this site with every message in them from its '
      + 'service, ends your chat identity and deletes the chat\'s cookie from this browser.',
    deleteFinal: 'This cannot be undone. The record that you consented stays, without any link to you '
      + 'or your messages, as the law requires.',
    deleteConfirm: 'Yes, delete my data',
    dataDeleted: 'Done: your conversations and messages are deleted, and so is the chat\'s cookie.',
    deleteFailed: 'Your chat data could not be deleted. Please try again.',
    platformMissing: 'This site\'s cookie settings are not available right now. Please try again later.',
    grantNotConfirmed: 'The cookie settings did not confirm the chat yet. Please try again.',
    gpcDenied: 'Your browser asks sites not to track you (Global Privacy Control), so this site offers '
      + 'no chat here.',
    errors: {
      message_empty: 'Please write something first.',
      message_too_long: 'Your message is too long: at most 4,000 characters.',
      client_message_id_invalid: 'The message could not be sent. Please try again.',
      conversation_not_found: 'This conversation no longer exists.',
      consent_denied: 'The chat is switched off in this site\'s cookie settings.',
      origin_not_allowed: 'The chat is not available on this page.',
      site_not_found: 'The chat is not set up for this page.',
      rate_limited: 'Too many attempts. Please try again in a minute.',
      unknown: 'Something went wrong. Please try again.',
    },
  },
  de: {
    chat: 'Chat',
    loading: 'Wird geladen…',
    privacyPolicy: 'Datenschutzerklärung',
    chatPrivacy: 'Datenschutz im Chat',
    terms: 'Nutzungsbedingungen',
    declined: 'Kein Problem: Es wurde nichts gespeichert. Wenn Sie später chatten möchten, drücken '
      + 'Sie einfach jederzeit wieder auf den Chat-Knopf.',
    noticeAgain: 'Hinweis erneut anzeigen',
    emptyConversation: 'Schreiben Sie uns. Wir antworten gleich hier.',
    you: 'Sie',
    support: 'Support',
    sending: 'Wird gesendet…',
    read: 'Gelesen',
    typing: '{name} schreibt…',
    inputLabel: 'Ihre Nachricht',
    inputPlaceholder: 'Nachricht schreiben…',
    send: 'Senden',
    reconnecting: 'Verbindung unterbrochen. Verbinde neu…',
    unreachable: 'Der Chat ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
    noticeChanged: 'Der Hinweis hat sich geändert. Bitte lesen Sie ihn erneut, bevor Sie fortfahren.',
    forget: 'Mich vergessen',
    forgetTitle: 'Sollen wir Sie vergessen?',
    forgetText: 'Der Chat löscht sofort sein Cookie in diesem Browser und hält fest, dass Sie Ihre '
      + 'Einwilligung widerrufen haben. Dieses Gespräch lässt sich danach hier nicht fortsetzen.',
    forgetConfirm: 'Ja, vergessen',
    forgetCancel: 'Abbrechen',
    forgotten: 'Erledigt: Ihre Einwilligung ist widerrufen und das Cookie des Chats gelöscht.',
    withdrawn: 'Ihre Einwilligung für den Chat ist beendet; der Chat hat Sie in diesem Browser vergessen.',
    deleteData: 'Meine Chat-Daten löschen',
    deleteTitle: 'Ihre Chat-Daten löschen?',
    deleteText: 'Der Chat löscht Ihre Gespräche auf dieser Website mit allen Nachrichten aus seinem '
      + 'Dienst, beendet Ihre Chat-Kennung und löscht sein Cookie in diesem Browser.',
    deleteFinal: 'Das lässt sich nicht rückgängig machen. Der Nachweis Ihrer Einwilligung bleibt, wie '
      + 'gesetzlich verlangt, ohne Verbindung zu Ihnen oder Ihren Nachrichten erhalten.',
    deleteConfirm: 'Ja, meine Daten löschen',
    dataDeleted: 'Erledigt: Ihre Gespräche und Nachrichten sind gelöscht, ebenso das Cookie des Chats.',
    deleteFailed: 'Ihre Chat-Daten konnten nicht gelöscht werden. Bitte versuchen Sie es erneut.',
    platformMissing: 'Die Cookie-Einstellungen dieser Website sind gerade nicht erreichbar. '
      + 'Bitte später erneut versuchen.',
    grantNotConfirmed: 'Die Cookie-Einstellungen haben den Chat noch nicht bestätigt. Bitte erneut versuchen.',
    gpcDenied: 'Ihr Browser bittet Websites, Sie nicht zu verfolgen (Global Privacy Control); daher bietet '
      + 'diese Website hier keinen Chat an.',
    errors: {
      message_empty: 'Bitte schreiben Sie zuerst etwas.',
      message_too_long: 'Ihre Nachricht ist zu lang: höchstens 4.000 Zeichen.',
      client_message_id_invalid: 'Die Nachricht konnte nicht gesendet werden. Bitte erneut versuchen.',
      conversation_not_found: 'Dieses Gespräch gibt es nicht mehr.',
      consent_denied: 'Der Chat ist in den Cookie-Einstellungen dieser Website abgeschaltet.',
      origin_not_allowed: 'Der Chat ist auf dieser Seite nicht verfügbar.',
      site_not_found: 'Der Chat ist für diese Seite nicht eingerichtet.',
      rate_limited: 'Zu viele Versuche. Bitte versuchen Sie es in einer Minute erneut.',
      unknown: 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
    },
  },
};

/** @typedef {typeof buttonTexts.en} ButtonTexts */
/** @typedef {ButtonTexts & typeof panelTexts.en} Texts */
/** @typedef {keyof typeof panelTexts} Language */

/**
 * The primary subtag of the page's language if the widget speaks it, else English.
 * @param {string} [tag] a BCP 47 tag such as `de-AT`; defaults to `<html lang>`
 * @returns {Language}
 */
export function pickLanguage(tag = document.documentElement.lang) {
  const primary = (tag || '').split(/[-_]/)[0].toLowerCase();
  return primary === 'de' ? 'de' : 'en';
}

/** @param {Language} language */
export function buttonTextsFor(language) {
  return buttonTexts[language];
}

/**
 * @param {Language} language
 * @returns {Texts}
 */
export function textsFor(language) {
  return { ...buttonTexts[language], ...panelTexts[language] };
}

/**
 * The localized sentence for a stable error code from the server.
 * @param {Texts} t
 * @param {string | null | undefined} code
 */
export function errorText(t, code) {
  const known = /** @type {Record<string, string>} */ (t.errors);
  return (code && known[code]) || t.errors.unknown;
}
