"""A record's active flag: a true/false column saying the record is active is its state.

Shops and apps keep whether a customer or a member is in use as a flag (Smartstore's and
Shopware's ``Active``, Sylius' ``Enabled``/``Aktiviert``/``Activée``, ``is_active``), not as
a status word. Its values (Yes/No, true/false, Ja/Nein) name neither of the State options of an
account or a contact (Active, Inactive), so the option overlap found nothing and every
record arrived active, the deactivated ones too. Here such a column is the record's state on
a table whose states are Active and Inactive: a true value Active, a false one Inactive (a
flag whose name says the opposite, ``Disabled``, ``inactive``, the other way round). The
load creates the record active, then deactivates it (``load/closes.py``). A status column
beside the flag, named in any language, says more (HumHub's Status: Enabled / Disabled /
Needs approval): it decides. Only a customer's or a product's table (:data:`TABLES`): a
product in use is Active, one out of use Retired (its other states, Draft and Under
Revision, are its catalogue's work, which no flag says: Upsales', HaloPSA's, Tiendanube's
items); a flag elsewhere says how the source used the record.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from d365migrate.intake.kinds import ascii_folded, name_word_split
from d365migrate.mapping.done_flags import (
    FALSE_WORDS,
    TRUE_WORDS,
    address_state,
    status_beside,
)

__all__ = ["ACTIVE_WORDS", "INACTIVE_WORDS", "TABLES", "active_flag_candidates",
           "active_flag_values", "status_flag"]

#: Words of a column name saying the record is in use, in the common European languages.
ACTIVE_WORDS = frozenset({
    "active", "isactive", "enabled", "isenabled", "published", "ispublished",
    "aktiv", "aktiviert", "veroffentlicht", "freigegeben", "actif", "publie",
    "activo", "activa", "habilitado", "habilitada", "publicado", "publicada", "attivo",
    "attiva", "abilitato", "pubblicato", "actief", "ingeschakeld", "gepubliceerd", "ativo",
    "ativa", "aktywny", "aktivni", "aktivny",
    # the participles ('Activée': Sylius' French customers; 'Activado': QloApps' Spanish)
    "activee", "activado", "activada", "attivato", "attivata", "ativado",
    "ativada", "geactiveerd", "habilite", "habilitee"})
#: Words of a column name saying the record is out of use: a true value is Inactive.
INACTIVE_WORDS = frozenset({
    "inactive", "isinactive", "disabled", "isdisabled", "deactivated", "inaktiv",
    "deaktiviert", "gesperrt", "inactif", "desactive", "inactivo", "inactiva",
    "deshabilitado", "desactivado", "inattivo", "disattivato", "inactief", "uitgeschakeld",
    "inativo", "desativado",
    # archived (Moneybird's 'Gearchiveerd' Ja/Nee: a customer put away, no longer in use)
    "archived", "isarchived", "archiviert", "archive", "archivee", "archivado", "archivada",
    "archiviato", "archiviata", "gearchiveerd", "arquivado", "arquivada"})
#: Words a flag's name may carry beside its word ('is_active', 'Ist aktiv', 'Est actif').
_FLAG_FILLERS = frozenset({"is", "ist", "est", "es", "e", "record", "status", "flag"})
ACTIVE, INACTIVE, RETIRED = "active", "inactive", "retired"
#: The tables whose records' flag is their state: a customer's. Elsewhere a flag says how the
#: source used the record (CiviCRM's event 'Is Active': open for sign-up), not its state.
TABLES = frozenset({"account", "contact", "product"})
CONFIDENCE = 0.92


def _flag(values: Iterable[Any]) -> bool:
    vals = {ascii_folded(str(v).strip().lower()) for v in values
            if v is not None and str(v).strip()}
    return bool(vals) and vals <= TRUE_WORDS | FALSE_WORDS


def _says(name: str) -> bool | None:
    """True for an active flag's name, False for an inactive one's, None for neither. The
    name says the flag and nothing else ('Active', 'is_enabled'): a thing named beside it
    is that thing's flag ('Map Enabled', 'Online Registration Active')."""
    words = [ascii_folded(w.lower()) for w in name_word_split(name)]
    words = [w for w in words if w not in _FLAG_FILLERS]
    whole = {"".join(words)}
    if not words or not (set(words) <= ACTIVE_WORDS | INACTIVE_WORDS or whole & (
            ACTIVE_WORDS | INACTIVE_WORDS)):
        return None
    return not (set(words) | whole) & INACTIVE_WORDS


