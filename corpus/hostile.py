#!/usr/bin/env python3
"""Hostile and broken inputs for xueshi (issue 11): one file per case, and cases.json saying what each attacks and
what a correct outcome is. Everything is synthetic and seeded.

    python3 corpus/hostile.py                       # all cases into corpus/hostile/ (big ones too; see .gitignore)
    python3 corpus/hostile.py OUT --small           # only the small (committed) cases
    python3 corpus/hostile.py OUT --seed 7          # variants: same names, other numbers, positions, offsets
    python3 corpus/hostile.py OUT --only q-1m,png-60000-header
    python3 corpus/hostile.py --list                # names, kinds, expectations
    python3 corpus/hostile.py --paths DIR           # path cases (odd names, FIFO, dangling link...) into DIR
    python3 corpus/hostile.py OUT --run [--xueshi .build/release/xueshi] [--timeout 120] [--folder]
                                                    # make, then scan each case alone (and with --folder the whole
                                                    # folder, and the path cases); table; exit 1 on any failure
    python3 corpus/hostile.py --paths DIR --run     # make and scan the path cases only

cases.json: a list of {name, file, kind, attack, expect, codes, forbidFlags, big, bytes, seed}. `expect` is "read"
(a report with no `error`) or "error" (a report whose error.code is one of `codes`). For "read" cases `codes` lists
error codes that are tolerated too (a degraded but safe answer, e.g. `too-many-pixels` for a page too big to draw).
Every case must also end by itself (no signal, no timeout), give exactly one report, exit 0 or 1, and leave no
process behind. Cases of 200 KB or more are "big": generated on demand only (corpus/hostile/.gitignore lists them).

Exit codes: 0 made (and with --run, every case as expected); 1 some case failed; 2 usage.
Dependencies: reportlab and Pillow (as corpus/generate.py), pikepdf (encryption), fonts-wqy-zenhei for the
Chinese text (falls back to reportlab's non-embedded STSong-Light CID font when it is missing).
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import shutil
import stat
import struct
import sys
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

BIG = 200 * 1024
NS = "http://www.ofdspec.org/2016"

# ================================================================================================================
# Case registry
# ================================================================================================================
CASES: list[dict] = []


def case(file: str, kind: str, attack: str, expect: str, codes=(), forbid=(), big_hint: bool = False):
    """Register a builder `fn(rng) -> bytes` for one case file."""
    def deco(fn):
        CASES.append({"name": os.path.splitext(file)[0], "file": file, "kind": kind, "attack": attack,
                      "expect": expect, "codes": list(codes), "forbidFlags": list(forbid), "build": fn,
                      "bigHint": big_hint})
        return fn
    return deco


# Codes a bounded reader may answer with when a file costs too much; the supervisor's codes are a backstop only.
LIMITS = ["too-large", "too-many-pixels", "decompression-limit"]
# An image past the pixel limit: today's readers say too-large, the new code is too-many-pixels; either is right.
PIXELS = ["too-many-pixels", "too-large"]
BACKSTOP = ["timeout", "memory-limit"]

# ================================================================================================================
# Raw PDF writing
# ================================================================================================================


def pdf_stream(data: bytes, entries: bytes = b"", flate: bool = True, level: int = 9) -> bytes:
    if flate:
        data = zlib.compress(data, level)
        entries = b"/Filter /FlateDecode " + entries
    return b"<< /Length %d %s>>\nstream\n" % (len(data), entries) + data + b"\nendstream"


def pdf_raw_stream(data: bytes, entries: bytes) -> bytes:
    """A stream whose filters the caller already applied (entries name them)."""
    return b"<< /Length %d %s>>\nstream\n" % (len(data), entries) + data + b"\nendstream"


def pdf_doc(objs: list[bytes], root: int = 1, trailer: bytes = b"", header: bytes = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
            info: int | None = None) -> bytes:
    """objs[i] is the body of object i+1. Classic xref table, correct offsets."""
    out = bytearray(header)
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R %s%s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, root, b"/Info %d 0 R " % info if info else b"", trailer, xref)
    return bytes(out)


def simple_pdf(content: bytes, mediabox: bytes = b"[0 0 595 842]", resources: bytes = b"",
               extra: list[bytes] = (), catalog: bytes = b"", page: bytes = b"", flate: bool = True,
               content_obj: bytes | None = None, contents: bytes = b"4 0 R") -> bytes:
    """1 catalog, 2 pages, 3 page, 4 content, 5 Helvetica; `extra` objects are numbered from 6."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R %s>>" % catalog,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Contents %s /Resources << /Font << /F1 5 0 R >> %s>> %s>>"
        % (mediabox, contents, resources, page),
        content_obj if content_obj is not None else pdf_stream(content, flate=flate),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ] + list(extra)
    return pdf_doc(objs)


EN_TEXT = b"BT /F1 14 Tf 72 760 Td (Certificate of Continuing Education) Tj 0 -24 Td " \
          b"(This certifies completion of 24 credit hours, 2024-03-01 to 2024-03-03.) Tj ET\n"


def fix_xref(data: bytes) -> bytes:
    """Rebuild the classic xref table of a single-revision PDF (reportlab's shape) after its bytes were edited:
    objects are found by `N 0 obj` at line starts before the last `xref`."""
    x = data.rfind(b"\nxref")
    body = data[:x + 1]
    offs = {int(m.group(1)): m.start() for m in re.finditer(rb"(?m)^(\d+) 0 obj", body)}
    n = max(offs) + 1
    t = data.find(b"trailer", x)
    s = data.find(b"startxref", t)
    trailer = data[t:s]
    trailer = re.sub(rb"/Size \d+", b"/Size %d" % n, trailer)
    out = bytearray(body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for i in range(1, n):
        out += b"%010d 00000 n \n" % offs[i] if i in offs else b"0000000000 65535 f \n"
    out += trailer + b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


# ================================================================================================================
# Chinese certificate (drawn the way corpus/generate.py draws: its Pdf class and fonts when available)
# ================================================================================================================
_GEN = None


def gen():
    global _GEN
    if _GEN is None:
        import generate as g                    # corpus/generate.py: drawing layer, fonts, names, seals
        _GEN = g
    return _GEN


def cjk_font() -> str:
    g = gen()
    path, _ = g.FONT_FILES["zenhei"]
    if os.path.exists(path):
        return g.font("zenhei")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def cert_pdf(rng: random.Random, body: list[str] | None = None, title: str = "培训证明", pagesize=None,
             pages: int = 1, seal: bool = True) -> bytes:
    """A one-page 培训证明 with a CJK TrueType subset (reportlab), body lines as given (or ordinary ones)."""
    g = gen()
    f = cjk_font()
    buf = io.BytesIO()
    p = g.Pdf(buf, created=g.dt.date(2024, 6, 1), seed=rng.randrange(1 << 16))
    if pagesize:
        p.c.setPageSize(pagesize)
        p.W, p.H = pagesize
    name = g.person(rng)
    issuer = rng.choice(["江苏省卫生健康委员会继续教育中心", "浙江省专业技术人员继续教育基地", "四川省建设人才培训中心"])
    body = body if body is not None else [
        f"{name}同志于2024年3月1日至2024年3月3日参加“医疗质量安全管理”专题培训，",
        "为期3天，经考核合格，共计24学时。", "特此证明。"]
    for k in range(pages):
        if k:
            p.new_page()
        p.text(p.W / 2, 120, title, f, 26, "c")
        y = 200
        for line in body:
            p.text(72, y, line, f, 13)
            y += 30
        p.text(p.W - 72, y + 60, issuer, f, 13, "r")
        p.text(p.W - 72, y + 90, "2024年3月5日", f, 13, "r")
        p.text(72, 90, f"证书编号：XS{rng.randrange(10 ** 9):09d}", f, 10)
        if seal:
            from reportlab.lib.utils import ImageReader
            png = g.seal_png(issuer[:12], "", rng.randrange(1000), 200)
            p.c.drawImage(ImageReader(io.BytesIO(png)), p.W - 230, p.H - (y + 150), 130, 130, mask="auto")
    p.save()
    return buf.getvalue()


def set_mediabox(pdf: bytes, box: bytes) -> bytes:
    out, n = re.subn(rb"/MediaBox \[[^\]]*\]", b"/MediaBox " + box, pdf)
    assert n, "no MediaBox"
    return fix_xref(out)


# ================================================================================================================
# Images
# ================================================================================================================


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width: int, height: int, idat: bytes, depth: int = 8, ctype: int = 0) -> bytes:
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, ctype, 0, 0, 0))
            + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b""))


