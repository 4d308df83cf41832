"""FacturaScripts' generated records as its list views' CSV export writes them, in one language.

FacturaScripts (NeoRazorX/facturascripts, LGPL-3.0) keeps no fixed demo records: its
repository's tests make a handful of records named "Test" (Test/Core/Model/*Test.php) or
"Customer Rand <n>" (Test/Traits/RandomDataTrait.php), and its demo data come from the
project's own Randomizer plugin (FacturaScripts/Randomizer, LGPL-3.0), whose Lib/Random/*.php
draw every value with Faker (es_ES). This converter draws the Randomizer's agents, customer
groups, customers (with their bank accounts and contacts), suppliers (the same) and contacts
as its code draws them, with Faker seeded (SEED) and "now" fixed at the pinned commit's time
(NOW), and saves them as FacturaScripts' models would (codes by newCode(), the contact each
customer / supplier / agent makes on insert, Contacto::test()'s description), so the same
files come out every time (SOURCE.md). It needs PHP 8 with Faker (Debian: php-cli,
php-faker 1.20.0; the Randomizer requires fakerphp/faker v1.*).

The files are what FacturaScripts' CSV export (Core/Lib/Export/CSVExport.php) writes for a
list view: the view's visible columns (Core/XMLView/List*.xml, display not "none"), headed
by their titles through Core/Translation/<lang>.json, a UTF-8 BOM, ';' between fields, every
string quoted with '"' (a number or a null unquoted / empty), a string starting with = + - @
prefixed with "'", lines joined by "\\n" (PHP_EOL) without a final one; a select column as
its option's title (a group's name, a country's name from Core/Data/Lang/<EN|ES>/paises.csv
as the installer loads them); rows in the list's default order. Each file is named after
the view's translated title, spaces as "_".

    python convert.py FACTURASCRIPTS_GIT_DIR OUT_DIR --lang en_EN
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import tempfile
from pathlib import Path

COMMIT = "defd68f401d3cbde2823ca669d4e45893ca40eed"  # NeoRazorX/facturascripts, 2026-08-21
SEED = 2026
NOW = "2026-08-21 15:42:17"  # the pinned commit's time (2026-08-21T17:42:17+02:00), in UTC
COUNTS = {"agents": 4, "groups": 3, "customers": 8, "suppliers": 5, "contacts": 5}

# The Randomizer's Lib/Random/{Agentes,GruposClientes,Clientes,Proveedores,Contactos}.php
# and NewItems.php / ComercialContactTrait.php at FacturaScripts/Randomizer ad56135f, their
# Faker and mt_rand calls in the order the code makes them (the database lists they shuffle
# are the installer's defaults: payment methods, retentions, series, VAT regimes, countries);
# then what FacturaScripts' models do on save (Core/Model/{Agente,Cliente,Proveedor,Contacto}.php).
PHP = r"""<?php
require_once '/usr/share/php/Faker/autoload.php';
$in = json_decode(file_get_contents('php://stdin'), true);
// without the mbstring extension: the strings cut and lowered here are ASCII (codes, digits,
// Faker's transliterated e-mails), for which the byte functions give the same result
if (!function_exists('mb_substr')) {
    function mb_substr($s, $start, $len) { return substr($s, $start, $len); }
    function mb_strtolower($s, $enc) { return strtolower($s); }
}
$NOW = $in['now'];
$faker = Faker\Factory::create('es_ES');
$faker->seed($in['seed']);
$payments = range(1, $in['n_payments']); $retentions = range(1, $in['n_retentions']);
$series = range(1, $in['n_series']); $regimes = range(1, $in['n_regimes']);
$countries = $in['countries'];
$agents = []; $groups = []; $customers = []; $suppliers = []; $contacts = [];
$today = substr($NOW, 0, 10);
function cifnif() {
    $number = mb_substr(str_shuffle('0123456789'), 0, mt_rand(8, 9));
    $letter = mb_substr(str_shuffle('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'), 0, 1);
    $letter2 = mb_substr(str_shuffle('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'), 0, 1);
    $separators = ['', ' ', '-', '.', ','];
    shuffle($separators);
    switch (mt_rand(0, 5)) {
        case 0: return '';
        case 1: return $number;
        case 2: return $letter . $separators[0] . $number;
        case 3: return $letter . $separators[0] . $number . $separators[0] . $letter2;
        default: return $number . $separators[0] . $letter;
    }
}
function code($maxlen, $use = '-_.') {
    $size = mt_rand(1, $maxlen);
    $chars = '0123456789abcdefghijklmnopqrstuvwxyz0123456789' . $use;
    $code = mb_substr(str_shuffle($chars), 0, $size);
    switch (mt_rand(0, 5)) {
        case 0:
            $digits = '0123456789012345678901234567890123456789' . $use;
            return mb_substr(str_shuffle($digits), 0, $size);
        case 1: return strtoupper($code);
        default: return $code;
    }
}
function codeOrNull($maxlen) {
    switch (mt_rand(0, 5)) { case 0: case 1: return code($maxlen); default: return null; }
}
function newCode($rows, $field) {           // ModelClass::newCode: 1 + MAX of integer codes
    $max = 0;
    foreach ($rows as $r) {
        if (preg_match('/^-?[0-9]+$/', (string)$r[$field])) { $max = max($max, (int)$r[$field]); }
    }
    return (string)($max + 1);
}
// shuffle, then the odds draw
function pick(&$list, $chance) { shuffle($list); return mt_rand(0, $chance); }
function codagente() { global $agents; $k = array_keys($agents); shuffle($k);
    if (empty($k) || mt_rand(0, 3) === 0) { return null; } return $agents[$k[0]]['codagente']; }
