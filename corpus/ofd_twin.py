"""OFD (GB/T 33190-2016) twins of the generated PDFs, signed/sealed OFDs and malformed OFD containers.

Used by generate.py (--only ofd, --only ofd-dev, --only ofd-verify, --only broken-ofd, --only ofd-all); it is not run
on its own. How it works:

  * RecCanvas wraps the reportlab canvas that class Pdf draws on. Every call is forwarded unchanged (so the PDF
    written beside it is byte-identical to the committed one: the builders check that), and every drawing call is
    also recorded with the graphics state reportlab itself tracks (CTM, colours, line width, dash, font, size, char
    space, render mode): text, paths (rect, line, circle, ellipse, roundRect, drawPath ...), images, page breaks.
  * OfdWriter replays one recording into an OFD package: OFD.xml, Doc_0/Document.xml, PublicRes.xml (fonts, each
    an embedded fontTools subset of the TrueType file the PDF embeds), DocumentRes.xml or PublicRes.xml
    (MultiMedias), Pages/Page_N/Content.xml, optionally a template page (Tpls/Tpl_0/Content.xml) holding the frame
    and the title, and Res/ files. Units are mm (1 pt = 25.4/72 mm), origin top left, y down.
  * Signing: GB/T 38540 v4 SES_Signature with SM2/SM3 (pure Python SM2 over hashlib's sm3 with a deterministic
    nonce), test keys in corpus/keys/. Every signature is verified with openssl after it is made.

Everything is deterministic: fixed ZIP timestamps and entry order, seeded choices, deterministic SM2 nonces.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import logging
import math
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import types
import zipfile
import zlib
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont as RLTTFont
from reportlab.pdfgen.pathobject import PDFPathObject

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = os.path.join(HERE, "keys")
NS = "http://www.ofdspec.org/2016"
K = 25.4 / 72.0            # mm per pt
OID_SM2_SM3 = "1.2.156.10197.1.501"
OID_SM3 = "1.2.156.10197.1.401"
OID_UNKNOWN = "1.2.156.10197.1.999.42"
SIGNER_CN = "TEST Signer 测试签章人"          # the CN of keys/TEST-signer.cert.pem   # not a signature algorithm anyone knows: the reader cannot verify it
SM2_ID = b"1234567812345678"
logging.getLogger("fontTools").setLevel(logging.ERROR)


# ================================================================================================================
# Small helpers: numbers, matrices, XML
# ================================================================================================================
def num(v: float) -> str:
    s = f"{v:.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def esc(s: str) -> str:
    s = "".join(ch for ch in s if ch in "\t\n\r" or ord(ch) >= 0x20)
    return _xml_escape(s, {'"': "&quot;"})


def mat_mul(m1, m2):
    """m1 after m2: apply(mat_mul(m1, m2), p) == apply(m1, apply(m2, p))."""
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2,
            a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1)


def apply(m, x, y):
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def page_mat(H: float):
    """PDF default space (pt, y up) -> OFD page space (mm, y down)."""
    return (K, 0.0, 0.0, -K, 0.0, K * H)


IDENT = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def rgb_of(col) -> tuple[int, int, int, float]:
    """(r, g, b) 0-255 and alpha 0-1 of whatever reportlab keeps as a colour."""
    if col is None:
        return (0, 0, 0, 1.0)
    if hasattr(col, "red"):
        alpha = getattr(col, "alpha", 1.0)
        alpha = 1.0 if alpha is None else alpha
        return (round(col.red * 255), round(col.green * 255), round(col.blue * 255), alpha)
    if isinstance(col, (tuple, list)):
        if len(col) == 1:
            g = round(col[0] * 255)
            return (g, g, g, 1.0)
        if len(col) == 3:
            return (round(col[0] * 255), round(col[1] * 255), round(col[2] * 255), 1.0)
        if len(col) == 4:
            c, m, y, k = col
            return (round(255 * (1 - c) * (1 - k)), round(255 * (1 - m) * (1 - k)), round(255 * (1 - y) * (1 - k)), 1.0)
    return (0, 0, 0, 1.0)


# ================================================================================================================
# Recording: a proxy around the reportlab canvas
# ================================================================================================================
class RecPage:
    def __init__(self):
        self.size = None
        self.ops: list[dict] = []


class Recording:
    def __init__(self):
        self.pages = [RecPage()]
        self.stamp = None        # the PDF's /CreationDate string
        self.creator = ""
        self.producer = ""
        self.unsupported: dict[str, int] = {}


def _path_segments(code: list[str]) -> list[tuple]:
    """reportlab path operators ("x y m", "x y w h re", "... c", "h") -> segments in user space."""
    segs, stack = [], []
    cur = start = (0.0, 0.0)
    for tok in " ".join(code).split():
        if re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?", tok):
            stack.append(float(tok))
            continue
        if tok == "m":
            cur = start = (stack[-2], stack[-1]); segs.append(("M", cur))
        elif tok == "l":
            cur = (stack[-2], stack[-1]); segs.append(("L", cur))
        elif tok == "c":
            p1, p2, p3 = (stack[-6], stack[-5]), (stack[-4], stack[-3]), (stack[-2], stack[-1])
            segs.append(("B", p1, p2, p3)); cur = p3
        elif tok == "v":
            p2, p3 = (stack[-4], stack[-3]), (stack[-2], stack[-1])
            segs.append(("B", cur, p2, p3)); cur = p3
        elif tok == "y":
            p1, p3 = (stack[-4], stack[-3]), (stack[-2], stack[-1])
            segs.append(("B", p1, p3, p3)); cur = p3
        elif tok == "h":
            segs.append(("C",)); cur = start
        elif tok == "re":
            x, y, w, h = stack[-4:]
            segs += [("M", (x, y)), ("L", (x + w, y)), ("L", (x + w, y + h)), ("L", (x, y + h)), ("C",)]
            cur = start = (x, y)
        stack = []
    return segs


class RecText:
    """Wraps a reportlab PDFTextObject; records each string it shows with the text state at that moment."""

    def __init__(self, real, canvas):
        object.__setattr__(self, "_real", real)
        object.__setattr__(self, "_cv", canvas)
        object.__setattr__(self, "_pieces", [])
        object.__setattr__(self, "_fill", None)

    def __getattr__(self, name):
        return getattr(self._real, name)

    def __setattr__(self, name, value):
        setattr(self._real, name, value)

    def _piece(self, s: str):
        t = self._real
        if not s:
            return
        self._pieces.append({"s": s, "x": t._x, "y": t._y, "font": t._fontname, "size": t._fontsize,
                             "cs": getattr(t, "_charSpace", 0) or 0.0, "mode": getattr(t, "_textRenderMode", 0) or 0,
                             "fill": self._fill,
                             "hscale": getattr(t, "_horizScale", 100)})

    def setFillColor(self, *a, **k):
        r = self._real.setFillColor(*a, **k)
        object.__setattr__(self, "_fill", self._real._fillColorObj)
        return r

    def setFillColorRGB(self, *a, **k):
        r = self._real.setFillColorRGB(*a, **k)
        object.__setattr__(self, "_fill", self._real._fillColorObj)
        return r

    def textOut(self, s):
        self._piece(s)
        return self._real.textOut(s)

    def textLine(self, s=""):
        self._piece(s)
        return self._real.textLine(s)

    def textLines(self, stuff, trim=1):
        lines = stuff.strip().split("\n") if isinstance(stuff, str) else list(stuff)
        for line in lines:
            self.textLine(line.strip() if trim else line)

    def setTextTransform(self, *a):
        self._cv._rec.unsupported["setTextTransform"] = self._cv._rec.unsupported.get("setTextTransform", 0) + 1
        return self._real.setTextTransform(*a)


class RecCanvas:
    """Forwards everything to the reportlab canvas; records drawing operations on the side."""

    DRAWING_OK = {"rect", "line", "lines", "circle", "ellipse", "roundRect", "wedge", "arc", "bezier", "grid",
                  "drawPath", "drawImage", "drawInlineImage", "drawText", "drawString", "drawCentredString",
                  "drawRightString", "beginText", "showPage", "save", "setDateFormatter", "setCreator", "setProducer"}

    def __init__(self, real):
        object.__setattr__(self, "_real", real)
        object.__setattr__(self, "_rec", Recording())
        object.__setattr__(self, "tag", None)

    def __setattr__(self, name, value):
        if name == "tag":
            object.__setattr__(self, name, value)
        else:
            setattr(self._real, name, value)

    def __getattr__(self, name):
        attr = getattr(self._real, name)
        if callable(attr) and (name.startswith("draw") or name in ("clipPath", "drawBoundary", "textAnnotation",
                                                                   "linkURL", "freeTextAnnotation", "doForm")):
            self._rec.unsupported[name] = self._rec.unsupported.get(name, 0) + 1
        return attr

    # -- state the canvas keeps --------------------------------------------------------------------------------
    def _gs(self):
        r = self._real
        eg = getattr(r, "_extgstate", None)
        d = getattr(eg, "_d", {}) if eg is not None else {}
        return {"ctm": tuple(r._currentMatrix), "fill": r._fillColorObj, "stroke": r._strokeColorObj,
                "lw": r._lineWidth, "dash": getattr(r, "_lineDash", None), "ca": d.get("ca", 1), "CA": d.get("CA", 1),
                "tag": self.tag, "fillMode": getattr(r, "_fillMode", 0)}

    def _add(self, op):
        self._rec.pages[-1].ops.append(op)

    # -- metadata ----------------------------------------------------------------------------------------------
    def setDateFormatter(self, f):
        self._rec.stamp = f()
        return self._real.setDateFormatter(f)

    def setCreator(self, s):
        self._rec.creator = s
        return self._real.setCreator(s)

    def setProducer(self, s):
        self._rec.producer = s
        return self._real.setProducer(s)

    # -- pages -------------------------------------------------------------------------------------------------
    def showPage(self):
        self._rec.pages[-1].size = tuple(self._real._pagesize)
        self._rec.pages.append(RecPage())
        return self._real.showPage()

    def save(self):
        r = self._real.save()
        pages = self._rec.pages
        if pages and not pages[-1].ops:
            pages.pop()
        elif pages[-1].size is None:
            pages[-1].size = tuple(self._real._pagesize)
        return r

    # -- paths -------------------------------------------------------------------------------------------------
    def _path(self, code, stroke, fill, name):
        segs = _path_segments(code)
        if segs and (stroke or fill):
            self._add({"t": "path", "segs": segs, "stroke": bool(stroke), "fill": bool(fill), "gs": self._gs()})

    def _pp(self):
        return PDFPathObject()

    def rect(self, x, y, width, height, stroke=1, fill=0):
        p = self._pp(); p.rect(x, y, width, height)
        self._path(p._code, stroke, fill, "rect")
        return self._real.rect(x, y, width, height, stroke=stroke, fill=fill)

    def line(self, x1, y1, x2, y2):
        self._path([f"{x1} {y1} m", f"{x2} {y2} l"], 1, 0, "line")
        return self._real.line(x1, y1, x2, y2)

    def lines(self, linelist):
        code = []
        for (x1, y1, x2, y2) in linelist:
            code += [f"{x1} {y1} m", f"{x2} {y2} l"]
        self._path(code, 1, 0, "lines")
        return self._real.lines(linelist)

    def grid(self, xlist, ylist):
        code = []
        for x in xlist:
            code += [f"{x} {ylist[0]} m", f"{x} {ylist[-1]} l"]
        for y in ylist:
            code += [f"{xlist[0]} {y} m", f"{xlist[-1]} {y} l"]
        self._path(code, 1, 0, "grid")
        return self._real.grid(xlist, ylist)

    def circle(self, x_cen, y_cen, r, stroke=1, fill=0):
        p = self._pp(); p.circle(x_cen, y_cen, r)
        self._path(p._code, stroke, fill, "circle")
        return self._real.circle(x_cen, y_cen, r, stroke=stroke, fill=fill)

    def ellipse(self, x1, y1, x2, y2, stroke=1, fill=0):
        p = self._pp(); p.ellipse(x1, y1, x2 - x1, y2 - y1)
        self._path(p._code, stroke, fill, "ellipse")
        return self._real.ellipse(x1, y1, x2, y2, stroke=stroke, fill=fill)

    def roundRect(self, x, y, width, height, radius, stroke=1, fill=0):
        p = self._pp(); p.roundRect(x, y, width, height, radius)
        self._path(p._code, stroke, fill, "roundRect")
        return self._real.roundRect(x, y, width, height, radius, stroke=stroke, fill=fill)

    def bezier(self, x1, y1, x2, y2, x3, y3, x4, y4):
        self._path([f"{x1} {y1} m", f"{x2} {y2} {x3} {y3} {x4} {y4} c"], 1, 0, "bezier")
        return self._real.bezier(x1, y1, x2, y2, x3, y3, x4, y4)

    def arc(self, x1, y1, x2, y2, startAng=0, extent=90):
        p = self._pp(); p.arc(x1, y1, x2, y2, startAng, extent)
        self._path(p._code, 1, 0, "arc")
        return self._real.arc(x1, y1, x2, y2, startAng, extent)

    def wedge(self, x1, y1, x2, y2, startAng, extent, stroke=1, fill=0):
        p = self._pp()
        p.moveTo((x1 + x2) / 2, (y1 + y2) / 2); p.arcTo(x1, y1, x2, y2, startAng, extent); p.close()
        self._path(p._code, stroke, fill, "wedge")
        return self._real.wedge(x1, y1, x2, y2, startAng, extent, stroke=stroke, fill=fill)

    def drawPath(self, aPath, stroke=1, fill=0, fillMode=None):
        self._path(list(aPath._code), stroke, fill, "drawPath")
        return self._real.drawPath(aPath, stroke=stroke, fill=fill, fillMode=fillMode)

    # -- images ------------------------------------------------------------------------------------------------
    def _image_bytes(self, image):
        from PIL import Image as PILImage
        if isinstance(image, ImageReader):
            fn = getattr(image, "fileName", None)
            if isinstance(fn, io.BytesIO):
                data = fn.getvalue()
            elif isinstance(fn, str) and os.path.exists(fn):
                data = open(fn, "rb").read()
            else:
                data = None
            pil = getattr(image, "_image", None)
        elif isinstance(image, str):
            data, pil = open(image, "rb").read(), None
        else:
            data, pil = None, image if isinstance(image, PILImage.Image) else None
        if data and (data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff"):
            return data, ("PNG" if data[:4] == b"\x89PNG" else "JPEG")
        if pil is None:
            pil = PILImage.open(io.BytesIO(data))
        buf = io.BytesIO(); pil.save(buf, "PNG")
        return buf.getvalue(), "PNG"

    def drawImage(self, image, x, y, width=None, height=None, mask=None, preserveAspectRatio=False, anchor="c",
                  anchorAtXY=False, showBoundary=False, extraReturn=None):
        data, fmt = self._image_bytes(image)
        from PIL import Image as PILImage
        iw, ih = PILImage.open(io.BytesIO(data)).size
        w = iw if width is None else width
        h = ih if height is None else height
        if preserveAspectRatio:
            from reportlab.lib.boxstuff import aspectRatioFix
            x, y, w, h, _ = aspectRatioFix(preserveAspectRatio, anchor, x, y, w, h, iw, ih, anchorAtXY)
        self._add({"t": "image", "data": data, "fmt": fmt, "box": (x, y, w, h), "gs": self._gs()})
        return self._real.drawImage(image, x, y, width, height, mask=mask, preserveAspectRatio=preserveAspectRatio,
                                    anchor=anchor, anchorAtXY=anchorAtXY, showBoundary=showBoundary,
                                    extraReturn=extraReturn)

    def drawInlineImage(self, image, x, y, width=None, height=None, preserveAspectRatio=False, anchor="c",
                        anchorAtXY=False, showBoundary=False):
        data, fmt = self._image_bytes(image)
        from PIL import Image as PILImage
        iw, ih = PILImage.open(io.BytesIO(data)).size
        w = iw if width is None else width
        h = ih if height is None else height
        self._add({"t": "image", "data": data, "fmt": fmt, "box": (x, y, w, h), "gs": self._gs()})
        return self._real.drawInlineImage(image, x, y, width, height, preserveAspectRatio=preserveAspectRatio,
                                          anchor=anchor, anchorAtXY=anchorAtXY, showBoundary=showBoundary)

    # -- text --------------------------------------------------------------------------------------------------
    def beginText(self, x=0, y=0, direction=None):
        return RecText(self._real.beginText(x, y, direction=direction), self)

    def drawText(self, aTextObject):
        if isinstance(aTextObject, RecText):
            gs = self._gs()
            for pc in aTextObject._pieces:
                self._add({"t": "text", **pc, "fill": pc["fill"] if pc["fill"] is not None else gs["fill"], "gs": gs})
            return self._real.drawText(aTextObject._real)
        self._rec.unsupported["drawText(raw)"] = self._rec.unsupported.get("drawText(raw)", 0) + 1
        return self._real.drawText(aTextObject)

    def _string(self, x, y, text, mode, charSpace):
        r = self._real
        if text:
            self._add({"t": "text", "s": text, "x": x, "y": y, "font": r._fontname, "size": r._fontsize,
                       "cs": charSpace or 0.0, "mode": mode if mode is not None else (getattr(r, "_textRenderMode", 0) or 0),
                       "fill": r._fillColorObj, "hscale": 100, "gs": self._gs()})

    def drawString(self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None, shaping=False):
        self._string(x, y, text, mode, charSpace)
        return self._real.drawString(x, y, text, mode=mode, charSpace=charSpace, direction=direction,
                                     wordSpace=wordSpace, shaping=shaping)

    def _width(self, text, charSpace):
        w = pdfmetrics.stringWidth(text, self._real._fontname, self._real._fontsize)
        return w + ((len(text) - 1) * charSpace if charSpace else 0)

    def drawCentredString(self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None, shaping=False):
        self._string(x - 0.5 * self._width(text, charSpace), y, text, mode, charSpace)
        return self._real.drawCentredString(x, y, text, mode=mode, charSpace=charSpace, direction=direction,
                                            wordSpace=wordSpace, shaping=shaping)

    def drawRightString(self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None, shaping=False):
        self._string(x - self._width(text, charSpace), y, text, mode, charSpace)
        return self._real.drawRightString(x, y, text, mode=mode, charSpace=charSpace, direction=direction,
                                          wordSpace=wordSpace, shaping=shaping)


# ================================================================================================================
# Installing the recorder into generate.py
# ================================================================================================================
class Recorder:
    """While active, every Pdf made by generate.py draws on a RecCanvas; Pdf.frame/seal/seal_vector tag what they
    draw so the writer can move the frame to a template page or lift the seal into a stamp."""

    def __init__(self, gen):
        self.gen = gen
        self.saved = None

    def __enter__(self):
        gen = self.gen
        real_canvas_mod = gen.canvas

        def factory(*a, **k):
            return RecCanvas(real_canvas_mod.Canvas(*a, **k))

        shim = types.SimpleNamespace(Canvas=factory)
        self.saved = (gen.canvas, gen.Pdf.frame, gen.Pdf.seal, gen.Pdf.seal_vector)
        gen.canvas = shim

        def tagged(fn, tag):
            def wrapper(self_, *a, **k):
                c = self_.c
                old = c.tag if isinstance(c, RecCanvas) else None
                if isinstance(c, RecCanvas):
                    c.tag = tag
                try:
                    return fn(self_, *a, **k)
                finally:
                    if isinstance(c, RecCanvas):
                        c.tag = old
            return wrapper

        gen.Pdf.frame = tagged(self.saved[1], "frame")
        gen.Pdf.seal = tagged(self.saved[2], "seal")
        gen.Pdf.seal_vector = tagged(self.saved[3], "sealvec")
        return self

    def __exit__(self, *exc):
        gen = self.gen
        gen.canvas, gen.Pdf.frame, gen.Pdf.seal, gen.Pdf.seal_vector = self.saved
        return False


# ================================================================================================================
# Fonts: fontTools subsets of the TrueType files the PDF embeds
# ================================================================================================================
_FONT_NAMES: dict[str, tuple[str, str]] = {}


def font_names(gen, rl_name: str) -> tuple[str, str]:
    """(FontName, FamilyName) for a reportlab font name."""
    if rl_name in _FONT_NAMES:
        return _FONT_NAMES[rl_name]
    if rl_name in gen.FONT_FILES:
        from fontTools.ttLib import TTFont
        path, idx = gen.FONT_FILES[rl_name]
        f = TTFont(path, fontNumber=idx if idx is not None else -1, lazy=True)
        ps = f["name"].getDebugName(6) or rl_name
        fam = f["name"].getDebugName(1) or ps
        f.close()
        _FONT_NAMES[rl_name] = (ps, fam)
    else:
        fam = {"Helvetica": "Helvetica", "Helvetica-Bold": "Helvetica", "Helvetica-Oblique": "Helvetica",
               "Times-Roman": "Times New Roman", "Times-Bold": "Times New Roman", "Times-Italic": "Times New Roman"}
        _FONT_NAMES[rl_name] = (rl_name, fam.get(rl_name, rl_name))
    return _FONT_NAMES[rl_name]


def font_subset(gen, rl_name: str, chars: set[str]) -> bytes | None:
    if rl_name not in gen.FONT_FILES:
        return None                     # a standard Type 1 font: the PDF does not embed it either
    from fontTools import subset
    from fontTools.ttLib import TTFont
    path, idx = gen.FONT_FILES[rl_name]
    f = TTFont(path, fontNumber=idx if idx is not None else -1, recalcTimestamp=False, lazy=False)
    o = subset.Options()
    o.recalc_timestamp = False
    o.name_IDs = ["*"]
    o.name_languages = ["*"]
    o.notdef_outline = True
    o.hinting = False
    o.layout_features = []
    o.drop_tables += ["EBDT", "EBLC", "EBSC", "BDF ", "FFTM", "PCLT"]
    s = subset.Subsetter(o)
    s.populate(text="".join(sorted(chars)) or " ")
    s.subset(f)
    buf = io.BytesIO()
    f.save(buf)
    return buf.getvalue()


# ================================================================================================================
# The writer: one recording -> one OFD package (an ordered list of parts)
# ================================================================================================================
class OfdWriter:
    def __init__(self, gen, rec: Recording, *, doc_id: str, title: str | None = None, variant: str = "delta",
                 template: bool = False, media_in: str = "public", drop_tags=(), creator: str | None = None):
        self.gen, self.rec = gen, rec
        self.doc_id, self.variant, self.template, self.media_in = doc_id, variant, template, media_in
        self.drop_tags = set(drop_tags)
        self.creator = creator or rec.creator or "xueshi corpus"
        self.title = title
        self.next_id = 0
        self.fonts: dict[str, int] = {}
        self.font_chars: dict[str, set] = {}
        self.media: dict[str, tuple[int, str, bytes]] = {}
        self.dropped: list[tuple[int, tuple]] = []      # (page index, boundary) of ops left out (the lifted seal)
        self.page_ids: list[int] = []
        self.text_order: list[str] = []                 # every TextCode's text, template first then page by page

    def nid(self) -> int:
        self.next_id += 1
        return self.next_id

    # -- dates and titles --------------------------------------------------------------------------------------
    @property
    def created(self) -> dt.date:
        m = re.match(r"D:(\d{4})(\d{2})(\d{2})", self.rec.stamp or "")
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else dt.date(2024, 1, 1)

    @property
    def created_time(self) -> tuple[int, int, int]:
        m = re.match(r"D:\d{8}(\d{2})(\d{2})(\d{2})", self.rec.stamp or "")
        return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else (9, 0, 0)

    def guess_title(self) -> str:
        texts = [op for op in self.rec.pages[0].ops if op["t"] == "text" and op["s"].strip()]
        if not texts:
            return ""
        big = max(op["size"] for op in texts)
        return next(op["s"].strip() for op in texts if op["size"] == big)

    def template_ops(self) -> set[int]:
        """Indices of page 0's ops that go to the template page: the frame and the title words."""
        ops = self.rec.pages[0].ops
        chosen = {i for i, op in enumerate(ops) if op["gs"]["tag"] == "frame"}
        texts = [op for op in ops if op["t"] == "text" and op["s"].strip() and op["gs"]["tag"] is None]
        if texts:
            big = max(op["size"] for op in texts)
            if big >= 16:
                chosen |= {i for i, op in enumerate(ops) if op["t"] == "text" and op["size"] == big
                           and op["gs"]["tag"] is None and not re.search(r"\d", op["s"])}
        return chosen

    # -- objects -----------------------------------------------------------------------------------------------
    def font_id(self, name: str) -> int:
        if name not in self.fonts:
            self.fonts[name] = self.nid()
            self.font_chars[name] = set()
        return self.fonts[name]

    def media_id(self, data: bytes, fmt: str) -> int:
        key = hashlib.sha256(data).hexdigest()
        if key not in self.media:
            i = self.nid()
            self.media[key] = (i, f"image_{i}.{'png' if fmt == 'PNG' else 'jpg'}", data, fmt)
        return self.media[key][0]

    def text_xml(self, op, H) -> str:
        name, size, cs = op["font"], op["size"], op["cs"]
        s = op["s"]
        if self.variant == "perobj" and len(s) > 1:
            # one TextObject per glyph, as some producers (and zsbk.ofd's template page) write them
            out, x = [], op["x"]
            for ch in s:
                if not ch.isspace():
                    out.append(self.text_xml(dict(op, s=ch, x=x), H))
                x += pdfmetrics.stringWidth(ch, name, size) + cs
            return "".join(out)
        fid = self.font_id(name)
        self.font_chars[name].update(s)
        adv = [pdfmetrics.stringWidth(ch, name, size) + cs for ch in s]
        asc, desc = pdfmetrics.getAscentDescent(name, size)
        U = mat_mul(op["gs"]["ctm"], (1.0, 0.0, 0.0, 1.0, op["x"], op["y"]))
        A = mat_mul(page_mat(H), mat_mul(U, (1 / K, 0.0, 0.0, -1 / K, 0.0, 0.0)))
        wmm = max(sum(adv) - cs, 0.01) * K
        corners = [(0, -asc * K), (wmm, -asc * K), (0, -desc * K), (wmm, -desc * K)]
        pts = [apply(A, *c) for c in corners]
        bx, by = min(p[0] for p in pts), min(p[1] for p in pts)
        bw, bh = max(p[0] for p in pts) - bx, max(p[1] for p in pts) - by
        ident = all(abs(A[i] - IDENT[i]) < 1e-6 for i in range(4))
        if ident:
            ctm, X0, Y0 = "", A[4] - bx, A[5] - by
        else:
            ctm = f' CTM="{num(A[0])} {num(A[1])} {num(A[2])} {num(A[3])} {num(A[4] - bx)} {num(A[5] - by)}"'
            X0 = Y0 = 0.0
        attrs = f'ID="{self.nid()}" Boundary="{num(bx)} {num(by)} {num(bw)} {num(bh)}"{ctm} Font="{fid}" Size="{num(size * K)}"'
        mode = op["mode"]
        kids = ""
        fr, fg, fb, fa = rgb_of(op["fill"])
        fa = min(fa, op["gs"]["ca"] if isinstance(op["gs"]["ca"], (int, float)) else 1)
        if mode in (1, 3, 7):
            attrs += ' Fill="false"'
        if mode in (1, 2, 5, 6):
            sr, sg, sb, _ = rgb_of(op["gs"]["stroke"])
            lw = op["gs"]["lw"] * K * math.sqrt(abs(A[0] * A[3] - A[1] * A[2]))
            attrs += f' Stroke="true" LineWidth="{num(lw)}"'
        if (fr, fg, fb) != (0, 0, 0) or fa < 1:
            alpha = f' Alpha="{round(fa * 255)}"' if fa < 1 else ""
            kids += f'<ofd:FillColor Value="{fr} {fg} {fb}"{alpha}/>'
        if mode in (1, 2, 5, 6):
            kids += f'<ofd:StrokeColor Value="{sr} {sg} {sb}"/>'
        self.text_order.append(s)
        if self.variant == "perchar":
            x = X0
            for ch, a in zip(s, adv):
                if not ch.isspace():
                    kids += f'<ofd:TextCode X="{num(x)}" Y="{num(Y0)}">{esc(ch)}</ofd:TextCode>'
                x += a * K
        else:
            deltas = [num(a * K) for a in adv[:-1]]
            dx = ""
            if deltas:
                runs, i = [], 0
                while i < len(deltas):
                    j = i
                    while j < len(deltas) and deltas[j] == deltas[i]:
                        j += 1
                    runs.append(f"g {j - i} {deltas[i]}" if j - i > 1 else deltas[i])
                    i = j
                dx = f' DeltaX="{" ".join(runs)}"'
            kids += f'<ofd:TextCode X="{num(X0)}" Y="{num(Y0)}"{dx}>{esc(s)}</ofd:TextCode>'
        return f"<ofd:TextObject {attrs}>{kids}</ofd:TextObject>"

    def path_xml(self, op, H) -> str:
        gs = op["gs"]
        M = mat_mul(page_mat(H), gs["ctm"])
        segs = []
        for sg in op["segs"]:
            segs.append((sg[0],) + tuple(apply(M, *p) for p in sg[1:]))
        pts = [p for sg in segs for p in sg[1:]]
        if not pts:
            return ""
        c = gs["ctm"]
        lw = gs["lw"] * K * math.sqrt(abs(c[0] * c[3] - c[1] * c[2])) if op["stroke"] else 0.0
        pad = lw / 2
        bx, by = min(p[0] for p in pts) - pad, min(p[1] for p in pts) - pad
        bw = max(max(p[0] for p in pts) + pad - bx, 0.01)
        bh = max(max(p[1] for p in pts) + pad - by, 0.01)
        data = []
        for sg in segs:
            if sg[0] == "C":
                data.append("C")
            else:
                data.append(sg[0] + " " + " ".join(f"{num(x - bx)} {num(y - by)}" for x, y in sg[1:]))
        attrs = f'ID="{self.nid()}" Boundary="{num(bx)} {num(by)} {num(bw)} {num(bh)}"'
        kids = ""
        if op["stroke"]:
            attrs += f' LineWidth="{num(lw)}"'
            dash = gs.get("dash")
            if dash and isinstance(dash, (list, tuple)) and dash and isinstance(dash[0], (list, tuple)) and dash[0]:
                attrs += f' DashOffset="{num(dash[1] * K)}" DashPattern="{" ".join(num(v * K) for v in dash[0])}"'
            r, g, b, _ = rgb_of(gs["stroke"])
            a = gs["CA"] if isinstance(gs["CA"], (int, float)) else 1
            kids += f'<ofd:StrokeColor Value="{r} {g} {b}"{f" Alpha={chr(34)}{round(a * 255)}{chr(34)}" if a < 1 else ""}/>'
        else:
            attrs += ' Stroke="false"'
        if op["fill"]:
            attrs += ' Fill="true"'
            r, g, b, fa = rgb_of(gs["fill"])
            a = min(fa, gs["ca"] if isinstance(gs["ca"], (int, float)) else 1)
            kids += f'<ofd:FillColor Value="{r} {g} {b}"{f" Alpha={chr(34)}{round(a * 255)}{chr(34)}" if a < 1 else ""}/>'
        return f'<ofd:PathObject {attrs}>{kids}<ofd:AbbreviatedData>{" ".join(data)}</ofd:AbbreviatedData></ofd:PathObject>'

    def image_box(self, op, H):
        x, y, w, h = op["box"]
        A = mat_mul(page_mat(H), mat_mul(op["gs"]["ctm"], (w, 0.0, 0.0, -h, x, y + h)))
        pts = [apply(A, u, v) for u, v in ((0, 0), (1, 0), (0, 1), (1, 1))]
        bx, by = min(p[0] for p in pts), min(p[1] for p in pts)
        return A, (bx, by, max(p[0] for p in pts) - bx, max(p[1] for p in pts) - by)

    def image_xml(self, op, H) -> str:
        A, (bx, by, bw, bh) = self.image_box(op, H)
        mid = self.media_id(op["data"], op["fmt"])
        return (f'<ofd:ImageObject ID="{self.nid()}" Boundary="{num(bx)} {num(by)} {num(bw)} {num(bh)}" '
                f'CTM="{num(A[0])} {num(A[1])} {num(A[2])} {num(A[3])} {num(A[4] - bx)} {num(A[5] - by)}" '
                f'ResourceID="{mid}"/>')

    def op_xml(self, op, H) -> str:
        return {"text": self.text_xml, "path": self.path_xml, "image": self.image_xml}[op["t"]](op, H)

    def page_xml(self, ops, size, template_id=None) -> bytes:
        W, H = size
        layer = self.nid()
        body = "".join(self.op_xml(op, H) for op in ops)
        tpl = f'<ofd:Template TemplateID="{template_id}" ZOrder="Background"/>' if template_id else ""
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}"><ofd:Area><ofd:PhysicalBox>0 0 '
                f'{num(W * K)} {num(H * K)}</ofd:PhysicalBox></ofd:Area>{tpl}<ofd:Content><ofd:Layer ID="{layer}">'
                f'{body}</ofd:Layer></ofd:Content></ofd:Page>\n').encode("utf-8")

    # -- the package -------------------------------------------------------------------------------------------
    def build(self, signed: bool = False) -> dict[str, bytes]:
        """Parts in their zip order. With signed=True, OFD.xml names Doc_0/Signs/Signatures.xml (the caller adds
        the Signs parts)."""
        pages = self.rec.pages
        parts: dict[str, bytes] = {}
        page_parts, tpl_part, tpl_id = [], None, None
        self.page_ids = [self.nid() for _ in pages]
        tpl_idx = self.template_ops() if self.template else set()
        if self.template and tpl_idx:
            tpl_id = self.nid()
            H0 = pages[0].size[1]
            tpl_ops = [op for i, op in enumerate(pages[0].ops) if i in tpl_idx]
            tpl_part = self.page_xml(tpl_ops, pages[0].size)
        for pi, pg in enumerate(pages):
            ops = []
            for i, op in enumerate(pg.ops):
                if pi == 0 and i in tpl_idx:
                    continue
                if op["gs"]["tag"] in self.drop_tags:
                    if op["t"] == "image":
                        self.dropped.append((pi, self.image_box(op, pg.size[1])[1]))
                    continue
                ops.append(op)
            page_parts.append(self.page_xml(ops, pg.size, tpl_id if pi == 0 else None))
        W0, H0 = pages[0].size
        # resources
        font_xml = ""
        res_files = []
        for name, fid in self.fonts.items():
            ps, fam = font_names(self.gen, name)
            data = font_subset(self.gen, name, self.font_chars[name])
            ff = ""
            if data:
                fn = f"font_{fid}.ttf"
                res_files.append((fn, data))
                ff = f"<ofd:FontFile>{fn}</ofd:FontFile>"
            font_xml += f'<ofd:Font ID="{fid}" FontName="{esc(ps)}" FamilyName="{esc(fam)}">{ff}</ofd:Font>'
        media_xml = ""
        for mid, fn, data, fmt in self.media.values():
            media_xml += f'<ofd:MultiMedia ID="{mid}" Type="Image" Format="{fmt}"><ofd:MediaFile>{fn}</ofd:MediaFile></ofd:MultiMedia>'
            res_files.append((fn, data))
        head = f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res">'
        if self.media_in == "document" and media_xml:
            public = f"{head}<ofd:Fonts>{font_xml}</ofd:Fonts></ofd:Res>\n"
            document_res = f"{head}<ofd:MultiMedias>{media_xml}</ofd:MultiMedias></ofd:Res>\n"
        else:
            public = f"{head}<ofd:Fonts>{font_xml}</ofd:Fonts>" + (f"<ofd:MultiMedias>{media_xml}</ofd:MultiMedias>" if media_xml else "") + "</ofd:Res>\n"
            document_res = None
        common = (f"<ofd:MaxUnitID>{self.next_id}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {num(W0 * K)} "
                  f"{num(H0 * K)}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>")
        if document_res:
            common += "<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>"
        if tpl_id:
            common += f'<ofd:TemplatePage ID="{tpl_id}" BaseLoc="Tpls/Tpl_0/Content.xml" ZOrder="Background"/>'
        pages_xml = "".join(f'<ofd:Page ID="{pid}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i, pid in enumerate(self.page_ids))
        document = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>{common}'
                    f'</ofd:CommonData><ofd:Pages>{pages_xml}</ofd:Pages></ofd:Document>\n')
        title = self.title if self.title is not None else self.guess_title()
        sig = "<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>" if signed else ""
        ofd = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody>'
               f'<ofd:DocInfo><ofd:DocID>{self.doc_id}</ofd:DocID><ofd:Title>{esc(title)}</ofd:Title>'
               f'<ofd:CreationDate>{self.created.isoformat()}</ofd:CreationDate><ofd:Creator>{esc(self.creator)}</ofd:Creator>'
               f'<ofd:CreatorVersion>1.0</ofd:CreatorVersion><ofd:CustomDatas><ofd:CustomData Name="native-producer">'
               f'xueshi corpus OFD writer (TEST)</ofd:CustomData><ofd:CustomData Name="producer-style">{self.variant}'
               f'</ofd:CustomData></ofd:CustomDatas></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>{sig}'
               f'</ofd:DocBody></ofd:OFD>\n')
        parts["OFD.xml"] = ofd.encode("utf-8")
        parts["Doc_0/Document.xml"] = document.encode("utf-8")
        parts["Doc_0/PublicRes.xml"] = public.encode("utf-8")
        if document_res:
            parts["Doc_0/DocumentRes.xml"] = document_res.encode("utf-8")
        for i, data in enumerate(page_parts):
            parts[f"Doc_0/Pages/Page_{i}/Content.xml"] = data
        if tpl_part:
            parts["Doc_0/Tpls/Tpl_0/Content.xml"] = tpl_part
        for fn, data in res_files:
            parts[f"Doc_0/Res/{fn}"] = data
        return parts


