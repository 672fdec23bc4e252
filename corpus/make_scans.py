#!/usr/bin/env python3
"""Scanned and photographed versions of labelled born-digital PDFs, for testing OCR.

    python3 corpus/make_scans.py                       # docs/ + holdout/ -> scans/ (20 files + labels.json), then --check
    python3 corpus/make_scans.py --check               # verify scans/ only
    python3 corpus/make_scans.py --plan                # print the choice of documents and treatments, write nothing
    python3 corpus/make_scans.py --from corpus/blind --out corpus/scans-blind --count 20

It picks documents deterministically across modes, renders page 1 with pdftoppm, degrades the page image (scanner
look, rotated pages, phone photos, black-and-white scans, low resolution) and writes image-only PDFs (no text
layer), JPEG, PNG, TIFF and WebP files under real-upload-style names, with labels copied from the source.
Everything is seeded: two runs give byte-identical files. Dependencies: Pillow, numpy, opencv-python, img2pdf
(pip), poppler-utils (pdftoppm, pdftotext, pdfinfo, pdffonts).
"""
import argparse
import datetime
import hashlib
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

import cv2
import img2pdf
import numpy as np
from PIL import Image, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "xueshi-scans-v1"
DEFAULT_FROM = [os.path.join(HERE, "docs"), os.path.join(HERE, "holdout")]
DEFAULT_OUT = os.path.join(HERE, "scans")
BUDGET_PER_26 = 4 * 1024 * 1024          # the whole folder stays under 4 MB for 26 files

# Mode mix for 26 documents; other counts are scaled from it.
QUOTA26 = {"training": 9, "practice": 2, "online": 3, "academic": 4, "research": 3, "exam": 2, "other": 1,
           "unknown": 2}
MODE_ORDER = list(QUOTA26)
# Kinds tried first in a mode (research: first pages of papers, then project certificates).
KIND_PRIORITY = {"research": ["journal-paper", "research-project"]}

# The canonical 26 treatment slots, interleaved so that any prefix keeps the mix (counts other than 26 take a
# prefix, or cycle). render, output format, dpi, special treatment.
#   pdf 14, jpg 6, png 2, tiff 2, webp 2; photos 6; rotated 3; black-and-white 2; 150 dpi scans 9.
SLOTS = [
    ("scan", "pdf", 200, None),
    ("photo", "jpg", 200, None),
    ("scan", "pdf", 150, None),
    ("scan", "tiff", 300, "bilevel"),
    ("scan", "pdf", 200, "rotated-180"),
    ("photo", "jpg", 200, None),
    ("scan", "jpg", 200, None),
    ("scan", "pdf", 150, None),
    ("scan", "webp", 200, None),
    ("photo", "pdf", 200, None),
    ("scan", "png", 150, None),
    ("scan", "pdf", 200, None),
    ("scan", "tiff", 150, "greyscale"),
    ("photo", "jpg", 200, None),
    ("scan", "pdf", 150, "rotated-90"),
    ("scan", "pdf", 200, None),
    ("scan", "jpg", 200, "rotated-270"),
    ("photo", "webp", 200, None),
    ("scan", "pdf", 150, None),
    ("scan", "pdf", 200, None),
    ("scan", "png", 150, None),
    ("photo", "jpg", 200, None),
    ("scan", "pdf", 200, None),
    ("scan", "pdf", 150, None),
    ("scan", "pdf", 150, None),
    ("scan", "pdf", 200, None),
]

SCANNERS = [("Canon iR-ADV C5535", "Canon iR-ADV C5535  PDF"), ("RICOH MP C3004", "RICOH MP C3004"),
            ("HP Digital Sending Device", "HP Digital Sending Device"), ("EPSON Scan", "EPSON Scan"),
            ("Xerox WorkCentre 7855", "Xerox WorkCentre 7855"),
            ("KONICA MINOLTA bizhub C364", "KONICA MINOLTA bizhub C364"),
            ("Brother MFC-L2710DW", "Brother MFC-L2710DW")]
PHONE_PDF = ("CamScanner", "intsig.com pdf producer")
TZ = datetime.timezone(datetime.timedelta(hours=8))


# ----------------------------------------------------------------------------------------------------- helpers
def hkey(*parts):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode("utf-8")).hexdigest()


def rng_for(*parts):
    """A Python and a numpy generator seeded from the parts (the seed never depends on run order)."""
    h = hkey(*parts)
    return random.Random(h), np.random.default_rng(int(h[:16], 16))


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True).stdout


def rel_source(path):
    path = os.path.abspath(path)
    if path.startswith(HERE + os.sep):
        return os.path.relpath(path, HERE)
    return os.path.relpath(path)


def out_size_budget(n):
    return int(BUDGET_PER_26 * max(n, 1) / 26)


