"""Who is calling: bearer tokens as application users, their privileges, the bypass headers.

Dataverse meters service protection per user ("per user, per web server", PAD
``api-limits.md``), so an org loaded by several application users has several budgets. The
emulator models that by mapping each accepted bearer token to a systemuser:

- ``Identities(token="t")`` (``--token t``): one token, the default application user
  (``APP_USER_ID``, "# Dataverse Emulator App"), as before.
- ``Identities(tokens=["a", "b"])`` (``--tokens a,b``): each token its own application user,
  with an id derived from the token (``app_user_id_for_token``) and seeded as a systemuser.
  A mapping (``{"a": "<systemuserid>"}``; ``--tokens a=<guid>,b=<email>``) names the user;
  two tokens of one user share that user's budget, as two sessions of one user do.
- neither (open mode): any bearer token is accepted and acts as the default application user;
  each distinct token is metered as its own user (the behaviour before identities existed).

Bypass of custom business logic (PAD ``bypass-custom-business-logic.md``) arrives as request
headers: ``MSCRM.BypassBusinessLogicExecution: CustomSync,CustomAsync`` (or one value) and
``MSCRM.BypassBusinessLogicExecutionStepIds`` need ``prvBypassCustomBusinessLogic``; the older
``MSCRM.BypassCustomPluginExecution: true`` needs ``prvBypassCustomPlugins``;
``MSCRM.SuppressDuplicateDetection: true`` needs no privilege (the emulator has no duplicate
detection rules, so it is only recorded). The emulator models both bypass privileges as one
flag per user ("By default, only users with the system administrator security role have this
privilege"): ``bypass_privileged=None`` (the default) gives it to every user, as to the usual
System Administrator application user of a migration; a collection of tokens and/or
systemuser ids gives it to those only. The emulator runs no custom logic, so a bypass changes
nothing but is recorded per request (``RequestLog``, ``GET /_emulator/requests``).
"""

from __future__ import annotations

import re
import threading
import uuid
from collections import Counter, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import exceptions as ex
from .models.storage import APP_USER_ID, USER_NS, user_id_for

# Privilege ids, "the same for all Dataverse environments" (bypass-custom-business-logic.md).
PRV_BYPASS_CUSTOM_BUSINESS_LOGIC = ("prvBypassCustomBusinessLogic",
                                    "0ea552b0-a491-4470-9a1b-82068deccf66")
PRV_BYPASS_CUSTOM_PLUGINS = ("prvBypassCustomPlugins", "148a9eaf-d0c4-4196-9852-c3a38e35f6a1")
BYPASS_VALUES = ("CustomSync", "CustomAsync")
_GUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                      r"[0-9a-fA-F]{12}$")
HEADER_BYPASS = "MSCRM.BypassBusinessLogicExecution"
HEADER_STEP_IDS = "MSCRM.BypassBusinessLogicExecutionStepIds"
HEADER_PLUGINS = "MSCRM.BypassCustomPluginExecution"
HEADER_DUPLICATES = "MSCRM.SuppressDuplicateDetection"
OPTIONAL_HEADERS = (HEADER_BYPASS, HEADER_STEP_IDS, HEADER_PLUGINS, HEADER_DUPLICATES)
IDENTITY_KEY = "dataverse_emulator.identity"  # the caller's Identity in a request's environ


def app_user_id_for_token(token: str) -> str:
    """The systemuserid a token acts as when no user is named for it (stable per token)."""
    return str(uuid.uuid5(USER_NS, "application-user:" + token))


@dataclass(frozen=True)
class Identity:
    """The caller of one request: the user it acts as, the key its budget is metered under
    (the user id; the token itself in open mode) and whether it holds the bypass privileges."""

    user_id: str
    meter_key: str
    can_bypass: bool


