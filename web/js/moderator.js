/**
 * The moderator console: rooms overview, one watched room with its held queue,
 * messages, participants, controls, audit log, and safeguarding alerts that stay
 * on screen until acknowledged.
 */
import { byId, el, renderList, setText, show, withContext } from './dom.js';
import { errorText } from './errors.js';
import { formatTime, initialLanguage, onLanguageChange, setLanguage, t } from './i18n.js';
import { mountLanguageSwitcher } from './lang-switcher.js';
import { MessageStore } from './messages.js';
import { createSocket, request } from './socket.js';
import { initStaffAuth } from './staff-auth.js';
import { ServerClock, splitDuration } from './time.js';

const ROOMS_REFRESH_MS = 15_000;

const state = {
  /** @type {Map<number, any>} room_id → Room */ rooms: new Map(),
  /** @type {number|null} */ watching: null,
  /** @type {Map<number, any>} message_id → HeldMessage */ held: new Map(),
  messages: new MessageStore(),
  /** @type {Map<number, any>} participant_id → Participant */ people: new Map(),
  /** @type {Map<number, any>} alert_id → Alert */ alerts: new Map(),
  /** @type {any[]} newest first */ audit: [],
  clock: new ServerClock(),
  banArmed: /** @type {number|null} */ (null),
  roomsTimer: 0,
  loggedIn: false,
  /**
   * While a mod:rooms request is in flight: alerts that arrived or were acknowledged live,
   * so the (older) snapshot in the answer does not undo them.
   * @type {null | {added: Map<number, any>, acked: Set<number>}}
   */
  alertsInFlight: null,
};

const socket = createSocket();

// ---------------------------------------------------------------- helpers

function roomStateLabel(room) {
  return t(`room.state.${room.state}`);
}

function countdownText(room) {
  if (room.state === 'closed') return t('m.countdown.closed');
  const target = room.state === 'scheduled' ? room.opens_at : room.closes_at;
  const parts = splitDuration(state.clock.until(target));
  return t(room.state === 'scheduled' ? 'm.countdown.opens_in' : 'm.countdown.closes_in', { clock: parts.clock });
}

function status(text, kind = 'info') {
  const box = byId('room-status');
  box.className = `notice notice-${kind}`;
  setText(box, text);
}

async function act(event, payload, okText) {
  try {
    const data = await request(socket, event, payload);
    if (okText) status(okText);
    return data;
  } catch (error) {
    status(errorText(error, formatTime), 'error');
    return null;
  }
}

function localTime(iso) {
  return iso ? formatTime(new Date(Date.parse(iso) - state.clock.offsetMs)) : '';
}

// ---------------------------------------------------------------- rooms overview

async function loadRooms() {
  if (!socket.connected) return;
  const inFlight = { added: new Map(), acked: new Set() };
  state.alertsInFlight = inFlight;
  try {
    const data = await request(socket, 'mod:rooms', {});
    for (const room of data.rooms || []) {
      state.clock.sync(room.server_time);
      if (room.room_id === state.watching) room.participant_count = joinedCount();
      state.rooms.set(room.room_id, room);
    }
    if (Array.isArray(data.alerts)) mergeAlerts(data.alerts, inFlight);
    renderRooms();
  } catch (error) {
    setText(byId('connection-status'), errorText(error, formatTime));
  } finally {
    if (state.alertsInFlight === inFlight) state.alertsInFlight = null;
  }
}

/**
 * `alerts` is every unacknowledged alert in every room (mod:rooms): it replaces what the
 * banner shows, so alerts raised or acknowledged while this console was away are right
 * after a reload or a reconnect. New ones are announced once.
 */
function mergeAlerts(alerts, inFlight) {
  const next = new Map();
  // A live alert may carry more than the snapshot (a help note, a report's author and reason):
  // keep what is already known.
  for (const alert of alerts) next.set(alert.alert_id, { ...alert, ...state.alerts.get(alert.alert_id) });
  for (const [id, alert] of inFlight.added) next.set(id, alert);
  for (const id of inFlight.acked) next.delete(id);
  const fresh = Array.from(next.values()).filter((a) => !state.alerts.has(a.alert_id));
  state.alerts = next;
  renderAlerts();
  if (fresh.length === 1) announceAlert(fresh[0]);
  else if (fresh.length > 1) setText(byId('alert-live'), t('m.alert.waiting', { count: fresh.length }));
}

