"""A plan of something else is no product.

'plan' names a product where a business sells plans ('plans', 'subscription_plan',
'pricing_plan', 'rate_plan': what a subscription buys). A plan qualified by another noun is
that noun's plan, no thing on sale: an account plan, a project plan, a payment plan (a
pledge's instalments), a care plan, an action plan, a lesson plan, a nonprofit's
'Designation Plan' (how pledges are earmarked). So a name whose head noun is 'plan' after
one word or more names a product only when the word before 'plan' says what is sold or how
it is priced (PRODUCT_PLAN_WORDS) or itself names a product; else it names no kind and the
file's columns decide. Kept apart from the vocabulary (:mod:`.kinds`), which asks it
through :func:`.promotions.not_a_record`.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["PRODUCT_PLAN_WORDS", "plan_of_something_else"]

#: Words before 'plan' that keep it a plan on sale (normalised, singular).
PRODUCT_PLAN_WORDS = frozenset({
    "subscription", "pricing", "price", "billing", "rate", "tariff", "service", "membership",
    "hosting", "data", "mobile", "phone", "license", "licence", "support", "maintenance",
    "software", "saas", "cloud", "monthly", "annual", "yearly", "premium", "basic", "pro",
    "enterprise", "starter", "product", "paid", "free", "trial", "base", "addon", "default",
    "current", "new", "old", "history"})


def plan_of_something_else(words: list[str], kind: str,
                           kind_of: Callable[[str], str | None]) -> bool:
    """True when a name's words (normalised) end in 'plan' qualified by a word that says no
    sale (module docstring): the product ``kind`` the word 'plan' alone names is not it."""
    if kind != "product" or len(words) < 2 or words[-1] != "plan":
        return False
    before = words[-2]
    return before not in PRODUCT_PLAN_WORDS and kind_of(before) != "product"
