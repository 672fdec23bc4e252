#!/usr/bin/env python3
"""Blind pool generator for the xueshi corpus (writes corpus/blind/).

SEALED POOL: do not read this file, corpus/blind/ or corpus/blind/labels.json while tuning extractors.
Run `xueshi eval` on corpus/blind/ and read only the scores.

It is written independently of generate.py (own drawing layer, own seal drawing, own names, own layouts and
wordings) so that the pool measures how well the reading rules generalise.

    python3 corpus/generate_blind.py            # rebuild corpus/blind/ (old PDFs deleted), then verify
    python3 corpus/generate_blind.py --check    # verify only

Seeded and reproducible: every run writes byte-identical files (reportlab invariant mode, fixed metadata dates,
seeded random generators, deterministic PNG seals).
"""
import json
import math
import os
import random
import re
import subprocess
import sys
import zlib
from datetime import date

from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

rl_config.invariant = 1

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "blind")
CUTOFF = "2025-06-13"
LATEST = "2026-06-30"
EARLIEST = "2019-01-01"
SIZE_LIMIT = 2_500_000

sys.path.insert(0, HERE)
from expected_proposals import expected as expected_proposal  # noqa: E402

# ----------------------------------------------------------------------------------------------------------------
# fonts
# ----------------------------------------------------------------------------------------------------------------
FONT_FILES = {
    "zh": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "mh": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", None),
    "sansb": ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", None),
    "serif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", None),
    "serifb": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", None),
    "serifi": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", None),
}
_registered = set()
BASE14 = {"times": "Times-Roman", "timesb": "Times-Bold", "timesi": "Times-Italic", "helv": "Helvetica",
          "helvb": "Helvetica-Bold", "helvo": "Helvetica-Oblique"}


def font(name):
    if name in BASE14:
        return BASE14[name]
    if name not in _registered:
        path, idx = FONT_FILES[name]
        if idx is None:
            pdfmetrics.registerFont(TTFont("BL-" + name, path))
        else:
            pdfmetrics.registerFont(TTFont("BL-" + name, path, subfontIndex=idx))
        _registered.add(name)
    return "BL-" + name


def has_glyphs(fname, s):
    if fname in BASE14:
        return [ch for ch in s if not ch.encode("cp1252", "ignore")]
    f = pdfmetrics.getFont(font(fname))
    cmap = f.face.charToGlyph
    return [ch for ch in s if ord(ch) not in cmap and ch not in "\n"]


def sw(s, fname, size):
    return pdfmetrics.stringWidth(s, font(fname), size)


# ----------------------------------------------------------------------------------------------------------------
# numbers and dates
# ----------------------------------------------------------------------------------------------------------------
CN_DIG = "〇一二三四五六七八九"
CN_FIN = "零壹贰叁肆伍陆柒捌玖"


