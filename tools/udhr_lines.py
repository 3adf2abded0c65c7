#!/usr/bin/env python3
"""Writes the Universal Declaration of Human Rights (the "UDHR in XML" files) in the line-aligned
layout of NTREX: one <lang>.txt per language, line i translating line i, and DOCUMENT_IDS.tsv
saying which lines form which document. Each article gives its title and its paragraphs (their
count is the same in every language); five articles make a document. A sentence-alignment gold
generator that reads NTREX's layout can then make gold in every language of the UDHR.

usage: udhr_lines.py UDHR_DIR OUT_DIR LANG=FILE [LANG=FILE ...]
e.g.   udhr_lines.py udhr-xml/data/udhr /tmp/udhr eng=udhr_eng.xml urd=udhr_urd.xml
"""
import os
import sys
import xml.etree.ElementTree as ET

NS = "{http://efele.net/udhr}"
ARTICLES_PER_DOCUMENT = 5


def lines(path):
    root = ET.parse(path).getroot()
    out = []
    for article in root.findall(NS + "article"):
        document = "udhr-%d" % ((int(article.get("number")) - 1) // ARTICLES_PER_DOCUMENT)
        out.append((document, " ".join(article.find(NS + "title").itertext()).strip()))
        for para in article.iter(NS + "para"):
            out.append((document, " ".join("".join(para.itertext()).split())))
    return out


def main():
    source, target, pairs = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(target, exist_ok=True)
    documents = None
    for pair in pairs:
        lang, name = pair.split("=", 1)
        rows = lines(os.path.join(source, name))
        if documents is None:
            documents = [d for d, _ in rows]
        elif [d for d, _ in rows] != documents:
            sys.exit(f"{name}: its paragraphs do not line up with the first file's")
        with open(os.path.join(target, lang + ".txt"), "w", encoding="utf-8") as f:
            f.write("".join(text + "\n" for _, text in rows))
    with open(os.path.join(target, "DOCUMENT_IDS.tsv"), "w", encoding="utf-8") as f:
        f.write("".join(d + "\n" for d in documents))


main()
