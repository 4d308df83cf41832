"""Parameters of one engagement's run, read from a YAML file in ``parameters/``.

Secrets never live here: a parameters file that carries one is refused, so it cannot leak
into executed notebooks, ``run.json`` or reports. A secret is recognised by its key (any key
naming a secret, password, passwd, pwd, token, API key, credential, client key, private key,
connection string, SAS, account/access key) and by the shape of its value wherever it is (a
URL with ``user:password@``, ``AccountKey=``/``Password=`` in a connection string,
``SharedAccessSignature`` or a SAS ``sig=``, a JWT ``eyJ...``, a PEM private key, well-known
token prefixes, a long random string under a key named like a key). The error names the
file and the key path, never the value; :meth:`Parameters.public` (what ``run.json``
records) redacts the same things again, whatever built the :class:`Parameters`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from d365migrate.dataverse.identities import IdentityError, IdentitySpec, parse_identities
from d365migrate.dataverse.limits import DOCUMENTED, ServiceProtection
from d365migrate.load.order import LOAD_ORDER
from d365migrate.report.plain import DEFAULT_SOURCE_CRM
from d365migrate.runfolder import EngagementFolder

#: Words of a key (split at ``_ - . space`` and camelCase) that name a secret.
SECRET_WORDS = {"secret", "secrets", "password", "passwords", "passwd", "passphrase", "pwd",
                "token", "tokens", "credential", "credentials", "sas", "apikey", "pat"}
#: Key fragments (separators removed) that name a secret.
SECRET_JOINED = ("apikey", "clientkey", "privatekey", "connectionstring", "connstr",
                 "accountkey", "accesskey", "sharedaccess", "signingkey", "encryptionkey",
                 "clientsecret", "secretkey", "sastoken", "authorization", "bearer")
#: Values that are secrets whatever their key is called.
SECRET_VALUES = [
    ("a URL with a password", re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]*:[^/\s@]+@", re.I)),
    ("a storage account key", re.compile(r"AccountKey\s*=", re.I)),
    ("a shared access signature", re.compile(r"SharedAccess(Signature|Key)", re.I)),
    ("a SAS token", re.compile(r"(^|[?&])sig=[A-Za-z0-9%+/=]{10,}", re.I)),
    ("a password in a connection string", re.compile(r"(^|;)\s*(password|pwd)\s*=\s*[^;\s]",
                                                     re.I)),
    ("a JSON web token", re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")),
    ("a private key", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
    ("an access token", re.compile(r"\b(ghp_|gho_|github_pat_|xox[abposr]-|sk-|AKIA)"
                                   r"[A-Za-z0-9_-]{12,}")),
]
#: A key named like a key (``key``, ``app_key``...) holding a long random string.
KEYLIKE = re.compile(r"(^|_)(key|keys|secret|signature|sig|hash|salt)$")
REDACTED = "[redacted]"


class ParametersError(ValueError):
    """The parameters file is missing, malformed or unsafe; the message names the key."""


@dataclass
class Parameters:
    """What a run needs to know; paths are resolved against the working directory."""

    source_file: Path
    engagement: str
    export: Path
    objects: list[str]
    runs_dir: Path = Path("runs")
    sample_export: dict[str, Any] | None = None
    mapping_file: Path | None = None
    confirm_as: str | None = None
    fallback_owner_email: str | None = None
    destination_url: str | None = None
    publisher_prefix: str = "new"
    chunk_size: int = 1000
    raw: dict[str, Any] = field(default_factory=dict)
    gates: GateLimits = field(default_factory=lambda: read_gates(None))
    # load.identities: application users loading side by side (their secrets: environment)
    identities: list[IdentitySpec] = field(default_factory=list)
    # load.bypass_custom_logic / suppress_duplicate_detection / bypass_fallback (all off)
    bypass_custom_logic: bool = False
    suppress_duplicate_detection: bool = False
    bypass_fallback: bool = False
    # load.service_protection: the org's per-user limits, known from the start (else the
    # documented ones, ``load.budget``)
    service_protection: ServiceProtection = DOCUMENTED
    # source.crm: the CRM the export comes from, as reports name it to people
    source_crm: str = DEFAULT_SOURCE_CRM
    # source.timezone: the zone the export writes its date-times in when they carry none
    source_timezone: str | None = None

    @property
    def engagement_dir(self) -> Path:
        return self.runs_dir / self.engagement

    @property
    def mapping_path(self) -> Path:
        return self.mapping_file or EngagementFolder(self.engagement_dir).mapping

    @property
    def source_id_column(self) -> str:
        return f"{self.publisher_prefix}_smartdeskid"

    def public(self) -> dict[str, Any]:
        """The parameters as recorded in ``run.json``: a loaded file holds no secrets by
        rule, and anything that looks like one is redacted here all the same."""
        return {"parameters_file": str(self.source_file), **redact(self.raw)}


def _words(key: str) -> tuple[set[str], str]:
    snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", key).lower()
    words = {w for w in re.split(r"[^a-z0-9]+", snake) if w}
    return words, "_".join(sorted(words, key=snake.find))


def secret_key(key: Any) -> bool:
    """True when a key's name says it holds a secret."""
    words, snake = _words(str(key))
    joined = snake.replace("_", "")
    return bool(words & SECRET_WORDS) or any(j in joined for j in SECRET_JOINED)


