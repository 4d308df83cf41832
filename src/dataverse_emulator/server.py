"""Command line: serve the emulator over HTTP(S) with a keep-alive, thread-pool server.

``python -m dataverse_emulator.server --port 8765`` prints the base URL (and with ``--tls``
the CA file to trust) and serves until interrupted.

The server is cheroot (CherryPy's WSGI server): HTTP/1.1 with persistent connections, as
Dataverse keeps them, so a client pays one TCP connection and one TLS handshake per
connection rather than per request; idle keep-alive connections wait in a selector, not in a
worker thread, so ``--threads`` bounds the requests being served at once. TLS uses cheroot's
builtin (``ssl`` module) adapter with the generated local CA.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import ipaddress
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from cheroot import wsgi
from cheroot.ssl.builtin import BuiltinSSLAdapter

from . import create_app
from .identity import parse_tokens
from .limits import Limits
from .responses import DROP_KEY


def _drop_connection() -> None:
    """Raised inside the app, before any byte of the reply is written: cheroot treats a
    connection reset as the client going away and closes the socket without replying, so
    the client sees the connection drop (the simulated transient network failure)."""
    raise ConnectionResetError(errno.ECONNRESET, "connection dropped by the emulator")


def serving_app(app: Callable[..., Iterable[bytes]], *, verbose: bool = False
                ) -> Callable[..., Iterable[bytes]]:
    """The app as the server runs it: with the drop-connection hook and optional logging."""
    log_lock = threading.Lock()

    def wrapped(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        environ[DROP_KEY] = _drop_connection
        if not verbose:
            return app(environ, start_response)

        def logging_start(status: str, headers: Any, exc_info: Any = None) -> Any:
            with log_lock:
                print(f"{environ.get('REMOTE_ADDR', '-')} {environ['REQUEST_METHOD']} "
                      f"{environ.get('PATH_INFO', '')} {status.split(' ', 1)[0]}",
                      file=sys.stderr, flush=True)
            return start_response(status, headers, exc_info)
        return app(environ, logging_start)
    return wrapped


def ensure_tls_files(state_path: Path, host: str) -> tuple[Path, Path, Path]:
    """A local CA plus a server certificate signed by it, stored beside the state file."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    folder = state_path.parent
    ca_path = folder / f"{state_path.name}.ca.pem"
    cert_path = folder / f"{state_path.name}.cert.pem"
    key_path = folder / f"{state_path.name}.key.pem"
    if ca_path.exists() and cert_path.exists() and key_path.exists():
        return ca_path, cert_path, key_path
    now = dt.datetime.now(dt.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Dataverse Emulator Local CA")])
    ca_cert = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                     content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = [x509.DNSName("localhost")]
    for h in {host, "127.0.0.1", "::1"}:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(h)))
        except ValueError:
            names.append(x509.DNSName(h))
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=825))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    ca_path.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM)
                          + ca_cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)
    return ca_path, cert_path, key_path


def _table_names(text: str) -> frozenset[str]:
    """``account, Contact`` -> {"account", "contact"} (logical names are lower case)."""
    return frozenset(n.strip().lower() for n in text.split(",") if n.strip())


def _names(text: str) -> list[str]:
    return [n.strip() for n in text.split(",") if n.strip()]


def _rates(text: str) -> tuple[tuple[str, float], ...]:
    """``EUR=0.92,GBP=0.79`` as (code, rate) pairs."""
    out = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        code, _, rate = part.partition("=")
        try:
            value = float(rate)
        except ValueError:
            value = 0.0
        if not code.strip() or value <= 0:
            raise argparse.ArgumentTypeError(f"expected CODE=RATE with a rate above 0: {part!r}")
        out.append((code.strip().upper(), value))
    return tuple(out)


