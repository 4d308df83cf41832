"""Invoice Ninja's v4 CSV export (the files of invoiceninja-v4-exports) as Invoice Ninja
writes it for a user whose language is German, French, Spanish, Italian, Dutch, Brazilian
Portuguese, Polish, Czech, Russian, Swedish, Danish, Japanese, Turkish, Greek, Finnish,
Croatian, Romanian, Slovak, Lithuanian, Estonian, Traditional Chinese, Albanian, Macedonian,
Bulgarian, Slovenian, Thai, Arabic, Hebrew, Khmer, Lao, Hungarian, Serbian, Norwegian
Bokmål, Latvian, European Portuguese, Spain's Spanish or Canadian French: the same rows,
each header label through Laravel's ``trans('texts.<key>')`` with the app's own
translations (lang/<lang>/texts.php).

Ours, not Invoice Ninja's: a mechanical converter, shared by invoiceninja-export-de, -fr,
-es, -it, -nl and -pt-br (keys120), -pl, -cs, -ru, -sv and -da (keys130) and -ja, -tr,
-el, -fi and -hr (keys187), -ro, -sk, -lt, -et and -zh-tw (keys197), -sq, -mk, -bg, -sl and
-th (keys202), -ar, -he, -km, -lo and -hu (keys212), -sr, -nb, -lv, -pt-pt, -es-es and
-fr-ca (keys221; see their SOURCE.md).
Usage::

    for f in clients vendors products invoice quotes payments expenses; do
        git -C <invoiceninja clone> show <commit>:tests/Feature/Import/$f.csv > SRC/$f.csv; done
    git -C <clone> show <commit>:lang/en/texts.php > SRC/texts.en.php
    git -C <clone> show <commit>:lang/<LANG>/texts.php > SRC/texts.<LANG>.php
    python invoiceninja_labelled_exports.py SRC LANG OUT_DIR
    # LANG: de fr es it nl pt_BR pl cs ru_RU sv da ja tr_TR el fi hr ro sk lt et zh_TW
    #       sq mk_MK bg sl th ar he km_KH lo_LA hu sr nb_NO lv_LV pt_PT es_ES fr_CA

Rules, from Invoice Ninja v4's export views (resources/views/export.blade.php and
export/<entity>.blade.php, read at the commits SOURCE.md names):
- Line 1 (the banner "Invoice Ninja v4.5.x - <date>") and line 2 (blank) stay as they are.
- Line 3, the entity's name, is ``strtoupper(trans('texts.<entity>s'))``: PHP's
  strtoupper changes ASCII letters only (so 'Dépenses' becomes 'DéPENSES'); a file whose
  line 3 is not upper case in the English source ('Vendors') keeps the translation's case.
- Line 4, the header: each English label is looked up to its key in HEADER_KEYS (the
  views' ``trans('texts.<key>')``; where lang/en/texts.php gives one English label to two
  keys, the view's key) and written in LANG; a key missing from LANG falls back to English
  (Laravel's fallback locale). Custom field labels (the account's own, such as
  'invoice surch 1') are the user's words and stay as they are.
- The bytes are the source's: its quoting (every cell or only where needed), its
  line ends, a last line without a newline where the source has one.
- Values stay as stored, except an invoice's or quote's Status: the view writes
  ``$invoice->present()->status``, i.e. ``trans('texts.status_<status>')``.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

FILES = {"clients": "clients", "vendors": "vendors", "products": "products",
         "invoice": "invoices", "quotes": "quotes", "payments": "payments",
         "expenses": "expenses"}
# English label -> texts key; a list where the label appears twice in one header (the
# client's work phone, then its first contact's phone; an item's first and second tax)
HEADER_KEYS: dict[str, str | list[str]] = {
    "Name": "name", "Balance": "balance", "Paid to Date": "paid_to_date",
    "Billing Street": "billing_address1", "Billing Apt/Suite": "billing_address2",
    "Billing City": "billing_city", "Billing State/Province": "billing_state",
    "Billing Postal Code": "billing_postal_code", "Billing Country": "billing_country",
    "Shipping Street": "shipping_address1", "Shipping Apt/Suite": "shipping_address2",
    "Shipping City": "shipping_city", "Shipping State/Province": "shipping_state",
    "Shipping Postal Code": "shipping_postal_code", "Shipping Country": "shipping_country",
    "ID Number": "id_number", "VAT Number": "vat_number", "Website": "website",
    "Phone": ["work_phone", "phone"], "Currency": "currency",
    "Public Notes": "public_notes", "Private Notes": "private_notes",
    "First Name": "first_name", "Last Name": "last_name", "Email": "email",
    "User": "user", "Product": "product", "Notes": "notes", "Cost": "cost",
    "Client": "client", "Invoice Number": "invoice_number", "Quote Number": "quote_number",
    "Amount": "amount", "Paid": "paid", "PO Number": "po_number", "Status": "status",
    "Invoice Date": "invoice_date", "Quote Date": "quote_date", "Due Date": "due_date",
    "Discount": "discount", "Partial/Deposit": "partial_deposit",
    "Partial Due Date": "partial_due_date", "Item Product": "item_product",
    "Item Notes": "item_notes", "Item Cost": "item_cost", "Item Quantity": "item_quantity",
    "Item Tax Name": "item_tax_name", "Item Tax Rate": "item_tax_rate", "Date": "date",
    "Project": "project",
}
CUSTOM_LABELS = {"invoice surch 1", "invoice surch 2", "invoice 1", "invoice 2",
                 "product field", "product field2"}
STATUS_FILES = {"invoice", "quotes"}

_ENTRY = re.compile(r"^\s*'([^']+)'\s*=>\s*'((?:[^'\\]|\\.)*)'\s*,?\s*$", re.M)


def read_texts(php: str) -> dict[str, str]:
    """The single-quoted 'key' => 'value' entries of a Laravel texts.php (first wins)."""
    out: dict[str, str] = {}
    for m in _ENTRY.finditer(php):
        out.setdefault(m.group(1), re.sub(r"\\([\\'])", r"\1", m.group(2)))
    return out


def _upper_ascii(s: str) -> str:
    return "".join(c.upper() if c.isascii() else c for c in s)


def convert(src: Path, lang: str, out: Path) -> None:
    en = read_texts((src / "texts.en.php").read_text(encoding="utf-8"))
    tr = read_texts((src / f"texts.{lang}.php").read_text(encoding="utf-8"))

    def trans(key: str) -> str:
        return tr.get(key) or en[key]

    out.mkdir(parents=True, exist_ok=True)
    for name, entity in FILES.items():
        text = (src / f"{name}.csv").read_text(encoding="utf-8")
        rows = list(csv.reader(text.splitlines()))
        quote_all = text.splitlines()[1].startswith('"')
        title = trans(entity)
        rows[2][0] = _upper_ascii(title) if rows[2][0].isupper() else title
        seen: dict[str, int] = {}
        header = []
        for label in rows[3]:
            if label in CUSTOM_LABELS:
                header.append(label)
                continue
            key = HEADER_KEYS[label]
            if isinstance(key, list):
                key = key[min(seen.get(label, 0), len(key) - 1)]
            seen[label] = seen.get(label, 0) + 1
            header.append(trans(key))
        status = rows[3].index("Status") if name in STATUS_FILES else None
        rows[3] = header
        if status is not None:
            for row in rows[4:]:
                if row[status]:
                    row[status] = trans(f"status_{row[status].lower()}")
        buf = io.StringIO()
        csv.writer(buf, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
                   lineterminator="\n").writerows(rows)
        written = buf.getvalue() if text.endswith("\n") else buf.getvalue()[:-1]
        (out / f"{name}.csv").write_text(written, encoding="utf-8", newline="")


if __name__ == "__main__":
    convert(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]))
