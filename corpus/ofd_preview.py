#!/usr/bin/env python3
"""A crude OFD page preview with Pillow, for eyeballing the corpus's OFD twins against their PDFs (not a reader).

    python3 corpus/ofd_preview.py corpus/ofd-dev/附件803.ofd /tmp/page.png [page index, default 0]

Draws the template page(s) and the page: PathObjects (M/L/B/C, fill and stroke colours), ImageObjects (placed by
their Boundary: no rotation), TextObjects (each character at X + DeltaX from the TextCode, with the embedded font
when there is one, else DejaVu Sans; glyphs are not rotated by a CTM and bold Stroke is not drawn). 4 px per mm.
Set BOX=1 to outline every TextObject's Boundary. Do not use it on corpus/ofd/ by eye: that folder is sealed.
"""
import io
import os
import sys
import xml.etree.ElementTree as ET
import zipfile

from PIL import Image, ImageDraw, ImageFont
NS="{http://www.ofdspec.org/2016}"
S=4
def fl(s): return [float(v) for v in s.split()]
def deltas(s):
    out=[]; t=s.split(); i=0
    while i<len(t):
        if t[i]=='g': out += [float(t[i+2])]*int(t[i+1]); i+=3
        else: out.append(float(t[i])); i+=1
    return out
def render(path, out, page=0):
    z=zipfile.ZipFile(path); n=z.namelist()
    doc=ET.fromstring(z.read("Doc_0/Document.xml"))
    fonts={}; media={}
    for rp in ("Doc_0/PublicRes.xml","Doc_0/DocumentRes.xml"):
        if rp not in n: continue
        r=ET.fromstring(z.read(rp))
        for f in r.iter(NS+"Font"):
            ff=f.findtext(NS+"FontFile"); fonts[f.get("ID")]= z.read("Doc_0/Res/"+ff) if ff else None
        for m in r.iter(NS+"MultiMedia"): media[m.get("ID")]=z.read("Doc_0/Res/"+m.findtext(NS+"MediaFile"))
    pages=doc.find(NS+"Pages").findall(NS+"Page")
    tpls={t.get("ID"):"Doc_0/"+t.get("BaseLoc") for t in doc.find(NS+"CommonData").findall(NS+"TemplatePage")}
    pg="Doc_0/"+pages[page].get("BaseLoc")
    pe=ET.fromstring(z.read(pg))
    box=fl(pe.find(NS+"Area").findtext(NS+"PhysicalBox"))
    img=Image.new("RGBA",(int(box[2]*S),int(box[3]*S)),"white"); d=ImageDraw.Draw(img)
    layers=[ET.fromstring(z.read(tpls[t.get("TemplateID")])) for t in pe.findall(NS+"Template")]+[pe]
    for L in layers:
      for o in L.iter():
        if o.tag==NS+"PathObject":
            bx,by,bw,bh=fl(o.get("Boundary"))
            col=o.find(NS+"StrokeColor"); fcol=o.find(NS+"FillColor")
            toks=o.findtext(NS+"AbbreviatedData").split(); polys=[]; cur=[]; i=0
            while i<len(toks):
                op=toks[i]
                if op=="M":
                    if cur: polys.append(cur)
                    cur=[(float(toks[i+1]),float(toks[i+2]))]; i+=3
                elif op=="L": cur.append((float(toks[i+1]),float(toks[i+2]))); i+=3
                elif op=="B":
                    p0=cur[-1]; p1=(float(toks[i+1]),float(toks[i+2])); p2=(float(toks[i+3]),float(toks[i+4])); p3=(float(toks[i+5]),float(toks[i+6]))
                    for k in range(1,9):
                        t=k/8; mt=1-t
                        cur.append((mt**3*p0[0]+3*mt*mt*t*p1[0]+3*mt*t*t*p2[0]+t**3*p3[0], mt**3*p0[1]+3*mt*mt*t*p1[1]+3*mt*t*t*p2[1]+t**3*p3[1]))
                    i+=7
                elif op=="C": cur.append(cur[0]); i+=1
                else: i+=1
            if cur: polys.append(cur)
            for poly in polys:
                pts=[((bx+x)*S,(by+y)*S) for x,y in poly]
                if o.get("Fill")=="true" and len(pts)>2:
                    c=tuple(int(v) for v in fcol.get("Value").split()) if fcol is not None else (0,0,0)
                    d.polygon(pts, fill=c)
                if o.get("Stroke")!="false" and len(pts)>1:
                    c=tuple(int(v) for v in col.get("Value").split()) if col is not None else (0,0,0)
                    d.line(pts, fill=c, width=max(1,int(float(o.get("LineWidth","0.353"))*S)))
        elif o.tag==NS+"ImageObject":
            bx,by,bw,bh=fl(o.get("Boundary"))
            im=Image.open(io.BytesIO(media[o.get("ResourceID")])).convert("RGBA").resize((max(1,int(bw*S)),max(1,int(bh*S))))
            img.alpha_composite(im,(int(bx*S),int(by*S)))
        elif o.tag==NS+"TextObject":
            bx,by,bw,bh=fl(o.get("Boundary")); size=float(o.get("Size"))
            ctm=fl(o.get("CTM")) if o.get("CTM") else [1,0,0,1,0,0]
            fd=fonts.get(o.get("Font"))
            try: f=ImageFont.truetype(io.BytesIO(fd), max(1,int(size*S))) if fd else ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", max(1,int(size*S)))
            except Exception: f=ImageFont.load_default()
            fc=o.find(NS+"FillColor"); c=tuple(int(v) for v in fc.get("Value").split()) if fc is not None else (0,0,0)
            for tc in o.findall(NS+"TextCode"):
                x=float(tc.get("X")); y=float(tc.get("Y")); dx=deltas(tc.get("DeltaX","")) 
                for j,ch in enumerate(tc.text or ""):
                    px=ctm[0]*x+ctm[2]*y+ctm[4]+bx; py=ctm[1]*x+ctm[3]*y+ctm[5]+by
                    d.text((px*S,py*S),ch,font=f,fill=c,anchor="ls")
                    x+= dx[j] if j<len(dx) else 0
            if os.environ.get("BOX"): d.rectangle([bx*S,by*S,(bx+bw)*S,(by+bh)*S],outline=(0,160,0))
    img.convert("RGB").save(out)
if __name__ == "__main__":
    render(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
