"""Duplicate detection for the profile: exact rows, reused keys, likely duplicates.

Exact and rule-based duplicates (same email, same name at the same company domain, same
account name or domain) are polars group-bys; near-identical names are scored inside small
blocks with rapidfuzz's batched scorer, so a 1M-contact export is checked in seconds.
Each rule adds a summary row, sample pairs for review, and a finding when it matters.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.intake.discover import ObjectInfo, col_norm
from d365migrate.intake.values import EMAIL

__all__ = ["MAX_BLOCK", "MAX_PAIRS", "duplicates", "find_column", "finding"]

_FREEMAIL = {"gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "gmx.de", "wp.pl",
             "qq.com", "icloud.com", "aol.com", "live.com", "web.de", "mail.ru", "proton.me"}
_PERSON_KINDS = {"contact", "lead", "user"}
MAX_PAIRS = 5000
MAX_BLOCK = 300


def finding(severity: str, obj: ObjectInfo | None, column: str | None, text: str,
             affected: int, total: int, fix: str, examples: str = "") -> dict[str, Any]:
    """One row of the profile's findings table."""
    return {"severity": severity, "object": obj.name if obj else None,
            "source": obj.source if obj else None, "column": column, "finding": text,
            "affected": int(affected), "rows": int(total),
            "share": round(affected / total, 4) if total else 0.0,
            "recommendation": fix, "examples": examples}


def _norm_text(e: pl.Expr) -> pl.Expr:
    return (e.str.normalize("NFKD").str.replace_all(r"\p{M}", "").str.to_lowercase()
            .str.replace_all(r"[^\p{L}\p{N}@.\s]", " ").str.replace_all(r"\s+", " ")
            .str.strip_chars())


def find_column(cols: list[str], *names: str) -> str | None:
    m = {col_norm(c): c for c in cols}
    return next((m[n] for n in names if n in m), None)


def _pairs_from_groups(base: pl.DataFrame, key: str, rule: str,
                       source: str) -> tuple[int, pl.DataFrame]:
    """Rows sharing `key` (beyond the first of each group) and sample pairs."""
    g = base.filter(pl.col(key).is_not_null() & (pl.col(key) != ""))
    dup = g.filter(pl.col(key).is_duplicated())
    if dup.height == 0:
        return 0, pl.DataFrame()
    groups = dup.group_by(key).agg(pl.col("_id").alias("ids"), pl.col("_label").first())
    extra = dup.height - groups.height
    sample = groups.head(MAX_PAIRS).select(
        pl.lit(source).alias("source"), pl.lit(rule).alias("rule"),
        pl.col("ids").list.get(0).cast(pl.Utf8).alias("id_a"),
        pl.col("ids").list.get(1).cast(pl.Utf8).alias("id_b"),
        pl.col("_label").alias("value_a"), pl.col("_label").alias("value_b"),
        pl.lit(100.0).alias("score"), pl.col("ids").list.len().alias("group_size"))
    return extra, sample


