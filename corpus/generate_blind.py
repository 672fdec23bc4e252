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
import io
import json
import math
import os
import random
import re
import subprocess
import sys
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
        fs = diameter * (0.125 if n <= 10 else 0.105)
        span = min(250.0, 19.0 * n + 40)
        rad = r - diameter * 0.05 - fs * 0.85
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
        doc.seal(x + dx, yy - lead / 2 + 6, seal_text or issuer, bottom, fname=fseal)
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
    doc.text(W / 2, H - 118, "结业证书", "zh", 38, color=DARKRED, align="c", cs=20)
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
    doc.text(W / 2, H - 110, "岗位能力提升培训合格证", "zh", 25, color=(0.1, 0.35, 0.2), align="c", cs=3)
    x0, top = 70, H - 160
    widths = [90, 150, 70, 145]
    rows = [["姓  名", holder, "性  别", "女"],
            ["工作单位", ("上饶市广丰区农业农村局", 3)],
            ["培训项目", ("高标准农田建设与耕地质量提升专题培训", 3)],
            ["培训时间", (f"{fmt(start, 'slash')}-{fmt(end, 'slash')}", 3)],
            ["培训学时", (f"累计获得学时{hours}个", 3)],
            ["考核结果", ("合格", 3)],
            ["证书编号", (num, 3)]]
    y = doc.table(x0, top, widths, rows, "zh", 12, rowh=34, align=["c", "l", "c", "l"])
    doc.photo(W - 150, top + 10 - 130 - 2, 0, 0) if False else None
    doc.para(x0, y - 40, sum(widths), "经考核，成绩合格，特发此证。", "zh", 13)
    sign_block(doc, W - 180, y - 120, org, fmt(issue, "han"), "zh", 13)
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
    host, org = "马鞍山市人力资源和社会保障局", "马鞍山市冶金专业技术人员继续教育基地"
    doc = new(file, landscape(A4), issue, r)
    W, H = doc.W, doc.H
    doc.frame("wave", NAVY, m=16)
    doc.text(W / 2, H - 105, "培训结业证", "zh", 36, color=NAVY, align="c", cs=14)
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
    doc.text(W / 2, H - 130, "证    明", "zh", 26, align="c")
    y = doc.para(70, H - 200, W - 140,
                 f"兹有池州市贵池区人民医院{holder}同志，于{fmt(start, 'cn')}-{fmt(end, 'cn')}参加了由{host}主办、"
                 f"我院承办的“基层慢性病规范化管理能力提升培训班”。该同志按要求完成全部理论授课与实操考核，"
                 f"可登记继续教育学时 {hours} 学时。", "zh", 14, leading=28)
    y = doc.para(70, y - 6, W - 140, "特此证明。", "zh", 14)
    doc.text(W - 170, y - 80, org + "科教科", "zh", 14, align="c")
    doc.text(W - 170, y - 108, fmt(issue, "cn"), "zh", 14, align="c")
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
    doc.text(W / 2, H - 95, org, "zh", 15, color=DARKRED, align="c", cs=6)
    doc.line(60, H - 108, W - 60, H - 108, 1.6, DARKRED)
    doc.text(W / 2, H - 165, "进修结业证明", "zh", 24, align="c", cs=4)
    y = doc.para(70, H - 230, W - 140,
                 f"{holder}，女，系六安市裕安区中医院主治医师。该同志于{fmt(start, 'cn')}至{fmt(end, 'cn')}在我院重症医学科"
                 "进修学习，为期六个月。进修期间遵守医院各项规章制度，系统学习了重症患者的监护与器官功能支持技术，"
                 "参与科室查房、病例讨论和夜班值守，出科考核合格，准予结业。", "zh", 14, leading=28)
    doc.para(70, y - 4, W - 140, "特此证明。", "zh", 14)
    sign_block(doc, W - 170, y - 110, org, fmt(issue, "cn"), "zh", 14, lead=26,
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
