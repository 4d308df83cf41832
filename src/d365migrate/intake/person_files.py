"""Files of people whose name says nothing: staff, prospects or contacts, told by columns.

A file of people (a given and a family name) scores as contacts by its columns; under a
name that names no kind (``file_07.csv``) its other columns decide what the people are:
sign-ins, admin flags and a supervisor make them the CRM's users (staff); a company written
as a name (or a deal's value) with a lead status, stage, rating or score, and no link to an
account, make them leads (Dynamics' leads carry the company's name; contacts link to their
account). A birth date or a gender makes them contacts whatever else the file has: private
people's details (an association's members, a shop's customers), kept on no lead nor staff
directory of a CRM. A file whose name names a kind keeps it.
"""

from __future__ import annotations

from d365migrate.intake.header_readings import column_readings
from d365migrate.intake.kinds import (
    ACCOUNT_NAME_COLUMNS,
    FIRST_NAME_COLUMNS,
    KIND_WORDS,
    LAST_NAME_COLUMNS,
    col_norm,
    name_words,
    person_columns_of_account,
    strip_column,
)
from d365migrate.intake.organisation_files import registry_column

__all__ = ["person_kind", "people_of_account", "team_members", "STAFF_COLUMNS",
           "LEAD_COLUMNS"]

#: Columns only a CRM's own users have (normalised): how they sign in, their rights, their
#: place in the staff (two or more make a file of people its users).
STAFF_COLUMNS = frozenset({
    "username", "login", "userlogin", "loginname", "lastlogin", "lastloginat", "lastlogindate",
    "lastlogintime", "lastsignin", "lastsigninat", "currentsigninat", "signincount",
    "logincount", "isadmin", "admin", "superuser", "issuperuser", "supervisor",
    "supervisorid", "approvallimit", "expenselimit", "accumulatedroles", "userrole",
    "userroleid", "profileid", "hiredate", "employeeid", "employeenumber", "isemployee",
    "benutzername", "nomdutilisateur", "nomeutente", "gebruikersnaam",
    # when a sign-in's password was last set or whether it expires: a staff directory's
    # (Fineract's app users, Active Directory's pwdLastSet), no customer's
    "passwordneverexpires", "lasttimepasswordupdated", "passwordlastset", "pwdlastset",
    "passwordexpired", "passwordexpires", "passwordlastchanged", "lastpasswordchange"})
#: A lead's own columns (normalised): its qualification and its score (a lead source is
#: a contact's column too: Salesforce's, Zoho's contacts carry one).
LEAD_COLUMNS = frozenset({"status", "leadstatus", "rating", "leadrating", "score",
                          "leadscore", "grade", "isconverted", "converteddate", "stage",
                          "leadstage"})
#: A private person's details (normalised): their gender, when born.
_GENDER = frozenset({"gender", "sex", "gendercode"})
_BIRTH = frozenset({"birthdate", "birthday", "dateofbirth", "dob"})
_PRIVATE = _GENDER | _BIRTH
#: A private person's family (normalised): how many children, whether married. Beside a
#: gender they say a person as a birth date does (Tiendanube's customers' 'extra.gender',
#: 'extra.number_of_children').
_FAMILY = frozenset({"numberofchildren", "children", "childrencount", "kids",
                     "maritalstatus", "familystatus", "spousename", "spouse"})
#: A company written as its name on the row (a contact's 'Account Name' names its account).
_COMPANY_NAMES = frozenset({"company", "companyname", "organization", "organizationname",
                            "organisation", "organisationname", "enterprisename"})
#: What a prospect may buy: a deal's value on a person (Django-CRM's opportunity amount).
_INTEREST = frozenset({"opportunityamount", "estimatedvalue", "leadvalue", "budget",
                       "budgetamount", "estimatedamount"})


