#!/usr/bin/env python3
"""Builds the seal and QR-code cases in corpus/verify/ and merges their labels into labels.json.

Cases: training certificates with a red seal (a raster seal image, a vector oval seal), without any seal, with only
red marks that are not seals (a solid red logo, a red title and rule), with a seal copied in black and white, with a
QR code as an image, a QR code drawn as vector squares, and a Code 128 barcode. Seals and QR codes are real
(the QR codes are made by the `qrcode` package and must decode with zbar).

  PyPI   : reportlab (drawing, QR and Code 128 widgets), qrcode and Pillow (QR and seal images)
  Debian : fonts-wqy-zenhei
  Run    : python3 -m venv /tmp/v && /tmp/v/bin/pip install reportlab qrcode pillow
           /tmp/v/bin/python corpus/verify/make_seal_cases.py
           (after make_cases.py, which rewrites labels.json: this script adds its entries again)

Drawn in reportlab's invariant mode: the files are the same on every run.
"""
from __future__ import annotations

import io
import json
import math
import os

import qrcode
from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
pdfmetrics.registerFont(TTFont("zenhei", FONT, subfontIndex=0))
RED = Color(0.84, 0.11, 0.14)
MM = 72 / 25.4


def seal_png(text: str, px: int = 300, colour=(214, 28, 36, 230)) -> bytes:
    """A round seal: ring, star, the issuer's name along the arc (pixels, never text)."""
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    m = 6
    d.ellipse([m, m, px - m, px - m], outline=colour, width=px // 34)
    cx = cy = px / 2
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        r = px * (0.15 if i % 2 == 0 else 0.06)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(pts, fill=colour)
    n = len(text)
    size = int(px * 0.11)
    font = ImageFont.truetype(FONT, size, index=0)
    span = min(250.0, 20.0 * n + 40)
    rad = px / 2 - m - size * 0.9
    for i, ch in enumerate(text):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        t = math.radians(ang)
        tile = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((size * 0.5, size * 0.4), ch, font=font, fill=colour)
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        img.alpha_composite(tile, (int(cx + rad * math.cos(t) - size), int(cy + rad * math.sin(t) - size)))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def qr_png(payload: str) -> bytes:
    q = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=8, border=2)
    q.add_data(payload)
    q.make(fit=True)
    buf = io.BytesIO()
    q.make_image(fill_color="black", back_color="white").save(buf, "PNG")
    return buf.getvalue()


def certificate(c: dict, extras) -> bytes:
    """A landscape training certificate; `extras(p, W, H)` adds the seal, code or red marks of the case."""
    buf = io.BytesIO()
    W, H = landscape(A4)
    p = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    p.setTitle("培训证书")
    p.setFont("zenhei", 34)
    p.drawCentredString(W / 2, H - 110, "培训合格证书")
    p.setFont("zenhei", 12)
    p.drawCentredString(W / 2, H - 140, f"证书编号：{c['number']}")
    s, e = c["start"], c["end"]
    body = (f"{c['holder']}同志于{s[0]}年{s[1]}月{s[2]}日至{e[0]}年{e[1]}月{e[2]}日参加{c['issuer']}"
            f"举办的“{c['topic']}”培训班，完成全部课程学习，经考核合格，共计{c['hours']}学时。特发此证。")
    p.setFont("zenhei", 16)
    x, y, width, line = 110, H - 210, W - 220, ""
    for ch in body:
        if pdfmetrics.stringWidth(line + ch, "zenhei", 16) > width:
            p.drawString(x, y, line)
            y -= 32
            line = ""
        line += ch
    p.drawString(x, y, line)
    p.setFont("zenhei", 15)
    p.drawCentredString(W - 220, 140, c["issuer"])
    p.drawCentredString(W - 220, 112, f"{e[0]}年{e[1]}月{e[2]}日")
    extras(p, W, H)
    p.showPage()
    p.save()
    return buf.getvalue()


def image_seal(text: str, colour=(214, 28, 36, 230), r: float = 21 * MM):
    data = seal_png(text, colour=colour)

    def draw(p, W, H):
        p.drawImage(ImageReader(io.BytesIO(data)), W - 220 - r, 126 - r, 2 * r, 2 * r, mask="auto")
    return draw


def vector_oval_seal(p, W, H):
    """An oval seal 45 × 30 mm: double ring and a star, drawn as vector paths."""
    cx, cy, a, b = W - 220, 126, 22.5 * MM, 15 * MM
    p.setStrokeColor(RED); p.setFillColor(RED)
    p.setLineWidth(2.5); p.ellipse(cx - a, cy - b, cx + a, cy + b, stroke=1, fill=0)
    p.setLineWidth(0.8); p.ellipse(cx - a + 4, cy - b + 4, cx + a - 4, cy + b - 4, stroke=1, fill=0)
    path = p.beginPath()
    for i in range(10):
        t = math.pi / 2 + i * math.pi / 5
        rad = 9 if i % 2 == 0 else 3.6
        (path.moveTo if i == 0 else path.lineTo)(cx + rad * math.cos(t), cy + rad * math.sin(t))
    path.close(); p.drawPath(path, stroke=0, fill=1)
    p.setStrokeColor(black); p.setFillColor(black)