#: A status column's name in the common European languages ('Estado', 'Statut', 'Stato'):
#: beside the flag it says more (YetiForce's Spanish contacts: 'Estado' Active beside an
#: 'Activo' of 0 on every row, its portal's flag).
_STATUS_NAMES = frozenset({"estado", "statut", "etat", "stato", "zustand", "stav", "estatus",
                           "situacao", "situacion"})


def _status_named(name: str, columns: Iterable[str]) -> bool:
    columns = list(columns)

    def status(column: str) -> bool:
        return bool({ascii_folded(w.lower()) for w in name_word_split(column)} & _STATUS_NAMES
                    ) and not address_state(column, columns)
    return any(c != name and status(c) for c in columns)


#: Words of a flag saying a record is published (a CMS object's), which yields to the
#: record's own active flag beside it.
_PUBLISHED = frozenset({"published", "ispublished", "veroffentlicht", "publie", "publicado",
                        "publicada", "pubblicato", "gepubliceerd"})


def _published(name: str) -> bool:
    words = {ascii_folded(w.lower()) for w in name_word_split(name)} - _FLAG_FILLERS
    return bool(words) and words <= _PUBLISHED


#: A column named its record's status and nothing else, in the common European languages.
_STATUS_ONLY = _STATUS_NAMES | {"status", "state"}


def status_flag(name: str, values: Iterable[Any]) -> bool:
    """A 'Status' whose values are true or false in words (Tendenci's True, UnoPim's true):
    the record's active flag under a status's name, no status reason. A status of 0 and 1 is
    a code: Dataverse's own State 0 is Active (the sample data's accounts), a to-do's, a
    case's or a product's 0 and 1 are its statuses' codes (Freshsales' open tasks,
    django-helpdesk's tickets, TastyIgniter's and Bagisto's products: 1 Active)."""
    words = [ascii_folded(w.lower()) for w in name_word_split(name)]
    vals = [str(v).strip() for v in values if v is not None and str(v).strip()]
    digits = all(v.isdigit() for v in vals)
    return bool(words) and set(words) <= _STATUS_ONLY and _flag(vals) and not digits


def _active_states(options: Iterable[Any]) -> bool:
    states = {str(o).strip().lower() for o in options or ()}
    return states == {ACTIVE, INACTIVE} or {ACTIVE, RETIRED} <= states


def active_flag_candidates(name: str, values: tuple[str, ...], names: Mapping[str, Any],
                           cands: list[tuple[float, str, str]], columns: Iterable[str] = (),
                           table: str = "") -> list[tuple[float, str, str]]:
    """``cands`` with the table's State first when the column is an active flag on a
    customer's table (:data:`TABLES`) whose states are Active and Inactive."""
    state, says = names.get("statecode"), _says(name)
    if status_flag(name, values):
        # a yes/no names no status reason: the record's state on a customer's table, else
        # left to the analyst (a product's states are no true/false pair)
        cands = [c for c in cands if c[1] not in ("statuscode", "statecode")]
        says = True
    if _published(name) and any(c != name and _says(c) is not None and not _published(c)
                                for c in columns):
        return cands   # Pimcore's 'Published' object beside its customer's own 'Active'
    if table not in TABLES or state is None or says is None \
            or not _active_states(getattr(state, "options", ())) \
            or not _flag(values) or status_beside(name, columns) or _status_named(name, columns):
        return cands
    out = "Retired" if table == "product" else "Inactive"
    meaning = f"true as Active, false as {out}" if says else f"true as {out}, false as Active"
    why = (f"'{name}' says true or false whether the record is in use: "
           f"{state.describe()}, {meaning}")
    return [(CONFIDENCE, "statecode", why)] + [c for c in cands if c[1] != "statecode"]


def active_flag_values(name: str, values: list[str], labels: Mapping[str, int]
                       ) -> dict[str, int] | None:
    """Each value of an active flag to the State option it says, or None when the column
    is no active flag or the options are not Active and Inactive."""
    says = True if status_flag(name, values) else _says(name)
    if says is None or not _active_states(labels) or not _flag(values):
        return None
    out = labels[INACTIVE] if INACTIVE in labels else labels[RETIRED]   # a product's
    true = {str(v): ascii_folded(str(v).strip().lower()) in TRUE_WORDS for v in values}
    return {v: labels[ACTIVE] if t == says else out for v, t in true.items()}
