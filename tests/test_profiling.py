"""Profiling finds what will hurt the load, and the scope document is self-contained."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.discover import Discovery, discover
from d365migrate.intake.profile import Profile, profile_charts, profile_export
from d365migrate.intake.read import Export, read_export
from d365migrate.report.scope import build_estimate, complexity_grade, render_scope_html


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Export, Discovery, Profile]:
    root = tmp_path_factory.mktemp("sd")
    write_sample_export(root, seed=21)
    export = read_export(root)
    disc = discover(export)
    return export, disc, profile_export(export, disc)


def _finding(profile: Profile, pattern: str) -> dict:
    hits = profile.findings.filter(pl.col("finding").str.contains(pattern))
    assert hits.height, f"no finding matching {pattern!r}:\n{profile.findings}"
    return hits.row(0, named=True)


def test_column_profile(run: tuple[Export, Discovery, Profile]) -> None:
    _, _, prof = run
    cols = prof.columns
    email = cols.filter((pl.col("source") == "contacts") & (pl.col("column") == "email")).row(
        0, named=True)
    assert email["type"] == "email" and email["invalid"] > 0 and email["nulls"] > 0
    assert email["invalid_rule"] == "invalid email"
    created = cols.filter((pl.col("source") == "contacts")
                          & (pl.col("column") == "created_at")).row(0, named=True)
    assert created["min"].startswith("20") and created["min"] < created["max"]
    assert created["pattern"].startswith("9999-99-99A99:99:99A")
    stage = cols.filter((pl.col("source") == "contacts")
                        & (pl.col("column") == "lifecycle_stage")).row(0, named=True)
    assert stage["top_values"].count("(") == 5
    assert set(prof.objects["source"]) == set(run[0].tables)


def test_findings_are_ranked_by_effect(run: tuple[Export, Discovery, Profile]) -> None:
    _, _, prof = run
    f = prof.findings
    assert f["rank"].to_list() == list(range(1, f.height + 1))
    order = {"blocker": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
    sev = [order[s] for s in f["severity"]]
    assert sev == sorted(sev)
    missing = _finding(prof, "not in the users export")
    assert missing["severity"] == "blocker" and missing["rank"] == 1
    assert _finding(prof, "disabled user")["severity"] == "high"
    assert _finding(prof, "above the 5 MB")["affected"] == 3
    assert _finding(prof, "listed but missing")["affected"] == 1
    assert _finding(prof, "invalid email")["severity"] == "high"
    assert _finding(prof, "missing companies.company_id")["affected"] > 0


def test_duplicates_and_orphans(run: tuple[Export, Discovery, Profile]) -> None:
    _, _, prof = run
    d = {(r["source"], r["rule"]): r["records"] for r in prof.duplicates.iter_rows(named=True)}
    assert d[("contacts", "exact_row")] > 0
    assert d[("contacts", "same_email")] > 0
    assert d[("companies", "same_name")] > 0  # case/whitespace variants
    pairs = prof.duplicate_pairs
    assert {"source", "rule", "id_a", "id_b", "score"} <= set(pairs.columns)
    orph = {r["relationship"]: r for r in prof.orphans.iter_rows(named=True)}
    assert orph["contacts.company_id"]["orphans"] > 0
    assert orph["deals.stage_id"]["orphans"] == 0
    assert orph["notes.parent_id[contact]"]["orphans"] == 0
    owners = prof.owners
    assert owners.filter(~pl.col("in_users")).height == 3
    assert prof.attachments["over_limit"] == 3 and prof.attachments["missing"] == 1


def test_fuzzy_duplicates_with_typos(tmp_path: Path) -> None:
    rows = ["contact_id,first_name,last_name,email,company_id"]
    for i in range(200):
        rows.append(f"{i},Person{i % 50}x,Family{i},p{i}@corp{i % 7}.com,")
    rows += ["900,Katarzyna,Nowakowska,k.nowakowska@acme.pl,",
             "901,Katarzyna,Nowakowski,k.nowakowska@acme.pl ,",
             "902,Jonathan,Smith,jonathan.smith@globex.com,",
             "903,Jonathon,Smith,jonathon.smith@globex.com,"]
    (tmp_path / "contacts.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    export = read_export(tmp_path)
    prof = profile_export(export, discover(export))
    fuzzy = prof.duplicate_pairs.filter(pl.col("rule") == "fuzzy_name")
    ids = {frozenset((a, b)) for a, b in fuzzy.select("id_a", "id_b").iter_rows()}
    assert frozenset(("902", "903")) in ids
    assert frozenset(("900", "901")) in ids or prof.duplicates.filter(
        pl.col("rule") == "same_email")["records"].sum() >= 1


def test_charts(run: tuple[Export, Discovery, Profile]) -> None:
    charts = profile_charts(run[2])
    assert {"volumes", "findings", "fill_rate"} <= set(charts)
    for svg in charts.values():  # inline SVG: no script, no link, no image file
        assert svg.startswith("<svg class='chart' role='img'") and svg.endswith("</svg>")
        assert "<script" not in svg and "href" not in svg and "<image" not in svg
    volumes = run[2].objects.sort("rows", descending=True)
    first = f"{volumes['source'][0]} ({volumes['object'][0].replace('_', ' ')})"
    assert f">{first}</text>" in charts["volumes"]  # the largest file's bar comes first
    assert charts["volumes"].index(first) < charts["volumes"].index(
        f"{volumes['source'][-1]} ({volumes['object'][-1].replace('_', ' ')})")


def test_the_scope_document_and_notebook_01_show_the_same_charts(
        run: tuple[Export, Discovery, Profile]) -> None:
    from d365migrate.report import scope

    _, disc, prof = run
    html = render_scope_html(disc, prof)
    images = scope.chart_images(prof)  # what notebook 01 shows, after the step wrote the scope
    assert {"volumes", "findings"} <= set(images)
    for svg in images.values():
        assert svg in html  # as it is, not escaped


def test_grade_and_estimate(run: tuple[Export, Discovery, Profile]) -> None:
    _, disc, prof = run
    grade = complexity_grade(disc, prof)
    assert grade["grade"] == "B" and grade["timeline"] == "4-8 weeks"
    assert sum(r["points"] for r in grade["rules"]) == grade["points"]
    est = build_estimate(disc, prof)
    assert est["requests"] >= 30  # attachments go one request each
    assert 0 < est["load_hours"] < 1
    big = build_estimate(disc, prof, {"ms_per_record": 150.0})
    assert big["load_hours"] > est["load_hours"]
    # the loader's own model: every record counts against the daily entitlement
    records = sum(p["records"] for p in est["per_object"])
    assert est["entitlement_requests"] > records > est["requests"]


def test_scope_html_is_self_contained(run: tuple[Export, Discovery, Profile]) -> None:
    _, disc, prof = run
    html = render_scope_html(disc, prof, None, customer="Acme <GmbH>")
    assert html.startswith("<!DOCTYPE html>")
    assert "Acme &lt;GmbH&gt;" in html  # escaped
    assert not re.search(r"""(src|href)=["'](https?:)?//""", html)
    assert "<script" not in html and "@import" not in html
    assert html.count("<svg class='chart'") >= 3
    for text in ("cf_interests", "Closed Won", "Power Automate cloud flows",
                 "Customer Insights - Journeys", "email templates", "Stale deal reminder",
                 "former.rep@smartdesk-customer.com", "4-8 weeks"):
        assert text in html, text
    custom = render_scope_html(disc, prof, {"load_hours": 42.5, "requests": 7})
    assert "42.5" in custom


