// Talking to the dyads HTTP API.  Errors come back as {"error": {"code", "message", "field"}}; ApiError
// carries the message so every page can show it as the server wrote it.

export class ApiError extends Error {
  constructor(message, status = 0, field = null) {
    super(message);
    this.status = status;
    this.field = field;
  }
}

/** A URL relative to the page (so the dashboard also works behind a path prefix), without empty params. */
export function apiUrl(path, params = {}) {
  const url = new URL(path, document.baseURI);
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, String(v));
  }
  return url.pathname + url.search;
}

async function request(url, options = {}) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" }, ...options });
  } catch (err) {
    throw new ApiError(`Cannot reach the dyads server: ${err.message}`);
  }
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    const error = body && typeof body === "object" ? body.error || {} : {};
    let message = error.message || (typeof body === "string" && body.trim()) || response.statusText;
    if (typeof message !== "string") message = JSON.stringify(message);
    // the server's messages usually start with the field's name already
    const where = error.field && !message.startsWith(`${error.field}:`) ? ` (field: ${error.field})` : "";
    throw new ApiError(`${response.status}: ${message}${where}`, response.status, error.field || null);
  }
  return body;
}

export const getJSON = (path, params) => request(apiUrl(path, params));

export const postJSON = (path, data) =>
  request(apiUrl(path), {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "application/json" },
    body: JSON.stringify(data),
  });

export const postForm = (path, form) => request(apiUrl(path), { method: "POST", body: form });
