/** The visible messages of a room: de-duplicated by id, ordered by seq, removals remembered. */

export class MessageStore {
  constructor() {
    /** @type {Map<number, any>} */
    this.byId = new Map();
    /** @type {Set<number>} */
    this.removed = new Set();
    this.lastSeq = 0;
  }

  /** Add or update messages (from join, resume or message:new). Returns true if anything changed. */
  merge(messages) {
    let changed = false;
    for (const message of messages || []) {
      if (!message || typeof message.id !== 'number' || this.removed.has(message.id)) continue;
      this.byId.set(message.id, message);
      if (typeof message.seq === 'number' && message.seq > this.lastSeq) this.lastSeq = message.seq;
      changed = true;
    }
    return changed;
  }

  /** Drop messages a moderator removed. Returns true if one was shown. */
  remove(ids) {
    let changed = false;
    for (const id of ids || []) {
      this.removed.add(id);
      changed = this.byId.delete(id) || changed;
    }
    return changed;
  }

  has(id) {
    return this.byId.has(id);
  }

  /** Messages in seq order. */
  list() {
    return Array.from(this.byId.values()).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || a.id - b.id);
  }

  clear() {
    this.byId.clear();
    this.removed.clear();
    this.lastSeq = 0;
  }
}
