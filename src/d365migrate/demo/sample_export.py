"""Synthetic SmartDesk admin-panel export, with the dirt real exports carry.

SmartDesk has no public API, so every engagement starts from a folder of CSVs the customer
downloads from the admin panel. This module writes such a folder (format fixed in
docs/ARCHITECTURE.md) so the pipeline, the tests and the benchmarks have realistic input
without customer data. Generation is column-wise (numpy + polars), so scale 1000 (~2M
records) takes seconds, and it is seeded: the same seed gives byte-identical files.

Dirt included on purpose: exact and near duplicates, invalid emails, mixed phone formats,
orphan references, contacts linked to a company only by name or by email domain, owners
missing from users.csv, a disabled user owning records, custom pipelines, custom fields of
the picklist/multiselect/date/boolean/url/money types, real attachment files (a few > 5 MB),
multi-line notes, non-ASCII names and ticket email threads.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import polars as pl

__all__ = ["BASE_COUNTS", "write_sample_export", "plan_counts"]

#: Rows per object at scale 1.0 (~2,000 records). Pipelines and custom field definitions
#: do not scale (configuration, not data); workflows, templates and campaigns grow with
#: sqrt(scale).
BASE_COUNTS: dict[str, int] = {
    "users": 12,
    "companies": 120,
    "contacts": 500,
    "leads": 150,
    "deals": 200,
    "tasks": 300,
    "activities": 500,
    "notes": 150,
    "attachments": 30,
    "tickets": 40,
    "workflows": 8,
    "email_templates": 6,
    "campaigns": 5,
}

#: Attachments above 5 MB (the D365 default note-attachment limit) - a fixed handful,
#: independent of scale, so big exports stay a sane size on disk.
N_LARGE_ATTACHMENTS = 3

_ID_BASE = {
    "users": 100_000_000,
    "companies": 200_000_000,
    "contacts": 300_000_000,
    "leads": 400_000_000,
    "deals": 500_000_000,
    "tasks": 600_000_000,
    "activities": 700_000_000,
    "notes": 800_000_000,
    "attachments": 900_000_000,
    "tickets": 110_000_000,
    "ticket_messages": 120_000_000,
}

# (display, ascii slug used in emails)
_FIRST = [
    ("James", "james"), ("Mary", "mary"), ("José", "jose"), ("Zoë", "zoe"),
    ("Łukasz", "lukasz"), ("王", "wang"), ("Anna", "anna"), ("Mohammed", "mohammed"),
    ("Sophie", "sophie"), ("Liam", "liam"), ("Olivia", "olivia"), ("Noah", "noah"),
    ("Emma", "emma"), ("Lucas", "lucas"), ("Mia", "mia"), ("Hiroshi", "hiroshi"),
    ("Chloé", "chloe"), ("Søren", "soren"), ("Aoife", "aoife"), ("Priya", "priya"),
    ("Mateo", "mateo"), ("Fatima", "fatima"), ("Björn", "bjorn"), ("Ines", "ines"),
    ("David", "david"), ("Sarah", "sarah"), ("Michael", "michael"), ("Laura", "laura"),
    ("Daniel", "daniel"), ("Julia", "julia"), ("Ahmed", "ahmed"), ("Yuki", "yuki"),
]
_LAST = [
    ("Smith", "smith"), ("García", "garcia"), ("Müller", "muller"), ("Nowak", "nowak"),
    ("王", "wang"), ("Kowalski", "kowalski"), ("O'Brien", "obrien"), ("Johnson", "johnson"),
    ("Brown", "brown"), ("Dubois", "dubois"), ("Rossi", "rossi"), ("Tanaka", "tanaka"),
    ("Nguyen", "nguyen"), ("Silva", "silva"), ("Öztürk", "ozturk"), ("Williams", "williams"),
    ("Jones", "jones"), ("Martínez", "martinez"), ("Schmidt", "schmidt"), ("Lefèvre", "lefevre"),
    ("Andersson", "andersson"), ("Kim", "kim"), ("Patel", "patel"), ("Wójcik", "wojcik"),
    ("Taylor", "taylor"), ("Moore", "moore"), ("Jackson", "jackson"), ("Novak", "novak"),
    ("李", "li"), ("Fernández", "fernandez"), ("Clark", "clark"), ("Lewis", "lewis"),
]
_CO_A = [
    "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Soylent",
    "Cyberdyne", "Tyrell", "Wonka", "Gringotts", "Oscorp", "Aperture", "Black Mesa", "Monarch",
    "Nordwind", "Zürich", "Kraków", "Azure", "Crimson", "Golden", "Silver", "Northern",
    "Pacific", "Atlantic", "Summit", "Pioneer", "Evergreen", "Blue Ridge", "Red Rock",
    "Bright", "Quantum", "Vertex", "Horizon", "Lumen", "Nimbus", "Orbit", "Polaris",
]
_CO_B = [
    "Widgets", "Logistics", "Systems", "Foods", "Energy", "Labs", "Analytics", "Textiles",
    "Construction", "Pharma", "Media", "Robotics", "Consulting", "Holdings", "Motors",
    "Software", "Networks", "Partners", "Ventures", "Design", "Dynamics", "Solutions",
    "Industries", "Electric", "Capital",
]
_CO_SUFFIX = ["Inc.", "Ltd", "GmbH", "LLC", "S.A.", "sp. z o.o.", "Corp", "AG", "BV", ""]
_TLDS = [".com", ".com", ".com", ".io", ".de", ".co.uk", ".pl", ".fr", ".net"]
_FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "gmx.de", "wp.pl", "qq.com"]
_INDUSTRIES = [
    "Technology", "Manufacturing", "Retail", "Healthcare", "Finance", "Education",
    "Construction", "Energy", "Media", "Transportation", "Agriculture", "Hospitality", "",
]
# city, state, postal code, country (country spelled inconsistently on purpose)
_PLACES = [
    ("Austin", "TX", "78701", "United States"), ("Boston", "MA", "02108", "USA"),
    ("Chicago", "IL", "60601", "US"), ("Seattle", "WA", "98101", "United States"),
    ("München", "BY", "80331", "Germany"), ("Berlin", "", "10115", "Deutschland"),
    ("Kraków", "", "30-001", "Poland"), ("Łódź", "", "90-001", "Polska"),
    ("北京", "", "100000", "China"), ("London", "", "EC1A 1BB", "United Kingdom"),
    ("Manchester", "", "M1 1AE", "UK"), ("São Paulo", "SP", "01000-000", "Brazil"),
    ("Paris", "", "75001", "France"), ("Zürich", "ZH", "8001", "Switzerland"),
    ("Toronto", "ON", "M5H 2N2", "Canada"), ("Madrid", "", "28001", "España"),
]
_STREETS = [
    "Main St", "Oak Avenue", "Hauptstraße", "ul. Floriańska", "High Street", "Rue de Rivoli",
    "Market St", "Elm Road", "Bahnhofstrasse", "Avenida Paulista", "King St W",
]
_JOB_TITLES = [
    "CEO", "CFO", "VP Sales", "Head of Procurement", "IT Manager", "Office Manager",
    "Marketing Director", "Sales Rep", "Engineer", "Operations Lead", "Buyer", "",
]
_LIFECYCLE = ["subscriber", "lead", "marketing qualified", "sales qualified", "opportunity",
              "customer", "evangelist", "other"]
_LANGS = ["English", "Spanish", "German", "French", "Polish", "Chinese"]
_INTERESTS = ["Analytics", "Integrations", "Mobile", "Security", "Training"]
_LEAD_SOURCES = ["Web", "Trade Show", "Referral", "Cold Call", "Partner", "LinkedIn", ""]
_LEAD_STATUS = ["New", "Contacted", "Working", "Qualified", "Unqualified", "Nurture"]
_ROLES = ["Admin", "Sales Manager", "Sales Rep", "Sales Rep", "Support Agent", "Marketing"]
_PRODUCTS = ["Platform License", "Support Renewal", "Implementation", "Expansion",
             "Pilot", "Training Package", "Hardware Refresh"]
_CURRENCIES = ["USD", "USD", "USD", "EUR", "EUR", "GBP", "PLN"]
_DEAL_TYPES = ["New Business", "Upsell", "Renewal", "Cross-sell", ""]
_TASK_TITLES = ["Follow up call", "Send proposal", "Prepare demo", "Check contract",
                "Schedule QBR", "Update pricing", "Intro email", "Collect requirements"]
_TASK_STATUS = ["Open", "In Progress", "Completed", "Completed", "Deferred"]
_PRIORITY = ["Low", "Normal", "Normal", "High", "Urgent"]
_ACT_SUBJECT = {
    "call": ["Discovery call", "Check-in call", "Pricing discussion", "Left voicemail"],
    "email": ["Re: Proposal", "Intro", "Follow-up on our meeting", "Quote attached"],
    "meeting": ["Onsite demo", "QBR", "Kick-off meeting", "Contract review"],
    "note": ["Internal note", "Call summary", "Competitor mentioned", "Budget info"],
}
_LOCATIONS = ["Zoom", "Microsoft Teams", "Customer office", "Our office, Room 3", "Café Müller"]
_NOTE_BODIES = [
    "Spoke with the customer.\nThey want a follow-up next week.\n- pricing\n- SSO support",
    "Budget approved for Q3, decision maker is the CFO.",
    "Competitor \"Globex CRM\" is also in the running; they quoted 20% less.",
    "Meeting notes:\n1. Reviewed current process\n2. Pain points: reporting, duplicates\n"
    "3. Next step: send proposal, including a pilot",
    "Customer asked about GDPR, data residency (EU) and retention.",
    "Zażółć gęślą jaźń - notatka po polsku.\nDrugi wiersz.",
    "客户希望下周进行演示。",
    "Left a voicemail; will retry Tuesday, 10:00 CET.",
]
_TICKET_SUBJECTS = ["Cannot log in", "Invoice is wrong", "Feature request: export",
                    "Sync error with Outlook", "Password reset", "Data missing after import",
                    "Slow dashboard", "Cancel subscription"]
_TICKET_STATUS = ["Open", "Pending", "Resolved", "Closed", "Closed"]
_MSG_BODIES = [
    "Hi,\nI have a problem with {s}.\nCan you help?\nThanks",
    "Hello,\nthanks for reaching out. Could you send a screenshot?\n\nBest,\nSupport",
    "Here it is, see attached.\n\n> Could you send a screenshot?",
    "We have fixed the issue on our side. Please confirm it works now.",
    "Confirmed, works now. Thank you!\n\n> Please confirm it works now.",
    "Still broken for me ☹ - same error as before.",
]
_MIME = [
    ("pdf", "application/pdf", b"%PDF-1.4\n"),
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     b"PK\x03\x04"),
    ("png", "image/png", b"\x89PNG\r\n\x1a\n"),
    ("jpg", "image/jpeg", b"\xff\xd8\xff\xe0"),
    ("txt", "text/plain", b""),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
     b"PK\x03\x04"),
]
_ATT_NAMES = ["proposal", "contract", "Vertrag Müller", "screenshot", "invoice", "NDA signed",
              "price list", "meeting notes", "zdjęcie", "logo"]
_PIPELINES = [
    (1, "Sales", [("New", 10), ("Qualified", 25), ("Proposal", 50), ("Negotiation", 75),
                  ("Closed Won", 100), ("Closed Lost", 0)]),
    (2, "Enterprise", [("Discovery", 5), ("Solution Design", 20), ("Business Case", 40),
                       ("Procurement", 60), ("Legal Review", 85), ("Won", 100), ("Lost", 0)]),
    (3, "Renewals", [("Renewal Due", 60), ("Quote Sent", 75), ("Verbal Yes", 90),
                     ("Renewed", 100), ("Churned", 0)]),
]
_CUSTOM_FIELDS = [
    ("company", "cf_tier", "Customer Tier", "picklist", "Gold|Silver|Bronze"),
    ("company", "cf_renewal_date", "Renewal Date", "date", ""),
    ("company", "cf_partner", "Is Partner", "boolean", ""),
    ("contact", "cf_linkedin_url", "LinkedIn Profile", "url", ""),
    ("contact", "cf_preferred_language", "Preferred Language", "picklist", "|".join(_LANGS)),
    ("contact", "cf_interests", "Product Interests", "multiselect", "|".join(_INTERESTS)),
    ("lead", "cf_budget", "Budget", "money", ""),
    ("deal", "cf_deal_type", "Deal Type", "picklist", "New Business|Upsell|Renewal|Cross-sell"),
]
_WORKFLOWS = [
    ("Welcome new contact", "contact", "record_created", "send_email:template=1"),
    ("Assign inbound leads", "lead", "record_created", "assign_owner:round_robin"),
    ("Deal won notification", "deal", "stage_changed:Closed Won",
     "notify:#sales-wins; create_task:Kick-off"),
    ("Stale deal reminder", "deal", "no_activity:14d", "create_task:Follow up; notify:owner"),
    ("Renewal alert", "company", "date:cf_renewal_date-60d", "create_deal:Renewals"),
    ("Escalate urgent ticket", "ticket", "priority=Urgent", "assign:support-lead; sms:on-call"),
    ("Lead scoring", "lead", "field_changed:status", "set_field:score+=10"),
    ("Nurture sequence", "contact", "lifecycle_stage=lead", "send_email:template=2,3,4 (3d)"),
]
_TEMPLATES = [
    ("Welcome", "Welcome to {{company.name}}!", "Hi {{contact.first_name}},\n\nwelcome aboard."),
    ("Follow-up", "Following up",
     "Hi {{contact.first_name}},\njust following up on {{deal.name}}."),
    ("Quote", "Your quote {{deal.name}}",
     "Please find the quote attached.\n\nRegards,\n{{owner.name}}"),
    ("Meeting request", "Can we meet?", "Would {{date}} work for a 30 min call?"),
    ("Renewal", "Your renewal is coming up",
     "Your contract renews on {{company.cf_renewal_date}}."),
    ("Thank you", "Thank you!", "Thanks for your business, {{contact.first_name}}."),
]
_CAMPAIGN_NAMES = ["Spring Newsletter", "Product Launch", "Webinar Invite", "Black Friday",
                   "Customer Survey", "Renewal Push", "Event Follow-up"]

_T0 = int(dt.datetime(2018, 1, 1, tzinfo=dt.timezone.utc).timestamp())
_T1 = int(dt.datetime(2025, 6, 30, tzinfo=dt.timezone.utc).timestamp())
_ISO = "%Y-%m-%dT%H:%M:%SZ"


def plan_counts(scale: float = 1.0, counts: dict[str, int] | None = None) -> dict[str, int]:
    """Rows to generate per object (before duplicates are injected)."""
    plan = {k: max(1, int(round(v * scale))) for k, v in BASE_COUNTS.items()}
    # Automations and templates grow with the org, not with its record count.
    for k in ("workflows", "email_templates", "campaigns"):
        plan[k] = max(1, int(round(BASE_COUNTS[k] * max(scale, 0.0) ** 0.5)))
    plan.update(counts or {})
    return plan


def _rng(seed: int, name: str) -> np.random.Generator:
    # One stream per table: changing one table's count never shifts another's data.
    return np.random.default_rng([seed, sum(ord(c) * 31**i for i, c in enumerate(name)) % 2**32])


def _pick(values: list, idx: np.ndarray) -> pl.Series:
    return pl.Series(values).gather(pl.Series(idx, dtype=pl.UInt32))


def _choice(rng: np.random.Generator, values: list, n: int) -> pl.Series:
    return _pick(values, rng.integers(0, len(values), n))


def _ids(name: str, n: int, start: int = 1) -> pl.Series:
    return pl.Series(np.arange(start, start + n, dtype=np.int64) + _ID_BASE[name]).cast(pl.Utf8)


def _ts(secs: np.ndarray, fmt: str = _ISO) -> pl.Series:
    return pl.from_epoch(pl.Series(secs.astype(np.int64)), time_unit="s").dt.strftime(fmt)


def _times(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    created = rng.integers(_T0, _T1, n)
    updated = created + rng.integers(0, 400 * 86400, n)
    return created, np.minimum(updated, _T1 + 86400)


def _blank(s: pl.Series, mask: np.ndarray) -> pl.Series:
    return pl.select(pl.when(pl.Series(mask)).then(pl.lit("")).otherwise(s)).to_series()


def _where(mask: np.ndarray, a: pl.Series | str, b: pl.Series) -> pl.Series:
    a_expr = pl.lit(a) if isinstance(a, str) else a
    return pl.select(pl.when(pl.Series(mask)).then(a_expr).otherwise(b)).to_series()


def _phones(rng: np.random.Generator, n: int) -> pl.Series:
    """Phone numbers in the half-dozen formats sales reps actually type."""
    a = pl.Series(rng.integers(201, 990, n)).cast(pl.Utf8)
    b = pl.Series(rng.integers(200, 999, n)).cast(pl.Utf8)
    c = pl.Series(rng.integers(0, 10000, n)).cast(pl.Utf8).str.zfill(4)
    uk = pl.Series(rng.integers(1000, 9999, n)).cast(pl.Utf8)
    fmt = pl.Series(rng.choice(9, n, p=[.25, .15, .1, .15, .1, .08, .07, .05, .05]))
    df = pl.DataFrame({"a": a, "b": b, "c": c, "u": uk, "f": fmt})
    expr = (
        pl.when(pl.col("f") == 0).then(pl.format("({}) {}-{}", "a", "b", "c"))
        .when(pl.col("f") == 1).then(pl.format("{}-{}-{}", "a", "b", "c"))
        .when(pl.col("f") == 2).then(pl.format("{}.{}.{}", "a", "b", "c"))
        .when(pl.col("f") == 3).then(pl.format("+1 {} {} {}", "a", "b", "c"))
        .when(pl.col("f") == 4).then(pl.format("{}{}{}", "a", "b", "c"))
        .when(pl.col("f") == 5).then(pl.format("+44 20 {} {}", "u", "c"))
        .when(pl.col("f") == 6).then(pl.format("+49 (0)89 {}{}", "b", "c"))
        .when(pl.col("f") == 7).then(pl.format("{}-{}-{} x{}", "a", "b", "c", "a"))
        .otherwise(pl.lit("n/a"))
    )
    return df.select(expr).to_series()


def _break_emails(rng: np.random.Generator, emails: pl.Series, rate: float) -> pl.Series:
    """Corrupt a few percent of emails the way humans and bad imports do."""
    n = len(emails)
    kind = np.where(rng.random(n) < rate, rng.integers(1, 6, n), 0)
    df = pl.DataFrame({"e": emails, "k": kind})
    expr = (
        pl.when(pl.col("k") == 1).then(pl.col("e").str.replace("@", "@@"))
        .when(pl.col("k") == 2).then(pl.col("e").str.replace("@", " at "))
        .when(pl.col("k") == 3).then(pl.col("e").str.replace(r"\.[a-z.]+$", ""))
        .when(pl.col("k") == 4).then(pl.col("e").str.replace("@", ""))
        .when(pl.col("k") == 5).then(pl.lit("n/a"))
        .otherwise(pl.col("e"))
    )
    return df.select(expr).to_series()


def _users(rng: np.random.Generator, n: int) -> pl.DataFrame:
    fi = rng.integers(0, len(_FIRST), n)
    li = rng.integers(0, len(_LAST), n)
    first = _pick([f for f, _ in _FIRST], fi)
    last = _pick([x for x, _ in _LAST], li)
    fa = _pick([a for _, a in _FIRST], fi)
    la = _pick([a for _, a in _LAST], li)
    idx = pl.Series(np.arange(n)).cast(pl.Utf8)
    df = pl.DataFrame({"fa": fa, "la": la, "i": idx, "first": first, "last": last})
    active = np.ones(n, dtype=bool)
    if n >= 3:
        active[n - 2] = False  # one disabled user who still owns records
        active[rng.random(n) < 0.03] = False
    roles = _choice(rng, _ROLES, n)
    names = df.select(pl.format("{} {}", "first", "last")).to_series()
    emails = df.select(pl.format("{}.{}{}@smartdesk-customer.com", "fa", "la", "i")).to_series()
    if n:
        # A stable CRM admin at every seed and scale: demos name it as the fallback owner.
        roles[0], active[0] = "Admin", True
        names[0], emails[0] = "CRM Admin", "crm.admin@smartdesk-customer.com"
    return pl.DataFrame({
        "user_id": _ids("users", n),
        "name": names,
        "email": emails,
        "active": pl.Series(np.where(active, "TRUE", "FALSE")),
        "role": roles,
    })


def _owners(rng: np.random.Generator, user_emails: list[str], n: int,
            ghost_rate: float = 0.02) -> pl.Series:
    """Owner emails: mostly users, a few ex-employees missing from users.csv."""
    ghosts = ["former.rep@smartdesk-customer.com", "j.doe.old@smartdesk-customer.com",
              "sales-team@smartdesk-customer.com"]
    owners = _choice(rng, user_emails, n)
    g = rng.random(n) < ghost_rate
    return _where(g, _choice(rng, ghosts, n), owners)


def _companies(rng: np.random.Generator, n: int, user_emails: list[str]) -> pl.DataFrame:
    perm = rng.permutation(n)
    na, nb = len(_CO_A), len(_CO_B)
    ai, bi, k = perm % na, (perm // na) % nb, perm // (na * nb)
    sfx = rng.integers(0, len(_CO_SUFFIX), n)
    slug_a = [a.lower().replace(" ", "").replace("ü", "u").replace("ó", "o") for a in _CO_A]
    base = pl.DataFrame({
        "a": _pick(_CO_A, ai), "b": _pick(_CO_B, bi), "sa": _pick(slug_a, ai),
        "sb": _pick([b.lower() for b in _CO_B], bi),
        "k": pl.Series(np.where(k > 0, " " + k.astype(str), "")),
        "kk": pl.Series(np.where(k > 0, k.astype(str), "")),
        "sfx": _pick(_CO_SUFFIX, sfx), "tld": _choice(rng, _TLDS, n),
    })
    name = base.select(
        pl.format("{} {}{} {}", "a", "b", "k", "sfx").str.strip_chars()).to_series()
    domain = base.select(pl.format("{}{}{}{}", "sa", "sb", "kk", "tld")).to_series()
    place = rng.integers(0, len(_PLACES), n)
    created, updated = _times(rng, n)
    wk = rng.integers(0, 5, n)
    website = pl.DataFrame({"d": domain, "w": wk}).select(
        pl.when(pl.col("w") <= 1).then(pl.format("https://www.{}", "d"))
        .when(pl.col("w") == 2).then(pl.format("www.{}", "d"))
        .when(pl.col("w") == 3).then(pl.format("http://{}/", "d"))
        .otherwise(pl.lit(""))).to_series()
    employees = pl.Series(rng.lognormal(3.5, 1.6, n).astype(np.int64) + 1).cast(pl.Utf8)
    revenue = pl.Series(np.round(rng.lognormal(14, 1.8, n), 2)).cast(pl.Utf8)
    renewal = _ts(rng.integers(_T1 - 200 * 86400, _T1 + 500 * 86400, n), "%Y-%m-%d")
    df = pl.DataFrame({
        "company_id": _ids("companies", n),
        "name": name,
        "domain": _blank(domain, rng.random(n) < 0.05),
        "industry": _choice(rng, _INDUSTRIES, n),
        "employees": _blank(employees, rng.random(n) < 0.1),
        "annual_revenue": _blank(revenue, rng.random(n) < 0.2),
        "phone": _blank(_phones(rng, n), rng.random(n) < 0.1),
        "website": website,
        "street": pl.DataFrame({
            "n": pl.Series(rng.integers(1, 999, n)).cast(pl.Utf8),
            "s": _choice(rng, _STREETS, n)}).select(pl.format("{} {}", "n", "s")).to_series(),
        "city": _pick([p[0] for p in _PLACES], place),
        "state": _pick([p[1] for p in _PLACES], place),
        "postal_code": _pick([p[2] for p in _PLACES], place),
        "country": _pick([p[3] for p in _PLACES], place),
        "owner_email": _owners(rng, user_emails, n),
        "created_at": _ts(created),
        "updated_at": _ts(updated),
        "cf_tier": _choice(rng, ["Gold", "Silver", "Silver", "Bronze", "Bronze", ""], n),
        "cf_renewal_date": _blank(renewal, rng.random(n) < 0.4),
        "cf_partner": _choice(rng, ["TRUE", "FALSE", "FALSE", "FALSE", ""], n),
    })
    return df


def _add_duplicates(rng: np.random.Generator, df: pl.DataFrame, id_col: str, id_name: str,
                    exact_rate: float, near_rate: float, near_cols: list[str]) -> pl.DataFrame:
    """Append near duplicates (new id, case/whitespace variants) and exact duplicate rows."""
    n = df.height
    n_near = int(round(n * near_rate))
    n_exact = int(round(n * exact_rate))
    parts = [df.with_columns(pl.Series("_k", np.arange(n) * 2, dtype=pl.Int64))]
    if n_near:
        src = rng.choice(n, n_near, replace=False)
        near = df[src]
        variant = pl.Series(rng.integers(0, 3, n_near))
        exprs = []
        for c in near_cols:
            col = pl.col(c)
            exprs.append(
                pl.when((variant == 0) & (col != "")).then(col.str.to_uppercase())
                .when(variant == 1).then(pl.concat_str([col, pl.lit(" ")]))
                .otherwise(pl.concat_str([pl.lit(" "), col.str.to_lowercase()])).alias(c))
        near = near.with_columns(exprs).with_columns(
            _ids(id_name, n_near, start=n + 1).alias(id_col),
            pl.Series("_k", 2 * n + np.arange(n_near), dtype=pl.Int64))
        parts.append(near)
    if n_exact:
        src = np.sort(rng.choice(n, n_exact, replace=False))
        parts.append(df[src].with_columns(pl.Series("_k", src * 2 + 1, dtype=pl.Int64)))
    return pl.concat(parts).sort("_k").drop("_k")


def _contacts(rng: np.random.Generator, n: int, companies: pl.DataFrame,
              user_emails: list[str]) -> pl.DataFrame:
    nc = companies.height
    fi = rng.integers(0, len(_FIRST), n)
    li = rng.integers(0, len(_LAST), n)
    first = _pick([f for f, _ in _FIRST], fi)
    last = _pick([x for x, _ in _LAST], li)
    co = rng.integers(0, nc, n)
    co_id = companies["company_id"].gather(pl.Series(co, dtype=pl.UInt32))
    co_name = companies["name"].gather(pl.Series(co, dtype=pl.UInt32))
    co_domain = companies["domain"].gather(pl.Series(co, dtype=pl.UInt32))
    # link kind: 0 id+name, 1 orphan id, 2 name only, 3 name variant only,
    # 4 short name (matches only by email domain), 5 no company (freemail)
    kind = rng.choice(6, n, p=[0.72, 0.02, 0.08, 0.03, 0.03, 0.12])
    kind = np.where((kind == 4) & (co_domain.to_numpy() == ""), 2, kind)
    free = _choice(rng, _FREEMAIL, n)
    domain = _where((kind == 5) | (co_domain.to_numpy() == ""), free, co_domain)
    num = pl.Series(np.where(rng.random(n) < 0.3, rng.integers(1, 99, n).astype(str), ""))
    style = rng.integers(0, 3, n)
    base = pl.DataFrame({
        "fa": _pick([a for _, a in _FIRST], fi), "la": _pick([a for _, a in _LAST], li),
        "num": num, "dom": domain, "st": style, "cn": co_name,
    })
    email = base.select(
        pl.when(pl.col("st") == 0).then(pl.format("{}.{}{}@{}", "fa", "la", "num", "dom"))
        .when(pl.col("st") == 1).then(pl.format("{}{}{}@{}", pl.col("fa").str.slice(0, 1),
                                                "la", "num", "dom"))
        .otherwise(pl.format("{}_{}{}@{}", "fa", "la", "num", "dom"))).to_series()
    email = _break_emails(rng, email, 0.03)
    email = _blank(email, rng.random(n) < 0.04)
    orphan = (_ID_BASE["companies"] + 50_000_000 + rng.integers(0, 1_000_000, n)).astype(str)
    company_id = pl.select(
        pl.when(pl.Series(kind == 0)).then(co_id)
        .when(pl.Series(kind == 1)).then(pl.Series(orphan))
        .otherwise(pl.lit(""))).to_series()
    company_name = base.select(
        pl.when(pl.Series(np.isin(kind, [0, 2]))).then(pl.col("cn"))
        .when(pl.Series(kind == 3)).then(pl.concat_str([pl.col("cn").str.to_uppercase(),
                                                         pl.lit("  ")]))
        .when(pl.Series(kind == 4)).then(pl.col("cn").str.split(" ").list.first())
        .otherwise(pl.lit(""))).to_series()
    created, updated = _times(rng, n)
    li_num = pl.Series(rng.integers(100, 999, n)).cast(pl.Utf8)
    linkedin = pl.DataFrame({"fa": base["fa"], "la": base["la"], "n": li_num,
                             "k": rng.integers(0, 10, n)}).select(
        pl.when(pl.col("k") < 5).then(pl.format("https://www.linkedin.com/in/{}-{}-{}",
                                                "fa", "la", "n"))
        .when(pl.col("k") == 5).then(pl.format("linkedin.com/in/{}{}", "fa", "la"))
        .when(pl.col("k") == 6).then(pl.lit("see profile"))
        .otherwise(pl.lit(""))).to_series()
    combos = [";".join(x for j, x in enumerate(_INTERESTS) if m >> j & 1)
              for m in range(2 ** len(_INTERESTS))]
    interests = _pick(combos, np.where(rng.random(n) < 0.4, 0,
                                       rng.integers(1, len(combos), n)))
    df = pl.DataFrame({
        "contact_id": _ids("contacts", n),
        "first_name": first,
        "last_name": _blank(last, rng.random(n) < 0.01),
        "email": email,
        "phone": _blank(_phones(rng, n), rng.random(n) < 0.2),
        "mobile": _blank(_phones(rng, n), rng.random(n) < 0.6),
        "job_title": _choice(rng, _JOB_TITLES, n),
        "company_id": company_id,
        "company_name": company_name,
        "lifecycle_stage": _choice(rng, _LIFECYCLE, n),
        "owner_email": _owners(rng, user_emails, n),
        "created_at": _ts(created),
        "updated_at": _ts(updated),
        "cf_linkedin_url": linkedin,
        "cf_preferred_language": _choice(rng, _LANGS + ["", ""], n),
        "cf_interests": interests,
    })
    return _add_duplicates(rng, df, "contact_id", "contacts", 0.01, 0.02,
                           ["first_name", "last_name", "email"])


def _leads(rng: np.random.Generator, n: int, companies: pl.DataFrame,
           user_emails: list[str]) -> pl.DataFrame:
    fi = rng.integers(0, len(_FIRST), n)
    li = rng.integers(0, len(_LAST), n)
    # Half the leads name an existing company (qualification will hit them), half are new.
    co = rng.integers(0, companies.height, n)
    existing = rng.random(n) < 0.5
    newco = pl.DataFrame({"a": _choice(rng, _CO_A, n), "b": _choice(rng, ["Group", "Studio",
                          "Trading", "Services", "Works"], n)}).select(
        pl.format("{} {}", "a", "b")).to_series()
    cname = _where(existing, companies["name"].gather(pl.Series(co, dtype=pl.UInt32)), newco)
    dom = _where(existing & (companies["domain"].gather(pl.Series(co, dtype=pl.UInt32))
                             != "").to_numpy(),
                 companies["domain"].gather(pl.Series(co, dtype=pl.UInt32)),
                 _choice(rng, _FREEMAIL, n))
    base = pl.DataFrame({"fa": _pick([a for _, a in _FIRST], fi),
                         "la": _pick([a for _, a in _LAST], li), "d": dom})
    email = _break_emails(rng, base.select(pl.format("{}.{}@{}", "fa", "la", "d")).to_series(),
                          0.04)
    budget_raw = np.round(rng.lognormal(9.5, 1.2, n), -2)
    budget = pl.Series(budget_raw).cast(pl.Int64).cast(pl.Utf8)
    # a few budgets typed by hand with symbols / separators (money cf dirt)
    fancy = rng.random(n) < 0.05
    fancy_txt = _thousands(pl.Series(budget_raw).cast(pl.Int64))
    budget = _where(fancy, pl.select(pl.format("${}", fancy_txt)).to_series(), budget)
    created, updated = _times(rng, n)
    df = pl.DataFrame({
        "lead_id": _ids("leads", n),
        "first_name": _pick([f for f, _ in _FIRST], fi),
        "last_name": _pick([x for x, _ in _LAST], li),
        "company_name": _blank(cname, rng.random(n) < 0.05),
        "email": _blank(email, rng.random(n) < 0.05),
        "phone": _blank(_phones(rng, n), rng.random(n) < 0.2),
        "source": _choice(rng, _LEAD_SOURCES, n),
        "status": _choice(rng, _LEAD_STATUS, n),
        "owner_email": _owners(rng, user_emails, n),
        "created_at": _ts(created),
        "updated_at": _ts(updated),
        "cf_budget": _blank(budget, rng.random(n) < 0.3),
    })
    return _add_duplicates(rng, df, "lead_id", "leads", 0.005, 0.02,
                           ["first_name", "last_name", "email"])


def _thousands(s: pl.Series) -> pl.Series:
    """Format integers with ',' thousands separators (vectorised)."""
    txt = s.cast(pl.Utf8)
    return pl.select(
        txt.str.reverse().str.replace_all(r"(\d{3})", "$1,").str.reverse()
        .str.strip_chars_start(",")).to_series()


def _pipelines() -> pl.DataFrame:
    rows = []
    for pid, pname, stages in _PIPELINES:
        for order, (sname, prob) in enumerate(stages, start=1):
            rows.append({
                "pipeline_id": str(pid), "pipeline_name": pname,
                "stage_id": str(pid * 100 + order), "stage_name": sname,
                "stage_order": str(order), "probability": str(prob),
                "is_won": "TRUE" if prob == 100 else "FALSE",
                "is_lost": "TRUE" if prob == 0 else "FALSE",
            })
    return pl.DataFrame(rows)


def _deals(rng: np.random.Generator, n: int, companies: pl.DataFrame, contacts: pl.DataFrame,
           user_emails: list[str]) -> pl.DataFrame:
    nc = companies.height
    co = rng.integers(0, nc, n)
    co_id = companies["company_id"].gather(pl.Series(co, dtype=pl.UInt32))
    co_name = companies["name"].gather(pl.Series(co, dtype=pl.UInt32))
    orphan = rng.random(n) < 0.015
    co_id = _where(orphan, pl.Series((_ID_BASE["companies"] + 60_000_000
                                      + rng.integers(0, 10**6, n)).astype(str)), co_id)
    co_id = _blank(co_id, rng.random(n) < 0.03)
    ct = contacts["contact_id"].gather(pl.Series(rng.integers(0, contacts.height, n),
                                                 dtype=pl.UInt32))
    pidx = rng.choice(len(_PIPELINES), n, p=[0.6, 0.25, 0.15])
    nst = np.array([len(p[2]) for p in _PIPELINES])[pidx]
    sord = (rng.random(n) * nst).astype(np.int64) + 1
    pid = pidx + 1
    created, updated = _times(rng, n)
    close = _ts(created + rng.integers(-10 * 86400, 300 * 86400, n), "%m/%d/%Y")
    value = pl.Series(np.round(rng.lognormal(9.8, 1.3, n), 2)).cast(pl.Utf8)
    return pl.DataFrame({
        "deal_id": _ids("deals", n),
        "name": pl.DataFrame({"c": co_name, "p": _choice(rng, _PRODUCTS, n)}).select(
            pl.format("{} - {}", "c", "p")).to_series(),
        "value": _blank(value, rng.random(n) < 0.03),
        "currency": _choice(rng, _CURRENCIES, n),
        "close_date": _blank(close, rng.random(n) < 0.02),
        "pipeline_id": pl.Series(pid).cast(pl.Utf8),
        "stage_id": pl.Series(pid * 100 + sord).cast(pl.Utf8),
        "company_id": co_id,
        "contact_id": _blank(ct, rng.random(n) < 0.2),
        "owner_email": _owners(rng, user_emails, n),
        "created_at": _ts(created),
        "updated_at": _ts(updated),
        "cf_deal_type": _choice(rng, _DEAL_TYPES, n),
    })


def _tasks(rng: np.random.Generator, n: int, contacts: pl.DataFrame, deals: pl.DataFrame,
           user_emails: list[str]) -> pl.DataFrame:
    created, _ = _times(rng, n)
    due = _ts(created + rng.integers(86400, 60 * 86400, n), "%Y-%m-%d")
    status = _choice(rng, _TASK_STATUS, n)
    done = (status == "Completed").to_numpy()
    completed = _blank(_ts(created + rng.integers(3600, 30 * 86400, n)), ~done)
    target = rng.integers(0, 3, n)  # 0 contact, 1 deal, 2 both
    ct = contacts["contact_id"].gather(pl.Series(rng.integers(0, contacts.height, n),
                                                 dtype=pl.UInt32))
    dl = deals["deal_id"].gather(pl.Series(rng.integers(0, deals.height, n), dtype=pl.UInt32))
    desc = _choice(rng, ["", "Call before 5pm", "Ask about budget, timeline and decision makers.",
                         "See notes from last meeting.\nBring the updated quote.",
                         "Prüfen Sie bitte den Vertrag"], n)
    return pl.DataFrame({
        "task_id": _ids("tasks", n),
        "title": _choice(rng, _TASK_TITLES, n),
        "description": desc,
        "due_date": due,
        "status": status,
        "priority": _choice(rng, _PRIORITY, n),
        "assignee_email": _owners(rng, user_emails, n),
        "contact_id": _blank(ct, target == 1),
        "deal_id": _blank(dl, target == 0),
        "created_at": _ts(created),
        "completed_at": completed,
    })


def _activities(rng: np.random.Generator, n: int, contacts: pl.DataFrame, deals: pl.DataFrame,
                companies: pl.DataFrame, user_emails: list[str]) -> pl.DataFrame:
    types = ["call", "email", "meeting", "note"]
    ti = rng.choice(4, n, p=[0.35, 0.35, 0.2, 0.1])
    typ = _pick(types, ti)
    subj_idx = rng.integers(0, 4, n)
    flat_subjects = [s for t in types for s in _ACT_SUBJECT[t]]
    subject = _pick(flat_subjects, ti * 4 + subj_idx)
    occurred = rng.integers(_T0, _T1, n)
    dur = pl.Series(np.where(np.isin(ti, [0, 2]), rng.integers(1, 120, n), 0)).cast(pl.Utf8)
    dur = _blank(dur, ~np.isin(ti, [0, 2]))
    loc = _blank(_choice(rng, _LOCATIONS, n), ti != 2)
    direction = _blank(_choice(rng, ["inbound", "outbound", "outbound"], n), ~np.isin(ti, [0, 1]))
    cidx = rng.integers(0, contacts.height, n)
    cemail = contacts["email"].gather(pl.Series(cidx, dtype=pl.UInt32))
    owner = _owners(rng, user_emails, n)
    inbound = (direction == "inbound").to_numpy()
    is_email = ti == 1
    from_email = _blank(_where(inbound, cemail, owner), ~is_email)
    cc = contacts["email"].gather(pl.Series(rng.integers(0, contacts.height, n), dtype=pl.UInt32))
    multi = rng.random(n) < 0.3
    to_main = _where(inbound, owner, cemail)
    to_emails = pl.select(pl.when(pl.Series(multi)).then(pl.concat_str([to_main, pl.lit(";"),
                                                                         cc]))
                          .otherwise(to_main)).to_series()
    to_emails = _blank(to_emails, ~is_email)
    body = _choice(rng, _NOTE_BODIES + ["", "Short call, no answer."], n)
    cid = contacts["contact_id"].gather(pl.Series(cidx, dtype=pl.UInt32))
    did = deals["deal_id"].gather(pl.Series(rng.integers(0, deals.height, n), dtype=pl.UInt32))
    coid = companies["company_id"].gather(pl.Series(rng.integers(0, companies.height, n),
                                                    dtype=pl.UInt32))
    return pl.DataFrame({
        "activity_id": _ids("activities", n),
        "type": typ,
        "subject": subject,
        "body": body,
        "occurred_at": _ts(occurred),
        "duration_minutes": dur,
        "location": loc,
        "direction": direction,
        "from_email": from_email,
        "to_emails": to_emails,
        "contact_id": _blank(cid, rng.random(n) < 0.1),
        "deal_id": _blank(did, rng.random(n) < 0.6),
        "company_id": _blank(coid, rng.random(n) < 0.5),
        "owner_email": owner,
        "created_at": _ts(occurred + rng.integers(0, 3 * 86400, n)),
    })


def _parents(rng: np.random.Generator, n: int, companies: pl.DataFrame, contacts: pl.DataFrame,
             deals: pl.DataFrame) -> tuple[pl.Series, pl.Series]:
    kind = rng.choice(3, n, p=[0.3, 0.45, 0.25])
    pools = [companies["company_id"], contacts["contact_id"], deals["deal_id"]]
    picks = [p.gather(pl.Series(rng.integers(0, len(p), n), dtype=pl.UInt32)) for p in pools]
    pid = pl.select(pl.when(pl.Series(kind == 0)).then(picks[0])
                    .when(pl.Series(kind == 1)).then(picks[1])
                    .otherwise(picks[2])).to_series()
    return _pick(["company", "contact", "deal"], kind), pid


def _notes(rng: np.random.Generator, n: int, companies: pl.DataFrame, contacts: pl.DataFrame,
           deals: pl.DataFrame, user_emails: list[str]) -> pl.DataFrame:
    ptype, pid = _parents(rng, n, companies, contacts, deals)
    created, _ = _times(rng, n)
    return pl.DataFrame({
        "note_id": _ids("notes", n),
        "parent_type": ptype,
        "parent_id": pid,
        "body": _choice(rng, _NOTE_BODIES, n),
        "author_email": _owners(rng, user_emails, n),
        "created_at": _ts(created),
    })


def _attachments(rng: np.random.Generator, n: int, out_dir: Path, companies: pl.DataFrame,
                 contacts: pl.DataFrame, deals: pl.DataFrame) -> pl.DataFrame:
    ptype, pid = _parents(rng, n, companies, contacts, deals)
    mi = rng.integers(0, len(_MIME), n)
    ni = rng.integers(0, len(_ATT_NAMES), n)
    sizes = np.clip(rng.lognormal(8.5, 1.2, n).astype(np.int64), 200, 400_000)
    large = rng.choice(n, min(N_LARGE_ATTACHMENTS, n), replace=False)
    sizes[large] = rng.integers(5_300_000, 7_500_000, len(large))
    ids = _ids("attachments", n)
    names = [f"{_ATT_NAMES[a]}.{_MIME[m][0]}" for a, m in zip(ni, mi, strict=True)]
    paths = [f"attachments/{i}_{nm}" for i, nm in zip(ids.to_list(), names, strict=True)]
    att_dir = out_dir / "attachments"
    att_dir.mkdir(parents=True, exist_ok=True)
    missing = n // 2 if n >= 10 else -1  # one row whose file the export forgot
    for j, (rel, size, m) in enumerate(zip(paths, sizes, mi, strict=True)):
        if j == missing:
            continue
        head = _MIME[m][2]
        if _MIME[m][0] == "txt":
            unit = b"Attachment text line, plain ASCII.\n"
            data = (unit * (int(size) // len(unit) + 1))[: int(size)]
        else:
            data = head + rng.bytes(int(size) - len(head))
        (out_dir / rel).write_bytes(data)
    return pl.DataFrame({
        "attachment_id": ids,
        "parent_type": ptype,
        "parent_id": pid,
        "file_name": pl.Series(names),
        "mime_type": _pick([m[1] for m in _MIME], mi),
        "size_bytes": pl.Series(sizes).cast(pl.Utf8),
        "path": pl.Series(paths),
    })


def _tickets(rng: np.random.Generator, n: int, contacts: pl.DataFrame, companies: pl.DataFrame,
             user_emails: list[str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    cidx = rng.integers(0, contacts.height, n)
    created, updated = _times(rng, n)
    subj = _choice(rng, _TICKET_SUBJECTS, n)
    assignee = _owners(rng, user_emails, n)
    tickets = pl.DataFrame({
        "ticket_id": _ids("tickets", n),
        "subject": subj,
        "description": _choice(rng, ["", "Customer reports the issue since Monday.",
                                     "Steps:\n1. Log in\n2. Open report\n3. Error 500"], n),
        "status": _choice(rng, _TICKET_STATUS, n),
        "priority": _choice(rng, _PRIORITY, n),
        "contact_id": contacts["contact_id"].gather(pl.Series(cidx, dtype=pl.UInt32)),
        "company_id": _blank(companies["company_id"].gather(
            pl.Series(rng.integers(0, companies.height, n), dtype=pl.UInt32)),
            rng.random(n) < 0.3),
        "assignee_email": assignee,
        "created_at": _ts(created),
        "updated_at": _ts(updated),
    })
    # Email threads: 1-6 messages per ticket, alternating customer and agent.
    per = rng.integers(1, 7, n)
    t = np.repeat(np.arange(n), per)
    pos = np.arange(len(t)) - np.repeat(np.cumsum(per) - per, per)
    cust = contacts["email"].gather(pl.Series(cidx[t], dtype=pl.UInt32))
    agent = assignee.gather(pl.Series(t, dtype=pl.UInt32))
    from_cust = pos % 2 == 0
    sent = created[t] + pos * rng.integers(600, 86400, len(t))
    body = _pick(_MSG_BODIES, np.minimum(pos, len(_MSG_BODIES) - 1))
    body = pl.select(body.str.replace("{s}", subj.gather(pl.Series(t, dtype=pl.UInt32)),
                                      literal=True)).to_series()
    messages = pl.DataFrame({
        "message_id": _ids("ticket_messages", len(t)),
        "ticket_id": tickets["ticket_id"].gather(pl.Series(t, dtype=pl.UInt32)),
        "from_email": _where(from_cust, cust, agent),
        "to_email": _where(from_cust, agent, cust),
        "sent_at": _ts(sent),
        "body": body,
    })
    return tickets, messages


def _custom_fields() -> pl.DataFrame:
    return pl.DataFrame([dict(zip(["object", "field_key", "label", "type", "options"], r,
                                  strict=True)) for r in _CUSTOM_FIELDS])


def _inventory(rng: np.random.Generator, counts: dict[str, int]) -> dict[str, pl.DataFrame]:
    nw, nt, nc = counts["workflows"], counts["email_templates"], counts["campaigns"]
    wf = [_WORKFLOWS[i % len(_WORKFLOWS)] for i in range(nw)]
    workflows = pl.DataFrame({
        "workflow_id": [str(i + 1) for i in range(nw)],
        "name": [w[0] + ("" if i < len(_WORKFLOWS) else f" ({i // len(_WORKFLOWS) + 1})")
                 for i, w in enumerate(wf)],
        "object": [w[1] for w in wf],
        "trigger": [w[2] for w in wf],
        "actions": [w[3] for w in wf],
        "active": ["FALSE" if x < 0.25 else "TRUE" for x in rng.random(nw)],
    })
    tp = [_TEMPLATES[i % len(_TEMPLATES)] for i in range(nt)]
    templates = pl.DataFrame({
        "template_id": [str(i + 1) for i in range(nt)],
        "name": [t[0] + ("" if i < len(_TEMPLATES) else f" v{i // len(_TEMPLATES) + 1}")
                 for i, t in enumerate(tp)],
        "subject": [t[1] for t in tp],
        "body": [t[2] for t in tp],
    })
    recipients = rng.integers(200, 20000, nc)
    opens = (recipients * rng.uniform(0.1, 0.5, nc)).astype(np.int64)
    clicks = (opens * rng.uniform(0.05, 0.3, nc)).astype(np.int64)
    campaigns = pl.DataFrame({
        "campaign_id": [str(i + 1) for i in range(nc)],
        "name": [_CAMPAIGN_NAMES[i % len(_CAMPAIGN_NAMES)]
                 + ("" if i < len(_CAMPAIGN_NAMES) else f" {i // len(_CAMPAIGN_NAMES) + 1}")
                 for i in range(nc)],
        "channel": [["email", "email", "sms"][int(x)] for x in rng.integers(0, 3, nc)],
        "sent_at": _ts(rng.integers(_T0, _T1, nc)),
        "recipients": pl.Series(recipients).cast(pl.Utf8),
        "opens": pl.Series(opens).cast(pl.Utf8),
        "clicks": pl.Series(clicks).cast(pl.Utf8),
    })
    return {"workflows": workflows, "email_templates": templates, "campaigns": campaigns}


def write_sample_export(out_dir: Path, *, seed: int = 42, scale: float = 1.0,
                        counts: dict[str, int] | None = None,
                        only: set[str] | None = None) -> dict[str, int]:
    """Write a SmartDesk-style export folder; return rows written per file.

    `scale` multiplies BASE_COUNTS (1.0 ~ 2,000 records, 1000 ~ 2M). `counts` overrides
    single objects (e.g. ``{"contacts": 1_000_000, "companies": 100_000}`` for benchmarks);
    `only` limits which files are written (the objects they depend on are still generated
    in memory, cheaply, so ids stay consistent). Same seed and arguments give byte-identical
    files.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = plan_counts(scale, counts)
    want = (lambda name: True) if only is None else (lambda name: name in only)
    written: dict[str, int] = {}

    def emit(name: str, df: pl.DataFrame) -> None:
        if want(name):
            # Empty cells unquoted (as SmartDesk writes them): write "" as null.
            df = df.with_columns(pl.col(pl.Utf8).replace("", None))
            df.write_csv(out_dir / f"{name}.csv", line_terminator="\n")
            written[name] = df.height

    users = _users(_rng(seed, "users"), plan["users"])
    emit("users", users)
    user_emails = users["email"].to_list()
    companies = _companies(_rng(seed, "companies"), plan["companies"], user_emails)
    # near-duplicate companies: same name with different case/whitespace, same domain
    companies = _add_duplicates(_rng(seed, "companies-dups"), companies, "company_id",
                                "companies", 0.005, 0.02, ["name"])
    emit("companies", companies)
    contacts = _contacts(_rng(seed, "contacts"), plan["contacts"], companies, user_emails)
    emit("contacts", contacts)
    if want("leads"):
        emit("leads", _leads(_rng(seed, "leads"), plan["leads"], companies, user_emails))
    emit("pipelines", _pipelines())
    deals = _deals(_rng(seed, "deals"), plan["deals"], companies, contacts, user_emails)
    emit("deals", deals)
    if want("tasks"):
        emit("tasks", _tasks(_rng(seed, "tasks"), plan["tasks"], contacts, deals, user_emails))
    if want("activities"):
        emit("activities", _activities(_rng(seed, "activities"), plan["activities"], contacts,
                                       deals, companies, user_emails))
    if want("notes"):
        emit("notes", _notes(_rng(seed, "notes"), plan["notes"], companies, contacts, deals,
                             user_emails))
    if want("attachments"):
        emit("attachments", _attachments(_rng(seed, "attachments"), plan["attachments"],
                                         out_dir, companies, contacts, deals))
    if want("tickets") or want("ticket_messages"):
        tickets, messages = _tickets(_rng(seed, "tickets"), plan["tickets"], contacts,
                                     companies, user_emails)
        emit("tickets", tickets)
        emit("ticket_messages", messages)
    emit("custom_fields", _custom_fields())
    for name, df in _inventory(_rng(seed, "inventory"), plan).items():
        emit(name, df)
    return written
