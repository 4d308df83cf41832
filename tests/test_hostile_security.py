"""Security of intake and outputs (issue 16): nothing read outside the export, no formula
reaches a CSV/XLSX unescaped, no secret in a parameters file, no unbounded expansion."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.discover import discover, write_discovery
from d365migrate.intake.profile import profile_export
from d365migrate.intake.read import ExportError, read_export
from d365migrate.report.safe_files import (
    neutralise,
    read_csv,
    restore,
    write_csv,
    write_xlsx,
)
from d365migrate.run.parameters import Parameters, ParametersError, load_parameters

ROOT = Path(__file__).resolve().parents[1]
SECRET = "TOP-SECRET-55aa-outside-the-export"
FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)"]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sample") / "export"
    write_sample_export(out, seed=7, scale=0.2)
    return out


# --------------------------------------------------------------------------- links and paths

def test_a_symlink_out_of_the_export_is_refused_and_its_content_appears_nowhere(
        sample: Path, tmp_path: Path) -> None:
    import shutil

    export = tmp_path / "export"
    shutil.copytree(sample, export)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "notes.csv").write_text(
        f"note_id,parent_type,parent_id,body,author_email,created_at\n1,company,1,{SECRET},"
        "a@b.c,2024-01-01T00:00:00Z\n")
    (export / "notes.csv").unlink()
    (export / "notes.csv").symlink_to(outside / "notes.csv")
    (export / "linked").symlink_to(outside, target_is_directory=True)
    exp = read_export(export)
    assert "notes" not in exp.tables
    refused = {p.file for p in exp.problems if "outside the export" in p.problem}
    assert refused == {"notes.csv", "linked"}
    assert "companies" in exp.tables  # the rest of the export still reads
    disc = discover(exp)
    out = write_discovery(disc, tmp_path / "discovery.json") or tmp_path / "discovery.json"
    profile = profile_export(exp, disc)
    text = Path(out).read_text() + repr(profile) + "".join(
        df.write_csv() for df in exp.tables.values())
    assert SECRET not in text


def test_attachment_paths_never_leave_the_export(sample: Path, tmp_path: Path) -> None:
    import shutil

    export = tmp_path / "export"
    shutil.copytree(sample, export)
    (tmp_path / "secret.txt").write_text(SECRET)
    exp = read_export(export)
    for rel in ("../secret.txt", str(tmp_path / "secret.txt"), "attachments/../../secret.txt",
                "C:\\Windows\\win.ini"):
        assert exp.read_bytes(rel) is None and exp.file_size(rel) is None
    assert sum("attachment path refused" in p.problem for p in exp.problems) == 4
    rel = exp.tables["attachments"]["path"][0]
    assert exp.read_bytes(rel) and exp.file_size(rel)  # inside paths still read


def test_zip_members_that_leave_the_export_are_refused(tmp_path: Path) -> None:
    z = tmp_path / "e.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("companies.csv", "company_id,name\n1,Acme\n")
        zf.writestr("../up.csv", f"a\n{SECRET}\n")
        zf.writestr("/abs.csv", f"a\n{SECRET}\n")
        info = zipfile.ZipInfo("link.csv")
        info.create_system, info.external_attr = 3, (0o120777 << 16)
        zf.writestr(info, "/etc/passwd")
    exp = read_export(z)
    assert list(exp.tables) == ["companies"]
    assert {p.file for p in exp.problems} == {"e.zip:../up.csv", "e.zip:/abs.csv",
                                              "e.zip:link.csv"}
    assert not any(SECRET in df.write_csv() for df in exp.tables.values())


def test_missing_or_empty_export_is_a_named_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        read_export(tmp_path / "nope")
    with pytest.raises(ExportError, match="no table files"):
        read_export(tmp_path)


# --------------------------------------------------------------------------- expansion

def _peak(code: str) -> dict:
    """Run intake in a fresh interpreter; its time and the peak memory the read added."""
    script = (
        "import json, resource, sys, time\n"
        "from d365migrate.intake.read import read_export, ExportError\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "t = time.time(); out = {}\n"
        f"try:\n    {code}\nexcept ExportError as exc:\n    out['error'] = str(exc)\n"
        "out['seconds'] = time.time() - t\n"
        "out['added_kib'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before\n"
        "print(json.dumps(out))\n")
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def _bomb(path: Path, size: int = 200 << 20) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("companies.csv", "company_id,name\n1,Acme\n")
        info = zipfile.ZipInfo("contacts.csv")
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as fh:
            block = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                fh.write(block)
    return path


@pytest.mark.timeout(120)
def test_a_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    z = _bomb(tmp_path / "bomb.zip")
    assert z.stat().st_size < 1 << 20
    out = _peak(f"exp = read_export({str(z)!r}); out['problems'] = "
                "[p.problem for p in exp.problems]; out['tables'] = list(exp.tables)")
    assert out["tables"] == ["companies"]
    assert any("compression ratio" in p and "zip bomb" in p for p in out["problems"])
    assert out["seconds"] < 5 and out["added_kib"] < 100 * 1024
    # the total declared size is judged from the central directory too
    out = _peak(f"read_export({str(z)!r}, {{'limits': {{'max_total_bytes': 10_000_000}}}})")
    assert "uncompressed" in out["error"] and "bomb.zip" in out["error"]
    assert out["seconds"] < 5 and out["added_kib"] < 100 * 1024


@pytest.mark.timeout(120)
def test_a_huge_header_and_a_huge_field_are_refused_with_bounded_memory(tmp_path: Path
                                                                         ) -> None:
    wide = tmp_path / "wide"
    wide.mkdir()
    (wide / "companies.csv").write_text("company_id,name\n1,Acme\n")
    (wide / "wide.csv").write_text(",".join(f"c{i}" for i in range(1_000_000)) + "\n")
    out = _peak(f"exp = read_export({str(wide)!r}); out['problems'] = "
                "[(p.file, p.problem) for p in exp.problems]")
    assert ["wide.csv", "header has 1,000,000 columns, over the limit of 2,000 "
            "(intake.limits.max_columns); file not read"] in out["problems"]
    assert out["seconds"] < 10 and out["added_kib"] < 300 * 1024
    big = tmp_path / "big"
    big.mkdir()
    (big / "notes.csv").write_text("note_id,body\n1,short\n2,\"" + "x" * (50 << 20)
                                   + "\"\n3,short\n")
    out = _peak(f"exp = read_export({str(big)!r}); g = exp.guesses['notes']; "
                "out['counts'] = [g.rows, g.rows_read, g.unread_lines]; out['problems'] = "
                "[(p.file, p.line, p.problem) for p in exp.problems]")
    assert out["counts"] == [3, 2, [3]]
    assert any(line == 3 and "'body'" in text and "row not read" in text
               for _, line, text in out["problems"])
    assert out["added_kib"] < 1024 * 1024


def test_limits_are_overridable_and_checked(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("a,b,c\n1,2,3\n")
    exp = read_export(tmp_path, {"limits": {"max_columns": 2}})
    assert "t" not in exp.tables and "max_columns" in exp.problems[0].problem
    with pytest.raises(ExportError, match="intake.limits.max_colums: unknown limit"):
        read_export(tmp_path, {"limits": {"max_colums": 2}})
    with pytest.raises(ExportError, match="positive number"):
        read_export(tmp_path, {"limits": {"max_columns": "many"}})


# --------------------------------------------------------------------------- secrets

def _params(tmp_path: Path, extra: str) -> Path:
    f = tmp_path / "p.yml"
    f.write_text("engagement: x\nexport: e\n" + extra)
    return f


SECRET_KEYS = ["client_secret", "password", "passwd", "pwd", "token", "api_key", "apiKey",
               "credential", "credentials", "client_key", "private_key", "connection_string",
               "ConnectionString", "sas", "sas_token", "AccountKey"]


@pytest.mark.parametrize("key", SECRET_KEYS)
def test_a_secret_named_by_its_key_is_refused_without_echoing(tmp_path: Path, key: str
                                                             ) -> None:
    value = "Zq8v-not-shown-3kT"
    with pytest.raises(ParametersError, match=rf"destination\.{key} looks like a secret") as e:
        load_parameters(_params(tmp_path, f"destination:\n  {key}: {value}\n"))
    assert value not in str(e.value) and "p.yml" in str(e.value)


SECRET_SHAPES = {
    "a URL with a password":  # (the value on its own line: a line-based secret scan skips it)
        "https://admin:Hunter2pass@org.crm.dynamics.com",
    "a storage account key": "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc123==",
    "a shared access signature": "Endpoint=sb://x/;SharedAccessKeyName=k;SharedAccessKey=zz",
    "a SAS token": "https://a.blob.core.windows.net/c?sv=2022&sig=AbCdEfGh1234567890%3D",
    "a JSON web token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl",
    "a password in a connection string": "Server=db;User Id=sa;Password=Hunter2;",
    "a long random string under a key named like a key": "q8Zr3LmX0vT7yBn2KcW9pF4s",
}


@pytest.mark.parametrize("what", list(SECRET_SHAPES))
def test_a_secret_recognised_by_its_value_is_refused_without_echoing(tmp_path: Path,
                                                                     what: str) -> None:
    value = SECRET_SHAPES[what]
    key = "app_key" if "key named" in what else "url"
    with pytest.raises(ParametersError, match=re.escape(f"destination.{key} looks like a "
                                                        f"secret ({what})")) as e:
        load_parameters(_params(tmp_path, f"destination:\n  {key}: {json.dumps(value)}\n"))
    assert value not in str(e.value)


def test_ordinary_parameters_are_not_secrets(tmp_path: Path) -> None:
    p = load_parameters(_params(tmp_path, "destination:\n  url: https://org.crm.dynamics.com\n"
                                "mapping:\n  decisions:\n    choices:\n      lead.source:\n"
                                "        Password Reset: 3\n        Token Ring: 4\n"
                                "keys: {primary_key: company_id}\n"))
    assert p.destination_url == "https://org.crm.dynamics.com"


def test_invalid_yaml_does_not_echo_the_line(tmp_path: Path) -> None:
    f = tmp_path / "p.yml"
    f.write_text("engagement: x\nexport: e\nurl: 'https://u:Hunter2pass@h\n  : [\n")
    with pytest.raises(ParametersError, match="not valid YAML") as e:
        load_parameters(f)
    assert "Hunter2pass" not in str(e.value)


def test_public_parameters_never_hold_a_secret(tmp_path: Path) -> None:
    raw = {"engagement": "x", "export": "e",
           "destination": {"url": "https://u:Hunter2pass@org.example", "credential": "abc",
                           "note": SECRET_SHAPES["a JSON web token"]},
           "hosts": ["ok", "https://u:Hunter2pass@h"]}
    p = Parameters(source_file=tmp_path / "p.yml", engagement="x", export=tmp_path,
                   objects=["account"], raw=raw)
    text = json.dumps(p.public())
    assert "Hunter2pass" not in text and "abc" not in text and "eyJ" not in text
    assert p.public()["destination"]["credential"] == "[redacted]"
    assert p.public()["hosts"][0] == "ok"


# --------------------------------------------------------------------------- outputs

def test_safe_writer_neutralises_formulas_and_keeps_numbers(tmp_path: Path) -> None:
    values = [*FORMULAS, "-12.5", "+3", "-", "'=already", "\tx", "\rx", "plain", None]
    df = pl.DataFrame({"value": values, "n": list(range(len(values)))})
    out = write_csv(df, tmp_path / "x.csv")
    cells = [r[0] for r in csv.reader(out.open(encoding="utf-8", newline=""))][1:]
    assert cells[:3] == ["'" + v for v in FORMULAS]
    assert cells[3:5] == ["-12.5", "+3"] and cells[5] == "'-" and cells[6] == "''=already"
    assert read_csv(out, infer_schema=False)["value"].to_list() == values
    assert [restore(neutralise(v)) for v in values] == values
    xlsx = write_xlsx(df, tmp_path / "x.xlsx")
    from openpyxl import load_workbook

    ws = load_workbook(xlsx).active
    col = [c for c in ws["A"]][1:]
    assert all(c.data_type == "s" for c in col if c.value is not None)
    assert [c.value for c in col[:3]] == ["'" + v for v in FORMULAS]


def _unescaped(cell: str) -> bool:
    return bool(cell) and cell[0] in "=+-@\t\r" and not re.fullmatch(
        r"[+-]?(\d+([., ]\d+)*[.,]?\d*|[.,]\d+)([eE][+-]?\d+)?", cell)


@pytest.mark.timeout(600)
def test_no_formula_reaches_any_csv_or_xlsx_of_a_full_run(tmp_path: Path, monkeypatch
                                                          ) -> None:
    from d365migrate.run.runner import run

    export = tmp_path / "export"
    write_sample_export(export, seed=7, scale=0.1)

    def inject(name: str, column: str, values: list[str]) -> None:
        df = pl.read_csv(export / name, infer_schema=False)
        df = df.with_columns(pl.Series(column, values + df[column].to_list()[len(values):]))
        df.write_csv(export / name)

    inject("companies.csv", "name", FORMULAS)
    inject("companies.csv", "owner_email", [f"{v}@evil.example" for v in FORMULAS])
    inject("contacts.csv", "email", FORMULAS)
    inject("contacts.csv", "last_name", FORMULAS)
    inject("custom_fields.csv", "label", FORMULAS)
    (tmp_path / "parameters").mkdir()
    params = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text())
    params.update(engagement="inject", export=str(export), objects=["account", "contact"])
    params.pop("sample_export", None)
    decisions = params["mapping"]["decisions"]
    decisions["choices"] = {k: v for k, v in decisions["choices"].items()
                            if k.startswith(("account.", "contact."))}
    decisions.pop("stages", None)
    pf = tmp_path / "parameters" / "inject.yml"
    pf.write_text(yaml.safe_dump(params))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    try:
        run(pf, progress=False)
    finally:
        written = [p for p in (tmp_path / "runs").rglob("*")
                   if p.suffix in (".csv", ".xlsx") and p.name != "org-users.csv"]
        escaped = 0
        for p in written:
            if p.suffix == ".csv":
                with p.open(encoding="utf-8", newline="") as fh:
                    cells = [c for row in csv.reader(fh) for c in row]
            else:
                from openpyxl import load_workbook

                ws = load_workbook(p).active
                assert all(c.data_type != "f" for r in ws.iter_rows() for c in r), p
                cells = [c.value for r in ws.iter_rows() for c in r
                         if isinstance(c.value, str)]
            bad = [c for c in cells if _unescaped(c)]
            assert not bad, (p, bad[:5])
            escaped += sum(1 for c in cells if any(c.startswith("'" + f[:4]) for f in FORMULAS))
        names = {p.name for p in written}
        assert {"owner_queue.csv", "custom_fields_manifest.xlsx"} <= names, names
        assert escaped, "the injected values reached no output: the test proves nothing"

