#!/usr/bin/env python3
"""Generate the labelled xueshi evidence corpus: corpus/docs, corpus/holdout, corpus/broken.

Run:  python3 corpus/generate.py               (writes docs/, holdout/, fresh/, final/ and broken/, replacing what is there)
      python3 corpus/generate.py --check       (only re-runs the text-layer verification)
      python3 corpus/generate.py --only fresh  (writes and verifies corpus/fresh only; nothing else is touched)
      python3 corpus/generate.py --only final  (writes and verifies corpus/final only; nothing else is touched)
      python3 corpus/generate.py --only ofd    (OFD twins of final/ into corpus/ofd; also ofd-dev, ofd-verify,
                                                broken-ofd, or ofd-all for the four; add --check to verify only;
                                                see corpus/ofd_twin.py. No PDF folder is written.)

corpus/fresh was sealed (do not read its files or the FRESH POOL section while tuning); it is now being read, so
corpus/final is the SEALED pool: do not read its files, the FINAL POOL section, POOL["final"] or FINAL_ANCHORS: measure only.

Dependencies (Python 3.11):
  PyPI   : reportlab (PDF drawing, TrueType subsetting), Pillow (seal images), pikepdf (encryption, ToUnicode removal)
  Debian : fonts-wqy-zenhei, fonts-wqy-microhei, fonts-arphic-ukai, fonts-arphic-uming, fonts-dejavu-core
           (TrueType CJK fonts reportlab can embed), poppler-utils (pdftotext, used by the check)
  install: apt-get install -y fonts-wqy-zenhei fonts-wqy-microhei fonts-arphic-ukai fonts-arphic-uming \
               fonts-dejavu-core poppler-utils
           pip install reportlab pillow pikepdf
  OFD folders (corpus/ofd_twin.py): also fonttools (pip install fonttools), openssl >= 3.0 with SM2, hashlib sm3

Everything is seeded: the same script writes byte-identical PDFs on every run (reportlab invariant mode, creation
date taken from the label's issue date, every random choice drawn from random.Random(f"{pool}:{index}")).

A third pool, POOL["fresh"] with TEMPLATES["fresh"] (functions f_*), is kept apart from both in the same way, and
a fourth, POOL["final"] with TEMPLATES["final"] (functions fn_*), is kept apart from all three.
The docs/ and holdout/ sets are built from two SEPARATE pools (POOL["docs"], POOL["holdout"], and the template
lists TEMPLATES["docs"], TEMPLATES["holdout"]): titles, hour phrasings, date connectors, issuers, cities,
journals, presses, platforms and page templates never cross between them. Only generic helpers (drawing, seals,
names of people, ID numbers, date arithmetic) are shared.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
CUTOFF = dt.date(2025, 6, 13)

# ----------------------------------------------------------------------------------------------------------------
# Fonts: TrueType CJK fonts from Debian packages (reportlab embeds subsets of them). No CFF/OTF (Noto CJK) here.
# ----------------------------------------------------------------------------------------------------------------
FONT_FILES = {
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),        # fonts-wqy-zenhei
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),    # fonts-wqy-microhei
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),             # fonts-arphic-ukai (AR PL UKai CN)
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),           # fonts-arphic-uming (AR PL UMing CN)
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", None),           # fonts-dejavu-core
    "dejavu-b": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", None),
    "dejavusans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", None),
}
CJK_FONTS = ["zenhei", "microhei", "ukai", "uming"]  # (DroidSansFallback has no digits: not used)
_registered = set()


def font(name: str) -> str:
    """Register a font on first use and return its reportlab name. Built-in Type1 names pass through."""
    if name in ("Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Times-Italic", "Helvetica-Oblique"):
        return name
    if name not in _registered:
        path, idx = FONT_FILES[name]
        if idx is None:
            pdfmetrics.registerFont(TTFont(name, path))
        else:
            pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx))
        _registered.add(name)
    return name


RED = Color(0.83, 0.1, 0.1)
DARKRED = Color(0.6, 0.05, 0.05)
GOLD = Color(0.72, 0.55, 0.2)
NAVY = Color(0.1, 0.2, 0.45)
GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.93, 0.95, 0.98)

# ----------------------------------------------------------------------------------------------------------------
# Dates, numerals, names, ID numbers
# ----------------------------------------------------------------------------------------------------------------
CN_DIG = "〇一二三四五六七八九"
CAP_DIG = "零壹贰叁肆伍陆柒捌玖"


def cn_int(n: int) -> str:
    """12 -> 十二, 24 -> 二十四, 100 -> 一百."""
    if n < 10:
        return CN_DIG[n] if n else "零"
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        s = CN_DIG[n // 100] + "百"
        if rest == 0:
            return s
        if rest < 10:
            return s + "零" + CN_DIG[rest]
        return s + (CN_DIG[rest // 10] + "十" + (CN_DIG[rest % 10] if rest % 10 else ""))
    return str(n)


def cap_int(n: int) -> str:
    """24 -> 贰拾肆 (financial capitals)."""
    if n < 10:
        return CAP_DIG[n]
    if n < 100:
        return (CAP_DIG[n // 10] if n >= 20 else "壹") + "拾" + (CAP_DIG[n % 10] if n % 10 else "")
    return str(n)


def cn_year(y: int) -> str:
    return "".join(CN_DIG[int(c)] for c in str(y))


def fmt_date(d: dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    return {
        "cn": f"{y}年{m}月{dd}日",
        "cn0": f"{y}年{m:02d}月{dd:02d}日",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "dot": f"{y}.{m}.{dd}",
        "dot0": f"{y}.{m:02d}.{dd:02d}",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "cnnum": f"{cn_year(y)}年{cn_int(m)}月{cn_int(dd)}日",
        "en": d.strftime("%B ") + str(dd) + d.strftime(", %Y"),
        "en-short": d.strftime("%b ") + str(dd) + d.strftime(", %Y"),
        "en-dmy": f"{dd} " + d.strftime("%B %Y"),
    }[style]


def rand_date(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = d.year + (d.month - 1 + months) // 12, (d.month - 1 + months) % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return dt.date(y, m, day)


def event_date(rng: random.Random, k: int) -> dt.date:
    """Alternate sides of the 2025-06-13 cutoff: even k before, odd k on/after."""
    if k % 2 == 0:
        return rand_date(rng, dt.date(2019, 3, 1), dt.date(2025, 6, 5))
    return rand_date(rng, dt.date(2025, 6, 13), dt.date(2026, 2, 20))


SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉琳晨宇浩凯瑶琪萱悦然婷雪涵昊博文轩睿思怡欣蕾淼湘珂骁琦昱翊璐彦沁骞蕴翔")
EN_FIRST = ["James", "Emily", "Daniel", "Sophie", "Michael", "Olivia", "Wei", "Lina", "Thomas", "Grace", "Ryan",
            "Hannah", "Kevin", "Chloe", "Jason", "Megan"]
EN_LAST = ["Carter", "Nguyen", "Zhang", "Patel", "Morgan", "Li", "Fischer", "Wang", "Brooks", "Chen", "Evans",
           "Kowalski", "Liu", "Bennett"]


def person(rng: random.Random) -> str:
    n = rng.choice([1, 2, 2])
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))


def people(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        p = person(rng)
        if p not in out:
            out.append(p)
    return out


def en_person(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(rng: random.Random, areas: list[str]) -> str:
    """A fake but checksum-valid 18-digit resident ID number (GB 11643)."""
    born = rand_date(rng, dt.date(1965, 1, 1), dt.date(1998, 12, 28))
    body = rng.choice(areas) + born.strftime("%Y%m%d") + f"{rng.randint(0, 999):03d}"
    s = sum(int(c) * w for c, w in zip(body, ID_WEIGHTS))
    return body + "10X98765432"[s % 11]


def issn(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(7)]
    s = sum(v * w for v, w in zip(d, range(8, 1, -1)))
    c = (11 - s % 11) % 11
    return "".join(map(str, d[:4])) + "-" + "".join(map(str, d[4:])) + ("X" if c == 10 else str(c))


def isbn13(rng: random.Random, prefix: str) -> str:
    digits = "9787" + prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - 4 - len(prefix)))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits))
    check = (10 - s % 10) % 10
    return f"978-7-{prefix}-{digits[4 + len(prefix):]}-{check}"


# ----------------------------------------------------------------------------------------------------------------
# Seal images (the seal's words are pixels, never text) and other drawn furniture
# ----------------------------------------------------------------------------------------------------------------
_SEAL_CACHE: dict = {}


def seal_png(text: str, bottom: str, seed: int, px: int = 260) -> bytes:
    key = (text, bottom, seed, px)
    if key in _SEAL_CACHE:
        return _SEAL_CACHE[key]
    rng = random.Random(seed)
    S = px
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (214, 28, 36, 215)
    m = 6
    d.ellipse([m, m, S - m, S - m], outline=red, width=max(6, S // 36))
    # five-pointed star
    cx = cy = S / 2
    R, r = S * 0.15, S * 0.06
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rad = R if i % 2 == 0 else r
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    d.polygon(pts, fill=red)
    fpath, fidx = FONT_FILES["zenhei"]
    n = len(text)
    fsize = int(S * (0.13 if n <= 10 else 0.115 if n <= 14 else 0.095))
    f = ImageFont.truetype(fpath, fsize, index=fidx)
    span = min(250.0, 20.0 * n + 40)
    start = -90 - span / 2
    rad = S / 2 - m - fsize * 0.85
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        t = math.radians(ang)
        tile = Image.new("RGBA", (fsize * 2, fsize * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fsize * 0.5, fsize * 0.4), ch, font=f, fill=red)
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        x = cx + rad * math.cos(t) - fsize
        y = cy + rad * math.sin(t) - fsize
        img.alpha_composite(tile, (int(x), int(y)))
    if bottom:
        fb = ImageFont.truetype(fpath, int(S * 0.075), index=fidx)
        w = d.textlength(bottom, font=fb)
        d.text((cx - w / 2, cy + S * 0.2), bottom, font=fb, fill=red)
    # ink unevenness: a few deterministic pale specks
    px_ = img.load()
    for _ in range(S * 3):
        x, y = rng.randrange(S), rng.randrange(S)
        p = px_[x, y]
        if p[3]:
            px_[x, y] = (p[0], p[1], p[2], int(p[3] * 0.45))
    img = img.resize((S // 2 * 2, S // 2 * 2))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    _SEAL_CACHE[key] = buf.getvalue()
    return _SEAL_CACHE[key]


class Pdf:
    """A thin layer on a reportlab canvas; y coordinates are measured from the TOP of the page."""

    def __init__(self, path: str, land: bool = False, created: dt.date | None = None,
                 app: tuple[str, str] = ("Microsoft® Word 2019", "Microsoft® Word 2019"), seed: int = 0):
        self.size = landscape(A4) if land else A4
        self.W, self.H = self.size
        self.c = canvas.Canvas(path, pagesize=self.size, invariant=1, pageCompression=1)
        created = created or dt.date(2024, 1, 1)
        hh = 9 + seed % 8
        stamp = f"D:{created:%Y%m%d}{hh:02d}{seed % 60:02d}{(seed // 60) % 60:02d}+08'00'"
        self.c.setDateFormatter(lambda *a: stamp)
        self.c.setCreator(app[0])
        self.c.setProducer(app[1])
        self.pages = 1
        self.seed = seed

    # -- text ------------------------------------------------------------------------------------------------
    def width(self, s: str, f: str, size: float, cs: float = 0) -> float:
        return pdfmetrics.stringWidth(s, font(f), size) + cs * len(s)

    def text(self, x: float, y: float, s: str, f: str, size: float, align: str = "l", color=black,
             bold: bool = False, cs: float = 0):
        c = self.c
        w = self.width(s, f, size, cs)
        if align == "c":
            x -= w / 2
        elif align == "r":
            x -= w
        c.saveState()               # Tc/Tr are graphics state: q/Q keeps them from leaking into later text
        t = c.beginText()
        t.setTextOrigin(x, self.H - y)
        t.setFont(font(f), size)
        if cs:
            t.setCharSpace(cs)
        c.setFillColor(color)
        if bold:
            c.setStrokeColor(color)
            c.setLineWidth(size * 0.035)
            t.setTextRenderMode(2)
        t.textOut(s)
        c.drawText(t)
        c.restoreState()
        return w

    def wrap(self, s: str, f: str, size: float, width: float, indent: float = 0) -> list[str]:
        lines, cur, avail = [], "", width - indent
        tokens = re.findall(r"[A-Za-z0-9@.:/_\-+%]+|.", s)
        for tok in tokens:
            if self.width(cur + tok, f, size) <= avail or not cur:
                cur += tok
            else:
                # keep closing punctuation on the line (Chinese typesetting rule)
                if tok in "，。、；：）”》！？" and self.width(cur + tok, f, size) <= avail + size:
                    cur += tok
                    continue
                lines.append(cur)
                cur, avail = tok.lstrip(" "), width
        if cur:
            lines.append(cur)
        return lines

    def para(self, x: float, y: float, width: float, s: str, f: str, size: float, leading: float | None = None,
             indent: int = 2, color=black, align: str = "l") -> float:
        leading = leading or size * 1.9
        ind = size * indent
        for i, line in enumerate(self.wrap(s, f, size, width, ind)):
            if align == "c":
                self.text(x + width / 2, y, line, f, size, "c", color)
            else:
                self.text(x + (ind if i == 0 else 0), y, line, f, size, color=color)
            y += leading
        return y

    def lines(self, x: float, y: float, items: list[str], f: str, size: float, leading: float | None = None,
              align: str = "l") -> float:
        leading = leading or size * 1.8
        for s in items:
            self.text(x, y, s, f, size, align)
            y += leading
        return y

    # -- tables ----------------------------------------------------------------------------------------------
    def table(self, x: float, y: float, widths: list[float], rows: list[list[str]], f: str, size: float,
              row_h: float | None = None, header: bool = False, align: str = "c", shade_first_col: bool = False,
              line_w: float = 0.7) -> float:
        c = self.c
        row_h = row_h or size * 2.3
        total = sum(widths)
        c.setLineWidth(line_w)
        for r, row in enumerate(rows):
            # rows may hold fewer cells than widths: the last cell spans the rest
            cells = list(row)
            xs = [x]
            for w in widths[:len(cells) - 1]:
                xs.append(xs[-1] + w)
            xs.append(x + total)
            wrapped = [self.wrap(cell, f, size, (xs[i + 1] - xs[i]) - 8, 0) for i, cell in enumerate(cells)]
            h = max(row_h, max(len(wl) for wl in wrapped) * size * 1.35 + size * 0.9)
            if header and r == 0:
                c.setFillColor(LIGHT)
                c.rect(x, self.H - y - h, total, h, stroke=0, fill=1)
            if shade_first_col:
                c.setFillColor(LIGHT)
                c.rect(x, self.H - y - h, xs[1] - x, h, stroke=0, fill=1)
            c.setFillColor(black)
            c.rect(x, self.H - y - h, total, h, stroke=1, fill=0)
            for xx in xs[1:-1]:
                c.line(xx, self.H - y, xx, self.H - y - h)
            for i, wl in enumerate(wrapped):
                ty = y + (h - len(wl) * size * 1.35) / 2 + size * 1.0
                for line in wl:
                    if align == "c" or (header and r == 0):
                        self.text((xs[i] + xs[i + 1]) / 2, ty, line, f, size, "c", bold=header and r == 0)
                    else:
                        self.text(xs[i] + 4, ty, line, f, size)
                    ty += size * 1.35
            y += h
        return y

    # -- furniture -------------------------------------------------------------------------------------------
    def frame(self, style: str):
        c, W, H = self.c, self.W, self.H
        if style == "none":
            return
        if style == "double-red":
            c.setStrokeColor(DARKRED); c.setLineWidth(3); c.rect(22, 22, W - 44, H - 44)
            c.setLineWidth(0.8); c.rect(30, 30, W - 60, H - 60)
        elif style == "gold":
            c.setStrokeColor(GOLD); c.setLineWidth(6); c.rect(18, 18, W - 36, H - 36)
            c.setLineWidth(1); c.rect(30, 30, W - 60, H - 60)
            for (x, y) in [(30, 30), (W - 30, 30), (30, H - 30), (W - 30, H - 30)]:
                c.setFillColor(GOLD); c.circle(x, y, 6, stroke=0, fill=1)
        elif style == "blue-band":
            c.setFillColor(NAVY); c.rect(0, H - 28, W, 28, stroke=0, fill=1)
            c.rect(0, 0, W, 12, stroke=0, fill=1)
        elif style == "ornate":
            c.setStrokeColor(Color(0.55, 0.1, 0.1)); c.setLineWidth(2)
            c.rect(26, 26, W - 52, H - 52)
            step = 14
            for i in range(int((W - 60) / step)):
                c.rect(30 + i * step, H - 36, 8, 4, stroke=0, fill=1)
                c.rect(30 + i * step, 32, 8, 4, stroke=0, fill=1)
        elif style == "green":
            c.setStrokeColor(Color(0.1, 0.45, 0.3)); c.setLineWidth(4); c.rect(24, 24, W - 48, H - 48)
            c.setLineWidth(0.6); c.rect(34, 34, W - 68, H - 68)
        c.setStrokeColor(black); c.setFillColor(black); c.setLineWidth(1)

    def hline(self, x0: float, x1: float, y: float, w: float = 0.8, color=black):
        self.c.setStrokeColor(color); self.c.setLineWidth(w)
        self.c.line(x0, self.H - y, x1, self.H - y)
        self.c.setStrokeColor(black)

    def seal(self, cx: float, cy: float, text: str, bottom: str = "", r: float = 58, seed: int = 0):
        data = seal_png(text, bottom, seed)
        self.c.drawImage(ImageReader(io.BytesIO(data)), cx - r, self.H - cy - r, 2 * r, 2 * r, mask="auto")

    def seal_vector(self, cx: float, cy: float, text: str, bottom: str = "", r: float = 56):
        """A seal drawn with vector text on the arc: the seal's words ARE in the text layer."""
        c = self.c
        y0 = self.H - cy
        c.setStrokeColor(RED); c.setFillColor(RED); c.setLineWidth(3)
        c.circle(cx, y0, r, stroke=1, fill=0)
        R, ri = r * 0.3, r * 0.12
        p = c.beginPath()
        for i in range(10):
            a = math.pi / 2 + i * math.pi / 5
            rad = R if i % 2 == 0 else ri
            (p.moveTo if i == 0 else p.lineTo)(cx + rad * math.cos(a), y0 + rad * math.sin(a))
        p.close(); c.drawPath(p, stroke=0, fill=1)
        n = len(text)
        size = r * (0.22 if n <= 8 else 0.19 if n <= 12 else 0.16)
        span = min(270.0, 24.0 * n + 40)
        start = 90 + span / 2
        for i, ch in enumerate(text):
            ang = math.radians(start - span * (i + 0.5) / n)
            c.saveState()
            c.translate(cx + (r - size * 1.05) * math.cos(ang), y0 + (r - size * 1.05) * math.sin(ang))
            c.rotate(math.degrees(ang) - 90)
            c.setFont(font("zenhei"), size)
            c.drawCentredString(0, -size * 0.35, ch)
            c.restoreState()
        if bottom:
            c.setFont(font("zenhei"), r * 0.16)
            c.drawCentredString(cx, y0 - r * 0.55, bottom)
        c.setStrokeColor(black); c.setFillColor(black)

    def qr(self, x: float, y: float, size: float, seed: int):
        """Something that looks like a QR code (finder squares + noise); not decodable."""
        rng = random.Random(seed)
        n = 25
        u = size / n
        c = self.c
        c.setFillColor(black)
        top = self.H - y

        def finder(i, j):
            c.rect(x + i * u, top - (j + 7) * u, 7 * u, 7 * u, stroke=0, fill=1)
            c.setFillColor(white); c.rect(x + (i + 1) * u, top - (j + 6) * u, 5 * u, 5 * u, stroke=0, fill=1)
            c.setFillColor(black); c.rect(x + (i + 2) * u, top - (j + 5) * u, 3 * u, 3 * u, stroke=0, fill=1)

        for i in range(n):
            for j in range(n):
                if (i < 8 and j < 8) or (i > n - 9 and j < 8) or (i < 8 and j > n - 9):
                    continue
                if rng.random() < 0.48:
                    c.rect(x + i * u, top - (j + 1) * u, u, u, stroke=0, fill=1)
        finder(0, 0); finder(n - 7, 0); finder(0, n - 7)

    def photo(self, x: float, y: float, w: float = 60, h: float = 80):
        c = self.c
        top = self.H - y
        c.setFillColor(Color(0.55, 0.72, 0.88)); c.rect(x, top - h, w, h, stroke=0, fill=1)
        c.setFillColor(Color(0.15, 0.2, 0.3)); c.ellipse(x + w * 0.15, top - h, x + w * 0.85, top - h * 0.55, stroke=0, fill=1)
        c.setFillColor(Color(0.96, 0.82, 0.7)); c.circle(x + w / 2, top - h * 0.38, w * 0.2, stroke=0, fill=1)
        c.setFillColor(Color(0.1, 0.1, 0.1)); c.ellipse(x + w * 0.3, top - h * 0.3, x + w * 0.7, top - h * 0.12, stroke=0, fill=1)
        c.setFillColor(black)

    def new_page(self):
        self.c.showPage()
        self.pages += 1

    def save(self) -> int:
        self.c.showPage()
        self.c.save()
        return self.pages


APPS = [("Microsoft® Word 2019", "Microsoft® Word 2019"), ("Microsoft® Word 2016", "Microsoft® Word 2016"),
        ("WPS 文字", "WPS 文字"), ("Microsoft: Print To PDF", "Microsoft: Print To PDF"),
        ("Qt 4.8.7", "wkhtmltopdf 0.12.6"), ("Adobe InDesign 16.0 (Windows)", "Adobe PDF Library 15.0")]


# ----------------------------------------------------------------------------------------------------------------
# The two pools. Nothing in POOL["docs"] is used for holdout/ and vice versa.
# ----------------------------------------------------------------------------------------------------------------
POOL = {
    "docs": {
        "cities": ["合肥", "芜湖", "宣城", "铜陵", "蚌埠", "安庆", "马鞍山", "滁州", "六安", "淮南"],
        "prov": "安徽省",
        "id_areas": ["340102", "340104", "340202", "340302", "340404", "340503", "340602", "340702", "340811",
                     "341002", "341102", "341202", "341302", "341502", "341602", "341702", "341802"],
        "fonts": ["zenhei", "microhei", "ukai", "uming"],
        "range_styles": ["cn-short", "md-dash", "cn-full", "dash-full", "zi", "iso"],
        "sign_styles": ["cn", "cn0", "iso", "cnnum"],
        "hours_styles": ["累计学时", "共计学时", "学时冒号", "计学时", "课时", "小时", "学分", "仅天数", "中文数字"],
        "train_topics": ["公路桥梁养护技术", "药品生产质量管理规范", "建设工程质量安全管理", "智慧水利与数字孪生",
                         "临床护理质量提升", "中小学信息技术应用能力", "会计准则新变化解读", "装配式建筑施工技术",
                         "城市燃气安全管理", "基层卫生应急处置", "农业绿色生产技术", "人工智能与教育教学融合"],
        "depts": ["心内科", "骨科", "检验科", "放射科", "护理部", "急诊科"],
        "companies": ["安徽江淮智造科技有限公司", "芜湖长江精工机械股份有限公司", "合肥新元电子技术有限公司",
                      "铜陵有色金属设计研究院有限公司"],
        "institutes": ["安徽省农业科学院作物研究所", "合肥物质科学研究院智能机械研究所", "安徽省水利水电勘测设计研究院"],
        "schools": ["合肥市第一中学", "芜湖市第十二中学", "安庆师范大学附属中学", "宣城中学"],
        "universities": ["安徽大学", "合肥工业大学", "安徽医科大学", "安徽建筑大学", "安徽师范大学", "安徽理工大学"],
        "societies": ["安徽省土木建筑学会", "安徽省医学会", "安徽省水利学会", "安徽省计算机学会", "安徽省护理学会",
                      "中国水利学会", "中华医学会"],
        "platforms": ["徽学堂继续教育云平台", "安徽专业技术人员继续教育在线", "皖匠学习网"],
        "journals": [("工程建设与管理研究", "Engineering Construction and Management Research", "34", "TU", "provincial"),
                     ("水利水电技术进展", "Advances in Water Resources and Hydropower", "11", "TV", "core"),
                     ("中国临床护理杂志", "Chinese Journal of Clinical Nursing", "11", "R", "national"),
                     ("现代教育技术研究", "Modern Educational Technology Research", "34", "G4", "provincial"),
                     ("计算机应用与软件工程", "Computer Applications and Software Engineering", "31", "TP", "core")],
        "presses": ["安徽科学技术出版社", "中国建筑工业出版社", "合肥工业大学出版社", "人民卫生出版社"],
        "exams": [("一级建造师", "人力资源和社会保障部", "住房和城乡建设部", "qualification"),
                  ("注册安全工程师", "人力资源和社会保障部", "应急管理部", "qualification"),
                  ("中级经济师", "人力资源和社会保障部", "", "intermediate"),
                  ("执业药师", "国家药品监督管理局", "人力资源和社会保障部", "qualification"),
                  ("卫生专业技术资格（中级）", "国家卫生健康委员会", "人力资源和社会保障部", "intermediate")],
        "notice_titles": ["关于做好{y}年度专业技术人员继续教育工作的通知", "关于举办{y}年度专业技术人员能力提升培训班的通知",
                          "关于开展{y}年度公需科目学习的通知"],
    },
    "holdout": {
        "cities": ["南京", "苏州", "无锡", "杭州", "宁波", "温州", "济南", "青岛", "武汉", "宜昌"],
        "prov_of": {"南京": "江苏省", "苏州": "江苏省", "无锡": "江苏省", "杭州": "浙江省", "宁波": "浙江省",
                    "温州": "浙江省", "济南": "山东省", "青岛": "山东省", "武汉": "湖北省", "宜昌": "湖北省"},
        "id_areas": ["320102", "320506", "320211", "330106", "330203", "330302", "370102", "370202", "420106", "420502"],
        "fonts": ["uming", "zenhei", "ukai", "microhei"],
        "range_styles": ["dot-tilde", "slash-to", "cn-dao", "iso-tilde", "cn0-tilde"],
        "sign_styles": ["dot", "slash", "dot0", "cn"],
        "hours_styles": ["学习时长", "认定学时", "学时个", "大写数字", "总学时数", "个课时", "培训时长小时", "二类学分", "历时天"],
        "train_topics": ["轨道交通运营安全", "跨境电商实务", "生态环境监测新技术", "基层医疗质量控制",
                         "新型电力系统规划", "职业教育课程改革", "工程造价数字化", "海洋工程装备设计"],
        "depts": ["肾内科", "麻醉科", "超声医学科", "儿科"],
        "companies": ["苏州工业园区融智软件有限公司", "宁波港城装备制造有限公司", "武汉光谷云联科技有限公司"],
        "institutes": ["江苏省环境科学研究院", "浙江省水利河口研究院", "湖北省交通规划设计院"],
        "schools": ["南京市第九中学", "杭州市学军小学", "无锡市辅仁高级中学"],
        "universities": ["南京工业大学", "浙江工业大学", "山东建筑大学", "武汉理工大学", "苏州科技大学"],
        "societies": ["江苏省电机工程学会", "浙江省医师协会", "山东省土木建筑学会", "湖北省教育学会", "中国环境科学学会"],
        "platforms": ["苏学通专技在线", "之江专技学习云", "齐鲁专技e学堂"],
        "journals": [("环境监测与治理技术", "Environmental Monitoring and Treatment Technology", "32", "X", "provincial"),
                     ("电力系统及其自动化进展", "Progress of Power Systems and Automation", "42", "TM", "core"),
                     ("基层医学论坛杂志", "Primary Medical Forum", "37", "R", "national")],
        "presses": ["东南大学出版社", "浙江大学出版社", "武汉理工大学出版社"],
        "exams": [("注册城乡规划师", "人力资源和社会保障部", "自然资源部", "qualification"),
                  ("监理工程师", "人力资源和社会保障部", "住房和城乡建设部", "qualification"),
                  ("初级会计专业技术资格", "财政部", "人力资源和社会保障部", "junior")],
    },
}


# ----------------------------------------------------------------------------------------------------------------
# Template context and shared phrase helpers
# ----------------------------------------------------------------------------------------------------------------
class G:
    def __init__(self, pool: str, k: int, idx: int, path: str):
        self.pool, self.k, self.idx, self.path = pool, k, idx, path
        self.P = POOL[pool]
        self.rng = random.Random(f"{pool}:{idx}:{k}")
        self.seed = int(hashlib.sha256(f"{pool}:{idx}".encode()).hexdigest()[:8], 16) % 100000

    def pick(self, key_or_list, offset: int = 0):
        items = self.P[key_or_list] if isinstance(key_or_list, str) else key_or_list
        return items[(self.k + offset) % len(items)]

    def city(self):
        return self.rng.choice(self.P["cities"])

    def prov(self, city: str) -> str:
        return self.P.get("prov_of", {}).get(city, self.P.get("prov", ""))

    def f(self, offset: int = 0) -> str:
        return self.P["fonts"][(self.k + self.idx + offset) % len(self.P["fonts"])]

    def pdf(self, land=False, created=None):
        self.doc = Pdf(self.path, land=land, created=created, app=APPS[(self.idx + self.k) % len(APPS)], seed=self.seed)
        return self.doc


def fmt_range(s: dt.date, e: dt.date, style: str) -> str:
    if style == "cn-short":
        return f"{fmt_date(s, 'cn')}至{e.day}日" if (s.year, s.month) == (e.year, e.month) else \
            f"{fmt_date(s, 'cn')}至{e.month}月{e.day}日"
    if style == "md-dash":
        return f"{s.month}月{s.day}日—{e.month}月{e.day}日"
    if style == "cn-full":
        return f"{fmt_date(s, 'cn')}至{fmt_date(e, 'cn')}"
    if style == "dash-full":
        return f"{fmt_date(s, 'cn')}-{fmt_date(e, 'cn')}"
    if style == "zi":
        return f"自{fmt_date(s, 'cn')}起至{fmt_date(e, 'cn')}止"
    if style == "iso":
        return f"{fmt_date(s, 'iso')}至{fmt_date(e, 'iso')}"
    # holdout connectors
    if style == "dot-tilde":
        return f"{fmt_date(s, 'dot0')}～{fmt_date(e, 'dot0')}"
    if style == "slash-to":
        return f"{fmt_date(s, 'slash')} 到 {fmt_date(e, 'slash')}"
    if style == "cn-dao":
        return f"{fmt_date(s, 'cn')}到{fmt_date(e, 'cn')}"
    if style == "iso-tilde":
        return f"{fmt_date(s, 'iso')} ~ {fmt_date(e, 'iso')}"
    if style == "cn0-tilde":
        return f"{fmt_date(s, 'cn0')}～{fmt_date(e, 'cn0')}"
    raise KeyError(style)


def hours_phrase(style: str, n: int, days: int, rng: random.Random):
    """-> (printed text, fields, facts, note). Only a number stated as hours becomes fields.hours."""
    H = lambda unit: ({"hours": n}, {"hoursUnit": unit})
    table = {
        # docs pool
        "累计学时": (f"累计学时{n}",) + H("学时"),
        "共计学时": (f"共计{n}学时",) + H("学时"),
        "学时冒号": (f"学时：{n}",) + H("学时"),
        "计学时": (f"计{n}学时",) + H("学时"),
        "课时": (f"共{n}课时",) + H("课时"),
        "小时": (f"培训共计{n}小时",) + H("小时"),
        "中文数字": (f"共计{cn_int(n)}学时",) + H("学时"),
        # holdout pool
        "学习时长": (f"学习时长{n}学时",) + H("学时"),
        "认定学时": (f"认定学时{n}",) + H("学时"),
        "学时个": (f"获得继续教育学时{n}个",) + H("学时"),
        "大写数字": (f"认定继续教育学时{cap_int(n)}个",) + H("学时"),
        "总学时数": (f"总学时数：{n}",) + H("学时"),
        "个课时": (f"合计{n}个课时",) + H("课时"),
        "培训时长小时": (f"培训时长{n}小时",) + H("小时"),
    }
    if style in table:
        t, fi, fa = table[style]
        return t, fi, fa, f"hours {style}"
    if style == "学分":
        rate = rng.choice([6, 8, 10])
        cr = max(1, n // rate)
        return (f"获得继续教育学分{cr}分（每学分折合{rate}学时）", {}, {"credits": cr, "hoursPerCredit": rate},
                "credits with stated rate; no hours printed")
    if style == "二类学分":
        cr = rng.choice([2, 3, 4])
        return (f"授予继续教育Ⅱ类学分{cr}分", {}, {"credits": cr, "creditType": "II"}, "credits only")
    if style == "仅天数":
        return (f"为期{days}天", {}, {}, "days only; no hours")
    if style == "历时天":
        return (f"历时{cn_int(days)}天", {}, {}, "days only (Chinese numeral); no hours")
    raise KeyError(style)


def L(mode, kind, fields, facts, notes, seal=True, seal_only=False, expect=(), allow=(), pii=None,
      text_source="text-layer", fact_page=None, render="born-digital"):
    allow = list(allow)
    if not seal and "no-seal-found" not in allow:
        allow.append("no-seal-found")
    h, d = fields.get("hours"), facts.get("days")
    if h and d and h / d > 8 and "hours-exceed-daily-cap" not in allow:
        allow.append("hours-exceed-daily-cap")
    lab = {"mode": mode, "kind": kind, "textSource": text_source, "format": "pdf", "render": render,
           "fields": fields, "facts": facts, "expectFlags": list(expect), "allowFlags": allow,
           "tampered": False, "verification": None, "hasSeal": bool(seal), "issuerInSealOnly": seal_only,
           "factPage": fact_page}
    if pii:
        lab["pii"] = {"idNumber": pii}
    lab["notes"] = notes
    return lab


def span_days(s: dt.date, e: dt.date) -> int:
    return (e - s).days + 1


def sign_block(p: Pdf, cx: float, y: float, lines: list[str], f: str, size: float, seal: str | None, seal_text: str,
               seed: int, bottom: str = "", leading: float = 1.9) -> float:
    for i, s in enumerate(lines):
        p.text(cx, y + i * size * leading, s, f, size, "c")
    if seal == "image":
        p.seal(cx, y + size * 0.4, seal_text, bottom, seed=seed)
    elif seal == "vector":
        p.seal_vector(cx, y + size * 0.4, seal_text, bottom)
    return y + len(lines) * size * leading


def cert_no(g: G, style: int, year: int) -> tuple[str, str]:
    """-> (printed line, value)."""
    r = g.rng
    forms = [
        lambda: (lambda v: (f"编号：{v}", v))(f"WH{year}{r.randint(10000, 99999)}"),
        lambda: (lambda v: (f"证书编号：{v}", v))(f"{year}-{r.randint(100, 999)}-{r.randint(1000, 9999)}"),
        lambda: (lambda v: (f"No. {v}", v))(f"{r.randint(34, 34)}{year % 100:02d}{r.randint(100000, 999999)}"),
        lambda: (lambda v: (f"证书号第{v}号", v))(f"{year}{r.randint(1000, 9999)}"),
        lambda: (lambda v: (f"证书编号：{v}", v))(f"AHJX{year}{r.randint(100000, 999999)}"),
    ]
    return forms[style % len(forms)]()


# ================================================================================================================
# DOCS POOL TEMPLATES
# ================================================================================================================
def d_train_cert(g: G):
    """Landscape framed training certificate, prose body, photo, number at top."""
    r, k = g.rng, g.k
    city = g.city()
    s = event_date(r, k)
    days = r.choice([2, 3, 4, 5])
    e = s + dt.timedelta(days=days - 1)
    hstyle = g.pick("hours_styles", 0)
    n = days * r.choice([6, 8]) if k % 3 else days * 8
    htext, hf, hfa, hnote = hours_phrase(hstyle, n, days, r)
    topic = r.choice(g.P["train_topics"])
    issuer = [f"{city}市专业技术人员继续教育中心", f"{city}市人力资源和社会保障局", "安徽省继续教育培训中心",
              f"{r.choice(g.P['universities'])}继续教育学院", "安徽省建设工程质量安全协会"][k % 5]
    holder = person(r)
    rstyle = g.pick("range_styles", 1)
    issue = e + dt.timedelta(days=r.choice([0, 0, 3, 7]))
    sstyle = g.pick("sign_styles", 2)
    title = ["培训合格证书", "结业证书", "培训证书"][k % 3]
    p = g.pdf(land=True, created=issue)
    p.frame(["double-red", "gold", "ornate"][k % 3])
    f = g.f()
    p.text(p.W / 2, 105, title, f, 34, "c", bold=True, cs=8)
    line, no = cert_no(g, k, s.year)
    p.text(p.W / 2, 132, line, f, 11, "c")
    p.photo(90, 180)
    cls = f"{s.year}年{topic}培训班"
    if k % 2 == 0:
        body = f"证明：{holder}（学员编号X{r.randint(100000, 999999)}）已完成{issuer}“{cls}”全部学习任务，学习日期{fmt_range(s, e, rstyle)}，{htext}，考核等级：合格。"
        organiser = None
    else:
        organiser = f"{city}市人力资源和社会保障局" if "人力" not in issuer else "安徽省人力资源和社会保障厅"
        body = f"{holder}同志于{fmt_range(s, e, rstyle)}参加由{organiser}主办、{issuer}承办的“{cls}”，完成全部课程学习，经考核合格，{htext}。特发此证。"
    y = p.para(175, 190, p.W - 270, body, f, 15, leading=30)
    if k % 4 == 3:
        p.qr(p.W - 130, 60, 56, g.seed)
    sign_block(p, p.W - 200, max(y + 50, 430), [issuer, fmt_date(issue, sstyle)], f, 14, "image", issuer, g.seed,
               "培训专用章" if k % 2 else "")
    fields = {"certificateNumber": no, **hf, "startDate": s.isoformat(), "endDate": e.isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    facts = {"days": days, **hfa, "subject": "professional"}
    return L("training", "training-certificate", fields, facts,
             f"training cert landscape; {hnote}; range {rstyle}; date {sstyle}" + ("; 主办/承办, issuer = 承办 (signs)" if organiser else ""))


def d_train_port(g: G):
    """Portrait 结业证书; odd k: with an information table."""
    r, k = g.rng, g.k
    city = g.city()
    s = event_date(r, k)
    days = r.choice([3, 5, 7, 10])
    e = s + dt.timedelta(days=days - 1)
    hstyle = g.pick("hours_styles", 3)
    n = days * 6
    htext, hf, hfa, hnote = hours_phrase(hstyle, n, days, r)
    topic = r.choice(g.P["train_topics"])
    uni = r.choice(g.P["universities"])
    issuer = [f"{uni}继续教育学院", f"{city}市卫生健康委员会", f"{city}市专业技术人员继续教育中心", f"{uni}"][k % 4]
    holder = person(r)
    rstyle = g.pick("range_styles", 2)
    sstyle = g.pick("sign_styles", 1)
    issue = e
    title = ["结业证书", "研修班结业证书", "进修班结业证书", "培训结业证书"][k % 4]
    kind_word = "研修班" if "研修" in title else "进修班" if "进修" in title else "培训班"
    p = g.pdf(created=issue)
    p.frame(["green", "double-red"][k % 2])
    f = g.f(1)
    p.text(p.W / 2, 130, title, f, 30, "c", bold=True, cs=4, color=DARKRED)
    cls = f"{s.year}年{topic}{kind_word}"
    if k % 2 == 0:
        p.text(80, 210, f"{holder}：", f, 16)
        body = f"你于{fmt_range(s, e, rstyle)}在{issuer}参加“{cls}”学习，完成规定课程，{htext}，成绩合格，准予结业。"
        y = p.para(80, 250, p.W - 160, body, f, 15, leading=30)
        line, no = cert_no(g, k + 1, s.year)
        p.text(80, 700, line, f, 11)
    else:
        line, no = cert_no(g, k + 1, s.year)
        p.text(p.W / 2, 165, line, f, 11, "c")
        hrow = htext
        rows = [["姓名", holder, "性别", r.choice(["男", "女"])], ["工作单位", f"{city}市{r.choice(['第一人民医院', '建设工程质量监督站', '第三中学', '自然资源和规划局'])}"],
                ["培训项目", cls], ["培训时间", fmt_range(s, e, rstyle)], ["学时", hrow], ["考核结果", "合格"]]
        y = p.table(70, 210, [90, 180, 70, p.W - 140 - 340], rows, f, 12, row_h=34, align="c", shade_first_col=True)
        y = p.para(70, y + 40, p.W - 140, "经考核合格，准予结业，特发此证。", f, 14)
    sign_block(p, p.W - 170, 600, [issuer, fmt_date(issue, sstyle)], f, 14, "image", issuer, g.seed)
    fields = {"certificateNumber": no, **hf, "startDate": s.isoformat(), "endDate": e.isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    facts = {"days": days, **hfa, "subject": "professional"}
    return L("training", "training-certificate", fields, facts,
             f"{title} portrait {'table' if k % 2 else 'prose'}; {hnote}; range {rstyle}; date {sstyle}")


def d_train_letter(g: G):
    """Plain letter 培训证明 with 主办/承办 both named; the signer is the issuer."""
    r, k = g.rng, g.k
    city = g.city()
    s = event_date(r, k)
    days = r.choice([1, 2, 3, 4])
    e = s + dt.timedelta(days=days - 1)
    hstyle = ["仅天数", "计学时", "中文数字", "课时", "共计学时"][k % 5]
    n = days * r.choice([6, 8])
    htext, hf, hfa, hnote = hours_phrase(hstyle, n, days, r)
    topic = r.choice(g.P["train_topics"])
    host = [f"{city}市人力资源和社会保障局", "安徽省人力资源和社会保障厅", r.choice(g.P["societies"])][k % 3]
    org = [f"{city}市专业技术人员继续教育中心", f"{r.choice(g.P['universities'])}继续教育学院"][k % 2]
    signer_is_host = k % 2 == 1
    issuer = host if signer_is_host else org
    holder = person(r)
    unit = f"{city}市{r.choice(['水务局', '第二人民医院', '城市建设投资有限公司', '实验小学', '疾病预防控制中心'])}"
    rstyle = g.pick("range_styles", 4)
    sstyle = g.pick("sign_styles", 3)
    issue = e + dt.timedelta(days=r.choice([1, 2, 5]))
    p = g.pdf(created=issue)
    f = g.f(2)
    title = ["培训证明", "参训证明", "培训情况证明"][k % 3]
    p.text(p.W / 2, 120, title, f, 26, "c", bold=True, cs=6)
    if days == 1 and hstyle != "仅天数":
        when = fmt_date(s, "cn")
    else:
        when = fmt_range(s, e, rstyle)
    body = f"兹证明{unit}{holder}同志参加了由{host}主办、{org}承办的“{s.year}年{topic}专题培训”，培训时间{when}，{htext}，考核合格。"
    y = p.para(70, 200, p.W - 140, body, f, 15, leading=32)
    y = p.para(70, y + 6, p.W - 140, "特此证明。", f, 15)
    sign_block(p, p.W - 170, y + 90, [issuer, "（盖章）", fmt_date(issue, sstyle)], f, 14, "image", issuer, g.seed)
    fields = {**hf, "startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(),
              "issuer": issuer, "holder": holder}
    facts = {"days": days, **hfa, "subject": "professional"}
    return L("training", "training-certificate", fields, facts,
             f"training letter; 主办 {host} / 承办 {org}; signer = {'主办' if signer_is_host else '承办'}; {hnote}; "
             f"{'one day' if days == 1 else 'range ' + rstyle}; date {sstyle}")


def d_train_jinxiu(g: G):
    """进修 at a hospital: months, no hours."""
    r, k = g.rng, g.k
    city = g.city()
    months = [3, 6, 12][k % 3]
    s = add_months(event_date(r, k), -months).replace(day=1)
    e = add_months(s, months) - dt.timedelta(days=1)
    issuer = [f"{city}市第一人民医院", "安徽医科大学第一附属医院", "安徽省立医院"][k % 3]
    holder = person(r)
    dept = r.choice(g.P["depts"])
    issue = e + dt.timedelta(days=3)
    p = g.pdf(created=issue)
    f = g.f(3)
    p.text(p.W / 2, 130, "进修结业证书", f, 28, "c", bold=True, cs=5)
    line, no = cert_no(g, 4, s.year)
    p.text(p.W / 2, 165, line, f, 11, "c")
    body = (f"{holder}同志自{fmt_date(s, 'cn')}起至{fmt_date(e, 'cn')}止在我院{dept}进修学习，为期{cn_int(months)}个月，"
            f"完成进修计划，考核合格，准予结业。")
    y = p.para(80, 230, p.W - 160, body, f, 15, leading=32)
    sign_block(p, p.W - 170, y + 120, [issuer, fmt_date(issue, "cn")], f, 14, "image", issuer, g.seed)
    fields = {"certificateNumber": no, "startDate": s.isoformat(), "endDate": e.isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    return L("training", "training-certificate", fields, {"months": months, "subject": "professional"},
             "进修结业证书 at a hospital; months in Chinese numerals; 自…起至…止; no hours")


def d_practice(g: G):
    r, k = g.rng, g.k
    city = g.city()
    months = [3, 6, 4, 5, 3, 12, 2][k % 7]
    s = add_months(event_date(r, k), -months)
    e = add_months(s, months) - dt.timedelta(days=1)
    kind_org = ["hospital", "school", "company", "institute"][k % 4]
    issuer = {"hospital": f"{city}市人民医院", "school": r.choice(g.P["schools"]),
              "company": r.choice(g.P["companies"]), "institute": r.choice(g.P["institutes"])}[kind_org]
    home = f"{city}市{r.choice(['第二中学', '中心医院', '交通运输局', '农业技术推广中心', '建筑设计院'])}"
    holder = person(r)
    title = ["实践锻炼证明", "继续教育实践证明", "专业技术人员实践锻炼情况证明", "实践锻炼情况说明"][k % 4]
    mphr = [f"时长满{cn_int(months)}个月", f"共计{months}个月", f"为期{cn_int(months)}个月", f"实践时间{months}个月"][k % 4]
    rstyle = ["zi", "cn-full", "iso", "dash-full"][k % 4]
    sstyle = g.pick("sign_styles", 1)
    issue = e + dt.timedelta(days=r.choice([2, 7, 10]))
    p = g.pdf(created=issue)
    f = g.f()
    p.text(p.W / 2, 120, title, f, 24, "c", bold=True)
    work = {"hospital": "临床", "school": "教育教学", "company": "生产技术", "institute": "科研"}[kind_org]
    body = (f"根据安排，{holder}（{home}）{fmt_range(s, e, rstyle)}在本单位从事{work}专业技术实践工作，{mphr}，"
            f"期间遵守纪律，完成实践任务，表现合格。")
    y = p.para(70, 190, p.W - 140, body, f, 15, leading=32)
    y = p.para(70, y + 4, p.W - 140, "特此证明。", f, 15)
    if k % 3 == 1:
        p.text(70, y + 50, f"单位负责人（签字）：{person(r)}", f, 13)
    sign_block(p, p.W - 170, y + 120, [issuer, "（盖章）", fmt_date(issue, sstyle)], f, 14, "image", issuer, g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("practice", "practice-certificate", fields, {"months": months, "practiceUnitType": kind_org},
             f"practice {kind_org}; {title}; months phrase {k % 4}; range {rstyle}; date {sstyle}")


COURSES_DOCS = ["乡村振兴战略解读", "法治思维与依法行政", "现代项目管理方法", "网络安全与个人信息保护", "知识产权保护与运用",
                "碳达峰碳中和政策与路径", "应急管理能力提升", "数字经济与创新驱动", "专业技术人员职业道德", "科研诚信与学术规范",
                "人工智能技术及其应用", "新质生产力专题"]


def d_online_archive(g: G):
    r, k = g.rng, g.k
    city = g.city()
    e = event_date(r, k)
    s = e - dt.timedelta(days=r.randint(40, 120))
    issuer = g.pick("platforms")
    holder = person(r)
    ncourse = r.randint(5, 10)
    names = r.sample(COURSES_DOCS, ncourse)
    hrs = [r.choice([1, 2, 2, 3, 4]) for _ in names]
    total = sum(hrs)
    issue = e + dt.timedelta(days=1)
    title = ["个人学习档案（网络培训）", "网络学习证明", "在线学习记录"][k % 3]
    tot_line = [f"本年度网络培训认定学时总计：{total}", f"合计学时：{total}", f"累计获得学时{total}",
                f"以上课程共计{total}学时"][k % 4]
    p = g.pdf(created=issue)
    f = g.f()
    p.text(p.W / 2, 70, title, f, 20, "c", bold=True)
    p.text(p.W / 2, 95, issuer, f, 12, "c", color=GREY)
    idn = id_number(r, g.P["id_areas"])
    masked = idn[:6] + "********" + idn[-4:]
    y = p.table(50, 120, [80, 170, 80, p.W - 100 - 330], [["姓名", holder, "证件号码", masked],
                                                            ["工作单位", f"{city}市{r.choice(['第三人民医院', '规划设计研究院', '第一中学'])}", "学习年度", f"{s.year}年度"]],
                f, 10.5, row_h=26)
    rng_text = fmt_range(s, e, ["cn-full", "md-dash", "iso"][k % 3])
    p.text(50, y + 25, f"学习时段：{rng_text}", f, 11)
    rows = [["课程编号", "课程名称", "学习进度", "考试成绩", "获得学时"]]
    for nm, h in zip(names, hrs):
        rows.append([f"KC{r.randint(10000, 99999)}", nm + ("（进阶）" if r.random() < 0.3 else ""), "100%",
                     str(r.randint(70, 99)), str(h)])
    y = p.table(50, y + 45, [70, 225, 70, 65, p.W - 100 - 430], rows, f, 10, row_h=24, header=True)
    p.text(50, y + 30, tot_line, f, 12)
    p.text(50, y + 80, "说明：本证明由平台根据学员学习记录自动生成，可扫描右侧二维码查验真伪。", f, 9.5)
    p.text(50, y + 100, f"打印时间：{fmt_date(issue, 'cn')}", f, 10)
    p.qr(p.W - 120, y + 60, 60, g.seed)
    p.seal(p.W - 240, y + 80, issuer, "继续教育专用章", seed=g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "hours": total, "issueDate": issue.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("online", "online-learning-record", fields, {"courses": ncourse, "hoursUnit": "学时", "subject": "mixed"},
             f"platform archive; course table; total variant {k % 4}", fact_page=1)


def d_online_gx(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k)
    year = d.year
    topic = ["数字经济与创新驱动", "习近平新时代中国特色社会主义思想专题", "人工智能赋能高质量发展", "总体国家安全观"][k % 4]
    issuer = ["安徽省人力资源和社会保障厅", "安徽省专业技术人员继续教育公需科目学习平台", "安徽省人事考试院"][k % 3]
    holder = person(r)
    n = [30, 30, 24][k % 3]
    issue = d
    htext = [f"计{n}学时", f"学时：{n}", f"共计{cn_int(n)}学时"][k % 3]
    idn = id_number(r, g.P["id_areas"])
    p = g.pdf(land=k % 2 == 0, created=issue)
    p.frame("blue-band" if k % 2 else "double-red")
    f = g.f(2)
    p.text(p.W / 2, 110, f"{year}年度专业技术人员继续教育", f, 20, "c")
    p.text(p.W / 2, 150, "公需科目合格证书", f, 30, "c", bold=True, cs=4)
    body = (f"{holder}（身份证号：{idn}）参加{year}年度安徽省专业技术人员继续教育公需科目《{topic}》网络学习，"
            f"考试成绩合格，{htext}。")
    y = p.para(80, 220, p.W - 160, body, f, 15, leading=32)
    line, no = cert_no(g, 2, year)
    p.text(80, y + 30, line, f, 11)
    sign_block(p, p.W - 190, y + 90, [issuer, fmt_date(issue, "cn0")], f, 14, "image", issuer, g.seed)
    p.qr(90, y + 80, 60, g.seed)
    fields = {"hours": n, "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder, "certificateNumber": no}
    return L("online", "online-learning-record", fields, {"hoursUnit": "学时", "subject": "public", "year": year},
             f"公需科目 certificate (province's yearly online topic); hours variant {k % 3}", pii=idn)


def conf_name(g: G, level: str, year: int, city: str) -> str:
    field = g.rng.choice(["水利水电工程技术", "临床护理", "智能建造", "基础教育信息化", "心血管疾病防治", "岩土工程"])
    return {"national": f"{year}年全国{field}学术交流会", "provincial": f"安徽省{field}学术年会（{year}）",
            "municipal": f"{city}市{year}年{field}研讨会"}[level]


def d_conf_attend(g: G):
    r, k = g.rng, g.k
    city = g.city()
    level = ["national", "provincial", "municipal", "national"][k % 4]
    s = event_date(r, k)
    days = r.choice([1, 2, 2, 3])
    e = s + dt.timedelta(days=days - 1)
    conf = conf_name(g, level, s.year, city)
    host = r.choice(g.P["societies"]) if level != "municipal" else f"{city}市科学技术协会"
    co = f"{r.choice(g.P['universities'])}"
    signer_host = k % 2 == 0
    issuer = host if signer_host else co
    holder = person(r)
    unit = f"{city}市{r.choice(['水利局', '中医院', '建筑设计研究院', '第八中学'])}"
    issue = e
    title = ["参会证明", "会议出席确认函", "学术会议参会证明", "参会证明"][k % 4]
    rstyle = g.pick("range_styles", 0)
    sstyle = ["cnnum", "cn", "iso", "cn0"][k % 4]
    p = g.pdf(land=k % 2 == 1, created=issue)
    f = g.f()
    p.text(p.W / 2, 110, title, f, 24, "c", bold=True)
    when = fmt_date(s, "cn") if days == 1 else fmt_range(s, e, rstyle)
    body = (f"兹证明{unit}{holder}同志于{when}在{city}参加了由{host}主办、{co}承办的“{conf}”，"
            f"参加了会议全程学术交流。")
    y = p.para(70, 180, p.W - 140, body, f, 15, leading=32)
    y = p.para(70, y, p.W - 140, "（本函仅用于继续教育学时登记）", f, 13, indent=0)
    y = p.para(70, y, p.W - 140, "特此证明。", f, 15)
    vec = k == 1
    sign_block(p, p.W - 190, y + 70, [issuer, fmt_date(issue, sstyle)], f, 14, "vector" if vec else "image", issuer, g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("academic", "conference-proof", fields, {"conferenceLevel": level, "role": "attendee", "days": days},
             f"conference attendance {title}; 主办 {host} / 承办 {co}; signer {'主办' if signer_host else '承办'}; "
             f"{'one day' if days == 1 else 'range ' + rstyle}; date {sstyle}" + ("; vector seal text in text layer" if vec else ""))


def d_conf_cert(g: G):
    r, k = g.rng, g.k
    city = g.city()
    level = ["national", "provincial", "national"][k % 3]
    s = event_date(r, k + 1)
    days = r.choice([2, 3])
    e = s + dt.timedelta(days=days - 1)
    conf = conf_name(g, level, s.year, city)
    issuer = r.choice(g.P["societies"])
    holder = person(r)
    issue = e
    p = g.pdf(land=True, created=issue)
    p.frame(["gold", "ornate", "green"][k % 3])
    f = g.f(1)
    p.text(p.W / 2, 110, "参会证书", f, 36, "c", bold=True, cs=10, color=DARKRED)
    line, no = cert_no(g, k + 2, s.year)
    p.text(p.W - 70, 70, line, f, 10, "r")
    p.text(110, 185, f"{holder}：", f, 17)
    cr_text = ""
    facts = {"conferenceLevel": level, "role": "attendee", "days": days}
    if k % 3 == 1:
        cr = r.choice([2, 4])
        cr_text = f"授予国家级继续医学教育Ⅱ类学分{cr}分，"
        facts["credits"] = cr
    body = f"您参加了{conf}（{fmt_range(s, e, 'cn-short')}，{city}），{cr_text}特发此证。"
    y = p.para(110, 225, p.W - 220, body, f, 16, leading=34)
    sign_block(p, p.W - 220, 450, [issuer, fmt_date(issue, "cn")], f, 14, "image", issuer, g.seed, "会务专用章")
    fields = {"certificateNumber": no, "startDate": s.isoformat(), "endDate": e.isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    return L("academic", "conference-proof", fields, facts,
             "参会证书 landscape framed" + ("; credits only, no hours" if cr_text else ""))


def d_speaker(g: G):
    r, k = g.rng, g.k
    city = g.city()
    level = ["national", "provincial", "municipal"][k % 3]
    d = event_date(r, k)
    conf = conf_name(g, level, d.year, city)
    issuer = r.choice(g.P["societies"]) if level != "municipal" else f"{city}市医学会"
    holder = person(r)
    talk = r.choice(["装配式结构节点抗震性能研究进展", "基层慢病管理的实践与思考", "数字孪生流域建设的关键技术",
                     "大单元教学设计的课堂实践"])
    title = ["讲者证明", "特邀报告证明", "感谢信"][k % 3]
    issue = d + dt.timedelta(days=r.choice([0, 3]))
    p = g.pdf(created=issue)
    f = g.f(2)
    p.text(p.W / 2, 120, title, f, 24, "c", bold=True)
    if title == "感谢信":
        p.text(70, 180, f"尊敬的{holder}专家：", f, 15)
        body = (f"感谢您于{fmt_date(d, 'cn')}应邀出席{conf}，并在大会上作了题为《{talk}》的专题报告。"
                f"您的精彩报告为与会代表带来了新的启发，特致谢忱！")
        y = p.para(70, 220, p.W - 140, body, f, 15, leading=32)
    else:
        body = (f"兹证明{holder}同志应邀于{fmt_date(d, 'cn')}在{conf}上作题为《{talk}》的"
                f"{'大会特邀报告' if k % 2 == 0 else '分会场学术报告'}。")
        y = p.para(70, 190, p.W - 140, body, f, 15, leading=32)
        y = p.para(70, y, p.W - 140, "特此证明。", f, 15)
    sign_block(p, p.W - 170, y + 80, [issuer, fmt_date(issue, "cn")], f, 14, "image", issuer, g.seed)
    fields = {"startDate": d.isoformat(), "endDate": d.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("academic", "conference-proof", fields, {"conferenceLevel": level, "role": "speaker", "days": 1},
             f"speaker proof ({title}); talk given = proof of having spoken; one day")


def d_lecture(g: G):
    r, k = g.rng, g.k
    city = g.city()
    d = event_date(r, k)
    n = r.choice([2, 3, 4, 6])
    issuer = [f"{city}市立医院", f"{city}市教育局", f"{city}市专业技术人员继续教育中心"][k % 3]
    holder = person(r)
    course = r.choice(["急危重症护理要点", "中小学课堂教学评价", "建设工程安全生产管理", "医疗纠纷防范与处理"])
    title = ["授课证明", "讲座证明", "授课证明"][k % 3]
    hstyle = ["共计学时", "计学时", "小时"][k % 3]
    htext, hf, hfa, hnote = hours_phrase(hstyle, n, 1, r)
    issue = d + dt.timedelta(days=r.choice([2, 7]))
    sealonly = k == 2
    p = g.pdf(created=issue)
    f = g.f(3)
    p.text(p.W / 2, 120, title, f, 24, "c", bold=True)
    where = "我单位" if sealonly else issuer
    body = (f"兹证明{holder}同志于{fmt_date(d, 'cn')}为{where}举办的“{d.year}年专业技术人员能力提升培训班”授课，"
            f"讲授《{course}》，{htext}。")
    y = p.para(70, 190, p.W - 140, body, f, 15, leading=32)
    y = p.para(70, y, p.W - 140, "特此证明。", f, 15)
    if sealonly:
        p.text(p.W - 170, y + 90, "（盖章）", f, 14, "c")
        p.text(p.W - 170, y + 117, fmt_date(issue, "cn"), f, 14, "c")
        p.seal(p.W - 170, y + 95, issuer, seed=g.seed)
    else:
        sign_block(p, p.W - 170, y + 80, [issuer, fmt_date(issue, "cn")], f, 14, "image", issuer, g.seed)
    fields = {**hf, "startDate": d.isoformat(), "endDate": d.isoformat(), "issueDate": issue.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("academic", "lecture-proof", fields, {**hfa, "role": "speaker", "lectureCount": 1}, seal_only=sealonly,
             notes=f"lecture proof ({title}); {hnote}" + ("; issuer only in the seal image (body says 我单位)" if sealonly else ""))


def d_visit(g: G):
    r, k = g.rng, g.k
    months = [6, 3, 12][k % 3]
    s = add_months(event_date(r, k), -months).replace(day=1)
    e = add_months(s, months) - dt.timedelta(days=1)
    uni = r.choice(g.P["universities"])
    school = r.choice(["土木与水利工程学院", "计算机科学与技术学院", "护理学院", "教育科学学院"])
    issuer = uni if k % 2 == 0 else f"{uni}{school}"
    holder = person(r)
    home = f"{g.city()}{r.choice(['学院', '职业技术学院', '市人民医院'])}"
    issue = e
    p = g.pdf(created=issue)
    f = g.f(4)
    p.text(p.W / 2, 120, ["访学证明", "访问学者证明"][k % 2], f, 24, "c", bold=True)
    body = (f"{holder}同志（{home}）于{fmt_range(s, e, 'cn-full')}在我校{school}作为国内访问学者开展学术访问，"
            f"为期{months}个月，合作导师为{person(r)}教授。访学期间参与课题研究和学术交流，完成访学计划。")
    y = p.para(70, 190, p.W - 140, body, f, 15, leading=32)
    y = p.para(70, y, p.W - 140, "特此证明。", f, 15)
    sign_block(p, p.W - 170, y + 80, [issuer, fmt_date(issue, "cnnum")], f, 14, "image", issuer, g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("academic", "academic-visit-proof", fields, {"months": months, "role": "visitor"},
             "academic visit 访学 proof; months stated; signature date in Chinese numerals")


FILLER = {
    "TU": ["装配式混凝土结构具有施工速度快、构件质量可控等优点，近年来在我国得到了广泛应用。",
           "节点区域是装配式框架结构的薄弱部位，其抗震性能直接影响结构的整体安全。",
           "试验加载采用位移控制，每级位移循环3次，直至试件承载力下降至峰值荷载的85%。",
           "基于参数分析，提出了考虑连接刚度影响的节点受剪承载力计算公式。"],
    "TV": ["数字孪生流域以物理流域为单元、时空数据为底座，实现对流域全要素的数字化映射。",
           "模型率定采用2015—2020年实测流量资料，纳什效率系数均大于0.85。",
           "结果表明，耦合模型对洪峰流量和峰现时间的模拟精度明显优于单一模型。"],
    "R": ["本研究采用随机对照试验设计，共纳入患者120例，随机分为观察组和对照组各60例。",
          "观察组在常规护理基础上实施集束化护理干预，对照组仅给予常规护理。",
          "两组干预后焦虑评分、并发症发生率差异均有统计学意义（P<0.05）。"],
    "G4": ["大单元教学强调以核心素养为导向，对教材内容进行结构化重组。",
           "课堂观察量表从目标达成、学生参与和评价反馈三个维度设计。",
           "实践表明，信息技术与学科教学的深度融合能够有效提升课堂效率。"],
    "TP": ["本文提出一种基于注意力机制的轻量化检测网络，在保证精度的同时显著降低了参数量。",
           "实验在公开数据集上进行，平均精度均值达到91.3%，推理速度提升约40%。",
           "消融实验验证了各模块的有效性。"],
    "X": ["监测点位布设遵循代表性和可比性原则，共设置断面12个。",
          "采用主成分分析法识别主要污染来源，累计方差贡献率达到82.6%。"],
    "TM": ["新型电力系统中新能源占比不断提高，系统惯量水平明显下降。",
           "本文建立了考虑储能调频的机组组合模型，并采用混合整数规划方法求解。"],
}
PAPER_TITLES = {
    "TU": ["考虑连接刚度的装配式框架结构抗震性能分析", "预制叠合板拼缝受力性能试验研究"],
    "TV": ["基于数字孪生的中小流域洪水预报模型研究", "大型泵站机组振动特性分析与优化"],
    "R": ["集束化护理在老年髋部骨折围术期的应用效果", "基层医院慢性心衰患者随访管理模式探讨"],
    "G4": ["核心素养导向的初中物理大单元教学设计", "信息技术支持下的小学数学课堂评价实践"],
    "TP": ["基于轻量化卷积网络的输电线路缺陷检测方法", "面向边缘计算的任务卸载策略研究"],
    "X": ["太湖流域典型河道水质时空变化特征分析", "城市污水处理厂碳排放核算方法比较"],
    "TM": ["考虑储能调频的新型电力系统机组组合优化", "配电网分布式光伏承载力评估方法"],
}


def draw_paper(g: G, p: Pdf, journal, en, iss, cn, tier, vol, no, pub, title, authors, affs, recv, f_title, f_body,
               pages: int, holdout: bool):
    r = g.rng
    W = p.W
    cls = cn.split("/")[1]
    if not holdout:
        p.text(40, 40, journal, f_title, 11)
        p.text(150, 40, en, "Times-Roman", 8)
        p.text(W - 40, 40, f"{pub.year}年{pub.month}月    第{vol}卷    第{no}期", f_body, 9, "r")
        p.text(40, 56, f"ISSN {iss}    CN {cn}", "Times-Roman", 8.5)
        p.text(W - 40, 56, f"DOI:10.{r.randint(13000, 13999)}/j.cnki.{r.randint(1000, 9999)}.{pub.year}.{no:02d}.{r.randint(1, 80):03d}", "Times-Roman", 8, "r")
    else:
        p.text(40, 40, f"第{vol}卷第{no}期", f_body, 9)
        p.text(W / 2, 40, journal, f_title, 10, "c")
        p.text(W - 40, 40, f"Vol.{vol} No.{no}", "Times-Roman", 9, "r")
        p.text(40, 55, f"{pub.year}年{pub.month}月", f_body, 9)
        p.text(W - 40, 55, f"{en}   {pub.strftime('%b.')} {pub.year}", "Times-Italic", 8, "r")
        p.text(W / 2, 70, f"ISSN {iss}  ·  CN {cn}", "Times-Roman", 8, "c")
    p.hline(40, W - 40, 64 if not holdout else 76, 0.8)
    y = 110
    for line in p.wrap(title, f_title, 17, W - 120):
        p.text(W / 2, y, line, f_title, 17, "c", bold=True)
        y += 26
    sup = [str(1 + (i % len(affs))) for i in range(len(authors))]
    p.text(W / 2, y + 4, "，".join(a + s for a, s in zip(authors, sup)) + ("*" if len(authors) > 1 else ""), f_body, 12, "c")
    aff_line = "；".join(f"{i + 1}. {a}" for i, a in enumerate(affs))
    y = p.para(60, y + 24, W - 120, f"（{aff_line}）", f_body, 8.5, leading=13, indent=0, align="c")
    abstract = "".join(r.sample(FILLER[cls], len(FILLER[cls])))
    y = p.para(50, y + 8, W - 100, ("[摘要]" if not holdout else "摘　要：") + abstract, f_body, 9, leading=15, indent=0)
    y = p.para(50, y, W - 100, "关键词：" + "；".join(r.sample(["抗震性能", "有限元", "数字孪生", "护理干预", "教学设计",
                                                            "深度学习", "水质", "储能"], 4)), f_body, 9, leading=15, indent=0)
    y += 6
    # footnote on page 1: received date and first-author bio
    foot_y = p.H - 70
    p.hline(50, 200, foot_y - 14, 0.5)
    recv_text = fmt_date(recv, "iso") if not holdout else fmt_date(recv, "cn")
    p.text(50, foot_y, f"收稿日期：{recv_text}", f_body, 8)
    p.text(50, foot_y + 12, f"作者简介：{authors[0]}（{r.randint(1975, 1995)}—），{r.choice(['男', '女'])}，工程师，主要从事相关领域研究。", f_body, 8)
    # two-column body
    colw = (W - 100 - 20) / 2
    secs = ["1  引言", "2  研究方法", "3  结果与分析", "4  讨论", "5  结论"]
    si = 0
    for page in range(pages):
        top = y if page == 0 else 70
        bottom = foot_y - 30 if page == 0 else p.H - 60
        for col in range(2):
            x = 50 + col * (colw + 20)
            yy = top
            while yy < bottom - 40:
                if r.random() < 0.3 and si < len(secs):
                    p.text(x, yy + 6, secs[si], f_title, 10.5, bold=True)
                    si += 1
                    yy += 22
                txt = "".join(r.choice(FILLER[cls]) for _ in range(3))
                lines = p.wrap(txt, f_body, 9.5, colw, 19)
                for i, ln in enumerate(lines):
                    if yy > bottom - 14:
                        break
                    p.text(x + (19 if i == 0 else 0), yy, ln, f_body, 9.5)
                    yy += 15
                yy += 4
        if page < pages - 1:
            p.text(W / 2, p.H - 30, f"— {page + 1} —", "Times-Roman", 8, "c")
            p.new_page()
            p.text(40, 40, journal if not holdout else f"{journal}  {pub.year}年第{no}期", f_body, 9)
            p.hline(40, W - 40, 48, 0.6)
    if pages >= 2:
        p.text(50, p.H - 90, "参考文献：", f_title, 9, bold=True)
        p.text(50, p.H - 76, f"[1] {person(r)}，{person(r)}. 相关问题研究综述[J]. {journal}，{pub.year - 2}，{vol - 2}（3）：12-18.", f_body, 8)


def d_paper(g: G):
    r, k = g.rng, g.k
    journal, en, cnp, cls, tier = g.pick("journals")
    iss = issn(random.Random(journal))
    cn = f"{cnp}-{random.Random(journal + 'cn').randint(1000, 1999)}/{cls}"
    pub = event_date(r, k).replace(day=1)
    vol = pub.year - 1980 + (k % 3)
    no = pub.month
    recv = pub - dt.timedelta(days=r.randint(120, 300))
    na = [4, 1, 3, 2][k % 4]
    authors = people(r, na)
    affs = [f"{r.choice(g.P['universities'])}{r.choice(['土木工程学院', '医学院', '教育科学学院', '计算机学院'])}，安徽 合肥 230601",
            f"{g.city()}市{r.choice(['建筑设计研究院', '人民医院', '教育科学研究所'])}，安徽 {g.city()} 24{r.randint(1000, 9999)}"][:max(1, min(2, na))]
    title = r.choice(PAPER_TITLES[cls])
    pages = [2, 1, 3, 2][k % 4]
    rank = 1 if k % 4 != 2 else 2
    claimant = authors[rank - 1]
    p = g.pdf(created=pub + dt.timedelta(days=10))
    draw_paper(g, p, journal, en, iss, cn, tier, vol, no, pub, title, authors, affs, recv, g.f(0), g.f(1), pages, False)
    fields = {"issuer": journal, "holder": authors[0], "journal": journal, "issn": iss, "cn": cn,
              "publishedMonth": pub.strftime("%Y-%m"), "receivedDate": recv.isoformat(), "title": title}
    facts = {"journalTier": tier, "authorCount": na, "authorRank": rank, "claimant": claimant, "authors": authors,
             "volume": vol, "issue": no, "funded": False}
    return L("research", "journal-paper", fields, facts, seal=False,
             notes=f"journal paper, {pages} page(s); month-only publication date; claimant rank {rank}")


def d_book(g: G):
    r, k = g.rng, g.k
    press = g.pick("presses")
    pub = event_date(r, k).replace(day=1)
    na = [2, 1, 3][k % 3]
    authors = people(r, na)
    role = ["主编", "著", "编著"][k % 3]
    title = r.choice(["装配式建筑施工技术与管理", "基层护理质量管理实务", "智慧水利工程导论", "中学信息技术教学案例精选"])
    isbn = isbn13(r, r.choice(["5337", "112", "5650", "117"]))
    words = r.choice([256, 320, 412, 185])
    cip = f"{pub.year}第{r.randint(100000, 299999)}号"
    p = g.pdf(created=pub)
    f = g.f(k)
    y = 150
    p.text(70, y, "图书在版编目（CIP）数据", f, 12, bold=True)
    y = p.para(70, y + 26, p.W - 140, f"{title} / {'，'.join(authors)}{role}. —{'北京' if '中国' in press or '人民' in press else '合肥'}：{press}，{pub.year}.{pub.month}", f, 10.5, leading=18)
    y = p.lines(90, y, [f"ISBN {isbn}", f"Ⅰ.①{title[:2]}… Ⅱ.①{authors[0][0]}… Ⅲ.①{title[:4]}—研究 Ⅳ.①TU"], f, 10.5, 18)
    p.text(70, y + 8, f"中国版本图书馆CIP数据核字（{cip.replace('第', '）第')}", f, 10.5)
    p.hline(60, p.W - 60, y + 30)
    rows = [("书　　名", title), (role if len(role) == 2 else f"{role[0]}　　{role[1]}" if len(role) == 2 else role, "，".join(authors)),
            ("责任编辑", person(r)), ("出版发行", press), ("印　　刷", f"{g.city()}新华印务有限公司"),
            ("开　　本", "787 mm×1092 mm  1/16"), ("印　　张", f"{words / 16:.1f}"), ("字　　数", f"{words}千字"),
            ("版　　次", f"{pub.year}年{pub.month}月第1版"), ("印　　次", f"{pub.year}年{pub.month}月第1次印刷"),
            ("书　　号", f"ISBN {isbn}"), ("定　　价", f"{r.choice([48, 58, 68, 86])}.00元")]
    y += 60
    for a, b in rows:
        p.text(100, y, a, f, 11)
        p.text(190, y, b, f, 11)
        y += 22
    p.text(p.W / 2, p.H - 80, "版权所有  侵权必究", f, 10, "c")
    fields = {"issuer": press, "holder": authors[0], "title": title, "isbn": isbn.replace("-", "") if False else isbn,
              "publishedMonth": pub.strftime("%Y-%m")}
    facts = {"wordCount": words * 1000, "wordCountPrinted": f"{words}千字", "authorCount": na, "authorRank": 1,
             "authorRole": role, "claimant": authors[0], "authors": authors}
    return L("research", "monograph", fields, facts, seal=False, notes=f"book copyright page 版权页; 字数 {words}千字; {role}")


def d_project(g: G):
    r, k = g.rng, g.k
    level = ["provincial", "municipal", "national", "provincial"][k % 4]
    prog = {"provincial": ("安徽省自然科学基金面上项目", "安徽省科学技术厅"),
            "municipal": (f"{g.city()}市科技计划项目", f"{g.city()}市科学技术局"),
            "national": ("国家自然科学基金青年科学基金项目", "国家自然科学基金委员会")}[level]
    yrs = r.choice([2, 3])
    close = k % 3 != 2
    when = event_date(r, k)            # the issue date: concluded projects end the year before it
    if close:
        e = dt.date(when.year - 1, 12, 31)
        s = dt.date(e.year - yrs + 1, 1, 1)
    else:
        s = dt.date(when.year + (1 if when.month > 9 else 0), 1, 1)
        e = dt.date(s.year + yrs - 1, 12, 31)
    team = people(r, r.randint(3, 6))
    rank = 1 if k % 2 == 0 else r.randint(2, len(team))
    pname = r.choice(["城市内涝智能预警关键技术研究", "装配式建筑节点性能提升技术研究", "基层医疗机构慢病管理模式创新研究",
                      "中小学人工智能课程体系构建研究"])
    pno = f"{s.year}{r.choice(['AH', 'KJ', ''])}{r.randint(100000, 999999)}"
    issuer = prog[1]
    issue = when
    p = g.pdf(created=issue)
    p.frame("double-red" if close else "none")
    f = g.f(1)
    if close:
        p.text(p.W / 2, 120, "科研项目结题证书", f, 26, "c", bold=True, cs=4)
        line, no = cert_no(g, k + 3, issue.year)
        p.text(p.W / 2, 150, line, f, 11, "c")
        rows = [["项目名称", pname], ["项目编号", pno], ["项目类别", prog[0]], ["项目负责人", team[0]],
                ["主要成员（排序）", "、".join(team[1:])], ["起止年限", f"{s.year}年1月—{e.year}年12月"],
                ["结题结论", "经专家鉴定，同意结题"]]
        y = p.table(70, 190, [120, p.W - 260], rows, f, 12, row_h=36, align="l", shade_first_col=True)
        y = p.para(70, y + 30, p.W - 140, "该项目已完成任务书规定的研究内容，准予结题，特发此证。", f, 14)
        sign_block(p, p.W - 170, y + 80, [issuer, fmt_date(issue, "cn")], f, 14, "image", issuer, g.seed)
        fields = {"certificateNumber": no, "issueDate": issue.isoformat(), "issuer": issuer, "holder": team[0],
                  "title": pname, "projectNumber": pno}
        kind_note = "结题证书 with table; period printed to the month only -> facts.periodStart/periodEnd, no start/end dates"
    else:
        p.text(p.W / 2, 110, "项目立项通知书", f, 24, "c", bold=True)
        p.text(70, 170, f"{team[0]}同志：", f, 14)
        body = (f"经专家评审和公示，你申报的“{pname}”（项目编号：{pno}）被列为{s.year}年度{prog[0]}，"
                f"研究期限{s.year}年1月至{e.year}年12月。请按照项目任务书要求组织实施。项目组成员：{'、'.join(team)}。")
        y = p.para(70, 205, p.W - 140, body, f, 14, leading=30)
        sign_block(p, p.W - 170, y + 80, [issuer, fmt_date(issue, "cn0")], f, 14, "image", issuer, g.seed)
        fields = {"issueDate": issue.isoformat(), "issuer": issuer, "holder": team[0], "title": pname,
                  "projectNumber": pno}
        kind_note = "立项通知书"
        rank = 1
    facts = {"projectLevel": level, "projectRole": "leader" if rank == 1 else "member", "projectRank": rank,
             "claimant": team[rank - 1], "teamSize": len(team), "projectStage": "concluded" if close else "approved",
             "periodStart": s.strftime("%Y-%m"), "periodEnd": e.strftime("%Y-%m")}
    if close:
        facts["years"] = yrs
    return L("research", "research-project", fields, facts, notes=f"research project {kind_note}; level {level}; claimant rank {rank}")


def d_patent(g: G):
    r, k = g.rng, g.k
    utility = k % 3 == 1
    grant = event_date(r, k)
    app = grant - dt.timedelta(days=r.randint(400, 900) if not utility else r.randint(150, 300))
    inv = people(r, r.randint(1, 4))
    rank = 1 if k % 2 == 0 else len(inv)
    owner = r.choice(g.P["universities"]) if k % 2 else r.choice(g.P["companies"])
    title = r.choice(["一种水闸闸门智能启闭控制装置", "一种装配式墙板连接节点", "一种便携式静脉穿刺辅助固定器",
                      "一种教学用多功能演示支架"])
    pno = f"ZL {app.year} {2 if utility else 1} {r.randint(1000000, 9999999)}.{r.randint(0, 9)}"
    certno = str(r.randint(1000000, 9999999))
    p = g.pdf(created=grant)
    p.frame("gold")
    f = g.f(2)
    name = "实用新型专利证书" if utility else "发明专利证书"
    p.text(p.W / 2, 110, name, f, 28, "c", bold=True, cs=4)
    p.text(p.W / 2, 140, f"证书号第{certno}号", f, 12, "c")
    rows = [(("实用新型名称" if utility else "发明名称") + "：", title), (("设 计 人" if utility else "发 明 人") + "：", "；".join(inv)),
            ("专 利 号：", pno), ("专利申请日：", fmt_date(app, "cn0")), ("专利权人：", owner),
            ("授权公告日：", fmt_date(grant, "cn0")), ("授权公告号：", f"CN {r.randint(100000000, 219999999)} {'U' if utility else 'B'}")]
    y = 190
    for a, b in rows:
        p.text(80, y, a, f, 12)
        p.text(190, y, b, f, 12)
        y += 28
    body = (f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{name}并在专利登记簿上予以登记。"
            f"专利权自授权公告之日起生效。专利权期限为{'十' if utility else '二十'}年，自申请日起算。")
    y = p.para(70, y + 20, p.W - 140, body, f, 11.5, leading=22)
    p.text(p.W - 150, y + 70, "局长", f, 12)
    p.text(p.W - 150, y + 95, person(r), "ukai", 16)
    p.seal(p.W - 140, y + 60, "中华人民共和国国家知识产权局", seed=g.seed)
    fields = {"issueDate": grant.isoformat(), "issuer": "国家知识产权局", "holder": inv[0], "certificateNumber": certno,
              "patentNumber": pno.replace(" ", ""), "applicationDate": app.isoformat(), "title": title}
    facts = {"patentType": "utility" if utility else "invention", "inventorCount": len(inv), "inventorRank": rank,
             "claimant": inv[rank - 1], "patentee": owner}
    return L("research", "patent", fields, facts, notes=f"{name}; issueDate = 授权公告日; claimant rank {rank}")


def d_exam(g: G):
    r, k = g.rng, g.k
    name, a1, a2, level = g.pick("exams")
    d = event_date(r, k)
    holder = person(r)
    idn = id_number(r, g.P["id_areas"])
    table_style = k % 2 == 0
    p = g.pdf(land=not table_style, created=d)
    f = g.f(3)
    if table_style:
        p.frame("double-red")
        p.text(p.W / 2, 100, "中华人民共和国", f, 18, "c", cs=6)
        p.text(p.W / 2, 140, f"{name}职业资格证书" if "资格" not in name else f"{name}证书", f, 24, "c", bold=True)
        issuer = a1
        text = (f"本证书由中华人民共和国{a1}{'、' + a2 if a2 else ''}批准颁发，表明持证人通过国家统一组织的考试，"
                f"取得{name}的{'职业' if level == 'qualification' else '专业技术'}资格。")
        y = p.para(70, 180, p.W - 140, text, f, 12.5, leading=24)
        no = f"{d.year}{r.randint(10, 99)}{idn[:2]}{r.randint(10000000, 99999999)}"
        rows = [["姓　　名", holder, "性　　别", r.choice(["男", "女"])], ["身份证件号码", idn],
                ["出生年月", f"{idn[6:10]}年{int(idn[10:12])}月"], ["专　　业", {"一级建造师": "建筑工程", "注册安全工程师": "安全生产管理", "中级经济师": "工商管理",
                            "执业药师": "药学"}.get(name, "护理学")],
                ["批准日期", fmt_date(d, "cn")], ["证书编号", no]]
        y = p.table(70, y + 20, [110, 150, 80, p.W - 140 - 340], rows, f, 12, row_h=32, align="c", shade_first_col=True)
        sign_block(p, p.W - 170, y + 80, [f"签发单位：{issuer}", f"签发日期：{fmt_date(d, 'cn')}"], f, 12, "image", "中华人民共和国" + issuer, g.seed, "证书专用章")
    else:
        p.frame("green")
        issuer = "安徽省人事考试院"
        p.text(p.W / 2, 110, "考试成绩合格证明", f, 28, "c", bold=True)
        body = (f"{holder}（身份证号：{idn}），参加{d.year}年度全国{name}考试，各科成绩均已合格，"
                f"{'取得' + name + '资格' if level == 'qualification' else '达到合格标准'}。")
        y = p.para(110, 200, p.W - 220, body, f, 15, leading=32)
        no = f"{d.year}{r.randint(10000000, 99999999)}"
        p.text(110, y + 20, f"证书编号：{no}", f, 12)
        sign_block(p, p.W - 220, y + 90, [issuer, fmt_date(d, "cn0")], f, 14, "image", issuer, g.seed)
    fields = {"issueDate": d.isoformat(), "issuer": issuer, "holder": holder, "certificateNumber": no}
    facts = {"examResult": "pass", "examLevel": level, "examYear": d.year, "examName": name}
    return L("exam", "exam-certificate", fields, facts, pii=idn,
             notes=f"exam {'qualification certificate with table' if table_style else '成绩合格证明'}; fake checksum-valid ID")


def d_award(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k)
    level = ["provincial", "municipal", "provincial", "national"][k % 4]
    grade = [1, 2, 3][k % 3]
    g_cn = "一二三"[grade - 1]
    city = g.city()
    issuer = {"provincial": "安徽省人民政府", "municipal": f"{city}市人民政府", "national": "中国水利学会"}[level]
    if k % 4 == 1:
        issuer = "安徽省土木建筑学会"
        level = "provincial"
    team = people(r, r.randint(2, 6))
    rank = r.randint(1, len(team))
    holder = team[rank - 1]
    ach = r.choice(["城市内涝预警系统研发与应用", "装配式建筑关键技术集成与示范", "基层慢病综合防控模式研究"])
    awardname = {"安徽省人民政府": "安徽省科学技术进步奖", f"{city}市人民政府": f"{city}市科学技术进步奖",
                 "中国水利学会": "大禹水利科学技术奖", "安徽省土木建筑学会": "安徽省土木建筑科技奖"}[issuer]
    sealonly = k == 2
    p = g.pdf(land=k % 2 == 0, created=d)
    p.frame(["gold", "ornate", "double-red"][k % 3])
    f = g.f(4)
    p.text(p.W / 2, 120, "获奖证书" if k % 2 == 0 else "荣誉证书", f, 34, "c", bold=True, cs=8, color=DARKRED)
    body = (f"{holder}同志：你参与完成的“{ach}”项目荣获{d.year}年度{awardname}{g_cn}等奖（排名第{rank}），特发此证，以资鼓励。")
    y = p.para(100, 200, p.W - 200, body, f, 16, leading=34)
    no_line, no = cert_no(g, k, d.year)
    p.text(100, y + 30, no_line, f, 11)
    if sealonly:
        p.text(p.W - 200, y + 110, fmt_date(d, "cnnum"), f, 14, "c")
        p.seal_vector(p.W - 200, y + 90, issuer)
    else:
        sign_block(p, p.W - 200, y + 90, [issuer, fmt_date(d, "cnnum")], f, 14, "image", issuer, g.seed)
    fields = {"issueDate": d.isoformat(), "issuer": issuer, "holder": holder, "certificateNumber": no}
    facts = {"awardLevel": level, "awardGrade": grade, "awardType": "sci", "awardRank": rank, "teamSize": len(team)}
    return L("other", "award", fields, facts, seal_only=sealonly,
             notes="award certificate" + ("; issuer only in a VECTOR seal (seal words are in the text layer, on an arc)" if sealonly else ""))


def d_other(g: G):
    r, k = g.rng, g.k
    city = g.city()
    s = event_date(r, k)
    holder = person(r)
    issue = s + dt.timedelta(days=r.randint(5, 30))
    p = g.pdf(created=issue)
    f = g.f(0)
    if k % 2 == 0:
        issuer = f"{city}市人力资源和社会保障局"
        title = "技能竞赛参赛证明"
        body = (f"{holder}同志于{fmt_date(s, 'cn')}参加{city}市{s.year}年专业技术人员职业技能竞赛（{r.choice(['工程测量', '护理技能', '电工'])}项目）决赛，"
                f"获得个人三等奖。根据有关规定，可作为继续教育其他方式予以认定。")
        fields = {"startDate": s.isoformat(), "endDate": s.isoformat(), "issueDate": issue.isoformat(),
                  "issuer": issuer, "holder": holder}
        facts = {"otherType": "skills-competition", "awardGrade": 3}
    else:
        issuer = f"{city}市卫生健康委员会"
        title = "对口支援工作证明"
        s = add_months(s, -6)
        e = add_months(s, 6) - dt.timedelta(days=1)
        issue = e + dt.timedelta(days=r.randint(5, 30))
        body = (f"{holder}同志受派于{fmt_range(s, e, 'cn-full')}赴{r.choice(['六安市金寨县', '安庆市岳西县'])}人民医院开展对口支援工作，"
                f"为期6个月，圆满完成支援任务。")
        fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(),
                  "issuer": issuer, "holder": holder}
        facts = {"otherType": "counterpart-support", "months": 6}
    p.text(p.W / 2, 120, title, f, 24, "c", bold=True)
    y = p.para(70, 190, p.W - 140, body, f, 15, leading=32)
    y = p.para(70, y, p.W - 140, "特此证明。", f, 15)
    sign_block(p, p.W - 170, y + 80, [issuer, fmt_date(issue, "cn")], f, 14, "image", issuer, g.seed)
    return L("other", "other", fields, facts, notes=f"other way ({title})")


# -- not evidence ------------------------------------------------------------------------------------------------
def d_notice(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k)
    city = g.city()
    issuer = [f"{city}市人力资源和社会保障局", "安徽省人力资源和社会保障厅"][k % 2]
    short = {"安徽省人力资源和社会保障厅": "皖人社秘"}.get(issuer, f"{city[0]}人社秘")
    docno = f"{short}〔{d.year}〕{r.randint(20, 199)}号"
    title = g.pick("notice_titles").format(y=d.year)
    p = g.pdf(created=d)
    f = g.f(1)
    p.text(p.W / 2, 90, issuer, f, 24, "c", color=RED, bold=True)
    p.text(p.W / 2, 125, docno, f, 13, "c")
    p.hline(60, p.W - 60, 140, 2, RED)
    y = p.para(70, 185, p.W - 140, title, f, 18, leading=28, indent=0, align="c")
    p.text(70, y + 20, "各有关单位：", f, 14)
    paras = ["为进一步加强专业技术人才队伍建设，根据《专业技术人员继续教育规定》，现就有关事项通知如下。",
             "一、专业技术人员参加继续教育的时间，每年累计应不少于90学时，其中专业科目一般不少于总学时的三分之二，公需科目不少于30学时。",
             f"二、{'培训班为期5天，计40学时，' if k % 2 == 0 else ''}参训人员经考核合格后，由主办单位出具学时证明。",
             "三、各单位应当建立继续教育登记制度，如实记录本单位专业技术人员参加继续教育的情况。",
             "附件：继续教育学时安排表"]
    y += 50
    for s_ in paras:
        y = p.para(70, y, p.W - 140, s_, f, 14, leading=28)
    sign_block(p, p.W - 170, y + 70, [issuer, fmt_date(d, "cn")], f, 14, "image", issuer, g.seed)
    p.new_page()
    p.text(60, 70, "附件", f, 14, bold=True)
    p.text(p.W / 2, 110, "继续教育学时安排表", f, 18, "c")
    rows = [["序号", "培训内容", "学时", "方式"]] + [[str(i + 1), t, str(h), m] for i, (t, h, m) in enumerate(
        [("科研项目申报与管理", 6, "面授"), ("行业标准规范最新解读", 8, "面授"), ("应急管理与安全生产", 12, "面授"),
         ("人工智能技术及其应用", 12, "网络")])]
    p.table(80, 140, [50, 230, 80, p.W - 160 - 360], rows, f, 12, row_h=30, header=True)
    fields = {"issuer": issuer, "issueDate": d.isoformat(), "documentNumber": docno}
    return L("unknown", "unknown", fields, {"evidence": False, "docType": "notice"}, expect=["not-evidence"],
             notes="government notice with 学时 numbers and an attachment page; not evidence of any person's learning")


def d_agenda(g: G):
    r, k = g.rng, g.k
    s = event_date(r, k)
    city = g.city()
    soc = r.choice(g.P["societies"])
    p = g.pdf(created=s - dt.timedelta(days=5))
    f = g.f(2)
    p.text(p.W / 2, 80, f"{s.year}年{soc[3:-2] if soc.startswith('安徽省') else ''}学术年会", f, 20, "c", bold=True)
    p.text(p.W / 2, 110, "会议日程", f, 18, "c")
    p.text(60, 145, f"会议时间：{fmt_date(s, 'cn')}—{(s + dt.timedelta(days=1)).day}日    会议地点：{city}市{r.choice(['国际会议中心', '滨湖宾馆'])}", f, 11)
    rows = [["日期", "时间", "内容", "主讲/主持"]]
    for day in range(2):
        dd = s + dt.timedelta(days=day)
        for t, c in [("08:30-09:00", "开幕式"), ("09:00-10:30", "主旨报告"), ("10:45-12:00", "专题报告"),
                     ("14:00-17:00", "分会场交流")]:
            rows.append([f"{dd.month}月{dd.day}日", t, c, person(r)])
    p.table(60, 165, [80, 100, 170, p.W - 120 - 350], rows, f, 11, row_h=26, header=True)
    p.text(60, 470, f"主办单位：{soc}", f, 11)
    p.text(60, 490, "注：参会代表可获继续教育学时，具体以会后证明为准。", f, 11)
    return L("unknown", "unknown", {}, {"evidence": False, "docType": "agenda"}, seal=False, expect=["not-evidence"],
             allow=["attendance-unproven"], notes="meeting agenda 会议日程; no person, no attendance")


def d_acceptance(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k)
    holder = person(r)
    journal = g.pick("journals")[0]
    title = r.choice(sum(PAPER_TITLES.values(), []))
    issuer = f"《{journal}》编辑部"
    p = g.pdf(created=d)
    f = g.f(3)
    p.text(p.W / 2, 110, "录用通知", f, 24, "c", bold=True)
    p.text(70, 170, f"{holder}先生/女士：", f, 14)
    body = (f"您投寄的稿件《{title}》经专家审稿，已被本刊录用，拟于近期刊出。请按编辑部意见修改后于两周内返回修改稿。"
            f"刊出后将按规定寄送样刊。")
    y = p.para(70, 205, p.W - 140, body, f, 14, leading=30)
    sign_block(p, p.W - 170, y + 80, [issuer, fmt_date(d, "cn")], f, 14, "image", issuer, g.seed)
    fields = {"issuer": issuer, "issueDate": d.isoformat(), "holder": holder}
    return L("research", "acceptance-notice", fields, {"docType": "acceptance-notice", "title": title, "journal": journal,
                                                       "published": False}, expect=["acceptance-only"],
             notes="paper acceptance notice 录用通知: claimed as research, proves no publication (acceptance-only)")


def d_invite(g: G):
    r, k = g.rng, g.k
    s = event_date(r, k)
    city = g.city()
    level = ["national", "provincial"][k % 2]
    conf = conf_name(g, level, s.year, city)
    issuer = r.choice(g.P["societies"])
    holder = person(r)
    issue = s - dt.timedelta(days=r.randint(20, 50))
    p = g.pdf(created=issue)
    f = g.f(4)
    p.text(p.W / 2, 110, "邀请函", f, 28, "c", bold=True, cs=8)
    p.text(70, 170, f"尊敬的{holder}：", f, 14)
    body = (f"兹定于{fmt_range(s, s + dt.timedelta(days=1), 'cn-short')}在{city}召开“{conf}”。"
            f"诚挚邀请您拨冗出席{'并作专题报告' if k % 2 == 0 else ''}。参会代表可获继续教育学时8学时。请于会前回执报名。")
    y = p.para(70, 205, p.W - 140, body, f, 14, leading=30)
    sign_block(p, p.W - 170, y + 80, [issuer, fmt_date(issue, "cn")], f, 14, "image", issuer, g.seed)
    fields = {"issuer": issuer, "issueDate": issue.isoformat(), "holder": holder}
    return L("unknown", "unknown", fields, {"evidence": False, "docType": "invitation"}, expect=["not-evidence"],
             allow=["attendance-unproven"], notes="invitation letter 邀请函 before the event; mentions 8学时; proves no attendance")


def d_blank(g: G):
    p = g.pdf(created=dt.date(2024, 3, 1))
    f = g.f(0)
    p.text(p.W / 2, 90, "专业技术人员继续教育学时登记表", f, 18, "c", bold=True)
    p.text(60, 125, "单位（盖章）：", f, 11)
    p.text(p.W - 60, 125, "年    月    日", f, 11, "r")
    rows = [["姓名", "", "性别", ""], ["工作单位", ""], ["专业技术职务", ""],
            ["序号", "学习内容", "起止时间", "学时"]] + [["", "", "", ""] for _ in range(8)] + \
           [["合计学时", ""], ["单位审核意见", "\n\n\n"]]
    p.table(60, 140, [90, 200, 130, p.W - 120 - 420], rows, f, 11, row_h=30)
    return L("unknown", "unknown", {}, {"evidence": False, "docType": "blank-form"}, seal=False,
             expect=["not-evidence"], notes="blank 学时登记表; nothing filled in")


def d_invoice(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k)
    seller = f"{g.city()}市{r.choice(['卓越职业培训学校', '华安教育咨询有限公司'])}"
    buyer = f"{g.city()}市{r.choice(['第一人民医院', '建设工程有限公司'])}"
    amt = r.choice([800, 1200, 1500, 2400])
    p = g.pdf(land=True, created=d)
    f = g.f(1)
    p.text(p.W / 2, 60, "电子发票（普通发票）", f, 22, "c", color=DARKRED, bold=True)
    p.text(p.W - 60, 50, f"发票号码：{r.randint(10**19, 10**20 - 1)}", f, 10, "r")
    p.text(p.W - 60, 68, f"开票日期：{fmt_date(d, 'cn0')}", f, 10, "r")
    rows = [["购买方", f"名称：{buyer}    统一社会信用代码：12340{r.randint(10**12, 10**13 - 1)}"],
            ["项目名称", "规格型号", "单位", "数量", "金额"],
            ["*教育培训服务*培训费", "", "人次", "1", f"{amt:.2f}"],
            ["价税合计（大写）", f"{'壹仟贰佰' if amt == 1200 else '捌佰' if amt == 800 else '壹仟伍佰' if amt == 1500 else '贰仟肆佰'}圆整    （小写）¥{amt:.2f}"],
            ["销售方", f"名称：{seller}"], ["备注", "培训费（含教材资料费）"]]
    p.table(50, 95, [130, 200, 90, 90, p.W - 100 - 510], rows, f, 11, row_h=32, align="l")
    p.text(p.W - 150, 440, f"开票人：{person(r)}", f, 11)
    p.seal(p.W - 160, 380, seller, "发票专用章", r=42, seed=g.seed)
    fields = {"issuer": seller, "issueDate": d.isoformat()}
    return L("unknown", "unknown", fields, {"evidence": False, "docType": "invoice"}, expect=["not-evidence"],
             notes="invoice-like document for a training fee; no hours, no person")


# -- English ------------------------------------------------------------------------------------------------------
def e_mooc(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k)
    holder = en_person(r)
    course = r.choice(["Machine Learning Foundations", "Project Management Principles", "Data Analysis with Python",
                       "Introduction to Public Health"])
    uni = r.choice(["Northbridge University", "University of Eastmoor", "Lakeside Institute of Technology"])
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
    withhours = k % 2 == 1
    p = g.pdf(land=True, created=d)
    p.frame("blue-band")
    p.text(60, 80, "COURSELAB", "Helvetica-Bold", 20, color=NAVY)
    p.text(60, 130, fmt_date(d, "en-short"), "Helvetica", 12)
    p.text(60, 190, holder, "Helvetica-Bold", 30)
    p.text(60, 225, "has successfully completed", "Helvetica", 13)
    p.text(60, 265, course, "Helvetica-Bold", 22)
    p.text(60, 295, f"an online non-credit course authorized by {uni} and offered through Courselab", "Helvetica", 11)
    if withhours:
        p.text(60, 320, f"Approximately {(n := r.choice([12, 18, 24]))} hours of learning", "Helvetica", 11)
    p.text(60, 470, f"Verify at courselab.org/verify/{code}", "Helvetica", 9, color=GREY)
    p.text(60, 485, "Courselab has confirmed the identity of this individual and their participation in the course.",
           "Helvetica", 9, color=GREY)
    p.text(p.W - 80, 420, person(r) if False else en_person(r), "Times-Italic", 16, "r")
    p.hline(p.W - 260, p.W - 80, 428)
    p.text(p.W - 80, 445, f"Course Instructor, {uni}", "Helvetica", 9, "r")
    fields = {"issueDate": d.isoformat(), "issuer": "Courselab", "holder": holder, "certificateNumber": code}
    facts = {"language": "en", "subject": "professional"}
    if withhours:
        fields["hours"] = n
        facts["hoursUnit"] = "hours"
    return L("online", "online-learning-record", fields, facts, seal=False,
             notes="Coursera-style MOOC certificate (fictional platform)" + ("; approx hours stated" if withhours else "; no hours"))


def e_edx(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k + 1)
    holder = en_person(r)
    course = r.choice(["Sustainable Urban Water Systems", "Clinical Research Methods", "Cybersecurity Fundamentals"])
    n = r.choice([20, 24, 30])
    code = hashlib.md5(f"{g.seed}".encode()).hexdigest()
    p = g.pdf(land=True, created=d)
    p.frame("gold")
    p.text(p.W / 2, 90, "edVantage", "Times-Bold", 26, "c", color=NAVY)
    p.text(p.W / 2, 140, "VERIFIED CERTIFICATE of ACHIEVEMENT", "Helvetica-Bold", 18, "c")
    p.text(p.W / 2, 180, "This is to certify that", "Times-Italic", 13, "c")
    p.text(p.W / 2, 220, holder, "dejavu-b", 28, "c")
    p.text(p.W / 2, 255, f"successfully completed and received a passing grade in {course}", "Times-Roman", 13, "c")
    p.text(p.W / 2, 280, f"a course of study offered by edVantage. This course comprised {n} hours of learning.", "Times-Roman", 13, "c")
    p.text(p.W / 2, 330, f"Issued {fmt_date(d, 'en')}", "Times-Roman", 12, "c")
    p.text(p.W / 2, 520, f"Valid Certificate ID {code}", "Helvetica", 8, "c", color=GREY)
    fields = {"hours": n, "issueDate": d.isoformat(), "issuer": "edVantage", "holder": holder, "certificateNumber": code}
    return L("online", "online-learning-record", fields, {"hoursUnit": "hours", "language": "en"}, seal=False,
             notes="edX-style verified certificate (fictional platform); hours stated")


def e_cpd(g: G):
    r, k = g.rng, g.k
    s = event_date(r, k)
    e = s + dt.timedelta(days=1)
    holder = en_person(r)
    n = r.choice([6, 7, 12, 14])
    issuer = "Institution of Applied Structural Engineers"
    no = f"CPD-{s.year}-{r.randint(10000, 99999)}"
    p = g.pdf(created=e)
    p.frame("double-red")
    p.text(p.W / 2, 110, issuer, "Times-Bold", 18, "c", color=DARKRED)
    p.text(p.W / 2, 160, "CERTIFICATE OF CONTINUING PROFESSIONAL DEVELOPMENT", "Helvetica-Bold", 14, "c")
    p.text(p.W / 2, 210, "This is to certify that", "Times-Italic", 13, "c")
    p.text(p.W / 2, 250, holder, "Times-Bold", 24, "c")
    p.text(p.W / 2, 290, "attended the two-day course", "Times-Roman", 13, "c")
    p.text(p.W / 2, 315, r.choice(["Seismic Design of Composite Structures", "Eurocode 7: Geotechnical Design in Practice"]), "Times-Bold", 14, "c")
    p.text(p.W / 2, 345, f"held on {fmt_date(s, 'en-dmy')} – {fmt_date(e, 'en-dmy')} in London", "Times-Roman", 13, "c")
    p.text(p.W / 2, 380, f"and is awarded {n} CPD hours.", "Times-Roman", 13, "c")
    p.text(80, 620, f"Certificate No. {no}", "Helvetica", 10)
    p.text(p.W - 80, 620, f"Date: {fmt_date(e, 'en-dmy')}", "Helvetica", 10, "r")
    p.text(p.W - 80, 680, "Head of Professional Development", "Helvetica", 10, "r")
    p.seal(p.W - 150, 540, "IASE  CPD PROVIDER", "", r=45, seed=g.seed)
    fields = {"hours": n, "startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": e.isoformat(),
              "issuer": issuer, "holder": holder, "certificateNumber": no}
    return L("training", "training-certificate", fields, {"hoursUnit": "hours", "days": 2, "language": "en",
                                                          "hoursLabel": "CPD hours"},
             notes="professional body CPD certificate, 'CPD hours' (fictional body)")


def e_ieee(g: G):
    r, k = g.rng, g.k
    s = event_date(r, k + 1)
    e = s + dt.timedelta(days=2)
    holder = en_person(r)
    yr = s.year
    conf = f"{yr} International Conference on Smart Grid and Energy Systems (SGES {yr})"
    issuer = f"SGES {yr} Organizing Committee"
    p = g.pdf(land=True, created=e)
    p.frame("ornate")
    p.text(p.W / 2, 100, "CERTIFICATE OF ATTENDANCE", "Times-Bold", 28, "c", color=NAVY)
    p.text(p.W / 2, 160, "This is to certify that", "Times-Italic", 14, "c")
    p.text(p.W / 2, 205, holder, "Times-Bold", 26, "c")
    p.text(p.W / 2, 245, "attended the", "Times-Roman", 14, "c")
    p.text(p.W / 2, 275, conf, "Times-Bold", 15, "c")
    rng_en = f"{s.strftime('%B')} {s.day}–{e.day}, {yr}" if s.month == e.month else f"{s.strftime('%B')} {s.day} – {e.strftime('%B')} {e.day}, {yr}"
    p.text(p.W / 2, 305, f"held in Hefei, China, {rng_en}.", "Times-Roman", 14, "c")
    p.text(p.W - 120, 450, en_person(r), "Times-Italic", 15, "c")
    p.hline(p.W - 210, p.W - 30, 458)
    p.text(p.W - 120, 475, "General Chair, " + issuer, "Times-Roman", 10, "c")
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": e.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("academic", "conference-proof", fields, {"conferenceLevel": "international", "role": "attendee",
                                                      "days": 3, "language": "en"}, seal=False,
             notes="IEEE-style conference attendance certificate (fictional conference); issueDate = last day (no separate date printed)")


def e_cme(g: G):
    r, k = g.rng, g.k
    s = event_date(r, k)
    e = s + dt.timedelta(days=2)
    holder = en_person(r)
    cr = r.choice([12.5, 15.0, 18.25])
    issuer = "Midwest Academy of Internal Medicine"
    p = g.pdf(created=e)
    p.frame("green")
    p.text(p.W / 2, 110, issuer, "Helvetica-Bold", 17, "c")
    p.text(p.W / 2, 150, "Certificate of CME Credit", "Times-Bold", 22, "c")
    p.text(p.W / 2, 200, "This certifies that", "Times-Italic", 13, "c")
    p.text(p.W / 2, 240, holder + ", MD", "Times-Bold", 22, "c")
    p.text(p.W / 2, 280, "has participated in the live activity titled", "Times-Roman", 12, "c")
    p.text(p.W / 2, 305, f"{s.year} Update in Hospital Medicine", "Times-Bold", 14, "c")
    p.text(p.W / 2, 330, f"{fmt_date(s, 'en')} – {fmt_date(e, 'en')}", "Times-Roman", 12, "c")
    p.text(p.W / 2, 365, f"and is awarded {cr} AMA PRA Category 1 Credits™.", "Times-Roman", 13, "c")
    y = p.para(70, 420, p.W - 140, "The Midwest Academy of Internal Medicine is accredited by the Accreditation Council "
               "for Continuing Medical Education to provide continuing medical education for physicians.", "Times-Roman",
               10, leading=14, indent=0)
    p.text(70, 700, f"Date issued: {fmt_date(e, 'en')}", "Helvetica", 10)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": e.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("training", "training-certificate", fields, {"credits": cr, "creditType": "AMA PRA Category 1",
                                                          "days": 3, "language": "en"}, seal=False,
             notes="CME certificate; credits only (AMA PRA Category 1 Credits), no hours label")


def e_cpe(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k + 1)
    holder = en_person(r)
    n = r.choice([4, 6, 8])
    issuer = "Harbor CPE Learning Group"
    p = g.pdf(land=True, created=d)
    p.frame("gold")
    p.text(p.W / 2, 90, "Certificate of Completion", "Times-Bold", 30, "c")
    p.text(p.W / 2, 130, issuer, "Helvetica", 14, "c", color=GREY)
    p.text(p.W / 2, 180, holder, "Times-Bold", 26, "c")
    p.text(p.W / 2, 215, "has successfully completed", "Times-Roman", 13, "c")
    p.text(p.W / 2, 245, r.choice(["Revenue Recognition Update", "Ethics for CPAs", "Internal Controls in Practice"]), "Times-Bold", 16, "c")
    rows = [["Date Completed", fmt_date(d, "en")], ["Field of Study", "Accounting"], ["Delivery Method", "Group-Live"],
            ["CPE Credit Hours", f"{n}.0"], ["Sponsor ID", str(r.randint(100000, 199999))]]
    p.table(250, 280, [150, 190], rows, "Helvetica", 11, row_h=24, align="l")
    fields = {"hours": n, "startDate": d.isoformat(), "endDate": d.isoformat(), "issueDate": d.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("training", "training-certificate", fields, {"hoursUnit": "hours", "days": 1, "language": "en",
                                                          "hoursLabel": "CPE Credit Hours"}, seal=False,
             notes="CPE certificate (NASBA style, fictional sponsor); hours printed as 'n.0'; one day")


def e_webinar(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k)
    holder = en_person(r)
    hrs = r.choice([1.5, 2, 3])
    issuer = "Global Water Professionals Network"
    p = g.pdf(created=d)
    p.frame("blue-band")
    p.text(70, 100, issuer, "Helvetica-Bold", 16, color=NAVY)
    p.text(70, 150, "Webinar Attendance Certificate", "Helvetica-Bold", 22)
    p.text(70, 200, f"Awarded to: {holder}", "Helvetica", 14)
    p.text(70, 230, "for attending the live online webinar", "Helvetica", 12)
    p.text(70, 255, "\u201cDigital Twins for River Basin Management\u201d", "Helvetica-Bold", 13)
    p.text(70, 285, f"on {fmt_date(d, 'en-dmy')}, duration {hrs:g} hours.", "Helvetica", 12)
    p.text(70, 720, "This certificate is generated automatically and carries no signature.", "Helvetica", 8, color=GREY)
    fields = {"hours": hrs, "startDate": d.isoformat(), "endDate": d.isoformat(), "issueDate": d.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("online", "online-learning-record", fields, {"hoursUnit": "hours", "language": "en"}, seal=False,
             notes="online webinar attendance; fractional hours possible")


def e_speaker(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k + 1)
    holder = en_person(r)
    issuer = "Asia-Pacific Society for Nursing Education"
    p = g.pdf(created=d + dt.timedelta(days=4))
    p.text(70, 90, issuer, "Times-Bold", 16, color=DARKRED)
    p.hline(70, p.W - 70, 100, 1, DARKRED)
    p.text(70, 150, fmt_date(d + dt.timedelta(days=4), "en"), "Times-Roman", 12)
    p.text(70, 190, f"Dear Dr. {holder},", "Times-Roman", 12)
    y = p.para(70, 220, p.W - 140, f"On behalf of the organizing committee, thank you for delivering the invited lecture "
               f"\u201cSimulation-based Teaching in Clinical Nursing\u201d at our {d.year} Annual Meeting in Singapore on "
               f"{fmt_date(d, 'en')}. Your talk was attended by more than 300 delegates.", "Times-Roman", 12, leading=18, indent=0)
    p.text(70, y + 50, "Sincerely,", "Times-Roman", 12)
    p.text(70, y + 90, en_person(r), "Times-Italic", 15)
    p.text(70, y + 110, "President, " + issuer, "Times-Roman", 11)
    p.seal(300, y + 90, "APSNE  SECRETARIAT", "", r=40, seed=g.seed)
    fields = {"startDate": d.isoformat(), "endDate": d.isoformat(), "issueDate": (d + dt.timedelta(days=4)).isoformat(),
              "issuer": issuer, "holder": holder}
    return L("academic", "conference-proof", fields, {"conferenceLevel": "international", "role": "speaker",
                                                      "days": 1, "language": "en"},
             notes="English letter of appreciation for an invited lecture: proof of having spoken")


def d_softcopy(g: G):
    """计算机软件著作权登记证书: the office named only by its number and the seal; the centre that examined it is not
    the issuer."""
    r, k = g.rng, g.k
    d = event_date(r, k)
    owner = r.choice(g.P["universities"])
    name = r.choice(["水闸运行数据采集与分析系统", "病区护理排班管理平台", "中学物理实验虚拟仿真软件"])
    ver = f"V{r.randint(1, 3)}.{r.randint(0, 9)}"
    certno = f"软著登字第{r.randint(10000000, 16999999)}号"
    regno = f"{d.year}SR{r.randint(1000000, 1999999)}"
    p = g.pdf(created=d)
    p.frame("gold")
    f = g.f(2)
    p.text(p.W / 2, 110, "计算机软件著作权登记证书", f, 24, "c", bold=True, cs=2)
    p.text(90, 170, f"证书号：{certno}", f, 12)
    rows = [("软件名称：", f"{name}{ver}"), ("著作权人：", owner), ("权利取得方式：", "原始取得"), ("权利范围：", "全部权利"),
            ("登 记 号：", regno)]
    y = 220
    for a, b in rows:
        p.text(90, y, a, f, 12)
        p.text(200, y, b, f, 12)
        y += 30
    y = p.para(90, y + 20, p.W - 180, "根据《计算机软件保护条例》和《计算机软件著作权登记办法》的规定，经中国版权保护中心审核，"
               "对以上事项予以登记。", f, 12, leading=24)
    p.text(p.W - 200, y + 90, fmt_date(d, "cn0"), f, 12)
    p.seal(p.W - 160, y + 70, "中华人民共和国国家版权局", seed=g.seed)
    fields = {"issueDate": d.isoformat(), "issuer": "中华人民共和国国家版权局", "certificateNumber": certno,
              "registrationNumber": regno, "copyrightOwner": owner, "title": f"{name}{ver}"}
    return L("research", "software-copyright", fields, {"acquisition": "原始取得", "scope": "全部权利"}, seal_only=True,
             notes="software copyright registration; issuer named by 软著登字 and the seal; 中国版权保护中心 examined it")


def d_patent_pub(g: G):
    """An invention application's publication (kind code A): a patent document dated by its 申请公布日."""
    r, k = g.rng, g.k
    pub = event_date(r, k)
    app = pub - dt.timedelta(days=r.randint(80, 200))
    inv = people(r, r.randint(2, 4))
    owner = r.choice(g.P["universities"])
    title = r.choice(["一种桥梁裂缝的图像检测方法", "一种基于多源数据的水库水位预测方法", "一种病区输液监测方法及系统"])
    appno = f"{app.year}1{r.randint(1000000, 9999999)}.{r.randint(0, 9)}"
    pubno = f"CN {r.randint(114000000, 118999999)} A"
    p = g.pdf(created=pub)
    f = g.f(2)
    p.text(70, 70, "(19)国家知识产权局", f, 16, bold=True)
    p.text(330, 70, "(12)发明专利申请", f, 16, bold=True)
    left = [f"(21)申请号{appno}", f"(22)申请日{fmt_date(app, 'dot0')}", f"(71)申请人{owner}"]
    right = [f"(10)申请公布号{pubno}", f"(43)申请公布日{fmt_date(pub, 'dot0')}", f"(72)发明人{'；'.join(inv)}"]
    for i, (a, b) in enumerate(zip(left, right)):
        p.text(70, 120 + i * 22, a, f, 10.5)
        p.text(330, 120 + i * 22, b, f, 10.5)
    p.text(70, 200, "(54)发明名称", f, 10.5)
    p.text(70, 220, title, f, 10.5)
    p.text(330, 200, "(57)摘要", f, 10.5)
    p.para(330, 220, 200, f"本发明公开了{title[2:]}，通过采集数据、建立模型并输出结果，提高了检测的准确性。", f, 10.5, leading=18)
    fields = {"issueDate": pub.isoformat(), "issuer": "国家知识产权局", "holder": inv[0], "title": title,
              "applicationNumber": appno, "applicationDate": app.isoformat(), "publicationNumber": pubno}
    return L("research", "patent", fields, {"patentType": "invention", "granted": False, "inventorCount": len(inv)},
             seal=False, notes="invention application publication (申请公布, kind code A); issueDate = 申请公布日; not a grant")


def d_patent_receipt(g: G):
    """专利申请受理通知书: a filing, not a grant; the sentence above the table names 发明创造名称 without a colon."""
    r, k = g.rng, g.k
    d = event_date(r, k)
    owner = r.choice(g.P["universities"])
    title = r.choice(["一种装配式墙板的连接结构", "一种便携式水质快速检测装置", "一种静脉留置针固定装置"])
    appno = f"{d.year}2{r.randint(1000000, 9999999)}.{r.randint(0, 9)}"
    p = g.pdf(created=d)
    f = g.f(2)
    p.text(70, 70, "国家知识产权局", f, 20, bold=True)
    p.text(360, 110, f"发文日：{fmt_date(d, 'cn0')}", f, 11)
    p.text(70, 140, f"申请号或专利号：{appno}    发文序号：{d.strftime('%Y%m%d')}{r.randint(10000000, 99999999)}", f, 11)
    p.text(p.W / 2, 190, "专利申请受理通知书", f, 20, "c", bold=True)
    y = p.para(70, 230, p.W - 140, "根据专利法第28条及其实施细则第38条、第39条的规定，申请人提出的专利申请已由国家知识产权局受理。"
               "现将确定的申请号、申请日、申请人和发明创造名称通知如下：", f, 11, leading=20)
    for i, line in enumerate([f"申请号：{appno}", f"申请日：{fmt_date(d, 'cn0')}", f"申请人：{owner}", f"发明创造名称：{title}"]):
        p.text(70, y + 20 + i * 22, line, f, 11)
    p.text(70, y + 130, "经核实，国家知识产权局确认收到文件如下：", f, 11)
    p.text(70, y + 152, "实用新型专利请求书每份页数：3页文件份数：1份", f, 11)
    fields = {"issueDate": d.isoformat(), "issuer": "国家知识产权局", "title": title, "applicationNumber": appno,
              "applicationDate": d.isoformat()}
    return L("research", "acceptance-notice", fields, {"docType": "专利申请受理通知书", "patentType": "utility", "granted": False},
             seal=False, expect=["acceptance-only"],
             notes="patent filing receipt: claimed as research, proves no grant (acceptance-only)")


def d_conf_acceptance(g: G):
    """A conference's acceptance of a paper and talk: academic, acceptance-only; the letter predates the meeting."""
    r, k = g.rng, g.k
    d = event_date(r, k)
    start = d + dt.timedelta(days=r.randint(30, 60))
    start = start.replace(day=max(4, min(start.day, 16)))
    end = start + dt.timedelta(days=2)
    holder = person(r)
    conf = f"第{cn_int(r.randint(5, 15))}届全国{r.choice(['岩土工程', '护理教育', '水利信息化'])}学术大会"
    title = r.choice(sum(PAPER_TITLES.values(), []))
    issuer = f"{conf}组委会"
    p = g.pdf(created=d)
    f = g.f(3)
    p.text(p.W / 2, 110, "论文录用通知", f, 24, "c", bold=True)
    p.text(70, 170, f"{holder}先生/女士：", f, 14)
    y = p.para(70, 205, p.W - 140, f"您提交的论文《{title}》经专家审稿，已被{conf}录用，并安排在分会场作口头报告。"
               f"大会将于{fmt_date(start, 'cn')}至{end.day}日召开，请于会前完成注册。", f, 14, leading=30)
    sign_block(p, p.W - 200, y + 80, [issuer, fmt_date(d, "cn")], f, 14, "image", issuer, g.seed)
    fields = {"issuer": issuer, "issueDate": d.isoformat(), "holder": holder, "startDate": start.isoformat(),
              "endDate": end.isoformat()}
    return L("academic", "acceptance-notice", fields, {"docType": "acceptance-notice", "title": title, "role": "speaker"},
             expect=["acceptance-only"], notes="conference acceptance of a paper and talk: academic, proves no attendance")


def d_en_acceptance(g: G):
    """An English visa invitation letter for an accepted presenter: the chairs sign with the conference's acronym and
    year; the holder's birth date stands above the dateline; a weekday sits inside the span."""
    r, k = g.rng, g.k
    d = event_date(r, k)
    start = d + dt.timedelta(days=r.randint(30, 50))
    start = start.replace(day=max(4, min(start.day, 16)))
    end = start + dt.timedelta(days=4)
    holder = en_person(r)
    acro = r.choice(["GRAPHX", "ICMLA", "SYNTH"])
    issuer = f"{acro} {start.year}"
    birth = dt.date(r.randint(1975, 1998), r.randint(1, 12), r.randint(1, 28))
    p = g.pdf(created=d)
    p.text(70, 70, f"{issuer} Invitation Letter", "Times-Bold", 16)
    p.text(70, 110, f"Name: {holder}", "Times-Roman", 11)
    p.text(70, 126, f"Birth Date: {birth.isoformat()}", "Times-Roman", 11)
    p.text(70, 160, fmt_date(d, "en-short"), "Times-Roman", 11)
    p.text(70, 190, f"Dear {holder},", "Times-Roman", 11)
    wd = lambda x: x.strftime("%a")
    y = p.para(70, 215, p.W - 140, f"You are invited to participate in the conference. The Conference will take place "
               f"{wd(start)}. {start.strftime('%b')} {start.day}th through {wd(end)} the {end.day}th, {end.year} at the Harbour Centre. "
               f"We are delighted to inform you that your presentation has been accepted: Sparse Kernels for Streaming Graphs.",
               "Times-Roman", 11, leading=16, indent=0)
    p.text(70, y + 40, "Sincerely,", "Times-Roman", 11)
    p.text(70, y + 70, en_person(r), "Times-Italic", 14)
    p.text(70, y + 88, f"General Chair, {issuer}", "Times-Roman", 11)
    fields = {"issuer": issuer, "issueDate": d.isoformat(), "startDate": start.isoformat(), "endDate": end.isoformat(),
              "holder": holder}
    return L("academic", "acceptance-notice", fields, {"docType": "visa invitation letter", "language": "en",
                                                       "conferenceLevel": "international"},
             seal=False, expect=["acceptance-only"],
             notes="English invitation letter for an accepted presentation: academic, acceptance-only; birth date is not the issue date")


# ================================================================================================================
# HOLDOUT POOL TEMPLATES (other titles, anchors, connectors, layouts, organisations and cities)
# ================================================================================================================
def h_no(g: G, year: int) -> tuple[str, str]:
    r = g.rng
    forms = [lambda v: (f"证号：{v}", v), lambda v: (f"登记号：{v}", v), lambda v: (f"证书号码：{v}", v)]
    v = [f"JX{year % 100:02d}{r.randint(1000000, 9999999)}", f"{year}{r.randint(10, 99)}-{r.randint(10000, 99999)}",
         f"ZJ-{year}-{r.randint(1000, 9999)}"][g.k % 3]
    return forms[g.k % 3](v)


def h_train_table(g: G):
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    s = event_date(r, k)
    days = r.choice([2, 3, 5])
    e = s + dt.timedelta(days=days - 1)
    hstyle = g.pick("hours_styles", 0)
    n = days * r.choice([6, 8])
    htext, hf, hfa, hnote = hours_phrase(hstyle, n, days, r)
    issuer = [f"{city}市专业技术人员继续教育基地", f"{r.choice(g.P['universities'])}继续教育学院", f"{prov}专业技术人员培训服务中心"][k % 3]
    holder = person(r)
    idn = id_number(r, g.P["id_areas"])
    rstyle = g.pick("range_styles", 1)
    sstyle = g.pick("sign_styles", 0)
    issue = e + dt.timedelta(days=r.choice([0, 2]))
    title = ["继续教育证书", "专业技术人员继续教育学时证明", "继续教育合格证"][k % 3]
    p = g.pdf(created=issue)
    p.frame(["green", "gold", "none"][k % 3])
    f = g.f()
    p.text(p.W / 2, 110, title, f, 24, "c", bold=True, cs=3)
    line, no = h_no(g, s.year)
    p.text(p.W - 70, 140, line, f, 10, "r")
    rows = [["持证人", holder], ["身份证号", idn[:4] + "**********" + idn[-4:]],
            ["培训项目", f"{r.choice(g.P['train_topics'])}高级研修项目"], ["培训起止", fmt_range(s, e, rstyle)],
            ["学习情况", htext], ["考核情况", "合格"]]
    y = p.table(70, 160, [110, p.W - 250], rows, f, 12.5, row_h=36, align="l", shade_first_col=True)
    y += 40
    p.text(70, y, f"颁发单位：{issuer}", f, 13)
    p.text(70, y + 28, f"发证日期：{fmt_date(issue, sstyle)}", f, 13)
    p.seal(p.W - 160, y + 10, issuer, "培训专用章", seed=g.seed)
    fields = {"certificateNumber": no, **hf, "startDate": s.isoformat(), "endDate": e.isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    facts = {"days": days, **hfa, "subject": "professional"}
    return L("training", "training-certificate", fields, facts,
             f"holdout table cert {title}; 颁发单位 line; {hnote}; range {rstyle}; date {sstyle}")


def h_train_shu(g: G):
    r, k = g.rng, g.k
    city = g.city()
    s = event_date(r, k + 1)
    days = r.choice([3, 4, 6])
    e = s + dt.timedelta(days=days - 1)
    hstyle = g.pick("hours_styles", 4)
    n = days * 6
    htext, hf, hfa, hnote = hours_phrase(hstyle, n, days, r)
    issuer = [f"{r.choice(g.P['societies'])}", f"{city}市人才发展服务中心"][k % 2]
    holder = person(r)
    rstyle = g.pick("range_styles", 3)
    sstyle = g.pick("sign_styles", 1)
    issue = e
    p = g.pdf(land=True, created=issue)
    p.frame("ornate")
    f = g.f(1)
    p.text(p.W / 2, 110, ["培训结业证明书", "研修结业证明书"][k % 2], f, 32, "c", bold=True, cs=5, color=NAVY)
    p.text(120, 180, f"学员 {holder}：", f, 16)
    body = f"于{fmt_range(s, e, rstyle)}参加{issuer}组织的《{r.choice(g.P['train_topics'])}》专题研修，{htext}，考核合格。"
    y = p.para(120, 220, p.W - 240, body, f, 16, leading=34)
    line, no = h_no(g, s.year)
    p.text(120, 460, line, f, 11)
    p.text(p.W - 220, 430, f"颁发单位：{issuer}", f, 13, "c")
    p.text(p.W - 220, 458, fmt_date(issue, sstyle), f, 13, "c")
    p.seal(p.W - 220, 435, issuer, seed=g.seed)
    fields = {"certificateNumber": no, **hf, "startDate": s.isoformat(), "endDate": e.isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    return L("training", "training-certificate", fields, {"days": days, **hfa, "subject": "professional"},
             f"holdout 结业证明书 landscape; 学员 salutation; {hnote}; range {rstyle}; date {sstyle}")


def h_train_cap(g: G):
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    s = event_date(r, k)
    days = r.choice([2, 3, 4])
    e = s + dt.timedelta(days=days - 1)
    hstyle = ["大写数字", "学时个", "个课时", "历时天"][k % 4]
    n = days * 8
    htext, hf, hfa, hnote = hours_phrase(hstyle, n, days, r)
    org = f"{prov}人力资源和社会保障厅" if k % 2 else f"{city}市人力资源和社会保障局"
    impl = f"{r.choice(g.P['universities'])}"
    issuer = impl
    holder = person(r)
    rstyle = g.pick("range_styles", 2)
    sstyle = g.pick("sign_styles", 2)
    issue = e + dt.timedelta(days=r.choice([3, 6]))
    p = g.pdf(created=issue)
    f = g.f(2)
    p.text(p.W / 2, 110, "学时证明", f, 26, "c", bold=True, cs=10)
    body = (f"经审核，{holder}同志参加了{r.choice(g.P['train_topics'])}能力提升专项培训（组织单位：{org}；实施单位：{impl}），"
            f"培训时间为{fmt_range(s, e, rstyle)}，学习期间遵守纪律，{htext}。")
    y = p.para(70, 180, p.W - 140, body, f, 15, leading=32)
    y = p.para(70, y, p.W - 140, "此证。", f, 15)
    sign_block(p, p.W - 170, y + 90, [f"实施单位：{impl}", fmt_date(issue, sstyle)], f, 13, "image", impl, g.seed)
    fields = {**hf, "startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("training", "training-certificate", fields, {"days": days, **hfa, "subject": "professional"},
             f"holdout 学时证明 letter; 组织单位/实施单位, issuer = 实施单位 (signs); {hnote}; range {rstyle}; date {sstyle}")


def h_practice(g: G):
    r, k = g.rng, g.k
    city = g.city()
    months = [4, 6, 3][k % 3]
    s = add_months(event_date(r, k), -months)
    e = add_months(s, months) - dt.timedelta(days=1)
    kind_org = ["company", "institute", "school"][k % 3]
    issuer = {"company": r.choice(g.P["companies"]), "institute": r.choice(g.P["institutes"]),
              "school": r.choice(g.P["schools"])}[kind_org]
    holder = person(r)
    issue = e + dt.timedelta(days=5)
    rstyle = g.pick("range_styles", 0)
    p = g.pdf(created=issue)
    f = g.f(1)
    p.text(p.W / 2, 90, "专业技术人员实践锻炼考核表", f, 20, "c", bold=True)
    rows = [["姓名", holder, "性别", r.choice(["男", "女"])], ["原工作单位", f"{city}市{r.choice(['城市规划设计院', '第五人民医院', '职业技术学院'])}"],
            ["实践单位", issuer], ["实践岗位", r.choice(["技术研发岗", "工艺工程师", "教研员"])],
            ["起止时间", fmt_range(s, e, rstyle)], ["实践时长", f"{months}个月"],
            ["实践内容", "参与单位重点技术项目的研究与实施，完成岗位实践任务。"],
            ["实践单位意见", f"同意，情况属实。\n\n{fmt_date(issue, 'cn')}"]]
    y = p.table(60, 120, [100, 200, 70, p.W - 120 - 370], rows, f, 12, row_h=38, align="l", shade_first_col=True)
    p.seal(p.W - 170, y - 30, issuer, seed=g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("practice", "practice-certificate", fields, {"months": months, "practiceUnitType": kind_org},
             f"holdout practice 考核表 (table); {kind_org}; range {rstyle}")


def h_online_cert(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k)
    s = d - dt.timedelta(days=r.randint(30, 90))
    issuer = g.pick("platforms")
    holder = person(r)
    courses = r.sample(["新发展理念与实践", "数据安全法解读", "绿色低碳发展", "心理健康与压力管理", "职业素养提升",
                        "科技创新政策解读", "公文写作规范"], 5)
    hrs = [r.choice([2, 3, 4, 6]) for _ in courses]
    total = sum(hrs)
    unit = ["小时", "学时"][k % 2]
    p = g.pdf(created=d)
    f = g.f(3)
    p.text(p.W / 2, 80, ["在线学习证明", "网络研修学习证明"][k % 2], f, 22, "c", bold=True)
    p.text(60, 130, f"学员：{holder}", f, 13)
    p.text(60, 155, f"学习平台：{issuer}", f, 13)
    p.text(60, 180, f"学习期间：{fmt_range(s, d, g.pick('range_styles'))}", f, 13)
    rows = [["序号", "课程", f"时长（{unit}）"]] + [[str(i + 1), c, str(h)] for i, (c, h) in enumerate(zip(courses, hrs))]
    y = p.table(60, 200, [60, 300, p.W - 120 - 360], rows, f, 11, row_h=26, header=True)
    p.text(60, y + 30, f"学习时长合计：{total}{unit}", f, 13, bold=True)
    p.text(60, y + 60, f"证明生成日期：{fmt_date(d, 'slash')}", f, 11)
    p.seal(p.W - 150, y + 60, issuer, "在线学习专用章", seed=g.seed)
    fields = {"hours": total, "startDate": s.isoformat(), "endDate": d.isoformat(), "issueDate": d.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("online", "online-learning-record", fields, {"courses": 5, "hoursUnit": unit, "subject": "mixed"},
             f"holdout online 学习证明; total anchor 学习时长合计 ({unit})", fact_page=1)


def h_online_gx(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k + 1)
    city = g.city()
    prov = g.prov(city)
    issuer = g.pick("platforms", 1)
    holder = person(r)
    n = r.choice([24, 30, 32])
    p = g.pdf(land=True, created=d)
    p.frame("green")
    f = g.f(4)
    p.text(p.W / 2, 100, f"{prov}{d.year}年度公需课学习合格证明", f, 24, "c", bold=True)
    rows = [["姓名", holder, "年度", str(d.year)], ["公需课程", r.choice(["数字中国建设", "新时代人才强国战略", "安全生产与应急管理"])],
            ["认定学时", f"{n}"], ["考试结果", "通过"]]
    y = p.table(140, 150, [110, 230, 80, p.W - 280 - 420], rows, f, 13, row_h=38, align="c", shade_first_col=True)
    p.text(140, y + 40, f"生成时间：{fmt_date(d, 'dot')}", f, 12)
    p.seal(p.W - 220, y + 40, issuer, seed=g.seed)
    p.qr(p.W - 140, y + 10, 60, g.seed)
    fields = {"hours": n, "issueDate": d.isoformat(), "issuer": issuer, "holder": holder}
    return L("online", "online-learning-record", fields, {"hoursUnit": "学时", "subject": "public", "year": d.year},
             "holdout 公需课 certificate as a table; 认定学时 cell; issuer only in the seal image", seal_only=True)


def h_conf(g: G):
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    level = ["provincial", "national", "municipal"][k % 3]
    s = event_date(r, k)
    days = r.choice([1, 2, 3])
    e = s + dt.timedelta(days=days - 1)
    fld = r.choice(["新型电力系统", "环境健康风险评估", "职业教育产教融合", "城市更新与规划"])
    conf = {"provincial": f"{prov}第十届{fld}学术研讨会", "national": f"第{r.randint(8, 19)}届全国{fld}学术大会",
            "municipal": f"{city}市{fld}论坛"}[level]
    issuer = r.choice(g.P["societies"]) if level != "municipal" else f"{city}市科学技术协会"
    holder = person(r)
    speaker = k % 2 == 1
    issue = e + dt.timedelta(days=2)
    p = g.pdf(created=issue)
    f = g.f(0)
    p.text(p.W / 2, 100, "学术交流证明", f, 24, "c", bold=True)
    when = fmt_date(s, "dot0") if days == 1 else fmt_range(s, e, g.pick("range_styles"))
    rows = [["会议名称", conf], ["会议时间", when], ["会议地点", f"{city}{r.choice(['国际博览中心', '大学学术交流中心'])}"],
            ["参会人员", holder], ["参会身份", "大会报告人" if speaker else "参会代表"], ["颁发单位", issuer]]
    y = p.table(70, 140, [110, p.W - 250], rows, f, 13, row_h=38, align="l", shade_first_col=True)
    p.text(p.W - 170, y + 70, fmt_date(issue, "dot"), f, 13, "c")
    p.seal(p.W - 170, y + 55, issuer, seed=g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("academic", "conference-proof", fields, {"conferenceLevel": level, "role": "speaker" if speaker else "attendee",
                                                      "days": days}, notes="holdout 学术交流证明 table; 颁发单位 cell")


def h_lecture(g: G):
    r, k = g.rng, g.k
    city = g.city()
    s = event_date(r, k + 1)
    nsess = r.randint(2, 4)
    dates = sorted({s + dt.timedelta(days=r.randint(0, 20)) for _ in range(nsess)})
    hrs = [r.choice([2, 3]) for _ in dates]
    issuer = [f"{city}市教师发展中心", f"{city}市第一人民医院科教科"][k % 2]
    holder = person(r)
    issue = dates[-1] + dt.timedelta(days=3)
    p = g.pdf(created=issue)
    f = g.f(2)
    p.text(p.W / 2, 100, "讲课情况证明", f, 24, "c", bold=True)
    p.text(70, 150, f"兹有{holder}老师在本单位继续教育项目中承担授课任务，具体如下：", f, 13)
    rows = [["授课日期", "授课内容", "课时"]] + [[fmt_date(d, "dot0"), r.choice(["教学设计与反思", "临床带教方法", "课题申报指导"]), str(h)]
                                          for d, h in zip(dates, hrs)]
    y = p.table(70, 170, [120, 250, p.W - 140 - 370], rows, f, 12, row_h=30, header=True)
    p.text(70, y + 30, f"合计：{sum(hrs)}课时", f, 13, bold=True)
    p.text(p.W - 170, y + 100, issuer, f, 13, "c")
    p.text(p.W - 170, y + 126, fmt_date(issue, "slash"), f, 13, "c")
    p.seal(p.W - 170, y + 100, issuer, seed=g.seed)
    fields = {"hours": sum(hrs), "startDate": dates[0].isoformat(), "endDate": dates[-1].isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    return L("academic", "lecture-proof", fields, {"hoursUnit": "课时", "role": "speaker", "lectureCount": len(dates)},
             "holdout 讲课情况证明 with a session table; total 合计 n课时; dates = first and last session")


def h_visit(g: G):
    r, k = g.rng, g.k
    months = 12 if k % 2 == 0 else 6
    s = add_months(event_date(r, k), -months).replace(day=1)
    e = add_months(s, months) - dt.timedelta(days=1)
    issuer = r.choice(g.P["universities"])
    holder = person(r)
    p = g.pdf(land=True, created=e)
    p.frame("gold")
    f = g.f(3)
    p.text(p.W / 2, 110, "国内访问学者结业证书", f, 28, "c", bold=True)
    y = p.lines(130, 180, [f"访问学者：{holder}", f"访问期限：{fmt_range(s, e, 'dot-tilde')}（共{months}个月）",
                           f"指导教师：{person(r)} 教授", "考核结论：完成访问研修计划，准予结业。"], f, 15, 32)
    line, no = h_no(g, e.year)
    p.text(130, y + 20, line, f, 11)
    p.text(p.W - 220, 470, fmt_date(e, "dot"), f, 13, "c")
    p.text(p.W - 220, 445, issuer, f, 13, "c")
    p.seal(p.W - 220, 445, issuer, "研究生院", seed=g.seed)
    fields = {"certificateNumber": no, "startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": e.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("academic", "academic-visit-proof", fields, {"months": months, "role": "visitor"},
             "holdout 访问学者结业证书 (key: value lines)")


def h_paper(g: G):
    r, k = g.rng, g.k
    journal, en, cnp, cls, tier = g.pick("journals")
    iss = issn(random.Random(journal))
    cn = f"{cnp}-{random.Random(journal + 'cn').randint(1000, 1999)}/{cls}"
    pub = event_date(r, k).replace(day=1)
    vol, no = pub.year - 1990, pub.month
    recv = pub - dt.timedelta(days=r.randint(100, 250))
    na = [3, 2][k % 2]
    authors = people(r, na)
    affs = [f"{r.choice(g.P['universities'])}，{r.choice(['江苏 南京 211816', '浙江 杭州 310014', '湖北 武汉 430070'])}"]
    title = r.choice(PAPER_TITLES[cls])
    pages = [2, 3][k % 2]
    p = g.pdf(created=pub + dt.timedelta(days=5))
    draw_paper(g, p, journal, en, iss, cn, tier, vol, no, pub, title, authors, affs, recv, g.f(1), g.f(2), pages, True)
    fields = {"issuer": journal, "holder": authors[0], "journal": journal, "issn": iss, "cn": cn,
              "publishedMonth": pub.strftime("%Y-%m"), "receivedDate": recv.isoformat(), "title": title}
    facts = {"journalTier": tier, "authorCount": na, "authorRank": 1, "claimant": authors[0], "authors": authors,
             "volume": vol, "issue": no, "funded": False}
    return L("research", "journal-paper", fields, facts, seal=False,
             notes=f"holdout journal header (卷期 left, Vol./No. right, ISSN · CN centred); {pages} pages")


def h_book(g: G):
    r, k = g.rng, g.k
    press = g.pick("presses")
    pub = event_date(r, k + 1).replace(day=1)
    authors = people(r, 2)
    title = r.choice(["城市更新规划方法与实践", "电力系统储能技术应用", "基层医疗质量控制手册"])
    isbn = isbn13(r, r.choice(["5641", "308", "5629"]))
    words = r.choice([268, 350, 198])
    p = g.pdf(created=pub)
    f = g.f(0)
    y = 130
    y = p.lines(80, y, [f"书名：{title}", f"著者：{authors[0]}  {authors[1]}", f"出版发行：{press}",
                        f"经销：全国新华书店", f"开本：710mm×1000mm 1/16", f"字数：{words} 000",
                        f"版印次：{pub.year}年{pub.month}月第1版  {pub.year}年{pub.month}月第1次印刷",
                        f"书号：ISBN {isbn}", f"定价：{r.choice([56, 72, 98])}.00元"], f, 12, 26)
    p.text(80, y + 30, "本书如有印装质量问题，请与发行部联系调换", f, 10, color=GREY)
    fields = {"issuer": press, "holder": authors[0], "title": title, "isbn": isbn, "publishedMonth": pub.strftime("%Y-%m")}
    facts = {"wordCount": words * 1000, "wordCountPrinted": f"{words} 000", "authorCount": 2, "authorRank": 1,
             "authorRole": "著", "claimant": authors[0], "authors": authors}
    return L("research", "monograph", fields, facts, seal=False, notes="holdout copyright page as key：value lines; 字数 with a space")


def h_project(g: G):
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    level = ["provincial", "municipal"][k % 2]
    issuer = f"{prov}科学技术厅" if level == "provincial" else f"{city}市科学技术局"
    lvl_cn = "省级" if level == "provincial" else "市级"
    issue = event_date(r, k)
    e = dt.date(issue.year - 1, 12, 31)
    s = dt.date(e.year - 1, 1, 1)
    team = people(r, 4)
    rank = [1, 3][k % 2]
    pname = r.choice(["城市河道水质智能监测关键技术", "新型储能电站安全评估方法", "基层医疗质控信息平台建设"])
    p = g.pdf(created=issue)
    f = g.f(2)
    p.text(p.W / 2, 100, "科研项目验收证书", f, 24, "c", bold=True)
    line, no = h_no(g, issue.year)
    p.text(p.W / 2, 128, line, f, 11, "c")
    y = p.lines(80, 180, [f"项目名称：{pname}", f"项目级别：{lvl_cn}", f"执行期限：{fmt_range(s, e, 'dot-tilde')}",
                          f"承担单位：{r.choice(g.P['universities'])}", f"负责人：{team[0]}",
                          f"参加人员：{'，'.join(team[1:])}", "验收结论：通过验收"], f, 13, 30)
    p.text(80, y + 30, f"验收单位：{issuer}", f, 13)
    p.text(80, y + 58, f"验收日期：{fmt_date(issue, 'dot0')}", f, 13)
    p.seal(p.W - 170, y + 40, issuer, seed=g.seed)
    fields = {"certificateNumber": no, "startDate": s.isoformat(), "endDate": e.isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": team[0], "title": pname}
    facts = {"projectLevel": level, "projectRole": "leader" if rank == 1 else "member", "projectRank": rank,
             "claimant": team[rank - 1], "teamSize": 4, "projectStage": "concluded", "years": 2}
    return L("research", "research-project", fields, facts, notes=f"holdout 验收证书 (key：value lines); claimant rank {rank}")


def h_patent(g: G):
    r, k = g.rng, g.k
    grant = event_date(r, k)
    app = grant - dt.timedelta(days=r.randint(120, 250))
    inv = people(r, 2)
    owner = r.choice(g.P["companies"])
    title = r.choice(["便携式水质检测仪外壳", "智能电表箱", "教学实训台"])
    pno = f"ZL{app.year}3{r.randint(1000000, 9999999)}.{r.randint(0, 9)}"
    certno = str(r.randint(1000000, 9999999))
    p = g.pdf(land=True, created=grant)
    p.frame("double-red")
    f = g.f(3)
    p.text(p.W / 2, 100, "外观设计专利证书", f, 28, "c", bold=True)
    p.text(p.W / 2, 128, f"证书号第{certno}号", f, 12, "c")
    rows = [["外观设计名称", title], ["设计人", "；".join(inv)], ["专利号", pno], ["专利申请日", fmt_date(app, "cn")],
            ["专利权人", owner], ["授权公告日", fmt_date(grant, "cn")]]
    y = p.table(120, 160, [140, p.W - 380], rows, f, 13, row_h=34, align="l")
    p.para(120, y + 30, p.W - 240, "国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权。", f, 12)
    p.seal(p.W - 180, y + 70, "中华人民共和国国家知识产权局", seed=g.seed)
    fields = {"issueDate": grant.isoformat(), "issuer": "国家知识产权局", "holder": inv[0], "certificateNumber": certno,
              "patentNumber": pno, "applicationDate": app.isoformat(), "title": title}
    facts = {"patentType": "design", "inventorCount": 2, "inventorRank": 1, "claimant": inv[0], "patentee": owner}
    return L("research", "patent", fields, facts, notes="holdout design patent as a table")


def h_exam(g: G):
    r, k = g.rng, g.k
    name, a1, a2, level = g.pick("exams")
    d = event_date(r, k)
    holder = person(r)
    idn = id_number(r, g.P["id_areas"])
    no = f"{r.randint(10**13, 10**14 - 1)}"
    issuer = a1
    p = g.pdf(created=d)
    p.frame("gold")
    f = g.f(0)
    p.text(p.W / 2, 110, "专业技术人员资格证书", f, 26, "c", bold=True)
    y = p.lines(90, 180, [f"持证人：{holder}", f"公民身份号码：{idn}", f"资格名称：{name}",
                          f"取得方式：考试", f"取得时间：{fmt_date(d, 'dot')}", f"证书号码：{no}"], f, 14, 34)
    y = p.para(90, y + 20, p.W - 180, f"持证人通过国家统一组织的考试，取得{name}资格，特发此证。", f, 13)
    p.text(p.W - 170, y + 60, f"发证机关：{issuer}", f, 13, "c")
    p.seal(p.W - 170, y + 60, "中华人民共和国" + issuer if "部" in issuer else issuer, seed=g.seed)
    fields = {"issueDate": d.isoformat(), "issuer": issuer, "holder": holder, "certificateNumber": no}
    facts = {"examResult": "pass", "examLevel": level, "examYear": d.year, "examName": name}
    return L("exam", "exam-certificate", fields, facts, pii=idn, notes="holdout 资格证书 (公民身份号码, 证书号码, 发证机关)")


def h_award(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k)
    issuer = r.choice(g.P["societies"])
    holder = person(r)
    grade = [1, 2][k % 2]
    sealonly = k % 2 == 1
    p = g.pdf(land=True, created=d)
    p.frame("ornate")
    f = g.f(4)
    p.text(p.W / 2, 120, "荣 誉 证 书", f, 36, "c", bold=True, color=DARKRED)
    body = f"{holder}：你撰写的论文《{r.choice(sum(PAPER_TITLES.values(), []))}》在{d.year}年度优秀学术论文评选中荣获{'一二'[grade - 1]}等奖。"
    y = p.para(110, 200, p.W - 220, body, f, 16, leading=34)
    if sealonly:
        p.text(p.W - 220, 470, fmt_date(d, "cn"), f, 14, "c")
        p.seal_vector(p.W - 220, 440, issuer, "")
    else:
        p.text(p.W - 220, 440, issuer, f, 14, "c")
        p.text(p.W - 220, 468, fmt_date(d, "cn"), f, 14, "c")
        p.seal(p.W - 220, 445, issuer, seed=g.seed)
    fields = {"issueDate": d.isoformat(), "issuer": issuer, "holder": holder}
    return L("other", "award", fields, {"awardLevel": "provincial" if "中国" not in issuer else "national",
                                        "awardGrade": grade, "awardType": "paper", "awardRank": 1},
             seal_only=sealonly, notes="holdout 荣誉证书 (paper award)" + ("; issuer only in vector seal" if sealonly else ""))


def h_notice(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k)
    city = g.city()
    issuer = f"{city}市人才发展服务中心"
    p = g.pdf(created=d)
    f = g.f(1)
    p.text(p.W / 2, 110, f"关于举办{d.year}年{r.choice(g.P['train_topics'])}高级研修班的预通知", f, 16, "c", bold=True)
    y = p.para(70, 170, p.W - 140, f"各相关单位：为提升专业技术人员业务能力，我中心拟于{d.month}月下旬举办高级研修班，"
               f"研修时间4天，完成研修并考核合格者认定继续教育学时32学时。请各单位于{d.month}月{min(d.day + 5, 28)}日前报送参训人员名单。", f, 14, leading=30)
    p.text(p.W - 170, y + 70, issuer, f, 13, "c")
    p.text(p.W - 170, y + 96, fmt_date(d, "dot"), f, 13, "c")
    p.seal(p.W - 170, y + 70, issuer, seed=g.seed)
    return L("unknown", "unknown", {"issuer": issuer, "issueDate": d.isoformat()}, {"evidence": False, "docType": "notice"},
             expect=["not-evidence"], notes="holdout 预通知 with 32学时 mentioned; not evidence")


def h_schedule(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k + 1)
    p = g.pdf(land=True, created=d)
    f = g.f(2)
    p.text(p.W / 2, 70, "会议议程", f, 22, "c", bold=True)
    rows = [["时间", "议题", "报告人", "主持人"]] + [[t, c, person(r), person(r)] for t, c in
                                               [("9:00", "领导致辞"), ("9:30", "特邀报告一"), ("10:30", "特邀报告二"),
                                                ("14:00", "青年学者论坛"), ("16:30", "闭幕")]]
    p.table(80, 100, [100, 300, 140, p.W - 160 - 540], rows, f, 12, row_h=32, header=True)
    p.text(80, 420, f"{fmt_date(d, 'dot')}  {g.city()}", f, 12)
    return L("unknown", "unknown", {}, {"evidence": False, "docType": "agenda"}, seal=False, expect=["not-evidence"],
             allow=["attendance-unproven"], notes="holdout 会议议程 (landscape table)")


def h_invite(g: G):
    r, k = g.rng, g.k
    s = event_date(r, k)
    issuer = r.choice(g.P["societies"])
    holder = person(r)
    issue = s - dt.timedelta(days=30)
    p = g.pdf(created=issue)
    f = g.f(3)
    p.text(p.W / 2, 110, "参会邀请", f, 24, "c", bold=True)
    y = p.para(70, 170, p.W - 140, f"{holder}老师：本会定于{fmt_range(s, s + dt.timedelta(days=2), 'cn-dao')}举办年度学术会议，"
               f"特邀请您参会交流。会议结束后可凭参会证明申请继续教育Ⅰ类学分。", f, 14, leading=30)
    p.text(p.W - 170, y + 60, issuer, f, 13, "c")
    p.text(p.W - 170, y + 86, fmt_date(issue, "slash"), f, 13, "c")
    p.seal(p.W - 170, y + 60, issuer, seed=g.seed)
    return L("unknown", "unknown", {"issuer": issuer, "issueDate": issue.isoformat(), "holder": holder},
             {"evidence": False, "docType": "invitation"}, expect=["not-evidence"], allow=["attendance-unproven"],
             notes="holdout 参会邀请 before the event")


def h_form(g: G):
    p = g.pdf(created=dt.date(2023, 2, 1))
    f = g.f(4)
    p.text(p.W / 2, 90, "继续教育学时认定申请表", f, 18, "c", bold=True)
    rows = [["申请人", "", "身份证号", ""], ["单位", ""], ["申请认定类别", "□公需科目   □专业科目"],
            ["学习形式", "□培训  □网络  □学术  □科研  □其他"], ["申请学时", ""], ["证明材料清单", "\n\n"],
            ["单位意见", "\n\n（盖章）"], ["认定机构意见", "\n\n（盖章）"]]
    p.table(60, 120, [120, 170, 90, p.W - 120 - 380], rows, f, 12, row_h=40)
    return L("unknown", "unknown", {}, {"evidence": False, "docType": "blank-form"}, seal=False, expect=["not-evidence"],
             notes="holdout blank 学时认定申请表")


def h_receipt(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k)
    issuer = f"{g.city()}市{r.choice(['博雅职业培训学校', '弘毅教育咨询有限公司'])}"
    payer = person(r)
    p = g.pdf(land=True, created=d)
    f = g.f(0)
    p.text(p.W / 2, 70, "收 款 收 据", f, 24, "c", bold=True)
    p.text(p.W - 70, 70, f"NO.{r.randint(1000000, 9999999)}", f, 11, "r")
    p.text(70, 110, f"日期：{fmt_date(d, 'cn')}", f, 12)
    rows = [["交款单位（人）", payer], ["收款事由", "继续教育培训费（32学时）"], ["金额（大写）", "叁佰贰拾元整"], ["¥", "320.00"]]
    y = p.table(70, 130, [150, p.W - 290], rows, f, 13, row_h=36, align="l")
    p.text(70, y + 40, f"收款单位（盖章）：{issuer}", f, 12)
    p.seal(300, y + 40, issuer, "财务专用章", r=45, seed=g.seed)
    return L("unknown", "unknown", {"issuer": issuer, "issueDate": d.isoformat()}, {"evidence": False, "docType": "receipt"},
             expect=["not-evidence"], notes="holdout receipt for a training fee that mentions 32学时; not evidence")


def h_en_statement(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k)
    holder = en_person(r)
    n = r.choice([8, 10, 12])
    issuer = "OpenStudy Commons"
    p = g.pdf(created=d)
    p.text(70, 90, issuer, "dejavusans", 14, color=NAVY)
    p.text(70, 150, "Statement of Participation", "dejavu-b", 24)
    p.text(70, 200, holder, "dejavu-b", 20)
    y = p.para(70, 240, p.W - 140, f"has completed the free course including any mandatory tests for: "
               f"Introduction to Environmental Monitoring. This free course took approximately {n} hours of study.",
               "dejavu", 12, leading=18, indent=0)
    p.text(70, y + 30, f"Issue date: {d.strftime('%d/%m/%Y')}", "dejavu", 11)
    fields = {"hours": n, "issueDate": d.isoformat(), "issuer": issuer, "holder": holder}
    return L("online", "online-learning-record", fields, {"hoursUnit": "hours", "language": "en"}, seal=False,
             notes="holdout English statement of participation; date dd/mm/yyyy")


def h_en_contact(g: G):
    r, k = g.rng, g.k
    d = event_date(r, k + 1)
    holder = en_person(r)
    n = r.choice([2.5, 3.0, 4.0])
    issuer = "Lakeshore Nursing Education Council"
    p = g.pdf(land=True, created=d)
    p.frame("green")
    p.text(p.W / 2, 100, "Certificate of Contact Hours", "dejavu-b", 26, "c")
    p.text(p.W / 2, 160, f"Presented to {holder}, RN", "dejavu", 16, "c")
    p.text(p.W / 2, 200, "for successful completion of \u201cSepsis Recognition in Acute Care\u201d", "dejavu", 13, "c")
    p.text(p.W / 2, 235, f"Contact Hours Awarded: {n:.1f}", "dejavu-b", 14, "c")
    p.text(p.W / 2, 270, f"Completion Date: {d:%m/%d/%Y}", "dejavu", 12, "c")
    p.text(p.W / 2, 470, issuer, "dejavu", 11, "c")
    p.seal(p.W - 150, 430, "LNEC  APPROVED PROVIDER", "", r=45, seed=g.seed)
    fields = {"hours": n, "startDate": d.isoformat(), "endDate": d.isoformat(), "issueDate": d.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("training", "training-certificate", fields, {"hoursUnit": "hours", "days": 1, "language": "en",
                                                          "hoursLabel": "Contact Hours"},
             notes="holdout English nursing contact-hours certificate; date mm/dd/yyyy")


# ================================================================================================================
# FRESH POOL (sealed): a third pool whose data and templates cross neither docs/ nor holdout/.
# Other provinces (Sichuan, Guangdong, Henan, Shaanxi, Fujian, Yunnan, Hunan, Liaoning), other titles, hour
# anchors, range connectors, date forms, number labels, signature arrangements, table layouts, journals, presses,
# exams and page sizes. Everything below this banner (up to the next one) is used for corpus/fresh/ only.
# Do not read the generated fresh/ files while tuning extractors: measure only.
# ================================================================================================================
POOL["fresh"] = {
    "cities": ["成都", "绵阳", "广州", "佛山", "郑州", "洛阳", "西安", "宝鸡", "福州", "泉州", "昆明", "长沙", "沈阳"],
    "prov_of": {"成都": "四川省", "绵阳": "四川省", "广州": "广东省", "佛山": "广东省", "郑州": "河南省",
                "洛阳": "河南省", "西安": "陕西省", "宝鸡": "陕西省", "福州": "福建省", "泉州": "福建省",
                "昆明": "云南省", "长沙": "湖南省", "沈阳": "辽宁省"},
    "id_areas": ["510104", "510703", "440106", "440604", "410105", "410302", "610113", "610302", "350102",
                 "350503", "530102", "430104", "210102"],
    "fonts": ["microhei", "ukai", "zenhei", "uming"],
    "range_styles": ["cn-endash", "slashnp-fw", "kaishi", "wave", "enum"],
    "sign_styles": ["circ", "slashnp", "fwdash", "cnsp"],
    "hours_styles": ["有效学时", "完成学时", "总共学时", "予以登记", "小数学时", "学时为"],
    "train_topics": ["高速铁路隧道施工安全", "中药饮片质量鉴别", "城市轨道交通信号维护", "基层全科医生诊疗能力",
                     "高标准农田建设管理", "义务教育新课标落地实施", "国土空间生态修复", "医院感染预防与控制",
                     "电梯安全检验技术", "茶叶加工与品质控制"],
    "depts": ["呼吸与危重症医学科", "神经外科", "妇产科", "康复医学科", "口腔科", "重症医学科"],
    "hospitals": ["成都市第五人民医院", "佛山市中医院", "洛阳市中心医院", "宝鸡市人民医院", "泉州市第一医院",
                  "长沙市第三医院", "昆明医科大学第二附属医院", "郑州市第七人民医院"],
    "companies": ["四川蜀道智能装备有限公司", "佛山市顺德精密模具有限公司", "洛阳中原轴承科技股份有限公司",
                  "泉州闽南纺织新材料有限公司", "长沙湘江数控机床有限公司"],
    "agencies": ["成都市住房和城乡建设局", "西安市自然资源和规划局", "郑州市农业农村局", "昆明市生态环境局",
                 "福州市交通运输局"],
    "universities": ["西南交通大学", "华南理工大学", "郑州大学", "西安建筑科技大学", "福州大学", "昆明理工大学",
                     "长沙理工大学", "沈阳建筑大学"],
    "colleges": ["四川交通职业技术学院", "广东轻工职业技术学院", "河南工业职业技术学院", "陕西铁路工程职业技术学院",
                 "福建船政交通职业学院"],
    "societies": ["四川省公路学会", "广东省预防医学会", "河南省农学会", "陕西省土木建筑学会", "福建省药学会",
                  "云南省林学会", "中国铁道学会", "中国药学会"],
    "platforms": ["天府专技学习网", "南粤继续教育云课堂", "中原专技在线", "三秦专技学堂", "八闽专技学习平台"],
    "journals": [("西部交通工程技术", "Western Transportation Engineering Technology", "51", "U", "provincial"),
                 ("现代农业装备与技术", "Modern Agricultural Equipment and Technology", "41", "S", "core"),
                 ("中国医院药学评论", "Chinese Hospital Pharmacy Review", "44", "R", "national")],
    "presses": ["四川科学技术出版社", "西南交通大学出版社", "河南科学技术出版社", "陕西科学技术出版社"],
    "exams": [("法律职业资格", "司法部", "", "qualification"),
              ("高级中学教师资格", "", "", "qualification"),
              ("助理社会工作师", "民政部", "人力资源和社会保障部", "junior")],
}

F_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "皇甫", "慕容"] + list("阮喻柯甘饶骆岑燕祁桑简")
F_GIVEN = list("岚枫朔蓓珺檀昕苒樾铮筠韬祎鹤璟玥崧溪澜渝棠筱钰灏珩")
F_MINORITY = ["阿依古丽·买买提", "扎西次仁", "格桑卓玛", "热依拉·艾力", "巴特尔"]
F_EN_FIRST = ["Aoife", "Rafael", "Ingrid", "Tomasz", "Priyanka", "Mateo", "Freya", "Kenji", "Siobhan", "Lars"]
F_EN_LAST = ["Okonkwo", "Lindqvist", "Fernandes", "Haverford", "Nakamura", "Brennan", "Delacroix", "Sørensen"]
F_APPS = [("LibreOffice Writer", "LibreOffice 7.5"), ("Skia/PDF m118", "Skia/PDF m118"),
          ("iText 7.2.5", "iText® 7.2.5 ©2000-2023 Apryse Group NV"), ("WPS Office", "WPS Office 12.1"),
          ("PDFsharp 1.50", "PDFsharp 1.50.5147")]


def f_person(rng: random.Random, minority_ok: bool = True) -> str:
    if minority_ok and rng.random() < 0.08:
        return rng.choice(F_MINORITY)
    sur = rng.choice(F_SURNAMES)
    n = 1 if len(sur) == 2 else rng.choice([1, 2, 2])
    return sur + "".join(rng.choice(F_GIVEN) for _ in range(n))


def f_people(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        p = f_person(rng, minority_ok=False)
        if p not in out:
            out.append(p)
    return out


def f_en_person(rng: random.Random) -> str:
    return f"{rng.choice(F_EN_FIRST)} {rng.choice(F_EN_LAST)}"


def f_ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fdate(d: dt.date, style: str) -> str:
    """Date forms of the fresh pool (none of them is a docs/holdout signature form)."""
    y, m, dd = d.year, d.month, d.day
    return {
        "circ": f"{cn_year(y).replace('〇', '○')}年{cn_int(m)}月{cn_int(dd)}日",   # ○ (U+25CB), as typed in Word
        "slashnp": f"{y}/{m}/{dd}",
        "fwdash": f"{y}－{m:02d}－{dd:02d}",
        "compact": f"{y}{m:02d}{dd:02d}",
        "cnsp": f"{y} 年 {m} 月 {dd} 日",
        "hao": f"{y}年{m}月{dd}号",
        "cn": f"{y}年{m}月{dd}日",
        "dmydot": f"{dd:02d}.{m:02d}.{y}",
        "enord": f"{f_ord(dd)} {d.strftime('%B')} {y}",
        "enord-us": f"{d.strftime('%B')} {f_ord(dd)}, {y}",
        "dmon": f"{dd:02d}-{d.strftime('%b')}-{y}",
        "ym0": f"{y}年{m:02d}月",
    }[style]


def frange(s: dt.date, e: dt.date, style: str) -> str:
    """Range connectors of the fresh pool: – (en dash), － (full-width), 开始/结束, 〜 (wave dash), 、 (enumerated)."""
    if style == "enum" and (s.year, s.month) == (e.year, e.month) and (e - s).days <= 3:
        return fdate(s, "cn") + "、" + "、".join(f"{(s + dt.timedelta(days=i)).day}日" for i in range(1, (e - s).days + 1))
    if style in ("cn-endash", "enum"):
        tail = f"{e.month}月{e.day}日" if s.year == e.year else fdate(e, "cn")
        return f"{fdate(s, 'cn')}–{tail}"
    if style == "slashnp-fw":
        return f"{fdate(s, 'slashnp')}－{fdate(e, 'slashnp')}"
    if style == "kaishi":
        return f"{fdate(s, 'cn')}开始，{fdate(e, 'cn')}结束"
    if style == "wave":
        return f"{fdate(s, 'cnsp')} 〜 {fdate(e, 'cnsp')}"
    raise KeyError(style)


def f_hours(style: str, n, rng: random.Random):
    """-> (printed text, fields, facts, note): fresh hour anchors."""
    H = lambda unit: ({"hours": n}, {"hoursUnit": unit})
    if style == "有效学时":
        return (f"有效学时：{n}",) + H("学时") + ("hours 有效学时：N",)
    if style == "完成学时":
        return (f"完成{n}学时的学习",) + H("学时") + ("hours 完成N学时的学习",)
    if style == "总共学时":
        a = max(1, round(n * 0.6))
        return (f"其中理论{a}学时、实操{n - a}学时，总共{n}学时",) + H("学时") + ("hours split 理论/实操, 总共N学时 (label = total)",)
    if style == "予以登记":
        return (f"予以登记{n}学时",) + H("学时") + ("hours 予以登记N学时",)
    if style == "小数学时":
        return (f"获{n:.1f}学时",) + H("学时") + ("hours with a decimal (N.5学时)",)
    if style == "学时为":
        return (f"本次学习学时为{n}",) + H("学时") + ("hours 学时为N",)
    raise KeyError(style)


def _cp1252_ok(ch: str) -> bool:
    try:
        ch.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


class FPdf(Pdf):
    """Pdf with any page size (cards, A5, B5, Letter) for the fresh pool. It refuses to draw a character its font
    has no glyph for, so no fresh page shows tofu boxes."""

    def __init__(self, path, size, created, app, seed):
        super().__init__(path, land=False, created=created, app=app, seed=seed)
        self.size = size
        self.W, self.H = size
        self.c.setPageSize(size)

    def text(self, x, y, s, f, size, align="l", color=black, bold=False, cs=0):
        fo = pdfmetrics.getFont(font(f))
        if isinstance(fo, TTFont):
            missing = [ch for ch in s if ord(ch) not in fo.face.charToGlyph and ch not in " \n"]
        else:
            missing = [ch for ch in s if not _cp1252_ok(ch)]        # standard Type 1 fonts: WinAnsi only
        if missing:
            raise ValueError(f"font {f} has no glyph for {''.join(missing)!r} in {s!r}")
        return super().text(x, y, s, f, size, align, color, bold, cs)


def fpdf(g: G, size=None, land=False, created=None) -> Pdf:
    size = size or (landscape(A4) if land else A4)
    g.doc = FPdf(g.path, size, created or dt.date(2024, 1, 1), F_APPS[(g.idx * 3 + g.k) % len(F_APPS)], g.seed)
    return g.doc


def f_no(g: G, year: int, style: int) -> tuple[str, str]:
    r = g.rng
    forms = [("证书编码：", f"{year}{r.randint(10, 99)}{r.randint(100000000, 999999999)}"),
             ("档案编号：", f"DA-{year % 100:02d}{r.randint(10000, 99999)}"),
             ("流水号：", f"{year}{r.randint(100, 999)}{r.randint(1000, 9999)}"),
             ("查验码：", "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(10)))]
    lab, v = forms[style % len(forms)]
    return lab + v, v


def f_sign(p: Pdf, style: str, y: float, issuer: str, datestr: str, f: str, seal: str | None, seed: int,
           bottom: str = "", size: float = 13.5) -> float:
    """Signature arrangements of the fresh pool.
    left    : 出具单位（公章）：name / 日期：date, seal over the left block
    datetop : date above the name, right-hand side
    contact : 经办人 and phone on the left, name + date right
    boxed   : a two-cell box 单位盖章 | date"""
    W = p.W
    if style == "left":
        p.text(70, y, f"出具单位（公章）：{issuer}", f, size)
        p.text(70, y + size * 2, f"日期：{datestr}", f, size)
        cx, cy = 70 + p.width("出具单位（公章）：", f, size) + p.width(issuer, f, size) / 2, y
    elif style == "datetop":
        p.text(W - 90, y, datestr, f, size, "r")
        p.text(W - 90, y + size * 2, issuer, f, size, "r")
        cx, cy = W - 90 - p.width(issuer, f, size) / 2, y + size * 1.4
    elif style == "contact":
        p.text(70, y + size * 4, f"经办人：{f_person(random.Random(seed), False)}", f, size * 0.85)
        p.text(70, y + size * 5.6, f"联系电话：0{random.Random(seed).choice([28, 20, 371, 29, 591, 871])}-{random.Random(seed + 1).randint(60000000, 89999999)}", f, size * 0.85)
        p.text(W - 170, y, issuer, f, size, "c")
        p.text(W - 170, y + size * 2, datestr, f, size, "c")
        cx, cy = W - 170, y
    elif style == "boxed":
        p.table(70, y, [150, (W - 140 - 150)], [["单位盖章", ""], ["签发日期", datestr]], f, size * 0.9, row_h=size * 2.6)
        p.text(70 + 150 + (W - 140 - 150) / 2, y + size * 1.6, issuer, f, size, "c")
        cx, cy = 70 + 150 + (W - 140 - 150) / 2, y + size
    else:
        raise KeyError(style)
    if seal == "image":
        p.seal(cx, cy, issuer, bottom, seed=seed)
    elif seal == "vector":
        p.seal_vector(cx, cy, issuer, bottom)
    return y + size * 4


def f_cutoff(g: G, offset: int = 0) -> dt.date:
    """Fresh dates: even (k + offset) before the 2025-06-13 cutoff, odd on or after it."""
    return event_date(g.rng, g.k + offset)


# -- fresh: training ---------------------------------------------------------------------------------------------
def f_tr_xsrd(g: G):
    """继续教育学时认定证明: info lines + a 学时认定 table (理论/实操 rows, 开始日期 and 结束日期 in separate cells)."""
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    s = f_cutoff(g)
    days = r.choice([2, 3, 4, 5])
    e = s + dt.timedelta(days=days - 1)
    n = days * r.choice([6, 7, 8])
    a = max(1, round(n * 0.6))
    issuer = [f"{city}市专业技术人员继续教育学时认定中心", f"{prov}专业技术人才继续教育基地（{r.choice(g.P['universities'])}）",
              f"{r.choice(g.P['colleges'])}继续教育与培训学院"][k % 3]
    holder = f_person(r)
    topic = r.choice(g.P["train_topics"])
    sstyle = g.pick("sign_styles", 0)
    issue = e + dt.timedelta(days=r.choice([1, 4, 9]))
    p = fpdf(g, created=issue)
    f = g.f()
    p.text(p.W / 2, 90, "继续教育学时认定证明", f, 22, "c", bold=True, cs=2)
    line, no = f_no(g, s.year, k)
    p.text(p.W - 60, 118, line, f, 9.5, "r", color=GREY)
    unit = f"{city}市{r.choice(['轨道交通集团有限公司', '疾病预防控制中心', '农业科学研究院', '第二十一中学', '勘察设计研究院'])}"
    y = p.lines(60, 150, [f"姓    名：{holder}", f"工作单位：{unit}", f"学习项目：{s.year}年度{topic}专题培训"], f, 12.5, 24)
    rows = [["学习内容", "形式", "开始日期", "结束日期", "认定结果"],
            ["专业理论", "面授", fdate(s, "slashnp"), fdate(e, "slashnp"), f"{a}学时"],
            ["现场实操", "实训", fdate(s, "slashnp"), fdate(e, "slashnp"), f"{n - a}学时"],
            ["合  计", "", "", "", f"{n}学时"]]
    y = p.table(60, y + 6, [110, 60, 100, 100, p.W - 120 - 370], rows, f, 11, row_h=28, header=True)
    body = f"经审核，{holder}同志已按要求完成上述学习内容并考核合格，本次培训总共{n}学时，可记入本年度继续教育专业科目学时。"
    y = p.para(60, y + 34, p.W - 120, body, f, 13, leading=26)
    f_sign(p, ["datetop", "left", "contact"][k % 3], y + 60, issuer, fdate(issue, sstyle), f, "image", g.seed,
           "学时认定专用章" if k % 2 == 0 else "")
    fields = {"certificateNumber": no, "hours": n, "startDate": s.isoformat(), "endDate": e.isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    return L("training", "training-certificate", fields, {"days": days, "hoursUnit": "学时", "subject": "professional"},
             f"fresh 学时认定证明 with a 认定 table (理论/实操 rows, separate start/end cells, 合计 row); total 总共N学时; "
             f"date {sstyle}; sign {['datetop', 'left', 'contact'][k % 3]}")


def f_tr_gangwei(g: G):
    """Landscape 岗位培训证书: photo + number on the left half, key：value lines on the right half."""
    r, k = g.rng, g.k
    city = g.city()
    s = f_cutoff(g, 1)
    days = r.choice([3, 4, 5, 6])
    e = s + dt.timedelta(days=days - 1)
    hstyle = ["有效学时", "学时为", "小数学时"][k % 3]
    n = days * 6 + (0.5 if hstyle == "小数学时" else 0)
    htext, hf, hfa, hnote = f_hours(hstyle, n, r)
    issuer = [f"{city}市建设行业职业技能鉴定站", f"{g.prov(city)}交通运输厅干部培训中心", f"{r.choice(g.P['colleges'])}"][k % 3]
    holder = f_person(r)
    post = r.choice(["施工员", "质量员", "安全员", "试验检测员", "资料员"])
    rstyle = g.pick("range_styles", 1)
    issue = e + dt.timedelta(days=r.choice([5, 12]))
    p = fpdf(g, land=True, created=issue)
    p.frame(["green", "blue-band", "gold"][k % 3])
    f = "zenhei" if rstyle == "wave" else g.f(1)          # 〜 (U+301C) exists only in Zen Hei
    p.text(p.W / 2, 95, "岗 位 培 训 证 书", f, 30, "c", bold=True, color=Color(0.05, 0.35, 0.25))
    p.hline(p.W / 2 - 10, p.W / 2 - 10, 150)
    p.photo(120, 150, 80, 105)
    line, no = f_no(g, s.year, k + 2)
    p.text(100, 290, line, f, 10.5)
    p.text(100, 312, f"发证日期：{fdate(issue, 'fwdash')}", f, 10.5)
    p.c.setStrokeColor(GREY); p.c.line(p.W / 2 - 40, p.H - 140, p.W / 2 - 40, p.H - 430); p.c.setStrokeColor(black)
    kv = [f"姓　　名：{holder}", f"性　　别：{r.choice(['男', '女'])}", f"培训岗位：{post}",
          f"培训时间：{frange(s, e, rstyle)}", f"学习情况：{htext}", "考核结果：合格"]
    y = 160
    for s_ in kv:
        y = p.para(p.W / 2, y, p.W / 2 - 70, s_, f, 13.5, leading=24, indent=0) + 8
    p.text(p.W / 2, y + 30, f"核发单位：{issuer}", f, 13)
    p.seal(p.W - 170, y + 20, issuer, "", seed=g.seed)
    fields = {"certificateNumber": no, **hf, "startDate": s.isoformat(), "endDate": e.isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    return L("training", "training-certificate", fields, {"days": days, **hfa, "subject": "professional"},
             f"fresh 岗位培训证书 landscape two-half layout; 核发单位 line; {hnote}; range {rstyle}; date fwdash")


def f_tr_zhupei(g: G):
    """住院医师规范化培训合格证书: three-year programme printed to the month only; landscape, framed."""
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    issue = f_cutoff(g)
    e_m = dt.date(issue.year, 8, 1) if issue.month > 8 else dt.date(issue.year - 1, 8, 1)
    s_m = dt.date(e_m.year - 3, 9, 1)
    holder = f_person(r)
    base = r.choice(g.P["hospitals"])
    spec = r.choice(["内科", "全科", "外科", "儿科", "麻醉科", "医学影像科"])
    issuer = f"{prov}卫生健康委员会"
    p = fpdf(g, land=True, created=issue)
    p.frame("double-red")
    f = g.f(2)
    p.text(p.W / 2, 92, "住院医师规范化培训合格证书", f, 28, "c", bold=True, cs=2, color=DARKRED)
    line, no = f_no(g, issue.year, 0)
    p.text(p.W - 70, 60, line, f, 10, "r")
    p.photo(95, 140, 75, 100)
    body = (f"{holder}，{r.choice(['男', '女'])}，于{s_m.year}年{s_m.month}月–{e_m.year}年{e_m.month}月在{base}"
            f"（国家住院医师规范化培训基地）参加{spec}专业住院医师规范化培训，培训年限三年，经过程考核和结业考核合格，特发此证。")
    y = p.para(200, 150, p.W - 290, body, f, 15, leading=31)
    p.text(200, max(y + 20, 360), "本证书由国家卫生健康委员会统一监制", f, 10, color=GREY)
    datestr = fdate(issue, ["circ", "cnsp"][k % 2])
    p.text(p.W - 200, 440, datestr, f, 14, "c")
    p.text(p.W - 200, 412, issuer, f, 14, "c")
    p.seal(p.W - 200, 415, issuer, "", seed=g.seed)
    fields = {"certificateNumber": no, "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    facts = {"months": 36, "years": 3, "periodStart": s_m.strftime("%Y-%m"), "periodEnd": e_m.strftime("%Y-%m"),
             "subject": "professional", "trainingBase": base, "specialty": spec}
    return L("training", "training-certificate", fields, facts,
             "fresh 住院医师规范化培训合格证书; period printed to the month only -> facts.periodStart/periodEnd, no "
             "start/end dates; 培训年限三年; no hours")


def f_tr_jinxiu(g: G):
    """进修鉴定书: two pages. Page 1 personal data + 自我鉴定 (wrapped); page 2 科室鉴定, 医院意见, seal."""
    r, k = g.rng, g.k
    months = [6, 12][k % 2]
    mword = ["半年", "一年"][k % 2]
    s = add_months(f_cutoff(g, 1), -months).replace(day=1)
    e = add_months(s, months) - dt.timedelta(days=1)
    issuer = r.choice(g.P["hospitals"])
    dept = r.choice(g.P["depts"])
    holder = f_person(r)
    home = f"{r.choice(['会理市', '南雄市', '新密市', '凤翔区', '安溪县'])}人民医院"
    issue = e + dt.timedelta(days=r.choice([2, 6]))
    p = fpdf(g, created=issue)
    f = g.f(3)
    p.text(p.W / 2, 80, "进 修 鉴 定 书", f, 24, "c", bold=True)
    rows = [["姓名", holder, "性别", r.choice(["男", "女"])], ["原单位", home], ["进修科室", dept],
            ["进修期限", f"{mword}（{frange(s, e, 'slashnp-fw')}）"], ["带教老师", f_person(r, False)]]
    y = p.table(60, 110, [90, 180, 70, p.W - 120 - 340], rows, f, 12, row_h=32, align="l", shade_first_col=True)
    p.text(60, y + 30, "自我鉴定：", f, 13, bold=True)
    txt = ("进修期间，本人严格遵守医院各项规章制度，虚心向带教老师学习，参与科室晨会、病例讨论和疑难病例会诊，"
           "系统学习了本专科常见病、多发病的规范化诊疗流程，熟练掌握了相关操作技能。通过参与值班和危重患者抢救，"
           "提高了独立处理临床问题的能力。同时积极参加院内学术讲座和业务学习，阅读了大量专业文献。") * 2
    y = p.para(60, y + 56, p.W - 120, txt, f, 12, leading=23)
    p.text(p.W - 90, y + 20, f"本人签名：{holder}", f, 12, "r")
    p.text(p.W / 2, p.H - 40, "第 1 页 共 2 页", f, 9, "c", color=GREY)
    p.new_page()
    p.text(60, 80, "科室鉴定意见：", f, 13, bold=True)
    y = p.para(60, 108, p.W - 120, f"该同志进修期间工作认真负责，基础理论扎实，操作规范，能够独立完成{dept}常规诊疗工作，"
               "医德医风良好，完成进修计划，鉴定合格。", f, 12, leading=23)
    p.text(p.W - 90, y + 16, f"科室主任：{f_person(r, False)}", f, 12, "r")
    p.hline(60, p.W - 60, y + 40, 0.6)
    p.text(60, y + 72, "医院意见：", f, 13, bold=True)
    y = p.para(60, y + 100, p.W - 120, f"同意科室意见，准予结业。进修时间{mword}。", f, 12, leading=23)
    f_sign(p, "datetop", y + 60, issuer, fdate(issue, "circ"), f, "image", g.seed, "医务处")
    p.text(p.W / 2, p.H - 40, "第 2 页 共 2 页", f, 9, "c", color=GREY)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("training", "training-certificate", fields, {"months": months, "subject": "professional"},
             f"fresh 进修鉴定书, 2 pages; months as {mword}; range slashnp-fw inside a table cell; hospital seal on page 2",
             fact_page=1)


def f_tr_credit(g: G):
    """继续医学教育学分证书 card (A5 landscape): Ⅰ类学分 with a project number; odd k adds a 折算 rule."""
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    s = f_cutoff(g)
    days = r.choice([2, 3])
    e = s + dt.timedelta(days=days - 1)
    cr = r.choice([3, 4, 5, 6])
    issuer = f"{prov}继续医学教育委员会"
    holder = f_person(r)
    proj = f"{s.year}-{r.randint(1, 16):02d}-{r.randint(1, 12):02d}-{r.randint(100, 399)}（国）"
    pname = r.choice(["基层医院感染防控能力提升学习班", "重症超声规范化应用学习班", "儿童呼吸道感染诊治进展学习班"])
    p = fpdf(g, size=landscape((420, 595)), created=e)
    p.frame("blue-band")
    f = g.f(4)
    p.text(p.W / 2, 62, "继续医学教育学分证书", f, 20, "c", bold=True, color=NAVY)
    rows = [["姓名", holder, "学分类别", "Ⅰ类"], ["项目名称", pname], ["项目编号", proj],
            ["举办日期", frange(s, e, "cn-endash")], ["授予学分", f"{cr}分"]]
    y = p.table(40, 82, [70, 180, 70, p.W - 80 - 320], rows, f, 10.5, row_h=26, align="c", shade_first_col=True)
    facts = {"credits": cr, "creditType": "I", "days": days, "subject": "professional", "projectNumber": proj}
    if k % 2:
        rate = 10
        p.text(40, y + 22, f"注：本学分可按1学分折算{rate}学时计入专业技术人员继续教育档案。", f, 9.5)
        facts["hoursPerCredit"] = rate
    p.text(p.W - 150, y + 60, issuer, f, 11, "c")
    p.text(p.W - 150, y + 80, fdate(e, "slashnp"), f, 11, "c")
    p.seal(p.W - 150, y + 62, issuer, "", r=40, seed=g.seed)
    p.qr(44, y + 40, 48, g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": e.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("training", "training-certificate", fields, facts,
             "fresh CME 学分证书 on an A5 card; Ⅰ类学分 only, no hours" + ("; 按1学分折算N学时 rule printed" if k % 2 else ""))


def f_tr_en_pdh(g: G):
    """English 'Professional Development Hours' certificate (fictional engineering society), ordinal US dates."""
    r, k = g.rng, g.k
    d = f_cutoff(g, 1)
    holder = f_en_person(r)
    n = r.choice([6, 7, 8])
    issuer = "Pacific Rim Society of Geotechnical Practitioners"
    no = f"PRSGP/{d.year}/{r.randint(1000, 9999)}"
    p = fpdf(g, size=(612, 792), created=d)          # US Letter
    p.frame("green")
    p.text(p.W / 2, 110, issuer.upper(), "Helvetica-Bold", 13, "c", color=Color(0.1, 0.45, 0.3))
    p.text(p.W / 2, 170, "Certificate of Professional Development Hours", "Times-Bold", 21, "c")
    p.text(p.W / 2, 220, "presented to", "Times-Italic", 13, "c")
    p.text(p.W / 2, 262, holder + ", P.E.", "Times-Bold", 24, "c")
    y = p.para(90, 310, p.W - 180, f"for completing the short course \u201cSlope Stability Assessment with Limit "
               f"Equilibrium and Finite Element Methods\u201d on {fdate(d, 'enord-us')}. This activity earned "
               f"{n} hours of professional development credit (PDH).", "Times-Roman", 13, leading=19, indent=0, align="c")
    p.text(90, 640, f"Record number: {no}", "Helvetica", 9.5)
    p.text(90, 660, f"{issuer} is an approved continuing-education provider.", "Helvetica", 8, color=GREY)
    p.text(p.W - 90, 600, en_person(random.Random(g.seed)) if False else f_en_person(r), "Times-Italic", 15, "r")
    p.hline(p.W - 260, p.W - 90, 608)
    p.text(p.W - 90, 624, "Director of Education", "Helvetica", 9.5, "r")
    fields = {"hours": n, "startDate": d.isoformat(), "endDate": d.isoformat(), "issueDate": d.isoformat(),
              "issuer": issuer, "holder": holder, "certificateNumber": no}
    return L("training", "training-certificate", fields, {"hoursUnit": "hours", "days": 1, "language": "en",
                                                          "hoursLabel": "Professional Development Hours"}, seal=False,
             notes="fresh English PDH certificate on US Letter; ordinal US date; hours in a wrapped centred paragraph")


# -- fresh: practice ---------------------------------------------------------------------------------------------
def f_pr_qiye(g: G):
    """职业院校教师企业实践证明: letter; months as 三个月 / 半年; 开始/结束 range; 号 in the signature date."""
    r, k = g.rng, g.k
    months = [3, 6][k % 2]
    mword = ["三个月", "半年"][k % 2]
    s = add_months(f_cutoff(g), -months)
    e = add_months(s, months) - dt.timedelta(days=1)
    issuer = r.choice(g.P["companies"])
    holder = f_person(r)
    home = r.choice(g.P["colleges"])
    issue = e + dt.timedelta(days=r.choice([3, 8]))
    p = fpdf(g, created=issue)
    f = g.f()
    p.text(p.W / 2, 110, "教师企业实践证明", f, 24, "c", bold=True)
    p.text(70, 170, f"{home}：", f, 14)
    body = (f"贵校教师{holder}按照《职业学校教师企业实践规定》，于{frange(s, e, 'kaishi')}，在我公司"
            f"{r.choice(['生产技术部', '工艺研发中心', '质量管理部'])}开展企业实践，实践期限{mword}。期间参与了"
            f"{r.choice(['新产品试制', '生产线技术改造', '质量体系内审'])}等工作，了解了行业最新技术标准和岗位能力要求，表现良好。")
    y = p.para(70, 205, p.W - 140, body, f, 14.5, leading=30)
    y = p.para(70, y + 4, p.W - 140, "特此证明。", f, 14.5)
    f_sign(p, ["contact", "left"][k % 2], y + 60, issuer, fdate(issue, "hao"), f, "image", g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("practice", "practice-certificate", fields, {"months": months, "practiceUnitType": "company"},
             f"fresh 教师企业实践证明 addressed to the school; 实践期限{mword}; range 开始/结束; date with 号")


def f_pr_guazhi(g: G):
    """挂职锻炼鉴定表: two pages, table; two seals (派出单位 and 接收单位); issuer = 接收单位 (where the practice was)."""
    r, k = g.rng, g.k
    city = g.city()
    months = [6, 4][k % 2]
    s = add_months(f_cutoff(g, 1), -months).replace(day=1)
    e = add_months(s, months) - dt.timedelta(days=1)
    issuer = [r.choice(g.P["agencies"]), r.choice(g.P["companies"])][k % 2]
    sender = r.choice(g.P["universities"])
    holder = f_person(r)
    issue = e + dt.timedelta(days=10)
    p = fpdf(g, created=issue)
    f = g.f(1)
    p.text(p.W / 2, 75, "专业技术人员挂职锻炼鉴定表", f, 20, "c", bold=True)
    rows = [["姓名", holder, "职称", r.choice(["副教授", "讲师", "高级工程师"])], ["派出单位", sender],
            ["接收单位", issuer], ["挂职岗位", r.choice(["总工程师助理", "技术科副科长", "规划科副科长"])],
            ["挂职起止", frange(s, e, "slashnp-fw")], ["挂职期限", f"{months}个月"]]
    y = p.table(55, 100, [90, 200, 70, p.W - 110 - 360], rows, f, 12, row_h=32, align="l", shade_first_col=True)
    p.text(55, y + 30, "挂职期间主要工作：", f, 13, bold=True)
    txt = ("挂职期间，该同志深入一线，参与了单位重点项目的技术方案论证与实施，牵头编制了两项内部技术规程，"
           "组织开展专题技术培训三次，协助解决现场技术难题多项，将高校科研成果与生产实际相结合，取得了良好效果。") * 3
    p.para(55, y + 58, p.W - 110, txt, f, 12, leading=23)
    p.new_page()
    rows2 = [["接收单位鉴定意见", f"该同志挂职期间工作积极主动，专业能力突出，圆满完成挂职任务，鉴定为优秀。\n\n\n{issuer}（盖章）\n{fdate(issue, 'fwdash')}"],
             ["派出单位意见", f"情况属实，同意鉴定意见。\n\n\n{sender}（盖章）\n{fdate(issue + dt.timedelta(days=6), 'fwdash')}"]]
    y2 = p.table(55, 80, [120, p.W - 110 - 120], rows2, f, 12, row_h=150, align="l", shade_first_col=True)
    p.seal(p.W - 200, 190, issuer, "", seed=g.seed)
    p.seal(p.W - 200, 190 + 200, sender, "人事处", seed=g.seed + 1)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("practice", "practice-certificate", fields, {"months": months, "practiceUnitType": ["agency", "company"][k % 2]},
             "fresh 挂职锻炼鉴定表, 2 pages; two seals: 接收单位 (issuer, signs first, its date = issueDate) and 派出单位",
             fact_page=1)


# -- fresh: online -----------------------------------------------------------------------------------------------
F_COURSES = ["长江黄河生态保护专题", "统计法治与数据质量", "职业健康与劳动保护", "区域协调发展战略", "新型城镇化建设",
             "专利检索与技术情报", "科技论文写作规范", "常见心理问题识别", "低空经济发展前沿", "工程伦理", "大模型应用入门",
             "乡村治理现代化", "标准化与质量管理", "保密知识教育"]


def f_on_transcript(g: G):
    """Platform 学习成绩单 over two pages: course table split, 有效学时总和 on page 2."""
    r, k = g.rng, g.k
    e = f_cutoff(g)
    s = e - dt.timedelta(days=r.randint(60, 150))
    issuer = g.pick("platforms")
    holder = f_person(r)
    idn = id_number(r, g.P["id_areas"])
    names = r.sample(F_COURSES, 13)
    hrs = [r.choice([2, 3, 4, 5]) for _ in names]
    total = sum(hrs)
    issue = e + dt.timedelta(days=r.choice([1, 3]))
    p = fpdf(g, created=issue)
    f = g.f(2)
    p.text(p.W / 2, 60, issuer, f, 12, "c", color=GREY)
    p.text(p.W / 2, 88, "专业技术人员继续教育学习成绩单", f, 19, "c", bold=True)
    p.text(50, 122, f"学员：{holder}    证件号：{idn[:3]}***********{idn[-4:]}", f, 11)
    p.text(50, 142, f"学习周期：{frange(s, e, 'slashnp-fw')}", f, 11)
    rows = [["序号", "课程名称", "类别", "完成日期", "成绩", "学时"]]
    for i, (nm, h) in enumerate(zip(names, hrs)):
        d = s + dt.timedelta(days=int((e - s).days * (i + 1) / len(names)))
        rows.append([str(i + 1), nm, r.choice(["公需", "专业"]), fdate(d, "compact"), str(r.randint(72, 100)), str(h)])
    y = p.table(50, 160, [40, 190, 60, 90, 60, p.W - 100 - 440], rows[:11], f, 10.5, row_h=30, header=True)
    p.text(p.W / 2, p.H - 40, "1/2", "Helvetica", 9, "c", color=GREY)
    p.new_page()
    p.text(p.W / 2, 60, f"{issuer}  学习成绩单（续）", f, 11, "c", color=GREY)
    y = p.table(50, 80, [40, 190, 60, 90, 60, p.W - 100 - 440], [rows[0]] + rows[11:], f, 10.5, row_h=30, header=True)
    p.text(50, y + 30, f"有效学时总和：{total}", f, 13, bold=True)
    p.text(50, y + 56, f"打印时间：{fdate(issue, 'compact')} 10:{r.randint(10, 59)}:{r.randint(10, 59)}", f, 10)
    p.text(50, y + 76, "本成绩单由系统生成，盖章有效。", f, 10, color=GREY)
    p.seal(p.W - 170, y + 60, issuer, "电子印章", seed=g.seed)
    p.text(p.W / 2, p.H - 40, "2/2", "Helvetica", 9, "c", color=GREY)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "hours": total, "issueDate": issue.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("online", "online-learning-record", fields, {"courses": len(names), "hoursUnit": "学时", "subject": "mixed"},
             "fresh platform 学习成绩单 split over 2 pages; total 有效学时总和 on page 2; compact dates yyyymmdd",
             fact_page=2)


def f_on_gongxu(g: G):
    """公需科目培训证书 from another province's platform: landscape; k=0 prose, k=1 vector-seal with a cell."""
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    d = f_cutoff(g, 1)
    issuer = g.pick("platforms", 2)
    holder = f_person(r)
    idn = id_number(r, g.P["id_areas"])
    n = r.choice([20, 24, 36])
    topic = r.choice(["数字政府建设", "全面推进乡村振兴", "实施科教兴国战略", "生态文明建设"])
    p = fpdf(g, land=True, created=d)
    p.frame(["gold", "ornate"][k % 2])
    f = g.f(3)
    p.text(p.W / 2, 100, "公需科目培训证书", f, 32, "c", bold=True, cs=4, color=DARKRED)
    p.text(p.W / 2, 132, f"（{prov}专业技术人员{d.year}年度）", f, 13, "c")
    if k % 2 == 0:
        body = (f"{holder}（公民身份号码{idn}）在{issuer}参加{d.year}年度公需科目《{topic}》在线培训，"
                f"完成{n}学时的学习，考核合格。")
        y = p.para(110, 190, p.W - 220, body, f, 16, leading=34)
        hnote = "完成N学时的学习"
    else:
        rows = [["姓名", holder, "公民身份号码", idn], ["培训科目", f"《{topic}》"], ["有效学时", str(n)], ["考核", "合格"]]
        y = p.table(110, 170, [90, 150, 110, p.W - 220 - 350], rows, f, 13, row_h=36, align="c", shade_first_col=True)
        hnote = "有效学时 cell"
    line, no = f_no(g, d.year, 3)
    p.text(110, y + 40, line, f, 11)
    p.text(110, y + 60, "扫码或登录平台输入查验码核验", f, 9.5, color=GREY)
    p.text(p.W - 220, y + 88, fdate(d, "slashnp"), f, 13, "c")
    if k % 2 == 0:
        p.text(p.W - 220, y + 62, issuer, f, 13, "c")
        p.seal(p.W - 220, y + 60, issuer, "", seed=g.seed)
    else:
        p.seal_vector(p.W - 220, y + 50, issuer, "")
    fields = {"hours": n, "issueDate": d.isoformat(), "issuer": issuer, "holder": holder, "certificateNumber": no}
    return L("online", "online-learning-record", fields, {"hoursUnit": "学时", "subject": "public", "year": d.year},
             f"fresh 公需科目培训证书 landscape ({hnote}); 查验码"
             + ("; issuer printed only in a VECTOR seal (seal words in the text layer, rotated)" if k % 2 else ""),
             pii=idn, seal_only=k % 2 == 1)


def f_on_en_accomp(g: G):
    """English MOOC 'Certificate of Accomplishment' with 'Estimated effort: N hrs' and dd-Mon-yyyy."""
    r, k = g.rng, g.k
    d = f_cutoff(g)
    holder = f_en_person(r)
    n = r.choice([14, 16, 20])
    issuer = "Learnwell Open Academy"
    code = "LW-" + "".join(r.choice("0123456789ABCDEF") for _ in range(8))
    p = fpdf(g, land=True, created=d)
    p.c.setFillColor(Color(0.96, 0.94, 0.88)); p.c.rect(0, 0, p.W, p.H, stroke=0, fill=1); p.c.setFillColor(black)
    p.text(p.W - 60, 70, "learnwell", "Helvetica-Bold", 22, "r", color=Color(0.8, 0.35, 0.1))
    p.text(60, 150, "CERTIFICATE OF ACCOMPLISHMENT", "Helvetica", 13, color=GREY)
    p.text(60, 200, holder, "dejavu-b", 30)
    p.text(60, 240, "has completed the self-paced online course", "dejavu", 13)
    p.text(60, 275, r.choice(["Geospatial Data Science for Planners", "Foundations of Pharmacovigilance"]), "dejavu-b", 19)
    p.text(60, 315, f"Estimated effort: {n} hrs  |  Completed {fdate(d, 'dmon')}", "dejavu", 12)
    p.text(60, 520, f"Credential ID {code}", "dejavusans", 9, color=GREY)
    p.text(60, 536, f"{issuer} has verified the learner's identity and completion of all graded items.", "dejavusans", 8, color=GREY)
    fields = {"hours": n, "issueDate": d.isoformat(), "issuer": issuer, "holder": holder, "certificateNumber": code}
    return L("online", "online-learning-record", fields, {"hoursUnit": "hours", "language": "en", "hoursLabel": "hrs"},
             seal=False, notes="fresh English MOOC accomplishment certificate; 'Estimated effort: N hrs'; dd-Mon-yyyy")


def f_on_en_record(g: G):
    """English 'Record of Completion' (modules table, total study time with a decimal), dd.mm.yyyy dates."""
    r, k = g.rng, g.k
    e = f_cutoff(g, 1)
    s = e - dt.timedelta(days=r.randint(20, 45))
    holder = f_en_person(r)
    issuer = "Nordvik Institute for Continuing Education"
    mods = [("Module 1: Risk Concepts", 1.5), ("Module 2: Hazard Identification", 2.0),
            ("Module 3: Exposure Assessment", 1.5), ("Module 4: Case Studies", 1.5)]
    total = sum(h for _, h in mods)
    p = fpdf(g, created=e)
    p.text(60, 80, issuer, "Helvetica-Bold", 15, color=NAVY)
    p.hline(60, p.W - 60, 92, 1.2, NAVY)
    p.text(60, 140, "Record of Completion", "Helvetica-Bold", 22)
    p.text(60, 175, f"Participant: {holder}", "Helvetica", 12)
    p.text(60, 195, f"Programme: Occupational Health Risk Assessment (online, self-paced)", "Helvetica", 12)
    p.text(60, 215, f"Period of study: {fdate(s, 'dmydot')} – {fdate(e, 'dmydot')}", "Helvetica", 12)
    rows = [["Module", "Study time (hours)", "Status"]] + [[m, f"{h:.1f}", "Passed"] for m, h in mods]
    y = p.table(60, 235, [260, 130, p.W - 120 - 390], rows, "Helvetica", 10.5, row_h=24, header=True)
    p.text(60, y + 26, f"Total study time: {total:.1f} hours", "Helvetica-Bold", 12)
    p.text(60, y + 70, f"Issued in Bergen, {fdate(e, 'dmydot')}", "Helvetica", 11)
    p.text(60, y + 110, f_en_person(r), "Times-Italic", 15)
    p.text(60, y + 126, "Registrar", "Helvetica", 10)
    fields = {"hours": total, "startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": e.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("online", "online-learning-record", fields, {"hoursUnit": "hours", "language": "en", "courses": 4},
             seal=False, notes="fresh English record of completion; module table; total with a decimal; dd.mm.yyyy range with en dash")


# -- fresh: academic ---------------------------------------------------------------------------------------------
def f_ac_baogao(g: G):
    """学术报告会出勤证明: a society's 学术报告会; enumerated days (7月1日、2日); left-aligned signature."""
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    level = ["provincial", "national"][k % 2]
    s = f_cutoff(g)
    days = r.choice([1, 2, 3]) if k % 2 == 0 else 2
    e = s + dt.timedelta(days=days - 1)
    fld = r.choice(["山区公路灾害防治", "临床药学服务", "智慧农机装备", "高原生态修复"])
    conf = [f"{prov}第{cn_int(r.randint(11, 29))}届{fld}学术报告会", f"全国{fld}青年学者学术报告会"][k % 2]
    issuer = r.choice(g.P["societies"])
    holder = f_person(r)
    issue = e + dt.timedelta(days=r.choice([0, 1]))
    p = fpdf(g, created=issue)
    f = g.f(4)
    p.text(p.W / 2, 105, "学术报告会出勤证明", f, 23, "c", bold=True)
    when = fdate(s, "cn") if days == 1 else frange(s, e, "enum")
    body = (f"{holder}（{r.choice(g.P['hospitals'] + g.P['colleges'])}）于{when}出席了在{city}举行的{conf}，"
            f"按要求完成会议签到和全部学术报告的听讲。")
    y = p.para(70, 175, p.W - 140, body, f, 14.5, leading=31)
    y = p.para(70, y + 4, p.W - 140, "特此证明。", f, 14.5)
    f_sign(p, "left", y + 70, issuer, fdate(issue, "circ"), f, "image", g.seed, "会务组")
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("academic", "conference-proof", fields, {"conferenceLevel": level, "role": "attendee", "days": days},
             f"fresh 学术报告会出勤证明; {'one day' if days == 1 else 'enumerated days (、)'}; left 出具单位（公章）block; circ date")


def f_ac_poster(g: G):
    """壁报交流证书 (poster presentation), landscape, bilingual heading; role speaker (presenter of a poster)."""
    r, k = g.rng, g.k
    s = f_cutoff(g, 1)
    e = s + dt.timedelta(days=2)
    city = g.city()
    issuer = "中国药学会" if k % 2 == 0 else "中国铁道学会"
    conf = f"{s.year}年{'中国药学大会' if k % 2 == 0 else '中国铁道科技论坛'}"
    holder = f_person(r)
    title = r.choice(["基于真实世界数据的抗凝药物用药安全评价", "寒区隧道衬砌冻胀病害监测与评估"])
    p = fpdf(g, land=True, created=e)
    p.frame("gold")
    f = "zenhei"                                        # 〜 (U+301C) exists only in Zen Hei
    p.text(p.W / 2, 92, "壁报交流证书", f, 30, "c", bold=True, cs=6)
    p.text(p.W / 2, 120, "CERTIFICATE OF POSTER PRESENTATION", "Times-Roman", 12, "c", color=GREY)
    body = f"{holder}：您的论文《{title}》入选{conf}（{city}，{frange(s, e, 'wave')}）壁报交流，特颁此证。"
    y = p.para(110, 185, p.W - 220, body, f, 16, leading=34)
    p.text(p.W - 220, 440, issuer, f, 14, "c")
    p.text(p.W - 220, 466, fdate(e, "cnsp"), f, 14, "c")
    p.seal(p.W - 220, 445, issuer, "学术部", seed=g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": e.isoformat(), "issuer": issuer,
              "holder": holder, "title": title}
    return L("academic", "conference-proof", fields, {"conferenceLevel": "national", "role": "speaker",
                                                      "presentation": "poster", "days": 3},
             "fresh 壁报交流证书 (poster); wave-dash range with spaced dates; role speaker = poster presenter")


def f_ac_lecture(g: G):
    """专题讲座证明: k=0 letter with hours; k=1 an invitation (邀请函 header) re-issued as proof that it took place."""
    r, k = g.rng, g.k
    city = g.city()
    d = f_cutoff(g, k)
    n = r.choice([2, 3])
    issuer = [r.choice(g.P["hospitals"]), f"{city}市{r.choice(['教育科学研究院', '科学技术协会'])}"][k % 2]
    holder = f_person(r)
    talk = r.choice(["抗菌药物临床合理应用", "跨学科主题学习设计", "大模型在工程管理中的应用", "职业暴露的预防与处置"])
    issue = d + dt.timedelta(days=r.choice([1, 5, 20]))
    p = fpdf(g, created=issue)
    f = g.f(1)
    if k % 2 == 0:
        p.text(p.W / 2, 110, "专题讲座证明", f, 24, "c", bold=True)
        body = (f"特邀{holder}{r.choice(['主任医师', '教授'])}于{fdate(d, 'cnsp')}在我院学术报告厅作《{talk}》专题讲座{n}学时，"
                f"听讲人员二百余人，反响良好。")
        y = p.para(70, 180, p.W - 140, body, f, 15, leading=32)
        y = p.para(70, y + 4, p.W - 140, "特此证明。", f, 15)
        hn = f"专题讲座N学时"
    else:
        p.text(p.W / 2, 100, "邀 请 函", f, 24, "c", bold=True)
        p.text(p.W / 2, 128, "（讲座举办情况证明）", f, 13, "c")
        p.text(70, 175, f"{holder}老师：", f, 14)
        y = p.para(70, 210, p.W - 140, f"我单位拟举办{city}市专业技术人员继续教育专题讲座，特邀请您主讲《{talk}》。", f, 14, leading=29)
        p.hline(70, p.W - 70, y + 6, 0.5, GREY)
        y = p.para(70, y + 36, p.W - 140, f"补充证明：上述讲座已于{fdate(d, 'cnsp')}如期举办，{holder}老师完成授课{n}学时。", f, 14, leading=29)
        hn = "完成授课N学时 in a 补充证明 under an invitation"
    f_sign(p, ["datetop", "boxed"][k % 2], y + 60, issuer, fdate(issue, ["slashnp", "circ"][k % 2]), f, "image", g.seed)
    fields = {"hours": n, "startDate": d.isoformat(), "endDate": d.isoformat(), "issueDate": issue.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("academic", "lecture-proof", fields, {"hoursUnit": "学时", "role": "speaker", "lectureCount": 1},
             f"fresh lecture proof: {hn}; sign {['datetop', 'boxed'][k % 2]}")


def f_ac_en_visit(g: G):
    """English visiting-scholar letter on a foreign university letterhead; ordinal dates with 'through'."""
    r, k = g.rng, g.k
    months = 6
    s = add_months(f_cutoff(g), -months).replace(day=1)
    e = add_months(s, months) - dt.timedelta(days=1)
    holder = r.choice(["Yue", "Jing", "Lan", "Hao"]) + " " + r.choice(["Ruan", "Ouyang", "Cen", "Rao"])
    issuer = "University of Tasmere"
    issue = e + dt.timedelta(days=2)
    p = fpdf(g, created=issue)
    p.text(60, 70, "University of Tasmere", "Times-Bold", 20, color=DARKRED)
    p.text(60, 88, "School of Civil and Environmental Engineering", "Times-Roman", 11)
    p.hline(60, p.W - 60, 98, 0.8, DARKRED)
    p.text(p.W - 60, 130, fdate(issue, "enord"), "Times-Roman", 11, "r")
    p.text(60, 170, "TO WHOM IT MAY CONCERN", "Times-Bold", 12)
    home = r.choice(["Southwest Jiaotong University", "Kunming University of Science and Technology",
                     "Changsha University of Science and Technology", "Fuzhou University"])
    y = p.para(60, 205, p.W - 120, f"This letter confirms that Dr. {holder} of {home} "
               f"(P. R. China) was hosted as a Visiting Scholar in our School from {fdate(s, 'enord-us')} through "
               f"{fdate(e, 'enord-us')}, a period of six months. During the visit the scholar worked with the "
               f"Geomechanics Group on numerical modelling of soft-rock tunnels, attended the departmental seminar "
               f"series and co-authored a conference paper.", "Times-Roman", 12, leading=18, indent=0)
    y = p.para(60, y + 10, p.W - 120, "Please do not hesitate to contact me should you require further information.",
               "Times-Roman", 12, leading=18, indent=0)
    p.text(60, y + 30, "Yours faithfully,", "Times-Roman", 12)
    p.text(60, y + 70, f_en_person(r), "Times-Italic", 15)
    p.text(60, y + 88, "Head of School", "Times-Roman", 11)
    p.seal(300, y + 70, "UNIVERSITY OF TASMERE", "", r=38, seed=g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("academic", "academic-visit-proof", fields, {"months": 6, "role": "visitor", "language": "en"},
             "fresh English visiting-scholar letter; ordinal US dates joined by 'through'; six months in words; "
             "issuer = the university (letterhead line 1; line 2 names the school)")


def f_ac_guest(g: G):
    """特邀报告嘉宾证书: landscape; one day; date in ○ numerals; number 档案编号."""
    r, k = g.rng, g.k
    d = f_cutoff(g, 0)
    city = g.city()
    issuer = r.choice([s_ for s_ in g.P["societies"] if s_.startswith("中国")])
    holder = f_person(r)
    conf = f"第{cn_int(r.randint(5, 14))}届{'全国药物警戒学术会议' if '药' in issuer else '全国高原铁路建设技术交流会'}"
    p = fpdf(g, land=True, created=d)
    p.frame("ornate")
    f = g.f(2)
    p.text(p.W / 2, 100, "特邀报告嘉宾证书", f, 30, "c", bold=True, color=NAVY)
    body = f"兹聘请{holder}担任{conf}特邀报告嘉宾，并于{fdate(d, 'circ')}在{city}作大会特邀报告。"
    y = p.para(110, 180, p.W - 220, body, f, 16, leading=34)
    line, no = f_no(g, d.year, 1)
    p.text(110, 470, line, f, 10.5)
    f_sign(p, "datetop", 420, issuer, fdate(d, "circ"), f, "image", g.seed)
    fields = {"startDate": d.isoformat(), "endDate": d.isoformat(), "issueDate": d.isoformat(), "issuer": issuer,
              "holder": holder, "certificateNumber": no}
    return L("academic", "conference-proof", fields, {"conferenceLevel": "national", "role": "speaker", "days": 1},
             "fresh 特邀报告嘉宾证书 landscape; 兹聘请 wording (appointment + talk given); circ dates; 档案编号")


# -- fresh: research ---------------------------------------------------------------------------------------------
F_FILLER = {
    "U": ["寒区隧道衬砌受冻融循环影响，混凝土抗压强度随循环次数增加而逐渐降低。",
          "现场监测布设温度传感器与应变计共48个，采样间隔为30 min。",
          "数值模拟采用热-力耦合模型，计算结果与实测数据吻合较好，最大误差为8.7%。",
          "建议在洞口段设置保温层并加强排水，以减小冻胀力对衬砌结构的不利影响。"],
    "S": ["丘陵山区地块小而分散，传统大型农机难以进入作业。",
          "样机田间试验表明，作业效率达到0.35 hm²/h，漏播率低于3%。",
          "采用离散元方法对排种器工作过程进行仿真，优化了型孔结构参数。"],
    "R": ["本研究回顾性分析了某三甲医院2022年1月至2023年12月的住院患者用药医嘱。",
          "药师干预后，不合理医嘱比例由12.4%下降至5.1%，差异有统计学意义（P<0.01）。",
          "临床药师参与查房有助于提高抗凝治疗的规范性和安全性。"],
}
F_TITLES = {"U": ["高寒地区隧道衬砌冻胀力现场监测与分析", "山区高速公路高边坡锚索预应力损失规律研究"],
            "S": ["丘陵山区小型精量播种机的设计与试验", "基于离散元的气吸式排种器参数优化"],
            "R": ["临床药师干预对住院患者抗凝治疗合理性的影响", "某院质子泵抑制剂超说明书用药分析"]}


def f_rs_paper(g: G):
    """Journal first pages with a boxed right-hand header (卷期 / 2025年07月 / Vol. No. / Mon. yyyy), 文章编号,
    中图分类号, 基金项目, 引用格式 footer; 1 or 3 pages."""
    r, k = g.rng, g.k
    journal, en, cnp, cls, tier = g.pick("journals")
    iss = issn(random.Random("fresh" + journal))
    cn = f"{cnp}-{random.Random('fresh' + journal + 'cn').randint(1100, 1899)}/{cls}"
    pub = f_cutoff(g, 1).replace(day=1)
    vol, no = pub.year - 1981, pub.month
    recv = pub - dt.timedelta(days=r.randint(110, 260))
    rev = recv + dt.timedelta(days=r.randint(30, 70))
    na = [3, 5][k % 2]
    authors = f_people(r, na)
    affs = [f"{r.choice(g.P['universities'])}，{r.choice(['四川 成都 610031', '广东 广州 510641', '河南 郑州 450001'])}",
            f"{r.choice(g.P['hospitals'] + g.P['companies'])}，{r.choice(['陕西 西安 710055', '福建 福州 350108'])}"]
    title = F_TITLES[cls][k % 2]
    pages = [1, 3][k % 2]
    rank = [2, 1][k % 2]
    first_pg = r.randint(10, 80)
    p = fpdf(g, created=pub + dt.timedelta(days=12))
    f_t, f_b = g.f(1), g.f(2)
    W = p.W
    p.c.setFillColor(Color(0.12, 0.3, 0.5)); p.c.rect(0, p.H - 30, W, 30, stroke=0, fill=1); p.c.setFillColor(black)
    p.text(40, 58, journal, f_t, 17, bold=True, color=Color(0.12, 0.3, 0.5))
    p.text(40, 76, en.upper(), "Helvetica", 7.5, color=GREY)
    p.c.setStrokeColor(GREY); p.c.rect(W - 170, p.H - 92, 130, 58); p.c.setStrokeColor(black)
    p.lines(W - 160, 50, [f"第{vol}卷 第{no}期", fdate(pub, "ym0")], f_b, 9, 13)
    p.lines(W - 160, 76, [f"Vol.{vol}, No.{no}", pub.strftime("%b. %Y")], "Helvetica", 8, 11)
    p.hline(40, W - 40, 100, 0.5)
    p.text(40, 114, f"文章编号：{iss.replace('-', '')}({pub.year}){no:02d}-{first_pg:04d}-{r.randint(5, 9):02d}", f_b, 8)
    p.text(W - 40, 114, f"ISSN {iss}  CN {cn}", "Helvetica", 8, "r")
    y = 150
    for line in p.wrap(title, f_t, 18, W - 120):
        p.text(W / 2, y, line, f_t, 18, "c", bold=True)
        y += 27
    sup = ["1" if i % 2 == 0 else "2" for i in range(na)]
    p.text(W / 2, y + 2, "  ".join(a + s for a, s in zip(authors, sup)), f_b, 12, "c")
    y = p.para(60, y + 22, W - 120, "（" + "；".join(f"{i + 1}. {a}" for i, a in enumerate(affs)) + "）", f_b, 8.5,
               leading=13, indent=0, align="c")
    y = p.para(50, y + 8, W - 100, "【摘要】" + "".join(r.sample(F_FILLER[cls], len(F_FILLER[cls]))), f_b, 9, leading=15, indent=0)
    y = p.para(50, y, W - 100, "【关键词】" + "；".join(r.sample(["冻胀力", "现场监测", "精量播种", "离散元", "合理用药",
                                                            "临床药师", "数值模拟", "边坡"], 4)), f_b, 9, leading=15, indent=0)
    p.text(50, y + 2, f"中图分类号：{cls}{r.randint(4, 99)}    文献标志码：A", f_b, 9)
    foot = p.H - 92
    p.hline(50, 220, foot - 14, 0.5)
    p.lines(50, foot, [f"收稿日期：{fdate(recv, 'slashnp')}；修回日期：{fdate(rev, 'slashnp')}",
                       f"基金项目：{g.prov(g.city())}自然科学基金项目（{pub.year - 2}J{r.randint(10000, 99999)}）",
                       f"作者简介：{authors[0]}（{r.randint(1978, 1996)}—），{r.choice(['男', '女'])}，博士，研究方向为相关领域。",
                       f"引用格式：{'，'.join(authors[:3])}{'，等' if na > 3 else ''}. {title}[J]. {journal}，{pub.year}，{vol}（{no}）：{first_pg}-{first_pg + 6}."],
            f_b, 7.5, 11)
    colw = (W - 100 - 24) / 2
    for page in range(pages):
        top = y + 24 if page == 0 else 60
        bottom = foot - 30 if page == 0 else p.H - 60
        for col in range(2):
            x = 50 + col * (colw + 24)
            yy = top
            while yy < bottom - 30:
                lines = p.wrap("".join(r.choice(F_FILLER[cls]) for _ in range(3)), f_b, 9.5, colw, 19)
                for i, ln in enumerate(lines):
                    if yy > bottom - 14:
                        break
                    p.text(x + (19 if i == 0 else 0), yy, ln, f_b, 9.5)
                    yy += 14.5
                yy += 5
        p.text(W - 50 if page % 2 == 0 else 50, p.H - 28, str(first_pg + page), "Times-Roman", 9, "r" if page % 2 == 0 else "l")
        if page < pages - 1:
            p.new_page()
            p.text(W / 2, 36, f"{journal}　　　　{pub.year}，{vol}（{no}）", f_b, 8.5, "c")
            p.hline(40, W - 40, 44, 0.5)
    fields = {"issuer": journal, "holder": authors[0], "journal": journal, "issn": iss, "cn": cn,
              "publishedMonth": pub.strftime("%Y-%m"), "receivedDate": recv.isoformat(), "title": title}
    facts = {"journalTier": tier, "authorCount": na, "authorRank": rank, "claimant": authors[rank - 1],
             "authors": authors, "volume": vol, "issue": no, "funded": True}
    return L("research", "journal-paper", fields, facts, seal=False,
             notes=f"fresh journal layout (boxed 卷期 header with yyyy年MM月, 文章编号, 引用格式 footer, 基金项目); "
                   f"{pages} page(s); received date yyyy/m/d; claimant rank {rank}")


def f_rs_book(g: G):
    """版权页 with a boxed CIP block, 主编/副主编, 字数 in 万字, 版次 with a zero-padded month; claimant = 副主编."""
    r, k = g.rng, g.k
    press = g.pick("presses")
    pub = f_cutoff(g).replace(day=1)
    chief, deputy = f_people(r, 2)
    title = r.choice(["高原铁路隧道施工技术指南", "临床药学查房实务"])
    isbn = isbn13(r, r.choice(["5364", "5643", "5349"]))
    wan = r.choice([32.6, 41.2, 28.5])
    p = fpdf(g, size=(516, 728), created=pub)        # B5
    f = g.f(3)
    p.c.setStrokeColor(black); p.c.rect(50, p.H - 260, p.W - 100, 170)
    p.text(62, 110, "图书在版编目（CIP）数据", f, 11, bold=True)
    y = p.para(62, 134, p.W - 124, f"{title} / {chief}主编；{deputy}副主编. —{'成都' if '四川' in press or '西南' in press else '郑州' if '河南' in press else '西安'}："
               f"{press}，{pub.year}.{pub.month:02d}", f, 10, leading=17)
    y = p.lines(80, y, [f"ISBN {isbn}", f"Ⅰ. ①{title[:2]}… Ⅱ. ①{chief[0]}… ②{deputy[0]}… Ⅲ. ①{title[2:6]}—指南"], f, 10, 17)
    p.text(62, y + 4, f"中国版本图书馆CIP数据核字（{pub.year}）第{r.randint(100000, 299999)}号", f, 10)
    y = 300
    for a, b in [("主　编", chief), ("副主编", deputy), ("策划编辑", f_person(r, False)), ("出版发行", press),
                 ("字　数", f"{wan}万字"), ("版　次", f"{fdate(pub, 'ym0')}第1版"), ("印　次", f"{fdate(pub, 'ym0')}第1次印刷"),
                 ("书　号", f"ISBN {isbn}"), ("定　价", f"{r.choice([65, 78, 92])}.00元")]:
        p.text(p.W / 2 - 120, y, a, f, 10.5)
        p.text(p.W / 2 - 40, y, b, f, 10.5)
        y += 21
    p.text(p.W / 2, p.H - 70, "如有印装质量问题，影响阅读，请与印刷厂联系调换", f, 9, "c", color=GREY)
    fields = {"issuer": press, "holder": chief, "title": title, "isbn": isbn, "publishedMonth": pub.strftime("%Y-%m")}
    facts = {"wordCount": int(wan * 10000), "wordCountPrinted": f"{wan}万字", "authorCount": 2, "authorRank": 2,
             "authorRole": "副主编", "claimant": deputy, "authors": [chief, deputy]}
    return L("research", "monograph", fields, facts, seal=False,
             notes="fresh 版权页 on B5 with a boxed CIP block; 主编/副主编 (claimant = 副主编, rank 2); 字数 in 万字; yyyy年MM月")


def f_rs_keti(g: G):
    """k=0 教育科学规划课题结题鉴定书 (table, 鉴定等级); k=1 科学技术成果登记证书 (table, ranked 完成人)."""
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    issue = f_cutoff(g, 1)
    team = f_people(r, 5)
    rank = [1, 3][k % 2]
    p = fpdf(g, created=issue)
    f = g.f(4)
    if k % 2 == 0:
        issuer = f"{prov}教育科学规划领导小组办公室"
        title = r.choice(["县域高中跨学科主题学习的实践研究", "职业院校课程思政评价体系构建研究"])
        pno = f"{prov[:2]}{issue.year - 2}GH{r.randint(100, 999)}"
        p.text(p.W / 2, 95, f"{prov}教育科学规划课题", f, 16, "c")
        p.text(p.W / 2, 130, "结题鉴定书", f, 26, "c", bold=True, cs=6)
        ps = dt.date(issue.year - 2, r.choice([3, 6, 9]), 1)
        pe = add_months(issue.replace(day=1), -r.choice([1, 2, 3]))
        rows = [["课题批准号", pno], ["课题名称", title], ["课题负责人", team[0]], ["课题组成员", "、".join(team[1:])],
                ["研究周期", f"{ps.year}年{ps.month}月–{pe.year}年{pe.month}月"],
                ["鉴定等级", "良好"], ["鉴定意见", "该课题研究目标明确，方法得当，成果具有推广价值，同意结题。"]]
        y = p.table(65, 165, [110, p.W - 130 - 110], rows, f, 12, row_h=36, align="l", shade_first_col=True)
        f_sign(p, "boxed", y + 40, issuer, fdate(issue, "fwdash"), f, "image", g.seed, "课题管理专用章")
        stage, lvl, note = "concluded", "provincial", "结题鉴定书 (education research, 鉴定等级 cell, period to the month in facts)"
        facts_extra = {"periodStart": ps.strftime("%Y-%m"), "periodEnd": pe.strftime("%Y-%m")}
    else:
        issuer = f"{prov}科学技术厅"
        title = r.choice(["丘陵山区精量播种装备研发与应用", "高寒隧道冻害监测预警技术"])
        pno = f"{prov[:2]}{issue.year}{r.randint(1000, 9999)}"
        p.text(p.W / 2, 110, "科学技术成果登记证书", f, 24, "c", bold=True)
        line, no = f_no(g, issue.year, 2)
        p.text(p.W / 2, 138, line, f, 10.5, "c")
        rows = [["成果名称", title], ["登记号", pno], ["第一完成单位", r.choice(g.P["universities"])],
                ["成果完成人（排名）", "，".join(f"{i + 1}.{t}" for i, t in enumerate(team))],
                ["成果类别", "应用技术"], ["登记日期", fdate(issue, "cnsp")]]
        y = p.table(65, 165, [140, p.W - 130 - 140], rows, f, 12, row_h=36, align="l", shade_first_col=True)
        y = p.para(65, y + 30, p.W - 130, "经审查，该成果符合科技成果登记条件，准予登记。", f, 13)
        f_sign(p, "datetop", y + 60, issuer, fdate(issue, "cnsp"), f, "image", g.seed, "成果登记专用章")
        stage, lvl, note = "registered", "provincial", "科学技术成果登记证书 (ranked 完成人 in one cell)"
        facts_extra = {}
    fields = {"issueDate": issue.isoformat(), "issuer": issuer, "holder": team[0], "title": title, "projectNumber": pno}
    if k % 2 == 1:
        fields["certificateNumber"] = no
    facts = {"projectLevel": lvl, "projectRole": "leader" if rank == 1 else "member", "projectRank": rank,
             "claimant": team[rank - 1], "teamSize": len(team), "projectStage": stage, **facts_extra}
    return L("research", "research-project", fields, facts, notes=f"fresh {note}; claimant rank {rank}")


def f_rs_patent(g: G):
    """Utility models. k=0 certificate with a two-column key block and QR; k=1 专利登记簿副本 (2 pages, tables)."""
    r, k = g.rng, g.k
    grant = f_cutoff(g, k)
    app = grant - dt.timedelta(days=r.randint(140, 280))
    inv = f_people(r, r.randint(2, 4))
    rank = [1, 2][k % 2]
    owner = r.choice(g.P["universities"] + g.P["companies"])
    title = r.choice(["一种隧道衬砌冻胀力监测装置", "一种丘陵地块用小型播种机", "一种静脉输液防回血固定贴"])
    pno = f"ZL {app.year}2{r.randint(10000000, 99999999)}.{r.randint(0, 9)}"
    pub_no = f"CN {r.randint(220000000, 229999999)} U"
    issuer = "国家知识产权局"
    f = g.f(k)
    p = fpdf(g, created=grant)
    if k % 2 == 0:
        p.frame("double-red")
        certno = str(r.randint(20000000, 29999999))
        p.text(p.W / 2, 110, "实用新型专利证书", f, 26, "c", bold=True, cs=3)
        p.text(p.W / 2, 138, f"证书号第 {certno} 号", f, 11, "c")
        kv = [("实用新型名称", title), ("发明人", "；".join(inv)), ("专利号", pno), ("专利申请日", fdate(app, "cn")),
              ("专利权人", owner), ("授权公告日", fdate(grant, "cn")), ("授权公告号", pub_no)]
        y = 180
        for a, b in kv:
            p.text(150, y, a, f, 12, "r")
            p.text(165, y, b, f, 12)
            y += 27
        p.qr(p.W - 140, 170, 62, g.seed)
        y = p.para(70, y + 20, p.W - 140, "本实用新型经过本局依照中华人民共和国专利法进行初步审查，决定授予专利权，"
                   "颁发本证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。", f, 11.5, leading=22)
        p.text(p.W - 120, y + 80, f"局长  {f_person(r, False)}", f, 12, "r")
        p.seal(p.W - 150, y + 50, "中华人民共和国国家知识产权局", seed=g.seed)
        fields = {"certificateNumber": certno}
        note = "utility-model certificate, label column right-aligned (no colons), QR; body says 本局: issuer only in the image seal"
    else:
        p.text(p.W / 2, 80, "专利登记簿副本", f, 22, "c", bold=True)
        rows = [["专利号", pno], ["发明创造名称", title], ["专利类型", "实用新型"], ["申请日", fdate(app, "cn")],
                ["授权公告日", fdate(grant, "cn")], ["授权公告号", pub_no], ["发明人", "；".join(inv)], ["专利权人", owner]]
        y = p.table(60, 110, [120, p.W - 120 - 120], rows, f, 11.5, row_h=30, align="l", shade_first_col=True)
        p.text(60, y + 30, "法律状态：专利权维持", f, 12)
        p.text(p.W / 2, p.H - 40, "第1页/共2页", f, 9, "c", color=GREY)
        p.new_page()
        p.text(60, 80, "年费缴纳信息", f, 13, bold=True)
        rows = [["年度", "缴费金额（元）", "缴费日期"]] + [[f"第{i + 1}年度", "600", fdate(grant + dt.timedelta(days=365 * i - 30 if i else 0), "cn")]
                                                  for i in range(1 if grant.year >= 2025 else 2)]
        y = p.table(60, 100, [120, 150, p.W - 120 - 270], rows, f, 11, row_h=28, header=True)
        p.text(60, y + 30, "专利权的转移：无    质押：无    专利实施许可：无", f, 11)
        p.text(p.W - 80, y + 90, issuer, f, 13, "r")
        p.text(p.W - 80, y + 116, f"出具日期：{fdate(grant + dt.timedelta(days=20), 'cn')}", f, 12, "r")
        p.seal(p.W - 140, y + 96, "国家知识产权局专利局专利登记簿副本专用章", seed=g.seed)
        p.text(p.W / 2, p.H - 40, "第2页/共2页", f, 9, "c", color=GREY)
        fields = {}
        note = "专利登记簿副本, 2 pages of tables; issueDate = 授权公告日 (the 出具日期 of the copy is later)"
    fields.update({"issueDate": grant.isoformat(), "issuer": issuer, "holder": inv[0], "patentNumber": pno.replace(" ", ""),
                   "applicationDate": app.isoformat(), "title": title})
    facts = {"patentType": "utility", "inventorCount": len(inv), "inventorRank": rank, "claimant": inv[rank - 1],
             "patentee": owner}
    return L("research", "patent", fields, facts, notes=f"fresh {note}; claimant rank {rank}", fact_page=1,
             seal_only=k % 2 == 0)


# -- fresh: exam -------------------------------------------------------------------------------------------------
def f_ex_qual(g: G):
    """k=0 法律职业资格证书 (key lines, 授予日期); k=1 教师资格证书 (table, 认定机构); k=2 助理社会工作师 (landscape)."""
    r, k = g.rng, g.k
    name, a1, a2, level = g.pick("exams")
    city = g.city()
    d = f_cutoff(g)
    holder = f_person(r)
    idn = id_number(r, g.P["id_areas"])
    f = g.f(k + 1)
    if k % 3 == 0:
        issuer = a1
        no = f"A{d.year}{idn[:4]}{r.randint(100000, 999999)}"
        p = fpdf(g, created=d)
        p.frame("gold")
        p.text(p.W / 2, 120, "法律职业资格证书", f, 28, "c", bold=True, cs=4)
        p.photo(p.W / 2 - 35, 160, 70, 92)
        y = p.lines(150, 300, [f"姓　　名　{holder}", f"性　　别　{r.choice(['男', '女'])}", f"身份证号　{idn}",
                               f"证书编号　{no}", f"授予日期　{fdate(d, 'circ')}"], f, 14, 32)
        y = p.para(90, y + 20, p.W - 180, "持证人通过国家统一法律职业资格考试，经审核，授予法律职业资格。", f, 13)
        p.text(p.W - 160, y + 70, "中华人民共和国司法部", f, 14, "c")
        p.seal(p.W - 160, y + 70, "中华人民共和国司法部", seed=g.seed)
        note = "法律职业资格证书 (label/value separated by spaces, no colons; 授予日期 in ○ numerals)"
    elif k % 3 == 1:
        issuer = f"{city}市教育局"
        no = f"{d.year}{idn[:4]}{r.randint(1000000, 9999999)}{r.randint(1, 2)}"
        p = fpdf(g, land=True, created=d)
        p.frame("green")
        p.text(p.W / 2, 90, "教 师 资 格 证 书", f, 28, "c", bold=True)
        rows = [["姓名", holder, "性别", r.choice(["男", "女"])], ["身份证件号码", idn], ["资格种类", name],
                ["任教学科", r.choice(["数学", "化学", "信息技术", "通用技术"])], ["证书号码", no],
                ["认定机构", issuer], ["批准日期", fdate(d, "cnsp")]]
        y = p.table(120, 120, [120, 200, 80, p.W - 240 - 400], rows, f, 12.5, row_h=34, align="c", shade_first_col=True)
        p.text(p.W - 160, y + 40, "中华人民共和国教育部制", f, 10, "c", color=GREY)
        p.seal(p.W - 300, y - 60, issuer, "教师资格认定专用章", seed=g.seed)
        note = "教师资格证书 landscape table; issuer = 认定机构 cell (municipal education bureau)"
    else:
        issuer = a1
        no = f"{d.year}{r.randint(10, 99)}{r.randint(1000000, 9999999)}"
        p = fpdf(g, created=d)
        p.text(p.W / 2, 100, "中华人民共和国", f, 16, "c", cs=8)
        p.text(p.W / 2, 135, "社会工作者职业资格证书", f, 24, "c", bold=True)
        rows = [["持证人", holder], ["公民身份号码", idn], ["资格级别", name], ["管理号", no],
                ["签发日期", fdate(d, "slashnp")]]
        y = p.table(90, 175, [130, p.W - 180 - 130], rows, f, 13, row_h=36, align="l", shade_first_col=True)
        y = p.para(90, y + 30, p.W - 180, f"本证书由{a2}、{a1}批准颁发，表明持证人具有相应的社会工作专业水平。", f, 12.5, leading=24)
        f_sign(p, "datetop", y + 70, issuer, fdate(d, "slashnp"), f, "image", g.seed)
        note = "社会工作者职业资格证书 (管理号; two ministries named, the sealing one is the issuer)"
    fields = {"issueDate": d.isoformat(), "issuer": issuer, "holder": holder, "certificateNumber": no}
    facts = {"examResult": "pass", "examLevel": level, "examYear": d.year, "examName": name}
    return L("exam", "exam-certificate", fields, facts, pii=idn, notes=f"fresh {note}; fake checksum-valid ID")


# -- fresh: other ------------------------------------------------------------------------------------------------
def f_ot_award(g: G):
    """奖状 / 教学成果奖证书; k=0 issuer only in a VECTOR seal; grade and rank."""
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    d = f_cutoff(g, 1)
    team = f_people(r, r.randint(3, 5))
    rank = r.randint(1, len(team))
    holder = team[rank - 1]
    grade = [2, 1][k % 2]
    issuer = f"{prov}人民政府" if k % 2 == 0 else f"{prov}教育厅"
    ach = r.choice(["“岗课赛证”融通的高职交通土建人才培养改革与实践", "县域普通高中走班教学管理模式创新"])
    p = fpdf(g, land=True, created=d)
    p.frame("ornate")
    f = g.f(0)
    p.text(p.W / 2, 118, ["教学成果奖证书", "奖　状"][k % 2], f, 34, "c", bold=True, color=DARKRED)
    body = (f"为表彰在教育教学改革中作出突出贡献者，特颁发此证书。成果名称：{ach}。获奖等级：{'一二'[grade - 1]}等奖。"
            f"获奖者：{holder}（第{cn_int(rank)}完成人）。")
    y = p.para(110, 190, p.W - 220, body, f, 16, leading=34)
    line, no = f_no(g, d.year, 1)
    p.text(110, y + 30, line, f, 10.5)
    p.text(p.W - 220, 478, fdate(d, "circ"), f, 14, "c")
    if k % 2 == 0:
        p.seal_vector(p.W - 220, 440, issuer)
    else:
        p.text(p.W - 220, 450, issuer, f, 14, "c")
        p.seal(p.W - 220, 450, issuer, seed=g.seed)
    fields = {"issueDate": d.isoformat(), "issuer": issuer, "holder": holder, "certificateNumber": no}
    facts = {"awardLevel": "provincial", "awardGrade": grade, "awardType": "teaching", "awardRank": rank,
             "teamSize": len(team)}
    return L("other", "award", fields, facts, seal_only=k % 2 == 0,
             notes="fresh teaching-achievement award; rank as 第N完成人 (Chinese numeral)"
                   + ("; issuer only in a VECTOR seal (seal words in the text layer, rotated)" if k % 2 == 0 else ""))


def f_ot_review(g: G):
    """专家评审工作证明 (serving as an expert reviewer): other way; days."""
    r, k = g.rng, g.k
    city = g.city()
    s = f_cutoff(g, 0)
    days = 2
    e = s + dt.timedelta(days=1)
    issuer = r.choice(g.P["agencies"])
    holder = f_person(r)
    issue = e + dt.timedelta(days=r.choice([3, 9]))
    p = fpdf(g, created=issue)
    f = g.f(1)
    p.text(p.W / 2, 110, "专家评审工作证明", f, 24, "c", bold=True)
    body = (f"{holder}同志受邀作为评审专家，于{frange(s, e, 'cn-endash')}参加了我局组织的{s.year}年度"
            f"{r.choice(['专业技术职务任职资格评审', '科技项目立项评审', '工程建设项目技术方案评审'])}工作，集中评审共两天，认真履行了评审职责。")
    y = p.para(70, 180, p.W - 140, body, f, 15, leading=32)
    y = p.para(70, y + 4, p.W - 140, "特此证明。", f, 15)
    f_sign(p, "contact", y + 60, issuer, fdate(issue, "fwdash"), f, "image", g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("other", "other", fields, {"otherType": "expert-review", "days": days},
             "fresh other way: 专家评审工作证明; days in words (共两天); en-dash range; contact signature block")


# -- fresh: not evidence -----------------------------------------------------------------------------------------
def f_na_kaiban(g: G):
    """开班通知 with 报到 details and a 课程安排 attachment page; mentions 学时. Not evidence."""
    r, k = g.rng, g.k
    d = f_cutoff(g, 1)
    city = g.city()
    issuer = f"{r.choice(g.P['colleges'])}继续教育学院"
    topic = r.choice(g.P["train_topics"])
    s = d + dt.timedelta(days=r.randint(10, 25))
    p = fpdf(g, created=d)
    f = g.f(2)
    p.text(p.W / 2, 95, f"{topic}培训班开班通知", f, 19, "c", bold=True)
    p.text(70, 140, "各参训学员：", f, 13.5)
    paras = [f"经研究，{topic}培训班定于{fdate(s, 'cn')}开班，现将有关事项通知如下：",
             f"一、报到时间：{fdate(s, 'cn')}上午8:00—9:00；报到地点：{city}市{r.choice(['学府路88号', '科技大道199号'])}教学楼一楼大厅。",
             "二、培训安排：集中学习4天，理论与实操相结合，考核合格者登记继续教育学时32学时。",
             "三、请学员携带身份证、一寸照片两张，着装整洁，不得无故缺勤。",
             "附件：课程安排表"]
    y = 170
    for s_ in paras:
        y = p.para(70, y, p.W - 140, s_, f, 13.5, leading=28)
    f_sign(p, "datetop", y + 60, issuer, fdate(d, "slashnp"), f, "image", g.seed)
    p.new_page()
    p.text(60, 70, "附件", f, 13, bold=True)
    p.text(p.W / 2, 100, "课程安排表", f, 17, "c")
    rows = [["日期", "上午", "下午", "学时"]] + [[f"第{i + 1}天", r.choice(["政策法规解读", "技术标准讲解", "案例分析"]),
                                              r.choice(["现场实操", "分组研讨", "考核"]), "8"] for i in range(4)]
    p.table(70, 125, [80, 150, 150, p.W - 140 - 380], rows, f, 12, row_h=30, header=True)
    return L("unknown", "unknown", {"issuer": issuer, "issueDate": d.isoformat()}, {"evidence": False, "docType": "notice"},
             expect=["not-evidence"], notes="fresh 开班通知 (future course; 32学时 promised) + 课程安排 page; not evidence")


def f_na_huizhi(g: G):
    """报名回执 filled in by an applicant (name, unit, phone); not evidence."""
    r, k = g.rng, g.k
    d = f_cutoff(g, 0)
    name = f_person(r)
    soc = r.choice(g.P["societies"])
    p = fpdf(g, created=d)
    f = g.f(3)
    p.text(p.W / 2, 90, f"{soc}{d.year}年学术年会报名回执", f, 17, "c", bold=True)
    rows = [["姓名", name, "性别", r.choice(["男", "女"])], ["单位", r.choice(g.P["hospitals"] + g.P["colleges"])],
            ["职称", "副主任医师", "手机", f"13{r.randint(100000000, 999999999)}"],
            ["是否投稿", "□是  ■否"], ["是否需要住宿", "■单间  □标间  □不需要"], ["是否申请学分", "■是  □否"]]
    p.table(60, 120, [100, 190, 70, p.W - 120 - 360], rows, f, 12, row_h=34, align="l")
    p.text(60, 360, f"请于{fdate(d, 'cn')}前将回执发送至会务组邮箱。", f, 12)
    return L("unknown", "unknown", {"holder": name}, {"evidence": False, "docType": "registration-form"}, seal=False,
             expect=["not-evidence"], allow=["attendance-unproven"],
             notes="fresh 报名回执 filled in by an applicant (registration before the event); not evidence")


def f_na_kechengbiao(g: G):
    """课程表 (landscape timetable with a 学时 column and a total). Not evidence."""
    r, k = g.rng, g.k
    s = f_cutoff(g, 1)
    topic = r.choice(g.P["train_topics"])
    p = fpdf(g, land=True, created=s - dt.timedelta(days=7))
    f = g.f(4)
    p.text(p.W / 2, 60, f"{s.year}年{topic}研修班课程表", f, 18, "c", bold=True)
    rows = [["日期", "时间", "课程内容", "授课教师", "学时"]]
    for i in range(3):
        dd = s + dt.timedelta(days=i)
        for t in ["08:30-11:30", "14:00-17:00"]:
            rows.append([f"{dd.month}月{dd.day}日", t, r.choice(["行业政策与标准", "典型案例剖析", "新技术新工艺", "现场观摩", "结业考核"]),
                         f_person(r, False), "4"])
    rows.append(["合计", "", "", "", "24"])
    p.table(60, 85, [90, 110, 300, 120, p.W - 120 - 620], rows, f, 11, row_h=27, header=True)
    return L("unknown", "unknown", {}, {"evidence": False, "docType": "timetable"}, seal=False, expect=["not-evidence"],
             notes="fresh 课程表 with a 学时 column and total 24; no participant; not evidence")


def f_na_program(g: G):
    """会议程序册 excerpt (2 pages): welcome, programme table, sponsors. Not evidence."""
    r, k = g.rng, g.k
    s = f_cutoff(g, 0)
    soc = r.choice(g.P["societies"])
    city = g.city()
    p = fpdf(g, size=(516, 728), created=s - dt.timedelta(days=3))
    f = g.f(0)
    p.text(p.W / 2, 90, f"{soc}{s.year}年学术年会", f, 18, "c", bold=True)
    p.text(p.W / 2, 120, "会 议 手 册", f, 22, "c")
    y = p.para(55, 170, p.W - 110, f"各位代表：欢迎莅临{city}参加本届学术年会。本届年会设主会场1个、分会场6个，"
               f"共安排特邀报告12场。参会代表凭代表证参加全部学术活动，会后由学会统一出具参会证明，可申请继续教育学分。", f, 12, leading=24)
    p.text(p.W / 2, p.H - 40, "— 1 —", "Times-Roman", 9, "c")
    p.new_page()
    p.text(p.W / 2, 60, "会议安排", f, 16, "c", bold=True)
    rows = [["时间", "内容", "报告人"]]
    for t, c_ in [("08:30", "开幕式"), ("09:00", "特邀报告"), ("10:20", "特邀报告"), ("14:00", "分会场报告"), ("17:30", "闭幕式")]:
        rows.append([t, c_, f_person(r, False)])
    p.table(55, 80, [80, 220, p.W - 110 - 300], rows, f, 11, row_h=28, header=True)
    p.text(p.W / 2, p.H - 40, "— 2 —", "Times-Roman", 9, "c")
    return L("unknown", "unknown", {}, {"evidence": False, "docType": "agenda"}, seal=False, expect=["not-evidence"],
             allow=["attendance-unproven"], notes="fresh 会议手册 excerpt (B5, 2 pages); promises a later proof; not evidence")


def f_na_yonggao(g: G):
    """用稿通知 from a journal's editorial office; not evidence of publication."""
    r, k = g.rng, g.k
    d = f_cutoff(g, 1)
    journal = g.pick("journals", 1)[0]
    holder = f_person(r)
    title = r.choice(sum(F_TITLES.values(), []))
    issuer = f"{journal}编辑部"
    p = fpdf(g, created=d)
    f = g.f(1)
    p.text(p.W / 2, 110, "用稿通知", f, 24, "c", bold=True, cs=6)
    p.text(70, 170, f"{holder}老师：", f, 14)
    y = p.para(70, 205, p.W - 140, f"您的来稿《{title}》经编委会审定，同意在本刊发表，拟安排在{d.year + (1 if d.month > 9 else 0)}年"
               f"第{r.randint(1, 12)}期刊出。请按要求办理版权转让手续。", f, 14, leading=30)
    f_sign(p, "datetop", y + 60, issuer, fdate(d, "fwdash"), f, "image", g.seed)
    return L("research", "acceptance-notice", {"issuer": issuer, "issueDate": d.isoformat(), "holder": holder},
             {"docType": "acceptance-notice", "title": title, "journal": journal, "published": False},
             expect=["acceptance-only"], notes="fresh 用稿通知 (future issue); claimed as research, proves no publication")


def f_na_jiaofei(g: G):
    """Online payment 缴费凭证 for a 学时包 (mentions 60学时). Not evidence."""
    r, k = g.rng, g.k
    d = f_cutoff(g, 0)
    issuer = g.pick("platforms", 3)
    payer = f_person(r)
    amt = r.choice([90, 120, 150])
    p = fpdf(g, size=(420, 595), created=d)     # A5 portrait
    f = g.f(2)
    p.text(p.W / 2, 60, "缴费凭证", f, 20, "c", bold=True)
    rows = [["订单号", f"{fdate(d, 'compact')}{r.randint(10**9, 10**10 - 1)}"], ["缴费人", payer],
            ["商品名称", f"{d.year}年度专业科目学时包（60学时）"], ["支付方式", r.choice(["微信支付", "支付宝"])],
            ["支付时间", f"{fdate(d, 'fwdash')} {r.randint(8, 22):02d}:{r.randint(0, 59):02d}"], ["实付金额", f"¥{amt}.00"],
            ["收款方", issuer]]
    y = p.table(35, 90, [90, p.W - 70 - 90], rows, f, 10.5, row_h=28, align="l")
    p.text(35, y + 26, "温馨提示：缴费成功后请在学习期限内完成课程学习。", f, 9, color=GREY)
    return L("unknown", "unknown", {"issuer": issuer, "issueDate": d.isoformat()}, {"evidence": False, "docType": "receipt"},
             seal=False, expect=["not-evidence"], notes="fresh online payment 缴费凭证 (A5) for a 60学时 package; not evidence")


# ================================================================================================================
# Template lists (kept apart per pool) and the build
# ================================================================================================================
TEMPLATES = {
    "docs": [(d_train_cert, 6), (d_train_port, 4), (d_train_letter, 5), (d_train_jinxiu, 2),
             (d_practice, 7),
             (d_online_archive, 5), (d_online_gx, 3),
             (d_conf_attend, 4), (d_conf_cert, 3), (d_speaker, 3), (d_lecture, 3), (d_visit, 2),
             (d_paper, 4), (d_book, 2), (d_project, 3), (d_patent, 3),
             (d_exam, 5),
             (d_award, 3), (d_other, 2),
             (d_notice, 2), (d_agenda, 1), (d_acceptance, 1), (d_invite, 2), (d_blank, 1), (d_invoice, 1),
             (e_mooc, 2), (e_edx, 1), (e_cpd, 1), (e_ieee, 1), (e_cme, 1), (e_cpe, 1), (e_webinar, 1), (e_speaker, 1),
             (d_softcopy, 1), (d_patent_pub, 1), (d_patent_receipt, 1), (d_conf_acceptance, 1), (d_en_acceptance, 1)],
    "holdout": [(h_train_table, 4), (h_train_shu, 4), (h_train_cap, 4),
                (h_practice, 3),
                (h_online_cert, 2), (h_online_gx, 2),
                (h_conf, 3), (h_lecture, 2), (h_visit, 2),
                (h_paper, 2), (h_book, 1), (h_project, 2), (h_patent, 1),
                (h_exam, 3),
                (h_award, 2),
                (h_notice, 1), (h_schedule, 1), (h_invite, 1), (h_form, 1), (h_receipt, 1),
                (h_en_statement, 1), (h_en_contact, 1)],
}

TEMPLATES["fresh"] = [(f_tr_xsrd, 3), (f_tr_gangwei, 3), (f_tr_zhupei, 2), (f_tr_jinxiu, 2), (f_tr_credit, 2),
                      (f_tr_en_pdh, 1),
                      (f_pr_qiye, 2), (f_pr_guazhi, 2),
                      (f_on_transcript, 2), (f_on_gongxu, 2), (f_on_en_accomp, 1), (f_on_en_record, 1),
                      (f_ac_baogao, 2), (f_ac_poster, 1), (f_ac_lecture, 2), (f_ac_en_visit, 1), (f_ac_guest, 1),
                      (f_rs_paper, 2), (f_rs_book, 1), (f_rs_keti, 2), (f_rs_patent, 2),
                      (f_ex_qual, 3),
                      (f_ot_award, 1), (f_ot_review, 1),
                      (f_na_kaiban, 1), (f_na_huizhi, 1), (f_na_kechengbiao, 1), (f_na_program, 1), (f_na_yonggao, 1),
                      (f_na_jiaofei, 1)]

NAME_FORMS = ["附件{n}.pdf", "证明材料{n}.pdf", "继续教育材料-{n}.pdf", "certificate_{n}.pdf", "{hex}.pdf",
              "{holder}_学时证明.pdf", "学时材料{n}.pdf", "{hex}.pdf", "doc{n}.pdf"]


FRESH_NAME_FORMS = ["扫描件{n}.pdf", "{holder}-证明.pdf", "佐证材料_{n}.pdf", "{hex}.pdf", "file_{n}.pdf",
                    "继教{n}.pdf", "{holder}.pdf", "下载 ({n}).pdf"]


def file_name(pool: str, idx: int, holder: str | None, used: set) -> str:
    r = random.Random(f"name:{pool}:{idx}")
    forms = {"fresh": FRESH_NAME_FORMS, "final": FINAL_NAME_FORMS}.get(pool, NAME_FORMS)
    while True:
        form = forms[r.randrange(len(forms))]
        if "{holder}" in form and not holder:
            continue
        name = form.format(n=r.randint(1, 999), hex=hashlib.sha1(f"{pool}{idx}{r.random()}".encode()).hexdigest()[:10],
                           holder=(holder or "").replace(" ", "_"))
        if name not in used:
            used.add(name)
            return name


def build_pool(pool: str):
    out_dir = os.path.join(HERE, pool)
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    labels, used = [], set()
    idx = 0
    for tpl, count in TEMPLATES[pool]:
        for k in range(count):
            tmp = os.path.join(out_dir, f".tmp{idx}.pdf")
            g = G(pool, k, idx, tmp)
            lab = tpl(g)
            pages = g.doc.save()
            name = file_name(pool, idx, lab["fields"].get("holder") if r_holder_ok(lab) else None, used)
            os.replace(tmp, os.path.join(out_dir, name))
            full = {"file": name, **{k2: lab[k2] for k2 in ("mode", "kind", "textSource", "format", "render")},
                    "pages": pages, **{k2: v for k2, v in lab.items() if k2 not in ("mode", "kind", "textSource", "format", "render")},
                    "template": tpl.__name__}
            labels.append(full)
            idx += 1
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    return labels


def r_holder_ok(lab) -> bool:
    return lab["mode"] != "unknown" and bool(lab["fields"].get("holder"))


# ================================================================================================================
# FINAL POOL (sealed): a fourth pool whose data and templates cross none of docs/, holdout/ and fresh/.
# Other provinces (Hebei, Shanxi, Heilongjiang, Jiangxi, Guangxi, Guizhou, Gansu, Hainan, Inner Mongolia, Ningxia),
# other titles, hour anchors, holder and issuer anchors, range connectors, date forms, number labels, signature
# arrangements (（签章）, 单位（章）, two seals side by side, 出证单位 lines, table rows), tables, journals and presses.
# Everything below this banner (up to the next one) is used for corpus/final/ only. FINAL_ANCHORS lists the wordings
# that check_final_separation() proves absent from the docs/, holdout/, fresh/ and samples/ text layers.
# Do not read the generated final/ files or this section while tuning extractors: measure only.
# ================================================================================================================
POOL["final"] = {
    "cities": ["石家庄", "保定", "唐山", "太原", "大同", "哈尔滨", "齐齐哈尔", "南昌", "赣州", "九江", "南宁", "桂林",
               "柳州", "贵阳", "遵义", "兰州", "天水", "海口", "呼和浩特", "包头", "银川"],
    "prov_of": {"石家庄": "河北省", "保定": "河北省", "唐山": "河北省", "太原": "山西省", "大同": "山西省",
                "哈尔滨": "黑龙江省", "齐齐哈尔": "黑龙江省", "南昌": "江西省", "赣州": "江西省", "九江": "江西省",
                "南宁": "广西壮族自治区", "桂林": "广西壮族自治区", "柳州": "广西壮族自治区", "贵阳": "贵州省",
                "遵义": "贵州省", "兰州": "甘肃省", "天水": "甘肃省", "海口": "海南省", "呼和浩特": "内蒙古自治区",
                "包头": "内蒙古自治区", "银川": "宁夏回族自治区"},
    "id_areas": ["130102", "130602", "130202", "140105", "140213", "230102", "230202", "360102", "360702", "360402",
                 "450102", "450302", "450202", "520102", "520302", "620102", "620502", "460105", "150102", "150203",
                 "640104"],
    "fonts": ["uming", "microhei", "ukai", "zenhei"],
    "train_topics": ["寒区公路路基病害防治", "煤矿智能化开采安全", "民族医药传承与应用", "稀土材料检测技术",
                     "石漠化综合治理", "糖料蔗机械化生产", "热带作物病虫害绿色防控", "草原生态监测与修复",
                     "县域医共体运营管理", "特殊教育融合课程设计"],
    "hospitals": ["保定市第二中心医院", "大同市第三人民医院", "齐齐哈尔市第一医院", "赣州市立医院", "柳州市工人医院",
                  "遵义医科大学附属医院", "天水市第一人民医院", "包头市中心医院", "银川市妇幼保健院"],
    "companies": ["唐山曹妃甸重工装备有限公司", "太原晋阳智能矿山科技有限公司", "赣州虔南稀土新材料有限公司",
                  "柳州龙城汽车零部件有限公司", "包头鹿城稀土永磁科技有限公司"],
    "universities": ["河北工业大学", "太原理工大学", "哈尔滨工程大学", "南昌大学", "广西大学", "贵州大学",
                     "兰州交通大学", "海南大学", "内蒙古工业大学", "宁夏大学"],
    "colleges": ["石家庄铁路职业技术学院", "山西职业技术学院", "黑龙江建筑职业技术学院", "江西交通职业技术学院",
                 "柳州职业技术学院", "贵州交通职业技术学院"],
    "societies": ["河北省中医药学会", "山西省煤炭学会", "黑龙江省寒地建筑学会", "江西省稀土学会", "广西糖业协会",
                  "贵州省山地农业学会", "甘肃省草学会", "中国煤炭学会", "中国康复医学会"],
    "platforms": ["燕赵专技云课堂", "三晋继教网", "龙江专技学习平台", "赣鄱继续教育在线", "八桂专技学苑"],
    "journals": [("寒区工程与材料", "Cold Regions Engineering and Materials", "23", "TU", "provincial"),
                 ("煤矿安全与智能开采", "Coal Mine Safety and Intelligent Mining", "14", "TD", "core"),
                 ("中国康复护理研究", "Chinese Rehabilitation Nursing Research", "45", "R", "national")],
    "presses": ["黑龙江科学技术出版社", "江西科学技术出版社", "广西科学技术出版社", "兰州大学出版社"],
    "exams": [("二级造价工程师", "{prov}住房和城乡建设厅", "{prov}人力资源和社会保障厅", "qualification"),
              ("护士执业资格", "{prov}卫生健康委员会", "", "qualification"),
              ("系统集成项目管理工程师", "{prov}人力资源和社会保障厅", "{prov}工业和信息化厅", "intermediate")],
}

FN_SURNAMES = ["公孙", "宇文", "令狐", "东方", "端木", "尉迟"] + list("滕隋邢雍蒲樊闵戚佟苗荆聂乔仇庞")
FN_GIVEN = list("砚澄霁皓珏晗煜栩琰曦喆玮琛暄璇祺懿翎骐溯")
FN_MINORITY = ["其其格", "央金拉姆", "莫日根", "阿迪力·吐尔逊"]
FN_EN_FIRST = ["Niamh", "Bartosz", "Ximena", "Oluwaseun", "Henrik", "Anneliese", "Dmitri", "Yara", "Callum", "Ines"]
FN_EN_LAST = ["Abernathy", "Quispe", "Valtonen", "Mbeki", "Castellano", "Thorsen", "Ferreira", "Ashworth"]
FN_APPS = [("Pages", "macOS Version 13.4 (Build 22F66) Quartz PDFContext"),
           ("Foxit PhantomPDF", "Foxit PhantomPDF Printer Version 10.1.0"),
           ("Chromium", "Skia/PDF m124"), ("永中Office", "永中Office 2019"), ("Nitro Pro", "Nitro Pro 13.70")]
FINAL_DATE_CAP = "2026-06-30"


def fn_person(rng: random.Random, minority_ok: bool = True) -> str:
    if minority_ok and rng.random() < 0.08:
        return rng.choice(FN_MINORITY)
    sur = rng.choice(FN_SURNAMES)
    n = 1 if len(sur) == 2 else rng.choice([1, 2, 2])
    return sur + "".join(rng.choice(FN_GIVEN) for _ in range(n))


def fn_people(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        p = fn_person(rng, minority_ok=False)
        if p not in out:
            out.append(p)
    return out


def fn_en_person(rng: random.Random) -> str:
    return f"{rng.choice(FN_EN_FIRST)} {rng.choice(FN_EN_LAST)}"


FW_DIG = "０１２３４５６７８９"


def fndate(d: dt.date, style: str) -> str:
    """Date forms of the final pool (none is a docs/holdout/fresh form)."""
    y, m, dd = d.year, d.month, d.day
    fw = lambda s: "".join(FW_DIG[int(c)] if c.isdigit() else c for c in str(s))
    return {
        "mix0": f"{cn_year(y).replace('〇', '0')}年{cn_int(m)}月{cn_int(dd)}日",     # ASCII 0 among Chinese numerals
        "fwdot": f"{y}．{m}．{dd}",                                                   # full-width dots
        "dashnp": f"{y}-{m}-{dd}",                                                    # unpadded ISO-like
        "cnfw": f"{fw(y)}年{fw(m)}月{fw(dd)}日",                                      # full-width digits
        "enabbr": f"{d.strftime('%b')}. {dd}, {y}",
        "enof": f"{f_ord(dd)} of {d.strftime('%B')} {y}",
        "cnmonth": f"{cn_year(y)}年{cn_int(m)}月",                                     # month only, Chinese numerals
        "fwmonth": f"{fw(y)}年{fw(m)}月",
    }[style]


def fnrange(s: dt.date, e: dt.date, style: str) -> str:
    """Range forms of the final pool."""
    if style == "dayhyphen":            # 2024年3月5日-8日 / 2024年3月29日-4月2日
        tail = f"{e.day}日" if (s.year, s.month) == (e.year, e.month) else \
            (f"{e.month}月{e.day}日" if s.year == e.year else f"{e.year}年{e.month}月{e.day}日")
        return f"{s.year}年{s.month}月{s.day}日-{tail}"
    if style == "mddot":                # 3.5—3.8 (the year is printed elsewhere, in the programme name)
        return f"{s.month}.{s.day}—{e.month}.{e.day}"
    if style == "zizhi":                # 自2024年3月5日至2024年3月8日 (no 起/止)
        return f"自{s.year}年{s.month}月{s.day}日至{e.year}年{e.month}月{e.day}日"
    if style == "fwzhi":                # ２０２４年３月５日至３月８日 (full-width digits)
        tail = fndate(e, "cnfw")
        if s.year == e.year:
            tail = tail[tail.index("年") + 1:]
        return f"{fndate(s, 'cnfw')}至{tail}"
    if style == "fwdot":                # 2024．3．5—2024．8．31
        return f"{fndate(s, 'fwdot')}—{fndate(e, 'fwdot')}"
    if style == "enabbr":
        return f"{fndate(s, 'enabbr')} – {fndate(e, 'enabbr')}"
    raise KeyError(style)


def fn_short(prov: str) -> str:
    for t in ("壮族自治区", "回族自治区", "自治区", "省"):
        prov = prov.replace(t, "")
    return prov


FN_ABBR = {"河北": "冀", "山西": "晋", "黑龙江": "黑", "江西": "赣", "广西": "桂", "贵州": "黔", "甘肃": "甘", "海南": "琼",
           "内蒙古": "蒙", "宁夏": "宁"}


def fn_cutoff(g: G, offset: int = 0) -> dt.date:
    """Final dates: even (k + offset) before the 2025-06-13 cutoff, odd on or after it (up to 2026-05-31)."""
    if (g.k + offset) % 2 == 0:
        return rand_date(g.rng, dt.date(2019, 4, 1), dt.date(2025, 5, 31))
    return rand_date(g.rng, dt.date(2025, 6, 13), dt.date(2026, 5, 31))


def fnpdf(g: G, size=None, land=False, created=None) -> Pdf:
    size = size or (landscape(A4) if land else A4)
    g.doc = FPdf(g.path, size, created or dt.date(2024, 1, 1), FN_APPS[(g.idx * 7 + g.k) % len(FN_APPS)], g.seed)
    return g.doc


def fn_no(g: G, year: int, style: int) -> tuple[str, str]:
    r = g.rng
    forms = [("证书序号：", f"{year % 100:02d}{r.randint(1000000, 9999999)}"),
             ("培训证号：", f"PX{year}-{r.randint(1000, 9999)}-{r.randint(10, 99)}"),
             ("备案号：", f"BA{year}{r.randint(100, 999)}{r.choice('ABCDEFGH')}{r.randint(100, 999)}"),
             ("验证编码：", "".join(r.choice("0123456789abcdef") for _ in range(12)))]
    lab, v = forms[style % len(forms)]
    return lab + v, v


def fn_sign(p: Pdf, style: str, y: float, issuer: str, datestr: str, f: str, seal: str | None, seed: int,
            second: str | None = None, size: float = 13.5) -> float:
    """Signature arrangements of the final pool.
    qianzhang : 'NAME（签章）' right-aligned, date under it
    zhang     : '单位（章）' label line, NAME under it, date under that (seal over the label)
    twoseal   : '主办方：A' left and '协办方：B' right, a seal on each, date centred below
    chuzheng  : '出证单位：NAME' and '出证日期：date' left, seal right of them"""
    W = p.W
    if style == "qianzhang":
        p.text(W - 80, y, f"{issuer}（签章）", f, size, "r")
        p.text(W - 80, y + size * 2, datestr, f, size, "r")
        cx, cy = W - 80 - p.width(issuer + "（签章）", f, size) / 2, y
    elif style == "zhang":
        cx = W - 170
        p.text(cx, y, "单位（章）", f, size, "c")
        p.text(cx, y + size * 2, issuer, f, size, "c")
        p.text(cx, y + size * 4, datestr, f, size, "c")
        cy = y + size
    elif style == "twoseal":
        lx, rx = W * 0.3, W * 0.7
        p.text(lx, y, f"主办方：{issuer}", f, size * 0.95, "c")
        p.text(rx, y, f"协办方：{second}", f, size * 0.95, "c")
        p.text(W / 2, y + size * 3.2, datestr, f, size, "c")
        if seal == "image":
            p.seal(rx, y - size * 0.3, second, "", seed=seed + 7)
        cx, cy = lx, y - size * 0.3
    elif style == "chuzheng":
        p.text(70, y, f"出证单位：{issuer}", f, size)
        p.text(70, y + size * 2, f"出证日期：{datestr}", f, size)
        cx, cy = 70 + p.width(f"出证单位：{issuer}", f, size) * 0.7, y + size
    else:
        raise KeyError(style)
    if seal == "image":
        p.seal(cx, cy, issuer, "", seed=seed)
    elif seal == "vector":
        p.seal_vector(cx, cy, issuer)
    return y + size * 5


# -- final: training ---------------------------------------------------------------------------------------------
def fn_tr_land(g: G):
    """Landscape 知识更新培训证书: 兹确认 + name; hours 总学时：N / N个学时 / 修满N学时; number 证书序号 top-left."""
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    s = fn_cutoff(g)
    days = r.choice([3, 4, 5])
    e = s + dt.timedelta(days=days - 1)
    n = days * r.choice([6, 8])
    topic = r.choice(g.P["train_topics"])
    holder = fn_person(r)
    issuer = [f"{prov}专业技术人员知识更新工程{city}培训基地", f"{r.choice(g.P['universities'])}终身教育学院",
              f"{city}市人力资源服务中心"][k % 3]
    rstyle = ["dayhyphen", "zizhi", "fwzhi"][k % 3]
    dstyle = ["mix0", "dashnp", "cnfw"][k % 3]
    issue = e + dt.timedelta(days=r.choice([2, 6, 11]))
    p = fnpdf(g, land=True, created=issue)
    p.frame(["gold", "double-red", "ornate"][k % 3])
    f = g.f()
    line, no = fn_no(g, s.year, k)
    p.text(70, 62, line, f, 10)
    p.text(p.W / 2, 120, "知识更新培训证书", f, 32, "c", bold=True, color=DARKRED, cs=4)
    when = fnrange(s, e, rstyle)
    hp = [f"总学时：{n}", f"获得{n}个学时", f"修满{n}学时"][k % 3]
    body = [f"兹确认{holder}于{when}参加“{topic}”知识更新培训，完成规定课程并通过结业考核。{hp}。",
            f"兹确认{holder}{when}在{city}参加{topic}专题培训，经考核成绩合格，{hp}，予以记载。",
            f"兹确认学员{holder}已于{when}完成{topic}知识更新培训全部课程，{hp}，考核等次：良好。"][k % 3]
    y = p.para(120, 185, p.W - 240, body, f, 17, leading=36)
    fn_sign(p, "qianzhang", max(y + 50, 430), issuer, fndate(issue, dstyle), f, "image", g.seed)
    fields = {"certificateNumber": no, "hours": n, "startDate": s.isoformat(), "endDate": e.isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    return L("training", "training-certificate", fields, {"days": days, "hoursUnit": "学时", "subject": "professional"},
             f"final landscape 知识更新培训证书; 兹确认; hours {hp.replace(str(n), 'N')}; range {rstyle}; date {dstyle}; "
             f"（签章） block; number {line.split('：')[0]}")


def fn_tr_letter(g: G):
    """Wrapped prose 学习培训情况证明 (portrait): 现证明 + 女士/先生 + ID; k=0 two seals (主办方/协办方)."""
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    s = fn_cutoff(g, 1)
    days = r.choice([2, 3, 5])
    e = s + dt.timedelta(days=days - 1)
    n = days * r.choice([6, 7, 8])
    holder = fn_person(r, minority_ok=False)
    sex = r.choice(["女士", "先生"])
    idn = id_number(r, g.P["id_areas"])
    unit = r.choice(g.P["hospitals"] + g.P["companies"])
    topic = r.choice(g.P["train_topics"])
    org = r.choice(g.P["societies"])
    second = r.choice(g.P["colleges"])
    issuer = [org, f"{city}市继续教育服务站", f"{r.choice(g.P['universities'])}培训中心"][k % 3]
    rstyle = ["zizhi", "dayhyphen", "mddot"][k % 3]
    dstyle = ["cnfw", "fwdot", "mix0"][k % 3]
    issue = e + dt.timedelta(days=r.choice([3, 8]))
    p = fnpdf(g, created=issue)
    f = g.f(1)
    p.text(p.W / 2, 100, "学习培训情况证明", f, 22, "c", bold=True, cs=3)
    when = fnrange(s, e, rstyle)
    prog = f"{s.year}年{topic}专题研修" if rstyle == "mddot" else f"{topic}专题研修"
    hp = [f"共{days}天，折合为{n}学时", f"准予记{n}学时", f"课时数：{n}"][k % 3]
    unitp = "课时" if k % 3 == 2 else "学时"
    paras = [f"现证明{holder}{sex}（身份证号：{idn}），系{unit}在职人员，于{when}参加了{prog}，"
             f"学习期间遵守纪律、按时出勤，完成全部课程内容，结业考核合格，{hp}。",
             "该学员所学内容与本人专业技术岗位相符，可作为继续教育学时登记的依据。",
             "此证明仅用于继续教育学时认定，复印无效。"]
    y = 160
    for s_ in paras:
        y = p.para(72, y, p.W - 144, s_, f, 14, leading=30) + 6
    sstyle = ["twoseal", "chuzheng", "zhang"][k % 3]
    fn_sign(p, sstyle, y + 60, issuer, fndate(issue, dstyle), f, "image", g.seed, second=second)
    fields = {"hours": n, "startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(),
              "issuer": issuer, "holder": holder}
    facts = {"days": days, "hoursUnit": unitp, "subject": "professional"}
    if sstyle == "twoseal":
        facts["coIssuer"] = second
    return L("training", "training-certificate", fields, facts, pii=idn,
             notes=f"final wrapped prose 学习培训情况证明; 现证明 + {sex} + ID; hours {hp.replace(str(n), 'N')}; "
                   f"range {rstyle}; date {dstyle}; sign {sstyle}"
                   + ("; two seals: issuer = 主办方, the 协办方 is facts.coIssuer" if sstyle == "twoseal" else ""))


def fn_tr_card(g: G):
    """培训登记卡: a bordered table with 受训人员, 培训时段 (3.5—3.8, year in the project name), 培训学时 N小时 cells."""
    r, k = g.rng, g.k
    city = g.city()
    s = fn_cutoff(g)
    days = r.choice([2, 3, 4])
    e = s + dt.timedelta(days=days - 1)
    n = days * r.choice([6, 7])
    holder = fn_person(r)
    issuer = [f"{city}市{r.choice(['应急管理', '卫生健康', '住房和城乡建设'])}培训中心", r.choice(g.P["colleges"])][k % 2]
    topic = r.choice(g.P["train_topics"])
    issue = e + dt.timedelta(days=r.choice([1, 5]))
    p = fnpdf(g, size=(498.9, 708.7), created=issue)         # B5 (JIS)
    f = g.f(2)
    p.text(p.W / 2, 70, "培训登记卡", f, 22, "c", bold=True, cs=6)
    line, no = fn_no(g, s.year, k + 1)
    p.text(p.W - 45, 96, line, f, 9, "r", color=GREY)
    rows = [["受训人员", holder, "性别", r.choice(["男", "女"])],
            ["所在单位", r.choice(g.P["hospitals"] + g.P["companies"])],
            ["培训项目", f"{s.year}年度{topic}培训"],
            ["培训时段", fnrange(s, e, "mddot")],
            ["培训学时", f"{n}小时"],
            ["考核情况", "合格"],
            ["培训机构", issuer],
            ["登记日期", fndate(issue, ["fwdot", "dashnp"][k % 2])]]
    y = p.table(45, 110, [90, 200, 60, p.W - 90 - 350], rows, f, 11.5, row_h=34, align="c")
    p.seal(p.W - 150, y - 60, issuer, "培训专用章", seed=g.seed)
    p.text(45, y + 24, "注：本卡由培训机构填写，涂改无效。", f, 9.5, color=GREY)
    fields = {"certificateNumber": no, "hours": n, "startDate": s.isoformat(), "endDate": e.isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    return L("training", "training-certificate", fields, {"days": days, "hoursUnit": "小时", "subject": "professional"},
             "final 培训登记卡 on B5: 受训人员/培训时段/培训学时/培训机构 cells; range m.d—m.d with the year only in the "
             "project name; hours as a 培训学时 cell 'N小时'")


FN_COURSES = ["新发展理念与高质量发展", "数字政府建设概论", "职业道德与诚信建设", "安全生产法律法规", "生态文明建设专题",
              "科研诚信与学术规范", "心理健康与压力调适", "标准化工作实务", "应急管理体系建设", "数据要素与数字经济",
              "团队协作与沟通", "公文写作规范", "绿色低碳技术应用", "人工智能通识", "质量管理工具与方法"]


def fn_tr_multi(g: G):
    """2-page 研修学习证明书: page 1 prose (研修人员, 共取得N学时, 出证单位 block), page 2 课程学习明细 (课时数 column)."""
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    s = fn_cutoff(g, 1)
    days = r.choice([5, 6, 7])
    e = s + dt.timedelta(days=days - 1)
    names = r.sample(FN_COURSES, 2 * days)
    hrs = [r.choice([3, 3.5, 4]) for _ in names]
    n = sum(hrs)
    n = int(n) if float(n).is_integer() else n
    holder = fn_person(r)
    issuer = [f"{prov}{r.choice(['交通运输', '卫生健康'])}干部学校", f"{r.choice(g.P['universities'])}继续教育中心"][k % 2]
    issue = e + dt.timedelta(days=r.choice([4, 7]))
    p = fnpdf(g, created=issue)
    f = g.f(3)
    p.text(p.W / 2, 95, "研修学习证明书", f, 23, "c", bold=True, cs=2)
    rstyle = ["fwzhi", "dayhyphen"][k % 2]
    body = (f"研修人员{holder}，于{fnrange(s, e, rstyle)}在{city}参加{prov}{s.year}年度专业技术人员"
            f"{r.choice(g.P['train_topics'])}研修，按计划完成{len(names)}门课程（明细见第2页），共取得{n:g}学时。")
    y = p.para(72, 160, p.W - 144, body, f, 14.5, leading=31)
    y = p.para(72, y + 8, p.W - 144, "以上情况属实。", f, 14.5)
    fn_sign(p, "chuzheng", y + 70, issuer, fndate(issue, ["cnfw", "mix0"][k % 2]), f, "image", g.seed)
    p.text(p.W / 2, p.H - 36, "第1页", f, 9, "c", color=GREY)
    p.new_page()
    p.text(p.W / 2, 70, "课程学习明细", f, 16, "c", bold=True)
    rows = [["序", "课程", "授课日期", "课时数"]]
    for i, (nm, h) in enumerate(zip(names, hrs)):
        rows.append([str(i + 1), nm, fndate(s + dt.timedelta(days=i // 2), "dashnp"), f"{h:g}"])
    y = p.table(60, 95, [40, 230, 110, p.W - 120 - 380], rows, f, 11, row_h=27, header=True)
    p.text(p.W - 60, y + 28, f"总计：{n:g}学时", f, 12.5, "r", bold=True)
    p.text(p.W / 2, p.H - 36, "第2页", f, 9, "c", color=GREY)
    fields = {"hours": n, "startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("training", "training-certificate", fields, {"days": days, "hoursUnit": "学时", "courses": len(names),
                                                        "subject": "mixed"},
             f"final 2-page 研修学习证明书; 研修人员; 共取得N学时 on p1 and 总计：N学时 under a 课时数 table on p2; "
             f"range {rstyle}; 出证单位 block", allow=["hours-exceed-daily-cap"] if n / days > 8 else ())


def fn_tr_credit(g: G):
    """学分登记证明: credits only, each credit 对应 N 学时 (no hours printed as a total)."""
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    s = fn_cutoff(g)
    days = r.choice([2, 3])
    e = s + dt.timedelta(days=days - 1)
    cr = r.choice([2, 3, 4])
    rate = r.choice([6, 8])
    holder = fn_person(r)
    issuer = r.choice(g.P["societies"])
    issue = e + dt.timedelta(days=r.choice([5, 10]))
    p = fnpdf(g, created=issue)
    f = g.f(0)
    p.text(p.W / 2, 110, "学分登记证明", f, 24, "c", bold=True, cs=4)
    line, no = fn_no(g, s.year, 2)
    p.text(p.W / 2, 140, line, f, 10, "c", color=GREY)
    body = (f"经核实，{holder}参加了{issuer}于{fnrange(s, e, 'zizhi')}在{city}举办的{r.choice(g.P['train_topics'])}"
            f"继续教育项目，登记继续教育学分{cr}分，每1学分对应{rate}学时。")
    y = p.para(72, 190, p.W - 144, body, f, 15, leading=32)
    fn_sign(p, "zhang", y + 70, issuer, fndate(issue, "fwdot"), f, "image", g.seed)
    fields = {"certificateNumber": no, "startDate": s.isoformat(), "endDate": e.isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    return L("training", "training-certificate", fields, {"days": days, "credits": cr, "hoursPerCredit": rate,
                                                        "subject": "professional"},
             "final 学分登记证明; credits with 每1学分对应N学时 (no hours total); 经核实; 单位（章） block; fwdot date")


def fn_tr_en(g: G):
    """English: k=0 'Record of Professional Learning' (Learning time: N hours); k=1 landscape 'Statement of
    Completion' (N hours of verifiable learning)."""
    r, k = g.rng, g.k
    s = fn_cutoff(g, 1)
    days = r.choice([1, 2, 3])
    e = s + dt.timedelta(days=days - 1)
    holder = fn_en_person(r)
    issue = e + dt.timedelta(days=r.choice([0, 2]))
    if k % 2 == 0:
        issuer = "Institute of Rural Health Practitioners of Aotearoa"
        n = r.choice([6.5, 7.5, 10.5])
        p = fnpdf(g, size=(612, 792), created=issue)        # US Letter
        p.text(p.W / 2, 90, issuer, "Times-Bold", 15, "c", color=NAVY)
        p.text(p.W / 2, 150, "Record of Professional Learning", "Times-Bold", 24, "c")
        y = p.lines(90, 210, [f"Learner: {holder}",
                              f"Activity: Remote-area emergency triage workshop",
                              f"Dates attended: {fnrange(s, e, 'enabbr') if days > 1 else fndate(s, 'enabbr')}",
                              f"Learning time: {n} hours",
                              f"Issued: {fndate(issue, 'enabbr')}"], "Times-Roman", 13, 28)
        p.para(90, y + 20, p.W - 180, "This record may be submitted to a regulator or employer as evidence of "
               "continuing competence.", "Times-Italic", 11, leading=16, indent=0)
        p.text(p.W - 100, y + 120, "Registrar, Professional Learning", "Times-Roman", 11, "r")
        fields = {"hours": n}
        note = "US Letter; Learning time: N hours (decimal); Mon. d, yyyy"
        hu = "hours"
    else:
        issuer = "Northumbria Guild of Structural Surveyors"
        n = days * 6
        p = fnpdf(g, land=True, created=issue)
        p.frame("blue-band")
        p.text(p.W / 2, 110, "STATEMENT OF COMPLETION", "Helvetica-Bold", 28, "c", color=NAVY)
        p.text(p.W / 2, 160, "awarded to", "Helvetica-Oblique", 13, "c")
        p.text(p.W / 2, 200, holder, "Times-Bold", 30, "c")
        y = p.para(140, 250, p.W - 280, f"for completing the course Timber Frame Defects and Remediation, held on the "
                   f"{fndate(s, 'enof')}" + (f" to the {fndate(e, 'enof')}" if days > 1 else "") +
                   f", and is credited with {n} hours of verifiable learning.", "Times-Roman", 15, leading=22, indent=0,
                   align="c")
        line = f"Ref. {s.year}/{r.randint(1000, 9999)}"
        p.text(140, y + 40, line, "Helvetica", 10)
        p.text(p.W - 140, y + 40, f"Date of issue: {fndate(issue, 'enof')}", "Helvetica", 10, "r")
        p.text(p.W / 2, y + 90, f"for and on behalf of the {issuer}", "Times-Italic", 12, "c")
        fields = {"certificateNumber": line[5:], "hours": n}
        note = "landscape STATEMENT OF COMPLETION; N hours of verifiable learning; 'd-th of Month yyyy'"
        hu = "hours"
    fields.update({"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(),
                   "issuer": issuer, "holder": holder})
    return L("training", "training-certificate", fields, {"days": days, "hoursUnit": hu, "language": "en"},
             f"final English: {note}; no seal", seal=False)


# -- final: practice ---------------------------------------------------------------------------------------------
def fn_pr_dingang(g: G):
    """顶岗实践证明: prose, months stated as 在岗实践N个月 or 历时半年; 单位（章） or （签章） block."""
    r, k = g.rng, g.k
    s = fn_cutoff(g, 1).replace(day=1)
    months = [3, 6][k % 2]
    e = add_months(s, months) - dt.timedelta(days=1)
    holder = fn_person(r)
    issuer = r.choice(g.P["companies"] + g.P["hospitals"])
    src = r.choice(g.P["colleges"])
    issue = e + dt.timedelta(days=r.choice([3, 9]))
    if issue.isoformat() > "2026-06-30":
        s = add_months(s, -6); e = add_months(s, months) - dt.timedelta(days=1); issue = e + dt.timedelta(days=3)
    p = fnpdf(g, created=issue)
    f = g.f(4)
    p.text(p.W / 2, 105, "顶岗实践证明", f, 24, "c", bold=True, cs=5)
    mp = [f"在岗实践{cn_int(months)}个月", "历时半年"][k % 2]
    body = (f"{src}教师{holder}，{fnrange(s, e, 'zizhi')}在我单位{r.choice(['技术部', '生产一线', '质量管理部', '临床科室'])}"
            f"顶岗实践，{mp}。实践期间参与了岗位实际工作和技术改进，表现良好，鉴定为合格。")
    y = p.para(72, 170, p.W - 144, body, f, 15, leading=33)
    y = p.para(72, y + 6, p.W - 144, "此证。", f, 15)
    fn_sign(p, ["zhang", "qianzhang"][k % 2], y + 70, issuer, fndate(issue, ["mix0", "dashnp"][k % 2]), f, "image",
            g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("practice", "practice-certificate", fields, {"months": months},
             f"final 顶岗实践证明; months as {mp.replace(cn_int(months), 'N')}; zizhi range; "
             f"sign {['zhang', 'qianzhang'][k % 2]}")


def fn_pr_table(g: G):
    """教师企业实践鉴定表: a table with 实践起止 (fwdot range), 实践月数, 鉴定单位 cell; k=1 landscape."""
    r, k = g.rng, g.k
    s = fn_cutoff(g).replace(day=1)
    months = r.choice([2, 4, 5])
    e = add_months(s, months) - dt.timedelta(days=1)
    holder = fn_person(r)
    issuer = r.choice(g.P["companies"])
    issue = e + dt.timedelta(days=r.choice([2, 6]))
    if issue.isoformat() > "2026-06-30":
        s = add_months(s, -6); e = add_months(s, months) - dt.timedelta(days=1); issue = e + dt.timedelta(days=2)
    land = k % 2 == 1
    p = fnpdf(g, land=land, created=issue)
    f = g.f(1)
    p.text(p.W / 2, 70, "教师企业实践鉴定表", f, 21, "c", bold=True)
    W = p.W - 120
    rows = [["姓名", holder, "所在院校", r.choice(g.P["colleges"])],
            ["实践岗位", r.choice(["工艺工程师助理", "设备维护", "质量检验", "产线调度"]), "实践月数", f"{months}个月"],
            ["实践起止", fnrange(s, e, "fwdot")],
            ["实践内容", "参与生产工艺优化与设备点检，整理典型案例两项，完成实践报告。"],
            ["企业评价", "该教师实践期间态度端正，能将企业新技术融入教学，鉴定合格。"],
            ["鉴定单位", issuer],
            ["填表日期", fndate(issue, "fwdot")]]
    y = p.table(60, 95, [W * 0.16, W * 0.34, W * 0.16, W * 0.34], rows, f, 12, row_h=36 if not land else 30,
                align="l", shade_first_col=True)
    p.seal(p.W - 200, y - 50, issuer, "", seed=g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("practice", "practice-certificate", fields, {"months": months},
             f"final 教师企业实践鉴定表 ({'landscape' if land else 'portrait'}); 实践月数 cell; fwdot range; 鉴定单位 cell")


# -- final: online -----------------------------------------------------------------------------------------------
def fn_on_mooc(g: G):
    """在线课程修读证明: k=0 landscape with 课程学时 N个学时 and a full date; k=1 portrait, completion printed to the
    month only (二〇二四年三月), so no issueDate."""
    r, k = g.rng, g.k
    issuer = g.pick("platforms")
    holder = fn_person(r)
    d = fn_cutoff(g)
    n = r.choice([8, 12, 16, 20])
    course = r.choice(FN_COURSES)
    line, no = fn_no(g, d.year, 3)
    if k % 2 == 0:
        p = fnpdf(g, land=True, created=d)
        p.frame("green")
        f = g.f(2)
        p.text(p.W / 2, 90, issuer, f, 14, "c", color=GREY)
        p.text(p.W / 2, 140, "在线课程修读证明", f, 30, "c", bold=True)
        y = p.para(130, 200, p.W - 260, f"兹确认{holder}已在本平台修读《{course}》，完成全部视频、测验与结课考试，"
                   f"课程学时{n}个学时。", f, 17, leading=36)
        p.text(130, y + 40, f"结课日期：{fndate(d, 'cnfw')}", f, 13)
        p.text(130, y + 66, line, f, 11)
        p.qr(p.W - 210, y + 10, 70, g.seed)
        p.seal(p.W - 330, y + 50, issuer, "电子签章", seed=g.seed)
        fields = {"issueDate": d.isoformat()}
        note = "landscape; 课程学时N个学时; full-width digit date"
    else:
        p = fnpdf(g, created=d)
        f = g.f(3)
        p.text(p.W / 2, 100, "在线课程修读证明", f, 22, "c", bold=True)
        rows = [["学习者", holder], ["课程名称", course], ["课程学时", f"{n}个学时"], ["完成时间", fndate(d, "cnmonth")],
                ["验证方式", "扫描二维码或登录平台输入验证编码"]]
        y = p.table(70, 140, [110, p.W - 140 - 110], rows, f, 12.5, row_h=36, align="l")
        p.text(70, y + 30, line, f, 11)
        p.qr(70, y + 50, 64, g.seed)
        p.text(p.W - 80, y + 90, issuer, f, 13, "r")
        p.seal(p.W - 140, y + 80, issuer, "电子签章", seed=g.seed)
        fields = {}
        note = "portrait table; 课程学时 cell 'N个学时'; completion to the month only (Chinese numerals) -> no issueDate"
    fields.update({"certificateNumber": no, "hours": n, "issuer": issuer, "holder": holder})
    facts = {"hoursUnit": "学时", "courses": 1, "subject": "public"}
    if k % 2 == 1:
        facts["completedMonth"] = d.strftime("%Y-%m")
    return L("online", "online-learning-record", fields, facts, notes=f"final 在线课程修读证明, {note}")


def fn_on_log(g: G):
    """个人学时记录单 over 2 (k=0) or 3 (k=1) pages: dated course rows, 总计：N学时 on the last page."""
    r, k = g.rng, g.k
    e = fn_cutoff(g, 1)
    s = e - dt.timedelta(days=r.randint(90, 200))
    issuer = g.pick("platforms", 2)
    holder = fn_person(r)
    nrows = [14, 26][k % 2]
    names = [FN_COURSES[(i * 7 + k) % len(FN_COURSES)] + ("（上）" if i < len(FN_COURSES) else "（下）") for i in range(nrows)]
    hrs = [r.choice([1, 2, 3]) for _ in names]
    total = sum(hrs)
    issue = e + dt.timedelta(days=r.choice([1, 2]))
    p = fnpdf(g, created=issue)
    f = g.f(4)
    per = 12
    pages = (nrows + per - 1) // per
    dates = sorted(s + dt.timedelta(days=r.randint(0, (e - s).days)) for _ in range(nrows - 2)) + [s, e]
    dates = sorted(dates)
    rows = [[str(i + 1), nm, fndate(dd, "dashnp"), str(h)] for i, (nm, h, dd) in enumerate(zip(names, hrs, dates))]
    for pg in range(pages):
        if pg:
            p.new_page()
        p.text(p.W / 2, 60, "个人学时记录单", f, 18, "c", bold=True)
        if pg == 0:
            p.text(55, 90, f"学员姓名：{holder}　　平台：{issuer}", f, 11)
            p.text(55, 108, f"统计区间：{fndate(s, 'dashnp')} 至 {fndate(e, 'dashnp')}", f, 11)
        y = p.table(55, 125, [40, 260, 110, p.W - 110 - 410], [["序", "课程", "结课日期", "课时数"]] +
                    rows[pg * per:(pg + 1) * per], f, 10.5, row_h=26, header=True)
        if pg == pages - 1:
            p.text(55, y + 30, f"总计：{total}学时", f, 13, bold=True)
            p.text(55, y + 54, f"生成时间：{fndate(issue, 'dashnp')}", f, 10)
            p.seal(p.W - 160, y + 40, issuer, "业务专用章", seed=g.seed)
        p.text(p.W / 2, p.H - 34, f"- {pg + 1} / {pages} -", "Helvetica", 9, "c", color=GREY)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "hours": total, "issueDate": issue.isoformat(),
              "issuer": issuer, "holder": holder}
    return L("online", "online-learning-record", fields, {"courses": nrows, "hoursUnit": "学时", "subject": "mixed"},
             f"final 个人学时记录单 over {pages} pages; 学员姓名; 统计区间 with 至 and unpadded y-m-d; total 总计：N学时 "
             f"on the last page", fact_page=pages)


def fn_on_en(g: G):
    """English 'Verified Learning Statement' from a fictional platform: Notional study time N hours."""
    r, k = g.rng, g.k
    d = fn_cutoff(g)
    holder = fn_en_person(r)
    issuer = "Lumenfield Open Learning"
    n = r.choice([14, 18, 24])
    p = fnpdf(g, size=(612, 792), created=d)
    p.c.setFillColor(Color(0.2, 0.45, 0.4)); p.c.rect(0, p.H - 70, p.W, 70, stroke=0, fill=1); p.c.setFillColor(black)
    p.text(50, 44, issuer, "Helvetica-Bold", 18, color=white)
    p.text(50, 140, "Verified Learning Statement", "Helvetica-Bold", 24)
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    y = p.lines(50, 190, [f"This statement confirms that {holder}",
                          "successfully completed Foundations of Geospatial Data Analysis",
                          f"on {fndate(d, 'enabbr')}.",
                          f"Notional study time: {n} hours",
                          f"Statement code: {code}"], "Helvetica", 13, 26)
    p.text(50, y + 40, "Verify at the platform's statement page using the code above.", "Helvetica-Oblique", 10,
           color=GREY)
    fields = {"issueDate": d.isoformat(), "hours": n, "issuer": issuer, "holder": holder, "certificateNumber": code}
    return L("online", "online-learning-record", fields, {"hoursUnit": "hours", "language": "en", "courses": 1},
             "final English Verified Learning Statement; Notional study time: N hours; Statement code; no seal",
             seal=False)


# -- final: academic ---------------------------------------------------------------------------------------------
def fn_ac_chuxi(g: G):
    """学术会议出席证明: k=0 national, k=1 provincial; 3.5—3.8 range (year in the conference name); 举办单位 line."""
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    s = fn_cutoff(g)
    days = r.choice([2, 3])
    e = s + dt.timedelta(days=days - 1)
    level = ["national", "provincial"][k % 2]
    issuer = ["中国煤炭学会", "中国康复医学会"][r.randint(0, 1)] if level == "national" else \
        r.choice([x for x in g.P["societies"] if not x.startswith("中国")])
    conf = (f"{s.year}年全国{r.choice(['寒区工程', '智能开采', '康复护理'])}学术研讨会" if level == "national"
            else f"{issuer}{s.year}年学术年会")
    holder = fn_person(r, minority_ok=False)
    sex = r.choice(["女士", "先生"])
    cr = r.choice([4, 6])
    issue = e + dt.timedelta(days=r.choice([0, 2]))
    p = fnpdf(g, created=issue)
    f = g.f(0)
    p.text(p.W / 2, 105, "学术会议出席证明", f, 23, "c", bold=True)
    body = (f"兹确认{holder}{sex}（{r.choice(g.P['hospitals'] + g.P['universities'])}）出席了{conf}"
            f"（{fnrange(s, e, 'mddot')}，{city}），全程参加大会报告与分组交流。")
    y = p.para(72, 170, p.W - 144, body, f, 15, leading=33)
    if k % 2 == 0:
        y = p.para(72, y + 4, p.W - 144, f"本次会议为国家级继续医学教育项目，参会者可申请一类学分{cr}分。", f, 15, leading=33)
    p.text(72, y + 60, f"举办单位：{issuer}", f, 14)
    p.text(72, y + 88, f"日　　期：{fndate(issue, ['cnfw', 'mix0'][k % 2])}", f, 14)
    p.seal(72 + p.width(f"举办单位：{issuer}", f, 14) * 0.6, y + 70, issuer, "会议专用章", seed=g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    facts = {"conferenceLevel": level, "role": "attendee", "days": days}
    if k % 2 == 0:
        facts.update({"credits": cr, "creditType": "I"})
    return L("academic", "conference-proof", fields, facts,
             f"final 学术会议出席证明 ({level}); 兹确认 + {sex}; m.d—m.d range, year only in the conference name; "
             f"举办单位 line" + ("; 一类学分 only, no hours" if k % 2 == 0 else ""))


def fn_ac_tebao(g: G):
    """Landscape 大会特邀报告证书: role speaker, one day in mixed-zero numerals; （签章） block."""
    r, k = g.rng, g.k
    city = g.city()
    d = fn_cutoff(g, 1)
    holder = fn_person(r)
    issuer = r.choice(g.P["societies"])
    topic = r.choice(["寒区隧道冻害机理与防治", "草原退化遥感识别", "稀土永磁材料回收技术", "脑卒中早期康复护理"])
    p = fnpdf(g, land=True, created=d)
    p.frame("gold")
    f = g.f(1)
    p.text(p.W / 2, 115, "大会特邀报告证书", f, 32, "c", bold=True, color=DARKRED)
    body = (f"{holder}教授：您于{fndate(d, 'mix0')}在{city}召开的{issuer}{d.year}年学术年会上作题为《{topic}》的"
            f"特邀报告，反响热烈。特颁此证，以致谢忱。")
    y = p.para(120, 185, p.W - 240, body, f, 17, leading=36)
    fn_sign(p, "qianzhang", max(y + 50, 420), issuer, fndate(d, "mix0"), f, "image", g.seed)
    fields = {"startDate": d.isoformat(), "endDate": d.isoformat(), "issueDate": d.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("academic", "conference-proof", fields, {"conferenceLevel": "provincial", "role": "speaker", "days": 1},
             "final landscape 大会特邀报告证书; speaker; one day; mixed-zero Chinese-numeral dates; （签章） block")


def fn_ac_shouke(g: G):
    """兼课情况证明 (lecture proof with 课时): k=0 session table + 授课课时数合计; k=1 body says 本院, signature is only
    '（单位印章）' + date: the issuer can be read from the image seal alone."""
    r, k = g.rng, g.k
    city = g.city()
    s = fn_cutoff(g)
    holder = fn_person(r)
    issuer = [r.choice(g.P["colleges"]), f"{r.choice(g.P['hospitals'])}"][k % 2]
    sessions = [s + dt.timedelta(days=7 * i) for i in range(r.choice([3, 4]))]
    per = r.choice([2, 3, 4])
    n = per * len(sessions)
    issue = sessions[-1] + dt.timedelta(days=r.choice([3, 6]))
    p = fnpdf(g, created=issue)
    f = g.f(2)
    p.text(p.W / 2, 100, "兼课情况证明", f, 23, "c", bold=True, cs=3)
    if k % 2 == 0:
        body = f"兹确认{holder}老师受聘在我校承担继续教育课程教学，授课安排如下："
        y = p.para(72, 160, p.W - 144, body, f, 14.5, leading=30)
        rows = [["开课时间", "讲授专题", "听课对象", "课时数"]] + \
               [[fndate(d, "dashnp"), r.choice(["寒区路基冻胀防治", "隧道施工监测", "桥梁检测新技术"]), "在职技术人员",
                 str(per)] for d in sessions]
        y = p.table(72, y + 4, [100, 170, 110, p.W - 144 - 380], rows, f, 11.5, row_h=28, header=True)
        y = p.para(72, y + 26, p.W - 144, f"授课课时数合计{n}。", f, 14.5, leading=30)
        fn_sign(p, "zhang", y + 60, issuer, fndate(issue, "fwdot"), f, "image", g.seed)
        seal_only, note = False, "session table with a 课时数 column; 授课课时数合计N; 单位（章） block"
    else:
        body = (f"兹确认{holder}同志于{fnrange(sessions[0], sessions[-1], 'dayhyphen')}期间，在本院为{city}市基层医务人员"
                f"继续教育项目授课{len(sessions)}次，授课课时数合计{n}。")
        y = p.para(72, 170, p.W - 144, body, f, 14.5, leading=31)
        y = p.para(72, y + 6, p.W - 144, "特予证明。", f, 14.5)
        p.text(p.W - 90, y + 70, "（单位印章）", f, 13.5, "r")
        p.text(p.W - 90, y + 100, fndate(issue, "cnfw"), f, 13.5, "r")
        p.seal(p.W - 150, y + 72, issuer, "", seed=g.seed)
        seal_only, note = True, "body says 本院, signature only （单位印章）: issuer only in the image seal"
    fields = {"hours": n, "startDate": sessions[0].isoformat(), "endDate": sessions[-1].isoformat(),
              "issueDate": issue.isoformat(), "issuer": issuer, "holder": holder}
    return L("academic", "lecture-proof", fields, {"role": "speaker", "hoursUnit": "课时", "sessions": len(sessions)},
             f"final 兼课情况证明; {note}", seal_only=seal_only)


def fn_ac_visit(g: G):
    """访问研究工作证明: months; 访问时段 with fwdot range; （签章） block."""
    r, k = g.rng, g.k
    s = fn_cutoff(g, 1).replace(day=1)
    months = r.choice([3, 6])
    e = add_months(s, months) - dt.timedelta(days=1)
    issue = e + dt.timedelta(days=r.choice([2, 5]))
    if issue.isoformat() > "2026-06-30":
        s = add_months(s, -6); e = add_months(s, months) - dt.timedelta(days=1); issue = e + dt.timedelta(days=2)
    holder = fn_person(r)
    issuer = f"{r.choice(g.P['universities'])}{r.choice(['资源与环境学院', '土木工程学院', '医学院'])}"
    p = fnpdf(g, created=issue)
    f = g.f(3)
    p.text(p.W / 2, 105, "访问研究工作证明", f, 23, "c", bold=True)
    y = p.lines(72, 165, [f"访问人员：{holder}", f"派出单位：{r.choice(g.P['hospitals'] + g.P['colleges'])}",
                          f"访问时段：{fnrange(s, e, 'fwdot')}（{cn_int(months)}个月）",
                          f"合作教授：{fn_person(r, False)}"], f, 14, 30)
    y = p.para(72, y + 10, p.W - 144, "访问期间，该访问人员参加课题组学术活动，完成访问研究计划，现予证明。", f, 14.5, leading=31)
    fn_sign(p, "qianzhang", y + 70, issuer, fndate(issue, "dashnp"), f, "image", g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("academic", "academic-visit-proof", fields, {"role": "visitor", "months": months},
             "final 访问研究工作证明; 访问人员/访问时段 lines; months in Chinese numerals; fwdot range; （签章）")


def fn_ac_en(g: G):
    """English Certificate of Presentation (international conference), Mon. d, yyyy range."""
    r, k = g.rng, g.k
    s = fn_cutoff(g)
    e = s + dt.timedelta(days=2)
    holder = fn_en_person(r)
    issuer = "International Society for Cold Region Infrastructure"
    p = fnpdf(g, size=(612, 792), created=e)
    f = "Times-Roman"
    p.text(p.W / 2, 100, issuer, "Helvetica-Bold", 13, "c", color=NAVY)
    p.text(p.W / 2, 170, "Certificate of Presentation", "Times-Bold", 28, "c")
    y = p.para(80, 230, p.W - 160, f"We gratefully acknowledge that {holder} delivered an oral presentation at the "
               f"{f_ord(r.randint(8, 19))} Symposium on Permafrost Engineering, {fnrange(s, e, 'enabbr')}, Harbin, China.",
               f, 15, leading=24, indent=0, align="c")
    p.text(p.W / 2, y + 60, f"Symposium Chair, {fn_en_person(r)}", "Times-Italic", 12, "c")
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issuer": issuer, "holder": holder}
    return L("academic", "conference-proof", fields, {"conferenceLevel": "international", "role": "speaker", "days": 3,
                                                      "language": "en"},
             "final English Certificate of Presentation; Mon. d, yyyy range with an en dash; no seal; no issue date",
             seal=False)


# -- final: research ---------------------------------------------------------------------------------------------
FN_FILLER = {
    "TU": ["寒区路基在反复冻融作用下强度衰减明显，需结合地温监测开展长期评价。", "本文依托现场试验段布设了温度与变形传感器。",
           "结果表明保温层厚度对冻结深度具有显著影响。", "数值计算与实测数据吻合较好，误差在合理范围内。"],
    "TD": ["智能化工作面对液压支架姿态感知提出了更高要求。", "本文构建了多源数据融合的顶板来压预测模型。",
           "现场应用表明预警准确率较传统方法有所提高。", "研究结果可为同类矿井安全开采提供参考。"],
    "R": ["早期康复护理干预对患者功能恢复具有积极作用。", "本研究采用随机对照设计纳入住院患者。",
          "干预组出院时日常生活能力评分高于对照组。", "差异具有统计学意义，值得临床推广应用。"],
}
FN_TITLES = {"TU": ["多年冻土区路基保温层厚度优化试验研究", "季节冻土区桥梁桩基冻拔力监测分析"],
             "TD": ["基于多源数据融合的综采工作面顶板来压预测", "智能化综采工作面液压支架姿态感知方法"],
             "R": ["早期分级康复护理对脑卒中偏瘫患者步行能力的影响", "延续性康复护理在膝关节置换术后患者中的应用"]}


def fn_rs_paper(g: G):
    """Journal first page: centred masthead between rules, 来稿日期, 出版日期 in Chinese numerals (k=0) or full-width
    digits (k=1, 2 pages), 关键词 line."""
    r, k = g.rng, g.k
    journal, en, cnp, cls, tier = g.pick("journals", k)
    iss = issn(random.Random("final" + journal))
    cn = f"{cnp}-{random.Random('final' + journal + 'cn').randint(1000, 1999)}/{cls}"
    pub = fn_cutoff(g, 1).replace(day=1)
    vol, no = pub.year - 1985, pub.month
    recv = pub - dt.timedelta(days=r.randint(120, 240))
    na = [4, 2][k % 2]
    authors = fn_people(r, na)
    title = FN_TITLES[cls][k % 2]
    rank = [3, 2][k % 2]
    pages = [1, 2][k % 2]
    fp = r.randint(20, 90)
    p = fnpdf(g, created=pub + dt.timedelta(days=20))
    W = p.W
    f_t, f_b = g.f(0), g.f(1)
    p.hline(45, W - 45, 40, 1.6)
    p.text(W / 2, 66, journal, f_t, 19, "c", bold=True)
    p.text(W / 2, 82, en, "Times-Italic", 9, "c")
    pubtxt = fndate(pub, ["cnmonth", "fwmonth"][k % 2])
    p.text(45, 100, f"第{vol}卷第{no}期　　出版日期：{pubtxt}", f_b, 9)
    p.text(W - 45, 100, f"ISSN {iss}   CN {cn}", "Helvetica", 8, "r")
    p.hline(45, W - 45, 108, 0.6)
    y = 145
    for line in p.wrap(title, f_t, 17, W - 120):
        p.text(W / 2, y, line, f_t, 17, "c", bold=True)
        y += 26
    p.text(W / 2, y + 2, "，".join(authors), f_b, 12, "c")
    aff = f"（{r.choice(g.P['universities'])}，{r.choice(['黑龙江 哈尔滨 150001', '山西 太原 030024', '广西 南宁 530004'])}）"
    p.text(W / 2, y + 22, aff, f_b, 9, "c")
    y = p.para(50, y + 46, W - 100, "摘　要：" + "".join(r.sample(FN_FILLER[cls], 4)), f_b, 9.5, leading=16, indent=0)
    y = p.para(50, y + 2, W - 100, "关键词：" + "；".join(r.sample(["冻融", "监测", "预测模型", "康复护理", "数值模拟", "现场试验"], 3)), f_b, 9, leading=15, indent=0)
    foot = p.H - 80
    p.hline(50, 200, foot - 14, 0.5)
    p.lines(50, foot, [f"来稿日期：{fndate(recv, 'dashnp')}", f"第一作者：{authors[0]}，{r.choice(['副教授', '主管护师', '高级工程师'])}。"],
            f_b, 8, 12)
    colw = (W - 100 - 20) / 2
    for page in range(pages):
        top = y + 16 if page == 0 else 60
        bottom = foot - 26 if page == 0 else p.H - 60
        for col in range(2):
            x = 50 + col * (colw + 20)
            yy = top
            while yy < bottom - 20:
                for ln in p.wrap("".join(r.choice(FN_FILLER[cls]) for _ in range(3)), f_b, 9.5, colw, 19):
                    if yy > bottom - 14:
                        break
                    p.text(x, yy, ln, f_b, 9.5)
                    yy += 14.5
                yy += 5
        p.text(W / 2, p.H - 28, f"· {fp + page} ·", "Times-Roman", 9, "c")
        if page < pages - 1:
            p.new_page()
            p.text(W / 2, 36, f"{journal}　第{vol}卷", f_b, 8.5, "c")
            p.hline(45, W - 45, 44, 0.5)
    fields = {"issuer": journal, "holder": authors[0], "journal": journal, "issn": iss, "cn": cn,
              "publishedMonth": pub.strftime("%Y-%m"), "receivedDate": recv.isoformat(), "title": title}
    facts = {"journalTier": tier, "authorCount": na, "authorRank": rank, "claimant": authors[rank - 1],
             "authors": authors, "volume": vol, "issue": no}
    return L("research", "journal-paper", fields, facts, seal=False,
             notes=f"final journal layout (centred masthead between rules, 出版日期 {['Chinese-numeral', 'full-width'][k % 2]} "
                   f"month, 关键词 line, 来稿日期 unpadded y-m-d); {pages} page(s); claimant rank {rank}")


def fn_rs_book(g: G):
    """Copyright page without a CIP box: 编著 line, 出版时间 with full-width digits, 字数 in 千字."""
    r, k = g.rng, g.k
    press = g.pick("presses", 1)
    pub = fn_cutoff(g).replace(day=1)
    a1, a2, a3 = fn_people(r, 3)
    title = "寒区道路工程病害诊治技术"
    isbn = isbn13(r, r.choice(["5719", "5390", "5551"]))
    qz = r.choice([386, 412, 455])
    p = fnpdf(g, size=(482, 680), created=pub)          # 16开 trimmed
    f = g.f(2)
    p.text(50, 90, f"书　　名　{title}", f, 11)
    p.text(50, 112, f"编　　著　{a1}　{a2}　{a3}", f, 11)
    p.text(50, 134, f"特约编辑　{fn_person(r, False)}", f, 11)
    p.hline(50, p.W - 50, 150, 0.5)
    y = p.lines(50, 180, [f"出版发行　{press}", f"开　　本　787 mm×1092 mm　1/16", f"字　　数　{qz}千字",
                          f"出版时间　{fndate(pub, 'fwmonth')}第1版", f"书　　号　ISBN {isbn}",
                          f"定　　价　{r.choice([58, 86, 98])}.00元"], f, 11, 24)
    p.text(p.W / 2, p.H - 60, "版权所有　翻印必究", f, 9.5, "c", color=GREY)
    fields = {"issuer": press, "holder": a1, "title": title, "isbn": isbn, "publishedMonth": pub.strftime("%Y-%m")}
    facts = {"wordCount": qz * 1000, "wordCountPrinted": f"{qz}千字", "authorCount": 3, "authorRank": 2,
             "authorRole": "编著", "claimant": a2, "authors": [a1, a2, a3]}
    return L("research", "monograph", fields, facts, seal=False,
             notes="final copyright page without CIP box; 编著 with three names (claimant rank 2); 字数 in 千字; "
                   "出版时间 with full-width digits")


def fn_rs_project(g: G):
    """k=0 科研项目结项证书 (table; period in Chinese-numeral months -> facts); k=1 科技成果鉴定证书 (组织鉴定单位 line)."""
    r, k = g.rng, g.k
    city = g.city()
    prov = g.prov(city)
    issue = fn_cutoff(g, k)
    team = fn_people(r, 5)
    rank = [1, 2][k % 2]
    p = fnpdf(g, created=issue)
    f = g.f(3)
    if k % 2 == 0:
        issuer = f"{prov}科学技术厅"
        title = "寒区高速公路路基冻胀智能监测关键技术研究"
        pno = f"{issue.year - 2}{r.choice(['ZD', 'YB'])}{r.randint(10000, 99999)}"
        ps = dt.date(issue.year - 2, r.choice([1, 4, 7]), 1)
        pe = add_months(issue.replace(day=1), -r.choice([2, 3]))
        p.text(p.W / 2, 110, "科研项目结项证书", f, 25, "c", bold=True, cs=2)
        rows = [["项目编号", pno], ["项目名称", title], ["承担单位", r.choice(g.P["universities"])],
                ["项目负责人", team[0]], ["主要参加人", "、".join(team[1:])],
                ["研究起讫", f"{fndate(ps, 'cnmonth')}至{fndate(pe, 'cnmonth')}"], ["结项结论", "通过"]]
        y = p.table(65, 150, [110, p.W - 130 - 110], rows, f, 12, row_h=36, align="l", shade_first_col=True)
        fn_sign(p, "zhang", y + 50, issuer, fndate(issue, "cnfw"), f, "image", g.seed)
        extra, stage, note = {"periodStart": ps.strftime("%Y-%m"), "periodEnd": pe.strftime("%Y-%m")}, "concluded", \
            "科研项目结项证书 table; 执行期限 in Chinese-numeral months (facts only); 单位（章）"
    else:
        issuer = f"{city}市科学技术局"
        title = "稀土永磁废料短流程再生利用技术"
        pno = f"{FN_ABBR[fn_short(prov)]}科鉴字〔{issue.year}〕第{r.randint(10, 99)}号"
        p.text(p.W / 2, 110, "科技成果鉴定证书", f, 25, "c", bold=True)
        p.text(p.W / 2, 140, pno, f, 11, "c")
        y = p.lines(70, 180, [f"成果名称：{title}", f"完成单位：{r.choice(g.P['companies'])}",
                              f"主要完成人：{'，'.join(team)}", f"鉴定形式：会议鉴定",
                              f"鉴定日期：{fndate(issue, 'dashnp')}"], f, 13, 28)
        y = p.para(70, y + 10, p.W - 140, "鉴定委员会认为，该成果整体达到国内领先水平，同意通过鉴定。", f, 13.5, leading=28)
        p.text(70, y + 50, f"组织鉴定单位：{issuer}", f, 13.5)
        p.seal(70 + p.width(f"组织鉴定单位：{issuer}", f, 13.5) * 0.65, y + 56, issuer, "科技成果鉴定专用章", seed=g.seed)
        extra, stage, note = {}, "appraised", "科技成果鉴定证书; 主要完成人 list (claimant rank 2); 组织鉴定单位 line"
    fields = {"issueDate": issue.isoformat(), "issuer": issuer, "holder": team[0], "title": title, "projectNumber": pno}
    facts = {"projectLevel": ["provincial", "municipal"][k % 2], "projectRole": "leader" if rank == 1 else "member",
             "projectRank": rank, "claimant": team[rank - 1], "teamSize": len(team), "projectStage": stage, **extra}
    return L("research", "research-project", fields, facts, notes=f"final {note}")


def fn_rs_patent(g: G):
    """Invention patent e-certificate style (statutory wording), inventor rank 2; key block with full-width colons."""
    r, k = g.rng, g.k
    grant = fn_cutoff(g, 1)
    app = grant - dt.timedelta(days=r.randint(500, 900))
    inv = fn_people(r, 3)
    owner = r.choice(g.P["universities"])
    title = "一种多年冻土区路基主动降温通风管结构"
    pno = f"ZL {app.year}1{r.randint(1000000, 9999999)}.{r.randint(0, 9)}"
    issuer = "国家知识产权局"
    p = fnpdf(g, created=grant)
    f = g.f(0)
    p.frame("double-red")
    certno = str(r.randint(6000000, 7999999))
    p.text(p.W / 2, 110, "发明专利证书", f, 26, "c", bold=True, cs=3)
    p.text(p.W / 2, 138, f"证书号第{certno}号", f, 11, "c")
    y = p.lines(80, 185, [f"发明名称：{title}", f"发 明 人：{'；'.join(inv)}", f"专 利 号：{pno}",
                          f"专利申请日：{fmt_date(app, 'cn0')}", f"专利权人：{owner}", f"授权公告日：{fmt_date(grant, 'cn0')}"],
                f, 12, 27)
    y = p.para(70, y + 20, p.W - 140, "本发明经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发发明专利证书"
               "并在专利登记簿上予以登记。专利权自授权公告之日起生效。", f, 11.5, leading=22)
    p.text(p.W - 100, y + 60, issuer, f, 13, "r")
    p.seal(p.W - 150, y + 50, "中华人民共和国国家知识产权局", seed=g.seed)
    fields = {"certificateNumber": certno, "issueDate": grant.isoformat(), "issuer": issuer, "holder": inv[0],
              "patentNumber": pno.replace(" ", ""), "applicationDate": app.isoformat(), "title": title}
    facts = {"patentType": "invention", "inventorCount": 3, "inventorRank": 2, "claimant": inv[1], "patentee": owner}
    return L("research", "patent", fields, facts,
             notes="final invention patent certificate (statutory wording and zero-padded dates kept as printed); "
                   "claimant rank 2")


# -- final: exam -------------------------------------------------------------------------------------------------
def fn_ex(g: G):
    """k=0 二级造价工程师 (provincial) landscape two-panel spread; k=1 护士执业资格考试合格通知单 (table); k=2 计算机技术与软件
    资格 (portrait lines, 取得资格时间)."""
    r, k = g.rng, g.k
    name, a1, a2, level = g.pick("exams")
    prov = g.prov(g.city())
    a1, a2 = a1.format(prov=prov), a2.format(prov=prov)
    d = fn_cutoff(g)
    holder = fn_person(r)
    idn = id_number(r, g.P["id_areas"])
    f = g.f(k)
    if k % 3 == 0:
        issuer = a1
        no = f"{d.year}{r.randint(10, 99)}{r.randint(1000000, 9999999)}"
        p = fnpdf(g, land=True, created=d)
        p.c.setStrokeColor(GREY); p.c.line(p.W / 2, 40, p.W / 2, p.H - 40); p.c.setStrokeColor(black)
        p.text(p.W / 4, 120, prov, f, 16, "c", cs=6)
        p.text(p.W / 4, 160, name, f, 24, "c", bold=True)
        p.text(p.W / 4, 195, "职业资格证书", f, 20, "c")
        p.para(60, 250, p.W / 2 - 120, f"本证书由{a1}、{a2}批准颁发。它表明持证人通过全省统一组织的考试，取得{name}职业资格。",
               f, 11.5, leading=22)
        p.photo(p.W / 2 + 60, 90, 72, 96)
        y = p.lines(p.W / 2 + 60, 230, [f"姓名　{holder}", f"证件号码　{idn}", f"专业类别　{r.choice(['土木建筑工程', '交通运输工程'])}",
                                        f"取得资格时间　{fndate(d, 'cnfw')}", f"登记编号　{no}"], f, 12.5, 28)
        p.seal(p.W - 150, y + 20, a1, "", seed=g.seed)
        note = "landscape two-panel spread; label and value separated by a full-width space; 取得资格时间 full-width digits"
    elif k % 3 == 1:
        issuer = a1
        no = f"HS{d.year}{r.randint(100000, 999999)}"
        p = fnpdf(g, created=d)
        p.text(p.W / 2, 90, f"{d.year}年护士执业资格考试", f, 16, "c")
        p.text(p.W / 2, 122, "考试合格通知单", f, 23, "c", bold=True)
        rows = [["考生姓名", holder], ["证件号码", idn], ["准考证号", no],
                ["专业实务", "合格"], ["实践能力", "合格"], ["结论", "两科成绩均合格，取得护士执业资格。"],
                ["发布日期", fndate(d, "dashnp")]]
        y = p.table(70, 150, [110, p.W - 140 - 110], rows, f, 12.5, row_h=34, align="l", shade_first_col=True)
        p.text(p.W - 80, y + 60, issuer, f, 13, "r")
        p.seal(p.W - 150, y + 50, issuer, "考试专用章", seed=g.seed)
        note = "考试合格通知单 table; 准考证号 as the number; 发布日期 unpadded y-m-d"
    else:
        issuer = a1
        no = f"{d.year}{r.randint(1000000, 9999999)}"
        p = fnpdf(g, created=d)
        p.frame("blue-band")
        p.text(p.W / 2, 110, "计算机技术与软件专业技术资格证书", f, 20, "c", bold=True)
        y = p.lines(110, 180, [f"姓　　名：{holder}", f"证件号码：{idn}", f"资格类别：{name}", f"级　　别：中级",
                               f"取得资格时间：{fndate(d, 'mix0')}", f"登记编号：{no}"], f, 13.5, 32)
        y = p.para(90, y + 20, p.W - 180, f"本证书由{a1}、{a2}批准颁发，表明持证人具有相应专业技术资格。", f, 12.5, leading=24)
        fn_sign(p, "qianzhang", y + 60, issuer, fndate(d, "mix0"), f, "image", g.seed)
        note = "portrait lines; 取得资格时间 in mixed-zero numerals; （签章）"
    fields = {"issueDate": d.isoformat(), "issuer": issuer, "holder": holder, "certificateNumber": no}
    facts = {"examResult": "pass", "examLevel": level, "examYear": d.year, "examName": name}
    return L("exam", "exam-certificate", fields, facts, pii=idn, notes=f"final {name}: {note}; fake checksum-valid ID")


# -- final: other ------------------------------------------------------------------------------------------------
def fn_ot_award(g: G):
    """Landscape 优秀论文评选获奖证书; issuer only in a VECTOR seal; 一等奖, rank."""
    r, k = g.rng, g.k
    d = fn_cutoff(g, 1)
    team = fn_people(r, 3)
    rank = r.randint(1, 3)
    holder = team[rank - 1]
    issuer = r.choice(["黑龙江省寒地建筑学会", "山西省煤炭学会"])
    p = fnpdf(g, land=True, created=d)
    p.frame("ornate")
    f = g.f(1)
    p.text(p.W / 2, 118, "优秀论文评选获奖证书", f, 32, "c", bold=True, color=DARKRED)
    body = (f"{holder}：您参与撰写的论文《{r.choice(sum(FN_TITLES.values(), []))}》在本会{d.year}年度优秀论文评选中"
            f"荣获一等奖（作者排序第{cn_int(rank)}）。特发此证，以资鼓励。")
    y = p.para(110, 190, p.W - 220, body, f, 17, leading=36)
    p.text(p.W - 220, 480, fndate(d, "cnfw"), f, 14, "c")
    p.seal_vector(p.W - 220, 430, issuer)
    fields = {"issueDate": d.isoformat(), "issuer": issuer, "holder": holder}
    return L("other", "award", fields, {"awardLevel": "provincial", "awardGrade": 1, "awardType": "paper",
                                        "awardRank": rank, "teamSize": 3},
             "final 优秀论文评选获奖证书; body says 本会; issuer only in a VECTOR seal; rank as 作者排序第N",
             seal_only=True)


def fn_ot_yuejuan(g: G):
    """阅卷工作证明 (other way): days; dayhyphen range; chuzheng block."""
    r, k = g.rng, g.k
    s = fn_cutoff(g)
    days = r.choice([4, 5, 6])
    e = s + dt.timedelta(days=days - 1)
    city = g.city()
    issuer = f"{city}市教育考试院"
    holder = fn_person(r)
    issue = e + dt.timedelta(days=r.choice([4, 8]))
    p = fnpdf(g, created=issue)
    f = g.f(2)
    p.text(p.W / 2, 110, "阅卷工作证明", f, 24, "c", bold=True, cs=4)
    body = (f"现证明{holder}老师于{fnrange(s, e, 'dayhyphen')}参加{city}市{s.year}年初中学业水平考试网上阅卷工作，"
            f"连续阅卷{cn_int(days)}天，工作认真，质量达标。")
    y = p.para(72, 180, p.W - 144, body, f, 15, leading=33)
    fn_sign(p, "chuzheng", y + 70, issuer, fndate(issue, "fwdot"), f, "image", g.seed)
    fields = {"startDate": s.isoformat(), "endDate": e.isoformat(), "issueDate": issue.isoformat(), "issuer": issuer,
              "holder": holder}
    return L("other", "other", fields, {"otherType": "exam-marking", "days": days},
             "final other way: 阅卷工作证明; days in Chinese numerals; dayhyphen range; 出证单位 block")


# -- final: not evidence -----------------------------------------------------------------------------------------
def fn_na_notice(g: G):
    """关于举办…专题研修班的通知 with a 报名回执表 page; promises 学时. Not evidence."""
    r, k = g.rng, g.k
    d = fn_cutoff(g, 1)
    topic = r.choice(g.P["train_topics"])
    issuer = f"{g.prov(g.city())}人力资源和社会保障厅"
    s = d + dt.timedelta(days=r.randint(15, 30))
    p = fnpdf(g, created=d)
    f = g.f(3)
    p.text(p.W / 2, 95, f"关于举办{d.year}年{topic}专题研修班的通知", f, 16, "c", bold=True)
    y = 140
    for s_ in ["各有关单位：", f"为提升专业技术人员能力水平，定于{fnrange(s, s + dt.timedelta(days=4), 'dayhyphen')}举办"
               f"{topic}专题研修班，结业后登记总学时：40。请各单位择优选派人员参加，并于开班前填报回执。", "附件：报名回执表"]:
        y = p.para(70, y, p.W - 140, s_, f, 13.5, leading=28, indent=0 if s_.endswith("：") else 2)
    fn_sign(p, "qianzhang", y + 60, issuer, fndate(d, "mix0"), f, "image", g.seed)
    p.new_page()
    p.text(p.W / 2, 80, "报名回执表", f, 17, "c", bold=True)
    p.table(60, 110, [90, 120, 90, p.W - 120 - 300], [["姓名", "", "单位", ""], ["职称", "", "手机", ""], ["备注", ""]],
            f, 12, row_h=36)
    return L("unknown", "unknown", {"issuer": issuer, "issueDate": d.isoformat()}, {"evidence": False, "docType": "notice"},
             expect=["not-evidence"], notes="final 研修班通知 (future course, promises 40 学时) + blank 回执 page; not evidence")


def fn_na_baoming(g: G):
    """培训报名登记表 filled in by an applicant. Not evidence."""
    r, k = g.rng, g.k
    d = fn_cutoff(g)
    name = fn_person(r)
    p = fnpdf(g, created=d)
    f = g.f(4)
    p.text(p.W / 2, 85, "培训报名登记表", f, 20, "c", bold=True)
    rows = [["姓名", name, "性别", r.choice(["男", "女"])], ["工作单位", r.choice(g.P["hospitals"] + g.P["companies"])],
            ["拟报班次", f"{r.choice(g.P['train_topics'])}培训班（24学时）"], ["联系电话", f"15{r.randint(100000000, 999999999)}"],
            ["本人签名", name, "填表日期", fndate(d, "dashnp")]]
    p.table(60, 115, [90, 180, 80, p.W - 120 - 350], rows, f, 12, row_h=36, align="l")
    return L("unknown", "unknown", {"holder": name}, {"evidence": False, "docType": "registration-form"}, seal=False,
             expect=["not-evidence"], allow=["attendance-unproven"],
             notes="final 培训报名登记表 (before the course; names a planned 24学时 class); not evidence")


def fn_na_richeng(g: G):
    """Landscape 培训日程安排表 with a 课时 column and total. Not evidence."""
    r, k = g.rng, g.k
    s = fn_cutoff(g, 1)
    p = fnpdf(g, land=True, created=s - dt.timedelta(days=10))
    f = g.f(0)
    p.text(p.W / 2, 60, f"{r.choice(g.P['train_topics'])}培训日程安排表", f, 18, "c", bold=True)
    rows = [["日期", "时段", "内容", "主讲", "课时"]]
    for i in range(3):
        dd = s + dt.timedelta(days=i)
        for t in ["上午", "下午"]:
            rows.append([fndate(dd, "fwdot"), t, r.choice(["政策解读", "技术规范", "案例研讨", "现场教学", "结业测试"]),
                         fn_person(r, False), "4"])
    rows.append(["合计", "", "", "", "24"])
    p.table(60, 85, [110, 80, 300, 120, p.W - 120 - 610], rows, f, 11, row_h=27, header=True)
    return L("unknown", "unknown", {}, {"evidence": False, "docType": "timetable"}, seal=False, expect=["not-evidence"],
             notes="final 培训日程安排表 (landscape, 课时 column, total 24); no participant; not evidence")


def fn_na_yicheng(g: G):
    """论坛议程（草案）. Not evidence."""
    r, k = g.rng, g.k
    s = fn_cutoff(g)
    soc = r.choice(g.P["societies"])
    p = fnpdf(g, size=(482, 680), created=s - dt.timedelta(days=5))
    f = g.f(1)
    p.text(p.W / 2, 80, f"{soc}{s.year}年青年科技论坛", f, 16, "c", bold=True)
    p.text(p.W / 2, 108, "论坛议程（草案）", f, 18, "c")
    rows = [["时间", "议题", "主持/报告"]] + [[t, c_, fn_person(r, False)] for t, c_ in
                                          [("08:30", "开幕致辞"), ("09:00", "主旨报告"), ("10:30", "专题报告"),
                                           ("14:00", "青年论坛"), ("16:30", "总结")]]
    p.table(45, 130, [80, 200, p.W - 90 - 280], rows, f, 11, row_h=28, header=True)
    p.text(45, 330, f"会期：{fnrange(s, s + dt.timedelta(days=1), 'mddot')}", f, 11)
    return L("unknown", "unknown", {}, {"evidence": False, "docType": "agenda"}, seal=False, expect=["not-evidence"],
             allow=["attendance-unproven"], notes="final 论坛议程（草案）; no participant; not evidence")


def fn_na_luyong(g: G):
    """论文录用函 from an editorial office. Not evidence of publication."""
    r, k = g.rng, g.k
    d = fn_cutoff(g, 1)
    journal = g.pick("journals", 2)[0]
    holder = fn_person(r)
    issuer = f"《{journal}》编辑部"
    p = fnpdf(g, created=d)
    f = g.f(2)
    p.text(p.W / 2, 110, "论文录用函", f, 24, "c", bold=True, cs=4)
    p.text(70, 170, f"{holder}女士：" if k % 2 else f"{holder}先生：", f, 14)
    title = r.choice(sum(FN_TITLES.values(), []))
    y = p.para(70, 205, p.W - 140, f"您投寄的论文《{title}》经专家审稿，决定录用，"
               "预计在近期出版，具体刊期另行通知。", f, 14, leading=30)
    fn_sign(p, "qianzhang", y + 60, issuer, fndate(d, "cnfw"), f, "image", g.seed)
    return L("research", "acceptance-notice", {"issuer": issuer, "issueDate": d.isoformat(), "holder": holder},
             {"docType": "acceptance-notice", "title": title, "journal": journal, "published": False},
             expect=["acceptance-only"], notes="final 论文录用函 (publication still pending); claimed as research, acceptance-only")


def fn_na_shouju(g: G):
    """培训费收据 on a small landscape slip. Not evidence."""
    r, k = g.rng, g.k
    d = fn_cutoff(g)
    issuer = r.choice(g.P["colleges"])
    payer = fn_person(r)
    amt = r.choice([680, 980, 1200])
    p = fnpdf(g, size=(595, 300), created=d)
    f = g.f(3)
    p.text(p.W / 2, 40, "培训费收据", f, 18, "c", bold=True)
    p.text(p.W - 40, 62, f"收据编码：{r.randint(10**7, 10**8 - 1)}", f, 9, "r")
    rows = [["交款人", payer, "日期", fndate(d, "fwdot")],
            ["收费项目", f"{r.choice(g.P['train_topics'])}培训费（含32学时课程）"],
            ["金额（大写）", f"{'陆佰捌拾' if amt == 680 else '玖佰捌拾' if amt == 980 else '壹仟贰佰'}元整", "小写", f"¥{amt}.00"]]
    p.table(40, 75, [90, 230, 60, p.W - 80 - 380], rows, f, 11, row_h=30, align="l")
    p.text(40, 200, f"开票单位：{issuer}", f, 11)
    p.seal(230, 200, issuer, "财务专用章", r=45, seed=g.seed)
    return L("unknown", "unknown", {"issuer": issuer, "issueDate": d.isoformat()}, {"evidence": False, "docType": "receipt"},
             expect=["not-evidence"], notes="final 培训费收据 slip (mentions a 32学时 course); not evidence")


TEMPLATES["final"] = [(fn_tr_land, 3), (fn_tr_letter, 3), (fn_tr_card, 2), (fn_tr_multi, 2), (fn_tr_credit, 1),
                      (fn_tr_en, 2),
                      (fn_pr_dingang, 2), (fn_pr_table, 2),
                      (fn_on_mooc, 2), (fn_on_log, 2), (fn_on_en, 1),
                      (fn_ac_chuxi, 2), (fn_ac_tebao, 1), (fn_ac_shouke, 2), (fn_ac_visit, 1), (fn_ac_en, 1),
                      (fn_rs_paper, 2), (fn_rs_book, 1), (fn_rs_project, 2), (fn_rs_patent, 1),
                      (fn_ex, 3),
                      (fn_ot_award, 1), (fn_ot_yuejuan, 1),
                      (fn_na_notice, 1), (fn_na_baoming, 1), (fn_na_richeng, 1), (fn_na_yicheng, 1), (fn_na_luyong, 1),
                      (fn_na_shouju, 1)]

FINAL_NAME_FORMS = ["材料{n}.pdf", "{holder}继续教育.pdf", "IMG{n}.pdf", "{hex}.pdf", "证书_{n}.pdf", "上传{n}.pdf",
                    "{holder}（{n}）.pdf", "Scan_{n}.pdf"]

# Wordings of the final pool that must occur in final/ and in none of docs/, holdout/, fresh/, samples/ (checked on
# whitespace-free pdftotext output). Regexes; digits stand for any number.
FINAL_ANCHORS = {
    "titles": ["知识更新培训证书", "学习培训情况证明", "培训登记卡", "研修学习证明书", "课程学习明细", "学分登记证明",
               "RecordofProfessionalLearning", "STATEMENTOFCOMPLETION", "顶岗实践证明", "教师企业实践鉴定表",
               "在线课程修读证明", "个人学时记录单", "VerifiedLearningStatement", "学术会议出席证明", "大会特邀报告证书",
               "兼课情况证明", "访问研究工作证明", "CertificateofPresentation", "科研项目结项证书", "科技成果鉴定证书",
               "考试合格通知单", "优秀论文评选获奖证书", "阅卷工作证明", "专题研修班的通知", "培训报名登记表",
               "培训日程安排表", "论坛议程（草案）", "论文录用函", "培训费收据"],
    "hours": [r"总学时：\d", r"\d+个学时", r"修满\d+学时", r"折合为\d+学时", r"准予记\d+学时", r"课时数：\d",
              r"培训学时\d+小时", r"共取得\d+(\.\d)?学时", r"总计：\d+(\.\d)?学时", r"对应\d+学时", r"授课课时数合计\d",
              r"Learningtime:\d", r"hoursofverifiablelearning", r"Notionalstudytime:\d", r"课程学时\d"],
    "holder": ["兹确认", "现证明", r"(女士|先生)（身份证号", "受训人员", "研修人员", "访问人员：", "学员姓名：", "Learner:",
               "Thisstatementconfirmsthat", "Wegratefullyacknowledgethat", "awardedto"],
    "issuer": ["（签章）", r"单位（章）", "主办方：", "协办方：", "出证单位：", "出证日期：", "举办单位：", "培训机构",
               "鉴定单位", "组织鉴定单位：", "（单位印章）", "forandonbehalfofthe", "开票单位："],
    "numbers": ["证书序号：", "培训证号：", "备案号：", "验证编码：", "Statementcode:", "收据编码：", r"科鉴字〔"],
    "dates": [r"[一二三四五六七八九]0[一二三四五六七八九]+年", r"\d{4}．\d", r"(?<![\d-])20\d\d-[1-9]-[1-9](?!\d)",
              r"[０-９]{4}年[０-９]+月", r"[A-Z][a-z]{2}\.\d+,\d{4}", r"\d(st|nd|rd|th)of[A-Z][a-z]+\d{4}",
              r"\d+年\d+月\d+日-\d+日", r"(?<![\d.])\d{1,2}\.\d{1,2}—\d{1,2}\.\d{1,2}", r"自\d{4}年\d+月\d+日至\d{4}年",
              r"取得资格时间", r"出版日期：[〇一二三四五六七八九]{4}年", r"来稿日期："],
}


# ================================================================================================================
# broken/: inputs a reader must refuse or flag
# ================================================================================================================
def build_broken():
    out = os.path.join(HERE, "broken")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    labels = []

    def bad(name, code, fmt, notes, **extra):
        lab = {"file": name, "mode": "unknown", "kind": "unknown", "textSource": "none", "format": fmt,
               "render": "broken", "pages": 0, "fields": {}, "facts": {}, "error": code, "expectFlags": [],
               "allowFlags": [], "tampered": False, "verification": None, "hasSeal": False,
               "issuerInSealOnly": False, "factPage": None, "notes": notes}
        lab.update(extra)
        labels.append(lab)

    # a good source PDF to damage
    src = os.path.join(out, ".src.pdf")
    g = G("docs", 0, 900, src)  # docs-pool template, own seed
    d_train_letter(g)
    g.doc.save()
    data = open(src, "rb").read()

    open(os.path.join(out, "空文件.pdf"), "wb").close()
    bad("空文件.pdf", "empty", "unknown", "0-byte file")

    rnd = random.Random("broken:random")
    with open(os.path.join(out, "附件9.pdf"), "wb") as fh:
        fh.write(bytes(rnd.getrandbits(8) for _ in range(20000)))
    bad("附件9.pdf", "not-a-document", "unknown", "20 kB of random bytes named .pdf")

    with open(os.path.join(out, "证明材料_截断.pdf"), "wb") as fh:
        fh.write(data[: len(data) // 3])
    bad("证明材料_截断.pdf", "corrupt", "pdf", "valid PDF truncated to its first third (no xref, no trailer, missing objects)")

    # garbage over the object area and the xref table
    b = bytearray(data)
    xref = data.rfind(b"xref")
    for start, length in ((len(b) // 3, 3000), (xref, 400)):
        for i in range(start, min(len(b) - 40, start + length)):
            b[i] = rnd.getrandbits(8)
    with open(os.path.join(out, "certificate_损坏.pdf"), "wb") as fh:
        fh.write(bytes(b))
    bad("certificate_损坏.pdf", "corrupt", "pdf", "garbage written over 3 kB in the middle of the objects and over the xref table")

    import pikepdf
    with pikepdf.open(src) as pdf:
        pdf.save(os.path.join(out, "加密证书.pdf"), encryption=pikepdf.Encryption(user="xs2025", owner="owner-xs", R=4, aes=False, metadata=False),
                 static_id=True)  # RC4 has no random IV: the encrypted file is reproducible too
    bad("加密证书.pdf", "encrypted", "pdf", "RC4-128 (R4) encrypted with a user password (xs2025): cannot be opened without it",
        allowFlags=["encrypted"])

    with open(os.path.join(out, "学时证明.pdf"), "w", encoding="utf-8") as fh:
        fh.write("<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>学时证明</title></head><body>"
                 "<h1>培训证明</h1><p>兹证明张伟同志参加培训，共计24学时。</p></body></html>\n")
    bad("学时证明.pdf", "not-a-document", "html", "an HTML page saved with a .pdf name (text mentions 24学时 but it is no PDF)")

    with open(os.path.join(out, "说明.pdf"), "w", encoding="utf-8") as fh:
        fh.write("继续教育学时说明\n本人2024年度参加培训共计90学时，材料另附。\n")
    bad("说明.pdf", "not-a-document", "text", "a plain UTF-8 text file named .pdf")

    # a one-page blank PDF: readable, no text, nothing to extract (no error)
    blank = os.path.join(out, "scan_blank.pdf")
    c = canvas.Canvas(blank, pagesize=A4, invariant=1)
    c.setDateFormatter(lambda *a: "D:20240305101500+08'00'")
    c.showPage(); c.save()
    labels.append({"file": "scan_blank.pdf", "mode": "unknown", "kind": "unknown", "textSource": "none",
                   "format": "pdf", "render": "born-digital", "pages": 1, "fields": {}, "facts": {},
                   "expectFlags": [], "allowFlags": ["no-text", "not-evidence", "ocr-low-confidence"], "tampered": False,
                   "verification": None, "hasSeal": False, "issuerInSealOnly": False, "factPage": None,
                   "notes": "one blank page, no text layer, nothing drawn"})

    # garbled text layer: a real certificate whose fonts lose their ToUnicode maps
    gsrc = os.path.join(out, ".garb.pdf")
    g = G("docs", 1, 901, gsrc)
    lab = d_train_cert(g)
    pages = g.doc.save()
    with pikepdf.open(gsrc) as pdf:
        for page in pdf.pages:
            for _, fnt in page.Resources.Font.items():
                if "/ToUnicode" in fnt:
                    del fnt["/ToUnicode"]
        pdf.save(os.path.join(out, "继续教育材料-乱码.pdf"), deterministic_id=True)
    lab = {"file": "继续教育材料-乱码.pdf", **{k: lab[k] for k in ("mode", "kind")}, "textSource": "ocr",
           "format": "pdf", "render": "born-digital", "pages": pages,
           **{k: v for k, v in lab.items() if k not in ("mode", "kind", "textSource", "format", "render")}}
    lab["allowFlags"] = sorted(set(lab["allowFlags"]) | {"ocr-low-confidence"})
    lab["notes"] = ("ToUnicode maps removed from every font: the text layer extracts as gibberish, so the fields "
                    "must come from OCR of the rendered page; " + lab["notes"])
    labels.append(lab)
    os.remove(src); os.remove(gsrc)
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    return labels


# ================================================================================================================
# Verification: every labelled field value must be findable in the PDF's text layer
# ================================================================================================================
def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s).replace("：", ":").replace("（", "(").replace("）", ")")


def _date_forms(iso: str) -> list[str]:
    d = dt.date.fromisoformat(iso)
    forms = [fmt_date(d, s) for s in ("cn", "cn0", "iso", "dot", "dot0", "slash", "cnnum", "en", "en-short", "en-dmy")]
    forms += [f"{d.month}月{d.day}日", f"{d.day}日", d.strftime("%d/%m/%Y"), d.strftime("%m/%d/%Y"),
              f"{d.strftime('%B')} {d.day}", f"–{d.day},", f"{d.strftime('%Y年%m月%d日')}",
              f"{d.strftime('%b')} {d.day}th", f"the {d.day}th, {d.year}"]
    return forms


def _fresh_date_forms(iso: str) -> list[str]:
    """Extra forms accepted for corpus/fresh only (its own date styles); docs/holdout keep the list above."""
    d = dt.date.fromisoformat(iso)
    return [fdate(d, s) for s in ("circ", "slashnp", "fwdash", "compact", "hao", "dmydot", "enord", "enord-us", "dmon")] + \
        [f"{d.month}/{d.day}"]


def _final_date_forms(iso: str, key: str) -> list[str]:
    """Extra forms accepted for corpus/final only (its own date styles and range pieces)."""
    d = dt.date.fromisoformat(iso)
    fw = lambda n: "".join(FW_DIG[int(c)] for c in str(n))
    forms = [fndate(d, s) for s in ("mix0", "fwdot", "dashnp", "cnfw", "enabbr", "enof")]
    forms += [f"{fw(d.month)}月{fw(d.day)}日", f"{fw(d.day)}日", f"{d.strftime('%b')}. {d.day}"]
    forms += [f"{d.month}.{d.day}—"] if key == "startDate" else [f"—{d.month}.{d.day}"] if key == "endDate" else []
    return forms


def _value_forms(key: str, v, fresh: bool = False, final: bool = False) -> list[str]:
    if key in ("startDate", "endDate", "issueDate", "receivedDate", "applicationDate"):
        return _date_forms(v) + (_fresh_date_forms(v) if fresh else []) + (_final_date_forms(v, key) if final else [])
    if key == "publishedMonth":
        y, m = map(int, v.split("-"))
        extra = [fndate(dt.date(y, m, 1), s) for s in ("cnmonth", "fwmonth")] if final else []
        return [f"{y}年{m}月", f"{y}.{m}", f"{y}-{m:02d}", f"{y}年第{m}期"] + ([f"{y}年{m:02d}月"] if fresh else []) + extra
    if key == "hours":
        n = v
        forms = [f"{n:g}", f"{float(n):.1f}"]
        if float(n).is_integer():
            forms += [cn_int(int(n)), cap_int(int(n))]
        return forms
    return [str(v)]


HOUR_WORDS = ("学时", "课时", "小时", "hours", "Hours", "HOURS")
FRESH_HOUR_WORDS = HOUR_WORDS + ("hrs",)


def _hours_in(text: str, form: str, words=HOUR_WORDS) -> bool:
    """The number stands alone (no digit glued to it) within 14 characters of an hours word."""
    for m in re.finditer(re.escape(form), text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if before.isdigit() or after.isdigit() or (after == "." and text[m.end() + 1:m.end() + 2].isdigit()):
            continue
        window = text[max(0, m.start() - 14):m.end() + 14]
        if any(w in window for w in words):
            return True
    return False


def check_folder(folder: str) -> list[str]:
    labels = json.load(open(os.path.join(HERE, folder, "labels.json"), encoding="utf-8"))
    problems = []
    fresh = folder == "fresh"
    final = folder == "final"
    cap = FINAL_DATE_CAP if final else "2026-03-31"
    for lab in labels:
        if lab.get("error") or lab.get("textSource") != "text-layer":
            continue
        path = os.path.join(HERE, folder, lab["file"])
        raw = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        lay = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        texts = [_norm(raw), _norm(lay)]
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        if pages != lab["pages"]:
            problems.append(f"{folder}/{lab['file']}: pages {pages} != label {lab['pages']}")
        if "\ufffd" in raw:
            problems.append(f"{folder}/{lab['file']}: replacement characters in text")
        for key, v in lab["fields"].items():
            if key.endswith("Date") and v > cap:
                problems.append(f"{folder}/{lab['file']}: {key}={v} lies in the future")
            if key == "issuer" and lab.get("issuerInSealOnly"):
                continue
            forms = [_norm(x) for x in _value_forms(key, v, fresh, final)]
            if key == "hours":
                words = FRESH_HOUR_WORDS if fresh else HOUR_WORDS
                if not any(_hours_in(t, fm, words) for fm in forms for t in texts):
                    problems.append(f"{folder}/{lab['file']}: hours={v!r} not found next to an hours word")
                continue
            if not any(fm in t for fm in forms for t in texts):
                problems.append(f"{folder}/{lab['file']}: {key}={v!r} not found in text")
        if lab.get("pii"):
            if not any(lab["pii"]["idNumber"] in t for t in texts):
                problems.append(f"{folder}/{lab['file']}: pii idNumber not found")
    return problems


def check_fresh_separation() -> list[str]:
    """fresh/ must share no holder, author, issuer, journal, press or title with docs/ or holdout/, and must stay
    under 5 MB; its dates must fall on both sides of the cutoff."""
    def values(folder):
        out = set()
        for lab in json.load(open(os.path.join(HERE, folder, "labels.json"), encoding="utf-8")):
            for key in ("holder", "issuer", "journal", "title"):
                if lab["fields"].get(key):
                    out.add(lab["fields"][key])
            for key in ("claimant", "patentee"):
                if lab["facts"].get(key):
                    out.add(lab["facts"][key])
            out.update(lab["facts"].get("authors", []))
        return out
    problems = []
    seen = values("docs") | values("holdout")
    fixed_by_rule = {"国家知识产权局"}           # the issuer of every Chinese patent (label rule)
    for v in sorted((values("fresh") & seen) - fixed_by_rule):
        problems.append(f"fresh: {v!r} also appears in docs/ or holdout/ labels")
    size = sum(os.path.getsize(os.path.join(HERE, "fresh", n)) for n in os.listdir(os.path.join(HERE, "fresh")))
    if size >= 5 * 1024 * 1024:
        problems.append(f"fresh: {size} bytes, over 5 MB")
    labs = json.load(open(os.path.join(HERE, "fresh", "labels.json"), encoding="utf-8"))
    dates = [lab["fields"].get("issueDate") or lab["fields"].get("endDate") for lab in labs]
    dates = [d for d in dates if d]
    if not (any(d < CUTOFF.isoformat() for d in dates) and any(d >= CUTOFF.isoformat() for d in dates)):
        problems.append("fresh: dates do not fall on both sides of the cutoff")
    return problems


def _pool_text(folder: str) -> str:
    """Whitespace-free pdftotext output (raw and -layout) of every PDF in a folder, concatenated."""
    out = []
    d = os.path.join(HERE, folder)
    for n in sorted(os.listdir(d)):
        if n.endswith(".pdf"):
            for args in (["pdftotext"], ["pdftotext", "-layout"]):
                out.append(subprocess.run(args + [os.path.join(d, n), "-"], capture_output=True, text=True).stdout)
    return re.sub(r"\s+", "", "\n".join(out))


def check_final_separation() -> list[str]:
    """final/ must be separate from docs/, holdout/, fresh/ (and samples/):
    - no holder, author, claimant, patentee, issuer, journal or title of its labels occurs in their labels, and no
      holder, claimant, issuer, journal or title occurs anywhere in their text layers (国家知识产权局 excepted);
    - none of its cities or provinces occurs in their text layers;
    - every wording in FINAL_ANCHORS (titles, hour anchors, holder and issuer anchors, number labels, date forms and
      connectors) occurs in final/ and in none of their text layers;
    - under 4 MB; dates on both sides of the cutoff; none after FINAL_DATE_CAP; all seven modes present."""
    def values(folder, full=True):
        out = set()
        for lab in json.load(open(os.path.join(HERE, folder, "labels.json"), encoding="utf-8")):
            for key in ("holder", "issuer", "journal", "title"):
                if lab["fields"].get(key):
                    out.add(lab["fields"][key])
            for key in ("claimant", "patentee", "coIssuer"):
                if lab["facts"].get(key):
                    out.add(lab["facts"][key])
            if full:
                out.update(lab["facts"].get("authors", []))
        return out
    problems = []
    fixed_by_rule = {"国家知识产权局"}           # the issuer of every Chinese patent (label rule)
    others = ("docs", "holdout", "fresh")
    seen = set().union(*(values(p) for p in others))
    mine = values("final") - fixed_by_rule
    for v in sorted(mine & seen):
        problems.append(f"final: {v!r} also appears in {'/'.join(others)} labels")
    old = "\n".join(_pool_text(p) for p in others + ("samples",))
    new = _pool_text("final")
    for v in sorted(values("final", full=False) - fixed_by_rule):
        if _norm(v) in old:
            problems.append(f"final: {v!r} occurs in the text of an older pool")
    P = POOL["final"]
    for place in sorted(set(P["cities"]) | set(P["prov_of"].values()) | {fn_short(x) for x in P["prov_of"].values()}):
        if place in old:
            problems.append(f"final: place {place!r} occurs in the text of an older pool")
    for group, pats in FINAL_ANCHORS.items():
        for pat in pats:
            if not re.search(pat, new):
                problems.append(f"final: anchor {group}/{pat!r} is not used in final/")
            m = re.search(pat, old)
            if m:
                problems.append(f"final: anchor {group}/{pat!r} occurs in an older pool: …{old[max(0, m.start() - 15):m.end() + 15]}…")
    size = sum(os.path.getsize(os.path.join(HERE, "final", n)) for n in os.listdir(os.path.join(HERE, "final")))
    if size >= 4 * 1024 * 1024:
        problems.append(f"final: {size} bytes, over 4 MB")
    labs = json.load(open(os.path.join(HERE, "final", "labels.json"), encoding="utf-8"))
    dates = [v for lab in labs for k2, v in lab["fields"].items() if k2.endswith("Date")]
    if not (any(d < CUTOFF.isoformat() for d in dates) and any(d >= CUTOFF.isoformat() for d in dates)):
        problems.append("final: dates do not fall on both sides of the cutoff")
    if any(d > FINAL_DATE_CAP for d in dates):
        problems.append(f"final: a date lies after {FINAL_DATE_CAP}")
    modes = {lab["mode"] for lab in labs}
    if modes != {"training", "practice", "online", "academic", "research", "exam", "other", "unknown"}:
        problems.append(f"final: modes {sorted(modes)}")
    if len(labs) < 45:
        problems.append(f"final: only {len(labs)} documents")
    return problems


def check_broken() -> list[str]:
    problems = []
    labels = json.load(open(os.path.join(HERE, "broken", "labels.json"), encoding="utf-8"))
    for lab in labels:
        path = os.path.join(HERE, "broken", lab["file"])
        res = subprocess.run(["pdfinfo", path], capture_output=True, text=True)
        code = lab.get("error")
        if code in ("empty", "not-a-document", "corrupt", "encrypted"):
            # poppler may repair some damage; we only require that it is not a clean, text-bearing read
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
            if res.returncode == 0 and txt.returncode == 0 and len(txt.stdout.strip()) > 20:
                problems.append(f"broken/{lab['file']}: labelled {code} but poppler reads text from it")
        elif lab["file"] == "scan_blank.pdf":
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if txt.strip():
                problems.append("broken/scan_blank.pdf has text")
        else:
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if lab["fields"].get("holder", "") in txt:
                problems.append(f"broken/{lab['file']}: garbled file still extracts the holder's name")
    return problems


OFD_FOLDERS = ("ofd", "ofd-dev", "ofd-verify", "broken-ofd", "ofd-all")


def main():
    # --only fresh : build and check corpus/fresh only (docs/, holdout/ and broken/ are not touched)
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    if only not in (None, "fresh", "final") + OFD_FOLDERS:
        sys.exit("--only takes: fresh, final, " + ", ".join(OFD_FOLDERS))
    if only in OFD_FOLDERS:
        # OFD folders: built from the same drawing calls as the PDFs (corpus/ofd_twin.py); no PDF folder is written
        sys.path.insert(0, HERE)
        import ofd_twin
        problems = ofd_twin.main(sys.modules[__name__], only, check_only="--check" in sys.argv)
        exit_on(problems)
        print("check: every OFD is well formed and matches what its label says")
        return
    if "--check" not in sys.argv:
        if only:
            build_pool(only)
        else:
            for pool in ("docs", "holdout", "fresh", "final"):
                build_pool(pool)
            build_broken()
    if only == "fresh":
        problems = check_folder("fresh") + check_fresh_separation()
        shown = ("fresh",)
    elif only == "final":
        problems = check_folder("final") + check_final_separation()
        shown = ("final",)
    else:
        problems = check_folder("docs") + check_folder("holdout") + check_broken()
        shown = ("docs", "holdout", "broken")
        if os.path.isdir(os.path.join(HERE, "fresh")):
            problems += check_folder("fresh") + check_fresh_separation()
            shown += ("fresh",)
        if os.path.isdir(os.path.join(HERE, "final")):
            problems += check_folder("final") + check_final_separation()
            shown += ("final",)
        if any(os.path.isdir(os.path.join(HERE, f)) for f in OFD_FOLDERS):
            # the OFD folders are not rebuilt here (--only ofd-all does that); they are checked
            sys.path.insert(0, HERE)
            import ofd_twin
            problems += ofd_twin.check_all()
            shown += tuple(f for f in OFD_FOLDERS if os.path.isdir(os.path.join(HERE, f)))
    for pool in shown:
        labs = json.load(open(os.path.join(HERE, pool, "labels.json"), encoding="utf-8"))
        by = {}
        for lab in labs:
            by[lab["mode"]] = by.get(lab["mode"], 0) + 1
        print(f"{pool}: {len(labs)} files  " + "  ".join(f"{m}={n}" for m, n in sorted(by.items())))
    exit_on(problems)
    print("check: every labelled field value was found in the text layer")


def exit_on(problems):
    """Lists the check's problems and exits 1 when there are any."""
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)


if __name__ == "__main__":
    main()
