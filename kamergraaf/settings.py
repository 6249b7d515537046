"""One settings object, read once and passed explicitly.

Precedence, lowest first: the defaults below, a TOML config file (``--config FILE`` or
``kamergraaf.toml`` in the working directory), environment variables ``KAMERGRAAF_<NAME>``, command-line
flags. Every setting has a default and a help text; ``kamergraaf settings`` prints them all and the
README's table is checked against this list by a test.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("base_iri", "https://w3id.org/kamergraaf/", "Base under which resource IRIs are minted (ends in '/')."),
    Setting("store", "kamergraaf-store", "Directory of the embedded Oxigraph store."),
    Setting("store_url", None, "SPARQL 1.1 endpoint of a remote store; replaces the embedded store when set."),
    Setting("store_update_url", None, "SPARQL 1.1 Update endpoint of the remote store (default: derived from store_url)."),
    Setting("store_gsp_url", None, "Graph Store Protocol endpoint of the remote store (default: derived from store_url)."),
    Setting("workers", 0, "Build worker processes; 0 means one per CPU core."),
    Setting("host", "127.0.0.1", "Address `serve` listens on."),
    Setting("port", 8000, "Port `serve` listens on."),
    Setting("threads", 4, "Request threads per worker process of the production server."),
    Setting("query_timeout", 10.0, "Seconds a SPARQL query may run before it is stopped."),
    Setting("max_rows", 10000, "Most result rows a SPARQL SELECT returns over HTTP."),
    Setting("max_body_bytes", 1_000_000, "Largest request body the endpoint accepts (bytes)."),
    Setting("allow_service_hosts", (), "Hosts a SPARQL SERVICE clause may reach; empty refuses federation."),
    Setting("shacl", True, "Run the SHACL gate on every document during a build."),
    Setting("serve_from_memory", "auto", "`serve` answers from an in-memory copy of the embedded store (several "
            "times faster): auto (when it fits in half the free memory), yes or no."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    base_iri: str = _BY_NAME["base_iri"].default
    store: str = _BY_NAME["store"].default
    store_url: str | None = None
    store_update_url: str | None = None
    store_gsp_url: str | None = None
    workers: int = 0
    host: str = "127.0.0.1"
    port: int = 8000
    threads: int = 4
    query_timeout: float = 10.0
    max_rows: int = 10000
    max_body_bytes: int = 1_000_000
    allow_service_hosts: tuple[str, ...] = ()
    shacl: bool = True
    serve_from_memory: str = "auto"

    def with_(self, **changes: Any) -> "Settings":
        """A copy with the given settings changed; ``None`` values are ignored (flag not given)."""
        return replace(self, **{k: _coerce(k, v) for k, v in changes.items() if v is not None})

    @property
    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)


class SettingsError(ValueError):
    pass


def _coerce(name: str, value: Any) -> Any:
    if name not in _BY_NAME:
        raise SettingsError(f"unknown setting {name!r}; known: {', '.join(_BY_NAME)}")
    default = _BY_NAME[name].default
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, tuple):
            if isinstance(value, str):
                return tuple(v.strip() for v in value.split(",") if v.strip())
            return tuple(value)
        if name == "serve_from_memory":
            word = str(value).strip().lower()
            word = {"true": "yes", "1": "yes", "on": "yes", "false": "no", "0": "no", "off": "no"}.get(word, word)
            if word not in ("auto", "yes", "no"):
                raise ValueError("use auto, yes or no")
            return word
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"setting {name}: cannot read {value!r} ({exc})") from exc
    return value


def load(config_file: str | None = None, env: dict[str, str] | None = None, **flags: Any) -> Settings:
    """Defaults, then config file, then environment, then flags."""
    values: dict[str, Any] = {}
    path = Path(config_file) if config_file else Path("kamergraaf.toml")
    if config_file or path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise SettingsError(f"config file {path} not found") from exc
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"config file {path}: {exc}") from exc
        values.update(data.get("kamergraaf", data))
    env = os.environ if env is None else env
    for s in SETTINGS:
        key = f"KAMERGRAAF_{s.name.upper()}"
        if key in env:
            values[s.name] = env[key]
    values.update({k: v for k, v in flags.items() if v is not None})
    settings = Settings()
    known = {f.name for f in fields(Settings)}
    unknown = set(values) - known
    if unknown:
        raise SettingsError(f"unknown setting(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
    settings = settings.with_(**values)
    if not settings.base_iri.endswith(("/", "#")):
        raise SettingsError(f"base_iri must end in '/' or '#': {settings.base_iri!r}")
    return settings