def parse_tokens(text: str) -> dict[str, str | None]:
    """``--tokens`` text: ``tok1,tok2=<systemuserid>,tok3=<email>`` -> {token: user or None}.

    A ``=`` splits a token from its user only when what follows is a GUID or an email
    address, so a token that itself contains ``=`` (Base64 padding) stays whole."""
    out: dict[str, str | None] = {}
    for item in (i.strip() for i in text.split(",")):
        if not item:
            continue
        token, sep, user = item.rpartition("=")
        if sep and token and (_GUID_RE.match(user.strip()) or "@" in user):
            out[token.strip()] = user.strip()
        else:
            out[item] = None
    return out


class Identities:
    """Bearer token -> ``Identity``; see the module docstring for the three modes."""

    def __init__(self, tokens: Mapping[str, str | None] | Iterable[str] | None = None, *,
                 token: str | None = None,
                 bypass_privileged: Iterable[str] | None = None) -> None:
        self.users: dict[str, str] = {}  # token -> systemuserid
        self._seed: dict[str, tuple[str, str, str]] = {}  # user id -> (id, fullname, email)
        if token is not None:
            self.users[token] = APP_USER_ID
        if tokens is not None:
            pairs = tokens.items() if isinstance(tokens, Mapping) else ((t, None) for t in tokens)
            for tok, user in pairs:
                if not tok:
                    raise ValueError("A bearer token must not be empty.")
                self.users[tok] = self._user(tok, user)
        self.open = not self.users
        self.privileged = None if bypass_privileged is None else frozenset(
            p.strip().lower() if _GUID_RE.match(p.strip()) else p.strip()
            for p in bypass_privileged if p.strip())

    def _user(self, token: str, user: str | None) -> str:
        if user and "@" in user:
            uid = user_id_for(user)
            self._seed[uid] = (uid, user.split("@", 1)[0], user.strip().lower())
            return uid
        uid = user.lower() if user else app_user_id_for_token(token)
        if uid != APP_USER_ID:
            self._seed.setdefault(uid, (uid, f"# Dataverse Emulator App {uid[:8]}",
                                        f"emulator-app-{uid[:8]}@contoso.example"))
        return uid

    def app_users(self) -> list[tuple[str, str, str]]:
        """(systemuserid, fullname, email) of the users tokens act as, for seeding."""
        return list(self._seed.values())

    def can_bypass(self, token: str, user_id: str) -> bool:
        return self.privileged is None or token in self.privileged or \
            user_id in self.privileged

    def authenticate(self, header: str) -> Identity | None:
        """The identity of an ``Authorization`` header, or None (401)."""
        scheme, _, value = header.partition(" ")
        value = value.strip()
        if scheme.lower() != "bearer" or not value:
            return None
        if self.open:
            return Identity(APP_USER_ID, value, self.can_bypass(value, APP_USER_ID))
        uid = self.users.get(value)
        if uid is None:
            return None
        return Identity(uid, uid, self.can_bypass(value, uid))


@dataclass(frozen=True)
class Bypass:
    """The optional parameters a request carried (empty/False when absent)."""

    business_logic: tuple[str, ...] = ()
    step_ids: tuple[str, ...] = ()
    custom_plugins: bool = False
    suppress_duplicate_detection: bool = False

    @property
    def requested(self) -> bool:
        return bool(self.business_logic or self.step_ids or self.custom_plugins)

    def as_json(self) -> dict[str, Any]:
        return {"bypass_business_logic": ",".join(self.business_logic) or None,
                "bypass_step_ids": list(self.step_ids),
                "bypass_custom_plugin_execution": self.custom_plugins,
                "suppress_duplicate_detection": self.suppress_duplicate_detection}


def _flag(headers: Mapping[str, str], name: str) -> bool:
    raw = headers.get(name)
    if raw is None:
        return False
    value = raw.strip().lower()
    if value not in ("true", "false"):
        raise ex.InvalidArgument(f"Invalid value '{raw}' for the optional parameter "
                                 f"{name.split('.', 1)[1]}: expected true or false.")
    return value == "true"


