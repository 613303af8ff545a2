// The overlay: a <sourcelight-overlay> host in a shadow root with the panel, the cards, the reader
// view, and the highlights in the live page. Everything from the answer goes in as textContent.
// Contract for outside checks: attributes data-state (loading|ready|error), data-quotes,
// data-anchored, data-reported (reported claims underlined), data-anchor-ms, data-reported-ms,
// data-error on the host; highlights named sourcelight-* in CSS.highlights (sourcelight-reported
// for reported speech). In the shadow root, quotes carry data-quote-id and reported claims
// data-attribution-id (reader-view marks, not-found items, the card).
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

  // The two kinds of passage the overlay annotates: a speaker's own words (quotes) and what a source
  // is said to have said (reported claims; refusals have no claim and are not shown). Stepping from
  // the panel, the cards, the not-found list and the reader view treat both alike through this
  // table; only the look and the card's rows differ.
  const PASSAGE = {
    quote: { label: "Quote", plural: "quotes", attr: "data-quote-id" },
    claim: { label: "Reported claim", plural: "reported claims", attr: "data-attribution-id" },
  };

  /** The attributions shown: those with a claim to show, refusals aside. */
  function shownClaims(answer) {
    return (Array.isArray(answer.attributions) ? answer.attributions : [])
      .filter((a) => a && a.kind !== "declined" && a.claim && a.anchor);
  }

  /** A quote or a reported claim, with its anchoring in the page and its spans in the article. */
  function passage(kind, item, anchor) {
    const spans = kind === "claim"
      ? [{ start: item.claim.start, end: item.claim.end }]
      : Array.isArray(item.segments) && item.segments.length ? item.segments : [{ start: item.start, end: item.end }];
    const sourceId = kind === "claim" ? item.source_id : item.speaker && item.speaker.source_id;
    return {
      kind, item, anchor, spans, sourceId: sourceId || null,
      start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)),
    };
  }

  // Reading order; of two passages opening at one place the longer holds the other, and a claim
  // holds a quote of the same extent (the quote is the words, the claim what they are said to say).
  function outerFirst(x, y) {
    return x.start - y.start || y.end - y.start - (x.end - x.start) || (x.kind === "claim" ? 0 : 1) - (y.kind === "claim" ? 0 : 1);
  }

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
      this.passages = [];
      this.byPassage = new Map();
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
      // The reader view's marks nest, so one listener each, on the view, finds the innermost.
      this.reader = el("div", {
        class: "reader", role: "region", "aria-label": "Reader view of the article", hidden: true,
        onmouseover: (e) => this.onMarkEnter(e.target),
        onfocusin: (e) => this.onMarkEnter(e.target),
        onmouseout: (e) => this.onMarkLeave(e.relatedTarget),
        onfocusout: (e) => this.onMarkLeave(e.relatedTarget),
      });
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
      const claims = shownClaims(answer);
      const reportedStarted = performance.now();
      const claimAnchors = anchoring.anchorQuotes(
        index, claims.map((a) => ({ ...a, start: a.claim.start, end: a.claim.end })), this.article,
      );
      this.reportedMs = performance.now() - reportedStarted;
      this.reported = claimAnchors.filter((r) => r.ranges.length > 0);
      this.passages = [
        ...this.anchors.map((a) => passage("quote", a.quote, a)),
        ...claimAnchors.map((r, i) => passage("claim", claims[i], r)),
      ].sort(outerFirst);
      for (const p of this.passages) this.byPassage.set(`${p.kind}:${p.item.id}`, p);
      const anchored = this.anchors.filter((a) => a.ranges.length > 0);
      if (this.useHighlights) this.applyHighlights(anchored, this.reported);
      this.renderPanel(notes, sources);
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
      const unfound = claims.length - this.reported.length;
      this.status.textContent = [
        quotes.length === 0
          ? "No quotes found in this story"
          : `${plural(quotes.length, "quote", "quotes")}, ${anchored.length} highlighted in the page` +
            `${missing ? `, ${missing} not found` : ""} · ${plural(this.sourceSlots.size, "source", "sources")} quoted`,
        claims.length ? `${plural(this.reported.length, "reported claim", "reported claims")} underlined${unfound ? `, ${unfound} not found` : ""}` : null,
      ].filter(Boolean).join(" · ") + (quotes.length || claims.length ? "" : ".");
    }

    /** Keyboard users start in the panel: it takes focus when the overlay opens. */
    focus() {
      this.panel.focus({ preventScroll: true });
    }

    slotOf(quote) {
      const id = quote.speaker && quote.speaker.source_id;
      return id && this.sourceSlots.has(id) ? this.sourceSlots.get(id) : -1;
    }

    /** The class that colours a passage: its speaker's colour for a quote, `reported` for a claim. */
    toneOf(p) {
      if (p.kind === "claim") return "reported";
      const slot = this.slotOf(p.item);
      return `c${slot < 0 ? "none" : slot % style.PALETTE.length}`;
    }

    /** The panel's key for a passage's source: its id, or "" when the answer names none. */
    sourceKey(p) {
      return p.sourceId && this.sources.has(p.sourceId) ? p.sourceId : "";
    }

    applyHighlights(anchored, reported = []) {
      const supported = typeof CSS !== "undefined" && CSS.highlights && typeof Highlight === "function";
      if (!supported) {
        this.fallback = true;
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
      for (const p of this.passages) {
        const cls = this.toneOf(p);
        for (const range of p.anchor.ranges) {
          for (const r of range.getClientRects()) {
            const box = el("div", { class: cls });
            box.style.cssText = `left:${r.left + dx}px;top:${r.top + dy}px;width:${r.width}px;height:${r.height}px`;
            this.paint.append(box);
          }
        }
      }
    }

    renderPanel(notes, sources) {
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
      // Quoted sources first (in their colours), then those only reported, then the rest.
      const own = new Map();
      for (const p of this.passages) {
        const key = this.sourceKey(p);
        if (!own.has(key)) own.set(key, []);
        own.get(key).push(p);
      }
      const rank = (s) => (this.sourceSlots.has(s.id) ? 0 : own.has(s.id) ? 1 : 2);
      const list = el("ul", {});
      for (const s of [...sources].sort((x, y) => rank(x) - rank(y))) list.append(el("li", {}, this.sourceButton(s, own.get(s.id) || [])));
      if (own.has("")) list.append(el("li", {}, this.sourceButton(null, own.get(""))));
      parts.push(el("section", { "aria-labelledby": "sl-sources" }, el("h3", { id: "sl-sources", text: "Sources" }),
        sources.length || own.has("") ? list : el("p", { class: "empty", text: "No sources named in this story." })));
      const orphans = this.passages.filter((p) => p.anchor.ranges.length === 0);
      if (orphans.length) {
        parts.push(el("section", { "aria-labelledby": "sl-orphans", class: "orphans" },
          el("h3", { id: "sl-orphans", text: `Not found in this page (${orphans.length})` }),
          el("ul", {}, ...orphans.map((p) => el("li", { class: "orphan", [PASSAGE[p.kind].attr]: p.item.id },
            el("q", { text: clip(this.passageText(p)) }),
            el("span", {
              class: "meta",
              text: [p.kind === "claim" ? PASSAGE.claim.label : null, this.details(p).who,
                p.anchor.reason === "ambiguous" ? "found in several places" : "not found"].filter(Boolean).join(" · "),
            }))))));
      }
      this.body.replaceChildren(...parts);
    }

    /** How many quotes and reported claims: "2 quotes", "1 reported claim", "0 quotes". */
    static counts(own) {
      const of = (kind) => own.filter((p) => p.kind === kind).length;
      const [quotes, claims] = [of("quote"), of("claim")];
      return {
        parts: [quotes || !claims ? plural(quotes, "quote", "quotes") : null, claims ? plural(claims, "reported claim", "reported claims") : null].filter(Boolean),
        what: [quotes ? PASSAGE.quote.plural : null, claims ? PASSAGE.claim.plural : null].filter(Boolean).join(" and "),
      };
    }

    /** A source's button: pressing it steps through the source's quotes and reported claims. */
    sourceButton(source, own) {
      const tone = source && this.sourceSlots.has(source.id)
        ? `c${this.sourceSlots.get(source.id) % style.PALETTE.length}`
        : source && own.length ? "reported" : "cnone";
      const { parts, what } = Overlay.counts(own);
      const unknown = own.some((p) => p.kind === "claim") ? "Source not identified" : "Speaker not identified";
      const name = source ? source.name || "Unnamed source" : unknown;
      const meta = (source
        ? [KIND_LABEL[source.kind] || source.kind, source.role, source.named === false ? "not named" : null, ...parts]
        : ["No source found", ...parts]).filter(Boolean);
      return el("button", {
        class: `source ${tone}`, type: "button", "data-source-id": source ? source.id : "",
        "aria-label": `${name}: ${meta.join(", ")}${own.length ? `. Press to step through the ${what}.` : ""}`,
        onclick: () => this.step(source ? source.id : "", own),
      }, el("span", { class: "swatch", "aria-hidden": "true" }),
      el("span", {}, el("span", { class: "name", text: name }), el("span", { class: "meta", text: meta.join(" · ") })));
    }

    /**
     * Choosing a source: the next of its passages (quotes and reported claims, in reading order),
     * scrolled into view, marked, shown in its card and announced.
     */
    step(key, own) {
      const reading = !this.reader.hidden;
      // The reader view shows every passage; the page only those found in it.
      const placed = reading ? own : own.filter((p) => p.anchor.ranges.length);
      if (!placed.length) {
        this.status.textContent = own.length
          ? `This source's ${Overlay.counts(own).what} were not found in the page.`
          : "This source is neither quoted nor reported.";
        return;
      }
      const n = ((this.cursor.get(key) ?? -1) + 1) % placed.length;
      this.cursor.set(key, n);
      const p = placed[n];
      this.announce(p, `${PASSAGE[p.kind].label} ${n + 1} of ${placed.length}`);
      if (reading) {
        const mark = this.readerMark(p);
        if (mark) {
          mark.scrollIntoView({ block: "center" });
          this.showCard(p, mark.getBoundingClientRect());
        }
        return;
      }
      const range = p.anchor.ranges[0];
      const target = range.startContainer.parentElement;
      if (target) target.scrollIntoView({ block: "center", behavior: "instant" });
      this.setActive(p.anchor);
      this.showCard(p, range.getBoundingClientRect());
    }

    /**
     * The status line after a step: where the reader is, in sight; for screen readers also the
     * passage's words and its card (the status is a live region, and the page's text cannot take
     * focus without changing the page).
     */
    announce(p, position) {
      const { who, rows } = this.details(p);
      const card = rows.map(([label, value]) => `${label}: ${value}.`).join(" ");
      this.status.replaceChildren(`${position}: ${who}`,
        el("span", { class: "sr", text: `. “${clip(this.passageText(p), 200)}” ${card}` }));
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

    /** A passage's words: a quote's text, a claim's as the answer anchors it. */
    passageText(p) {
      const exact = p.item.anchor && p.item.anchor.exact;
      return (p.kind === "quote" && p.item.text) || exact || "";
    }

    /** What a passage's card says: who, and [label, value] rows (role, source, cue, via, kind …). */
    details(p) {
      const s = p.sourceId ? this.sources.get(p.sourceId) : null;
      const rows = this.sourceRows(s, p.item.cue);
      let who;
      if (p.kind === "quote") {
        // A confidence without a speaker says nothing: it is the speaker attribution's confidence.
        if (s && typeof p.item.confidence === "number") rows.push(["Confidence", `${Math.round(p.item.confidence * 100)}%`]);
        rows.push(["Kind", QUOTE_KIND[p.item.kind] || p.item.kind]);
        who = this.speakerName(p.item);
      } else {
        rows.push(["Kind", REPORTED_KIND[p.item.kind] || p.item.kind]);
        who = (s && s.name) || "Source not identified";
      }
      return { who, rows: rows.filter(([, value]) => value !== null && value !== undefined && value !== "") };
    }

    /** The card of a quote or of a reported claim (the latter says so above the source's name). */
    showCard(p, rect) {
      const { who, rows } = this.details(p);
      const parts = [
        el("div", { class: `who ${this.toneOf(p)}` },
          el("span", { class: "swatch", "aria-hidden": "true" }), el("span", { class: "speaker", text: who })),
        el("dl", {}, ...rows.flatMap(([label, value]) => [el("dt", { text: label }), el("dd", { text: value })])),
      ];
      if (p.kind === "claim") parts.unshift(el("p", { class: "kicker", text: PASSAGE.claim.label }));
      this.card.replaceChildren(...parts);
      for (const { attr } of Object.values(PASSAGE)) this.card.removeAttribute(attr);
      this.card.setAttribute(PASSAGE[p.kind].attr, p.item.id);
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
      const via = s && s.via ? this.sources.get(s.via) : null;
      return [
        ["Role", s && s.role],
        ["Source", s ? `${KIND_LABEL[s.kind] || s.kind}${s.named === false ? ", not named" : ", named"}` : "not identified"],
        ["Cue", cue && cue.text ? `“${cue.text}”` : null],
        ["Via", s && s.via ? (via ? via.name : s.via) : null],
      ];
    }

    hideCard() {
      this.card.hidden = true;
      for (const { attr } of Object.values(PASSAGE)) this.card.removeAttribute(attr);
    }

    onPointer(event) {
      if (this.pointerQueued) return;
      this.pointerQueued = true;
      const { clientX: x, clientY: y } = event;
      requestAnimationFrame(() => {
        this.pointerQueued = false;
        if (!this.host.isConnected || (this.reader && !this.reader.hidden)) return;
        const hit = this.passageAt(x, y);
        if (hit) this.showCard(hit.passage, hit.rect);
        else if (this.card.getAttribute("data-pointer") === "1") this.hideCard();
        this.card.setAttribute("data-pointer", hit ? "1" : "0");
      });
    }

    /**
     * The passage with a line box under the point; where passages nest, the innermost (the order
     * of the reader view's marks: a partial quote inside a claim shows its own card).
     */
    passageAt(x, y) {
      let best = null;
      for (const p of this.passages) {
        for (const range of p.anchor.ranges) {
          const r = [...range.getClientRects()].find((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);
          if (r && (!best || outerFirst(best.passage, p) < 0)) best = { passage: p, rect: r };
        }
      }
      return best;
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
      const spans = this.passages.flatMap((p) => p.spans.map((s) => ({ start: s.start, end: s.end, kind: p.kind, passage: p })));
      const stops = new Set();
      const article = el("article", { lang: a.language || null });
      const byline = [a.author, a.date, a.site_name].filter(Boolean).join(" · ");
      let list = null;
      for (const block of a.blocks || []) {
        const tag = { title: "h1", heading: "h2", quote: "blockquote", blockquote: "blockquote", list_item: "li", item: "li" }[block.kind] || "p";
        const node = el(tag, {});
        this.fillMarked(node, text, block.start, block.end, spans, stops);
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

    /**
     * The block's text with each passage (quote or reported claim) in a <mark>, nested as the
     * passages nest: a partial quote inside the claim that holds it, a claim inside another.
     * Where two cross, the later is cut at the end of the earlier and goes on in a second mark.
     * Each passage is one tab stop (its first mark), described by the card it shows on focus.
     */
    fillMarked(node, text, start, end, spans, stops) {
      const queue = spans.filter((s) => s.end > start && s.start < end)
        .map((s) => ({ ...s, start: Math.max(start, s.start), end: Math.min(end, s.end) }))
        .sort(outerFirst);
      const open = [{ node, end }];
      let at = start;
      const fill = (to) => {
        if (to > at) open[open.length - 1].node.append(text.slice(at, to));
        at = Math.max(at, to);
      };
      const closeTo = (pos) => {
        while (open.length > 1 && open[open.length - 1].end <= pos) {
          fill(open[open.length - 1].end);
          open.pop();
        }
      };
      for (let i = 0; i < queue.length; i += 1) {
        const span = queue[i];
        closeTo(span.start);
        fill(span.start);
        const parent = open[open.length - 1];
        if (span.end > parent.end) {
          const rest = { ...span, start: parent.end };
          let j = i + 1;
          while (j < queue.length && outerFirst(queue[j], rest) <= 0) j += 1;
          queue.splice(j, 0, rest);
        }
        const p = span.passage;
        const mark = el("mark", {
          class: this.toneOf(p), tabindex: stops.has(p) ? null : "0", [PASSAGE[p.kind].attr]: p.item.id,
          "aria-describedby": "sl-card",
        });
        stops.add(p);
        parent.node.append(mark);
        open.push({ node: mark, end: Math.min(span.end, parent.end) });
      }
      closeTo(end);
      fill(end);
    }

    /** The reader view's (first) mark of a passage. */
    readerMark(p) {
      return this.reader.querySelector(`mark[${PASSAGE[p.kind].attr}="${CSS.escape(p.item.id)}"]`);
    }

    /** The passage of the innermost reader-view mark holding a node, with that mark. */
    markAt(node) {
      const mark = node && typeof node.closest === "function" ? node.closest("mark") : null;
      if (!mark || !this.reader.contains(mark)) return null;
      for (const [kind, { attr }] of Object.entries(PASSAGE)) {
        const p = mark.hasAttribute(attr) && this.byPassage.get(`${kind}:${mark.getAttribute(attr)}`);
        if (p) return { mark, passage: p };
      }
      return null;
    }

    onMarkEnter(node) {
      const hit = this.markAt(node);
      if (hit) this.showCard(hit.passage, hit.mark.getBoundingClientRect());
    }

    // Leaving a mark for another (an inner or outer one) leaves the card to the next enter.
    onMarkLeave(next) {
      if (!this.markAt(next)) this.hideCard();
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
