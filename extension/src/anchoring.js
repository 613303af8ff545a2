// Finding the answer's quotes in the live page, in the manner of Hypothesis's anchoring:
//   1. exact match of the quote with whitespace collapsed on both sides;
//   2. when it occurs more than once, the 32 characters of prefix and suffix pick the occurrence,
//      then the nearness to the article's own place in the page; a tie is ambiguous;
//   3. no exact match: approximate matching (edit distance, at most 1 error in 8 characters),
//      seeded by exact pieces of the quote and ranked the same way;
//   4. a quote over several paragraphs that the page splits with other matter (an advert, a
//      caption) is anchored segment by segment, each segment in page order.
// An ambiguous or missing match makes an orphan, never a wrong highlight. Pure: reads the DOM,
// returns Ranges and never changes the document. Classic script, see browser-api.js.
(function (root) {
  "use strict";
  const ns = (root.Sourcelight = root.Sourcelight || {});
  if (ns.anchoring) return;

  const CONTEXT = 32;
  const MAX_ERROR_RATE = 1 / 8;
  const SKIP = new Set([
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SELECT", "OPTION", "IFRAME", "OBJECT",
    "CANVAS", "VIDEO", "AUDIO", "svg", "SVG", "math", "HEAD", "SOURCELIGHT-OVERLAY",
  ]);
  const INLINE = new Set([
    "A", "ABBR", "B", "BDI", "BDO", "CITE", "CODE", "DATA", "DFN", "EM", "FONT", "I", "KBD", "MARK",
    "Q", "RP", "RT", "RUBY", "S", "SAMP", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U",
    "VAR", "WBR", "INS", "DEL", "LABEL", "IMG", "BIG", "TT", "STRIKE", "ACRONYM", "NOBR",
  ]);

  // One code unit in, at most one out: keeps the map from the index back to the DOM simple.
  // Whitespace (NBSP included) becomes a space; typographic quotes and dashes become plain ones;
  // soft hyphens and zero-width characters disappear.
  const FOLD = new Map([
    ["\u2018", "'"], ["\u2019", "'"], ["\u201A", "'"], ["\u201B", "'"], ["\u2032", "'"], ["\u0060", "'"],
    ["\u00B4", "'"], ["\u201C", '"'], ["\u201D", '"'], ["\u201E", '"'], ["\u201F", '"'], ["\u2033", '"'],
    ["\u00AB", '"'], ["\u00BB", '"'], ["\u2039", "'"], ["\u203A", "'"], ["\u2010", "-"], ["\u2011", "-"],
    ["\u2012", "-"], ["\u2013", "-"], ["\u2014", "-"], ["\u2015", "-"], ["\u2212", "-"],
  ]);
  const DROP = new Set(["\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"]);
  const SPACE = /\s/;

  function fold(ch) {
    if (DROP.has(ch)) return "";
    if (SPACE.test(ch)) return " ";
    return FOLD.get(ch) || ch;
  }

  /** The string as the index sees it: folded, whitespace collapsed, trimmed. */
  function normalize(text) {
    let out = "";
    for (const ch of String(text || "")) {
      const f = fold(ch);
      if (f === "") continue;
      if (f === " " && (out === "" || out.endsWith(" "))) continue;
      out += f;
    }
    return out.trimEnd();
  }

  function blockOf(node, stop, cache) {
    let el = node.parentElement;
    const path = [];
    while (el && el !== stop) {
      const hit = cache.get(el);
      if (hit !== undefined) {
        for (const p of path) cache.set(p, hit);
        return hit;
      }
      path.push(el);
      if (!INLINE.has(el.tagName)) break;
      el = el.parentElement;
    }
    const block = el || stop;
    for (const p of path) cache.set(p, block);
    return block;
  }

  /**
   * The page's text as one normalized string, with a map from each of its characters back to a
   * text node and an offset. Block boundaries count as whitespace. `exclude` skips a subtree.
   */
  function buildIndex(rootNode, { exclude = null } = {}) {
    const doc = rootNode.ownerDocument || rootNode;
    const walker = doc.createTreeWalker(rootNode, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          if (node === exclude || SKIP.has(node.tagName)) return NodeFilter.FILTER_REJECT;
          if (node.hidden) return NodeFilter.FILTER_REJECT;
          return NodeFilter.FILTER_SKIP;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    const nodes = [];
    const chars = [];
    let nodeOf = new Int32Array(1 << 16);
    let offsetOf = new Int32Array(1 << 16);
    let length = 0;
    let lastBlock = null;
    const cache = new Map();
    const push = (ch, n, o) => {
      if (length === nodeOf.length) {
        const grow = (a) => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        nodeOf = grow(nodeOf);
        offsetOf = grow(offsetOf);
      }
      chars.push(ch);
      nodeOf[length] = n;
      offsetOf[length] = o;
      length += 1;
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = node.data;
      if (!data) continue;
      const n = nodes.length;
      nodes.push(node);
      const block = blockOf(node, rootNode, cache);
      if (block !== lastBlock && length > 0 && chars[length - 1] !== " ") push(" ", n, 0);
      lastBlock = block;
      for (let i = 0; i < data.length; i += 1) {
        const f = fold(data[i]);
        if (f === "") continue;
        if (f === " " && (length === 0 || chars[length - 1] === " ")) continue;
        push(f, n, i);
      }
    }
    return { text: chars.join(""), nodes, nodeOf, offsetOf, length };
  }

  /** A DOM Range over index characters [start, end). */
  function toRange(index, start, end) {
    const doc = index.nodes.length ? index.nodes[0].ownerDocument : document;
    const range = doc.createRange();
    const last = end - 1;
    range.setStart(index.nodes[index.nodeOf[start]], index.offsetOf[start]);
    range.setEnd(index.nodes[index.nodeOf[last]], index.offsetOf[last] + 1);
    return range;
  }

  function allOccurrences(haystack, needle, limit = 200) {
    const found = [];
    if (!needle) return found;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      found.push(at);
      if (found.length >= limit) break;
    }
    return found;
  }

  function commonSuffix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
    return n;
  }

  function commonPrefix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
    return n;
  }

  /** How well the text around [start, end) agrees with the selector's prefix and suffix. */
  function contextScore(text, start, end, prefix, suffix) {
    const before = text.slice(Math.max(0, start - CONTEXT - 2), start).trimEnd();
    const after = text.slice(end, end + CONTEXT + 2).trimStart();
    return commonSuffix(prefix, before) + commonPrefix(suffix, after);
  }

  function distanceToRegion(start, region) {
    if (!region) return 0;
    if (start < region.start) return region.start - start;
    if (start > region.end) return start - region.end;
    return 0;
  }

  /**
   * Pick one candidate: best context score, then nearest to the article's region, then fewest
   * errors. Returns null when the top two cannot be told apart.
   */
  function choose(candidates, text, prefix, suffix, region) {
    if (candidates.length === 0) return { pick: null, reason: "not_found" };
    if (candidates.length === 1) return { pick: candidates[0], reason: null };
    const scored = candidates.map((c) => ({
      ...c,
      context: contextScore(text, c.start, c.end, prefix, suffix),
      distance: distanceToRegion(c.start, region),
    }));
    scored.sort((a, b) => b.context - a.context || a.distance - b.distance || a.errors - b.errors);
    const [first, second] = scored;
    if (first.context === second.context && first.distance === second.distance && first.errors === second.errors) {
      return { pick: null, reason: "ambiguous" };
    }
    return { pick: first, reason: null };
  }

  // Semi-global edit distance: the best place in text[from, to) for the whole pattern, with its
  // start. Rolling rows; O(pattern length × window length).
  function bestApproximate(text, from, to, pattern, maxErrors) {
    const m = pattern.length;
    let prev = new Int32Array(m + 1);
    let cur = new Int32Array(m + 1);
    let prevStart = new Int32Array(m + 1);
    let curStart = new Int32Array(m + 1);
    for (let i = 0; i <= m; i += 1) prev[i] = i;
    prevStart.fill(from);
    let best = { errors: maxErrors + 1, start: -1, end: -1 };
    for (let j = from; j < to; j += 1) {
      cur[0] = 0;
      curStart[0] = j + 1;
      prevStart[0] = j;
      const tc = text.charCodeAt(j);
      for (let i = 1; i <= m; i += 1) {
        const sub = prev[i - 1] + (pattern.charCodeAt(i - 1) === tc ? 0 : 1);
        const del = prev[i] + 1; // text char skipped
        const ins = cur[i - 1] + 1; // pattern char missing
        let v = sub;
        let s = prevStart[i - 1];
        if (del < v) {
          v = del;
          s = prevStart[i];
        }
        if (ins < v) {
          v = ins;
          s = curStart[i - 1];
        }
        cur[i] = v;
        curStart[i] = s;
      }
      if (cur[m] < best.errors) best = { errors: cur[m], start: curStart[m], end: j + 1 };
      [prev, cur] = [cur, prev];
      [prevStart, curStart] = [curStart, prevStart];
    }
    return best.start >= 0 ? best : null;
  }

  function approximateCandidates(text, needle) {
    const m = needle.length;
    const maxErrors = Math.floor(m * MAX_ERROR_RATE);
    if (m < 16 || maxErrors < 1) return [];
    // Pigeonhole: with at most k errors, one of k + 1 pieces of the needle occurs unchanged.
    const pieces = Math.min(maxErrors + 1, Math.floor(m / 8));
    const size = Math.floor(m / pieces);
    const seeds = new Set();
    for (let p = 0; p < pieces; p += 1) {
      const piece = needle.slice(p * size, p * size + size);
      for (const at of allOccurrences(text, piece, 50)) seeds.add(Math.max(0, at - p * size));
    }
    const windows = [...seeds].sort((a, b) => a - b);
    const found = [];
    let lastEnd = -1;
    for (const seed of windows) {
      const from = Math.max(0, seed - maxErrors);
      const to = Math.min(text.length, seed + m + maxErrors);
      if (from < lastEnd - m / 2) continue; // the same place, seen from another piece
      const hit = bestApproximate(text, from, to, needle, maxErrors);
      if (hit && hit.errors <= maxErrors) {
        found.push({ start: hit.start, end: hit.end, errors: hit.errors, method: "approximate" });
        lastEnd = hit.end;
      }
    }
    return found;
  }

  /** Trim the match so it neither starts nor ends on a space. */
  function tidy(text, c) {
    let { start, end } = c;
    while (start < end && text[start] === " ") start += 1;
    while (end > start && text[end - 1] === " ") end -= 1;
    return { ...c, start, end };
  }

  /** Locate one TextQuoteSelector {exact, prefix, suffix} in the index. */
  function locate(index, selector, region = null, after = 0) {
    const exact = normalize(selector.exact);
    if (!exact) return { match: null, reason: "empty" };
    const prefix = normalize(selector.prefix || "");
    const suffix = normalize(selector.suffix || "").trimStart();
    const text = index.text;
    let candidates = allOccurrences(text, exact)
      .filter((at) => at >= after)
      .map((at) => ({ start: at, end: at + exact.length, errors: 0, method: "exact" }));
    if (candidates.length === 0) {
      candidates = approximateCandidates(text, exact)
        .filter((c) => c.start >= after)
        .map((c) => tidy(text, c));
    }
    const { pick, reason } = choose(candidates, text, prefix, suffix, region);
    if (!pick) return { match: null, reason };
    const method = pick.method === "exact" && candidates.length > 1 ? "context" : pick.method;
    return { match: { start: pick.start, end: pick.end, errors: pick.errors, method }, reason: null };
  }

  function selectorFor(articleText, start, end) {
    return {
      exact: articleText.slice(start, end),
      prefix: articleText.slice(Math.max(0, start - CONTEXT), start),
      suffix: articleText.slice(end, end + CONTEXT),
    };
  }

  /**
   * Where the article sits in the page: the extent of the body blocks' openings that occur once.
   * Used only to break ties between equally good matches.
   */
  function articleRegion(index, articleText, blocks) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const block of blocks || []) {
      if (block.kind === "title") continue;
      const opening = normalize(articleText.slice(block.start, Math.min(block.end, block.start + 60)));
      if (opening.length < 24) continue;
      const hits = allOccurrences(index.text, opening, 2);
      if (hits.length !== 1) continue;
      lo = Math.min(lo, hits[0]);
      hi = Math.max(hi, hits[0] + opening.length);
    }
    return lo <= hi ? { start: lo, end: hi } : null;
  }

  /**
   * Anchor every quote of an answer. Returns, in the quotes' order,
   * {quote, ranges: [Range], spans: [[start, end]], method, reason}; ranges is empty for an orphan.
   */
  function anchorQuotes(index, quotes, article = {}) {
    const articleText = typeof article.text === "string" ? article.text : "";
    const region = articleRegion(index, articleText, article.blocks);
    return (quotes || []).map((quote) => {
      const selector = quote.anchor && quote.anchor.exact ? quote.anchor : selectorFor(articleText, quote.start, quote.end);
      const whole = locate(index, selector, region);
      if (whole.match) {
        return {
          quote,
          spans: [[whole.match.start, whole.match.end]],
          ranges: [toRange(index, whole.match.start, whole.match.end)],
          method: whole.match.method,
          reason: null,
        };
      }
      const segments = Array.isArray(quote.segments) ? quote.segments : [];
      if (segments.length > 1 && articleText) {
        const spans = [];
        let after = 0;
        for (const segment of segments) {
          const part = locate(index, selectorFor(articleText, segment.start, segment.end), region, after);
          if (!part.match) break;
          spans.push([part.match.start, part.match.end]);
          after = part.match.end;
        }
        if (spans.length === segments.length) {
          return { quote, spans, ranges: spans.map(([s, e]) => toRange(index, s, e)), method: "segments", reason: null };
        }
      }
      return { quote, spans: [], ranges: [], method: null, reason: whole.reason };
    });
  }

  ns.anchoring = Object.freeze({
    CONTEXT,
    MAX_ERROR_RATE,
    normalize,
    buildIndex,
    toRange,
    locate,
    anchorQuotes,
    articleRegion,
  });
})(globalThis);
