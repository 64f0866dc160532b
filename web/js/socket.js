/** The Socket.IO connection and the "every event has an acknowledgement" convention. */
import { io } from '/vendor/socket.io-client/dist/socket.io.esm.min.js';
import { ProtocolError } from './errors.js';

const ACK_TIMEOUT_MS = 10_000;

/** A same-origin socket that connects when told to (so a staff cookie is set first). */
export function createSocket() {
  return io({ path: '/socket.io/', autoConnect: false, reconnectionDelayMax: 5000 });
}

/**
 * Emit an event and wait for its acknowledgement.
 * @param {import('/vendor/socket.io-client/dist/socket.io.esm.min.js').Socket} socket
 * @param {string} event
 * @param {Record<string, any>} [payload]
 * @returns {Promise<any>} the ack's `data`; rejects with ProtocolError
 */
export function request(socket, event, payload = {}) {
  return new Promise((resolve, reject) => {
    socket.timeout(ACK_TIMEOUT_MS).emit(event, payload, (timeoutError, ack) => {
      if (timeoutError) return reject(new ProtocolError('timeout', 'no acknowledgement'));
      if (ack && ack.ok === true) return resolve(ack.data || {});
      const error = (ack && ack.error) || {};
      return reject(new ProtocolError(error.code || 'internal_error', error.message, error.details));
    });
  });
}
