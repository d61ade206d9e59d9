#!/usr/bin/env python3
"""The letters bench's other side: the same letters written with ReportLab's platypus.

    bench_letters --dump-json letters.json
    /usr/bin/python3 tests/bench/letters_reportlab.py letters.json [--runs 3] [--out DIR] [--embed]

Reads the letters bench_letters rendered (recipient, paragraphs, letterhead, signature) and writes
comparable one-page letters: the organization in bold and the address, a rule, the date and the
paragraphs in 11 pt Times-Roman, then the signature block; US Letter, 20 mm margins. Times, each
--runs times on a fresh output folder, 1,000 separate PDFs and one combined PDF, and prints the
figures in bench_letters' format (median/min/max wall time, files, bytes), after checking the
output (one page per file; the combined PDF has a page per letter, by pdfinfo when installed).
With --embed the letters use DejaVu Serif (regular, bold, italic; the font Qt picks for Cohort's
letters) registered as TrueType, so that ReportLab embeds a subset of each face in every PDF as
Cohort does; without it, the standard Times faces, which a PDF names but does not contain.
Only the writing is timed, not reading the JSON. For benchmarking only (python3-reportlab from
Debian); never run by the tests.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

try:
    from reportlab.lib.pagesizes import letter as LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer
    import reportlab
except ImportError:  # pragma: no cover
    sys.exit("letters_reportlab.py needs ReportLab: apt-get install python3-reportlab, run with /usr/bin/python3")

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
STYLES = {}


def use_fonts(embed):
    """The paragraph styles, in Times (not embedded) or DejaVu Serif (embedded subsets)."""
    regular, bold = "Times-Roman", "Times-Bold"
    if embed:
        regular, bold = "DejaVuSerif", "DejaVuSerif-Bold"
        faces = {"DejaVuSerif": "DejaVuSerif.ttf", "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
                 "DejaVuSerif-Italic": "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic": "DejaVuSerif-BoldItalic.ttf"}
        for name, file in faces.items():
            pdfmetrics.registerFont(TTFont(name, os.path.join(DEJAVU, file)))
        # <b> and <i> in paragraph markup pick these faces.
        for (b, i), name in {(0, 0): "DejaVuSerif", (1, 0): "DejaVuSerif-Bold", (0, 1): "DejaVuSerif-Italic",
                             (1, 1): "DejaVuSerif-BoldItalic"}.items():
            addMapping("DejaVuSerif", b, i, name)
    STYLES["org"] = ParagraphStyle("org", fontName=bold, fontSize=14, leading=17, spaceAfter=2)
    STYLES["address"] = ParagraphStyle("address", fontName=regular, fontSize=9, leading=11)
    STYLES["body"] = ParagraphStyle("body", fontName=regular, fontSize=11, leading=13.5, spaceAfter=8)


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def story_of(data, item):
    head = data["letterhead"]
    sign = data.get("signature", {})
    story = []
    if head.get("organization"):
        story.append(Paragraph(xml_escape(head["organization"]), STYLES["org"]))
    if head.get("address"):
        story.append(Paragraph("<br/>".join(xml_escape(l) for l in head["address"].split("\n")), STYLES["address"]))
    story.append(HRFlowable(width="100%", thickness=0.6, spaceBefore=6, spaceAfter=12))
    # The paragraphs as ReportLab markup (escaped text with <b>/<i>, as the template has them).
    for para in item.get("paragraphs_markup") or [xml_escape(p) for p in item["paragraphs"]]:
        story.append(Paragraph(para, STYLES["body"]))
    story.append(Spacer(1, 13.5))
    if sign.get("name"):
        story.append(Paragraph(xml_escape(sign["name"]), STYLES["body"]))
    if sign.get("title"):
        # Regular, as LetterRenderer sets it (the title was italic before; see docs/PERFORMANCE.md).
        story.append(Paragraph(xml_escape(sign["title"]), STYLES["body"]))
    return story


def new_doc(path, title):
    return SimpleDocTemplate(path, pagesize=LETTER, leftMargin=20 * mm, rightMargin=20 * mm,
                             topMargin=20 * mm, bottomMargin=20 * mm, title=title, creator="ReportLab")


def write_separate(data, out):
    for item in data["letters"]:
        path = os.path.join(out, "%s-%s.pdf" % (re.sub(r"[^A-Za-z0-9._-]+", "_", item["code"]), data["kind"]))
        new_doc(path, item["name"]).build(story_of(data, item))


def write_combined(data, out):
    story = []
    for i, item in enumerate(data["letters"]):
        if i:
            story.append(PageBreak())
        story.extend(story_of(data, item))
    new_doc(os.path.join(out, "all-%s.pdf" % data["kind"]), data["kind"]).build(story)


PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")


def pages_in_file(path):
    with open(path, "rb") as f:
        return len(PAGE.findall(f.read()))


def page_count(path):
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", path], capture_output=True, text=True)
        m = re.search(r"^Pages:\s+(\d+)", out.stdout, re.M)
        if out.returncode == 0 and m:
            return int(m.group(1)), "pdfinfo"
    return pages_in_file(path), "page objects"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("letters", help="the JSON file bench_letters --dump-json wrote")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", default=None, help="where the output folders go (default: the temp folder)")
    parser.add_argument("--embed", action="store_true", help="DejaVu Serif, embedded, instead of Times")
    args = parser.parse_args()
    use_fonts(args.embed)
    with open(args.letters, encoding="utf-8") as f:
        data = json.load(f)
    expected = len(data["letters"])
    print("%d %s letters read; ReportLab %s, Python %s; fonts: %s" % (
        expected, data["kind"], reportlab.Version, sys.version.split()[0],
        "DejaVu Serif, embedded" if args.embed else "standard Times, not embedded"))
    figures = {"separate": [], "combined": []}
    sizes = {}
    ok = True
    base = tempfile.mkdtemp(prefix="letters_reportlab-", dir=args.out)
    try:
        for run in range(args.runs):
            for what, write in (("separate", write_separate), ("combined", write_combined)):
                out = os.path.join(base, "%s-%d" % (what, run))
                os.makedirs(out)
                start = time.perf_counter()
                write(data, out)
                figures[what].append((time.perf_counter() - start) * 1000.0)
                files = [os.path.join(out, n) for n in os.listdir(out) if n.endswith(".pdf")]
                sizes[what] = (len(files), sum(os.path.getsize(p) for p in files))
                if what == "combined":
                    pages, how = page_count(files[0]) if len(files) == 1 else (-1, "")
                    if pages != expected:
                        print("check failed: combined: %d files, %d pages (expected 1 file, %d pages)"
                              % (len(files), pages, expected), file=sys.stderr)
                        ok = False
                    elif run == 0:
                        print("check: combined PDF has %d pages (%s)" % (pages, how))
                else:
                    wrong = sum(1 for p in files if pages_in_file(p) != 1)
                    first, how = page_count(files[0]) if files else (-1, "")
                    if len(files) != expected or wrong or first != 1:
                        print("check failed: separate: %d files (expected %d), %d not of one page"
                              % (len(files), expected, wrong), file=sys.stderr)
                        ok = False
                    elif run == 0:
                        print("check: %d files of one page each (page objects; the first by %s)" % (len(files), how))
                shutil.rmtree(out)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    for what in ("separate", "combined"):
        ms = figures[what]
        print("%-10s median %8.0f ms  min %8.0f ms  max %8.0f ms  (%d runs)  %d files, %d bytes"
              % (what, statistics.median(ms), min(ms), max(ms), len(ms), sizes[what][0], sizes[what][1]))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
