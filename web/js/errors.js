/** Protocol error codes → translated plain-language text. */
import { t } from './i18n.js';

/** Every code in docs/protocol.md "Error codes"; each has an "error.<code>" catalog key. */
export const ERROR_CODES = Object.freeze([
  'bad_payload', 'payload_too_large', 'unknown_event', 'not_authenticated', 'forbidden',
  'invalid_code', 'code_used', 'code_expired', 'consent_required', 'invalid_session',
  'not_found', 'room_not_open', 'empty_message', 'message_too_long', 'rate_limited',
  'duplicate_message', 'slow_mode', 'muted', 'banned', 'removed', 'invalid_state',
  'bad_credentials', 'invalid_file', 'internal_error',
]);

/** An error from an acknowledgement or an HTTP envelope. */
export class ProtocolError extends Error {
  /**
   * @param {string} code
   * @param {string} [message]
   * @param {Record<string, any>} [details]
   * @param {number} [status] HTTP status, when it came over HTTP
   */
  constructor(code, message = '', details = {}, status = 0) {
    super(message || code);
    this.code = code;
    this.details = details || {};
    this.status = status;
  }
}

/**
 * Translated text for an error (a ProtocolError, an {code, details} object or anything else).
 * @param {any} error
 * @param {(d: Date) => string} [formatTime] used for details.until
 */
export function errorText(error, formatTime) {
  const code = error && typeof error.code === 'string' ? error.code : 'offline';
  const details = (error && error.details) || {};
  const vars = {};
  if (details.retry_after !== undefined) vars.seconds = Math.max(1, Math.ceil(Number(details.retry_after)));
  if (details.max_length !== undefined) vars.max = details.max_length;
  if (details.field !== undefined) vars.field = details.field;
  if (details.until) {
    const until = new Date(details.until);
    vars.time = formatTime ? formatTime(until) : until.toLocaleTimeString();
  }
  if (code === 'offline' || code === 'timeout') return t('error.offline');
  if (!ERROR_CODES.includes(code)) return t('error.unknown');
  return t(`error.${code}`, vars);
}
