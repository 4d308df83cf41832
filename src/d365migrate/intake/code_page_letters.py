"""Which Windows code page a legacy 8-bit export is in, when its bytes are letters in both.

Split from :mod:`d365migrate.intake.encoding`. Western cp1252 and Central European cp1250
put letters at many of the same bytes: 0xE8 is 'è' in one and 'č' in the other, 0xF8 'ø'
and 'ř', 0xEC 'ì' and 'ě', 0xC8 'È' and 'Č'. Where both code pages read a file's high bytes
as letters alike often, the one whose letters one language writes together is the file's:
Czech writes 'ř', 'í', 'č' and 'ě' together, no Western language 'ø', 'í', 'è' and 'ì'
(keys121: Hubleto's exports, windows-1250 as its CSV export writes them, headed 'Příjmení',
'Město', 'PSČ'). A file neither decides keeps cp1252. Turkish cp1254 differs from cp1252 at
six bytes ('ş' is 'þ', 'ı' 'ý', 'ğ' 'ð'): Turkish writes 'ç', 'ö', 'ü' with them, Icelandic
'á', 'æ', 'ó' (keys124: Redmine's Turkish export, ISO-8859-9).
"""

from __future__ import annotations

from collections import Counter

__all__ = ["LANGUAGE_LETTERS", "language_score"]

#: The letters beyond ASCII each language writes, lowercase, by the code page that holds
#: them (a language of both, German, is in both: its letters sit at the same bytes).
LANGUAGE_LETTERS: dict[str, dict[str, str]] = {
    "cp1252": {
        "fr": "àâæçéèêëîïôœùûüÿ", "de": "äöüß", "es": "áéíñóúü", "pt": "áâãàçéêíóôõú",
        "it": "àèéìíîòóù", "ca": "àçèéíïòóúü", "nl": "áéèëïóöü", "da": "æøåé",
        "sv": "åäöé", "is": "áéíóúýþæöð", "et": "äöõüšž",
    },
    "cp1250": {
        "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "pl": "ąćęłńóśźż",
        "hu": "áéíóöőúüű", "ro": "ăâîșşțţ", "hr": "čćđšž", "sl": "čšž", "de": "äöüß",
    },
    # keys124: Redmine's Turkish CSV export, ISO-8859-9 ('Oluşturulma', 'Açıklama', 'Hayır')
    "cp1254": {"tr": "âçğıîöşüİ"},
}


def language_score(chars: str, weights: Counter[int], high: bytes, codec: str) -> int:
    """How many of a file's high bytes (``weights``: each byte's count) one language of
    ``codec`` writes as the letters ``chars`` (``high`` decoded) say: the best language's."""
    letters = Counter()
    for b, ch in zip(high, chars, strict=True):
        low = ch.lower()   # Turkish 'İ' lowers to two characters ('i' and a dot): kept as is
        letters[low if len(low) == 1 else ch] += weights[b]
    return max((sum(letters[c] for c in alphabet)
                for alphabet in LANGUAGE_LETTERS.get(codec, {}).values()), default=0)