def zip_bytes(entries, when: tuple) -> bytes:
    """A deterministic zip: entries (name, data) in the given order, one fixed timestamp, deflate level 6."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zf.writestr(zi, data, compresslevel=6)
    return buf.getvalue()


# ================================================================================================================
# Twin pools: corpus/ofd (twins of final/, sealed) and corpus/ofd-dev (twins of a subset of docs/)
# ================================================================================================================
def twin_choices(pool: str, idx: int) -> dict:
    """The seeded producer style of one twin."""
    r = random.Random(f"ofd:{pool}:{idx}")
    v = r.random()
    variant = "perchar" if v < 0.25 else "perobj" if v < 0.45 else "delta"
    template = r.random() < 0.4
    return {"variant": variant, "template": template, "media_in": "public" if variant == "delta" else "document"}


def ofd_name(pdf_name: str) -> str:
    return re.sub(r"\.pdf$", "", pdf_name) + ".ofd"


def regenerate(gen, pool: str, want=None):
    """Re-run the pool's templates exactly as build_pool does, recording each document. Yields
    (idx, pdf name, recording, pdf bytes) for the indices `want` accepts (all when None)."""
    tmpd = tempfile.mkdtemp(prefix="ofdtwin")
    used, idx = set(), 0
    try:
        with Recorder(gen):
            for tpl, count in gen.TEMPLATES[pool]:
                for k in range(count):
                    tmp = os.path.join(tmpd, f".tmp{idx}.pdf")
                    g = gen.G(pool, k, idx, tmp)
                    lab = tpl(g)
                    name = gen.file_name(pool, idx, lab["fields"].get("holder") if gen.r_holder_ok(lab) else None, used)
                    if want is None or want(idx, lab):
                        g.doc.save()     # (an unwanted document is drawn, for its name, but never saved)
                        yield idx, name, g.doc.c._rec, open(tmp, "rb").read(), tpl.__name__
                        os.remove(tmp)
                    idx += 1
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)


def write_ofd(path: str, parts: dict[str, bytes], created: dt.date, t: tuple) -> None:
    when = (created.year, created.month, created.day) + t
    with open(path, "wb") as fh:
        fh.write(zip_bytes(list(parts.items()), when))


def build_twins(gen, pool: str, out_name: str, want=None) -> list[str]:
    """OFD twins of `pool`'s documents into corpus/<out_name>/ with labels.json. The PDFs are regenerated in a
    temporary folder and must equal the committed ones byte for byte (the proof that the twin shows the same
    document); the pool folder itself is not written."""
    src = os.path.join(HERE, pool)
    labels = {lab["file"]: lab for lab in json.load(open(os.path.join(src, "labels.json"), encoding="utf-8"))}
    out = os.path.join(HERE, out_name)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    problems, out_labels, unsupported = [], [], {}
    for idx, name, rec, pdf, tname in regenerate(gen, pool, want):
        committed = os.path.join(src, name)
        if not os.path.exists(committed) or open(committed, "rb").read() != pdf:
            problems.append(f"{out_name}: regenerated {pool} document {idx} differs from the committed {pool} PDF")
        ch = twin_choices(pool, idx)
        w = OfdWriter(gen, rec, doc_id=hashlib.sha1(f"ofd:{pool}:{idx}".encode()).hexdigest()[:32], variant=ch["variant"],
                      template=ch["template"], media_in=ch["media_in"])
        parts = w.build()
        on = ofd_name(name)
        write_ofd(os.path.join(out, on), parts, w.created, w.created_time)
        for k2, v in rec.unsupported.items():
            unsupported[k2] = unsupported.get(k2, 0) + v
        lab = dict(labels[name])
        lab["file"] = on
        if "format" in lab:
            lab["format"] = "ofd"
        lab["twinOf"] = f"{pool}/{name}"
        lab["ofdProducer"] = {"perchar": "per-character TextCode", "perobj": "one TextObject per character",
                              "delta": "DeltaX"}[ch["variant"]] + \
            ("; template page" if "Doc_0/Tpls/Tpl_0/Content.xml" in parts else "")
        out_labels.append(lab)
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(out_labels, fh, ensure_ascii=False, indent=1)
    if unsupported:
        print(f"{out_name}: canvas calls not replayed: {unsupported}")
    return problems


def dev_subset(labels: list[dict]) -> set[int]:
    """About 20 docs/ documents across every mode: every fifth one, topped up to two per mode, plus document 33
    (a conference letter whose seal is vector text on an arc: rotated TextObjects with a CTM)."""
    chosen = {i for i in range(len(labels)) if i % 5 == 0} | {33}
    for mode in sorted({lab["mode"] for lab in labels}):
        have = [i for i in chosen if labels[i]["mode"] == mode]
        for i, lab in enumerate(labels):
            if len(have) >= 2:
                break
            if lab["mode"] == mode and i not in chosen:
                chosen.add(i); have.append(i)
    return chosen


# ================================================================================================================
# Reading an OFD back (for the check): structure and text
# ================================================================================================================
import xml.etree.ElementTree as ET


def _q(tag):
    return f"{{{NS}}}{tag}"


def _join(base_dir: str, loc: str) -> str:
    if loc.startswith("/"):
        return loc.lstrip("/")
    return os.path.normpath(os.path.join(base_dir, loc)).replace("\\", "/") if base_dir else loc


def read_ofd(path: str) -> tuple[list[str], list[str]]:
    """(problems, text of every page: template text first, then the page's own TextCodes in order)."""
    problems, texts = [], []
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as e:
        return [f"not a zip: {e}"], []
    names = set(zf.namelist())

    def part(p):
        if p not in names:
            problems.append(f"missing part {p}")
            return None
        try:
            return ET.fromstring(zf.read(p))
        except ET.ParseError as e:
            problems.append(f"bad XML in {p}: {e}")
            return None

    root = part("OFD.xml")
    if root is None:
        return problems, texts
    body = root.find(_q("DocBody"))
    doc_loc = body.findtext(_q("DocRoot"))
    doc = part(_join("", doc_loc))
    if doc is None:
        return problems, texts
    ddir = os.path.dirname(_join("", doc_loc))
    cd = doc.find(_q("CommonData"))
    fonts, media = set(), set()
    for tag in ("PublicRes", "DocumentRes"):
        for el in cd.findall(_q(tag)):
            rp = _join(ddir, el.text)
            res = part(rp)
            if res is None:
                continue
            rdir = _join(os.path.dirname(rp), res.get("BaseLoc", ""))
            for f in res.iter(_q("Font")):
                fonts.add(f.get("ID"))
                ff = f.findtext(_q("FontFile"))
                if ff and _join(rdir, ff) not in names:
                    problems.append(f"missing font file {_join(rdir, ff)}")
            for m in res.iter(_q("MultiMedia")):
                media.add(m.get("ID"))
                mf = m.findtext(_q("MediaFile"))
                if _join(rdir, mf) not in names:
                    problems.append(f"missing media file {_join(rdir, mf)}")
    templates = {}
    for t in cd.findall(_q("TemplatePage")):
        templates[t.get("ID")] = _join(ddir, t.get("BaseLoc"))

    def content_text(p):
        el = part(p)
        out = []
        if el is None:
            return out, None
        for obj in el.iter():
            if obj.tag == _q("TextObject"):
                if obj.get("Font") not in fonts:
                    problems.append(f"{p}: TextObject {obj.get('ID')} names font {obj.get('Font')} that no Res holds")
                out.append("".join(tc.text or "" for tc in obj.findall(_q("TextCode"))))
            elif obj.tag == _q("ImageObject") and obj.get("ResourceID") not in media:
                problems.append(f"{p}: ImageObject names resource {obj.get('ResourceID')} that no Res holds")
        return out, el

    for pg in doc.find(_q("Pages")).findall(_q("Page")):
        pp = _join(ddir, pg.get("BaseLoc"))
        own, el = content_text(pp)
        tpl_text = []
        if el is not None:
            for t in el.findall(_q("Template")):
                if t.get("TemplateID") not in templates:
                    problems.append(f"{pp}: template {t.get('TemplateID')} not declared")
                else:
                    tpl_text += content_text(templates[t.get("TemplateID")])[0]
        texts.append("".join(tpl_text + own))
    sig_loc = body.findtext(_q("Signatures"))
    if sig_loc:
        sigs = part(_join("", sig_loc))
        if sigs is not None:
            for s in sigs.findall(_q("Signature")):
                sp = _join(os.path.dirname(_join("", sig_loc)), s.get("BaseLoc"))
                sx = part(sp)
                if sx is None:
                    continue
                si = sx.find(_q("SignedInfo"))
                for ref in si.find(_q("References")).findall(_q("Reference")):
                    rp = ref.get("FileRef").lstrip("/")
                    if rp not in names:
                        problems.append(f"{sp}: Reference to missing {rp}")
                sv = sx.findtext(_q("SignedValue"))
                if sv and sv.lstrip("/") not in names:
                    problems.append(f"{sp}: SignedValue {sv} missing")
    return problems, texts


def check_twins(folder: str) -> list[str]:
    """Every OFD opens, every part it names exists, all XML parses, and its text equals the PDF twin's text layer
    (pdftotext -raw, whitespace removed; as a multiset of characters where a template page moved the frame and
    title words ahead of the rest)."""
    problems = []
    labels = json.load(open(os.path.join(HERE, folder, "labels.json"), encoding="utf-8"))
    for lab in labels:
        path = os.path.join(HERE, folder, lab["file"])
        probs, texts = read_ofd(path)
        problems += [f"{folder}/{lab['file']}: {p}" for p in probs]
        if len(texts) != lab.get("pages", len(texts)):
            problems.append(f"{folder}/{lab['file']}: {len(texts)} pages != label {lab['pages']}")
        twin = lab.get("twinOf")
        if not twin:
            continue
        raw = subprocess.run(["pdftotext", "-raw", os.path.join(HERE, twin), "-"], capture_output=True, text=True).stdout
        pdf_t = re.sub(r"\s+", "", raw)
        ofd_t = re.sub(r"\s+", "", "".join(texts))
        same = (sorted(pdf_t) == sorted(ofd_t)) if "template" in lab.get("ofdProducer", "") else pdf_t == ofd_t
        if not same:
            i = next((i for i, (a, b) in enumerate(zip(pdf_t, ofd_t)) if a != b), min(len(pdf_t), len(ofd_t)))
            problems.append(f"{folder}/{lab['file']}: OFD text differs from {twin} near character {i} "
                            f"(pdf {len(pdf_t)} chars, ofd {len(ofd_t)})")
    return problems


# ================================================================================================================
# DER, SM3, SM2 (GB/T 32918) with a deterministic nonce
# ================================================================================================================
def sm3(data: bytes) -> bytes:
    return hashlib.new("sm3", data).digest()


def _der(tag: int, body: bytes) -> bytes:
    n = len(body)
    if n < 0x80:
        ln = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        ln = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + ln + body


def d_seq(*items: bytes) -> bytes:
    return _der(0x30, b"".join(items))


def d_int(v: int) -> bytes:
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big", signed=True)
    return _der(0x02, b)


def d_ia5(s: str) -> bytes:
    return _der(0x16, s.encode("ascii"))


def d_utf8(s: str) -> bytes:
    return _der(0x0C, s.encode("utf-8"))


def d_octet(b: bytes) -> bytes:
    return _der(0x04, b)


def d_bits(b: bytes) -> bytes:
    return _der(0x03, b"\x00" + b)


def d_oid(oid: str) -> bytes:
    parts = [int(x) for x in oid.split(".")]
    out = bytes([parts[0] * 40 + parts[1]])
    for v in parts[2:]:
        chunk = [v & 0x7F]
        v >>= 7
        while v:
            chunk.append(0x80 | (v & 0x7F))
            v >>= 7
        out += bytes(reversed(chunk))
    return _der(0x06, out)


def d_gentime(t: dt.datetime) -> bytes:
    return _der(0x18, t.strftime("%Y%m%d%H%M%SZ").encode("ascii"))


def der_parse(b: bytes, i: int = 0):
    """(tag, content, next index) of the TLV at i."""
    tag = b[i]
    ln = b[i + 1]
    j = i + 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(b[j:j + k], "big")
        j += k
    return tag, b[j:j + ln], j + ln


def der_items(content: bytes) -> list[tuple[int, bytes]]:
    out, i = [], 0
    while i < len(content):
        tag, c, i = der_parse(content, i)
        out.append((tag, c))
    return out


SM2_P = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFF
SM2_A = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC
SM2_B = 0x28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93
SM2_N = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123
SM2_G = (0x32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7,
         0xBC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0)


def _ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    p = SM2_P
    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + SM2_A) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return x, (lam * (P[0] - x) - P[1]) % p


