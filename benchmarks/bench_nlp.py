"""Words per second of the whole analyse() (entity and figure pipeline) over the sample corpus.

Reading (PDF text, structure) is done once beforehand and not timed. Prints words, seconds and words/s,
median of several runs.

    python benchmarks/bench_nlp.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

import spacy

from kamergraaf.corpus import sample_paths
from kamergraaf.extract.nlp import analyse, build_pipeline
from kamergraaf.extract.reader import read_path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    docs = [d for p in sample_paths() for d in read_path(str(p))]
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    spacy.blank("nl")
    t1 = time.perf_counter()
    build_pipeline()
    t2 = time.perf_counter()
    analyse(docs[0])  # load gazetteers and patterns once
    t3 = time.perf_counter()
    print(f"spacy.blank('nl') for comparison: {t1 - t0:.2f} s; build_pipeline(): {t2 - t1:.2f} s; "
          f"gazetteers and patterns on first use: {t3 - t2:.2f} s")
    times = []
    for _ in range(args.runs):
        t = time.perf_counter()
        n_fig = n_men = 0
        for d in docs:
            a = analyse(d)
            n_fig += len(a.figures)
            n_men += len(a.mentions)
        times.append(time.perf_counter() - t)
    med = statistics.median(times)
    print(f"documents: {len(docs)}, words: {words}, mentions: {n_men}, figures: {n_fig}")
    print(f"analyse(): median {med:.3f} s over {args.runs} runs (min {min(times):.3f} s, max {max(times):.3f} s)")
    print(f"throughput: {words / med:,.0f} words/s (one process)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
