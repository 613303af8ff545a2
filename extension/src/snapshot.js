// The copy of the page that goes to the backend: the current DOM without scripts, styles, inline
// SVG, the overlay itself and anything a reader typed into a form. Every text node stays, so the
// quotes the backend finds are the ones the overlay will find in the live page.
(function (root) {
  "use strict";
  const ns = (root.Sourcelight = root.Sourcelight || {});
  if (ns.snapshot) return;

  const DROP = [
    "script",
    "style",
    "link[rel~='stylesheet']",
    "link[rel~='preload']",
    "link[rel~='modulepreload']",
    "svg",
    "template",
    "sourcelight-overlay",
  ].join(",");

  function pageCopy(doc) {
    const clone = doc.documentElement.cloneNode(true);
    for (const el of clone.querySelectorAll(DROP)) el.remove();
    // Values of form fields: typed text lives in properties that cloning does not carry, but the
    // value attributes and a textarea's text may still hold what the reader or the page put there.
    for (const el of clone.querySelectorAll("input, textarea, select, option")) {
      el.removeAttribute("value");
      if (el.localName === "textarea") el.textContent = "";
      if (el.localName === "option") el.removeAttribute("selected");
      if (el.localName === "input") el.removeAttribute("checked");
    }
    const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : "<!DOCTYPE html>";
    return {
      html: `${doctype}\n${clone.outerHTML}`,
      url: doc.location ? String(doc.location.href) : undefined,
      title: doc.title || undefined,
    };
  }

  ns.snapshot = Object.freeze({ pageCopy });
})(globalThis);