function codgrupo() { global $groups; $k = array_keys($groups); shuffle($k);
    if (empty($k) || mt_rand(0, 2) === 0) { return null; } return $groups[$k[0]]['codgrupo']; }
function codpago() { global $payments; pick($payments, 1); }
function codretencion() { global $retentions; pick($retentions, 2); }
function codserie() { global $series; pick($series, 1); }
function regimenIVA() { global $regimes; shuffle($regimes); }
function codpais() { global $countries; shuffle($countries);
    return mt_rand(0, 3) === 0 ? $countries[0] : 'ESP'; }
function web($f) { $w = $f->optional()->url();
    return strlen($w ?? '') > 100 ? substr($w, 0, 100) : $w; }
function contactData($f, $NOW) {              // Contactos::setContactData
    $c = [];
    $c['aceptaprivacidad'] = $f->boolean(); $c['admitemarketing'] = $f->boolean();
    $c['apartado'] = $f->optional(0.1)->postcode(); $c['apellidos'] = $f->optional(0.9)->lastName();
    $c['cargo'] = $f->optional()->jobTitle(); $c['cifnif'] = cifnif();
    $c['ciudad'] = $f->optional(0.7)->city(); $c['codpais'] = codpais();
    $c['codpostal'] = $f->optional()->postcode(); $c['descripcion'] = $f->optional(0.1)->name();
    $c['direccion'] = $f->optional()->address(); $c['email'] = $f->optional(0.9)->email();
    $c['empresa'] = $f->optional()->company(); $c['fax'] = $f->optional(0.1)->phoneNumber();
    $c['fechaalta'] = $f->date('Y-m-d', $NOW); $c['lastip'] = $f->optional()->ipv4();
    $c['nombre'] = $f->firstName(); $c['observaciones'] = $f->optional()->paragraph();
    $c['personafisica'] = $f->boolean(80); $c['provincia'] = $f->optional()->state();
    $c['telefono1'] = $f->optional()->phoneNumber();
    $c['telefono2'] = $f->optional()->phoneNumber();
    $c['verificado'] = $f->boolean();
    return $c;
}
function saveContact($c) {                   // Contacto::test(), testEmailAndPhones()
    global $contacts;
    foreach (['apartado', 'apellidos', 'cargo', 'ciudad', 'codpostal', 'direccion', 'empresa',
              'nombre', 'observaciones', 'provincia', 'telefono1', 'telefono2'] as $k) {
        $c[$k] = $c[$k] ?? '';
    }
    $c['codpais'] = $c['codpais'] ?? 'ESP';
    $c['fechaalta'] = $c['fechaalta'] ?? null;
    if (empty($c['descripcion'])) {
        $c['descripcion'] = empty($c['codcliente']) && empty($c['codproveedor'])
            ? trim($c['nombre'] . ' ' . $c['apellidos']) : ($c['direccion'] ?? null);
    }
    $c['email'] = empty($c['email']) ? '' : mb_strtolower($c['email'], 'UTF8');
    $c['idcontacto'] = count($contacts) + 1;
    $contacts[] = $c;
    return $c['idcontacto'];
}
$f = $faker;
// Agentes::create, then Agente::saveInsert (newCode) and testContact, then setContact
for ($g = 0; $g < $in['agents']; $g++) {
    $a = ['codagente' => codeOrNull(10)];
    $a['cargo'] = $f->optional()->jobTitle(); $a['cifnif'] = cifnif();
    $a['email'] = $f->optional(0.8)->email(); $a['fechaalta'] = $f->date('Y-m-d', $NOW);
    $a['fechabaja'] = $f->optional(0.1)->date('Y-m-d', $NOW); $a['nombre'] = $f->name();
    $a['observaciones'] = $f->optional(0.3)->paragraph(); $a['personafisica'] = $f->boolean();
    $a['telefono1'] = $f->optional()->phoneNumber();
    $a['telefono2'] = $f->optional()->phoneNumber();
    if ($a['codagente'] !== null && isset($agents[$a['codagente']])) { continue; }   // exists()
    $a['email'] = empty($a['email']) ? '' : mb_strtolower($a['email'], 'UTF8');
    $a['telefono1'] = $a['telefono1'] ?? ''; $a['telefono2'] = $a['telefono2'] ?? '';
    if ($a['codagente'] === null) { $a['codagente'] = newCode($agents, 'codagente'); }
    $cid = saveContact(['cifnif' => $a['cifnif'], 'descripcion' => $a['nombre'],
        'email' => $a['email'],
        'nombre' => $a['nombre'], 'telefono1' => $a['telefono1'], 'telefono2' => $a['telefono2'],
        'fechaalta' => $today]);
    $agents[$a['codagente']] = $a;
    $c = &$contacts[$cid - 1];
    $c['apartado'] = $f->optional(0.1)->postcode() ?? '';
    $c['ciudad'] = $f->optional(0.7)->city() ?? '';
    $c['codpais'] = codpais(); $c['codpostal'] = $f->optional()->postcode() ?? '';
    $c['direccion'] = $f->optional()->address() ?? '';
    $c['provincia'] = $f->optional()->state() ?? '';
    unset($c);
}
// GruposClientes::create (25 by default; COUNTS here)
for ($g = 0; $g < $in['groups']; $g++) {
    $gr = ['codgrupo' => codeOrNull(6)];
    $gr['nombre'] = $f->word();                           // codtarifa(): no rates installed
    if ($gr['codgrupo'] !== null && isset($groups[$gr['codgrupo']])) { continue; }
    if ($gr['codgrupo'] === null) { $gr['codgrupo'] = newCode($groups, 'codgrupo'); }
    $groups[$gr['codgrupo']] = $gr;
}
// Clientes::create / Proveedores::create, Cliente|Proveedor::saveInsert and the contact it makes
foreach (['customers' => 'codcliente', 'suppliers' => 'codproveedor'] as $kind => $codefield) {
    for ($g = 0; $g < $in[$kind]; $g++) {
        $r = [];
        if ($kind === 'suppliers') { $r['acreedor'] = $f->boolean(); }
        $r['cifnif'] = cifnif();
        if ($kind === 'customers') { $r['codagente'] = codagente(); $r['codgrupo'] = codgrupo(); }
        codpago(); codretencion(); codserie();
        $r['email'] = $f->optional()->email(); $r['fax'] = $f->optional(0.1)->phoneNumber();
        $r['fechaalta'] = $f->date('Y-m-d', $NOW);
        $r['fechabaja'] = $f->optional(0.1)->date('Y-m-d', $NOW);
        $r['nombre'] = $f->name(); $r['observaciones'] = $f->optional()->paragraph() ?? '';
        $r['personafisica'] = $f->boolean(); $r['razonsocial'] = $f->optional()->company();
        regimenIVA();
        $r['telefono1'] = $f->optional()->phoneNumber() ?? '';
        $r['telefono2'] = $f->optional()->phoneNumber() ?? '';
        $r['web'] = web($f);
        $r['email'] = empty($r['email']) ? '' : mb_strtolower($r['email'], 'UTF8');
        if (empty($r['razonsocial'])) { $r['razonsocial'] = $r['nombre']; }
        $rows = $kind === 'customers' ? $customers : $suppliers;
        $r[$codefield] = newCode($rows, $codefield);
        $parts = explode(' ', $r['nombre']);
        $auto = ['cifnif' => $r['cifnif'], $codefield => $r[$codefield],
            'descripcion' => $r['nombre'],
            'email' => $r['email'], 'empresa' => $r['razonsocial'], 'fax' => $r['fax'],
            'telefono1' => $r['telefono1'], 'telefono2' => $r['telefono2'], 'fechaalta' => $today];
        if ($kind === 'customers') {
            $auto['apellidos'] = count($parts) > 1 ? implode(' ', array_slice($parts, 1)) : '';
            $auto['nombre'] = $parts[0];
        } else {
            $auto['nombre'] = $r['nombre'];
        }
        saveContact($auto);
        if ($kind === 'customers') { $customers[] = $r; } else { $suppliers[] = $r; }
        $max = $f->numberBetween(-1, 5);              // createBankAccounts (not exported)
        for ($i = 1; $i <= $max; $i++) {
            $f->words(); $f->iban('ES'); $f->optional()->swiftBicNumber();
            if ($kind === 'customers') { $f->date('Y-m-d', $NOW); }
        }
        $max = $f->numberBetween(-1, 5);              // createContacts
        for ($i = 1; $i <= $max; $i++) {
            $c = contactData($f, $NOW);
            $c[$codefield] = $r[$codefield];
            saveContact($c);
        }
    }
}
// Contactos::create
for ($g = 0; $g < $in['contacts']; $g++) { saveContact(contactData($f, $NOW)); }
echo json_encode(['agents' => array_values($agents), 'groups' => array_values($groups),
    'customers' => $customers, 'suppliers' => $suppliers, 'contacts' => $contacts]);
