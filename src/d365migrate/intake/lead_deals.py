"""A file named leads that holds the CRM's deals: Krayin's "leads" are its pipeline items,
each worth a value, standing at a pipeline stage, won or lost in the end. Dynamics 365 calls
those opportunities; its leads are the prospects not yet qualified, which have no stage and
are never won.

The outcome may be a column of its own (a lost reason, a closing date) or only the stage's
values: Krayin's grid export in Spanish heads 'Valor del Lead', 'Etapa' and writes the stage
'Ganado' (won). So the stage's values count as the outcome when one of them says won or lost,
in any of the languages :data:`WON_OR_LOST` holds, unless the file carries the person's own
e-mail: that is a lead's (Odoo's crm.lead keeps leads and opportunities in one list, its
stages closing some of them), and a weaker sign than an outcome column is not enough there.
"""

from __future__ import annotations

import re

from d365migrate.intake.content_words import HEADER_WORDS, folded
from d365migrate.intake.header_readings import column_readings
from d365migrate.intake.kinds import DEAL_VALUE_COLUMNS, col_norm, name_word_split

__all__ = ["deal_columns_of_lead", "is_stage_header", "leads_beside_deals", "WON_OR_LOST",
           "WON_OR_LOST_SHAPE", "STAGE_OUTCOME", "LEADS_AS_DEALS"]

#: The start of the evidence :func:`deal_columns_of_lead`'s reading leaves (discover.py).
LEADS_AS_DEALS = "its leads carry "
#: The evidence of a file whose own name says deals.
_NAMED_DEAL = re.compile(r"^file name '.*' names a deal \(exact\)$")

#: The column name :func:`d365migrate.intake.value_shapes.value_columns` gives a stage
#: column one of whose values says won or lost (no kind's signature reads it).
WON_OR_LOST_SHAPE = "stagevalueswonorlost"
#: What the evidence says of an outcome read from the stage's values.
STAGE_OUTCOME = "a stage value that says won or lost"
#: A stage that closes a deal (folded): won or lost, in English and the languages the
#: word lists read (German, French, Spanish, Italian, Dutch, Portuguese, Polish, Turkish).
WON_OR_LOST = frozenset({
    "won", "lost", "closedwon", "closedlost", "gewonnen", "verloren", "gagne", "gagnee",
    "perdu", "perdue", "ganado", "ganada", "perdido", "perdida", "vinto", "vinta", "perso",
    "persa", "ganho", "ganha", "wygrana", "wygrane", "przegrana", "przegrane", "kazanildi",
    "kaybedildi"})
#: A sales pipeline (or funnel) a record stands in: only deals do.
_PIPELINES = frozenset({"pipelineid", "pipeline", "funnelid", "funnel", "salesfunnelid",
                        "salespipelineid"})
#: Outcome columns: why a deal was lost or won, when it closed, whether it was won.
DEAL_OUTCOME_COLUMNS = frozenset({"lostreason", "lostreasonid", "wonreason", "closedat",
                                  "lossreason", "lossreasonid",   # amoCRM's 'loss_reason_id'
                                  "wonat", "lostat", "iswon", "islost", "won", "lost",
                                  "closedate", "closeddate", "actualclosedate", "wontime",
                                  "losttime"})
#: Words of a header that say value ('Valor del Lead', 'Lead Değeri', 'Wert').
_VALUE_WORDS = frozenset({"valor", "wert", "valeur", "valore", "waarde", "deger", "degeri",
                          "wartosc", "value", "turnover"})
#: A deal's chance of being won, and the day it is expected to close, as the header lists
#: and the map's vocabulary read them ('Sannsynlighet', 'Odhadovaný konec'): Dataverse's
#: leads have no chance of being won, its opportunities do.
_CHANCE = frozenset({"probability", "closeprobability", "winprobability"})
_EXPECTED = frozenset({"estimatedclosedate", "expectedclosedate", "closedate", "endscheduled"})
_PERSON = frozenset({"firstname", "lastname"})
_VALUE_READINGS = frozenset({"turnover", "amount", "value", "estimatedvalue",
                             "expectedrevenue", "revenue"})


