"""Whole-dataset export speed on a store of >= 1M triples made of the sample corpus's documents replicated
under distinct ids (``bench_sparql.replicate``), with the parts of the export path timed apart.

    python benchmarks/bench_export.py [--store DIR] [--triples 1000000] [--rounds 3]

Two stores of the same quads: one written the way a build writes it (with the export fragments of
``graph.exportcache``), one bulk-loaded without them (every quad then read back from disk).
Without --store the sample corpus is built first. Prints, in seconds and seconds per million triples:
``export_<fmt>`` for the export path (``graph.export.serialize``) in every format, and for comparison the
raw ``Store.dump`` of the whole dataset as N-Quads, the union-of-graphs CONSTRUCT the triple formats used
before, and the same store's quads dumped from memory. Medians of ``--rounds`` runs.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sparql import _DOC_RE, replicate  # noqa: E402

from kamergraaf.graph.export import FORMATS, serialize  # noqa: E402
from kamergraaf.graph.store import open_store  # noqa: E402
from kamergraaf.settings import Settings  # noqa: E402


def replicate_built(store_dir: str, min_triples: int, target: Path) -> tuple[Path, int]:
    """A new store written the way a build writes it (one ``replace_graph`` per document graph, with its
    export fragments and shared descriptions): copies of the sample's document graphs with ids suffixed
    ``-rN`` (as ``bench_sparql.replicate``) until it holds at least ``min_triples`` quads. (store dir, quads)."""
    from kamergraaf.graph import exportcache, voidstats
    from kamergraaf.graph.dcat import LINK_PREFIXES
    from kamergraaf.graph.export import export_prefixes
    from kamergraaf.pipeline import _describe

    settings = Settings(store=store_dir)
    src = open_store(settings, read_only=True)
    records = src.build_records()
    graphs = {g: src.dump("ntriples", g).decode("utf-8") for g in records}
    shared = src.dump("ntriples", src.names["shared"])
    src.close()
    ids = sorted((g.rsplit("/", 1)[-1] for g in graphs), key=len, reverse=True)
    id_re = re.compile('"(' + "|".join(re.escape(i) for i in ids) + ')"')
    per_copy = sum(text.count("\n") for text in graphs.values())
    copies = max(1, -(-min_triples // per_copy))
    big = open_store(settings.with_(store=str(target)))
    prefixes = export_prefixes()
    for k in range(copies):
        suffix = f"-r{k}" if k else ""
        for g, text in graphs.items():
            if suffix:
                text = _DOC_RE.sub(lambda m: m.group(1) + suffix, text)
                text = id_re.sub(lambda m: f'"{m.group(1)}{suffix}"', text)
            nt, content = exportcache.write(big, text.encode("utf-8"), prefixes)
            voidstats.keep_for_fragment(big, content, nt, LINK_PREFIXES)
            record = dict(records[g], content_sha256=content)
            big.replace_graph(_DOC_RE.sub(lambda m: m.group(1) + suffix, g), nt, record, shared=shared)
    started = time.perf_counter()
    _describe(big, settings.with_(store=str(target)))
    DESCRIBE_SECONDS[str(target)] = time.perf_counter() - started
    quads = len(big._store)
    big.close()
    return target, quads


DESCRIBE_SECONDS: dict[str, float] = {}  # seconds of the build's last step (ontology, dataset description), by store


def timed(fn, rounds: int) -> tuple[float, int]:
    """(median seconds, output bytes) of ``rounds`` calls."""
    times, size = [], 0
    for _ in range(rounds):
        t = time.perf_counter()
        size = len(fn())
        times.append(time.perf_counter() - t)
    return statistics.median(times), size


def figures(store_dir: str, rounds: int) -> dict:
    st = open_store(Settings(store=store_dir), read_only=True)
    raw = st._store  # the pyoxigraph store, for the comparison figures only
    quads = len(raw)
    out: dict = {"quads": quads}
    try:
        out["dump_nquads_disk"] = timed(lambda: raw.dump(format=ox.RdfFormat.N_QUADS), rounds)
        out["construct_union_ntriples"] = timed(lambda: ox.serialize(
            raw.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True),
            format=ox.RdfFormat.N_TRIPLES), 1)
        out["iterate_quads_disk"] = timed(lambda: [0 for _ in raw], rounds)
        memory = ox.Store()
        memory.bulk_extend(raw)
        out["dump_nquads_memory"] = timed(lambda: memory.dump(format=ox.RdfFormat.N_QUADS), rounds)
        del memory
        for fmt in FORMATS:
            out[f"export_{fmt}"] = timed(lambda: serialize(st, fmt, None), rounds)
    finally:
        st.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", help="a built store to replicate (default: build the sample corpus)")
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--fragments-only", action="store_true", help="skip the store without export fragments")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store
        if not store:
            from kamergraaf.corpus import sample_paths
            from kamergraaf.pipeline import build

            store = str(Path(tmp) / "sample")
            build([str(p) for p in sample_paths()], Settings(store=store, workers=1), progress=False)
        t = time.perf_counter()
        built, quads = replicate_built(store, args.triples, Path(tmp) / "built")
        print(f"store written as a build writes it: {quads} quads in {time.perf_counter() - t:.1f} s")
        report("with the build's export fragments", figures(str(built), args.rounds))
        if not args.fragments_only:
            t = time.perf_counter()
            big, quads = replicate(store, args.triples, Path(tmp) / "big")
            print(f"bulk-loaded store without fragments: {quads} quads in {time.perf_counter() - t:.1f} s")
            report("without fragments (every quad read from the store)", figures(str(big), args.rounds))
    return 0


def report(title: str, result: dict) -> None:
    mtriples = result.pop("quads") / 1e6
    print(f"\n{title} ({mtriples:.2f} M quads)")
    print(f"{'what':32} {'seconds':>8} {'s/Mtriple':>10} {'MB':>8}")
    for name, (seconds, size) in result.items():
        print(f"{name:32} {seconds:8.2f} {seconds / mtriples:10.2f} {size / 1e6:8.1f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
