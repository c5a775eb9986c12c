#!/usr/bin/env python3
"""Writes a text article as a web page, the way news and government sites serve them.

usage: make_html_page.py TEXT.txt PAGE.html [--charset utf-8|gbk] [--encoding NAME]

The page holds the article's paragraphs (the first line as <h1>, `## ` lines as <h2>, the
others as <p>, every third pair of paragraphs in one <p> separated by <br>) inside nested
<div>s of an <article>, with the quotation marks, the enumeration comma, dashes and
ellipses written as character references (&ldquo; &rdquo; &lsquo; &rsquo; &#12289; &mdash;
&hellip; &#x300C; &#x300D;) and the source lines wrapped next to Chinese characters (white
space a browser does not show). Around it: a <script> and a <template> holding slogans, a
comment holding one, a navigation bar and a footer with slogans of their own (which
`--html-main` leaves out and the whole page keeps). Deterministic: the same text gives the
same bytes.
"""
import argparse
import html
import re

REFERENCES = {
    "“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;", "、": "&#12289;",
    "—": "&mdash;", "…": "&hellip;", "「": "&#x300C;", "」": "&#x300D;",
}


def is_han(ch):
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


def encode(text):
    """HTML-escapes text and writes the marks above as references."""
    out = []
    for ch in text:
        out.append(REFERENCES.get(ch) or html.escape(ch, quote=False))
    return "".join(out)


def wrap(text, indent, width=36):
    """Cuts the escaped paragraph into source lines of about `width` characters, only
    where a Chinese character stands on one side (so that a browser shows no space)."""
    lines, line, count = [], "", 0
    i = 0
    while i < len(text):
        m = re.match(r"&[#a-zA-Z0-9]+;", text[i:])
        piece = m.group(0) if m else text[i]
        line += piece
        count += 1
        i += len(piece)
        nxt = text[i] if i < len(text) else ""
        if count >= width and nxt and (is_han(piece[-1]) or is_han(nxt)) and not piece.startswith("&") and nxt != "&":
            lines.append(line)
            line, count = "", 0
    if line:
        lines.append(line)
    return ("\n" + indent).join(lines)


def page(text, charset):
    paragraphs = [l.strip() for l in text.split("\n") if l.strip()]
    title, body = paragraphs[0], paragraphs[1:]
    ind = "            "
    parts = []
    k = 0
    while k < len(body):
        para = body[k]
        if para.startswith("## "):
            parts.append(f"{ind}<h2>{encode(para[3:])}</h2>")
            k += 1
            continue
        if k % 3 == 2 and k + 1 < len(body) and not body[k + 1].startswith("## "):
            first, second = encode(body[k]), encode(body[k + 1])
            parts.append(f"{ind}<p>{wrap(first, ind + '   ')}<br>\n{ind}   {wrap(second, ind + '   ')}</p>")
            k += 2
            continue
        parts.append(f"{ind}<p>{wrap(encode(para), ind + '   ')}</p>")
        k += 1
    if charset == "utf-8":
        meta = '<meta charset="utf-8">'
    else:
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  {meta}
  <title>{encode(title)}</title>
  <style>body {{ font-family: serif; }} .nav a {{ margin: 0 1em; }}</style>
  <script>
    var banner = "深入学习“三严三实”，扎实开展“两学一做”";
    if (window.console) {{ console.log(banner); }}
  </script>
</head>
<body>
  <nav class="nav">
    <ul>
      <li><a href="/">首页</a></li>
      <li><a href="/zt/">&ldquo;不忘初心、牢记使命&rdquo;专题</a></li>
      <li><a href="/lx/">&ldquo;两学一做&rdquo;学习教育</a></li>
    </ul>
  </nav>
  <!-- 旧版栏目：“四个全面”学习专栏 -->
  <template id="card"><p>&ldquo;三个代表&rdquo;重要思想</p></template>
  <div class="page">
    <article>
      <div class="wrapper">
        <div class="content">
          <h1>{encode(title)}</h1>
          <div class="text">
{chr(10).join(parts)}
          </div>
        </div>
      </div>
    </article>
  </div>
  <footer>
    <p>版权所有 &copy; 青川湾县人民政府办公室 &nbsp; 践行&ldquo;两个维护&rdquo;</p>
  </footer>
</body>
</html>
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("text")
    ap.add_argument("page")
    ap.add_argument("--charset", default="utf-8", help="what the page declares (utf-8, gbk, gb2312, big5)")
    ap.add_argument("--encoding", default=None, help="how to read TEXT (default utf-8)")
    a = ap.parse_args()
    text = open(a.text, encoding=a.encoding or "utf-8").read()
    data = page(text, a.charset).encode("gb18030" if a.charset in ("gbk", "gb2312") else a.charset)
    with open(a.page, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
