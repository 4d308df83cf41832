"""ProjeQtOr (projeqtor/main, GPL-3.0) demo database -> its own CSV exports (keys291).

    python convert.py SRC_DIR OUT_DIR --lang en|fr|de|es

SRC_DIR holds, from projeqtor/main at 56d0160bf8be2f0d171863b062b41dd46e1b97d0, the demo
database ProjeQtOr ships (branches/V5.0/projeqtor/deploy/projeqtor_demo_v50.sql.zip, unzipped:
projeqtor_demo.sql) and the translation file branches/V5.0/projeqtor/tool/i18n/nls/<lang>/
lang.js, under their repository paths. Writes one file per object as ProjeQtOr 5.0's list
"Export" (CSV) writes it (tool/jsonQuery.php, outMode=csv, print):

- the columns are the object's fields in the model class's declaration order
  (SqlElement::buildSelectClause): no '_' fields, no 'hidden' fields, no password; the
  embedded objects (Ticket's Origin and WorkElement) left unticked in the export dialog;
- the header is getColCaption(field): i18n('col' + ucfirst(field)) after the class's
  _colCaptionTransposition, as i18n() reads lang.js (the text after the first ':' up to the
  first ','); the ticket's idContext1..3 are headed by the context type's name;
- a foreign key (idXxx, Xxx capitalised) is written as the referenced object's name
  (SqlList::getNameFromId: the list of that class, with its database criteria, idle included;
  an id not in the list is written as is; Profile names translated);
- every value utf8_decode()'d (ISO-8859-1; anything outside it '?'), '"' doubled, the ';'
  separator (the demo's csvSeparator) replaced by ' '; varchar and foreign values quoted,
  decimals formatNumericOutput()'d, everything else (ints, dates, mediumtext) written raw;
  each field followed by ';', each line ended by CRLF;
- rows: every record (the "show closed items" box ticked), in the list's order (sortOrder
  for projects, id descending otherwise).
"""
import argparse
import re
from pathlib import Path

SQL = "projeqtor_demo.sql"
NLS = "branches/V5.0/projeqtor/tool/i18n/nls/{lang}/lang.js"
SEP = ";"   # parameter csvSeparator in the demo database

# model classes (branches/V5.0/projeqtor/model/*.php): exported fields in declaration order,
# (field, database column) ; the caption transpositions ; the table and its criteria
OBJECTS = {
    "Client": {
        "table": "client", "crit": {},
        "fields": ["id", "name", "idClientType", "clientCode", "paymentDelay", "tax", "idle",
                   "description", "designation", "street", "complement", "zip", "city",
                   "state", "country"],
        "caption": {"name": "clientName"}, "cols": {},
    },
    "Contact": {
        "table": "resource", "crit": {"isContact": 1},
        "fields": ["id", "name", "userName", "initials", "email", "idProfile", "idClient",
                   "function", "phone", "mobile", "fax", "isResource", "isUser", "idle",
                   "description", "designation", "street", "complement", "zip", "city",
                   "state", "country", "dontReceiveTeamMails"],
        "caption": {"name": "realName"}, "cols": {"name": "fullName", "userName": "name"},
    },
    "Project": {
        "table": "project", "crit": {},
        "fields": ["id", "name", "idProjectType", "idClient", "idContact", "projectCode",
                   "contractCode", "clientCode", "idProject", "idSponsor", "idResource",
                   "idUser", "creationDate", "color", "idStatus", "idHealth", "idQuality",
                   "idTrend", "idOverallProgress", "fixPlanning", "done", "doneDate", "idle",
                   "idleDate", "cancelled", "description", "objectives"],
        "caption": {"idResource": "manager", "idProject": "isSubProject",
                    "idProjectType": "type", "idContact": "billContact"}, "cols": {},
        "order": "sortOrder",
    },
    "Ticket": {
        "table": "ticket", "crit": {},
        "fields": ["id", "reference", "name", "idTicketType", "idProject", "externalReference",
                   "idUrgency", "creationDateTime", "idUser", "idContact", "idTicket",
                   "idContext1", "idContext2", "idContext3", "idProduct", "idOriginalVersion",
                   "description", "idActivity", "idStatus", "idResource", "idCriticality",
                   "idPriority", "initialDueDateTime", "actualDueDateTime", "handled",
                   "handledDateTime", "done", "doneDateTime", "idle", "idleDateTime",
                   "cancelled", "idTargetVersion", "result"],
        "caption": {"idUser": "issuer", "idResource": "responsible",
                    "idActivity": "planningActivity", "idContact": "requestor",
                    "idTargetVersion": "targetVersion", "idOriginalVersion": "originalVersion",
                    "idTicket": "duplicateTicket", "idContext1": "idContext"},
        "cols": {"idTargetVersion": "idVersion"},
    },
    "Action": {
        "table": "action", "crit": {},
        "fields": ["id", "reference", "name", "idActionType", "idProject", "creationDate",
                   "idUser", "idPriority", "description", "idStatus", "idResource",
                   "initialDueDate", "actualDueDate", "handled", "handledDate", "done",
                   "doneDate", "idle", "idleDate", "cancelled", "idEfficiency", "result"],
        "caption": {"idUser": "issuer", "idResource": "responsible"}, "cols": {},
    },
}
FILES = {"Client": "Client.csv", "Contact": "Contact.csv", "Project": "Project.csv",
         "Ticket": "Ticket.csv", "Action": "Action.csv"}

