/// The HTML glossary's script: reads the inline data (`#kouhao-data`), draws the overview and
/// the timelines as SVG, and renders entries in pages as the reader sorts, filters, searches
/// and scrolls.
///
/// Data members (short, as the page may hold thousands of entries): `periods`,
/// `periodDocuments`, `newSlogans`; `documents` as `[path, href|null]`; each entry `n` number,
/// `l` label, `k` kind, `o` mentions, `d` documents, `f`/`z` first/last dated use, `fp`/`lp`
/// first/last document, `v` variants `[text, count]`, `t` timeline `[period index, documents,
/// mentions]`, `x` example `[document, offset, sentence]`, `e` expansions `[items, documents,
/// direction, example]`, `w` documents without an expansion, `u` 1 when no list is the
/// consensus (every list only an alternative), `c`/`p` nested / nested in
/// (entry numbers), `ow` often with `[entry number, shared documents]`.
extension GlossaryHTML {
    static let script = #"""
    "use strict";
    (function () {
    if (performance.mark) performance.mark("kouhao-start");
    const D = JSON.parse(document.getElementById("kouhao-data").textContent);
    if (performance.mark) performance.mark("kouhao-parsed");
    const E = D.entries, P = D.periods, PD = D.periodDocuments, DOCS = D.documents;
    const byNumber = new Map(E.map(e => [e.n, e]));
    const KIND = {counted: "计数式", frame: "框架式", compact: "缩略式", digitCode: "数字代码", multiPart: "多段式"};
    const UNIT = D.period === "month" ? "月" : "年";
    const $ = id => document.getElementById(id);
    const q = $("q"), sortSel = $("sort"), kindSel = $("kind"), fromSel = $("from"), toSel = $("to"), minIn = $("min");
    const status = $("status"), list = $("list"), singlesBox = $("singles");
    const PAGE = 50;
    let collator = null;   // made when first needed: loading the collation costs ~0.1 s
    const fmt = new Intl.NumberFormat("zh-Hans");
    let view = [], singles = [], shown = 0, singlesShown = 0, singlesOpen = false;

    const esc = s => String(s).replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]);
    const pct = x => (x * 100).toFixed(x >= 0.1 || x === 0 ? 0 : 1) + "%";
    const marker = i => i < 20 ? String.fromCharCode(0x2460 + i) : "(" + (i + 1) + ")";

    // ---- controls ----
    for (const k of Object.keys(KIND)) {
      if (E.some(e => e.k === k)) kindSel.add(new Option(KIND[k], k));
    }
    P.forEach((p, i) => { fromSel.add(new Option(p, i)); toSel.add(new Option(p, i)); });
    if (P.length) toSel.value = P.length - 1; else { fromSel.parentNode.hidden = true; toSel.parentNode.hidden = true; }

    function haystack(e) {
      if (e._s === undefined) {
        const parts = [e.l, e.x[2]];
        for (const v of e.v) parts.push(v[0]);
        for (const x of e.e || []) { parts.push(...x[0]); if (x[3]) parts.push(x[3][2]); }
        e._s = parts.join("\n").toLowerCase();
      }
      return e._s;
    }

    function inRange(e, from, to) {
      let n = 0;
      for (const r of e.t) if (r[0] >= from && r[0] <= to) n += r[1];
      return n;
    }

    function compare(mode) {
      switch (mode) {
        case "documents": return (a, b) => b.d - a.d || b.o - a.o || a.n - b.n;
        case "first": return (a, b) => ((a.f || "~") < (b.f || "~") ? -1 : (a.f || "~") > (b.f || "~") ? 1 : 0) || a.fp - b.fp || a.n - b.n;
        case "last": return (a, b) => ((b.z || "") < (a.z || "") ? -1 : (b.z || "") > (a.z || "") ? 1 : 0) || b.lp - a.lp || a.n - b.n;
        case "label":
          collator = collator || new Intl.Collator("zh-Hans-u-co-pinyin");
          return (a, b) => collator.compare(a.l, b.l) || a.n - b.n;
        default: return (a, b) => a.n - b.n;
      }
    }

