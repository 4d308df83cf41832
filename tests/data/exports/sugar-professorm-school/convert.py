"""Sugar 8 export of the "Professor M's School" sample data (sugarcrm-developers/school).

The sample's data is the Postman collection ``data/ProfessorM_PostmanCollection.json``: one
REST ``POST /<Module>`` per record. This script replays it on paper and writes each module as
Sugar 8.1's export (``include/export_utils.php``) would write it; see SOURCE.md for the rules.

    python convert.py SCHOOL_GIT_DIR SCHOOL_COMMIT SUGAR_GIT_DIR SUGAR_COMMIT OUT_DIR

Needs ``git`` and PHP (8.x CLI) to read Sugar's and the package's language files.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

#: request module -> Sugar's module dir, object name (for $dictionary) and exported file
MODULES = {
    "Accounts": "Account", "ProductCategories": "ProductCategory", "ProductTypes": "ProductType",
    "ProductTemplates": "ProductTemplate", "PR_Professors": "PR_Professors", "Contacts": "Contact",
    "Leads": "Lead", "Opportunities": "Opportunity", "RevenueLineItems": "RevenueLineItem",
    "Quotes": "Quote", "Products": "Product", "Campaigns": "Campaign",
}
#: the package's own module lives in the school repository, every other one in Sugar's
PACKAGE_MODULES = {"PR_Professors"}
#: non-db id fields whose relate name field the export writes ('exportable' => true,
#: export_link_type one: Contacts' and Opportunities' account_name in Sugar 8.1's vardefs)
EXPORTED_RELATE = {("Contacts", "account_id"): ("account_name", "Accounts"),
                   ("Opportunities", "account_id"): ("account_name", "Accounts")}
PHP_DUMP = r"""<?php
define('sugarEntry', true);
$mod_strings = array(); $app_strings = array(); $app_list_strings = array();
$dictionary = array();
$acc = array('mod_strings' => array(), 'app_strings' => array(), 'app_list_strings' => array());
foreach (array_slice($argv, 1) as $f) {   // a file may set the whole array or single keys
    foreach ($acc as $k => $v) { $$k = $v; }
    include $f;
    foreach ($acc as $k => $v) { $acc[$k] = array_merge($v, is_array($$k) ? $$k : array()); }
}
foreach ($acc as $k => $v) { $$k = $v; }
echo json_encode(array('mod' => $mod_strings, 'app' => $app_strings,
                       'list' => $app_list_strings, 'dict' => $dictionary));