def _ec_mul(k: int, P):
    R = None
    while k:
        if k & 1:
            R = _ec_add(R, P)
        P = _ec_add(P, P)
        k >>= 1
    return R


def _b32(v: int) -> bytes:
    return v.to_bytes(32, "big")


class SM2Key:
    def __init__(self, d: int, cert_der: bytes, name: str):
        self.d, self.cert_der, self.name = d, cert_der, name
        self.Q = _ec_mul(d, SM2_G)

    @classmethod
    def load(cls, who: str) -> "SM2Key":
        def pem(path):
            txt = open(path, encoding="ascii").read()
            return base64.b64decode("".join(l for l in txt.splitlines() if l and not l.startswith("-----")))
        key = pem(os.path.join(KEYS, f"TEST-{who}.key.pem"))
        _, outer, _ = der_parse(key)
        items = der_items(outer)                       # PKCS#8: version, algorithm, privateKey OCTET STRING
        _, ec, _ = der_parse(items[2][1])
        d = int.from_bytes(der_items(ec)[1][1], "big")  # ECPrivateKey: version, privateKey
        return cls(d, pem(os.path.join(KEYS, f"TEST-{who}.cert.pem")), who)

    def za(self, uid: bytes = SM2_ID) -> bytes:
        entl = (len(uid) * 8).to_bytes(2, "big")
        return sm3(entl + uid + _b32(SM2_A) + _b32(SM2_B) + _b32(SM2_G[0]) + _b32(SM2_G[1]) + _b32(self.Q[0]) + _b32(self.Q[1]))

    def sign(self, msg: bytes, nonce_seed: str) -> bytes:
        """DER SEQUENCE{r, s} of SM2 over SM3(Z || msg); k is derived from the key, the message and a seed, so
        the same input always gives the same signature."""
        e = int.from_bytes(sm3(self.za() + msg), "big")
        ctr = 0
        while True:
            k = int.from_bytes(sm3(_b32(self.d) + _b32(e) + nonce_seed.encode() + ctr.to_bytes(4, "big")), "big") % (SM2_N - 1) + 1
            ctr += 1
            x1, _ = _ec_mul(k, SM2_G)
            r = (e + x1) % SM2_N
            if r == 0 or r + k == SM2_N:
                continue
            s = pow(1 + self.d, -1, SM2_N) * (k - r * self.d) % SM2_N
            if s:
                return d_seq(d_int(r), d_int(s))


