// The overlay's look: one stylesheet for the shadow root, one tiny one for the page that only
// names Sourcelight's own highlights. Colours follow prefers-color-scheme and keep a contrast of
// at least 4.5:1 for text. Classic script, see browser-api.js.
(function (root) {
  "use strict";
  const ns = (root.Sourcelight = root.Sourcelight || {});
  if (ns.style) return;

  // One colour per source: [light background, light underline, dark background, dark underline].
  const PALETTE = [
    ["rgba(255, 196, 0, 0.38)", "#b07d00", "rgba(255, 196, 0, 0.32)", "#ffcf40"],
    ["rgba(64, 156, 255, 0.30)", "#1f6fd1", "rgba(86, 170, 255, 0.34)", "#7bbcff"],
    ["rgba(236, 92, 150, 0.28)", "#c2185b", "rgba(244, 122, 170, 0.34)", "#f48fb8"],
    ["rgba(56, 190, 120, 0.30)", "#1d8a52", "rgba(72, 206, 138, 0.32)", "#6fe0a5"],
    ["rgba(160, 110, 255, 0.28)", "#6d3fd6", "rgba(176, 138, 255, 0.34)", "#c2a6ff"],
    ["rgba(255, 128, 56, 0.30)", "#c2561a", "rgba(255, 150, 90, 0.32)", "#ffab7a"],
    ["rgba(0, 190, 200, 0.28)", "#00838f", "rgba(40, 210, 220, 0.30)", "#66e3ea"],
    ["rgba(150, 150, 150, 0.30)", "#5f6b76", "rgba(170, 170, 170, 0.30)", "#b8c2cc"],
  ];
  const UNATTRIBUTED = ["rgba(120, 130, 140, 0.24)", "#5f6b76", "rgba(160, 170, 180, 0.26)", "#aab4be"];
  const PREFIX = "sourcelight";
  // Reported speech: [light underline, dark underline].
  const REPORTED = ["#5a4fcf", "#b3acff"];
  const REPORTED_HIGHLIGHT = `${PREFIX}-reported`;

  function colourOf(slot) {
    return slot < 0 ? UNATTRIBUTED : PALETTE[slot % PALETTE.length];
  }

  /** Highlight names: `sourcelight-c<slot>`, `sourcelight-none`, `sourcelight-active`, and
   * `sourcelight-reported` for reported speech. */
  function highlightName(slot) {
    return slot < 0 ? `${PREFIX}-none` : `${PREFIX}-c${slot % PALETTE.length}`;
  }

  function pageCss() {
    const rules = [];
    const dark = [];
    const entry = (name, c) => {
      rules.push(`::highlight(${name}){background-color:${c[0]};text-decoration:underline 2px ${c[1]};text-underline-offset:3px;}`);
      dark.push(`::highlight(${name}){background-color:${c[2]};text-decoration:underline 2px ${c[3]};text-underline-offset:3px;}`);
    };
    PALETTE.forEach((c, i) => entry(`${PREFIX}-c${i}`, c));
    entry(`${PREFIX}-none`, UNATTRIBUTED);
    // Reported speech ("according to …", "X said that …"): a dotted underline, no fill, so it
    // reads as a claim someone made rather than their own words.
    rules.push(`::highlight(${PREFIX}-reported){text-decoration:underline dotted 2px ${REPORTED[0]};text-underline-offset:3px;}`);
    dark.push(`::highlight(${PREFIX}-reported){text-decoration:underline dotted 2px ${REPORTED[1]};text-underline-offset:3px;}`);
    rules.push(`::highlight(${PREFIX}-active){background-color:rgba(255,235,59,0.85);color:#111;text-decoration:underline 3px #111;}`);
    dark.push(`::highlight(${PREFIX}-active){background-color:rgba(255,235,59,0.9);color:#111;text-decoration:underline 3px #111;}`);
    return `${rules.join("\n")}\n@media (prefers-color-scheme: dark){${dark.join("\n")}}`;
  }

  function swatchCss() {
    const light = [];
    const dark = [];
    const entry = (cls, c) => {
      light.push(`.${cls}{--sl-mark:${c[0]};--sl-line:${c[1]};}`);
      dark.push(`.${cls}{--sl-mark:${c[2]};--sl-line:${c[3]};}`);
    };
    PALETTE.forEach((c, i) => entry(`c${i}`, c));
    entry("cnone", UNATTRIBUTED);
    // Reported claims: no fill, the dotted line of the page's underline.
    entry("reported", ["transparent", REPORTED[0], "transparent", REPORTED[1]]);
    return `${light.join("\n")}\n@media (prefers-color-scheme: dark){${dark.join("\n")}}`;
  }

  const SHADOW_CSS = `
:host{all:initial;position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647;}
*{box-sizing:border-box;}
.root{
  --bg:#ffffff;--bg-soft:#f5f6f8;--fg:#1b1f24;--muted:#545d68;--line:#d7dce2;--accent:#0b57d0;
  --accent-fg:#ffffff;--caution-bg:#fff4e0;--caution-fg:#7a4100;--info-bg:#eaf2ff;--info-fg:#123d7a;
  --error-bg:#fdecea;--error-fg:#8a1c12;--shadow:0 8px 28px rgba(15,23,42,.18),0 1px 3px rgba(15,23,42,.12);
  font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;
  color:var(--fg);
}
@media (prefers-color-scheme: dark){
  .root{--bg:#1b1e23;--bg-soft:#242830;--fg:#e7e9ec;--muted:#a9b1bb;--line:#3a404a;--accent:#8ab4f8;
  --accent-fg:#0c1a33;--caution-bg:#3a2a10;--caution-fg:#ffd08a;--info-bg:#14263f;--info-fg:#b9d3ff;
  --error-bg:#3b1714;--error-fg:#ffb4ab;--shadow:0 8px 28px rgba(0,0,0,.55),0 1px 3px rgba(0,0,0,.4);}
}
${swatchCss()}
button{font:inherit;color:inherit;}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px;}
.panel{position:fixed;top:12px;right:12px;bottom:12px;width:min(360px,calc(100vw - 24px));display:flex;
  flex-direction:column;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:14px;
  box-shadow:var(--shadow);overflow:hidden;}
/* The panel takes focus when it opens, as a container (tabindex -1): its controls show the ring. */
.panel:focus{outline:none;}
.head{display:flex;align-items:center;gap:8px;padding:12px 12px 10px 16px;border-bottom:1px solid var(--line);}
.brand{display:flex;align-items:center;gap:8px;margin:0;font-size:15px;font-weight:650;letter-spacing:.01em;flex:1;}
.logo{width:18px;height:18px;border-radius:5px;background:linear-gradient(135deg,#ffc400,#ff8a3d);
  display:inline-flex;align-items:center;justify-content:center;color:#1b1f24;font:700 15px/1 Georgia,serif;}
.tool{border:1px solid var(--line);background:var(--bg-soft);border-radius:8px;padding:4px 10px;cursor:pointer;font-size:13px;}
.tool[aria-pressed="true"]{background:var(--accent);color:var(--accent-fg);border-color:var(--accent);}
.tool:disabled{opacity:.5;cursor:default;}
.close{border:0;background:transparent;border-radius:8px;width:30px;height:30px;cursor:pointer;font-size:20px;line-height:1;color:var(--muted);}
.close:hover{background:var(--bg-soft);color:var(--fg);}
.status{margin:0;padding:10px 16px;color:var(--muted);font-size:13px;border-bottom:1px solid var(--line);}
.body{overflow:auto;padding:4px 0 16px;flex:1;}
section{padding:8px 16px 4px;}
h3{margin:10px 0 8px;font-size:12px;font-weight:650;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);}
ul{list-style:none;margin:0;padding:0;}
.note{display:flex;gap:10px;padding:9px 11px;border-radius:10px;margin:0 0 8px;font-size:13.5px;}
.note.caution{background:var(--caution-bg);color:var(--caution-fg);}
.note.info{background:var(--info-bg);color:var(--info-fg);}
.note .icon{font-weight:700;flex:none;}
.source{width:100%;display:flex;gap:10px;align-items:flex-start;text-align:left;border:1px solid var(--line);
  background:var(--bg);border-radius:10px;padding:9px 11px;margin:0 0 8px;cursor:pointer;}
.source:hover{background:var(--bg-soft);}
.swatch{flex:none;width:12px;height:12px;margin-top:4px;border-radius:4px;background:var(--sl-mark);box-shadow:inset 0 -2px 0 var(--sl-line);}
.reported .swatch{border-radius:0;box-shadow:none;border-bottom:2px dotted var(--sl-line);}
.name{font-weight:600;display:block;}
.meta{display:block;color:var(--muted);font-size:12.5px;}
.orphan{padding:8px 11px;border:1px dashed var(--line);border-radius:10px;margin:0 0 8px;font-size:13px;}
.orphan q{font-style:italic;}
.empty{color:var(--muted);font-size:13px;margin:0 0 8px;}
.spinner{width:26px;height:26px;border-radius:50%;border:3px solid var(--line);border-top-color:var(--accent);
  animation:spin .9s linear infinite;margin:24px auto 10px;}
@keyframes spin{to{transform:rotate(360deg);}}
@media (prefers-reduced-motion: reduce){.spinner{animation:none;}}
.loading{text-align:center;color:var(--muted);padding:0 16px 24px;}
.error{margin:14px 16px;padding:12px 14px;border-radius:10px;background:var(--error-bg);color:var(--error-fg);}
.error h3{color:inherit;text-transform:none;letter-spacing:0;font-size:14.5px;margin:0 0 6px;}
.error p{margin:0 0 6px;}
.error code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all;}
.link{border:0;background:none;padding:0;color:inherit;text-decoration:underline;cursor:pointer;font-weight:600;}
.card{position:fixed;max-width:320px;min-width:220px;background:var(--bg);color:var(--fg);border:1px solid var(--line);
  border-radius:12px;box-shadow:var(--shadow);padding:11px 13px;font-size:13.5px;pointer-events:none;}
.card[hidden],.reader[hidden],.panel[hidden]{display:none;}
/* small caps, not uppercase: Chromium passes text-transform on to screen readers */
.card .kicker{margin:0 0 4px;font-size:13px;font-weight:650;font-variant-caps:all-small-caps;letter-spacing:.06em;color:var(--muted);}
.card .who{display:flex;gap:8px;align-items:flex-start;font-weight:650;font-size:14.5px;}
.card dl{display:grid;grid-template-columns:auto 1fr;gap:3px 10px;margin:8px 0 0;}
.card dt{color:var(--muted);}
.card dd{margin:0;}
.chip{display:inline-block;border-radius:999px;padding:0 8px;font-size:12px;background:var(--bg-soft);border:1px solid var(--line);}
.reader{position:fixed;top:12px;left:12px;bottom:12px;right:calc(min(360px,calc(100vw - 24px)) + 24px);
  background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:14px;box-shadow:var(--shadow);overflow:auto;}
.reader article{max-width:680px;margin:0 auto;padding:40px 28px 80px;font:18px/1.65 Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif;}
.reader h1{font-size:30px;line-height:1.2;margin:0 0 10px;}
.reader h2{font-size:22px;margin:28px 0 8px;}
.reader .byline{font:13.5px/1.4 system-ui,sans-serif;color:var(--muted);margin:0 0 28px;}
.reader p,.reader li{margin:0 0 18px;}
.reader blockquote{margin:0 0 18px;padding-left:16px;border-left:3px solid var(--line);}
.reader mark{background:var(--sl-mark);color:inherit;text-decoration:underline 2px var(--sl-line);text-underline-offset:3px;border-radius:2px;cursor:help;}
.reader mark.reported{text-decoration-style:dotted;}
.reader mark.reported mark.reported{text-underline-offset:7px;}
.reader mark:focus-visible{outline:3px solid var(--accent);}
.paint{position:absolute;top:0;left:0;pointer-events:none;}
.paint div{position:absolute;background:var(--sl-mark);border-bottom:2px solid var(--sl-line);mix-blend-mode:multiply;}
.paint div.reported{background:none;border-bottom:2px dotted ${REPORTED[0]};}
@media (prefers-color-scheme: dark){.paint div.reported{border-bottom-color:${REPORTED[1]};}}
@media (prefers-color-scheme: dark){.paint div{mix-blend-mode:screen;}}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;}
`;

  ns.style = Object.freeze({ PREFIX, PALETTE, REPORTED_HIGHLIGHT, colourOf, highlightName, pageCss, SHADOW_CSS });
})(globalThis);
