"""Leave one language out: how many of its words the other languages' lists read by the
cognate rule (d365migrate.mapping.cognates), right and wrong (keys79).

    PYTHONPATH=src python benchmarks/cognate_leave_one_out.py [-v]

For each language list of mapping/data/foreign_words.yml, pretend it absent: each of its
words that no other list nor discovery's header words hold, and that is no English
vocabulary word, is read by the rule on the other lists. Right: the reading its own list
gives; wrong: another reading; the rest stay unread. Only the tuned languages' lists are
used: the languages measured held out with the rule (HELD_OUT) are never in this file's
figures, neither left out nor among the others.
"""

from __future__ import annotations

import sys

from d365migrate.mapping.cognates import cognate_reading, cognate_words
from d365migrate.mapping.foreign_names import _english, _tables

#: keys79's languages and the a-priori lists of keys80 (el, lv, sr@latin), keys86 (ru, mk,
#: sr) and keys87 (sq, bs, is, eu), measured held out with the rule: never in its figures
HELD_OUT = frozenset({"nb", "ca", "gl", "lt", "el", "lv", "sr@latin", "ru", "mk", "sr", "sq",
                      "bs", "is", "eu"})


def leave_one_out(verbose: bool = False) -> dict[str, tuple[int, int, int]]:
    per, _, common = _tables()
    per = {k: v for k, v in per.items() if k not in HELD_OUT}
    english = _english()
    out = {}
    for lang, words in per.items():
        others = {k: v for k, v in per.items() if k != lang}
        held = cognate_words(others)
        exact = set(common).union(*(w.keys() for w in others.values()))
        asked = right = wrong = 0
        for key, reading in words.items():
            if key in exact or key in english:
                continue
            asked += 1
            got = cognate_reading(key, held, english)
            if got == reading:
                right += 1
            elif got is not None:
                wrong += 1
                if verbose:
                    print(f"  {lang} WRONG {key}: {' '.join(reading)} read {' '.join(got)}")
            if verbose and got == reading:
                print(f"  {lang} right {key}: {' '.join(reading)}")
        out[lang] = (asked, right, wrong)
    return out


if __name__ == "__main__":
    figures = leave_one_out("-v" in sys.argv)
    for lang, (asked, right, wrong) in figures.items():
        print(f"{lang}: {asked} words no other list holds; read right {right}, wrong {wrong}")
    asked, right, wrong = (sum(f[i] for f in figures.values()) for i in range(3))
    print(f"all: {asked}; right {right} ({right / asked:.1%}), wrong {wrong} "
          f"({wrong / max(1, right + wrong):.1%} of those read)")
