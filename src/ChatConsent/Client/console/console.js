// @ts-check
// The agent console at /agents: wires the hub's events to the conversation list, the open
// conversation, its visitor's details and the reply box, and brings them up to date after every
// (re)connect.
import {
  createConnection, goToSignIn, hubErrorCode, isConnected, isUnauthorized, startConnection,
} from './hub.js';
import { ConversationList } from './list.js';
import { ConversationView } from './conversation.js';
import { ReplyBox } from './reply.js';
import { VisitorPanel, createVisitorContainer } from './visitor-details.js';
import { LiveSignals } from './signals.js';
import { visitorLabel } from './format.js';
import { AssignmentBar } from './assignment.js';
import { ConversationLists } from './queue.js';
import { EarlierMessages } from './history.js';
import { NotesPanel } from './notes.js';
import { Presence } from './presence.js';
import { SavedReplies } from './canned.js';
import { SearchForm } from './search.js';

/** @typedef {import('./types.js').ConversationSummary} ConversationSummary */
/** @typedef {import('./types.js').MessageView} MessageView */

const conversationIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const stateTexts = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Connection lost. Reconnecting…',
  offline: 'Offline. Retrying…',
};

/**
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T}
 */
function element(id, type) {
  const found = document.getElementById(id);
  if (!(found instanceof type)) {
    throw new Error(`The console page lacks #${id}.`);
  }
  return found;
}

/** @param {HTMLElement} root */
function start(root) {
  const signInUrl = root.dataset.signin ?? '/agents/signin';
  const connection = createConnection(root.dataset.hub ?? '/hubs/agent', signInUrl);
  const list = new ConversationList(
    element('conversations', HTMLUListElement),
    element('no-conversations', HTMLElement));
  const view = new ConversationView({
    section: element('conversation', HTMLElement),
    placeholder: element('placeholder', HTMLElement),
    title: element('conversation-title', HTMLElement),
    subtitle: element('conversation-subtitle', HTMLElement),
    messages: element('messages', HTMLOListElement),
  }, connection);
  const reply = new ReplyBox({
    form: element('reply', HTMLFormElement),
    text: element('reply-text', HTMLTextAreaElement),
    error: element('reply-error', HTMLElement),
  }, connection, view, signInUrl);

  const visitor = new VisitorPanel(createVisitorContainer(element('conversation', HTMLElement)), connection);
  const signals = new LiveSignals({
    connection, list, view, messages: element('messages', HTMLOListElement),
    reply: element('reply', HTMLFormElement), replyText: element('reply-text', HTMLTextAreaElement),
    sidebar: element('conversations', HTMLUListElement).closest('nav') ?? root,
  });
  const workflow = createWorkflow(connection, list, view, (error) => showFailure(app, error));
  const app = {
    connection, signInUrl, list, view, visitor, reply, signals, workflow, announcer: element('announcer', HTMLElement),
  };
  const showState = stateShower(element('connection-state', HTMLElement));
  signals.listen();
  listen(app, showState);
  showState('connecting');
  void connect(app, showState);
}

/**
 * Connects, trying again with back-off until it works, then brings everything up to date.
 * @param {App} app
 * @param {(state: keyof typeof stateTexts) => void} showState
 */
async function connect(app, showState) {
  await startConnection(app.connection, app.signInUrl, () => showState('offline'));
  if (isConnected(app.connection)) {
    showState('connected');
    await synchronize(app);
  }
}

/**
 * The console's parts, passed to the functions that wire them together.
 * @typedef {object} App
 * @property {import('@microsoft/signalr').HubConnection} connection
 * @property {string} signInUrl where to go when the agent's sign-in is gone
 * @property {ConversationList} list
 * @property {ConversationView} view
 * @property {VisitorPanel} visitor the open conversation's visitor
 * @property {ReplyBox} reply
 * @property {LiveSignals} signals unread counts, read receipts, typing and alerts
 * @property {Workflow} workflow
 * @property {HTMLElement} announcer the polite live region that reads new visitor messages out
 */

/**
 * The conversation workflow's parts: presence, the lists and search, assignment, notes, older
 * history and saved replies.
 * @typedef {ReturnType<typeof createWorkflow>} Workflow
 */

/**
 * @param {import('@microsoft/signalr').HubConnection} connection
 * @param {ConversationList} list
 * @param {ConversationView} view
 * @param {(error: unknown) => void} onFailure
 */
function createWorkflow(connection, list, view, onFailure) {
  const replyText = element('reply-text', HTMLTextAreaElement);
  const messages = element('messages', HTMLOListElement);
  const presence = new Presence(element('conversations-heading', HTMLElement).parentElement ?? document.body,
    connection);
  const lists = new ConversationLists(list, presence, connection, onFailure);
  const search = new SearchForm(lists.tabList, lists);
  const header = element('conversation', HTMLElement).querySelector('.conversation-header');
  const assignment = new AssignmentBar(/** @type {HTMLElement} */ (header), replyText, presence, connection);
  const notes = new NotesPanel(element('reply', HTMLFormElement), messages, view, connection);
  const history = new EarlierMessages(messages, view, onFailure);
  const saved = new SavedReplies(element('reply', HTMLFormElement), replyText, connection);
  presence.onChange = () => {
    lists.refreshTabs();
    assignment.refresh();
  };
  view.onHistory = () => {
    history.update();
    notes.render();
  };
  return { presence, lists, search, assignment, notes, saved };
}

