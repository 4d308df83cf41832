"""A related record's field, as an export names it: the relation, then the field's label.

OroCRM's export names a related record's field by the relation's label and then the
field's own label, which often starts with the related record's name again: 'Customer
Account Account name' (the relation Customer, to an Account, its field 'Account name'),
'Lead Lead name' (an opportunity's lead, by its name). The word said twice in a row marks
where the field's label starts: the column reads as that label ('Account name', 'Lead
name'), which names the related record, so the link to it.
"""

from __future__ import annotations

from d365migrate.intake.kinds import kind_of_word

__all__ = ["related_field"]


def related_field(words: list[str]) -> list[str]:
    """The words from the last word naming a kind of record said twice in a row, when more
    words follow (['customer', 'account', 'account', 'name'] -> ['account', 'name']); else
    ``words`` (Shopify's 'billing_address_address_1' is the billing address's first line)."""
    for i in range(len(words) - 3, -1, -1):
        if words[i] == words[i + 1] and kind_of_word(words[i]) is not None:
            return words[i + 1:]
    return words