def noise_png(rng: random.Random, w: int, h: int) -> bytes:
    raw = b"".join(b"\0" + rng.randbytes(w) for _ in range(h))
    return png(w, h, zlib.compress(raw, 9))


def noise_jpeg(rng: random.Random, w: int, h: int, quality: int = 40, mode: str = "L") -> bytes:
    from PIL import Image
    im = Image.frombytes(mode, (w, h), rng.randbytes(w * h * (3 if mode == "RGB" else 1)))
    b = io.BytesIO()
    im.save(b, "JPEG", quality=quality)
    return b.getvalue()


def text_image(rng: random.Random, lines: list[str], w: int = 900, h: int = 600, fmt: str = "PNG") -> bytes:
    """A picture of a few lines of Chinese (a photo-like certificate) for image cases that should read."""
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("RGB", (w, h), (250, 248, 240))
    d = ImageDraw.Draw(im)
    path = gen().FONT_FILES["zenhei"][0]
    fnt = ImageFont.truetype(path, 32) if os.path.exists(path) else ImageFont.load_default()
    y = 60
    for line in lines:
        d.text((50, y), line, fill=(20, 20, 20), font=fnt)
        y += 60
    b = io.BytesIO()
    im.save(b, fmt)
    return b.getvalue()


# ================================================================================================================
# OFD (a minimal valid package; zips written byte by byte so sizes and names can lie)
# ================================================================================================================


def ofd_parts(lines: list[str], content_xml: bytes | None = None, ofd_xml: bytes | None = None,
              res_extra: str = "", page_extra: str = "") -> dict[str, bytes]:
    ofd = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD">'
           '<ofd:DocBody><ofd:DocInfo><ofd:DocID>0123456789abcdef0123456789abcdef</ofd:DocID>'
           '<ofd:Title>培训证明</ofd:Title><ofd:CreationDate>2024-03-05</ofd:CreationDate></ofd:DocInfo>'
           '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>\n').encode()
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
           '<ofd:MaxUnitID>100</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
           '</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>'
           '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>\n').encode()
    res = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
           '<ofd:Font ID="2" FontName="SimSun" FamilyName="SimSun"/></ofd:Fonts>' + res_extra + '</ofd:Res>\n').encode()
    if content_xml is None:
        objs = []
        for i, line in enumerate(lines):
            objs.append(f'<ofd:TextObject ID="{10 + i}" Boundary="20 {40 + 10 * i} 170 8" Font="2" Size="5">'
                        f'<ofd:TextCode X="0" Y="5">{line}</ofd:TextCode></ofd:TextObject>')
        content_xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}"><ofd:Area>'
                       '<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="3">'
                       + "".join(objs) + page_extra + '</ofd:Layer></ofd:Content></ofd:Page>\n').encode()
    return {"OFD.xml": ofd_xml or ofd, "Doc_0/Document.xml": doc, "Doc_0/PublicRes.xml": res,
            "Doc_0/Pages/Page_0/Content.xml": content_xml}


CERT_LINES = ["培训证明", "张伟同志于2024年3月1日至2024年3月3日参加专题培训，", "为期3天，经考核合格，共计24学时。",
              "特此证明。", "浙江省专业技术人员继续教育基地", "2024年3月5日"]


def zip_build(entries: list[dict]) -> bytes:
    """entries: {name, data, method (0/8), usize (declared uncompressed size; default the real one),
    body (already-compressed bytes, with crc and usize given)}. Fixed time stamp, UTF-8 names."""
    dtime, ddate = (12 << 11) | (0 << 5), ((2024 - 1980) << 9) | (3 << 5) | 5
    local, central, off = bytearray(), bytearray(), 0
    for e in entries:
        nb = e["name"].encode("utf-8") if isinstance(e["name"], str) else e["name"]
        method = e.get("method", 8)
        if "body" in e:
            body, crc, usize = e["body"], e["crc"], e["usize"] & 0xFFFFFFFF
        else:
            data = e["data"]
            crc = zlib.crc32(data) & 0xFFFFFFFF
            usize = e.get("usize", len(data))
            if method == 8:
                co = zlib.compressobj(9, zlib.DEFLATED, -15)
                body = co.compress(data) + co.flush()
            else:
                body = data
        lh = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, method, dtime, ddate, crc, len(body), usize,
                         len(nb), 0) + nb
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, method, dtime, ddate, crc, len(body),
                               usize, len(nb), 0, 0, 0, 0, 0, off) + nb
        local += lh + body
        off += len(lh) + len(body)
    n = len(entries)
    return bytes(local + central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, len(central), off, 0))


def ofd_zip(parts: dict[str, bytes], prefix: str = "") -> bytes:
    return zip_build([{"name": prefix + k, "data": v} for k, v in parts.items()])