function renderRooms() {
  const rooms = Array.from(state.rooms.values()).sort((a, b) => a.room_id - b.room_id);
  show(byId('rooms-empty'), rooms.length === 0);
  renderList(byId('room-list'), rooms, (r) => `r${r.room_id}`, (room) => {
    const button = el('button', { type: 'button', class: 'room-button', on: { click: () => watch(room.room_id) } },
      el('span', { class: 'room-button-name' }),
      el('span', { class: 'room-button-meta' }));
    const node = el('li', {}, button);
    updateRoomItem(node, room);
    return node;
  }, updateRoomItem);
}

function updateRoomItem(node, room) {
  const button = node.firstElementChild;
  const [name, meta] = button.children;
  const alerts = Array.from(state.alerts.values()).filter((a) => a.room_id === room.room_id).length;
  setText(name, `${room.name}${room.consultation?.title ? ` · ${room.consultation.title}` : ''}`);
  const parts = [roomStateLabel(room), countdownText(room), t('m.rooms.joined', { count: room.participant_count ?? 0 })];
  if (room.room_id === state.watching) parts.push(t('m.room.online', { count: onlineCount() }));
  if (alerts) parts.push(t('m.rooms.alerts', { count: alerts }));
  setText(meta, parts.join(' · '));
  button.dataset.state = room.state;
  if (room.room_id === state.watching) button.setAttribute('aria-current', 'true');
  else button.removeAttribute('aria-current');
}

// ---------------------------------------------------------------- watching a room

async function watch(roomId) {
  if (state.watching && state.watching !== roomId) {
    await act('mod:unwatch', { room_id: state.watching });
  }
  const data = await act('mod:watch', { room_id: roomId });
  if (!data) return;
  state.watching = roomId;
  state.held = new Map((data.held || []).map((m) => [m.id, m]));
  state.messages = new MessageStore();
  state.messages.merge(data.messages || []);
  state.people = new Map((data.participants || []).map((p) => [p.participant_id, p]));
  for (const alert of data.alerts || []) state.alerts.set(alert.alert_id, { ...alert, ...state.alerts.get(alert.alert_id) });
  state.audit = (data.audit || []).slice();
  byId('mod-message-list').replaceChildren();
  applyRoom(data.room);
  show(byId('room-placeholder'), false);
  show(byId('room-detail'), true);
  setText(byId('room-status'), '');
  renderAll();
  byId('room-heading').focus();
}

function applyRoom(room) {
  if (!room) return;
  state.clock.sync(room.server_time);
  state.rooms.set(room.room_id, room);
  renderRooms();
  if (room.room_id !== state.watching) return;
  setText(byId('room-heading'), room.name);
  renderRoomMeta(room);
  setText(byId('room-pinned'), room.pinned ? t('m.room.pinned', { text: room.pinned }) : t('m.room.no_pin'));
  const pin = /** @type {HTMLTextAreaElement} */ (byId('pin-text'));
  if (document.activeElement !== pin) pin.value = room.pinned || '';
  const slow = /** @type {HTMLInputElement} */ (byId('slow-seconds'));
  if (document.activeElement !== slow) slow.value = String(room.slow_mode_seconds || 0);
  byId('open-button').disabled = room.state !== 'scheduled';
  byId('close-button').disabled = room.state === 'closed';
  tick();
}

/**
 * "12 joined · 3 online now": joined is the room's participant_count (joined and not banned);
 * online comes from the participants' `online` flags, kept live by mod:participant.
 */
function renderRoomMeta(room) {
  setText(byId('room-meta'), [
    room.consultation?.title,
    t('m.room.state', { state: roomStateLabel(room) }),
    t('m.rooms.joined', { count: room.participant_count ?? 0 }),
    t('m.room.online', { count: onlineCount() }),
    room.slow_mode_seconds ? t('m.room.slow', { seconds: room.slow_mode_seconds }) : null,
  ].filter(Boolean).join(' · '));
}

function onlineCount() {
  let count = 0;
  for (const person of state.people.values()) if (person.online && !person.banned) count += 1;
  return count;
}

/** The watched room's participant_count, from the full participant list (banned ones excluded). */
function joinedCount() {
  let count = 0;
  for (const person of state.people.values()) if (!person.banned) count += 1;
  return count;
}

