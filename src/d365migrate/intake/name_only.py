"""Files a word of their name alone would name as a kind none of their columns is typical of.

A setup file (custom field definitions, pipelines, workflows, e-mail templates) changes what
the migration does: its rows define columns, place deals, are listed as automations to
rebuild. A farm's ``Harvest_Field_Data`` (its fields: crop, size, yield) is no list of custom
field definitions because its name says "field", nor a store's ``collection_rule`` a
workflow. Such a file, named by its last word after a qualifier the vocabulary does not know,
with no column of that kind, is left unsure for the analyst to set. A whole name that is the
kind ('pipelines', 'field', 'automation') still names it, and so does a head noun qualified
by another kind ('workflow_stages' are the stages of a workflow: a pipeline). A word other
trades use for other things ('program': a marketing program is a campaign, a charity's or a
school's program its services or courses) names its kind only beside a column typical of it
other than a date or a name: so does 'goal' (a sales target for a period in a CRM; in a web
analytics or live-chat tool a page a visitor should reach, named, with URL conditions and
no target, period or owner).
"""

from __future__ import annotations

from d365migrate.intake.kinds import NAME_SYNONYMS, SIGNATURES, kind_of_word, name_words
from d365migrate.words import a_or_an

__all__ = ["SETUP_KINDS", "QUALIFIED_HEAD_KINDS", "WIDE_WORDS", "name_only"]

#: Kinds whose rows set the migration up rather than load as records.
SETUP_KINDS = ("custom_field", "pipeline", "workflow", "email_template")
#: Kinds whose head noun ('rule', 'event') other domains use too: named by it alone, with no
#: column of theirs, a file is unsure whatever qualifies the noun.
QUALIFIED_HEAD_KINDS = ("workflow", "activity")
#: Name words that name a kind in one trade and other things in others: the kind, the trade
#: it names it in, and what else it names. A marketing program is a campaign; a charity's, a
#: school's or a funder's is not. A CRM's goal is a sales target; a web site's is a page.
WIDE_WORDS = {"program": ("campaign", "marketing",
                          "a charity's, a school's or a funder's programs"),
              "goal": ("goal", "a CRM (a target for a period)",
                       "a web site's or a live chat's conversion goals (a page to reach)")}
#: Heads of the signature alternatives any dated record has (a campaign's start), or any
#: record (its name or title): no evidence of a kind a wide word names.
_DATE_FEATS = frozenset({"sentat", "name", "title"})


def _typical(kind: str) -> str:
    """A kind's typical columns in words ('fieldkey, label, type...')."""
    return ", ".join(alts[0] for alts, _ in SIGNATURES.get(kind, []))


def name_only(source: str, kind: str, how: str, feats: list[str]) -> str | None:
    """Why a file named ``kind`` by its name (``how``: 'exact', 'head', 'partial'...) is
    unsure, when none of its columns is typical of the kind (``feats`` empty), or only a
    date is and a word other trades use for other things names it; else None."""
    wide = _wide_word(source, kind, feats)
    if wide or feats:
        return wide
    if how == "head" and kind in QUALIFIED_HEAD_KINDS:
        # 'collection_rule', 'fulfillment_event': a store's rule or a shipment's event
        return (f"unsure: only the last word of '{source}' names {a_or_an(kind)}, and none "
                "of its columns is one's; set its object in the parameters")
    if how not in ("head", "partial") or kind not in SETUP_KINDS:
        return None
    words = name_words(source)
    others = [w for w in words if kind_of_word(w) != kind]
    if any(kind_of_word(w) for w in others):
        return None   # a qualifier the vocabulary knows: 'workflow_stages', 'deal_stages'
    said = f", qualified by '{' '.join(others)}'," if others and how == "head" else ""
    return (f"unsure: only one word of '{source}' names {a_or_an(kind.replace('_', ' '))}"
            f"{said} and none of its columns is typical of one ({_typical(kind)}): a name "
            "alone makes no file setup; set its object in the parameters")


def _wide_word(source: str, kind: str, feats: list[str]) -> str | None:
    """Why a file named ``kind`` only by a word of :data:`WIDE_WORDS` ('Program__c',
    'goals'), with no column typical of the kind but a date or a name, is unsure; None when
    a qualified name ('marketing_programs', 'sales_goals') or a column (Marketo's programs'
    channel, a goal's target) says the kind."""
    words = name_words(source)
    naming = [w for w in words if kind_of_word(w) == kind]
    if not naming or any(WIDE_WORDS.get(w, ("",))[0] != kind for w in naming):
        return None
    if "".join(words) in NAME_SYNONYMS[kind] - set(WIDE_WORDS) or set(feats) - _DATE_FEATS:
        return None
    _, trade, other = WIDE_WORDS[naming[0]]
    return (f"unsure: '{naming[0]}' names {a_or_an(kind)} in {trade}, but also {other}, "
            f"and none of its columns but a date or a name is typical of one "
            f"({_typical(kind)}); set its object in the parameters")
