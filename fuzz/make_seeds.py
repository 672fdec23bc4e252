#!/usr/bin/env python3
"""Seed inputs for the libFuzzer targets: fuzz/seeds/TARGET/ (small, synthetic, deterministic).

    python3 fuzz/make_seeds.py            # rewrites fuzz/seeds/
"""
import hashlib
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "corpus"))

TEXTS = [
    "2024年3月1日至3日", "2024年3月1日—2024年3月3日", "二〇二四年三月一日", "2024.3.1-2024.3.3", "2024/03/01", "03/01/2024",
    "March 1-3, 2024", "1–3 March 2024", "2024年13月45日", "99999年1月1日", "共计24学时", "１２学时", "贰拾肆学时",
    "二十四课时", "24小时", "1.5学分", "为期3天", "为期99999999999999999999天", "学时 1e30", "24 credit hours",
    "CME credits: 12.5", "第一期", "一千亿亿学时", "全年累计 90 学时", "2024年度", "培训时间：2024年3月1日至3月3日，共3天，计24学时",
]

CERT = """培训证明

张伟同志（身份证号：110101199003071234）于2024年3月1日至2024年3月3日
参加“医疗质量安全管理”专题培训，为期3天，经考核合格，共计24学时。

特此证明。

浙江省专业技术人员继续教育基地
2024年3月5日
证书编号：XS2024000123
"""

EN = """Certificate of Completion

This certifies that Wei Zhang has completed the course
Clinical Research Methods, 1-3 March 2024,
and is awarded 12 CME credits (AMA PRA Category 1).

Asia-Pacific Society for Nursing Education
March 5, 2024
"""

PAPER = """基于深度学习的医学图像分割方法研究
张伟 李娜
（浙江大学 医学院，杭州 310058）
摘要：本文提出一种……
中国医学影像学杂志 2024年第32卷第3期 ISSN 1005-5185 CN 11-3154/R
收稿日期：2023-11-20
"""


def write(target, name, data: bytes):
    d = os.path.join(HERE, "seeds", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as fh:
        fh.write(data)


def main():
    shutil.rmtree(os.path.join(HERE, "seeds"), ignore_errors=True)
    for i, t in enumerate(TEXTS):
        write("normalize", f"text-{i:02d}", t.encode())
    write("normalize", "cert", CERT.encode())
    for name, t in (("cert", CERT), ("en", EN), ("paper", PAPER), ("absurd", CERT.replace("为期3天", "为期99999999999999999999天"))):
        write("extract", name, t.encode())
    for name in sorted(os.listdir(os.path.join(ROOT, "policies"))):
        if name.endswith(".yaml"):
            with open(os.path.join(ROOT, "policies", name), "rb") as fh:
                write("specs", "policy-" + name, b"\x00" + fh.read()[:60000])
    for name in ("training-certificate.yaml", "journal-paper.yaml", "english-cpd.yaml", "not-evidence.yaml"):
        with open(os.path.join(ROOT, "extractors", name), "rb") as fh:
            write("specs", "spec-" + name, b"\x01" + fh.read()[:60000])
    with open(os.path.join(ROOT, "extractors", "issuers.yaml"), "rb") as fh:
        write("specs", "issuers.yaml", b"\x02" + fh.read()[:60000])
    import hostile
    parts = hostile.ofd_parts(hostile.CERT_LINES)
    for i, (k, v) in enumerate(parts.items()):
        write("ofd", f"part-{i}-" + os.path.basename(k), bytes([i]) + v)
    write("ofd", "zip-minimal.ofd", hostile.ofd_zip(parts))
    for d in ("ofd-dev", "broken-ofd"):
        folder = os.path.join(ROOT, "corpus", d)
        for name in sorted(os.listdir(folder)):
            p = os.path.join(folder, name)
            if name.endswith(".ofd") and 0 < os.path.getsize(p) <= 48 << 10:
                with open(p, "rb") as fh:
                    data = fh.read()
                if data.startswith(b"PK"):
                    write("ofd", f"zip-{d}-{hashlib.sha1(name.encode()).hexdigest()[:8]}.ofd", data)
    n = sum(len(fs) for _, _, fs in os.walk(os.path.join(HERE, "seeds")))
    print(f"{n} seeds under fuzz/seeds/")


if __name__ == "__main__":
    main()
