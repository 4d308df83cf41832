"""A file whose rows are companies and people together, told apart by a column.

Many CRMs and ERPs keep one table of "partners" or "parties" (Odoo's ``res.partner``,
Axelor's ``base_partner``, SAP's business partners, NetSuite's customers with ``isperson``):
a row is a company or a person, and a flag (``is_company``, ``isperson``) or a type column
(``company_type``, ``partnerTypeSelect``) says which. By its columns such a file looks half
like accounts and half like contacts, so discovery was unsure of it and named it unknown.
It is the customers' file: named account, with a line saying it holds people too.
"""

from __future__ import annotations

import re

from d365migrate.intake.header_readings import column_readings
from d365migrate.intake.kinds import FIRST_NAME_COLUMNS, LAST_NAME_COLUMNS, col_norm

__all__ = ["CONTACT_TYPE_COLUMNS", "OWN_COMPANY", "PARTY_FLAG_COLUMNS", "PARTY_TYPE_COLUMNS",
           "party_column", "party_columns"]

#: Yes/no columns saying a row is a company or a person (normalised).
PARTY_FLAG_COLUMNS = frozenset({
    "iscompany", "isacompany", "isperson", "isaperson", "isindividual", "isorganization",
    "isorganisation", "ispersonaccount", "isnaturalperson", "islegalentity", "isprivateperson",
    "isbusiness", "iscorporate"})
#: Columns whose value says what kind of party a row is (normalised; Axelor writes its
#: choice fields '<field>Select').
PARTY_TYPE_COLUMNS = frozenset({
    "companytype", "partnertype", "partytype", "entitytype", "customerkind", "partnerkind",
    "personorcompany",
    "customersubtype",   # Zoho Books' contacts: 'business' or 'individual'
    "persontype"})   # Asaas' customers: FISICA (a natural person) or JURIDICA (a company)
#: A contacts file's column saying what kind of contact a row is (CiviCRM's Contact Type:
#: Individual, Organization, Household; its export writes the header in the user's language,
#: the values as stored): read where the map splits a contacts file, not to name a file (many
#: contacts files have a type of contact that is no party's kind).
CONTACT_TYPE_COLUMNS = frozenset({
    "contacttype", "kontaktart", "kontakttyp", "typedecontact", "typecontact",
    "tipodecontacto", "tipocontacto", "tipodicontatto", "tipocontatto", "tipologiacontatto",
    "tipodecontato", "tipocontato", "typkontaktu"})
#: In a file of companies and people, a column naming a company row of the same file: a
#: person's employer (Axelor's mainPartner, CiviCRM's Current Employer and its translations
#: 'Employeur actuel', 'Arbeitgeber', 'Huidige werkgever', 'Empresa actual', 'Organizzazione
#: o datore di lavoro', 'Empregador Atual'), Odoo's 'Related Company'.
OWN_COMPANY = re.compile(
    r"(?i)employer|company|organi[sz]ation|partner|firm|employeur|arbeitgeber|werkgever|"
    r"empleador|empresa|datore|organizzazione|empregador")
#: Columns naming the row itself (a company's name, a person's surname or whole name).
_NAME_COLUMNS = frozenset({"name", "fullname", "displayname", "companyname", "entitytitle",
                           *LAST_NAME_COLUMNS})
_FIRST = frozenset(FIRST_NAME_COLUMNS)


#: The flag in the user's language, as exports that head columns by their labels write it
#: (Group-Office's 'Is een organisatie', 'Ist eine Organisation', 'Es organización').
_FOREIGN_FLAG = re.compile(
    r"^(is|ist|es|est|e|eh|jest)(een|eine|ein|una|un|une|uma|um|a|an)?(organi[sz]ation|"
    r"organisatie|organizacion|organizzazione|organizacao|organizacja|company|firma|"
    r"empresa|entreprise|societe|azienda|bedrijf|unternehmen)$")


def _party_column(norm: str, contact_types: bool = False) -> bool:
    bare = re.sub(r"select$", "", norm)
    return norm in PARTY_FLAG_COLUMNS or bare in PARTY_TYPE_COLUMNS or bool(
        _FOREIGN_FLAG.match(norm)) or (contact_types and norm in CONTACT_TYPE_COLUMNS)


def party_column(columns: list[str], *, contact_types: bool = False) -> str | None:
    """The column saying whether a row is a company or a person (a flag, a type), or None;
    whether its values say so is for the rows to tell (``party_split``)."""
    return next((c for c in columns if _party_column(col_norm(c), contact_types)), None)


def party_columns(columns: list[str], *, contact_types: bool = False) -> list[str]:
    """The columns that make a file companies and people together: a column saying which a
    row is, a person's first name and a name of the row's own; [] otherwise.
    ``contact_types``: a contacts file's type of contact counts as that column too (whether
    its values tell companies from people is for the rows to say: ``party_split``)."""
    norm = {c: col_norm(c) for c in columns}
    kind = next((c for c, n in norm.items() if _party_column(n, contact_types)), None)
    if kind is None:
        return []
    first = next((c for c, n in norm.items() if n in FIRST_NAME_COLUMNS), None)
    name = next((c for c, n in norm.items() if n in _NAME_COLUMNS), None)
    if first is None or name is None:  # headers in the user's language ('Voornaam', 'Naam')
        read = column_readings(columns)
        first = first or next((c for c in columns if read[c] & _FIRST), None)
        name = name or next((c for c in columns if c != first and read[c] & _NAME_COLUMNS),
                            None)
    return [kind, first, name] if kind and first and name else []

