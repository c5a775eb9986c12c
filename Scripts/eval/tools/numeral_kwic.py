#!/usr/bin/env python3
"""List every numeral occurrence of a text with context, for annotators.

usage: numeral_kwic.py FILE [--width 15] [--all] [--quoted]

Prints one line per run of Chinese numerals (一二三四五六七八九十百千万两双〇零壹贰叁肆伍陆柒捌玖拾佰仟)
or digits (ASCII or full-width), with its code-point offset and ±width characters of context
(line breaks shown as ⏎). By default runs that are plainly quantities (a digit run followed by a unit
such as 年 月 日 % 亿 万 元 人 家 公里 …) are left out; --all shows every run. --quoted lists instead
every quoted span (“…”, "…", 「…」) that contains a numeral, with the characters that follow it, the most
likely places for a slogan. Offsets are Python str indices of the UTF-8 decoded text.
"""
import argparse
import re
import sys

CN = "一二三四五六七八九十百千万两双〇零壹贰叁肆伍陆柒捌玖拾佰仟"
RUN = re.compile(r"[%s]+|[0-9０-９][0-9０-９.．+＋]*" % CN)
UNITS = ("年", "月", "日", "%", "％", "亿", "万", "千", "元", "人", "户", "家", "公里", "平方", "立方", "吨",
         "米", "千米", "公顷", "亩", "个百分点", "倍", "小时", "天", "周", "岁", "所", "座", "辆", "套",
         "间", "张床", "千瓦", "兆瓦", "度", "次", "名", "处", "批", "台", "架", "列", "艘", "条线")
EVERYDAY = re.compile(r"进一步|统一|一体化?|一批|一系列|一些|一切|一定|一直|一般|一起|一道|一律|一致|一步|一流|一线|万众|队伍|"
                      r"一[是要]|[二三四五六七八九十]+[是要]|第[一二三四五六七八九十百]+|(十[五六七八九]|二十)大|"
                      r"十[一二三四五六七八九]?届|[一二三四五六七八九十]+中全会|[一二三四五六七八九十]+次(会议|全会)")
QUOTED = re.compile(r"“[^“”\n]{1,40}”|\"[^\"\n]{1,40}\"|「[^「」\n]{1,40}」|‘[^‘’\n]{1,40}’")
HAS_NUM = re.compile(r"[%s0-9０-９]" % CN)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--width", type=int, default=15)
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--quoted", action="store_true")
    ap.add_argument("--no-digits", action="store_true", help="leave out runs of digits (Chinese numerals only)")
    ap.add_argument("--terse", action="store_true",
                    help="also leave out everyday words (进一步, 统一, 一批, 第二…) and ordinals")
    a = ap.parse_args()
    text = open(a.file, encoding="utf-8").read()
    w = a.width

    def ctx(s, e):
        left = text[max(0, s - w):s].replace("\n", "⏎")
        right = text[e:e + w].replace("\n", "⏎")
        return f"{left}[{text[s:e]}]{right}"

    if a.quoted:
        for m in QUOTED.finditer(text):
            if HAS_NUM.search(m.group()):
                print(f"{m.start():6d}  {ctx(m.start(), m.end())}")
        return
    for m in RUN.finditer(text):
        tok = m.group()
        if not a.all and tok[0].isdigit() and text[m.end():].startswith(UNITS):
            continue
        if a.no_digits and tok[0] in "0123456789０１２３４５６７８９":
            continue
        if a.terse:
            near = text[max(0, m.start() - 2):m.end() + 3]
            if any(w.start() <= m.start() - max(0, m.start() - 2) < w.end() for w in EVERYDAY.finditer(near)):
                continue

        print(f"{m.start():6d}  {ctx(m.start(), m.end())}")


if __name__ == "__main__":
    sys.exit(main())
