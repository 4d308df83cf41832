"""Words of a deal's stage or status value that say it is open, won or lost, and why it was
lost, in the common European languages: read by the stages of a status column and by a deal's
own open/won/lost column."""

from __future__ import annotations

import re

#: Words of a status value that say the deal is closed, in the common European languages.
WON_WORDS = ("won", "win", "closed won", "closedwon", "gewonnen", "gagne", "gagné", "ganado",
             "ganada", "vinto", "vinta", "gewonnen", "signed")
LOST_WORDS = ("lost", "closed lost", "closedlost", "verloren", "perdu", "perdue", "perdido",
              "perdida", "perso", "persa", "dead", "cancel", "canceled", "cancelled",
              "abandoned", "rejected", "declined", "storniert", "annule", "annulé", "anulado",
              "out-sold", "outsold", "lost to competitor")
#: Words that say the deal is still open (its stage then decides).
OPEN_WORDS = ("open", "opened", "active", "in progress", "pending", "offen", "ouvert",
              "not started",   # Business Central's opportunities: Not Started, In Progress
              "ouverte", "en cours", "abierto", "abierta", "en curso", "aperto", "aperta",
              "in corso", "lopend", "aberto", "aberta", "em andamento")
#: Words that say why a deal was lost: the status reason they propose.
CANCELED_WORDS = ("cancel", "abandon", "storn", "annul", "anulad", "withdrawn", "no decision",
                  "no budget", "dead")
OUTSOLD_WORDS = ("competitor", "out-sold", "outsold", "out sold", "konkurrenz", "concurren")


def _spaced(text: str) -> str:
    return " " + " ".join(re.split(r"[^\w]+", text.lower())).strip() + " "


def has_word(low: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` is a whole word (or words) of ``low``."""
    text = _spaced(low)
    return any(_spaced(w) in text for w in words)


def closed_state(name: str) -> tuple[int, int | None, bool] | None:
    """(state, statuscode, decided) where the value says won or lost, else None: a lost
    value that says neither cancelled nor out-sold leaves its status reason undecided."""
    low = name.lower()
    if has_word(low, WON_WORDS):
        return 1, 3, True
    if has_word(low, LOST_WORDS) or any(w in low for w in CANCELED_WORDS + OUTSOLD_WORDS):
        canceled = any(w in low for w in CANCELED_WORDS)
        outsold = any(w in low for w in OUTSOLD_WORDS)
        if canceled != outsold:
            return 2, 4 if canceled else 5, True
        return 2, None, False
    return None