def _entropy(value: str) -> float:
    counts = Counter(value)
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())


def secret_value(value: Any, key: Any = "") -> str | None:
    """What kind of secret a value is (never the value itself), or None."""
    if not isinstance(value, str):
        return None
    for what, pattern in SECRET_VALUES:
        if pattern.search(value):
            return what
    _, snake = _words(str(key))
    if (KEYLIKE.search(snake) and len(value) >= 20 and " " not in value
            and _entropy(value) >= 3.5):
        return "a long random string under a key named like a key"
    return None


def _has_value(v: Any) -> bool:
    if isinstance(v, dict):
        return any(_has_value(x) for x in v.values())
    if isinstance(v, list):
        return any(_has_value(x) for x in v)
    return v not in (None, "") and not isinstance(v, bool)


def _find_secrets(node: Any, path: str = "", data_keys: bool = False) -> list[str]:
    """Key paths that hold a secret, each with what it looks like (never the value).

    Keys under ``mapping.decisions`` are values from the export (choice labels), so only
    their values are judged there, not their names."""
    found: list[str] = []
    if isinstance(node, dict):
        for k, v in node.items():
            here = f"{path}.{k}" if path else str(k)
            if not data_keys and secret_key(k) and _has_value(v):
                found.append(f"{here} looks like a secret (its name says so)")
                continue
            what = secret_value(v, "" if data_keys else k)
            if what:
                found.append(f"{here} looks like a secret ({what})")
            found += _find_secrets(v, here, data_keys or here == "mapping.decisions")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            here = f"{path}[{i}]"
            what = secret_value(v)
            if what:
                found.append(f"{here} looks like a secret ({what})")
            found += _find_secrets(v, here, data_keys)
    return found


