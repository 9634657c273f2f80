// @ts-check
// The agent hub's payloads as docs/protocol.md describes them; JSDoc only, nothing runs here.

/**
 * @typedef {object} MessageView
 * @property {string} id
 * @property {string} conversationId
 * @property {number} sequence
 * @property {string} clientMessageId
 * @property {'visitor' | 'agent'} sender
 * @property {string | null} agentName
 * @property {string} text
 * @property {string} sentAt
 */

/**
 * @typedef {object} MessageAck
 * @property {string} messageId
 * @property {string} conversationId
 * @property {number} sequence
 * @property {string} clientMessageId
 * @property {string} sentAt
 */

/**
 * @typedef {object} ConversationSummary
 * @property {string} id
 * @property {string} siteId
 * @property {string} siteName
 * @property {string} visitorId
 * @property {'open' | 'closed'} status
 * @property {string} createdAt
 * @property {string} lastMessageAt
 * @property {number} lastSequence
 * @property {string | null} lastMessagePreview
 * @property {string | null} [visitorPrivacyModeReason] `gpc` when the visitor's browser sent
 *   Global Privacy Control, so nothing about them is collected beyond what they type
 * @property {number} [agentReadThrough] the agents' read mark; the unread count is lastSequence
 *   minus it
 * @property {number} [visitorReadThrough] the visitor's read mark
 * @property {string | null} [assignedAgentId] the agent working on it; null while it is queued
 * @property {string | null} [assignedAgentName]
 * @property {string | null} [closedAt] set while it is closed
 */

/**
 * A read mark moved (ReadReceipt, and the answer of MarkRead).
 * @typedef {object} ReadReceipt
 * @property {string} conversationId
 * @property {'agent' | 'visitor'} reader
 * @property {number} throughSequence
 */

/**
 * Someone is typing (Typing); never stored.
 * @typedef {object} TypingSignal
 * @property {string} conversationId
 * @property {'agent' | 'visitor'} sender
 * @property {string | null} agentName
 */

/**
 * The visitor of a conversation, for the panel above it (GetVisitor).
 * @typedef {object} VisitorDetails
 * @property {string} visitorId
 * @property {string} language
 * @property {'site' | 'gpc' | null} privacyMode set when nothing is collected about the visitor:
 *   the site's privacy mode, or the browser's Global Privacy Control; page, referrer and browser
 *   are then null
 * @property {string | null} currentPageUrl
 * @property {string | null} referrer
 * @property {string | null} browser the user agent as the browser sent it
 * @property {{ action: string, source: string, scope: string, recordedAt: string } | null} consent
 *   the consent the visitor's current identity rests on
 */

/**
 * A reply the agent wrote that the server has not acknowledged yet.
 * @typedef {object} OutgoingReply
 * @property {string} conversationId
 * @property {string} clientMessageId
 * @property {string} text
 */

export {};
