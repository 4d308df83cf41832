"""Column names in the common European languages, read as the English the engine knows.

A customer's export may say 'Telefon geschäftlich', 'Code postal' or 'Nombre' and
'Apellidos'. The suggestion engine compares names with an English vocabulary, so each such
name gets one more reading, in English ('business phone', 'postal code', 'first name'), which
then goes through the vocabulary like any other (``sourcecols._variants``).

The words are data (``data/foreign_words.yml``, with discovery's header words of
:mod:`d365migrate.intake.content_words`). Where two languages read one word differently
(Spanish 'comercial' is the sales rep, Portuguese 'comercial' the business phone's side), the
file's own language decides: the language most of its headers are written in.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from importlib import resources

import yaml

from d365migrate.intake.content_words import HEADER_WORDS, folded
from d365migrate.intake.kinds import ascii_folded
from d365migrate.mapping.cjk_names import cjk_readings
from d365migrate.mapping.cognates import COGNATE_FACTOR, cognate_reading, cognate_words
from d365migrate.mapping.negated_channels import negated_channel
from d365migrate.mapping.possessive_names import OF_WORDS, possessive_reading
from d365migrate.mapping.region_words import region_or_department
from d365migrate.mapping.vocabulary import load_vocabulary, split_words

__all__ = ["english_words", "foreign_readings", "hand_readable", "hand_written_tables",
           "whole_readings", "hand_written_words", "plain_part", "side_phone",
           "language_of", "says_other_values", "TRANSLATED_FACTOR"]

#: Trust in a reading of a whole header found in the word list, and in one read word by word.
TRANSLATED_FACTOR = 0.98
_WORD_BY_WORD_FACTOR = 0.96

#: Discovery's header words name English columns run together; the words they stand for.
_ENGLISH = {"firstname": "first name", "lastname": "last name", "mobilephone": "mobile phone",
            "jobtitle": "job title", "employees": "number of employees",
            "annualrevenue": "annual revenue", "closedate": "close date",
            "duedate": "due date", "productcode": "product code", "birthdate": "birthdate",
            "username": "user name", "source": "lead source"}
#: Words that join others and mean nothing alone ('Date de naissance', 'Fase di vendita').
_JOINERS = frozenset({"de", "del", "della", "delle", "dello", "degli", "dei", "di", "da", "du",
                      "des", "d", "la", "le", "les", "el", "los", "las", "il", "lo", "l",
                      "van", "von", "der", "die", "das", "den", "het", "do", "dos", "no", "na",
                      "em", "y", "e", "et", "und", "en", "al", "au", "aux", "im", "am"})
#: Which side of a person an address or phone is on; English writes it first.
_SIDES = frozenset({"business", "home", "other"})
#: Which of a record's addresses a part is of, written after the part in the Romance
#: languages ('CP de facturación', 'CAP di Fatturazione') and in German ('Postleitzahl
#: Rechnungsanschrift': the billing address's); English writes it first.
#: A remark in brackets naming which address a part is of is part of the name too
#: (vtiger's Hungarian 'Város (Szállítási cím)': the shipping address's city).
_REMARK_SIDES = frozenset({"billing", "shipping", "mailing"})
_ADDRESS_SIDES = (("billing", "address"), ("shipping", "address"), ("billing",),
                  ("shipping",), ("primary", "address"))
#: A whole name beside a given name is the surname, beside a surname the given name
#: (Turkish 'Ad' beside 'Soyad', Romanian 'Nume' beside 'Prenume': keys125; Russian 'Имя' and
#: Greek 'Όνομα' as folded: X2CRM's, a record's name on its accounts: keys123; Czech 'Jméno'
#: and Swedish 'Namn', Kimai's customer's name beside no part of a person's: keys127; Danish
#: and Norwegian 'Navn' beside 'Fornavn' and 'Efternavn': keys130; Ukrainian 'Ім'я' as folded:
#: EspoCRM's, keys132; Croatian and Slovene 'Ime', Slovak 'Meno', Lithuanian 'Vardas',
#: Latvian 'Vārds': a given name beside a surname, a record's name alone: tune146).
_PLAIN_NAMES = frozenset({"nom", "nombre", "nome", "nominativo", "naam", "name", "ad", "nume",
                          "ymia", "onoma", "jmeno", "namn", "navn", "imia",
                          "nimi",    # Finnish (keys136)
                          "ime", "meno", "vardas", "vards",
                          "yme",     # Bulgarian, Serbian, Macedonian 'Име' (folded И: y)
                          # Basque, Vietnamese 'Tên', Albanian 'Emër', Indonesian and Malay
                          # (SuiteCRM eu's accounts, Twenty vi's companies: session 38)
                          "izena", "ten", "emer", "nama"})
_LONGEST_RUN = 5
#: Abbreviations of "number" before a line's or a part's number ('Ulica, riadok č. 1',
#: 'Ulica, wiersz nr 1', 'Línea nº 2'): the number says it; English writes 'Street line 1'.
_NUMBER_SIGNS = frozenset({"c", "nr", "no", "n", "nro", "num"})
#: A word's feminine ending glued on in brackets ('Prodavač(ica)', 'Verkäufer(in)',
#: 'Vendedor(a)'): the word a list holds is the one before it; lowercase letters only, as a
#: unit or a code in brackets ('Amount(USD)') is no ending
_CLOSING_REMARK = re.compile(r"\s*\([^()]*\)\s*\.?\s*$")   # its full stop after it too
#: A currency's code or sign in brackets after an amount's name ('Preis (EUR)', 'Prix (€)',
#: Akeneo's price columns): which currency, no qualifier of the name.
_CURRENCY_REMARK = re.compile(r"\((?:[A-Z]{3}|[$€£¥₹]|zł|kr)\)")
_GENDERED_ENDING = re.compile(r"(?<=[^\W\d_])\((?:[^\W\d_]{1,5})\)(?=\s|$)")
#: Words of a reading that fit values of a format ('Adresse' holding e-mails is no street).
#: (a postal code of digits and a dash, Japan's 104-0061, reads as a short phone number)
#: A user is known by their e-mail: a column naming who owns or is assigned a record
#: ('Verantwortlicher', 'Responsable du Lead') holding e-mails is that user, no e-mail column.
_FORMAT_WORDS = {"email": {"email", "mail", "owner", "salesperson", "assigned", "user"},
                 "phone": {"phone", "mobile", "fax", "telephone", "callback", "pager",
                           "postal", "zip", "postcode"},
                 "url": {"website", "url", "web", "site", "homepage"}}


def hand_written_words() -> dict[str, dict[str, str]]:
    """``data/foreign_words.yml`` as written: the words a harvest leaves alone."""
    text = (resources.files("d365migrate.mapping") / "data" / "foreign_words.yml").read_text(
        "utf-8")
    return {str(k): {str(w): str(r) for w, r in v.items()}
            for k, v in (yaml.safe_load(text) or {}).items()}


def hand_written_tables() -> dict[str, dict[str, tuple[str, ...]]]:
    """The hand-written words of each language, folded and read as English words."""
    return {lang: {folded(k): tuple(split_words(v)) for k, v in words.items()}
            for lang, words in hand_written_words().items()}


def hand_readable(lang: str, label: str) -> bool:
    """Whether the hand-written lists of ``lang`` (and discovery's words) read a label,
    whole or word by word into English words only: a harvest adds no second reading of it
    (but reads 'Meno spoločnosti', where the lists read 'meno' and leave the rest)."""
    per, merged, _ = _tables()
    table = {**merged, **per.get(lang, {})}
    key = folded(label)
    if not key or key in table:
        return bool(key)
    english = _english() | {w for reading in table.values() for w in reading}
    return any(all(w in english for w in words) for words, _ in _word_by_word(label, table))


def whole_readings(label: str) -> set[str]:
    """The English words the hand-written lists of any language read ``label`` as, whole
    ('Änderungsdatum': modified, on); empty where no list reads it whole."""
    per, merged, _ = _tables()
    key = folded(label)
    if not key:
        return set()
    return {w for table in (merged, *per.values()) for w in table.get(key, ())}


def english_words() -> frozenset[str]:
    """Names the English vocabulary knows: a harvested word that is one adds nothing."""
    return _english()


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, tuple[str, ...]]], dict[str, tuple[str, ...]],
                       dict[str, tuple[str, ...]]]:
    """Each language's hand-written words, the words of every language where none disagree,
    and discovery's header words: what a file's language is told by."""
    per = hand_written_tables()
    common = {k: tuple(split_words(_ENGLISH.get(v, v))) for k, v in HEADER_WORDS.items()}
    merged = dict(common)
    readings: dict[str, set[tuple[str, ...]]] = {}
    for words in per.values():
        for k, v in words.items():
            readings.setdefault(k, set()).add(v)
    for k, vs in readings.items():
        if len(vs) == 1:
            merged[k] = next(iter(vs))
        elif k not in common:
            merged.pop(k, None)   # languages disagree and discovery says nothing: no reading
    return per, merged, common


@functools.lru_cache(maxsize=1)
def _harvested() -> dict[str, dict[str, tuple[str, ...]]]:
    """Each language's harvested words (``data/harvested_words.yml``): read in a file of
    that language after its hand-written words, never evidence of a file's language (a
    harvest's many words would tie languages its hand-written lists tell apart), except for
    a language no hand-written list has (:func:`_harvest_only`)."""
    data = resources.files("d365migrate.mapping") / "data"
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    # the harvest, then the words written by hand for languages only it knows (a list of
    # their own in foreign_words.yml would stop the harvest telling the file's language)
    for name in ("harvested_words.yml", "harvest_supplement.yml"):
        raw = yaml.safe_load((data / name).read_text("utf-8")) or {}
        for lang, words in raw.items():
            out.setdefault(str(lang), {}).update(
                {folded(str(k)): tuple(split_words(str(v))) for k, v in words.items()})
    return out


def _fold_words(name: str) -> list[str]:
    return split_words(ascii_folded(name))


@functools.cache   # one table a language, kept: _reading_words knows each by its id
def _table(lang: str | None) -> dict[str, tuple[str, ...]]:
    """The words read in a file of ``lang``: a word of one language alone is no evidence
    ('Service' may be English), so a file of no known language reads discovery's only."""
    per, merged, common = _tables()
    return {**merged, **_harvested().get(lang, {}), **per.get(lang, {})} if lang else common


@functools.lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """Names the English vocabulary knows ('fax', 'website', 'region'): no evidence of a
    language, whatever else a word list says of them."""
    vocab = load_vocabulary()
    return frozenset({k.replace("_", "") for k in (*vocab.columns, *vocab.weak)}
                     | set(vocab.tokens) | set(vocab.tokens.values()))


def _evidence(header: str) -> set[str]:
    """The folded keys a header offers as evidence of its language (whole and word by word;
    names the English vocabulary knows are none)."""
    return {folded(header), *(_fold_words(header))} - _english()


@functools.lru_cache(maxsize=512)
def _ranked(headers: frozenset[str]) -> tuple[tuple[str, int], ...]:
    """Each language with the number of headers written in it, most first. One header
    counts once, however it is spelled: a column's own name beside its siblings' folded
    forms ('PSČ' and 'psč') is one piece of evidence, not two."""
    per, scripts = _tables()[0], _scripts()
    counts: dict[str, int] = {}
    for h in {folded(x): x for x in sorted(headers)}.values():
        keys, script = _evidence(h), _script(h)
        for lang, words in per.items():
            if script in scripts[lang] and keys & words.keys():
                counts[lang] = counts.get(lang, 0) + 1
    ranked = tuple(sorted(counts.items(), key=lambda kv: -kv[1]))
    alone = _harvest_only(headers)
    # a word or two a list holds by chance ('Data' in Vietnamese Redmine's issues) is less
    # evidence than more headers of a language only the harvest knows
    return alone if alone and (not ranked or alone[0][1] > ranked[0][1]) else ranked


def _harvest_only(headers: frozenset[str]) -> tuple[tuple[str, int], ...]:
    """No hand-written list reads the file: a language only the harvest has (Indonesian,
    Vietnamese, Malay), said by two of its headers or more of four letters or more, as
    :func:`_surely` asks of a list's language; where two tie, the one reading more of the
    same headers whole (two names of one language), else nothing."""
    per, english = _tables()[0], _english()
    listed = _listed()   # Spanish 'Estado', Tagalog's too: evidence of the listed language
    counts: dict[str, int] = {}
    said_by: dict[str, frozenset[str]] = {}
    for lang, words in _harvested().items():
        if lang in per:
            continue
        said = frozenset(h for h in headers if {k for k in {folded(h), *_fold_words(h)}
                                                - english - listed if len(k) >= 4}
                         & words.keys())
        if len(said) >= 2:
            counts[lang], said_by[lang] = len(said), said
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        # two names of one language, each with its catalog ('fil' and 'tl': Filipino is
        # Tagalog) say the same headers: the one whose words read more of them
        tied = [lang for lang, n in ranked if n == ranked[0][1]]
        reads = sorted(((_read_by(said_by[lang], lang), lang) for lang in tied), reverse=True)
        if len({said_by[lang] for lang in tied}) == 1 and reads[0][0] > reads[1][0]:
            return ((reads[0][1], ranked[0][1]),)
    return tuple(ranked[:1]) if len(ranked) == 1 or (
        ranked and ranked[0][1] > ranked[1][1]) else ()


@functools.lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    """Every word a hand-written list holds."""
    return frozenset(k for words in _tables()[0].values() for k in words)


def _read_by(headers: frozenset[str], lang: str) -> tuple[int, int]:
    """How many of ``headers`` a harvested language's table reads whole, and how many of
    their words (Indonesian 'Nama Belakang' whole, Malay only 'nama')."""
    table = _harvested()[lang]
    return (sum(folded(h) in table for h in headers),
            sum(w in table for h in headers for w in _fold_words(h)))


def _script(text: str) -> str:
    """The script of a header's first letter ('LATIN', 'CYRILLIC', 'GREEK')."""
    letter = next((c for c in text if c.isalpha()), "")
    return unicodedata.name(letter, "").split(" ")[0] if letter else ""


@functools.lru_cache(maxsize=1)
def _scripts() -> dict[str, frozenset[str]]:
    """The scripts each language's hand-written words are written in (a tenth of them or
    more; a header of no letters is written in any): folded to Latin letters, Bulgarian
    'Телефон' is Dutch 'telefon' too, but a Cyrillic header is no evidence of Dutch."""
    out: dict[str, frozenset[str]] = {}
    for lang, words in hand_written_words().items():
        counts: dict[str, int] = {}
        for k in words:
            counts[_script(str(k))] = counts.get(_script(str(k)), 0) + 1
        out[lang] = frozenset({sc for sc, n in counts.items() if n * 10 >= len(words)} | {""})
    return out


def _language(headers: frozenset[str], name: str | None = None) -> str | None:
    """The file's language; where two say as much, the one the column ``name`` itself is
    written in, if only one of them holds it."""
    ranked = _ranked(headers)
    if not ranked:
        return None
    tied = [lang for lang, n in ranked if n == ranked[0][1]]
    if len(tied) == 1:
        return tied[0]
    if name is None:
        return None
    per, keys = _tables()[0], _evidence(name)
    own = [lang for lang in tied if keys & per[lang].keys()]
    return own[0] if len(own) == 1 else None


def language_of(headers: Iterable[str]) -> str | None:
    """The language most of a file's headers are written in ('de', 'fr', ...), or None when
    no header says or two languages say as much."""
    return _language(frozenset(headers))


@functools.lru_cache(maxsize=512)
def _surely(headers: frozenset[str], lang: str) -> bool:
    """A file's language said by two words of its list or more, of four letters or more: one
    short word says little (Danish 'by', city, is English's 'caused_by')."""
    per, english = _tables()[0].get(lang) or _harvested().get(lang, {}), _english()
    said = {k for h in headers for k in {folded(h), *_fold_words(h)} - english
            if len(k) >= 4 and k in per}
    return len(said) >= 2


def _cognate(key: str, name: str) -> tuple[str, ...] | None:
    """A whole header no list reads, read as the near-equal header of a language's list
    (:mod:`d365migrate.mapping.cognates`); never one with an English vocabulary word in it
    ('category_id' is no 'kategorie', 'Close code' no 'code postal')."""
    english = _english()
    if key in _tables()[2] or any(w in english for w in _fold_words(name)):
        return None
    return cognate_reading(key, _cognate_words(), english)


@functools.lru_cache(maxsize=1)
def _cognate_words():  # noqa: ANN202  (cognates.Words)
    return cognate_words(_tables()[0])


def _plain_name(key: str, heads: frozenset[str], table: dict[str, tuple[str, ...]]
                ) -> tuple[str, ...] | None:
    """'Nom' beside 'Prénom' is the surname; 'Nombre' beside 'Apellidos' the given name.

    Beside both parts ('Nombre' beside 'Nombres' and 'Apellidos') it is the record's whole
    name. Given twice (the reader reads the second 'Nome_2') beside one part, the first is
    the record's whole name and the second the other part: a client's 'Nome' then its
    contact's 'Nome' beside 'Cognome' (keys120)."""
    folds = {folded(h) for h in heads}
    second = key[:-1] if key.endswith("2") and key[:-1] in _PLAIN_NAMES else None
    if key not in _PLAIN_NAMES and (second is None or second not in folds):
        return None
    plain = second or key
    if table.get(plain) and "name" not in table[plain]:
        return None   # another language's name word, this one's other word: French
        # 'Nombre' (a number, OpenSupports' ticket number) is no Spanish 'nombre'
    # a part named with a remark beside it ('Фамилия (презиме)', surname (patronymic); the
    # engine passes a file's headers as their words, the brackets gone): its first word
    bare = {folded(_CLOSING_REMARK.sub("", h)) for h in heads} | {
        ws[0] for h in heads if len(ws := _fold_words(h)) == 2} - {""}
    beside = {table.get(f) for f in folds | bare if f not in (plain, plain + "2")}
    parts = {("first", "name"), ("last", "name")} & beside
    if len(parts) == 1 and (second or plain + "2" in folds):
        other = ("last", "name") if ("first", "name") in parts else ("first", "name")
        return other if second else ("name",)   # a doubled whole name: first the record's
    if second:
        return None
    if len(parts) == 2:
        return ("name",)
    if ("first", "name") in beside and ("last", "name") not in beside:
        return ("last", "name")
    if ("last", "name") in beside and ("first", "name") not in beside:
        return ("first", "name")
    if ("first", "name") not in beside:
        return ("name",)   # alone, beside no part of a person's name: the record's name
    return None


def plain_part(name: str, headers: Iterable[str]) -> tuple[str, ...] | None:
    """The part of a person's name a plain name word is beside its sibling part, in a file of
    a known language: Catalan 'Nom' beside 'Cognom' (a surname) is the given name, whatever
    French 'nom' (a surname) says on its own. None when the file's language is unknown or the
    word is no plain name or reads as the record's whole name (save given twice)."""
    heads = frozenset(headers) | {name}
    lang = _language(heads, name)
    if lang is None:
        return None
    part = _plain_name(folded(name), heads, _table(lang))
    # given twice beside one part ('Nom', 'Prénom', 'Nom' of Indico's French registrants),
    # the first is the record's whole name, not the surname French 'nom' says alone
    doubled = folded(name) + "2" in {folded(h) for h in heads}
    return part if part in (("first", "name"), ("last", "name")) or (
        part == ("name",) and doubled) else None


def foreign_readings(name: str, headers: Iterable[str]) -> list[tuple[tuple[str, ...], float]]:
    """English readings of a column name written in another language, each with its trust;
    ``headers`` are the file's column names (its language and the name's neighbours)."""
    return list(_readings(name, frozenset(headers)))


@functools.lru_cache(maxsize=1 << 16)
def _readings(name: str, heads: frozenset[str]) -> tuple[tuple[tuple[str, ...], float], ...]:
    """:func:`foreign_readings`, remembered: a file's headers are read again for each of its
    columns (a lead's lone name looks at every header beside it), the same question each time."""
    return tuple(_read_foreign(name, heads))


def _file_table(heads: frozenset[str], name: str) -> dict[str, tuple[str, ...]]:
    """The words a column ``name`` of a file with ``heads`` is read by: its language's; two
    languages tied ('Titel' beside 'Beschreibung' and 'Autor': German or Dutch), the words
    every language reads alike ('titel' is a title in both); none said, discovery's."""
    lang = _language(heads, name)
    return _table(lang) if lang or not _ranked(heads) else _tables()[1]


def _read_foreign(name: str, heads: frozenset[str]) -> list[tuple[tuple[str, ...], float]]:
    cjk = cjk_readings(name, heads)   # Japanese: words cut without spaces ('会社電話')
    if cjk:
        return cjk
    lang, table = _language(heads, name), _file_table(heads, name)
    name = _without_gendered_ending(name)
    key = folded(name)
    if not key:   # a name the Latin fold drops ('לא להתקשר'): a 'do not' flag at most
        flag = negated_channel(name)
        return [(flag, TRANSLATED_FACTOR)] if flag else []
    plain = _plain_name(key, heads, table)
    if plain is not None:
        return [(plain, TRANSLATED_FACTOR)]
    if key in table:
        # a side alone ('Privat', 'Geschäftlich': Outlook's private flag) names no column
        return [] if set(table[key]) <= _SIDES else [
            (region_or_department(key, table[key], heads, table), TRANSLATED_FACTOR)]
    remarked = _without_remark(name, table)
    if remarked in table and not set(table[remarked]) <= _SIDES:
        return [(region_or_department(remarked, table[remarked], heads, table),
                 TRANSLATED_FACTOR)]
    flag = negated_channel(name)   # 'Skicka inte brev', 'לא להתקשר': a 'do not' flag
    if flag is not None:
        return [(flag, TRANSLATED_FACTOR)]
    # 'Nom de responsable' beside 'Prénom du responsable' is that person's surname, no name
    # of theirs whole: a plain name word leads a possessive only where no given name of the
    # same owner stands beside it (Lago's bare 'Nombre' beside 'Nombre del cliente' does not)
    folds = _fold_words(name)
    given = False
    if len(folds) > 2 and folds[0] in _PLAIN_NAMES and folds[1] in OF_WORDS:
        owner = [w for w in folds[1:] if w not in OF_WORDS]
        given = any(table.get(ws[0]) == ("first", "name")
                    and [w for w in ws[1:] if w not in OF_WORDS] == owner
                    for h in heads if len(ws := _fold_words(h)) > 1)
    read = _word_by_word(name, table, plain_lead=not given)
    if read and (len(_fold_words(name)) > 2 or not _left_foreign(read[0][0], table)):
        return read
    bare = _without_articles(name, table)
    if bare:   # 'Ang ID', 'Ang Email Address': the article on English words
        return [(bare, TRANSLATED_FACTOR)]
    # last: in a file surely of a known language (not English), a header no list reads,
    # nearly equal to a word of one ('Prioritete'); also one of two words read only in part,
    # a word left as written ('Koncový dátum': 'koncovy' + date), when a whole header is that
    # near (a longer one, 'Menedżer->Pełna nazwa', keeps its words: a manager's full name)
    cognate = _cognate(key, name) if lang and _surely(heads, lang) else None
    if cognate is None or set(cognate) <= _SIDES:
        return read
    return [(cognate, COGNATE_FACTOR)]


def _without_articles(name: str, table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The English words a header is after the words its language reads as nothing (an
    article: Tagalog 'Ang ID'); nothing where a word is neither."""
    words = _fold_words(name)
    rest = tuple(w for w in words if table.get(w, (w,)) != ())
    english = _english() | {"id"}   # a record's id, no name the vocabulary holds alone
    if len(rest) == len(words) or not rest or any(w not in english for w in rest):
        return ()
    return rest


def _left_foreign(words: tuple[str, ...], table: dict[str, tuple[str, ...]]) -> bool:
    """Whether a word-by-word reading kept a word no list nor the vocabulary reads."""
    english = _english()
    return any(w not in english and w not in _SIDES and w not in table
               and w not in _reading_words(id(table), table) for w in words)


_READING_WORDS: dict[int, frozenset[str]] = {}


def _reading_words(key: int, table: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The English words a table's readings are made of (each table lives as long as the
    process, never evicted from its cache: remembered by identity)."""
    if key not in _READING_WORDS:
        _READING_WORDS[key] = frozenset(w for reading in table.values() for w in reading)
    return _READING_WORDS[key]


def _without_remark(name: str, table: dict[str, tuple[str, ...]]) -> str:
    """The folded header without a closing remark in brackets, when something is left: 'No
    enviar correos electrónicos masivos (el usuario no lo desea)', 'Keine Massen-E-Mails
    (User Opt out)': the words before the brackets name the column, the remark says why
    (keys105); so is a currency's code ('Preis (EUR)'). One word in brackets is no remark
    but a qualifier, part of the name
    ('Téléphone (domicile)': the home phone); so are words in brackets that say which side
    of a record the column is of ('Kraj (adres prywatny)': the private address's country,
    keys116; 'Város (Szállítási cím)': the shipping address's city)."""
    m = _CLOSING_REMARK.search(name)
    if m is None or not name[:m.start()].strip():
        return ""
    if _CURRENCY_REMARK.fullmatch(m.group().strip(" .")):   # 'Preis (EUR)': the currency
        return folded(name[:m.start()])
    words = _fold_words(m.group())
    if len(words) < 2 or any((_SIDES | _REMARK_SIDES) & set(table.get(w, ())) for w in words):
        return ""
    return folded(name[:m.start()])


def _without_gendered_ending(name: str) -> str:
    """'Prodavač(ica)' -> 'Prodavač': a job's or a person's word with its feminine form's
    ending in brackets reads as the word (keys87: Bosnian's salesperson)."""
    return _GENDERED_ENDING.sub(lambda m: "" if m.group()[1:-1].islower() else m.group(),
                                name)


def _word_by_word(name: str, table: dict[str, tuple[str, ...]], plain_lead: bool = True
                  ) -> list[tuple[tuple[str, ...], float]]:
    words = _fold_words(name)
    glued = re.fullmatch(r"([a-z]+)(\d+)", words[0]) if len(words) == 1 else None
    if glued and glued.group(1) in table:
        words = list(glued.groups())   # a word glued to its number ('Straße2': 'Straße 2')
    words = [w for i, w in enumerate(words)
             if not (0 < i < len(words) - 1 and w in _NUMBER_SIGNS and words[i + 1].isdigit())]
    if len(words) < 2:
        return []
    out: list[str] = []
    splits: list[int] = []
    translated = False
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + _LONGEST_RUN), i, -1):
            run = "".join(words[i:j])
            if run in table and (j - i > 1 or run not in _JOINERS):
                # a word its neighbour's reading repeats is read once ('adres_adresregel1':
                # 'address' + 'address line 1' -> 'address line 1'); a word read as nothing
                # is an article or a joiner of its language (Tagalog 'Ang', 'ng')
                reading = table[run]
                if not reading:
                    i = j
                    break
                out.extend(reading[1:] if out and reading[0] == out[-1] else reading)
                translated, i = True, j
                break
        else:
            if out and i == len(words) - 1 and words[i] in _PLAIN_NAMES:
                out.append("name")   # 'Compte - Nom': the account's name (Zurmo's compounds)
            elif plain_lead and i == 0 and words[i] in _PLAIN_NAMES and len(words) > 2 \
                    and words[1] in OF_WORDS:
                out.append("name")   # 'Nombre del Solicitante': the requester's name
            elif words[i] not in _JOINERS:
                out.append(words[i])
            elif words[i] in OF_WORDS:
                splits.append(len(out))   # 'de' in 'Type de client': the owner follows
            i += 1
    if not translated or not out:
        return []
    if "address" in out and "status" in out:
        # Spanish and Portuguese 'Estado' of an address is its state, not a status
        out = ["state" if w == "status" else w for w in out]
    sides = [w for w in out if w in _SIDES]
    rest = [w for w in out if w not in _SIDES]
    if sides and rest:
        out = sides[:1] + rest   # 'Telefon geschäftlich' -> 'business phone'
    for side in _ADDRESS_SIDES:     # 'CP de envío' -> 'shipping postal code'
        if len(out) > len(side) and tuple(out[-len(side):]) == side:
            out = [*side, *out[:-len(side)]]
            break
    else:
        owner = possessive_reading(out, splits)
        if owner is not None:
            return [(owner, _WORD_BY_WORD_FACTOR), (tuple(out), _WORD_BY_WORD_FACTOR * 0.99)]
    return [(tuple(out), _WORD_BY_WORD_FACTOR)]


def says_other_values(words: tuple[str, ...], kind: str) -> bool:
    """A translated reading that names something else than what the values plainly are:
    German 'Adresse' is a street, but a column of e-mail addresses is e-mail."""
    fit = _FORMAT_WORDS.get(kind)
    return fit is not None and not fit & set(words)


def side_phone(name: str, headers: Iterable[str]) -> tuple[str, ...] | None:
    """A side alone over a column of phone numbers, as that side's phone: SuiteCRM's 'Home'
    (a home phone) in Basque 'Etxea', Sinhala 'ගෙදර'. A side alone names no column of other
    values (Outlook's 'Privat' flag), so only phone numbers make it one."""
    heads = frozenset(headers) | {name}
    read = cjk_readings(name, heads)
    words = read[0][0] if read else _file_table(heads, name).get(
        folded(_without_gendered_ending(name)), ())
    return (words[0], "phone") if len(words) == 1 and words[0] in _SIDES else None
