"""Business Central export (en) from the Contoso Coffee demo data that Microsoft ships in
microsoft/BCApps (MIT), app src/Apps/W1/ContosoCoffeeDemoDataset (the W1 demo company), at
c3414ede.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) the demo tool's AL codeunits that insert the
salespeople/purchasers, customers, vendors and opportunities (with their opportunity
entries), and the codeunits and tables their arguments name (posting groups, payment terms,
languages, territories, countries, sales cycles, post codes, the setup's default country).
Each Insert...( ) call is one record; its arguments are read as AL literals: a quoted text,
a number, true/false, an Enum::"..."::Value, a Label or Tok of the codeunit, or a call
Codeunit.Procedure() whose procedure exits with a Label/Tok or a literal. Writes
salespeople.csv, customers.csv, vendors.csv and opportunities.csv, headed by Business
Central's own field captions (the columns its "Edit in Excel"/Excel export writes for these
tables): City and County from the Post Code table (as Validate("Post Code") fills them); an
opportunity's Contact Name and Contact Company Name (FlowFields) from its customer's contact
person and name; its Estimated Value (LCY), Chances of Success %, Completed % and Estimated
Closing Date (FlowFields) from its active opportunity entry. Dates: the tool's AdjustDate
moves the 1902/1903 dates into the demo's years; here the year is shifted by a fixed 122
years (1902 -> 2024, 1903 -> 2025), day and month kept, ISO yyyy-mm-dd. Booleans Yes/No as
Business Central writes them, decimals with a point. UTF-8, comma, LF.
"""
import csv
import os
import re
import subprocess
import sys

COMMIT = "c3414ede3ec7bab5a928f312c1208dbd0f8e39a7"
APP = "src/Apps/W1/ContosoCoffeeDemoDataset/app"
SALES, PURCH, CRM, FOUND = ("DemoData/Sales/", "DemoData/Purchases/", "DemoData/CRM/",
                            "DemoData/Foundation/1.Setup data/")
FILES = {
    "Create Customer": SALES + "2.Master Data/CreateCustomer.Codeunit.al",
    "Create Vendor": PURCH + "2.Master Data/CreateVendor.Codeunit.al",
    "Create Salesperson/Purchaser": CRM + "2.Master Data/CreateSalespersonPurchaser.Codeunit.al",
    "Create Opportunity": CRM + "3.Transactions/CreateOpportunity.Codeunit.al",
    "Create Post Code": FOUND + "CreatePostCode.Codeunit.al",
    "Create Posting Groups": "DemoData/Finance/1.Setup data/CreatePostingGroups.Codeunit.al",
    "Create VAT Posting Groups": "DemoData/Finance/1.Setup data/CreateVATPostingGroups.Codeunit.al",
    "Create Customer Posting Group": SALES + "1.Setup Data/CreateCustomerPostingGroup.Codeunit.al",
    "Create Vendor Posting Group": PURCH + "1.Setup Data/CreateVendorPostingGroup.Codeunit.al",
    "Create Reminder Terms": SALES + "1.Setup Data/CreateReminderTerms.Codeunit.al",
    "Create Language": FOUND + "CreateLanguage.Codeunit.al",
    "Create Country/Region": FOUND + "CreateCountryRegion.Codeunit.al",
    "Create Doc Sending Profile": FOUND + "CreateDocSendingProfile.Codeunit.al",
    "Create Payment Terms": FOUND + "CreatePaymentTerms.Codeunit.al",
    "Create Territory": "DemoData/Inventory/1.Setup Data/CreateTerritory.Codeunit.al",
    "Create Sales Cycle": CRM + "1.Setup Data/CreateSalesCycle.Codeunit.al",
    "Create Close Opportunity Code": CRM + "2.Master Data/CreateCloseOpportunityCode.Codeunit.al",
    "Create No. Series": FOUND + "CreateNoSeries.Codeunit.al",
    "Contoso Coffee Demo Data Setup": "DemoTool/ContosoCoffeeDemoDataSetup.Table.al",
}
YEAR_SHIFT = 122