def openssl_verify(cert_der: bytes, msg: bytes, sig_der: bytes) -> bool:
    """SM2-with-SM3 check of sig over msg with the certificate's key and the default ID, by openssl."""
    with tempfile.TemporaryDirectory() as td:
        c, m, s, pub = (os.path.join(td, n) for n in ("c.der", "m.bin", "s.der", "pub.pem"))
        open(c, "wb").write(cert_der); open(m, "wb").write(msg); open(s, "wb").write(sig_der)
        r = subprocess.run(["openssl", "x509", "-inform", "DER", "-in", c, "-pubkey", "-noout", "-out", pub],
                           capture_output=True)
        if r.returncode:
            return False
        r = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pub, "-rawin", "-digest", "sm3",
                            "-pkeyopt", "distid:1234567812345678", "-in", m, "-sigfile", s], capture_output=True, text=True)
        return r.returncode == 0 and "Success" in r.stdout


# ================================================================================================================
# GB/T 38540 v4 electronic seal and signature, and the OFD Signs parts
# ================================================================================================================
def make_seal(maker: SM2Key, signer: SM2Key, name: str, es_id: str, png: bytes, w_mm: int, h_mm: int,
              alg: str = OID_SM2_SM3) -> tuple[bytes, bytes]:
    """(SESeal DER, SES_SealInfo DER)."""
    t0, t1 = dt.datetime(2018, 1, 1, 0, 0, 0), dt.datetime(2038, 12, 31, 0, 0, 0)
    header = d_seq(d_ia5("ES"), d_int(4), d_ia5("xueshi-test"))
    prop = d_seq(d_int(1), d_utf8(name), d_int(1), d_seq(d_octet(signer.cert_der)), d_gentime(t0), d_gentime(t0),
                 d_gentime(t1))
    pic = d_seq(d_ia5("png"), d_octet(png), d_int(w_mm), d_int(h_mm))
    info = d_seq(header, d_ia5(es_id), prop, pic)
    sv = maker.sign(info, f"seal:{es_id}")
    return d_seq(info, d_octet(maker.cert_der), d_oid(alg), d_bits(sv)), info


