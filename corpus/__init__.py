"""The bundled sample corpus: two committee Q&A seed texts and 14 Aanhangsel PDFs (see SOURCES.md)."""

from importlib.resources import files
from pathlib import Path


def sample_paths() -> list[Path]:
    """Files of the bundled sample corpus, in a stable order."""
    root = Path(str(files(__name__)))
    return sorted(root.glob("seeds/*.txt")) + sorted(root.glob("aanhangsel-pdf/*.pdf"))
