// @ts-check
// The payloads of the conversation workflow (docs/protocol.md): presence, lists, notes, saved
// replies. JSDoc only, nothing runs here.

/** @typedef {'online' | 'away' | 'offline'} PresenceStatus */

/**
 * The console's own agent (GetMe).
 * @typedef {object} AgentSelf
 * @property {string} agentId
 * @property {string} displayName
 * @property {boolean} isAdmin
 * @property {PresenceStatus} status
 */

/**
 * An agent as colleagues see them (GetAgents, PresenceChanged).
 * @typedef {object} AgentPresenceView
 * @property {string} agentId
 * @property {string} displayName
 * @property {PresenceStatus} status
 */

/**
 * What FindConversations lists.
 * @typedef {object} ConversationFilter
 * @property {'queue' | 'mine' | 'all'} [scope]
 * @property {'open' | 'closed' | null} [status]
 * @property {string | null} [text]
 * @property {string | null} [visitorEmail]
 * @property {string | null} [from] ISO time, inclusive
 * @property {string | null} [to] ISO time, exclusive
 * @property {string | null} [cursor]
 * @property {number} [limit]
 */

/**
 * @typedef {object} ConversationPage
 * @property {import('./types.js').ConversationSummary[]} items
 * @property {string | null} nextCursor
 */

/**
 * An internal note; the visitor never receives it.
 * @typedef {object} NoteView
 * @property {string} id
 * @property {string} conversationId
 * @property {string} clientNoteId
 * @property {string} agentId
 * @property {string | null} agentName
 * @property {string} text
 * @property {number} afterSequence it follows the message with this sequence number
 * @property {string} createdAt
 */

/**
 * @typedef {object} CannedResponseView
 * @property {string} id
 * @property {string} key
 * @property {string} text
 */

export {};
