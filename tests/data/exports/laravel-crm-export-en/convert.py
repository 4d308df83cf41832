"""Laravel CRM's sample data as its list views show them, headed in one of its languages.

Laravel CRM (venturedrake/laravel-crm, MIT) keeps its demo records in one seeder,
database/seeders/LaravelCrmSampleDataSeeder.php: fixed lists (organisation names, first
and last names, job titles, lead title templates and product terms, lead sources, task
names and descriptions, five sample users, the labels Hot / Cold / Warm of
LaravelCrmTablesSeeder) combined by PHP's mt_rand. This converter reads those lists from
the seeder file and combines them as the seeder's code does (its reduced, default 10 %
data set; its formulas for e-mail addresses, phone numbers, lead titles, the lead / deal
stage rules by age), drawing with Python's random.Random(SEED) in place of mt_rand and
stopping the clock at the pinned commit's time (NOW), so the same files come out every
time (SOURCE.md says what is simplified).

    python convert.py SRC_DIR OUT_DIR --lang en|es-co|fa

SRC_DIR holds the seeder file and <locale>/lang.php for en, es_CO and fa (SOURCE.md: the
commits). Headers are the list views' labels (src/Livewire/<Object>/<Object>Index.php
headers(): ucfirst(__('laravel-crm::lang.KEY')), 'Owner' written in English in the code),
a key the language file lacks falling back to English as Laravel's fallback_locale does.
Needs PHP 8 (php-cli) to read the lang.php arrays.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

from dateutil.relativedelta import relativedelta

SEED = 2026
# the pinned commit's time (2026-06-01T00:49:04+10:00), in UTC: "now" for the seeder
NOW = datetime(2026, 5, 31, 14, 49, 4, tzinfo=timezone.utc)
SCALE = 0.1  # the seeder's default (non --full) scale
LOCALES = {"en": "en", "es-co": "es_CO", "fa": "fa"}
# the seeder's primary user is the host application's first user, whose name the install
# asks for; the package's own tests make it as "Test User" (tests/TestCase.php)
PRIMARY_USER = "Test User"
LABELS = ["Hot", "Cold", "Warm"]  # LaravelCrmTablesSeeder's labels
LEAD_STAGES = ["New", "Appointment Scheduled", "Qualified To Buy", "Presentation Scheduled",
               "Decision Maker Bought-In", "Contract Sent", "Closed Won", "Closed Lost"]
DEAL_OPEN_STAGES = ["Draft", "Qualified", "Proposal Sent", "Negotiation", "Pending"]
SEASONAL = {1: 0.7, 2: 0.85, 3: 1.15, 4: 1.1, 5: 1.0, 6: 0.95, 7: 0.85, 8: 0.9, 9: 1.15,
            10: 1.1, 11: 1.0, 12: 0.65}

# Carbon's relative-time words (briannesbitt/Carbon src/Carbon/Lang/{en,es,fa}.php; es_CO
# extends es): diffForHumans() in the application's locale
CARBON = {
    "en": {"units": {"year": ("year", "years"), "month": ("month", "months"),
                     "week": ("week", "weeks"), "day": ("day", "days"),
                     "hour": ("hour", "hours"), "minute": ("minute", "minutes"),
                     "second": ("second", "seconds")},
           "ago": "{} ago", "from_now": "{} from now"},
    "es-co": {"units": {"year": ("año", "años"), "month": ("mes", "meses"),
                        "week": ("semana", "semanas"), "day": ("día", "días"),
                        "hour": ("hora", "horas"), "minute": ("minuto", "minutos"),
                        "second": ("segundo", "segundos")},
              "ago": "hace {}", "from_now": "en {}"},
    "fa": {"units": {"year": ("سال", "سال"), "month": ("ماه", "ماه"),
                     "week": ("هفته", "هفته"), "day": ("روز", "روز"),
                     "hour": ("ساعت", "ساعت"), "minute": ("دقیقه", "دقیقه"),
                     "second": ("ثانیه", "ثانیه")},
           "ago": "{} پیش", "from_now": "{} دیگر"},
}


def php_list(text: str, var: str) -> list[str]:
    """The string literals of `$var = [ ... ];` in the seeder."""
    m = re.search(r"\$" + var + r"\s*=\s*\[(.*?)\];", text, re.S)
    if not m:
        raise SystemExit(f"{var} not found in the seeder")
    body = "\n".join(line for line in m.group(1).splitlines()
                     if not line.strip().startswith("//"))
    return [s.replace("\\'", "'") for s in re.findall(r"'((?:[^'\\]|\\.)*)'", body)]


def read_lang(path: Path) -> dict[str, str]:
    out = subprocess.run(["php", "-r", "echo json_encode(include $argv[1]);", str(path)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def ucfirst(s: str) -> str:  # PHP ucfirst: the first byte only (no change to non-ASCII)
    return s[:1].upper() + s[1:] if s[:1].isascii() else s


def ucwords(s: str) -> str:
    return " ".join(ucfirst(w) for w in s.split(" "))


def human(dt: datetime, lang: str) -> str:
    """Carbon's diffForHumans() against NOW, one unit, truncated."""
    words = CARBON[lang]
    past = dt <= NOW
    rd = relativedelta(NOW, dt) if past else relativedelta(dt, NOW)
    parts = (("year", rd.years), ("month", rd.months), ("week", rd.days // 7),
             ("day", rd.days), ("hour", rd.hours), ("minute", rd.minutes),
             ("second", rd.seconds))
    unit, n = next(((u, k) for u, k in parts if k), ("second", 1))
    one, many = words["units"][unit]
    text = f"{n} {one if n == 1 else many}"
    return (words["ago"] if past else words["from_now"]).format(text)


def money(amount: float) -> str:  # cknow/laravel-money money($cents, 'USD'), en_US
    return f"${amount:,.2f}"


class Seeder:
    def __init__(self, text: str):
        self.rng = random.Random(SEED)
        self.start = (NOW - relativedelta(years=3)).replace(hour=0, minute=0, second=0)
        self.t = text
        users = re.findall(r"\['name' => '([^']+)',\s*'email' => self::SAMPLE_USER_EMAILS",
                           text)
        self.users = [PRIMARY_USER] + users

    def r(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def user(self) -> str:
        return self.pick(self.users)

    def scaled(self, n: int) -> int:
        return max(1, round(n * SCALE)) if n > 0 else 0

    def date(self) -> datetime:  # weightedRandomDate()
        total = (NOW - self.start).days
        while True:
            biased = (self.r(0, 10000) / 10000) ** 0.7
            d = self.start + timedelta(days=round(biased * total))
            if self.r(0, 100) / 100 <= SEASONAL[d.month]:
                break
        hour = max(8, min(18, round(13 + 2.5 * (self.rng.random() + self.rng.random() - 1))))
        d = d.replace(hour=hour, minute=self.r(0, 59), second=self.r(0, 59))
        return min(d, NOW)

    def run(self):
        t = self.t
        org_names = php_list(t, "orgNames")
        org_names = org_names[: self.scaled(len(org_names))]
        first, last = php_list(t, "firstNames"), php_list(t, "lastNames")
        jobs = php_list(t, "jobTitles")
        templates, terms = php_list(t, "leadTitles"), php_list(t, "productTerms")
        sources = php_list(t, "sources")
        task_names, task_desc = php_list(t, "taskNames"), php_list(t, "taskDescriptions")

        orgs = []
        for name in org_names:
            orgs.append({"name": name, "date": self.date(), "owner": self.user(),
                         "slug": re.sub(r"[^a-z0-9]", "", name.lower()), "labels": []})
        people = []
        for _ in range(self.scaled(800)):
            fn, ln, org = self.pick(first), self.pick(last), self.pick(orgs)
            d = self.date()
            people.append({
                "name": f"{fn} {ln}".strip(), "org": org, "date": d, "owner": self.user(),
                "description": f"{self.pick(jobs)} at {org['name']}",
                "email": f"{fn.lower()}.{ln.lower()}@{org['slug']}.com",
                "phone": f"+1{self.r(200, 999)}{self.r(100, 999)}{self.r(1000, 9999)}",
                "labels": []})
        leads = []
        for i in range(self.scaled(4000)):
            d = self.date()
            person = self.pick(people)
            title = self.pick(templates)
            term = self.pick(terms)
            quarter = (d.month + 2) // 3
            title = title.replace("%s", term, 1).replace("%d", str(quarter))
            amount = round(500 + self.rng.random() * (75000 - 500), 2)
            age = (NOW - d).days
            converted = False
            if age > 90:
                x = self.r(1, 100)
                if x <= 40:
                    stage, converted = "Closed Won", True
                elif x <= 65:
                    stage = "Closed Lost"
                else:
                    stage = self.pick(LEAD_STAGES[:6])
            elif age > 30:
                x = self.r(1, 100)
                if x <= 25:
                    stage, converted = "Closed Won", True
                elif x <= 40:
                    stage = "Closed Lost"
                else:
                    stage = self.pick(LEAD_STAGES[:6])
            else:
                stage = self.pick(LEAD_STAGES[:4])
            conv_at = min(d + timedelta(days=self.r(7, 60)), NOW) if converted else None
            leads.append({"number": 1000 + i, "title": title, "amount": amount,
                          "person": person, "org": person["org"], "stage": stage,
                          "source": self.pick(sources), "date": d, "converted_at": conv_at,
                          "owner": (self.user(), self.user())[1], "labels": []})
        deals = []
        for lead in [x for x in leads if x["converted_at"]]:
            d = lead["converted_at"]
            age = (NOW - d).days
            status, closed = None, None
            x = self.r(1, 100)
            won, lost = (30, 64) if age > 30 else (18, 40) if age > 14 else (5, 12)
            if x <= won:
                status, stage = "won", "Closed Won"
            elif x <= lost:
                status, stage = "lost", "Closed Lost"
            else:
                stage = self.pick(DEAL_OPEN_STAGES)
            if status:
                closed = min(d + timedelta(days=self.r(2, 45)), NOW)
            deals.append({"number": 1000 + len(deals), "title": lead["title"],
                          "amount": lead["amount"], "person": lead["person"],
                          "org": lead["org"], "stage": stage, "status": status,
                          "closed_at": closed,
                          "expected_close": d + timedelta(days=self.r(30, 120)),
                          "date": d, "owner": (self.user(), self.user())[1], "labels": []})
        tasks = []
        for org in orgs:  # the seeder's tasks for every entity; here its organisations'
            for _ in range(self.r(3, 5)):
                due = org["date"] + timedelta(days=self.r(1, 90))
                if due > NOW + timedelta(days=30):
                    due = NOW - timedelta(days=self.r(1, 60))
                done = due < NOW - timedelta(days=3) and self.r(1, 100) <= 80
                tasks.append({"name": self.pick(task_names), "description": self.pick(task_desc),
                              "due": due, "completed": done, "created": min(due, NOW),
                              "owner": (self.user(), self.user())[1],
                              "assigned": PRIMARY_USER})
        for rows, share, most in ((leads, 0.4, 3), (deals, 0.35, 2), (people, 0.2, 2),
                                  (orgs, 0.25, 2)):  # seedLabels()
            for row in self.rng.sample(rows, int(len(rows) * share)):
                row["labels"] = sorted(self.rng.sample(LABELS, self.r(1, most)),
                                       key=LABELS.index)
        return orgs, people, leads, deals, tasks


def build(src: Path, out: Path, lang: str) -> None:
    text = (src / "LaravelCrmSampleDataSeeder.php").read_text(encoding="utf-8")
    en = read_lang(src / "en" / "lang.php")
    tr = dict(en)
    tr.update(read_lang(src / LOCALES[lang] / "lang.php"))

    def L(key: str) -> str:
        return ucfirst(tr[key])

    orgs, people, leads, deals, tasks = Seeder(text).run()
    for p in people:
        p["org"].setdefault("deals", [])
    for o in orgs:
        o.setdefault("deals", [])
    for p in people:
        p.setdefault("deals", [])
    for d in deals:
        d["org"]["deals"].append(d)
        d["person"]["deals"].append(d)

    def counts(x):
        ds = x["deals"]
        return (sum(1 for d in ds if d["closed_at"] is None),
                sum(1 for d in ds if d["status"] == "lost"),
                sum(1 for d in ds if d["status"] == "won"))

    def labels(x):
        return ", ".join(x["labels"])

    files = {}
    files[L("organizations")] = (
        [L("name"), L("type"), L("labels"), L("open_deals"), L("lost_deals"), L("won_deals"),
         L("next_activity"), "Owner", L("created")],
        [[o["name"], "", labels(o), *counts(o), "", o["owner"], human(o["date"], lang)]
         for o in orgs])
    files[L("people")] = (
        [L("name"), L("labels"), L("email"), L("phone"), L("open_deals"), L("lost_deals"),
         L("won_deals"), L("next_activity"), "Owner", L("created")],
        [[p["name"], labels(p), p["email"], p["phone"], *counts(p), "", p["owner"],
          human(p["date"], lang)] for p in people])
    files[L("leads")] = (
        [L("created"), L("number"), L("title"), L("labels"), L("value"), L("contact"),
         L("organization"), L("stage"), L("source"), "Owner"],
        [[human(x["date"], lang), x["number"], x["title"], labels(x), money(x["amount"]),
          x["person"]["name"], x["org"]["name"], x["stage"], x["source"], x["owner"]]
         for x in leads])
    files[L("deals")] = (
        [L("created"), L("number"), L("title"), L("labels"), L("value"), L("contact"),
         L("organization"), ucwords(tr["expected_close"]), L("stage"), "Owner"],
        [[human(x["date"], lang), x["number"], x["title"], labels(x), money(x["amount"]),
          x["person"]["name"], x["org"]["name"], x["expected_close"].strftime("%Y-%m-%d"),
          x["stage"], x["owner"]] for x in deals])
    files[L("tasks")] = (
        [L("created"), L("status"), L("task"), L("description"), L("due"), L("created_by"),
         L("assigned_to")],
        [[human(x["created"], lang), L("completed") if x["completed"] else L("pending"),
          x["name"], x["description"], human(x["due"], lang), x["owner"], x["assigned"]]
         for x in tasks])
    out.mkdir(parents=True, exist_ok=True)
    for name, (header, rows) in files.items():
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", choices=sorted(LOCALES), default="en")
    a = ap.parse_args()
    build(a.src, a.out, a.lang)


if __name__ == "__main__":
    main()