    function passes(e, t) {
      if (t.kind && e.k !== t.kind) return false;
      if (t.ranged) { if (inRange(e, t.from, t.to) < Math.max(1, t.min)) return false; }
      else if (e.d < t.min) return false;
      return !t.q || haystack(e).includes(t.q);
    }

    function terms() {
      const from = +fromSel.value || 0, to = P.length ? +toSel.value : 0;
      return {q: q.value.trim().toLowerCase(), kind: kindSel.value, min: Math.max(1, +minIn.value || 1),
              from: Math.min(from, to), to: Math.max(from, to), ranged: P.length > 0 && (Math.min(from, to) > 0 || Math.max(from, to) < P.length - 1)};
    }

    function apply() {
      const t = terms();
      const all = E.filter(e => passes(e, t)).sort(compare(sortSel.value));
      view = all.filter(e => e.d > 1); singles = all.filter(e => e.d === 1);
      shown = 0; singlesShown = 0;
      list.innerHTML = "";
      more();
      drawSingles();
      report();
    }

    function report() {
      const name = sortSel.options[sortSel.selectedIndex].text;
      let s = "显示 " + fmt.format(shown) + " / " + fmt.format(view.length) + " 条（按" + name + "）";
      if (singles.length) s += " · 另有 " + fmt.format(singles.length) + " 条仅见于 1 篇文档" + (singlesOpen ? "（已展开）" : "（已折叠）");
      status.textContent = s;
    }

    function more() {
      const end = Math.min(view.length, shown + PAGE);
      const old = list.querySelector(".more"); if (old) old.remove();
      list.insertAdjacentHTML("beforeend", view.slice(shown, end).map(entry).join(""));
      shown = end;
      if (!view.length) list.insertAdjacentHTML("beforeend", "<p class=\"note\">没有符合条件的口号" + (singles.length ? "（仅见于 1 篇文档的见下）" : "") + "。</p>");
      if (shown < view.length) addMore(list, "再显示 " + Math.min(PAGE, view.length - shown) + " 条（还有 " + fmt.format(view.length - shown) + " 条）", more);
      report();
    }

    function drawSingles() {
      singlesBox.innerHTML = "";
      if (!singles.length) return;
      singlesBox.insertAdjacentHTML("beforeend", "<h2>仅见于 1 篇文档的口号：" + fmt.format(singles.length) + " 条</h2>");
      const b = document.createElement("button");
      b.type = "button"; b.id = "toggle-singles"; b.setAttribute("aria-expanded", singlesOpen);
      b.textContent = singlesOpen ? "折叠" : "展开这 " + fmt.format(singles.length) + " 条";
      b.addEventListener("click", () => { singlesOpen = !singlesOpen; drawSingles(); report(); });
      singlesBox.appendChild(b);
      const box = document.createElement("div"); box.id = "singles-list"; singlesBox.appendChild(box);
      singlesShown = 0;
      if (singlesOpen) moreSingles();
    }

    function moreSingles() {
      const box = $("singles-list");
      const old = box.querySelector(".more"); if (old) old.remove();
      const end = Math.min(singles.length, singlesShown + PAGE);
      box.insertAdjacentHTML("beforeend", singles.slice(singlesShown, end).map(entry).join(""));
      singlesShown = end;
      if (singlesShown < singles.length) addMore(box, "再显示 " + Math.min(PAGE, singles.length - singlesShown) + " 条（还有 " + fmt.format(singles.length - singlesShown) + " 条）", moreSingles);
    }

    const observer = "IntersectionObserver" in window ? new IntersectionObserver(entries => {
      for (const x of entries) if (x.isIntersecting) { observer.unobserve(x.target); x.target.click(); }
    }, {rootMargin: "400px"}) : null;

    function addMore(box, text, action) {
      const b = document.createElement("button");
      b.type = "button"; b.className = "more"; b.textContent = text;
      b.addEventListener("click", action);
      box.appendChild(b);
      if (observer) observer.observe(b);
    }

