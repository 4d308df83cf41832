"""The sample export's core records: users, companies, contacts, leads, pipelines, deals."""

from __future__ import annotations

import numpy as np
import polars as pl

from d365migrate.demo.sample_values import (
    blank,
    break_emails,
    choice,
    created_updated,
    id_series,
    phones,
    pick,
    timestamps,
    where,
)
from d365migrate.demo.sample_words import (
    CO_A,
    CO_B,
    CO_SUFFIX,
    CURRENCIES,
    DEAL_TYPES,
    FIRST,
    FREEMAIL,
    ID_BASE,
    INDUSTRIES,
    INTERESTS,
    JOB_TITLES,
    LANGS,
    LAST,
    LEAD_SOURCES,
    LEAD_STATUS,
    LIFECYCLE,
    PIPELINES,
    PLACES,
    PRODUCTS,
    ROLES,
    STREETS,
    T1,
    TLDS,
)


def make_users(rng: np.random.Generator, n: int) -> pl.DataFrame:
    fi = rng.integers(0, len(FIRST), n)
    li = rng.integers(0, len(LAST), n)
    first = pick([f for f, _ in FIRST], fi)
    last = pick([x for x, _ in LAST], li)
    fa = pick([a for _, a in FIRST], fi)
    la = pick([a for _, a in LAST], li)
    idx = pl.Series(np.arange(n)).cast(pl.Utf8)
    df = pl.DataFrame({"fa": fa, "la": la, "i": idx, "first": first, "last": last})
    active = np.ones(n, dtype=bool)
    if n >= 3:
        active[n - 2] = False  # one disabled user who still owns records
        active[rng.random(n) < 0.03] = False
    roles = choice(rng, ROLES, n)
    names = df.select(pl.format("{} {}", "first", "last")).to_series()
    emails = df.select(pl.format("{}.{}{}@smartdesk-customer.com", "fa", "la", "i")).to_series()
    if n:
        # A stable CRM admin at every seed and scale: demos name it as the fallback owner.
        roles[0], active[0] = "Admin", True
        names[0], emails[0] = "CRM Admin", "crm.admin@smartdesk-customer.com"
    return pl.DataFrame({
        "user_id": id_series("users", n),
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
    owners = choice(rng, user_emails, n)
    g = rng.random(n) < ghost_rate
    return where(g, choice(rng, ghosts, n), owners)


def make_companies(rng: np.random.Generator, n: int, user_emails: list[str]) -> pl.DataFrame:
    perm = rng.permutation(n)
    na, nb = len(CO_A), len(CO_B)
    ai, bi, k = perm % na, (perm // na) % nb, perm // (na * nb)
    sfx = rng.integers(0, len(CO_SUFFIX), n)
    slug_a = [a.lower().replace(" ", "").replace("ü", "u").replace("ó", "o") for a in CO_A]
    base = pl.DataFrame({
        "a": pick(CO_A, ai), "b": pick(CO_B, bi), "sa": pick(slug_a, ai),
        "sb": pick([b.lower() for b in CO_B], bi),
        "k": pl.Series(np.where(k > 0, " " + k.astype(str), "")),
        "kk": pl.Series(np.where(k > 0, k.astype(str), "")),
        "sfx": pick(CO_SUFFIX, sfx), "tld": choice(rng, TLDS, n),
    })
    name = base.select(
        pl.format("{} {}{} {}", "a", "b", "k", "sfx").str.strip_chars()).to_series()
    domain = base.select(pl.format("{}{}{}{}", "sa", "sb", "kk", "tld")).to_series()
    place = rng.integers(0, len(PLACES), n)
    created, updated = created_updated(rng, n)
    wk = rng.integers(0, 5, n)
    website = pl.DataFrame({"d": domain, "w": wk}).select(
        pl.when(pl.col("w") <= 1).then(pl.format("https://www.{}", "d"))
        .when(pl.col("w") == 2).then(pl.format("www.{}", "d"))
        .when(pl.col("w") == 3).then(pl.format("http://{}/", "d"))
        .otherwise(pl.lit(""))).to_series()
    employees = pl.Series(rng.lognormal(3.5, 1.6, n).astype(np.int64) + 1).cast(pl.Utf8)
    revenue = pl.Series(np.round(rng.lognormal(14, 1.8, n), 2)).cast(pl.Utf8)
    renewal = timestamps(rng.integers(T1 - 200 * 86400, T1 + 500 * 86400, n), "%Y-%m-%d")
    df = pl.DataFrame({
        "company_id": id_series("companies", n),
        "name": name,
        "domain": blank(domain, rng.random(n) < 0.05),
        "industry": choice(rng, INDUSTRIES, n),
        "employees": blank(employees, rng.random(n) < 0.1),
        "annual_revenue": blank(revenue, rng.random(n) < 0.2),
        "phone": blank(phones(rng, n), rng.random(n) < 0.1),
        "website": website,
        "street": pl.DataFrame({
            "n": pl.Series(rng.integers(1, 999, n)).cast(pl.Utf8),
            "s": choice(rng, STREETS, n)}).select(pl.format("{} {}", "n", "s")).to_series(),
        "city": pick([p[0] for p in PLACES], place),
        "state": pick([p[1] for p in PLACES], place),
        "postal_code": pick([p[2] for p in PLACES], place),
        "country": pick([p[3] for p in PLACES], place),
        "owner_email": _owners(rng, user_emails, n),
        "created_at": timestamps(created),
        "updated_at": timestamps(updated),
        "cf_tier": choice(rng, ["Gold", "Silver", "Silver", "Bronze", "Bronze", ""], n),
        "cf_renewal_date": blank(renewal, rng.random(n) < 0.4),
        "cf_partner": choice(rng, ["TRUE", "FALSE", "FALSE", "FALSE", ""], n),
    })
    return df


def add_duplicates(rng: np.random.Generator, df: pl.DataFrame, id_col: str, id_name: str,
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
            id_series(id_name, n_near, start=n + 1).alias(id_col),
            pl.Series("_k", 2 * n + np.arange(n_near), dtype=pl.Int64))
        parts.append(near)
    if n_exact:
        src = np.sort(rng.choice(n, n_exact, replace=False))
        parts.append(df[src].with_columns(pl.Series("_k", src * 2 + 1, dtype=pl.Int64)))
    return pl.concat(parts).sort("_k").drop("_k")


def make_contacts(rng: np.random.Generator, n: int, companies: pl.DataFrame,
                  user_emails: list[str]) -> pl.DataFrame:
    nc = companies.height
    fi = rng.integers(0, len(FIRST), n)
    li = rng.integers(0, len(LAST), n)
    first = pick([f for f, _ in FIRST], fi)
    last = pick([x for x, _ in LAST], li)
    co = rng.integers(0, nc, n)
    co_id = companies["company_id"].gather(pl.Series(co, dtype=pl.UInt32))
    co_name = companies["name"].gather(pl.Series(co, dtype=pl.UInt32))
    co_domain = companies["domain"].gather(pl.Series(co, dtype=pl.UInt32))
    # link kind: 0 id+name, 1 orphan id, 2 name only, 3 name variant only,
    # 4 short name (matches only by email domain), 5 no company (freemail)
    kind = rng.choice(6, n, p=[0.72, 0.02, 0.08, 0.03, 0.03, 0.12])
    kind = np.where((kind == 4) & (co_domain.to_numpy() == ""), 2, kind)
    free = choice(rng, FREEMAIL, n)
    domain = where((kind == 5) | (co_domain.to_numpy() == ""), free, co_domain)
    num = pl.Series(np.where(rng.random(n) < 0.3, rng.integers(1, 99, n).astype(str), ""))
    style = rng.integers(0, 3, n)
    base = pl.DataFrame({
        "fa": pick([a for _, a in FIRST], fi), "la": pick([a for _, a in LAST], li),
        "num": num, "dom": domain, "st": style, "cn": co_name,
    })
    email = base.select(
        pl.when(pl.col("st") == 0).then(pl.format("{}.{}{}@{}", "fa", "la", "num", "dom"))
        .when(pl.col("st") == 1).then(pl.format("{}{}{}@{}", pl.col("fa").str.slice(0, 1),
                                                "la", "num", "dom"))
        .otherwise(pl.format("{}_{}{}@{}", "fa", "la", "num", "dom"))).to_series()
    email = break_emails(rng, email, 0.03)
    email = blank(email, rng.random(n) < 0.04)
    orphan = (ID_BASE["companies"] + 50_000_000 + rng.integers(0, 1_000_000, n)).astype(str)
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
    created, updated = created_updated(rng, n)
    li_num = pl.Series(rng.integers(100, 999, n)).cast(pl.Utf8)
    linkedin = pl.DataFrame({"fa": base["fa"], "la": base["la"], "n": li_num,
                             "k": rng.integers(0, 10, n)}).select(
        pl.when(pl.col("k") < 5).then(pl.format("https://www.linkedin.com/in/{}-{}-{}",
                                                "fa", "la", "n"))
        .when(pl.col("k") == 5).then(pl.format("linkedin.com/in/{}{}", "fa", "la"))
        .when(pl.col("k") == 6).then(pl.lit("see profile"))
        .otherwise(pl.lit(""))).to_series()
    combos = [";".join(x for j, x in enumerate(INTERESTS) if m >> j & 1)
              for m in range(2 ** len(INTERESTS))]
    interests = pick(combos, np.where(rng.random(n) < 0.4, 0,
                                       rng.integers(1, len(combos), n)))
    df = pl.DataFrame({
        "contact_id": id_series("contacts", n),
        "first_name": first,
        "last_name": blank(last, rng.random(n) < 0.01),
        "email": email,
        "phone": blank(phones(rng, n), rng.random(n) < 0.2),
        "mobile": blank(phones(rng, n), rng.random(n) < 0.6),
        "job_title": choice(rng, JOB_TITLES, n),
        "company_id": company_id,
        "company_name": company_name,
        "lifecycle_stage": choice(rng, LIFECYCLE, n),
        "owner_email": _owners(rng, user_emails, n),
        "created_at": timestamps(created),
        "updated_at": timestamps(updated),
        "cf_linkedin_url": linkedin,
        "cf_preferred_language": choice(rng, LANGS + ["", ""], n),
        "cf_interests": interests,
    })
    return add_duplicates(rng, df, "contact_id", "contacts", 0.01, 0.02,
                           ["first_name", "last_name", "email"])


def make_leads(rng: np.random.Generator, n: int, companies: pl.DataFrame,
               user_emails: list[str]) -> pl.DataFrame:
    fi = rng.integers(0, len(FIRST), n)
    li = rng.integers(0, len(LAST), n)
    # Half the leads name an existing company (qualification will hit them), half are new.
    co = rng.integers(0, companies.height, n)
    existing = rng.random(n) < 0.5
    newco = pl.DataFrame({"a": choice(rng, CO_A, n), "b": choice(rng, ["Group", "Studio",
                          "Trading", "Services", "Works"], n)}).select(
        pl.format("{} {}", "a", "b")).to_series()
    cname = where(existing, companies["name"].gather(pl.Series(co, dtype=pl.UInt32)), newco)
    dom = where(existing & (companies["domain"].gather(pl.Series(co, dtype=pl.UInt32))
                             != "").to_numpy(),
                 companies["domain"].gather(pl.Series(co, dtype=pl.UInt32)),
                 choice(rng, FREEMAIL, n))
    base = pl.DataFrame({"fa": pick([a for _, a in FIRST], fi),
                         "la": pick([a for _, a in LAST], li), "d": dom})
    email = break_emails(rng, base.select(pl.format("{}.{}@{}", "fa", "la", "d")).to_series(),
                          0.04)
    budget_raw = np.round(rng.lognormal(9.5, 1.2, n), -2)
    budget = pl.Series(budget_raw).cast(pl.Int64).cast(pl.Utf8)
    # a few budgets typed by hand with symbols / separators (money cf dirt)
    fancy = rng.random(n) < 0.05
    fancy_txt = _thousands(pl.Series(budget_raw).cast(pl.Int64))
    budget = where(fancy, pl.select(pl.format("${}", fancy_txt)).to_series(), budget)
    created, updated = created_updated(rng, n)
    df = pl.DataFrame({
        "lead_id": id_series("leads", n),
        "first_name": pick([f for f, _ in FIRST], fi),
        "last_name": pick([x for x, _ in LAST], li),
        "company_name": blank(cname, rng.random(n) < 0.05),
        "email": blank(email, rng.random(n) < 0.05),
        "phone": blank(phones(rng, n), rng.random(n) < 0.2),
        "source": choice(rng, LEAD_SOURCES, n),
        "status": choice(rng, LEAD_STATUS, n),
        "owner_email": _owners(rng, user_emails, n),
        "created_at": timestamps(created),
        "updated_at": timestamps(updated),
        "cf_budget": blank(budget, rng.random(n) < 0.3),
    })
    return add_duplicates(rng, df, "lead_id", "leads", 0.005, 0.02,
                           ["first_name", "last_name", "email"])


def _thousands(s: pl.Series) -> pl.Series:
    """Format integers with ',' thousands separators (vectorised)."""
    txt = s.cast(pl.Utf8)
    return pl.select(
        txt.str.reverse().str.replace_all(r"(\d{3})", "$1,").str.reverse()
        .str.strip_chars_start(",")).to_series()


def make_pipelines() -> pl.DataFrame:
    rows = []
    for pid, pname, stages in PIPELINES:
        for order, (sname, prob) in enumerate(stages, start=1):
            rows.append({
                "pipeline_id": str(pid), "pipeline_name": pname,
                "stage_id": str(pid * 100 + order), "stage_name": sname,
                "stage_order": str(order), "probability": str(prob),
                "is_won": "TRUE" if prob == 100 else "FALSE",
                "is_lost": "TRUE" if prob == 0 else "FALSE",
            })
    return pl.DataFrame(rows)


def make_deals(rng: np.random.Generator, n: int, companies: pl.DataFrame, contacts: pl.DataFrame,
               user_emails: list[str]) -> pl.DataFrame:
    nc = companies.height
    co = rng.integers(0, nc, n)
    co_id = companies["company_id"].gather(pl.Series(co, dtype=pl.UInt32))
    co_name = companies["name"].gather(pl.Series(co, dtype=pl.UInt32))
    orphan = rng.random(n) < 0.015
    co_id = where(orphan, pl.Series((ID_BASE["companies"] + 60_000_000
                                      + rng.integers(0, 10**6, n)).astype(str)), co_id)
    co_id = blank(co_id, rng.random(n) < 0.03)
    ct = contacts["contact_id"].gather(pl.Series(rng.integers(0, contacts.height, n),
                                                 dtype=pl.UInt32))
    pidx = rng.choice(len(PIPELINES), n, p=[0.6, 0.25, 0.15])
    nst = np.array([len(p[2]) for p in PIPELINES])[pidx]
    sord = (rng.random(n) * nst).astype(np.int64) + 1
    pid = pidx + 1
    created, updated = created_updated(rng, n)
    close = timestamps(created + rng.integers(-10 * 86400, 300 * 86400, n), "%m/%d/%Y")
    value = pl.Series(np.round(rng.lognormal(9.8, 1.3, n), 2)).cast(pl.Utf8)
    return pl.DataFrame({
        "deal_id": id_series("deals", n),
        "name": pl.DataFrame({"c": co_name, "p": choice(rng, PRODUCTS, n)}).select(
            pl.format("{} - {}", "c", "p")).to_series(),
        "value": blank(value, rng.random(n) < 0.03),
        "currency": choice(rng, CURRENCIES, n),
        "close_date": blank(close, rng.random(n) < 0.02),
        "pipeline_id": pl.Series(pid).cast(pl.Utf8),
        "stage_id": pl.Series(pid * 100 + sord).cast(pl.Utf8),
        "company_id": co_id,
        "contact_id": blank(ct, rng.random(n) < 0.2),
        "owner_email": _owners(rng, user_emails, n),
        "created_at": timestamps(created),
        "updated_at": timestamps(updated),
        "cf_deal_type": choice(rng, DEAL_TYPES, n),
    })


