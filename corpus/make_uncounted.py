#!/usr/bin/env python3
"""Synthetic documents for the cautious summary and for activities no standard counts (issue 16, items 6 and 7).

    python3 corpus/make_uncounted.py OUT_DIR

writes, all dated 2025 (the 2025 standard):
  uncounted/志愿服务证明.pdf      a volunteer-service proof printing 64 小时 of service
  uncounted/IELTS-report.pdf      an IELTS Test Report Form (English)
  uncounted/四六级成绩报告单.pdf   a CET-6 score report (Chinese)
  uncounted/社会实践证明.pdf      a student's summer social-practice proof printing 40 小时
  a/certificate.pdf               a training certificate, 40 学时 over five days (clean)
  b/certificate.pdf               a training certificate, 40 学时 over two days (more than the daily cap: a warning)
  c/结业证书.pdf                  a training certificate with little on it (low confidence)

Nothing here is cut from a real document: names, units and numbers are invented. Deterministic (no randomness).
"""
import math
import os
import sys

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("zenhei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
W, H = A4


def seal(c, cx, cy, r=52):
    """A red round seal with a star (no words: the issuer is printed beside it)."""
    red = Color(0.83, 0.1, 0.1)
    c.setStrokeColor(red); c.setFillColor(red); c.setLineWidth(3)
    c.circle(cx, cy, r, stroke=1, fill=0)
    p = c.beginPath()
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rad = r * 0.3 if i % 2 == 0 else r * 0.12
        (p.moveTo if i == 0 else p.lineTo)(cx + rad * math.cos(a), cy + rad * math.sin(a))
    p.close(); c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(black); c.setFillColor(black)


def page(path, title, lines, footer, title_font="zenhei", sealed=True):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setFont(title_font, 26)
    c.drawCentredString(W / 2, H - 120, title)
    c.setFont("zenhei", 13)
    y = H - 190
    for line in lines:
        c.drawString(70, y, line)
        y -= 26
    if sealed and footer:
        seal(c, W - 160, 215)
    y = 230
    for line in footer:
        c.drawRightString(W - 80, y, line)
        y -= 24
    c.showPage()
    c.save()


def main(out):
    u = os.path.join(out, "uncounted")
    page(os.path.join(u, "志愿服务证明.pdf"), "志愿服务证明", [
        "兹证明 周明远 同志于2025年7月13日至2025年8月8日参加由本会组织的",
        "“社区银龄关爱”志愿服务活动，服务期间认真负责，",
        "志愿服务时长合计64小时。",
        "特此证明。",
    ], ["青阳市青年志愿者协会", "2025年8月12日"])
    page(os.path.join(u, "IELTS-report.pdf"), "IELTS Test Report Form", [
        "ACADEMIC",
        "Candidate Number  004417",
        "Family Name  ZHOU    First Name  MINGYUAN",
        "Test Date  29 July 2025",
        "Listening 8.0   Reading 8.5   Writing 7.0   Speaking 7.5",
        "Overall Band Score  8.0     CEFR Level  C1",
        "Centre Number  CN123",
    ], ["British Council", "Date  1 August 2025"], title_font="Helvetica-Bold")
    page(os.path.join(u, "四六级成绩报告单.pdf"), "全国大学英语四、六级考试成绩报告单", [
        "姓名：周明远    学校：青阳工程学院",
        "考试级别：大学英语六级（CET6）    笔试准考证号：340012251200117",
        "考试时间：2025年6月14日",
        "听力 185    阅读 201    写作和翻译 160",
        "总分 546",
        "成绩报告单编号：251234000123456",
    ], ["教育部教育考试院", "2025年8月20日"])
    page(os.path.join(u, "社会实践证明.pdf"), "社会实践证明", [
        "兹证明我校2023级土木工程学院学生周明远（学号2023011407）",
        "于2025年7月1日至2025年7月20日参加暑期“三下乡”大学生社会实践活动，",
        "在校期间担任学生会实践部部长，",
        "本次社会实践共计40小时，表现良好。",
        "特此证明。",
    ], ["共青团青阳工程学院委员会", "2025年9月1日"])
    page(os.path.join(out, "a", "certificate.pdf"), "培训结业证书", [
        "周明远 同志：",
        "于2025年9月1日至2025年9月5日参加“建筑结构抗震设计规范”",
        "专业技术人员继续教育培训班，",
        "完成全部课程，考核合格，累计学时40学时。",
        "特发此证。",
        "证书编号：QY2025-0901-017",
    ], ["青阳市专业技术人员继续教育中心", "2025年9月5日"])
    page(os.path.join(out, "b", "certificate.pdf"), "培训结业证书", [
        "周明远 同志：",
        "于2025年10月9日至2025年10月10日参加“装配式建筑施工技术”",
        "专业技术人员继续教育培训班，",
        "完成全部课程，考核合格，累计学时40学时。",
        "特发此证。",
        "证书编号：QY2025-1009-022",
    ], ["青阳市专业技术人员继续教育中心", "2025年10月10日"])
    page(os.path.join(out, "c", "结业证书.pdf"), "结业证书", [
        "周明远：",
        "于2025年11月3日参加学习，学时30。",
    ], [], sealed=False)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/uncounted-docs")