def cn_num(n):
    """32 -> 三十二, 12 -> 十二, 40 -> 四十 (n < 1000)."""
    if n < 10:
        return "零一二三四五六七八九"[n]
    if n < 20:
        return "十" + ("" if n == 10 else CN_DIG[n - 10])
    if n < 100:
        return CN_DIG[n // 10] + "十" + ("" if n % 10 == 0 else CN_DIG[n % 10])
    h, r = divmod(n, 100)
    s = CN_DIG[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + CN_DIG[r]
    return s + (CN_DIG[r // 10] + "十" + ("" if r % 10 == 0 else CN_DIG[r % 10]))


def fin_num(n):
    if n < 10:
        return CN_FIN[n]
    if n < 100:
        return CN_FIN[n // 10] + "拾" + ("" if n % 10 == 0 else CN_FIN[n % 10])
    raise ValueError(n)


def han_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def D(s):
    return date.fromisoformat(s)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt(s, style):
    d = D(s)
    y, m, dd = d.year, d.month, d.day
    return {
        "cn": f"{y}年{m}月{dd}日",
        "cn0": f"{y}年{m:02d}月{dd:02d}日",
        "dot0": f"{y}.{m:02d}.{dd:02d}",
        "dot": f"{y}.{m}.{dd}",
        "slash": f"{y}/{m}/{dd}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "han": f"{han_year(y)}年{cn_num(m)}月{cn_num(dd)}日",
        "md": f"{m}月{dd}日",
        "en_dmy": f"{dd} {MONTHS[m - 1]} {y}",
        "en_mdy": f"{MONTHS[m - 1]} {dd}, {y}",
        "en_abbr": f"{MONTHS[m - 1][:3]} {dd}, {y}",
    }[style]


def days_incl(a, b):
    return (D(b) - D(a)).days + 1


def id_number(area, birth, seq):
    body = f"{area}{birth}{seq:03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + "10X98765432"[s % 11]


def issn(seven):
    s = sum(int(c) * w for c, w in zip(seven, range(8, 1, -1)))
    c = (11 - s % 11) % 11
    return f"{seven[:4]}-{seven[4:]}{'X' if c == 10 else c}"


def isbn13(twelve):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(twelve))
    return str((10 - s % 10) % 10)


def patent_check(twelve):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(c) * k for c, k in zip(twelve, w)) % 11
    return "X" if s == 10 else str(s)


# ----------------------------------------------------------------------------------------------------------------
# people (own generator, not shared with generate.py)
# ----------------------------------------------------------------------------------------------------------------
SURNAMES = ["祁", "濮", "訾", "郦", "阙", "冼", "郜", "缪", "晏", "鄢", "揭", "裘", "栾", "滕", "甄", "芮", "邝",
            "逯", "蔺", "邬", "甘", "柏", "嵇", "阮", "伏", "茅", "窦", "卞", "廉", "沃", "幸", "糜"]
GIVEN = ["霁", "澈", "岚", "珩", "湛", "芃", "槿", "昀", "晗", "棠", "沅", "蘅", "屿", "朔", "旻", "彧", "禾", "苒",
         "璟", "峤", "潇", "翀", "嵘", "垚", "芊", "舒", "若", "知", "予", "临", "川", "言", "蔚", "筠", "遥", "泊",
         "渊", "卓", "祎", "砺", "稷", "晏", "岫", "溪", "樾", "澜", "钧", "朗", "笙", "曜"]
_used_names = set()


def cname(rng, two=None):
    while True:
        s = rng.choice(SURNAMES)
        n = 2 if (two is None and rng.random() < 0.7) or two else 1
        g = "".join(rng.sample(GIVEN, n))
        nm = s + g
        if nm not in _used_names:
            _used_names.add(nm)
            return nm


# ----------------------------------------------------------------------------------------------------------------
# seals
# ----------------------------------------------------------------------------------------------------------------
SEAL_FONT = {"zh": FONT_FILES["zh"], "kai": FONT_FILES["kai"], "ming": FONT_FILES["ming"]}


def seal_png(text, bottom="", seed="", fname="zh", px=240):
    """A red round seal as an RGBA PIL image: ring, arc text, star, optional bottom line."""
    rng = random.Random("blind-seal:" + seed + text)
    S = px * 2
    img = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(img)
    ring = int(S * 0.034)
    d.ellipse([ring // 2 + 4, ring // 2 + 4, S - ring // 2 - 4, S - ring // 2 - 4], outline=255, width=ring)
    cx = cy = S / 2
    # star
    R, r = S * 0.13, S * 0.052
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = R if i % 2 == 0 else r
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    path, idx = SEAL_FONT[fname]
    n = len(text)
    fs = int(S * (0.125 if n <= 10 else 0.108 if n <= 14 else 0.092))
    f = ImageFont.truetype(path, fs, index=idx)
    span = min(250.0, 19.0 * n + 40) if n > 4 else 120.0
    rad = S / 2 - ring - fs * 0.72
    for i, ch in enumerate(text):
        ang = -span / 2 + span * (i + 0.5) / n
        tile = Image.new("L", (fs * 2, fs * 2), 0)
        td = ImageDraw.Draw(tile)
        bb = td.textbbox((0, 0), ch, font=f)
        w, h = bb[2] - bb[0], bb[3] - bb[1]
        td.text((fs - w / 2 - bb[0], fs - h / 2 - bb[1]), ch, font=f, fill=255)
        tile = tile.rotate(-ang, resample=Image.BICUBIC)
        a = math.radians(ang)
        x = cx + rad * math.sin(a)
        y = cy - rad * math.cos(a)
        img.paste(255, (int(x - fs), int(y - fs)), tile)
    if bottom:
        fb = ImageFont.truetype(path, int(fs * 0.78), index=idx)
        bb = d.textbbox((0, 0), bottom, font=fb)
        d.text((cx - (bb[2] - bb[0]) / 2 - bb[0], cy + S * 0.2 - bb[1]), bottom, font=fb, fill=255)
    # ink texture: a few seeded specks removed, slight blur
    for _ in range(int(S * 0.9)):
        x, y = rng.randrange(S), rng.randrange(S)
        rr = rng.randrange(2, 6)
        d.ellipse([x, y, x + rr, y + rr], fill=0)
    img = img.filter(ImageFilter.GaussianBlur(1.2)).resize((px, px), Image.LANCZOS)
    alpha = img.point(lambda v: min(224, (v // 32) * 32 + (16 if v >= 32 else 0)))
    out = Image.new("RGBA", (px, px), (205, 28, 32, 0))
    out.putalpha(alpha)
    return out


# ----------------------------------------------------------------------------------------------------------------
# drawing layer
# ----------------------------------------------------------------------------------------------------------------
NO_BREAK_START = "，。、；：？！）》」』”’%,.;:!?)]"
RED = (0.78, 0.08, 0.1)
BLACK = (0, 0, 0)


class Doc:
    def __init__(self, file, size, meta_date, producer, creator="", title="", author=""):
        self.file = file
        self.path = os.path.join(OUT, file)
        self.c = canvas.Canvas(self.path, pagesize=size, invariant=1, pageCompression=1)
        stamp = meta_date
        self.c.setDateFormatter(lambda *a: f"D:{stamp}+08'00'")
        self.c.setProducer(producer)
        self.c.setCreator(creator or producer)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setSubject("")
        self.W, self.H = size
        self.pages = 1

    # text --------------------------------------------------------------------------------------------------
    def text(self, x, y, s, f="zh", size=12, color=BLACK, align="l", cs=0):
        miss = has_glyphs(f, s)
        if miss:
            raise ValueError(f"{self.file}: font {f} lacks {''.join(miss)!r}")
        c = self.c
        c.setFillColorRGB(*color)
        if cs:
            w = sw(s, f, size) + cs * (len(s) - 1)
            if align == "c":
                x -= w / 2
            elif align == "r":
                x -= w
            t = c.beginText(x, y)
            t.setFont(font(f), size)
            t.setCharSpace(cs)
            t.textOut(s)
            t.setCharSpace(0)
            c.drawText(t)
        else:
            c.setFont(font(f), size)
            if align == "c":
                c.drawCentredString(x, y, s)
            elif align == "r":
                c.drawRightString(x, y, s)
            else:
                c.drawString(x, y, s)
        c.setFillColorRGB(0, 0, 0)

    def wrap(self, s, f, size, width, indent=0.0):
        latin = not re.search(r"[\u3000-\u9fff\uff00-\uffef]", s)
        toks = re.findall(r"[A-Za-z0-9\.\-/:@%#_+]+|\s+|.", s) if not latin else re.findall(r"\S+|\s+", s)
        lines, cur, curw, avail = [], "", 0.0, width - indent
        for tk in toks:
            tw = sw(tk, f, size)
            if cur and curw + tw > avail and not tk.isspace():
                if tk[0] in NO_BREAK_START and not latin:
                    cur += tk
                    tk, tw = "", 0.0
                lines.append(cur.rstrip())
                cur, curw, avail = "", 0.0, width
                if not tk:
                    continue
            if not cur and tk.isspace():
                continue
            cur += tk
            curw += tw
        if cur.strip():
            lines.append(cur.rstrip())
        return lines

    def para(self, x, y, width, s, f="zh", size=12, leading=None, indent=None, color=BLACK, justify=True):
        """Draws a wrapped paragraph with first-line indent; returns the y below it."""
        leading = leading or size * 1.75
        if indent is None:
            indent = 2 * size if re.search(r"[\u4e00-\u9fff]", s) else 0
        lines = self.wrap(s, f, size, width, indent)
        for i, ln in enumerate(lines):
            xx = x + (indent if i == 0 else 0)
            avail = width - (indent if i == 0 else 0)
            last = i == len(lines) - 1
            if justify and not last and len(ln) > 1:
                extra = avail - sw(ln, f, size)
                if 0 < extra < size * 2.5:
                    self.text(xx, y, ln, f, size, color, cs=extra / (len(ln) - 1))
                    y -= leading
                    continue
            self.text(xx, y, ln, f, size, color)
            y -= leading
        return y

    # shapes -----------------------------------------------------------------------------------------------
    def line(self, x1, y1, x2, y2, w=0.6, color=BLACK):
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(w)
        c.line(x1, y1, x2, y2)
        c.setStrokeColorRGB(0, 0, 0)

    def rect(self, x, y, w, h, lw=0.6, stroke=BLACK, fill=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x, y, w, h, stroke=1 if lw else 0, fill=1 if fill else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def table(self, x, y, widths, rows, f="zh", size=10.5, rowh=24, pad=5, lw=0.7, align=None, heads=(),
              head_fill=None):
        """rows: list of lists; a cell is a string or (string, colspan). Returns the y of the bottom edge."""
        for ri, row in enumerate(rows):
            # compute height
            cells, ci = [], 0
            for cell in row:
                txt, span = (cell if isinstance(cell, tuple) else (cell, 1))
                w = sum(widths[ci:ci + span])
                cells.append((txt, ci, span, w))
                ci += span
            h = rowh
            wrapped = []
            for txt, ci, span, w in cells:
                lines = self.wrap(txt, f, size, w - 2 * pad) if txt else []
                wrapped.append(lines)
                h = max(h, len(lines) * size * 1.45 + 2 * pad)
            if ri in heads and head_fill:
                self.rect(x, y - h, sum(widths), h, lw=0, fill=head_fill)
            for (txt, ci, span, w), lines in zip(cells, wrapped):
                cx = x + sum(widths[:ci])
                self.rect(cx, y - h, w, h, lw=lw)
                n = len(lines)
                ty = y - h / 2 + (n - 1) * size * 1.45 / 2 - size * 0.36
                a = (align[ci] if align else "l") if n == 1 else "l"
                if ri in heads:
                    a = "c" if n == 1 else "l"
                for ln in lines:
                    if a == "c":
                        self.text(cx + w / 2, ty, ln, f, size, align="c")
                    else:
                        self.text(cx + pad, ty, ln, f, size)
                    ty -= size * 1.45
            y -= h
        return y

    def seal(self, cx, cy, text, bottom="", diameter=120, fname="zh", seed=""):
        img = seal_png(text, bottom, seed or self.file, fname)
        self.c.drawImage(ImageReader(img), cx - diameter / 2, cy - diameter / 2, diameter, diameter, mask="auto")

    def vseal(self, cx, cy, text, diameter=118, f="kai", bottom=""):
        """A seal drawn as vector graphics: its words are real text on the arc."""
        c = self.c
        r = diameter / 2
        c.saveState()
        c.setStrokeColorRGB(*RED)
        c.setFillColorRGB(*RED)
        c.setLineWidth(diameter * 0.032)
        c.circle(cx, cy, r - diameter * 0.02, stroke=1, fill=0)
        R, rr = diameter * 0.13, diameter * 0.052
        p = c.beginPath()
        for i in range(10):
            a = math.pi / 2 + i * math.pi / 5
            q = R if i % 2 == 0 else rr
            (p.moveTo if i == 0 else p.lineTo)(cx + q * math.cos(a), cy + q * math.sin(a))
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        n = len(text)
        fs = diameter * (0.15 if n <= 10 else 0.135 if n <= 13 else 0.115)
        span = min(250.0, 21.0 * n + 30)
        rad = r - diameter * 0.045 - fs * 0.9
        miss = has_glyphs(f, text + bottom)
        if miss:
            raise ValueError(f"{self.file}: seal font lacks {miss}")
        for i, ch in enumerate(text):
            ang = -span / 2 + span * (i + 0.5) / n
            c.saveState()
            c.translate(cx, cy)
            c.rotate(-ang)
            c.setFont(font(f), fs)
            c.drawCentredString(0, rad, ch)
            c.restoreState()
        if bottom:
            c.setFont(font(f), fs * 0.8)
            c.drawCentredString(cx, cy - diameter * 0.27, bottom)
        c.restoreState()

    def qr(self, x, y, size, seed, modules=25):
        rng = random.Random("blind-qr:" + seed)
        cell = size / modules
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        def finder(px, py):
            c.rect(x + px * cell, y + py * cell, 7 * cell, 7 * cell, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.rect(x + (px + 1) * cell, y + (py + 1) * cell, 5 * cell, 5 * cell, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x + (px + 2) * cell, y + (py + 2) * cell, 3 * cell, 3 * cell, stroke=0, fill=1)
        for i in range(modules):
            for j in range(modules):
                inf = (i < 8 and j < 8) or (i < 8 and j >= modules - 8) or (i >= modules - 8 and j >= modules - 8)
                if not inf and rng.random() < 0.48:
                    c.rect(x + i * cell, y + j * cell, cell, cell, stroke=0, fill=1)
        finder(0, 0)
        finder(0, modules - 7)
        finder(modules - 7, modules - 7)

    def photo(self, x, y, w, h, shade=(0.72, 0.8, 0.9)):
        c = self.c
        self.rect(x, y, w, h, lw=0.5, fill=shade)
        c.setFillColorRGB(0.93, 0.93, 0.95)
        c.circle(x + w / 2, y + h * 0.62, w * 0.2, stroke=0, fill=1)
        c.ellipse(x + w * 0.15, y - h * 0.1, x + w * 0.85, y + h * 0.42, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)

    def frame(self, style, color, m=18):
        """Certificate borders (vector)."""
        c, W, H = self.c, self.W, self.H
        c.setStrokeColorRGB(*color)
        if style == "double":
            c.setLineWidth(3.2)
            c.rect(m, m, W - 2 * m, H - 2 * m)
            c.setLineWidth(0.8)
            c.rect(m + 7, m + 7, W - 2 * m - 14, H - 2 * m - 14)
            for (px, py, sx, sy) in [(m + 7, m + 7, 1, 1), (W - m - 7, m + 7, -1, 1), (m + 7, H - m - 7, 1, -1),
                                     (W - m - 7, H - m - 7, -1, -1)]:
                c.setLineWidth(1.4)
                for k in (14, 24, 34):
                    c.line(px, py + sy * k, px + sx * k, py)
        elif style == "wave":
            c.setLineWidth(0.45)
            for k in range(5):
                off = m + k * 2.2
                p = c.beginPath()
                n = 90
                for i in range(n + 1):
                    t = i / n
                    xx = off + t * (W - 2 * off)
                    p.moveTo(xx, off) if i == 0 else p.lineTo(xx, off + 3 * math.sin(t * 60 + k))
                c.drawPath(p)
                p = c.beginPath()
                for i in range(n + 1):
                    t = i / n
                    xx = off + t * (W - 2 * off)
                    p.moveTo(xx, H - off) if i == 0 else p.lineTo(xx, H - off - 3 * math.sin(t * 60 + k))
                c.drawPath(p)
                p = c.beginPath()
                for i in range(n + 1):
                    t = i / n
                    yy = off + t * (H - 2 * off)
                    p.moveTo(off, yy) if i == 0 else p.lineTo(off + 3 * math.sin(t * 45 + k), yy)
                c.drawPath(p)
                p = c.beginPath()
                for i in range(n + 1):
                    t = i / n
                    yy = off + t * (H - 2 * off)
                    p.moveTo(W - off, yy) if i == 0 else p.lineTo(W - off - 3 * math.sin(t * 45 + k), yy)
                c.drawPath(p)
            c.setLineWidth(1.2)
            c.rect(m + 16, m + 16, W - 2 * m - 32, H - 2 * m - 32)
        elif style == "band":
            c.setFillColorRGB(*color)
            c.rect(0, 0, W, 26, stroke=0, fill=1)
            c.rect(0, H - 26, W, 26, stroke=0, fill=1)
            c.setFillColorRGB(0.85, 0.68, 0.3)
            c.rect(0, 26, W, 3, stroke=0, fill=1)
            c.rect(0, H - 29, W, 3, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        elif style == "diamond":
            c.setLineWidth(1.0)
            c.rect(m, m, W - 2 * m, H - 2 * m)
            c.setFillColorRGB(*color)
            step = 16
            for xx in range(int(m + 10), int(W - m - 5), step):
                for yy in (m + 6, H - m - 6):
                    p = c.beginPath()
                    p.moveTo(xx, yy - 3); p.lineTo(xx + 3, yy); p.lineTo(xx, yy + 3); p.lineTo(xx - 3, yy); p.close()
                    c.drawPath(p, stroke=0, fill=1)
            for yy in range(int(m + 10), int(H - m - 5), step):
                for xx in (m + 6, W - m - 6):
                    p = c.beginPath()
                    p.moveTo(xx, yy - 3); p.lineTo(xx + 3, yy); p.lineTo(xx, yy + 3); p.lineTo(xx - 3, yy); p.close()
                    c.drawPath(p, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(m + 12, m + 12, W - 2 * m - 24, H - 2 * m - 24)
        c.setStrokeColorRGB(0, 0, 0)

    def new_page(self):
        self.c.showPage()
        self.pages += 1

    def save(self):
        self.c.showPage()
        self.c.save()


# ----------------------------------------------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------------------------------------------
def label(doc, mode, kind, fields, facts, template, notes, has_seal=True, seal_only=False, fact_page=None, pii=None,
          expect=None, allow=None):
    doc.save()
    allow = list(allow or [])
    if not has_seal and "no-seal-found" not in allow:
        allow.append("no-seal-found")
    lab = {
        "file": doc.file, "mode": mode, "kind": kind, "textSource": "text-layer", "format": "pdf",
        "render": "born-digital", "pages": doc.pages, "fields": fields, "facts": facts,
        "expectFlags": list(expect or []), "allowFlags": allow, "tampered": False, "verification": None,
        "hasSeal": has_seal, "issuerInSealOnly": seal_only, "factPage": fact_page,
    }
    if pii:
        lab["pii"] = pii
    lab["notes"] = notes
    lab["template"] = template
    want = expected_proposal(lab)
    if want is not None:
        lab["facts"]["expectedProposal"], lab["facts"]["expectedProposalFrom"] = want
    return lab


def R(key):
    return random.Random("blind:" + key)


def sign_block(doc, x, y, issuer, date_str, f="zh", size=13, seal=True, seal_text=None, bottom="", lead=22,
               dx=0, fseal="zh", extra=None):
    """Issuer name and date right-aligned around x; a seal over them."""
    yy = y
    if extra:
        for ln in extra:
            doc.text(x, yy, ln, f, size, align="c")
            yy -= lead
    doc.text(x, yy, issuer, f, size, align="c")
    doc.text(x, yy - lead, date_str, f, size, align="c")
    if seal:
        jit = zlib.crc32((doc.file + issuer).encode()) % 41 - 20
        doc.seal(x + dx + jit, yy - lead / 2 + 6 + jit / 3, seal_text or issuer, bottom, fname=fseal)
    return yy - lead


PRODUCERS = ["Microsoft® Word 2016", "WPS Office", "Microsoft: Print To PDF", "Skia/PDF m118", "wkhtmltopdf 0.12.6",
             "LibreOffice 7.4", "Qt 5.15.2", "iText 7.1.16"]


def meta(iso, rng):
    d = D(iso)
    return f"{d.year:04d}{d.month:02d}{d.day:02d}{rng.randrange(8, 18):02d}{rng.randrange(60):02d}{rng.randrange(60):02d}"


def new(file, size, iso, rng, producer=None, title=""):
    return Doc(file, size, meta(iso, rng), producer or rng.choice(PRODUCERS), title=title)


CREAM = (0.995, 0.982, 0.945)
DARKRED = (0.66, 0.1, 0.1)
NAVY = (0.1, 0.18, 0.42)
GOLD = (0.72, 0.55, 0.2)

# ================================================================================================================
# TRAINING
# ================================================================================================================


def t_framed_host_org(file):
    """Landscape framed 结业证书; 主办 and 承办 named, the 承办 signs and seals; 计 N 学时; range 年月日至日."""
    r = R("t1")
    holder = cname(r)
    start, end, issue, hours = "2024-10-14", "2024-10-18", "2024-10-18", 40
    num = "CZLG2024100387"
    host, org = "安徽省住房和城乡建设厅", "滁州理工学院继续教育学院"
    doc = new(file, landscape(A4), issue, r)
    W, H = doc.W, doc.H
    doc.rect(0, 0, W, H, lw=0, fill=CREAM)
    doc.frame("double", DARKRED)
    doc.text(W / 2, H - 118, "结业证书", "kai", 38, color=DARKRED, align="c", cs=20)
    doc.text(W - 78, H - 62, f"证书编号：{num}", "zh", 11, align="r")
    y = H - 190
    doc.text(92, y, f"{holder} 同志：", "zh", 17)
    doc.para(92, y - 42, W - 184,
             f"于2024年10月14日至18日参加由{host}主办、{org}承办的“装配式建筑施工质量管控高级研修班”，"
             f"完成规定课程学习，考核合格，计 {hours} 学时，特发此证。", "zh", 17, leading=36)
    sign_block(doc, W - 215, 150, org, fmt(issue, "cn"), "zh", 15, lead=26)
    f = {"certificateNumber": num, "hours": hours, "startDate": start, "endDate": end, "issueDate": issue,
         "issuer": org, "holder": holder}
    return label(doc, "training", "training-certificate", f,
                 {"days": days_incl(start, end), "hoursUnit": "学时", "subject": "professional"},
                 "t_framed_host_org", "landscape framed; 主办+承办, 承办 seals; hours 计N学时; range cn 至日; date cn")


def t_letter_kv(file):
    """Portrait letter with key-value lines; 学时数：N; dotted range with em dash; signature date cn."""
    r = R("t2")
    holder = cname(r)
    start, end, issue, hours = "2025-08-20", "2025-08-22", "2025-08-25", 24
    org = "黄山市文化旅游人才培训中心"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 120, "培训学时证明函", "zh", 24, align="c", cs=4)
    doc.text(72, H - 180, "屯溪区文化馆：", "zh", 13)
    y = doc.para(72, H - 212, W - 144,
                 f"贵单位{holder}同志参加了我中心举办的“2025年度文旅融合与非遗活化利用专题培训班”，全程参训，"
                 "考勤及结业考核均合格。现将培训情况函告如下：", "zh", 13)
    y -= 8
    for k, v in [("培训项目", "文旅融合与非遗活化利用专题培训"), ("培训地点", "黄山市屯溪区老街文化会堂"),
                 ("培训时间", f"{fmt(start, 'dot0')}—{fmt(end, 'dot0')}"), ("学时数", str(hours)),
                 ("考核结果", "合格")]:
        doc.text(100, y, f"{k}：{v}", "zh", 13)
        y -= 26
    doc.para(72, y - 6, W - 144, "请将上述学时记入该同志本年度继续教育档案。", "zh", 13)
    sign_block(doc, W - 170, y - 110, org, fmt(issue, "cn"), "zh", 13)
    f = {"hours": hours, "startDate": start, "endDate": end, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "training", "training-certificate", f,
                 {"days": 3, "hoursUnit": "学时", "subject": "professional"},
                 "t_letter_kv", "portrait letter to the unit; key-value lines; hours 学时数：; range dot0 em dash")


def t_table_photo(file):
    """Portrait certificate built as a table with a photo cell; 累计获得学时N个; slashed range; han date."""
    r = R("t3")
    holder = cname(r)
    start, end, issue, hours = "2023-05-08", "2023-05-11", "2023-05-12", 32
    num = "GN2023-0512-066"
    org = "江西省农业技术推广人才培训基地"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.frame("diamond", (0.15, 0.45, 0.25), m=22)
    doc.text(W / 2, H - 110, "岗位能力提升培训合格证", "mh", 25, color=(0.1, 0.35, 0.2), align="c", cs=3)
    x0, top = 70, H - 300
    widths = [90, 150, 70, 145]
    doc.photo(W - 70 - 84, top + 14, 84, 112)
    rows = [["姓  名", holder, "性  别", "女"],
            ["工作单位", ("上饶市广丰区农业农村局", 3)],
            ["培训项目", ("高标准农田建设与耕地质量提升专题培训", 3)],
            ["培训时间", (f"{fmt(start, 'slash')}-{fmt(end, 'slash')}", 3)],
            ["培训学时", (f"累计获得学时{hours}个", 3)],
            ["考核结果", ("合格", 3)],
            ["证书编号", (num, 3)]]
    y = doc.table(x0, top, widths, rows, "mh", 12, rowh=34, align=["c", "l", "c", "l"])
    doc.para(x0, y - 40, sum(widths), "经考核，成绩合格，特发此证。", "mh", 13)
    sign_block(doc, W - 180, y - 120, org, fmt(issue, "han"), "mh", 13)
    f = {"certificateNumber": num, "hours": hours, "startDate": start, "endDate": end, "issueDate": issue,
         "issuer": org, "holder": holder}
    return label(doc, "training", "training-certificate", f,
                 {"days": 4, "hoursUnit": "学时", "subject": "professional"},
                 "t_table_photo", "portrait table certificate; hours 累计获得学时N个; range slash; date han")


def t_landscape_photo_qr(file):
    """Landscape with photo and QR; 主办 signs; 共计学习(中文数字)学时; range 年月日至月日."""
    r = R("t4")
    holder = cname(r)
    start, end, issue, hours = "2025-11-03", "2025-11-06", "2025-11-06", 32
    num = "MAS-JY-2025-0216"
    host, org = "马鞍山市博望区人力资源和社会保障局", "马鞍山市冶金专业技术人员继续教育基地"
    doc = new(file, landscape(A4), issue, r)
    W, H = doc.W, doc.H
    doc.frame("wave", NAVY, m=16)
    doc.text(W / 2, H - 105, "培训结业证", "kai", 36, color=NAVY, align="c", cs=14)
    doc.photo(80, H - 250, 78, 104)
    doc.text(80, H - 268, f"登记编号：{num}", "zh", 10)
    doc.para(190, H - 170, W - 270,
             f"学员{holder}于2025年11月3日至11月6日参加{host}主办、{org}承办的“钢铁行业超低排放改造技术研修班”，"
             f"共计学习{cn_num(hours)}学时，成绩合格，准予结业。", "zh", 16, leading=33)
    doc.qr(80, 70, 62, file)
    doc.text(80, 60, "扫码查验", "zh", 8)
    sign_block(doc, W - 220, 140, host, fmt(issue, "cn"), "zh", 15, lead=26)
    f = {"certificateNumber": num, "hours": hours, "startDate": start, "endDate": end, "issueDate": issue,
         "issuer": host, "holder": holder}
    return label(doc, "training", "training-certificate", f,
                 {"days": 4, "hoursUnit": "学时", "subject": "professional"},
                 "t_landscape_photo_qr", "landscape photo+QR; 主办 seals; hours chinese numerals; range cn 至月日")


def t_en_cpd(file):
    """English CPD certificate, one-day seminar, no seal."""
    r = R("t5")
    holder = "Xian Muqing"
    day = "2024-03-14"
    hours = 6
    num = "YDIGE-CPD-24-0311"
    org = "Yangtze Delta Institution of Geotechnical Engineers"
    doc = new(file, landscape(A4), day, r, producer="Skia/PDF m118")
    W, H = doc.W, doc.H
    doc.rect(0, 0, W, H, lw=0, fill=(0.97, 0.98, 1.0))
    doc.frame("band", NAVY)
    doc.text(W / 2, H - 95, org.upper(), "helvb", 14, color=NAVY, align="c")
    doc.text(W / 2, H - 150, "Certificate of Continuing Professional Development", "timesb", 27, align="c")
    doc.text(W / 2, H - 195, "This is to certify that", "timesi", 15, align="c")
    doc.text(W / 2, H - 240, holder, "timesb", 30, color=NAVY, align="c")
    doc.line(W / 2 - 170, H - 250, W / 2 + 170, H - 250, 0.6)
    y = doc.para(120, H - 285, W - 240,
                 "attended the technical seminar \u201cDeep Excavation Support in Soft Soils: Design Checks and "
                 f"Field Monitoring\u201d held in Wuhu, China on {fmt(day, 'en_dmy')}, and has earned "
                 f"{hours} CPD hours under the Institution\u2019s professional development scheme.",
                 "times", 15, leading=22, indent=0, justify=False)
    doc.text(130, 105, f"Certificate No. {num}", "helv", 10)
    doc.line(W - 330, 118, W - 130, 118, 0.6)
    doc.text(W - 230, 103, "Chair, Professional Development Committee", "helv", 10, align="c")
    doc.text(W - 230, 90, org, "helv", 9, align="c")
    doc.text(W - 230, 130, "K. L. Fenwick", "timesi", 16, align="c")
    f = {"certificateNumber": num, "hours": hours, "startDate": day, "endDate": day, "issueDate": day,
         "issuer": org, "holder": holder}
    return label(doc, "training", "training-certificate", f,
                 {"days": 1, "hoursUnit": "hours", "hoursLabel": "CPD hours", "subject": "professional",
                  "language": "en"},
                 "t_en_cpd", "English CPD landscape; one day, dmy date; no seal", has_seal=False)


def t_en_cme(file):
    """English CME attendance certificate from a hospital; Chinese round seal; month d–d, yyyy range."""
    r = R("t6")
    holder = "Rui Zhanpeng"
    start, end, hours = "2025-11-21", "2025-11-23", 15
    org = "The Second Affiliated Hospital of Huaihe Medical University"
    doc = new(file, A4, end, r, producer="Microsoft® Word 2016")
    W, H = doc.W, doc.H
    doc.rect(40, H - 92, W - 80, 2, lw=0, fill=(0.0, 0.42, 0.45))
    doc.text(44, H - 70, org, "helvb", 13, color=(0.0, 0.35, 0.38))
    doc.text(44, H - 84, "Office of Continuing Medical Education  \u00b7  Bengbu, Anhui, China", "helv", 9)
    doc.text(W / 2, H - 160, "CERTIFICATE OF ATTENDANCE", "timesb", 24, align="c")
    doc.text(W / 2, H - 184, "Continuing Medical Education", "timesi", 14, align="c")
    y = doc.para(70, H - 240, W - 140,
                 f"This is to certify that Dr. {holder} participated in the 2025 Huaihe International Forum on "
                 "Critical Care Medicine, held November 21\u201323, 2025 in Bengbu, China, and completed the "
                 "scientific programme including plenary lectures, case workshops and the hands-on ultrasound "
                 "session.", "times", 13.5, leading=21, indent=0)
    y -= 14
    doc.table(70, y, [200, W - 340], [["Programme code", "HH-CCM-2025-11"], ["Credit hours", str(hours)],
                                      ["Format", "On-site, three days"]], "helv", 11, rowh=24)
    doc.line(W - 260, 190, W - 80, 190)
    doc.text(W - 170, 176, "Director, Office of Continuing Medical Education", "helv", 8.5, align="c")
    doc.text(W - 170, 162, org, "helv", 7.5, align="c")
    doc.text(W - 170, 146, fmt(end, "en_mdy"), "helv", 10, align="c")
    doc.text(W - 170, 200, "Wen-Li Tao", "timesi", 15, align="c")
    doc.seal(W - 190, 180, "淮河医科大学第二附属医院", "继续医学教育专用章")
    f = {"hours": hours, "startDate": start, "endDate": end, "issueDate": end, "issuer": org, "holder": holder}
    return label(doc, "training", "training-certificate", f,
                 {"days": 3, "hoursUnit": "hours", "hoursLabel": "Credit hours", "subject": "professional",
                  "language": "en"},
                 "t_en_cme", "English CME letter-like certificate; table with Credit hours; Chinese seal")


def t_letter_host_org(file):
    """Portrait 证明 letter; 主办 society, 承办 hospital signs; 可登记继续教育学时 N 学时; iso range with hyphen."""
    r = R("t7")
    holder = cname(r)
    start, end, issue, hours = "2021-06-25", "2021-06-27", "2021-06-28", 18
    host, org = "安徽省基层卫生协会", "池州市立第二医院"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 130, "证    明", "ming", 26, align="c")
    y = doc.para(70, H - 200, W - 140,
                 f"兹有池州市贵池区人民医院{holder}同志，于{fmt(start, 'cn')}-{fmt(end, 'cn')}参加了由{host}主办、"
                 f"我院承办的“基层慢性病规范化管理能力提升培训班”。该同志按要求完成全部理论授课与实操考核，"
                 f"可登记继续教育学时 {hours} 学时。", "ming", 14, leading=28)
    y = doc.para(70, y - 6, W - 140, "特此证明。", "ming", 14)
    doc.text(W - 170, y - 80, org + "科教科", "ming", 14, align="c")
    doc.text(W - 170, y - 108, fmt(issue, "cn"), "ming", 14, align="c")
    doc.seal(W - 170, y - 88, org)
    f = {"hours": hours, "startDate": start, "endDate": end, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "training", "training-certificate", f,
                 {"days": 3, "hoursUnit": "学时", "subject": "professional"},
                 "t_letter_host_org", "证明 letter; 主办 society, 承办 hospital (我院) signs and seals; hours 可登记…学时")


def t_two_page_course(file):
    """Two pages: 研修合格证书 + course schedule; 研修总学时：N; range full em dash; date dot0."""
    r = R("t8")
    holder = cname(r)
    start, end, issue, hours = "2026-01-12", "2026-01-16", "2026-01-16", 40
    num = "FJYX20260116-0423"
    org = "福建省中小学教师发展研修中心"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.frame("double", (0.2, 0.3, 0.55), m=26)
    doc.text(W / 2, H - 130, "研修合格证书", "zh", 30, color=(0.15, 0.25, 0.5), align="c", cs=8)
    doc.text(W / 2, H - 160, f"编号：{num}", "zh", 11, align="c")
    y = doc.para(80, H - 230, W - 160,
                 f"{holder}老师（工作单位：泉州市丰泽区实验小学）参加“2026年福建省小学数学骨干教师寒假集中研修”，"
                 f"研修时间{fmt(start, 'cn')}—{fmt(end, 'cn')}，完成全部研修任务并通过考核。研修总学时：{hours}。",
                 "zh", 15, leading=32)
    doc.text(80, y - 10, "（研修课程安排见附页）", "zh", 11)
    sign_block(doc, W - 190, 200, org, fmt(issue, "dot0"), "zh", 14, lead=24)
    doc.new_page()
    doc.text(W / 2, H - 90, "附页：研修课程及学时安排", "zh", 16, align="c")
    rows = [["日期", "课程内容", "主讲", "学时"]]
    topics = [("新课标下的单元整体教学设计", "专题讲座"), ("数学核心素养的课堂落实", "案例研讨"),
              ("小学数学作业设计与评价改革", "专题讲座"), ("课堂观察与诊断", "跟岗观摩"),
              ("跨学科主题学习活动设计", "工作坊"), ("数字化教学资源开发与应用", "实操训练"),
              ("说课与评课技能", "分组展示"), ("骨干教师的教研引领", "专题讲座"),
              ("研修成果汇报", "展示交流"), ("结业测评", "考核")]
    lecturers = ["陈教授", "林老师", "黄研究员", "郑老师", "吴教授", "许老师", "蔡老师", "王教授", "—", "—"]
    d0 = D(start)
    for i, (tp, form) in enumerate(topics):
        dd = date.fromordinal(d0.toordinal() + i // 2)
        rows.append([f"{dd.month}月{dd.day}日{'上午' if i % 2 == 0 else '下午'}", f"{tp}（{form}）", lecturers[i], "4"])
    rows.append([("合计", 3), str(hours)])
    doc.table(60, H - 120, [100, 255, 75, 45], rows, "zh", 10.5, rowh=26, heads=(0,), head_fill=(0.88, 0.9, 0.96),
              align=["c", "l", "c", "c"])
    f = {"certificateNumber": num, "hours": hours, "startDate": start, "endDate": end, "issueDate": issue,
         "issuer": org, "holder": holder}
    return label(doc, "training", "training-certificate", f,
                 {"days": 5, "hoursUnit": "学时", "subject": "professional", "courses": 10},
                 "t_two_page_course", "2 pages: certificate + course table; hours 研修总学时：; range cn em dash; date dot0",
                 fact_page=1)


def t_accounting_2019(file):
    """Landscape 2019 会计 继续教育 certificate; 合计培训N学时; slashed signature date."""
    r = R("t9")
    holder = cname(r)
    start, end, issue, hours = "2019-09-23", "2019-09-25", "2019-09-25", 24
    num = "No.FYKJ190923-118"
    org = "阜阳市会计人员继续教育培训中心"
    doc = new(file, landscape(A4), issue, r, producer="Microsoft® Word 2016")
    W, H = doc.W, doc.H
    doc.rect(0, 0, W, H, lw=0, fill=(0.98, 0.97, 0.93))
    doc.frame("diamond", GOLD, m=20)
    doc.text(W / 2, H - 105, "会计人员继续教育培训证书", "zh", 30, color=(0.5, 0.3, 0.05), align="c", cs=4)
    doc.text(W - 80, H - 140, num, "zh", 11, align="r")
    doc.para(100, H - 200, W - 200,
             f"{holder}同志于2019年9月23日至25日参加{org}组织的“2019年度会计人员继续教育（新收入准则专题）”面授培训，"
             f"合计培训{hours}学时，考核合格。", "zh", 17, leading=36)
    sign_block(doc, W - 220, 150, org, fmt(issue, "slash"), "zh", 15, lead=26)
    f = {"certificateNumber": num, "hours": hours, "startDate": start, "endDate": end, "issueDate": issue,
         "issuer": org, "holder": holder}
    return label(doc, "training", "training-certificate", f,
                 {"days": 3, "hoursUnit": "学时", "subject": "professional"},
                 "t_accounting_2019", "landscape; hours 合计培训N学时; range cn 至日; date slash")


def t_refresher_months(file):
    """Hospital 进修结业证明, stated in months only (no hours)."""
    r = R("t10")
    holder = cname(r)
    start, end, issue = "2022-03-01", "2022-08-31", "2022-09-05"
    org = "安庆市立中心医院"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 95, org, "kai", 15, color=DARKRED, align="c", cs=6)
    doc.line(60, H - 108, W - 60, H - 108, 1.6, DARKRED)
    doc.text(W / 2, H - 165, "进修结业证明", "kai", 24, align="c", cs=4)
    y = doc.para(70, H - 230, W - 140,
                 f"{holder}，女，系六安市裕安区中医院主治医师。该同志于{fmt(start, 'cn')}至{fmt(end, 'cn')}在我院重症医学科"
                 "进修学习，为期六个月。进修期间遵守医院各项规章制度，系统学习了重症患者的监护与器官功能支持技术，"
                 "参与科室查房、病例讨论和夜班值守，出科考核合格，准予结业。", "kai", 14, leading=28)
    doc.para(70, y - 4, W - 140, "特此证明。", "kai", 14)
    sign_block(doc, W - 170, y - 110, org, fmt(issue, "cn"), "kai", 14, lead=26,
               extra=["科研教学部"])
    f = {"startDate": start, "endDate": end, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "training", "training-certificate", f, {"months": 6, "subject": "professional"},
                 "t_refresher_months", "进修 months only (为期六个月); letterhead with rule")


def t_days_only(file):
    """Society training letter stating only days (为期两天), no hours."""
    r = R("t11")
    holder = cname(r)
    start, end, issue = "2026-03-10", "2026-03-11", "2026-03-11"
    num = "湘基协培字〔2026〕第031号"
    org = "湖南省地基基础工程协会"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W - 70, H - 70, num, "zh", 10.5, align="r")
    doc.text(W / 2, H - 130, "培训结业证明", "zh", 24, align="c", cs=3)
    y = doc.para(70, H - 200, W - 140,
                 f"{holder}同志（株洲市城建勘察设计院有限公司）于2026年3月10日至11日参加本会举办的“深基坑与边坡工程安全技术"
                 "专题培训”，为期两天，完成全部课程并通过结业考核。", "zh", 14, leading=28)
    doc.para(70, y - 4, W - 140, "特此证明。", "zh", 14)
    sign_block(doc, W - 170, y - 100, org, fmt(issue, "cn"), "zh", 14, lead=26)
    f = {"certificateNumber": num, "startDate": start, "endDate": end, "issueDate": issue, "issuer": org,
         "holder": holder}
    return label(doc, "training", "training-certificate", f, {"days": 2, "subject": "professional"},
                 "t_days_only", "days only (为期两天); number top right with 〔〕")


# ================================================================================================================
# PRACTICE
# ================================================================================================================


def p_company(file):
    r = R("p1")
    holder = cname(r)
    start, end, issue = "2024-03-01", "2024-05-31", "2024-06-05"
    org = "安徽皖江汽车零部件股份有限公司"
    doc = new(file, A4, issue, r, producer="WPS Office")
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 120, "继续教育实践锻炼证明", "zh", 22, align="c", cs=2)
    y = doc.para(70, H - 190, W - 140,
                 f"{holder}同志（芜湖职业技术学院机械工程学院讲师）于{fmt(start, 'cn')}至{fmt(end, 'cn')}在我公司工艺技术部"
                 "开展专业技术人员继续教育实践锻炼，时长共计三个月。实践期间，该同志参与了新能源车型副车架焊接工装的"
                 "改进与产线节拍优化，完成工艺文件编制两项，指导一线员工开展质量改进小组活动，工作积极主动，"
                 "实践考核结果为优秀。", "zh", 14, leading=28)
    doc.para(70, y - 4, W - 140, "特此证明。", "zh", 14)
    doc.text(W - 175, y - 90, org, "zh", 14, align="c")
    doc.text(W - 175, y - 116, "（盖章）", "zh", 12, align="c")
    doc.text(W - 175, y - 142, fmt(issue, "cn"), "zh", 14, align="c")
    doc.seal(W - 175, y - 110, org, "")
    f = {"startDate": start, "endDate": end, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "practice", "practice-certificate", f, {"months": 3, "practiceUnitType": "company"},
                 "p_company", "company letter; 时长共计三个月; range cn 至")


def p_school_table(file):
    r = R("p2")
    holder = cname(r)
    start, end, issue = "2025-09-01", "2026-02-28", "2026-03-02"
    org = "宿州市第五中学"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 80, "专业技术人员实践锻炼情况证明表", "zh", 19, align="c")
    rows = [["姓名", holder, "性别", "男"],
            ["派出单位", ("宿州市教育科学研究院", 3)],
            ["实践单位", (org, 3)],
            ["实践岗位", ("初二年级物理教研组（兼任实验室管理）", 3)],
            ["起止时间", (f"{fmt(start, 'cn')}—{fmt(end, 'cn')}", 3)],
            ["实践时长", ("累计6个月", 3)],
            ["实践内容", ("承担初二年级两个班的物理教学，参与校本实验课程开发，组织学生科技社团活动，完成公开课2节、"
                          "教研专题报告1篇。", 3)],
            ["实践单位意见", ("该同志实践期间工作认真，能按计划完成各项任务，情况属实，同意。", 3)]]
    y = doc.table(60, H - 110, [95, 160, 70, 150], rows, "zh", 11.5, rowh=34, align=["c", "l", "c", "l"])
    doc.text(W - 160, y - 40, org, "zh", 13, align="c")
    doc.text(W - 160, y - 64, fmt(issue, "dot0"), "zh", 13, align="c")
    doc.seal(W - 160, y - 48, org)
    f = {"startDate": start, "endDate": end, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "practice", "practice-certificate", f, {"months": 6, "practiceUnitType": "school"},
                 "p_school_table", "table form; 累计6个月; range cn em dash; date dot0")


def p_institute(file):
    r = R("p3")
    holder = cname(r)
    start, end, issue = "2020-04-01", "2020-07-31", "2020-08-03"
    org = "安徽省淮河水生态研究所"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 120, "证  明", "kai", 26, align="c")
    y = doc.para(70, H - 190, W - 140,
                 f"兹证明蚌埠学院资源与环境学院{holder}同志自{fmt(start, 'cn')}起至{fmt(end, 'cn')}止在我所水生态监测室"
                 "参加实践锻炼，实践时间共4个月。其间参与了淮河干流浮游生物季度监测、样品前处理与数据整理工作，"
                 "表现良好。", "kai", 14, leading=28)
    doc.para(70, y - 4, W - 140, "特此证明。", "kai", 14)
    sign_block(doc, W - 170, y - 100, org, fmt(issue, "han"), "kai", 14, lead=26)
    f = {"startDate": start, "endDate": end, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "practice", "practice-certificate", f, {"months": 4, "practiceUnitType": "institute"},
                 "p_institute", "证明 letter; 自…起至…止; 共4个月; date han")


# ================================================================================================================
# ONLINE
# ================================================================================================================


def o_platform_table(file):
    r = R("o1")
    holder = cname(r)
    start, end, issue = "2024-03-02", "2024-11-20", "2024-11-21"
    org = "江淮专技学苑在线学习平台"
    doc = new(file, A4, issue, r, producer="wkhtmltopdf 0.12.6")
    W, H = doc.W, doc.H
    doc.rect(0, H - 70, W, 70, lw=0, fill=(0.09, 0.38, 0.62))
    doc.text(40, H - 44, "江淮专技学苑 · 个人学习档案", "zh", 18, color=(1, 1, 1))
    doc.text(W - 40, H - 44, "jhzjxy.example.cn", "zh", 9, color=(0.85, 0.9, 1), align="r")
    y = H - 105
    info = [("姓名", holder), ("身份证号", "3412**********0528"), ("工作单位", "阜阳市颍州区第二人民医院"),
            ("学习周期", f"{fmt(start, 'iso')}至{fmt(end, 'iso')}")]
    for i, (k, v) in enumerate(info):
        doc.text(40 + (i % 2) * 270, y - (i // 2) * 22, f"{k}：{v}", "zh", 11)
    courses = [("习近平新时代中国特色社会主义思想专题", "公需", 4, "2024-03-09"),
               ("数字政府建设与数据安全", "公需", 3, "2024-04-14"),
               ("专业技术人员心理健康与压力管理", "公需", 3, "2024-05-02"),
               ("医院感染预防与控制新进展", "专业", 4, "2024-06-18"),
               ("临床合理用药与处方点评", "专业", 4, "2024-07-22"),
               ("常见急危重症的识别与处置", "专业", 5, "2024-09-05"),
               ("医疗纠纷防范与医患沟通技巧", "专业", 3, "2024-10-11"),
               ("慢病管理中的循证护理实践", "专业", 4, "2024-11-20")]
    rows = [["序号", "课程名称", "类别", "学时", "完成日期", "成绩"]]
    for i, (n, k, h, d) in enumerate(courses, 1):
        rows.append([str(i), n, k, str(h), d, str(78 + (i * 7) % 20)])
    total = sum(c[2] for c in courses)
    y = doc.table(40, y - 62, [34, 230, 44, 40, 86, 81], rows, "zh", 10, rowh=24, heads=(0,),
                  head_fill=(0.86, 0.92, 0.98), align=["c", "l", "c", "c", "c", "c"])
    doc.text(40, y - 28, f"已获学时：{total}（其中公需科目10，专业科目20）", "zh", 12)
    doc.text(40, y - 52, f"本档案由{org}生成，可登录平台输入档案编号核验。", "zh", 10)
    doc.text(40, y - 70, f"打印日期：{fmt(issue, 'iso')}", "zh", 10)
    doc.seal(W - 130, y - 58, org, "学习证明专用章")
    f = {"hours": total, "startDate": start, "endDate": end, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "online", "online-learning-record", f,
                 {"hoursUnit": "学时", "courses": len(courses), "subject": "mixed"},
                 "o_platform_table", "platform archive table; 已获学时：; iso dates; 打印日期")


def o_public_cert(file):
    r = R("o2")
    holder = cname(r)
    issue, hours = "2025-10-09", 30
    num = "GX2025340100928761"
    org = "安徽省专业技术人才继续教育服务中心"
    doc = new(file, landscape(A4), issue, r, producer="iText 7.1.16")
    W, H = doc.W, doc.H
    doc.frame("band", DARKRED)
    doc.text(W / 2, H - 95, "2025年度专业技术人员公需科目培训证书", "kai", 27, color=DARKRED, align="c")
    doc.text(W - 70, H - 130, f"证书编号：{num}", "zh", 11, align="r")
    doc.text(95, H - 185, f"{holder}：", "zh", 17)
    doc.para(95, H - 225, W - 190,
             "您已完成2025年度安徽省专业技术人员继续教育公需科目《数字经济与新质生产力》网络学习并通过在线测试，"
             f"共获得公需科目 {hours} 学时。", "zh", 17, leading=34)
    doc.text(95, H - 330, "身份证号：34022*********1547", "zh", 12)
    doc.qr(95, 70, 64, file)
    sign_block(doc, W - 220, 140, org, fmt(issue, "cn"), "zh", 15, lead=26)
    f = {"certificateNumber": num, "hours": hours, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "online", "online-learning-record", f,
                 {"hoursUnit": "学时", "courses": 1, "subject": "public"},
                 "o_public_cert", "公需 certificate landscape band; 共获得…学时; masked ID; QR")


def o_en_mooc(file):
    r = R("o3")
    holder = "Yan Shengnan"
    issue, hours = "2024-01-08", 16
    org = "LearnBridge"
    doc = new(file, landscape(A4), issue, r, producer="Skia/PDF m118")
    W, H = doc.W, doc.H
    doc.rect(0, 0, 150, H, lw=0, fill=(0.93, 0.95, 0.98))
    doc.text(40, H - 70, "LearnBridge", "helvb", 22, color=(0.05, 0.3, 0.65))
    doc.text(200, H - 80, fmt(issue, "en_abbr"), "helv", 12)
    doc.text(200, H - 150, holder, "helvb", 30)
    doc.text(200, H - 180, "has successfully completed", "helv", 13)
    doc.text(200, H - 215, "Foundations of Geospatial Data Analysis", "helvb", 20)
    doc.para(200, H - 250, W - 260,
             "an online non-credit course authorized by Lakeview University and offered through LearnBridge. "
             f"Total learning time: {hours} hours.", "helv", 12, leading=18, indent=0, justify=False)
    doc.text(200, 140, "Prof. Martin Ellery", "timesi", 16)
    doc.line(200, 132, 380, 132)
    doc.text(200, 118, "Course Instructor, Department of Geography", "helv", 9)
    doc.text(200, 106, "Lakeview University", "helv", 9)
    doc.text(W - 40, 60, "Verify at learnbridge.example.org/verify/8KQ2XZ7M4PTA", "helv", 8, align="r")
    doc.text(W - 40, 48, "LearnBridge has confirmed the identity of this individual and their participation.",
             "helv", 8, align="r")
    f = {"hours": hours, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "online", "online-learning-record", f,
                 {"hoursUnit": "hours", "courses": 1, "subject": "professional", "language": "en"},
                 "o_en_mooc", "English MOOC; abbreviated month date; no seal", has_seal=False)


def o_app_record(file):
    r = R("o4")
    holder = cname(r)
    start, end, issue = "2025-07-01", "2025-12-18", "2025-12-20"
    org = "赣鄱专技云课堂"
    doc = new(file, A4, issue, r, producer="Qt 5.15.2")
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 70, f"{org} 学员学习记录", "zh", 18, align="c")
    doc.text(50, H - 110, f"姓名：{holder}", "zh", 11)
    doc.text(250, H - 110, "所在单位：南昌市青云谱区疾病预防控制中心", "zh", 11)
    doc.text(50, H - 132, f"记录区间：{fmt(start, 'cn')}-{fmt(end, 'cn')}", "zh", 11)
    courses = [("传染病监测预警与信息报告", 4), ("突发公共卫生事件现场流行病学调查", 6), ("病原微生物实验室生物安全", 4),
               ("疫苗针对性疾病防控要点", 3), ("慢性非传染性疾病综合防控", 4), ("食品安全风险监测", 3),
               ("职业病危害因素识别与评价", 4), ("消毒技术规范解读", 3), ("健康教育与健康促进方法", 4),
               ("卫生统计软件实操", 5), ("公共卫生应急物资管理", 3), ("环境卫生与饮用水监测", 4),
               ("学校卫生与近视防控", 4), ("公共卫生信息化与大数据应用", 5)]
    total = sum(h for _, h in courses)
    rng = R("o4dates")
    ds, cur = [], D(start).toordinal() + 2
    for i in range(len(courses)):
        cur += rng.randrange(6, 13)
        ds.append(date.fromordinal(min(cur, D(end).toordinal())))
    ds[-1] = D(end)
    head = ["课程名称", "课程类型", "学时", "学习进度", "完成时间"]
    widths = [215, 70, 45, 70, 95]
    rows1 = [head] + [[c, "专业课", str(h), "100%", f"{d.year}/{d.month}/{d.day}"]
                      for (c, h), d in zip(courses[:9], ds[:9])]
    doc.table(50, H - 160, widths, rows1, "zh", 10, rowh=26, heads=(0,), head_fill=(0.9, 0.93, 0.9),
              align=["l", "c", "c", "c", "c"])
    doc.text(W / 2, 40, "第 1 页 / 共 2 页", "zh", 9, align="c")
    doc.new_page()
    rows2 = [head] + [[c, "专业课", str(h), "100%", f"{d.year}/{d.month}/{d.day}"]
                      for (c, h), d in zip(courses[9:], ds[9:])]
    y = doc.table(50, H - 70, widths, rows2, "zh", 10, rowh=26, heads=(0,), head_fill=(0.9, 0.93, 0.9),
                  align=["l", "c", "c", "c", "c"])
    doc.text(50, y - 30, f"累计学时：{total}", "zh", 13)
    doc.text(50, y - 54, f"生成时间：{fmt(issue, 'cn')}", "zh", 11)
    doc.text(50, y - 74, "说明：本记录由系统自动生成，加盖电子章后有效。", "zh", 9)
    doc.seal(W - 140, y - 50, org, "电子章")
    doc.text(W / 2, 40, "第 2 页 / 共 2 页", "zh", 9, align="c")
    f = {"hours": total, "startDate": start, "endDate": end, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "online", "online-learning-record", f,
                 {"hoursUnit": "学时", "courses": len(courses), "subject": "professional"},
                 "o_app_record", "2-page app record; total on page 2 累计学时：; range cn hyphen", fact_page=2)


def o_online_class(file):
    r = R("o5")
    holder = cname(r)
    start, end, issue, hours = "2020-07-13", "2020-07-17", "2020-07-20", 12
    num = "LZZY-WP-2020-07-5531"
    org = "庐州职业技术学院远程教育中心"
    doc = new(file, landscape(A4), issue, r)
    W, H = doc.W, doc.H
    doc.rect(0, 0, W, H, lw=0, fill=(0.96, 0.98, 0.97))
    doc.frame("wave", (0.1, 0.45, 0.4), m=18)
    doc.text(W / 2, H - 110, "网络培训合格证书", "zh", 34, color=(0.08, 0.38, 0.34), align="c", cs=8)
    doc.text(W / 2, H - 140, f"证书号：{num}", "zh", 11, align="c")
    doc.para(100, H - 200, W - 200,
             f"{holder}同志参加{org}组织的“中小学教师信息技术应用能力提升工程2.0”线上研修"
             f"（2020年7月13日—17日），课时数：{hours}，考核合格。", "zh", 17, leading=36)
    sign_block(doc, W - 220, 140, org, fmt(issue, "cn"), "zh", 15, lead=26)
    f = {"certificateNumber": num, "hours": hours, "startDate": start, "endDate": end, "issueDate": issue,
         "issuer": org, "holder": holder}
    return label(doc, "online", "online-learning-record", f,
                 {"days": 5, "hoursUnit": "课时", "courses": 1, "subject": "professional"},
                 "o_online_class", "landscape online class; 课时数：; range cn —日 in brackets")


# ================================================================================================================
# ACADEMIC
# ================================================================================================================


def a_national_letter(file):
    r = R("a1")
    holder = cname(r)
    start, end, issue = "2023-10-20", "2023-10-22", "2023-10-22"
    org = "中国生态修复工程学会"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 120, "参会证明", "ming", 24, align="c", cs=8)
    y = doc.para(70, H - 190, W - 140,
                 f"兹证明铜陵市自然资源和规划局{holder}同志于2023年10月20日至22日出席了由{org}主办的"
                 "“第十一届全国矿山生态修复学术研讨会”（江西·赣州），全程参加大会报告和分组交流。", "ming", 14,
                 leading=28)
    doc.para(70, y - 4, W - 140, "特此证明。", "ming", 14)
    sign_block(doc, W - 170, y - 100, org, fmt(issue, "cn"), "ming", 14, lead=26)
    f = {"startDate": start, "endDate": end, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "academic", "conference-proof", f,
                 {"conferenceLevel": "national", "role": "attendee", "days": 3},
                 "a_national_letter", "national conference letter; range cn 至日")


def a_provincial_cert(file):
    r = R("a2")
    holder = cname(r)
    start, end, issue = "2025-10-17", "2025-10-18", "2025-10-18"
    num = "AHKF2025-1017-209"
    org = "安徽省康复护理协会"
    doc = new(file, landscape(A4), issue, r)
    W, H = doc.W, doc.H
    doc.rect(0, 0, W, H, lw=0, fill=CREAM)
    doc.frame("diamond", DARKRED, m=20)
    doc.text(W / 2, H - 110, "参会证书", "kai", 38, color=DARKRED, align="c", cs=22)
    doc.text(W - 80, H - 150, f"NO：{num}", "zh", 11, align="r")
    doc.text(100, H - 200, f"{holder}：", "zh", 18)
    doc.para(100, H - 242, W - 200,
             f"您于2025年10月17日—18日参加{org}2025年学术年会暨康复护理新进展研讨会，特发此证。", "zh", 18,
             leading=36)
    sign_block(doc, W - 220, 150, org, fmt(issue, "dot0"), "zh", 15, lead=26)
    f = {"certificateNumber": num, "startDate": start, "endDate": end, "issueDate": issue, "issuer": org,
         "holder": holder}
    return label(doc, "academic", "conference-proof", f,
                 {"conferenceLevel": "provincial", "role": "attendee", "days": 2},
                 "a_provincial_cert", "landscape 参会证书; range cn —日; date dot0")


def a_speaker(file):
    r = R("a3")
    holder = cname(r)
    day, issue = "2024-11-16", "2024-11-18"
    org = "浙江省智慧交通学会"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 120, "学术报告证明", "zh", 24, align="c", cs=3)
    y = doc.para(70, H - 190, W - 140,
                 f"{org}于{fmt(day, 'cn')}在杭州举办“2024浙江智慧交通发展论坛”。安徽交通职业技术学院{holder}教授应邀出席，"
                 "并作题为《城市快速路交通流主动管控方法》的大会主题报告，报告时长45分钟。", "zh", 14, leading=28)
    doc.para(70, y - 4, W - 140, "特此证明。", "zh", 14)
    sign_block(doc, W - 170, y - 100, org, fmt(issue, "cn"), "zh", 14, lead=26)
    f = {"startDate": day, "endDate": day, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "academic", "conference-proof", f,
                 {"conferenceLevel": "provincial", "role": "speaker", "days": 1},
                 "a_speaker", "speaker proof, one day; talk length in minutes only")


def a_lecture_table(file):
    r = R("a4")
    holder = cname(r)
    start, end, issue, hours = "2025-07-07", "2025-07-10", "2025-07-15", 12
    org = "安庆市卫生健康人才培训中心"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 110, "授课情况证明", "zh", 23, align="c", cs=3)
    y = doc.para(70, H - 170, W - 140,
                 f"兹证明{holder}同志（安庆市第一人民医院急诊医学科副主任医师）受聘担任我中心“2025年基层医疗卫生人员"
                 "急诊急救能力提升培训班”授课教师，授课情况如下：", "zh", 13.5, leading=27)
    rows = [["授课日期", "授课内容", "学时"],
            [fmt("2025-07-07", "cn"), "心肺复苏与电除颤规范操作", "3"],
            [fmt("2025-07-08", "cn"), "急性胸痛的快速鉴别与转诊", "3"],
            [fmt("2025-07-09", "cn"), "严重创伤的早期评估与止血", "3"],
            [fmt("2025-07-10", "cn"), "急性中毒的识别与救治", "3"]]
    y = doc.table(70, y - 6, [130, 250, W - 140 - 380], rows, "zh", 11.5, rowh=28, heads=(0,),
                  align=["c", "l", "c"])
    y = doc.para(70, y - 30, W - 140, f"共计授课{hours}学时。", "zh", 13.5)
    doc.para(70, y, W - 140, "特此证明。", "zh", 13.5)
    sign_block(doc, W - 170, y - 80, org, fmt(issue, "cn"), "zh", 13.5, lead=26)
    f = {"hours": hours, "startDate": start, "endDate": end, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "academic", "lecture-proof", f,
                 {"role": "speaker", "hoursUnit": "学时", "sessions": 4},
                 "a_lecture_table", "lecture proof with session table; 共计授课N学时")


def a_visit(file):
    r = R("a5")
    holder = cname(r)
    start, end, issue = "2023-09-01", "2024-01-31", "2024-01-31"
    org = "中南科技大学"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 95, org, "mh", 15, color=(0.1, 0.2, 0.5), align="c", cs=8)
    doc.line(60, H - 108, W - 60, H - 108, 1.2, (0.1, 0.2, 0.5))
    doc.text(W / 2, H - 160, "国内访问学者工作证明", "mh", 22, align="c", cs=2)
    mentor = cname(R("a5m"), two=False)
    y = doc.para(70, H - 220, W - 140,
                 f"{holder}，男，1986年6月出生，皖北师范学院地理与旅游学院讲师。经双方协商，该同志于{fmt(start, 'cn')}"
                 f"至{fmt(end, 'cn')}在我校资源与环境学院作国内访问学者，合作导师为{mentor}教授，访学期限5个月。访学期间，"
                 "该同志参与课题组流域土壤侵蚀模拟研究，完成学术论文1篇，按期完成访学计划。", "mh", 14, leading=28)
    doc.para(70, y - 4, W - 140, "特此证明。", "mh", 14)
    sign_block(doc, W - 170, y - 100, org, fmt(issue, "cn"), "mh", 14, lead=26, extra=["资源与环境学院"])
    f = {"startDate": start, "endDate": end, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "academic", "academic-visit-proof", f, {"role": "visitor", "months": 5},
                 "a_visit", "visiting scholar, months; letterhead")


def a_en_letter(file):
    r = R("a6")
    holder = "Ye Zhaolin"
    start, end = "2019-10-21", "2019-10-23"
    org = "Organizing Committee of ICWESH 2019"
    doc = new(file, A4, end, r, producer="Microsoft® Word 2016")
    W, H = doc.W, doc.H
    doc.text(60, H - 70, "ICWESH 2019", "helvb", 20, color=(0.0, 0.32, 0.55))
    doc.text(60, H - 88, "7th International Conference on Water Environment and Smart Hydraulics", "helv", 10)
    doc.text(60, H - 101, "Hefei, China  |  21\u201323 October 2019", "helv", 10)
    doc.line(60, H - 110, W - 60, H - 110, 1.0, (0.0, 0.32, 0.55))
    doc.text(W - 60, H - 150, fmt(end, "en_dmy"), "times", 12, align="r")
    doc.text(60, H - 190, "To whom it may concern,", "times", 12.5)
    y = doc.para(60, H - 222, W - 120,
                 f"This is to confirm that Mr. {holder} from Huainan Water Conservancy Survey and Design Institute "
                 "attended the 7th International Conference on Water Environment and Smart Hydraulics (ICWESH "
                 "2019), held in Hefei, China, from 21 to 23 October 2019. He took part in the plenary sessions and "
                 "the technical sessions on urban flood control.", "times", 12.5, leading=19, indent=0)
    y = doc.para(60, y - 10, W - 120, "This letter is issued at his request for continuing education purposes.",
                 "times", 12.5, leading=19, indent=0)
    doc.text(60, y - 20, "Sincerely,", "times", 12.5)
    doc.text(60, y - 62, "Harold J. Whitcombe", "timesi", 16)
    doc.text(60, y - 80, "Prof. Harold J. Whitcombe", "times", 12)
    doc.text(60, y - 96, f"Chair, {org}", "times", 12)
    f = {"startDate": start, "endDate": end, "issueDate": end, "issuer": org, "holder": holder}
    return label(doc, "academic", "conference-proof", f,
                 {"conferenceLevel": "international", "role": "attendee", "days": 3, "language": "en"},
                 "a_en_letter", "English attendance letter; 'from d to d Month yyyy'; no seal", has_seal=False)


# ================================================================================================================
# RESEARCH
# ================================================================================================================


def para_lines(doc, paras, f, size, colw):
    lines = []
    for p in paras:
        lines += [(ln, i == 0) for i, ln in enumerate(doc.wrap(p, f, size, colw, 2 * size))]
    return lines


def fill(doc, lines, k, x, ytop, ybot, f="zh", size=9, leading=14.5):
    """Draws lines[k:] into one column from ytop down to ybot; returns the next k."""
    y = ytop
    while y > ybot and k < len(lines):
        ln, first = lines[k]
        doc.text(x + (2 * size if first else 0), y, ln, f, size)
        y -= leading
        k += 1
    return k


def super_authors(doc, x, y, authors, marks, f="zh", size=12, align="c"):
    parts = []
    for i, (a, m) in enumerate(zip(authors, marks)):
        parts.append((a, size))
        parts.append((m, size * 0.6))
        if i < len(authors) - 1:
            parts.append(("，", size))
    total = sum(sw(t, f, s) for t, s in parts)
    cx = x - total / 2 if align == "c" else x
    for t, s in parts:
        doc.text(cx, y + (size * 0.45 if s < size else 0), t, f, s)
        cx += sw(t, f, s)


def r_paper_one_page(file):
    r = R("r1")
    authors = [cname(r), cname(r), cname(r)]
    claimant = authors[1]
    journal = "皖西农业科技"
    iss, cn = issn("1672817"), "34-1287/S"
    pub, received = "2022-04", "2021-11-08"
    title = "油菜秸秆还田配施氮肥对稻田土壤养分及水稻产量的影响"
    doc = new(file, A4, "2022-04-20", r, producer="Microsoft® Word 2016")
    W, H = doc.W, doc.H
    doc.text(50, H - 40, f"ISSN {iss}", "zh", 8)
    doc.text(50, H - 51, f"CN {cn}", "zh", 8)
    doc.text(50, H - 66, "第38卷 第4期", "zh", 9)
    doc.text(W / 2, H - 66, journal, "zh", 10, align="c")
    doc.text(W - 50, H - 66, "2022年4月", "zh", 9, align="r")
    doc.text(50, H - 78, "Vol.38 No.4", "zh", 7.5)
    doc.text(W / 2, H - 78, "WANXI AGRICULTURAL SCIENCE AND TECHNOLOGY", "zh", 7.5, align="c")
    doc.text(W - 50, H - 78, "Apr. 2022", "zh", 7.5, align="r")
    doc.line(50, H - 84, W - 50, H - 84, 0.8)
    doc.text(W - 50, H - 100, "文章编号：1672-8170(2022)04-0056-05", "zh", 8, align="r")
    doc.text(W / 2, H - 135, title, "zh", 16, align="c")
    super_authors(doc, W / 2, H - 165, authors, ["1", "2", "1"], "zh", 11.5)
    doc.text(W / 2, H - 185, "（1. 六安市农业科学研究所，安徽 六安 237000；2. 皖西学院生物与制药工程学院，安徽 六安 237012）",
             "zh", 8.5, align="c")
    y = doc.para(70, H - 215, W - 140,
                 "摘要：为明确油菜秸秆全量还田条件下稻田适宜的氮肥用量，于2019—2020年在六安市开展田间定位试验，设置5个"
                 "施氮水平，测定水稻关键生育期土壤速效养分含量及产量构成因素。结果表明：秸秆还田配施180 kg/hm²氮肥处理的"
                 "土壤碱解氮和速效钾含量较不还田处理分别提高12.6%和18.3%，有效穗数和结实率显著增加，产量达到"
                 "9.12 t/hm²。秸秆还田条件下氮肥用量可较常规施肥减少10%左右。", "zh", 9, leading=14, indent=18)
    y = doc.para(70, y - 2, W - 140, "关键词：油菜秸秆；还田；氮肥；土壤养分；水稻产量", "zh", 9, leading=14, indent=18)
    doc.text(88, y - 4, "中图分类号：S511      文献标志码：A", "zh", 9)
    body = ["长江中下游地区是我国稻油轮作的主要区域，每年产生大量油菜秸秆。秸秆还田能够增加土壤有机质，改善土壤结构，"
            "但秸秆分解初期微生物与作物争氮，易造成水稻前期缺氮。合理确定秸秆还田条件下的氮肥用量，对提高肥料利用率、"
            "减少面源污染具有重要意义。",
            "前人研究多集中于小麦秸秆还田，针对皖西地区油菜秸秆还田与氮肥配施的系统研究较少。本文基于两年定位试验，"
            "分析不同施氮水平对土壤养分动态和水稻产量的影响，以期为当地稻油轮作区的养分管理提供依据。",
            "1 材料与方法",
            "1.1 试验地概况  试验于六安市裕安区农业科技示范园进行，土壤为水稻土，耕层有机质含量21.4 g/kg，碱解氮"
            "112.5 mg/kg，有效磷15.8 mg/kg，速效钾96.3 mg/kg。",
            "1.2 试验设计  采用随机区组设计，设不施氮、90、135、180和225 kg/hm²五个施氮水平，各处理油菜秸秆全量粉碎"
            "还田，小区面积30 m²，重复3次。氮肥按基肥、分蘖肥和穗肥5∶3∶2施用，其余田间管理同当地高产栽培。",
            "1.3 测定项目与方法  分别于分蘖期、拔节期、抽穗期和成熟期采集0～20 cm土层样品，测定碱解氮、有效磷和速效钾"
            "含量；成熟期调查有效穗数、穗粒数、结实率和千粒重，并实收测产。",
            "2 结果与分析",
            "2.1 对土壤碱解氮的影响  各处理土壤碱解氮含量在分蘖期最高，此后逐渐下降。秸秆还田条件下，分蘖期土壤碱解氮"
            "含量低于同施氮水平的不还田处理，拔节期以后则高于不还田处理，表明秸秆分解前期存在微生物固氮现象，中后期"
            "逐步释放养分。",
            "2.2 对土壤速效钾的影响  油菜秸秆含钾量较高，还田后土壤速效钾含量明显增加。成熟期秸秆还田各处理土壤速效钾"
            "含量较试验前提高9.6～21.7 mg/kg，其中以配施180 kg/hm²氮肥处理增幅最大。",
            "2.3 对水稻产量及其构成因素的影响  随施氮量增加，水稻有效穗数和每穗粒数先增加后趋于稳定，结实率和千粒重在"
            "施氮量超过180 kg/hm²后略有下降。秸秆还田配施180 kg/hm²氮肥处理产量最高，两年平均为9.12 t/hm²，较同施氮"
            "水平不还田处理增产6.4%。",
            "3 讨论",
            "秸秆还田初期微生物分解秸秆需要消耗土壤中的无机氮，因而前期适当增加基肥氮比例有利于缓解水稻分蘖期的氮素"
            "竞争。本试验中，秸秆还田配施适量氮肥在减少氮肥投入的同时保持了较高产量，说明秸秆还田可部分替代化学氮肥。"]
    colw = (W - 120 - 18) / 2
    lines = para_lines(doc, body, "zh", 9, colw)
    k = fill(doc, lines, 0, 60, y - 30, 122)
    k = fill(doc, lines, k, 60 + colw + 18, y - 30, 122)
    doc.line(60, 110, 200, 110, 0.5)
    doc.text(60, 98, f"收稿日期：{received}", "zh", 7.5)
    doc.text(60, 87, f"作者简介：{authors[0]}（1988—），女，安徽六安人，农艺师，主要从事耕地质量与土壤肥料研究。", "zh", 7.5)
    doc.text(60, 76, f"通信作者：{claimant}，副教授，E-mail: wxsoil@example.edu.cn", "zh", 7.5)
    doc.text(W / 2, 50, "· 56 ·", "zh", 8, align="c")
    f = {"issuer": journal, "holder": authors[0], "journal": journal, "issn": iss, "cn": cn, "publishedMonth": pub,
         "receivedDate": received, "title": title}
    return label(doc, "research", "journal-paper", f,
                 {"journalTier": "provincial", "authorCount": 3, "authorRank": 2, "claimant": claimant,
                  "authors": authors, "volume": 38, "issue": 4, "funded": False},
                 "r_paper_one_page", "one-page paper; ISSN/CN top-left; month in header; received iso",
                 has_seal=False)


def r_paper_two_pages(file):
    r = R("r2")
    authors = [cname(r), cname(r)]
    claimant = authors[0]
    journal = "现代桥隧工程"
    iss, cn = issn("1009462"), "11-4589/U"
    pub, received = "2025-09", "2025-03-02"
    title = "基于车桥耦合振动的中小跨径简支梁桥冲击系数分析"
    doc = new(file, A4, "2025-09-25", r, producer="Microsoft® Word 2016")
    W, H = doc.W, doc.H
    doc.text(50, H - 50, journal, "zh", 11)
    doc.text(W - 50, H - 50, "2025年9月  第45卷第9期", "zh", 9, align="r")
    doc.text(W - 50, H - 62, f"ISSN {iss}  CN {cn}", "zh", 8, align="r")
    doc.line(50, H - 68, W - 50, H - 68, 1.2)
    doc.line(50, H - 71, W - 50, H - 71, 0.4)
    doc.text(W / 2, H - 112, title, "zh", 17, align="c")
    super_authors(doc, W / 2, H - 142, authors, ["1,2", "1"], "zh", 12)
    doc.text(W / 2, H - 162, "（1. 合肥城建职业学院土木工程系，合肥 230601；2. 安徽省交通规划设计研究总院股份有限公司，合肥 230088）",
             "zh", 8.2, align="c")
    y = doc.para(70, H - 192, W - 140,
                 "摘  要：以某30 m预应力混凝土简支T梁桥为对象，建立三维车辆—桥梁耦合振动模型，分析车速、路面不平度等级和"
                 "车辆荷载对跨中冲击系数的影响，并与现行规范取值进行对比。结果表明：冲击系数随路面不平度等级降低而显著增大，"
                 "在C级路面下部分工况超过规范值；车速对冲击系数的影响呈非单调特征。建议对路面状况较差的既有桥梁进行"
                 "冲击系数修正。", "zh", 9, leading=14, indent=18)
    y = doc.para(70, y - 2, W - 140, "关键词：简支梁桥；车桥耦合；冲击系数；路面不平度；数值模拟", "zh", 9, leading=14,
                 indent=18)
    doc.text(88, y - 4, "中图分类号：U441.3      文献标志码：A      DOI：10.19722/j.mbte.2025.09.012", "zh", 8.5)
    body = ["车辆通过桥梁时引起的动力放大效应通常以冲击系数表示，是桥梁设计与评定的重要参数。现行规范按结构基频确定"
            "冲击系数，未直接考虑路面状况和车辆参数的影响。随着重载交通比例增加和既有桥梁服役年限增长，按规范取值可能"
            "低估实际动力响应。",
            "近年来，车桥耦合振动分析方法日趋成熟，为精细评估冲击系数提供了手段。本文以安徽省境内一座典型中小跨径简支"
            "梁桥为背景，开展参数化数值分析。",
            "1 车桥耦合振动模型",
            "1.1 车辆模型  采用三轴重型货车的空间振动模型，车体考虑沉浮、点头和侧倾三个自由度，各轴悬架和轮胎以弹簧—"
            "阻尼单元模拟，车辆总质量按55 t取值。",
            "1.2 桥梁模型  采用有限元法建立主梁模型，T梁与横隔板以梁格法模拟，材料参数按设计图纸取值，计算得到一阶竖弯"
            "频率为4.21 Hz，与现场实测值4.35 Hz吻合较好。",
            "1.3 路面不平度  路面不平度按国际标准功率谱密度函数生成，分别考虑A、B、C三个等级，样本长度覆盖引道和桥跨。",
            "2 参数分析",
            "2.1 车速的影响  车速在20～100 km/h范围内变化时，跨中挠度冲击系数在0.08～0.27之间波动，并在60 km/h附近出现"
            "峰值，这与车辆激励频率接近桥梁基频有关。",
            "2.2 路面等级的影响  同一车速下，C级路面的冲击系数约为A级路面的2.3倍，路面状况是影响冲击系数的主要因素。",
            "2.3 荷载的影响  车辆荷载增大时冲击系数略有降低，但绝对动力响应显著增加，评定重载交通桥梁时应同时关注"
            "动力增量的绝对值。",
            "2.4 伸缩缝高差的影响  伸缩缝处的高差会引起车辆跳车，使桥梁端部冲击显著增大。算例中伸缩缝高差为10 mm时，"
            "支点附近剪力冲击系数达到0.41，远高于跨中挠度冲击系数，养护中应及时处理伸缩缝病害。",
            "2.5 多车同时过桥的影响  两车并行通过时，由于各车激励相位不同，跨中冲击系数较单车作用降低约20%，但总体"
            "动力响应仍随车辆数增加而增大。",
            "3 与规范取值的对比",
            "将计算结果与规范公式所得冲击系数进行对比，A、B级路面下计算值均小于规范值，规范取值偏于安全；C级路面下车速"
            "为50～70 km/h时计算值超过规范值约15%，建议对此类桥梁在评定时适当提高冲击系数或先行改善路面状况。",
            "4 结论",
            "（1）路面不平度是影响中小跨径简支梁桥冲击系数的最主要因素；（2）车速对冲击系数的影响呈非单调规律，与车桥"
            "频率比有关；（3）伸缩缝高差对支点附近的冲击效应影响显著；（4）对路面状况较差的既有桥梁，按现行规范取值"
            "可能偏于不安全。"]
    colw = (W - 120 - 18) / 2
    lines = para_lines(doc, body, "zh", 9, colw)
    k = fill(doc, lines, 0, 60, y - 30, 112)
    k = fill(doc, lines, k, 60 + colw + 18, y - 30, 112)
    doc.line(60, 102, 200, 102, 0.5)
    doc.text(60, 90, f"收稿日期：{received}；修回日期：2025-05-19", "zh", 7.5)
    doc.text(60, 79, "基金项目：安徽省自然科学基金项目（2308085ME171）", "zh", 7.5)
    doc.text(60, 68, f"作者简介：{authors[0]}（1990—），男，讲师，博士，研究方向为桥梁结构动力学。", "zh", 7.5)
    doc.text(W / 2, 45, "· 87 ·", "zh", 8, align="c")
    doc.new_page()
    doc.text(50, H - 50, f"{journal}  2025年第9期", "zh", 8.5)
    doc.line(50, H - 56, W - 50, H - 56, 0.6)
    # a small figure
    c = doc.c
    fx, fy, fw, fh = 60 + colw + 24, H - 300, colw - 12, 200
    doc.rect(fx, fy, fw, fh, lw=0.6)
    for i, (col, amp) in enumerate([((0.1, 0.3, 0.7), 0.3), ((0.8, 0.2, 0.1), 0.55), ((0.2, 0.6, 0.2), 0.8)]):
        c.setStrokeColorRGB(*col)
        p = c.beginPath()
        for j in range(41):
            t = j / 40
            v = amp * (0.25 + 0.6 * math.exp(-((t - 0.5) / 0.18) ** 2)) * (1 + 0.1 * math.sin(9 * t + i))
            (p.moveTo if j == 0 else p.lineTo)(fx + 8 + t * (fw - 16), fy + 10 + v * (fh - 25))
        c.drawPath(p)
    c.setStrokeColorRGB(0, 0, 0)
    doc.text(fx + fw / 2, fy - 14, "图1 不同路面等级下冲击系数随车速的变化", "zh", 8, align="c")
    k = fill(doc, lines, k, 60, H - 90, 390)
    k = fill(doc, lines, k, 60 + colw + 18, H - 340, 390)
    assert k == len(lines), "paper text does not fit"
    refs = ["[1] 中华人民共和国交通运输部. 公路桥涵设计通用规范: JTG D60—2015[S]. 北京: 人民交通出版社, 2015.",
            "[2] 殷新锋, 邓露. 随机车流作用下桥梁冲击系数分析[J]. 工程力学, 2015, 32(6): 152-159.",
            "[3] 宋一凡. 公路桥梁动力学[M]. 北京: 人民交通出版社, 2000."]
    y = 360
    doc.text(60, y, "参考文献：", "zh", 9)
    for ref in refs:
        y = doc.para(60, y - 15, W - 120, ref, "zh", 8, leading=12, indent=0)
    doc.text(W / 2, 45, "· 88 ·", "zh", 8, align="c")
    f = {"issuer": journal, "holder": authors[0], "journal": journal, "issn": iss, "cn": cn, "publishedMonth": pub,
         "receivedDate": received, "title": title}
    return label(doc, "research", "journal-paper", f,
                 {"journalTier": "national", "authorCount": 2, "authorRank": 1, "claimant": claimant,
                  "authors": authors, "volume": 45, "issue": 9, "funded": True},
                 "r_paper_two_pages", "two-page paper; ISSN·CN right under header; month in header; figure",
                 has_seal=False)


def r_monograph(file):
    r = R("r3")
    authors = [cname(r), cname(r), cname(r)]
    claimant = authors[1]
    press = "江淮科学技术出版社"
    title = "长江中下游湿地植物图鉴"
    twelve = "978753378126"
    isbn = f"978-7-5337-8126-{isbn13(twelve)}"
    doc = new(file, (185 * mm, 260 * mm), "2021-05-10", r, producer="Adobe InDesign 15.1 (Windows)")
    W, H = doc.W, doc.H
    doc.text(50, H - 110, "图书在版编目（CIP）数据", "zh", 10)
    y = doc.para(50, H - 132, W - 100,
                 f"{title} / {authors[0]}，{authors[1]}，{authors[2]}主编. —合肥：{press}，2021.5", "zh", 9.5,
                 leading=15, indent=19)
    doc.text(69, y, f"ISBN {isbn}", "zh", 9.5)
    doc.text(69, y - 16, "Ⅰ.①长…  Ⅱ.①" + authors[0][0] + "…  ②" + authors[1][0] + "…  ③" + authors[2][0]
             + "…  Ⅲ.①长江中下游—沼泽化地—植物—图集  Ⅳ.①Q948.8-64", "zh", 8.5)
    doc.text(50, y - 40, "中国版本图书馆CIP数据核字（2021）第078213号", "zh", 9.5)
    doc.line(50, y - 52, W - 50, y - 52, 0.5)
    yy = y - 80
    items = [("书    名", title), ("主    编", f"{authors[0]}  {authors[1]}  {authors[2]}"),
             ("责任编辑", "范小溪"), ("封面设计", "石  砚"),
             ("出版发行", f"{press}（合肥市政务区翡翠路1118号出版传媒广场，邮编：230071）"),
             ("印    制", "合肥华艺印刷有限责任公司"),
             ("开    本", "787 mm×1092 mm  1/16"), ("印    张", "24.25"), ("字    数", "386千字"),
             ("版    次", "2021年5月第1版"), ("印    次", "2021年5月第1次印刷"),
             ("书    号", f"ISBN {isbn}"), ("定    价", "168.00元")]
    for k, v in items:
        yy = doc.para(50, yy, W - 100, f"{k}  {v}", "zh", 9, leading=17, indent=0)
    doc.text(W / 2, 60, "版权所有，侵权必究", "zh", 9, align="c")
    f = {"issuer": press, "holder": authors[0], "isbn": isbn, "publishedMonth": "2021-05", "title": title}
    return label(doc, "research", "monograph", f,
                 {"wordCount": 386000, "wordCountPrinted": "386千字", "authorCount": 3, "authorRank": 2,
                  "authorRole": "主编", "claimant": claimant, "authors": authors},
                 "r_monograph", "copyright page with CIP; 2021.5 and 年月第1版", has_seal=False)


def r_project_closing(file):
    r = R("r4")
    team = [cname(r) for _ in range(5)]
    holder, claimant = team[0], team[1]
    issue = "2024-03-20"
    num = "KJ2021A0873"
    cert = "皖教科结〔2024〕0318号"
    org = "安徽省教育厅"
    title = "淮河中游采煤沉陷区水体富营养化演变机制与调控技术研究"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.frame("double", (0.55, 0.1, 0.1), m=24)
    doc.text(W / 2, H - 100, "安徽省高等学校自然科学研究项目", "zh", 17, align="c")
    doc.text(W / 2, H - 140, "结 题 证 书", "kai", 30, color=DARKRED, align="c", cs=6)
    doc.text(W - 75, H - 170, cert, "zh", 10.5, align="r")
    rows = [["项目编号", num], ["项目名称", title], ["项目类别", "重点项目"], ["项目负责人", holder],
            ["项目组成员", "、".join(team[1:])], ["承担单位", "皖北师范学院"], ["研究期限", "2021年1月—2023年12月"],
            ["结题结论", "经专家组审核，该项目完成了合同规定的研究任务，同意结题。"]]
    y = doc.table(70, H - 190, [100, W - 240], rows, "zh", 11.5, rowh=32, align=["c", "l"])
    sign_block(doc, W - 170, y - 80, org, fmt(issue, "cn"), "zh", 14, lead=26)
    f = {"certificateNumber": cert, "issueDate": issue, "issuer": org, "holder": holder, "projectNumber": num,
         "title": title}
    return label(doc, "research", "research-project", f,
                 {"projectLevel": "provincial", "projectRole": "member", "projectRank": 2, "claimant": claimant,
                  "teamSize": 5, "projectStage": "concluded", "periodStart": "2021-01", "periodEnd": "2023-12"},
                 "r_project_closing", "结题证书 table; period month-only; members list")


def r_patent(file):
    r = R("r5")
    inventors = [cname(r), cname(r), cname(r)]
    claimant = inventors[1]
    app, grant = "2023-04-11", "2023-09-05"
    twelve = "202320847315"
    pno = f"ZL {twelve[:4]} {twelve[4]} {twelve[5:]}.{patent_check(twelve)}"
    cert = "19736524"
    patentee = "安徽淮建智能装备有限公司"
    title = "一种装配式墙板吊装用快速定位夹具"
    doc = new(file, A4, grant, r, producer="iText 7.1.16")
    W, H = doc.W, doc.H
    doc.frame("wave", (0.55, 0.45, 0.25), m=22)
    doc.text(W / 2, H - 110, "实用新型专利证书", "zh", 28, align="c", cs=6)
    doc.text(W / 2, H - 145, f"证书号第{cert}号", "zh", 12, align="c")
    y = H - 200
    for k, v in [("实用新型名称", title), ("发明人", "；".join(inventors)), ("专利号", pno),
                 ("专利申请日", fmt(app, "cn0")), ("专利权人", patentee), ("地址", "236000 安徽省阜阳市颍东区经济开发区富强路18号"),
                 ("授权公告日", fmt(grant, "cn0")), ("授权公告号", "CN 219731245 U")]:
        y = doc.para(80, y, W - 160, f"{k}：{v}", "zh", 12, leading=24, indent=0)
    y = doc.para(80, y - 14, W - 160,
                 "国家知识产权局依照中华人民共和国专利法进行初步审查，决定授予专利权，颁发实用新型专利证书并在专利登记簿上"
                 "予以登记。专利权自授权公告之日起生效。专利权期限为十年，自申请日起算。", "zh", 11, leading=20)
    doc.para(80, y - 4, W - 160,
             "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、国籍、"
             "地址变更等事项记载在专利登记簿上。", "zh", 11, leading=20)
    doc.text(W - 160, 150, "局长", "zh", 12, align="c")
    doc.text(W - 160, 128, "国家知识产权局", "zh", 12, align="c")
    doc.seal(W - 160, 140, "国家知识产权局", "")
    doc.qr(80, 90, 56, file)
    f = {"issueDate": grant, "issuer": "国家知识产权局", "holder": inventors[0], "certificateNumber": cert,
         "patentNumber": pno.replace(" ", ""), "applicationDate": app, "title": title}
    return label(doc, "research", "patent", f,
                 {"patentType": "utility", "inventorCount": 3, "inventorRank": 2, "claimant": claimant,
                  "patentee": patentee},
                 "r_patent", "utility-model certificate; zero-padded cn dates")


# ================================================================================================================
# EXAM
# ================================================================================================================


def e_health_pass(file):
    r = R("e1")
    holder = cname(r)
    idn = id_number("340104", "19910317", 284 + 0)
    issue = "2024-08-15"
    num = "WSZG2024340100457"
    org = "安徽省卫生人才评价服务中心"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 95, "2024年度卫生专业技术资格考试", "zh", 17, align="c")
    doc.text(W / 2, H - 128, "成绩合格证明", "zh", 24, align="c", cs=6)
    rows = [["姓    名", holder, "性    别", "女"],
            ["身份证件号", (idn, 3)],
            ["报考级别", "中级", "考试年度", "2024"],
            ["报考专业", ("主管护师（内科护理）", 3)],
            ["科目", "基础知识", "相关专业知识", "专业知识"],
            ["成绩", "合格", "合格", "合格"],
            ["科目", "专业实践能力", ("", 2)],
            ["成绩", "合格", ("", 2)],
            ["证明编号", (num, 3)]]
    y = doc.table(70, H - 160, [100, 130, 110, W - 140 - 340], rows, "zh", 11.5, rowh=30, align=["c", "l", "c", "l"])
    y = doc.para(70, y - 28, W - 140, "该考生2024年度卫生专业技术资格考试全部科目成绩合格，特此证明。", "zh", 13)
    sign_block(doc, W - 170, y - 70, org, fmt(issue, "cn"), "zh", 13, lead=24)
    f = {"certificateNumber": num, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "exam", "exam-certificate", f,
                 {"examResult": "pass", "examLevel": "intermediate", "examYear": 2024,
                  "examName": "卫生专业技术资格考试"},
                 "e_health_pass", "成绩合格证明 with subject table and ID", pii={"idNumber": idn})


def e_qualification(file):
    r = R("e2")
    holder = cname(r)
    idn = id_number("640104", "19880921", 533)
    issue = "2025-12-26"
    num = "2025361JZ0000813"
    org = "宁夏回族自治区人力资源和社会保障厅"
    doc = new(file, landscape(A4), issue, r)
    W, H = doc.W, doc.H
    doc.rect(0, 0, W, H, lw=0, fill=(0.97, 0.96, 0.92))
    doc.line(W / 2, 40, W / 2, H - 40, 0.4, (0.6, 0.6, 0.6))
    doc.text(W / 4, H - 130, "中华人民共和国", "zh", 20, align="c", cs=4)
    doc.text(W / 4, H - 175, "二级造价工程师", "zh", 26, align="c", cs=4)
    doc.text(W / 4, H - 215, "职业资格证书", "zh", 26, align="c", cs=4)
    doc.para(70, H - 290, W / 2 - 140,
             "本证书由宁夏回族自治区人力资源和社会保障厅批准颁发，表明持证人通过考试，具有二级造价工程师职业资格。",
             "zh", 11, leading=20)
    doc.text(W / 4, 130, f"发证单位：{org}", "zh", 11, align="c")
    doc.seal(W / 4 + 60, 140, org, "")
    doc.text(W / 4, 108, f"签发日期：{fmt(issue, 'cn')}", "zh", 11, align="c")
    x = W / 2 + 60
    doc.photo(W - 170, H - 200, 84, 112)
    y = H - 110
    for k, v in [("姓    名", holder), ("性    别", "男"), ("出生年月", "1988年9月"), ("身份证件号", idn),
                 ("专业类别", "土木建筑工程"), ("批准日期", "2025年11月"), ("管 理 号", num)]:
        doc.text(x, y, f"{k}：{v}", "zh", 12)
        y -= 34
    f = {"certificateNumber": num, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "exam", "exam-certificate", f,
                 {"examResult": "pass", "examLevel": "qualification", "examYear": 2025,
                  "examName": "二级造价工程师职业资格考试"},
                 "e_qualification", "landscape two-panel qualification certificate; 签发日期", pii={"idNumber": idn})


def e_economist_junior(file):
    r = R("e3")
    holder = cname(r)
    idn = id_number("410105", "19960204", 762)
    issue = "2020-11-30"
    num = "YJ2020-41-03722"
    org = "河南省人事考试中心"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 120, "考试成绩合格证明", "mh", 23, align="c", cs=3)
    doc.text(W - 70, H - 150, f"证明编号：{num}", "mh", 10.5, align="r")
    y = doc.para(70, H - 200, W - 140,
                 f"兹证明{holder}（身份证号：{idn}）参加2020年度全国经济专业技术资格考试（初级），《经济基础知识》"
                 "《人力资源管理专业知识和实务》两科成绩均合格，取得初级经济专业技术资格。", "mh", 14, leading=28)
    rows = [["考试科目", "成绩", "合格标准"], ["经济基础知识", "78", "72"], ["人力资源管理专业知识和实务", "81", "72"]]
    y = doc.table(70, y - 10, [230, 110, W - 140 - 340], rows, "mh", 11.5, rowh=28, heads=(0,), align=["l", "c", "c"])
    doc.para(70, y - 30, W - 140, "特此证明。", "mh", 14)
    sign_block(doc, W - 170, y - 120, org, fmt(issue, "han"), "mh", 14, lead=26)
    f = {"certificateNumber": num, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "exam", "exam-certificate", f,
                 {"examResult": "pass", "examLevel": "junior", "examYear": 2020,
                  "examName": "经济专业技术资格考试（初级）"},
                 "e_economist_junior", "prose + score table; ID in prose; date han", pii={"idNumber": idn})


# ================================================================================================================
# OTHER
# ================================================================================================================


def x_award_vector_seal(file):
    r = R("x1")
    team = [cname(r), cname(r), cname(r)]
    holder = team[0]
    issue = "2025-08-30"
    org = "安徽省交通运输科技协会"
    doc = new(file, landscape(A4), issue, r)
    W, H = doc.W, doc.H
    doc.rect(0, 0, W, H, lw=0, fill=(0.99, 0.96, 0.9))
    doc.frame("double", GOLD, m=20)
    doc.text(W / 2, H - 115, "获 奖 证 书", "kai", 40, color=(0.7, 0.12, 0.1), align="c", cs=10)
    doc.text(100, H - 190, "、".join(team) + "：", "zh", 18)
    doc.para(100, H - 232, W - 200,
             "你们撰写的论文《山区高速公路隧道群运营安全风险动态评估》在2025年度全省交通运输科技优秀论文评选中荣获"
             "二等奖。", "zh", 18, leading=36)
    doc.para(100, H - 320, W - 200, "特发此证，以资鼓励。", "zh", 18)
    doc.text(W - 220, 125, fmt(issue, "cn"), "zh", 15, align="c")
    doc.vseal(W - 220, 137, org, diameter=120)
    f = {"issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "other", "award", f,
                 {"awardLevel": "provincial", "awardGrade": 2, "awardType": "paper", "awardRank": 1, "teamSize": 3},
                 "x_award_vector_seal", "award, issuer only in vector seal", seal_only=True)


def x_exam_marking(file):
    r = R("x2")
    holder = cname(r)
    start, end, issue = "2025-06-20", "2025-06-25", "2025-06-27"
    org = "蚌埠市教育考试院"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 120, "阅卷工作证明", "mh", 24, align="c", cs=3)
    y = doc.para(70, H - 190, W - 140,
                 f"兹证明蚌埠市第二实验学校{holder}老师于2025年6月20日至25日参加2025年蚌埠市初中学业水平考试网上评卷工作，"
                 "共计6天。该同志严格遵守评卷纪律，评分客观准确，圆满完成了所承担的评卷任务。", "mh", 14, leading=28)
    doc.para(70, y - 4, W - 140, "特此证明。", "mh", 14)
    sign_block(doc, W - 170, y - 100, org, fmt(issue, "cn"), "mh", 14, lead=26)
    f = {"startDate": start, "endDate": end, "issueDate": issue, "issuer": org, "holder": holder}
    return label(doc, "other", "other", f, {"otherType": "exam-marking", "days": 6},
                 "x_exam_marking", "exam-marking proof; days only")