# ------------------------------------------------------------------------------------------- choosing documents
def load_candidates(dirs):
    cands = []
    for d in dirs:
        path = os.path.join(d, "labels.json")
        labels = json.load(open(path, encoding="utf-8"))
        for lab in labels:
            if lab.get("error") or lab.get("tampered") or lab.get("format", "pdf") != "pdf":
                continue
            if lab.get("render", "born-digital") != "born-digital" or lab.get("textSource") != "text-layer":
                continue
            src = os.path.join(d, lab["file"])
            if not os.path.isfile(src):
                continue
            pages = int(lab.get("pages") or 1)
            if pages > 1 and lab.get("factPage") not in (None, 1):
                continue
            cands.append({"src": src, "source": rel_source(src), "label": lab, "pages": pages,
                          "mode": lab.get("mode") or "unknown", "kind": lab.get("kind") or "unknown",
                          "template": lab.get("template") or lab.get("kind") or "-"})
    return cands


def largest_remainder(weights, n):
    total = sum(weights.values())
    if total == 0:
        return {k: 0 for k in weights}
    raw = {k: n * w / total for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = n - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - out[k]), MODE_ORDER.index(k) if k in MODE_ORDER else 99))[:rest]:
        out[k] += 1
    return out


def mode_order(cands, mode):
    """Candidates of one mode in pick order: round-robin over kinds, and inside a kind over templates, so that the
    picks spread across layouts and pools. Single pages first except in research (papers: first page only)."""
    pool = [c for c in cands if c["mode"] == mode]
    if mode != "research":
        single = [c for c in pool if c["pages"] == 1]
        if single:
            pool = single + [c for c in pool if c["pages"] > 1]   # multi-page only when singles run out
    kinds = sorted({c["kind"] for c in pool}, key=lambda k: hkey("kind", mode, k))
    prio = KIND_PRIORITY.get(mode, [])
    kinds = [k for k in prio if k in kinds] + [k for k in kinds if k not in prio]

    def kind_stream(kind):
        by_t = {}
        for c in pool:
            if c["kind"] == kind:
                by_t.setdefault(c["template"], []).append(c)
        queues = [sorted(v, key=lambda c: (c["pages"] > 1 and mode != "research", hkey("doc", c["source"])))
                  for _, v in sorted(by_t.items(), key=lambda kv: hkey("tpl", mode, kv[0]))]
        while any(queues):
            for q in queues:
                if q:
                    yield q.pop(0)

    order = []
    # priority kinds take turns until they run out, then the rest of the mode's kinds
    for group in ([k for k in kinds if k in prio], [k for k in kinds if k not in prio]):
        streams = [kind_stream(k) for k in group]
        while streams:
            for s in list(streams):
                c = next(s, None)
                if c is None:
                    streams.remove(s)
                else:
                    order.append(c)
    return order


def choose(cands, count):
    modes = sorted({c["mode"] for c in cands}, key=lambda m: (MODE_ORDER.index(m) if m in MODE_ORDER else 99, m))
    avail = {m: sum(c["mode"] == m for c in cands) for m in modes}
    weights = {m: QUOTA26.get(m, 1) for m in modes}
    quota = largest_remainder(weights, min(count, len(cands)))
    # Modes short of candidates hand their places to the others (largest weight first).
    spare = 0
    for m in modes:
        if quota[m] > avail[m]:
            spare += quota[m] - avail[m]
            quota[m] = avail[m]
    while spare:
        open_modes = [m for m in modes if quota[m] < avail[m]]
        if not open_modes:
            break
        m = max(open_modes, key=lambda m: (weights[m] / (quota[m] + 1), -modes.index(m)))
        quota[m] += 1
        spare -= 1
    picked = []
    for m in modes:
        picked += mode_order(cands, m)[:quota[m]]
    return picked


def assign_slots(picked):
    """Pair documents with treatment slots. Black-and-white slots go to documents with a seal (to turn it grey)."""
    n = len(picked)
    slots = [SLOTS[i % len(SLOTS)] for i in range(n)]
    docs = sorted(picked, key=lambda c: hkey("slot", c["source"]))
    order = sorted(range(n), key=lambda i: (slots[i][3] not in ("bilevel", "greyscale"), i))
    plan = [None] * n
    free = list(docs)
    for i in order:
        need_seal = slots[i][3] in ("bilevel", "greyscale")
        pick = next((c for c in free if c["label"].get("hasSeal") or not need_seal), free[0])
        free.remove(pick)
        plan[i] = (pick, slots[i])
    return plan


# --------------------------------------------------------------------------------------------- the treatments
SCAN_EXTRAS = [("skew", 3.0), ("tint", 2.0), ("speckle", 2.0), ("blur", 1.5), ("uneven-light", 1.5),
               ("jpeg-heavy", 0.7)]
PHOTO_EXTRAS = [("shadow", 3.0), ("defocus", 2.0), ("jpeg-heavy", 1.0), ("warm-light", 1.0)]


def weighted_sample(rng, items, k):
    items = list(items)
    out = []
    for _ in range(min(k, len(items))):
        total = sum(w for _, w in items)
        x = rng.random() * total
        for j, (name, w) in enumerate(items):
            x -= w
            if x <= 0 or j == len(items) - 1:
                out.append(name)
                items.pop(j)
                break
    return out


