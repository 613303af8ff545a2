// The reader's settings, kept in storage.sync, with their defaults. Classic script, see browser-api.js.
(function (root) {
  "use strict";
  const ns = (root.Sourcelight = root.Sourcelight || {});
  if (ns.settings) return;

  const DEFAULTS = Object.freeze({
    backendUrl: "http://127.0.0.1:8000",
    token: "",
    highlights: true,
  });

  // Loopback backends are reached through the server's CORS allow-list for extension origins;
  // any other host needs an optional host permission, asked for when the reader saves it.
  const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

  function normalizeBackendUrl(raw) {
    const text = String(raw || "").trim();
    if (!text) return DEFAULTS.backendUrl;
    let url;
    try {
      url = new URL(text);
    } catch {
      throw new Error("The backend address must be a full URL, such as http://127.0.0.1:8000");
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new Error("The backend address must start with http:// or https://");
    }
    return url.origin + url.pathname.replace(/\/+$/, "");
  }

  function needsHostPermission(backendUrl) {
    return !LOOPBACK.has(new URL(backendUrl).hostname);
  }

  function originPattern(backendUrl) {
    const url = new URL(backendUrl);
    return `${url.protocol}//${url.hostname}/*`;
  }

  async function load() {
    const values = await ns.browser.getSync({ ...DEFAULTS });
    return {
      backendUrl: typeof values.backendUrl === "string" ? values.backendUrl : DEFAULTS.backendUrl,
      token: typeof values.token === "string" ? values.token : "",
      highlights: values.highlights !== false,
    };
  }

  ns.settings = Object.freeze({ DEFAULTS, load, normalizeBackendUrl, needsHostPermission, originPattern });
})(globalThis);
