/// The HTML glossary's style sheet: system fonts, a layout that reflows down to a phone's
/// width, visible focus, and a print layout without the controls.
extension GlossaryHTML {
    static let style = """
    :root{--fg:#1f2328;--muted:#59636e;--line:#d8dee4;--bar:#2f6fb3;--bar2:#b35c2f;--bg:#fff;--gap:#f1f3f5;--head:0px}\
    *{box-sizing:border-box}\
    body{font:16px/1.6 system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei","PingFang SC","Microsoft YaHei",sans-serif;max-width:54rem;margin:0 auto;padding:0 1rem 4rem;color:var(--fg);background:var(--bg)}\
    header{background:var(--bg);border-bottom:1px solid var(--line);padding:.5rem 0 .3rem}\
    @media (min-width:48rem) and (min-height:32rem){header{position:sticky;top:0;z-index:2}}\
    h1{margin:.2rem 0;font-size:1.6rem}.corpus{margin:0;color:var(--muted)}\
    #controls{display:flex;flex-wrap:wrap;gap:.3rem .8rem;align-items:center;margin:.4rem 0 0}\
    #controls label{white-space:nowrap;font-size:.9rem;color:var(--muted)}#controls .grow{flex:1 1 16rem;display:flex;gap:.4rem;align-items:center}\
    #q{flex:1;min-width:8rem}input,select,button{font:inherit;font-size:.95rem;padding:.15rem .35rem;color:var(--fg)}#min{width:4.5em}\
    button{cursor:pointer;background:#f6f8fa;border:1px solid var(--line);border-radius:4px}\
    :focus-visible{outline:3px solid #0969da;outline-offset:2px}\
    #status{margin:.3rem 0 0;font-size:.9rem;color:var(--muted)}\
    #overview{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:.5rem 1.5rem;padding:.8rem 0;border-bottom:1px solid var(--line)}\
    #overview h2{font-size:1rem;margin:0}#overview p{margin:0;font-size:.85rem;color:var(--muted)}\
    article{content-visibility:auto;contain-intrinsic-size:auto 30rem;border-bottom:1px solid var(--line);padding:.9rem 0;scroll-margin-top:calc(var(--head) + .5rem)}article p{margin:.2rem 0}\
    article h2{font-size:1.2rem;margin:0 0 .2rem}.n{color:var(--muted);text-decoration:none}\
    .kind{font-size:.75rem;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 .3rem;vertical-align:middle;font-weight:normal}\
    .meta{color:var(--muted);font-size:.92rem}\
    .expansions{margin:.2rem 0;padding-left:1.5rem}.docs,.note{color:var(--muted);font-size:.92rem}\
    blockquote{margin:.2rem 0 .4rem;padding-left:.8rem;border-left:3px solid var(--line);color:#333;overflow-wrap:anywhere}\
    cite{display:block;font-size:.8rem;font-style:normal}.src{color:var(--muted);overflow-wrap:anywhere}a.src{color:#0b62c4}\
    svg.chart{display:block;max-width:100%;height:auto;margin:.3rem 0;font-size:11px}svg.chart text{fill:var(--muted)}\
    svg.chart .bar{fill:var(--bar)}svg.chart .bar.new{fill:var(--bar2)}svg.chart .gap{fill:var(--gap)}svg.chart .axis{stroke:#8c959f;stroke-width:1}\
    details{margin:.1rem 0 .3rem}summary{cursor:pointer;color:var(--muted);font-size:.92rem}\
    .more{display:block;margin:1rem auto;padding:.4rem 1rem}\
    #singles>h2{font-size:1.1rem;margin:1.5rem 0 .3rem}\
    mark{background:#fff3b0;padding:0}\
    @media (max-width:30rem){body{padding:0 .6rem 3rem}h1{font-size:1.35rem}article h2{font-size:1.1rem}}\
    @media print{#controls,#status,.more,#singles>button,noscript{display:none}header{position:static;border:0}\
    body{max-width:none;font-size:11pt}a,a.src{color:inherit;text-decoration:none}article{break-inside:avoid}#overview{break-after:page}}
    """
}
