"""THE one place that mints IRIs: deterministic, injective, under ``settings.base_iri``.

Documents: ``{base}doc/{docid}``, docid = the official id when the document shows one
(``ah-tk-20232024-1481``, ``kst-36600-XX-5``); a committee list showing only the Kamerstuk it is about
gets ``lijst-{kamerstuk}-{12 hex of sha256}`` (several lists may be about one Kamerstuk); anything else
``kg-{12 hex of sha256}``. Parts of a document hang under its IRI (``/vraag/2-3``, ``/antwoord/4``,
``/voetnoot/1``, ``/cijfer/{start}-{end}``, ``/vermelding/{start}-{end}``, ``/rol/{role}/{slug}``);
shared resources (agencies, legal references, countries, people, units) under fixed folders of the base.
Every path segment is percent-encoded (only unreserved characters stay), so distinct inputs give
distinct IRIs and ``parse`` inverts ``mint``. Links out are only made from ids of a known shape.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote, unquote

from kamergraaf.extract.model import KIND_LIJST, DocumentMeta

# Folders of the base IRI, by resource kind.
FOLDERS = {
    "agency": "instantie", "regeling": "regeling", "kamerstuk": "kamerstuk", "aanhangsel": "aanhangsel",
    "country": "land", "person": "persoon", "unit": "eenheid", "run": "run",
}
DOC_PARTS = {"question": "vraag", "answer": "antwoord", "footnote": "voetnoot", "figure": "cijfer",
             "mention": "vermelding", "participation": "rol"}
# Reference kinds minted under regeling/ (the other two have folders of their own).
REGELING_KINDS = ("act", "bill", "eu-act", "treaty", "case", "article")
# Named graphs of the dataset's own (the store keeps one graph per document besides these).
GRAPH_FOLDER = "graaf"
SPECIAL_GRAPHS = ("ontologie", "dataset", "runs", "gedeeld")

_KEY = re.compile(r"^[qa](\d+(?:-\d+)*)$")


class IRIError(ValueError):
    """An id that cannot be minted (empty, or a part key of an unknown shape)."""


def seg(value: str, safe: str = "") -> str:
    """Percent-encode one path segment; only unreserved characters (and ``safe``) stay as they are."""
    if value is None or str(value) == "":
        raise IRIError("cannot mint an IRI from an empty id")
    return quote(str(value), safe=safe)


def slugify(name: str) -> str:
    """``Van der Lee`` -> ``van-der-lee``; ``Yeşilgöz-Zegerius`` -> ``yesilgoz-zegerius``."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    if not slug:
        raise IRIError(f"cannot make a slug of {name!r}")
    return slug


# ---- documents and their parts -------------------------------------------------------------------


def document_id(meta: DocumentMeta, sha256: str) -> str:
    """The document's id: official id, else one derived from the Kamerstuk it is about, else the hash."""
    if meta.official_id:
        return meta.official_id
    if not re.fullmatch(r"[0-9a-f]{64}", sha256 or ""):
        raise IRIError(f"sha256 must be 64 lower-case hex digits, got {sha256!r}")
    if meta.kind == KIND_LIJST and meta.referenced_id:
        return f"lijst-{meta.referenced_id}-{sha256[:12]}"
    return f"kg-{sha256[:12]}"


def document(base: str, docid: str) -> str:
    return f"{base}doc/{seg(docid)}"


def _part_number(key: str, prefix: str) -> str:
    m = _KEY.match(key or "")
    if not m or key[0] != prefix:
        raise IRIError(f"{'question' if prefix == 'q' else 'answer'} key {key!r} is not like "
                       f"'{prefix}75', '{prefix}2-3' or '{prefix}0'")
    return m.group(1)


def question(doc_iri: str, key: str) -> str:
    """``q75`` -> ``{doc}/vraag/75``; ``q2-3`` -> ``{doc}/vraag/2-3``; ``q0`` (unnumbered) -> ``{doc}/vraag/0``."""
    return f"{doc_iri}/vraag/{_part_number(key, 'q')}"


def answer(doc_iri: str, key: str) -> str:
    return f"{doc_iri}/antwoord/{_part_number(key, 'a')}"


def footnote(doc_iri: str, marker: str) -> str:
    return f"{doc_iri}/voetnoot/{seg(marker)}"