def make_recipe(cand, slot):
    """Which treatments a document gets (2 to 4 of them) and their parameters."""
    render, fmt, dpi, special = slot
    rng, _ = rng_for("recipe", cand["source"])
    jpeg_based = fmt in ("pdf", "jpg")
    r = {"render": render, "fmt": fmt, "dpi": dpi, "special": special, "steps": []}
    k = rng.choice([2, 3, 3, 4])
    if render == "photo":
        forced = ["perspective"]
        extras = [e for e in PHOTO_EXTRAS if e[0] != "jpeg-heavy" or jpeg_based]
    else:
        forced = []
        if dpi == 150:
            forced.append("low-res-150dpi")
        if special:
            forced.append(special)
        extras = [e for e in SCAN_EXTRAS if (e[0] != "jpeg-heavy" or jpeg_based)
                  and not (e[0] == "tint" and special in ("bilevel", "greyscale"))]
    k = max(k, len(forced) + 1)
    chosen = forced + weighted_sample(rng, extras, k - len(forced))
    # parameters
    if "skew" in chosen:
        r["angle"] = round(rng.choice([-1, 1]) * (0.5 + 2.5 * rng.random() ** 1.6), 2)
    if "tint" in chosen:
        r["tint"] = rng.choice(["grey", "grey", "yellow"])
        chosen[chosen.index("tint")] = "tint-" + r["tint"]
    if "blur" in chosen:
        r["blur"] = round(rng.uniform(0.55, 1.0) * dpi / 200, 2)
    if "uneven-light" in chosen:
        r["uneven"] = round(rng.uniform(0.07, 0.16), 3)
    if "speckle" in chosen:
        r["speckle"] = round(rng.uniform(2.5e-5, 9e-5), 7)
    if "shadow" in chosen:
        r["shadow"] = round(rng.uniform(0.22, 0.38), 3)
    if "defocus" in chosen:
        r["defocus"] = round(rng.uniform(0.9, 1.4), 2)
    # Qualities kept low enough for the corpus's 20 MB budget (uploads from phones and scanner apps are often
    # compressed this hard); "jpeg-heavy" stays the harshest.
    if "jpeg-heavy" in chosen:
        r["quality"] = rng.randint(32, 40)
        chosen[chosen.index("jpeg-heavy")] = f"jpeg-q{r['quality']}"
    elif fmt == "webp":
        r["quality"] = rng.randint(40, 48)
    elif render == "photo":
        r["quality"] = rng.randint(44, 52)
    else:
        r["quality"] = rng.randint(40, 50)
    r["steps"] = chosen
    r["scanner"] = SCANNERS[rng.randrange(len(SCANNERS))] if render == "scan" else PHONE_PDF
    return r


def render_page(src, dpi, grey=False):
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "p")
        cmd = ["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", "-png"]
        if grey:
            cmd.append("-gray")
        run(cmd + [src, base])
        im = Image.open(base + ".png")
        im.load()
    return im.convert("L" if grey else "RGB")