function tick() {
  for (const node of byId('room-list').children) {
    const room = state.rooms.get(Number(node.dataset.key.slice(1)));
    if (room) updateRoomItem(node, room);
  }
  const room = state.rooms.get(state.watching);
  if (room) {
    const text = t('m.room.countdown', {
      countdown: countdownText(room),
      opens: localTime(room.opens_at),
      closes: localTime(room.closes_at),
    });
    const node = byId('room-countdown');
    if (node.textContent !== text) setText(node, text);
  }
}

function renderAll() {
  renderHeld();
  renderMessages();
  renderPeople();
  renderAudit();
  renderAlerts();
}

// ---------------------------------------------------------------- held queue

function renderHeld() {
  const items = Array.from(state.held.values()).sort((a, b) => a.id - b.id);
  setText(byId('queue-heading'), t('m.queue.heading', { count: items.length }));
  show(byId('queue-empty'), items.length === 0);
  renderList(byId('held-list'), items, (m) => `h${m.id}`, createHeldNode, fillHeldNode);
}

function createHeldNode(message) {
  const node = el('li', { class: 'held-item', tabindex: '0' });
  node.addEventListener('keydown', (event) => {
    if (event.target !== node || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'a') {
      event.preventDefault();
      decide(message.id, 'approve', node);
    } else if (key === 'r') {
      event.preventDefault();
      decide(message.id, 'reject', node);
    }
  });
  fillHeldNode(node, message);
  return node;
}

function fillHeldNode(node, message) {
  const person = state.people.get(message.participant_id);
  const labels = [...(message.categories || []), ...(message.reasons || [])];
  node.setAttribute('aria-label', t('m.queue.item_label', { name: message.pseudonym, text: message.text }));
  node.replaceChildren(
    el('p', { class: 'held-author' },
      el('strong', { text: message.pseudonym }),
      person ? ` · ${person.age_band} · ${person.country}` : '',
      message.created_at ? ` · ${localTime(message.created_at)}` : ''),
    el('p', { class: 'held-text', dir: 'auto', text: message.text }),
    labels.length
      ? el('ul', { class: 'tags', 'aria-label': t('m.queue.reasons') },
        ...labels.map((label) => el('li', { class: 'tag', text: t(`cat.${label}`) === `cat.${label}` ? label : t(`cat.${label}`) })))
      : null,
    el('div', { class: 'control-row' },
      el('button', {
        type: 'button', class: 'button button-primary button-small', text: t('m.queue.approve'),
        'aria-label': withContext(t('m.queue.approve'), message.pseudonym),
        'aria-keyshortcuts': 'A',
        on: { click: () => decide(message.id, 'approve', node) },
      }),
      el('button', {
        type: 'button', class: 'button button-danger button-small', text: t('m.queue.reject'),
        'aria-label': withContext(t('m.queue.reject'), message.pseudonym),
        'aria-keyshortcuts': 'R',
        on: { click: () => decide(message.id, 'reject', node) },
      })),
  );
}

async function decide(messageId, action, node) {
  const next = node.nextElementSibling || node.previousElementSibling;
  const data = await act(`mod:${action}`, { message_id: messageId },
    t(action === 'approve' ? 'm.queue.approved' : 'm.queue.rejected'));
  if (!data) return;
  state.held.delete(messageId);
  if (data.message) state.messages.merge([data.message]);
  renderHeld();
  renderMessages();
  if (next && next.isConnected) next.focus();
  else byId('queue-heading').focus?.();
}

// ---------------------------------------------------------------- visible messages

function renderMessages() {
  const box = byId('mod-message-log');
  const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  renderList(byId('mod-message-list'), state.messages.list(), (m) => `m${m.id}`, (message) => {
    const node = el('li', { class: 'mod-message' },
      el('p', { class: 'held-author' }, el('strong', { text: message.pseudonym }),
        message.created_at ? ` · ${localTime(message.created_at)}` : '',
        message.redacted ? ` · ${t('m.log.redacted')}` : ''),
      el('p', { class: 'held-text', dir: 'auto', text: message.text }),
      el('button', {
        type: 'button', class: 'button button-danger button-small', text: t('m.log.remove'),
        'aria-label': withContext(t('m.log.remove'), message.pseudonym),
        on: { click: () => removeMessage(message.id) },
      }));
    return node;
  });
  if (nearBottom) box.scrollTop = box.scrollHeight;
}

async function removeMessage(id) {
  const data = await act('mod:remove', { message_id: id }, t('m.log.removed'));
  if (!data) return;
  state.messages.remove([id]);
  renderMessages();
}