def deflate_repeat(head: bytes, unit: bytes, total: int, tail: bytes = b"", raw: bool = False) -> tuple[bytes, int]:
    """Deflate head + unit repeated up to `total` bytes + tail without holding it: (compressed, crc32)."""
    co = zlib.compressobj(9, zlib.DEFLATED, -15 if raw else 15)
    out = bytearray(co.compress(head))
    crc = zlib.crc32(head)
    chunk = unit * max(1, (1 << 20) // len(unit))
    left = total - len(head) - len(tail)
    while left > 0:
        piece = chunk if left >= len(chunk) else chunk[:left]
        crc = zlib.crc32(piece, crc)
        out += co.compress(piece)
        left -= len(piece)
    out += co.compress(tail)
    crc = zlib.crc32(tail, crc)
    out += co.flush()
    return bytes(out), crc & 0xFFFFFFFF


_BOMB_CACHE: dict = {}


def double_flate(unit: bytes, total: int, head: bytes = b"", tail: bytes = b"") -> bytes:
    """zlib(zlib(head + unit*… + tail)) for a /Filter [/FlateDecode /FlateDecode] stream: GBs from a few KB."""
    key = (unit, total, head, tail)
    if key not in _BOMB_CACHE:
        # a few seconds of CPU per GB: kept in the temp folder between runs
        import hashlib
        import tempfile
        h = hashlib.sha1(repr(key).encode()).hexdigest()[:16]
        path = os.path.join(tempfile.gettempdir(), f"xueshi-double-flate-{h}.bin")
        if os.path.exists(path):
            with open(path, "rb") as fh:
                _BOMB_CACHE[key] = fh.read()
        else:
            once, _ = deflate_repeat(head, unit, total, tail)
            _BOMB_CACHE[key] = zlib.compress(once, 9)
            with open(path + ".part", "wb") as fh:
                fh.write(_BOMB_CACHE[key])
            os.replace(path + ".part", path)
    return _BOMB_CACHE[key]


# ================================================================================================================
# Cases: PDF page geometry
# ================================================================================================================
GEOMETRY = PIXELS + ["corrupt", "not-drawn"]


@case("mediabox-1e20.pdf", "geometry", "MediaBox [0 0 1e20 1e20] written as a plain PDF number (1 followed by 20 zeros)",
      "read", GEOMETRY)
def _(rng):
    e = rng.choice([20, 20, 30, 38])
    return set_mediabox(cert_pdf(rng), b"[0 0 1%s 1%s]" % (b"0" * e, b"0" * e))


@case("mediabox-1e20-token.pdf", "geometry", "MediaBox [0 0 1e20 1e20] with exponent notation (not PDF syntax)",
      "read", GEOMETRY)
def _(rng):
    return set_mediabox(cert_pdf(rng), rng.choice([b"[0 0 1e20 1e20]", b"[0 0 1E+20 1.0e20]", b"[0 0 1e308 1e308]"]))


@case("mediabox-negative.pdf", "geometry", "MediaBox with negative width and height", "read", GEOMETRY)
def _(rng):
    return set_mediabox(cert_pdf(rng), rng.choice([b"[0 0 -595 -842]", b"[-1e9 -1e9 -595 -842]", b"[595 842 0 0]"]))


@case("mediabox-nan.pdf", "geometry", "MediaBox of NaN-like and infinite tokens", "read", GEOMETRY)
def _(rng):
    return set_mediabox(cert_pdf(rng), rng.choice([b"[0 0 nan inf]", b"[NaN -NaN 1.#INF -1.#IND]", b"[0 0 --5 ..3]"]))


@case("mediabox-zero.pdf", "geometry", "MediaBox [0 0 0 0]: a page of no area", "read", GEOMETRY)
def _(rng):
    return set_mediabox(cert_pdf(rng), rng.choice([b"[0 0 0 0]", b"[100 100 100 100]", b"[0 0 0.00001 0.00001]"]))


@case("userunit-huge.pdf", "geometry", "A 14400-point page with /UserUnit 75000 (kilometres across)", "read", GEOMETRY)
def _(rng):
    pdf = set_mediabox(cert_pdf(rng), b"[0 0 14400 14400]")
    return fix_xref(pdf.replace(b"/Type /Page\n", b"/Type /Page /UserUnit %d\n" % rng.choice([75000, 10 ** 9]), 1))


# ================================================================================================================
# Cases: signature dictionaries with absurd byte ranges
# ================================================================================================================


def signed_pdf(rng, byte_range: bytes, contents: bytes | None = None) -> bytes:
    contents = contents if contents is not None else b"<" + rng.randbytes(64).hex().encode() + b"0" * 960 + b">"
    sig = b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange %s /Contents %s " \
          b"/M (D:20240305120000+08'00') /Name (Test Signer) >>" % (byte_range, contents)
    field = b"<< /FT /Sig /T (Signature1) /V 7 0 R /Type /Annot /Subtype /Widget /Rect [400 50 550 100] /P 3 0 R /F 4 >>"
    return simple_pdf(EN_TEXT, catalog=b"/AcroForm << /Fields [6 0 R] /SigFlags 3 >> ", page=b"/Annots [6 0 R] ",
                      extra=[field, sig])


@case("sig-byterange-overflow.pdf", "signature", "/ByteRange numbers past Int64 (2^63, 2^64, 10^30)", "read", ["corrupt"])
def _(rng):
    big = rng.choice([b"9223372036854775808", b"18446744073709551616", b"1" + b"0" * 30])
    return signed_pdf(rng, b"[0 %s %s 9223372036854775807]" % (big, big))


@case("sig-byterange-negative.pdf", "signature", "/ByteRange with negative offsets and lengths", "read", ["corrupt"])
def _(rng):
    return signed_pdf(rng, rng.choice([b"[-100 -1 -9223372036854775808 50]", b"[0 -5000 100 -1]",
                                       b"[0 100 50 -9223372036854775807]"]))


@case("sig-byterange-odd.pdf", "signature", "/ByteRange of 3 or 100,001 numbers, overlapping, and reals", "read",
      ["corrupt"])
def _(rng):
    k = rng.choice([0, 1, 2])
    br = [b"[0 10 5]", b"[" + b" ".join(b"%d" % rng.randrange(10 ** 6) for _ in range(100001)) + b"]",
          b"[0.5 1e3 -0 1.5]"][k]
    return signed_pdf(rng, br)


@case("sig-contents-bad.pdf", "signature", "/Contents of odd-length hex with non-hex bytes, or a 100 KB string",
      "read", ["corrupt"])
def _(rng):
    c = rng.choice([b"<30820abcdefXYZ\x00\xff1>", b"<" + b"f" * 100001 + b">", b"(not hex at all)"])
    return signed_pdf(rng, b"[0 100 200 300]", c)


# ================================================================================================================
# Cases: absurd numbers in the text
# ================================================================================================================


def absurd_cert(rng, lines):
    return cert_pdf(rng, lines)


@case("text-absurd-days.pdf", "absurd-number", "为期99999999999999999999天 in a certificate", "read")
def _(rng):
    n = rng.choice(["99999999999999999999", "18446744073709551616", "9" * 60])
    return absurd_cert(rng, [f"张伟同志于2024年3月1日起参加专题培训，为期{n}天，", "经考核合格，共计24学时。", "特此证明。"])


@case("text-absurd-hours.pdf", "absurd-number", "学时 1e30 and a 40-digit number of 学时", "read")
def _(rng):
    n = rng.choice(["1e30", "1E+308", "NaN", "Infinity"])
    return absurd_cert(rng, [f"李娜同志参加继续教育培训，共计{n}学时，", f"折合学时 1{'0' * 40} 学时，学分 -24 分。",
                             "培训日期：2024年3月1日至2024年3月3日。"])


@case("text-absurd-dates.pdf", "absurd-number", "日期 99999年, 2024年13月45日, 0000年00月00日", "read")
def _(rng):
    y = rng.choice(["99999", "999999999999", "-2024"])
    return absurd_cert(rng, [f"王强同志于{y}年1月1日至{y}年12月31日参加培训，", "于2024年13月45日至0000年00月00日完成考核，",
                             "共计24学时。", f"发证日期：{y}年2月30日"])


@case("text-absurd-numerals.pdf", "absurd-number", "Chinese numerals past 10^40, full-width digit runs, 24.000…1 学时",
      "read")
def _(rng):
    fw = "".join(chr(0xFF10 + rng.randrange(10)) for _ in range(rng.choice([30, 200])))
    return absurd_cert(rng, ["陈静同志参加培训，共计九千九百九十九万亿亿亿亿亿学时，", f"证书编号{fw}，为期{fw}天，",
                             "共计24.0000000000000000000000000001学时，贰拾肆亿亿亿学时。"])


# ================================================================================================================
# Cases: costly content
# ================================================================================================================


@case("glyphs-200k.pdf", "cost", "200,000 glyphs at random positions on one page", "read", LIMITS + ["too-large"],
      big_hint=True)
def _(rng):
    parts = [b"BT /F1 7 Tf\n"]
    letters = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    for _ in range(200_000):
        parts.append(b"1 0 0 1 %d %d Tm (%c) Tj\n" % (rng.randrange(595), rng.randrange(842), rng.choice(letters)))
    parts.append(b"ET\n")
    return simple_pdf(EN_TEXT + b"".join(parts))


@case("xobject-nest-10x10.pdf", "cost", "Form XObjects nested 10 deep, each drawing the next 10 times (10^10 glyphs "
      "from a tiny file)", "read", LIMITS)
def _(rng):
    depth, fan = 10, 10
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>"
            b" /XObject << /X 6 0 R >> >> >>",
            pdf_stream(EN_TEXT + b"q /X Do Q\n"),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    leaf = rng.choice([b"BT /F1 9 Tf 0 0 Td (Xueshi 24 hours) Tj ET\n", b"0 0 2 2 re f\n"])
    for d in range(depth):
        num = 6 + d
        if d == depth - 1:
            body = leaf
            res = b"<< /Font << /F1 5 0 R >> >>"
        else:
            body = b"".join(b"q 1 0 0 1 %d %d cm /X Do Q\n" % (rng.randrange(5), rng.randrange(5)) for _ in range(fan))
            res = b"<< /XObject << /X %d 0 R >> /Font << /F1 5 0 R >> >>" % (num + 1)
        objs.append(pdf_stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources %s " % res))
    return pdf_doc(objs)


def q_bomb(n: int) -> bytes:
    co = zlib.compressobj(9)
    data = bytearray(co.compress(EN_TEXT))
    chunk = b"q\n" * 100_000
    for _ in range(n // 100_000):
        data += co.compress(chunk)
    data += co.compress(b"BT /F1 12 Tf 72 700 Td (after the q run) Tj ET\n") + co.flush()
    return simple_pdf(b"", content_obj=pdf_raw_stream(bytes(data), b"/Filter /FlateDecode "))


@case("q-10m.pdf", "cost", "10 million q operators without Q (a compressed stream of ~26 KB)", "read", LIMITS)
def _(rng):
    return q_bomb(10_000_000)


@case("q-1m.pdf", "cost", "1 million q operators without Q", "read", LIMITS)
def _(rng):
    return q_bomb(1_000_000)


@case("scan-300-pages.pdf", "cost", "A 300-page scanned PDF, each page one low-resolution noise image (OCR budget)",
      "read", LIMITS, big_hint=True)
def _(rng):
    n = 300
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + 3 * i) for i in range(n)), n)]
    for i in range(n):
        pg, ct, im = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        jpg = noise_jpeg(rng, 124, 176, quality=25)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                    b"/Resources << /XObject << /Im0 %d 0 R >> >> >>" % (ct, im))
        objs.append(pdf_stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q\n"))
        objs.append(pdf_raw_stream(jpg, b"/Type /XObject /Subtype /Image /Width 124 /Height 176 /ColorSpace "
                                        b"/DeviceGray /BitsPerComponent 8 /Filter /DCTDecode "))
    return pdf_doc(objs)


@case("scan-12-pages.pdf", "cost", "A 12-page scanned PDF of noise pages (the kill test's slow file)", "read", LIMITS)
def _(rng):
    n = 12
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + 3 * i) for i in range(n)), n)]
    for i in range(n):
        pg, ct, im = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        jpg = noise_jpeg(rng, 120, 170, quality=20)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                    b"/Resources << /XObject << /Im0 %d 0 R >> >> >>" % (ct, im))
        objs.append(pdf_stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q\n"))
        objs.append(pdf_raw_stream(jpg, b"/Type /XObject /Subtype /Image /Width 120 /Height 170 /ColorSpace "
                                        b"/DeviceGray /BitsPerComponent 8 /Filter /DCTDecode "))
    return pdf_doc(objs)


# ================================================================================================================
# Cases: images whose headers lie or whose pixels are too many
# ================================================================================================================


@case("noise-42k.png", "image", "A 42 KB PNG of grey noise (OCR finds nothing)", "read")
def _(rng):
    return noise_png(rng, 205, 205)


def tiff(width: int, height: int, strip: bytes, pad: int, bps: int = 8) -> bytes:
    """Little-endian TIFF: header, the strip, `pad` bytes of filler, then the IFD at the very end."""
    body = strip + bytes(pad)
    ifd_off = 8 + len(body)
    tags = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, bps), (259, 3, 1, 1), (262, 3, 1, 1),
            (273, 4, 1, 8), (277, 3, 1, 1), (278, 4, 1, height), (279, 4, 1, len(strip))]
    ifd = struct.pack("<H", len(tags)) + b"".join(struct.pack("<HHII", t, ty, c, v) if ty == 4 else
                                                   struct.pack("<HHIHH", t, ty, c, v, 0) for t, ty, c, v in tags)
    return b"II*\x00" + struct.pack("<I", ifd_off) + body + ifd + b"\0\0\0\0"


