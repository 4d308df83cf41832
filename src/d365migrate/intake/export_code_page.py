"""One code page for an export's legacy 8-bit files: a program writes all its files in one.

A file's own bytes may not tell Western cp1252 from Central European cp1250: Polish 'Imię'
is 'Imiê' in cp1252, and both are words of a language of that code page (keys121: Hubleto's
Polish contacts list, its only such letter 'ę'). Where the export's other 8-bit files say
which (its customers list's 'Karadžičova', 'Bratislavský'), the undecided file is read in
that code page too. A file whose own bytes decide, or whose encoding the parameters set,
keeps its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from d365migrate.intake.encoding import SINGLE_BYTE_CODECS, code_page_scores
from d365migrate.intake.file_parsers import read_csv_bytes

__all__ = ["settle_code_page"]


def settle_code_page(exp: Any, opts_for: Callable[[str], dict[str, Any]]) -> None:
    """Read again, in the export's code page, each 8-bit CSV file its own bytes leave
    undecided; ``exp`` is the :class:`~d365migrate.intake.read.Export` being read,
    ``opts_for(source)`` gives a source's reading options."""
    scores: dict[str, tuple[bytes, dict[str, tuple[int, int]]]] = {}
    for source, guess in exp.guesses.items():
        if (guess.encoding in SINGLE_BYTE_CODECS and guess.format == "csv"
                and "encoding" not in guess.overridden and source in exp.tables):
            data = exp.read_bytes(guess.file)
            if data is not None:
                scores[source] = (data, code_page_scores(data))
    if len(scores) < 2 or any(set(s) != set(SINGLE_BYTE_CODECS) for _, s in scores.values()):
        return
    total = {enc: tuple(sum(x) for x in zip(*(s[enc] for _, s in scores.values()),
                                            strict=True))
             for enc in SINGLE_BYTE_CODECS}
    export_codec = max(SINGLE_BYTE_CODECS, key=lambda enc: (total[enc],
                                                             -SINGLE_BYTE_CODECS.index(enc)))
    if len({total[enc] for enc in SINGLE_BYTE_CODECS}) == 1:
        return   # the export as a whole undecided too: each file keeps its reading
    for source, (data, own) in scores.items():
        guess = exp.guesses[source]
        if guess.encoding == export_codec or len(set(own.values())) > 1:
            continue
        high = bytes(sorted({b for b in data if b >= 0x80}))
        if len({high.decode(enc) for enc in SINGLE_BYTE_CODECS}) == 1:
            continue   # the same text either way
        df, again = read_csv_bytes(data, guess.file, source,
                                   {**opts_for(source), "encoding": export_codec}, [],
                                   exp.limits)
        if df is None:
            continue
        again.overridden = [o for o in again.overridden if o != "encoding"]
        exp.tables[source], exp.guesses[source] = df, again
        exp._cache_keys.pop(source, None)  # the cached columns are of the first reading