def light_field(h, w, nrng, strength):
    """Smooth multiplicative lighting, 1 at the brightest point, 1 - strength at the darkest."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    yy /= h
    xx /= w
    a = nrng.uniform(0, 2 * np.pi)
    lin = xx * np.cos(a) + yy * np.sin(a)
    lin = (lin - lin.min()) / max(float(lin.max() - lin.min()), 1e-6)
    cx, cy = nrng.uniform(0.2, 0.8, 2)
    rad = (xx - cx) ** 2 + (yy - cy) ** 2
    rad /= rad.max()
    f = 0.6 * lin + 0.4 * rad
    return 1.0 - strength * f


def add_speckle(arr, nrng, density):
    """Sparse dark dots and a few dust specks (arr: float32 HxW or HxWx3, modified in place)."""
    h, w = arr.shape[:2]
    n = int(h * w * density)
    ys = nrng.integers(0, h - 2, n)
    xs = nrng.integers(0, w - 2, n)
    vals = nrng.uniform(40, 175, n).astype(np.float32)
    big = nrng.random(n) < 0.18
    for y, x, v, b in zip(ys, xs, vals, big):
        s = 2 if b else 1
        region = arr[y:y + s, x:x + s]
        np.minimum(region, v, out=region)
    # a few light hair-like scratches
    for _ in range(int(nrng.integers(0, 4))):
        y, x = int(nrng.integers(0, h - 40)), int(nrng.integers(0, w - 40))
        ln = int(nrng.integers(12, 40))
        dy = nrng.uniform(-0.6, 0.6)
        v = float(nrng.uniform(120, 190))
        for t in range(ln):
            yy = min(h - 1, max(0, int(y + t * dy)))
            arr[yy, x + t] = np.minimum(arr[yy, x + t], v)


def skew_image(img, angle, fill):
    """Rotate inside the same frame (the page sits askew on the glass, so its corners may leave the scanned area,
    as on real scans). The angle is halved while ink away from the page border (text, seals) would be cut."""
    grey = np.asarray(img.convert("L"))
    h, w = grey.shape
    band = int(0.06 * min(h, w))
    inner = np.zeros_like(grey)
    inner[band:h - band, band:w - band] = (grey[band:h - band, band:w - band] < 160) * 255
    total = int((inner > 127).sum())
    mask = Image.fromarray(inner)
    a = angle
    for _ in range(4):
        kept = int((np.asarray(mask.rotate(a, resample=Image.NEAREST, expand=False, fillcolor=0)) > 127).sum())
        if total - kept <= 20:
            return img.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=fill), a
        a = round(a / 2, 2)
    return img, 0.0


def scan(cand, r):
    _, nrng = rng_for("pixels", cand["source"])
    steps = r["steps"]
    grey_out = r["special"] in ("bilevel", "greyscale")
    img = render_page(cand["src"], r["dpi"])
    arr = np.asarray(img).astype(np.float32)
    lid = (246.0, 246.0, 244.0)
    if "tint" in r:
        if r["tint"] == "grey":
            g = nrng.uniform(214, 228)
            paper = np.array([g + 2, g + 1, g - 3], np.float32)
        else:
            paper = np.array([nrng.uniform(240, 248), nrng.uniform(234, 241), nrng.uniform(212, 224)], np.float32)
        ink = np.array([nrng.uniform(26, 44)] * 3, np.float32)
        arr = ink + (paper - ink) * (arr / 255.0)
        lid = tuple(float(min(255, v + 12)) for v in paper)
    if "uneven" in r:
        arr *= light_field(arr.shape[0], arr.shape[1], nrng, r["uneven"])[..., None]
    if grey_out:
        arr = arr @ np.array([0.299, 0.587, 0.114], np.float32)
        lid = int(round(lid[0]))
    img = Image.fromarray(np.clip(arr + 0.5, 0, 255).astype(np.uint8))
    if "angle" in r:
        img, r["angle"] = skew_image(img, r["angle"], lid if grey_out else tuple(int(v) for v in lid))
    if "blur" in r:
        img = img.filter(ImageFilter.GaussianBlur(r["blur"]))
    if "speckle" in r:
        arr = np.asarray(img).astype(np.float32).copy()
        add_speckle(arr, nrng, r["speckle"])
        img = Image.fromarray(np.clip(arr + 0.5, 0, 255).astype(np.uint8))
    if r["special"] == "bilevel":
        # scanner "text" mode: levels to white paper, then 1-bit error diffusion (the seal dithers to grey)
        a = np.asarray(img).astype(np.float32)
        a = np.clip((a - 40) * 255.0 / (215 - 40), 0, 255)
        img = Image.fromarray(a.astype(np.uint8)).convert("1")
    elif r["special"] == "greyscale":
        # scanner background removal: paper goes white, ink and the grey seal keep their tones
        a = np.asarray(img).astype(np.float32)
        a = np.clip((a - 20) * 255.0 / (200 - 20), 0, 255)
        a[a > 236] = 255
        img = Image.fromarray((a + 0.5).astype(np.uint8))
    rot = {"rotated-90": Image.ROTATE_90, "rotated-180": Image.ROTATE_180, "rotated-270": Image.ROTATE_270}
    if r["special"] in rot:
        img = img.transpose(rot[r["special"]])
    return img


def table_background(w, h, nrng):
    kind = ["wood", "dark", "grey", "cloth"][int(nrng.integers(0, 4))]
    base = {"wood": (104, 74, 52), "dark": (46, 47, 52), "grey": (82, 84, 88), "cloth": (58, 66, 84)}[kind]
    low = nrng.normal(0, 1, (h // 48 + 2, w // 48 + 2)).astype(np.float32)
    low = cv2.resize(low, (w, h), interpolation=cv2.INTER_CUBIC)
    bg = np.empty((h, w, 3), np.float32)
    for c in range(3):
        bg[..., c] = base[c] * (1 + 0.08 * low)
    if kind == "wood":
        rows = nrng.normal(0, 1, (h, 1)).astype(np.float32)
        rows = cv2.GaussianBlur(rows, (1, 0), sigmaX=0.1, sigmaY=3)
        phase = nrng.uniform(0, 6.3)
        yy = np.arange(h, dtype=np.float32)[:, None]
        grain = 0.10 * np.sin(yy / nrng.uniform(9, 16) + phase + 2.5 * low[:, :1]) + 0.07 * rows
        bg *= (1 + grain)[..., None]
    elif kind == "cloth":
        fine = nrng.normal(0, 1, (h, w)).astype(np.float32)
        bg *= (1 + 0.04 * cv2.GaussianBlur(fine, (0, 0), 0.8))[..., None]
    return bg, kind


def photo(cand, r):
    _, nrng = rng_for("pixels", cand["source"])
    page = np.asarray(render_page(cand["src"], r["dpi"])).astype(np.float32)
    ph, pw = page.shape[:2]
    landscape = pw > ph
    W, H = (2048, 1536) if landscape else (1536, 2048)
    fill = nrng.uniform(0.80, 0.90)
    s = fill * min(W / pw, H / ph)
    small = cv2.resize(page, (int(round(pw * s)), int(round(ph * s))), interpolation=cv2.INTER_AREA)
    sh, sw = small.shape[:2]
    # the page as seen by a tilted camera: far edge shorter, a small rotation, jittered corners
    cx = W / 2 + nrng.uniform(-0.03, 0.03) * W
    cy = H / 2 + nrng.uniform(-0.03, 0.03) * H
    rect = np.array([[-sw / 2, -sh / 2], [sw / 2, -sh / 2], [sw / 2, sh / 2], [-sw / 2, sh / 2]], np.float32)
    key = nrng.uniform(0.03, 0.08)
    far = int(nrng.integers(0, 4)) if nrng.random() < 0.4 else 0      # usually the top edge is farther
    edges = [(0, 1), (1, 2), (2, 3), (3, 0)]
    i, j = edges[far]
    mid = (rect[i] + rect[j]) / 2
    rect[i] = mid + (rect[i] - mid) * (1 - key)
    rect[j] = mid + (rect[j] - mid) * (1 - key)
    theta = np.deg2rad(nrng.uniform(-4, 4))
    rotm = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]], np.float32)
    dst = rect @ rotm.T + np.array([cx, cy], np.float32)
    dst += nrng.uniform(-0.008, 0.008, (4, 2)).astype(np.float32) * np.array([W, H], np.float32)
    srcq = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32)
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(small, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    bg, bgkind = table_background(W, H, nrng)
    r["background"] = bgkind
    # soft shadow of the sheet on the table
    off = np.float32([[1, 0, nrng.uniform(-6, 10)], [0, 1, nrng.uniform(6, 16)]])
    drop = cv2.GaussianBlur(cv2.warpAffine(mask, off, (W, H)), (0, 0), 9)
    bg *= (1 - 0.45 * drop)[..., None]
    # white balance of the paper under room light (warm-light: a yellow lamp)
    if "warm-light" in r["steps"]:
        wb = np.array([1.0, nrng.uniform(0.93, 0.96), nrng.uniform(0.82, 0.87)], np.float32)
    else:
        wb = np.array([1.0, nrng.uniform(0.97, 0.995), nrng.uniform(0.93, 0.97)], np.float32)
    paper = warped * (nrng.uniform(0.88, 0.95) * wb)
    out = bg * (1 - mask[..., None]) + paper * mask[..., None]
    # camera: vignetting and a lighting gradient, then the hand/phone shadow
    out *= light_field(H, W, nrng, nrng.uniform(0.08, 0.16))[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    vig = 1 - 0.18 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) / 0.5)
    out *= vig[..., None]
    if "shadow" in r:
        a = nrng.uniform(0, 2 * np.pi)
        proj = (xx / W - 0.5) * np.cos(a) + (yy / H - 0.5) * np.sin(a)
        t = nrng.uniform(0.05, 0.30)
        width = nrng.uniform(0.04, 0.10)
        band = 1 / (1 + np.exp(-(proj - t) / width))
        out *= (1 - r["shadow"] * band)[..., None]
    out += nrng.normal(0, 1.6, (H, W, 1)).astype(np.float32)     # sensor noise (luma)
    img = Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8))
    sigma = r.get("defocus", 0.45)
    img = img.filter(ImageFilter.GaussianBlur(sigma))
    return img


# ------------------------------------------------------------------------------------------------- encodings
def encode(img, r, when):
    fmt, q = r["fmt"], r["quality"]
    dpi = (r["dpi"], r["dpi"]) if r["render"] == "scan" else (72, 72)
    buf = io.BytesIO()
    if fmt in ("pdf", "jpg"):
        img.save(buf, "JPEG", quality=q, optimize=True, dpi=dpi)
        if fmt == "jpg":
            return buf.getvalue(), f"JPEG q{q}"
        if r["render"] == "photo":        # a phone app's PDF: the photo's long side is the A4 long side
            buf = io.BytesIO()
            pdpi = round(max(img.size) / (297 / 25.4))
            img.save(buf, "JPEG", quality=q, optimize=True, dpi=(pdpi, pdpi))
        creator, producer = r["scanner"]
        pdf = img2pdf.convert(buf.getvalue(), creationdate=when, moddate=when, creator=creator, producer=producer,
                              engine=img2pdf.Engine.internal)
        return pdf, f"image-only PDF, one JPEG q{q}"
    if fmt == "webp":
        img.save(buf, "WEBP", quality=q, method=4)
        return buf.getvalue(), f"WebP q{q}"
    if fmt == "png":
        pal = img.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        pal.save(buf, "PNG", optimize=True, dpi=dpi)
        return buf.getvalue(), "PNG 64-colour palette"
    if fmt == "tiff":
        if img.mode == "1":
            img.save(buf, "TIFF", compression="group4", dpi=dpi)
            return buf.getvalue(), "TIFF CCITT group4 1-bit"
        img.save(buf, "TIFF", compression="tiff_lzw", dpi=dpi)
        return buf.getvalue(), "TIFF LZW greyscale"
    raise ValueError(fmt)


# ----------------------------------------------------------------------------------------------- file names
EXT = {"pdf": "pdf", "jpg": "jpg", "png": "png", "tiff": "tif", "webp": "webp"}


def doc_date(lab):
    f = lab.get("fields") or {}
    ds = [f[k] for k in ("issueDate", "endDate", "receivedDate", "startDate") if isinstance(f.get(k), str)]
    if isinstance(f.get("publishedMonth"), str):
        ds.append(f["publishedMonth"] + "-15")
    ds = [d for d in ds if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)]
    return max(ds) if ds else None


def when_made(cand):
    rng, _ = rng_for("when", cand["source"])
    d = doc_date(cand["label"])
    if d:
        day = datetime.date.fromisoformat(d) + datetime.timedelta(days=rng.randint(2, 90))
    else:
        day = datetime.date(2023, 3, 1) + datetime.timedelta(days=rng.randint(0, 960))
    return datetime.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                             rng.randint(0, 59), tzinfo=TZ)


def file_name(cand, r, when, taken):
    rng, _ = rng_for("name", cand["source"])
    holder = (cand["label"].get("fields") or {}).get("holder") or ""
    holder = re.sub(r"\s+", "_", holder) if re.fullmatch(r"[\u4e00-\u9fff]{2,4}|[A-Za-z .'-]{3,30}", holder) else ""
    ymd, hms = when.strftime("%Y%m%d"), when.strftime("%H%M%S")
    ext = EXT[r["fmt"]]
    n = rng.randint(1, 60)
    if r["render"] == "photo":
        if r["fmt"] == "pdf":
            pats = [f"CamScanner {when:%m-%d-%Y %H.%M}.pdf", f"扫描全能王 {when:%Y-%m-%d %H.%M}.pdf"]
        elif r["fmt"] == "webp":
            pats = ["证书照片.webp", f"微信图片_{ymd}.webp", f"{hkey('w', cand['source'])[:16]}.webp"]
        else:
            ms = int(when.timestamp() * 1000) + rng.randint(0, 999)
            pats = [f"IMG_{ymd}_{hms}.{ext}", f"mmexport{ms}.{ext}", f"微信图片_{ymd}{hms}.{ext}",
                    f"{ymd}_{hms}.{ext}"]
    elif r["fmt"] == "pdf":
        pats = [f"扫描件{n}.pdf", f"SCAN_{ymd}_{rng.randint(1000, 9999)}.pdf", f"SCAN_{rng.randint(1, 120):04d}.pdf",
                f"{ymd}{hms}{rng.randint(100, 999)}.pdf", f"证书扫描{n}.pdf", f"Scan_{ymd}_{hms}.pdf"]
        if holder:
            pats.append(f"{holder}_扫描件.pdf")
    elif r["fmt"] == "jpg":
        pats = [f"扫描件{n}.jpg", f"SCAN_{rng.randint(1, 120):04d}.jpg", f"证书{n}.jpg"]
        if holder:
            pats.append(f"{holder}证书.jpg")
    elif r["fmt"] == "png":
        pats = [f"微信图片_{ymd}.png", f"微信图片_{ymd}{hms}.png", f"扫描_{n}.png", f"证明材料扫描{n}.png"]
    elif r["fmt"] == "tiff":
        pats = [f"SCAN_{rng.randint(1, 120):04d}.tif", f"扫描{ymd}.tiff", f"scan{rng.randint(1, 999):04d}.tif"]
    else:
        pats = [f"证书{n}.webp", f"{hkey('w', cand['source'])[:16]}.webp", f"微信图片_{ymd}.webp"]
    rng.shuffle(pats)
    for p in pats:
        if p.lower() not in taken:
            taken.add(p.lower())
            return p
    stem, dot, e = pats[0].rpartition(".")
    k = 2
    while f"{stem}({k}).{e}".lower() in taken:
        k += 1
    taken.add(f"{stem}({k}).{e}".lower())
    return f"{stem}({k}).{e}"


# ---------------------------------------------------------------------------------------------------- labels
CN_DIGITS = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN_DIGITS[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGITS[t]) + "十" + ("" if u == 0 else CN_DIGITS[u])


def value_forms(key, v):
    if isinstance(v, bool) or v is None:
        return []
    if isinstance(v, (int, float)):
        return [str(v)]
    v = str(v)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
        out = []
        for a, b in ((str(mo), str(d)), (f"{mo:02d}", f"{d:02d}")):
            out += [f"{y}年{a}月{b}日", f"{y}-{a}-{b}", f"{y}.{a}.{b}", f"{y}/{a}/{b}"]
        out.append(f"{cn_year(y)}年{cn_num(mo)}月{cn_num(d)}日")
        return out
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        y, mo = m.group(1), int(m.group(2))
        return [f"{y}年{mo}月", f"{y}年{mo:02d}月", f"{y}-{mo:02d}", f"{y}.{mo}", f"{y}/{mo:02d}"]
    return [re.sub(r"\s+", "", v)]


def page_texts(src, pages):
    out = []
    for p in range(1, pages + 1):
        t = run(["pdftotext", "-f", str(p), "-l", str(p), src, "-"]).decode("utf-8", "replace")
        out.append(re.sub(r"\s+", "", t))
    return out


def first_page_only(cand, lab):
    """For a multi-page source: drop fields (and string facts) printed only on later pages. Returns dropped keys."""
    texts = page_texts(cand["src"], cand["pages"])
    p1, rest = texts[0], "".join(texts[1:])

    def where(key, v):
        forms = value_forms(key, v)
        return any(f in p1 for f in forms), any(f in rest for f in forms)

    dropped = []
    fields = lab.get("fields") or {}
    for k in list(fields):
        on1, later = where(k, fields[k])
        if not on1 and later:
            del fields[k]
            dropped.append("fields." + k)
    facts = lab.get("facts") or {}
    for k in list(facts):
        v = facts[k]
        if k in ("expectedProposal", "expectedProposalFrom"):
            continue
        if isinstance(v, str) and not re.fullmatch(r"[a-z][a-z0-9-]*", v):     # a printed string, not a code
            on1, later = where(k, v)
            if not on1 and later:
                del facts[k]
                dropped.append("facts." + k)
        elif isinstance(v, list) and all(isinstance(x, str) for x in v):
            if any((not where(k, x)[0]) and where(k, x)[1] for x in v):
                del facts[k]
                dropped.append("facts." + k)
    return dropped


def refresh_expected(lab):
    """Recompute facts.expectedProposal with corpus/expected_proposals.py's own rule (labels only)."""
    sys.path.insert(0, HERE)
    keep, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        import expected_proposals
    finally:
        sys.path.pop(0)
        sys.dont_write_bytecode = keep
    lab.setdefault("facts", {})
    expected_proposals.refresh(lab)


