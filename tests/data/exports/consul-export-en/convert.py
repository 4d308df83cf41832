"""Consul Democracy's admin lists of organisations and users and its budget investments CSV.

Built for round Z7 (session 53, keys415). Usage:

    python convert.py --lang en|es|fr|de CONSUL OUT

CONSUL: files of Consul Democracy (consul/consul, now consuldemocracy/consuldemocracy) at
commit f4bd8e9ef99f44d1702d8ea712d6eff5d230ae3f under their own paths (SOURCE.md lists
them). Needs PyYAML (to read the locale files).

Rules (nothing here is invented data):
- Rows: the records Consul's own system specs create with literal values, read from the
  specs by the patterns below (the script stops if a pattern no longer matches):
  spec/system/admin/organizations_spec.rb ("Filtering organizations": a pending, a
  rejected and a verified organisation; "Search": "Get up, Stand up" with its user's
  e-mail and phone), spec/system/admin/users_spec.rb ("Index": the user "Jose Luis
  Balbin" and the administrator who logs in) and
  spec/system/admin/budget_investments_spec.rb ("Downloading CSV file": two investments).
  A value the spec leaves to a factory is the factory's literal (an organisation's
  responsible_name) or its sequence as it runs when the scenario runs alone (FactoryBot
  sequences start at 1, an overridden attribute does not advance its sequence; database
  ids start at 1 in a fresh test database).
- Files and columns: organizations.csv and users.csv are the admin lists
  (app/views/admin/organizations/index.html.erb, app/views/admin/users/_users.html.erb:
  their columns but the actions); budget_investments.csv is the admin's "Download current
  selection" (app/models/budget/investment/exporter.rb: its headers and values). Headers
  are the I18n keys those files name, from config/locales/<lang>/admin.yml.
- Cells as Consul prints them: statuses and yes/no translated where Consul translates
  them (organisation status, shared.yes/no, feasibility, 'No admin assigned'); a user's
  roles and verification level are the raw symbols the list prints (admin,
  level_1_user); a feasible investment's price is number_to_currency with precision 0 and
  the budget's unit '€' in the language's config/locales/<lang>/rails.yml format.
- CSV: Ruby's CSV.generate writes the investments (comma, minimal quoting, LF); the two
  lists are written the same way.
"""
import argparse
import csv
import os
import re

import yaml

LANGS = {"en": ("en", "en"), "es": ("es", "es"), "fr": ("fr", "fr"), "de": ("de-DE", "de")}

ORG_SPEC = "spec/system/admin/organizations_spec.rb"
USER_SPEC = "spec/system/admin/users_spec.rb"
INV_SPEC = "spec/system/admin/budget_investments_spec.rb"
ORG_FACTORY = "spec/factories/organizations.rb"
USER_FACTORY = "spec/factories/users.rb"


