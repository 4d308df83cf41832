"""Words, names and settings the sample export draws from (a fixed vocabulary, seeded)."""

from __future__ import annotations

import datetime as dt

#: Attachments above 5 MB (the D365 default note-attachment limit) - a fixed handful,
#: independent of scale, so big exports stay a sane size on disk.
N_LARGE_ATTACHMENTS = 3

ID_BASE = {
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
FIRST = [
    ("James", "james"), ("Mary", "mary"), ("José", "jose"), ("Zoë", "zoe"),
    ("Łukasz", "lukasz"), ("王", "wang"), ("Anna", "anna"), ("Mohammed", "mohammed"),
    ("Sophie", "sophie"), ("Liam", "liam"), ("Olivia", "olivia"), ("Noah", "noah"),
    ("Emma", "emma"), ("Lucas", "lucas"), ("Mia", "mia"), ("Hiroshi", "hiroshi"),
    ("Chloé", "chloe"), ("Søren", "soren"), ("Aoife", "aoife"), ("Priya", "priya"),
    ("Mateo", "mateo"), ("Fatima", "fatima"), ("Björn", "bjorn"), ("Ines", "ines"),
    ("David", "david"), ("Sarah", "sarah"), ("Michael", "michael"), ("Laura", "laura"),
    ("Daniel", "daniel"), ("Julia", "julia"), ("Ahmed", "ahmed"), ("Yuki", "yuki"),
]
LAST = [
    ("Smith", "smith"), ("García", "garcia"), ("Müller", "muller"), ("Nowak", "nowak"),
    ("王", "wang"), ("Kowalski", "kowalski"), ("O'Brien", "obrien"), ("Johnson", "johnson"),
    ("Brown", "brown"), ("Dubois", "dubois"), ("Rossi", "rossi"), ("Tanaka", "tanaka"),
    ("Nguyen", "nguyen"), ("Silva", "silva"), ("Öztürk", "ozturk"), ("Williams", "williams"),
    ("Jones", "jones"), ("Martínez", "martinez"), ("Schmidt", "schmidt"), ("Lefèvre", "lefevre"),
    ("Andersson", "andersson"), ("Kim", "kim"), ("Patel", "patel"), ("Wójcik", "wojcik"),
    ("Taylor", "taylor"), ("Moore", "moore"), ("Jackson", "jackson"), ("Novak", "novak"),
    ("李", "li"), ("Fernández", "fernandez"), ("Clark", "clark"), ("Lewis", "lewis"),
]
CO_A = [
    "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Soylent",
    "Cyberdyne", "Tyrell", "Wonka", "Gringotts", "Oscorp", "Aperture", "Black Mesa", "Monarch",
    "Nordwind", "Zürich", "Kraków", "Azure", "Crimson", "Golden", "Silver", "Northern",
    "Pacific", "Atlantic", "Summit", "Pioneer", "Evergreen", "Blue Ridge", "Red Rock",
    "Bright", "Quantum", "Vertex", "Horizon", "Lumen", "Nimbus", "Orbit", "Polaris",
]
CO_B = [
    "Widgets", "Logistics", "Systems", "Foods", "Energy", "Labs", "Analytics", "Textiles",
    "Construction", "Pharma", "Media", "Robotics", "Consulting", "Holdings", "Motors",
    "Software", "Networks", "Partners", "Ventures", "Design", "Dynamics", "Solutions",
    "Industries", "Electric", "Capital",
]
CO_SUFFIX = ["Inc.", "Ltd", "GmbH", "LLC", "S.A.", "sp. z o.o.", "Corp", "AG", "BV", ""]
TLDS = [".com", ".com", ".com", ".io", ".de", ".co.uk", ".pl", ".fr", ".net"]
FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "gmx.de", "wp.pl", "qq.com"]
INDUSTRIES = [
    "Technology", "Manufacturing", "Retail", "Healthcare", "Finance", "Education",
    "Construction", "Energy", "Media", "Transportation", "Agriculture", "Hospitality", "",
]
# city, state, postal code, country (country spelled inconsistently on purpose)
PLACES = [
    ("Austin", "TX", "78701", "United States"), ("Boston", "MA", "02108", "USA"),
    ("Chicago", "IL", "60601", "US"), ("Seattle", "WA", "98101", "United States"),
    ("München", "BY", "80331", "Germany"), ("Berlin", "", "10115", "Deutschland"),
    ("Kraków", "", "30-001", "Poland"), ("Łódź", "", "90-001", "Polska"),
    ("北京", "", "100000", "China"), ("London", "", "EC1A 1BB", "United Kingdom"),
    ("Manchester", "", "M1 1AE", "UK"), ("São Paulo", "SP", "01000-000", "Brazil"),
    ("Paris", "", "75001", "France"), ("Zürich", "ZH", "8001", "Switzerland"),
    ("Toronto", "ON", "M5H 2N2", "Canada"), ("Madrid", "", "28001", "España"),
]
STREETS = [
    "Main St", "Oak Avenue", "Hauptstraße", "ul. Floriańska", "High Street", "Rue de Rivoli",
    "Market St", "Elm Road", "Bahnhofstrasse", "Avenida Paulista", "King St W",
]
JOB_TITLES = [
    "CEO", "CFO", "VP Sales", "Head of Procurement", "IT Manager", "Office Manager",
    "Marketing Director", "Sales Rep", "Engineer", "Operations Lead", "Buyer", "",
]
LIFECYCLE = ["subscriber", "lead", "marketing qualified", "sales qualified", "opportunity",
              "customer", "evangelist", "other"]
