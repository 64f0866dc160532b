/**
 * Translations. One JSON catalog per language in /static/i18n/{lang}.json, all with
 * the same keys. Markup uses data-i18n="key" (text) and
 * data-i18n-attr="attr:key;attr:key" (attributes such as aria-label or placeholder).
 */

/** Languages the pages are translated into, each named in its own language. */
export const UI_LANGUAGES = Object.freeze({
  ar: 'العربية',
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ru: 'Русский',
  zh: '中文',
});

const RTL = new Set(['ar']);
const STORAGE_KEY = 'consult.lang';

let current = 'en';
/** @type {Record<string, string>} */
let catalog = {};
/** @type {Record<string, string>} */
let fallback = {};
const listeners = new Set();

async function fetchCatalog(lang) {
  const response = await fetch(`/static/i18n/${lang}.json`);
  if (!response.ok) throw new Error(`catalog ${lang}: HTTP ${response.status}`);
  return response.json();
}

/** The language to start with: ?lang=, then the saved choice, then the browser's. */
export function initialLanguage() {
  const fromQuery = new URLSearchParams(location.search).get('lang');
  const candidates = [fromQuery, safeStorageGet(), ...(navigator.languages || [navigator.language])];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const base = candidate.toLowerCase().split('-')[0];
    if (base in UI_LANGUAGES) return base;
  }
  return 'en';
}

function safeStorageGet() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Load a language, set <html lang dir>, translate the page and tell listeners. */
export async function setLanguage(lang) {
  if (!(lang in UI_LANGUAGES)) lang = 'en';
  if (!Object.keys(fallback).length) fallback = await fetchCatalog('en');
  catalog = lang === 'en' ? fallback : await fetchCatalog(lang);
  current = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang) ? 'rtl' : 'ltr';
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice just is not remembered */
  }
  translateTree(document);
  for (const fn of listeners) fn(lang);
}

export function currentLanguage() {
  return current;
}

export function isRtl(lang = current) {
  return RTL.has(lang);
}

/** Run fn whenever the language changes (to re-render dynamic text). */
export function onLanguageChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * Translate a key; {name} placeholders are filled from vars.
 * @param {string} key
 * @param {Record<string, string|number>} [vars]
 */
export function t(key, vars = {}) {
  const template = catalog[key] ?? fallback[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** Apply data-i18n / data-i18n-attr below root. */
export function translateTree(root) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of node.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) node.setAttribute(attr, t(key));
    }
  }
  const title = document.querySelector('title[data-i18n]');
  if (title) document.title = t(title.dataset.i18n);
}

/** Format a time of day in the page language. */
export function formatTime(date) {
  return new Intl.DateTimeFormat(current, { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** Format a date and time in the page language (UTC shown explicitly for staff). */
export function formatDateTime(date, timeZone) {
  const options = { dateStyle: 'medium', timeStyle: 'short' };
  if (timeZone) options.timeZone = timeZone;
  try {
    return new Intl.DateTimeFormat(current, options).format(date);
  } catch {
    return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }
}

/** Format a number in the page language. */
export function formatNumber(value) {
  return new Intl.NumberFormat(current).format(value);
}
