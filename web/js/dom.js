/**
 * Tiny DOM helpers. Text always goes in through textContent / text nodes,
 * never through innerHTML, so message text can never become markup.
 */

/**
 * Create an element.
 * @param {string} tag
 * @param {Record<string, any>} [props] `text`, `class`, `dataset`, `on` (event map),
 *   `hidden`, `disabled`, `value`; anything else becomes an attribute (null/false skips it).
 * @param {...(Node|string|null|undefined|false)} children
 * @returns {HTMLElement}
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else if (key === 'hidden' || key === 'disabled' || key === 'checked' || key === 'value') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

/** Append children, turning strings into text nodes and skipping empty ones. */
export function append(parent, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return parent;
}

/** @returns {HTMLElement} the element with this id (throws if missing: a page bug). */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node;
}

/** Remove every child. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** Show or hide with the hidden attribute. */
export function show(node, visible = true) {
  node.hidden = !visible;
  return node;
}

/** Replace the text of a node (plain text only). */
export function setText(node, text) {
  node.textContent = text === null || text === undefined ? '' : String(text);
  return node;
}

/**
 * Keyed list reconciliation: keeps existing nodes (so screen readers in a
 * role="log" only hear what is new), creates missing ones, removes stale ones.
 * @template T
 * @param {HTMLElement} container
 * @param {T[]} items in display order
 * @param {(item: T) => string} keyOf
 * @param {(item: T) => HTMLElement} create
 * @param {(node: HTMLElement, item: T) => void} [update]
 */
export function renderList(container, items, keyOf, create, update) {
  const existing = new Map();
  for (const child of Array.from(container.children)) existing.set(child.dataset.key, child);
  const wanted = new Set();
  items.forEach((item, index) => {
    const key = String(keyOf(item));
    wanted.add(key);
    let node = existing.get(key);
    if (!node) {
      node = create(item);
      node.dataset.key = key;
    } else if (update) {
      update(node, item);
    }
    const at = container.children[index];
    if (at !== node) container.insertBefore(node, at || null);
  });
  for (const [key, node] of existing) if (!wanted.has(key)) node.remove();
}

/**
 * An accessible name that starts with a button's visible text and adds what it acts on,
 * e.g. "Remove – Blue Otter 17" (WCAG 2.5.3 label in name).
 */
export function withContext(visible, context) {
  return context ? `${visible} – ${context}` : visible;
}