def make_label(cand, r, name, encoding):
    lab = json.loads(json.dumps(cand["label"]))
    dropped = first_page_only(cand, lab) if cand["pages"] > 1 else []
    lab["file"] = name
    lab["textSource"] = "ocr"
    lab["format"] = "pdf" if r["fmt"] == "pdf" else "image"
    lab["render"] = r["render"]
    lab["pages"] = 1
    allow = list(lab.get("allowFlags") or [])
    if "ocr-low-confidence" not in allow:
        allow.append("ocr-low-confidence")
    lab["allowFlags"] = allow
    # The seal survives every treatment (grey on black-and-white scans): hasSeal and seal flags stay as they are.
    if lab.get("factPage") not in (None, 1):
        lab["factPage"] = None
    refresh_expected(lab)
    bits = [f"{r['render']} of page 1 of {cand['pages']}", f"{r['dpi']}dpi render", encoding]
    if r["render"] == "photo":
        bits.append(f"4:3 frame on a {r['background']} table")
    if "angle" in r:
        bits.append(f"skew {r['angle']}°")
    if "tint" in r:
        bits.append(f"{r['tint']} paper")
    if "blur" in r:
        bits.append(f"blur {r['blur']}px")
    if "uneven" in r:
        bits.append(f"light falloff {r['uneven']}")
    if "speckle" in r:
        bits.append(f"speckle {r['speckle']:.1e}/px")
    if "shadow" in r:
        bits.append(f"shadow {r['shadow']}")
    if "defocus" in r:
        bits.append(f"defocus {r['defocus']}px")
    if r["special"] == "bilevel":
        bits.append("1-bit, red seal dithered to grey")
    if r["special"] == "greyscale":
        bits.append("greyscale with background removal, red seal grey")
    if dropped:
        bits.append("dropped (not on page 1): " + ", ".join(dropped))
    lab["notes"] = (lab.get("notes") or "") + "; " + "; ".join(bits)
    lab["source"] = cand["source"]
    lab["degradations"] = list(r["steps"])
    return lab


