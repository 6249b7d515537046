"""The graph stage alone on the sample corpus: mapping to RDF and the SHACL gate, per document.

    python benchmarks/bench_graph.py [--runs 3]

Reads and analyses every sample document once (not timed), then times ``graph.rdf.document_graph`` and
``graph.validate.gate`` per document in one warm process (shapes parsed once, as in a build worker after
its first document). Prints medians per document, triples per document and microseconds per triple.
"""

from __future__ import annotations

import argparse
import statistics
import time

from kamergraaf.corpus import sample_paths
from kamergraaf.extract.nlp import analyse
from kamergraaf.extract.reader import read_path
from kamergraaf.graph.rdf import document_graph
from kamergraaf.graph.validate import gate, shapes
from kamergraaf.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    settings = Settings()
    inputs = [(doc, analyse(doc)) for path in sample_paths() for doc in read_path(str(path))]
    t = time.perf_counter()
    shapes()
    print(f"shapes parsed once: {(time.perf_counter() - t) * 1000:.0f} ms")
    gate(document_graph(*inputs[0], settings))  # warm-up: pySHACL's first call loads its own modules
    map_ms, gate_ms, sizes = [], [], []
    for _ in range(args.runs):
        for doc, analysis in inputs:
            t = time.perf_counter()
            g = document_graph(doc, analysis, settings)
            map_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            conforms, _, _ = gate(g)
            gate_ms.append((time.perf_counter() - t) * 1000)
            sizes.append(len(g))
    triples = statistics.median(sizes)
    print(f"documents: {len(inputs)}, runs: {args.runs}, triples per document: median {triples:.0f}, max {max(sizes)}")
    print(f"document_graph: median {statistics.median(map_ms):.1f} ms per document, max {max(map_ms):.1f} ms")
    print(f"SHACL gate:     median {statistics.median(gate_ms):.1f} ms per document, max {max(gate_ms):.1f} ms, "
          f"{sum(gate_ms) * 1000 / sum(sizes):.0f} µs per triple")


if __name__ == "__main__":
    main()