    // ---- entries ----
    function source(c, withOffset) {
      const d = DOCS[c[0]];
      const where = esc(d[0]) + (withOffset ? " · 第 " + fmt.format(c[1] + 1) + " 字" : "");
      if (!d[1]) return "<span class=\"src\">" + where + "</span>";
      let href = d[1];
      const t = withOffset ? (c[2] || "").split("\n")[0].trim().slice(0, 16) : "";
      if (t) href += "#:~:text=" + encodeURIComponent(t).replace(/-/g, "%2D");
      return "<a class=\"src\" href=\"" + esc(href) + "\">" + where + "</a>";
    }

    const quote = c => "<blockquote>" + esc(c[2]) + "<cite>" + source(c, true) + "</cite></blockquote>";
    const link = (n, extra) => { const e = byNumber.get(n); return e ? "<a href=\"#s" + n + "\">" + esc(e.l) + "</a>" + (extra || "") : ""; };

    function entry(e) {
      const h = [];
      h.push("<article id=\"s" + e.n + "\" tabindex=\"-1\" data-number=\"" + e.n + "\" data-kind=\"" + e.k + "\" data-documents=\"" + e.d + "\">");
      h.push("<h2><a class=\"n\" href=\"#s" + e.n + "\">" + e.n + ".</a> <span class=\"label\">" + esc(e.l) + "</span> <span class=\"kind\">" + (KIND[e.k] || e.k) + "</span></h2>");
      let meta = "提及 " + fmt.format(e.o) + " 次，见于 " + fmt.format(e.d) + " 篇文档";
      if (e.f) meta += " · " + (e.f === e.z ? "使用日期 " + e.f : "首次使用 " + e.f + " · 最近使用 " + e.z);
      h.push("<p class=\"meta\">" + meta + "</p>");
      if (e.t.length) h.push(timeline(e));
      h.push("<p class=\"docs\">" + (e.fp === e.lp ? "见于 " + source([e.fp], false) : "首见 " + source([e.fp], false) + "，末见 " + source([e.lp], false)) + "</p>");
      h.push("<p>写法：" + e.v.map(v => esc(v[0]) + " ×" + v[1]).join("、") + "</p>");
      if (e.e) {
        // No consensus: the lists are shown as what documents stated, not as the meaning.
        h.push((e.u ? "<p>含义未定：以下列举彼此不一或与提法不合。</p>" : "<p>含义" + (e.e.length > 1 ? "（" + e.e.length + " 种）" : "") + "：</p>") + "<ol class=\"expansions\">");
        // A lexicon's list (x[3] null) says where it comes from instead of citing a document.
        const item = x => "<li><span class=\"items\">" + x[0].map((it, i) => marker(i) + " " + esc(it)).join(" ") + "</span> <span class=\"docs\">（" +
          (x[3] ? x[1] + " 篇文档列出）</span>" + quote(x[3]) : "本语料未列出，据口号词表）</span>") + "</li>";
        h.push(e.e.slice(0, 3).map(item).join("") + "</ol>");
        // More than three lists: the rest behind a disclosure, numbered on.
        if (e.e.length > 3) h.push("<details><summary>其余 " + (e.e.length - 3) + " 种含义</summary><ol class=\"expansions\" start=\"4\">" + e.e.slice(3).map(item).join("") + "</ol></details>");
        if (e.w > 0 && e.w < e.d && !e.u) h.push("<p class=\"note\">另有 " + e.w + " 篇文档提到它而未列出条目，上列含义供参考。</p>");
      } else {
        h.push("<p>含义：未见列出</p>" + quote(e.x));
      }
      if (e.c) h.push("<p>包含：" + e.c.map(n => link(n)).join("、") + "</p>");
      if (e.p) h.push("<p>见于：" + e.p.map(n => link(n)).join("、") + " 的条目</p>");
      if (e.ow) h.push("<p>常与同现：" + e.ow.map(o => link(o[0], "（" + o[1] + " 篇）")).join("、") + "</p>");
      h.push("</article>");
      return h.join("");
    }

    // ---- charts ----
    function chartWidth() { return Math.max(260, Math.min(640, list.clientWidth || 640)); }

