/**
 * The participant page: join → "your name here is …" → the room.
 * Uses only the events in docs/protocol.md. Message text is always set with textContent.
 */
import { byId, el, renderList, setText, show, withContext } from './dom.js';
import { apiGet } from './api.js';
import { errorText } from './errors.js';
import { renderHelpline } from './helpline.js';
import { currentLanguage, formatTime, initialLanguage, onLanguageChange, setLanguage, t, UI_LANGUAGES } from './i18n.js';
import { mountLanguageSwitcher } from './lang-switcher.js';
import { MessageStore } from './messages.js';
import { displayName, loadOptions } from './options.js';
import { createSocket, request } from './socket.js';
import { ServerClock, splitDuration } from './time.js';

const TOKEN_KEY = 'consult.token';
const OPEN_STATES = new Set(['open', 'closing']);

const state = {
  /** @type {string|null} */ token: sessionStorage.getItem(TOKEN_KEY),
  /** @type {{participant_id:number, pseudonym:string, language:string}|null} */ me: null,
  /** @type {any} */ room: null,
  store: new MessageStore(),
  /** Own messages that are not visible to others: id → {id, text, status}. */
  pending: new Map(),
  /** Ids of own messages that are visible, with their status (shown/redacted/approved). */
  ownStatus: new Map(),
  /** Ids of messages this participant reported. */
  reported: new Set(),
  clock: new ServerClock(),
  options: null,
  /** 'join' | 'welcome' | 'room' | 'kicked' */ view: 'join',
  kicked: /** @type {null|'kicked'|'banned'} */ (null),
  mutedUntil: /** @type {number|null} */ (null),
  retryUntil: 0,
  lastHelpline: null,
  syncing: false,
  lastAnnouncedMinute: null,
  connectedOnce: false,
  sending: false,
  wantRejoin: false,
  /** Longest message the server accepts (GET /api/options, then the join/resume ack). */
  maxLength: 500,
  /** The last character-counter band announced to screen readers (see renderCounter). */
  counterBand: '',
};

/** Show the character counter when this many characters (or fewer) are left. */
function counterThreshold() {
  return Math.max(20, Math.floor(state.maxLength * 0.2));
}

const socket = createSocket();

// ---------------------------------------------------------------- views

function showView(name) {
  state.view = name;
  for (const view of ['join', 'welcome', 'room', 'kicked']) show(byId(`view-${view}`), view === name);
  // "I need help" is always there, in the same place, before and after joining.
  show(byId('help-button'), true);
}

function focusHeading(id) {
  const node = byId(id);
  requestAnimationFrame(() => node.focus());
}

// ---------------------------------------------------------------- join form