# ================================================================================================================
# NOT EVIDENCE
# ================================================================================================================


def u_notice(file):
    r = R("u1")
    issue = "2025-07-08"
    docno = "滁人社秘〔2025〕73号"
    org = "滁州市人力资源和社会保障局"
    doc = new(file, A4, issue, r, producer="WPS Office")
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 100, org, "zh", 26, color=RED, align="c", cs=2)
    doc.text(W / 2, H - 140, docno, "zh", 13, align="c")
    doc.line(60, H - 152, W - 60, H - 152, 2.0, RED)
    doc.text(W / 2, H - 195, "关于做好2025年度专业技术人员继续教育", "zh", 17, align="c")
    doc.text(W / 2, H - 222, "学时登记工作的通知", "zh", 17, align="c")
    y = H - 250
    y = doc.para(70, y - 10, W - 140, "各县（市、区）人力资源和社会保障局，市直各单位：", "zh", 13, indent=0)
    paras = ["根据省人力资源和社会保障厅有关规定，现就2025年度专业技术人员继续教育学时登记工作通知如下：",
             "一、专业技术人员每年参加继续教育的时间累计不少于90学时，其中公需科目不少于30学时，专业科目不少于60学时。",
             "二、2025年6月13日（含）以后取得的学时，按新的学时管理办法认定；此前取得的学时，按原规定认定。",
             "三、各单位应于2026年1月31日前完成本单位人员学时材料的收集、审核和公示，公示期不少于5个工作日。",
             "四、学时证明材料应载明学习内容、起止时间、学时数和组织单位，并加盖组织单位公章或培训专用章。"]
    for p in paras:
        y = doc.para(70, y - 4, W - 140, p, "zh", 13, leading=26)
    doc.para(70, y - 4, W - 140, "附件：继续教育学时登记材料清单", "zh", 13, indent=26)
    sign_block(doc, W - 180, 150, org, fmt(issue, "cn"), "zh", 13, lead=24)
    doc.new_page()
    doc.text(70, H - 80, "附件", "zh", 14)
    doc.text(W / 2, H - 120, "继续教育学时登记材料清单", "zh", 17, align="c")
    rows = [["序号", "学习形式", "需提供的材料"], ["1", "培训、研修", "结业证书或培训证明（注明学时）"],
            ["2", "网络学习", "平台学习记录或合格证书"], ["3", "学术会议", "参会证明、会议通知"],
            ["4", "论文论著", "期刊封面、目录及正文，或图书版权页"], ["5", "其他", "相关证明材料"]]
    doc.table(70, H - 150, [50, 120, W - 140 - 170], rows, "zh", 12, rowh=30, heads=(0,), align=["c", "l", "l"])
    f = {"issuer": org, "issueDate": issue, "documentNumber": docno}
    return label(doc, "unknown", "unknown", f, {"evidence": False, "docType": "notice"}, "u_notice",
                 "government notice with 学时 figures and an attachment page", expect=["not-evidence"])