    // Period labels along the x axis, at least 36 px apart: every period by year; by month,
    // each year where it starts (a partial first year only when it does not crowd the next).
    function ticksX(bw) {
      const minGap = 36;
      let starts;
      if (D.period === "month") {
        starts = [];
        P.forEach((p, i) => {
          const y = p.slice(0, 4);
          if (!starts.length || starts[starts.length - 1][1] !== y) starts.push([i, y, i > 0 || p.length === 4 || p.endsWith("-01")]);
        });
        if (starts.length > 1 && !starts[0][2] && (starts[1][0] - starts[0][0]) * bw < minGap) starts.shift();
      } else {
        starts = P.map((p, i) => [i, p]);
      }
      const out = [];
      let last = -1e9;
      for (const [i, t] of starts) {
        if (i * bw - last < minGap) continue;
        out.push([i, t]);
        last = i * bw;
      }
      return out;
    }

    // values: one number per period; label(v): axis text; tip(i): tooltip text; cls: bar class.
    function chart(values, label, tip, cls, aria, height, width, caption) {
      const W = width || chartWidth(), H = height || 92, L = 46, R = 8, T = caption ? 20 : 8, B = 20, n = P.length;
      const bw = (W - L - R) / Math.max(1, n), top = Math.max(...values, 0);
      const y = v => T + (H - T - B) * (1 - (top ? v / top : 0));
      const s = ["<svg class=\"chart\" role=\"img\" aria-label=\"" + esc(aria) + "\" width=\"" + W + "\" height=\"" + H + "\" viewBox=\"0 0 " + W + " " + H + "\">"];
      for (let i = 0; i < n; i++) {
        const x = L + i * bw, w = Math.max(1, bw - (bw > 4 ? 1 : 0));
        if (!PD[i]) s.push("<rect class=\"gap\" x=\"" + x.toFixed(1) + "\" y=\"" + T + "\" width=\"" + w.toFixed(1) + "\" height=\"" + (H - T - B) + "\"><title>" + esc(P[i] + "：没有文档") + "</title></rect>");
        else if (values[i] > 0) s.push("<rect class=\"bar " + cls + "\" x=\"" + x.toFixed(1) + "\" y=\"" + y(values[i]).toFixed(1) + "\" width=\"" + w.toFixed(1) + "\" height=\"" + (H - B - y(values[i])).toFixed(1) + "\"><title>" + esc(tip(i)) + "</title></rect>");
      }
      s.push("<line class=\"axis\" x1=\"" + L + "\" y1=\"" + (H - B) + "\" x2=\"" + (W - R) + "\" y2=\"" + (H - B) + "\"/>");
      s.push("<line class=\"axis\" x1=\"" + L + "\" y1=\"" + T + "\" x2=\"" + L + "\" y2=\"" + (H - B) + "\"/>");
      s.push("<text x=\"" + (L - 4) + "\" y=\"" + (T + 9) + "\" text-anchor=\"end\">" + esc(label(top)) + "</text>");
      s.push("<text x=\"" + (L - 4) + "\" y=\"" + (H - B) + "\" text-anchor=\"end\">0</text>");
      if (caption) s.push("<text x=\"" + (W - R) + "\" y=\"11\" text-anchor=\"end\" class=\"cap\">" + esc(caption) + "</text>");
      const centred = D.period === "year" && bw >= 30;
      for (const [i, t] of ticksX(bw)) {
        s.push("<text class=\"tick\" x=\"" + (L + i * bw + (centred ? bw / 2 : 0)).toFixed(1) + "\" y=\"" + (H - 5) + "\"" + (centred ? " text-anchor=\"middle\"" : "") + ">" + esc(t) + "</text>");
      }
      s.push("</svg>");
      return s.join("");
    }

    function timeline(e) {
      const docs = new Array(P.length).fill(0), ment = new Array(P.length).fill(0);
      for (const r of e.t) { docs[r[0]] = r[1]; ment[r[0]] = r[2]; }
      const share = docs.map((d, i) => PD[i] ? d / PD[i] : 0);
      const peak = share.indexOf(Math.max(...share));
      return chart(share, pct, i => P[i] + "：" + docs[i] + " / " + PD[i] + " 篇文档（" + pct(share[i]) + "），提及 " + ment[i] + " 次", "",
        e.l + "：各" + UNIT + "提及它的文档所占比例，最高 " + P[peak] + " " + pct(share[peak]), 104, 0, "提及它的文档占该" + UNIT + "文档的比例");
    }

