"""HTML input (a page saved from the parliament's site, officielebekendmakingen or openkamer) to plain text
that the text reader takes: block elements become lines, table cells are joined with " | ", scripts, styles
and navigation are dropped, entities are decoded. Only the standard library's HTML parser is used."""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "dd", "dt", "dl", "blockquote", "pre", "caption", "thead", "tbody", "tfoot", "main", "hr"}
SKIPPED = {"script", "style", "noscript", "nav", "template", "svg", "button", "form", "select", "iframe"}
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000]))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.cell = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIPPED:
            self.skip += 1
        elif tag in BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" | " if self.cell else "")
            self.cell = True
        if tag == "tr":
            self.cell = False

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in ("br", "hr"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(html: str) -> str:
    """The page's text, one block per line; runs of blank lines kept to one."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = [ln.strip() for ln in "".join(parser.parts).replace("\xa0", " ").split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
