// The only code that talks to the Sourcelight backend. Runs in the service worker (and nowhere
// else): content scripts are bound by the page's CORS and must never see the reader's token.
import "./settings.js";

const { settings } = globalThis.Sourcelight;

/** Longest wait for an answer; the server's own budget (10 s by default) normally answers first. */
export const REQUEST_TIMEOUT_MS = 45_000;

/** Error codes the panel explains in plain words; the server's codes are passed through. */
export class BackendError extends Error {
  constructor(code, message, status = 0) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

function headers(token, json) {
  const h = { Accept: "application/json" };
  if (json) h["Content-Type"] = "application/json";
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

async function call(backendUrl, path, init, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response;
  try {
    response = await fetch(settings.normalizeBackendUrl(backendUrl) + path, {
      ...init,
      signal: controller.signal,
      credentials: "omit",
      cache: "no-store",
      redirect: "error",
    });
  } catch (error) {
    if (controller.signal.aborted) {
      throw new BackendError("timeout", "The backend took too long to answer.");
    }
    throw new BackendError("unreachable", String(error && error.message ? error.message : error));
  } finally {
    clearTimeout(timer);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const code = body && body.error && typeof body.error.code === "string" ? body.error.code : null;
    const message = body && body.error && typeof body.error.message === "string" ? body.error.message : "";
    throw new BackendError(code || `http_${response.status}`, message || response.statusText, response.status);
  }
  if (body === null || typeof body !== "object") {
    throw new BackendError("bad_answer", "The backend's answer is not JSON.", response.status);
  }
  return body;
}

/** POST the page copy to /v1/annotate and return the parsed answer. */
export function annotate({ backendUrl, token }, page) {
  return call(
    backendUrl,
    "/v1/annotate",
    { method: "POST", headers: headers(token, true), body: JSON.stringify(page) },
    REQUEST_TIMEOUT_MS,
  );
}

/** GET /healthz (the options page's "Test connection"). */
export async function checkHealth({ backendUrl, token }) {
  const started = performance.now();
  const body = await call(backendUrl, "/healthz", { method: "GET", headers: headers(token, false) }, 8000);
  return { ok: true, ms: Math.round(performance.now() - started), body };
}
