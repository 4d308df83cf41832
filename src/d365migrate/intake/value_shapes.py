"""What a file's values say when its headers do not: a column of sales stages ('Closed
Won', 'Negotiation', 'gewonnen') is a deal's stage whatever its header ('Status', 'Phase',
'Col 4'), and a column of e-mail addresses under a header that names no field ('Kontakt',
'Mail 1') is an e-mail.

Returned as the column names the kinds' signatures read ('dealstage', 'email'), for
:func:`d365migrate.intake.discover.classify_table`.
"""

from __future__ import annotations

import polars as pl

from d365migrate.intake.content_words import HEADER_WORDS, folded
from d365migrate.intake.kinds import SIGNATURES, name_word_split
from d365migrate.intake.lead_deals import WON_OR_LOST, WON_OR_LOST_SHAPE, is_stage_header
from d365migrate.intake.lookalikes import SYNC_PREFIXES
from d365migrate.intake.money_columns import LEDGER_SHAPE, ledger_classes

__all__ = ["DATE_SHAPE", "value_columns", "STAGE_WORDS"]

#: A column of dates or times, whatever its header says: the file's records happen at a time
#: (an Arabic meeting's 'تاريخ البدايه', a Vietnamese call's 'Ngày bắt đầu': headers no word
#: list of discovery reads, over their dates).
DATE_SHAPE = "dateshape"   # (no figure word in it: not "value", as price_lists reads)

#: A sales pipeline's stage names (folded), in English and the common European languages.
STAGE_WORDS = frozenset({
    "closedwon", "closedlost", "won", "lost", "prospecting", "qualification", "needsanalysis",
    "valueproposition", "idecisionmakers", "perceptionanalysis", "proposal", "proposalprice",
    "quote", "negotiation", "negotiationreview", "discovery", "demo", "contractsent",
    "appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin",
    "gewonnen", "verloren", "verhandlung", "angebot", "qualifizierung", "gagne", "gagnee",
    "perdu", "perdue", "negociation", "proposition", "ganado", "ganada", "perdido",
    "perdida", "negociacion", "propuesta", "vinto", "vinta", "perso", "persa", "trattativa",
    "proposta", "onderhandeling", "offerte", "ganho", "ganha",
    "negociacao"})
#: Words of a header that say whose address it is (a sender's, a copy's): no record's own.
_DIRECTION = frozenset({"from", "to", "cc", "bcc", "sender", "recipient", "reply", "author",
                        "creator", "owner", "assignee", "agent", "user", "by", "notify"})
#: Every column name some kind's signature reads (normalised).
_KNOWN = frozenset(c for feats in SIGNATURES.values() for alts, _ in feats for c in alts)
#: A sample of a column's distinct values (from its first rows) tells its shape.
_SAMPLE = 50
_ROWS = 20_000


def _stage_column(s: pl.Series) -> bool:
    values = s.head(_ROWS).drop_nulls().cast(pl.Utf8).unique().head(_SAMPLE * 4).to_list()
    words = [folded(str(v)) for v in values if str(v).strip()]
    if not 2 <= len(words) <= _SAMPLE:
        return False
    return sum(w in STAGE_WORDS for w in words) >= max(2, len(words) // 2)


def _says_won_or_lost(s: pl.Series) -> bool:
    """One of a column's few values says won or lost ('Won', 'Ganado', 'Kazanıldı')."""
    if s.dtype not in (pl.Utf8, pl.Categorical):
        return False
    values = s.head(_ROWS).drop_nulls().cast(pl.Utf8).unique().head(_SAMPLE + 1).to_list()
    return len(values) <= _SAMPLE and any(folded(str(v)) in WON_OR_LOST for v in values)


def value_columns(df: pl.DataFrame, types: dict[str, str] | None = None) -> set[str]:
    """The column names a table's values stand for where its headers say nothing of them:
    'dealstage' for a column of sales stages, :data:`WON_OR_LOST_SHAPE` for a stage column
    one of whose values closes a deal, 'email' for a column of e-mail addresses
    whose header names no field and no sender or recipient."""
    out: set[str] = set()
    heads = {c: folded(c) for c in df.columns}
    named = set(heads.values()) | {HEADER_WORDS[h] for h in heads.values() if h in HEADER_WORDS}
    for c in df.columns:
        kind = (types or {}).get(c, "")
        if kind in ("date", "datetime") and not heads[c].startswith(SYNC_PREFIXES):
            out.add(DATE_SHAPE)   # (a connector's own sync stamp says nothing of the records)
        if kind in ("picklist", "string") and is_stage_header(c) and _says_won_or_lost(df[c]):
            out.add(WON_OR_LOST_SHAPE)   # 'Etapa': 'Ganado' (Krayin's leads, won)
        if kind in ("picklist", "string") and "dealstage" not in out and df[c].dtype in (
                pl.Utf8, pl.Categorical) and _stage_column(df[c]):
            out.add("dealstage")
        elif kind in ("picklist", "string") and df[c].dtype == pl.Utf8 and ledger_classes(
                [folded(str(v)) for v in df[c].drop_nulls().unique().head(_SAMPLE).to_list()]):
            out.add(LEDGER_SHAPE)   # a chart of accounts' classes: ASSET, LIABILITY, EXPENSE
        elif kind == "email" and "email" not in named and heads[c] not in _KNOWN \
                and not set(name_word_split(c)) & _DIRECTION:
            out.add("email")
    return out