"""


def git_show(repo: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "-C", repo, "show", f"{commit}:{path}"], check=True,
                          capture_output=True, text=True).stdout


def git_ls(repo: str, commit: str, path: str) -> list[str]:
    out = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", commit, path],
                         check=True, capture_output=True, text=True).stdout
    return [p for p in out.splitlines() if p]


def php_strings(files: list[tuple[str, str, str]], tmp: Path) -> dict:
    """$mod_strings / $app_strings / $app_list_strings / $dictionary after including files."""
    paths = []
    for i, (repo, commit, path) in enumerate(files):
        p = tmp / f"{i:03d}.php"
        p.write_text(git_show(repo, commit, path), encoding="utf-8")
        paths.append(str(p))
    dump = tmp / "dump.php"
    dump.write_text(PHP_DUMP, encoding="utf-8")
    out = subprocess.run(["php", "-d", "error_reporting=0", str(dump), *paths], check=True,
                         capture_output=True, text=True).stdout
    data = json.loads(out)
    return {k: (v if isinstance(v, dict) else {}) for k, v in data.items()}


def field_block(text: str, field: str) -> str | None:
    """The ``'field' => array(...)`` block of a vardefs file (balanced parentheses)."""
    f = re.escape(field)
    m = re.search(r"(\[['\"]" + f + r"['\"]\]\s*=|['\"]" + f + r"['\"]\s*=>)\s*array\s*\(",
                  text)
    if not m:
        return None
    depth, i = 1, m.end()
    while depth and i < len(text):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        i += 1
    return text[m.end():i]


def prop(block: str | None, name: str) -> str | None:
    if not block:
        return None
    m = re.search(r"['\"]" + name + r"['\"]\s*=>\s*['\"]([^'\"]*)['\"]", block)
    return m.group(1) if m else None


class Module:
    """A module's vardefs text (its own, the package's extensions, the templates it uses)."""

    def __init__(self, sugar: tuple[str, str], school: tuple[str, str], name: str,
                 custom: dict[str, dict], tmp: Path) -> None:
        self.name = name
        own = school if name in PACKAGE_MODULES else sugar
        base = "package/src/modules" if name in PACKAGE_MODULES else "modules"
        text = git_show(*own, f"{base}/{name}/vardefs.php")
        templates = re.findall(r"'(basic|person|company|issue|sale|file|assignable|currency|"
                               r"email_address|team_security|taggable)'", text)
        self.texts = [text]
        lang = []   # return_module_language: the templates' strings under the module's
        for t in dict.fromkeys(["basic", "taggable", *templates]):   # 'default': basic, tags
            kind = "templates" if t in {"basic", "person", "company", "issue", "sale",
                                         "file"} else "implements"
            self.texts.append(git_show(*sugar, f"include/SugarObjects/{kind}/{t}/vardefs.php"))
            lang += [(*sugar, p) for p in git_ls(*sugar, f"include/SugarObjects/{kind}/{t}/"
                                                         "language/en_us.lang.php")]
        self.ext = "\n".join(git_show(*school, p) for p in git_ls(
            *school, f"package/src/custom/Extension/modules/{name}/Ext/Vardefs"))
        self.texts.insert(0, self.ext)   # the package's relationship fields
        lang += [(*own, f"{base}/{name}/language/en_us.lang.php")]
        lang += [(*school, p) for p in git_ls(
            *school, f"package/src/custom/Extension/modules/{name}/Ext/Language")
            if Path(p).name.startswith("en_us.")]
        self.mod = php_strings(lang, tmp)["mod"]
        self.custom = custom.get(name, {})

    def vardef(self, field: str) -> dict[str, str | None]:
        if field in self.custom:
            c = self.custom[field]
            return {"vname": c["label"], "type": c["type"], "source": None, "options": c["ext1"]}
        block = next((b for b in (field_block(t, field) for t in self.texts) if b), None)
        d = {k: prop(block, k) for k in ("vname", "type", "source", "options", "dbType")}
        m = re.search(r"\['fields'\]\['" + re.escape(field) + r"'\]\['vname'\]\s*=\s*'([^']*)'",
                      self.ext)
        if m:
            d["vname"] = m.group(1)
        return d

    def label(self, field: str, app: dict) -> str:
        """translateForExport (include/export_utils.php), trailing colon stripped."""
        up = "LBL_EXPORT_" + field.upper()
        vname = self.vardef(field).get("vname")
        for table, key in ((self.mod, up), (app, up), (self.mod, vname), (app, vname),
                           (self.mod, "LBL_" + field.upper()), (app, "LBL_" + field.upper())):
            if key and table.get(key):
                return re.sub(r"[:\uff1a]\s*$", "", str(table[key]).strip())
        return field


def custom_fields(pack: str) -> dict[str, dict]:
    """The package's custom fields (package/pack.php 'custom_fields'): module -> name -> def."""
    out: dict[str, dict] = {}
    for block in re.findall(r"'id' => '[^']*',(.*?)'ext4'", pack, re.S):
        d = dict(re.findall(r"'(\w+)' => '([^']*)'", block))
        if "name" in d and "module" in d:
            out.setdefault(d["module"], {})[d["name"]] = {
                "label": d.get("label"), "type": d.get("type"), "ext1": d.get("ext1")}
    return out


def requests(collection: dict):
    """(module, body, variable the test script stores the new id in, link target) in order."""
    for group in collection["item"]:
        for item in group.get("item", []):
            req = item["request"]
            url = req["url"] if isinstance(req["url"], str) else req["url"]["raw"]
            path = url.split("{{rest_endpoint}}/", 1)[-1]
            if req["method"] != "POST":
                continue
            script = " ".join(" ".join(e["script"]["exec"]) for e in item.get("event", [])
                              if e["listen"] == "test")
            var = re.search(r'setEnvironmentVariable\("([^"]+)",\s*idOf\w+\)', script)
            body = json.loads(req.get("body", {}).get("raw") or "{}")
            yield path, body, var.group(1) if var else None