def person_kind(cols: set[str], best: str) -> tuple[str, list[str]] | None:
    """(users, leads or contacts, the columns that say so) for a file of people scored ``best``
    (contact or lead) by its columns; None when they say nothing more."""
    if best not in ("contact", "lead") or not (cols & set(FIRST_NAME_COLUMNS)
                                               and cols & set(LAST_NAME_COLUMNS)):
        return None
    private = sorted(cols & _PRIVATE)
    if private:
        return "contact", private
    staff = sorted(cols & STAFF_COLUMNS)
    if len(staff) >= 2:
        return "user", staff
    linked = any(c.endswith(("accountid", "companyid", "organizationid", "orgid"))
                 for c in cols)
    lead = sorted(c for c in cols if c in LEAD_COLUMNS or c.startswith("status"))
    interest = sorted(cols & (_COMPANY_NAMES | _INTEREST))
    if best == "contact" and lead and interest and not linked:
        return "lead", interest + lead
    return None


#: A whole name: the person's own, beside a given and a family name (a company's would
#: stand alone, with no given name beside it).
_WHOLE_NAMES = frozenset({"fullname", "displayname"})


def people_of_account(columns: list[str], prefix: tuple[str, ...] = (),
                      source: str = "") -> list[str] | None:
    """The given and family name columns that make an accounts file a file of people
    (:func:`~d365migrate.intake.kinds.person_columns_of_account`), also when its only name
    besides them is a whole name (Fineract's clients: firstname, lastname, fullname,
    display_name): that is the person's name written whole, no account's name. A customer's
    own name and a company's tax or register number beside them make the rows companies
    with a contact person (Lago's customers: 'Kundenname', 'Steueridentifikationsnummer');
    a tax number alone is a buyer's too (nopCommerce's customers' 'VatNumber'). A column
    headed by the file's own word ('Customer' in QuickBooks' "Customers") is each record's
    own name, its given and family names its contact person's."""
    if source and (own := name_words(source)[-1:]) and any(col_norm(c) == own[0]
                                                           for c in columns):
        return None
    if registry_column(columns) and _customer_name(columns):
        return private_details(columns)   # a gender and a birth date still say a person
    found = person_columns_of_account(columns, prefix)
    if found is not None:
        return found
    whole = [c for c in columns if col_norm(c) in _WHOLE_NAMES
             or "".join(strip_column(c, prefix)) in _WHOLE_NAMES]
    rest = [c for c in columns if c not in whole]
    found = person_columns_of_account(rest, prefix) if whole else None
    if found is not None:
        return found
    return people_as_read(columns) or private_details(columns)


#: What only a company has, as the vocabulary reads a header: its trade, size, revenue.
_TRADE = frozenset({"industry", "numberofemployees", "employees", "annualrevenue"})
#: A customer's own name beside its person's names (normalised, or as the map reads it).
_CUSTOMER_NAMES = frozenset({"customername", "clientname", "legalname"})


def _customer_name(columns: list[str]) -> str | None:
    read = column_readings(columns)
    return next((c for c in columns if col_norm(c) in _CUSTOMER_NAMES
                 or read.get(c, frozenset()) & _CUSTOMER_NAMES), None)


def private_details(columns: list[str]) -> list[str] | None:
    """[gender column, birth date or family column] when a file carries both (in any
    language the map's vocabulary reads): a person's details no company has, so its rows are
    people whatever its name says (InvoicePlane's 'clients': one name, an optional surname,
    a gender and a birth date: round U, keys316; Tiendanube's customers: a gender and a
    number of children)."""
    read = column_readings(columns)

    def first(words: frozenset[str], field: bool = True) -> str | None:
        # a sub-document's field by its last part ('extra.gender': the gender)
        return next((h for h in columns if col_norm(h) in words or read[h] & words
                     or field and col_norm(h.rsplit(".", 1)[-1]) in words), None)

    # a company's name beside them ('Ragione sociale': OpenSTAManager's register of
    # parties, a company or a person a row); a bare 'Name' is a person's as well
    if first((frozenset(ACCOUNT_NAME_COLUMNS) | _COMPANY_NAMES) - {"name"}, False) is not None:
        return None
    gender, born = first(_GENDER), first(_BIRTH) or first(_FAMILY)
    return [gender, born] if gender and born else None