def sign_ofd(parts: dict[str, bytes], *, page_id: int, stamp_box: tuple, seal_der: bytes, signer: SM2Key,
             when: dt.datetime, alg: str = OID_SM2_SM3, nonce_seed: str) -> tuple[dict[str, bytes], bytes, bytes]:
    """Adds Doc_0/Signs/... to parts (which must already name the Signatures in OFD.xml). Returns (parts,
    TBS_Sign DER, signature DER)."""
    refs = "".join(f'<ofd:Reference FileRef="/{p}"><ofd:CheckValue>{base64.b64encode(sm3(d)).decode()}</ofd:CheckValue>'
                   f'</ofd:Reference>' for p, d in parts.items() if not p.startswith("Doc_0/Signs/"))
    x, y, w, h = stamp_box
    sig_xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Signature xmlns:ofd="{NS}"><ofd:SignedInfo>'
               f'<ofd:Provider ProviderName="xueshi-test-eseal" Version="1.0" Company="xueshi corpus (TEST)"/>'
               f'<ofd:SignatureMethod>{alg}</ofd:SignatureMethod>'
               f'<ofd:SignatureDateTime>{when.strftime("%Y%m%d%H%M%SZ")}</ofd:SignatureDateTime>'
               f'<ofd:References CheckMethod="{OID_SM3}">{refs}</ofd:References>'
               f'<ofd:StampAnnot ID="1" PageRef="{page_id}" Boundary="{num(x)} {num(y)} {num(w)} {num(h)}"/>'
               f'<ofd:Seal><ofd:BaseLoc>/Doc_0/Signs/Sign_0/Seal.esl</ofd:BaseLoc></ofd:Seal></ofd:SignedInfo>'
               f'<ofd:SignedValue>/Doc_0/Signs/Sign_0/SignedValue.dat</ofd:SignedValue></ofd:Signature>\n').encode("utf-8")
    tbs = d_seq(d_int(4), seal_der, d_gentime(when), d_bits(sm3(sig_xml)), d_ia5("/Doc_0/Signs/Sign_0/Signature.xml"))
    sig = signer.sign(tbs, nonce_seed)
    ses = d_seq(tbs, d_octet(signer.cert_der), d_oid(alg), d_bits(sig))
    out = dict(parts)
    out["Doc_0/Signs/Signatures.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Signatures xmlns:ofd="{NS}"><ofd:MaxSignId>1</ofd:MaxSignId>'
        f'<ofd:Signature ID="1" Type="Seal" BaseLoc="/Doc_0/Signs/Sign_0/Signature.xml"/></ofd:Signatures>\n').encode("utf-8")
    out["Doc_0/Signs/Sign_0/Signature.xml"] = sig_xml
    out["Doc_0/Signs/Sign_0/Seal.esl"] = seal_der
    out["Doc_0/Signs/Sign_0/SignedValue.dat"] = ses
    return out, tbs, sig


