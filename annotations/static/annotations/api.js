// The one door to the JSON API: session cookie + CSRF header, If-Match for span versions, and every error turned
// into an ApiError carrying the API's own message, so pages can show it inline.

export class ApiError extends Error {
  constructor(status, data, message) {
    super(message);
    this.status = status;
    this.data = data || {};
    this.code = this.data.code || null;
  }
}

function cookie(name) {
  for (const part of document.cookie.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return "";
}

/** A readable sentence from DRF's error shapes: {detail, code} or {field: [message, ...], ...}. */
export function errorMessage(status, data) {
  if (data && typeof data === "object") {
    if (typeof data.detail === "string") return data.detail;
    const parts = [];
    for (const [field, messages] of Object.entries(data)) {
      const text = Array.isArray(messages) ? messages.join(" ") : typeof messages === "string" ? messages : JSON.stringify(messages);
      parts.push(field === "non_field_errors" ? text : `${field}: ${text}`);
    }
    if (parts.length) return parts.join(" ");
  }
  if (status === 403) return "You are not allowed to do this (are you still signed in?).";
  if (status >= 500) return `The server failed (${status}); nothing was changed. Try again, or reload the page.`;
  return `Request failed (${status}).`;
}

export async function api(method, url, { body, version } = {}) {
  const headers = { Accept: "application/json" };
  if (method !== "GET") headers["X-CSRFToken"] = cookie("csrftoken");
  const form = body instanceof FormData;  // a file upload: the browser writes the multipart boundary itself
  if (body !== undefined && !form) headers["Content-Type"] = "application/json";
  if (version !== undefined && version !== null) headers["If-Match"] = `"${version}"`;
  let response;
  try {
    response = await fetch(url, {
      method, headers, credentials: "same-origin",
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  } catch (err) {
    throw new ApiError(0, {}, "Could not reach the server; check your connection and try again.");
  }
  let data = null;
  const type = response.headers.get("Content-Type") || "";
  if (response.status !== 204 && type.includes("json")) {
    try { data = await response.json(); } catch { data = null; }
  }
  if (!response.ok) throw new ApiError(response.status, data, errorMessage(response.status, data));
  return data;
}

/** Every page of a paginated list endpoint. */
export async function apiList(url) {
  const items = [];
  let next = url;
  while (next) {
    const page = await api("GET", next);
    items.push(...page.results);
    next = page.next;
  }
  return items;
}