def red_marks_not_seals(p, W, H):
    """A solid red round logo, a red rule under the title: red, but no seal."""
    p.setFillColor(RED); p.setStrokeColor(RED)
    p.circle(120, H - 100, 16 * MM, stroke=0, fill=1)
    p.setLineWidth(3); p.line(90, H - 160, W - 90, H - 160)
    p.setFillColor(black); p.setStrokeColor(black)


def qr_image(payload: str):
    data = qr_png(payload)

    def draw(p, W, H):
        p.drawImage(ImageReader(io.BytesIO(data)), 90, 70, 80, 80)
        p.setFont("zenhei", 9)
        p.drawString(90, 60, "扫码验证证书真伪")
    return draw


def qr_vector(payload: str):
    def draw(p, W, H):
        w = QrCodeWidget(payload, barLevel="M")
        x0, y0, x1, y1 = w.getBounds()
        d = Drawing(90, 90, transform=[90 / (x1 - x0), 0, 0, 90 / (y1 - y0), 0, 0])
        d.add(w)
        renderPDF.draw(d, p, 90, 70)
    return draw


def barcode(value: str):
    def draw(p, W, H):
        b = code128.Code128(value, barHeight=32, barWidth=1.2)
        b.drawOn(p, 80, 80)
    return draw


def both(*fs):
    def draw(p, W, H):
        for f in fs:
            f(p, W, H)
    return draw


def main() -> None:
    people = ["周立新", "吴海燕", "郑国强", "冯晓梅", "陈志刚", "褚文静", "卫东升", "蒋丽华"]
    issuers = ["安徽省专业技术人员继续教育基地", "芜湖市职业技能培训中心", "安庆市专业技术人员培训中心",
               "蚌埠市继续教育培训中心"]
    topics = ["工程质量安全管理", "数字化转型与创新", "职业道德与法规", "新技术新工艺应用"]
    cases = [
        ("印章证书1.pdf", lambda c: image_seal(c["issuer"]), [], {}),
        ("印章证书2.pdf", lambda c: vector_oval_seal, [], {}),
        ("无章证书1.pdf", lambda c: (lambda p, W, H: None), ["no-seal-found"], {}),
        ("无章证书2.pdf", lambda c: red_marks_not_seals, ["no-seal-found"], {}),
        ("黑白印章.pdf", lambda c: image_seal(c["issuer"], colour=(60, 60, 60, 230)), ["no-seal-found"], {}),
        ("二维码证书1.pdf",
         lambda c: both(image_seal(c["issuer"]), qr_image(f"https://zs.ahjxjy.example.cn/verify?no={c['number']}")),
         [], {"verificationCode": "https://zs.ahjxjy.example.cn/verify?no={number}"}),
        ("二维码证书2.pdf",
         lambda c: both(image_seal(c["issuer"]), qr_vector(f"https://cert.example.org.cn/q/{c['number']}")),
         [], {"verificationCode": "https://cert.example.org.cn/q/{number}"}),
        ("条形码证书.pdf", lambda c: both(image_seal(c["issuer"]), barcode(c["number"])),
         [], {"verificationCode": "{number}"}),
    ]
    entries = []
    for k, (name, extras, expect, extra_fields) in enumerate(cases):
        day = 10 + k
        c = {"holder": people[k], "number": f"YZ2024{k + 1:02d}{(k * 4409 + 137) % 10000:04d}",
             "issuer": issuers[k % len(issuers)], "topic": topics[k % len(topics)],
             "start": (2024, 5, day), "end": (2024, 5, day + 1), "hours": 16}
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(certificate(c, extras(c)))
        fields = {"certificateNumber": c["number"], "hours": 16,
                  "startDate": "2024-05-%02d" % day, "endDate": "2024-05-%02d" % (day + 1),
                  "issueDate": "2024-05-%02d" % (day + 1),
                  "issuer": c["issuer"], "holder": c["holder"]}
        fields.update({key: v.format(number=c["number"]) for key, v in extra_fields.items()})
        entries.append({"file": name, "mode": "training", "kind": "training-certificate", "format": "pdf",
                        "textSource": "text-layer", "render": "born-digital", "pages": 1, "fields": fields,
                        "facts": {"days": 2}, "expectFlags": expect, "tampered": False,
                        "hasSeal": name.startswith(("印章", "二维码", "条形码"))})

    path = os.path.join(HERE, "labels.json")
    labels = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else []
    mine = {e["file"] for e in entries}
    # make_cases.py's certificates are drawn without a seal: no-seal-found is true of them, not their subject.
    for l in labels:
        if l["file"] not in mine and "no-seal-found" not in l.get("allowFlags", []):
            l["allowFlags"] = l.get("allowFlags", []) + ["no-seal-found"]
    labels = [l for l in labels if l["file"] not in mine] + entries
    with open(path, "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
