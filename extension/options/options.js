// Options page: backend address, token, highlights on or off, kept in storage.sync; "Test
// connection" asks the service worker (the only network caller) for GET /healthz.
import "../src/browser-api.js";
import "../src/messages.js";
import "../src/settings.js";

const { browser, messages, settings } = globalThis.Sourcelight;
const form = document.getElementById("form");
const fields = {
  backendUrl: document.getElementById("backendUrl"),
  token: document.getElementById("token"),
  highlights: document.getElementById("highlights"),
};
const status = document.getElementById("status");

function say(text, kind = "") {
  status.textContent = text;
  status.className = `status ${kind}`;
}

async function fill() {
  const values = await settings.load();
  fields.backendUrl.value = values.backendUrl;
  fields.token.value = values.token;
  fields.highlights.checked = values.highlights;
}

function read() {
  return {
    backendUrl: settings.normalizeBackendUrl(fields.backendUrl.value),
    token: fields.token.value.trim(),
    highlights: fields.highlights.checked,
  };
}

// Must run inside the click's user gesture: permissions.request refuses otherwise.
async function allowHost(backendUrl) {
  if (!settings.needsHostPermission(backendUrl)) return true;
  const origins = [settings.originPattern(backendUrl)];
  if (await browser.containsPermission(origins)) return true;
  return browser.requestPermission(origins);
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  let values;
  try {
    values = read();
  } catch (error) {
    say(error.message, "bad");
    fields.backendUrl.focus();
    return;
  }
  const granted = await allowHost(values.backendUrl).catch(() => false);
  await browser.setSync(values);
  fields.backendUrl.value = values.backendUrl;
  say(granted ? "Saved." : `Saved, but the browser did not allow access to ${new URL(values.backendUrl).host}: requests to it will fail.`, granted ? "ok" : "bad");
});

document.getElementById("test").addEventListener("click", async () => {
  let values;
  try {
    values = read();
  } catch (error) {
    say(error.message, "bad");
    return;
  }
  say("Testing…");
  const reply = await browser.sendToExtension(messages.checkBackend(values.backendUrl, values.token));
  if (reply && reply.ok) {
    say(`Connected to ${values.backendUrl} (answered in ${reply.ms} ms).`, "ok");
  } else {
    const error = (reply && reply.error) || {};
    const why = error.code === "unreachable" ? "nothing answered at this address" : error.code === "unauthorized" ? "the token was refused" : error.message || error.code || "unknown error";
    say(`Could not connect to ${values.backendUrl}: ${why}.`, "bad");
  }
});

fill();
