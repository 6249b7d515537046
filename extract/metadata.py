"""Document metadata from the document header (and the removed furniture): ids, kind, people, dates."""

from __future__ import annotations

import re
from datetime import date

from kamergraaf.extract.model import (KIND_AANHANGSEL, KIND_ANTWOORD, KIND_KAMERVRAGEN, KIND_LIJST, KIND_MEDEDELING,
                                      KIND_UNKNOWN, DocumentMeta, Person)
from kamergraaf.extract.structure import LISTING_RESPONDENT_RE, LISTING_ROWS_RE

MONTHS = {m: i for i, m in enumerate(["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                      "september", "oktober", "november", "december"], start=1)}
_DATE = r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})"
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# the dossier line of a Kamerstuk as printed above its title: "36 613 XVII Wijziging van ...", "21 501-02 Raad ..."
_DOSSIER_LINE = re.compile(r"^\s*(\d{2} ?\d{3}(?:-\d{2})?)(?:[ -]([IVXLC]+|[A-Z]))?\s+[A-Z][a-z]", re.M)
# the document's own Kamerstuk id where a web page prints it: "ID: 34210-XV-3", "Bron: .../kst-36499-3.html",
# a "Dossier- en ondernummer" table cell "| 36560-XVI nr. 8 |", "Onderdeel van kamerstukdossier 36740 VI-9"
_KST_SELF_RE = re.compile(r"^ID: (\d{5}(?:-[IVXLC]+|-[A-Z])?-\d+)\s*$|^Bron: \S*/kst-(\d{5}(?:-[IVXLC]+|-[A-Z])?-\d+)\.html|"
                          r"\| (\d{5}(?:-[IVXLC]+|-[A-Z])? nr\. \d+) \||"
                          r"\bOnderdeel van kamerstukdossier (\d{5}(?: [IVXLC]+| [A-Z])?-\d+)\b", re.M)
_TKID_RE = re.compile(r"\b(20\d\dD\d{4,6})\b")


def parse_date(text: str) -> date | None:
    m = re.search(_DATE, text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    except ValueError:
        return None


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_NAME = r"[A-Z][\w'’.-]*(?:[ -][\w'’.-]+){0,4}"


def _line_after(header: str, word: str) -> str | None:
    """The name on the line of (or the line after) "De voorzitter van de commissie," / "De griffier ...,"."""
    m = re.search(r"^[ \t]*(?:De |de )?(?:fungerend |[Aa]djunct-)?" + word + r" van de commissie,[ \t]*(?:\n[ \t]*){0,2}(" + _NAME
                  + r")[ \t]*$", header, re.M)
    return m.group(1).strip() if m else None


def _flat_name(h: str, role: str) -> str | None:
    if role == "chair":
        m = re.search(r"voorzitter van de commissie,\s*([A-Z][\w'’ -]+?)(?:\s+(?:De |de )?(?:[Aa]djunct-)?[Gg]riffier|$)", h)
    else:
        m = re.search(r"[Gg]riffier van de commissie,\s*([A-Z][\w'’ -]+?)(?:\s+Vragen en antwoorden|\s*$| [A-Z][a-z]+ )", h)
    return m.group(1).strip() if m else None


def _web_persons(header: str, kind: str) -> list[Person]:
    """Askers and respondent as a web page's metadata lists them: "Indieners Jasper van Dijk (SP), Anne Kuik
    (CDA)", "Beantwoord door Eric van der Burg (staatssecretaris justitie en veiligheid) (VVD)"."""
    out = []
    m = re.search(r"^Indiener(?:s|\(s\))?:?[ \t]+(.+)$", header, re.M)
    if m and kind != KIND_LIJST:  # a committee list's "Indiener" is the committee's chair, who asks nothing
        for name, party in re.findall(r"([^,()]+?)\s*\(([^()]+)\)", m.group(1)):
            out.append(Person(name.strip(), "asker", party=party.strip(), title="lid"))
    listing = LISTING_RESPONDENT_RE.search(header)
    if listing and kind != KIND_LIJST:
        # a listing page's rows: the title, the askers ("Vicky Maeijer (PVV) |", "Eric van der Burg (VVD), Kati Piri
        # (PvdA) |", "Maarten Hijink , Renske Leijten |"), then the respondent's row
        rows = re.findall(r"^(.+?) \|$", header[:listing.start()], re.M)
        for row in rows[1:]:
            people = _listed_people(row)
            for name, party in people:
                out.append(Person(name, "asker", party=party, title="lid"))
    elif LISTING_ROWS_RE.match(header) and kind != KIND_LIJST:  # rows without the post: asker first, respondent last
        rows = re.findall(r"^([A-Z][^()|\n]{1,60}?)(?: \(([^()\n]+)\))? \|$", header.split("\n", 1)[-1], re.M)
        if len(rows) >= 2:
            out.append(Person(rows[0][0].strip(), "asker", party=rows[0][1] or None, title="lid"))
            out.append(Person(rows[-1][0].strip(), "respondent", party=rows[-1][1] or None))
    m = re.search(r"^Beantwoord door[ \t]+([^()]+?)\s*\(([^()]+)\)(?:\s*\(([^()]+)\))?", header, re.M) or listing
    if m and "," in m.group(1):  # "Kuipers , Alexandra van Huffelen (staatssecretaris ...)": all but the last without post
        *others, last = [n.strip() for n in m.group(1).split(",")]
        for name in others:
            if _PERSON_NAME_RE.fullmatch(name):
                out.append(Person(name, "respondent"))
        name = last
    else:
        name = m.group(1).strip() if m else ""
    if listing and listing.start(1) > listing.start():
        # "Lilianne Ploumen (minister zonder portefeuille buitenlandse zaken) (PvdA), Bert Koenders (...) (PvdA) |": two
        # respondents in the row
        for other in _LISTED_RESPONDENT_RE.finditer(header, listing.start(), listing.start(1)):
            out.append(Person(other.group(1).strip(), "respondent", party=other.group(3), **_post(other.group(2))))
    if m:
        out.append(Person(name, "respondent", party=m.group(3), **_post(m.group(2))))
    if m and m is not listing:
        # "Beantwoord door Stef Blok (minister buitenlandse zaken) (VVD), Ankie Broekers-Knol (staatssecretaris
        # justitie en veiligheid) (VVD)": the others on the line
        line_end = header.find("\n", m.end())
        for other in _MORE_RESPONDENTS_RE.finditer(header, m.end(), line_end if line_end >= 0 else len(header)):
            out.append(Person(other.group(1).strip(), "respondent", party=other.group(3), **_post(other.group(2))))
    return out


_MORE_RESPONDENTS_RE = re.compile(r",[ \t]*([A-Z][^()|,\n]{2,60}?)[ \t]*\(((?:[^()\n]*,\s*)?(?:minister|staatssecretaris)\b[^()\n]*)\)"
                                  r"(?:[ \t]*\(([^()\n]+)\))?")


_LISTED_RESPONDENT_RE = re.compile(r"([A-Z][^()|\n]{2,60}?) \(([^()\n]*)\)(?: \(([^()\n]+)\))?, ")


def _post(post_text: str) -> dict[str, str]:
    """Portfolio and title of a listed post: "minister sociale zaken en werkgelegenheid, viceminister-president",
    "viceminister-president , minister volksgezondheid, welzijn en sport": the post is the part that starts with
    minister/staatssecretaris."""
    post = re.search(r"(?:^|,\s*)(minister|staatssecretaris)\s+(?:zonder\s+portefeuille\s+)?(.+)$", post_text.strip(), re.I)
    portfolio = re.split(r"\s*,\s*(?:vice|minister-president)", post.group(2))[0].strip() if post else ""
    portfolio = " ".join(w if w in ("en", "van", "voor") else w[:1].upper() + w[1:] for w in portfolio.split())
    title = "Staatssecretaris" if post and post.group(1).lower().startswith("staats") else "Minister"
    return {"portfolio": portfolio, "title": title}


_PERSON_NAME_RE = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,5}")


def _listed_people(row: str) -> list[tuple[str, str | None]]:
    """The people of a listing page's row, "Name (Party), Name (Party)" or "Name , Name"; [] when the row is
    not a list of names (a title)."""
    out = []
    for item in re.split(r"[ \t]*,[ \t]*(?![^()]*\))", row.strip()):
        m = re.fullmatch(r"(?P<name>[^()]+?)(?:[ \t]*\((?P<party>[^()]+)\))?", item.strip())
        if not m or not _PERSON_NAME_RE.fullmatch(m.group("name").strip()):
            return []
        out.append((m.group("name").strip(), m.group("party").strip() if m.group("party") else None))
    return out


def extract_meta(header: str, furniture: list[str], full_body: str, source_name: str, has_answers: bool,
                 has_questions: bool) -> DocumentMeta:
    h = _flat(header)
    furn = " ".join(furniture)
    f: dict = {}
    m = re.search(r"\bah-tk-(\d{8})-(\d+)\b", furn + " " + h)
    if m:
        f["official_id"] = f"ah-tk-{m.group(1)}-{m.group(2)}"
        f["number"] = m.group(2)
    m = re.search(r"Vergaderjaar (\d{4})\s*[–-]\s*(\d{4})", h + " " + furn, re.I)
    if m:
        f["vergaderjaar"] = f"{m.group(1)}-{m.group(2)}"
    m = re.search(r"Staten-Generaal[ |]*((?:19|20)\d{2})[-–]((?:19|20)\d{2})[ |]*(\d{1,5})\b", h)
    if m and "official_id" not in f and "Aanhangsel van de Handelingen" in h and int(m.group(2)) == int(m.group(1)) + 1:
        # the publication table flattened: "Tweede Kamer der Staten-Generaal2018-20191704" (vergaderjaar, nummer)
        f["vergaderjaar"] = f"{m.group(1)}-{m.group(2)}"
        f["number"] = m.group(3)
        f["official_id"] = f"ah-tk-{m.group(1)}{m.group(2)}-{m.group(3)}"
    if "official_id" not in f and "Aanhangsel van de Handelingen" in h:
        m = re.search(r"regering gegeven antwoorden (\d{1,5})\b", h)
        if m and f.get("vergaderjaar"):
            f["number"] = m.group(1)
            f["official_id"] = f"ah-tk-{f['vergaderjaar'].replace('-', '')}-{m.group(1)}"
    m = _KST_SELF_RE.search(header)
    if m and "official_id" not in f:
        own = next(g for g in m.groups() if g)
        f["official_id"] = "kst-" + re.sub(r"\s*nr\.\s*|\s+", "-", own)
    m = re.search(r"\bAH (\d{1,5})\b", h)
    if m and "number" not in f:
        f["number"] = m.group(1)
    # kind
    if re.search(r"\bMededeling\b", h):
        kind = KIND_MEDEDELING
    elif re.search(r"LIJST VAN VRAGEN EN\s+ANTWOORDEN|lijst van vragen|feitelijke vragen|heeft een aantal vragen voorgelegd|"
                   r"vragen ter beantwoording|(?:hieronder|hierna) afgedrukt",
                   h + " " + furn, re.I) or \
            re.search(r"^\s*Vraag\s*\(\d+\)", full_body, re.M):
        kind = KIND_LIJST
    elif "Aanhangsel van de Handelingen" in h or (("Antwoord van" in h or f.get("official_id", "").startswith("ah-tk-")
                                                   or LISTING_RESPONDENT_RE.search(header) or LISTING_ROWS_RE.match(header))
                                                  and has_answers):
        kind = KIND_AANHANGSEL
    elif re.search(r"Antwoord op vraag", full_body) and has_answers:
        kind = KIND_ANTWOORD
    elif has_questions and not has_answers:
        kind = KIND_KAMERVRAGEN
    else:
        kind = KIND_UNKNOWN
    f["kind"] = kind
    if kind == KIND_LIJST:
        m = re.search(r"\((?:Kamerstuk\s+)?(\d{2} ?\d{3})\s*-?\s*([IVXLC]+|[A-Z])?\s*(?:-|,\s*nr\.)?\s*(\d+)\)",
                      furn + " " + h)
        if m:
            f["referenced_id"] = "-".join(p for p in (m.group(1).replace(" ", ""), m.group(2), m.group(3)) if p)
        # the list's own number ("Nr. 3", "nr. 17"); a number after a comma is a citation ("(Kamerstuk 36 740 VI, nr. 1)")
        m = re.search(r"(?<!, )(?<!,)\b[Nn]r\. (\d+)\b", h)
        if m:
            f["number"] = m.group(1)
            dossier = _DOSSIER_LINE.search(header)
            if dossier and "official_id" not in f:
                parts = [re.sub(r"\s", "", dossier.group(1)), dossier.group(2), m.group(1)]
                f["official_id"] = "kst-" + "-".join(p for p in parts if p)
        m = re.search(r"(?:De |Het )?(vaste commissie voor [^,]+?|commissie voor [^,]+?)(?:,| heeft| belast)", h)
        if m:
            f["committee"] = re.sub(r"(?<=[a-zà-ÿ])\d{1,2}$", "", m.group(1))  # "voor Financiën1": a footnote marker
        m = re.search(r"^Totaallijst feitelijke vragen (.+?) \(\d", furn, re.M)
        if m:
            f["title"] = "Totaallijst feitelijke vragen " + m.group(1)
        m = re.search(r"(LIJST VAN VRAGEN EN ANTWOORDEN|Lijst van vragen en antwoorden)", h)
        if m and "title" not in f:
            f["title"] = _flat(m.group(1)).capitalize()
    persons: list[Person] = []
    for role, word in (("chair", "voorzitter"), ("clerk", "griffier")):
        name = _line_after(header, word) or _flat_name(h, role)
        if name:
            persons.append(Person(name, role))
    persons.extend(_web_persons(header, kind))
    m = re.search(r"Vra(?:gen|ag) van (?:het lid|de leden|het leden|lid)\s+(.+?)\s+aan (?:de|het)\s+(.+?)"
                  r"(?:\s+over\s+(.+?))?\s*\(ingezonden ([^)]*)\)", h)
    if m:
        for names, party in re.findall(r"([A-Z][^()]*?)\s*\(([^)]+)\)", m.group(1)):
            party = re.sub(r"^(beiden|allen|beide)\s+", "", party.strip())
            for name in re.split(r",\s*|\s+en\s+", names.strip()):
                name = re.sub(r"^(en|lid)\s+", "", name.strip())
                if name:
                    persons.append(Person(name, "asker", party=party, title="lid"))
        if m.group(3):
            f["subject"] = m.group(3).strip()
            f["title"] = f"Vragen over {m.group(3).strip()}"
        f["date_submitted"] = parse_date(m.group(4))
    else:
        m = re.search(r"\(ingezonden ([^)]*)\)", h)
        if m:
            f["date_submitted"] = parse_date(m.group(1))
    for m in re.finditer(r"(?:Antwoord|Mededeling) van (?:de )?(Minister|minister|Staatssecretaris|staatssecretaris)\s+"
                         r"([A-Z][\w'’ .-]*?)\s*\(([^)]+)\)", h):
        persons.append(Person(m.group(2).strip(), "respondent", portfolio=m.group(3).strip(),
                              title=m.group(1).capitalize()))
    for m in re.finditer(r"\bvan (Minister|Staatssecretaris)\s+([A-Z][\w'’ .-]*?)\s*\(([^)]+)\)", h):
        if not any(p.name == m.group(2).strip() for p in persons):
            persons.append(Person(m.group(2).strip(), "respondent", portfolio=m.group(3).strip(), title=m.group(1)))
    m = re.search(r"voorgelegd aan de ([Mm]inisters?|[Ss]taatssecretaris(?:sen)?) ((?:van|voor) .+?)(?:\.| over | inzake )", h)
    if m and not any(p.role == "respondent" for p in persons):
        # "de Ministers van X en voor Y en de Staatssecretaris van Z": one respondent per portfolio
        groups = re.split(r" en de ([Mm]inisters?|[Ss]taatssecretaris(?:sen)?) (?=(?:van|voor) )", m.group(2))
        titles = [m.group(1)] + groups[1::2]
        for title_word, spec in zip(titles, groups[0::2]):
            title = "Staatssecretaris" if title_word.lower().startswith("staats") else "Minister"
            for part in re.split(r" en (?=(?:van|voor) )", spec):
                portfolio = part[4:] if part.startswith("van ") else part
                persons.append(Person("", "respondent", portfolio=portfolio.strip(), title=title))
    m = re.search(r"\(ontvangen ([^)]*)\)", h) or re.search(r"[Bb]ij brief van " + _DATE, h) \
        or re.search(r"\bBeantwoord " + _DATE, h)  # a listing page's "Beantwoord 12 september 2014"
    if m:
        f["date_received"] = parse_date(m.group(0))
    m = re.search(r"\bIngediend " + _DATE, h)
    if m and "date_submitted" not in f:
        f["date_submitted"] = parse_date(m.group(0))  # "Ingediend 11 augustus 2014"
    m = re.search(r"Vastgesteld " + _DATE, h)
    if m:
        f["date_adopted"] = parse_date(m.group(0))
    m = re.search(r"op (\d{1,2} \w+ \d{4}) voorgelegd", h)
    if m and "date_submitted" not in f:
        f["date_submitted"] = parse_date(m.group(1))
    stem = source_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if _UUID_RE.match(stem):
        f["tk_document_id"] = stem
    else:
        m = _TKID_RE.search(h)
        if m:
            f["tk_document_id"] = m.group(1)
    return DocumentMeta(persons=tuple(persons), **f)