# referenced classes: (table, name expression, criteria); SqlList::getNameFromId
REFS = {
    "ClientType": ("type", "name", {"scope": "Client"}),
    "ProjectType": ("type", "name", {"scope": "Project"}),
    "TicketType": ("type", "name", {"scope": "Ticket"}),
    "ActionType": ("type", "name", {"scope": "Action"}),
    "Profile": ("profile", "name", {}),
    "Client": ("client", "name", {}),
    "Contact": ("resource", "fullName", {"isContact": 1}),
    "Sponsor": ("resource", "fullName", {"isContact": 1}),
    "Resource": ("resource", "fullName", {"isResource": 1}),
    "User": ("resource", "user", {"isUser": 1}),   # coalesce(fullName, concat(name,' #'))
    "Project": ("project", "name", {}),
    "Status": ("status", "name", {}), "Health": ("health", "name", {}),
    "Quality": ("quality", "name", {}), "Trend": ("trend", "name", {}),
    "OverallProgress": ("overallprogress", "name", {}),
    "Urgency": ("urgency", "name", {}), "Criticality": ("criticality", "name", {}),
    "Priority": ("priority", "name", {}), "Efficiency": ("efficiency", "name", {}),
    "Ticket": ("ticket", "name", {}), "Activity": ("activity", "name", {}),
    "Product": ("product", "name", {}), "Version": ("version", "name", {}),
    "Context1": ("context", "name", {"idContextType": 1}),
    "Context2": ("context", "name", {"idContextType": 2}),
    "Context3": ("context", "name", {"idContextType": 3}),
}