def _fuzzy_pairs(base: pl.DataFrame, block: str, text: str, rule: str, source: str,
                 cutoff: float, extra_check: str | None = None
                 ) -> tuple[int, pl.DataFrame, int]:
    """Near-duplicate pairs inside blocks, scored by rapidfuzz in one batched call."""
    from rapidfuzz import fuzz, process

    u = (base.filter(pl.col(block).is_not_null() & pl.col(text).is_not_null())
         .unique(subset=[block, text], keep="first", maintain_order=True))
    sizes = u.group_by(block).len()
    skipped = int(sizes.filter(pl.col("len") > MAX_BLOCK)["len"].sum())
    keep = sizes.filter((pl.col("len") > 1) & (pl.col("len") <= MAX_BLOCK))[block]
    u = u.filter(pl.col(block).is_in(keep.implode()))
    if u.height == 0:
        return 0, pl.DataFrame(), skipped
    cols = [block, text, "_id", "_label"] + ([extra_check] if extra_check else [])
    a = u.select(cols)
    pairs = a.join(a, on=block, suffix="_b").filter(pl.col(text) < pl.col(f"{text}_b"))
    if pairs.height == 0:
        return 0, pl.DataFrame(), skipped
    scores = process.cpdist(pairs[text].to_list(), pairs[f"{text}_b"].to_list(),
                            scorer=fuzz.ratio, workers=-1)
    pairs = pairs.with_columns(pl.Series("score", scores, dtype=pl.Float64))
    pairs = pairs.filter(pl.col("score") >= cutoff)
    # Names that differ only in digits are different records (Acme 12 vs Acme 13).
    pairs = pairs.filter(pl.col(text).str.replace_all(r"\D", "")
                         == pl.col(f"{text}_b").str.replace_all(r"\D", ""))
    if extra_check and pairs.height:
        e_scores = process.cpdist(pairs[extra_check].fill_null("").to_list(),
                                  pairs[f"{extra_check}_b"].fill_null("").to_list(),
                                  scorer=fuzz.ratio, workers=-1)
        pairs = pairs.with_columns(pl.Series("_e", e_scores, dtype=pl.Float64)).filter(
            pl.col("_e") >= 85).drop("_e")
    out = pairs.head(MAX_PAIRS).select(
        pl.lit(source).alias("source"), pl.lit(rule).alias("rule"),
        pl.col("_id").cast(pl.Utf8).alias("id_a"), pl.col("_id_b").cast(pl.Utf8).alias("id_b"),
        pl.col("_label").alias("value_a"), pl.col("_label_b").alias("value_b"),
        pl.col("score").round(1), pl.lit(2, dtype=pl.UInt32).alias("group_size"))
    return pairs.height, out, skipped