class AL:
    def __init__(self, gitdir):
        self.gitdir, self.cache = gitdir, {}

    def text(self, codeunit):
        if codeunit not in self.cache:
            path = f"{APP}/{FILES[codeunit]}"
            self.cache[codeunit] = subprocess.run(
                ["git", "--git-dir", self.gitdir, "show", f"{COMMIT}:{path}"],
                check=True, capture_output=True).stdout.decode("utf-8-sig")
        return self.cache[codeunit]

    def label(self, codeunit, name):
        pattern = r"\b" + re.escape(name) + r"\s*:\s*Label\s+'((?:[^']|'')*)'"
        m = re.search(pattern, self.text(codeunit), re.I)
        if not m:
            raise KeyError(f"{codeunit}: no label {name}")
        return m.group(1).replace("''", "'")

    def procedure(self, codeunit, name):
        pattern = (r"procedure\s+" + re.escape(name)
                   + r"\s*\(\)[^\n]*\n\s*begin\s*\n\s*exit\(([^;]*)\);")
        m = re.search(pattern, self.text(codeunit))
        if not m:
            raise KeyError(f"{codeunit}: no procedure {name}")
        return self.value(codeunit, m.group(1).strip())

    def variables(self, codeunit):
        pattern = r'(\w+)\s*:\s*[Cc]odeunit\s+"([^"]+)"'
        return dict(re.findall(pattern, self.text(codeunit)))

    def value(self, codeunit, arg):
        arg = arg.strip()
        if arg.startswith("'"):
            return arg[1:-1].replace("''", "'")
        if re.fullmatch(r"-?\d+(\.\d+)?", arg):
            return arg
        if arg in ("true", "false"):
            return arg == "true"
        m = re.fullmatch(r'Enum::"[^"]+"::"?([^"]+)"?', arg)
        if m:
            return m.group(1)
        if arg == 'ContosoCoffeeDemoDataSetup."Country/Region Code"':
            setup = self.text("Contoso Coffee Demo Data Setup")
            pattern = r'"Country/Region Code"; Code\[10\]\)\s*\{[^}]*InitValue = \'(\w+)\''
            return re.search(pattern, setup).group(1)
        m = re.fullmatch(r"ContosoUtilities\.AdjustDate\((\d{4})(\d\d)(\d\d)D\)", arg)
        if m:
            return f"{int(m.group(1)) + YEAR_SHIFT}-{m.group(2)}-{m.group(3)}"
        if arg in ("ContosoUtilities.AdjustDate(0D)", "0D"):
            return ""
        m = re.fullmatch(r"ContosoCRM\.FindContactNo\(.*?,\s*(\w+\.\w+\(\)),\s*([01])\)", arg)
        if m:   # (customer no., 1 = its contact person, 0 = its company contact)
            return ("contact", self.value(codeunit, m.group(1)), m.group(2))
        m = re.fullmatch(r"(\w+)\.(\w+)\(\)", arg)
        if m:
            target = self.variables(codeunit).get(m.group(1))
            if target not in FILES:   # pictures, blobs (Contoso Utilities, Temp Blob)
                return None
            return self.procedure(target, m.group(2))
        m = re.fullmatch(r"(\w+)\(\)", arg)
        if m:
            return self.procedure(codeunit, m.group(1))
        if re.fullmatch(r"\w+(Lbl|Tok)", arg):
            return self.label(codeunit, arg)
        return None   # pictures and blobs: not exported

    def calls(self, codeunit, function):
        """The arguments of each `function(` call in the codeunit's OnRun, as values."""
        text = self.text(codeunit)
        body = text[text.index("trigger OnRun()"):]
        body = body[:body.index("\n    end;")]
        out = []
        for m in re.finditer(r"\b" + re.escape(function) + r"\(", body):
            i, depth, quote, args, cur = m.end(), 1, False, [], ""
            while depth:
                c = body[i]
                i += 1
                if quote:
                    cur += c
                    if c == "'":
                        if body[i] == "'":   # '' inside a text
                            cur += "'"
                            i += 1
                        else:
                            quote = False
                elif c == "'":
                    quote = True
                    cur += c
                elif c == "(":
                    depth += 1
                    cur += c
                elif c == ")":
                    depth -= 1
                    if depth:
                        cur += c
                elif c == "," and depth == 1:
                    args.append(cur)
                    cur = ""
                else:
                    cur += c
            args.append(cur)
            out.append([self.value(codeunit, a) for a in args])
        return out


