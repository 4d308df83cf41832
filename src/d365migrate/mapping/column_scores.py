"""How well one source column fits one Dataverse column: by name, by type, by choice labels.

Split from :mod:`d365migrate.mapping.suggest`, which ranks these scores per column; each
function returns a score and the reason fragment the analyst reads beside the suggestion."""

from __future__ import annotations

import re
from collections.abc import Mapping

from rapidfuzz import fuzz

from d365migrate.dataverse.tables import CHOICE_TYPES, LOOKUP_TYPES
from d365migrate.intake.content_words import folded
from d365migrate.mapping.api_self_links import api_record_addresses
from d365migrate.mapping.flag_nouns import noun_for_flag
from d365migrate.mapping.foreign_values import english_value
from d365migrate.mapping.glued_words import glued_synonym_targets
from d365migrate.mapping.labelled_dates import label_with_type_word
from d365migrate.mapping.number_bands import band_shaped
from d365migrate.mapping.own_lists import documents, own_list
from d365migrate.mapping.party_address import party_address_targets
from d365migrate.mapping.record_lists import lists_records
from d365migrate.mapping.responsible_users import responsible_bonus
from d365migrate.mapping.sourcecols import Profile
from d365migrate.mapping.targets import Attr
from d365migrate.mapping.unix_dates import unix_dates
from d365migrate.mapping.value_signs import tokens
from d365migrate.mapping.vocabulary import (
    Vocabulary,
    expanded,
    norm_words,
    split_words,
    words_sim,
)
from d365migrate.mapping.web_addresses import url_reading_misfit
from d365migrate.words import a_or_an


def synonym_targets(p: Profile, table: str, vocab: Vocabulary) -> dict[str, tuple[float, str]]:
    """Targets the vocabulary names for this column on this table, with score and phrase."""
    out: dict[str, tuple[float, str]] = {}
    for section, base in ((vocab.columns, 0.97), (vocab.weak, 0.75)):
        for v in p.variants:
            scoped, factor = section.get(v.phrase), v.factor
            if not scoped and (long := expanded(v.words)) != tuple(v.words):
                # an abbreviation written out ('goal_amt', 'win_prob'): a little less sure
                scoped, factor = section.get("_".join(long)), v.factor * 0.98
            if not scoped:
                continue
            ranked = list(scoped.get(table, [])) + [
                t for t in scoped.get("*", []) if t not in scoped.get(table, [])]
            for rank, target in enumerate(ranked):
                score = (base - 0.03 * rank) * factor
                if target not in out or out[target][0] < score:
                    out[target] = (score, v.phrase)
    # billing_address_city -> billto_city
    for target, hit in party_address_targets(p, table).items():
        if target not in out or out[target][0] < hit[0]:
            out[target] = hit
    if not out:
        out = glued_synonym_targets(p, table, vocab)
    return out

#: An address's own name ('Address 2: Name': "Home", "Head office"), never its street's.
ADDRESS_NAME = re.compile(r"address\d_name$")
#: Words of a person's name part: a billing block's 'Last Name' (Braintree's card holder) is
#: the person's, no name of the address itself ('Head office').
PERSON_NAME_PARTS = frozenset({"first", "last", "given", "family", "middle", "surname",
                               "firstname", "lastname"})
#: Below this many values in a column, what the values look like counts only in part.
TYPE_EVIDENCE_ROWS = 5
#: Words of a header or a logical name that say a telephone number.
_PHONE_WORDS = re.compile(r"phone|tel|fax|pager|mobile")


def phone_behind_name(p: Profile, a: Attr) -> bool:
    """Whether a phone column's logical name says no phone where its label does and the
    header says none either: a contact's 'company' is its Company Phone, so a 'Company'
    column (the company's name) is no same-name match for it; 'Company Main Phone' and a
    translated header saying phone ('Telefon Firma') still are."""
    if a.fmt != "phone" or "phone" not in a.label_words or _PHONE_WORDS.search(a.compact):
        return False
    words = {*p.words, *(w for v in p.variants for w in v.words)}
    return not any(_PHONE_WORDS.search(w) for w in words)


