"""Shared fixtures. The sample corpus is built once per test session; tests must not write to that store
(copy it with ``shutil.copytree`` first when a test needs to change it)."""

from __future__ import annotations

import pytest

from kamergraaf.corpus import sample_paths
from kamergraaf.settings import Settings


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """(settings, build report) of the bundled sample corpus, built into a fresh embedded store."""
    from kamergraaf.pipeline import build

    store = tmp_path_factory.mktemp("sample-store") / "store"
    settings = Settings(store=str(store), workers=1)
    report = build([str(p) for p in sample_paths()], settings, progress=False)
    assert report.exit_code == 0, report.summary()
    return settings, report


@pytest.fixture(scope="session")
def sample_settings(sample_build) -> Settings:
    return sample_build[0]