def codes(args, positions):
    """Code[..] fields are stored upper-case (posting groups, terms, territory, language)."""
    return [a.upper() if i in positions and isinstance(a, str) else a for i, a in enumerate(args)]


def yes_no(v):
    return "Yes" if v else "No"


def write(out, name, header, rows):
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main(gitdir, out):
    al = AL(gitdir)
    post = {a[0]: (a[1], a[4]) for a in al.calls("Create Post Code", "InsertData")}
    os.makedirs(out, exist_ok=True)

    people = al.calls("Create Salesperson/Purchaser", "ContosoCRM.InsertSalespersonPurchaser")
    write(out, "salespeople.csv", ["Code", "Name", "Commission %", "E-Mail"],
          [[a[0], a[1], a[2], a[4]] for a in people])

    customers = al.calls("Create Customer", "ContosoCustomerVendor.InsertCustomer")
    write(out, "customers.csv",
          ["No.", "Name", "Address", "Address 2", "City", "County", "Post Code",
           "Country/Region Code", "Contact", "E-Mail", "Salesperson Code", "Territory Code",
           "Language Code", "Payment Terms Code", "Customer Posting Group",
           "Gen. Bus. Posting Group", "VAT Bus. Posting Group", "Reminder Terms Code",
           "Document Sending Profile"],
          [[a[0], a[1], a[3], a[4], post[a[5]][0], post[a[5]][1], a[5], a[2], a[16], a[20], a[19],
            a[17], a[18], a[13], a[7], a[8], a[9], a[21], a[15]]
           for a in (codes(c, (7, 8, 9, 13, 15, 17, 18, 19, 21)) for c in customers)])
    by_customer = {a[0]: a for a in customers}

    vendors = al.calls("Create Vendor", "ContosoCustomerVendor.InsertVendor")
    write(out, "vendors.csv",
          ["No.", "Name", "Address", "Address 2", "City", "County", "Post Code",
           "Country/Region Code", "Contact", "E-Mail", "Territory Code", "Payment Terms Code",
           "Vendor Posting Group", "Gen. Bus. Posting Group", "VAT Bus. Posting Group",
           "Application Method"],
          [[a[0], a[1], a[3], a[4], post[a[5]][0], post[a[5]][1], a[5], a[2], a[16], a[18], a[17],
            a[13], a[7], a[8], a[9], a[19]]
           for a in (codes(v, (7, 8, 9, 13, 17)) for v in vendors)])

    entries = al.calls("Create Opportunity", "ContosoCRM.InsertOpportunityEntry")
    active = {e[1]: e for e in entries if e[5] is True}
    rows = []
    for a in al.calls("Create Opportunity", "ContosoCRM.InsertOpportunity"):
        person, company = a[3], a[4]
        customer = by_customer[company[1]]
        e = active.get(a[0])
        rows.append([a[0], a[1], a[2], customer[16], customer[1], a[5], a[6], a[7], a[8],
                     yes_no(a[9]), a[10],
                     e[8] if e else "0", e[10] if e else "0", e[9] if e else "0",
                     e[3] if e else ""])
        assert person[1] == company[1]
    write(out, "opportunities.csv",
          ["No.", "Description", "Salesperson Code", "Contact Name", "Contact Company Name",
           "Sales Cycle Code", "Creation Date", "Status", "Priority", "Closed", "Date Closed",
           "Estimated Value (LCY)", "Chances of Success %", "Completed %",
           "Estimated Closing Date"],
          rows)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
