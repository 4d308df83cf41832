"""ConnectWise Manage export (en) from the fixed ConnectWise Manage REST API (3.0) records
that KerkhoffTechnologies/django-connectwise's tests use as mock responses (MIT), at fb44d780.

Usage: python3 convert.py GITDIR OUT

Reads djconnectwise/tests/fixtures.py with `git show` and evaluates only its literal
assignments (dicts, lists, strings, numbers, True/False/None, names of earlier literals,
subscripts, string '+'), with Python's ast: no repository code runs. Writes one file per
ConnectWise Manage entity: members.csv (system/members), companies.csv (company/companies),
contacts.csv (company/contacts), opportunities.csv (sales/opportunities),
opportunity_notes.csv (sales/opportunities/{id}/notes), activities.csv (sales/activities),
service_tickets.csv (service/tickets), service_ticket_notes.csv (service/tickets/{id}/notes),
agreements.csv (finance/agreements), projects.csv (project/projects). Each is headed by the
API's field names of the columns chosen for that entity (COLUMNS, in the record's order),
nested objects joined by '.' ('company.identifier', 'status.name'), a list of references by
their names joined by ';' ('types.name'), a custom field by its caption
('customFields.Story Points'), a contact's communication item by its type's name
('communicationItems.Email'); columns no record fills are left out. Values as the API gives
them (ISO 8601 timestamps, true/false, numbers as written, null empty). UTF-8, comma, LF.
"""
import ast
import csv
import os
import subprocess
import sys

COMMIT = "fb44d780a6eaf5814c786fa417038db74442e60a"
FIXTURES = "djconnectwise/tests/fixtures.py"

# file -> (fixture name, columns)
FILES = [
    ("members", "API_MEMBER_LIST", [
        "id", "identifier", "firstName", "lastName", "title", "officeEmail", "officePhone",
        "inactiveFlag", "hireDate", "licenseClass", "securityRole.name", "hourlyCost",
        "timeZone.name", "workRole.name", "serviceDefaultBoard.name", "lastLogin",
        "_info.lastUpdated"]),
    ("companies", "API_COMPANY_LIST", [
        "id", "identifier", "name", "status.name", "types.name", "addressLine1", "city",
        "state", "zip", "phoneNumber", "faxNumber", "website", "accountNumber",
        "defaultContact.id", "defaultContact.name", "dateAcquired", "annualRevenue",
        "leadFlag", "unsubscribeFlag", "timeZone.name", "taxCode.name", "billingTerms.name",
        "billToCompany.identifier", "invoiceDeliveryMethod.name", "deletedFlag",
        "_info.lastUpdated"]),
    ("contacts", "API_COMPANY_CONTACT_LIST", [
        "id", "firstName", "lastName", "company.id", "company.identifier", "company.name",
        "site.name", "inactiveFlag", "title", "disablePortalLoginFlag", "unsubscribeFlag",
        "defaultPhoneType", "defaultPhoneNbr", "defaultPhoneExtension", "defaultFlag",
        "companyLocation.name", "communicationItems.Direct", "communicationItems.Email"]),
    ("opportunities", "API_SALES_OPPORTUNITIES", [
        "id", "name", "expectedCloseDate", "type.description", "stage.name", "status.name",
        "priority.name", "notes", "probability.probability", "source", "rating.name",
        "campaign.name", "primarySalesRep.identifier", "secondarySalesRep.identifier",
        "company.id", "company.identifier", "contact.id", "contact.name", "site.name",
        "customerPO", "pipelineChangeDate", "dateBecameLead", "closedDate",
        "closedBy.identifier", "totalSalesTax", "billToCompany.identifier",
        "billToContact.name", "customFields.Story Points", "_info.lastUpdated"]),
    ("opportunity_notes", "API_SALES_OPPORTUNITY_NOTE_LIST", [
        "id", "opportunityId", "text", "_info.lastUpdated"]),
    ("activities", "API_SALES_ACTIVITIES", [
        "id", "name", "type.name", "company.identifier", "contact.id", "contact.name",
        "phoneNumber", "email", "status.name", "opportunity.id", "opportunity.name",
        "agreement.id", "agreement.name", "notes", "dateStart", "assignedBy.identifier",
        "assignTo.identifier", "scheduleStatus.name", "reminder.name",
        "customFields.Story Points", "_info.lastUpdated"]),
    ("service_tickets", "API_SERVICE_TICKET_LIST", [
        "id", "summary", "recordType", "board.name", "status.name", "company.id",
        "company.identifier", "site.name", "addressLine1", "addressLine2", "city",
        "stateIdentifier", "zip", "contact.id", "contact.name", "contactName",
        "contactPhoneNumber", "contactEmailAddress", "type.name", "subType.name",
        "item.name", "team.name", "owner.identifier", "priority.name",
        "serviceLocation.name", "source.name", "requiredDate", "severity", "impact",
        "closedDate", "closedFlag", "enteredBy", "approved", "resources",
        "estimatedStartDate", "customFields.Story Points", "_info.dateEntered",
        "_info.lastUpdated"]),
    ("service_ticket_notes", "API_SERVICE_NOTE_LIST", [
        "id", "ticketId", "text", "detailDescriptionFlag", "internalAnalysisFlag",
        "resolutionFlag", "member.identifier", "dateCreated", "createdBy", "internalFlag",
        "externalFlag"]),
    ("agreements", "API_AGREEMENT_LIST", [
        "id", "name", "type.name", "company.id", "company.identifier", "agreementStatus",
        "cancelledFlag", "billTime", "billAmount", "compHourlyRate", "compLimitAmount",
        "applicationLimit", "workRole.name", "workType.name"]),
    ("projects", "API_PROJECT_LIST", [
        "id", "name", "company.identifier", "board.name", "status.name", "type.name",
        "manager.identifier", "estimatedStart", "estimatedEnd", "actualStart", "actualEnd",
        "budgetHours", "actualHours", "billingMethod", "billingAmount", "currency.isoCode",
        "estimatedTimeRevenue", "estimatedProductRevenue", "estimatedExpenseRevenue",
        "customFields.Story Points", "_info.lastUpdated"]),
]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


