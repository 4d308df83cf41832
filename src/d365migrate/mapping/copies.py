"""A column that repeats another's values row by row: SuiteCRM's opportunity export writes
the amount twice ('Opportunity Amount', then 'Amount', the same in US dollars). Where both
claim the same target first, the earlier column is the field and the later a copy, left
unmapped: without this the copy, scored a little higher by its plainer name, takes the
target and the field falls back to a wrong second choice (a discount amount). Unless the
later one's name says the target's whole label and the earlier's does not: Salesforce's
event writes 'activity_date' and 'start_date_time' alike, and the start is 'Start Time' by
its name. And unless the later one's name is the target's label, word for word, and the
earlier's is not: a Dataverse export writes 'Do not allow Bulk Emails' before 'Do not allow
Emails', both False in every row, and the second is donotemail by its very label (the first
only contains its words: a column the org may lack). Never when the later one's name is the
earlier's and more ('Company', then 'Company Name': undb's and Airtable's lookup of a linked
record's field through the link): the earlier is the link. And unless the later one scores far
higher (:data:`NAMED_MARGIN`): named for the target, where the earlier only points at its
kind ('users_id_tech', the technician, beside 'users_id', the writer: the same user)."""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from d365migrate.intake.kinds import ascii_folded
from d365migrate.mapping.vocabulary import norm_words, split_words

__all__ = ["yield_copies"]

Scored = dict[str, list[tuple[float, str, str]]]
#: The last word of a column holding ids, not names: a link by id, read through by no name.
ID_WORDS = frozenset({"id", "ids", "key", "uuid", "guid", "ref", "code", "no", "number"})
#: How much better the later column's score must be for its name to make it the field.
NAMED_MARGIN = 0.1


def _same(a: pl.Series, b: pl.Series) -> bool:
    """The same text in every row (empty where the other is empty), and some text at all."""
    x = a.cast(pl.Utf8, strict=False).str.strip_chars().fill_null("")
    y = b.cast(pl.Utf8, strict=False).str.strip_chars().fill_null("")
    return bool((x != "").any()) and bool((x == y).all())


def _says(column: str, label: tuple[str, ...]) -> int:
    """How many of the target's label words the column's name says, a word by its first five
    letters anywhere in the name ('createdate' says 'Created', 'start_date_time' 'Start')."""
    compact = "".join(split_words(column))
    return sum(1 for w in set(label) if len(w) > 2 and w[:5] in compact)


def _is_label(column: str, label: tuple[str, ...]) -> bool:
    """Whether the column's name is the label itself, word for word ('Do not allow Emails')."""
    return bool(label) and norm_words(split_words(column)) == tuple(label)


def _through(first: str, later: str) -> bool:
    """Whether the later column is named as the earlier's value read through it: its name
    the earlier's words and more ('Company' then 'Company Name', a no-code table's lookup
    of the linked company's name): the earlier is the field, the later its copy."""
    a, b = split_words(first), split_words(later)
    # an id's column extended ('users_id', 'users_id_tech': GLPI's writer and technician)
    # names another link, no value read through the first
    return 0 < len(a) < len(b) and b[:len(a)] == a and a[-1] not in ID_WORDS


#: Words naming an address's side: two blocks differing only by them are two addresses that
#: happen to hold the same place (Evergreen's patrons: 'Mailing:City' and 'Billing:City', the
#: billing address a copy of the mailing one in most rows), no column written twice.
SIDE_WORDS = frozenset({
    "mailing", "billing", "shipping", "delivery", "invoice", "invoicing", "postal", "home",
    "work", "business", "private", "office", "physical", "residential", "other", "primary",
    "secondary", "facturacion", "envio", "correspondencia", "facturation", "livraison",
    "rechnung", "rechnungs", "liefer", "lieferung", "post", "fatturazione", "spedizione"})


def _sides(first: str, later: str) -> bool:
    """Whether the two names differ only by the address side they name (accents folded:
    Spanish 'Facturación:' is the list's 'facturacion')."""
    a, b = set(split_words(ascii_folded(first))), set(split_words(ascii_folded(later)))
    if a < b and any(w.startswith("address") for w in a) and (b - a) <= SIDE_WORDS | {
            "bill", "ship", "to"}:
        # the record's own address and a side's beside it (Bullhorn's company: 'address.city',
        # then 'billingAddress.city'; Autotask's 'address1', then 'billToAddress1'): two
        # addresses, the same place in these rows
        return True
    return bool(a ^ b) and (a ^ b) <= SIDE_WORDS and bool(a - b) and bool(b - a)


def yield_copies(rows: pl.DataFrame, scored: Scored, unmapped: dict[str, str],
                 label_of: Callable[[str], tuple[str, ...]] = lambda _: ()) -> None:
    """Leave a column unmapped when another holds the same values row by row and both claim
    the same target first (``scored``: column -> ranked candidates): the later one, unless
    its name says every word of the target's label and the earlier's says fewer, or its
    name is that label and the earlier's is not (``label_of``: target -> its label's
    words)."""
    cols = [c for c in rows.columns if scored.get(c)]
    for i, first in enumerate(cols):
        for later in cols[i + 1:]:
            if not scored.get(first) or not scored.get(later):
                continue
            target = scored[first][0][1]
            if target != scored[later][0][1] or not _same(rows[first], rows[later]) \
                    or _sides(first, later):
                continue
            label = {w for w in label_of(target) if len(w) > 2}
            says = _says(later, tuple(label))  # the later names the target's label whole
            exact = _is_label(later, label_of(target)) and not _is_label(first, label_of(target))
            # the later named for the target outright, the earlier only pointing at its kind
            # (GLPI's task: 'users_id' its writer, 'users_id_tech' its technician, the owner,
            # the same user): the later is the field, by far the better name
            named = scored[later][0][0] - scored[first][0][0] >= NAMED_MARGIN
            kept, copy = (later, first) if not _through(first, later) and (
                exact or named or label and says == len(label) > _says(first, tuple(label))
            ) else (first, later)
            scored[copy] = []
            unmapped[copy] = f"the values of '{kept}' again, row by row: a copy"
