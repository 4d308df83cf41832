"""Words of an export's file name that say it is the result of a search, not what it holds.

A CRM's export of a search's results is named after the search: CiviCRM writes 'CiviCRM
Activity Search', in French 'Recherche d'activités CiviCRM', in German 'CiviCRM Aktivität
Suchen', in Dutch 'CiviCRM activiteiten zoeken'. The records are the noun beside the word for
'search', so the word says nothing of the kind, like 'export' or 'data'
(``kinds.GENERIC_NAME_WORDS``); and in a language that writes the head noun first, the joiner
after it ('Recherche d'activités': of activities) goes with it.
"""

from __future__ import annotations

__all__ = ["SEARCH_NAME_WORDS", "without_search_words"]

#: 'search' and 'search results' in English, French, German, Dutch, Spanish, Italian and
#: Portuguese, as discovery normalises a name's words (lower-case ASCII, a plural's 's' off).
SEARCH_NAME_WORDS = frozenset({
    "search", "searche", "searchresult", "recherche", "suche", "suchen", "suchergebni",
    "zoeken", "zoekresultaten", "busqueda", "ricerca", "pesquisa",
    # Spanish and Portuguese also name a search by its verb or its engine ('Buscar contacto',
    # 'Buscador de Actividades', 'Busca de Contatos', 'Pesquisar Contribuições', 'Procura de
    # actividades': keys105, CiviCRM's es_ES, pt_BR and pt_PT)
    "buscar", "buscador", "busca", "pesquisar", "procura",
    # Indonesian, Estonian, Latvian ('Pencarian Aktivitas CiviCRM', 'CiviCRM tegevuse
    # otsing', 'CRM aktivitāšu meklētājs', 'CRM kontaktu meklēšana': keys184)
    "pencarian", "otsing", "mekletaj", "meklesana",
    # Serbian, Croatian, Bosnian and Macedonian ('Pretraga CiviCRM kontakata', 'Пребарување на
    # CiviCRM активности': keys201)
    "pretraga", "pretrazivanje", "prebaruvanje"})
#: Joiners a head-first name puts after its word for search ('Recherche d'activités',
#: 'Búsqueda de contactos', 'Ricerca di attività').
_JOINERS = frozenset({"d", "de", "des", "du", "di", "del", "della", "dei", "da", "do", "dos",
                      "na"})   # Macedonian 'Пребарување на': a search of


def without_search_words(words: list[str]) -> list[str]:
    """A name's words without its words for search and a joiner right after one ('recherche
    d activite civi' -> 'activite civi'); the words themselves when nothing else is left."""
    out: list[str] = []
    dropped = False
    for w in words:
        if w in SEARCH_NAME_WORDS:
            dropped = True
            continue
        if dropped and w in _JOINERS:
            dropped = False
            continue
        dropped = False
        out.append(w)
    return out or words
