"""A community forum's posts: no notes on a CRM record, no messages of a case.

'comment' names a note and 'reply' or 'post' a case's message; qualified by a forum word
('discussion_comments', 'forum_posts', 'community_replies': Freshdesk's, Zendesk Guide's,
Discourse's) they are posts in a public discussion, under topics and forums, which no
Sales table holds. Kept apart from the vocabulary (:mod:`.kinds`), which asks it (with the
blueprints and promotions) so that the rule reads on its own.
"""

from __future__ import annotations

__all__ = ["FORUM_WORDS", "forum_post"]

#: Words before a note's or a message's word that make it a forum's post (normalised,
#: singular).
FORUM_WORDS = frozenset({"forum", "discussion", "community"})

#: Kinds a post's own word ('comment', 'reply', 'post', 'message') names alone.
_POST_KINDS = frozenset({"note", "ticket_message"})


def forum_post(words: list[str], kind: str) -> bool:
    """True when a name's words (normalised) end in a note's or a message's word after a
    forum word: a forum's posts, not the ``kind`` the last word alone names."""
    return kind in _POST_KINDS and len(words) > 1 and any(w in FORUM_WORDS
                                                          for w in words[:-1])