LANGS = ["English", "Spanish", "German", "French", "Polish", "Chinese"]
INTERESTS = ["Analytics", "Integrations", "Mobile", "Security", "Training"]
LEAD_SOURCES = ["Web", "Trade Show", "Referral", "Cold Call", "Partner", "LinkedIn", ""]
LEAD_STATUS = ["New", "Contacted", "Working", "Qualified", "Unqualified", "Nurture"]
ROLES = ["Admin", "Sales Manager", "Sales Rep", "Sales Rep", "Support Agent", "Marketing"]
PRODUCTS = ["Platform License", "Support Renewal", "Implementation", "Expansion",
             "Pilot", "Training Package", "Hardware Refresh"]
CURRENCIES = ["USD", "USD", "USD", "EUR", "EUR", "GBP", "PLN"]
DEAL_TYPES = ["New Business", "Upsell", "Renewal", "Cross-sell", ""]
TASK_TITLES = ["Follow up call", "Send proposal", "Prepare demo", "Check contract",
                "Schedule QBR", "Update pricing", "Intro email", "Collect requirements"]
TASK_STATUS = ["Open", "In Progress", "Completed", "Completed", "Deferred"]
PRIORITY = ["Low", "Normal", "Normal", "High", "Urgent"]
ACT_SUBJECT = {
    "call": ["Discovery call", "Check-in call", "Pricing discussion", "Left voicemail"],
    "email": ["Re: Proposal", "Intro", "Follow-up on our meeting", "Quote attached"],
    "meeting": ["Onsite demo", "QBR", "Kick-off meeting", "Contract review"],
    "note": ["Internal note", "Call summary", "Competitor mentioned", "Budget info"],
}
LOCATIONS = ["Zoom", "Microsoft Teams", "Customer office", "Our office, Room 3", "Café Müller"]
NOTE_BODIES = [
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
TICKET_SUBJECTS = ["Cannot log in", "Invoice is wrong", "Feature request: export",
                    "Sync error with Outlook", "Password reset", "Data missing after import",
                    "Slow dashboard", "Cancel subscription"]
TICKET_STATUS = ["Open", "Pending", "Resolved", "Closed", "Closed"]
MSG_BODIES = [
    "Hi,\nI have a problem with {s}.\nCan you help?\nThanks",
    "Hello,\nthanks for reaching out. Could you send a screenshot?\n\nBest,\nSupport",
    "Here it is, see attached.\n\n> Could you send a screenshot?",
    "We have fixed the issue on our side. Please confirm it works now.",
    "Confirmed, works now. Thank you!\n\n> Please confirm it works now.",
    "Still broken for me ☹ - same error as before.",
]
MIME = [
    ("pdf", "application/pdf", b"%PDF-1.4\n"),
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     b"PK\x03\x04"),
    ("png", "image/png", b"\x89PNG\r\n\x1a\n"),
    ("jpg", "image/jpeg", b"\xff\xd8\xff\xe0"),
    ("txt", "text/plain", b""),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
     b"PK\x03\x04"),
]
ATT_NAMES = ["proposal", "contract", "Vertrag Müller", "screenshot", "invoice", "NDA signed",
              "price list", "meeting notes", "zdjęcie", "logo"]
PIPELINES = [
    (1, "Sales", [("New", 10), ("Qualified", 25), ("Proposal", 50), ("Negotiation", 75),
                  ("Closed Won", 100), ("Closed Lost", 0)]),
    (2, "Enterprise", [("Discovery", 5), ("Solution Design", 20), ("Business Case", 40),
                       ("Procurement", 60), ("Legal Review", 85), ("Won", 100), ("Lost", 0)]),
    (3, "Renewals", [("Renewal Due", 60), ("Quote Sent", 75), ("Verbal Yes", 90),
                     ("Renewed", 100), ("Churned", 0)]),
]
CUSTOM_FIELDS = [
    ("company", "cf_tier", "Customer Tier", "picklist", "Gold|Silver|Bronze"),
    ("company", "cf_renewal_date", "Renewal Date", "date", ""),
    ("company", "cf_partner", "Is Partner", "boolean", ""),
    ("contact", "cf_linkedin_url", "LinkedIn Profile", "url", ""),
    ("contact", "cf_preferred_language", "Preferred Language", "picklist", "|".join(LANGS)),
    ("contact", "cf_interests", "Product Interests", "multiselect", "|".join(INTERESTS)),
    ("lead", "cf_budget", "Budget", "money", ""),
    ("deal", "cf_deal_type", "Deal Type", "picklist", "New Business|Upsell|Renewal|Cross-sell"),
]
WORKFLOWS = [
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
TEMPLATES = [
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
CAMPAIGN_NAMES = ["Spring Newsletter", "Product Launch", "Webinar Invite", "Black Friday",
                   "Customer Survey", "Renewal Push", "Event Follow-up"]

T0 = int(dt.datetime(2018, 1, 1, tzinfo=dt.timezone.utc).timestamp())
T1 = int(dt.datetime(2025, 6, 30, tzinfo=dt.timezone.utc).timestamp())
ISO = "%Y-%m-%dT%H:%M:%SZ"