@case("tiff-ifd-at-end-huge.tif", "image", "TIFF whose IFD sits past the first 64 KB and says 100000×100000",
      "error", PIXELS + ["corrupt", "unreadable"])
def _(rng):
    w = rng.choice([100_000, 65_535, 4_000_000])
    return tiff(w, w, rng.randbytes(1000), 70_000 + rng.randrange(1000))


@case("tiff-ifd-at-end-valid.tif", "image", "A valid small TIFF whose IFD sits past the first 64 KB", "read")
def _(rng):
    return tiff(200, 100, rng.randbytes(200 * 100), 70_000)


def jpeg_with_segments(jpg: bytes, total: int, rng, sof_size: tuple[int, int] | None = None) -> bytes:
    """Insert APP1..APP15 and COM segments (each < 64 KB) after SOI, `total` bytes in all; optionally rewrite the
    first SOF's height and width."""
    segs = bytearray()
    while len(segs) < total:
        marker = rng.choice([0xE1, 0xE2, 0xEC, 0xED, 0xEE, 0xFE])
        n = rng.randrange(30_000, 65_000)
        segs += bytes([0xFF, marker]) + struct.pack(">H", n) + rng.randbytes(n - 2)
    out = bytearray(jpg[:2] + segs + jpg[2:])
    if sof_size:
        i = 2
        while i < len(out):
            m = out[i + 1]
            if m in (0xC0, 0xC1, 0xC2):
                out[i + 5:i + 9] = struct.pack(">HH", sof_size[1], sof_size[0])
                break
            i += 2 + struct.unpack(">H", out[i + 2:i + 4])[0]
    return bytes(out)


@case("jpeg-appn-huge-sof.jpg", "image", "JPEG with 300 KB of APPn/COM segments before an SOF saying 65500×65500",
      "error", PIXELS + ["corrupt", "unreadable"], big_hint=True)
def _(rng):
    return jpeg_with_segments(noise_jpeg(rng, 64, 64), 300_000, rng, (65500, 65500))


@case("jpeg-appn-valid.jpg", "image", "A valid JPEG photo of text behind 300 KB of APPn/COM segments", "read",
      big_hint=True)
def _(rng):
    return jpeg_with_segments(text_image(rng, CERT_LINES, fmt="JPEG"), 300_000, rng)


@case("png-60000-header.png", "image", "PNG whose header says 60000×60000 RGB over a tiny IDAT", "error",
      PIXELS + ["corrupt", "unreadable"])
def _(rng):
    return png(60000, 60000, zlib.compress(b"\0" * 1000), 8, 2)


@case("png-60000-real.png", "image", "A real 60000×60000 1-bit PNG (450 MB of pixels in ~440 KB)", "error",
      PIXELS + ["decompression-limit"], big_hint=True)
