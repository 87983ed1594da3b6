// The only way this dashboard builds DOM.  Text always goes in through text nodes and attributes through
// setAttribute, so a string from an article or from the API can never become markup or script: there is
// no innerHTML anywhere in src/ (a test checks), and inline event-handler attributes are refused.

const SVG_NS = "http://www.w3.org/2000/svg";

function apply(el, props) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "on") {
      for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    } else if (key === "text") {
      el.textContent = String(value);
    } else if (key === "class") {
      el.setAttribute("class", Array.isArray(value) ? value.filter(Boolean).join(" ") : value);
    } else if (key === "dataset") {
      for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) el.dataset[k] = String(v);
    } else if (key === "style") {
      for (const [k, v] of Object.entries(value)) el.style.setProperty(k, String(v));
    } else if (/^on/i.test(key)) {
      throw new Error(`inline handler attribute ${key} refused: use {on: {...}}`);
    } else if (key === "value" || key === "checked" || key === "selected" || key === "disabled") {
      el[key] = value; // properties, so a form control shows them whatever its history
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element: h("td", {class: "num"}, "12"). Children are nodes or text. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  apply(el, props);
  append(el, children);
  return el;
}

/** An SVG element, the same way. */
export function s(tag, props, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, props);
  append(el, children);
  return el;
}

/** Replace an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A link only when the URL is http(s): a stored URL is data, and "javascript:" must never be clickable. */
export function safeLink(url, label) {
  let ok = false;
  try {
    ok = ["http:", "https:"].includes(new URL(url).protocol);
  } catch {
    ok = false;
  }
  return ok ? h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, label ?? url) : h("span", {}, label ?? url ?? "");
}

export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
