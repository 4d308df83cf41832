"""alf.io's attendee, all-reservations and waiting-list exports of the records its own tests create.

Built for round Z8 (session 54, keys420). Usage:

    python convert.py --lang en GITDIR OUT

GITDIR: a git directory of GitHub alfio-event/alf.io holding commit
61ee4309768bf0b72b4ac8b8fe0786ce6e5c546c; files are read with `git show`.

Rules (nothing here is invented data; what the program draws at random is said below):
- Rows: the records alf.io's own integration tests write to the database.
  * attendees.csv and all-reservations.xlsx: one event of
    src/test/java/alfio/manager/AdminReservationManagerIntegrationTest.java,
    testConfirmReservationSendConfirmationEmail(): the test event of
    IntegrationTestUtil.initEvent() ('event display name', CHF, VAT 1 % included), its one
    bounded category 'default' at 10 CHF, an admin reservation for the customer of
    CustomerData("Integration", "Test", "integration-test@test.ch", "Billing Address",
    "reference", "en", ...) with two attendees from generateAttendees(2) ('Attendee 0' /
    'Test0' / attendee0@test.ch, 'Attendee 1' / 'Test1' / attendee1@test.ch), confirmed by the
    admin (AdminReservationManager.confirmReservation: payment proxy ADMIN, tickets ACQUIRED,
    no transaction, no invoice). AdminReservationManager.createReservation stores the
    customer's name, e-mail, billing address and reference, not the VAT number or country
    (it passes null for both); the tickets' prices come from the category (10.00, VAT
    extracted at 1 %: 0.10); the reservation's own price columns keep their default 0 (the
    admin path never fills them).
  * waiting-queue.csv: src/test/java/alfio/manager/WaitingQueueProcessorIntegrationTest.java,
    testPreRegistration(): Giuseppe Garibaldi (en) and Nino Bixio (it) subscribe to a
    pre-sales event; at the end of the test both subscriptions are PRE_SALES and PENDING
    (each offered a reservation), as the test asserts.
- Time: the tests' clock (src/test/java/alfio/test/util/TestUtil.java) is the run's day at
  10:00 UTC (seconds of the run kept), zone Europe/Zurich; here the run is fixed at the commit's
  day and second (2026-07-05, :36), so every 'now' is 2026-07-05T10:00:36Z.
- Ids: alf.io draws the event short names, reservation ids and ticket UUIDs with
  UUID.randomUUID(); here they are uuid5 values of fixed names (so a rerun gives the same
  bytes).
- Files and columns:
  * attendees.csv: EventApiController.downloadAllTicketsCSV (format=csv) with every field of
    FIXED_FIELDS selected (as EventApiControllerIntegrationTest does), no custom fields;
    ExportUtils.exportCsv: UTF-8 BOM, Jackson's CSV writer (a value is quoted when it is
    longer than 24 characters or holds a character below '-', e.g. a space; LF line ends),
    values trimmed (escapeFormulaChar). Amounts MonetaryUtil.centsToUnit (0 when zero),
    the confirmation ZonedDateTime.toString() in the event's zone.
  * all-reservations.xlsx: ExportApiController.downloadAllEvents (Excel only): one sheet per
    event named after its short name, bold header, every cell an inline string
    (ch.digitalfondue.basicxlsx); confirmation date as ExportRepository's to_char (UTC),
    amounts MonetaryUtil.formatCents.
  * waiting-queue.csv: AdminWaitingQueueApiController.downloadAllSubscriptions (format=csv).
- Language: alf.io's admin exports head their columns with fixed English names (the admin UI
  is English only; the translations it ships are for the attendees' pages and e-mails), so
  only en is built.
"""
import argparse
import datetime
import io
import os
import re
import subprocess
import uuid
import zipfile
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

COMMIT = "61ee4309768bf0b72b4ac8b8fe0786ce6e5c546c"
EVENT_API = "src/main/java/alfio/controller/api/admin/EventApiController.java"
EXPORT_API = "src/main/java/alfio/controller/api/admin/ExportApiController.java"
QUEUE_API = "src/main/java/alfio/controller/api/admin/AdminWaitingQueueApiController.java"
EXPORT_UTILS = "src/main/java/alfio/util/ExportUtils.java"
ADMIN_TEST = "src/test/java/alfio/manager/AdminReservationManagerIntegrationTest.java"
QUEUE_TEST = "src/test/java/alfio/manager/WaitingQueueProcessorIntegrationTest.java"
TEST_UTIL = "src/test/java/alfio/test/util/IntegrationTestUtil.java"
CLOCK = "src/test/java/alfio/test/util/TestUtil.java"
CSV_TEST = "src/test/java/alfio/controller/api/admin/EventApiControllerIntegrationTest.java"
FILES = [EVENT_API, EXPORT_API, QUEUE_API, EXPORT_UTILS, ADMIN_TEST, QUEUE_TEST, TEST_UTIL,
         CLOCK, CSV_TEST]
