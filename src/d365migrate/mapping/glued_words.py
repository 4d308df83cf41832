"""Column names of two words written as one (NetSuite's and other APIs' lower-case field
names: 'datecreated', 'salesrep'), read as the words the suggestion vocabulary knows."""

from __future__ import annotations

from d365migrate.mapping.sourcecols import Profile
from d365migrate.mapping.vocabulary import Vocabulary


def glued_synonym_targets(p: Profile, table: str, vocab: Vocabulary
                           ) -> dict[str, tuple[float, str]]:
    """A name of two words written as one ('datecreated', 'salesrep', 'companyname': NetSuite
    and other APIs' lower-case field names) read as the two words the vocabulary knows
    ('date_created', 'sales_rep'), a little below the spaced spelling; only where the name as
    written names nothing and exactly one split is known."""
    word = p.variants[0].phrase if p.variants else ""
    if "_" in word or len(word) < 6 or not word.isalpha():
        return {}
    splits = {f"{word[:i]}_{word[i:]}" for i in range(3, len(word) - 2)}
    known = [w for w in splits if w in vocab.columns or w in vocab.weak]
    if len(known) != 1:
        return {}
    out: dict[str, tuple[float, str]] = {}
    for section, base in ((vocab.columns, 0.97), (vocab.weak, 0.75)):
        scoped = section.get(known[0]) or {}
        ranked = list(scoped.get(table, [])) + [
            t for t in scoped.get("*", []) if t not in scoped.get(table, [])]
        for rank, target in enumerate(ranked):
            score = (base - 0.03 * rank) * 0.95 * p.variants[0].factor
            if target not in out or out[target][0] < score:
                out[target] = (score, known[0])
    return out
