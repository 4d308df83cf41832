"""Templates named for other records: blueprints, not e-mail templates.

'template' alone, or after a mail word, names an e-mail template; a template named for
another kind of record ('TaskTemplate', 'action_plan_template', 'quote_template') is a
blueprint the CRM copies into such records later (Action Plans' task templates, a quote
layout): no record of its own, and no e-mail. Kept apart from the vocabulary
(:mod:`.kinds`), which asks it, so that the rule reads on its own.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["MAIL_KINDS", "blueprint"]

#: Kinds a word before 'template' may name and the template still be an e-mail's: a
#: campaign's or an automation's e-mails ('campaign_template', 'workflow_template').
MAIL_KINDS = frozenset({"email_template", "campaign", "workflow"})


def blueprint(words: list[str], kind: str, kind_of: Callable[[str], str | None]) -> bool:
    """True when a name's words (normalised) end in 'template' and a word before it names
    another kind of record (by ``kind_of``, the vocabulary's): a blueprint for those."""
    return (kind == "email_template" and len(words) > 1 and words[-1] == "template"
            and any(kind_of(w) not in (None, *MAIL_KINDS) for w in words[:-1]))
