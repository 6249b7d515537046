"""The language of a page: Dutch by default, English on request, and every fixed string of the pages in both.

``choose`` picks the language of a request: a ``lang`` query parameter (``nl`` or ``en``) wins, else the
Accept-Language header's preference between nl and en (q-values respected), else Dutch. ``STRINGS`` holds
every fixed string of the pages and of query.js as a (Dutch, English) pair; ``text`` looks one up.
``install`` gives the templates ``lang``, ``t``, the ``lhref`` filter (a link within the site keeps the
``lang`` parameter the page was asked with) and the language switch, and marks HTML responses with
Content-Language and ``Vary: Accept-Language``. Machine formats do not change with the language.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from flask import Flask, Response, g, request
from jinja2 import pass_context

LANGS = ("nl", "en")
DEFAULT = "nl"
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
NAMES = {"nl": "Nederlands", "en": "English"}   # the language switch names each language in itself

STRINGS: dict[str, tuple[str, str]] = {
    # navigation and footer (base.html)
    "nav_documents": ("Documenten", "Documents"),
    "nav_query": ("Bevragen", "Query"),
    "nav_downloads": ("Downloads", "Downloads"),
    "nav_ontology": ("Ontologie", "Ontology"),
    "nav_sparql_title": ("SPARQL 1.1-endpoint", "SPARQL 1.1 endpoint"),
    "switch_title": ("Deze pagina in het Engels", "This page in Dutch"),
    "footer": ("Kamervragen en antwoorden als linked open data", "Dutch parliamentary questions and answers as linked open data"),
    "footer_licence": ("data onder CC0", "data CC0"),
    # home page
    "home_title": ("Start", "Home"),
    "home_h1": ("Kamervragen en antwoorden als linked data", "Dutch parliamentary questions and answers as linked data"),
    "home_lead": ("Schriftelijke vragen van leden van de Tweede Kamer en lijsten van vragen van commissies, met de "
                  "antwoorden van de regering, gelezen uit de gepubliceerde pdf- en tekstbestanden: elke vraag, elk "
                  "antwoord, cijfer, instantie, elke wet en elk land als bron met een eigen adres, elk cijfer met de "
                  "zin waar het uit komt.",
                  "Written questions of members of the Tweede Kamer and committee question lists, with the "
                  "government's answers, read from the published PDF and text files: every question, answer, figure, "
                  "agency, law and country as a resource with its own address, each figure with the sentence it was "
                  "taken from."),
    "count_documents": ("documenten", "documents"),
    "count_questions": ("vragen", "questions"),
    "count_answers": ("antwoorden", "answers"),
    "count_figures": ("cijfers", "figures"),
    "count_agencies": ("instanties", "agencies"),
    "home_query": ("Bevraag de graaf", "Query the graph"),
    "home_download": ("Download de data", "Download the data"),
    "home_sparql": ("SPARQL-endpoint", "SPARQL endpoint"),
    "col_title": ("Titel", "Title"),
    "col_date": ("Datum", "Date"),
    # query page and query.js
    "query_intro": ("Kies een voorbeeld of schrijf SPARQL; de standaardgraaf is de vereniging van alle documenten. "
                    "Programma's kunnen dezelfde query naar <code>/sparql</code> sturen.",
                    "Pick an example or write SPARQL; the default graph is the union of all documents. "
                    "Programs can send the same query to <code>/sparql</code>."),
    "query_examples": ("Voorbeelden", "Examples"),
    "query_run": ("Voer uit", "Run query"),
    "query_csv": ("CSV downloaden", "Download CSV"),
    "query_json": ("JSON downloaden", "Download JSON"),
    "js_running": ("bezig…", "running…"),
    "js_rows": ("{n} rij(en) in {ms}", "{n} row(s) in {ms}"),
    "js_triples": ("{n} triple(s) in {ms}", "{n} triple(s) in {ms}"),
    "js_boolean": ("Antwoord: {value}", "Answer: {value}"),
    "js_error": ("fout", "error"),
    "js_failed": ("De query is mislukt: {message}", "The query failed: {message}"),
    # downloads page
    "downloads_intro": ("De data is vrij te gebruiken (CC0). Elk bestand wordt gemaakt uit de huidige gegevens.",
                        "The data is published under CC0. Each file is generated from the current store."),
    "downloads_dataset": ("De hele dataset", "The whole dataset"),
    "downloads_gzipped": ("gecomprimeerd met gzip", "gzipped"),
    "downloads_dcat": ("beschrijving in DCAT en VoID", "DCAT and VoID description"),
    "downloads_shacl": ("SHACL-validatierapport", "SHACL validation report"),
    "downloads_ontology": ("ontologie (Turtle)", "ontology (Turtle)"),
    "downloads_per_document": ("Eén graaf per document", "One graph per document"),
    # ontology page
    "ontology_h1": ("De kamergraaf-ontologie", "The kamergraaf ontology"),
    "col_kind": ("Soort", "Kind"),
    "col_comment": ("Toelichting", "Comment"),
    # error pages
    "error_400": ("Ongeldig verzoek", "Bad request"),
    "error_403": ("Geen toegang", "Forbidden"),
    "error_404": ("Niet gevonden", "Not found"),
    "error_405": ("Methode niet toegestaan", "Method not allowed"),
    "error_406": ("Formaat niet beschikbaar", "Not acceptable"),
    "error_413": ("Verzoek te groot", "Request too large"),
    "error_415": ("Soort inhoud niet ondersteund", "Unsupported media type"),
    "error_500": ("Fout in de server", "Internal server error"),
    "error_503": ("Tijdelijk niet beschikbaar", "Temporarily unavailable"),
    "hint_404": ("Controleer het adres; de startpagina linkt naar elk document.",
                 "Check the address; the home page links to every document."),
    "hint_405": ("Gebruik GET, of POST voor /sparql.", "Use GET, or POST for /sparql."),
    "hint_413": ("Stuur een kortere query; de hele dataset staat op de pagina Downloads.",
                 "Send a shorter query; the whole dataset is on the downloads page."),
    "hint_415": ("Stuur de query met POST als application/sparql-query of als formulierveld 'query'.",
                 "POST the query as application/sparql-query or as the form field 'query'."),
    "hint_500": ("Dit is een fout in de server; de beheerder vindt de details in het logboek.",
                 "This is a bug in the server; the operator has the details in the log."),
    "error_details": ("Technische melding", "Technical message"),
    # resource pages (macros.html and the page templates)
    "as_data": ("Als data:", "As data:"),
    "elsewhere": ("Elders:", "Elsewhere:"),
    "all_properties": ("Alle eigenschappen", "All properties"),
    "properties": ("Eigenschappen", "Properties"),
    "incoming": ("Verwijzingen hierheen", "Referred to by"),
    "and_more": ("… en nog {n}", "… and {n} more"),
    "no_answer": ("Geen antwoord in dit document.", "No answer in this document."),
    "figure_marked": ("{n} cijfer gemarkeerd", "{n} figure marked"),
    "figures_marked": ("{n} cijfers gemarkeerd", "{n} figures marked"),
    "footnotes": ("Voetnoten", "Footnotes"),
    "footnote_at": ("bij", "at"),
    "no_questions": ("Dit document heeft geen vragen in de graaf.", "This document has no questions in the graph."),
    "toc": ("Vragen", "Questions"),
    "question_from": ("Vraag uit", "Question from"),
    "answer_from": ("Antwoord uit", "Answer from"),
    "mentioned_in_one": ("Genoemd in {n} document", "Mentioned in {n} document"),
    "mentioned_in_many": ("Genoemd in {n} documenten", "Mentioned in {n} documents"),
    "mention": ("Vermelding", "Mention"),
    "refers_to": ("Verwijst naar", "Refers to"),
    "appears_in": ("Staat in", "Appears in"),
    "fig_value": ("Waarde", "Value"),
    "fig_date": ("Peildatum", "Reference date (peildatum)"),
    "fig_period": ("Periode", "Period"),
    "fig_source": ("Bron", "Source"),
    "fig_page": ("Pagina", "Page"),
    "fig_answer": ("het antwoord", "the answer"),
    # document header (pages.document_facts) and roles
    "fact_official": ("Officiële identificatie", "Official identifier"),
    "fact_kind": ("Soort document", "Kind of document"),
    "fact_year": ("Vergaderjaar", "Parliamentary year (vergaderjaar)"),
    "fact_subject": ("Onderwerp", "Subject"),
    "fact_submitted": ("Ingediend", "Submitted"),
    "fact_received": ("Ontvangen", "Received"),
    "fact_adopted": ("Vastgesteld", "Adopted"),
    "fact_committee": ("Commissie", "Committee"),
    "fact_about": ("Over", "About"),
    "fact_source_file": ("Bronbestand", "Source file"),
    "fact_pages": ("Aantal pagina's", "Number of pages"),
    "role_asker": ("Vragensteller", "Asked by"),
    "role_respondent": ("Beantwoord door", "Answered by"),
    "role_chair": ("Voorzitter", "Chair"),
    "role_clerk": ("Griffier", "Clerk"),
    # groups of what points to a resource (labels.KINDS)
    "group_Question": ("Vragen", "Questions"),
    "group_Answer": ("Antwoorden", "Answers"),
    "group_Figure": ("Cijfers", "Figures"),
    "group_Mention": ("Vermeldingen", "Mentions"),
    "group_Footnote": ("Voetnoten", "Footnotes"),
    "group_Participation": ("Rollen", "Roles"),
    "group_Document": ("Documenten", "Documents"),
    "group_": ("Overige", "Other"),
    "footnote": ("voetnoot {marker}", "footnote {marker}"),
}


def text(key: str, lang: str, **values) -> str:
    """The string ``key`` in ``lang`` (nl or en), with ``{name}`` placeholders filled from ``values``."""
    pair = STRINGS[key]
    out = pair[1] if lang == "en" else pair[0]
    return out.format(**values) if values else out


def choose(param: str | None, accept_language) -> str:
    """The language of a request: ``?lang=`` if nl or en, else Accept-Language's preference, else Dutch.

    ``accept_language`` is werkzeug's parsed header (``request.accept_languages``): "en-US" counts as en,
    q-values are respected, a language other than nl and en (or none) gives Dutch."""
    if param in LANGS:
        return param
    if accept_language is None:
        return DEFAULT
    return accept_language.best_match(LANGS, default=DEFAULT) or DEFAULT


def page_lang() -> str:
    """The language of the current request (worked out once per request)."""
    lang = g.get("lang")
    if lang is None:
        lang = g.lang = choose(request.args.get("lang"), request.accept_languages)
    return lang


def asked_lang() -> str | None:
    """The language given by ``?lang=`` on the current request, if any: links within the page keep it."""
    param = request.args.get("lang")
    return param if param in LANGS else None


def with_lang(href: str | None, lang: str | None = None) -> str | None:
    """A link within the site with ``lang`` added (by default: the ``?lang=`` the page was asked with);
    other links, and every link when no language was asked for, are returned as they are."""
    lang = lang or asked_lang()
    if not href or not lang or not href.startswith("/") or href.startswith("//"):
        return href
    path, hash_, fragment = href.partition("#")
    sep = "&" if "?" in path else "?"
    return f"{path}{sep}lang={lang}{hash_}{fragment}"


def switch_href() -> str:
    """This page in the other language: the same path with ``lang`` set to it (the pages take no other
    parameter, and a page does not echo what else a request carries)."""
    other = "en" if page_lang() == "nl" else "nl"
    raw = (request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI") or "").split("?", 1)[0]
    path = raw if raw.startswith("/") and not raw.startswith("//") else quote(request.path, safe=_PATH_SAFE)
    return path + "?" + urlencode({"lang": other})


def install(app: Flask) -> None:
    """Give the templates the page language and its strings; mark HTML responses with their language."""

    @app.context_processor
    def _language():
        lang = page_lang()
        other = "en" if lang == "nl" else "nl"
        return {"lang": lang, "t": lambda key, **values: text(key, lang, **values), "other_lang": other,
                "other_lang_name": NAMES[other], "switch_href": switch_href(), "i18n_keys": STRINGS}

    @pass_context   # not folded into the compiled template: the result depends on the request
    def _lhref(_context, href):
        return with_lang(href)

    app.add_template_filter(_lhref, "lhref")

    @app.after_request
    def _language_headers(resp: Response) -> Response:
        if resp.mimetype == "text/html":
            resp.headers["Content-Language"] = page_lang()
            resp.vary.add("Accept-Language")
        return resp
