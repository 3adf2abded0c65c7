#!/usr/bin/env python3
"""Writes a line-aligned collection (NTREX's layout: one <lang>.txt per language, line i
translating line i, DOCUMENT_IDS.tsv naming the document of each line) as articles: one plain-text
file per document and language, its lines as paragraphs, named <document>.<lang>.txt. Ingesting
the files and aligning the archive then teaches the archive its word lexicons from real
translations (the cross-language search figures in docs/QUALITY.md are made so).

usage: lines_to_docs.py COLLECTION_DIR OUT_DIR LANG [LANG ...]
e.g.   lines_to_docs.py ntrex-dev /tmp/ntrex-docs eng arb
"""
import os
import sys


def main(argv):
    if len(argv) < 4:
        sys.stderr.write(__doc__)
        return 2
    src, out, langs = argv[1], argv[2], argv[3:]
    with open(os.path.join(src, "DOCUMENT_IDS.tsv"), encoding="utf-8") as f:
        ids = [line.rstrip("\n").split("\t")[0] for line in f]
    os.makedirs(out, exist_ok=True)
    for lang in langs:
        with open(os.path.join(src, lang + ".txt"), encoding="utf-8") as f:
            lines = [line.rstrip("\n") for line in f]
        if len(lines) != len(ids):
            sys.stderr.write("%s.txt has %d lines, DOCUMENT_IDS.tsv %d\n" % (lang, len(lines), len(ids)))
            return 1
        docs = {}
        for doc, line in zip(ids, lines):
            docs.setdefault(doc, []).append(line)
        for doc, paragraphs in docs.items():
            name = "".join(c if c.isalnum() or c in "-_." else "_" for c in doc)
            with open(os.path.join(out, "%s.%s.txt" % (name, lang)), "w", encoding="utf-8") as f:
                f.write("\n\n".join(paragraphs) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