function fillJoinForm() {
  const { age_bands: bands, languages, countries } = state.options;
  const lang = currentLanguage();
  const ageBox = byId('age-bands');
  const checkedBand = ageBox.querySelector('input:checked')?.value;
  ageBox.replaceChildren(
    ...bands.map((band, index) =>
      el('div', { class: 'choice' },
        el('input', { type: 'radio', name: 'age_band', id: `age-${index}`, value: band, checked: band === checkedBand, required: true }),
        el('label', { for: `age-${index}`, text: t('p.join.age_band', { band }) }))),
  );

  const country = byId('join-country');
  const chosenCountry = country.value;
  const countryItems = countries
    .map((code) => ({ code, name: displayName('region', code, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  country.replaceChildren(
    el('option', { value: '', text: t('p.join.choose') }),
    ...countryItems.map(({ code, name }) => el('option', { value: code, text: name })),
  );
  country.value = chosenCountry;

  const language = byId('join-language');
  const chosenLanguage = language.value || lang;
  language.replaceChildren(
    ...languages.map((code) =>
      el('option', { value: code, lang: code, text: UI_LANGUAGES[code] || displayName('language', code, lang) })),
  );
  language.value = languages.includes(chosenLanguage) ? chosenLanguage : languages[0];
}

async function onJoin(event) {
  event.preventDefault();
  const form = /** @type {HTMLFormElement} */ (event.target);
  const errorBox = byId('join-error');
  const payload = {
    code: byId('join-code').value.trim(),
    age_band: form.querySelector('input[name="age_band"]:checked')?.value || '',
    country: byId('join-country').value,
    language: byId('join-language').value,
    consent: byId('join-consent').checked,
  };
  const missing = !payload.code ? 'p.join.missing_code'
    : !payload.age_band ? 'p.join.missing_age'
      : !payload.country ? 'p.join.missing_country'
        : !payload.consent ? 'error.consent_required' : null;
  if (missing) {
    setText(errorBox, t(missing));
    errorBox.focus();
    return;
  }
  setText(errorBox, '');
  const submit = form.querySelector('button[type="submit"]');
  submit.disabled = true;
  try {
    if (!socket.connected) socket.connect();
    const data = await request(socket, 'join', payload);
    state.token = data.token;
    sessionStorage.setItem(TOKEN_KEY, data.token);
    acceptSession(data, true);
    setText(byId('welcome-pseudonym'), data.participant.pseudonym);
    showView('welcome');
    focusHeading('welcome-heading');
  } catch (error) {
    setText(errorBox, errorText(error, formatTime));
    errorBox.focus();
  } finally {
    submit.disabled = false;
  }
}

// ---------------------------------------------------------------- session

/** Take in a join/resume acknowledgement. */
function acceptSession(data, fresh) {
  state.me = data.participant;
  if (fresh) {
    state.store.clear();
    state.pending.clear();
    state.ownStatus.clear();
  }
  if (data.participant?.language && data.participant.language in UI_LANGUAGES && data.participant.language !== currentLanguage()) {
    setLanguage(data.participant.language);
  }
  state.store.remove(data.removed || []);
  for (const id of data.removed || []) state.pending.delete(id);
  state.store.merge(data.messages || []);
  for (const message of data.messages || []) state.pending.delete(message.id);
  // Own messages still waiting, or refused while we were away (resume only).
  for (const own of data.own || []) {
    const before = state.pending.get(own.message_id);
    if (before?.status === 'held' && own.status === 'rejected') announce(t('p.msg.rejected'), 'warning');
    state.pending.set(own.message_id, {
      ...(before || {}), id: own.message_id, text: before?.text ?? own.text, status: own.status, seq: null,
    });
  }
  if (data.limits?.max_message_length) setMaxLength(data.limits.max_message_length);
  applyRoom(data.room);
  renderMessages();
}

async function resume() {
  if (!state.token) return;
  try {
    const data = await request(socket, 'resume', { token: state.token, last_seq: state.store.lastSeq });
    state.kicked = null;
    acceptSession(data, false);
    if (state.view === 'join' || state.view === 'kicked') {
      showView('room');
      focusHeading('room-topic');
    }
  } catch (error) {
    if (error.code === 'invalid_session') {
      forgetSession();
      showView('join');
    } else if (error.code === 'banned') {
      showKicked('banned');
    } else {
      setText(byId('connection-status'), errorText(error, formatTime));
    }
  }
}

function forgetSession() {
  state.token = null;
  state.me = null;
  sessionStorage.removeItem(TOKEN_KEY);
}

function showKicked(reason) {
  state.kicked = reason;
  setText(byId('kicked-text'), t(reason === 'banned' ? 'p.kicked.banned' : 'p.kicked.kicked'));
  show(byId('kicked-rejoin'), reason !== 'banned');
  if (reason === 'banned') forgetSession();
  showView('kicked');
  focusHeading('kicked-heading');
}

// ---------------------------------------------------------------- room state & countdown

function applyRoom(room) {
  if (!room) return;
  const previous = state.room?.state;
  state.room = room;
  state.clock.sync(room.server_time);
  setText(byId('room-name'), room.name || '');
  setText(byId('room-topic'), room.consultation?.topic || room.consultation?.title || room.name || '');
  const pinned = room.pinned || room.consultation?.questions?.[0] || '';
  setText(byId('pinned-text'), pinned);
  show(byId('pinned'), Boolean(pinned));
  const open = OPEN_STATES.has(room.state);
  show(byId('composer'), open);
  show(byId('closed-state'), room.state === 'closed');
  show(byId('scheduled-state'), room.state === 'scheduled');
  if (room.state === 'closed' && previous && previous !== 'closed') {
    announce(t('p.closed.heading'));
    if (state.view === 'room') focusHeading('closed-heading');
  }
  if (open && previous === 'scheduled') announce(t('p.room.opened'));
  renderComposerHint();
  tick();
}

function tick() {
  const room = state.room;
  if (!room) return;
  const clockNode = byId('countdown-clock');
  const textNode = byId('countdown-text');
  let target = null;
  if (OPEN_STATES.has(room.state)) target = room.closes_at;
  else if (room.state === 'scheduled') target = room.opens_at;
  if (!target) {
    setText(clockNode, '');
    setText(textNode, room.state === 'closed' ? t('p.countdown.closed') : '');
    byId('countdown').dataset.state = room.state;
    return;
  }
  const remaining = state.clock.until(target);
  const parts = splitDuration(remaining);
  byId('countdown').dataset.state = room.state;
  setText(clockNode, parts.clock);
  const at = formatTime(new Date(Date.parse(target) - state.clock.offsetMs));
  let text;
  if (remaining <= 0) {
    text = t(room.state === 'scheduled' ? 'p.countdown.opening_now' : 'p.countdown.closing_now');
    syncSoon();
  } else if (room.state === 'scheduled') {
    text = t('p.countdown.opens_in', { minutes: parts.roundedMinutes, time: at });
    setText(byId('scheduled-text'), t('p.scheduled.text', { time: at }));
  } else {
    text = parts.roundedMinutes <= 1
      ? t('p.countdown.closes_in_one', { time: at })
      : t('p.countdown.closes_in', { minutes: parts.roundedMinutes, time: at });
  }
  if (textNode.textContent !== text) setText(textNode, text);
  renderRetry();
}

/** When a countdown runs out, ask the server for the room's real state (once at a time). */
async function syncSoon() {
  if (state.syncing || !socket.connected || !state.token) return;
  state.syncing = true;
  try {
    const room = await request(socket, 'room:sync', {});
    applyRoom(room);
  } catch {
    /* the next room:state will tell us */
  } finally {
    setTimeout(() => { state.syncing = false; }, 5000);
  }
}

/** Polite announcements (role="status"). Newest first, keep a few. */
function announce(text, kind = 'info') {
  const box = byId('room-notices');
  box.prepend(el('p', { class: `notice notice-${kind}`, text }));
  while (box.children.length > 3) box.lastElementChild.remove();
}

// ---------------------------------------------------------------- messages

function isOwn(message) {
  return state.ownStatus.has(message.id) || (state.me && message.pseudonym === state.me.pseudonym);
}

/** Everything in the log: visible messages by seq, then own messages nobody else sees yet. */
function logItems() {
  const visible = state.store.list().map((message) => ({ ...message, _own: isOwn(message) }));
  const hidden = Array.from(state.pending.values()).map((item) => ({ ...item, _own: true, pseudonym: state.me?.pseudonym }));
  return [...visible, ...hidden];
}

function renderMessages() {
  const box = byId('message-log');
  const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  const items = logItems();
  renderList(byId('message-list'), items, (m) => `m${m.id}`, createMessageNode, updateMessageNode);
  show(byId('empty-log'), items.length === 0);
  if (nearBottom) box.scrollTop = box.scrollHeight;
}

function createMessageNode(message) {
  const node = el('li', { class: 'message' },
    el('p', { class: 'message-author' }),
    el('p', { class: 'message-text', dir: 'auto' }),
    el('div', { class: 'message-meta' }));
  updateMessageNode(node, message);
  return node;
}

function updateMessageNode(node, message) {
  const own = message._own;
  const status = own ? ownStatusOf(message) : 'shown';
  node.className = `message${own ? ' message-own' : ''} message-${status}`;
  node.dataset.id = String(message.id);
  node.dataset.status = status;
  const [author, text, meta] = node.children;
  setText(author, own ? t('p.msg.you', { name: message.pseudonym || '' }) : message.pseudonym);
  if (text.textContent !== message.text) setText(text, message.text);
  meta.replaceChildren();
  if (own) {
    meta.append(el('span', { class: `status status-${status}`, text: t(`p.status.${status}`) }));
    if (status === 'held') meta.append(el('span', { class: 'status-help', text: t('p.status.held_why') }));
    if (status === 'blocked') meta.append(el('span', { class: 'status-help', text: t('p.status.blocked_why') }));
    if (status === 'rejected') meta.append(el('span', { class: 'status-help', text: t('p.status.rejected_why') }));
  } else if (state.reported.has(message.id)) {
    meta.append(el('span', { class: 'status', text: t('p.msg.reported') }));
  } else if (message.seq !== undefined && message.seq !== null) {
    meta.append(el('button', {
      type: 'button',
      class: 'button button-small button-quiet report-button',
      text: t('p.msg.report'),
      'aria-label': withContext(t('p.msg.report'), message.pseudonym),
      on: { click: () => report(message.id) },
    }));
  }
}

function ownStatusOf(message) {
  if (state.pending.has(message.id)) return state.pending.get(message.id).status;
  const status = state.ownStatus.get(message.id);
  if (status) return status;
  return message.redacted ? 'redacted' : 'shown';
}

async function report(messageId) {
  try {
    await request(socket, 'message:report', { message_id: messageId });
    state.reported.add(messageId);
    announce(t('p.msg.report_thanks'));
  } catch (error) {
    announce(errorText(error, formatTime), 'warning');
  }
  renderMessages();
}

function onMessageNew(message) {
  if (state.pending.has(message.id)) {
    state.pending.delete(message.id);
    state.ownStatus.set(message.id, message.redacted ? 'redacted' : 'approved');
  } else if (state.ownStatus.get(message.id) === 'approved' && message.redacted) {
    state.ownStatus.set(message.id, 'redacted');
  }
  if (state.store.merge([message])) renderMessages();
}

/** A moderator decided on one of this participant's held messages (sent only to the author). */
function onMessageStatus({ message_id: id, status }) {
  if (status === 'rejected') {
    const item = state.pending.get(id);
    if (item) state.pending.set(id, { ...item, status: 'rejected' });
    announce(t('p.msg.rejected'), 'warning');
  } else if (status === 'shown' || status === 'redacted') {
    const own = status === 'redacted' ? 'redacted' : 'approved';
    state.ownStatus.set(id, own);
    // Until message:new brings it into the room, keep it in place with its new status.
    const item = state.pending.get(id);
    if (item) state.pending.set(id, { ...item, status: own });
  }
  renderMessages();
}

function onMessageRemoved({ message_id: id }) {
  const wasOwn = state.ownStatus.has(id) || state.pending.has(id)
    || (state.store.byId.get(id) && isOwn(state.store.byId.get(id)));
  state.pending.delete(id);
  state.store.remove([id]);
  if (wasOwn) announce(t('p.msg.own_removed'), 'warning');
  renderMessages();
}

// ---------------------------------------------------------------- sending

function newClientRef() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

async function onSend(event) {
  event.preventDefault();
  const input = /** @type {HTMLTextAreaElement} */ (byId('message-input'));
  const status = byId('composer-status');
  const text = input.value.trim();
  if (!text) {
    setText(status, t('error.empty_message'));
    return;
  }
  if (state.sending || isMuted() || Date.now() < state.retryUntil) return;
  const button = /** @type {HTMLButtonElement} */ (byId('send-button'));
  button.disabled = true;
  state.sending = true;
  try {
    const ack = await request(socket, 'message:send', { text, client_ref: newClientRef() });
    if (input.value.trim() === text) input.value = '';
    renderCounter();
    handleSendAck(ack);
  } catch (error) {
    handleSendError(error);
  } finally {
    state.sending = false;
    renderComposerHint();
  }
}

function handleSendAck(ack) {
  const id = ack.message_id;
  const status = ack.status;
  if (status === 'shown' || status === 'redacted') {
    state.ownStatus.set(id, status);
    if (!state.store.has(id)) {
      state.store.merge([{
        id, seq: ack.seq, room_id: state.room?.room_id, pseudonym: state.me?.pseudonym,
        text: ack.text, created_at: null, redacted: status === 'redacted',
      }]);
    }
  } else if (status === 'held' || status === 'blocked') {
    state.pending.set(id, { id, text: ack.text, status, seq: null });
  }
  const key = { shown: 'p.send.shown', redacted: 'p.send.redacted', held: 'p.send.held', blocked: 'p.send.blocked' }[status];
  setText(byId('composer-status'), key ? t(key) : '');
  renderMessages();
}

function handleSendError(error) {
  const status = byId('composer-status');
  if (error.code === 'slow_mode' || error.code === 'rate_limited' || error.code === 'duplicate_message') {
    const seconds = Number(error.details?.retry_after) || 0;
    if (seconds > 0 && error.code !== 'duplicate_message') {
      state.retryUntil = Date.now() + seconds * 1000;
      setTimeout(() => { renderComposerHint(); }, seconds * 1000 + 50);
    }
  }
  if (error.code === 'muted' && error.details?.until) setMuted(error.details.until);
  if (error.code === 'banned') showKicked('banned');
  if (error.code === 'room_not_open') syncSoon();
  setText(status, errorText(error, formatTime));
}

function isMuted() {
  return state.mutedUntil !== null && state.clock.now() < state.mutedUntil;
}

function setMuted(until) {
  const wasMuted = isMuted();
  state.mutedUntil = until ? Date.parse(until) : null;
  if (isMuted()) {
    const local = new Date(state.mutedUntil - state.clock.offsetMs);
    announce(t('p.muted.on', { time: formatTime(local) }), 'warning');
    setTimeout(() => renderComposerHint(), Math.max(0, state.mutedUntil - state.clock.now()) + 50);
  } else if (wasMuted) {
    announce(t('p.muted.off'));
  }
  renderComposerHint();
}

function renderComposerHint() {
  const hint = byId('composer-hint');
  const button = /** @type {HTMLButtonElement} */ (byId('send-button'));
  const input = /** @type {HTMLTextAreaElement} */ (byId('message-input'));
  const muted = isMuted();
  const waiting = Date.now() < state.retryUntil;
  button.disabled = muted || waiting || state.sending;
  input.readOnly = muted;
  const slow = state.room?.slow_mode_seconds || 0;
  let text = t('p.room.hint');
  if (muted) text = t('p.muted.on', { time: formatTime(new Date(state.mutedUntil - state.clock.offsetMs)) });
  else if (slow > 0) text = t('p.room.slow_mode', { seconds: slow });
  setText(hint, text);
  if (!waiting && !muted && byId('composer-status').dataset.retry) {
    delete byId('composer-status').dataset.retry;
    setText(byId('composer-status'), t('p.send.again'));
  }
}

function renderRetry() {
  const status = byId('composer-status');
  if (Date.now() < state.retryUntil) status.dataset.retry = '1';
}

// ---------------------------------------------------------------- message length

function setMaxLength(max) {
  const value = Number(max);
  if (!Number.isInteger(value) || value <= 0) return;
  state.maxLength = value;
  byId('message-input').setAttribute('maxlength', String(value));
  renderCounter();
}

/**
 * The counter appears near the limit. Its text (linked with aria-describedby) changes with
 * every key; screen readers hear it politely only when it enters a new band (near the limit,
 * ten left, none left), not on every key.
 */
function renderCounter() {
  const input = /** @type {HTMLTextAreaElement} */ (byId('message-input'));
  const counter = byId('char-count');
  const left = state.maxLength - input.value.length;
  const near = left <= counterThreshold();
  let text = '';
  if (near) text = left <= 0 ? t('p.count.full', { max: state.maxLength }) : t('p.count.left', { count: left, max: state.maxLength });
  if (counter.textContent !== text) setText(counter, text);
  show(counter, near);
  counter.classList.toggle('char-count-low', near && left <= 10);
  const band = !near ? '' : left <= 0 ? 'full' : left <= 10 ? 'low' : 'near';
  if (band !== state.counterBand) {
    state.counterBand = band;
    setText(byId('char-count-live'), band ? text : '');
  }
}

// ---------------------------------------------------------------- help before joining

/** The helpline for the chosen country (or the default), over plain HTTP: no socket, nobody is told. */
async function loadPublicHelpline() {
  const country = byId('join-country').value;
  try {
    const data = await apiGet(`/api/helpline${country ? `?country=${encodeURIComponent(country)}` : ''}`);
    return data.helpline || null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- help

/** In a room (or on the welcome screen) the button tells a moderator; before that it only shows a helpline. */
function inSession() {
  return Boolean(state.token && state.me) && (state.view === 'room' || state.view === 'welcome');
}

async function onHelp() {
  const dialog = /** @type {HTMLDialogElement} */ (byId('help-dialog'));
  const joined = inSession();
  dialog.dataset.mode = joined ? 'room' : 'public';
  setText(byId('help-heading'), joined ? t('p.help.heading') : t('p.help.heading_public'));
  setText(byId('help-talk'), joined ? t('p.help.talk') : t('p.help.talk_public'));
  setText(byId('help-status'), joined ? t('p.help.sending') : t('p.help.public'));
  renderHelpline(byId('help-helpline'), joined ? state.lastHelpline : null);
  if (!dialog.open) dialog.showModal();
  if (!joined) {
    renderHelpline(byId('help-helpline'), await loadPublicHelpline());
    return;
  }
  try {
    const data = await request(socket, 'help:request', {});
    state.lastHelpline = data.helpline || state.lastHelpline;
    setText(byId('help-status'), t('p.help.sent'));
    renderHelpline(byId('help-helpline'), state.lastHelpline);
  } catch (error) {
    setText(byId('help-status'), `${t('p.help.failed')} ${errorText(error, formatTime)}`);
    // The child still gets a number to call, even when no moderator could be told.
    if (!state.lastHelpline) state.lastHelpline = await loadPublicHelpline();
    renderHelpline(byId('help-helpline'), state.lastHelpline);
  }
}

function onSupport(payload) {
  state.lastHelpline = payload.helpline || state.lastHelpline;
  renderHelpline(byId('support-helpline'), state.lastHelpline);
  show(byId('support-note'), true);
  announce(t('p.support.announce'));
}

// ---------------------------------------------------------------- socket wiring

function wireSocket() {
  socket.on('connect', () => {
    const again = state.connectedOnce;
    state.connectedOnce = true;
    const status = byId('connection-status');
    setText(status, again ? t('p.conn.back') : '');
    if (again) {
      setTimeout(() => {
        if (status.textContent === t('p.conn.back')) setText(status, '');
      }, 8000);
    }
    if (state.token && state.kicked !== 'banned' && (state.view !== 'kicked' || state.wantRejoin)) {
      state.wantRejoin = false;
      resume();
    }
  });
  socket.on('disconnect', (reason) => {
    if (state.kicked) return;
    setText(byId('connection-status'), t('p.conn.lost'));
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('message:new', onMessageNew);
  socket.on('message:removed', onMessageRemoved);
  socket.on('message:status', onMessageStatus);
  socket.on('room:state', applyRoom);
  socket.on('room:warning', (warning) => {
    state.clock.sync(warning.server_time);
    if (state.room) state.room = { ...state.room, closes_at: warning.closes_at };
    const minutes = warning.minutes_left;
    announce(minutes <= 1 ? t('p.warning.one') : t('p.warning.many', { minutes }), 'warning');
    tick();
  });
  socket.on('participant:status', (payload) => setMuted(payload.muted_until));
  socket.on('participant:kicked', (payload) => showKicked(payload.reason === 'banned' ? 'banned' : 'kicked'));
  socket.on('support:message', onSupport);
}

// ---------------------------------------------------------------- start

async function main() {
  await setLanguage(initialLanguage());
  mountLanguageSwitcher(byId('lang-switcher'));
  state.options = await loadOptions();
  if (state.options.max_message_length) setMaxLength(state.options.max_message_length);
  fillJoinForm();
  onLanguageChange(() => {
    fillJoinForm();
    renderMessages();
    renderComposerHint();
    state.counterBand = '';
    renderCounter();
    tick();
  });
  byId('join-language').addEventListener('change', (event) => {
    const lang = event.target.value;
    if (lang in UI_LANGUAGES) setLanguage(lang);
  });
  const code = new URLSearchParams(location.search).get('code');
  if (code) byId('join-code').value = code;
  byId('join-form').addEventListener('submit', onJoin);
  byId('welcome-continue').addEventListener('click', () => {
    showView('room');
    renderMessages();
    focusHeading('room-topic');
  });
  byId('composer').addEventListener('submit', onSend);
  byId('message-input').addEventListener('input', renderCounter);
  byId('message-input').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      byId('composer').requestSubmit();
    }
  });
  byId('help-button').addEventListener('click', onHelp);
  byId('support-close').addEventListener('click', () => show(byId('support-note'), false));
  byId('kicked-rejoin').addEventListener('click', () => {
    state.wantRejoin = true;
    state.kicked = null;
    if (socket.connected) {
      state.wantRejoin = false;
      resume();
    } else {
      socket.connect();
    }
  });
  wireSocket();
  setInterval(tick, 1000);
  socket.connect();
  if (state.token) showView('room');
  else showView('join');
  document.body.dataset.ready = 'true';
}

main();