def redact(node: Any, key: Any = "", data_keys: bool = False, path: str = "") -> Any:
    """A copy of parameters with every secret-looking key or value replaced."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            here = f"{path}.{k}" if path else str(k)
            if (not data_keys and secret_key(k) and _has_value(v)) or secret_value(
                    v, "" if data_keys else k):
                out[k] = REDACTED
            else:
                out[k] = redact(v, k, data_keys or here == "mapping.decisions", here)
        return out
    if isinstance(node, list):
        return [REDACTED if secret_value(v) else redact(v, key, data_keys, path) for v in node]
    return node


def project_root(parameters_file: Path) -> Path:
    """Relative paths in a parameters file count from the project root (above ``parameters/``),
    so a notebook opened in ``notebooks/`` and a batch run from the root agree."""
    folder = parameters_file.resolve().parent
    return folder.parent if folder.name == "parameters" else folder


def load_parameters(path: str | Path) -> Parameters:
    """Read and check a parameters file; errors name the file and the key."""
    path = Path(path)
    if not path.exists():
        raise ParametersError(f"{path}: parameters file not found")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        # Not str(exc): PyYAML quotes the offending line, which may hold a secret.
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ParametersError(f"{path}: not valid YAML{where}: "
                              f"{getattr(exc, 'problem', None) or type(exc).__name__}"
                              ) from None
    if not isinstance(raw, dict):
        raise ParametersError(f"{path}: expected a mapping of keys at the top level")
    secrets = _find_secrets(raw)
    if secrets:
        raise ParametersError(
            f"{path}: {'; '.join(secrets)}; put it in the environment "
            "(AZURE_CLIENT_SECRET) or a keyring, never in a parameters file (the value is "
            "not repeated here)"
        )
    for key in ("engagement", "export"):
        if not raw.get(key):
            raise ParametersError(f"{path}: required key '{key}' is missing")
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", str(raw["engagement"])):
        raise ParametersError(f"{path}: engagement '{raw['engagement']}' must be a folder name")
    objects = raw.get("objects") or ["account", "contact"]
    unknown = [o for o in objects if o not in LOAD_ORDER]
    if unknown:
        raise ParametersError(f"{path}: objects {unknown} are not Dataverse tables we load "
                              f"(choose from {LOAD_ORDER})")
    base = project_root(path)
    mapping = raw.get("mapping") or {}
    owners = raw.get("owners") or {}
    dest = raw.get("destination") or {}
    load = raw.get("load") or {}
    try:
        identities = parse_identities(load.get("identities"))
    except IdentityError as exc:
        raise ParametersError(f"{path}: {exc}") from None
    switches = {}
    for key in ("bypass_custom_logic", "suppress_duplicate_detection", "bypass_fallback"):
        value = load.get(key, False)
        if not isinstance(value, bool):
            raise ParametersError(f"{path}: load.{key} must be true or false, not {value!r}")
        switches[key] = value
    return Parameters(
        source_file=path,
        engagement=str(raw["engagement"]),
        export=base / raw["export"],
        objects=sorted(objects, key=LOAD_ORDER.index),
        runs_dir=base / raw.get("runs_dir", "runs"),
        sample_export=raw.get("sample_export"),
        mapping_file=base / mapping["file"] if mapping.get("file") else None,
        confirm_as=mapping.get("confirm_as"),
        fallback_owner_email=owners.get("fallback_owner_email"),
        destination_url=dest.get("url"),
        publisher_prefix=str(raw.get("publisher_prefix", "new")),
        chunk_size=int(load.get("chunk_size", 1000)),
        raw=raw,
        gates=read_gates(raw.get("gates"), path),
        identities=identities,
        service_protection=read_service_protection(load.get("service_protection"), path),
        source_crm=read_source_crm(raw.get("source"), path),
        source_timezone=read_source_timezone(raw.get("source"), path),
        **switches,
    )


def read_source_crm(raw: Any, path: Path | str = "parameters") -> str:
    """``source: {crm: OroCRM}``: the CRM the export comes from, as every report names it to
    people ("In OroCRM", "OroCRM id"); SmartDesk when absent. A name, not a sentence: one
    line of at most 60 characters, without markup."""
    if raw is None:
        return DEFAULT_SOURCE_CRM
    if not isinstance(raw, dict):
        raise ParametersError(f"{path}: source must be a mapping such as {{crm: OroCRM}}, "
                              f"not {raw!r}")
    unknown = sorted(str(k) for k in raw if k not in ("crm", "timezone"))
    if unknown:
        raise ParametersError(f"{path}: source.{unknown[0]} is not a source setting; they "
                              "are crm (the CRM the export comes from) and timezone (the "
                              "zone its date-times are written in)")
    crm = raw.get("crm")
    if crm is None:
        return DEFAULT_SOURCE_CRM
    name = str(crm).strip() if isinstance(crm, str | int | float) and \
        not isinstance(crm, bool) else ""
    if not name or len(name) > 60 or re.search(r"[\x00-\x1f\x7f<>]", name):
        raise ParametersError(f"{path}: source.crm must be the CRM's name (one line, 1 to 60 "
                              f"characters, no < or >), not {crm!r}")
    return name


def read_source_timezone(raw: Any, path: Path | str = "parameters") -> str | None:
    """``source: {timezone: Europe/Berlin}``: the zone an export writes its date-times in
    when they carry none (an admin panel's export is in its user's zone, not UTC); a call
    at 09:00 in Berlin is 08:00 UTC in the org. Absent: such times are UTC. An IANA zone
    name; a date-time written with its offset keeps it, a calendar date is never shifted."""
    zone = raw.get("timezone") if isinstance(raw, dict) else None
    if zone is None:
        return None
    try:
        ZoneInfo(str(zone))
    except (ZoneInfoNotFoundError, ValueError):
        raise ParametersError(f"{path}: source.timezone must be a time zone's name such as "
                              f"Europe/Berlin or America/New_York, not {zone!r}") from None
    return str(zone)


#: ``load.service_protection`` keys: whole numbers, and seconds that may be fractional
_LIMIT_KEYS = {"requests": int, "execution_seconds": float, "window_seconds": float,
               "concurrent": int}


def read_service_protection(raw: Any, path: Path | str = "parameters") -> ServiceProtection:
    """``load.service_protection``: the org's per-user limits (any of ``requests``,
    ``execution_seconds``, ``window_seconds``, ``concurrent``; the rest documented), or the
    documented limits when absent. A bad value names its key."""
    where = f"{path}: load.service_protection"
    if raw is None:
        return DOCUMENTED
    if not isinstance(raw, dict) or not raw:
        raise ParametersError(f"{where} must be a mapping of limits ({', '.join(_LIMIT_KEYS)}),"
                              f" not {raw!r}")
    unknown = sorted(str(k) for k in raw if k not in _LIMIT_KEYS)
    if unknown:
        raise ParametersError(f"{where}.{unknown[0]} is not a service-protection limit; the "
                              f"limits are {', '.join(_LIMIT_KEYS)}")
    values: dict[str, Any] = {}
    for key, kind in _LIMIT_KEYS.items():
        if key not in raw:
            continue
        value = raw[key]
        ok = (not isinstance(value, bool) and isinstance(value, int | float)
              and math.isfinite(value) and value > 0 and (kind is float or value == int(value)))
        if not ok:
            what = "a whole number above 0" if kind is int else "a number of seconds above 0"
            raise ParametersError(f"{where}.{key} must be {what}, not {value!r}")
        values[key] = kind(value)
    return ServiceProtection(**values, source="parameters")


# -- gates: how much may go wrong in one object before the run stops (``run.gates``) --------
#: Defaults a consultant accepts for trial runs: they stop a run on a systemic problem (a
#: misread format, a parent object that did not move, owners that all fall back) without
#: stopping on the dirty rows every CRM export has; tighten them for the production run
#: (e.g. ``max_failed_percent: 1``, ``max_unresolved_links: {parentcustomerid: 0}``).
GATE_DEFAULTS: dict[str, Any] = {
    "max_failed_percent": 10,         # per object: records Dataverse refused (or whose parent
                                      # did not move), % of the object's source rows
    "max_quarantined_percent": 25,    # per object: rows held back for data problems
    "max_close_failed_percent": 10,   # per object: records moved but not closed (won, lost...)
    "max_owner_fallback_percent": None,  # per object: records given the fallback owner
    "max_unresolved_links": {"default": "25%"},  # per link (target column): a count, or "N%"
                                      # of the records that name a linked record
}


@dataclass(frozen=True)
class LinkLimit:
    """At most ``count`` unresolved links, or at most ``percent`` of the named ones."""

    count: int | None = None
    percent: float | None = None

    def __str__(self) -> str:
        return f"{self.percent:g}%" if self.percent is not None else f"{self.count}"


@dataclass(frozen=True)
class GateLimits:
    """The parameters file's ``gates:`` (defaults in :data:`GATE_DEFAULTS`; None: no limit)."""

    max_failed_percent: float | None
    max_quarantined_percent: float | None
    max_close_failed_percent: float | None
    max_owner_fallback_percent: float | None
    max_unresolved_links: dict[str, LinkLimit | None]

    def link_limit(self, unit: str, column: str) -> tuple[str, LinkLimit | None]:
        """The limit for one link: ``<object>.<column>``, else ``<column>``, else ``default``
        (with the key it came from, for the message)."""
        for key in (f"{unit}.{column}", column, "default"):
            if key in self.max_unresolved_links:
                return key, self.max_unresolved_links[key]
        return "default", None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: getattr(self, k) for k in GATE_DEFAULTS
                               if k != "max_unresolved_links"}
        out["max_unresolved_links"] = {k: None if v is None else str(v)
                                       for k, v in self.max_unresolved_links.items()}
        return out


