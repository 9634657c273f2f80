// @ts-check
// The agent's own status (online, away, offline) and everyone else's. The service drops an agent
// to offline when their last console closes and restores their choice when they come back, so
// the console only ever shows and sends the choice.

/** @typedef {import('./workflow-types.js').AgentSelf} AgentSelf */
/** @typedef {import('./workflow-types.js').PresenceStatus} PresenceStatus */
/** @typedef {import('./workflow-types.js').AgentPresenceView} AgentPresenceView */

const statusLabels = { online: 'Online', away: 'Away', offline: 'Offline' };

export class Presence {
  /** @type {AgentSelf | null} */
  me = null;

  /** @type {Map<string, AgentPresenceView>} every active agent, by id */
  #agents = new Map();

  /** @type {() => void} told when the roster or the own status changed */
  onChange = () => {};

  /**
   * @param {HTMLElement} header the sidebar's header, where the status picker goes
   * @param {import('@microsoft/signalr').HubConnection} connection
   */
  constructor(header, connection) {
    this.connection = connection;
    this.select = createPicker();
    header.append(this.select.parentElement ?? this.select);
    this.select.addEventListener('change', () => void this.#choose());
    connection.on('PresenceChanged', (/** @type {AgentPresenceView} */ agent) => this.#changed(agent));
  }

  /** After every (re)connect: who am I, and who else is there. */
  async load() {
    const [me, agents] = await Promise.all([
      /** @type {Promise<AgentSelf>} */ (this.connection.invoke('GetMe')),
      /** @type {Promise<AgentPresenceView[]>} */ (this.connection.invoke('GetAgents')),
    ]);
    this.me = me;
    this.#agents = new Map(agents.map((agent) => [agent.agentId, agent]));
    this.select.value = me.status;
    this.select.disabled = false;
    this.onChange();
  }

  /** Colleagues a conversation can be handed to, online ones first. */
  colleagues() {
    const order = { online: 0, away: 1, offline: 2 };
    return [...this.#agents.values()]
      .filter((agent) => agent.agentId !== this.me?.agentId)
      .sort((a, b) => order[a.status] - order[b.status] || a.displayName.localeCompare(b.displayName));
  }

  /** @param {PresenceStatus} status */
  static label(status) {
    return statusLabels[status];
  }

  async #choose() {
    const status = /** @type {PresenceStatus} */ (this.select.value);
    this.select.disabled = true;
    try {
      const view = /** @type {AgentPresenceView} */ (await this.connection.invoke('SetPresence', status));
      if (this.me) {
        this.me.status = view.status;
      }
    } catch {
      this.select.value = this.me?.status ?? 'online';
    } finally {
      this.select.disabled = false;
    }
  }

  /** @param {AgentPresenceView} agent */
  #changed(agent) {
    this.#agents.set(agent.agentId, agent);
    if (agent.agentId === this.me?.agentId && agent.status !== 'offline') {
      this.me.status = agent.status;
      this.select.value = agent.status;
    }
    this.onChange();
  }
}

function createPicker() {
  const label = document.createElement('label');
  label.className = 'presence';
  label.append(visuallyHidden('Your status'));
  const select = document.createElement('select');
  select.id = 'presence';
  select.dataset.testid = 'presence';
  select.disabled = true;
  for (const [value, text] of Object.entries(statusLabels)) {
    select.append(new Option(text, value));
  }
  label.append(select);
  return select;
}

/** @param {string} text */
function visuallyHidden(text) {
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  span.textContent = text;
  return span;
}