"""

# The list views' visible columns (Core/XMLView/List*.xml at COMMIT): (title key, field,
# widget) in the views' order; "select" shows the option's title.
VIEWS = {
    "customers": ("ListCliente", "customers", [
        ("code", "codcliente"), ("name", "nombre"), ("fiscal-number", "cifnif"),
        ("email", "email"), ("phone", "telefono1"), ("group", "codgrupo:select"),
        ("observations", "observaciones")]),
    "contacts": ("ListContacto", "addresses-and-contacts", [
        ("description", "descripcion"), ("name", "nombre"), ("surname", "apellidos"),
        ("email", "email"), ("phone", "telefono1"), ("address", "direccion"),
        ("city", "ciudad"), ("province", "provincia"), ("country", "codpais:select")]),
    "suppliers": ("ListProveedor", "suppliers", [
        ("code", "codproveedor"), ("name", "nombre"), ("fiscal-number", "cifnif"),
        ("email", "email"), ("phone", "telefono1"), ("observations", "observaciones")]),
    "agents": ("ListAgente", "agents", [
        ("code", "codagente"), ("name", "nombre"), ("fiscal-number", "cifnif"),
        ("phone", "telefono1"), ("phone2", "telefono2"), ("email", "email")]),
}


def git_show(git_dir: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def read_semicolon_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def cell(value) -> str:
    """CSVExport::writeData for one cell: null empty, a string quoted (formula-escaped)."""
    if value is None:
        return ""
    value = str(value)
    if value and not _numeric(value) and value[0] in ("=", "+", "-", "@", "\t", "\r"):
        value = "'" + value
    return '"' + value.replace('"', '""') + '"'


def _numeric(value: str) -> bool:
    """PHP 8's is_numeric for these values: a number, blanks around it allowed."""
    try:
        float(value)
    except ValueError:
        return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--lang", default="en_EN")
    args = ap.parse_args()

    trans = json.loads(git_show(args.git_dir, f"Core/Translation/{args.lang}.json"))
    lang_dir = "EN" if args.lang.startswith("en") else "ES"  # CSVImport: Lang/<XX>, else ES
    countries = {r["codpais"]: r["nombre"] for r in read_semicolon_csv(
        git_show(args.git_dir, f"Core/Data/Lang/{lang_dir}/paises.csv"))}
    payments = read_semicolon_csv(git_show(args.git_dir, "Core/Data/Lang/ES/formaspago.csv"))
    retentions = read_semicolon_csv(
        git_show(args.git_dir, "Core/Data/Codpais/ESP/retenciones.csv"))
    series = [r for r in read_semicolon_csv(
        git_show(args.git_dir, f"Core/Data/Lang/{lang_dir}/series.csv"))
        if r["tipo"] != "R" and r["codserie"] != "R"]
    inp = {"seed": SEED, "now": NOW, **COUNTS, "countries": sorted(countries),
           "n_payments": len(payments), "n_retentions": len(retentions),
           "n_series": len(series), "n_regimes": 13}  # RegimenIVA::all(): 13 regimes
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "randomizer.php"
        script.write_text(PHP, encoding="utf-8")
        res = subprocess.run(["php", "-d", "error_reporting=E_ALL & ~E_DEPRECATED", str(script)],
                             input=json.dumps(inp).encode(), capture_output=True)
    if res.returncode:
        raise SystemExit(res.stdout.decode() + res.stderr.decode())
    data = json.loads(res.stdout)
    groups = {g["codgrupo"]: g["nombre"] for g in data["groups"]}

    # the lists' default orders: customers and suppliers by LOWER(nombre), agents by nombre,
    # contacts by fechaalta descending (ties in insertion order, as the database returns them)
    data["customers"].sort(key=lambda r: r["nombre"].lower())
    data["suppliers"].sort(key=lambda r: r["nombre"].lower())
    data["agents"].sort(key=lambda r: r["nombre"])
    data["contacts"].sort(key=lambda r: r["fechaalta"] or "", reverse=True)

    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for kind, (_view, title_key, cols) in VIEWS.items():
        title = trans.get(title_key, title_key)
        name = title
        for ch in (" ", '"', "'", "/", "\\", ","):
            name = name.replace(ch, "_")
        lines = [";".join(cell(trans.get(key, key)) for key, _ in cols)]
        for rec in data[kind]:
            row = []
            for _key, field in cols:
                fname, _, widget = field.partition(":")
                value = rec.get(fname)
                if widget == "select" and value is not None:
                    value = (groups if fname == "codgrupo" else countries).get(value, value)
                row.append(cell(value))
            lines.append(";".join(row))
        (out / f"{name}.csv").write_bytes(("\ufeff" + "\n".join(lines)).encode("utf-8"))


if __name__ == "__main__":
    main()