/**
 * @param {App} app
 * @param {(state: keyof typeof stateTexts) => void} showState
 */
function listen(app, showState) {
  const { connection, list, view, visitor, reply } = app;
  connection.on('ConversationUpdated', (/** @type {ConversationSummary} */ summary) => {
    app.workflow.lists.updated(summary);
    if (summary.id === view.currentId) {
      view.describe(summary);
      app.workflow.assignment.render(summary);
      void visitor.load(summary.id);
    }
  });
  connection.on('MessageReceived', (/** @type {MessageView} */ message) => received(app, message));
  connection.onreconnecting(() => {
    showState('reconnecting');
    view.suspend();
    reply.markWaiting();
  });
  connection.onreconnected(() => {
    showState('connected');
    synchronize(app);
  });
  // The service closes a disabled or removed agent's connection for good; the client does not
  // reconnect after such a close by itself, so the console starts again and learns which it was.
  connection.onclose((error) => {
    showState('offline');
    view.suspend();
    reply.markWaiting();
    if (isUnauthorized(error)) {
      goToSignIn(app.signInUrl);
      return;
    }

    void connect(app, showState);
  });

  window.addEventListener('hashchange', () => openFromHash(app));
  document.addEventListener('visibilitychange', () => list.select(view.currentId));
  element('reply-text', HTMLTextAreaElement).addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && view.currentId) {
      list.focusItem(view.currentId);
    }
  });
  setInterval(() => list.refreshTimes(), 30_000);
}

/**
 * A live message: shown when its conversation is open, and announced to screen readers when a
 * visitor wrote it. The list's unread count follows from the ConversationUpdated after it.
 * @param {App} app
 * @param {MessageView} message
 */
function received(app, message) {
  const shown = app.view.receive(message);
  if (message.sender !== 'visitor') {
    return;
  }

  const summary = app.list.get(message.conversationId);
  const who = summary ? visitorLabel(summary.visitorId) : 'a new visitor';
  app.announcer.textContent = shown ? `${who} wrote: ${message.text}` : `New message from ${who}.`;
}

/**
 * Everything that may have changed while the connection was down: unacknowledged replies go
 * out again, the list is reloaded, and the open conversation catches up.
 * @param {App} app
 */
async function synchronize(app) {
  const { view, visitor, reply, workflow } = app;
  reply.resendAll();
  try {
    await workflow.presence.load();
    await workflow.lists.reload();
    app.signals.synchronized();
    if (view.currentId) {
      const summary = await summaryOf(app, view.currentId);
      view.describe(summary);
      workflow.assignment.render(summary);
      void visitor.load(view.currentId);
      void workflow.notes.load(view.currentId);
      await view.catchUp();
    } else {
      await openFromHash(app);
    }
  } catch (error) {
    showFailure(app, error);
  }
}

/**
 * The address names the open conversation, so a reload or the back button keeps the place.
 * @param {App} app
 */
async function openFromHash(app) {
  const { list, view, visitor, reply } = app;
  const id = location.hash.slice(1);
  if (id === view.currentId) {
    return;
  }

  if (!conversationIdPattern.test(id)) {
    list.select(null);
    view.close();
    visitor.clear();
    reply.switchTo(null);
    app.workflow.assignment.render(null);
    void app.workflow.notes.load(null);
    return;
  }

  list.select(id);
  const loading = view.open(id, list.get(id));
  void visitor.load(id);
  void app.workflow.notes.load(id);
  reply.switchTo(id);
  reply.focus();
  try {
    const summary = await summaryOf(app, id);
    if (view.currentId === id) {
      view.describe(summary);
      app.workflow.assignment.render(summary);
      void app.workflow.saved.useSite(summary.siteId);
    }
    await loading;
  } catch (error) {
    showFailure(app, error);
  }
}

/**
 * The list's entry, or the service's when the conversation is not in the list shown.
 * @param {App} app
 * @param {string} id
 * @returns {Promise<ConversationSummary>}
 */
async function summaryOf(app, id) {
  return app.list.get(id) ?? app.connection.invoke('GetConversation', id);
}

/**
 * A failure while disconnected is left to the next reconnect, which loads again.
 * @param {App} app
 * @param {unknown} error
 */
function showFailure(app, error) {
  if (isConnected(app.connection)) {
    app.reply.showError(hubErrorCode(error));
  }
}

/** @param {HTMLElement} output */
function stateShower(output) {
  return (/** @type {keyof typeof stateTexts} */ state) => {
    output.dataset.state = state;
    output.textContent = stateTexts[state];
  };
}

const root = document.getElementById('console');
if (root) {
  start(root);
}
