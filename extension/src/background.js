// Service worker: reacts to the toolbar button and the shortcut, injects the content script on
// demand, sends the page copy to the backend and hands the answer (or the error) to the page.
import "./browser-api.js";
import "./messages.js";
import "./settings.js";
import { BackendError, annotate, checkHealth } from "./backend.js";

const { browser, messages, settings } = globalThis.Sourcelight;
const { TYPES } = messages;

// Injected in this order; each file guards itself against running twice.
export const CONTENT_FILES = [
  "src/browser-api.js",
  "src/messages.js",
  "src/snapshot.js",
  "src/anchoring.js",
  "src/overlay-style.js",
  "src/overlay.js",
  "src/content.js",
];

let nextRequest = 1;

// The activeTab grant can land a moment after the click event (seen with Chromium 156 when the
// click comes through the DevTools protocol): a refused first probe is retried a few times
// before the page is declared off limits.
const PROBE_RETRIES = 5;
const PROBE_PAUSE_MS = 100;

async function probeContent(tabId) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await browser.executeFunction(tabId, () =>
        Boolean(globalThis.Sourcelight && globalThis.Sourcelight.contentReady),
      );
    } catch (error) {
      if (attempt >= PROBE_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, PROBE_PAUSE_MS));
    }
  }
}

async function ensureContentScript(tabId) {
  const [probe] = await probeContent(tabId);
  if (!probe || probe.result !== true) {
    await browser.executeFiles(tabId, CONTENT_FILES);
  }
}

function describe(error, backendUrl) {
  if (error instanceof BackendError) {
    return { code: error.code, message: error.message, status: error.status, backend: backendUrl };
  }
  return { code: "extension_error", message: String(error && error.message ? error.message : error), backend: backendUrl };
}

async function onAction(tab) {
  if (!tab || typeof tab.id !== "number") return;
  const tabId = tab.id;
  try {
    await ensureContentScript(tabId);
  } catch (error) {
    // Pages the browser keeps for itself (settings, the web store, PDFs) cannot be scripted.
    await browser.setBadge(tabId, "×", `Sourcelight cannot read this page: ${error.message || error}`);
    return;
  }
  const config = await settings.load();
  const requestId = `r${Date.now().toString(36)}-${nextRequest++}`;
  const reply = await browser.sendToTab(tabId, messages.toggle(requestId, { highlights: config.highlights }));
  if (!reply || reply.state !== "opened") return; // second click: the overlay closed itself
  let outgoing;
  try {
    const answer = await annotate(config, reply.page);
    outgoing = messages.answer(requestId, answer);
  } catch (error) {
    outgoing = messages.failure(requestId, describe(error, config.backendUrl));
  }
  try {
    await browser.sendToTab(tabId, outgoing);
  } catch {
    // The tab navigated or closed while the backend was working: nothing to show.
  }
}

browser.onActionClicked((tab) => {
  onAction(tab).catch((error) => console.error("Sourcelight:", error));
});

browser.onMessage((message, sender, sendResponse) => {
  if (messages.is(message, TYPES.OPEN_OPTIONS)) {
    browser.openOptionsPage();
    return false;
  }
  if (messages.is(message, TYPES.CHECK_BACKEND)) {
    // Only the extension's own pages may ask for a connection test.
    if (sender.id !== browser.runtimeId || !String(sender.url || "").startsWith(browser.extensionUrl(""))) {
      return false;
    }
    checkHealth({ backendUrl: message.backendUrl, token: message.token })
      .then(sendResponse)
      .catch((error) => sendResponse({ ok: false, error: describe(error, message.backendUrl) }));
    return true; // answers asynchronously
  }
  return false;
});
