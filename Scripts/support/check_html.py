#!/usr/bin/env python3
"""Checks one HTML glossary in headless Chromium through the DevTools protocol.

usage: check_html.py PAGE NAME OUTDIR --links relative|text [--max-ms N]

Loads PAGE, fails on any console error or uncaught exception, measures the time until the
page has rendered, checks the overview and timelines, every sort order (against orders
computed here from the page's data), the filters (kind, period range, minimum documents),
search, the collapsed one-off entries, keyboard focus, links (relative links resolve to
existing files; otherwise path and offset as text) and anchors, and saves screenshots
(top of the page, one entry with its timeline, a filtered view, a narrow window, print).
Prints one line per check and ends with 'N passed, N failed'.
"""
import json, os, re, sys, time, urllib.parse
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser

args = sys.argv[1:]
page, name, outdir = os.path.abspath(args[0]), args[1], args[2]
links_mode = args[args.index("--links") + 1]
max_ms = float(args[args.index("--max-ms") + 1]) if "--max-ms" in args else 2000.0
os.makedirs(outdir, exist_ok=True)

passed = failed = 0
def check(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"  ok    {what}" + (f" ({detail})" if detail else ""))
    else:
        failed += 1
        print(f"  FAIL  {what}" + (f": {detail}" if detail else ""))

# The page's data, read from the file itself: the expectations below are computed from it
# here, independently of the page's script.
html = open(page, encoding="utf-8").read()
m = re.search(r'<script type="application/json" id="kouhao-data">(.*?)</script>', html, re.S)
data = json.loads(m.group(1))
E, P, PD = data["entries"], data["periods"], data["periodDocuments"]
print(f"{name}: {os.path.relpath(page)} ({len(html.encode()) / 1e6:.1f} MB, {len(E)} entries, {len(P)} periods)")
multi = [e for e in E if e["d"] > 1]
singles = [e for e in E if e["d"] == 1]

b = Browser()
problems = []
def drain():
    for e in b.events:
        m = e["method"]
        if m == "Runtime.exceptionThrown":
            problems.append("exception: " + json.dumps(e["params"]["exceptionDetails"])[:400])
        elif m == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "assert"):
            problems.append("console.error: " + json.dumps(e["params"]["args"])[:400])
        elif m == "Log.entryAdded" and e["params"]["entry"]["level"] == "error":
            problems.append("log: " + e["params"]["entry"].get("text", "")[:400])
    b.events.clear()

def settle():
    b.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))", await_promise=True)

def shown_numbers(box="#list"):
    return b.evaluate(f"[...document.querySelectorAll('{box} article')].map(a => +a.dataset.number)")

def set_control(id, value):
    b.evaluate(f"(() => {{ const el = document.getElementById({json.dumps(id)}); el.value = {json.dumps(str(value))}; el.dispatchEvent(new Event('change')); }})()")
    settle()

