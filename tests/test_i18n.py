"""One language per page: Dutch by default, English by ``?lang=en`` or Accept-Language, on the sample corpus
build (and the hand-written graph for a figure with every fact filled in). Every (Dutch, English) pair of
endpoint/i18n.py is checked against a page where it appears; labels of terms against ontology/kamergraaf.ttl."""

from __future__ import annotations

import difflib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import rdflib
from test_endpoint_fixtures import BASE, shared_store
from werkzeug.datastructures import LanguageAccept
from werkzeug.http import parse_accept_header

from kamergraaf.endpoint import i18n
from kamergraaf.endpoint.app import create_app
from kamergraaf.graph.store import open_store

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
DOC_PATH = "/doc/ah-tk-20232024-2367"
ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "kamergraaf.ttl"
KG = "https://w3id.org/kamergraaf/def#"


@pytest.fixture(scope="module")
def app(sample_settings):
    return create_app(sample_settings)


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


@pytest.fixture(scope="module")
def store(sample_settings):
    return open_store(sample_settings, read_only=True)


def _one(store, sparql: str) -> str:
    rows = list(store.query(sparql))
    assert rows, sparql
    return rows[0][0].value


def _path(iri: str) -> str:
    return "/" + iri[len(BASE):]


@pytest.fixture(scope="module")
def sample_paths(store) -> list[str]:
    """Pages of every kind in the sample: every document, a question, an answer, figures, mentions, an agency,
    a person, a country, a law."""
    docs = sorted(_path(g) for g in store.graphs() if "/doc/" in g)
    assert len(docs) > 5
    paths = ["/", "/query", "/downloads", "/def", *docs]
    for cls in ("Question", "Answer", "Mention", "Agency", "Person"):
        paths.append(_path(_one(store, f"SELECT ?x WHERE {{ ?x a <{KG}{cls}> }} ORDER BY ?x LIMIT 1")))
    paths += [_path(r[0].value) for r in store.query(f"SELECT ?x WHERE {{ ?x a <{KG}Figure> }} ORDER BY ?x LIMIT 20")]
    # the resources mentioned most (groups of more than 100 items), and in one document only
    for order in ("DESC", "ASC"):
        paths.append(_path(_one(store, f"""SELECT ?t WHERE {{ ?m <{KG}refersTo> ?t FILTER(STRSTARTS(STR(?t), "{BASE}"))
            }} GROUP BY ?t ORDER BY {order}(COUNT(DISTINCT ?m)) ?t LIMIT 1""")))
    return list(dict.fromkeys(paths))


