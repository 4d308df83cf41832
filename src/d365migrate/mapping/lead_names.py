"""How a lead file names its leads: a topic, a person, or both.

A Dynamics 365 lead has a topic (``subject``) and a person (first and last name). Exports
name them in different ways:

- no person's names at all (Pipedrive's leads: a title, a person and an organisation by
  id): the ``title`` is the topic, not a job title;
- the person's whole name in one column (Odoo's ``contact_name``, a ``contact`` or
  ``person_name`` of names), and no first or last name columns: that column is the lead's
  own person (its last name takes the whole name, as a contact's whole name does), not a
  link to an existing contact;
- a person named by such a column: the lead's own ``name`` is then its topic (Odoo's
  "Opportunity" name), not the person's full name (beside first and last names, as in
  Salesforce's leads, ``name`` is the person's full name);
- the same in another language: each header is read as its English reading (Italian 'Nome
  contatto', Polish 'Nazwa kontaktu', Portuguese 'Nome do contato': the contact name);
- a person named whole and no ``name``, topic or title column: the column named for the
  opportunity the lead may become (Odoo's label for a lead's name, "Opportunity", Italian
  'Opportunità', Polish 'Szansa'), holding text, is its topic, not a link to an opportunity;
- a first name and a ``name`` but no last name column (Axelor's ``firstName`` and
  ``name``): ``name`` is the person's surname;
- a ``title`` beside the person's names whose values read as phrases ("Brand refresh for a
  retail chain", Django-CRM's enquiries), not job titles ("Marketing Director"): the topic;
- a 'Lead name' beside the person's first and last names (OroCRM's leads: "Oro Inc. Lead
  Name" beside Jerry and Coleman): the lead's own name, its topic;
- a ``name`` beside the company's name and no other person's name column (Baserow's lead
  lists: Name, Email, Company, Job Title), whose values read as no phrase about a sale: the
  lead's person, named whole (its last name takes the whole name, as a contact's does); so
  too a header read as 'name' in another language (Polish 'Nazwa', Swedish 'Namn': keys129).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from d365migrate.intake.kinds import FIRST_NAME_COLUMNS, LAST_NAME_COLUMNS, col_norm
from d365migrate.mapping.foreign_names import foreign_readings

__all__ = ["lead_name_candidates", "read_header"]

#: one column holding the lead's person's whole name
WHOLE_NAME_COLUMNS = frozenset({"contactname", "contact", "personname", "contactperson",
                                "fullname",
                                # the name first, as Indonesian and Malay write it ('Nama
                                # Kontak': its harvest reads 'nama', not 'kontak')
                                "namecontact", "namekontak"})
_LOOKUPS = ("parentcontactid", "customerid", "parentaccountid")
#: the opportunity a lead may become, and the columns that name a lead otherwise
_DEAL_WORDS = frozenset({"opportunity", "deal"})
_TOPIC_NAMES = frozenset({"name", "subject", "topic", "title", "leadname", "fullname"})
#: a lead's company written as its name on the row
_COMPANY_NAMES = frozenset({"company", "companyname", "organization", "organisation",
                            "organizationname", "organisationname", "accountname"})


def topics(values: Sequence[str]) -> bool:
    """Whether most values read as a phrase about a sale, not a job title: four words or
    more, two of them in lower case after the first ("Studio for a young professional");
    a job title capitalises its words ("Head of Customer Success")."""
    def phrase(v: str) -> bool:
        words = v.split()
        return len(words) >= 4 and sum(w[:1].islower() for w in words[1:]) >= 2
    vals = [v for v in values if v and v.strip()]
    return bool(vals) and sum(map(phrase, vals)) >= 0.6 * len(vals)


def read_header(column: str, columns: Sequence[str]) -> str:
    """A header as its English name run together: its own, or its reading from another
    language ('Nome contatto' -> 'contactname', 'Soyad' -> 'lastname')."""
    readings = foreign_readings(column, columns)
    return "".join(readings[0][0]) if readings else col_norm(column)


def lead_name_candidates(phrase: str, kind: str, columns: Sequence[str],
                         names: Mapping[str, Any],
                         cands: list[tuple[float, str, str]],
                         values: Sequence[str] = (), column: str = ""
                         ) -> list[tuple[float, str, str]]:
    """``cands`` of the lead column ``phrase`` (its words joined by '_'), read as above;
    ``values`` are the column's distinct values, ``column`` its header."""
    normed = {col_norm(c) for c in columns} | {read_header(c, columns) for c in columns}
    split_names = bool(normed & {*FIRST_NAME_COLUMNS, *LAST_NAME_COLUMNS})
    whole = normed & WHOLE_NAME_COLUMNS
    first_only = bool(normed & {*FIRST_NAME_COLUMNS}) and not normed & {*LAST_NAME_COLUMNS}
    compact = phrase.replace("_", "")
    if column and compact not in WHOLE_NAME_COLUMNS:
        compact = read_header(column, columns)
    if phrase == "title" and not split_names and not whole and "subject" in names:
        cands = [c for c in cands if c[1] != "jobtitle"]
        cands.append((0.95, "subject", "a lead without a person's names: its title is "
                      f"the lead's topic, {names['subject'].describe()}, not a job title"))
    elif phrase == "title" and kind == "text" and topics(values) and "subject" in names:
        cands = [c for c in cands if c[1] != "jobtitle"]
        cands.append((0.95, "subject", "its values read as phrases about a sale, not job "
                      f"titles: the lead's topic, {names['subject'].describe()}"))
    elif compact in WHOLE_NAME_COLUMNS and compact != "fullname" and not split_names \
            and kind == "text" and "lastname" in names:
        cands = [c for c in cands if c[1] not in _LOOKUPS]
        cands.append((0.93, "lastname", "the lead's own person, named whole in one column: "
                      f"{names['lastname'].describe()} takes the whole name"))
    elif compact in _DEAL_WORDS and whole - {"fullname"} and not split_names \
            and not normed & _TOPIC_NAMES and kind == "text" and "subject" in names:
        cands = [c for c in cands if c[1] not in _LOOKUPS and c[1] != "qualifyingopportunityid"]
        cands.append((0.93, "subject", "a lead whose person is named in its own column and no "
                      "column names the lead: the opportunity it may become names it, "
                      f"{names['subject'].describe()}"))
    elif phrase == "name" and first_only and kind == "text" and "lastname" in names:
        cands = [c for c in cands if c[1] not in ("fullname", "subject")]
        cands.append((0.93, "lastname", "beside a first name and no last name, 'name' is the "
                      f"person's surname: {names['lastname'].describe()}"))
    elif phrase == "name" and whole - {"fullname"} and not split_names and "subject" in names:
        cands = [c for c in cands if c[1] not in ("fullname", "lastname")]
        cands.append((0.93, "subject", "a lead whose person is named in other columns: "
                      f"its name is the lead's topic, {names['subject'].describe()}"))
    elif compact == "leadname" and split_names and kind == "text" and "subject" in names:
        cands = [c for c in cands if c[1] not in ("fullname", "lastname", *_LOOKUPS)]
        cands.append((0.93, "subject", "the lead's own name beside its person's first and "
                      f"last names: the lead's topic, {names['subject'].describe()}"))
    elif "name" in (phrase, compact) and not split_names and not whole \
            and normed & _COMPANY_NAMES \
            and kind == "text" and not topics(values) and "lastname" in names:
        cands = [c for c in cands if c[1] not in ("fullname", "subject", "companyname")]
        cands.append((0.9, "lastname", "beside the company's name, a lead's 'name' is its "
                      f"person's whole name: {names['lastname'].describe()} takes it"))
    return cands
