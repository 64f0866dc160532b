/** Render a helpline {name, number, url} as safe text and links. */
import { el } from './dom.js';
import { t } from './i18n.js';

/** Only http(s) links from the server become clickable. */
function safeUrl(url) {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Fill container with the helpline's name, phone number and website.
 * @param {HTMLElement} container
 * @param {{name?: string, number?: string, url?: string} | null} helpline
 */
export function renderHelpline(container, helpline) {
  container.replaceChildren();
  if (!helpline) return;
  if (helpline.name) container.append(el('strong', { class: 'helpline-name', text: helpline.name }));
  if (helpline.number) {
    const tel = String(helpline.number).replace(/[^\d+]/g, '');
    container.append(
      el('span', { class: 'helpline-line' }, `${t('p.help.call')} `,
        el('a', { href: `tel:${tel}`, class: 'helpline-number', text: helpline.number })),
    );
  }
  const href = helpline.url ? safeUrl(helpline.url) : null;
  if (href) {
    container.append(
      el('span', { class: 'helpline-line' }, `${t('p.help.website')} `,
        el('a', { href, rel: 'noopener noreferrer', target: '_blank', class: 'helpline-url', text: helpline.url })),
    );
  }
}