def inspect_signature(path: str) -> dict:
    """Independent of the generator's own state: re-reads a signed OFD and reports digests, coverage and both
    SM2 signatures (checked by openssl)."""
    zf = zipfile.ZipFile(path)
    names = zf.namelist()
    sx = ET.fromstring(zf.read("Doc_0/Signs/Sign_0/Signature.xml"))
    si = sx.find(_q("SignedInfo"))
    refs = {r.get("FileRef").lstrip("/"): base64.b64decode(r.findtext(_q("CheckValue")))
            for r in si.find(_q("References")).findall(_q("Reference"))}
    bad = [p for p, v in refs.items() if p not in names or sm3(zf.read(p)) != v]
    uncovered = [n for n in names if n not in refs and not n.startswith("Doc_0/Signs/")]
    ses = zf.read(sx.findtext(_q("SignedValue")).lstrip("/"))
    _, body, _ = der_parse(ses)
    items = der_items(body)
    tbs = _der(items[0][0], items[0][1])
    cert = items[1][1]
    sig = items[3][1][1:]
    tbs_items = der_items(items[0][1])
    seal = tbs_items[1][1]
    seal_items = der_items(seal)
    seal_info = _der(seal_items[0][0], seal_items[0][1])
    data_hash = tbs_items[3][1][1:]
    return {"digests_ok": not bad, "bad": bad, "uncovered": uncovered,
            "data_hash_ok": data_hash == sm3(zf.read("Doc_0/Signs/Sign_0/Signature.xml")),
            "method": si.findtext(_q("SignatureMethod")),
            "signature_ok": openssl_verify(cert, tbs, sig),
            "seal_ok": openssl_verify(seal_items[1][1], seal_info, seal_items[3][1][1:])}


# ================================================================================================================
# corpus/ofd-verify: signed and sealed OFDs
# ================================================================================================================
def _one_doc(gen, tpl, k: int, idx: int):
    """Draw one docs-pool document under its own index (like broken/ does); returns (label, recording, pdf)."""
    tmpd = tempfile.mkdtemp(prefix="ofdver")
    try:
        with Recorder(gen):
            path = os.path.join(tmpd, "x.pdf")
            g = gen.G("docs", k, idx, path)
            lab = tpl(g)
            pages = g.doc.save()
            pdf = open(path, "rb").read()
            rec = g.doc.c._rec
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)
    full = {"file": "", **{k2: lab[k2] for k2 in ("mode", "kind", "textSource", "format", "render")}, "pages": pages,
            **{k2: v for k2, v in lab.items() if k2 not in ("mode", "kind", "textSource", "format", "render")},
            "template": tpl.__name__}
    full["format"] = "ofd"
    return full, rec, pdf


def _tamper_hours(content: bytes, hours) -> tuple[bytes, int] | None:
    """Change the printed hours in one TextCode to another number of the same length."""
    if not isinstance(hours, int):
        return None
    txt = content.decode("utf-8")
    for m in re.finditer(r"(<ofd:TextCode[^>]*>)([^<]*)(</ofd:TextCode>)", txt):
        s = m.group(2)
        if not re.search("学时|小时|课时", s):
            continue
        hm = re.search(rf"(?<!\d){hours}(?!\d)", s)
        if not hm:
            continue
        for new in (hours * 2, hours + 10, hours + 1):
            if len(str(new)) == len(str(hours)):
                break
        s2 = s[:hm.start()] + str(new) + s[hm.end():]
        return (txt[:m.start(2)] + s2 + txt[m.end(2):]).encode("utf-8"), new
    return None