def u_agenda(file):
    r = R("u2")
    org = "六安市医学会"
    doc = new(file, A4, "2025-08-01", r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 80, "2025江淮基层医疗论坛", "zh", 20, align="c")
    doc.text(W / 2, H - 108, "会 议 日 程", "zh", 17, align="c")
    doc.text(70, H - 140, f"主办单位：{org}        承办单位：六安市人民医院", "zh", 11)
    doc.text(70, H - 160, "会议地点：六安市人民医院学术报告厅（三楼）", "zh", 11)
    rows = [["日期", "时间", "内容", "主持/报告人"],
            ["8月15日", "08:30—09:00", "开幕式及领导致辞", "大会秘书处"],
            ["", "09:00—10:30", "县域医共体建设的实践与思考", "特邀专家"],
            ["", "10:40—12:00", "基层慢病一体化管理", "特邀专家"],
            ["", "14:00—17:00", "分论坛：全科医学 / 基层护理 / 公共卫生", "各分论坛主席"],
            ["8月16日", "08:30—11:30", "病例讨论与技能工作坊", "各工作坊导师"],
            ["", "11:30—12:00", "闭幕式", "大会秘书处"]]
    doc.table(60, H - 185, [70, 95, 210, W - 120 - 375], rows, "zh", 10.5, rowh=30, heads=(0,),
              head_fill=(0.9, 0.9, 0.9), align=["c", "c", "l", "c"])
    doc.text(70, 150, "注：日程如有调整，以会议现场通知为准。", "zh", 10)
    f = {"issuer": org}
    return label(doc, "unknown", "unknown", f, {"evidence": False, "docType": "agenda"}, "u_agenda",
                 "meeting agenda table; no seal", has_seal=False, expect=["not-evidence"],
                 allow=["attendance-unproven"])


