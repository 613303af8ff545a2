// Every message between the service worker, the content script and the options page: typed objects
// with a `type` field, made only by the constructors below. Classic script, see browser-api.js.
(function (root) {
  "use strict";
  const ns = (root.Sourcelight = root.Sourcelight || {});
  if (ns.messages) return;

  const TYPES = Object.freeze({
    // service worker -> page: open the overlay (answers with the page copy) or close it.
    TOGGLE: "sourcelight/toggle",
    // service worker -> page: the backend's answer for request `requestId`.
    ANSWER: "sourcelight/answer",
    // service worker -> page: the request `requestId` failed; `error` = {code, message, backend}.
    FAILURE: "sourcelight/failure",
    // page or options -> service worker
    OPEN_OPTIONS: "sourcelight/open-options",
    CHECK_BACKEND: "sourcelight/check-backend",
  });

  ns.messages = Object.freeze({
    TYPES,
    toggle: (requestId, settings) => ({ type: TYPES.TOGGLE, requestId, settings }),
    answer: (requestId, answer) => ({ type: TYPES.ANSWER, requestId, answer }),
    failure: (requestId, error) => ({ type: TYPES.FAILURE, requestId, error }),
    openOptions: () => ({ type: TYPES.OPEN_OPTIONS }),
    checkBackend: (backendUrl, token) => ({ type: TYPES.CHECK_BACKEND, backendUrl, token }),
    is: (message, type) => Boolean(message) && typeof message === "object" && message.type === type,
  });
})(globalThis);