// ---------------------------------------------------------------- participants

function personStatus(person) {
  const parts = [t(person.online ? 'm.people.online' : 'm.people.offline')];
  if (person.banned) parts.push(t('m.people.banned'));
  else if (person.kicked) parts.push(t('m.people.kicked'));
  if (person.muted_until && Date.parse(person.muted_until) > state.clock.now()) {
    parts.push(t('m.people.muted_until', { time: localTime(person.muted_until) }));
  }
  return parts.join(' · ');
}

function renderPeople() {
  const people = Array.from(state.people.values()).sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
  setText(byId('people-heading'), t('m.people.heading', { count: people.length }));
  // Online people first, then by name.
  people.sort((a, b) => Number(Boolean(b.online)) - Number(Boolean(a.online)));
  renderList(byId('people-list'), people, (p) => `p${p.participant_id}`, (person) => {
    const item = el('li', { class: 'person' });
    fillPersonRow(item, person);
    return item;
  }, fillPersonRow);
}

function fillPersonRow(row, person) {
  const id = person.participant_id;
  const muted = person.muted_until && Date.parse(person.muted_until) > state.clock.now();
  const armed = state.banArmed === id;
  row.replaceChildren(
    el('p', { class: 'person-name' }, el('strong', { text: person.pseudonym })),
    el('p', { class: 'person-about', text: `${person.age_band} · ${person.country} · ${person.language}` }),
    el('p', { class: `person-status${person.online ? ' person-online' : ''}`, text: personStatus(person) }),
    el('div', {},
      el('div', { class: 'control-row' },
        muted
          ? el('button', { type: 'button', class: 'button button-small', text: t('m.people.unmute'),
            'aria-label': withContext(t('m.people.unmute'), person.pseudonym),
            on: { click: () => personAction('mod:unmute', { participant_id: id }) } })
          : el('button', { type: 'button', class: 'button button-small', text: t('m.people.mute'),
            'aria-label': withContext(t('m.people.mute'), person.pseudonym),
            disabled: person.banned,
            on: { click: () => personAction('mod:mute', { participant_id: id, minutes: 10 }) } }),
        el('button', { type: 'button', class: 'button button-small', text: t('m.people.kick'),
          'aria-label': withContext(t('m.people.kick'), person.pseudonym),
          disabled: person.banned,
          on: { click: () => personAction('mod:kick', { participant_id: id }) } }),
        el('button', { type: 'button', class: 'button button-danger button-small',
          text: t(armed ? 'm.people.ban_confirm' : 'm.people.ban'),
          'aria-label': withContext(t(armed ? 'm.people.ban_confirm' : 'm.people.ban'), person.pseudonym),
          disabled: person.banned,
          on: { click: (event) => onBan(id, event.currentTarget) } }))),
  );
}

function onBan(id, button) {
  if (state.banArmed !== id) {
    state.banArmed = id;
    renderPeople();
    requestAnimationFrame(() => byId('people-list').querySelector(`[data-key="p${id}"] .button-danger`)?.focus());
    setTimeout(() => {
      if (state.banArmed === id) {
        state.banArmed = null;
        renderPeople();
      }
    }, 8000);
    return;
  }
  state.banArmed = null;
  personAction('mod:ban', { participant_id: id });
  button.blur();
}

async function personAction(event, payload) {
  const data = await act(event, payload, t('m.people.done'));
  if (data?.participant) upsertPerson(data.participant);
}

function upsertPerson(person) {
  state.people.set(person.participant_id, person);
  renderPeople();
  renderHeld();
  const room = state.rooms.get(state.watching);
  if (room) {
    // Joined-and-not-banned changes when someone joins or is banned; the server does not
    // resend the room for that, and the list of participants is complete for this room.
    room.participant_count = joinedCount();
    renderRoomMeta(room);
    renderRooms();
  }
}

// ---------------------------------------------------------------- audit