def name_score(p: Profile, a: Attr, syn: Mapping[str, tuple[float, str]]) -> tuple[float, str]:
    """How well the name says this column, 0..1, and a reason fragment."""
    best = (0.0, "")
    if a.logical not in syn and noun_for_flag(p, a):
        return best   # 'template' (an id) is no 'Template' flag (istemplate)
    if a.logical not in syn and ADDRESS_NAME.match(a.logical) \
            and ("street" in p.words or PERSON_NAME_PARTS & set(p.words)):
        return best   # a street's name (CiviCRM's street_name), a person's last name: no
        # address's own name
    if a.logical not in syn and phone_behind_name(p, a):
        return best   # a 'Company' column is no contact's Company Phone
    if a.logical in syn and not url_reading_misfit(p.words, syn[a.logical][1], a.fmt):
        score, phrase = syn[a.logical]
        best = (score, f"CRM vocabulary: '{phrase}' is {a.describe()}")
    for v in p.variants:
        if v.compact in (a.compact, a.bare) or v.rewritten in (a.compact, a.bare):
            if best[0] < 0.95 * v.factor:
                best = (0.95 * v.factor, f"same name as {a.describe()}")
        if a.label_words and (set(v.norm) == set(a.label_words)
                              or label_with_type_word(tuple(v.norm), a)):   # '... Date'
            if best[0] < 0.92 * v.factor:
                best = (0.92 * v.factor,
                        f"'{p.name}' matches the display name of {a.describe()}")
    if best[0] < 0.8 and not a.deadline_unlike(p.name):
        # Spelling similarity only for near-identical strings (typos, run-together words):
        # 'pipeline' and 'timeline' look alike but mean different things.
        spelling = max(fuzz.ratio(p.compact, a.compact), fuzz.ratio(p.rewritten, a.compact)) / 100
        fuzzy = max(spelling if spelling >= 0.85 else 0.0,
                    max(words_sim(v.norm, a.label_words) * v.factor for v in p.variants)) * 0.8
        if fuzzy > best[0] and fuzzy >= 0.45:
            best = (fuzzy, f"'{p.name}' resembles {a.describe()}")
    return best


def type_fit(p: Profile, a: Attr) -> tuple[float, str]:
    """Type fit 0..1 of the source values for the column, with what the values look like."""
    k, t = p.kind, a.atype
    looks = {"email": "values are email addresses", "phone": "values are phone numbers",
             "url": "values are web addresses", "domain": "values are domain names",
             "date": "values are dates", "datetime": "values are timestamps",
             "int": "values are whole numbers", "decimal": "values are decimal numbers",
             "money": "values are amounts", "bool": "values are yes/no",
             "list": "values are ';'-separated lists", "longtext": "values are long text",
             "empty": "the column is empty in this export", "text": "values are short text"}
    note = looks.get(k, "")
    if k == "empty":   # nothing, or the one placeholder every row holds (zero_placeholders)
        return 0.8, (f"every value is '{p.values[0]}', a placeholder for nothing"
                     if p.values else note)
    if t in ("String", "Memo"):
        fmt = a.fmt
        if fmt == "email":
            # text where emails belong: masked or hashed addresses (anonymised exports)
            table = {"email": 1.0, "text": 0.5}
        elif fmt == "phone":
            # text where numbers belong: masked or hashed numbers (anonymised exports) are
            # single tokens; words with spaces ('Gottlieb and Sons') are no number
            table = {"phone": 1.0, "int": 0.6, "text": 0.5 if tokens(p.values) else 0.4}
        elif fmt == "url":
            table = {"url": 1.0, "domain": 0.8, "text": 0.4}
        elif t == "Memo" or fmt == "textarea":
            table = {"longtext": 1.0, "text": 0.85, "list": 0.6, "email": 0.4, "url": 0.4}
        else:
            table = {"text": 1.0, "longtext": 0.6, "id": 0.7, "int": 0.7, "email": 0.5,
                     "phone": 0.5, "url": 0.5, "domain": 0.6, "decimal": 0.4, "money": 0.4,
                     "date": 0.4, "datetime": 0.4, "bool": 0.3, "list": 0.6}
        return table.get(k, 0.1), note
    if t in ("Integer",):
        if k == "text" and band_shaped(p.values):   # a size from a list: number_bands.py
            return 0.9, f"values are bands of whole numbers ('{p.values[0]}')"
        return {"int": 1.0, "decimal": 0.6, "money": 0.5}.get(k, 0.1), note
    if t in ("Decimal", "Double"):
        return {"decimal": 1.0, "int": 0.9, "money": 0.8}.get(k, 0.1), note
    if t == "Money":
        return {"money": 1.0, "decimal": 1.0, "int": 0.9}.get(k, 0.1), note
    if t == "DateTime":
        # the name's words or any reading of them ('Fecha de Creación' is 'created on')
        if k == "int" and unix_dates((*p.words, *(w for v in p.variants for w in v.words)),
                                     p.values):
            return 0.95, "values are Unix times (seconds since 1970)"
        return {"date": 1.0, "datetime": 1.0}.get(k, 0.1), note
    if t == "Boolean":
        if k == "bool":
            return 1.0, note
        return (0.6 if p.distinct <= 2 and k in ("text", "int") else 0.1), note
    if t in CHOICE_TYPES:
        if k == "text":
            return (1.0 if p.categorical else 0.7), ("few distinct values, a choice list"
                                                     if p.categorical else note)
        if k in ("int", "bool") or (p.ref and p.categorical):
            return (0.8 if p.categorical else 0.3), note
        return 0.2, note
    if t == "MultiSelectPicklist":
        return {"list": 1.0, "text": 0.8 if p.categorical else 0.4}.get(k, 0.1), note
    if t in LOOKUP_TYPES:
        if p.ref:
            return 1.0, note
        if t == "Owner" and k == "email":
            return 1.0, "values are user emails"
        if t == "Customer" and k == "email":   # SAP CAP's order 'Client': a buyer's e-mail
            return 0.9, "values are e-mail addresses: a customer found by its e-mail"
        return {"text": 0.75, "email": 0.5, "int": 0.6}.get(k, 0.2), (
            "values are names to resolve" if k == "text" else note)
    return 0.3, note