    function overview() {
      const box = $("overview");
      if (!P.length) { box.innerHTML = "<p>没有带日期的文档，不画时间线（日期取自文件名、日期命名的文件夹、开头几行或 --date-pattern）。</p>"; return; }
      const total = PD.reduce((a, b) => a + b, 0), fresh = D.newSlogans.reduce((a, b) => a + b, 0);
      box.innerHTML = "<div id=\"ov-docs\"><h2>每" + UNIT + "文档数</h2></div><div id=\"ov-new\"><h2>每" + UNIT + "新出现的口号</h2></div>";
      const a = $("ov-docs"), b = $("ov-new");
      a.insertAdjacentHTML("beforeend", chart(PD, v => fmt.format(v), i => P[i] + "：" + PD[i] + " 篇文档", "", "每" + UNIT + "文档数，共 " + total + " 篇", 120, a.clientWidth) +
        "<p>有日期的文档 " + fmt.format(total) + " 篇 / 共 " + fmt.format(D.documentCount) + " 篇，" + P[0] + " 至 " + P[P.length - 1] + "</p>");
      b.insertAdjacentHTML("beforeend", chart(D.newSlogans, v => fmt.format(v), i => P[i] + "：" + D.newSlogans[i] + " 条口号首次出现", "new", "每" + UNIT + "首次出现的口号数，共 " + fresh + " 条", 120, b.clientWidth) +
        "<p>按首次使用的" + UNIT + "份计（未注日期的文档不计）；悬停条形可见数值</p>");
    }

    // ---- navigation ----
    function reveal(n) {
      const e = byNumber.get(n);
      if (!e) return;
      if (!passes(e, terms())) { reset(false); }
      let el = $("s" + n);
      if (!el) {
        if (e.d === 1) {
          if (!singlesOpen) { singlesOpen = true; drawSingles(); }
          const i = singles.indexOf(e);
          while (singlesShown <= i) moreSingles();
        } else {
          const i = view.indexOf(e);
          while (shown <= i) more();
        }
        report();
        el = $("s" + n);
      }
      if (el) { el.scrollIntoView(); el.focus({preventScroll: true}); }
    }

    function reset(rerender) {
      q.value = ""; kindSel.value = ""; minIn.value = 1; sortSel.value = "mentions";
      if (P.length) { fromSel.value = 0; toSel.value = P.length - 1; }
      apply();
    }

    function fromHash() { const m = /^#s(\d+)$/.exec(location.hash); if (m) reveal(+m[1]); }

    let timer = 0;
    q.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(apply, 120); });
    q.addEventListener("keydown", ev => { if (ev.key === "Escape") { q.value = ""; apply(); } });
    for (const el of [sortSel, kindSel, fromSel, toSel, minIn]) el.addEventListener("change", apply);
    minIn.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(apply, 200); });
    $("reset").addEventListener("click", () => reset(true));
    addEventListener("hashchange", fromHash);
    addEventListener("keydown", ev => {
      if (ev.key === "/" && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)) { ev.preventDefault(); q.focus(); }
    });
    function headHeight() {
      const h = document.querySelector("header");
      document.documentElement.style.setProperty("--head", getComputedStyle(h).position === "sticky" ? h.offsetHeight + "px" : "0px");
    }
    let width = chartWidth();
    addEventListener("resize", () => {
      headHeight();
      clearTimeout(timer);
      timer = setTimeout(() => { if (chartWidth() !== width) { width = chartWidth(); overview(); const s = shown, t = singlesShown; apply(); while (shown < s) more(); if (singlesOpen) while (singlesShown < t) moreSingles(); } }, 200);
    });

    overview();
    apply();
    headHeight();
    fromHash();
    document.body.dataset.ready = "1";
    if (performance.mark) performance.mark("kouhao-rendered");
    })();
    """#
}
