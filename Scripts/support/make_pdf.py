#!/usr/bin/env python3
"""Typesets a text article into an A4 PDF, the way government documents are printed.

usage: make_pdf.py TEXT.txt OUT.pdf [--encoding NAME] [--font FILE]

Each non-empty line is a paragraph (first line indented two characters, justified, Chinese
line breaking); every page has a running header and a centred page number `— N —` in the
footer. Needs reportlab (PyPI) and a TrueType CJK font; the first of these found is used:
fonts-wqy-zenhei, fonts-wqy-microhei, fonts-arphic-uming (Debian packages). Exits 3 when
no font is found.
"""
import argparse
import os
import sys
from xml.sax.saxutils import escape

FONTS = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("text")
    ap.add_argument("pdf")
    ap.add_argument("--encoding", default="utf-8")
    ap.add_argument("--font", default=None)
    ap.add_argument("--header", default="青川湾县政策文件汇编（内部资料）")
    a = ap.parse_args()
    font = a.font or next((f for f in FONTS if os.path.exists(f)), None)
    if font is None:
        print("make_pdf: no CJK TrueType font found: apt-get install fonts-wqy-zenhei", file=sys.stderr)
        sys.exit(3)

    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("cjk", font, subfontIndex=0))
    body = ParagraphStyle("body", fontName="cjk", fontSize=14, leading=24, wordWrap="CJK",
                          firstLineIndent=28, alignment=TA_JUSTIFY, spaceAfter=4)
    text = open(a.text, encoding=a.encoding).read()
    story = [Paragraph(escape(line.strip()), body) for line in text.split("\n") if line.strip()]

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("cjk", 9)
        canvas.drawString(72, A4[1] - 40, a.header)
        canvas.drawCentredString(A4[0] / 2, 30, f"— {doc.page} —")
        canvas.restoreState()

    doc = SimpleDocTemplate(a.pdf, pagesize=A4, title="", author="", creator="kouhao make_pdf.py",
                            invariant=1)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


if __name__ == "__main__":
    main()