function renderAudit() {
  const entries = state.audit.slice(0, 200);
  renderList(byId('audit-list'), entries, (a) => `a${a.id}`, (entry) => {
    const detail = entry.detail && typeof entry.detail === 'object'
      ? Object.entries(entry.detail).map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : v}`).join(', ')
      : '';
    return el('li', { class: 'audit-entry' },
      el('span', { class: 'audit-time', text: localTime(entry.created_at) }), ' ',
      el('strong', { text: entry.actor || t('m.audit.system') }), ' ',
      el('span', { class: 'audit-action', text: entry.action }),
      entry.target ? ` ${entry.target}` : '',
      detail ? el('span', { class: 'audit-detail', text: ` (${detail})` }) : null);
  });
}

function addAudit(entry) {
  if (entry.room_id !== state.watching) return;
  if (state.audit.some((a) => a.id === entry.id)) return;
  state.audit.unshift(entry);
  renderAudit();
}

// ---------------------------------------------------------------- alerts

function alertTitle(alert) {
  return t(`m.alert.kind.${alert.kind}`, { name: alert.pseudonym || t('m.alert.someone') });
}

function renderAlerts() {
  const alerts = Array.from(state.alerts.values()).sort((a, b) => a.alert_id - b.alert_id);
  show(byId('alert-banner'), alerts.length > 0);
  setText(byId('alert-heading'), t('m.alert.heading', { count: alerts.length }));
  document.title = alerts.length ? `(${alerts.length}) ${t('m.title')}` : t('m.title');
  renderList(byId('alert-list'), alerts, (a) => `al${a.alert_id}`, createAlertNode, updateAlertNode);
  for (const node of byId('room-list').children) {
    const room = state.rooms.get(Number(node.dataset.key.slice(1)));
    if (room) updateRoomItem(node, room);
  }
}

function alertMeta(alert) {
  const room = state.rooms.get(alert.room_id);
  return [room?.name, localTime(alert.created_at),
    ...(alert.categories || []).map((c) => (t(`cat.${c}`) === `cat.${c}` ? c : t(`cat.${c}`)))].filter(Boolean).join(' · ');
}

function createAlertNode(alert) {
  const node = el('li', { class: `alert-item alert-${alert.kind}` },
    el('p', { class: 'alert-title' }, el('strong', { text: alertTitle(alert) })),
    el('p', { class: 'alert-meta', text: alertMeta(alert) }),
    alert.kind === 'report' && alert.reported_pseudonym
      ? el('p', { class: 'alert-reported', text: t('m.alert.reported_author', { name: alert.reported_pseudonym }) })
      : null,
    alert.text ? el('p', { class: 'alert-text', dir: 'auto', text: alert.text }) : null,
    alert.kind === 'report' && alert.note
      ? el('p', { class: 'alert-note', dir: 'auto', text: t('m.alert.note', { note: alert.note }) })
      : null,
    el('div', { class: 'control-row' },
      el('button', { type: 'button', class: 'button button-small alert-go', text: t('m.alert.go'),
        hidden: alert.room_id === state.watching,
        on: { click: () => watch(alert.room_id) } }),
      el('button', {
        type: 'button', class: 'button button-primary button-small', text: t('m.alert.ack'),
        'aria-label': withContext(t('m.alert.ack'), alertTitle(alert)),
        on: { click: () => acknowledge(alert.alert_id) },
      })));
  return node;
}

/** Only what can change without a new alert: the room name and whether "Go to the room" fits. */
function updateAlertNode(node, alert) {
  const meta = node.querySelector('.alert-meta');
  const text = alertMeta(alert);
  if (meta && meta.textContent !== text) setText(meta, text);
  const go = node.querySelector('.alert-go');
  if (go) show(go, alert.room_id !== state.watching);
}

function onAlert(alert) {
  const isNew = !state.alerts.has(alert.alert_id);
  state.alerts.set(alert.alert_id, alert);
  state.alertsInFlight?.added.set(alert.alert_id, alert);
  renderAlerts();
  if (isNew) announceAlert(alert);
}

function onAlertAcknowledged(alert) {
  state.alertsInFlight?.acked.add(alert.alert_id);
  state.alertsInFlight?.added.delete(alert.alert_id);
  if (state.alerts.delete(alert.alert_id)) renderAlerts();
}

/** Urgent: the only role="alert" on the page; screen readers interrupt for it. */
function announceAlert(alert) {
  const room = state.rooms.get(alert.room_id);
  const where = room && alert.room_id !== state.watching ? ` (${room.name})` : '';
  setText(byId('alert-live'), `${alertTitle(alert)}${where}${alert.text ? `: ${alert.text}` : ''}`);
}

async function acknowledge(alertId) {
  const data = await act('mod:ack_alert', { alert_id: alertId }, t('m.alert.acked'));
  if (!data) return;
  onAlertAcknowledged(data.alert || { alert_id: alertId });
  const next = byId('alert-list').querySelector('button.button-primary');
  if (next) next.focus();
  else byId('main').focus();
}

// ---------------------------------------------------------------- socket

function wireSocket() {
  socket.on('connect', async () => {
    setText(byId('connection-status'), '');
    await loadRooms();
    if (state.watching) {
      const id = state.watching;
      state.watching = null;
      await watch(id);
    }
  });
  socket.on('disconnect', () => {
    if (state.loggedIn) setText(byId('connection-status'), t('m.conn.lost'));
  });
  socket.on('connect_error', () => {
    if (state.loggedIn) setText(byId('connection-status'), t('m.conn.lost'));
  });
  socket.on('room:state', applyRoom);
  socket.on('room:warning', (warning) => {
    state.clock.sync(warning.server_time);
    if (warning.room_id === state.watching) status(t('m.room.warning', { minutes: warning.minutes_left }), 'warning');
  });
  socket.on('mod:held', (message) => {
    if (message.room_id !== state.watching) return;
    state.held.set(message.id, message);
    renderHeld();
  });
  socket.on('mod:resolved', ({ room_id: roomId, message_id: id }) => {
    if (roomId !== state.watching) return;
    state.held.delete(id);
    renderHeld();
  });
  socket.on('message:new', (message) => {
    if (message.room_id !== state.watching) return;
    state.held.delete(message.id);
    if (state.messages.merge([message])) renderMessages();
    renderHeld();
  });
  socket.on('message:removed', ({ room_id: roomId, message_id: id }) => {
    if (roomId !== state.watching) return;
    if (state.messages.remove([id])) renderMessages();
  });
  // Sent to the watchers of one room: came online, went offline, muted, kicked, banned.
  socket.on('mod:participant', (person) => {
    if (state.watching) upsertPerson(person);
  });
  // Alerts reach every staff socket, whichever room it watches.
  socket.on('mod:alert', onAlert);
  socket.on('mod:alert_acknowledged', onAlertAcknowledged);
  socket.on('mod:audit', addAudit);
}

function wireControls() {
  byId('open-button').addEventListener('click', async () => {
    const data = await act('mod:open', { room_id: state.watching }, t('m.controls.opened'));
    if (data?.room) applyRoom(data.room);
  });
  byId('close-button').addEventListener('click', async () => {
    const data = await act('mod:close', { room_id: state.watching }, t('m.controls.closed'));
    if (data?.room) applyRoom(data.room);
  });
  byId('extend-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const minutes = Number(byId('extend-minutes').value);
    const data = await act('mod:extend', { room_id: state.watching, minutes }, t('m.controls.extended', { minutes }));
    if (data?.room) applyRoom(data.room);
  });
  byId('slow-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const seconds = Number(byId('slow-seconds').value);
    const data = await act('mod:slow_mode', { room_id: state.watching, seconds }, t('m.controls.slow_set', { seconds }));
    if (data?.room) applyRoom(data.room);
  });
  byId('pin-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = byId('pin-text').value.trim();
    const data = await act('mod:pin', { room_id: state.watching, text: text || null }, t('m.controls.pinned'));
    if (data?.room) applyRoom(data.room);
  });
  byId('unpin-button').addEventListener('click', async () => {
    const data = await act('mod:pin', { room_id: state.watching, text: null }, t('m.controls.unpinned'));
    if (data?.room) applyRoom(data.room);
  });
}

async function main() {
  await setLanguage(initialLanguage());
  mountLanguageSwitcher(byId('lang-switcher'));
  wireSocket();
  wireControls();
  onLanguageChange(() => {
    byId('held-list').replaceChildren();
    byId('mod-message-list').replaceChildren();
    byId('audit-list').replaceChildren();
    byId('alert-list').replaceChildren();
    renderRooms();
    applyRoom(state.rooms.get(state.watching));
    renderAll();
  });
  setInterval(tick, 1000);
  await initStaffAuth({
    onLogin: () => {
      state.loggedIn = true;
      if (!socket.connected) socket.connect();
      clearInterval(state.roomsTimer);
      state.roomsTimer = setInterval(loadRooms, ROOMS_REFRESH_MS);
    },
    onLogout: () => {
      state.loggedIn = false;
      clearInterval(state.roomsTimer);
      socket.disconnect();
      state.watching = null;
      state.alerts.clear();
      renderAlerts();
    },
  });
  document.body.dataset.ready = 'true';
}

main();