def _(rng):
    w = h = 60000
    row = b"\0" + b"\xff" * (w // 8)
    co = zlib.compressobj(9)
    data = bytearray()
    rows = row * 1000
    for _ in range(h // 1000):
        data += co.compress(rows)
    data += co.flush()
    return png(w, h, bytes(data), 1, 0)


def bmp(w: int, h: int, pixels: bytes | None, declared_w: int | None = None, declared_h: int | None = None) -> bytes:
    stride = (w * 3 + 3) & ~3
    if pixels is None:
        pixels = b""
    dw = declared_w if declared_w is not None else w
    dh = declared_h if declared_h is not None else h
    head = struct.pack("<2sIHHI", b"BM", 54 + len(pixels), 0, 0, 54)
    info = struct.pack("<IiiHHIIiiII", 40, dw, dh, 1, 24, 0, stride * h, 2835, 2835, 0, 0)
    return head + info + pixels


@case("bmp-text.bmp", "image", "A plain 24-bit BMP picture of a certificate's lines", "read", big_hint=True)
def _(rng):
    from PIL import Image
    im = Image.open(io.BytesIO(text_image(rng, CERT_LINES, 640, 420)))
    b = io.BytesIO()
    im.convert("RGB").save(b, "BMP")
    return b.getvalue()


@case("bmp-huge-header.bmp", "image", "BMP whose header says 60000 × -60000 over 1 KB of pixels", "error",
      PIXELS + ["corrupt", "unreadable"])
def _(rng):
    return bmp(16, 16, rng.randbytes(16 * 48), 60000, rng.choice([-60000, 60000, 2 ** 31 - 1]))


# ================================================================================================================
# Cases: decompression bombs
# ================================================================================================================
BOMB = ["decompression-limit", "too-large", "corrupt"]


@case("flate-bomb-content.pdf", "bomb", "A page's second content stream [/FlateDecode /FlateDecode] inflating to "
      "4 GB of spaces",
      "read", BOMB)
def _(rng):
    data = double_flate(b" ", 4 << 30)
    bomb = pdf_raw_stream(data, b"/Filter [/FlateDecode /FlateDecode] ")
    return simple_pdf(EN_TEXT, contents=b"[4 0 R 6 0 R]", extra=[bomb])


@case("flate-bomb-single.pdf", "bomb", "A content stream (one /FlateDecode) inflating to 1 GB", "read", BOMB,
      big_hint=True)
def _(rng):
    once, _ = deflate_repeat(EN_TEXT, b" ", 1 << 30)
    return simple_pdf(b"", content_obj=pdf_raw_stream(once, b"/Filter /FlateDecode "))


@case("flate-bomb-xmp.pdf", "bomb", "An XMP /Metadata stream inflating to 4 GB", "read", BOMB)
def _(rng):
    data = double_flate(b" ", 4 << 30)
    meta = pdf_raw_stream(data, b"/Type /Metadata /Subtype /XML /Filter [/FlateDecode /FlateDecode] ")
    return simple_pdf(EN_TEXT, catalog=b"/Metadata 6 0 R ", extra=[meta])


@case("flate-bomb-tounicode.pdf", "bomb", "A font's /ToUnicode CMap stream inflating to 4 GB", "read", BOMB)
def _(rng):
    data = double_flate(b" ", 4 << 30)
    cmap = pdf_raw_stream(data, b"/Filter [/FlateDecode /FlateDecode] ")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>"
            b" >> >>", pdf_stream(EN_TEXT),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>", cmap]
    return pdf_doc(objs)


@case("flate-bomb-image.pdf", "bomb", "An image XObject of 60000×60000 grey pixels (3.6 GB) in a double-deflated "
      "stream", "read", BOMB + PIXELS)
def _(rng):
    w = h = 60000
    data = double_flate(b" ", 4 << 30)           # 4 GB of 0x20: more than the 3.6 GB of pixels
    img = pdf_raw_stream(data, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                               b"/BitsPerComponent 8 /Filter [/FlateDecode /FlateDecode] " % (w, h))
    return simple_pdf(EN_TEXT + b"q 300 0 0 300 100 300 cm /Im0 Do Q\n", resources=b"/XObject << /Im0 6 0 R >> ",
                      extra=[img])


@case("pdf-image-60000-lie.pdf", "image", "An image XObject that says 60000×60000 RGB over 1 KB of data", "read",
      PIXELS + ["corrupt"])
def _(rng):
    img = pdf_stream(rng.randbytes(1000), b"/Type /XObject /Subtype /Image /Width 60000 /Height 60000 "
                                          b"/ColorSpace /DeviceRGB /BitsPerComponent 8 ")
    return simple_pdf(b"q 595 0 0 842 0 0 cm /Im0 Do Q\n", resources=b"/XObject << /Im0 6 0 R >> ", extra=[img])


# ================================================================================================================
# Cases: OFD containers
# ================================================================================================================
OFD_BAD = ["corrupt", "not-a-document"]


@case("ofd-valid-minimal.ofd", "ofd", "A minimal valid OFD (a control: must read)", "read")
def _(rng):
    return ofd_zip(ofd_parts(CERT_LINES))


@case("ofd-in-subfolder.ofd", "ofd", "A zip holding the whole package under pkg/ (pkg/OFD.xml, not at the root)",
      "error", OFD_BAD)
def _(rng):
    return ofd_zip(ofd_parts(CERT_LINES), prefix=rng.choice(["pkg/", "证明材料/", "a/b/c/"]))


@case("ofd-in-subfolder-zip.zip", "ofd", "The same package in a subfolder, named .zip (scanned by name only: folder "
      "walks skip .zip)", "error", OFD_BAD)
def _(rng):
    return ofd_zip(ofd_parts(CERT_LINES), prefix="pkg/")


@case("ofd-missing-parts.ofd", "ofd", "OFD.xml names a DocRoot, PublicRes and page that are not in the zip", "error",
      ["corrupt"])
def _(rng):
    parts = ofd_parts(CERT_LINES)
    k = rng.choice(["Doc_9/Document.xml", "Doc_0/../../Doc_0/Document.xml", "Doc_0/Document.xml"])
    parts["OFD.xml"] = parts["OFD.xml"].replace(b"Doc_0/Document.xml", k.encode())
    del parts["Doc_0/Pages/Page_0/Content.xml"]
    del parts["Doc_0/PublicRes.xml"]
    if k == "Doc_0/Document.xml":
        pass
    else:
        del parts["Doc_0/Document.xml"]
    return ofd_zip(parts)


def ofd_bomb(rng, size: int, lie: bool = False) -> bytes:
    parts = ofd_parts(CERT_LINES)
    head = parts["Doc_0/Pages/Page_0/Content.xml"]
    head = head[:head.index(b"<ofd:Content>")]
    body, crc = deflate_repeat(head, b" ", size, raw=True)
    entries = [{"name": k, "data": v} for k, v in parts.items() if k != "Doc_0/Pages/Page_0/Content.xml"]
    entries.append({"name": "Doc_0/Pages/Page_0/Content.xml", "body": body, "crc": crc,
                    "usize": 4096 if lie else size})
    return zip_build(entries)


@case("ofd-zip-bomb.ofd", "bomb", "Content.xml inflates to 150 MB of spaces (declared honestly)", "error",
      ["too-large", "decompression-limit"])
def _(rng):
    return ofd_bomb(rng, 150 << 20)


@case("ofd-zip-bomb-lying.ofd", "bomb", "Content.xml declares 4 KB but inflates to 150 MB", "error",
      ["too-large", "decompression-limit", "corrupt"])
def _(rng):
    return ofd_bomb(rng, 150 << 20, lie=True)


@case("ofd-zip-bomb-4g.ofd", "bomb", "Content.xml inflates to 4 GB (declared size past 32 bits: stored mod 2^32)",
      "error", ["too-large", "decompression-limit", "corrupt"], big_hint=True)
def _(rng):
    return ofd_bomb(rng, (4 << 30) + 1000)


@case("ofd-deep-nesting.ofd", "ofd", "Content.xml nests 200,000 PageBlock elements", "error", ["corrupt", "too-large"])
def _(rng):
    n = rng.choice([200_000, 100_000, 1_000_000])
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="3">'
           ).encode() + b"<ofd:PageBlock>" * n + b"</ofd:PageBlock>" * n + b"</ofd:Layer></ofd:Content></ofd:Page>\n"
    return ofd_zip(ofd_parts(CERT_LINES, content_xml=xml))


@case("ofd-deep-nesting-1000.ofd", "ofd", "Content.xml nests 1,000 PageBlock levels around the text (past libxml2's "
      "default depth limit of 256: refusing is as right as reading)", "read", ["corrupt", "too-large"])
def _(rng):
    inner = (f'<ofd:TextObject ID="10" Boundary="20 40 170 8" Font="2" Size="5"><ofd:TextCode X="0" Y="5">'
             f'{CERT_LINES[2]}</ofd:TextCode></ofd:TextObject>').encode()
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="3">'
           ).encode() + b"<ofd:PageBlock>" * 1000 + inner + b"</ofd:PageBlock>" * 1000 + \
        b"</ofd:Layer></ofd:Content></ofd:Page>\n"
    return ofd_zip(ofd_parts(CERT_LINES, content_xml=xml))


def laughs(root: str, levels: int = 9, fan: int = 10) -> str:
    ents = ' <!ENTITY lol "lol">\n' + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * fan}">\n' for i in range(1, levels + 1))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE {root} [\n{ents}]>\n'


@case("ofd-billion-laughs.ofd", "ofd", "Content.xml with a billion-laughs entity bomb (10^9 'lol' from 1 KB)",
      "error", ["corrupt"])
def _(rng):
    xml = (laughs("ofd:Page") + f'<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="3"><ofd:TextObject ID="10" '
           'Boundary="20 40 170 8" Font="2" Size="5"><ofd:TextCode X="0" Y="5">&lol9;</ofd:TextCode></ofd:TextObject>'
           '</ofd:Layer></ofd:Content></ofd:Page>\n').encode()
    return ofd_zip(ofd_parts(CERT_LINES, content_xml=xml))


@case("ofd-quadratic-blowup.ofd", "ofd", "OFD.xml with one 50 KB entity referenced 50,000 times (2.5 GB)", "error",
      ["corrupt"])
def _(rng):
    n = rng.choice([50_000, 20_000])
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ofd:OFD [<!ENTITY a "{"a" * 50_000}">]>\n'
           f'<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>'
           + "&a;" * n + '</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>'
           '</ofd:OFD>\n').encode()
    return ofd_zip(ofd_parts(CERT_LINES, ofd_xml=xml))


@case("ofd-external-entity.ofd", "ofd", "Content.xml with an external entity (file:///etc/passwd) in its text",
      "error", ["corrupt"])
def _(rng):
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ofd:Page [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
           f'<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="3"><ofd:TextObject ID="10" Boundary="20 40 170 8" '
           'Font="2" Size="5"><ofd:TextCode X="0" Y="5">共计24学时 &x;</ofd:TextCode></ofd:TextObject></ofd:Layer>'
           '</ofd:Content></ofd:Page>\n').encode()
    return ofd_zip(ofd_parts(CERT_LINES, content_xml=xml))


@case("ofd-png-60000.ofd", "ofd", "An OFD page whose image is a PNG that says 60000×60000", "read",
      PIXELS + ["corrupt"])
def _(rng):
    res = ('<ofd:MultiMedias><ofd:MultiMedia ID="20" Type="Image" Format="PNG"><ofd:MediaFile>big.png</ofd:MediaFile>'
           '</ofd:MultiMedia></ofd:MultiMedias>')
    img = '<ofd:ImageObject ID="21" Boundary="20 100 170 150" CTM="170 0 0 150 0 0" ResourceID="20"/>'
    parts = ofd_parts(CERT_LINES, res_extra=res, page_extra=img)
    parts["Doc_0/Res/big.png"] = png(60000, 60000, zlib.compress(b"\0" * 1000), 8, 2)
    return ofd_zip(parts)


@case("ofd-huge-boundary.ofd", "geometry", "An OFD page whose PhysicalBox is 1e20 mm and text boxes are NaN", "read",
      GEOMETRY)
def _(rng):
    parts = ofd_parts(CERT_LINES)
    parts = {k: v.replace(b"0 0 210 297", b"0 0 1e20 1e20").replace(b'Boundary="20 40 170 8"', b'Boundary="NaN 0 INF -1"')
             for k, v in parts.items()}
    return ofd_zip(parts)


@case("ofd-truncated.ofd", "truncated", "A valid OFD cut at 40–80% (no central directory)", "error", ["corrupt"])
def _(rng):
    good = ofd_zip(ofd_parts(CERT_LINES))
    return good[: int(len(good) * rng.uniform(0.4, 0.8))]