def parse_bypass(headers: Mapping[str, str]) -> Bypass:
    """The bypass headers of a request; a malformed value is a 400 (the emulator's choice of
    ``InvalidArgument``: the docs give no error for it)."""
    values: list[str] = []
    raw = headers.get(HEADER_BYPASS)
    if raw is not None:
        for part in (p.strip() for p in raw.split(",")):
            match = next((v for v in BYPASS_VALUES if v.lower() == part.lower()), None)
            if match is None:
                raise ex.InvalidArgument(
                    f"Invalid value '{raw}' for the optional parameter BypassBusinessLogicExecution"
                    ": expected CustomSync, CustomAsync or CustomSync,CustomAsync.")
            if match not in values:
                values.append(match)
    steps: list[str] = []
    raw = headers.get(HEADER_STEP_IDS)
    if raw is not None:
        for part in (p.strip() for p in raw.strip().strip('"').split(",")):
            if not _GUID_RE.match(part):
                raise ex.InvalidArgument(f"Invalid step id '{part}' for the optional parameter "
                                         "BypassBusinessLogicExecutionStepIds.")
            steps.append(part.lower())
    return Bypass(tuple(values), tuple(steps), _flag(headers, HEADER_PLUGINS),
                  _flag(headers, HEADER_DUPLICATES))


def check_bypass(identity: Identity, bypass: Bypass) -> None:
    """Refuse a bypass the caller holds no privilege for (``PrivilegeDenied``)."""
    if identity.can_bypass:
        return
    if bypass.business_logic or bypass.step_ids:
        raise ex.PrivilegeDenied(identity.user_id, *PRV_BYPASS_CUSTOM_BUSINESS_LOGIC)
    if bypass.custom_plugins:
        raise ex.PrivilegeDenied(identity.user_id, *PRV_BYPASS_CUSTOM_PLUGINS)


@dataclass
class _UserCounts:
    requests: int = 0
    throttled: int = 0
    bypass_requests: int = 0
    suppress_duplicate_detection: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    writes: int = 0  # records written (deep-inserted children and closes' records too)
    exec_ms: float = 0.0  # execution time charged to the user's window


class RequestLog:
    """Per user counters and the last ``keep`` requests with the optional parameters they
    carried, so a client test can check that its headers arrived (``/_emulator/requests``)."""

    def __init__(self, keep: int = 1000) -> None:
        self._lock = threading.Lock()
        self._recent: deque[dict[str, Any]] = deque(maxlen=keep)
        self._users: dict[str, _UserCounts] = {}

    def record(self, identity: Identity, method: str, path: str, bypass: Bypass,
               status: int, *, batch_part: bool = False) -> None:
        entry = {"user": identity.user_id, "method": method, "path": path, "status": status,
                 "batch_part": batch_part, **bypass.as_json()}
        with self._lock:
            self._recent.append(entry)
            counts = self._users.setdefault(identity.user_id, _UserCounts())
            if not batch_part:
                counts.requests += 1
                counts.statuses[status] += 1
            counts.bypass_requests += bypass.requested
            counts.suppress_duplicate_detection += bypass.suppress_duplicate_detection

    def throttled(self, identity: Identity) -> None:
        with self._lock:
            counts = self._users.setdefault(identity.user_id, _UserCounts())
            counts.throttled += 1
            counts.statuses[429] += 1

    def charged(self, identity: Identity, writes: int, exec_ms: float) -> None:
        """What one request cost: records written and execution time charged."""
        with self._lock:
            counts = self._users.setdefault(identity.user_id, _UserCounts())
            counts.writes += writes
            counts.exec_ms += exec_ms

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            users = {uid: {"requests": c.requests, "throttled": c.throttled,
                           "bypass_requests": c.bypass_requests,
                           "suppress_duplicate_detection": c.suppress_duplicate_detection,
                           "writes": c.writes, "exec_ms": round(c.exec_ms, 1),
                           "statuses": {str(k): v for k, v in sorted(c.statuses.items())}}
                     for uid, c in self._users.items()}
            return {"users": users, "recent": list(self._recent)}
