"""The `kamergraaf` command. Each subcommand is a thin wrapper over a plain function of a stage module.

Exit codes (all commands): 0 success, 1 the job ran but found failures (a file that could not be read,
a SHACL violation), 2 bad input or usage (missing file, unreadable store, malformed query), 3 a bug.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from kamergraaf import __version__
from kamergraaf.settings import SETTINGS, Settings, SettingsError, load

EXIT_OK, EXIT_FAILURES, EXIT_INPUT, EXIT_BUG = 0, 1, 2, 3


class UsageError(Exception):
    """Bad input the user can fix; printed without a traceback, exit 2."""


def _store_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", help="directory of the embedded store (default: ./kamergraaf-store)")
    p.add_argument("--store-url", dest="store_url", help="SPARQL endpoint of a remote store instead of --store")
    p.add_argument("--base-iri", dest="base_iri", help="base of minted IRIs")


# ---- handlers ---------------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from kamergraaf.extract.jsonio import document_to_dict
    from kamergraaf.extract.reader import ReadFailure, read_path

    try:
        docs = read_path(args.file)
    except ReadFailure as exc:
        print(f"error: {exc.error}", file=sys.stderr)
        return EXIT_FAILURES
    analyse = None
    if args.analyse:
        from kamergraaf.extract.nlp import analyse
    out = []
    for doc in docs:
        analysis = analyse(doc) if analyse else None
        out.append(document_to_dict(doc, analysis, include_text=args.text))
    if args.json:
        json.dump(out if len(out) != 1 else out[0], sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for d in out:
            meta = d["meta"]
            print(f"{d['source_name']}: {meta['kind']} {meta.get('official_id') or ''} "
                  f"{d['page_count']} page(s), {len(d['questions'])} question(s), {len(d['answers'])} answer(s), "
                  f"{len(d['footnotes'])} footnote(s)")
            for w in d.get("warnings", []):
                print(f"  warning: {w}")
    return EXIT_OK


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    from kamergraaf.pipeline import build

    paths = args.paths
    if not paths:
        from kamergraaf.corpus import sample_paths

        paths = [str(p) for p in sample_paths()]
    report = build(paths, settings, force=args.force, progress=not args.quiet)
    print(report.summary())
    return report.exit_code


def cmd_query(args: argparse.Namespace, settings: Settings) -> int:
    from kamergraaf.graph.store import open_store

    text = sys.stdin.read() if args.query == "-" else _read_query(args.query)
    store = open_store(settings, read_only=True)
    sys.stdout.buffer.write(store.query_serialized(text, args.format))
    sys.stdout.flush()
    return EXIT_OK


def _read_query(path: str) -> str:
    p = Path(path)
    if not p.exists():
        # allow the name of a shipped example query: `kamergraaf query statistics`
        from importlib.resources import files

        shipped = Path(str(files("kamergraaf.endpoint"))) / "queries" / (p.stem + ".rq")
        if shipped.exists():
            return shipped.read_text(encoding="utf-8")
        raise UsageError(f"query file {path} not found (give a .rq file, '-' for standard input, "
                         f"or the name of an example query such as 'statistics')")
    return p.read_text(encoding="utf-8")


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from kamergraaf.graph.export import export

    export(settings, fmt=args.format, out=args.output, document=args.document, gzip=args.gzip)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    from kamergraaf.graph.validate import run

    return run(args.target, settings)


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from kamergraaf.endpoint.server import serve

    return serve(settings, debug=args.debug) or EXIT_OK


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from kamergraaf.extract.evaluate import main as eval_main

    return eval_main(args.gold, split=args.split)


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from kamergraaf.bench import main as bench_main

    return bench_main(settings, quick=args.quick, json_path=args.json)


def cmd_settings(args: argparse.Namespace, settings: Settings) -> int:
    for s in SETTINGS:
        print(f"{s.name} = {getattr(settings, s.name)!r}\n    {s.help} (default {s.default!r}; env KAMERGRAAF_{s.name.upper()})")
    return EXIT_OK


# ---- parser -----------------------------------------------------------------------------------

COMMANDS: dict[str, tuple[str, Callable]] = {}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kamergraaf", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"kamergraaf {__version__}")
    parser.add_argument("--config", help="TOML settings file (default: ./kamergraaf.toml if present)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("build", help="read documents, extract, validate and load them into the store")
    p.add_argument("paths", nargs="*", help="files or folders (read recursively); default: the bundled sample corpus")
    _store_args(p)
    p.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    p.add_argument("--force", action="store_true", help="rebuild documents whose input is unchanged")
    p.add_argument("--no-shacl", dest="shacl", action="store_const", const=False, help="skip the SHACL gate")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("extract", help="show what the reader finds in one file")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the structure as JSON")
    p.add_argument("--analyse", action="store_true", help="also run the entity/figure pipeline")
    p.add_argument("--text", action="store_true", help="include the cleaned text in the JSON")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("query", help="run a SPARQL query against the store")
    p.add_argument("query", help="a .rq file, '-' for standard input, or an example name (documents, statistics, ...)")
    _store_args(p)
    p.add_argument("--format", default="csv", choices=["json", "csv", "tsv", "xml"], help="result format (default csv)")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("export", help="write the dataset or one document's graph")
    _store_args(p)
    p.add_argument("--format", default="turtle", choices=["turtle", "jsonld", "ntriples", "nquads"])
    p.add_argument("-o", "--output", help="output file (default: standard output); .gz implies --gzip")
    p.add_argument("--document", help="only this document (its id or IRI)")
    p.add_argument("--gzip", action="store_true", help="gzip the output")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("validate", help="check a store or an RDF file against the SHACL shapes")
    p.add_argument("target", nargs="?", help="an RDF file (.ttl, .nt, .nq, .jsonld) or a store directory (default: --store)")
    _store_args(p)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("serve", help="serve the SPARQL endpoint, resource pages and downloads")
    _store_args(p)
    p.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default 8000)")
    p.add_argument("--memory", dest="serve_from_memory", choices=["auto", "yes", "no"],
                   help="answer from an in-memory copy of the store (default auto: when it fits)")
    p.add_argument("--debug", action="store_true", help="Flask development server with debugging (never in production)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("eval", help="precision, recall and F1 of the extraction against the gold annotations")
    p.add_argument("--gold", help="folder of gold JSON files (default: tests/gold)")
    p.add_argument("--split", default="all",
                   help="tune, test, holdout, another split name the gold files use, or all (default)")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="measure every stage and print figures against targets")
    _store_args(p)
    p.add_argument("--quick", action="store_true", help="a run of under 5 minutes")
    p.add_argument("--json", help="write the figures to this JSON file")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("settings", help="print every setting, its value and where it can be set")
    p.set_defaults(func=cmd_settings)
    return parser


FLAG_SETTINGS = ("store", "store_url", "base_iri", "workers", "host", "port", "shacl", "serve_from_memory")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_INPUT
    try:
        settings = load(args.config, **{k: getattr(args, k, None) for k in FLAG_SETTINGS})
        return args.func(args, settings)
    except (SettingsError, UsageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the one place that turns a bug into exit 3 (with the traceback for a report)
        from kamergraaf.errors import KamergraafError

        if isinstance(exc, KamergraafError):
            print(f"error: {exc}", file=sys.stderr)
            return exc.exit_code
        import traceback

        traceback.print_exc()
        print("error: this is a bug in kamergraaf; please report it with the lines above.", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    raise SystemExit(main())
