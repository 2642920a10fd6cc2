/**
 * The few DOM methods the shared panel uses that Internet Explorer 11 lacks (core-js covers the
 * language, not the DOM): append, prepend and replaceChildren on elements and fragments, and
 * remove on nodes. Installed only where missing; modern webviews are untouched.
 */

type Part = Node | string;

const toNode = (part: Part): Node => (typeof part === 'string' ? document.createTextNode(part) : part);

function fragmentOf(parts: readonly Part[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part !== undefined) fragment.appendChild(toNode(part));
  }
  return fragment;
}

function define(proto: object, name: string, fn: (this: Node, ...parts: Part[]) => void): void {
  if (name in proto) return;
  Object.defineProperty(proto, name, { configurable: true, writable: true, value: fn });
}

export function installDomShims(): void {
  if (typeof Element === 'undefined') return;
  for (const proto of [Element.prototype, DocumentFragment.prototype]) {
    define(proto, 'append', function (...parts) {
      this.appendChild(fragmentOf(parts));
    });
    define(proto, 'prepend', function (...parts) {
      this.insertBefore(fragmentOf(parts), this.firstChild);
    });
    define(proto, 'replaceChildren', function (...parts) {
      while (this.firstChild) this.removeChild(this.firstChild);
      this.appendChild(fragmentOf(parts));
    });
  }
  for (const proto of [Element.prototype, CharacterData.prototype]) {
    define(proto, 'remove', function () {
      if (this.parentNode) this.parentNode.removeChild(this);
    });
  }
}
