/** The language switcher shown on every page. */
import { el } from './dom.js';
import { UI_LANGUAGES, currentLanguage, onLanguageChange, setLanguage, t } from './i18n.js';

/**
 * Put a labelled <select> of page languages into container.
 * @param {HTMLElement} container
 */
export function mountLanguageSwitcher(container) {
  const select = el('select', { id: 'ui-language', class: 'lang-select' });
  for (const [code, name] of Object.entries(UI_LANGUAGES)) {
    select.append(el('option', { value: code, lang: code, text: name }));
  }
  select.value = currentLanguage();
  select.addEventListener('change', () => setLanguage(select.value));
  onLanguageChange((lang) => {
    select.value = lang;
  });
  const label = el('label', { for: 'ui-language', class: 'lang-label', 'data-i18n': 'common.language', text: t('common.language') });
  container.replaceChildren(label, select);
  return select;
}
