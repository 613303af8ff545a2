// The one place that touches the WebExtension API object: `browser` in Firefox, `chrome` in Chrome.
// Both expose promise-returning methods under Manifest V3, so the rest of the code awaits them.
// A classic script (no import/export): content scripts injected by scripting.executeScript cannot be
// ES modules, and the service worker and options page load it for its side effect.
(function (root) {
  "use strict";
  const ns = (root.Sourcelight = root.Sourcelight || {});
  if (ns.browser) return;
  const api = typeof root.browser !== "undefined" && root.browser.runtime ? root.browser : root.chrome;

  ns.browser = Object.freeze({
    raw: api,
    get runtimeId() {
      return api.runtime.id;
    },
    // messages
    sendToTab: (tabId, message) => api.tabs.sendMessage(tabId, message),
    sendToExtension: (message) => api.runtime.sendMessage(message),
    onMessage: (listener) => api.runtime.onMessage.addListener(listener),
    // toolbar button (the _execute_action command also lands here)
    onActionClicked: (listener) => api.action.onClicked.addListener(listener),
    setBadge: async (tabId, text, title) => {
      await api.action.setBadgeText({ tabId, text });
      if (title) await api.action.setTitle({ tabId, title });
    },
    // injection on demand
    executeFunction: (tabId, func, args = []) =>
      api.scripting.executeScript({ target: { tabId }, func, args }),
    executeFiles: (tabId, files) => api.scripting.executeScript({ target: { tabId }, files }),
    // settings
    getSync: (defaults) => api.storage.sync.get(defaults),
    setSync: (values) => api.storage.sync.set(values),
    // host permissions for a backend that is not on loopback
    containsPermission: (origins) => api.permissions.contains({ origins }),
    requestPermission: (origins) => api.permissions.request({ origins }),
    extensionUrl: (path) => api.runtime.getURL(path),
    openOptionsPage: () => api.runtime.openOptionsPage(),
  });
})(globalThis);
