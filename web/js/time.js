/** Server time and countdowns. The server's clock is the truth; ours is only an offset. */

export class ServerClock {
  constructor() {
    this.offsetMs = 0;
  }

  /** Record the server's time as of "now" (from a Room or a warning). */
  sync(serverTimeIso) {
    const server = Date.parse(serverTimeIso);
    if (!Number.isNaN(server)) this.offsetMs = server - Date.now();
  }

  /** Current server time in ms since the epoch. */
  now() {
    return Date.now() + this.offsetMs;
  }

  /** Milliseconds until an ISO time on the server's clock (negative once passed). */
  until(iso) {
    return Date.parse(iso) - this.now();
  }
}

/**
 * Split a duration for display.
 * @param {number} ms
 * @returns {{hours: number, minutes: number, seconds: number, clock: string, roundedMinutes: number}}
 */
export function splitDuration(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n) => String(n).padStart(2, '0');
  const clock = hours ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
  return { hours, minutes, seconds, clock, roundedMinutes: Math.ceil(total / 60) };
}
