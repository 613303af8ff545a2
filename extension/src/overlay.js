// The overlay: a <sourcelight-overlay> host in a shadow root with the panel, the cards, the reader
// view, and the highlights in the live page. Everything from the answer goes in as textContent.
// Contract for outside checks: attributes data-state (loading|ready|error), data-quotes,
// data-anchored, data-reported (reported claims underlined), data-anchor-ms, data-reported-ms,
// data-error on the host; highlights named sourcelight-* in CSS.highlights (sourcelight-reported
// for reported speech).
// Classic script, see browser-api.js.
(function (root) {
  "use strict";
  const ns = (root.Sourcelight = root.Sourcelight || {});
  if (ns.Overlay) return;
  const { anchoring, style } = ns;
  const TAG = "sourcelight-overlay";

  const KIND_LABEL = {
    person: "Person",
    organization: "Organisation",
    outlet: "News outlet",
    document: "Document",
    social_post: "Social media post",
    unnamed: "Unnamed source",
    unspecified: "Unspecified source",
  };
  const QUOTE_KIND = {
    direct: "Direct quote",
    partial: "Partial quote",
    block: "Block quote",
    headline: "Quote in the headline",
    term: "Quoted term",
  };
  const REPORTED_KIND = {
    said: "Reported speech",
    told: "Reported speech",
    according_to: "“According to”",
    reported: "Reported by an outlet",
    cited: "Cited",
    document: "From a document",
    social_post: "From a social media post",
    belief: "A belief or stance",
    declined: "Declined to answer",
    topic: "A remark on a topic",
  };
  const ERRORS = {
    unreachable: ["The Sourcelight backend cannot be reached", "Nothing answered at this address. Is the backend running? Check the address in the options."],
    unauthorized: ["The backend refused the token", "The backend asks for a token and did not accept the one in the options (401)."],
    payload_too_large: ["This page is too large", "The page is bigger than the backend accepts (413). Very long pages, such as live blogs, may not fit."],
    no_article: ["No article found on this page", "The backend found no news story to read here (422). Try the page of a single article."],
    timeout: ["The analysis took too long", "The backend ran out of time on this page (504). Trying again may work once the page is cached."],
    rate_limited: ["Too many requests", "The backend asks to wait a minute before the next page (429)."],
    not_ready: ["The backend is starting", "The backend is not ready yet (503). Try again in a moment."],
  };

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
  }

  function clip(text, max = 140) {
    const t = String(text || "").replace(/\s+/g, " ").trim();
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
  }

  class Overlay {
    constructor({ highlights = true } = {}) {
      this.useHighlights = highlights !== false;
      this.host = document.createElement(TAG);
      this.host.setAttribute("data-state", "loading");
      this.shadow = this.host.attachShadow({ mode: "open" });
      const sheet = document.createElement("style");
      sheet.textContent = style.SHADOW_CSS;
      this.root = el("div", { class: "root" });
      this.shadow.append(sheet, this.root);
      this.anchors = [];
      this.reported = [];
      this.byQuote = new Map();
      this.sourceSlots = new Map();
      this.sources = new Map();
      this.registered = [];
      this.pageSheet = null;
      this.listeners = [];
      this.cursor = new Map();
      this.buildFrame();
      document.documentElement.append(this.host);
    }

    listen(target, type, handler, options) {
      target.addEventListener(type, handler, options);
      this.listeners.push(() => target.removeEventListener(type, handler, options));
    }

    buildFrame() {
      this.readerButton = el("button", {
        class: "tool", type: "button", "aria-pressed": "false", disabled: true, text: "Reader view",
        onclick: () => this.toggleReader(),
      });
      const close = el("button", {
        class: "close", type: "button", "aria-label": "Close Sourcelight (Escape)", title: "Close (Escape)", text: "×",
        onclick: () => this.onClose && this.onClose(),
      });
      const brand = el("h2", { class: "brand", id: "sl-title" }, el("span", { class: "logo", "aria-hidden": "true", text: "“" }), "Sourcelight");
      this.status = el("p", { class: "status", role: "status", "aria-live": "polite", text: "Reading this page…" });
      this.body = el("div", { class: "body" }, el("div", { class: "spinner", "aria-hidden": "true" }),
        el("p", { class: "loading", text: "Finding the quotes, who said them, and the sources." }));
      this.panel = el("aside", { class: "panel", role: "complementary", "aria-labelledby": "sl-title", tabindex: "-1" },
        el("div", { class: "head" }, brand, this.readerButton, close), this.status, this.body);
      this.card = el("div", { class: "card", id: "sl-card", role: "tooltip", hidden: true });
      this.reader = el("div", { class: "reader", role: "region", "aria-label": "Reader view of the article", hidden: true });
      this.paint = el("div", { class: "paint", "aria-hidden": "true" });
      this.root.append(this.reader, this.paint, this.panel, this.card);
    }

    // ---- answer ---------------------------------------------------------------------------

    showAnswer(answer) {
      const quotes = Array.isArray(answer.quotes) ? answer.quotes : [];
      const sources = Array.isArray(answer.sources) ? answer.sources : [];
      const notes = Array.isArray(answer.notes) ? answer.notes : [];
      this.article = answer.article || {};
      sources.forEach((s) => this.sources.set(s.id, s));
      let slot = 0;
      for (const s of sources) {
        if (quotes.some((q) => q.speaker && q.speaker.source_id === s.id)) this.sourceSlots.set(s.id, slot++);
      }
      const started = performance.now();
      const index = anchoring.buildIndex(document.body || document.documentElement, { exclude: this.host });
      this.anchors = anchoring.anchorQuotes(index, quotes, this.article);
      this.anchorMs = performance.now() - started;
      // Reported speech is underlined where its claim is (a refusal has no claim to show); its
      // anchoring time is kept apart so data-anchor-ms stays the quotes' own.
      const attributions = (Array.isArray(answer.attributions) ? answer.attributions : [])
        .filter((a) => a && a.kind !== "declined" && a.claim && a.anchor);
      const reportedStarted = performance.now();
      this.reported = anchoring.anchorQuotes(
        index, attributions.map((a) => ({ ...a, start: a.claim.start, end: a.claim.end })), this.article,
      ).filter((r) => r.ranges.length > 0);
      this.reportedMs = performance.now() - reportedStarted;
      for (const a of this.anchors) this.byQuote.set(a.quote.id, a);
      const anchored = this.anchors.filter((a) => a.ranges.length > 0);
      if (this.useHighlights) this.applyHighlights(anchored, this.reported);
      this.renderPanel(notes, sources, quotes);
      this.readerButton.disabled = false;
      this.listen(document, "mousemove", (e) => this.onPointer(e), { passive: true });
      this.listen(window, "resize", () => this.repaint(), { passive: true });
      this.host.setAttribute("data-quotes", String(quotes.length));
      this.host.setAttribute("data-anchored", String(anchored.length));
      this.host.setAttribute("data-reported", String(this.reported.length));
      this.host.setAttribute("data-reported-ms", this.reportedMs.toFixed(1));
      this.host.setAttribute("data-anchor-ms", this.anchorMs.toFixed(1));
      this.host.setAttribute("data-state", "ready");
      const missing = quotes.length - anchored.length;
      this.status.textContent = quotes.length === 0
        ? "No quotes found in this story."
        : `${plural(quotes.length, "quote", "quotes")}, ${anchored.length} highlighted in the page` +
          `${missing ? `, ${missing} not found` : ""} · ${plural(this.sourceSlots.size, "source", "sources")} quoted` +
          `${this.reported.length ? ` · ${plural(this.reported.length, "reported claim", "reported claims")} underlined` : ""}`;
    }

    slotOf(quote) {
      const id = quote.speaker && quote.speaker.source_id;
      return id && this.sourceSlots.has(id) ? this.sourceSlots.get(id) : -1;
    }

    applyHighlights(anchored, reported = []) {
      const supported = typeof CSS !== "undefined" && CSS.highlights && typeof Highlight === "function";
      if (!supported) {
        this.fallback = anchored;
        this.fallbackReported = reported;
        this.repaint();
        return;
      }
      this.pageSheet = new CSSStyleSheet();
      this.pageSheet.replaceSync(style.pageCss());
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.pageSheet];
      const groups = new Map();
      for (const a of anchored) {
        const name = style.highlightName(this.slotOf(a.quote));
        if (!groups.has(name)) groups.set(name, []);
        groups.get(name).push(...a.ranges);
      }
      for (const [name, ranges] of groups) {
        CSS.highlights.set(name, new Highlight(...ranges));
        this.registered.push(name);
      }
      if (reported.length) {
        CSS.highlights.set(style.REPORTED_HIGHLIGHT, new Highlight(...reported.flatMap((r) => r.ranges)));
        this.registered.push(style.REPORTED_HIGHLIGHT);
      }
    }

    // Where the Highlight API is missing: boxes painted over the text inside the shadow root,
    // in document coordinates, so the page's DOM is never touched.
    repaint() {
      if (!this.fallback) return;
      this.paint.replaceChildren();
      const dx = window.scrollX;
      const dy = window.scrollY;
      const marks = [
        ...this.fallback.map((a) => [a, `c${this.slotOf(a.quote) < 0 ? "none" : this.slotOf(a.quote) % style.PALETTE.length}`]),
        ...(this.fallbackReported || []).map((r) => [r, "reported"]),
      ];
      for (const [a, cls] of marks) {
        for (const range of a.ranges) {
          for (const r of range.getClientRects()) {
            const box = el("div", { class: cls });
            box.style.cssText = `left:${r.left + dx}px;top:${r.top + dy}px;width:${r.width}px;height:${r.height}px`;
            this.paint.append(box);
          }
        }
      }
    }

    renderPanel(notes, sources, quotes) {
      const parts = [];
      if (notes.length) {
        parts.push(el("section", { "aria-labelledby": "sl-notes" }, el("h3", { id: "sl-notes", text: "Notes" }),
          el("ul", {}, ...notes.map((n) => {
            const caution = n.level === "caution";
            return el("li", { class: `note ${caution ? "caution" : "info"}` },
              el("span", { class: "icon", "aria-hidden": "true", text: caution ? "!" : "i" }),
              el("span", {}, el("span", { class: "sr", text: caution ? "Caution: " : "Note: " }), n.message || ""));
          }))));
      }
      const quoted = sources.filter((s) => this.sourceSlots.has(s.id));
      const others = sources.filter((s) => !this.sourceSlots.has(s.id));
      const list = el("ul", {});
      for (const s of [...quoted, ...others]) list.append(el("li", {}, this.sourceButton(s, quotes)));
      const unattributed = quotes.filter((q) => this.slotOf(q) < 0);
      if (unattributed.length) list.append(el("li", {}, this.sourceButton(null, quotes)));
      parts.push(el("section", { "aria-labelledby": "sl-sources" }, el("h3", { id: "sl-sources", text: "Sources" }),
        sources.length || unattributed.length ? list : el("p", { class: "empty", text: "No sources named in this story." })));
      const orphans = this.anchors.filter((a) => a.ranges.length === 0);
      if (orphans.length) {
        parts.push(el("section", { "aria-labelledby": "sl-orphans", class: "orphans" },
          el("h3", { id: "sl-orphans", text: `Not found in this page (${orphans.length})` }),
          el("ul", {}, ...orphans.map((a) => el("li", { class: "orphan", "data-quote-id": a.quote.id },
            el("q", { text: clip(a.quote.text || (a.quote.anchor && a.quote.anchor.exact)) }),
            el("span", { class: "meta", text: `${this.speakerName(a.quote)} · ${a.reason === "ambiguous" ? "found in several places" : "not found"}` }))))));
      }
      this.body.replaceChildren(...parts);
    }

    sourceButton(source, quotes) {
      const own = source
        ? quotes.filter((q) => q.speaker && q.speaker.source_id === source.id)
        : quotes.filter((q) => this.slotOf(q) < 0);
      const slot = source && this.sourceSlots.has(source.id) ? this.sourceSlots.get(source.id) % style.PALETTE.length : "none";
      const name = source ? source.name || "Unnamed source" : "Speaker not identified";
      const meta = source
        ? [KIND_LABEL[source.kind] || source.kind, source.role, source.named === false ? "not named" : null, plural(own.length, "quote", "quotes")]
        : ["No source found", plural(own.length, "quote", "quotes")];
      return el("button", {
        class: `source c${slot}`, type: "button", "data-source-id": source ? source.id : "",
        "aria-label": `${name}: ${meta.filter(Boolean).join(", ")}${own.length ? ". Press to step through the quotes." : ""}`,
        onclick: () => this.step(source ? source.id : "", own),
      }, el("span", { class: "swatch", "aria-hidden": "true" }),
      el("span", {}, el("span", { class: "name", text: name }), el("span", { class: "meta", text: meta.filter(Boolean).join(" · ") })));
    }

    /** Choosing a source: the next of its quotes, scrolled into view, marked and explained. */
    step(key, quotes) {
      const placed = quotes.map((q) => this.byQuote.get(q.id)).filter((a) => a && a.ranges.length);
      if (!placed.length) {
        this.status.textContent = quotes.length ? "This source's quotes were not found in the page." : "This source is not quoted.";
        return;
      }
      const n = ((this.cursor.get(key) ?? -1) + 1) % placed.length;
      this.cursor.set(key, n);
      const a = placed[n];
      this.status.textContent = `Quote ${n + 1} of ${placed.length}: ${this.speakerName(a.quote)}`;
      if (this.reader && !this.reader.hidden) {
        const mark = this.reader.querySelector(`mark[data-quote-id="${CSS.escape(a.quote.id)}"]`);
        if (mark) {
          mark.scrollIntoView({ block: "center" });
          this.showCard(a.quote, mark.getBoundingClientRect());
        }
        return;
      }
      const range = a.ranges[0];
      const target = range.startContainer.parentElement;
      if (target) target.scrollIntoView({ block: "center", behavior: "instant" });
      this.setActive(a);
      this.showCard(a.quote, range.getBoundingClientRect());
    }

    setActive(a) {
      if (!this.pageSheet || typeof Highlight !== "function") return;
      const name = `${style.PREFIX}-active`;
      const h = new Highlight(...a.ranges);
      h.priority = 1;
      CSS.highlights.set(name, h);
      if (!this.registered.includes(name)) this.registered.push(name);
    }

    // ---- cards ----------------------------------------------------------------------------

    speakerName(quote) {
      const s = quote.speaker && quote.speaker.source_id ? this.sources.get(quote.speaker.source_id) : null;
      return (s && s.name) || (quote.speaker && quote.speaker.name) || "Speaker not identified";
    }

    showCard(quote, rect) {
      const s = quote.speaker && quote.speaker.source_id ? this.sources.get(quote.speaker.source_id) : null;
      const slot = this.slotOf(quote);
      const { rows, row } = this.sourceRows(s, quote.cue);
      // A confidence without a speaker says nothing: it is the speaker attribution's confidence.
      if (s && typeof quote.confidence === "number") row("Confidence", `${Math.round(quote.confidence * 100)}%`);
      row("Kind", QUOTE_KIND[quote.kind] || quote.kind);
      this.card.replaceChildren(
        el("div", { class: `who c${slot < 0 ? "none" : slot % style.PALETTE.length}` },
          el("span", { class: "swatch", "aria-hidden": "true" }), el("span", { class: "speaker", text: this.speakerName(quote) })),
        el("dl", {}, ...rows));
      this.card.removeAttribute("data-attribution-id");
      this.card.setAttribute("data-quote-id", quote.id);
      this.placeCard(rect);
    }

    placeCard(rect) {
      this.card.hidden = false;
      const w = this.card.offsetWidth;
      const h = this.card.offsetHeight;
      const panelLeft = this.panel.getBoundingClientRect().left;
      let left = Math.min(Math.max(8, rect.left), Math.max(8, panelLeft - w - 12));
      let top = rect.bottom + 8;
      if (top + h > window.innerHeight - 8) top = Math.max(8, rect.top - h - 8);
      this.card.style.left = `${left}px`;
      this.card.style.top = `${top}px`;
    }

    /** A card's rows about a source and the cue: role, kind, named or not, cue, relay. */
    sourceRows(s, cue) {
      const rows = [];
      const row = (label, value) => {
        if (value === null || value === undefined || value === "") return;
        rows.push(el("dt", { text: label }), el("dd", { text: value }));
      };
      row("Role", s && s.role);
      row("Source", s ? `${KIND_LABEL[s.kind] || s.kind}${s.named === false ? ", not named" : ", named"}` : "not identified");
      row("Cue", cue && cue.text ? `“${cue.text}”` : null);
      if (s && s.via) {
        const via = this.sources.get(s.via);
        row("Via", via ? via.name : s.via);
      }
      return { rows, row };
    }

    /** The card of reported speech: who the claim is attributed to, with which cue. */
    showReportedCard(attribution, rect) {
      const s = this.sources.get(attribution.source_id);
      const { rows, row } = this.sourceRows(s, attribution.cue);
      row("Kind", REPORTED_KIND[attribution.kind] || attribution.kind);
      this.card.replaceChildren(
        el("div", { class: "who reported" },
          el("span", { class: "speaker", text: (s && s.name) || "Source not identified" })),
        el("dl", {}, ...rows));
      this.card.removeAttribute("data-quote-id");
      this.card.setAttribute("data-attribution-id", attribution.id);
      this.placeCard(rect);
    }

    hideCard() {
      this.card.hidden = true;
      this.card.removeAttribute("data-quote-id");
      this.card.removeAttribute("data-attribution-id");
    }

    onPointer(event) {
      if (this.pointerQueued) return;
      this.pointerQueued = true;
      const { clientX: x, clientY: y } = event;
      requestAnimationFrame(() => {
        this.pointerQueued = false;
        if (!this.host.isConnected || (this.reader && !this.reader.hidden)) return;
        const hit = this.quoteAt(x, y) || this.reportedAt(x, y);
        if (hit && hit.quote) this.showCard(hit.quote, hit.rect);
        else if (hit) this.showReportedCard(hit.attribution, hit.rect);
        else if (this.card.getAttribute("data-pointer") === "1") this.hideCard();
        this.card.setAttribute("data-pointer", hit ? "1" : "0");
      });
    }

    /** The first anchored item (a quote, or a reported claim) with a line box under the point. */
    static hitAt(items, x, y) {
      for (const item of items) {
        for (const range of item.ranges) {
          for (const r of range.getClientRects()) {
            if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return { item: item.quote, rect: r };
          }
        }
      }
      return null;
    }

    quoteAt(x, y) {
      const hit = Overlay.hitAt(this.anchors, x, y);
      return hit && { quote: hit.item, rect: hit.rect };
    }

    reportedAt(x, y) {
      const hit = Overlay.hitAt(this.reported, x, y);
      return hit && { attribution: hit.item, rect: hit.rect };
    }

    // ---- reader view ----------------------------------------------------------------------

    toggleReader() {
      const open = this.reader.hidden;
      if (open && !this.reader.firstChild) this.buildReader();
      this.reader.hidden = !open;
      this.readerButton.setAttribute("aria-pressed", String(open));
      this.hideCard();
      if (open) this.reader.focus();
    }

    buildReader() {
      const a = this.article;
      const text = typeof a.text === "string" ? a.text : "";
      const spans = [];
      for (const anchor of this.anchors) {
        const q = anchor.quote;
        const segs = Array.isArray(q.segments) && q.segments.length ? q.segments : [{ start: q.start, end: q.end }];
        for (const s of segs) spans.push({ start: s.start, end: s.end, quote: q });
      }
      const article = el("article", { lang: a.language || null });
      const byline = [a.author, a.date, a.site_name].filter(Boolean).join(" · ");
      let list = null;
      for (const block of a.blocks || []) {
        const tag = { title: "h1", heading: "h2", quote: "blockquote", blockquote: "blockquote", list_item: "li", item: "li" }[block.kind] || "p";
        const node = el(tag, {});
        this.fillMarked(node, text, block.start, block.end, spans);
        if (tag === "li") {
          if (!list) article.append((list = el("ul", {})));
          list.append(node);
          continue;
        }
        list = null;
        article.append(node);
        if (block.kind === "title" && byline) article.append(el("p", { class: "byline", text: byline }));
      }
      this.reader.setAttribute("tabindex", "-1");
      this.reader.append(article);
    }

    // The block's text with each quote in a <mark>; where quotes nest, the innermost one wins.
    fillMarked(node, text, start, end, spans) {
      const inside = spans.filter((s) => s.end > start && s.start < end);
      const cuts = new Set([start, end]);
      for (const s of inside) {
        cuts.add(Math.max(start, s.start));
        cuts.add(Math.min(end, s.end));
      }
      const points = [...cuts].sort((x, y) => x - y);
      let open = null;
      for (let i = 0; i < points.length - 1; i += 1) {
        const [from, to] = [points[i], points[i + 1]];
        const piece = text.slice(from, to);
        const cover = inside.filter((s) => s.start <= from && s.end >= to).sort((x, y) => x.end - x.start - (y.end - y.start))[0];
        if (!cover) {
          node.append(piece);
          open = null;
          continue;
        }
        if (open && open.quote === cover.quote) {
          open.mark.append(piece);
          continue;
        }
        const slot = this.slotOf(cover.quote);
        const quote = cover.quote;
        const mark = el("mark", {
          class: `c${slot < 0 ? "none" : slot % style.PALETTE.length}`, tabindex: "0", "data-quote-id": quote.id,
          "aria-describedby": "sl-card", text: piece,
          onmouseenter: (e) => this.showCard(quote, e.currentTarget.getBoundingClientRect()),
          onfocus: (e) => this.showCard(quote, e.currentTarget.getBoundingClientRect()),
          onmouseleave: () => this.hideCard(),
          onblur: () => this.hideCard(),
        });
        node.append(mark);
        open = { quote, mark };
      }
    }

    // ---- errors and teardown --------------------------------------------------------------

    showError(error) {
      const code = (error && error.code) || "extension_error";
      const [title, text] = ERRORS[code] || ["Something went wrong", (error && error.message) || "The backend could not read this page."];
      const box = el("div", { class: "error", role: "alert" }, el("h3", { text: title }), el("p", { text }));
      if (code === "unreachable" || code === "unauthorized") {
        if (error.backend) box.append(el("p", {}, "Backend address: ", el("code", { text: error.backend })));
        box.append(el("p", {}, el("button", {
          class: "link", type: "button", text: "Open Sourcelight options",
          onclick: () => this.onOpenOptions && this.onOpenOptions(),
        })));
      } else if (!ERRORS[code] && error && error.message) {
        box.append(el("p", {}, el("code", { text: `${code}` })));
      }
      this.body.replaceChildren(box);
      this.status.textContent = "Sourcelight could not annotate this page.";
      this.host.setAttribute("data-error", code);
      this.host.setAttribute("data-state", "error");
    }

    destroy() {
      for (const off of this.listeners.splice(0)) off();
      if (typeof CSS !== "undefined" && CSS.highlights) {
        for (const name of this.registered) CSS.highlights.delete(name);
      }
      this.registered = [];
      if (this.pageSheet) {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.pageSheet);
        this.pageSheet = null;
      }
      this.host.remove();
    }
  }

  ns.Overlay = Overlay;
  ns.OVERLAY_TAG = TAG;
})(globalThis);