def test_scope_says_how_many_application_users_the_window_needs(
        run: tuple[Export, Discovery, Profile]) -> None:
    _, disc, prof = run
    est = build_estimate(disc, prof)
    assert est["identities"]["identities"] == 1  # a small export fits a weekend with one
    tight = build_estimate(disc, prof, {"load_window_hours": est["load_hours"] / 2.5})
    ids = tight["identities"]
    n = ids["identities"]
    window_s = ids["window_hours"] * 3600
    assert n >= 2 and ids["seconds"] <= window_s  # n users fit the window ...
    assert ids["seconds"] * n / (n - 1) > window_s  # ... and one fewer would not
    html = render_scope_html(disc, prof, tight)
    assert f"<b>{n} application users</b>" in html and "More computers would not" in html
    starved = build_estimate(disc, prof, {"licences": 0, "ms_per_record": 0.0,
                                          "load_window_hours": 1})
    assert starved["identities"]["entitlement_per_day"] == 500_000


def test_scope_says_campaigns_load_when_asked(run: tuple[Export, Discovery, Profile]) -> None:
    """The sample's campaigns file is Campaign records when the parameters ask for them; the
    scope document said only "not migrated - rebuild"."""
    import html as html_lib

    from d365migrate.report.scope import CAMPAIGN_TARGET

    _, disc, prof = run
    assert any(o.name == "campaign" and o.rows for o in disc.objects)
    page = html_lib.unescape(render_scope_html(disc, prof))
    assert CAMPAIGN_TARGET in page and "Item in the export" in page


def test_a_bad_line_is_named_once(tmp_path: Path) -> None:
    # the reader's own text already says "line 3: ..."; the finding must not say it twice
    rows = ["contact_id,first_name,email", "1,Ann,ann@corp.com", "2,Bob,bob@corp.com,extra,more",
            "3,Cid,cid@corp.com"]
    (tmp_path / "contacts.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    export = read_export(tmp_path)
    texts = [f["finding"] for f in profile_export(export, discover(export)).findings.to_dicts()
             if f["source"] == "contacts.csv" and "fields, expected" in f["finding"]]
    assert texts and all(t.startswith("line 3: ") and t.count("line 3") == 1 for t in texts)