def parse_sql(text):
    """Tables of a phpMyAdmin dump: {table: (columns {name: type}, rows [dict])}."""
    types = {}
    for m in re.finditer(r"CREATE TABLE IF NOT EXISTS `(\w+)` \((.*?)\n\) ENGINE", text, re.S):
        cols = {}
        for line in m.group(2).splitlines():
            c = re.match(r"\s*`(\w+)` (\w+)", line)
            if c:
                cols[c.group(1)] = c.group(2)
        types[m.group(1)] = cols
    rows = {}
    for m in re.finditer(r"INSERT INTO `(\w+)` \(([^)]*)\) VALUES\n", text):
        table = m.group(1)
        names = [n.strip(" `") for n in m.group(2).split(",")]
        pos = m.end()
        out = rows.setdefault(table, [])
        while True:
            assert text[pos] == "(", (table, text[pos:pos + 40])
            pos += 1
            vals = []
            while True:
                if text[pos] == "'":
                    pos += 1
                    buf = []
                    while True:
                        ch = text[pos]
                        if ch == "\\":
                            nxt = text[pos + 1]
                            buf.append({"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(nxt, nxt))
                            pos += 2
                        elif ch == "'" and text[pos + 1] == "'":
                            buf.append("'")
                            pos += 2
                        elif ch == "'":
                            pos += 1
                            break
                        else:
                            buf.append(ch)
                            pos += 1
                    vals.append("".join(buf))
                else:
                    end = pos
                    while text[end] not in ",)":
                        end += 1
                    raw = text[pos:end].strip()
                    vals.append(None if raw == "NULL" else raw)
                    pos = end
                if text[pos] == ",":
                    pos += 1
                    while text[pos] == " ":
                        pos += 1
                    continue
                assert text[pos] == ")"
                pos += 1
                break
            out.append(dict(zip(names, vals, strict=True)))
            if text[pos] == ",":
                pos += 1
                while text[pos] in " \n":
                    pos += 1
                continue
            assert text[pos] == ";"
            break
    return types, rows


def read_lang(path):
    """i18n() of tool/projeqtor.php: explode(':') then explode(',') of the line."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        split = line.split(":")
        if len(split) > 1:
            var = split[0].strip(" ")
            val = split[1].split(",")[0].strip(" ").strip('"')
            out[var] = val
    return out


def i18n(msgs, key):
    return msgs.get(key, "[" + key + "]")


def latin1(val):
    """PHP's utf8_decode: ISO-8859-1, '?' for anything outside it."""
    return "".join(ch if ord(ch) < 256 else "?" for ch in val)


def name_of(rows, msgs, cls, val):
    if val is None or val == "":
        return ""
    table, expr, crit = REFS[cls]
    for rec in rows.get(table, []):
        if any(str(rec.get(k)) != str(v) for k, v in crit.items()):
            continue
        if rec["id"] == str(val):
            if expr == "user":
                name = rec["fullName"] if rec["fullName"] is not None else rec["name"] + " #"
            else:
                name = rec[expr]
            if cls == "Profile":   # Profile::$_isNameTranslatable
                trans = i18n(msgs, "profile" + name[:1].upper() + name[1:])
                name = i18n(msgs, name) if trans.startswith("[") else trans
            return name if name is not None else ""
    return str(val)


def number(val, lang):
    """formatNumericOutput: number_format(value, 2, locale's decimal point, '')."""
    if val is None or val == "":
        return ""
    return f"{float(val):.2f}".replace(".", "," if lang in ("fr", "de", "es") else ".")


def export(types, rows, msgs, lang, cls):
    spec = OBJECTS[cls]
    table = spec["table"]
    recs = [r for r in rows.get(table, [])
            if all(str(r.get(k)) == str(v) for k, v in spec["crit"].items())]
    if spec.get("order"):
        recs.sort(key=lambda r: (r[spec["order"]] or ""))
    else:
        recs.sort(key=lambda r: -int(r["id"]))
    head = []
    for fld in spec["fields"]:
        if fld.startswith("idContext") and len(fld) == 10:
            cap = next(r["name"] for r in rows["contexttype"] if r["id"] == fld[-1])
        else:
            cap = i18n(msgs, "col" + spec["caption"].get(fld, fld)[:1].upper()
                       + spec["caption"].get(fld, fld)[1:])
        head.append(latin1(cap).replace(SEP, " ") + SEP)
    lines = ["".join(head)]
    for rec in recs:
        cells = []
        for fld in spec["fields"]:
            col = spec["cols"].get(fld, fld)
            val = rec.get(col)
            dtype = types[table][col]
            foreign = False
            if fld.startswith("id") and len(fld) > 2 and fld[2].isupper():
                foreign = True
                ref = fld[2:]
                if ref in ("TargetVersion", "OriginalVersion"):
                    ref = "Version"
                val = name_of(rows, msgs, ref, val)
            val = latin1("" if val is None else str(val)).replace('"', '""').replace(SEP, " ")
            if dtype == "varchar" or foreign:
                cells.append('"' + val + '"' + SEP)
            elif dtype == "decimal":
                cells.append(number(val, lang) + SEP)
            else:
                cells.append(val + SEP)
        lines.append("".join(cells))
    return "\r\n".join(lines) + "\r\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()
    src = Path(args.src)
    types, rows = parse_sql((src / SQL).read_text(encoding="utf-8"))
    msgs = read_lang(src / NLS.format(lang=args.lang))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for cls, fname in FILES.items():
        (out / fname).write_bytes(export(types, rows, msgs, args.lang, cls).encode("latin-1"))


if __name__ == "__main__":
    main()
