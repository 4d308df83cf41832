"""A header that names its form's section first: YetiForce's 'Adres główny::Ulica'.

YetiForce CRM's list view Export heads every column with the block of the record's form the
field stands in, two colons, then the field's label ('Informacje o kontakcie::Mail
podstawowy': the contact block's primary e-mail). The section says where the field is shown,
not what it holds, so discovery and the map read the field's label; only where two sections
hold the same label (the main and the correspondence address's 'Ulica') does the section
tell them apart, the way a reader tells a repeated header apart: the label in the second
section reads as '<label>_2' (the second address, mapping/repeated_addresses.py), in the
third as '<label>_3'. Only a header with words on both sides of the colons is read so
('::Name' is not), and the map renames a file's headers only where most of them are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["section_names", "without_section"]

#: 'Adres główny::Ulica': a section's words, two colons, a field's label (words, any script).
_SECTION = re.compile(r"^\s*([^:\W\d][^:]*?)\s*::\s*([^:\s][^:]*?)\s*$")


def without_section(name: str) -> str:
    """The field's label of a sectioned header ('Adres główny::Ulica' -> 'Ulica'); the name
    itself when it names no section."""
    m = _SECTION.match(name)
    return m.group(2) if m else name


def section_names(columns: Sequence[str]) -> dict[str, str]:
    """Each sectioned header of a file -> the name it is read by: its field's label, or
    '<label>_<n>' where the label stood in an earlier section already (module docstring).
    Empty unless most of the file's headers name a section: a lone '::' is no layout."""
    parts = {c: m.groups() for c in columns if (m := _SECTION.match(c))}
    if len(parts) < 2 or 2 * len(parts) < len(columns):
        return {}
    taken = {c for c in columns if c not in parts}
    sections: dict[str, list[str]] = {}   # a label -> the sections it stood in, in order
    out: dict[str, str] = {}
    for col, (section, label) in parts.items():
        seen = sections.setdefault(label, [])
        if section not in seen:
            seen.append(section)
        n = seen.index(section) + 1
        name = label if n == 1 else f"{label}_{n}"
        while name in taken:   # the export's own 'Informacje dodatkowe_2' keeps its name
            n += 1
            name = f"{label}_{n}"
        taken.add(name)
        out[col] = name
    return out