try:
    b.send("Page.enable"); b.send("Runtime.enable"); b.send("Log.enable")
    b.send("Emulation.setDeviceMetricsOverride", width=1280, height=900, deviceScaleFactor=1, mobile=False)
    url = "file://" + urllib.parse.quote(page)
    start = time.time()
    b.send("Page.navigate", url=url)
    b.wait_event("Page.loadEventFired", timeout=120)
    while not b.evaluate("document.body && document.body.dataset.ready === '1'"):
        if time.time() - start > 60:
            break
        time.sleep(0.02)
    wall = (time.time() - start) * 1000
    marks = b.evaluate("Object.fromEntries(['kouhao-start', 'kouhao-parsed', 'kouhao-rendered'].map(n => [n, (performance.getEntriesByName(n)[0] || {}).startTime || -1]))")
    mark = marks["kouhao-rendered"]
    check(0 <= mark < max_ms, f"rendered {mark:.0f} ms after navigation start (wall {wall:.0f} ms, limit {max_ms:.0f} ms)",
          f"page parsed until the script {marks['kouhao-start']:.0f} ms, data read {marks['kouhao-parsed'] - marks['kouhao-start']:.0f} ms, drawn {mark - marks['kouhao-parsed']:.0f} ms")
    settle()
    b.screenshot(os.path.join(outdir, f"{name}-top.png"))

    # Overview and timelines.
    ov = b.evaluate("[...document.querySelectorAll('#overview svg.chart')].map(s => ({bars: s.querySelectorAll('rect.bar').length, ticks: [...s.querySelectorAll('text')].map(t => t.textContent)}))")
    if P:
        check(len(ov) == 2 and all(o["bars"] > 0 for o in ov), "overview: documents and new slogans per period", f"{[o['bars'] for o in ov]} bars")
        check(all(len(o["ticks"]) >= 3 for o in ov), "overview axes have labels", str(ov[0]["ticks"][:6]) if ov else "")
        first = next((e for e in multi if e["t"]), None)
        if first:
            info = b.evaluate(f"(() => {{ const s = document.querySelector('#s{first['n']} svg.chart'); if (!s) return null; return {{bars: s.querySelectorAll('rect.bar').length, texts: [...s.querySelectorAll('text')].map(t => t.textContent), label: s.getAttribute('aria-label'), width: s.getBoundingClientRect().width}}; }})()")
            check(info is not None and info["bars"] == len(first["t"]), f"timeline of #{first['n']} {first['l']}: one bar per period with use", f"{info and info['bars']} bars, {len(first['t'])} periods")
            check(info is not None and info["texts"][1] == "0" and info["texts"][0].endswith("%") and len(info["texts"]) >= 3, "timeline axes: 0, the peak share, period labels", info and " ".join(info["texts"][:8]))
        # One entry with several periods, as a picture.
        rich = max(multi[:60], key=lambda e: len(e["t"]), default=None)
        if rich:
            rect = b.evaluate(f"(() => {{ const a = document.getElementById('s{rich['n']}'); a.scrollIntoView(); const r = a.getBoundingClientRect(); return {{x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: Math.min(r.height, 700)}}; }})()")
            settle()
            b.screenshot(os.path.join(outdir, f"{name}-entry.png"), clip={"x": max(0, rect["x"] - 10), "y": max(0, rect["y"] - 10), "width": rect["width"] + 20, "height": rect["height"] + 20})
            b.evaluate("scrollTo(0, 0)")
    else:
        check("没有带日期的文档" in b.evaluate("document.getElementById('overview').textContent"), "overview says there are no dated documents")

    # One-off entries are collapsed, with their count.
    listed = shown_numbers()
    check(all(E[n - 1]["d"] > 1 for n in listed), "no one-off entry in the main list", f"{len(listed)} shown")
    if singles:
        head = b.evaluate("(document.querySelector('#singles h2') || {}).textContent || ''")
        check(f"{len(singles):,}" in head or str(len(singles)) in head, "one-off entries collapsed with their count", head)
        check(shown_numbers("#singles") == [], "one-off entries hidden until expanded")
        b.evaluate("document.getElementById('toggle-singles').click()"); settle()
        opened = shown_numbers("#singles")
        check(len(opened) == min(50, len(singles)) and all(E[n - 1]["d"] == 1 for n in opened), "expanding shows them", f"{len(opened)}")
        b.evaluate("document.getElementById('toggle-singles').click()"); settle()

    # Sorting, against orders computed here.
    def expect(mode):
        if mode == "documents":
            key = lambda e: (-e["d"], -e["o"], e["n"])
        elif mode == "first":
            key = lambda e: (e["f"] or "~", e["fp"], e["n"])
        elif mode == "last":
            key = lambda e: (tuple(-ord(c) for c in (e["z"] or "")) + (1,), -e["lp"], e["n"])
        else:
            key = lambda e: e["n"]
        return [e["n"] for e in sorted(multi, key=key)][:50]
    for mode in ("documents", "first", "last", "mentions"):
        set_control("sort", mode)
        got = shown_numbers()[:50]
        check(got == expect(mode), f"sort by {mode}", f"first {got[:5]}" if got == expect(mode) else f"got {got[:8]}, expected {expect(mode)[:8]}")
    set_control("sort", "label")
    ordered = b.evaluate("(() => { const c = new Intl.Collator('zh-Hans-u-co-pinyin'); const l = [...document.querySelectorAll('#list article h2')].map(h => h.childNodes[2].textContent.trim()); return l.every((x, i) => i === 0 || c.compare(l[i - 1], x) <= 0) && l.length > 0 ? l.slice(0, 6) : null; })()")
    check(ordered is not None or not multi, "sort by label (pinyin order)", " ".join(ordered or []))
    set_control("sort", "mentions")

    # Filters: kind and minimum documents, then a period range.
    kinds = sorted({e["k"] for e in multi}, key=lambda k: -sum(1 for e in multi if e["k"] == k))
    if kinds:
        kind, minimum = kinds[0], 3
        set_control("kind", kind); set_control("min", minimum)
        expected = [e["n"] for e in E if e["k"] == kind and e["d"] >= minimum and e["d"] > 1]
        got = shown_numbers()
        status = b.evaluate("document.getElementById('status').textContent")
        check(got == expected[:50] and f"{len(expected):,}" in status, f"filter kind={kind}, minimum documents {minimum}", f"{len(expected)} entries; status “{status}”")
        b.evaluate("scrollTo(0, 0)"); settle()
        b.screenshot(os.path.join(outdir, f"{name}-filtered.png"))
        set_control("kind", ""); set_control("min", 1)
    if len(P) >= 3:
        lo, hi = len(P) // 3, 2 * len(P) // 3
        set_control("from", lo); set_control("to", hi)
        expected = [e["n"] for e in multi if sum(r[1] for r in e["t"] if lo <= r[0] <= hi) >= 1]
        got = shown_numbers()
        check(got == expected[:50], f"filter period range {P[lo]}–{P[hi]}", f"{len(expected)} entries")
        set_control("from", 0); set_control("to", len(P) - 1)

    # Search.
    target = multi[min(5, len(multi) - 1)] if multi else None
    if target:
        b.evaluate(f"(() => {{ const q = document.getElementById('q'); q.value = {json.dumps(target['l'])}; q.dispatchEvent(new Event('input')); }})()")
        time.sleep(0.4); settle()
        got = shown_numbers()
        check(target["n"] in got, f"search “{target['l']}” finds its entry", f"{len(got)} shown")
        b.evaluate("(() => { const q = document.getElementById('q'); q.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'})); })()"); settle()
        check(len(shown_numbers()) == min(50, len(multi)), "Esc clears the search")

    # Keyboard: '/' focuses the search box; Tab reaches the controls.
    b.evaluate("document.activeElement.blur()")
    b.send("Input.dispatchKeyEvent", type="keyDown", key="/", code="Slash", text="/", windowsVirtualKeyCode=191)
    b.send("Input.dispatchKeyEvent", type="keyUp", key="/", code="Slash", windowsVirtualKeyCode=191)
    check(b.evaluate("document.activeElement.id") == "q", "'/' focuses the search box")
    b.send("Input.dispatchKeyEvent", type="keyDown", key="Tab", code="Tab", windowsVirtualKeyCode=9)
    check(b.evaluate("document.activeElement.id") == "sort", "Tab goes on to the sort control")

    # Links between entries: follow one to an entry not yet rendered.
    far = next((e for e in reversed(E) if e["d"] == 1), E[-1] if E else None)
    if far:
        b.evaluate(f"location.hash = '#s{far['n']}'"); time.sleep(0.3); settle()
        check(b.evaluate("document.activeElement.id") == f"s{far['n']}", f"#s{far['n']} opens and focuses that entry")
        b.evaluate("history.replaceState(null, '', location.pathname); scrollTo(0, 0)")
    nested = b.evaluate("[...document.querySelectorAll('article a[href^=\"#s\"]:not(.n)')].slice(0, 40).map(a => a.getAttribute('href'))")
    ok = True
    for href in nested[:10]:
        b.evaluate(f"location.hash = '{href}'"); time.sleep(0.05)
        ok = ok and b.evaluate(f"document.getElementById('{href[1:]}') !== null")
    check(ok, "links between entries reach their targets", f"{len(nested[:10])} followed")

    # Sources: relative links to files that exist, or path and offset as text.
    b.evaluate("document.getElementById('reset').click()"); settle()
    srcs = b.evaluate("[...document.querySelectorAll('.src')].map(s => ({tag: s.tagName, href: s.getAttribute('href'), text: s.textContent}))")
    quotes = b.evaluate("document.querySelectorAll('blockquote').length")
    check(quotes > 0 and b.evaluate("[...document.querySelectorAll('blockquote')].every(q => q.querySelector('cite .src'))"), "every example and expansion sentence cites its source", f"{quotes} sentences")
    # Lists a lexicon lends (stated by no document of the corpus) say so and cite nothing.
    lent = b.evaluate("[...document.querySelectorAll('ol.expansions > li')].filter(li => li.querySelector('.docs').textContent.includes('据口号词表')).map(li => li.querySelector('blockquote, .src') === null)")
    check(all(lent), "lexicon lists say where they come from, without a source link", f"{len(lent)} lists from a lexicon")
    if links_mode == "relative":
        links = [s for s in srcs if s["tag"] == "A"]
        missing = [s["href"] for s in links if not os.path.isfile(os.path.join(os.path.dirname(page), urllib.parse.unquote(s["href"].split("#")[0])))]
        check(links and len(links) == len(srcs) and not missing, "source links are relative and resolve to files", f"{len(links)} links" + (f"; missing {missing[:3]}" if missing else ""))
        check(all(not s["href"].startswith(("/", "file:", "http")) for s in links), "no absolute or network links")
    else:
        check(srcs and all(s["tag"] == "SPAN" for s in srcs) and any("第" in s["text"] and "字" in s["text"] for s in srcs), "outside the corpus: path and offset as text", srcs[0]["text"] if srcs else "")
    check(b.evaluate("[...document.querySelectorAll('script[src],link[href],img[src],iframe')].length") == 0, "self-contained: no external scripts, styles or images")

    # A narrow window and print.
    b.send("Emulation.setDeviceMetricsOverride", width=380, height=800, deviceScaleFactor=1, mobile=True)
    b.evaluate("dispatchEvent(new Event('resize'))"); time.sleep(0.4); settle()
    overflow = b.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    check(overflow <= 1, "narrow window (380 px): nothing wider than the window", f"overflow {overflow} px")
    b.screenshot(os.path.join(outdir, f"{name}-narrow.png"))
    b.send("Emulation.setDeviceMetricsOverride", width=1280, height=900, deviceScaleFactor=1, mobile=False)
    b.send("Emulation.setEmulatedMedia", media="print")
    check(b.evaluate("getComputedStyle(document.getElementById('controls')).display") == "none", "print: controls hidden")
    b.screenshot(os.path.join(outdir, f"{name}-print.png"))
    b.send("Emulation.setEmulatedMedia", media="")

    drain()
    check(not problems, "no console errors or exceptions", "; ".join(problems[:5]))
finally:
    b.close()
print(f"{name}: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