def _span(start: int, end: int) -> str:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
        raise IRIError(f"bad span {start!r}-{end!r}")
    return f"{start}-{end}"


def figure(doc_iri: str, start: int, end: int) -> str:
    return f"{doc_iri}/cijfer/{_span(start, end)}"


def mention(doc_iri: str, start: int, end: int, kind: str | None = None) -> str:
    """``{doc}/vermelding/{start}-{end}``; with ``kind`` when two mentions share one span."""
    tail = f"/{seg(kind)}" if kind else ""
    return f"{doc_iri}/vermelding/{_span(start, end)}{tail}"


def participation(doc_iri: str, role: str, slug: str) -> str:
    return f"{doc_iri}/rol/{seg(role)}/{seg(slug)}"


def container(doc_iri: str, key: str | None) -> str:
    """The IRI of a mention's or figure's container: a question/answer key, ``fn:<marker>``, or None."""
    if key is None:
        return doc_iri
    if key.startswith("fn:"):
        return footnote(doc_iri, key[3:])
    if key.startswith("q"):
        return question(doc_iri, key)
    if key.startswith("a"):
        return answer(doc_iri, key)
    raise IRIError(f"unknown container key {key!r} (expected q…, a…, fn:… or none)")


# ---- shared resources -----------------------------------------------------------------------------


def agency(base: str, key: str) -> str:
    return f"{base}instantie/{seg(key)}"


def regeling(base: str, identifier: str) -> str:
    """Acts, bills, EU acts, treaties, cases, articles: ``regeling/BWBR0001840/artikel/68``."""
    if any(not part for part in identifier.split("/")):
        raise IRIError(f"regeling id {identifier!r} has an empty path segment")
    return f"{base}regeling/{seg(identifier, safe='/')}"


def kamerstuk(base: str, kst_id: str) -> str:
    return f"{base}kamerstuk/{seg(kst_id)}"


def aanhangsel(base: str, ah_id: str) -> str:
    return f"{base}aanhangsel/{seg(ah_id)}"


def reference(base: str, kind: str, identifier: str) -> str:
    if kind == "kamerstuk":
        return kamerstuk(base, identifier)
    if kind == "aanhangsel":
        return aanhangsel(base, identifier)
    if kind in REGELING_KINDS:
        return regeling(base, identifier)
    raise IRIError(f"unknown reference kind {kind!r}")


def country(base: str, iso3: str) -> str:
    if not re.fullmatch(r"[A-Z]{3}", iso3 or ""):
        raise IRIError(f"country key must be an ISO 3166-1 alpha-3 code, got {iso3!r}")
    return f"{base}land/{iso3}"


def person(base: str, slug: str) -> str:
    return f"{base}persoon/{seg(slug)}"


def unit(base: str, code: str) -> str:
    return f"{base}eenheid/{seg(code)}"


def run(base: str, sha256: str, version: str) -> str:
    """The build record of one input at one software version (re-runs replace it)."""
    digest = hashlib.sha256(f"{sha256}\n{version}".encode()).hexdigest()[:16]
    return f"{base}run/{digest}"


def graph(base: str, name: str) -> str:
    """Named graphs of the dataset's own: ``ontologie``, ``dataset`` (DCAT/VoID), ``runs`` and ``gedeeld``
    (the descriptions of the shared resources the documents refer to: agencies, countries, people, laws,
    units; each once, whatever the number of documents that name it)."""
    if name not in SPECIAL_GRAPHS:
        raise IRIError(f"unknown dataset graph {name!r}; known: {', '.join(SPECIAL_GRAPHS)}")
    return f"{base}{GRAPH_FOLDER}/{name}"


def dataset(base: str) -> str:
    return f"{base}dataset"


# ---- the inverse ---------------------------------------------------------------------------------

_PART_RE = {
    "question": re.compile(r"^(\d+(?:-\d+)*)$"), "answer": re.compile(r"^(\d+(?:-\d+)*)$"),
    "figure": re.compile(r"^(\d+)-(\d+)$"), "mention": re.compile(r"^(\d+)-(\d+)(?:/([^/]+))?$"),
    "footnote": re.compile(r"^([^/]+)$"), "participation": re.compile(r"^([^/]+)/([^/]+)$"),
}
_FOLDER_KIND = {v: k for k, v in FOLDERS.items()}
_PART_KIND = {v: k for k, v in DOC_PARTS.items()}