def u_invitation(file):
    r = R("u3")
    issue = "2024-04-02"
    org = "安徽省城乡规划协会"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 120, "邀 请 函", "ming", 26, align="c")
    doc.text(70, H - 180, "各位专家、同仁：", "ming", 14)
    y = doc.para(70, H - 212, W - 140,
                 "为交流城市更新与历史街区保护的最新理论与实践经验，我会定于2024年5月10日至11日在安庆市召开“2024年"
                 "安徽省城市更新与历史街区保护研讨会”。会议将邀请省内外知名专家作主题报告，并组织现场考察。诚邀您拨冗"
                 "出席。", "ming", 14, leading=28)
    y = doc.para(70, y - 4, W - 140, "会议报到时间：2024年5月9日14:00—20:00；报到地点另行通知。请于4月25日前将回执"
                 "发送至会务组邮箱。", "ming", 14, leading=28)
    sign_block(doc, W - 170, y - 90, org, fmt(issue, "cn"), "ming", 14, lead=26)
    f = {"issuer": org, "issueDate": issue}
    return label(doc, "unknown", "unknown", f, {"evidence": False, "docType": "invitation"}, "u_invitation",
                 "invitation to a future seminar", expect=["not-evidence"], allow=["attendance-unproven"])


def u_acceptance(file):
    r = R("u4")
    holder = cname(r)
    issue = "2026-04-15"
    org = "江淮水利科技编辑部"
    title = "引江济淮工程输水渠道边坡渗流稳定分析"
    doc = new(file, A4, issue, r)
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 110, "录用通知", "zh", 24, align="c", cs=4)
    doc.text(70, H - 170, f"尊敬的{holder}作者：", "zh", 14)
    y = doc.para(70, H - 202, W - 140,
                 f"您好！您的稿件《{title}》（稿件编号：JHSL2026-0312）经编辑部初审、专家外审及主编终审，决定录用，"
                 "拟于2026年第7期刊出。请按审稿意见修改后于5月10日前返回修改稿，并签署版权转让协议。", "zh", 14,
                 leading=28)
    doc.para(70, y - 4, W - 140, "感谢您对本刊的支持！", "zh", 14)
    sign_block(doc, W - 170, y - 100, org, fmt(issue, "cn"), "zh", 14, lead=26)
    f = {"issuer": org, "issueDate": issue, "holder": holder, "title": title}
    return label(doc, "unknown", "unknown", f, {"evidence": False, "docType": "acceptance-notice"},
                 "u_acceptance", "journal acceptance notice", expect=["not-evidence"])