def read(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as fh:
        return fh.read()


def one(pattern, text, what):
    m = re.search(pattern, text, re.S)
    if not m:
        raise SystemExit(f"pattern for {what} not found")
    return m


def block(text, title):
    """The body of one scenario, from its title to the next scenario."""
    start = text.index(f'scenario "{title}"')
    nxt = text.find("scenario ", start + 10)
    return text[start:nxt if nxt > 0 else len(text)]


def t(tree, key):
    node = tree
    for part in key.split("."):
        node = node[part]
    return node


def currency(amount, fmt):
    """number_to_currency(amount, precision: 0, unit: '€') in the locale's format."""
    digits = f"{amount:,}".replace(",", fmt["delimiter"])
    return fmt["format"].replace("%n", digits).replace("%u", "€")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("consul")
    ap.add_argument("out")
    a = ap.parse_args()
    folder, top = LANGS[a.lang]
    loc = {}
    for name in ("admin", "general", "rails"):
        path = os.path.join(a.consul, "config", "locales", folder, f"{name}.yml")
        with open(path, encoding="utf-8") as fh:
            loc.update(yaml.safe_load(fh)[top])
    seq_email = one(r'sequence\(:email\)\s*\{ \|n\| "([^"]*)#\{n\}([^"]*)" \}',
                    read(a.consul, USER_FACTORY), "the e-mail sequence").groups()
    seq_user = one(r'sequence\(:username\) \{ \|n\| "([^"]*)#\{n\}" \}',
                   read(a.consul, USER_FACTORY), "the username sequence").group(1)
    responsible = one(r'responsible_name \{ "([^"]+)" \}', read(a.consul, ORG_FACTORY),
                      "responsible_name").group(1)

    def email(n):
        return f"{seq_email[0]}{n}{seq_email[1]}"

    os.makedirs(a.out, exist_ok=True)

    # organizations: the admin list (filter "all")
    spec = read(a.consul, ORG_SPEC)
    idx = "admin.organizations.index."
    status = {None: t(loc, idx + "pending"), "rejected": t(loc, idx + "rejected"),
              "verified": t(loc, idx + "verified")}
    rows = []
    # "Filtering organizations": the before block's create(:user) is e-mail 1
    n = 1
    for trait, name in re.findall(r'create\(:organization(?:, :(\w+))?, name: "([^"]+)"\)',
                                  block(spec, "Filtering organizations")):
        n += 1
        rows.append([name, email(n), "", responsible, status[trait or None]])
    m = one(r'let\(:user\) \{ create\(:user, email: "([^"]+)", phone_number: "([^"]+)"\) \}'
            r'.*?create\(:organization, user: user, name: "([^"]+)"\)', spec, "Search")
    rows.append([m.group(3), m.group(1), m.group(2), responsible, status[None]])
    head = [t(loc, idx + k) for k in ("name", "email", "phone_number", "responsible_name",
                                      "status")]
    write(a.out, "organizations.csv", head, rows)

    # users: the admin list ("active" users); let! user first, then the administrator
    spec = read(a.consul, USER_SPEC)
    uname = one(r'let!\(:user\) \{ create\(:user, username: "([^"]+)"\) \}', spec,
                "the user").group(1)
    rows = [[uname, email(1), "", "", "level_1_user"],
            [f"{seq_user}1", email(2), "", "admin", "level_1_user"]]
    head = [t(loc, "admin.users.columns." + k) for k in
            ("name", "email", "document_number", "roles", "verification_level")]
    write(a.out, "users.csv", head, rows)

    # budget investments: Budget::Investment::Exporter
    body = block(read(a.consul, INV_SPEC), "Downloading CSV file")
    admin_name = one(r'create\(:administrator, user: create\(:user, username: "([^"]+)"\)\)',
                     body, "the admin").group(1)
    valuator = one(r'create\(:valuator, user: create\(:user, username: "([^"]+)"\)\)',
                   body, "the valuator").group(1)
    vgroup = one(r'create\(:valuator_group, name: "([^"]+)"\)', body, "the group").group(1)
    headings = dict(re.findall(r'(\w+) = create\(:budget_heading, group: budget_group, '
                               r'name: "([^"]+)"\)', body))
    li = "admin.budget_investments.index."
    yes, no = t(loc, "shared.yes"), t(loc, "shared.no")
    fmt = t(loc, "number.currency.format")
    rows = []
    invs = re.findall(r'create\(:budget_investment, :(\w+),? ?(:selected,)? title: "([^"]+)",'
                      r'(.*?)visible_to_valuators: (true|false)\)', body, re.S)
    if len(invs) != 2:
        raise SystemExit("the two investments not found")
    for i, (feas, selected, title, rest, visible) in enumerate(invs, start=1):
        heading = headings[one(r"heading: (\w+)", rest, "heading").group(1)]
        votes = one(r"cached_votes_up: (\d+)", rest, "votes").group(1)
        price = int(one(r"price: (\d+)", rest, "price").group(1))
        feas_label = t(loc, li + "feasibility." + feas)
        if feas == "feasible":
            feas_label = f"{feas_label} ({currency(price, fmt)})"
        rows.append([
            str(i), title, votes,
            admin_name if "administrator: admin" in rest else t(loc, li + "no_admin_assigned"),
            valuator if "valuators: [valuator]" in rest else "-",
            vgroup if "valuator_groups: [valuator_group]" in rest else "-",
            heading, feas_label,
            yes if selected else no,  # the :selected trait sets valuation_finished
            yes if selected else no,
            yes if visible == "true" else no,
            f"{seq_user}{i}",
        ])
    head = [t(loc, li + "list." + k) for k in (
        "id", "title", "supports", "admin", "valuator", "valuation_group", "geozone",
        "feasibility", "valuation_finished", "selected", "visible_to_valuators",
        "author_username")]
    write(a.out, "budget_investments.csv", head, rows)


def write(out, name, head, rows):
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)


if __name__ == "__main__":
    main()