# ----------------------------------------------------------------------------------------------------- main
def build(from_dirs, out_dir, count, plan_only=False):
    cands = load_candidates(from_dirs)
    if not cands:
        sys.exit("no usable born-digital PDFs with labels in " + ", ".join(from_dirs))
    picked = choose(cands, count)
    plan = assign_slots(picked)
    taken = set()
    rows = []
    for cand, slot in plan:
        r = make_recipe(cand, slot)
        when = when_made(cand)
        name = file_name(cand, r, when, taken)
        rows.append((cand, r, when, name))
    if plan_only:
        for cand, r, when, name in rows:
            print(f"{name:38} {r['render']:5} {r['fmt']:4} {r['dpi']}  {cand['mode']:9} {cand['source']:34} "
                  + ",".join(r["steps"]))
        return
    os.makedirs(out_dir, exist_ok=True)
    old = os.path.join(out_dir, "labels.json")
    if os.path.exists(old):                              # remove what the previous run wrote, nothing else
        for lab in json.load(open(old, encoding="utf-8")):
            p = os.path.join(out_dir, lab["file"])
            if os.path.isfile(p):
                os.remove(p)
    labels = []
    for cand, r, when, name in rows:
        img = photo(cand, r) if r["render"] == "photo" else scan(cand, r)
        data, encoding = encode(img, r, when)
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)
        labels.append(make_label(cand, r, name, encoding))
        print(f"  {name:38} {len(data) // 1024:4d} KB  {cand['source']}", flush=True)
    with open(old, "w", encoding="utf-8") as f:
        f.write(json.dumps(labels, ensure_ascii=False, indent=1) + "\n")


