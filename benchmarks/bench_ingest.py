"""Pages per second of reading + cleaning + structuring the Aanhangsel PDFs in one process, next to bare
pdfplumber ``extract_text()`` in the same run. Prints the figures; not a test.

    python benchmarks/bench_ingest.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import pdfplumber

from kamergraaf.extract.reader import read_path

PDFS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "aanhangsel-pdf").glob("*.pdf"))


def _ours(engine: str) -> tuple[int, float]:
    t = time.perf_counter()
    pages = sum(doc.page_count for p in PDFS for doc in read_path(p, engine=engine))
    return pages, time.perf_counter() - t


def _bare_pdfplumber() -> tuple[int, float]:
    t = time.perf_counter()
    pages = 0
    for p in PDFS:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return pages, time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, list[float]] = {"kamergraaf (pdfium)": [], "kamergraaf (pdfplumber engine)": [],
                                       "bare pdfplumber extract_text": []}
    pages = 0
    for _ in range(args.rounds):
        for name, fn in (("kamergraaf (pdfium)", lambda: _ours("pdfium")),
                         ("kamergraaf (pdfplumber engine)", lambda: _ours("pdfplumber")),
                         ("bare pdfplumber extract_text", _bare_pdfplumber)):
            pages, seconds = fn()
            results[name].append(pages / seconds)
    print(f"{len(PDFS)} PDFs, {pages} pages, median of {args.rounds} rounds")
    medians = {name: statistics.median(v) for name, v in results.items()}
    for name, value in medians.items():
        print(f"  {name:34s} {value:8.1f} pages/s")
    ratio = medians["kamergraaf (pdfium)"] / medians["bare pdfplumber extract_text"]
    print(f"  ratio read+clean+structure / bare pdfplumber: {ratio:.1f}x (target >= 5)")


if __name__ == "__main__":
    main()