# the run: the commit's day at 10:00 UTC with the commit's seconds (TestUtil's clock)
NOW = datetime.datetime(2026, 7, 5, 10, 0, 36, tzinfo=datetime.timezone.utc)
ZURICH_OFFSET = "+02:00"  # Europe/Zurich in July (CEST)
NS = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")  # uuid.NAMESPACE_URL


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def rid(label):
    """A fixed stand-in for a UUID.randomUUID() the program draws."""
    return str(uuid.uuid5(NS, "https://github.com/alfio-event/alf.io#keys420/" + label))


def strings(block):
    return re.findall(r'"([^"]*)"', block)


def java_zoned(ts):
    """ZonedDateTime.toString() of an instant in Europe/Zurich (summer), no fraction."""
    local = ts + datetime.timedelta(hours=2)
    text = local.strftime("%Y-%m-%dT%H:%M")
    if local.second:
        text += local.strftime(":%S")
    return f"{text}{ZURICH_OFFSET}[Europe/Zurich]"


def cents_to_unit(cents):
    """MonetaryUtil.centsToUnit (CHF: 2 decimals): BigDecimal.ZERO ('0') for 0."""
    if cents == 0:
        return "0"
    return str((Decimal(cents) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP))


def vat_included_cents(price_cts, pct):
    """VatStatus.INCLUDED.extractVat (MonetaryUtil.extractVAT, scale 2 HALF_UP) in cents."""
    price = Decimal(price_cts) / 100
    divisor = Decimal(1) + (Decimal(pct) / Decimal("100.00")).quantize(Decimal("1e-10"))
    raw = price - (price / divisor).quantize(Decimal("1e-10"), ROUND_HALF_DOWN)
    vat = raw.quantize(Decimal("0.01"), ROUND_HALF_UP)
    return int((vat * 100).to_integral_value(ROUND_HALF_UP))


def csv_cell(value):
    """ExportUtils.escapeFormulaChar, then Jackson's CsvEncoder (loose quoting check)."""
    value = (value or "").strip()
    if value[:1] in ("=", "+", "-", "@"):
        value = "\t" + value
    if len(value) > 24 or any(ord(c) < 0x2D for c in value):
        return '"' + value.replace('"', '""') + '"'
    return value


