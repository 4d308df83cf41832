"""EspoCRM's Excel export for a Hebrew user: ../espocrm_labelled.py, the labels read at two commits.

EspoCRM's Hebrew (he_IL) translation was offered in pull request #19 (commit 76ea0d10, 2014,
never merged): EspoCRM's Language reads a language's files over en_US, so a user of an
installation holding these files gets the Hebrew labels where they exist and the en_US ones
elsewhere. Here en_US is read at the export's commit (as for every sibling) and he_IL at the
pull request's commit; everything else is the shared converter, unchanged.

    python convert.py ESPOCRM_GIT_DIR COMMIT LABELS_COMMIT ../suitecrm-demo .
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import espocrm_labelled as base  # noqa: E402

LANG = "he_IL"


def main(git_dir: str, commit: str, labels_commit: str, demo: Path, out: Path) -> None:
    def language(git_dir: str, _commit: str, lang: str, scope: str) -> dict:
        data: dict = {}
        for code, at in (("en_US", commit), (lang, labels_commit)):
            for pattern in base.I18N:
                data = base._merge(data, base._git_json(git_dir, at,
                                                        pattern.format(lang=code, scope=scope)))
        return data

    base.language = language
    base.build(git_dir, commit, LANG, demo, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4]), Path(sys.argv[5]))
