"""A file named for a kind that points at another kind's record by another word keeps its
kind: Mailjet's 'campaigns' carry 'NewsLetterID' (the newsletter, a draft, each campaign
was sent from). 'newsletter' is a campaign's word too, so the reference read as the
campaigns being a child of a campaign, and the file named 'campaigns' as nothing. A file
whose name says the kind outright (its whole name, 'campaigns') and whose reference names
the kind by a different word is that kind, pointing at a related record; a reference by the
name's own word ('OpportunityHistory.OpportunityId') still makes a child."""

from __future__ import annotations

from collections.abc import Iterable

from d365migrate.intake.kinds import normalize_name

__all__ = ["kept_references"]


def kept_references(kind: str, name: tuple[str | None, str, str], cols: set[str],
                    refs: Iterable[str], fit: float) -> set[str]:
    """The references of ``kind`` that say nothing of the file being a child of it: a
    product's 'variantId' in a product file without 'productId' (commercetools': a row a
    variant), and for a file named exactly ``kind`` (``name``: the kind its name names, how,
    the name) whose columns are somewhat of the kind (``fit``, the share of its signature)
    those by a word not its name's own. FrontAccounting's 'crm_contacts' (id, person_id,
    entity_id: no column of a contact's) stays a link table."""
    named, how, source = name
    kept = {"variantid"} if kind == named == "product" and "productid" not in cols else set()
    if named == kind and how == "exact" and fit > 0:
        own = normalize_name(source) + "id"
        kept |= {r for r in refs if r != own}
    return kept
