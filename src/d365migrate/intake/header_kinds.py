"""A file whose headers name its records: 'Aktivitets ID', 'Aktivitetstype', 'Dato for
Aktivitet', 'Aktivitetsstatus' are an activity's columns, whatever the file is called.

CiviCRM's search exports title each column by its record's word ('Activity ID', 'Activity
Type', 'Activity Status'), in the user's language, and name the file for the search
('CiviCRM aktivitets-søgning', 'Haku CiviCRM toiminnoista'): a name discovery may not read.
When the file's own key is headed by one kind's word and an id's alone ('Aktivitets ID',
'Identifikátor činnosti', '連絡先ID'), and at least two more headers carry that word (by
discovery's kind words; in Japanese and Chinese, a header that begins with one), and no
other kind's word is nearly as common, the headers say what each row is. A key naming
something more ('C_BPARTNER_LOCATION_ID': a partner's location) or another record
('Relationship ID' beside 'Contact A', 'Contact B') says no such thing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from d365migrate.intake.cjk_kinds import CJK_KIND_WORDS
from d365migrate.intake.kinds import col_norm, kind_of_word

__all__ = ["kind_named_by_headers", "LEAST_HEADERS"]

#: How many headers must carry the kind's word.
LEAST_HEADERS = 3
#: Words that say a header is an id (any other word of four letters or more in the key's
#: header names something the kind's word does not).
_ID_WORDS = frozenset({"identifier", "identifiant", "identificador", "identifikator",
                       "identyfikator", "identificatore", "identificativo", "azonosito",
                       "tunniste", "tunnus", "kimlik", "nummer", "numero", "number", "code",
                       "ident", "kodikos"})   # Greek 'Κωδικός', a code
_CJK_WORDS = sorted(((w, k) for k, ws in CJK_KIND_WORDS.items() for w in ws),
                    key=lambda wk: -len(wk[0]))


def _words(header: str) -> list[str]:
    """A header's words of four letters or more, after the Japanese or Chinese kind word it
    begins with ('連絡先ID': 'ID')."""
    text = unicodedata.normalize("NFKC", header).strip()
    cjk = next((w for w, _ in _CJK_WORDS if text.startswith(w)), "")
    return [w for w in re.split(r"[\W_\d]+", text[len(cjk):].lower()) if len(w) >= 4]


def _kinds(header: str) -> set[str]:
    """The kinds a header's words name."""
    text = unicodedata.normalize("NFKC", header).strip()
    out = {k for w in _words(header) if (k := kind_of_word(w)) is not None}
    cjk = next((k for w, k in _CJK_WORDS if text.startswith(w)), None)
    return out | ({cjk} if cjk else set())


def _names_only(key: str, kind: str) -> bool:
    """The key's header is the kind's word and an id's, nothing more."""
    return kind in _kinds(key) and all(kind_of_word(w) == kind or col_norm(w) in _ID_WORDS
                                       for w in _words(key))


def kind_named_by_headers(columns: Sequence[str], key: str | None
                          ) -> tuple[str, list[str]] | None:
    """(kind, the headers naming it) when the headers name the file's records (the file's
    own ``key`` among them), else None."""
    if key is None:
        return None
    named = [(c, _kinds(c)) for c in columns]
    counts = Counter(k for _, ks in named for k in ks)
    if not counts:
        return None
    (kind, n), *rest = counts.most_common()
    if n < LEAST_HEADERS or (rest and rest[0][1] * 2 > n) or not _names_only(key, kind):
        return None
    return kind, [c for c, ks in named if kind in ks]
