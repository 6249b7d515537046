"""The body of the cleaned text to questions and answers.

Headings recognised at the start of a line: ``Vraag (75):`` / ``Antwoord:`` (committee lists), ``Vraag 1`` /
``Antwoord 1`` with combined items (``Vraag 2 en 3``, ``Vraag 7, 8, 9 10 en 11``, ``Vraag 2 t/m 6``), and
the ministries' layout ``Antwoord op vraag 1`` / ``Antwoord vraag 1:``, questions numbered ``1.`` or by a
bare number (with plain ``Antwoord`` headings), and unnumbered question paragraphs after ``Vragen van het lid``. Text before the first heading is the
document header, unless the text starts in the middle of a question (an answer heading comes first and no
header precedes it): then that text is the unnumbered question ``q0``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kamergraaf.extract.model import Answer, Page, Question

_NUMS = r"\d{1,3}(?:[a-h](?![a-z]))?(?:[ \t]*(?:,|&|en|t/m|tot en met|-|–)?[ \t]*\d{1,3}(?:[a-h](?![a-z]))?)*"  # on the heading's own line
# (a sub-question's letter, "Vraag 1a", "Antwoord 1b", is read as its question's number: the parts are one item)
_BULLET = r"(?P<b>[•·▪◦‣][ \t]*)?"  # web pages print "• Vraag 1"
_Q_RE = re.compile(r"^[ \t]*" + _BULLET + r"(?P<h>(?:Vra(?:ag|gen)|VRA(?:AG|GEN))[ \t]*(?::[ \t]*)?(?:(?:nr\.?|nummer)[ \t]*)?(?:\(\s*(?P<c>\d{1,4})\s*\)|(?P<n>" + _NUMS + r")))"
                   r"[ \t]*(?P<colon>[:.)–]|-(?!\d))?[ \t]*(?P<rest>.*)$", re.M)  # (also "Vraag nr. 1", "Vraag 1)")
_A_RE = re.compile(r"^[ \t]*" + _BULLET + r"(?P<h>(?:(?:Antwoord(?:en)?|ANTWOORD(?:EN)?)(?:\s+op)?(?:\s+(?:de\s+)?(?:vraag|vragen))?"
                   r"|(?:Ad|AD)\.?(?:[ \t]+(?:vraag|vragen))?(?=[ \t]+\d))"  # "Ad 1", "Ad vraag 3": an answer to that number
                   r"(?:[ \t]+(?:nr\.?|nummer))?(?:[ \t]*\(\s*(?P<c>\d{1,4})\s*\)|[ \t]+(?P<n>" + _NUMS + r"))?)"
                   r"[ \t]*(?P<colon>[:.)–]|-(?!\d))?[ \t]*(?P<rest>.*)$", re.M)
_GLUED_Q_RE = re.compile(r"(?<=[a-zà-ü][.?!])(?P<h>Vraag[ \t]+(?P<n>\d{1,3}))[ \t]*:?[ \t]*$", re.M)
_GOVERNMENT_ANSWER_RE = re.compile(r"^[ \t]*(?P<h>(?:Antwoord|Reactie) van (?:het kabinet|de regering|de minister|de "
                                  r"staatssecretaris|de bewindspersoon))[ \t]*:?[ \t]*$", re.M)
# ... and with the minister's name, under each numbered question ("Antwoord van minister Bruins")
_NAMED_ANSWER_RE = re.compile(r"^[ \t]*(?P<h>Antwoord van (?:de )?(?:[Mm]inister|[Ss]taatssecretaris)(?:[ \t]+(?:van|de|der|den))*"
                              r"[ \t]+[A-Z][\w'’-]+)[ \t]*:?[ \t]*$", re.M)
# a numbered member and party over the member's question: "1. Van Gerven (SP):"
_MEMBER_NUMBER_RE = re.compile(r"^[ \t]*(?P<n>\d{1,3})\.[ \t]+(?:[a-z]{1,3}[ \t]+)*[A-Z][\w'’-]+(?:[ \t]+[\w'’-]+){0,3}[ \t]*"
                               r"\([A-Za-z0-9&-]{2,12}\)[ \t]*:[ \t]*$", re.M)
_MEMBER_OVER_LABEL_RE = re.compile(r"^[ \t]*(?P<h>(?P<n>\d{1,3})\.[ \t]+(?:[a-z]{1,3}[ \t]+)*[A-Z][\w'’-]+(?:[ \t]+[\w'’-]+){0,3}[ \t]*"
                                   r"\([A-Za-z0-9&-]{2,12}\))[ \t]*:?[ \t]*\n\s*Vraag[ \t]*:?[ \t]*\n", re.M)
# a reprint that opens each answer with the speaker: "Staatssecretaris Blokhuis: Ja.", "Minister De Jonge: ..."
_SPEAKER_ANSWER_RE = re.compile(r"^[ \t]*(?P<h>(?:Staatssecretaris|Minister)[ \t]+(?:(?:van|de|der|den)[ \t]+)*[A-Z][\w'’-]+:)"
                                r"(?=[ \t]*\S)", re.M)
# a table row that names the asker and party before the heading, a paragraph of its own: "Rouwe, S. de CDA Vraag 2:"
_ROW_Q_RE = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?P<pre>[^\n]{2,50}?[^\s.?!:;])[ \t]+(?P<h>Vraag[ \t]+(?P<n>\d{1,3})[ \t]*:)"
                       r"[ \t]*(?=\n[ \t]*\n)")
_INLINE_ANSWER_RE = re.compile(r"(?<=[?.])[ \t]+(?P<h>Antwoord[ \t]+(?P<n>\d{1,3})[ \t]*:)[ \t]*$", re.M)
_NUMBER_LABEL_RE = re.compile(r"^[ \t]*(?P<n>\d{1,3})[.)]?[ \t]+(?P<h>Vraag|Antwoord|VRAAG|ANTWOORD)[ \t]*:?[ \t]*$", re.M)
_HEADER_WORDS = re.compile(r"Tweede Kamer|Vragen van|Vraag van|Vastgesteld|ingezonden|Antwoord van|Mededeling van|"
                           r"VERSLAG|Nr\. \d|\d{4}Z\d{4,}|AH \d+", re.I)


@dataclass(frozen=True)
class Heading:
    kind: str  # "Q" | "A" | "H" (header text between items: ends the item before it)
    numbers: tuple[int, ...]
    text: str
    start: int  # of the heading
    end: int  # where the content starts


def parse_numbers(spec: str) -> tuple[int, ...]:
    """'2 en 3' -> (2, 3); '7, 8, 9 10 en 11' -> (7..11); '2 t/m 6' -> (2..6)."""
    nums: list[int] = []
    for m in re.finditer(r"(\d+)(?:\s*(?:t/m|tot en met|-|–)\s*(\d+))?", spec):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else None
        if b is not None and a < b <= a + 50:
            nums.extend(range(a, b + 1))
        else:
            nums.append(a)
            if b is not None:
                nums.append(b)
    return tuple(dict.fromkeys(nums))


def find_headings(body: str) -> list[Heading]:
    heads: list[Heading] = []
    for kind, regex in (("Q", _Q_RE), ("A", _A_RE)):
        for m in regex.finditer(body):
            rest, rest_start, colon = m.group("rest"), m.start("rest"), m.group("colon")
            nums = (int(m.group("c")),) if m.group("c") else parse_numbers(m.group("n")) if m.group("n") else ()
            spec = m.group("n") or ""
            if bad := next((d for d in re.finditer(r"(\d+)[ \t]*[-–][ \t]*(\d+)", spec)
                            if not int(d.group(1)) < int(d.group(2)) <= int(d.group(1)) + 50), None):
                # "Antwoord 2 – 310.": a dash after the number sets the text off, not a range of numbers
                cut = m.start("n") + bad.start() + len(bad.group(1))
                rest_start = cut + re.match(r"[ \t]*[-–][ \t]*", body[cut:]).end()
                nums, rest, colon = parse_numbers(body[m.start("n"):cut]), body[rest_start:m.end()], "–"
            if kind == "Q" and not nums:
                continue
            if rest and not colon and re.fullmatch(r"\([^()\n]{1,80}\)[ \t]*", rest):
                rest = ""  # "Vraag 1 (zie ook vraag 21)", "Vraag 12 (blz. 5)", "Vraag 3 (VVD)": a heading with a remark
            if rest and not colon:
                continue  # "Vraag 1 is ..." or "Antwoord van Minister ...": a sentence, not a heading
            if kind == "A" and not nums and m.group("h").lower().startswith("antwoorden"):
                continue
            if kind == "A" and not nums and not rest and _TABLE_HEAD_RE.search(body, 0, m.start()):
                continue  # the column heads "Nr. / Vraag / Antwoord" of a list printed as a table
            if kind == "A" and not nums and colon == ":" and re.fullmatch(r"\d{1,3}", rest.strip()):
                nums, rest = (int(rest),), ""  # "Antwoord: 1", the number after the colon
            content_start = rest_start if rest else m.end()
            if kind == "Q" and not rest and (label := _LABEL_BELOW.match(body, m.end())):
                content_start = label.end()  # "VRAAG 1:" over a "Vraag:" label: the question starts below both
            heads.append(Heading(kind, nums, m.group("h").strip() + (colon or ""),
                                 m.start("b") if m.group("b") else m.start("h"), content_start))
    # "Vraag" over "D66 9" (a schriftelijk overleg's answers that print each party's question number): question 9
    heads += [Heading("Q", (int(m.group("n")),), m.group("p"), m.start("h"), m.end()) for m in _PARTY_BELOW_RE.finditer(body)]
    # "Nr. 1 JV" over "Vraag" (a jaarverslag's list printed as numbered boxes): question 1
    heads += [Heading("Q", (int(m.group("n")),), m.group("p"), m.start("p"), m.end()) for m in _NR_ABOVE_RE.finditer(body)]
    if not heads:
        heads = _nr_over_inline_pairs(body)
    if not heads:
        # "1. Vraag" / "1. Antwoord" on lines of their own: the number before the label
        heads = [Heading("Q" if m.group("h").lower() == "vraag" else "A", (int(m.group("n")),), m.group(0).strip(),
                         m.start("n"), m.end()) for m in _NUMBER_LABEL_RE.finditer(body)]
        if not any(h.kind == "Q" for h in heads):
            heads = []
    if not heads:
        # "Antwoord van het kabinet" on a line of its own under each member's reported question (written answers to
        # a debate's remaining questions): an unnumbered answer label
        heads = [Heading("A", (), m.group("h"), m.start("h"), m.end()) for m in _GOVERNMENT_ANSWER_RE.finditer(body)]
    if not heads and len(members := list(_MEMBER_NUMBER_RE.finditer(body))) >= 1 and _ANSWERED_RE.search(body[:members[0].start()]):
        # "1. Van Gerven (SP):" over what the member said (written answers to a debate's questions): numbered items
        heads = [Heading("Q", (int(m.group("n")),), m.group(0).strip(), m.start("n"), m.end()) for m in members]
    if heads and all(h.kind == "A" and not h.numbers for h in heads) and \
            len(members := list(_MEMBER_OVER_LABEL_RE.finditer(body))) == len(heads) and \
            all(m.start() < a.start for m, a in zip(members, heads)) and _ANSWERED_RE.search(body[:members[0].start()]):
        # "1. Herben (LPF)" over a bare "Vraag" label, then the question and a bare "Antwoord" (a Bijvoegsel's written
        # answers to a debate's questions): the member's number is the question's
        heads = [Heading("Q", (int(m.group("n")),), m.group("h").strip(), m.start("n"), m.end()) for m in members] + heads
    if not heads and len(speakers := [m for m in _SPEAKER_ANSWER_RE.finditer(body)
                                      if _ENDS_ASKING_RE.search(body, max(0, m.start() - 400), m.start())]) >= 2:
        # only after a paragraph that asks: a headline "Staatssecretaris Blokhuis: '...'" is no answer
        heads = [Heading("A", (), m.group("h"), m.start("h"), m.end()) for m in speakers]
    if any(h.kind == "Q" and h.numbers for h in heads) and not any(h.kind == "A" for h in heads):
        heads += [Heading("A", (), m.group("h"), m.start("h"), m.end()) for m in _NAMED_ANSWER_RE.finditer(body)]
    numbered_q = {n for h in heads if h.kind == "Q" for n in h.numbers}
    numbered_a = {n for h in heads if h.kind == "A" for n in h.numbers}
    for m in _INLINE_ANSWER_RE.finditer(body):
        n = int(m.group("n"))
        if n in numbered_q and n not in numbered_a:  # "... in de Jeugdzorg? Antwoord 3:" at the end of the line
            heads.append(Heading("A", (n,), m.group("h"), m.start("h"), m.end()))
            numbered_a.add(n)
    for m in _GLUED_Q_RE.finditer(body):
        if int(m.group("n")) not in numbered_q:  # "Hierbij de kamervragen met antwoorden.Vraag 1": a lost line break
            heads.append(Heading("Q", (int(m.group("n")),), m.group("h"), m.start("h"), m.end()))
            numbered_q.add(int(m.group("n")))
    for m in _ROW_Q_RE.finditer(body):
        if int(m.group("n")) not in numbered_q and (int(m.group("n")) - 1 in numbered_q):
            heads.append(Heading("Q", (int(m.group("n")),), m.group("h"), m.start("h"), m.end()))
    asked = _ASKED_RE.search(body[:3000])
    listed = _LIST_RE.search(body[:5000])
    if not any(h.kind == "Q" for h in heads) and (heads or asked or listed):
        numbered = _numbered_questions(body, frozenset(n for h in heads if h.kind == "A" for n in h.numbers))
        if not numbered and not heads and asked:
            numbered = _paragraph_questions(body, asked.end())
        elif asked and numbered and numbered[0].numbers == (2,) and (first := _unnumbered_first(body, asked.end(), numbered[0].start)):
            numbered = [first] + numbered
        heads.extend(numbered)
    lone = list(_LONE_VRAAG_RE.finditer(body))
    unnumbered = [h for h in heads if h.kind == "A" and not h.numbers]
    if lone and not any(h.kind == "Q" for h in heads) and len(unnumbered) >= len(lone):
        # unnumbered "Vraag:" / "Antwoord:" pairs (written answers to a debate's questions), also at the end of a
        # table row that names party and member ("CDA Toorenburg, M.M. van Vraag:"): one is the item q0, several
        # are numbered in printed order
        printed = [_VRAAGNUMMER_RE.search(body, max(0, m.start("h") - 40), m.start("h")) for m in lone]
        if all(printed) and len({int(p.group("n")) for p in printed}) == len(lone):
            # "Vraagnummer: 1" over each "Vraag:" (the ministries' written answers to a debate): numbered as printed
            heads.extend(Heading("Q", (int(p.group("n")),), "Vraag:", m.start("h"), m.end()) for p, m in zip(printed, lone))
        else:
            heads.extend(_single_is_q0([Heading("Q", (i,), "Vraag:", m.start("h"), m.end())
                                        for i, m in enumerate(lone, start=1)]))
    elif unnumbered and not any(h.kind == "Q" for h in heads) and len(unnumbered) == len(heads):
        # a bare "Antwoord" line after each unnumbered question paragraph (the Bijvoegsel's written answers to a
        # debate's questions): the asking paragraphs just above each label are its question (q0, or numbered in
        # printed order)
        heads = _numbered_rows_over_labels(body, unnumbered) or _single_is_q0(_questions_above(body, unnumbered)) or heads
    if not heads and (inline := list(_INLINE_PAIR_RE.finditer(body))):
        # "Vragen van het lid M. de Graaf (PVV) Vraag: ...? Antwoord: ..." on one line (a table row printed as text)
        for i, m in enumerate(inline, start=1):
            heads.append(Heading("Q", (i,), "Vraag:", m.start("q"), m.end("q")))
            heads.append(Heading("A", (i,), "Antwoord:", m.start("a"), m.end("a")))
        heads = _single_is_q0(heads)
    if not heads and (printed := _PRINTED_BELOW_RE.search(body[:5000])):
        return _alternating_items(body, printed.end(), least=1)
    if not heads and listed and (items := _alternating_items(body, listed.end(), least=1)) and \
            _covered(items) == sum(h.kind == "Q" for h in items):
        return items  # a list printed without numbers or labels after its header: every question has its answer
    if not heads and (items := _answers_only(body)):
        return items
    if not heads and (rows := list(_AH_TABLE_ROW_RE.finditer(body, 0, 3000))) and \
            (items := _alternating_items(body, rows[-1].end(), least=1, runs=True)):
        # a zoek Aanhangsel page printed as text: its table's last row, then questions and answers without labels
        return _single_is_q0(items)
    if not heads and (row := LISTING_RESPONDENT_RE.search(body[:1500]) or LISTING_ROWS_RE.match(body)):
        return _alternating_items(body, row.end(), least=1, runs=True)
    if not heads and (items := _doubled_numbers(body) or _inline_numbered(body) or _listed_then_answered(body)):
        return items
    if not heads and _OFFERED_RE.search(body[:5000]):
        # "Hierbij bied ik u de antwoorden aan op de schriftelijke vragen ...": numbered questions, each answered by
        # the paragraphs after it
        heads = _numbered_questions(body, frozenset())
    if not heads and (items := _debate_questions(body)):
        return items
    if not heads and (reply := _REPLY_RE.search(body[:5000]) or _NOTA_RE.search(body[:1500])) and \
            (items := _alternating_items(body, reply.end(), least=1, asks=_members_ask, split=True)):
        # a nota or schriftelijk overleg that prints what members asked, each followed by the answer (in the same
        # paragraph or in the ones after it); one such pair is the unnumbered item q0
        return _single_is_q0(items)
    if not heads and _OPENS_ASKING_RE.match(body):
        # a page that opens with a question and alternates questions and answers without numbers or labels
        # (a listing page cut above its title row): taken only when every question has its answer
        items = _alternating_items(body, 0, runs=True)
        if items and _covered(items) == sum(h.kind == "Q" for h in items):
            return items
    heads.sort(key=lambda h: h.start)
    heads = _without_repeats(heads)
    heads = _numbered_within_answer(body, heads)
    if heads and not any(h.kind == "A" for h in heads):
        heads = _number_list_answers(body, heads)
    if heads and not any(h.kind == "A" for h in heads) and not _POSTPONED_RE.search(body):
        found = _unlabelled_answers(body, heads)
        # the header says the questions are answered, or every question is followed by paragraphs that ask nothing
        # (a reprint that kept only "Vragen van de leden ..." above numbered questions and their answers)
        if _ANSWERED_RE.search(body[:heads[0].start]) or len(found) == len(heads):
            heads = sorted(heads + found, key=lambda h: h.start)
    return heads


# the numbers of questions answered together, on a line of their own: "1, 2, 3", "4 en 5"
_NUMBER_LIST_LINE = re.compile(r"^[ \t]*(?P<n>\d{1,3}(?:(?:[ \t]*,[ \t]*|[ \t]+en[ \t]+)\d{1,3})+)[ \t]*$", re.M)


def _number_list_answers(body: str, heads: list[Heading]) -> list[Heading]:
    """Questions numbered by a bare number, then a line that lists their numbers over one answer ("1\n...?\n2\n...?
    \n3\n...?\n1, 2, 3\nJa, ..."): that line heads their answer. Taken only when such lines, each below the last
    question it names, answer every question once."""
    asked = {n: h for h in heads if h.kind == "Q" for n in h.numbers}
    found, covered = [], []
    for m in _NUMBER_LIST_LINE.finditer(body, heads[0].start):
        nums = parse_numbers(m.group("n"))
        if nums and all(n in asked and asked[n].end < m.start() for n in nums):
            found.append(Heading("A", nums, m.group("n"), m.start("n"), m.end()))
            covered.extend(nums)
    if found and sorted(covered) == sorted(asked):
        return sorted(heads + found, key=lambda h: h.start)
    return heads


# a number that opens an answer inside one "Antwoord" block: "1 Ja.", "2 en 3" on a line of its own
_ANSWER_NUMBER_RE = re.compile(r"^[ \t]*(?P<n>\d{1,3}(?:(?:,[ \t]*|[ \t]+en[ \t]+)\d{1,3})*)(?:[ \t]*\n|[ \t]+(?=[A-Z]))", re.M)


# "Nr 1" over "Vraag Waarom is ...? Het niet volledig ... (€ 26,9 mln.)." (a reprint of a committee list that ran
# each box's question and answer into one line under its number)
_NR_INLINE_RE = re.compile(r"^[ \t]*Nr\.?[ \t]*(?P<n>\d{1,3})[ \t]*\n[ \t]*(?P<h>Vraag)[ \t]+(?=[A-Z])", re.M)


def _nr_over_inline_pairs(body: str) -> list[Heading]:
    out: list[Heading] = []
    for m in _NR_INLINE_RE.finditer(body):
        end = body.find("\n", m.end())
        end = len(body) if end < 0 else end
        pos = m.end()
        while (sentence := _first_sentence(body, pos, end)) and _ENDS_ASKING_RE.search(sentence):
            pos += len(sentence)
        if pos == m.end() or not body[pos:end].strip():
            continue  # no question, or no answer after it on the line
        n = int(m.group("n"))
        out.append(Heading("Q", (n,), "Nr " + m.group("n"), m.start(), m.end()))
        start = end - len(body[pos:end].lstrip())
        out.append(Heading("A", (n,), "", start, start))
    return out


def _numbered_within_answer(body: str, heads: list[Heading]) -> list[Heading]:
    """Numbered questions followed by one bare "Antwoord" block that numbers its answers inside ("Antwoord\n\n
    Antwoord van minister-president ...\n\n1 Ja.\n\n2 en 3\n\nIn het debat ..."): the block is split at those
    numbers when they follow the question numbers in order, two or more of them."""
    answers = [h for h in heads if h.kind == "A"]
    questions = [h for h in heads if h.kind == "Q"]
    if len(answers) != 1 or answers[0].numbers or len(questions) < 2 or \
            any(not q.numbers or q.start > answers[0].start for q in questions):
        return heads
    label = answers[0]
    asked = [n for q in questions for n in q.numbers]
    marks, pos = [], 0
    for m in _ANSWER_NUMBER_RE.finditer(body, label.end):
        nums = parse_numbers(m.group("n"))
        if pos < len(asked) and nums and nums == tuple(asked[pos:pos + len(nums)]):
            marks.append((m, nums))
            pos += len(nums)
    if len(marks) < 2 or marks[0][1][0] != asked[0]:
        return heads
    out = [h for h in heads if h is not label]
    out.append(Heading("A", marks[0][1], label.text, label.start, marks[0][0].end()))
    out += [Heading("A", nums, m.group("n"), m.start("n"), m.end()) for m, nums in marks[1:]]
    return sorted(out, key=lambda h: h.start)


def _without_repeats(heads: list[Heading]) -> list[Heading]:
    """A question or answer number printed a second time (a copy in the source, 'Vraag 7' twice) is not a new
    item: its heading and text stay with the item before it, so that keys stay unique."""
    seen: set[tuple[str, tuple[int, ...]]] = set()
    out = []
    for h in heads:
        if h.numbers and (h.kind, h.numbers) in seen:
            if h.kind == "A" and out and out[-1].kind == "Q" and out[-1].numbers and ("A", out[-1].numbers) not in seen:
                # "Vraag 3" followed by a second "Antwoord 1, 2 en 9" (a misprint): the answer to question 3
                h = Heading("A", out[-1].numbers, h.text, h.start, h.end)
            else:
                continue
        seen.add((h.kind, h.numbers))
        out.append(h)
    return out


_LONE_VRAAG_RE = re.compile(r"^(?:[ \t]*|[^\n?!:]{2,60}?[ \t](?=Vraag[ \t]*:[ \t]*\n))(?P<h>Vraag)[ \t]*:[ \t]*(?:\n\s*)?", re.M)
# (also after the asker's initials in a table row printed as text: "CDA Rog, M.R.J. Vraag: ...? Dit zou ... Antwoord:")
_INLINE_PAIR_RE = re.compile(r"(?:^|[)][ \t]+|\|[ \t]*|(?<=\b[A-Z]\.)[ \t]+|(?<=[a-z])(?=Vraag:[A-Z]))(?P<q>Vraag[ \t]*:[ \t]*)"
                             r"[^\n]{10,}?\?(?:[ \t]+[^\n?]{0,300}?[.!])?(?:[ \t]+|(?<=\?)(?=Antwoord:[A-Z]))"
                             r"(?P<a>Antwoord[ \t]*:[ \t]*)(?=\S)", re.M)
# (... also run into the words around them: "Vragen over het Global Compact on MigrationVraag:Er zijn ...?Antwoord:Uw")
_VRAAGNUMMER_RE = re.compile(r"\bVraagnummer[ \t]*:[ \t]*(?P<n>\d{1,3})[ \t]*\n\s*$")
_TABLE_HEAD_RE = re.compile(r"(?:^|\n)[ \t]*(?:Nr\.?[ \t]*\n\s*)?Vraag\.?[ \t]*\n\s*$")
_ASKED_RE = re.compile(r"\b[Vv]ra(?:ag|gen) van (?:het lid|de leden|het leden|lid|het Kamerlid|de Kamerleden|de heer|mevrouw)\b"
                       r"|\bop vragen van (?:het lid|de leden)\b")  # (also "Vragen van de heer Van Dijk (PvdA):")
_NUMBERED_RE = re.compile(r"^[ \t]*(?:[•·▪][ \t]*)?(?P<n>\d{1,3}(?:(?:,| en|,? t/m) \d{1,3})*)(?:[.)][ \t]+(?=\S)|[.)]?[ \t]*\n\s*(?=\S)"
                          r"|[ \t]+(?=(?:Kunt|Kan|Wat|Welke|Hoe|Hoeveel|Waarom|Wanneer|Klopt|Deelt|Bent|Heeft|Hebben"
                          r"|Geef|Licht|Waar|Wie|In hoeverre|Op welke|Vindt|Is|Zijn|Wordt|Worden|Acht|Wilt|Gaat|Erkent"
                          r"|Herkent)\b[^\n]*\?)"
                          r"|[ \t]+(?=Vraag[ \t]*:))", re.M)  # "1 Kunt u ...?", "1<tab>Vraag:"
# a number and a capitalised word opening a line that asks: a question when an answer heading names that number
_ANSWERED_NUMBER_RE = re.compile(r"^[ \t]*(?P<n>\d{1,3})[ \t]+(?=[A-Z][^\n]*\?)", re.M)
# a committee list or an answered document says so in its header: then bare numbers are questions, and in a
# document without any "Antwoord" heading the paragraphs after a question's own are its answer
# the Bijvoegsel's "Schriftelijke antwoorden van de minister ... op vragen gesteld in de eerste termijn ..."
_WRITTEN_ANSWERS = r"[Ss]chriftelijke antwoorden\b[^\n]{0,250}?\bop (?:de )?vragen\b"
_LIST_RE = re.compile(r"LIJST VAN VRAGEN|[Ll]ijst van vragen|[Ff]eitelijke vragen|\bVragen en antwoorden\b|"
                      r"vragen (?:zijn )?(?:op \d{1,2} \w+ \d{4} )?voorgelegd|verslag uit te brengen in de vorm van|"
                      r"vragen ter beantwoording voor te leggen|Antwoorden (?:op )?Kamervragen\b|"
                      r"(?:Hiermee|Hierbij) beantwoord ik\b|" + _WRITTEN_ANSWERS)  # a minister's letter that prints the numbered questions
_ANSWERED_RE = re.compile(_WRITTEN_ANSWERS + r"|Antwoord van|Antwoorden? op vragen|Antwoorden (?:op )?Kamervragen\b|"
                          r"antwoorden hieronder afgedrukt|[Bb]eantwoord(?: bij| door| op| ik|:)|Beantwoord \d|"
                          r"Bron antwoord|VRAGEN EN\s+ANTWOORDEN|[Vv]ragen en antwoorden|gegeven antwoorden|"
                          r"\bBeantwoording\b|antwoorden toekomen|bied(?:en)? (?:ik|wij) u (?:hierbij )?de antwoorden|(?:ontvangt|treft) u (?:hierbij )?de antwoorden")
_POSTPONED_RE = re.compile(r"^\s*Mededeling\b|[Uu]itstel (?:van de )?beantwoording|niet binnen de (?:gebruikelijke|gestelde) "
                           r"termijn", re.M)
# what a question paragraph looks like: it asks ("?"), it reports what members ask ("De leden van de PvdD-fractie
# vragen hoe ..."), or it is an instruction to the government
# the first words of a question or of an instruction to the government
_OPENER = (r"(?:Geef|Graag|Kunt|Kan|Licht|Noem|Beschrijf|Maak|Wat|Welke|Hoe|Hoeveel|Waarom|Wanneer|Waar|Wie|Is|Zijn|Wordt"
           r"|Worden|Heeft|Hebben|Klopt|Deelt|Bent|Op welke|In hoeverre)\b")
_ASKS_RE = re.compile(r"\?|\b(?:leden|lid)\b[^\n.]{0,80}?\bvra(?:gen|agt)\s+(?:\w+\s+){0,3}?(?:hoe|of|wat|waarom|welke|wanneer|"
                      r"in\s+hoeverre|om)\b|^" + _OPENER)
_ADDRESSEES = re.compile(r"[A-Z]{1,2}(?:[ \t]*[,/][ \t]*[A-Z]{1,2}){0,3}[ \t]*\n\s*")
_LABEL_BELOW = re.compile(r"[ \t]*\n\s*Vraag[ \t]*:[ \t]*\n\s*")
_VRAAG_LABEL = re.compile(r"[ \t]*Vraag[ \t]*:?[ \t]*\n\s*")
_OPENS_ASKING_RE = re.compile(r"\s*[^\n]{20,}\?[\d, ]*\n")  # the first paragraph is a question
_PRINTED_BELOW_RE = re.compile(r"(?:vragen|antwoorden),? zijn (?:hieronder|hierna) afgedrukt")
# An openkamer-style listing page opens with a row of cells closed by " |": the title, the askers ("Vicky Maeijer
# (PVV) |") and the respondent, with or without the post ("Hugo de Jonge (viceminister-president , minister
# volksgezondheid, welzijn en sport) (CDA) |"; two respondents: the last one); unnumbered questions and answers follow. Used here to find the
# items and by metadata.py to name the people.
LISTING_RESPONDENT_RE = re.compile(r"^(?:[A-Z][^()|\n]{2,60}? \([^()\n]*\)(?: \([^()\n]+\))?, )*([A-Z][^()|\n]{2,60}?) \(((?:[^()\n]*,\s*)?(?:minister|staatssecretaris)\s[^()\n]+)\)"
                                   r"(?: \(([^()\n]+)\))? \|$", re.M)
LISTING_ROWS_RE = re.compile(r"\A\s*[^\n]{5,300} \|\n\|\n(?:[^\n]{0,120}\|\n){2,10}")
# a question that does not end in "?" (the mark lost, or a footnote after the quote): verb first, then "u"
_ASKS_U_RE = re.compile(r"(?:Heeft|Hebt|Bent|Kunt|Kent|Deelt|Wilt|Wil|Gaat|Zult|Erkent|Herkent|Acht|Vindt|Weet)\s+u\b"
                        r"|Klopt\s+het\s+dat\b|Is\s+het\s+(?:waar|juist)\s+dat\b")
_ENDS_ASKING_RE = re.compile(r"\?[\s»”’'\")\d,]*$")  # also "?1, 2": two footnote markers
_PARA_BREAK = re.compile(r"\n\s*")  # reflowed text: one paragraph per line, blank lines or not
_PARAGRAPH_RE = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*(?=\S)")


def _numbered_questions(body: str, answered: frozenset[int] = frozenset()) -> list[Heading]:
    """Questions numbered '1. ...', '2. ...' or by a number alone on its line (the ministries' .docx layouts),
    taken only in strict sequence so that numbered lists inside answers are not mistaken for questions. A number
    an answer heading names ("Antwoord 1 en 6") is taken out of sequence: lists print such questions together."""
    out, expected, taken = [], 1, set()
    # a Markdown list whose items all print "1." (the renderer numbers them): its questions count in order
    ones = {m.start() for m in _NUMBERED_RE.finditer(body) if m.group(0).lstrip().startswith("1.")
            and _ASKS_RE.search(_paragraph_at(body, m.end()))}
    renumber = len(ones) >= 2 and not any(parse_numbers(m.group("n"))[0] == 2 and _ASKS_RE.search(_paragraph_at(body, m.end()))
                                          for m in _NUMBERED_RE.finditer(body))
    marks = list(_NUMBERED_RE.finditer(body))
    if answered:  # "1 In de motie ... wonen; hoeveel mensen ...?" over "Antwoord 1.": the number an answer names
        seen = {m.start() for m in marks}
        marks = sorted(marks + [m for m in _ANSWERED_NUMBER_RE.finditer(body)
                                if m.start() not in seen and int(m.group("n")) in answered], key=lambda m: m.start())
    stacked = _stacked_numbers(body, marks)
    for m in marks:
        if m.start() in stacked:
            first, pairs = stacked[m.start()]
            if first == m.start() and pairs[0][0] == expected and all(n in answered or n == expected + i
                                                                      for i, (n, _) in enumerate(pairs)):
                # "1" and "18" printed one above the other over both questions: each number takes its paragraph
                out.extend(Heading("Q", (n,), str(n), para, para) for n, para in pairs)
                taken.update(n for n, _ in pairs)
                expected = pairs[0][0] + 1  # the list goes on from the first number: "1" / "18", then "2"
                while expected in taken:
                    expected += 1
            continue
        nums = parse_numbers(m.group("n"))
        if renumber and m.start() in ones:
            nums = (expected,)
        # "1" / "Vraag:" / question (a layout of the web pages); "1. M,S" / question (the addressees, Minister and
        # Staatssecretaris, after the number)
        label = _VRAAG_LABEL.match(body, m.end()) or _ADDRESSEES.match(body, m.end())
        end = label.end() if label else m.end()
        # ... or the first question of a page that lost its first one or two ("2" after the header), or of a
        # selection from a list ("20" after a topic heading) whose question is followed by its "Antwoord:"
        in_turn = nums[0] == expected or (nums[0] in answered and nums[0] not in taken and nums[0] > expected) \
            or (not out and (nums[0] <= 3 or _answer_follows(body, end) or _answered_below(body, m.start(), end)))
        if in_turn and _ASKS_RE.search(_paragraph_at(body, end)):
            out.append(Heading("Q", nums, " ".join(body[m.start("n"):end].split()), m.start("n"), end))
            taken.update(nums)
            if nums[0] == expected or len(out) == 1:
                expected = nums[0] + 1  # "1, 2 en 7" answered together: the list goes on with 3
                while expected in taken:
                    expected += 1
    return out if len(out) >= 1 else []


_ANSWER_LABEL_RE = re.compile(r"[ \t]*Antwoord[ \t]*:?[ \t]*\n")
_BARE_NUMBER_LINE = re.compile(r"[ \t]*\d{1,3}[ \t]*(?:\n|$)")


def _stacked_numbers(body: str, marks: list[re.Match]) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """Bare numbers on lines of their own, one right above the other, over as many asking paragraphs (a .docx
    whose number column was printed before the questions): for each number's mark, the first mark's start and
    the numbers paired with their paragraphs' starts in order."""
    out: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    i = 0
    while i < len(marks):
        j = i
        while j + 1 < len(marks) and marks[j + 1].start() == marks[j].end() and _BARE_NUMBER_LINE.match(body, marks[j].end()) \
                and re.fullmatch(r"\d{1,3}", marks[j].group("n")) and re.fullmatch(r"\d{1,3}", marks[j + 1].group("n")):
            j += 1
        if j > i:
            paras, pos = [], marks[j].end()
            for _ in range(j - i + 1):
                para = _paragraph_at(body, pos)
                if not para.strip() or not _ASKS_RE.search(para) or _BARE_NUMBER_LINE.fullmatch(para):
                    break
                paras.append(pos)
                nxt = _PARA_BREAK.search(body, pos)
                pos = nxt.end() if nxt else len(body)
            if len(paras) == j - i + 1:
                pairs = [(int(marks[k].group("n")), paras[k - i]) for k in range(i, j + 1)]
                out.update({marks[k].start(): (marks[i].start(), pairs) for k in range(i, j + 1)})
        i = j + 1
    return out


def _unnumbered_first(body: str, start: int, end: int) -> Heading | None:
    """The first question of a letter that numbers only the later ones ("Hierbij zend ik u de antwoorden op de
    vragen van het Kamerlid ..." / "Is het waar dat ...? (de Volkskrant 18-01-01)" / its answer / "2. Wat is ...?"):
    the first paragraph after the letter's opening that asks, with a paragraph that does not ask after it."""
    paras = [m for m in _PARA_SPAN_RE.finditer(body, body.find("\n", start) + 1, end)]
    for i, m in enumerate(paras[:-1]):
        text = re.sub(r"\s*\([^()\n]{0,60}\)\s*$", "", m.group())  # "(de Volkskrant 18-01-01)": the source asked about
        if _ENDS_ASKING_RE.search(text):
            return Heading("Q", (1,), "", m.start(), m.start()) if not _ENDS_ASKING_RE.search(paras[i + 1].group()) else None
    return None


# written answers to the questions of a budget debate, each under a line that reports who asked what: "Vraag van
# mevrouw Langkamp (SP) over kinderen die in campussen verblijven ...", "Antwoord op de vraag van het kamerlid Van
# der Veen (PvdA) over de poli voor kinderen met alcoholproblemen"
_DEBATE_Q_RE = re.compile(r"^[ \t]*(?:Antwoord[ \t]+op[ \t]+de[ \t]+vraag|Vraag)[ \t]+van[ \t]+(?:mevrouw|de[ \t]+heer|het[ \t]+"
                          r"(?:[Kk]amer)?lid)[ \t]+[A-Z][^\n()]{1,60}\([A-Za-z0-9&/ -]{2,20}\)[ \t]+over\b", re.M)
_DEBATE_RE = re.compile(r"\btermijn\b|\bdebat\b|BIJVOEGSEL|[Bb]egrotingsbehandeling")
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


def _debate_questions(body: str) -> list[Heading]:
    """Each line that reports a member's question in a debate's written answers is that question (up to the end
    of its paragraph); the paragraphs after it, up to the next such line, are the answer. Numbered in printed
    order; a single one is q0."""
    found = list(_DEBATE_Q_RE.finditer(body))
    if not found or not _DEBATE_RE.search(body, 0, found[0].start()):
        return []
    heads: list[Heading] = []
    for i, m in enumerate(found, start=1):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        nxt = found[i].start() if i < len(found) else len(body)
        brk = _BLANK_LINE_RE.search(body, m.end(), nxt)
        answer = brk.end() if brk else body.find("\n", m.end(), nxt) + 1
        if answer <= 0:
            return []  # the question's line runs to the next one: no answer
        heads.append(Heading("Q", (i,), "", start, start))
        heads.append(Heading("A", (i,), "", answer, answer))
    return _single_is_q0(heads)


def _single_is_q0(items: list[Heading]) -> list[Heading]:
    """Questions numbered in printed order because none is numbered: a single one is the unnumbered item q0."""
    if sum(h.kind == "Q" for h in items) != 1 or any(_PARTY_NUMBER_RE.fullmatch(h.text) for h in items):
        return items  # several, or one whose number is printed ("VVD 1")
    return [Heading(h.kind, (), h.text, h.start, h.end) for h in items]


def _questions_above(body: str, labels: list[Heading]) -> list[Heading]:
    """For each bare answer label, the run of paragraphs right above it that ask (end in "?" or open with a
    verb and "u", or report what members ask: "Wel vragen deze leden ... of ..."), back to the previous answer's
    text: question k and the label renumbered k. None when a label has no asking paragraph above it."""
    out: list[Heading] = []
    floor = 0
    for k, a in enumerate(labels, start=1):
        start = None
        for m in reversed(list(_PARA_SPAN_RE.finditer(body, floor, a.start))):
            if not (_ENDS_ASKING_RE.search(m.group()) or _ASKS_U_RE.match(m.group())
                    or (a.text.startswith(("Antwoord", "Reactie van")) and _members_ask(m.group()))):
                break
            start = m.start()
        if start is None:
            return []
        out += [Heading("Q", (k,), "", start, start), Heading("A", (k,), a.text, a.start, a.end)]
        floor = a.end
    return out


_PARA_SPAN_RE = re.compile(r"[^\n]*\S[^\n]*")
# the column heads of a committee list printed as a table: "Nr Vraag Blz van" (or "... Blz (van) tot")
_NR_VRAAG_HEAD_RE = re.compile(r"^[ \t]*Nr\.?[ \t]+Vraag[ \t]+Blz\b", re.M)
_ROW_NUMBER_RE = re.compile(r"[ \t]*(?P<n>\d{1,3})[ \t]+(?=[A-Z])")


def _numbered_rows_over_labels(body: str, labels: list[Heading]) -> list[Heading]:
    """A list under the column heads "Nr Vraag Blz van": each bare "Antwoord:" label follows a row that opens with
    the question's number ("1 Kan worden aangegeven ..."); that row is the question of that number. None unless
    every label has such a row above it, numbered in increasing order."""
    if not _NR_VRAAG_HEAD_RE.search(body):
        return []
    out: list[Heading] = []
    floor, last = 0, 0
    for a in labels:
        row = None
        for m in _PARA_SPAN_RE.finditer(body, floor, a.start):
            if (num := _ROW_NUMBER_RE.match(m.group())) and int(num.group("n")) > last:
                row = (m, num)
        if row is None:
            return []
        m, num = row
        n = int(num.group("n"))
        out += [Heading("Q", (n,), num.group("n"), m.start(), m.start() + num.end()),
                Heading("A", (n,), a.text, a.start, a.end)]
        floor, last = a.end, n
    return out


def _answer_follows(body: str, start: int) -> bool:
    """The question paragraph at ``start`` asks and the next paragraph is a bare "Antwoord:" label."""
    brk = _PARA_BREAK.search(body, start)
    return bool(brk and _ENDS_ASKING_RE.search(body[start:brk.start()]) and _ANSWER_LABEL_RE.match(body, brk.end()))


def _answered_below(body: str, mark: int, start: int) -> bool:
    """A number alone on its line over a paragraph that ends asking, and the paragraph under that asks nothing (a
    list whose page starts at question 15): the first question of the page."""
    brk = _PARA_BREAK.search(body, start)
    if not (brk and _BARE_NUMBER_LINE.match(body, mark) and _ENDS_ASKING_RE.search(body[start:brk.start()])):
        return False
    after = _paragraph_at(body, brk.end()).strip()
    return bool(after) and not _ASKS_RE.search(after) and not _BARE_NUMBER_LINE.fullmatch(after)


def _paragraph_at(body: str, start: int) -> str:
    brk = _PARA_BREAK.search(body, start)
    return body[start:brk.start() if brk else len(body)]


def _unlabelled_answers(body: str, heads: list[Heading]) -> list[Heading]:
    """Answers printed without a heading (committee lists and answered Kamervragen as web pages print them:
    number, question paragraph, answer paragraphs): within each question's block the answer starts at the
    first paragraph after the question's own that asks nothing. A block whose paragraphs all ask has no answer of
    its own: when the next number follows it, that question's answer answers both ("1 / Hoe ...? / 2 / Hoe ...? /
    De arbeidsvoorwaarden ...": questions answered together)."""
    out = []
    waiting: tuple[int, ...] = ()
    for i, h in enumerate(heads):
        end = heads[i + 1].start if i + 1 < len(heads) else len(body)
        pos = h.end
        first = True
        answered = False
        while pos < end:
            brk = _PARA_BREAK.search(body, pos, end)
            para_end = brk.start() if brk else end
            para = body[pos:para_end].strip()
            if para and not first and not _still_asking(para):
                out.append(Heading("A", waiting + h.numbers, "", pos, pos))
                answered = True
                break
            first = first and not para
            pos = brk.end() if brk else end
        follows = i + 1 < len(heads) and h.numbers and heads[i + 1].numbers \
            and heads[i + 1].numbers[0] == h.numbers[-1] + 1
        waiting = () if answered or not follows else waiting + h.numbers
    return out


# a number at the start of a line, also after a bullet ("• 1. Bent u ...", "1.\nJa.")
_LINE_NUMBER_RE = re.compile(r"^[ \t]*(?:[•·▪][ \t]*)?(?P<n>\d{1,3})(?:[.)][ \t]*\n?[ \t]*|[ \t]*\n[ \t]*|[ \t]+)(?=\S)", re.M)


def _doubled_numbers(body: str) -> list[Heading]:
    """Questions and answers that both print the question's number ("1.\nHeeft u ...?" / "1.\nJa.", or "• 1. Bent
    u ...?" / "1. Ja, ..."): the numbers run 1, 1, 2, 2, ... and the first of each pair asks. Taken when at least
    one pair is complete."""
    marks = list(_LINE_NUMBER_RE.finditer(body))
    out: list[Heading] = []
    expected, i = 1, 0
    while i < len(marks):
        m = marks[i]
        if int(m.group("n")) != expected or not _ASKS_RE.search(_paragraph_at(body, m.end())):
            i += 1
            continue
        out.append(Heading("Q", (expected,), m.group("n"), m.start(), m.end()))
        nxt = marks[i + 1] if i + 1 < len(marks) else None
        if nxt is None or int(nxt.group("n")) != expected:
            break  # an unpaired question ends the pattern (the text was cut)
        out.append(Heading("A", (expected,), nxt.group("n"), nxt.start(), nxt.end()))
        expected, i = expected + 1, i + 2
    return out if any(h.kind == "A" for h in out) else []


# a number that opens a question inside running text: at a line start or after a sentence ("... het dier. 2 Welke
# maatregelen neemt u ...?")
_INLINE_NUMBER_RE = re.compile(r"(?:^|(?<=[.?!:][ ]))[ \t]*(?P<n>\d{1,3})[ \t]+(?=[A-Z])", re.M)


def _inline_numbered(body: str) -> list[Heading]:
    """Numbered questions each followed by its answer in the same paragraph ("1 Waarom ...? Om een adequate
    koppeling ..."); a question without an answer before the next number is answered together with the ones
    after it ("2 Welke ...? 3 Welk ...? 4 Welke ...? Het Diergezondheidsfonds ..."). The numbers run 1, 2, 3, ...
    and each opens a sentence that ends in "?"; taken only when a document that says it answers questions holds
    them, or when two or more run in order."""
    marks, expected = [], 1
    for m in _INLINE_NUMBER_RE.finditer(body):
        if int(m.group("n")) == expected and _ENDS_ASKING_RE.search(_first_sentence(body, m.end())):
            marks.append(m)
            expected += 1
    if not marks or (len(marks) < 2 and not _ANSWERED_RE.search(body[:marks[0].start()])):
        return []
    out: list[Heading] = []
    group: list[int] = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start("n") if k + 1 < len(marks) else len(body)
        n = int(m.group("n"))
        out.append(Heading("Q", (n,), m.group("n"), m.start("n"), m.end()))
        group.append(n)
        pos = m.end()
        while True:  # the question's sentences: as long as they end in "?"
            sentence = _first_sentence(body, pos, end)
            if not sentence or not _ENDS_ASKING_RE.search(sentence):
                break
            pos += len(sentence)
        start = end - len(body[pos:end].lstrip())
        if body[pos:end].strip():
            out.append(Heading("A", tuple(group), "", start, start))
            group = []
    return out if any(h.kind == "A" for h in out) else []


def _first_sentence(body: str, start: int, end: int | None = None) -> str:
    """The text from ``start`` to the end of its first sentence (".", "?" or "!" and the space after it)."""
    m = _SENTENCE_RE.match(body, start, end if end is not None else len(body))
    return m.group() if m else ""


_SENTENCE_RE = re.compile(r"[^.?!\n]*(?:[.?!]+[\"'»”)]*[ \t]*|\n[ \t]*|$)")


def _still_asking(para: str) -> bool:
    """A paragraph after a question's own still belongs to it when it asks; an answer may hold a question it
    raises itself ("... de lage afzetprijzen. Hoe wordt de marge verdeeld? De sector kampt ..."): a paragraph
    whose first sentence does not ask and that goes on long after its last "?" is an answer."""
    if "?" not in para:
        return False
    return _first_sentence(para, 0).rstrip().endswith("?") or len(para) - para.rindex("?") < 120


# a nota naar aanleiding van het verslag or a schriftelijk overleg that answers the members' questions in turn
_REPLY_RE = re.compile(r"ga ik (?:hierna |hieronder )?in op de (?:vragen|gestelde vragen)|"
                       r"Bij brief van [^.\n]{4,40} zijn de vragen(?:,[^.\n]{3,60},)? beantwoord|"
                       r"treft uw Kamer de beantwoording van\b|"
                       r"Hieronder treft u (?:de|die|mijn) beantwoording aan\b|"
                       r"(?:Hierbij|Hiermee) beantwoord(?:en)? (?:ik|wij) de (?:vragen|gestelde vragen)|"
                       r"BEANTWOORDING VAN (?:DE )?VRAGEN DIE IN DE EERSTE TERMIJN|"
                       # a nota whose title the page lost: "Op de gestelde vragen en opmerkingen ga ik graag in.
                       # Hierbij houd ik zoveel mogelijk de indeling en de volgorde van het verslag aan"
                       r"Op de gestelde vragen(?: en opmerkingen)? ga ik (?:graag )?in\b|"
                       r"(?:[Bb]ij de beantwoording(?: daarvan)? (?:is|wordt)|houd ik) zo ?veel mogelijk de (?:indeling en de )?"
                       r"volgorde van het verslag\b")
_OFFERED_RE = re.compile(r"bied(?:en)? (?:ik|wij) u (?:hierbij )?de antwoorden aan op\b")
# a nota naar aanleiding van het verslag: the members' questions reported paragraph by paragraph, each answered
_NOTA_RE = re.compile(r"NOTA NAAR AANLEIDING VAN (?:HET )?VERSLAG|\bNota naar aanleiding van (?:het )?verslag\b[^\n]*\n")
_MEMBERS_RE = re.compile(r"(?:De|Deze|Ook de)\s+leden\b|(?:Het|Dit)\s+lid\b|Zij\s+(?:vragen|vroegen|willen)\b"
                         r"|(?:De\s+heer|Mevrouw)\s+(?:[a-z]{1,3}\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:\([^()\n]{2,15}\)\s+)?"
                         r"(?=vr(?:aagt|oeg)\b)")  # ("De heer Marcouch vraagt wat ...": one member in a debate)
_MEMBERS_ASK_RE = re.compile(r"\bvr(?:a|aa|oe)g(?:en|t)?\b|\bw(?:illen|ilde|ilden|il)\s+(?:graag\s+)?weten\b|\bverzoeken\b"
                             r"|\bvernemen\b|\binformeer(?:de|den|t)\b")
# "Het doet mij genoegen dat de leden van de PvdA-fractie ... hebben kennisgenomen. Deze leden vragen of ...": a
# later sentence of the paragraph that opens with the members and asks
# "In het algemeen vragen deze leden of ...": the verb before the members, after an opening phrase
_ASK_MEMBERS_RE = re.compile(r"[^.?!\n]{0,60}?\bvr(?:agen|aagt|oegen|oeg)\s+(?:de(?:ze)?\s+leden|het\s+lid|dit\s+lid|zij)\b")
# "Willen wij ...? Graag een reactie van de minister.": a question that ends asking for a reaction
_REACTION = r"Graag\s+(?:een\s+)?(?:reactie|toelichting|antwoord|appreciatie)\b"
_REACTION_ASK_RE = re.compile(r"\s*" + _REACTION)
_REACTION_RE = re.compile(r"\?\s+" + _REACTION + r"[^.?\n]{0,40}\.$")
# a schriftelijk overleg prints the party and the number of its question on a line over it ("VVD 1"), also under a
# bare "Vraag" label
_PARTY = r"[A-Z][A-Za-z0-9-]{1,14}(?:-fractie)?[ \t]+"
_PARTY_NUMBER_RE = re.compile(_PARTY + r"(\d{1,3})")
_PARTY_BELOW_RE = re.compile(r"^[ \t]*(?P<h>Vraag|VRAAG)[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<p>" + _PARTY + r"(?P<n>\d{1,3}))[ \t]*$", re.M)
_NR_ABOVE_RE = re.compile(r"^[ \t]*(?P<p>Nr\.?[ \t]*(?P<n>\d{1,3})(?:[ \t]+[A-Z]{1,4})?)[ \t]*\n(?:[ \t]*\n)*[ \t]*"
                          r"(?:Vraag|VRAAG)[ \t]*:?[ \t]*$", re.M)
_MEMBERS_LATER_RE = re.compile(r"(?<=[.!?][ ])(?:De|Deze|Ook de)\s+leden\b(?:\s+van\s+de\s+[\w-]+)?")
# ... or a sentence that opens with the verb: "Wel vragen deze leden in algemene zin of ..."
_VERB_FIRST_MEMBERS_RE = re.compile(r"(?<=[.!?][ ])[A-Z][a-z]*\s+(?:vragen|willen)\s+(?:deze|de)\s+leden\b")


def _members_ask(para: str) -> bool:
    """A paragraph that reports what members asked ("De leden van de D66-fractie vroegen wat ...", "De leden van
    de VVD-fractie hebben kennisgenomen ... Allereerst willen zij vragen waarom ..."), or that asks itself."""
    return bool(_ENDS_ASKING_RE.search(para) or (_MEMBERS_RE.match(para) and _MEMBERS_ASK_RE.search(para))
                or _ASK_MEMBERS_RE.match(para) or _REACTION_RE.search(para)
                or any(_MEMBERS_ASK_RE.search(para, m.end(), m.end() + 40) for m in _MEMBERS_LATER_RE.finditer(para))
                or _VERB_FIRST_MEMBERS_RE.search(para))


def _answer_within(para_start: int, para: str) -> int | None:
    """Where the answer starts in a paragraph that reports what members asked and goes on to answer it ("De leden
    van de CDA-fractie vragen of ... te kwantificeren is. Slechts één onderdeel ..."): the first sentence after
    those that ask. None when every sentence asks."""
    pos = 0
    while pos < len(para):
        m = _SENTENCE_RE.match(para, pos)
        if not m or m.end() == pos:
            return None
        sentence = m.group()
        if pos and not (_ENDS_ASKING_RE.search(sentence) or _MEMBERS_ASK_RE.search(sentence) or _MEMBERS_RE.match(sentence)
                        or _REACTION_ASK_RE.match(sentence)):
            return para_start + pos
        pos = m.end()
    return None


def _alternating_items(body: str, start: int, least: int = 2, runs: bool = False, asks=None,
                       split: bool = False) -> list[Heading]:
    """Old committee lists print neither numbers nor labels after "Deze vragen ... zijn hieronder afgedrukt":
    a paragraph ending in "?" after an answer starts the next question (numbered in order), the paragraphs
    that do not ask are its answer. Taken only when at least ``least`` questions each have an answer (one after a
    listing row, whose names and post already say that questions were answered). On a listing page (``runs``),
    which prints each numbered question of the source as a paragraph of its own, a paragraph that opens and ends
    asking after one that ended asking is the next question: questions printed one after the other are answered
    together by the answer after them. ``asks`` tells a question paragraph (default: it ends in "?" or opens with a
    verb and "u")."""
    if start == 0 or body[start - 1] == "\n":
        pos = start  # the trigger ended with its line (or there is none)
    else:
        brk = _PARA_BREAK.search(body, start)  # the rest of the trigger's paragraph is no item
        pos = brk.end() if brk else len(body)
    heads: list[Heading] = []
    in_question = False
    group: list[int] = []  # the numbers of the questions printed one after the other since the last answer
    last = ""  # the paragraph before
    printed: re.Match | None = None  # a "VVD 1" line: the number of the question under it
    while pos < len(body):
        brk = _PARA_BREAK.search(body, pos)
        end = brk.start() if brk else len(body)
        para = body[pos:end].strip()
        if para and split and (party := _PARTY_NUMBER_RE.fullmatch(para)):
            printed = party
        elif para and runs and not in_question and heads and heads[-1].kind == "A" and _ROW_RE.fullmatch(para):
            # the title, askers and respondent rows of a second set of questions on a listing page: header text
            # that ends the answer before it, no part of any item
            heads.append(Heading("H", (), "", pos, pos))
        elif para:
            asking = asks(para) if asks else bool(_ENDS_ASKING_RE.search(para) or _ASKS_U_RE.match(para))
            # a question on its own after a question that ended asking: several questions answered together
            again = runs and in_question and asking and _ENDS_ASKING_RE.search(last) \
                and (re.match(_OPENER, para) or _ASKS_U_RE.match(para))
            if asking and (not in_question or again):
                n = int(printed.group(1)) if printed else len([h for h in heads if h.kind == "Q"]) + 1
                heads.append(Heading("Q", (n,), printed.group(0) if printed else "", pos, pos))
                printed = None
                group = group + [n] if again else [n]
                in_question = True
                lead = len(body[pos:end]) - len(body[pos:end].lstrip())
                if split and (within := _answer_within(pos + lead, para)) is not None:
                    heads.append(Heading("A", tuple(group), "", within, within))  # answered in the same paragraph
                    in_question = False
            elif not asking and in_question:
                heads.append(Heading("A", tuple(group), "", pos, pos))
                in_question = False
            last = para
        pos = brk.end() if brk else len(body)
    answered = sum(h.kind == "A" for h in heads)
    return heads if answered >= least and _covered(heads) >= sum(h.kind == "Q" for h in heads) - 1 else []


_ROW_RE = re.compile(r"[^\n]{0,300}\|")  # a listing page's row, closed by "|"


# the last row of an openkamer kamervraag page's table ("Bron antwoord | https://...ah-tk-20172018-250.html |"); some
# such pages print only the answers below it, one paragraph per answer, without the questions
_ANSWER_SOURCE_ROW_RE = re.compile(r"^Bron antwoord[ \t]*\|[^\n]*\|[ \t]*\n", re.M)


# the row of a zoek.officielebekendmakingen.nl Aanhangsel page's table: "Tweede Kamer der Staten-Generaal | 2021-2022 |
# 1701 |"
_AH_TABLE_ROW_RE = re.compile(r"^Tweede Kamer der Staten-Generaal[ \t]*\|[ \t]*\d{4}[–-]\d{4}[ \t]*\|[ \t]*\d{1,5}[ \t]*\|"
                              r"[^\n]*\n", re.M)


def _answers_only(body: str) -> list[Heading]:
    """The answer paragraphs under an openkamer table that prints no questions: answer k is the k-th paragraph, and
    its question k is an item without text (the page does not print it). Only when no paragraph asks anything."""
    row = _ANSWER_SOURCE_ROW_RE.search(body, 0, 3000)
    if not row:
        return []
    paragraphs = [m for m in re.finditer(r"[^\n]*\S[^\n]*", body[row.end():])]
    if not paragraphs or any(_ENDS_ASKING_RE.search(m.group(0)) or _ASKS_U_RE.match(m.group(0).strip())
                             for m in paragraphs):
        return []
    # (a table printed a cell per line, and its "Bron:" line, belong to the answer whose sentence introduces it)
    short = [bool(_TABLE_CELL_LINE_RE.fullmatch(m.group(0).strip())) for m in paragraphs]
    cell = [short[i] and ((i > 0 and short[i - 1]) or (i + 1 < len(short) and short[i + 1])) for i in range(len(short))]
    paragraphs = [m for i, m in enumerate(paragraphs) if i == 0 or not (cell[i] or _SOURCE_LINE_RE.match(m.group(0)))]
    heads: list[Heading] = []
    for k, m in enumerate(paragraphs, start=1):
        start = row.end() + m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        heads += [Heading("Q", (k,), "", start, start), Heading("A", (k,), "", start, start)]
    return heads


_TABLE_CELL_LINE_RE = re.compile(r"[^.?!:;\n]{1,40}")  # short lines without a sentence end, one after another: cells
_SOURCE_LINE_RE = re.compile(r"[ \t]*Bron[ \t]*:")


# a number opening a line: "1. Kent u ...?", "2 en 3" (a party site's questions, listed and then repeated)
_LISTED_NUMBER_RE = re.compile(r"^[ \t]*(?P<n>\d{1,3}(?:[ \t]+en[ \t]+\d{1,3})?)(?:\.[ \t]+|[ \t]*\n|[ \t]+(?=[A-Z]))", re.M)


def _listed_then_answered(body: str) -> list[Heading]:
    """Questions listed 1, 2, ... n and then printed again, each with its answer below it (a party site's Kamervragen
    page): the listed questions are the questions, each repeated question (also "2 en 3" over both) heads its answer,
    which starts at the first paragraph after it that does not ask. Taken when at least one answer is found."""
    marks = list(_LISTED_NUMBER_RE.finditer(body))
    listed: list[re.Match] = []
    for m in marks:
        if m.group("n") == str(len(listed) + 1) and _ASKS_RE.search(_paragraph_at(body, m.end())):
            listed.append(m)
        elif listed:
            break
    if len(listed) < 2:
        return []
    first_end = body.find("\n", listed[-1].end())
    heads = [Heading("Q", (k,), m.group("n"), m.start(), m.end()) for k, m in enumerate(listed, start=1)]
    if first_end < 0:
        return []
    heads.append(Heading("H", (), "", first_end, first_end))  # (what follows the list is no question's text)
    expected = 1
    for m in marks:
        if m.start() <= first_end:
            continue
        numbers = parse_numbers(m.group("n"))
        if not numbers or numbers[0] != expected or numbers[-1] > len(listed):
            continue
        pos = m.end()
        for para in _PARA_SPAN_RE.finditer(body, m.end()):
            if not _ASKS_RE.search(para.group()):
                pos = para.start()
                break
        else:
            break
        heads.append(Heading("H", (), "", m.start(), m.start()))
        heads.append(Heading("A", numbers, m.group("n"), pos, pos))
        expected = numbers[-1] + 1
    return heads if any(h.kind == "A" for h in heads) else []


def _covered(items: list[Heading]) -> int:
    """How many questions the answers of alternating items answer (one answer may answer several)."""
    return sum(len(h.numbers) for h in items if h.kind == "A")




def _paragraph_questions(body: str, asked_at: int) -> list[Heading]:
    """Kamervragen exported without numbers: after the 'Vragen van het lid ...' paragraph, each paragraph is
    a question (numbered in order), provided most of them ask something."""
    starts = [m.end() for m in _PARAGRAPH_RE.finditer(body) if m.end() > asked_at]
    paragraphs = [(s, e) for s, e in zip(starts, starts[1:] + [len(body)]) if body[s:e].strip()]
    if len(paragraphs) < 2 or sum("?" in body[s:e] for s, e in paragraphs) < 0.6 * len(paragraphs):
        return []
    return [Heading("Q", (k,), "", s, s) for k, (s, _e) in enumerate(paragraphs, start=1)]


def _span(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _pages(pages: tuple[Page, ...], start: int, end: int) -> tuple[int, ...]:
    found = tuple(dict.fromkeys(p.number for p in pages if p.start < max(end, start + 1) and p.end > start))
    return found or ((pages[0].number,) if pages else (1,))


def _key(prefix: str, numbers: tuple[int, ...], seen: set[str]) -> str:
    base = prefix + ("-".join(str(n) for n in numbers) if numbers else "0")
    key, k = base, 2
    while key in seen:
        key, k = f"{base}_{k}", k + 1
    seen.add(key)
    return key


def structure(body: str, pages: tuple[Page, ...]) -> tuple[tuple[Question, ...], tuple[Answer, ...], int]:
    """Questions and answers of ``body``; also the end offset of the document header."""
    heads = find_headings(body)
    questions: list[Question] = []
    answers: list[Answer] = []
    seen: set[str] = set()
    if not heads:
        return (), (), len(body)
    header_end = heads[0].start
    open_questions: list[Question] = []
    if heads[0].kind == "A" and body[:header_end].strip() and not _HEADER_WORDS.search(body[:header_end]):
        s, e = _span(body, 0, header_end)
        q = Question(_key("q", (), seen), (), "", body[s:e], s, e, _pages(pages, s, e))
        questions.append(q)
        open_questions.append(q)
        header_end = 0
    for i, h in enumerate(heads):
        if h.kind == "H":
            continue  # header text between items (only ends the item before it)
        nxt = heads[i + 1].start if i + 1 < len(heads) else len(body)
        s, e = _span(body, h.end, nxt)
        if h.kind == "Q":
            q = Question(_key("q", h.numbers, seen), h.numbers, h.text, body[s:e], s, e, _pages(pages, s, e))
            questions.append(q)
            open_questions.append(q)
            continue
        linked = [q for q in questions if h.numbers and set(q.numbers) & set(h.numbers)]
        if not linked:
            linked = list(open_questions)
        numbers = h.numbers or tuple(n for q in linked for n in q.numbers)
        key = _key("a", numbers, seen)
        answers.append(Answer(key, numbers, tuple(q.key for q in linked), h.text, body[s:e], s, e,
                              _pages(pages, s, e)))
        open_questions = []
    return tuple(questions), tuple(answers), header_end