# ================================================================================================================
# Cases: PDF structure
# ================================================================================================================


@case("encrypted-user-password.pdf", "pdf", "AES-256 encrypted PDF with a user password", "error", ["encrypted"])
def _(rng):
    import pikepdf
    src = pikepdf.open(io.BytesIO(cert_pdf(rng)))
    b = io.BytesIO()
    src.save(b, encryption=pikepdf.Encryption(user="xs2025", owner="owner2025", R=6), static_id=True)
    return b.getvalue()


@case("encrypted-owner-only.pdf", "pdf", "RC4 encrypted PDF with only an owner password (opens without one)", "read",
      ["encrypted"])
def _(rng):
    import pikepdf
    src = pikepdf.open(io.BytesIO(cert_pdf(rng)))
    b = io.BytesIO()
    src.save(b, encryption=pikepdf.Encryption(user="", owner="owner2025", R=4, aes=False, metadata=False), static_id=True)
    return b.getvalue()


@case("javascript-openaction.pdf", "pdf", "OpenAction JavaScript, a Names JavaScript tree, page /AA and a /Launch",
      "read")
def _(rng):
    import pikepdf
    pdf = pikepdf.open(io.BytesIO(cert_pdf(rng)))
    js = pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.JavaScript,
                                              JS=pikepdf.String("app.alert('xueshi');while(true){}")))
    pdf.Root.OpenAction = js
    pdf.Root.Names = pikepdf.Dictionary(JavaScript=pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("a"), js])))
    pdf.pages[0].obj.AA = pikepdf.Dictionary(O=pikepdf.Dictionary(S=pikepdf.Name.Launch,
                                                                  F=pikepdf.String("/bin/sh")))
    b = io.BytesIO()
    pdf.save(b, deterministic_id=True)
    return b.getvalue()


def font_streams(pdf):
    import pikepdf
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
            for key in ("/FontFile", "/FontFile2", "/FontFile3"):
                if key in obj:
                    yield obj[key]


@case("font-garbage-embedded.pdf", "font", "The embedded TrueType subset replaced by random bytes", "read")
def _(rng):
    import pikepdf
    pdf = pikepdf.open(io.BytesIO(cert_pdf(rng)))
    for s in font_streams(pdf):
        n = len(s.read_bytes())
        s.write(rng.randbytes(n))
    b = io.BytesIO()
    pdf.save(b, deterministic_id=True)
    return b.getvalue()


@case("font-truncated-embedded.pdf", "font", "The embedded TrueType subset cut to its first 5–30% with its table "
      "directory intact", "read")
def _(rng):
    import pikepdf
    pdf = pikepdf.open(io.BytesIO(cert_pdf(rng)))
    for s in font_streams(pdf):
        data = s.read_bytes()
        s.write(data[: int(len(data) * rng.uniform(0.05, 0.3))])
    b = io.BytesIO()
    pdf.save(b, deterministic_id=True)
    return b.getvalue()


@case("font-huge-tables.pdf", "font", "An embedded font whose table directory claims 2^32-1-byte tables at wild "
      "offsets", "read")
def _(rng):
    import pikepdf
    pdf = pikepdf.open(io.BytesIO(cert_pdf(rng)))
    for s in font_streams(pdf):
        data = bytearray(s.read_bytes())
        ntab = struct.unpack(">H", data[4:6])[0]
        for t in range(ntab):
            o = 12 + 16 * t
            data[o + 8:o + 16] = struct.pack(">II", rng.randrange(1 << 32), 0xFFFFFFFF)
        s.write(bytes(data))
    b = io.BytesIO()
    pdf.save(b, deterministic_id=True)
    return b.getvalue()


@case("xref-garbage.pdf", "xref", "startxref points into the middle of a compressed stream", "read", ["corrupt"])
def _(rng):
    pdf = cert_pdf(rng)
    s = pdf.rfind(b"startxref")
    target = rng.randrange(200, len(pdf) // 2)
    return pdf[:s] + b"startxref\n%d\n%%%%EOF\n" % target


@case("xref-offsets-shifted.pdf", "xref", "Every xref entry off by a random 1–50 bytes", "read", ["corrupt"])
def _(rng):
    pdf = cert_pdf(rng)
    x = pdf.rfind(b"\nxref") + 1
    head, tail = pdf[:x], pdf[x:]
    tail = re.sub(rb"(?m)^(\d{10}) 00000 n", lambda m: b"%010d 00000 n" % (int(m.group(1)) + rng.randrange(1, 50)), tail)
    return head + tail


@case("xref-startxref-huge.pdf", "xref", "startxref of 99999999999999999999 (past Int64) and an xref /Size of 2^31",
      "read", ["corrupt"])
def _(rng):
    pdf = cert_pdf(rng)
    s = pdf.rfind(b"startxref")
    pdf = re.sub(rb"/Size \d+", b"/Size 2147483647", pdf)
    return pdf[:s] + b"startxref\n%s\n%%%%EOF\n" % rng.choice([b"99999999999999999999", b"-1", b"1e9"])


@case("xref-garbage-table.pdf", "xref", "The xref table itself overwritten with random bytes", "read", ["corrupt"])
def _(rng):
    pdf = bytearray(cert_pdf(rng))
    x = pdf.rfind(b"\nxref") + 6
    t = pdf.find(b"trailer", x)
    pdf[x:t] = rng.randbytes(t - x)
    return bytes(pdf)


def truncated(frac_lo, frac_hi):
    def build(rng):
        pdf = cert_pdf(rng)
        return pdf[: int(len(pdf) * rng.uniform(frac_lo, frac_hi))]
    return build


case("truncated-10.pdf", "truncated", "A certificate PDF cut to its first 5–15%", "error", ["corrupt"])(truncated(.05, .15))
case("truncated-50.pdf", "truncated", "A certificate PDF cut at 40–60%", "read", ["corrupt"])(truncated(.4, .6))
case("truncated-90.pdf", "truncated", "A certificate PDF cut at 85–95%", "read", ["corrupt"])(truncated(.85, .95))


@case("truncated-before-eof.pdf", "truncated", "A certificate PDF missing its last 30 bytes (the trailer's end)",
      "read", ["corrupt"])
def _(rng):
    pdf = cert_pdf(rng)
    return pdf[:-rng.randrange(20, 40)]


@case("truncated-header.pdf", "truncated", "Only '%PDF-1.7' and a few bytes", "error", ["corrupt", "not-a-document"])
def _(rng):
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type"[: rng.randrange(8, 30)]


@case("truncated-png.png", "truncated", "A PNG photo of text cut at 30–70%", "error", ["corrupt", "unreadable"])
def _(rng):
    data = text_image(rng, CERT_LINES, 500, 300)
    return data[: int(len(data) * rng.uniform(0.3, 0.7))]


@case("truncated-jpg.jpg", "truncated", "A JPEG photo of text cut at 30–70%", "read", ["corrupt", "unreadable"])
def _(rng):
    data = text_image(rng, CERT_LINES, 500, 300, "JPEG")
    return data[: int(len(data) * rng.uniform(0.3, 0.7))]


@case("objects-5000.pdf", "structure", "A valid certificate PDF with 5,000 extra objects in one classic xref table",
      "read", forbid=["repaired-file"], big_hint=True)
def _(rng):
    pdf = cert_pdf(rng)
    x = pdf.rfind(b"\nxref") + 1
    n0 = max(int(m.group(1)) for m in re.finditer(rb"(?m)^(\d+) 0 obj", pdf[:x])) + 1
    extra = bytearray()
    for i in range(5000):
        extra += b"%d 0 obj\n<</P %d>>\nendobj\n" % (n0 + i, rng.randrange(10 ** 4))
    # one array object referencing them all, hung off the catalog
    arr = b"%d 0 obj\n[%s]\nendobj\n" % (n0 + 5000, b" ".join(b"%d 0 R" % (n0 + i) for i in range(5000)))
    out = pdf[:x] + bytes(extra) + arr + pdf[x:]
    out = re.sub(rb"/Type /Catalog", b"/Type /Catalog /XueshiPadding %d 0 R" % (n0 + 5000), out, count=1)
    return fix_xref(out)


@case("page-tree-cycle.pdf", "structure", "A page tree whose /Kids lead back to itself (reading the one real page is "
      "fine)", "read", ["corrupt"])
def _(rng):
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R 2 0 R 6 0 R] /Count 3 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>"
            b" >> >>", pdf_stream(EN_TEXT), b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /Pages /Parent 2 0 R /Kids [6 0 R 2 0 R] /Count 2 >>"]
    return pdf_doc(objs)


