#!/usr/bin/env python3
"""Wraps real prose in realistic article-page markup, for the memory figures of reading large HTML pages.

Usage: bench/html-pages.py SOURCE.txt OUTDIR MB [MB ...]

For each size, writes OUTDIR/page-<MB>mb.html (about MB million characters of prose in <p>s inside an <article>,
with a head of meta tags and scripts, a header with navigation, nested divs, share buttons, photo credits, a
related-links aside and a footer) and OUTDIR/page-<MB>mb.txt (the same prose as plain text, one blank line between
paragraphs), so the HTML path and the plain-text path read the same words. SOURCE is one of the files
bench/realistic-corpus.py builds (not ours: keep OUTDIR outside the repository).
"""
import html
import sys

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Foreign ministers meet in Ulaanbaatar | The Daily Record</title>
<meta property="og:title" content="Foreign ministers meet in Ulaanbaatar">
<meta property="article:published_time" content="2026-11-30T08:15:00Z">
<link rel="canonical" href="https://example.org/world/2026/11/30/ministers-meet">
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ministers meet"}</script>
<style>.share { display: flex; } .related li { margin: 0 0 4px; }</style>
</head>
<body class="article-page">
<header class="site-header"><div class="logo"><a href="/">The Daily Record</a></div>
<nav class="main-nav" role="navigation"><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/world">World</a></div>
<div id="page"><div class="layout"><div class="column-main">
<article class="story">
<h1>Foreign ministers meet in Ulaanbaatar</h1>
<div class="byline">By Staff Reporter &middot; <time datetime="2026-11-30">30 November 2026</time></div>
<div class="share"><button>Share</button><a href="#">Facebook</a><a href="#">X</a></div>
<div class="story-body"><div class="section">
"""

SECTION_BREAK = """</div>
<figure><img src="/img/photo.jpg" alt=""><figcaption>Delegations at the talks.</figcaption></figure>
<p>Photo: Montsame</p>
<div class="ad-slot ads"><script>loadAd('inline');</script>Advertisement</div>
<div class="section">
"""

TAIL = """</div></div>
<p>#Diplomacy #Mongolia</p>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Talks resume in Beijing</a></li>
<li><a href="/b">Trade envoy visits Seoul</a></li></ul></aside>
</div><div class="sidebar" role="complementary"><div class="newsletter"><form><input type="email"><button>Subscribe</button></form></div></div>
</div></div>
<footer class="site-footer" role="contentinfo"><p>&copy; 2026 The Daily Record. All rights reserved.</p></footer>
<script src="/static/app.js"></script>
<script>document.querySelectorAll('.share a').forEach(function (a) { a.addEventListener('click', track); });</script>
</body>
</html>
"""


def paragraphs(path):
    with open(path, encoding="utf-8") as f:
        block = []
        for line in f:
            line = line.strip()
            if line:
                block.append(line)
            elif block:
                yield " ".join(block)
                block = []
        if block:
            yield " ".join(block)


def main():
    source, outdir, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
    for mb in sizes:
        budget = mb * 1_000_000
        texts, used = [], 0
        for p in paragraphs(source):
            if used + len(p) > budget:
                break
            texts.append(p)
            used += len(p) + 2
        with open(f"{outdir}/page-{mb}mb.txt", "w", encoding="utf-8") as txt:
            txt.write("\n\n".join(texts) + "\n")
        with open(f"{outdir}/page-{mb}mb.html", "w", encoding="utf-8") as page:
            page.write(HEAD)
            for i, p in enumerate(texts):
                if i and i % 40 == 0:
                    page.write(SECTION_BREAK)
                page.write("<p>" + html.escape(p, quote=False) + "</p>\n")
            page.write(TAIL)


if __name__ == "__main__":
    main()