def option_overlap(p: Profile, a: Attr) -> float:
    """Share of the distinct source values that name one of the choice's options (as
    written, or as the value read in English: ``foreign_values``)."""
    if not a.options or not p.values:
        return 0.0
    labels = [(o.lower(), set(norm_words(split_words(o)))) for o in a.options]
    hits = 0
    for v in p.values[:50]:
        # a value in another language read as its English word ('Telefon': phone)
        for said in dict.fromkeys((v, english_value(v) or v)):
            lv = said.lower().strip()
            vw = set(norm_words(split_words(said)))
            if any(lv == lab or (vw and lw and (vw <= lw or lw <= vw)) for lab, lw in labels):
                hits += 1
                break
    return hits / min(len(p.values), 50)


#: Stems of 'preferred' in the languages the word lists read (folded: 'préféré' -> 'prefere').
_PREFERRED = ("prefer", "bevorzug", "voorkeur", "preferowan", "tercih")


def says_preferred(p: Profile) -> bool:
    """The column's name, or a reading of it, says preferred ('Preferred Rep', 'Bevorzugter
    Benutzer', 'Utilisateur préféré')."""
    words = {*p.words, *(w for v in p.variants for w in v.words)}
    return any(folded(w).startswith(_PREFERRED) for w in words)


#: Words of a header that is a user's own name ('Full Name', 'Employee name', 'name').
_PERSONS_NAME = frozenset({"name", "full", "fullname", "display", "displayname", "user",
                           "employee", "agent", "staff", "member", "person", "owner", "rep",
                           "associate", "seller", "his", "her", "their"})


def a_persons_name(p: Profile) -> bool:
    """The header, or a reading of it, says nothing but a person's name."""
    readings = [tuple(p.words), *(tuple(v.words) for v in p.variants)]
    return any(words and set(words) <= _PERSONS_NAME for words in readings)


