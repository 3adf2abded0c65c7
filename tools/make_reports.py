#!/usr/bin/env python3
"""Makes report PDFs from real translated text, for `dragoman eval extraction`: each report a
title and about 40 paragraphs of a line-aligned collection (NTREX's layout: <lang>.txt and
DOCUMENT_IDS.tsv; tools/udhr_lines.py writes the UDHR so), laid out as reports are and printed to
PDF by headless Chromium:

  NAME.one.pdf   one column, the printer's own running header (date, title) and footer (the file's
                 address, "N/M") on every page
  NAME.two.pdf   two columns, justified, words hyphenated at line ends, a table, a running header
                 of the report's title and a page number in the language's own digits and form
                 ("- 3 -", "صفحة ٣", "صفحہ ۳")
  NAME.scan.pdf  the pages of NAME.one.pdf rasterised at 300 dpi (pdftoppm) and printed back as
                 images: a scanned report without a text layer

and beside them NAME.json, the gold: the title, the paragraphs, the table's rows and the page
furniture each layout adds. Needs chromium and pdftoppm (Debian: chromium, poppler-utils).

usage: make_reports.py COLLECTION_DIR OUT_DIR LANG[=NAME] [LANG[=NAME] ...]
e.g.   make_reports.py ../shared/data/ntrex-dev /tmp/reports eng=en arb=ar spa=es
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PARAGRAPHS = 40
DIRECTION = {"ar": "rtl", "ur": "rtl", "fa": "rtl", "he": "rtl"}
DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "ur": "۰۱۲۳۴۵۶۷۸۹", "fa": "۰۱۲۳۴۵۶۷۸۹"}
PAGE_WORD = {"ar": "صفحة", "ur": "صفحہ", "fa": "صفحه"}
TABLE_HEAD = {"en": ["Region", "Members", "Strikes", "Share"], "es": ["Región", "Afiliados", "Huelgas", "Parte"],
              "ar": ["المنطقة", "الأعضاء", "الإضرابات", "النسبة"], "ur": ["علاقہ", "اراکین", "ہڑتالیں", "حصہ"],
              "fr": ["Région", "Adhérents", "Grèves", "Part"], "de": ["Region", "Mitglieder", "Streiks", "Anteil"]}
REGIONS = {"en": ["North", "South", "East"], "es": ["Norte", "Sur", "Este"], "ar": ["الشمال", "الجنوب", "الشرق"],
           "ur": ["شمال", "جنوب", "مشرق"], "fr": ["Nord", "Sud", "Est"], "de": ["Nord", "Süd", "Ost"]}
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def digits(n, lang):
    d = DIGITS.get(lang)
    return "".join(d[int(c)] for c in str(n)) if d else str(n)


def reports(collection, code):
    with open(os.path.join(collection, "DOCUMENT_IDS.tsv"), encoding="utf-8") as f:
        ids = [line.rstrip("\n").split("\t")[0] for line in f]
    with open(os.path.join(collection, code + ".txt"), encoding="utf-8") as f:
        lines = [line.strip() for line in f]
    docs, order = {}, []
    for doc, line in zip(ids, lines):
        if doc not in docs:
            order.append(doc)
        docs.setdefault(doc, []).append(line)
    # each report: a title (a document's first line), then paragraphs of two sentences
    out, title, paras = [], None, []
    for doc in order:
        body = [l for l in docs[doc] if l]
        if not body:
            continue
        if title is None:
            title, body = body[0], body[1:]
        for k in range(0, len(body), 2):
            paras.append(" ".join(body[k:k + 2]))
        if len(paras) >= PARAGRAPHS:
            out.append((title, paras[:PARAGRAPHS]))
            title, paras = None, []
    return out


def soft_hyphens(text, lang):
    """A soft hyphen in the middle of long Latin words: where Chromium may break them."""
    if DIRECTION.get(lang) == "rtl":
        return html.escape(text)
    def split(m):
        w = m.group(0)
        k = len(w) // 2
        return w[:k] + "\u00ad" + w[k:]
    return re.sub(r"[^\W\d_]{10,}", split, html.escape(text))


def table(lang):
    head = TABLE_HEAD.get(lang, TABLE_HEAD["en"])
    rows = [[r, digits(120 + 37 * i, lang), digits(3 + i, lang), digits(20 + 15 * i, lang) + "%"]
            for i, r in enumerate(REGIONS.get(lang, REGIONS["en"]))]
    return head, rows


def page(title, paras, lang, layout):
    d = DIRECTION.get(lang, "ltr")
    css = ["body { font-family: 'Noto Serif', 'Noto Naskh Arabic', 'Noto Nastaliq Urdu', serif;"
           " font-size: 11pt; line-height: 1.45; }",
           "p { margin: 0 0 0.7em 0; }", "h1 { font-size: 17pt; }",
           "table { border-collapse: collapse; margin: 0.8em 0; }",
           "td, th { border: 1px solid #444; padding: 2pt 6pt; }"]
    head, rows = table(lang)
    parts = ["<h1>%s</h1>" % html.escape(title)]
    furniture = []
    if layout == "two":
        css.append("main { column-count: 2; column-gap: 1.2cm; text-align: justify; }")
        header = {"ar": "تقرير الحملة", "ur": "مہم کی رپورٹ"}.get(lang, "Campaign report")
        word = PAGE_WORD.get(lang)
        number = ('"%s " counter(page, %s)' % (word, "arabic-indic" if lang == "ar" else "persian")
                  if word else '"- " counter(page) " -"')
        css.append("@page { size: A4; margin: 2.2cm 1.8cm;"
                   " @top-center { content: \"%s\"; font-size: 9pt; }"
                   " @bottom-center { content: %s; font-size: 9pt; } }" % (header, number))
        furniture = [header, word or "- N -"]
        for i, p in enumerate(paras):
            parts.append("<p>%s</p>" % soft_hyphens(p, lang))
            if i == 9:
                parts.append("<table><tr>%s</tr>%s</table>" % (
                    "".join("<th>%s</th>" % html.escape(h) for h in head),
                    "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c) for c in r) for r in rows)))
    else:
        css.append("@page { size: A4; margin: 2cm; }")
        parts.extend("<p>%s</p>" % html.escape(p) for p in paras)
    doc = ("<!DOCTYPE html><html lang=\"%s\" dir=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title>"
           "<style>%s</style></head><body><main>%s</main></body></html>"
           % (lang, d, html.escape(title), "\n".join(css), "\n".join(parts)))
    return doc, (head, rows) if layout == "two" else None, furniture


def chromium_pdf(html_file, pdf_file, printer_header):
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--print-to-pdf=" + pdf_file]
    if not printer_header:
        args.append("--no-pdf-header-footer")
    args.append("file://" + html_file)
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def scan(pdf_file, out_pdf, work):
    prefix = os.path.join(work, "page")
    subprocess.run(["pdftoppm", "-r", "300", "-png", pdf_file, prefix], check=True)
    pngs = sorted(f for f in os.listdir(work) if f.startswith("page") and f.endswith(".png"))
    body = "".join('<img src="%s">' % os.path.join(work, f) for f in pngs)
    doc = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>@page { size: A4; margin: 0 }"
           " body { margin: 0 } img { width: 210mm; height: 297mm; display: block;"
           " page-break-after: always }</style></head><body>%s</body></html>" % body)
    f = os.path.join(work, "scan.html")
    with open(f, "w", encoding="utf-8") as out:
        out.write(doc)
    chromium_pdf(f, out_pdf, False)


def main(argv):
    if len(argv) < 4 or not CHROMIUM or not shutil.which("pdftoppm"):
        sys.stderr.write(__doc__)
        return 2
    collection, out = argv[1], argv[2]
    os.makedirs(out, exist_ok=True)
    for spec in argv[3:]:
        code, _, lang = spec.partition("=")
        lang = lang or code
        for n, (title, paras) in enumerate(reports(collection, code)[:2]):
            name = "%s-%d" % (lang, n + 1)
            gold = {"language": lang, "title": title, "paragraphs": paras, "layouts": {}}
            with tempfile.TemporaryDirectory() as work:
                for layout in ("one", "two"):
                    doc, tab, furniture = page(title, paras, lang, layout)
                    f = os.path.join(work, "%s.%s.html" % (name, layout))
                    with open(f, "w", encoding="utf-8") as o:
                        o.write(doc)
                    pdf = os.path.join(out, "%s.%s.pdf" % (name, layout))
                    chromium_pdf(f, pdf, layout == "one")
                    # the printer's header (one): the date and the title; its footer: the file's
                    # address and "N/M"; our own (two): the header line and the page number
                    gold["layouts"][layout] = {
                        "table": [tab[0]] + tab[1] if tab else None, "tableAfter": 10,
                        "header": furniture[0] if furniture else None}
                scan(os.path.join(out, name + ".one.pdf"), os.path.join(out, name + ".scan.pdf"), work)
                gold["layouts"]["scan"] = gold["layouts"]["one"]
            with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as o:
                json.dump(gold, o, ensure_ascii=False, indent=1)
            print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
