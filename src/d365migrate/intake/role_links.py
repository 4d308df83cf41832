"""A file named '<record> <kind>' that points at both is a link, no records of the kind.

'Delivery Framework Contact' (a nonprofit's contact roles on its aid programmes), 'Project
Contact', 'Event Speaker': the head noun names a kind (contacts), the words before it the
record it belongs to. When the file holds nothing of the kind itself (none of the columns
typical of it: no name, no e-mail, no phone) but one column named for the kind and one named
for that record (Dataverse's 'Contact' and 'Delivery Framework', each the GUID of its
record), each row links a record to one of the kind's: a role, no person. Discovery then
reads it as an association table: records of neither kind.

A program's link classes are often named so with a word saying "link" first (iTop's
'lnkDeliveryModelToContact', in its users' languages 'Verknüpfung Delivery-Modell/Kontakt',
'Lien Modèle de support / Contact', 'Relación Modelo de Entrega y Contacto'): that word and
the joining words ('to', 'y', 'und') are no part of the record's name.
"""

from __future__ import annotations

from collections.abc import Iterable

from d365migrate.intake.kinds import col_norm, name_word_split, name_words, normalize_name
from d365migrate.intake.remarks import without_remark
from d365migrate.words import a_or_an

__all__ = ["ROLE_KINDS", "role_link"]


#: The kinds a row can give a role: people and organisations (a comment, a note or a task
#: of a record is its own content, held in its column of that name).
ROLE_KINDS = frozenset({"contact", "account", "lead", "user"})
#: A first word saying the file links records (normalised: 'Verknüpfung', 'Relación').
_LINK_WORDS = frozenset({"link", "lnk", "lien", "verknupfung", "relacion", "relacao",
                         "koppeling", "collegamento", "ligacao",
                         # Czech 'Spojení', Polish 'Połączenie', Russian 'Связь' (in Latin
                         # letters), Turkish 'Bağlantılı' (linked)
                         "spojeni", "polaczenie", "sviaz", "baglantili",
                         # Danish 'Sammenhæng' (a connection), Slovak 'väzba' (a bond)
                         "sammenhaeng", "vazba"})
#: Words joining the two records' names ('Modelo de Entrega y Contacto').
_JOINING = frozenset({"to", "and", "und", "et", "y", "e", "en", "ed"})
#: An 'of' a download's name starts with ('Export de Lien ...', the 'Export' dropped).
_OF = frozenset({"de", "di", "da", "van", "of", "du", "des", "del"})


def role_link(source: str, columns: Iterable[str], typical: bool,
              kind: str | None = "contact") -> str:
    """Why the file is a link between the record its name's first words name and the
    ``kind`` its head noun names (module docstring), or '' when it is not; ``typical``:
    whether any column typical of that kind is in the file."""
    words = name_words(source)
    if typical or len(words) < 2 or kind not in ROLE_KINDS:
        return ""
    norms = {col_norm(without_remark(c)) for c in columns}
    # each word made singular as the file name's words are ('Leverings model->Navn' beside
    # 'Sammenhæng Leverings model_Kontakt': 'leveringmodel' both)
    norms |= {"".join(normalize_name(w) for w in name_word_split(c.split("->")[0]))
              for c in columns}
    head, rest = words[-1], words[:-1]
    while len(rest) > 2 and rest[0] in _OF:   # 'Export de Lien ...': the download's 'de'
        rest = rest[1:]
    if len(rest) > 1 and rest[0] in _LINK_WORDS:
        rest = rest[1:]
    while len(rest) > 1 and rest[-1] in _JOINING:
        rest = rest[:-1]
    record = "".join(rest)
    if not ({head, head + "id"} & norms and {record, record + "id"} & norms):
        return ""
    return (f"'{source}' holds nothing of {a_or_an(head)} of its own, only the {head} "
            f"and the {' '.join(rest)} each row links: an association between them, not "
            "records of its own")