_FIRST, _LAST = frozenset(FIRST_NAME_COLUMNS), frozenset(LAST_NAME_COLUMNS)


def people_as_read(columns: list[str]) -> list[str] | None:
    """The same test on the headers as the map's vocabulary reads them, for a file whose
    headers are in a language discovery's own words lack (FreeScout's French 'customers':
    'Prénom', 'Nom de Famille', no company's name): a given and a family name side by side
    among the first columns, and no header that reads as the account's own name only, make
    the rows people."""
    read = column_readings(columns)
    first = next((h for h in columns if read[h] & _FIRST), None)
    last = next((h for h in columns if h != first and read[h] & _LAST), None)
    if first is None or last is None:
        return None
    at = sorted((columns.index(first), columns.index(last)))
    # a birth date says people, unless a company's own trade stands beside it
    # (OpenSTAManager's register of parties: 'Settore merceologico')
    born = any(read[h] & _BIRTH for h in columns) and not any(
        read[h] & _TRADE for h in columns)
    if at[1] - at[0] > 3 or (at[0] > max(2, len(columns) // 3) and not born):
        # a person's names stand together, and early in a file of people: Albanian 'Emri'
        # first is the client's name, Invoice Ninja's contact names close its clients' rows
        # (the 23rd of 26); within its first third (Shopware's French customers: id, title,
        # number, then 'Prénom', 'Nom'; round V, keys331), or anywhere beside a birth date
        # (Aimeos' French customers; round U, keys322)
        return None
    as_read = [h if h in (first, last) or not read[h]
               or (born and read[h] <= ACCOUNT_NAME_COLUMNS) else sorted(read[h])[0]
               for h in columns]
    if not born and any(read[h] and read[h] <= ACCOUNT_NAME_COLUMNS for h in columns
                        if h not in (first, last)):
        # a header that is the account's name, read whole; beside a birth date, the
        # company a person works for (Aimeos' French 'Nom de la compagnie')
        return None
    found = person_columns_of_account(
        [("firstname" if h == first else "lastname" if h == last else h) for h in as_read])
    return [first, last] if found is not None else None


#: Who a row of a team's file is when it is one of its members: a role of the business's own
#: people (normalised: 'sales_agent', 'rep', 'member'); and the column naming their manager.
_MANAGER_COLUMNS = frozenset({"manager", "managername", "supervisor", "supervisorname",
                              "teamlead", "teamleader", "reportsto", "salesmanager"})


def team_members(columns: list[str]) -> list[str] | None:
    """[member column, a column of theirs] when a team's file holds its members, one a row:
    its first column names one of the business's people by role and another their manager
    (Maven's sales_teams: sales_agent, manager, regional_office), or each row is a person
    with a given and a family name and an e-mail address, no column naming a team
    (FreshBooks' team: First Name, Last Name, Email, Role). Such rows are the CRM's users,
    not the teams (a team's own row names the team: 'name', 'team_name')."""
    if not columns:
        return None
    member = col_norm(columns[0])
    managers = [c for c in columns[1:] if col_norm(c) in _MANAGER_COLUMNS]
    if member in KIND_WORDS["user"] - {"user", "owner", "author", "admin", "administrator"} \
            and managers:
        return [columns[0], managers[0]]
    norms = {col_norm(c): c for c in columns}
    first = next((c for n, c in norms.items() if n in FIRST_NAME_COLUMNS), None)
    last = next((c for n, c in norms.items() if n in LAST_NAME_COLUMNS), None)
    email = next((c for n, c in norms.items() if n in ("email", "emailaddress")), None)
    if first and last and email and not _TEAM_NAMES & set(norms):
        return [first, email]
    return None


#: Columns naming a team itself (a file of teams, not of their members).
_TEAM_NAMES = frozenset({"name", "team", "teamname", "title", "groupname"})
