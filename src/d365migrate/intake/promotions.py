"""Offers the business runs for everyone: promotions, not quotes.

'offer' names a quote (German 'Angebot', Dutch 'offerte': a price offered to one customer);
an offer qualified as special, promotional, seasonal or a discount ('SpecialOffer',
'promo_offer', 'discount_offers') is a promotion the business runs for everyone, with a
discount and dates but no customer: no quote. Kept apart from the vocabulary
(:mod:`.kinds`), which asks it (with the blueprints) so that the rule reads on its own.
"""

from __future__ import annotations

from collections.abc import Callable

from d365migrate.intake.blueprints import blueprint
from d365migrate.intake.forum_posts import forum_post
from d365migrate.intake.plan_names import plan_of_something_else

__all__ = ["PROMOTION_WORDS", "not_a_record", "promotion"]

#: Words before 'offer' that make it a promotion (normalised, singular).
PROMOTION_WORDS = frozenset({"special", "promo", "promotion", "promotional", "discount",
                             "seasonal", "bonus", "coupon", "clearance", "introductory"})


def promotion(words: list[str], kind: str) -> bool:
    """True when a name's words (normalised) end in 'offer' after a promotion word: a
    promotion for everyone, not the quote ``kind`` the word 'offer' alone names."""
    return (kind == "quote" and len(words) > 1 and words[-1] == "offer"
            and words[-2] in PROMOTION_WORDS)


def not_a_record(words: list[str], kind: str, kind_of: Callable[[str], str | None]) -> bool:
    """True when a name whose head noun names ``kind`` still names no record of it: a
    blueprint for other records (:func:`.blueprints.blueprint`), a promotion, a forum's
    posts (:func:`.forum_posts.forum_post`) or another noun's plan
    (:func:`.plan_names.plan_of_something_else`)."""
    return (blueprint(words, kind, kind_of) or promotion(words, kind)
            or forum_post(words, kind) or plan_of_something_else(words, kind, kind_of))