def u_invoice(file):
    r = R("u5")
    issue = "2025-03-18"
    seller = "合肥致远职业技能培训学校有限公司"
    doc = new(file, (241 * mm, 140 * mm), issue, r, producer="iText 7.1.16")
    W, H = doc.W, doc.H
    brown = (0.55, 0.3, 0.15)
    doc.text(W / 2, H - 40, "电子发票（普通发票）", "zh", 18, color=brown, align="c")
    doc.line(W / 2 - 95, H - 46, W / 2 + 95, H - 46, 0.8, brown)
    doc.text(W - 30, H - 30, "发票号码：25342000000031476520", "zh", 8.5, align="r")
    doc.text(W - 30, H - 44, f"开票日期：{fmt(issue, 'cn0')}", "zh", 8.5, align="r")
    doc.qr(24, H - 62, 40, file, modules=21)
    top = H - 70
    doc.rect(20, 40, W - 40, top - 40, lw=0.8, stroke=brown)
    doc.line(W / 2, top - 50, W / 2, top, 0.8, brown)
    doc.line(20, top - 50, W - 20, top - 50, 0.8, brown)
    doc.text(28, top - 14, "购买方信息", "zh", 8.5, color=brown)
    doc.text(28, top - 30, "名称：蚌埠市第一人民医院", "zh", 8.5)
    doc.text(28, top - 43, "统一社会信用代码/纳税人识别号：12340300485031227K", "zh", 8.5)
    doc.text(W / 2 + 8, top - 14, "销售方信息", "zh", 8.5, color=brown)
    doc.text(W / 2 + 8, top - 30, f"名称：{seller}", "zh", 8.5)
    doc.text(W / 2 + 8, top - 43, "统一社会信用代码/纳税人识别号：91340103MA2T5QXR8C", "zh", 8.5)
    hy = top - 66
    cols = [(28, "项目名称"), (190, "规格型号"), (250, "单位"), (290, "数量"), (330, "单价"), (400, "金额"),
            (470, "税率/征收率"), (545, "税额")]
    for x, t in cols:
        doc.text(x, hy, t, "zh", 8.5, color=brown)
    for x, t in zip([c[0] for c in cols], ["*教育服务*培训费", "", "人次", "4", "900.00", "3600.00", "免税", "***"]):
        doc.text(x, hy - 18, t, "zh", 8.5)
    doc.line(20, 95, W - 20, 95, 0.8, brown)
    doc.text(28, 80, "价税合计（大写）", "zh", 9, color=brown)
    doc.text(120, 80, "叁仟陆佰圆整", "zh", 9)
    doc.text(W - 160, 80, "（小写）¥3600.00", "zh", 9)
    doc.text(28, 58, "备注：2025年春季安全生产管理人员继续教育培训费（4人）", "zh", 8.5)
    doc.text(28, 24, "开票人：汤晓", "zh", 8.5)
    f = {"issuer": seller, "issueDate": issue}
    return label(doc, "unknown", "unknown", f, {"evidence": False, "docType": "invoice"}, "u_invoice",
                 "electronic invoice for training fee; no seal", has_seal=False, expect=["not-evidence"])