def duplicates(obj: ObjectInfo, df: pl.DataFrame,
                findings: list[dict[str, Any]]) -> tuple[list[dict[str, Any]],
                                                         list[pl.DataFrame]]:
    n = df.height
    summary: list[dict[str, Any]] = []
    pairs: list[pl.DataFrame] = []

    def add(rule: str, count: int, extra: dict[str, Any] | None = None) -> None:
        summary.append({"object": obj.name, "source": obj.source, "rule": rule,
                        "records": int(count), "share": round(count / n, 4) if n else 0.0,
                        **(extra or {})})

    uniq = df.unique(maintain_order=True) if n else df
    exact = n - uniq.height
    add("exact_row", exact)
    if exact:
        findings.append(finding("medium", obj, None, f"{exact:,} exact duplicate row(s)",
                                 exact, n, "drop exact copies in staging (keep one)"))
    pk = obj.primary_key
    if pk and obj.name not in {"pipeline", "custom_field"}:
        nn = df[pk].drop_nulls()
        dup_keys = nn.len() - nn.n_unique()
        add("duplicate_key", dup_keys)
        if dup_keys > exact:
            findings.append(finding(
                "blocker", obj, pk, f"{dup_keys - exact:,} primary key value(s) reused by "
                "different rows", dup_keys - exact, n,
                "keys must be unique for upsert/alternate keys; ask the customer which row "
                "wins"))
    df = uniq  # duplicate rules below look at distinct rows only
    cols = df.columns
    ident = pl.col(pk).cast(pl.Utf8) if pk else pl.int_range(pl.len()).cast(pl.Utf8)
    if obj.name in _PERSON_KINDS:
        first = find_column(cols, "firstname", "givenname")
        last = find_column(cols, "lastname", "surname", "familyname")
        full = find_column(cols, "name", "fullname")
        email = find_column(cols, "email", "emailaddress", "email1")
        if not (email or first or full):
            return summary, pairs
        # a people file of emails alone (a mailing list's members) has no name to compare
        name_col = full or first
        name_expr = (pl.concat_str([pl.col(first).fill_null(""), pl.lit(" "),
                                    pl.col(last).fill_null("")]) if first and last
                     else pl.col(name_col) if name_col else pl.lit(None, dtype=pl.Utf8))
        email_n = (pl.col(email).str.strip_chars().str.to_lowercase() if email
                   else pl.lit(None, dtype=pl.Utf8))
        base = df.select(
            ident.alias("_id"),
            _norm_text(name_expr).alias("name_n"),
            pl.when(email_n.str.contains(EMAIL)).then(email_n).alias("email_n"),
            email_n.str.extract(r"@(.+)$").alias("domain"),
            pl.concat_str([name_expr.fill_null(""), pl.lit(" <"),
                           (pl.col(email) if email else pl.lit("")).fill_null(""),
                           pl.lit(">")]).alias("_label"))
        if email:
            cnt, p = _pairs_from_groups(base, "email_n", "same_email", obj.source)
            add("same_email", cnt)
            pairs.append(p)
        base = base.with_columns(
            pl.when(pl.col("domain").is_in(list(_FREEMAIL))).then(None)
            .otherwise(pl.col("domain")).alias("corp_domain"))
        base = base.with_columns(
            pl.concat_str([pl.col("name_n"), pl.lit("|"), pl.col("corp_domain")])
            .alias("name_domain"),
            pl.concat_str([pl.col("domain").fill_null(""), pl.lit("|"),
                           pl.col("name_n").str.slice(0, 1),
                           pl.col("name_n").str.extract(r" (\S)", 1).fill_null("")])
            .alias("block"))
        cnt, p = _pairs_from_groups(base, "name_domain", "same_name_same_company_domain",
                                    obj.source)
        add("same_name_same_company_domain", cnt)
        pairs.append(p)
        cnt, p, skipped = _fuzzy_pairs(base, "block", "name_n", "fuzzy_name", obj.source, 90,
                                       extra_check="email_n")
        add("fuzzy_name", cnt, {"skipped_in_large_blocks": skipped})
        pairs.append(p)
        likely = sum(s["records"] for s in summary if s["rule"] in
                     {"same_email", "same_name_same_company_domain", "fuzzy_name"})
        if likely:
            findings.append(finding(
                "medium", obj, email, f"{likely:,} likely duplicate record(s) (same email, "
                "same name at the same company, or near-identical names)", likely, n,
                "merge in staging or enable Dynamics 365 duplicate detection rules before "
                "the load; review duplicate_pairs"))
    elif obj.name == "account":
        name = find_column(cols, "name", "accountname", "companyname")
        dom = find_column(cols, "domain", "website")
        if not name:
            return summary, pairs
        base = df.select(
            ident.alias("_id"), _norm_text(pl.col(name)).alias("name_n"),
            (pl.col(dom).str.strip_chars().str.to_lowercase().str.replace(r"^[a-z]+://", "")
             .str.replace(r"^www\.", "").str.replace(r"/.*$", "") if dom
             else pl.lit(None, dtype=pl.Utf8)).alias("domain_n"),
            pl.col(name).alias("_label"))
        cnt, p = _pairs_from_groups(base, "name_n", "same_name", obj.source)
        add("same_name", cnt)
        pairs.append(p)
        if dom:
            cnt, p = _pairs_from_groups(base, "domain_n", "same_domain", obj.source)
            add("same_domain", cnt)
            pairs.append(p)
        # block: first word + initial of the second + the digits (which must match anyway)
        base = base.with_columns(pl.concat_str([
            pl.col("name_n").str.extract(r"^(\S+)", 1).fill_null(""), pl.lit("|"),
            pl.col("name_n").str.extract(r"^\S+ (\S)", 1).fill_null(""), pl.lit("|"),
            pl.col("name_n").str.replace_all(r"\D", "")]).alias("block"))
        cnt, p, skipped = _fuzzy_pairs(base, "block", "name_n", "fuzzy_name", obj.source, 92)
        add("fuzzy_name", cnt, {"skipped_in_large_blocks": skipped})
        pairs.append(p)
        likely = sum(s["records"] for s in summary if s["rule"] in
                     {"same_name", "same_domain", "fuzzy_name"})
        if likely:
            findings.append(finding(
                "high", obj, name, f"{likely:,} likely duplicate account(s) (same name, same "
                "domain or near-identical names)", likely, n,
                "merge before the load: contacts and deals would otherwise split across "
                "copies; review duplicate_pairs"))
    return summary, pairs
