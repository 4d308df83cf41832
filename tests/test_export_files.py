"""The load reads attachments through the export's file list alone (``export_files``): the
same sizes, bytes and refusals as the export read whole, without parsing its tables."""

from __future__ import annotations

import zipfile
from pathlib import Path

from d365migrate.intake.read import export_files, read_export


def make(folder: Path) -> Path:
    (folder / "files").mkdir(parents=True)
    (folder / "companies.csv").write_text("company_id,name\nC1,Acme\n", encoding="utf-8")
    (folder / "files" / "a.bin").write_bytes(bytes(range(256)) * 4)
    (folder.parent / "outside.txt").write_text("secret", encoding="utf-8")
    return folder


def test_a_folder_export_gives_the_same_files_without_reading_tables(tmp_path: Path) -> None:
    root = make(tmp_path / "export")
    light, whole = export_files(root), read_export(root)
    assert light.files == whole.files and not light.tables
    assert light.file_size("files/a.bin") == 1024
    assert light.read_bytes("./files/a.bin") == whole.read_bytes("files/a.bin")
    assert light.read_bytes("../outside.txt") is None and light.file_size("/etc/passwd") is None
    assert any("refused" in p.problem for p in light.problems)


def test_a_zip_export_gives_its_members(tmp_path: Path) -> None:
    root = make(tmp_path / "export")
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in root.rglob("*"):
            if f.is_file():
                zf.write(f, f"export/{f.relative_to(root)}")
    light = export_files(archive)
    assert light.file_size("files/a.bin") == 1024
    assert light.read_bytes("files/a.bin") == (root / "files" / "a.bin").read_bytes()
    assert light.read_bytes("../outside.txt") is None