def _percent(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise ParametersError(f"{where} must be a percentage from 0 to 100, or null for no "
                              f"limit (got {value!r})")
    return float(value)


def _link_limit(value: Any, where: str) -> LinkLimit | None:
    if value is None:
        return None
    if isinstance(value, str) and re.fullmatch(r"\s*\d+(\.\d+)?\s*%\s*", value):
        return LinkLimit(percent=_percent(float(value.strip().rstrip("%")), where))
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return LinkLimit(count=value)
    raise ParametersError(f"{where} must be a number of links (0 or more), a percentage such "
                          f"as '5%', or null for no limit (got {value!r})")


def read_gates(raw: Any, path: Path | str = "parameters") -> GateLimits:
    """``gates:`` checked; an unknown key or a value out of range names the file and key."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ParametersError(f"{path}: gates must be a mapping of limits "
                              f"({', '.join(GATE_DEFAULTS)})")
    unknown = sorted(set(raw) - set(GATE_DEFAULTS))
    if unknown:
        raise ParametersError(f"{path}: gates.{unknown[0]} is not a gate; the gates are "
                              f"{', '.join(GATE_DEFAULTS)}")
    values = {**GATE_DEFAULTS, **raw}
    links_raw = values["max_unresolved_links"]
    if links_raw is None or not isinstance(links_raw, dict):
        links_raw = {"default": links_raw}
    else:
        links_raw = {**({} if "default" in links_raw
                        else {"default": GATE_DEFAULTS["max_unresolved_links"]["default"]}),
                     **links_raw}
    return GateLimits(
        **{k: _percent(values[k], f"{path}: gates.{k}") for k in GATE_DEFAULTS
           if k != "max_unresolved_links"},
        max_unresolved_links={
            str(k): _link_limit(v, f"{path}: gates.max_unresolved_links.{k}")
            for k, v in links_raw.items()})