def u_blank_form(file):
    r = R("u6")
    org = "铜陵市义安区人力资源和社会保障局"
    doc = new(file, A4, "2025-01-06", r, producer="Microsoft® Word 2016")
    W, H = doc.W, doc.H
    doc.text(W / 2, H - 80, "专业技术人员继续教育学时登记表", "zh", 19, align="c")
    doc.text(W / 2, H - 104, "（        年度）", "zh", 12, align="c")
    rows = [["姓名", "", "性别", "", "出生年月", ""], ["工作单位", ("", 3), "专业技术职务", ""],
            ["序号", ("学习内容", 2), "起止时间", "学时", "证明材料"]]
    for i in range(1, 9):
        rows.append([str(i), ("", 2), "", "", ""])
    rows += [[("合计学时", 4), ("", 2)], ["单位审核意见", ("", 5)]]
    y = doc.table(50, H - 125, [60, 95, 70, 110, 60, W - 100 - 395], rows, "zh", 11, rowh=30,
                  align=["c", "c", "c", "c", "c", "c"])
    doc.text(50, y - 22, "填表说明：学时按证明材料所载数字填写，无学时数的材料按有关规定折算。", "zh", 9)
    doc.text(W - 50, y - 44, f"{org}制", "zh", 10, align="r")
    f = {"issuer": org}
    return label(doc, "unknown", "unknown", f, {"evidence": False, "docType": "blank-form"}, "u_blank_form",
                 "blank registration form; no seal", has_seal=False, expect=["not-evidence"])