def build_parser() -> argparse.ArgumentParser:
    d = Limits()
    p = argparse.ArgumentParser(prog="dataverse-emulator",
                                description="Local Dataverse Web API emulator.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--state", default="./dataverse-emulator.sqlite",
                   help="SQLite state file (created if missing; survives restarts)")
    p.add_argument("--users", default=None,
                   help="CSV with fullname,internalemailaddress,isdisabled seeding systemusers")
    p.add_argument("--token", default=None,
                   help="accept this bearer token, acting as the default application user")
    p.add_argument("--tokens", type=parse_tokens, default=None, metavar="TOKENS",
                   help="comma-separated bearer tokens, each its own application user with "
                        "its own service-protection budget (limits apply per user); "
                        "TOKEN=<systemuserid> or TOKEN=<email> names the user, otherwise "
                        "an id is derived from the token. With neither --token nor --tokens "
                        "any token is accepted, as the default application user")
    p.add_argument("--bypass-privileged-users", type=_names, default=None, metavar="USERS",
                   help="comma-separated tokens or systemuser ids holding "
                        "prvBypassCustomBusinessLogic/prvBypassCustomPlugins (the "
                        "MSCRM.Bypass* headers of anyone else are refused with 403 "
                        "0x80040220); default: every user holds them; '' for nobody")
    p.add_argument("--tls", action="store_true", help="serve HTTPS with a generated local CA")
    p.add_argument("--threads", type=int, default=64,
                   help="worker threads: requests served at once (keep-alive connections "
                        "that are idle do not hold one)")
    p.add_argument("--dop-hint", type=int, default=d.dop_hint, help="x-ms-dop-hint value")
    p.add_argument("--max-requests", type=int, default=d.max_requests)
    p.add_argument("--window-seconds", type=float, default=d.window_seconds)
    p.add_argument("--max-exec-ms", type=int, default=d.max_exec_ms)
    p.add_argument("--max-concurrent", type=int, default=d.max_concurrent)
    p.add_argument("--latency-ms", type=float, default=0.0,
                   help="simulated server time added to every request")
    p.add_argument("--record-cost-ms", type=float, default=0.0,
                   help="simulated server time per record written")
    p.add_argument("--fault-rate", type=float, default=0.0,
                   help="probability of a transient 503 or dropped connection")
    p.add_argument("--max-upload-bytes", type=int, default=d.max_upload_bytes,
                   help="organization.maxuploadfilesize: Base64 limit of a note's documentbody, "
                        "plain or in blocks (default 5242880, at most 131072000)")
    p.add_argument("--without-bulk-messages", type=_table_names, default=frozenset(),
                   metavar="TABLES",
                   help="comma-separated table logical names (e.g. account,contact) on which "
                        "CreateMultiple/UpdateMultiple/UpsertMultiple are not registered")
    p.add_argument("--without-tables", type=_table_names, default=frozenset(),
                   metavar="TABLES",
                   help="comma-separated built-in tables the org does not have, e.g. incident "
                        "for an org without Customer Service (404 as for an unknown table)")
    p.add_argument("--drop-after-commit-rate", type=float, default=0.0,
                   help="probability that a write is committed and then its reply is lost "
                        "(the connection closes): tests that retries are idempotent")
    p.add_argument("--batch-counts-operations", action="store_true",
                   help="count each request inside a $batch toward the number-of-requests "
                        "limit (default: a batch is one request, as api-limits.md says; "
                        "its operations' time still counts toward execution time)")
    p.add_argument("--base-currency", default=d.base_currency, metavar="CODE",
                   help="the ISO code of the currency the org is set up with (default USD); "
                        "others are added as an administrator adds them")
    p.add_argument("--currencies", type=_rates, default=(), metavar="CODE=RATE,...",
                   help="currencies an administrator added beside the base, each with its "
                        "exchange rate to one base unit (EUR=0.92,GBP=0.79)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--verbose", action="store_true", help="log every request")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    limits = Limits(max_requests=args.max_requests, window_seconds=args.window_seconds,
                    max_exec_ms=args.max_exec_ms, max_concurrent=args.max_concurrent,
                    dop_hint=args.dop_hint, latency_ms=args.latency_ms,
                    record_cost_ms=args.record_cost_ms, fault_rate=args.fault_rate,
                    max_upload_bytes=args.max_upload_bytes,
                    without_bulk_messages=args.without_bulk_messages,
                    without_tables=args.without_tables,
                    drop_after_commit_rate=args.drop_after_commit_rate,
                    batch_counts_operations=args.batch_counts_operations,
                    base_currency=args.base_currency.upper(), currencies=args.currencies)
    state = Path(args.state).resolve()
    app = create_app(state, users_csv=args.users, token=args.token, tokens=args.tokens,
                     bypass_privileged=args.bypass_privileged_users, limits=limits,
                     seed=args.seed)
    server = wsgi.Server((args.host, args.port), serving_app(app, verbose=args.verbose),
                         numthreads=max(1, args.threads), request_queue_size=128,
                         timeout=60, server_name="dataverse-emulator")
    ca_path = None
    if args.tls:
        ca_path, cert_path, key_path = ensure_tls_files(state, args.host)
        server.ssl_adapter = BuiltinSSLAdapter(str(cert_path), str(key_path))
    server.prepare()  # binds: the port is known from here on (--port 0 picks a free one)
    scheme = "https" if args.tls else "http"
    host = "localhost" if args.tls and args.host in ("127.0.0.1", "0.0.0.0") else args.host
    port = server.bind_addr[1]
    print(f"Dataverse emulator listening on {scheme}://{host}:{port}/api/data/v9.2/", flush=True)
    print(f"state: {state}", flush=True)
    if ca_path is not None:
        print(f"CA file: {ca_path}", flush=True)

    def on_term(signum: int, frame: Any) -> None:
        # Stopped from another thread, as cheroot is built to be: an exception raised here
        # would land anywhere in the serving loop, possibly inside the connection manager's
        # lock that stop() needs next (a terminated server was once seen not to exit).
        threading.Thread(target=server.stop, name="emulator-stop").start()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_term)  # stop cleanly on terminate, as on Ctrl-C
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
