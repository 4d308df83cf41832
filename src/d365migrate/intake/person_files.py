"""Files of people whose name says nothing: staff, prospects or contacts, told by columns.

A file of people (a given and a family name) scores as contacts by its columns; under a
name that names no kind (``file_07.csv``) its other columns decide what the people are:
sign-ins, admin flags and a supervisor make them the CRM's users (staff); a company written
as a name (or a deal's value) with a lead status, stage, rating or score, and no link to an
account, make them leads (Dynamics' leads carry the company's name; contacts link to their
account). A file whose name names a kind keeps it.
"""

from __future__ import annotations

from d365migrate.intake.kinds import FIRST_NAME_COLUMNS, LAST_NAME_COLUMNS

__all__ = ["person_kind", "STAFF_COLUMNS", "LEAD_COLUMNS"]

#: Columns only a CRM's own users have (normalised): how they sign in, their rights, their
#: place in the staff (two or more make a file of people its users).
STAFF_COLUMNS = frozenset({
    "username", "login", "userlogin", "loginname", "lastlogin", "lastloginat", "lastlogindate",
    "lastlogintime", "lastsignin", "lastsigninat", "currentsigninat", "signincount",
    "logincount", "isadmin", "admin", "superuser", "issuperuser", "supervisor",
    "supervisorid", "approvallimit", "expenselimit", "accumulatedroles", "userrole",
    "userroleid", "profileid", "hiredate", "employeeid", "employeenumber", "isemployee",
    "benutzername", "nomdutilisateur", "nomeutente", "gebruikersnaam"})
#: A lead's own columns (normalised): its qualification and its score (a lead source is
#: a contact's column too: Salesforce's, Zoho's contacts carry one).
LEAD_COLUMNS = frozenset({"status", "leadstatus", "rating", "leadrating", "score",
                          "leadscore", "grade", "isconverted", "converteddate", "stage",
                          "leadstage"})
#: A company written as its name on the row (a contact's 'Account Name' names its account).
_COMPANY_NAMES = frozenset({"company", "companyname", "organization", "organizationname",
                            "organisation", "organisationname", "enterprisename"})
#: What a prospect may buy: a deal's value on a person (Django-CRM's opportunity amount).
_INTEREST = frozenset({"opportunityamount", "estimatedvalue", "leadvalue", "budget",
                       "budgetamount", "estimatedamount"})


def person_kind(cols: set[str], best: str) -> tuple[str, list[str]] | None:
    """(users or leads, the columns that say so) for a file of people scored ``best``
    (contact or lead) by its columns; None when they say nothing more."""
    if best not in ("contact", "lead") or not (cols & set(FIRST_NAME_COLUMNS)
                                               and cols & set(LAST_NAME_COLUMNS)):
        return None
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
