/** JSON-over-HTTP calls using the protocol envelope {ok, data} / {ok:false, error}. */
import { ProtocolError } from './errors.js';

async function unwrap(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (body && body.ok === true) return body.data;
  const error = body && body.error ? body.error : {};
  const code = error.code || (response.status === 404 ? 'not_found' : 'internal_error');
  throw new ProtocolError(code, error.message, error.details, response.status);
}

async function send(method, path, init = {}) {
  let response;
  try {
    response = await fetch(path, { method, credentials: 'same-origin', ...init });
  } catch (cause) {
    throw new ProtocolError('offline', String(cause));
  }
  return unwrap(response);
}

/** GET a JSON endpoint; resolves to `data`. */
export function apiGet(path) {
  return send('GET', path, { headers: { Accept: 'application/json' } });
}

/** POST a JSON body; resolves to `data`. */
export function apiPost(path, body = {}) {
  return send('POST', path, {
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
}

/** POST a multipart form (e.g. a file upload); resolves to `data`. */
export function apiUpload(path, formData) {
  return send('POST', path, { body: formData, headers: { Accept: 'application/json' } });
}

/**
 * GET a file. Resolves to {blob, filename}; rejects with ProtocolError (status 404 when
 * the route does not exist on this server).
 */
export async function apiDownload(path) {
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch (cause) {
    throw new ProtocolError('offline', String(cause));
  }
  if (!response.ok) return unwrap(response);
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/i.exec(disposition);
  const filename = match ? match[1] : path.split('/').pop().split('?')[0];
  return { blob: await response.blob(), filename };
}

/** Hand a blob to the browser as a download. */
export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