# ================================================================================================================
# pool
# ================================================================================================================
DOCS = [
    (t_framed_host_org, "附件3.pdf"),
    (p_company, "证明材料12.pdf"),
    (o_platform_table, "5d0e3a91c7.pdf"),
    (a_national_letter, "附件6.pdf"),
    (r_paper_one_page, "论文首页.pdf"),
    (e_health_pass, "b84f20c6e1.pdf"),
    (t_letter_kv, "学时材料-2025.pdf"),
    (u_notice, "0c9a7e4d21.pdf"),
    (t_table_photo, "证明材料7.pdf"),
    (a_provincial_cert, "附件2.pdf"),
    (o_public_cert, "公需2025.pdf"),
    (t_landscape_photo_qr, "e3d17f0a5b.pdf"),
    (r_paper_two_pages, "附件5.pdf"),
    (t_en_cpd, "CPD_certificate.pdf"),
    (p_school_table, "实践材料.pdf"),
    (a_speaker, "证明材料3.pdf"),
    (u_agenda, "附件4.pdf"),
    (t_en_cme, "f61b9c2d08.pdf"),
    (o_en_mooc, "Certificate_LB_8KQ2XZ7M4PTA.pdf"),
    (r_monograph, "7a2c5e19bf.pdf"),
    (t_letter_host_org, "证明材料19.pdf"),
    (e_qualification, "资格证书.pdf"),
    (x_award_vector_seal, "附件8.pdf"),
    (u_invitation, "2c8e6b1f93.pdf"),
    (t_two_page_course, "继续教育证明-1.pdf"),
    (a_lecture_table, "9e04b7d3a2.pdf"),
    (o_app_record, "学习记录导出.pdf"),
    (r_project_closing, "证明材料21.pdf"),
    (t_accounting_2019, "附件10.pdf"),
    (p_institute, "c5a8f3e062.pdf"),
    (u_acceptance, "附件12.pdf"),
    (a_visit, "证明材料15.pdf"),
    (e_economist_junior, "4f7d2a8c1e.pdf"),
    (t_refresher_months, "附件14.pdf"),
    (r_patent, "8b3e0d5f7a.pdf"),
    (o_online_class, "证明材料26.pdf"),
    (x_exam_marking, "附件15.pdf"),
    (u_invoice, "fapiao_20250318.pdf"),
    (t_days_only, "a0d6c4e8f2.pdf"),
    (a_en_letter, "ICWESH2019_letter.pdf"),
    (u_blank_form, "附件16.pdf"),
]


def build():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".pdf") or fn == "labels.json":
            os.remove(os.path.join(OUT, fn))
    names = [f for _, f in DOCS]
    assert len(set(names)) == len(names)
    labels = []
    for func, file in DOCS:
        labels.append(func(file))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1) + "\n")
    return labels


# ================================================================================================================
# verification
# ================================================================================================================
HAN_D = {c: i for i, c in enumerate("〇一二三四五六七八九")}
HAN_D["零"] = 0
EN_M = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
EN_M.update({m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)})
EN_M["sept"] = 9
MRE = r"(January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?"
CONN = r"(?:至|到|—|–|-|~|～|to)"


def han_int(s):
    if "十" in s:
        a, _, b = s.partition("十")
        return (HAN_D[a] if a else 1) * 10 + (HAN_D[b] if b else 0)
    return HAN_D[s]


def iso(y, m, d):
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def dates_in(t):
    out = set()
    years = set(re.findall(r"(?<!\d)(20\d\d)(?!\d)", t))

    def cont(y, m, pos):
        mm = re.match(CONN + r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日", t[pos:])
        if mm:
            out.add(iso(mm.group(1) or y, mm.group(2) or m, mm.group(3)))

    for m in re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日", t):
        out.add(iso(*m.groups()))
        cont(m.group(1), m.group(2), m.end())
    for m in re.finditer(r"(?<!\d)(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?!\d)", t):
        out.add(iso(m.group(1), m.group(3), m.group(4)))
    for m in re.finditer(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日", t):
        out.add(iso("".join(str(HAN_D[c]) for c in m.group(1)), han_int(m.group(2)), han_int(m.group(3))))
    for m in re.finditer(r"(?<![\d年])(\d{1,2})月(\d{1,2})日", t):
        for y in years:
            out.add(iso(y, m.group(1), m.group(2)))
            cont(y, m.group(1), m.end())
    for m in re.finditer(r"(?<!\d)(\d{1,2})" + MRE + r",?(\d{4})", t):
        out.add(iso(m.group(3), EN_M[m.group(2).lower()], m.group(1)))
    for m in re.finditer(MRE + r"(\d{1,2}),(\d{4})", t):
        out.add(iso(m.group(3), EN_M[m.group(1).lower()], m.group(2)))
    for m in re.finditer(MRE + r"(\d{1,2})[–-](\d{1,2}),(\d{4})", t):
        out.add(iso(m.group(4), EN_M[m.group(1).lower()], m.group(2)))
        out.add(iso(m.group(4), EN_M[m.group(1).lower()], m.group(3)))
    for m in re.finditer(r"(?<!\d)(\d{1,2})(?:[–-]|to)(\d{1,2})" + MRE + r"(\d{4})", t):
        out.add(iso(m.group(4), EN_M[m.group(3).lower()], m.group(1)))
        out.add(iso(m.group(4), EN_M[m.group(3).lower()], m.group(2)))
    out.discard(None)
    return out


def months_in(t):
    out = set()
    for m in re.finditer(r"(\d{4})年(\d{1,2})月", t):
        out.add(f"{int(m.group(1)):04d}-{int(m.group(2)):02d}")
    for m in re.finditer(r"(?<!\d)(\d{4})\.(\d{1,2})(?![\d.])", t):
        out.add(f"{int(m.group(1)):04d}-{int(m.group(2)):02d}")
    for m in re.finditer(MRE + r"(\d{4})", t):
        out.add(f"{int(m.group(2)):04d}-{EN_M[m.group(1).lower()]:02d}")
    return out


def hours_ok(t, h):
    forms = {str(h), cn_num(h), fin_num(h)}
    for m in re.finditer(r"学时|课时|小时|hours|Hours|HOURS", t):
        a, b = max(0, m.start() - 14), min(len(t), m.end() + 14)
        w = t[a:b]
        for fm in forms:
            for mm in re.finditer(re.escape(fm), w):
                before = w[mm.start() - 1] if mm.start() > 0 else ""
                after = w[mm.end()] if mm.end() < len(w) else ""
                cls = "0123456789" if fm.isdigit() else (CN_DIG + "零十百" + CN_FIN + "拾佰")
                if before not in cls and after not in cls and not (fm.isdigit() and after == "."
                                                                    and w[mm.end() + 1:mm.end() + 2].isdigit()):
                    return True
    return False


def pdf_texts(path):
    outs = []
    for args in ([], ["-layout"], ["-raw"]):
        res = subprocess.run(["pdftotext", *args, path, "-"], capture_output=True, text=True)
        outs.append("".join(res.stdout.split()))
    return outs


def pdf_pages(path):
    res = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", res).group(1))


STRING_FIELDS = ["issuer", "holder", "title", "certificateNumber", "journal", "issn", "cn", "isbn", "patentNumber",
                 "projectNumber", "documentNumber"]
DATE_FIELDS = ["startDate", "endDate", "issueDate", "receivedDate", "applicationDate"]


def check():
    labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
    problems = []
    before = after = undated = 0
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".pdf"))
    if sorted(l["file"] for l in labels) != files:
        problems.append("labels.json and the PDFs in blind/ do not match")
    total = sum(os.path.getsize(os.path.join(OUT, f)) for f in files)
    for lab in labels:
        path = os.path.join(OUT, lab["file"])
        texts = pdf_texts(path)
        f, facts = lab["fields"], lab["facts"]

        def present(v):
            v = "".join(str(v).split())
            return any(v in t for t in texts)

        for k in STRING_FIELDS:
            if k in f and not (k == "issuer" and lab["issuerInSealOnly"]) and not present(f[k]):
                problems.append(f"{lab['file']}: {k} not in text")
        for k in ("claimant", "patentee"):
            if k in facts and not present(facts[k]):
                problems.append(f"{lab['file']}: facts.{k} not in text")
        for a in facts.get("authors", []):
            if not present(a):
                problems.append(f"{lab['file']}: an author is not in text")
        if "hours" in f:
            if lab["mode"] == "unknown":
                problems.append(f"{lab['file']}: not-evidence carries hours")
            if not any(hours_ok(t, f["hours"]) for t in texts):
                problems.append(f"{lab['file']}: hours {f['hours']} not near a unit word")
        found = set().union(*(dates_in(t) for t in texts))
        for k in DATE_FIELDS:
            if k in f:
                if f[k] not in found:
                    problems.append(f"{lab['file']}: {k} not printed in a recognised form")
                if not (EARLIEST <= f[k] <= LATEST):
                    problems.append(f"{lab['file']}: {k} out of range")
        if "publishedMonth" in f:
            if f["publishedMonth"] not in set().union(*(months_in(t) for t in texts)):
                problems.append(f"{lab['file']}: publishedMonth not printed")
            if any(k in f for k in ("startDate", "endDate", "issueDate")):
                problems.append(f"{lab['file']}: month-only document carries a day date")
        if "startDate" in f and f.get("endDate") and f["startDate"] > f["endDate"]:
            problems.append(f"{lab['file']}: start after end")
        if "days" in facts and "startDate" in f and days_incl(f["startDate"], f["endDate"]) != facts["days"]:
            problems.append(f"{lab['file']}: days do not match the range")
        if lab.get("pii") and not present(lab["pii"]["idNumber"]):
            problems.append(f"{lab['file']}: idNumber not in text")
        if pdf_pages(path) != lab["pages"]:
            problems.append(f"{lab['file']}: pages mismatch")
        when = f.get("endDate") or f.get("issueDate") or (f.get("publishedMonth", "") + "-28" if
                                                           f.get("publishedMonth") else None)
        if when is None:
            undated += 1
        elif when < CUTOFF:
            before += 1
        else:
            after += 1
        if lab["mode"] == "unknown" and "not-evidence" not in lab["expectFlags"]:
            problems.append(f"{lab['file']}: unknown without not-evidence")
    modes = {}
    kinds = {}
    for lab in labels:
        modes[lab["mode"]] = modes.get(lab["mode"], 0) + 1
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    if before == 0 or after == 0:
        problems.append("dates do not fall on both sides of the cutoff")
    if total >= SIZE_LIMIT:
        problems.append(f"pool is {total} bytes, limit {SIZE_LIMIT}")
    if len(modes) < 8:
        problems.append("not all seven modes plus unknown are present")
    english = sum(1 for l in labels if l["facts"].get("language") == "en")
    print(f"blind: {len(labels)} documents, {total / 1e6:.2f} MB, {english} English; dated {before} before / "
          f"{after} on or after {CUTOFF}, {undated} undated")
    print("  modes: " + ", ".join(f"{k} {v}" for k, v in sorted(modes.items())))
    print("  kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    sep = separation(labels)
    if sep:
        problems.append(f"{sep} names/issuers/titles also occur in other pools")
    for p in problems:
        print("  PROBLEM:", p)
    print("check: " + ("OK" if not problems else f"{len(problems)} problems"))
    return not problems


def separation(labels):
    """Counts blind-pool names, issuers, journals and titles that occur in the other pools' labels or text layers.
    Prints counts only (the other pools, final/ included, are not to be read)."""
    vals = set()
    for lab in labels:
        f, facts = lab["fields"], lab["facts"]
        for k in ("issuer", "holder", "title", "journal"):
            if k in f:
                vals.add(f[k])
        for k in ("claimant", "patentee"):
            if k in facts:
                vals.add(facts[k])
        vals.update(facts.get("authors", []))
    vals.discard("国家知识产权局")
    vals = {"".join(v.split()) for v in vals}
    hits = set()
    for folder in ["samples", "docs", "holdout", "fresh", "final", "broken"]:
        d = os.path.join(HERE, folder)
        if not os.path.isdir(d):
            continue
        lp = os.path.join(d, "labels.json")
        blob = open(lp, encoding="utf-8").read() if os.path.exists(lp) else ""
        texts = [blob]
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".pdf"):
                res = subprocess.run(["pdftotext", "-q", os.path.join(d, fn), "-"], capture_output=True, text=True)
                texts.append("".join(res.stdout.split()))
        for v in vals:
            if any(v in t for t in texts):
                hits.add(v)
    if hits:
        mine = sorted(hits)
        print(f"  separation: {len(hits)} blind values also occur elsewhere: " + "、".join(mine))
    else:
        print("  separation: no blind holder, author, issuer, journal or title occurs in the other pools")
    return len(hits)


def main():
    if "--check" not in sys.argv:
        build()
    ok = check()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