class _Visible(HTMLParser):
    """The text nodes a reader sees and the attributes a page speaks with (title, aria-label, data-*), each
    with whether it stands in an element marked with another language than the page's; code, templates, the
    query editor, table bodies (rows of data: documents, terms) and the list of example queries (their titles
    come from the .rq files and are checked on their own) left out."""

    SKIP = {"code", "template", "textarea", "pre", "script", "style", "tbody"}
    VOID = {"meta", "link", "br", "img", "input", "hr", "wbr", "source"}

    def __init__(self, page_lang: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page_lang, self.stack, self.parts = page_lang, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        outer = self.stack[-1] if self.stack else (False, False)
        skipped = outer[0] or tag in self.SKIP or attrs.get("id") == "examples"
        foreign = outer[1] or (attrs.get("lang") not in (None, self.page_lang) and tag != "html")
        if not skipped:
            self.parts += [(v.strip(), foreign) for k, v in attrs.items()
                           if v and v.strip() and (k in ("title", "aria-label") or k.startswith("data-"))
                           and k not in ("data-base", "data-name")]
        if tag not in self.VOID:
            self.stack.append((skipped, foreign))

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        state = self.stack[-1] if self.stack else (False, False)
        if not state[0] and data.strip():
            self.parts.append((data.strip(), state[1]))


def visible(page: str, lang: str) -> list[tuple[str, bool]]:
    parser = _Visible(lang)
    parser.feed(page)
    return parser.parts


def chrome(pages: dict[str, str]) -> dict[str, str]:
    """The text of each language's page that differs from the other's and is not marked as another language:
    what the language changes (fixed strings, term labels), not the document's words, the same in both."""
    nl, en = visible(pages["nl"], "nl"), visible(pages["en"], "en")
    out = {"nl": [], "en": []}
    matcher = difflib.SequenceMatcher(None, [t for t, _f in nl], [t for t, _f in en], autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op != "equal":
            out["nl"] += [t for t, foreign in nl[a1:a2] if not foreign]
            out["en"] += [t for t, foreign in en[b1:b2] if not foreign]
    return out


def segments(nodes: list[str]) -> list[str]:
    """Text nodes cut at " · " (the footer, the kind line), brackets around them dropped: "(bij" is "bij"."""
    segs = [seg.strip().lstrip("(") for node in nodes for seg in node.split(" · ")]
    return [seg[:-1] if seg.endswith(")") and "(" not in seg else seg for seg in segs]


def pattern(text: str) -> re.Pattern:
    """A table string as a pattern: placeholders match any words, whole words only."""
    body = re.sub(r"\\\{\w+\\\}", ".+", re.escape(text))
    start = r"(?<!\w)" if text[:1].isalnum() else ""
    end = r"(?!\w)" if text[-1:].isalnum() else ""
    return re.compile(start + body + end)


def shows(pat: re.Pattern, seg: str, prefix: bool = False) -> bool:
    """Whether a text node shows the string: a string of several words anywhere in it, one word as all of it
    or with a count ("Voetnoten (3)"), a string with markup as the start of its first text node."""
    if " " in pat.pattern.replace("\\ ", " ").strip() and not prefix:
        return pat.search(seg) is not None
    m = pat.match(seg)
    return bool(m) and (prefix or m.end() == len(seg) or re.match(r" \(\d+\+?\)?$", seg[m.end():]) is not None)


def _render(client, path: str, lang: str) -> str:
    resp = client.get(path + ("&" if "?" in path else "?") + f"lang={lang}", headers=HTML)
    assert resp.status_code == 200 and resp.mimetype == "text/html", (path, resp.status_code)
    return resp.data.decode()


def _error_pages(app) -> list[tuple[str, dict[str, str]]]:
    from kamergraaf.endpoint.httperrors import error_response

    out = []
    for key in i18n.STRINGS:
        if not key.startswith("error_") or not key[6:].isdigit():
            continue
        status, pages = int(key[6:]), {}
        for lang in i18n.LANGS:
            with app.test_request_context(f"/x?lang={lang}", headers=HTML):
                pages[lang] = error_response(status, "some_code", "the technical message", "the technical hint",
                                             html=True).get_data(as_text=True)
        out.append((f"error {status}", pages))
    return out


EMPTY_DOC = BASE + "doc/ah-tk-20232024-9999"


@pytest.fixture(scope="module")
def empty_doc_client(tmp_path_factory):
    """A store with one document the reader found no questions in."""
    from graph_fixtures import single_graph_client

    ttl = f'<{EMPTY_DOC}> a <{KG}Document> ; <http://purl.org/dc/terms/title> "Vragen over niets" .'
    return single_graph_client(tmp_path_factory.mktemp("i18n"), BASE, EMPTY_DOC, ttl, "empty.ttl")


@pytest.fixture(scope="module")
def rendered(app, client, sample_paths, empty_doc_client) -> list[tuple[str, dict[str, str]]]:
    """(name, {lang: page}) for the sample's pages, the hand-written graph's figure and document, a document
    without questions, and the error pages."""
    out = [(p, {lang: _render(client, p, lang) for lang in i18n.LANGS}) for p in sample_paths]
    hand = create_app(shared_store()).test_client()
    for p in (DOC_PATH + "/cijfer/30-45", DOC_PATH):
        out.append(("hand " + p, {lang: _render(hand, p, lang) for lang in i18n.LANGS}))
    out.append(("empty document", {lang: _render(empty_doc_client, _path(EMPTY_DOC), lang) for lang in i18n.LANGS}))
    return out + _error_pages(app)


def test_language_negotiation():
    def choose(param, header):
        return i18n.choose(param, parse_accept_header(header, LanguageAccept) if header is not None else None)

    assert choose(None, None) == "nl" and choose(None, "") == "nl"
    assert choose(None, "en-US,en;q=0.9") == "en" and choose(None, "EN") == "en"
    assert choose(None, "nl;q=0.5, en;q=0.8") == "en" and choose(None, "en;q=0.5, nl;q=0.8") == "nl"
    assert choose(None, "en-GB;q=0.3, nl-BE;q=0.9") == "nl"
    assert choose(None, "fr, de;q=0.9") == "nl" and choose(None, "*") == "nl"
    assert choose(None, "fr, en;q=0.1") == "en"
    assert choose("en", "nl") == "en" and choose("nl", "en-US") == "nl" and choose("xx", "en") == "en"


@pytest.mark.parametrize("how", ["param", "header"])
def test_the_same_resource_page_in_dutch_and_english(client, how):
    def get(lang):
        if how == "param":
            return client.get(f"{DOC_PATH}?lang={lang}", headers={**HTML, "Accept-Language": "fr"})
        return client.get(DOC_PATH, headers={**HTML, "Accept-Language": {"nl": "nl-NL", "en": "en-US,en;q=0.9"}[lang]})

    nl, en = get("nl"), get("en")
    for resp, lang in ((nl, "nl"), (en, "en")):
        assert resp.status_code == 200
        assert resp.headers["Content-Language"] == lang
        assert "Accept-Language" in [v.strip() for v in resp.headers["Vary"].split(",")]
        assert f'<html lang="{lang}"' in resp.data.decode()
    nl_page, en_page = nl.data.decode(), en.data.decode()
    assert "<dt>Vragensteller</dt>" in nl_page and "<dt>Asked by</dt>" in en_page
    assert "Asked by" not in nl_page and "Vragensteller" not in en_page
    # the document's words stay Dutch, marked as such on the English page
    assert '<h1 lang="nl">Vragen over rekeninggluren</h1>' in en_page
    assert '<p class="text" lang="nl">Ja, daar ben ik mee bekend.</p>' in en_page
    assert '<p class="text">Ja, daar ben ik mee bekend.</p>' in nl_page
    # the language switch names the other language and links to this page in it
    assert f'href="{DOC_PATH}?lang=en" hreflang="en"' in nl_page and '<span lang="en">English</span>' in nl_page
    assert f'href="{DOC_PATH}?lang=nl" hreflang="nl"' in en_page and '<span lang="nl">Nederlands</span>' in en_page


def test_default_is_dutch_and_any_other_language_gets_dutch(client):
    for headers in (HTML, {**HTML, "Accept-Language": "de-DE, fr;q=0.8"}):
        resp = client.get("/query", headers=headers)
        assert resp.headers["Content-Language"] == "nl" and '<html lang="nl"' in resp.data.decode()
        assert ">Voer uit</button>" in resp.data.decode()


def test_vary_is_merged_with_an_existing_vary(sample_settings):
    app = create_app(sample_settings)

    @app.get("/vary-probe")
    def probe():
        from flask import Response

        resp = Response("<p>x</p>", mimetype="text/html")
        resp.headers["Vary"] = "Accept"
        return resp

    resp = app.test_client().get("/vary-probe", headers={"Accept-Language": "en"})
    assert sorted(v.strip() for v in resp.headers["Vary"].split(",")) == ["Accept", "Accept-Language"]
    assert resp.headers["Content-Language"] == "en"


def test_every_string_pair_against_a_page_where_it_appears(rendered):
    """Where a table string shows on a page in one language, the other language's page shows its pair and not
    it (outside text marked with another language: the document's own words, the language switch)."""
    seen, wrong = set(), []
    texts = [(name, {lang: segments(nodes) for lang, nodes in chrome(pages).items()}) for name, pages in rendered]
    for key, (nl, en) in i18n.STRINGS.items():
        if nl == en:
            continue
        pats = {"nl": pattern(re.split(r"<[^>]+>", nl)[0].strip()), "en": pattern(re.split(r"<[^>]+>", en)[0].strip())}
        prefix = "<" in nl   # a string with markup: its first text node
        for name, text in texts:
            for lang, other in (("nl", "en"), ("en", "nl")):
                if any(shows(pats[lang], seg, prefix) for seg in text[lang]):
                    seen.add(key)
                    if not any(pats[other].search(seg) for seg in text[other]):
                        wrong.append(f"{key}: {other} page of {name} lacks {(nl, en)[other == 'en']!r}")
                    if any(pats[lang].search(seg) for seg in text[other]):
                        wrong.append(f"{key}: {other} page of {name} still shows {(nl, en)[lang == 'en']!r}")
    assert wrong == []
    unseen = sorted(k for k, (nl, en) in i18n.STRINGS.items() if nl != en and k not in seen)
    assert unseen == [], f"strings of the table that no page of the test shows: {unseen}"


def test_an_english_page_keeps_no_dutch_chrome(rendered):
    """Every Dutch string of the table (identical pairs aside) is gone from every English page, and the
    other way round, wherever the page shows it."""
    dutch = {k: pattern(re.sub(r"<[^>]+>", "", nl)) for k, (nl, en) in i18n.STRINGS.items() if nl != en}
    english = {k: pattern(re.sub(r"<[^>]+>", "", en)) for k, (nl, en) in i18n.STRINGS.items() if nl != en}
    left = []
    for name, pages in rendered:
        changed = chrome(pages)
        en_text, nl_text = "\n".join(changed["en"]), "\n".join(changed["nl"])
        left += [f"{name}: {k} (nl)" for k, p in dutch.items() if p.search(en_text)]
        left += [f"{name}: {k} (en)" for k, p in english.items() if p.search(nl_text)]
    assert left == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_term_labels_are_the_ontology_labels_in_the_page_language(client, store, lang):
    onto = rdflib.Graph().parse(ONTOLOGY)
    labels = {}
    for prop in (rdflib.RDFS.label, rdflib.SKOS.prefLabel):
        for s, o in onto.subject_objects(prop):
            if isinstance(o, rdflib.Literal) and o.language == lang:
                labels.setdefault(str(s), str(o))
    fig = _one(store, f"SELECT ?x WHERE {{ ?x a <{KG}Figure> ; <{KG}dataSource> ?s }} ORDER BY ?x LIMIT 1")
    shown = {}
    for path in (DOC_PATH, _path(fig)):
        page = client.get(f"{path}?lang={lang}", headers=HTML).data.decode()
        for name, text in re.findall(r'<a href="/def(?:\?lang=\w+)?#(\w+)"[^>]*>([^<]+)</a>', page):
            shown.setdefault(KG + name, set()).add(html.unescape(text))
    assert len(shown) > 15 and KG + "dataSource" in shown and KG + "Figure" in shown
    for iri, texts in shown.items():
        assert texts == {labels[iri]}, iri


def test_links_keep_the_language_asked_for(client, store):
    question = _path(_one(store, f"SELECT ?x WHERE {{ ?x a <{KG}Question> }} ORDER BY ?x LIMIT 1"))
    for path in ("/", DOC_PATH, question, "/def"):
        page = client.get(path + "?lang=en", headers=HTML).data.decode()
        hrefs = [html.unescape(h) for h in re.findall(r'href="([^"]+)"', page)]
        pages = [h for h in hrefs if h.startswith("/") and not h.startswith(("/static/", "/downloads/", "/sparql"))
                 and not re.search(r"\.(ttl|jsonld|nt|rdf)$", h.split("#")[0])]
        assert len(pages) > 5, path
        assert [h for h in pages if "lang=en" not in h] == [path + "?lang=nl"], path   # all but the switch
        assert all(h.index("?lang=en") < h.index("#") for h in pages if "#" in h)
        # the language came from the header: links stay as they were
        page = client.get(path, headers={**HTML, "Accept-Language": "en"}).data.decode()
        assert "lang=en" not in page.replace(f'href="{path}?lang=en" hreflang', "") and '<html lang="en"' in page


def test_query_page_example_titles_in_the_page_language(client):
    from kamergraaf.endpoint.pages import example_queries

    from markupsafe import escape

    nl = client.get("/query", headers=HTML).data.decode()
    en = client.get("/query", headers={**HTML, "Accept-Language": "en"}).data.decode()
    for dutch, english in zip(example_queries("nl"), example_queries("en")):
        assert dutch["text"] == english["text"] and dutch["title"] != english["title"]
        assert f">{escape(dutch['title'])}</button>" in nl and f">{escape(english['title'])}</button>" in en
        assert str(escape(dutch["description"])) in nl and str(escape(english["description"])) in en
    assert example_queries()[0]["title"] == example_queries("en")[0]["title"]   # the CLI's English lines
    assert 'data-rows="{n} rij(en) in {ms}"' in nl and 'data-rows="{n} row(s) in {ms}"' in en


def test_machine_formats_do_not_change_with_the_language(client):
    query = "SELECT ?d ?t WHERE { ?d a <https://w3id.org/kamergraaf/def#Document> ; <http://purl.org/dc/terms/title> ?t } ORDER BY ?d"
    for accept in ("application/sparql-results+json", "text/csv"):
        bodies = []
        for extra in ({}, {"Accept-Language": "en"}, {"Accept-Language": "nl"}):
            get = client.get("/sparql", query_string={"query": query}, headers={"Accept": accept, **extra})
            post = client.post("/sparql", data=query, headers={"Accept": accept, "Content-Type": "application/sparql-query", **extra})
            assert get.status_code == post.status_code == 200 and "Content-Language" not in get.headers
            bodies += [get.data, post.data]
        assert len(set(bodies)) == 1 and len(bodies[0]) > 100
    for suffix in (".ttl", ".jsonld"):
        bodies = {client.get(DOC_PATH + suffix + q, headers={"Accept-Language": lang}).data
                  for q in ("", "?lang=en") for lang in ("nl", "en")}
        assert len(bodies) == 1
    downloads = {client.get("/downloads/dataset.ttl", headers={"Accept-Language": lang}).data for lang in ("nl", "en")}
    assert len(downloads) == 1




def test_the_sparql_link_keeps_the_chosen_language(client):
    resp = client.get("/sparql?lang=en", headers={"Accept": "text/html"})
    assert resp.status_code == 303 and resp.headers["Location"].endswith("/query?lang=en")
    resp = client.get("/sparql", headers={"Accept": "text/html"})
    assert resp.status_code == 303 and resp.headers["Location"].endswith("/query")