def write_csv(path, header, rows):
    lines = [",".join(csv_cell(h) for h in header)]
    lines += [",".join(csv_cell(v) for v in row) for row in rows]
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf" + ("\n".join(lines) + "\n").encode("utf-8"))


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def write_xlsx(path, sheets):
    """A workbook as ch.digitalfondue.basicxlsx's StreamingWorkbook writes it: inline strings,
    the header row in a bold style (1), a null value as an empty string cell."""
    parts = {}
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
                  'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                  for i in range(1, len(sheets) + 1))
        + "</Types>")
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    parts["xl/workbook.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        + "".join(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
                  for i, (name, _h, _r) in enumerate(sheets, 1))
        + "</sheets></workbook>")
    parts["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/'
                  f'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                  for i in range(1, len(sheets) + 1))
        + f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    parts["xl/styles.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        '</cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '</styleSheet>')
    for i, (_name, header, rows) in enumerate(sheets, 1):
        body = []
        for r, row in enumerate([header] + rows):
            style = 1 if r == 0 else 0
            cells = "".join(
                f'<c r="{col(c)}{r + 1}" t="inlineStr" s="{style}"><is><t>'
                f'{escape(v or "")}</t></is></c>' for c, v in enumerate(row))
            body.append(f'<row r="{r + 1}">{cells}</row>')
        parts[f"xl/worksheets/sheet{i}.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            "<sheetData>" + "".join(body) + "</sheetData></worksheet>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=["en"], required=True)
    ap.add_argument("gitdir")
    ap.add_argument("out")
    args = ap.parse_args()
    src = {p: show(args.gitdir, p) for p in FILES}

    # --- columns, from the export code
    ev = src[EVENT_API]
    consts = dict(re.findall(r'static final String (\w+) = "([^"]*)";', ev))
    fixed_block = re.search(r"FIXED_FIELDS = Arrays\.asList\((.*?)\);", ev).group(1)
    fixed = [consts[t] if t in consts else t.strip('"')
             for t in re.findall(r'"[^"]*"|\b[A-Z_]{3,}\b', fixed_block)]
    assert fixed[0] == "ID" and fixed[-1] == "External Reference" and len(fixed) == 22, fixed
    res_header = strings(re.search(r"var header = new String\[\] \{(.*?)\};", src[EXPORT_API],
                                   re.S).group(1))
    assert res_header[0] == "Event Name" and res_header[-1] == "Status", res_header
    queue_header = strings(re.search(r"var header = new String\[\] \{(.*?)\};", src[QUEUE_API],
                                     re.S).group(1))
    assert queue_header == ["Type", "Firstname", "Lastname", "Email", "Language", "Status",
                            "Date"], queue_header
    assert "0xEF, 0xBB, 0xBF" in src[EXPORT_UTILS]
    assert 'withHour(10)' in src[CLOCK] and 'ZoneId.of("Europe/Zurich")' in src[CLOCK]

    # --- the event (IntegrationTestUtil.initEvent): display name, price, currency, VAT
    tu = src[TEST_UTIL]
    assert 'eventName, "event display name"' in tu
    assert 'BigDecimal.TEN, "CHF", AVAILABLE_SEATS, BigDecimal.ONE' in tu
    display_name, currency, vat_pct = "event display name", "CHF", 1

    # --- the admin reservation (AdminReservationManagerIntegrationTest)
    at = src[ADMIN_TEST]
    test = re.search(r"void testConfirmReservationSendConfirmationEmail\(\) \{(.*?)\n    \}",
                     at, re.S).group(1)
    assert '"default"' in test and "BigDecimal.TEN" in test and "int attendees = 2;" in test
    customer = strings(re.search(r"new CustomerData\(([^)]*)\)", at).group(1))
    first, last, email, billing, reference, language = customer[:6]
    gen = re.search(r'new Attendee\(null, "([^"]*)"\+i, "([^"]*)" \+ i, "([^"]*)"\+i\+"([^"]*)", '
                    r'"(\w+)"', at)
    attendees = [(f"{gen.group(1)}{i}", f"{gen.group(2)}{i}", f"{gen.group(3)}{i}{gen.group(4)}",
                  gen.group(5)) for i in range(2)]
    category, price_cts = "default", 1000
    vat_cts = vat_included_cents(price_cts, vat_pct)
    event_short = rid("AdminReservationManagerIntegrationTest/event")
    reservation = rid("AdminReservationManagerIntegrationTest/reservation")
    tickets = [rid(f"AdminReservationManagerIntegrationTest/ticket-{i}") for i in range(2)]
    confirmed = java_zoned(NOW)

    att_rows = []
    for (fn, ln, em, lang), tid in zip(attendees, tickets, strict=True):
        att_rows.append([tid, category, event_short, "ACQUIRED", cents_to_unit(price_cts),
                         cents_to_unit(price_cts), cents_to_unit(0), cents_to_unit(vat_cts),
                         reservation, f"{fn} {ln}", fn, ln, em, "false", lang, confirmed,
                         billing, None, None, "", "", None])
    assert len(att_rows[0]) == len(fixed)
    os.makedirs(args.out, exist_ok=True)
    write_csv(os.path.join(args.out, "attendees.csv"), fixed, att_rows)

    confirmation_date = NOW.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    res_rows = []
    for (fn, ln, _em, _lang), tid in zip(attendees, tickets, strict=True):
        res_rows.append([display_name, reservation, confirmation_date, f"{first} {last}",
                         None, None, None, cents_to_unit(0), cents_to_unit(0), currency,
                         "ADMIN", tid, category, cents_to_unit(price_cts),
                         cents_to_unit(vat_cts), f"{fn} {ln}".strip(), "ACQUIRED"])
    write_xlsx(os.path.join(args.out, "all-reservations.xlsx"),
               [(event_short, res_header, res_rows)])

    # --- the waiting list (WaitingQueueProcessorIntegrationTest.testPreRegistration)
    qt = src[QUEUE_TEST]
    pre = re.search(r"public void testPreRegistration\(\) \{(.*?)\n    \}", qt, re.S).group(1)
    subs = re.findall(r'new CustomerName\("[^"]*", "([^"]*)", "([^"]*)", '
                      r'event\.mustUseFirstAndLastName\(\)\), "([^"]*)", '
                      r'null, Locale\.(\w+)\)', pre)
    assert len(subs) == 2 and "Status.PENDING" in pre and "Type.PRE_SALES" in pre, subs
    tags = {"ENGLISH": "en", "ITALIAN": "it"}
    queue_rows = [["PRE_SALES", fn, ln, em, tags[loc], "PENDING", confirmed]
                  for fn, ln, em, loc in subs]
    write_csv(os.path.join(args.out, "waiting-queue.csv"), queue_header, queue_rows)
    _ = (email, reference)  # the reservation's e-mail and reference: in no column of these exports


if __name__ == "__main__":
    main()