@case("pages-count-huge.pdf", "structure", "/Pages /Count 2147483647 over one page", "read", ["corrupt"])
def _(rng):
    pdf = simple_pdf(EN_TEXT)
    c = rng.choice([b"2147483647", b"9223372036854775807", b"-1"])
    return pdf_doc([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count %s >>" % c,
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 "
                    b"5 0 R >> >> >>", pdf_stream(EN_TEXT), b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])


@case("deep-arrays.pdf", "structure", "A page dictionary holding 100,000 nested arrays", "read", ["corrupt"])
def _(rng):
    n = rng.choice([100_000, 50_000])
    return simple_pdf(EN_TEXT, page=b"/XueshiDeep " + b"[" * n + b"]" * n + b" ")


@case("empty.pdf", "empty", "A 0-byte file named .pdf", "error", ["empty"])
def _(rng):
    return b""


@case("random-bytes.pdf", "garbage", "20 KB of random bytes named .pdf", "error", ["not-a-document", "corrupt"])
def _(rng):
    return rng.randbytes(20_000)


@case("pdf-header-then-garbage.pdf", "garbage", "%PDF-1.7 then 20 KB of random bytes", "error", ["corrupt"])
def _(rng):
    return b"%PDF-1.7\n" + rng.randbytes(20_000)


# ================================================================================================================
# Path cases (not file contents)
# ================================================================================================================
GBK_NAME = "学时证明".encode("gbk") + b".pdf"


def make_paths(out: str, seed: int) -> list[dict]:
    """Odd paths into `out`: each entry has `args` (relative to `out`), `cwd` ('.' = out), expect, codes."""
    rng = random.Random(f"{seed}:paths")
    if os.path.lexists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    ob = os.fsencode(out)
    pdf = cert_pdf(rng)
    cases = []

    def add(name, kind, attack, args, expect, codes=(), reports=1):
        cases.append({"name": name, "kind": kind, "attack": attack, "args": args, "expect": expect,
                      "codes": list(codes), "reports": reports})

    with open(os.path.join(ob, GBK_NAME), "wb") as fh:
        fh.write(pdf)
    add("gbk-name", "path", "a file named 学时证明.pdf in GBK bytes (not valid UTF-8)",
        [os.fsdecode(GBK_NAME)], "read")
    d = os.path.join(ob, "gbk-folder")
    os.makedirs(os.path.join(d, "学时".encode("gbk")))
    with open(os.path.join(d, "学时".encode("gbk"), GBK_NAME), "wb") as fh:
        fh.write(pdf)
    add("gbk-in-folder", "path", "the same GBK-named file inside a GBK-named folder, the parent folder given",
        ["gbk-folder"], "read")
    os.symlink("/nonexistent/xueshi/学时证明.pdf", os.path.join(out, "dangling.pdf"))
    add("dangling-symlink", "path", "a symlink to nothing, named on the command line", ["dangling.pdf"], "error",
        ["not-found"])
    os.makedirs(os.path.join(out, "dangling-folder"))
    os.symlink("/nonexistent/x.pdf", os.path.join(out, "dangling-folder", "gone.pdf"))
    with open(os.path.join(out, "dangling-folder", "ok.pdf"), "wb") as fh:
        fh.write(pdf)
    add("dangling-in-folder", "path", "a folder holding a dangling symlink gone.pdf and a good ok.pdf",
        ["dangling-folder"], "read", ["not-found"], reports=None)
    with open(os.path.join(out, "-rf.pdf"), "wb") as fh:
        fh.write(pdf)
    add("dash-name", "path", "a file named -rf.pdf, given after --", ["--", "-rf.pdf"], "read")
    add("dash-name-dot", "path", "the file named -rf.pdf, given as ./-rf.pdf", ["./-rf.pdf"], "read")
    os.makedirs(os.path.join(out, "x.pdf"))
    with open(os.path.join(out, "x.pdf", "inner.pdf"), "wb") as fh:
        fh.write(pdf)
    add("dir-named-pdf", "path", "a directory named x.pdf/ holding inner.pdf", ["x.pdf"], "read")
    os.mkfifo(os.path.join(out, "fifo.pdf"))
    add("fifo", "path", "a FIFO named fifo.pdf (nobody writes to it: reading must not block)", ["fifo.pdf"], "error",
        ["not-a-file"])
    open(os.path.join(out, "empty.pdf"), "wb").close()
    add("empty-file", "path", "a 0-byte file", ["empty.pdf"], "error", ["empty"])
    add("missing", "path", "a name that does not exist at all", ["no-such-file.pdf"], "error", ["not-found"])
    with open(os.path.join(out, "cases.json"), "w", encoding="utf-8") as fh:
        json.dump(cases, fh, ensure_ascii=False, indent=1)
    return cases


# ================================================================================================================
# Making, listing, running
# ================================================================================================================


