/**
 * The secretariat page: consultations with their rooms and schedules, creating one
 * from a TOML file, invite codes, and exports / reports (when the export service is there).
 */
import { apiDownload, apiGet, apiPost, apiUpload, saveBlob } from './api.js';
import { byId, el, setText, show } from './dom.js';
import { errorText } from './errors.js';
import { formatDateTime, formatNumber, initialLanguage, onLanguageChange, setLanguage, t } from './i18n.js';
import { mountLanguageSwitcher } from './lang-switcher.js';
import { initStaffAuth } from './staff-auth.js';

const EXPORT_FORMATS = ['json', 'csv', 'md', 'html'];

/** @type {any[]} */
let consultations = [];

function statusBox(kind, text) {
  return el('p', { class: `notice notice-${kind}`, text });
}

async function loadConsultations() {
  try {
    const data = await apiGet('/api/consultations');
    consultations = data.consultations || [];
    setText(byId('list-status'), '');
    render();
  } catch (error) {
    setText(byId('list-status'), errorText(error));
  }
}

function render() {
  const container = byId('consultations');
  show(byId('list-empty'), consultations.length === 0);
  container.replaceChildren(...consultations.map(renderConsultation));
}

function countsText(c) {
  const m = c.messages || {};
  return t('s.counts.messages', {
    visible: formatNumber(m.visible ?? 0), held: formatNumber(m.held ?? 0), removed: formatNumber(m.removed ?? 0),
  });
}

function renderConsultation(c) {
  const headingId = `c${c.id}-heading`;
  const status = el('div', { class: 'action-status', role: 'status', id: `c${c.id}-status` });
  const tz = c.timezone || 'UTC';
  const rows = (c.rooms || []).map((room) => el('tr', {},
    el('th', { scope: 'row', text: room.name }),
    el('td', { text: t(`room.state.${room.state}`) }),
    el('td', { text: formatDateTime(new Date(room.opens_at), tz) }),
    el('td', { text: formatDateTime(new Date(room.closes_at), tz) }),
    el('td', { text: formatNumber(room.participant_count ?? 0) })));

  const exportButtons = EXPORT_FORMATS.map((format) => el('button', {
    type: 'button', class: 'button button-small', text: t(`s.export.${format}`),
    on: { click: () => exportTranscript(c, format, status) },
  }));

  return el('article', { class: 'card consultation', 'aria-labelledby': headingId },
    el('h2', { id: headingId, text: c.title }),
    el('p', { class: 'consultation-meta', text: t('s.meta', {
      slug: c.slug, timezone: tz, languages: (c.languages || []).join(', '),
    }) }),
    el('p', { text: c.topic }),
    (c.questions || []).length
      ? el('ol', { class: 'questions', 'aria-label': t('s.questions') }, ...c.questions.map((q) => el('li', { text: q })))
      : null,
    el('ul', { class: 'counts' },
      el('li', { text: t('s.counts.invites', { used: formatNumber(c.invites?.used ?? 0), total: formatNumber(c.invites?.total ?? 0) }) }),
      el('li', { text: countsText(c) })),
    el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('s.rooms.caption', { title: c.title }) },
      el('table', {},
        el('caption', { class: 'visually-hidden', text: t('s.rooms.caption', { title: c.title }) }),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col', text: t('s.rooms.name') }),
          el('th', { scope: 'col', text: t('s.rooms.state') }),
          el('th', { scope: 'col', text: t('s.rooms.opens', { timezone: tz }) }),
          el('th', { scope: 'col', text: t('s.rooms.closes', { timezone: tz }) }),
          el('th', { scope: 'col', text: t('s.rooms.people') }))),
        el('tbody', {}, ...rows))),
    el('div', { class: 'actions' },
      el('a', { class: 'button button-small', href: `/api/consultations/${c.id}/invites.csv`, download: `invites-${c.slug}.csv`,
        text: t('s.invites.download') })),
    el('div', { class: 'actions', role: 'group', 'aria-label': t('s.export.group') },
      el('span', { text: t('s.export.label') }), ...exportButtons),
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'button button-primary button-small', text: t('s.report.create'),
        on: { click: (event) => createReport(c, status, event.currentTarget.parentElement) } })),
    status);
}

/** The export service may not be installed yet: a 404 means "show the counts only". */
function notAvailable(c, status) {
  status.replaceChildren(statusBox('info', `${t('s.export.unavailable')} ${countsText(c)}`));
}

async function exportTranscript(c, format, status) {
  status.replaceChildren(statusBox('info', t('s.export.working')));
  try {
    const { blob, filename } = await apiDownload(`/api/consultations/${c.id}/export?format=${format}`);
    saveBlob(blob, filename.includes('.') ? filename : `${c.slug}.${format}`);
    status.replaceChildren(statusBox('info', t('s.export.done', { format: t(`s.export.${format}`) })));
  } catch (error) {
    if (error.status === 404) notAvailable(c, status);
    else status.replaceChildren(statusBox('error', errorText(error)));
  }
}

async function createReport(c, status, row) {
  status.replaceChildren(statusBox('info', t('s.export.working')));
  try {
    const data = await apiPost(`/api/consultations/${c.id}/reports`, {});
    const publish = el('button', { type: 'button', class: 'button button-small', text: t('s.report.publish'),
      on: { click: () => publishReport(data.report_id, status, publish) } });
    row.append(publish);
    status.replaceChildren(statusBox('info', t('s.report.created', { slug: data.slug || data.report_id })));
  } catch (error) {
    if (error.status === 404) notAvailable(c, status);
    else status.replaceChildren(statusBox('error', errorText(error)));
  }
}

async function publishReport(reportId, status, button) {
  try {
    await apiPost(`/api/reports/${reportId}/publish`, {});
    button.disabled = true;
    status.replaceChildren(el('p', { class: 'notice' }, `${t('s.report.published')} `,
      el('a', { href: '/outputs', text: t('s.outputs') })));
  } catch (error) {
    status.replaceChildren(statusBox('error', error.status === 404 ? t('s.export.unavailable') : errorText(error)));
  }
}

async function onUpload(event) {
  event.preventDefault();
  const input = /** @type {HTMLInputElement} */ (byId('upload-file'));
  const box = byId('upload-status');
  if (!input.files || !input.files.length) {
    setText(box, t('s.upload.missing'));
    return;
  }
  const form = new FormData();
  form.append('file', input.files[0]);
  setText(box, t('s.upload.working'));
  try {
    const data = await apiUpload('/api/consultations', form);
    setText(box, t('s.upload.done', { count: formatNumber(data.invite_count ?? 0) }));
    input.value = '';
    await loadConsultations();
  } catch (error) {
    setText(box, errorText(error));
  }
}

async function main() {
  await setLanguage(initialLanguage());
  mountLanguageSwitcher(byId('lang-switcher'));
  onLanguageChange(render);
  byId('upload-form').addEventListener('submit', onUpload);
  await initStaffAuth({
    onLogin: () => loadConsultations(),
    onLogout: () => {
      consultations = [];
      render();
    },
  });
  document.body.dataset.ready = 'true';
}

main();
