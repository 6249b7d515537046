"""Plain text decoding: the encodings ministries' and users' tools write, and binary data refused."""

import pytest

from kamergraaf.extract.reader import read_path
from kamergraaf.extract.textfile import NotText, decode

TEXT = "Vraag 1\nKlopt het dat Syrië en België 1.234 aanvragen kregen?\nAntwoord 1\nJa, ruim € 5 miljoen.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_each_encoding_decodes_to_the_same_text(encoding):
    data = TEXT.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + TEXT).encode(encoding)  # as Word and Notepad write it: with a byte-order mark
    assert decode(data) == TEXT


def test_binary_data_is_refused():
    with pytest.raises(NotText):
        decode(b"\x00\x01\x02binary" * 50)


def test_a_utf16_file_reads_like_its_utf8_copy(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(TEXT.encode("utf-8"))
    b.write_bytes(TEXT.encode("utf-16"))
    da, db = read_path(a)[0], read_path(b)[0]
    assert da.text == db.text and [q.text for q in db.questions] == [q.text for q in da.questions]
