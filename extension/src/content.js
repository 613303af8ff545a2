// The content script's entry: answers the service worker's messages and owns the one overlay.
// Injected on demand (activeTab + scripting) and guarded against running twice.
(function (root) {
  "use strict";
  const ns = (root.Sourcelight = root.Sourcelight || {});
  if (ns.contentReady) return;
  ns.contentReady = true;
  const { browser, messages, snapshot, Overlay } = ns;
  const { TYPES } = messages;

  let overlay = null;
  let pending = null; // the request the open overlay waits for
  let returnFocus = null; // where the keyboard was before the overlay took it

  function close() {
    if (!overlay) return;
    // Focus goes back where it was, unless the reader has moved it elsewhere in the page meanwhile.
    const focused = document.activeElement === overlay.host;
    overlay.destroy();
    overlay = null;
    pending = null;
    document.removeEventListener("keydown", onKey, true);
    if (focused && returnFocus && returnFocus.isConnected && typeof returnFocus.focus === "function") {
      returnFocus.focus({ preventScroll: true });
    }
    returnFocus = null;
  }

  function onKey(event) {
    if (event.key === "Escape" && overlay) {
      event.stopPropagation();
      close();
    }
  }

  function open(requestId, settings) {
    overlay = new Overlay(settings || {});
    overlay.onClose = close;
    overlay.onOpenOptions = () => browser.sendToExtension(messages.openOptions());
    pending = requestId;
    document.addEventListener("keydown", onKey, true);
    // The reader asked for the overlay: the keyboard goes to its panel, as to a dialog's.
    returnFocus = document.activeElement;
    overlay.focus();
    // The copy is taken after the overlay exists and leaves it out, so it never reaches the backend.
    return snapshot.pageCopy(document);
  }

  browser.onMessage((message, sender, sendResponse) => {
    if (sender.id !== browser.runtimeId) return false;
    if (messages.is(message, TYPES.TOGGLE)) {
      if (overlay) {
        close();
        sendResponse({ state: "closed" });
      } else {
        sendResponse({ state: "opened", page: open(message.requestId, message.settings) });
      }
      return false;
    }
    if (!overlay || message.requestId !== pending) return false; // closed meanwhile: ignore
    if (messages.is(message, TYPES.ANSWER)) {
      pending = null;
      try {
        overlay.showAnswer(message.answer || {});
      } catch (error) {
        overlay.showError({ code: "extension_error", message: String(error && error.message ? error.message : error) });
      }
    } else if (messages.is(message, TYPES.FAILURE)) {
      pending = null;
      overlay.showError(message.error || {});
    }
    return false;
  });
})(globalThis);