def column_score(p: Profile, a: Attr, table: str,
           syn: Mapping[str, tuple[float, str]]) -> tuple[float, str]:
    """Confidence that source column ``p`` belongs in ``a``, with the reason."""
    ns, why = name_score(p, a, syn)
    if a.fmt == "url" and ns > 0 and api_record_addresses(p.values, table != "product"):
        # Zendesk's 'url' (.../api/v2/users/<id>.json): a record's API endpoint, no web page
        return 0.0, f"'{p.name}' holds records' API addresses, not web pages."
    parts = [why] if why else []
    is_lookup = a.atype in LOOKUP_TYPES
    if is_lookup and lists_records(p.name, p.values, a.atype):
        # '<x>_ids' holds a list of records ('team_user_ids'): no one lookup can hold it
        return 0.0, f"'{p.name}' lists several records; a lookup holds one."
    if a.logical == "preferredsystemuserid" and {"created", "creator"} & set(p.words):
        # who keyed the record in ('createdByWorkspaceMemberId') is no one's preferred rep
        return 0.0, f"'{p.name}' says who created the record, not a preferred user."
    if a.logical == "preferredsystemuserid" and not says_preferred(p):
        # a record's bare 'User' (Fat Free CRM's user_id: who added it) is its owner or its
        # creator; the customer's preferred user (booking service) is named so
        return 0.0, f"'{p.name}' does not say preferred: no customer's preferred user."
    if a.logical == "fullname" and table == "systemuser" and not a_persons_name(p):
        # a users file's 'Legal Entity Name' (TimeTrex's employees) names another record
        return 0.0, f"'{p.name}' names something else than the user."
    if p.ref and p.ref != "?" and is_lookup:
        if p.ref not in a.targets:
            return ns * 0.3, f"{why}; but it points at {p.ref or 'an object not migrated'}"
        # With nothing else to go on: the customer of a record is its account (Customer
        # lookups), a single-target lookup is more specific than a polymorphic one.
        bonus = (0.02 if a.atype == "Customer" and p.ref == "account" else 0.0) + (
            0.01 if len(a.targets) == 1 else 0.0) + (0.005 if a.required else 0.0) + (
            responsible_bonus(a.logical, p.words))   # a customer's rep owns it
        rel = (0.9 + 0.09 * ns if p.ref_by_address else 0.7 + 0.27 * ns) + bonus  # ids first
        conf = max(rel, ns)
        what = "names" if p.ref_by_name else "refers to"
        parts = [f"'{p.name}' {what} {p.ref} records and {a.describe()} is the "
                 f"{a.atype} column to {p.ref}"] + ([why] if ns >= 0.6 else [])
        if p.ref_by_name:
            conf *= 0.9
            parts.append("values are names to resolve")
    elif (p.ref == "" and is_lookup) or p.ref_by_address:   # links by address: never text
        return ns * 0.3, f"{why}; but it refers to " + (
            "records by their API addresses" if p.ref_by_address else
            "an object that is not migrated")
    else:
        if ns <= 0:
            return 0.0, ""
        tc, note = type_fit(p, a)
        if 0 < p.nonnull < TYPE_EVIDENCE_ROWS and not (p.kind == "bool" and tc < 0.5
                                                        and a.atype == "DateTime"):
            # A value or two says little about a column's type (and one shifted row says
            # the wrong thing): the name counts for more. But a yes/no is never a date
            # (Invoiced's estimate 'Closed' false is no Closed On).
            w = p.nonnull / TYPE_EVIDENCE_ROWS
            tc = w * tc + (1 - w) * 0.8
        conf = ns * (0.3 + 0.7 * tc)
        if note and tc >= 0.6:
            parts.append(note)
        elif note:
            parts.append(f"but {note}, unusual for {a_or_an(a.atype)} column")
        if a.atype in CHOICE_TYPES | {"MultiSelectPicklist"}:
            overlap = 0.0 if documents(p.values) else option_overlap(p, a)
            if overlap > 0:
                conf += (0.99 - conf) * 0.5 * overlap
                parts.append(f"{overlap:.0%} of its values match the choice labels")
            elif p.values and any(english_value(v) != v.lower() for v in p.values[:50]
                                  if english_value(v)) and all(
                    english_value(v) for v in p.values[:50]):
                # every value read in English, and none is an option: words of another
                # choice ('Telefon', 'E-Mail' are a case's origin, no case type)
                conf *= 0.93
                parts.append("but its values, read in English, name none of the options")
            elif own := own_list(p, a, overlap):   # a store's own product types
                conf *= 0.5
                parts.append(f"but {own}")
            elif a.atype == "State":
                # Status (statecode) options are fixed: values naming none of them are
                # something else (an address state, a pipeline state...); an empty column
                # ('CUSTOM_STATE') says nothing of the record's state, and would blank it.
                conf *= 0.6
            elif p.values and p.distinct >= 2 and len(a.options) == 1 \
                    and a.options[0].lower() != "default value":
                # a choice of one option (a lead's sales stage: 'Qualify') holds no column
                # of several values naming none of it ('New', 'Qualified', 'Won'); Dataverse's
                # 'Default Value' placeholder is the one an org fills with its own options
                conf *= 0.7
            elif p.values and a.atype == "Status" and p.categorical:
                # Only the default Active/Inactive reasons: a lifecycle word of the source
                # (cold, warm, hot) names none of them and is no status reason.
                generic = {o.lower() for o in a.options} <= {"active", "inactive"}
                conf *= 0.5 if generic and p.distinct >= 3 else 0.75
    if a.addon:
        conf *= 0.8
    if a.secondary_address:
        conf *= 0.97
    return min(conf, 0.99), "; ".join(x for x in parts if x) + "."
