#!/usr/bin/env python3
"""Builds the verification cases in corpus/verify/ and their labels.json.

Cases: digitally signed certificates (a self-signed key made here), signed then changed by an incremental update,
unsigned incremental updates, copies re-saved with an editor's Producer/Creator and a modification date a year
later, XMP dates disagreeing with the info dictionary, byte-identical files, the same text re-saved under another
name, the same certificate number on two holders, inconsistent dates and hours, and clean controls.

  PyPI   : pyHanko (signing, incremental updates), reportlab (drawing), pikepdf (re-saving with new metadata)
  Debian : fonts-wqy-zenhei
  Run    : python3 -m venv /tmp/v && /tmp/v/bin/pip install pyhanko reportlab pikepdf
           /tmp/v/bin/python corpus/verify/make_cases.py

Certificates are drawn in reportlab's invariant mode, so unsigned files are the same on every run; signatures
carry a fresh key and signing time each run (their flags do not change).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import tempfile

import pikepdf
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("zenhei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))


def pdf_date(d: dt.datetime) -> str:
    return d.strftime("D:%Y%m%d%H%M%S+08'00'")


def certificate(c: dict) -> bytes:
    """A landscape training certificate: number, prose body, issuer and date."""
    buf = io.BytesIO()
    W, H = landscape(A4)
    p = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    p.setTitle("培训证书")
    p.setFont("zenhei", 34)
    p.drawCentredString(W / 2, H - 110, "培训合格证书")
    p.setFont("zenhei", 12)
    p.drawCentredString(W / 2, H - 140, f"证书编号：{c['number']}")
    s, e = c["start"], c["end"]
    body = (f"{c['holder']}同志于{s.year}年{s.month}月{s.day}日至{e.year}年{e.month}月{e.day}日参加{c['issuer']}"
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
    i = c["issue"]
    p.setFont("zenhei", 15)
    p.drawCentredString(W - 220, 140, c["issuer"])
    p.drawCentredString(W - 220, 112, f"{i.year}年{i.month}月{i.day}日")
    p.showPage()
    p.save()
    return restamp(buf.getvalue(), created=dt.datetime(i.year, i.month, i.day, 10, 0))


def restamp(data: bytes, created: dt.datetime, modified: dt.datetime | None = None, producer: str = "Microsoft® Word 2019",
            creator: str = "Microsoft® Word 2019", xmp: tuple[dt.datetime, dt.datetime] | None = None,
            title: str | None = None) -> bytes:
    """Rewrites the whole file with the given info dictionary (and XMP dates, when given)."""
    pdf = pikepdf.open(io.BytesIO(data))
    info = pdf.docinfo
    info["/Producer"] = pikepdf.String(producer)
    info["/Creator"] = pikepdf.String(creator)
    info["/CreationDate"] = pikepdf.String(pdf_date(created))
    info["/ModDate"] = pikepdf.String(pdf_date(modified or created))
    if title:
        info["/Title"] = pikepdf.String(title)
    if xmp:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
            m["xmp:CreateDate"] = xmp[0].strftime("%Y-%m-%dT%H:%M:%S+08:00")
            m["xmp:ModifyDate"] = xmp[1].strftime("%Y-%m-%dT%H:%M:%S+08:00")
            m["pdf:Producer"] = producer
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def make_signer(tmp: str) -> signers.SimpleSigner:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "安徽省继续教育培训中心"),
                      x509.NameAttribute(NameOID.COMMON_NAME, "安徽省继续教育培训中心 电子印章")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    kp, cp = os.path.join(tmp, "key.pem"), os.path.join(tmp, "cert.pem")
    with open(kp, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cp, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(kp, cp)


def sign(data: bytes, signer) -> bytes:
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    out = signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name="Signature1"), signer=signer)
    return out.getvalue()


def overlay(data: bytes, text: str) -> bytes:
    """An incremental update that paints over the hours and writes other digits there (what a forger does)."""
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    font = w.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Font"),
        generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
        generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica")}))
    ops = f"q 1 1 1 rg 380 250 90 30 re f Q BT /FX 16 Tf 390 258 Td ({text}) Tj ET".encode()
    stream = w.add_object(generic.StreamObject(stream_data=ops))
    resources = generic.DictionaryObject({generic.NameObject("/Font"): generic.DictionaryObject(
        {generic.NameObject("/FX"): font})})
    w.add_stream_to_page(0, stream, resources=resources)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def main() -> None:
    D = dt.date
    people = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴芳", "徐强", "孙丽",
              "胡军", "朱琳", "高峰", "林涛", "何娟", "郭斌", "马超", "罗霞", "梁晨", "宋佳", "郑凯", "谢婷"]
    issuers = ["安徽省继续教育培训中心", "合肥市专业技术人员继续教育中心", "芜湖市人力资源和社会保障局",
               "安徽省建设工程质量安全协会", "宣城市专业技术人员培训中心", "蚌埠市专业技术人员继续教育中心"]
    topics = ["工程建设标准化", "专业技术人员职业素养", "数字技术应用", "安全生产管理", "水利工程质量管理", "绿色建筑设计"]
    n = 0

    def cert(**over) -> dict:
        nonlocal n
        k = n
        n += 1
        s = D(2024, 3 + k % 9, 4 + k % 10)
        days = 2 + k % 3
        e = s + dt.timedelta(days=days - 1)
        c = {"holder": people[k % len(people)], "number": f"AH{2024}{k + 1:02d}{(k * 7919) % 10000:04d}",
             "issuer": issuers[k % len(issuers)], "topic": topics[k % len(topics)], "start": s, "end": e,
             "hours": days * 8, "issue": e + dt.timedelta(days=k % 3)}
        c.update(over)
        return c

    def label(name: str, c: dict, expect=(), allow=(), tampered=False, fields=True, signed=False) -> dict:
        l = {"file": name, "mode": "training", "kind": "training-certificate", "format": "pdf",
             "textSource": "text-layer", "render": "born-digital", "pages": 1}
        if fields:
            l["fields"] = {"certificateNumber": c["number"], "hours": c["hours"], "startDate": c["start"].isoformat(),
                           "endDate": c["end"].isoformat(), "issueDate": c["issue"].isoformat(), "issuer": c["issuer"],
                           "holder": c["holder"]}
        l["facts"] = {"days": (c["end"] - c["start"]).days + 1}
        if signed:
            l["facts"]["signer"] = "安徽省继续教育培训中心 电子印章"
        l["expectFlags"] = list(expect)
        if allow:
            l["allowFlags"] = list(allow)
        l["tampered"] = tampered
        return l

    for f in os.listdir(HERE):
        if f.endswith(".pdf"):
            os.remove(os.path.join(HERE, f))
    files: dict[str, bytes] = {}
    labels = []
    tmp = tempfile.mkdtemp()
    try:
        signer = make_signer(tmp)
        sig_allow = ("signature-valid", "signature-invalid", "edited-metadata")
        # Signed, untouched: a valid signature over the whole file.
        for i in range(3):
            c = cert()
            files[f"签名证书{i + 1}.pdf"] = sign(certificate(c), signer)
            labels.append(label(f"签名证书{i + 1}.pdf", c, expect=["signature-valid"], signed=True))
        # Signed, then changed by an incremental update.
        for i in range(3):
            c = cert()
            files[f"签名后修改{i + 1}.pdf"] = overlay(sign(certificate(c), signer), str(c["hours"] * 2))
            labels.append(label(f"签名后修改{i + 1}.pdf", c, expect=["modified-after-signing", "incremental-update"],
                                allow=sig_allow, tampered=True, signed=True))
        # Unsigned incremental updates.
        for i in range(2):
            c = cert()
            files[f"增量修改{i + 1}.pdf"] = overlay(certificate(c), str(c["hours"] + 40))
            labels.append(label(f"增量修改{i + 1}.pdf", c, expect=["incremental-update"], allow=["edited-metadata"],
                                tampered=True))
        # Re-saved by an editor, modification date a year later.
        for i, (producer, creator) in enumerate([("PDF-XChange Editor 9.5.368.0", "Microsoft® Word 2019"),
                                                 ("Adobe Photoshop 25.0 (Windows)", "Adobe Photoshop 25.0 (Windows)"),
                                                 ("Foxit PDF Editor 12.1", "WPS 文字")]):
            c = cert()
            created = dt.datetime(c["issue"].year, c["issue"].month, c["issue"].day, 9, 30)
            files[f"编辑过{i + 1}.pdf"] = restamp(certificate(c), created=created,
                                                modified=created + dt.timedelta(days=365), producer=producer,
                                                creator=creator)
            labels.append(label(f"编辑过{i + 1}.pdf", c, expect=["edited-metadata"], tampered=True))
        # XMP dates that disagree with the info dictionary.
        for i in range(2):
            c = cert()
            created = dt.datetime(c["issue"].year, c["issue"].month, c["issue"].day, 9, 30)
            files[f"元数据不符{i + 1}.pdf"] = restamp(certificate(c), created=created,
                                                  xmp=(created - dt.timedelta(days=200), created + dt.timedelta(days=90)))
            labels.append(label(f"元数据不符{i + 1}.pdf", c, expect=["edited-metadata"], tampered=True))
        # The same bytes twice.
        c = cert()
        files["重复上传A.pdf"] = files["重复上传B.pdf"] = certificate(c)
        for name in ["重复上传A.pdf", "重复上传B.pdf"]:
            labels.append(label(name, c, expect=["duplicate-file"], tampered=True))
        # The same text re-saved under another name (different bytes).
        c = cert()
        original = certificate(c)
        files["原件.pdf"] = original
        created = dt.datetime(c["issue"].year, c["issue"].month, c["issue"].day, 9, 30)
        files["改名另存.pdf"] = restamp(original, created=created, title="证书扫描件")
        for name in ["原件.pdf", "改名另存.pdf"]:
            labels.append(label(name, c, expect=["duplicate-file"], tampered=True))
        # The same certificate number on two holders.
        c1 = cert()
        c2 = cert(number=c1["number"])
        files["编号相同甲.pdf"], files["编号相同乙.pdf"] = certificate(c1), certificate(c2)
        labels.append(label("编号相同甲.pdf", c1, expect=["duplicate-certificate"], tampered=True))
        labels.append(label("编号相同乙.pdf", c2, expect=["duplicate-certificate"], tampered=True))
        # Inconsistent: ends before it starts; more hours than the days allow.
        c = cert()
        c["start"], c["end"] = c["end"] + dt.timedelta(days=3), c["start"]
        files["日期矛盾.pdf"] = certificate(c)
        labels.append(label("日期矛盾.pdf", c, expect=["dates-inconsistent"], tampered=True))
        c = cert()
        c["hours"] = (c["end"] - c["start"]).days * 8 + 40
        files["学时超限.pdf"] = certificate(c)
        labels.append(label("学时超限.pdf", c, expect=["hours-exceed-daily-cap"], tampered=True))
        # Clean controls.
        for i in range(3):
            c = cert()
            files[f"正常证书{i + 1}.pdf"] = certificate(c)
            labels.append(label(f"正常证书{i + 1}.pdf", c))
    finally:
        shutil.rmtree(tmp)
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(files)} files, {sum(len(d) for d in files.values()) // 1024} KB")


if __name__ == "__main__":
    main()
