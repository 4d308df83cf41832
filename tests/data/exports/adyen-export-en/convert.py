"""Adyen's own fixed records (the example values of its OpenAPI specifications) as Adyen's
Customer Area list exports (CSV) write them.

Built for round Z18 (session 57, keys459). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub Adyen/adyen-openapi (Adyen's OpenAPI specifications,
MIT) holding commit aa014f0cbdb58ff5c44a2ff9d5fe734642210aff; files are read with
`git show`.

Rules (nothing here is invented data):
- Rows: the named response examples (`components.examples`) of three specifications:
  json/ManagementService-v3.json (merchant accounts, stores, users),
  json/LegalEntityService-v4.json (legal entities: individuals and organisations) and
  json/CheckoutService-v71.json (payment links, stored payment methods), in the order
  SOURCES names them; a record met twice in one file (same id) is written once, as first
  met (the specifications reuse placeholder ids such as LE00000000000000000000001 for
  several examples: in each file only the first is kept).
- Legal entities are split by their type: `individual` into legal_entities_individuals.csv,
  `organization`, `soleProprietorship`, `trust` and `unincorporatedPartnership` into
  legal_entities_organizations.csv (their name, address and tax fields in shared columns).
- Headers: the labels the Customer Area gives these fields on its list and detail pages
  ('Merchant account', 'Capture delay', 'Store reference', 'Shopper statement', 'Legal
  entity ID', 'Doing business as', 'Payment link ID', 'Merchant reference', 'Shopper
  reference', 'Expiry date'...), English only (the specifications ship no translations).
- Values as the Customer Area shows them: amounts from minor units to major units with the
  currency's decimals (EUR/BRL/USD two), ISO 8601 UTC times as 'YYYY-MM-DD HH:MM:SS',
  booleans true/false, several values (roles, merchant accounts, processing models) joined
  by ', ', card expiry as MM/YYYY. CSV as Python's csv module writes it (',' delimiter, '"'
  only where needed, CR LF), UTF-8.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "aa014f0cbdb58ff5c44a2ff9d5fe734642210aff"
MANAGEMENT = "json/ManagementService-v3.json"
LEGAL = "json/LegalEntityService-v4.json"
CHECKOUT = "json/CheckoutService-v71.json"

SOURCES = {
    "merchant_accounts": (MANAGEMENT, [
        "get-companies-companyId-merchants-success-200",
        "get-merchants-success-200",
        "get-merchants-merchantId-success-200",
        "post-merchants-post-merchants-200"]),
    "stores": (MANAGEMENT, [
        "get-stores-success-200",
        "get-merchants-merchantId-stores-success-200",
        "get-stores-storeId-success-200",
        "post-stores-post-stores-200",
        "post-merchants-merchantId-stores-post-stores-200"]),
    "users": (MANAGEMENT, [
        "post-companies-companyId-users-create-user-200",
        "post-merchants-merchantId-users-create-user-200"]),
    "legal_entities": (LEGAL, [
        "get-legalEntities-id-success-200",
        "post-legalEntities-createLegalEntityIndividualUS-200",
        "post-legalEntities-createLegalEntityIndividualNL-200",
        "post-legalEntities-createLegalEntityIndividualAU-200",
        "post-legalEntities-createLegalEntityPaymentInstrumentUser-200",
        "post-legalEntities-createLegalEntityOrganizationNL-200",
        "post-legalEntities-createLegalEntityOrganizationUS-200",
        "post-legalEntities-createLegalEntitySolePropNL-200",
        "post-legalEntities-createLegalEntitySolePropUS-200",
        "post-legalEntities-createTrustAU-200",
        "post-legalEntities-createUnincorporatedPartnershipAU-200"]),
    "payment_links": (CHECKOUT, [
        "get-paymentLinks-linkId-basic-200",
        "post-paymentLinks-basic-201"]),
    "stored_payment_methods": (CHECKOUT, [
        "get-storedPaymentMethods-success-200",
        "post-storedPaymentMethods-encrypted-card-details-201"]),
}

DECIMALS = {"JPY": 0, "KRW": 0, "BHD": 3, "KWD": 3}


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def examples(gitdir, path, names):
    ex = json.loads(show(gitdir, path))["components"]["examples"]
    return [ex[n]["value"] for n in names]


def records(values, listkey="data"):
    out = []
    for v in values:
        out.extend(v[listkey] if listkey in v else [v])
    return out


def first_met(recs, key="id"):
    out, seen = [], set()
    for r in recs:
        if r[key] in seen:
            continue
        seen.add(r[key])
        out.append(r)
    return out


def money(amount):
    if not amount:
        return ""
    d = DECIMALS.get(amount["currency"], 2)
    v = amount["value"]
    return f"{v / 10 ** d:.{d}f}" if d else str(v)


def when(v):
    return v.replace("T", " ").replace("Z", "") if v else ""


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    return str(v)


def write(out, name, header, rows):
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow([cell(v) for v in r])


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    src = {k: examples(gitdir, p, n) for k, (p, n) in SOURCES.items()}

    # Merchant accounts (Settings > Merchant accounts)
    recs = first_met(records(src["merchant_accounts"]))
    write(out, "merchant_accounts.csv",
          ["Merchant account", "Merchant name", "Status", "Capture delay",
           "Default shopper interaction", "Shop web address", "City",
           "Primary settlement currency", "Company account", "Description", "Reference",
           "Legal entity ID", "Business line ID"],
          [[r["id"], r.get("name"), r.get("status"), r.get("captureDelay"),
            r.get("defaultShopperInteraction"), r.get("shopWebAddress"),
            r.get("merchantCity"), r.get("primarySettlementCurrency"), r.get("companyId"),
            r.get("description"), r.get("reference"), r.get("legalEntityId"),
            r.get("businessLineId")] for r in recs])

    # Stores (In-person payments > Stores)
    rows = []
    for r in first_met(records(src["stores"])):
        a = r.get("address") or {}
        rows.append([r["id"], r.get("reference"), r.get("description"), r.get("merchantId"),
                     r.get("shopperStatement"), r.get("phoneNumber"), a.get("line1"),
                     a.get("line2"), a.get("line3"), a.get("city"), a.get("stateOrProvince"),
                     a.get("postalCode"), a.get("country"), r.get("status")])
    write(out, "stores.csv",
          ["Store ID", "Store reference", "Description", "Merchant account",
           "Shopper statement", "Phone number", "Street address", "Address line 2",
           "Address line 3", "City", "State or province", "Postal code", "Country",
           "Status"], rows)

    # Users (Settings > Users)
    rows = []
    for r in first_met(records(src["users"])):
        n = r.get("name") or {}
        rows.append([r["id"], r["username"], n.get("firstName"), n.get("lastName"),
                     r.get("email"), r.get("timeZoneCode"), r.get("roles", []),
                     r.get("associatedMerchantAccounts", []), r.get("active")])
    write(out, "users.csv",
          ["User ID", "Username", "First name", "Last name", "Email", "Time zone", "Roles",
           "Merchant accounts", "Active"], rows)

    # Legal entities (individuals; organisations, sole proprietorships, trusts, partnerships)
    ind, org = [], []
    recs = records(src["legal_entities"])
    for r in (first_met([r for r in recs if r["type"] == "individual"])
              + first_met([r for r in recs if r["type"] != "individual"])):
        t = r["type"]
        if t == "individual":
            i = r["individual"]
            n, a = i.get("name") or {}, i.get("residentialAddress") or {}
            ph, doc = i.get("phone") or {}, i.get("identificationData") or {}
            ind.append([r["id"], n.get("firstName"), n.get("lastName"), i.get("email"),
                        ph.get("number"), ph.get("type"),
                        (i.get("birthData") or {}).get("dateOfBirth"), a.get("street"),
                        a.get("street2"), a.get("city"), a.get("stateOrProvince"),
                        a.get("postalCode"), a.get("country"), doc.get("type"),
                        doc.get("number")])
        else:
            o = r[t]
            a = o.get("registeredAddress") or {}
            ph = o.get("phone") or {}
            tax = (o.get("taxInformation") or [{}])[0]
            org.append([r["id"], t, o.get("legalName") or o.get("name"),
                        o.get("doingBusinessAs"), o.get("type"), o.get("description"),
                        o.get("email"), ph.get("number"), o.get("registrationNumber"),
                        tax.get("type"), tax.get("number"), o.get("countryOfGoverningLaw"),
                        a.get("street"), a.get("street2"), a.get("city"),
                        a.get("stateOrProvince"), a.get("postalCode"), a.get("country")])
    write(out, "legal_entities_individuals.csv",
          ["Legal entity ID", "First name", "Last name", "Email", "Phone number",
           "Phone type", "Date of birth", "Street", "Street 2", "City", "State or province",
           "Postal code", "Country", "ID document type", "ID number"], ind)
    write(out, "legal_entities_organizations.csv",
          ["Legal entity ID", "Legal entity type", "Legal name", "Doing business as",
           "Entity type", "Description", "Email", "Phone number", "Registration number",
           "Tax ID type", "Tax ID", "Country of governing law", "Street", "Street 2", "City",
           "State or province", "Postal code", "Country"], org)

    # Payment links (Transactions > Payment links)
    rows = []
    for r in first_met(records(src["payment_links"])):
        b = r.get("billingAddress") or {}
        rows.append([r["id"], r.get("reference"), r.get("status"),
                     (r.get("amount") or {}).get("currency"), money(r.get("amount")),
                     r.get("countryCode"), r.get("shopperReference"), r.get("shopperEmail"),
                     r.get("shopperLocale"), when(r.get("expiresAt")), r.get("reusable"),
                     r.get("merchantAccount"), r.get("url"), b.get("street"),
                     b.get("houseNumberOrName"), b.get("postalCode"), b.get("city"),
                     b.get("stateOrProvince"), b.get("country")])
    write(out, "payment_links.csv",
          ["Payment link ID", "Merchant reference", "Status", "Currency", "Amount",
           "Country", "Shopper reference", "Shopper email", "Shopper locale", "Expiry date",
           "Reusable", "Merchant account", "Link", "Billing street",
           "Billing house number", "Billing postal code", "Billing city",
           "Billing state or province", "Billing country"], rows)

    # Stored payment methods (a shopper's tokens: Customer Area > Shopper details)
    recs = []
    for v in src["stored_payment_methods"]:
        for m in v.get("storedPaymentMethods", [v]):
            recs.append(dict(m, merchantAccount=v.get("merchantAccount")))
    rows = []
    for r in first_met(recs):
        y = r.get("expiryYear", "")
        rows.append([r.get("shopperReference"), r["id"], r.get("type"), r.get("brand"),
                     r.get("holderName"), r.get("lastFour"),
                     f"{r.get('expiryMonth', '')}/{'20' + y if len(y) == 2 else y}",
                     r.get("issuerName"), r.get("shopperEmail"),
                     r.get("supportedRecurringProcessingModels", []),
                     r.get("merchantAccount")])
    write(out, "stored_payment_methods.csv",
          ["Shopper reference", "Recurring detail reference", "Payment method type",
           "Brand", "Card holder name", "Last four digits", "Expiry date", "Issuer",
           "Shopper email", "Recurring processing models", "Merchant account"], rows)


if __name__ == "__main__":
    main()