def check(out_dir):
    path = os.path.join(out_dir, "labels.json")
    labels = json.load(open(path, encoding="utf-8"))
    bad = []
    total = 0
    modes, fmts, renders = {}, {}, {}
    names = {lab["file"] for lab in labels}
    for lab in labels:
        p = os.path.join(out_dir, lab["file"])
        if not os.path.isfile(p):
            bad.append(f"{lab['file']}: missing")
            continue
        size = os.path.getsize(p)
        total += size
        ext = lab["file"].rsplit(".", 1)[-1].lower()
        info = ""
        try:
            if ext == "pdf":
                pi = run(["pdfinfo", p]).decode("utf-8", "replace")
                pages = int(re.search(r"^Pages:\s+(\d+)", pi, re.M).group(1))
                txt = run(["pdftotext", p, "-"]).decode("utf-8", "replace")
                fonts = run(["pdffonts", p]).decode("utf-8", "replace").strip().splitlines()[2:]
                imgs = run(["pdfimages", "-list", p]).decode("utf-8", "replace").strip().splitlines()[2:]
                if pages != 1:
                    bad.append(f"{lab['file']}: {pages} pages")
                if txt.strip():
                    bad.append(f"{lab['file']}: has a text layer")
                if fonts:
                    bad.append(f"{lab['file']}: has fonts")
                if len(imgs) != 1:
                    bad.append(f"{lab['file']}: {len(imgs)} images")
                cols = imgs[0].split() if imgs else []
                info = f"1 page, no text, image {cols[3]}x{cols[4]} {cols[5]} {cols[8]} {cols[12]}dpi" if cols else ""
            else:
                with Image.open(p) as im:
                    im.load()
                    info = f"{im.format} {im.size[0]}x{im.size[1]} {im.mode}"
                    if im.format not in ("JPEG", "PNG", "TIFF", "WEBP"):
                        bad.append(f"{lab['file']}: unexpected format {im.format}")
                    if im.format == "TIFF":
                        info += " " + str(im.info.get("compression"))
        except Exception as e:  # noqa: BLE001 - any failure to open is a failed check
            bad.append(f"{lab['file']}: does not open ({e})")
        for k, want in (("textSource", "ocr"), ("pages", 1)):
            if lab.get(k) != want:
                bad.append(f"{lab['file']}: {k} is {lab.get(k)!r}")
        if lab.get("render") not in ("scan", "photo") or lab.get("format") != ("pdf" if ext == "pdf" else "image"):
            bad.append(f"{lab['file']}: render/format {lab.get('render')}/{lab.get('format')}")
        if not (2 <= len(lab.get("degradations") or []) <= 4) or not lab.get("source"):
            bad.append(f"{lab['file']}: degradations/source")
        if "ocr-low-confidence" not in (lab.get("allowFlags") or []):
            bad.append(f"{lab['file']}: allowFlags lacks ocr-low-confidence")
        modes[lab["mode"]] = modes.get(lab["mode"], 0) + 1
        fmts[ext] = fmts.get(ext, 0) + 1
        renders[lab["render"]] = renders.get(lab["render"], 0) + 1
        print(f"{size / 1024:7.1f} KB  {lab['file']:38} {lab['render']:5} {info}")
    extra = [f for f in os.listdir(out_dir) if f != "labels.json" and f not in names]
    if extra:
        bad.append("files without a label: " + ", ".join(sorted(extra)))
    budget = out_size_budget(len(labels))
    folder = sum(os.path.getsize(os.path.join(out_dir, f)) for f in os.listdir(out_dir))
    print(f"{len(labels)} files, {total / 1024:.0f} KB ({folder / 1024:.0f} KB with labels.json; "
          f"budget {budget / 1024:.0f} KB)")
    print("modes: " + ", ".join(f"{k} {v}" for k, v in modes.items()))
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())) + "; renders: "
          + ", ".join(f"{k} {v}" for k, v in sorted(renders.items())))
    if folder > budget:
        bad.append(f"folder is {folder} bytes, over the {budget} byte budget")
    for b in bad:
        print("FAIL", b)
    print("check: " + ("OK" if not bad else f"{len(bad)} problem(s)"))
    return not bad


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from", dest="from_dirs", nargs="+", metavar="DIR",
                    help="folder(s) with born-digital PDFs and labels.json (default: docs/ and holdout/)")
    ap.add_argument("--out", metavar="DIR", default=DEFAULT_OUT, help="output folder (default: corpus/scans)")
    ap.add_argument("--count", type=int, default=20, help="number of documents (default 20)")
    ap.add_argument("--check", action="store_true", help="only verify the output folder")
    ap.add_argument("--plan", action="store_true", help="print the plan, write nothing")
    a = ap.parse_args()
    cv2.setNumThreads(1)
    if not a.check:
        build([os.path.abspath(d) for d in (a.from_dirs or DEFAULT_FROM)], os.path.abspath(a.out), a.count,
              plan_only=a.plan)
        if a.plan:
            return
    sys.exit(0 if check(os.path.abspath(a.out)) else 1)


if __name__ == "__main__":
    main()