class Unsupported(Exception):
    pass


def evaluate(node, env):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Dict):
        pairs = zip(node.keys, node.values, strict=True)
        return {evaluate(k, env): evaluate(v, env) for k, v in pairs}
    if isinstance(node, (ast.List, ast.Tuple)):
        return [evaluate(e, env) for e in node.elts]
    if isinstance(node, ast.Name):
        if node.id not in env:
            raise Unsupported(node.id)
        return env[node.id]
    if isinstance(node, ast.Subscript):
        return evaluate(node.value, env)[evaluate(node.slice, env)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return evaluate(node.left, env) + evaluate(node.right, env)
    raise Unsupported(type(node).__name__)


def literals(source):
    env = {}
    for stmt in ast.parse(source).body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.targets[0], ast.Name):
            try:
                env[stmt.targets[0].id] = evaluate(stmt.value, env)
            except (Unsupported, KeyError, TypeError):
                pass
    return env


def text(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def cell(record, column):
    head, _, rest = column.partition(".")
    value = record.get(head)
    if head == "customFields":
        return next((f.get("value") for f in value or [] if f.get("caption") == rest), None)
    if head == "communicationItems":
        return next((c.get("value") for c in value or [] if c["type"]["name"] == rest), None)
    if isinstance(value, list):
        return ";".join(text(v.get(rest)) for v in value) or None
    while rest and isinstance(value, dict):
        head, _, rest = rest.partition(".")
        value = value.get(head)
    return None if rest else value


def main(gitdir, out):
    env = literals(show(gitdir, FIXTURES))
    os.makedirs(out, exist_ok=True)
    for name, fixture, columns in FILES:
        records = env[fixture]
        rows = [[text(cell(r, c)) for c in columns] for r in records]
        keep = [i for i in range(len(columns)) if any(row[i] != "" for row in rows)]
        with open(os.path.join(out, name + ".csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow([columns[i] for i in keep])
            for row in rows:
                w.writerow([row[i] for i in keep])
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as f:
        f.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