def main(school_dir: str, school_commit: str, sugar_dir: str, sugar_commit: str,
         out_dir: str) -> None:
    school, sugar = (school_dir, school_commit), (sugar_dir, sugar_commit)
    collection = json.loads(git_show(*school, "data/ProfessorM_PostmanCollection.json"))
    counter = iter(range(1, 10_000))
    ids: dict[str, str] = {}
    records: dict[str, list[dict]] = {m: [] for m in MODULES}

    def new_id() -> str:
        return str(uuid.UUID(int=0x5C400000_0000_4000_8000_000000000000 + next(counter)))

    def resolve(v):
        if isinstance(v, str):
            return re.sub(r"\{\{([^}]+)\}\}", lambda m: ids.get(m.group(1), ""), v)
        if isinstance(v, dict):
            # the edit view's team widget field: the export's Teams column (team_name)
            return {("team_name" if k == "team_name_collection_0" else k): resolve(x)
                    for k, x in v.items()}
        if isinstance(v, list):
            return [resolve(x) for x in v]
        return v

    for path, body, var in requests(collection):
        parts = path.split("/")
        if parts[0] in ("oauth2", "Reports", "Dashboards"):
            continue
        if len(parts) > 1:   # a link: an RLI's quote (a column), a student's professor (no)
            if parts[0] == "RevenueLineItems" and body.get("related", {}).get("quote_id"):
                rli = next(r for r in records["RevenueLineItems"]
                           if r["id"] == resolve(body["id"]))
                rli["quote_id"] = resolve(body["related"]["quote_id"])
            continue
        module = parts[0]
        rec = {"id": new_id()}
        bundles = body.pop("product_bundles", {}).get("create", [])
        rec.update(resolve(body))   # Postman fills {{variables}} as it sends
        records[module].append(rec)
        if var:
            ids[var] = rec["id"]
        for bundle in bundles:   # a quote's line items are Products (Quoted Line Items)
            for line in bundle.get("products", {}).get("create", []):
                records["Products"].append({"id": new_id(), **resolve(line),
                                            "quote_id": rec["id"]})

    tmp = Path(tempfile.mkdtemp())
    app_files = [(*sugar, "include/language/en_us.lang.php")] + [
        (*school, p) for p in git_ls(*school, "package/src/custom/Extension/application/Ext/"
                                              "Language") if Path(p).name.startswith("en_us.")]
    app = php_strings(app_files, tmp)
    custom = custom_fields(git_show(*school, "package/pack.php"))
    names = {r["id"]: r.get("name", "") for rs in records.values() for r in rs}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for module, rows in records.items():
        if not rows:
            continue
        mod = Module(sugar, school, module, custom, tmp)
        fields: list[str] = []
        for r in rows:
            fields += [f for f in r if f not in fields]
        columns: list[tuple[str, str]] = []   # (field written, field read from the record)
        for f in fields:
            vd = mod.vardef(f)
            if (module, f) in EXPORTED_RELATE:
                columns.append((EXPORTED_RELATE[(module, f)][0], f))
            elif vd.get("source") == "non-db" and f not in ("tag", "team_name",
                                                            "assigned_user_name"):
                continue   # relationship fields the export query leaves out
            else:
                columns.append((f, f))
        lines = ['"' + '","'.join(mod.label(w, app["app"]) for w, _ in columns) + '"']
        for r in rows:
            cells = []
            for written, read in columns:
                v = r.get(read, "")
                vd = mod.vardef(written)
                if written != read:                       # relate: the record's name
                    v = names.get(v, "")
                elif read == "tag":
                    v = ", ".join(v) if v else ""
                elif vd.get("type") == "multienum":
                    opts = app["list"].get(vd.get("options") or "", {})
                    v = ",".join(str(opts.get(x, x)) for x in v)
                elif isinstance(v, bool):
                    v = "1" if v else "0"
                elif vd.get("type") == "date" and v:
                    y, m, d = v.split("-")
                    v = f"{m}/{d}/{y}"
                elif vd.get("type") == "currency" and v != "":
                    v = f"${float(v):,.2f}"
                cells.append(str(v).replace('"', '""'))
            lines.append('"' + '","'.join(cells) + '"')
        (out / f"{module}.csv").write_bytes(
            b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
        print(module, len(rows))


if __name__ == "__main__":
    main(*sys.argv[1:6])