def build_verify(gen) -> list[str]:
    out = os.path.join(HERE, "ofd-verify")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    maker, signer = SM2Key.load("maker"), SM2Key.load("signer")
    labels, problems = [], []
    T = {t.__name__: t for t, _ in gen.TEMPLATES["docs"]}

    def base(tname, k, idx, need_digit_hours=False):
        lab, rec, pdf = _one_doc(gen, T[tname], k, idx)
        has_seal = any(op["t"] == "image" and op["gs"]["tag"] == "seal" for op in rec.pages[0].ops)
        if not has_seal or (need_digit_hours and not isinstance(lab["fields"].get("hours"), int)):
            return None
        return lab, rec, pdf

    def pick(tname, start, need_digit_hours=False):
        for j in range(12):
            got = base(tname, start + j, 950 + start + j, need_digit_hours)
            if got:
                got[0]["_k"] = start + j
                return got
        raise RuntimeError(f"no {tname} with a PNG seal")

    def writer(rec, idx, drop):
        return OfdWriter(gen, rec, doc_id=hashlib.sha1(f"ofd-verify:{idx}".encode()).hexdigest()[:32], variant="delta",
                         template=False, drop_tags=("seal",) if drop else ())

    def signed(lab, rec, idx, alg=OID_SM2_SM3):
        w = writer(rec, idx, True)
        parts = w.build(signed=True)
        page_i, box = w.dropped[0]
        issue = lab["fields"].get("issueDate") or w.created.isoformat()
        when = dt.datetime.fromisoformat(issue) + dt.timedelta(hours=2, minutes=idx % 50)   # 10:xx Beijing time
        seal_png = next(op["data"] for op in rec.pages[0].ops if op["t"] == "image" and op["gs"]["tag"] == "seal")
        issuer = lab["fields"].get("issuer", "测试单位")
        seal, _ = make_seal(maker, signer, f"{issuer}电子印章（测试）", f"TEST{idx:09d}", seal_png,
                            round(box[2]), round(box[3]), alg)
        parts, tbs, sig = sign_ofd(parts, page_id=w.page_ids[page_i], stamp_box=box, seal_der=seal, signer=signer,
                                   when=when, alg=alg, nonce_seed=f"ofd-verify:{idx}")
        if not openssl_verify(signer.cert_der, tbs, sig):
            problems.append(f"ofd-verify: openssl rejects the signature made for case {idx}")
        return w, parts

    def save(name, w, parts, lab, expect, allow, tampered, notes, pdf=None):
        write_ofd(os.path.join(out, name), parts, w.created, w.created_time)
        lab = {k2: v for k2, v in lab.items() if k2 != "_k"}
        lab.update(file=name, expectFlags=expect, allowFlags=allow, tampered=tampered,
                   notes=notes + "; " + lab.get("notes", ""))
        labels.append(lab)
        if pdf is not None:       # the text must equal the PDF drawn from the same calls
            with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                tf.write(pdf); tf.flush()
                raw = subprocess.run(["pdftotext", "-raw", tf.name, "-"], capture_output=True, text=True).stdout
            _, texts = read_ofd(os.path.join(out, name))
            if re.sub(r"\s+", "", raw) != re.sub(r"\s+", "", "".join(texts)):
                problems.append(f"ofd-verify/{name}: text differs from its PDF twin")

    # 1-2: signed, valid; the seal is shown only by the stamp
    for n, (tname, start) in enumerate([("d_train_cert", 0), ("d_train_letter", 0)], 1):
        lab, rec, pdf = pick(tname, start)
        w, parts = signed(lab, rec, 100 + n)
        lab = dict(lab, facts=dict(lab["facts"], signer=SIGNER_CN))
        save(f"签章证书{n}.ofd", w, parts, lab, ["signature-valid"], [], False,
             "OFD signed with a GB/T 38540 v4 electronic seal (SM2/SM3, TEST keys); every part's SM3 digest and "
             "the signature verify; the seal picture is in Seal.esl and shown by the StampAnnot only (the page "
             "content draws no seal)", pdf)
        lab["hasSeal"] = True
    # 3: tampered after signing: the hours in Content.xml changed
    start, got = 4, None
    while start < 16 and not got:
        lab, rec, pdf = pick("d_train_cert", start, need_digit_hours=True)
        start = lab["_k"] + 1
        w, parts = signed(lab, rec, 103)
        got = _tamper_hours(parts["Doc_0/Pages/Page_0/Content.xml"], lab["fields"]["hours"])
    if not got:
        problems.append("ofd-verify: could not find the hours to tamper with")
    else:
        parts["Doc_0/Pages/Page_0/Content.xml"], new = got
        lab = dict(lab)
        old = lab["fields"]["hours"]
        lab["fields"] = dict(lab["fields"], hours=new)
        lab["facts"] = {k2: (new if k2 == "expectedProposal" and v == old else v) for k2, v in lab["facts"].items()}
        save("签章后篡改学时.ofd", w, parts, lab, ["signature-invalid", "modified-after-signing"], [], True,
             f"signed, then the printed hours in Doc_0/Pages/Page_0/Content.xml changed from {old} to {new} (the "
             f"label carries the printed, tampered value): that part's SM3 digest no longer matches its Reference")
    # 4: a page part added after signing, covered by no Reference
    lab, rec, pdf = pick("d_practice", 0)
    w, parts = signed(lab, rec, 104)
    fid = re.search(rb'<ofd:Font ID="(\d+)"', parts["Doc_0/PublicRes.xml"]).group(1).decode()
    extra = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="9001">'
             f'<ofd:TextObject ID="9002" Boundary="25 30 160 8" Font="{fid}" Size="4.9389"><ofd:TextCode X="0" Y="5.5">'
             f'补充说明：实践时间更正为12个月</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>\n').encode()
    parts = dict(parts)
    items = list(parts.items())
    pos = next(i for i, (p, _) in enumerate(items) if p.startswith("Doc_0/Signs/"))
    items.insert(pos, ("Doc_0/Pages/Page_1/Content.xml", extra))
    parts = dict(items)
    # The page is listed too, as a forger must for a reader to show it: the signed Document.xml then changes.
    doc = parts["Doc_0/Document.xml"]
    parts["Doc_0/Document.xml"] = doc.replace(b"</ofd:Pages>", b'<ofd:Page ID="9000" BaseLoc="Pages/Page_1/Content.xml"/></ofd:Pages>', 1)
    if parts["Doc_0/Document.xml"] == doc:
        problems.append("ofd-verify: could not list the added page in Document.xml")
    save("签章后追加页面.ofd", w, parts, lab, ["signature-invalid", "modified-after-signing"], [], True,
         "signed, then a page Doc_0/Pages/Page_1/Content.xml was added and listed in Document.xml: no Reference "
         "covers the new page, and the signed Document.xml's SM3 digest no longer matches")  # its text is the PDF's plus the page
    # 5: a signature algorithm nobody knows
    lab, rec, pdf = pick("d_train_letter", 3)
    w, parts = signed(lab, rec, 105, alg=OID_UNKNOWN)
    save("未知签名算法.ofd", w, parts, lab, ["signature-unverified"], [], False,
         f"signed, but SignatureMethod, the seal's signAlgID and the signature's signatureAlgID are {OID_UNKNOWN}, "
         f"which is no known algorithm: the signature is present but cannot be verified (the bytes are in fact "
         f"SM2/SM3, and the digests match)", pdf)
    # 6: unsigned, the seal drawn as an image on the page
    lab, rec, pdf = pick("d_train_cert", 8)
    w = writer(rec, 106, False)
    parts = w.build()
    save("印章图片未签名.ofd", w, parts, lab, [], [], False,
         "unsigned OFD; the red seal is an ImageObject (PNG) on the page itself", pdf)
    sys.path.insert(0, HERE)
    import expected_proposals                      # the same facts.expectedProposal the other pools carry
    for lab in labels:
        lab["hasSeal"] = True
        lab.setdefault("facts", {})
        expected_proposals.refresh(lab)
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    return problems + check_verify()


def check_verify() -> list[str]:
    """Re-read every ofd-verify file and confirm it is what its label says (openssl checks both signatures)."""
    problems = []
    folder = os.path.join(HERE, "ofd-verify")
    for lab in json.load(open(os.path.join(folder, "labels.json"), encoding="utf-8")):
        path = os.path.join(folder, lab["file"])
        probs, _ = read_ofd(path)
        problems += [f"ofd-verify/{lab['file']}: {p}" for p in probs]
        exp = set(lab["expectFlags"])
        if "Doc_0/Signs/Signatures.xml" not in zipfile.ZipFile(path).namelist():
            if exp & {"signature-valid", "signature-invalid", "signature-unverified", "modified-after-signing"}:
                problems.append(f"ofd-verify/{lab['file']}: unsigned but labelled with signature flags")
            continue
        r = inspect_signature(path)
        want = {
            "signature-valid": r["digests_ok"] and not r["uncovered"] and r["signature_ok"] and r["seal_ok"]
                               and r["data_hash_ok"] and r["method"] == OID_SM2_SM3,
            "signature-invalid": not r["digests_ok"] and r["signature_ok"],
            "uncovered": r["digests_ok"] and bool(r["uncovered"]) and r["signature_ok"],
            "signature-unverified": r["method"] == OID_UNKNOWN and r["digests_ok"] and r["signature_ok"],
        }
        key = ("signature-invalid" if "signature-invalid" in exp else "signature-unverified" if "signature-unverified" in exp
               else "uncovered" if "modified-after-signing" in exp else "signature-valid")
        if not want[key]:
            problems.append(f"ofd-verify/{lab['file']}: is not the case its label says ({key}): {r}")
    return problems


# ================================================================================================================
# Entry point (called by generate.py --only ofd | ofd-dev | ofd-verify | broken-ofd | ofd-all [--check])
# ================================================================================================================
def main(gen, which: str, check_only: bool = False) -> list[str]:
    todo = ["ofd", "ofd-dev", "ofd-verify", "broken-ofd"] if which == "ofd-all" else [which]
    problems = []
    for folder in todo:
        if not check_only:
            if folder == "ofd":
                problems += build_twins(gen, "final", "ofd")
            elif folder == "ofd-dev":
                labels = json.load(open(os.path.join(HERE, "docs", "labels.json"), encoding="utf-8"))
                sub = dev_subset(labels)
                problems += build_twins(gen, "docs", "ofd-dev", lambda i, lab: i in sub)
            elif folder == "ofd-verify":
                problems += build_verify(gen)
            elif folder == "broken-ofd":
                problems += build_broken_ofd(gen)
        if folder in ("ofd", "ofd-dev"):
            problems += check_twins(folder)
        elif folder == "ofd-verify":
            problems += check_verify() if check_only else []
        elif folder == "broken-ofd":
            problems += check_broken_ofd()
        labs = json.load(open(os.path.join(HERE, folder, "labels.json"), encoding="utf-8"))
        by = {}
        for lab in labs:
            by[lab["mode"]] = by.get(lab["mode"], 0) + 1
        size = sum(os.path.getsize(os.path.join(HERE, folder, n)) for n in os.listdir(os.path.join(HERE, folder)))
        print(f"{folder}: {len(labs)} files, {size / 1e6:.1f} MB  " + "  ".join(f"{m}={n}" for m, n in sorted(by.items())))
    return problems


# ================================================================================================================
# corpus/broken-ofd: malformed OFD containers, each with the error code a reader must report
# ================================================================================================================
def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        t.append(c)
    return t


_CRC = _crc_table()