def _is_value(header: str) -> bool:
    n = col_norm(header)
    if n in DEAL_VALUE_COLUMNS or HEADER_WORDS.get(folded(header)) == "amount":
        return True
    return bool({folded(w) for w in name_word_split(header)} & _VALUE_WORDS)


def _is_email(header: str) -> bool:
    return "email" in col_norm(header) or HEADER_WORDS.get(folded(header)) == "email"


def is_stage_header(header: str) -> bool:
    """The header says stage, in English or a word the header lists read so ('Etapa')."""
    return "stage" in col_norm(header) or HEADER_WORDS.get(folded(header)) == "stage"


def deal_columns_of_lead(columns: list[str], shapes: frozenset[str] = frozenset()
                         ) -> list[str] | None:
    """The columns that make a lead file the CRM's deals (its value, its pipeline stage, its
    won/lost outcome: a column, or :data:`STAGE_OUTCOME` where ``shapes`` says a stage's
    values are), or None when it lacks any of the three."""
    # amoCRM's leads are its deals: a 'price' (the budget) in a pipeline ('pipeline_id',
    # Holded's 'funnelId'), which stands for the stage where no header says stage
    value = next((c for c in columns if _is_value(c) or col_norm(c) == "price"), None)
    pipeline = next((c for c in columns if col_norm(c) in _PIPELINES), None)
    stage = next((c for c in columns if is_stage_header(c)), pipeline)
    outcome = next((c for c in columns if col_norm(c) in DEAL_OUTCOME_COLUMNS), None)
    if outcome is None and stage is not None and not any(_is_email(c) for c in columns):
        # (a file with the person's own e-mail is a lead's, whatever its stages: Odoo's
        # crm.lead, leads and opportunities in one list)
        outcome = STAGE_OUTCOME if WON_OR_LOST_SHAPE in shapes else pipeline
    if value is None or stage is None or outcome is None:
        return _chance_columns(columns, shapes)
    return [value, stage, outcome]


def _chance_columns(columns: list[str], shapes: frozenset[str]) -> list[str] | None:
    """[chance, value or expected close] when a lead file carries each record's chance of
    being won beside its value or its expected close (Tine's CRM leads: 'turnover',
    'probability', 'end_scheduled', in every language Tine writes them), and no person's own
    e-mail, by its header, its reading ('E-post') or its values (``shapes``: Odoo's crm.lead,
    leads and opportunities in one list, keeps both), nor a person's own names (X2CRM's
    x2Leads)."""
    read = column_readings(columns)
    said = {c: {col_norm(c)} | set(read.get(c, ())) for c in columns}
    if "email" in shapes or any(_is_email(c) or {"email", "emailaddress1"} & r
                                for c, r in said.items()):
        return None
    if any(r & _PERSON for r in said.values()):
        return None   # a person's own names (X2CRM's x2Leads): a lead, however likely to win
    chance = next((c for c, r in said.items() if r & _CHANCE), None)
    other = next((c for c, r in said.items()
                  if c != chance and (r & (_EXPECTED | _VALUE_READINGS) or _is_value(c))), None)
    return [chance, other] if chance and other else None


def leads_beside_deals(found: dict[str, tuple[str, float, dict[str, float], list[str]]]
                       ) -> dict[str, tuple[str, float, dict[str, float], list[str]]]:
    """Files named leads read as deals by their columns (:func:`deal_columns_of_lead`) are
    leads again where another file of the export is named deals: Laravel CRM's leads carry
    a value and a pipeline stage too, and are converted into its deals, which its 'Deals'
    file holds. A CRM whose leads are its deals (Krayin) has no deals file beside them."""
    named_deals = sorted(s for s, (kind, _, _, ev) in found.items()
                         if kind == "deal" and any(_NAMED_DEAL.match(e) for e in ev))
    if not named_deals:
        return found
    out = dict(found)
    for source, (kind, conf, scores, ev) in found.items():
        if kind == "deal" and source not in named_deals and any(
                e.startswith(LEADS_AS_DEALS) for e in ev):
            out[source] = ("lead", max(conf, scores.get("lead", 0.0)), scores, [
                *[e for e in ev if not e.startswith(LEADS_AS_DEALS)],
                f"its leads carry a deal's value and stage, but the export's '{named_deals[0]}'"
                " holds its deals: these are the leads before they become deals"])
    return out