def parse(iri: str, base: str) -> tuple[str, tuple]:
    """``parse(question(document(b, "x"), "q2-3"), b)`` -> ``("question", ("x", "2-3"))``.

    Kinds: document, question, answer, footnote, figure, mention, participation (parts: docid first),
    agency, regeling, kamerstuk, aanhangsel, country, person, unit, run, graph, dataset.
    Raises ``IRIError`` for an IRI this module does not mint.
    """
    if not iri.startswith(base):
        raise IRIError(f"{iri} is not under the base {base}")
    rest = iri[len(base):]
    if rest == "dataset":
        return "dataset", ()
    folder, _, tail = rest.partition("/")
    if not tail:
        raise IRIError(f"{iri}: no resource after {folder!r}")
    if folder == "doc":
        docid_enc, _, part = tail.partition("/")
        docid = unquote(docid_enc)
        if not part:
            return "document", (docid,)
        part_folder, _, value = part.partition("/")
        kind = _PART_KIND.get(part_folder)
        m = _PART_RE[kind].match(value) if kind else None
        if not m:
            raise IRIError(f"{iri}: unknown document part {part!r}")
        groups = tuple(unquote(g) if g is not None else None for g in m.groups())
        if kind in ("figure", "mention"):
            groups = (int(groups[0]), int(groups[1])) + groups[2:]
            if kind == "mention" and groups[2] is None:
                groups = groups[:2]
        return kind, (docid,) + groups
    if folder == GRAPH_FOLDER and tail in SPECIAL_GRAPHS:
        return "graph", (tail,)
    kind = _FOLDER_KIND.get(folder)
    if kind is None or ("/" in tail and kind != "regeling"):
        raise IRIError(f"{iri}: unknown resource folder {folder!r}")
    return kind, (unquote(tail),)


# ---- links out: only from ids of a known shape ------------------------------------------------------

_OB_ID = re.compile(r"^(kst|ah-tk|ah-ek|kv-tk|kv|stb|stcrt|h-tk|h-ek|blg|trb)-[0-9A-Za-z-]+$")
_BWB = re.compile(r"^BWB[RV]\d{7}$")
_CELEX = re.compile(r"^[0-9CE]\d{4}[A-Z]{1,2}\d{4}(\(\d{2}\))?$")
_QID = re.compile(r"^Q[1-9]\d*$")
TOOI_PREFIX = "https://identifier.overheid.nl/tooi/id/"
ELI_PREFIX = "http://data.europa.eu/eli/"


def officielebekendmakingen(pub_id: str) -> str | None:
    """``https://zoek.officielebekendmakingen.nl/{id}`` for a publication id (a Kamerstuk with a number)."""
    if not _OB_ID.match(pub_id or ""):
        return None
    if pub_id.startswith("kst-") and len(pub_id.split("-")) < 3:
        return None  # a dossier without document number is no publication
    return f"https://zoek.officielebekendmakingen.nl/{pub_id}"


def wetten(bwb_id: str) -> str | None:
    return f"https://wetten.overheid.nl/{bwb_id}" if _BWB.match(bwb_id or "") else None


def eurlex(celex: str) -> str | None:
    if not _CELEX.match(celex or ""):
        return None
    return f"https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:{celex}"


def eli(value: str) -> str | None:
    return value if (value or "").startswith(ELI_PREFIX) else None


def tooi(value: str) -> str | None:
    return value if (value or "").startswith(TOOI_PREFIX) and len(value) > len(TOOI_PREFIX) else None


def wikidata(qid: str) -> str | None:
    return f"http://www.wikidata.org/entity/{qid}" if _QID.match(qid or "") else None


def eu_country(iso3: str) -> str | None:
    """The EU Publications Office country authority, whose codes are ISO 3166-1 alpha-3."""
    return f"http://publications.europa.eu/resource/authority/country/{iso3}" if re.fullmatch(r"[A-Z]{3}", iso3 or "") else None


def website(url: str) -> str | None:
    return url if re.match(r"^https?://[^\s/]+\.[^\s]+$", url or "") else None
