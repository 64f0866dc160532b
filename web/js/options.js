/** Join-form choices from GET /api/options, tolerant of strings or {code,name} objects. */
import { apiGet } from './api.js';

export const DEFAULT_OPTIONS = Object.freeze({
  age_bands: ['9-11', '12-14', '15-18'],
  languages: ['ar', 'en', 'es', 'fr', 'ru', 'zh'],
  countries: [],
});

/** @returns {Promise<{age_bands: string[], languages: string[], countries: string[], max_message_length: number|null}>} */
export async function loadOptions() {
  try {
    const data = await apiGet('/api/options');
    return {
      age_bands: codes(data.age_bands, DEFAULT_OPTIONS.age_bands),
      languages: codes(data.languages, DEFAULT_OPTIONS.languages),
      countries: codes(data.countries, DEFAULT_OPTIONS.countries),
      max_message_length: Number.isInteger(data.max_message_length) ? data.max_message_length : null,
    };
  } catch {
    return { ...DEFAULT_OPTIONS, max_message_length: null };
  }
}

function codes(list, fallback) {
  if (!Array.isArray(list) || !list.length) return [...fallback];
  return list
    .map((item) => (typeof item === 'string' ? item : item && (item.code || item.value || item.id)))
    .filter((code) => typeof code === 'string' && code);
}

/** A country or language name in the page language, falling back to the code. */
export function displayName(type, code, locale) {
  try {
    const name = new Intl.DisplayNames([locale], { type }).of(type === 'region' ? code.toUpperCase() : code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}
