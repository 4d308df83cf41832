"""SuiteCRM's demo data exported by a user whose language is not English: the same records as
suitecrm-demo (its convert.py draws them, unchanged), each module written as SuiteCRM's
list-view Export writes it for that user: every column headed by translateForExport's label
in the user's language, every dropdown value by its label in that language.

    python suitecrm_labelled_exports.py LANG SUITECRM_GIT COMMIT PACK_GIT PACK_COMMIT PREFIX OUT

LANG is the pack's language id (fr_FR, pt_PT); PACK_GIT/PACK_COMMIT the git directory and
commit of a repository holding SuiteCRM's language files for LANG under PREFIX ("" when the
files sit at the repository's root as SuiteCRM lays them out); only LANG's strings files of
include/language, include/SugarObjects and the ten modules are read. SuiteCRM's language loading
(return_application_language, return_module_language, sugarLangArrayMerge) starts from
en_us and lays the user's language over it, key by key and, for a dropdown, option by option:
a string the pack lacks stays English. The same is done here for the application strings, the
dropdowns, the SugarObjects templates' strings and each module's strings. Needs PHP 8 as
suitecrm-demo/convert.py does. Ours: see each export's SOURCE.md.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("suitecrm_demo_convert",
                                               HERE / "suitecrm-demo" / "convert.py")
demo = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(demo)

# sugarLangArrayMerge (include/utils.php), and the en_us-then-LANG loading of each file
OVERLAY = r"""
function k91_merge($gimp, $dom) {
    foreach ((array)$dom as $k => $v) {
        if (isset($gimp[$k]) && is_array($v) && is_array($gimp[$k])) {
            $t = $v;
            foreach ($gimp[$k] as $gk => $gv) { if (!isset($t[$gk])) { $t[$gk] = $gv; } }
            $gimp[$k] = $t;
        } else { $gimp[$k] = $v; }
    }
    return $gimp;
}
function k91_lang_path($en_path) {
    $lang = getenv('K91_LANG');
    $p = getenv('K91_PACK') . '/' . str_replace('en_us.lang.php', "$lang.lang.php", $en_path);
    return file_exists($p) ? $p : null;
}
"""

APP = r"""require 'include/language/en_us.lang.php';
$k91_app = $app_strings; $k91_als = $app_list_strings;
if ($k91_p = k91_lang_path('include/language/en_us.lang.php')) {
    $app_strings = array(); $app_list_strings = array();
    require $k91_p;
    $app_strings = k91_merge($k91_app, $app_strings);
    $app_list_strings = k91_merge($k91_als, $app_list_strings);
}
"""

MOD_TEMPLATE = r"""if (file_exists($lp)) {
                $object_name = $object; $module_name = $module; require $lp;
                if ($k91_p = k91_lang_path($lp)) { $k91_m = $mod_strings; $mod_strings = array();
                    require $k91_p; $mod_strings = k91_merge($k91_m, $mod_strings); } }"""

MOD = r"""require "modules/$module/language/en_us.lang.php";
    if ($k91_p = k91_lang_path("modules/$module/language/en_us.lang.php")) {
        $k91_m = $mod_strings; $mod_strings = array();
        require $k91_p; $mod_strings = k91_merge($k91_m, $mod_strings);
    }"""


def labels_script() -> str:
    """suitecrm-demo's LABELS script with the user's language laid over each strings file;
    it also prints the merged dropdowns (the export writes an enum by its label in them)."""
    s = demo.LABELS
    parts = [
        ("require 'include/language/en_us.lang.php';\n", APP),
        ("if (file_exists($lp)) { $object_name = $object; $module_name = $module; require $lp; }",
         MOD_TEMPLATE),
        ('require "modules/$module/language/en_us.lang.php";', MOD),
        ("echo json_encode($out,",
         "$out['_app_list_strings'] = $app_list_strings;\necho json_encode($out,"),
    ]
    for old, new in parts:
        assert s.count(old) == 1, old
        s = s.replace(old, new)
    return s.replace("define('sugarEntry', true);", "define('sugarEntry', true);" + OVERLAY, 1)


def main(lang: str, git: str, commit: str, pack_git: str, pack_commit: str, prefix: str,
         out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pack = Path(tmp)
        root = f"{prefix.strip('/')}/" if prefix else ""
        wanted = [f"{root}{p}" for p in ("include/language", "include/SugarObjects",
                                          *(f"modules/{m}/language" for m in demo.MODULES))]
        listed = subprocess.check_output(["git", "--git-dir", pack_git, "ls-tree", "-r",
                                          "--name-only", pack_commit, *wanted], text=True)
        files = [f for f in listed.split() if f.endswith(f"{lang}.lang.php")]
        tar = subprocess.check_output(["git", "--git-dir", pack_git, "archive", pack_commit,
                                       *files])
        subprocess.run(["tar", "-x", "-C", str(pack)], input=tar, check=True)
        os.environ["K91_PACK"] = str(pack / prefix) if prefix else str(pack)
        os.environ["K91_LANG"] = lang
        demo.LABELS = labels_script()
        run = demo._run

        def _run(g: str, c: str) -> tuple[dict, dict, dict]:
            seed, orders, fields = run(g, c)
            seed["app_list_strings"] = fields.pop("_app_list_strings")
            return seed, orders, fields

        demo._run = _run
        demo.main(git, commit, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6],
         Path(sys.argv[7]))