def make(out: str, seed: int, small_only: bool, only: set[str] | None) -> list[dict]:
    os.makedirs(out, exist_ok=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "case names must be unique"
    rows = []
    for c in CASES:
        meta = {k: v for k, v in c.items() if k not in ("build", "bigHint")}
        meta["seed"] = seed
        if only and c["name"] not in only and c["file"] not in only:
            continue
        if small_only and c["bigHint"]:
            meta["big"], meta["bytes"] = True, None
            rows.append(meta)
            continue
        t0 = time.monotonic()
        data = c["build"](random.Random(f"{seed}:{c['name']}"))
        with open(os.path.join(out, c["file"]), "wb") as fh:
            fh.write(data)
        meta["bytes"], meta["big"] = len(data), len(data) >= BIG
        if meta["big"] != c["bigHint"]:
            print(f"note: {c['file']} is {len(data)} bytes (big hint {c['bigHint']})", file=sys.stderr)
        rows.append(meta)
        print(f"  {c['file']:34} {len(data):>10,} B  {time.monotonic() - t0:5.1f}s", file=sys.stderr)
    with open(os.path.join(out, "cases.json"), "w", encoding="utf-8") as fh:
        json.dump(rows, fh, ensure_ascii=False, indent=1)
    ignore = sorted({c["file"] for c in CASES if c["bigHint"]} | {r["file"] for r in rows if r.get("big")})
    with open(os.path.join(out, ".gitignore"), "w") as fh:
        fh.write("# Big hostile cases (200 KB or more): made on demand by corpus/hostile.py, never committed.\n")
        fh.write("".join(f"/{n}\n" for n in ignore))
    return rows


def judge(expect: str, codes: list[str], forbid: list[str], rep: dict | None) -> tuple[bool, str]:
    if rep is None:
        return False, "no report"
    err = rep.get("error")
    flags = {f.get("code") for f in rep.get("flags", []) if isinstance(f, dict)}
    bad = sorted(flags & set(forbid))
    if bad:
        return False, "forbidden flag " + ",".join(bad)
    if err:
        code = err.get("code")
        if code in codes:
            return True, f"error {code}" + (" (tolerated)" if expect == "read" else "")
        return False, f"error {code}, expected " + ("read" if expect == "read" else "/".join(codes))
    if expect == "read":
        return True, "read"
    return False, "read, expected error " + "/".join(codes)


def run_one(bin_path: str, args: list, timeout: float, mem_mb: float, cwd: str | None = None):
    import harness
    return harness.run([bin_path, "scan", "--format", "jsonl"] + args, timeout=timeout, mem_limit_mb=mem_mb, cwd=cwd)


def verdict_common(r, nreports_ok: bool) -> list[str]:
    problems = []
    if r.timed_out:
        problems.append("killed: wall-clock")
    if r.over_memory:
        problems.append("killed: memory")
    if r.signal and not (r.timed_out or r.over_memory):
        problems.append(f"signal {r.signal}")
    elif r.returncode not in (0, 1, None):
        problems.append(f"exit {r.returncode}")
    if r.leftover:
        problems.append(f"{len(r.leftover)} process(es) left")
    if not nreports_ok:
        problems.append("report count")
    return problems


def fmt_rc(r) -> str:
    if r.timed_out:
        return "KILL(t)"
    if r.over_memory:
        return "KILL(m)"
    if r.signal:
        return f"sig{r.signal}"
    return str(r.returncode)


def run_cases(out: str, rows: list[dict], bin_path: str, timeout: float, mem_mb: float, per_file: float) -> list[dict]:
    import harness
    results = []
    print(f"\n{'case':34} {'expect':>6} {'rc':>7} {'error code':>20} {'s':>6} {'MB':>7}  verdict", flush=True)
    for row in rows:
        path = os.path.join(out, row["file"])
        if not os.path.exists(path):
            continue
        r = run_one(bin_path, [path], timeout, mem_mb)
        reports, junk = harness.parse_jsonl(r.stdout)
        rep = reports[0] if len(reports) == 1 else None
        problems = verdict_common(r, len(reports) == 1)
        ok, why = judge(row["expect"], row["codes"], row["forbidFlags"], rep)
        if r.seconds > per_file:
            problems.append(f"over {per_file:.0f}s")
        if junk:
            problems.append("non-JSON output")
        passed = ok and not problems
        code = (rep or {}).get("error", {}) or {}
        res = {"case": row["name"], "file": row["file"], "kind": row["kind"], "expect": row["expect"],
               "rc": fmt_rc(r), "errorCode": code.get("code") if rep else None, "seconds": round(r.seconds, 2),
               "peakMB": round(r.peak_mb, 1), "procs": r.peak_procs, "reports": len(reports),
               "flags": [f.get("code") for f in (rep or {}).get("flags", [])],
               "pass": passed, "why": "; ".join(problems + ([] if ok else [why])) or why,
               "leftover": r.leftover, "stderr": r.stderr[-400:].decode("utf-8", "replace")}
        results.append(res)
        print(f"{row['name'][:34]:34} {row['expect']:>6} {res['rc']:>7} {str(res['errorCode'] or '-'):>20} "
              f"{r.seconds:6.1f} {r.peak_mb:7.0f}  {'ok' if passed else 'FAIL'}: {res['why']}", flush=True)
    return results


def run_folder(out: str, rows: list[dict], bin_path: str, timeout: float, mem_mb: float) -> dict:
    import harness
    from_walk = {"pdf", "ofd", "jpg", "jpeg", "png", "tif", "tiff", "webp", "bmp"}
    want = [r["file"] for r in rows if os.path.exists(os.path.join(out, r["file"]))
            and r["file"].rsplit(".", 1)[-1].lower() in from_walk]
    r = run_one(bin_path, [out], timeout, mem_mb)
    reports, junk = harness.parse_jsonl(r.stdout)
    seen = {}
    for rep in reports:
        seen[os.path.basename(rep.get("file", ""))] = seen.get(os.path.basename(rep.get("file", "")), 0) + 1
    missing = [f for f in want if seen.get(f, 0) == 0]
    dup = [f for f, n in seen.items() if n > 1]
    extra = [f for f in seen if f not in want]
    problems = verdict_common(r, not missing and not dup and not extra)
    res = {"rc": fmt_rc(r), "seconds": round(r.seconds, 1), "peakMB": round(r.peak_mb, 1), "files": len(want),
           "reports": len(reports), "missing": missing, "duplicated": dup, "unexpected": extra,
           "leftover": r.leftover, "pass": not problems, "why": "; ".join(problems) or "ok",
           "stderr": r.stderr[-600:].decode("utf-8", "replace")}
    print(f"\nwhole folder: rc {res['rc']}, {len(reports)} reports for {len(want)} files, {r.seconds:.1f}s, "
          f"peak {r.peak_mb:.0f} MB; missing {missing[:8]}{'…' if len(missing) > 8 else ''}; {res['why']}", flush=True)
    return res


def run_paths(pdir: str, cases: list[dict], bin_path: str, timeout: float, mem_mb: float) -> list[dict]:
    import harness
    results = []
    print(f"\n{'path case':22} {'args':28} {'rc':>7} {'error code':>14} {'s':>6}  verdict", flush=True)
    for c in cases:
        r = run_one(bin_path, c["args"], timeout, mem_mb, cwd=pdir)
        reports, junk = harness.parse_jsonl(r.stdout)
        problems = []
        if r.timed_out:
            problems.append("killed: wall-clock (blocked?)")
        if r.signal:
            problems.append(f"signal {r.signal}")
        if r.leftover:
            problems.append("processes left")
        if r.returncode not in (0, 1) and not r.timed_out:
            problems.append(f"exit {r.returncode}: " + r.stderr.decode("utf-8", "replace").strip()[-120:])
        if c["reports"] is not None and len(reports) != c["reports"]:
            problems.append(f"{len(reports)} reports")
        ok, why = True, ""
        if c["reports"] == 1 and len(reports) == 1:
            ok, why = judge(c["expect"], c["codes"], [], reports[0])
        elif c["reports"] is None:
            errs = [x.get("error") for x in reports]
            why = f"{len(reports)} reports, errors {[e.get('code') if e else None for e in errs]}"
        passed = ok and not problems
        code = reports[0].get("error") if len(reports) == 1 else None
        res = {"case": c["name"], "args": c["args"], "rc": fmt_rc(r), "errorCode": (code or {}).get("code"),
               "seconds": round(r.seconds, 2), "reports": len(reports),
               "files": [x.get("file") for x in reports], "pass": passed,
               "why": "; ".join(problems + ([] if ok else [why])) or why or "ok"}
        results.append(res)
        print(f"{c['name']:22} {' '.join(c['args'])[:28]:28} {res['rc']:>7} {str(res['errorCode'] or '-'):>14} "
              f"{r.seconds:6.1f}  {'ok' if passed else 'FAIL'}: {res['why']}", flush=True)
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("out", nargs="?", help="folder for the cases (default corpus/hostile; with --paths and no OUT, "
                    "only the path cases are made)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--small", action="store_true", help="only cases under 200 KB (the committed ones)")
    ap.add_argument("--only", default="", help="comma-separated case names or files")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--paths", metavar="DIR", help="make the path cases into DIR (and with --run, scan them)")
    ap.add_argument("--run", action="store_true", help="scan each case alone with the binary and judge it")
    ap.add_argument("--no-make", action="store_true", help="with --run: use the files already in OUT")
    ap.add_argument("--folder", action="store_true", help="with --run: also scan the whole folder at once")
    ap.add_argument("--xueshi", default=os.path.join(os.path.dirname(HERE), ".build", "release", "xueshi"))
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per case before it is killed")
    ap.add_argument("--per-file-seconds", type=float, default=60.0, help="a case slower than this fails")
    ap.add_argument("--mem-mb", type=float, default=8000.0, help="kill a case whose process tree passes this RSS")
    ap.add_argument("--results", help="write the results as JSON here")
    a = ap.parse_args(argv)

    if a.list:
        for c in CASES:
            print(f"{c['file']:34} {c['kind']:14} {c['expect']:5} {','.join(c['codes']) or '-':40} {c['attack']}")
        return 0
    if a.run and not os.access(a.xueshi, os.X_OK):
        print(f"no xueshi binary at {a.xueshi} (build with swift build -c release, or pass --xueshi)", file=sys.stderr)
        return 2
    results: dict = {}
    failed = 0
    only = {s.strip() for s in a.only.split(",") if s.strip()} or None
    if a.out is None and not a.paths:
        a.out = os.path.join(HERE, "hostile")
    if a.out is not None:
        if a.no_make:
            with open(os.path.join(a.out, "cases.json"), encoding="utf-8") as fh:
                rows = json.load(fh)
            if only:
                rows = [r for r in rows if r["name"] in only or r["file"] in only]
        else:
            print(f"making {'small ' if a.small else ''}cases into {a.out} (seed {a.seed})", file=sys.stderr)
            rows = make(a.out, a.seed, a.small, only)
            if only:
                rows = [r for r in rows if r["name"] in only or r["file"] in only]
        if a.run:
            results["cases"] = run_cases(a.out, rows, a.xueshi, a.timeout, a.mem_mb, a.per_file_seconds)
            failed += sum(not r["pass"] for r in results["cases"])
            if a.folder:
                results["folder"] = run_folder(a.out, rows, a.xueshi, max(a.timeout, 1800), a.mem_mb)
                failed += not results["folder"]["pass"]
    if a.paths:
        pcases = make_paths(a.paths, a.seed)
        print(f"path cases written to {a.paths}: {', '.join(c['name'] for c in pcases)}", file=sys.stderr)
        if a.run:
            results["paths"] = run_paths(a.paths, pcases, a.xueshi, a.timeout, a.mem_mb)
            failed += sum(not r["pass"] for r in results["paths"])
    if a.results:
        with open(a.results, "w", encoding="utf-8") as fh:
            json.dump(results, fh, ensure_ascii=False, indent=1)
    if a.run:
        total = sum(len(v) if isinstance(v, list) else 1 for v in results.values())
        print(f"\nhostile: {total - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