class ZipCrypto:
    """Traditional PKWARE encryption (APPNOTE 6.1), so the encrypted case is a real password-protected zip."""

    def __init__(self, password: bytes):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in password:
            self._update(b)

    def _crc(self, c, b):
        return (c >> 8) ^ _CRC[(c ^ b) & 0xFF]

    def _update(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for b in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(b)
        return bytes(out)


def zip_raw(entries, when: tuple, encrypt_with: bytes | None = None, rng: random.Random | None = None) -> bytes:
    """A zip written byte by byte: entries (name, data, method) with method 0 (stored) or 8 (deflate); names kept
    exactly as given (absolute, '..', duplicates). With encrypt_with, every entry is ZipCrypto-encrypted."""
    y, mo, d, h, mi, s = when
    dtime = (h << 11) | (mi << 5) | (s // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    local, central, off = bytearray(), bytearray(), 0
    for name, data, method in entries:
        nb = name.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if method == 8:
            co = zlib.compressobj(6, zlib.DEFLATED, -15)
            body = co.compress(data) + co.flush()
        else:
            body = data
        flags = 0x800                                   # UTF-8 names
        if encrypt_with is not None:
            flags |= 1
            zc = ZipCrypto(encrypt_with)
            header = bytes(rng.getrandbits(8) for _ in range(11)) + bytes([crc >> 24])
            body = zc.encrypt(header) + zc.encrypt(body)
        lh = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, dtime, ddate, crc, len(body), len(data),
                         len(nb), 0) + nb
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, dtime, ddate, crc, len(body),
                               len(data), len(nb), 0, 0, 0, 0, 0, off) + nb
        local += lh + body
        off += len(lh) + len(body)
    n = len(entries)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, len(central), off, 0)
    return bytes(local + central + end)


def _bomb_zip(parts: dict[str, bytes], when: tuple, target: str, size: int) -> bytes:
    """Like zip_raw, but `target` is replaced by `size` bytes (its XML head, then spaces) deflated in a stream."""
    y, mo, d, h, mi, s = when
    dtime = (h << 11) | (mi << 5) | (s // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    local, central, off = bytearray(), bytearray(), 0
    for name, data in parts.items():
        nb = name.encode("utf-8")
        if name == target:
            head = data[:data.index(b"<ofd:Content>")]
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            crc = zlib.crc32(head)
            body = bytearray(co.compress(head))
            chunk = b" " * (1 << 20)
            left = size - len(head)
            while left > 0:
                piece = chunk if left >= len(chunk) else chunk[:left]
                crc = zlib.crc32(piece, crc)
                body += co.compress(piece)
                left -= len(piece)
            body += co.flush()
            usize, crc = size, crc & 0xFFFFFFFF
        else:
            co = zlib.compressobj(6, zlib.DEFLATED, -15)
            body, usize, crc = co.compress(data) + co.flush(), len(data), zlib.crc32(data) & 0xFFFFFFFF
        lh = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, dtime, ddate, crc, len(body), usize, len(nb), 0) + nb
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, dtime, ddate, crc, len(body), usize,
                               len(nb), 0, 0, 0, 0, 0, off) + nb
        local += lh + bytes(body)
        off += len(lh) + len(body)
    n = len(parts)
    return bytes(local + central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, len(central), off, 0))


BILLION_LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ofd:OFD [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + f']>\n<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>&lol9;</ofd:DocID>'
    '</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>\n')


def build_broken_ofd(gen) -> list[str]:
    out = os.path.join(HERE, "broken-ofd")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    labels = []
    rnd = random.Random("broken-ofd")

    def bad(name, code, fmt, notes, data):
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(data)
        labels.append({"file": name, "mode": "unknown", "kind": "unknown", "textSource": "none", "format": fmt,
                       "render": "broken", "pages": 0, "fields": {}, "facts": {}, "error": code, "expectFlags": [],
                       "allowFlags": [], "tampered": False, "verification": None, "hasSeal": False,
                       "issuerInSealOnly": False, "factPage": None, "notes": notes})

    # a good twin to damage: a docs-pool letter under its own index (as broken/ does for PDFs)
    T = {t.__name__: t for t, _ in gen.TEMPLATES["docs"]}
    lab, rec, _ = _one_doc(gen, T["d_train_letter"], 0, 900)
    w = OfdWriter(gen, rec, doc_id=hashlib.sha1(b"broken-ofd:900").hexdigest()[:32])
    parts = w.build()
    when = (w.created.year, w.created.month, w.created.day) + w.created_time
    good = zip_bytes(list(parts.items()), when)
    ents = lambda ps: [(n, d, 8) for n, d in ps.items()]

    bad("空文件.ofd", "empty", "unknown", "0-byte file named .ofd", b"")
    bad("附件9.ofd", "not-a-document", "unknown", "20 kB of random bytes named .ofd (no zip signature: sniffed by "
        "content, it is nothing known)", bytes(rnd.getrandbits(8) for _ in range(20000)))
    docx = {"[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
            "word/document.xml": "<w:document><w:body><w:p><w:r><w:t>培训证明 共计24学时</w:t></w:r></w:p></w:body></w:document>".encode()}
    bad("证明材料.ofd", "not-a-document", "zip", "a zip (a Word-like package) named .ofd: no OFD.xml",
        zip_raw(ents(docx), when))
    p = dict(parts)
    p["OFD.xml"] = parts["OFD.xml"].replace(b"</ofd:DocRoot>", b"</ofd:DocRot>").replace(b"</ofd:OFD>", b"")
    bad("OFD入口损坏.ofd", "corrupt", "ofd", "OFD.xml is not well-formed XML (a mismatched end tag, no closing root)",
        zip_raw(ents(p), when))
    p = dict(parts)
    p["OFD.xml"] = BILLION_LAUGHS.encode()
    bad("实体炸弹.ofd", "corrupt", "ofd", "OFD.xml has a DTD with a billion-laughs entity bomb (10^9 'lol' from 1 kB); a "
        "reader must refuse DTDs/entities, not expand them", zip_raw(ents(p), when))
    p = {k2: v for k2, v in parts.items() if k2 != "Doc_0/Document.xml"}
    bad("缺少文档.ofd", "corrupt", "ofd", "OFD.xml names Doc_0/Document.xml, which is not in the zip", zip_raw(ents(p), when))
    p = {k2: v for k2, v in parts.items() if k2 != "Doc_0/Pages/Page_0/Content.xml"}
    bad("缺少页面.ofd", "corrupt", "ofd", "Document.xml lists Pages/Page_0/Content.xml, which is not in the zip",
        zip_raw(ents(p), when))
    p = dict(parts)
    p["Doc_0/Document.xml"] = parts["Doc_0/Document.xml"].replace(b'BaseLoc="Pages/Page_0/Content.xml"',
                                                                  b'BaseLoc="../../../../etc/passwd"')
    bad("引用越界.ofd", "corrupt", "ofd", "Document.xml's page BaseLoc is ../../../../etc/passwd: a reference that leaves "
        "the container (Page_0/Content.xml is still in the zip, unreferenced)", zip_raw(ents(p), when))
    evil = b"this file tries to escape the extraction folder\n"
    bad("路径穿越.ofd", "corrupt", "ofd", "a valid document plus an entry named ../../evil.txt (path traversal)",
        zip_raw(ents(parts) + [("../../evil.txt", evil, 0)], when))
    bad("绝对路径.ofd", "corrupt", "ofd", "a valid document plus an entry named /tmp/evil.txt (absolute path)",
        zip_raw(ents(parts) + [("/tmp/evil.txt", evil, 0)], when))
    page = parts["Doc_0/Pages/Page_0/Content.xml"]
    twin = page.replace("学时".encode(), "学分".encode())
    items = ents(parts)
    pos = next(i for i, e in enumerate(items) if e[0] == "Doc_0/Pages/Page_0/Content.xml")
    items.insert(pos + 1, ("Doc_0/Pages/Page_0/Content.xml", twin, 8))
    bad("重复条目.ofd", "corrupt", "ofd", "two entries named Doc_0/Pages/Page_0/Content.xml with different content "
        "(which one a reader shows is ambiguous)", zip_raw(items, when))
    bad("加密.ofd", "encrypted", "ofd", "every entry encrypted with traditional PKWARE (ZipCrypto) encryption, "
        "password xs2025; general-purpose flag bit 0 set", zip_raw(ents(parts), when, b"xs2025", random.Random("zipcrypto")))
    bad("压缩炸弹.ofd", "too-large", "ofd", "Doc_0/Pages/Page_0/Content.xml inflates to 300 MB (its XML head, then "
        "spaces), over the 64 MB per-part limit; deflate ratio about 1000:1",
        _bomb_zip(parts, when, "Doc_0/Pages/Page_0/Content.xml", 300 << 20))
    many = ents(parts) + [(f"Doc_0/Res/x/{i:04d}.xml", b"<a/>", 0) for i in range(6000)]
    bad("条目过多.ofd", "too-large", "ofd", "a valid document plus 6,000 tiny entries (over the 5,000-entry limit)",
        zip_raw(many, when))
    bad("截断.ofd", "corrupt", "ofd", "a valid OFD cut to its first half (no central directory)", good[: len(good) // 2])
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    return []


def check_broken_ofd() -> list[str]:
    """Each file is broken in the way its label says (checked with Python's zipfile, independent of xueshi)."""
    problems = []
    folder = os.path.join(HERE, "broken-ofd")
    for lab in json.load(open(os.path.join(folder, "labels.json"), encoding="utf-8")):
        path = os.path.join(folder, lab["file"])
        data = open(path, "rb").read()
        name, code = lab["file"], lab["error"]
        ok = True
        if os.path.getsize(path) > 1 << 20:
            problems.append(f"broken-ofd/{name}: {os.path.getsize(path)} bytes (over 1 MB)")
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
            infos = zf.infolist()
        except zipfile.BadZipFile:
            zf, infos = None, []
        names = [i.filename for i in infos]
        sniff_ofd = data[:4] == b"PK\x03\x04" and b"OFD.xml" in data
        if code == "empty":
            ok = not data
        elif code == "not-a-document":
            ok = not sniff_ofd
        elif code == "encrypted":
            ok = sniff_ofd and all(i.flag_bits & 1 for i in infos)
            if ok:
                zf.setpassword(b"xs2025")
                ok = zf.read("OFD.xml").startswith(b"<?xml")
        elif code == "too-large":
            ok = sniff_ofd and (len(infos) > 5000 or any(i.file_size > 64 << 20 for i in infos))
        elif code == "corrupt":
            if not sniff_ofd:
                ok = False
            elif zf is None:
                ok = True                                           # truncated: no central directory
            elif len(set(names)) != len(names) or any(n.startswith("/") or ".." in n.split("/") for n in names):
                ok = True
            else:
                probs, _ = read_ofd(path)
                ok = bool(probs)
        if not ok:
            problems.append(f"broken-ofd/{name}: not broken the way its label ({code}) says")
    return problems


def check_all() -> list[str]:
    """The checks of every OFD folder that exists (for generate.py --check without --only)."""
    problems = []
    for folder, fn in (("ofd", lambda: check_twins("ofd")), ("ofd-dev", lambda: check_twins("ofd-dev")),
                       ("ofd-verify", check_verify), ("broken-ofd", check_broken_ofd)):
        if os.path.isdir(os.path.join(HERE, folder)):
            problems += fn()
    return problems
