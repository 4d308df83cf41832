"""Column words harvested from other programs' translation catalogs, for review.

Hand-written word lists (``data/foreign_words.yml``) trail every new language: an export in
Slovak or Greek arrives before anyone has written its words. Open-source CRMs, help desks and
shops already translate the same labels into dozens of languages. Read beside the English
catalog (:mod:`d365migrate.mapping.catalogs`), each translated label whose English text our
vocabulary knows as a column ('Postal code', 'Mobile', 'Company name') becomes a reading:
Slovak 'PSČ' -> 'postal code'. Where one program's translators read a label two ways, the
reading more of them chose wins, and a word read evenly two ways is left out.

The harvest writes a words file (``data/harvested_words.yml``) that a person reviews as a
change like any other; :mod:`d365migrate.mapping.foreign_names` reads it after the
hand-written lists, which win where both hold a word.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from d365migrate.intake.content_words import folded
from d365migrate.intake.foreign_kinds import HARVESTED_NAME_WORDS
from d365migrate.intake.kinds import kind_of_word, normalize_name
from d365migrate.mapping.vocabulary import load_vocabulary, norm_words, phrase, split_words
from d365migrate.script_labels import script_key, unfoldable

__all__ = ["Harvest", "english_kind", "english_reading", "harvest_pairs", "language_code"]

#: A label longer than this many words is a sentence, not a column's name.
_MAX_WORDS = 5
#: Placeholders and markup: a message, not a label ('%s', '{name}', ':attribute', '<b>').
_NOT_A_LABEL = re.compile(r"[%{}<>:|\[\]=?!]|\\n|\.\s|\.$|\d{2,}")
#: Marks a label carries around its words ('Name *', 'E-mail:', '(optional)').
_DECORATION = re.compile(r"\s*\((?:optional|required|opt\.?)\)\s*|[*:#]+\s*$", re.I)
#: 'E-mail' is one word to the vocabulary ('email address'), two to a word splitter.
_E_MAIL = re.compile(r"\be-mail", re.I)
#: English labels the vocabulary knows that name no column in a screen's catalog: a button,
#: a page, a list of records ('First', 'End', 'Customers', 'Details'), a yes or no.
_NOT_COLUMNS = frozenset({
    "no", "yes", "first", "last", "begin", "end", "start", "home", "actual", "due", "completed",
    "customers", "accounts", "opportunities", "organizations", "products", "types", "labels",
    "stages", "sources", "roles", "categories", "emails", "email addresses", "contact numbers",
    "progress", "target", "text", "body", "content", "message", "topic", "details", "size",
    "value", "function", "email on", "comment on", "address on", "date to", "in stock",
    "on hand", "admin email", "quote items", "date time", "rate", "inventory", "stock",
    "summary", "comments", "revenues", "label",
    # a login's, a bank's or a tax office's as often as a customer's
    "account", "account number",
    # harvest31: a shop's or a task board's lists, settings and values, no column ('Key' is
    # translated as a door's key; 'In progress' is a status's value)
    "priorities", "dates", "values", "variants", "channels", "countries", "currencies",
    "provinces", "sales", "shipping methods", "product variants", "is a parent of",
    "is a milestone of", "by position", "for products", "for variants", "key",
    "in progress", "starts at", "ends at",
    # GLPI's and iTop's 'complete name' is an entity's path, its parent's (GLPI el, hu fell)
    "full name"})
#: The English names of the records a file holds, normalised ('Customers' -> 'customer'):
#: a label that says more ('Account number', 'Username', 'Price') names no file.
_RECORD_HEADS = {
    # no 'Account': a user's login, a bank's account as often as a customer
    "account": {"customer", "company", "organization", "organisation", "client"},
    "contact": {"contact", "person"},
    "lead": {"lead", "prospect"},
    "deal": {"opportunity", "deal"},
    "task": {"task", "todo"},
    "activity": {"activity", "meeting", "appointment", "phonecall"},   # no 'Call': a verb
    "note": {"note"},
    "user": {"user", "employee", "agent"},
    "ticket": {"ticket", "case"},
    "product": {"product"},
    "order": {"order", "salesorder"},
    "campaign": {"campaign"},
    "competitor": {"competitor"}}
#: A reading that more of the translations of one word chose than this share wins.
_MAJORITY = 2 / 3


def language_code(tag: str) -> str | None:
    """A catalog's language tag as the words files key it ('pt_BR' -> 'pt', 'nb_NO' ->
    'nb', 'cz' -> 'cs'); None for English."""
    base = re.split(r"[-_.]", tag.strip())[0].lower()
    base = {"cz": "cs", "no": "nb", "nn": "nb", "se": "sv"}.get(base, base)
    return None if base in ("en", "") else base


def english_reading(label: str) -> str | None:
    """The English column name a label reads as, when the vocabulary knows it as one
    ('E-mail address' -> 'email address'); None for labels that name no column."""
    text = _E_MAIL.sub("Email", _DECORATION.sub("", label).strip())
    if not text or _NOT_A_LABEL.search(text) or len(text.split()) > _MAX_WORDS:
        return None
    vocab = load_vocabulary()
    if " ".join(split_words(text)) in _NOT_COLUMNS:
        return None
    key = phrase(text)
    if key in vocab.columns or key in vocab.weak:
        return " ".join(split_words(text))
    normal = "_".join(norm_words(split_words(text)))
    if normal and (normal in vocab.columns or normal in vocab.weak):
        return " ".join(split_words(text))
    return None


@dataclass
class Harvest:
    """Readings gathered per language: folded foreign label -> English reading -> count,
    with one written form of each label kept for the file a person reviews."""

    seen: dict[str, dict[str, Counter[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Counter)))
    written: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    english_words: set[str] = field(default_factory=set)
    kinds: dict[str, dict[str, Counter[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Counter)))
    kind_columns: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    #: Labels in a script the fold writes as nothing (:mod:`d365migrate.script_labels`),
    #: keyed by their own letters: label -> English reading -> count, and kind words.
    scripts: dict[str, dict[str, Counter[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Counter)))
    script_kinds: dict[str, dict[str, Counter[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Counter)))

    def add(self, lang: str, label: str, english: str) -> None:
        text = _DECORATION.sub("", label).strip()
        kind = english_kind(english)
        if unfoldable(text):
            self._add_script(lang, text, english, kind)
            return
        key = folded(text)
        if kind and key and len(text.split()) == 1 and not _NOT_A_LABEL.search(text):
            self.kinds[lang][normalize_name(text)][kind] += 1
            self.kind_columns[lang].setdefault(normalize_name(text), key)
        reading = english_reading(english)
        if (not key or reading is None or len(text.split()) > _MAX_WORDS
                or _NOT_A_LABEL.search(text) or key == folded(english)):
            return
        self.seen[lang][key][reading] += 1
        self.written[lang].setdefault(key, text)

    def _add_script(self, lang: str, text: str, english: str, kind: str | None) -> None:
        """A label in a script the fold drops, keyed by its letters ('ที่อยู่')."""
        key = script_key(text)
        if not key or _NOT_A_LABEL.search(key) or len(key.split()) > _MAX_WORDS:
            return
        if kind and len(key.split()) == 1:
            self.script_kinds[lang][key][kind] += 1
        reading = english_reading(english)
        if reading is not None:
            self.scripts[lang][key][reading] += 1

    def script_words(self, rejected: Mapping[str, Iterable[str]] = {},
                     readable: Callable[[str], bool] = lambda _label: False,
                     ) -> dict[str, dict[str, str]]:
        """Each language's harvested labels in a script the fold drops (key -> English):
        none the hand-written lists already read (``readable``), none the review rejected,
        none whose translators disagree. (Not English: English folds whole.)"""
        out: dict[str, dict[str, str]] = {}
        for lang in sorted(self.scripts):
            turned = {script_key(w) for w in rejected.get(lang, ())}
            chosen = {key: best for key, readings in sorted(self.scripts[lang].items())
                      if key not in turned and not readable(key)
                      and (best := _agreed(readings)) is not None}
            if chosen:
                out[lang] = chosen
        return out

    def script_kind_words(self, rejected: Mapping[str, Iterable[str]] = {},
                          readable: Callable[[str], bool] = lambda _word: False,
                          ) -> dict[str, dict[str, list[str]]]:
        """Each language's one-word kind names in a script the fold drops ('ลูกค้า',
        customers): two letters or more (a Han word is two), none discovery already reads
        (``readable``), none read as another column ('電話' a phone, no call), none whose
        translators disagree."""
        out: dict[str, dict[str, list[str]]] = {}
        for lang in sorted(self.script_kinds):
            per: dict[str, list[str]] = defaultdict(list)
            turned = {script_key(w) for w in rejected.get(lang, ())}
            for word, kinds in sorted(self.script_kinds[lang].items()):
                best = _agreed(kinds)
                column = _agreed(self.scripts[lang].get(word, Counter()))
                if (best is None or len(word) < 2 or word in turned or readable(word)
                        or (column is not None
                            and normalize_name("".join(column.split())) not in
                            _RECORD_HEADS[best])):
                    continue
                per[best].append(word)
            if per:
                out[lang] = dict(sorted(per.items()))
        return out

    def words(self, known: Mapping[str, Iterable[str]] = {}, english: Iterable[str] = (),
              rejected: Mapping[str, Iterable[str]] = {},
              readable: Callable[[str, str], bool] = lambda _lang, _label: False,
              ) -> dict[str, dict[str, str]]:
        """Each language's harvested words (as written -> English), without the words
        ``known`` reads in any language (a word another language's list reads, or
        discovery's: 'Telefon', 'Mobil', read alike everywhere), labels left in English
        (every word of them is a word of the English catalogs or of ``english``, the
        vocabulary's), labels the lists already read word by word (``readable``: 'Telefon
        (Privat)' is a home phone, not the plain phone a harvest reads), and words whose
        translators disagree."""
        english_keys = set(english) | self.english_words
        known_any = {folded(k) for words in known.values() for k in words}
        out: dict[str, dict[str, str]] = {}
        for lang in sorted(self.seen):
            have = {folded(k) for k in (*known.get(lang, ()), *rejected.get(lang, ()))}
            chosen: dict[str, str] = {}
            for key, readings in sorted(self.seen[lang].items()):
                written = self.written[lang][key]
                if key in have or key in known_any or key in english_keys or readable(
                        lang, written) or all(
                        folded(w) in english_keys for w in split_words(written)):
                    continue
                (best, n), *rest = readings.most_common()
                if rest and n < _MAJORITY * sum(readings.values()):
                    continue
                chosen[written] = best
            if chosen:
                out[lang] = chosen
        return out


    def kind_words(self, columns: Mapping[str, Mapping[str, tuple[str, ...]]] = {},
                   rejected: Mapping[str, Iterable[str]] = {}
                   ) -> dict[str, dict[str, list[str]]]:
        """Each language's words naming an object kind, as discovery normalises a file's
        name ('Zákazníci' -> 'zakaznik'): six letters or more, no word discovery already
        reads, none that starts or ends a word of the English catalogs (discovery reads a
        kind word at a name's start or end: 'Kontinent' is no Danish 'konti'), and none
        whose translators disagree. A word ``columns`` reads as another column ('Telefon':
        a phone, no call) names that column, no file."""
        english = {w for w in self.english_words if len(w) >= 4}
        out: dict[str, dict[str, list[str]]] = {}
        for lang in sorted(self.kinds):
            per: dict[str, list[str]] = defaultdict(list)
            for word, kinds in sorted(self.kinds[lang].items()):
                (best, n), *rest = kinds.most_common()
                column = columns.get(lang, {}).get(self.kind_columns[lang].get(word, ""), ())
                other_column = bool(column) and (normalize_name("".join(column))
                                                 not in _RECORD_HEADS[best])
                if (len(word) < 6 or word in set(rejected.get(lang, ())) or other_column
                        or (kind_of_word(word) is not None and word not in _harvested_kinds())
                        or (rest and n < _MAJORITY * sum(kinds.values()))
                        or any(e.startswith(word) or e.endswith(word) or word.startswith(e)
                               for e in english)):
                    continue
                per[best].append(word)
            if per:
                out[lang] = dict(sorted(per.items()))
        return out


def _agreed(counts: Counter[str]) -> str | None:
    """The reading most translations chose, when more than two in three chose it."""
    if not counts:
        return None
    (best, n), *rest = counts.most_common()
    return None if rest and n < _MAJORITY * sum(counts.values()) else best


def _harvested_kinds() -> set[str]:
    """The words an earlier harvest installed: discovery knows them, a new harvest weighs
    them again."""
    return {w for kinds in HARVESTED_NAME_WORDS.values() for ws in kinds.values() for w in ws}


def english_kind(label: str) -> str | None:
    """The object kind an English label of three words or fewer names ('Opportunities',
    'Sales orders'), or None."""
    words = split_words(label)
    if not words or len(words) > 3 or _NOT_A_LABEL.search(label):
        return None
    head = normalize_name("".join(words))
    return next((kind for kind, heads in _RECORD_HEADS.items() if head in heads), None)


def harvest_pairs(harvest: Harvest, lang: str, catalog: Mapping[str, str],
                  english: Mapping[str, str]) -> int:
    """Adds a catalog's labels read beside the English catalog of the same program (same
    message keys); returns how many pairs were offered."""
    n = 0
    for key, text in catalog.items():
        source = english.get(key)
        if source and text and isinstance(text, str):
            harvest.english_words.update(folded(w) for w in split_words(source))
            harvest.add(lang, text, source)
            n += 1
    return n
