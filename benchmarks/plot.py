"""The plot of the README: query latency against graph size and build time against corpus size, from the
``curve`` of a bench JSON file.

    python benchmarks/plot.py docs/bench/latest.json docs/bench/scaling.svg

With matplotlib installed it draws the figure with it; without, it writes a small SVG by hand (two panels,
log-scaled x axes, points joined by lines).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

W, H, PAD = 360, 240, 48


def series(figures: dict) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """(triples, median example-query ms) and (documents, build seconds) points, sorted by x."""
    curve = figures.get("curve", [])
    latency = sorted((p["triples"], p["query_median_ms"]) for p in curve if "query_median_ms" in p)
    build = sorted((p["docs"], p["build_s"]) for p in curve if "build_s" in p)
    return latency, build


def _panel(points: list[tuple[float, float]], x0: int, title: str, xlabel: str, ylabel: str) -> list[str]:
    out = [f'<g transform="translate({x0},0)">',
           f'<text x="{W / 2}" y="18" text-anchor="middle" font-weight="bold">{title}</text>',
           f'<line x1="{PAD}" y1="{H - PAD}" x2="{W - 10}" y2="{H - PAD}" stroke="black"/>',
           f'<line x1="{PAD}" y1="30" x2="{PAD}" y2="{H - PAD}" stroke="black"/>',
           f'<text x="{W / 2}" y="{H - 12}" text-anchor="middle">{xlabel}</text>',
           f'<text x="14" y="{H / 2}" text-anchor="middle" transform="rotate(-90 14 {H / 2})">{ylabel}</text>']
    if points:
        lx = [math.log10(max(x, 1)) for x, _ in points]
        ymax = max(y for _, y in points) * 1.1 or 1
        lo, hi = min(lx), max(lx)
        span = (hi - lo) or 1

        def px(x: float, y: float) -> tuple[float, float]:
            return (PAD + (math.log10(max(x, 1)) - lo) / span * (W - PAD - 30) + 5,
                    H - PAD - y / ymax * (H - PAD - 40))

        coords = [px(x, y) for x, y in points]
        out.append('<polyline fill="none" stroke="#1f5fa8" stroke-width="2" points="'
                   + " ".join(f"{a:.1f},{b:.1f}" for a, b in coords) + '"/>')
        for (x, y), (a, b) in zip(points, coords):
            out.append(f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3.5" fill="#1f5fa8"/>')
            out.append(f'<text x="{a:.1f}" y="{b - 8:.1f}" text-anchor="middle" font-size="10">{y:.3g}</text>')
            out.append(f'<text x="{a:.1f}" y="{H - PAD + 14}" text-anchor="middle" font-size="10">{x:,.0f}</text>')
        out.append(f'<text x="{PAD - 4}" y="34" text-anchor="end" font-size="10">{ymax:.3g}</text>')
    out.append("</g>")
    return out


def svg(figures: dict) -> str:
    latency, build = series(figures)
    m = figures.get("machine", {})
    caption = (f"{figures.get('plan', '')} run, {m.get('cores', '?')} cores, Python {m.get('python', '?')}, "
               f"{figures.get('started', '')}")
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * W}" height="{H + 20}" '
             f'font-family="sans-serif" font-size="12">', '<rect width="100%" height="100%" fill="white"/>']
    parts += _panel(latency, 0, "Example queries (median)", "triples in the graph (log)", "ms")
    parts += _panel(build, W, "Build of the corpus", "documents (log)", "seconds")
    parts.append(f'<text x="{W}" y="{H + 14}" text-anchor="middle" font-size="10" fill="#555">{caption}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def plot(figures: dict, out: Path) -> Path:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        out.write_text(svg(figures), encoding="utf-8")
        return out
    latency, build = series(figures)
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.4))
    for ax, pts, title, xl, yl in ((axes[0], latency, "Example queries (median)", "triples", "ms"),
                                   (axes[1], build, "Build of the corpus", "documents", "seconds")):
        ax.plot([x for x, _ in pts], [y for _, y in pts], marker="o")
        ax.set_xscale("log")
        ax.set(title=title, xlabel=xl, ylabel=yl)
    fig.tight_layout()
    fig.savefig(out)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    figures = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    print(plot(figures, Path(argv[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
