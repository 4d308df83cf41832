"""A date column headed with its target's own label wins that target over a synonym.

Dataverse labels its dates without a type word ('Actual Start', 'Proposed End', 'Due'); an
export, a sample written for it, a consultant's sheet add one: 'Actual Start Date',
'Proposed End Date', 'Due Date'. Such a header names its column outright. Beside it a
looser header may reach the same column only through the vocabulary: a campaign's 'Start
Date' is its actual start where nothing says more (and 0.97 sure), but in a file that also
has 'Actual Start Date', 'Start Date' is some other start (a solution's own, a plan's) and
the column headed with the label is the actual start. So, for a date or time column of the
table, the column whose words are the column's label words and a type word ('date', 'time',
'datetime', 'on': the label said as an export says it) ranks before every column that
claims it through the vocabulary alone; that one falls back to its next candidate, as any
loser does. A header that is the bare label ('Start Time', an appointment's scheduledstart,
holding times alone beside 'Start Date') gets no such precedence: the other rules decide.
"""

from __future__ import annotations

from collections.abc import Mapping

from d365migrate.mapping.targets import Attr
from d365migrate.mapping.vocabulary import norm_words, split_words

__all__ = ["TYPE_WORDS", "label_with_type_word", "labelled_dates_first"]

#: Words an export adds to a date column's label to say its type.
TYPE_WORDS = frozenset({"date", "time", "datetime", "on"})
_VOCABULARY = "CRM vocabulary:"


def label_with_type_word(words: tuple[str, ...], attr: Attr) -> bool:
    """Whether normalised ``words`` are a date column's label words and its type word
    ('Actual Start Date' for 'Actual Start'), the label said with its type; a label whose
    little words normalising drops ('Due By', a quote's expireson) is no such label: 'Due
    Date' says when something is due, not by when the quote expires."""
    return (attr.atype == "DateTime" and bool(attr.label_words) and len(words) >= 2
            and words[-1] in TYPE_WORDS and words[-1] not in attr.label_words
            and words[:-1] == attr.label_words
            and len(split_words(attr.label)) == len(attr.label_words))   # 'Due By': no


def _names_label(col: str, attr: Attr) -> bool:
    return label_with_type_word(norm_words(split_words(col)), attr)


def labelled_dates_first(columns: list[str], names: Mapping[str, Attr],
                         scored: dict[str, list[tuple[float, str, str]]]) -> None:
    """Lower, below the labelled column's claim, every vocabulary-only claim on a date
    column another column of the file is headed with the label of (module docstring)."""
    for col in columns:
        for conf, target, _ in scored.get(col, []):
            attr = names.get(target)
            if attr is None or attr.atype != "DateTime" or not _names_label(col, attr):
                continue
            for other in columns:   # two headed with it ('Due Date', 'Due Time'): the
                if other == col or other not in scored or _names_label(other, attr):
                    continue            # other rules decide (the time joins the date)
                scored[other] = sorted(
                    ((min(c, round(conf * 0.98, 3)), t,
                      f"{why} ('{col}' is headed with its label)") if t == target
                     and why.startswith(_VOCABULARY) and c >= conf else (c, t, why)
                     for c, t, why in scored[other]), key=lambda x: (-x[0], x[1]))
    dated_names_first(columns, names, scored)


def dated_names_first(columns: list[str], names: Mapping[str, Attr],
                      scored: dict[str, list[tuple[float, str, str]]]) -> None:
    """'Completed Date' over 'Completed' for a date column both claim: beside a name said
    with a type word, the bare name is no date (Agile CRM's task 'Completed': No, a flag);
    its claim falls below the dated one's, as a loser's does."""
    words = {c: norm_words(split_words(c)) for c in columns}
    for col in columns:
        ws = words[col]
        if len(ws) < 2 or ws[-1] not in TYPE_WORDS or col not in scored:
            continue
        dates = {t: c for c, t, _ in scored[col]
                 if (a := names.get(t)) is not None and a.atype == "DateTime"}
        for bare in (o for o in columns if o != col and words[o] == ws[:-1] and o in scored):
            scored[bare] = sorted(
                ((min(c, round(dates[t] * 0.98, 3)), t, f"{why} ('{col}' names the date)")
                 if t in dates and c >= dates[t] else (c, t, why)
                 for c, t, why in scored[bare]), key=lambda x: (-x[0], x[1]))
