"""Command line: serve the emulator over HTTP(S) with a threaded server.

``python -m dataverse_emulator.server --port 8765`` prints the base URL (and with ``--tls``
the CA file to trust) and serves until interrupted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import socket
import ssl
import sys
from pathlib import Path

from werkzeug.serving import WSGIRequestHandler, make_server

from . import create_app
from .limits import Limits


class _KeepAliveHandler(WSGIRequestHandler):
    """HTTP/1.1 responses. Werkzeug still closes each connection after its response (it
    drains the socket to EOF), so every request opens a connection, and a TLS handshake with
    ``--tls``; Dataverse keeps connections alive. A server that supports keep-alive (e.g.
    cheroot) would remove that cost for every client alike."""

    protocol_version = "HTTP/1.1"

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        if self.server.verbose:  # type: ignore[attr-defined]
            super().log_request(code, size)

    def setup(self) -> None:
        super().setup()
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass


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
    p.add_argument("--token", default=None, help="accept only this bearer token")
    p.add_argument("--tls", action="store_true", help="serve HTTPS with a generated local CA")
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
                    drop_after_commit_rate=args.drop_after_commit_rate)
    state = Path(args.state).resolve()
    app = create_app(state, users_csv=args.users, token=args.token, limits=limits,
                     seed=args.seed)
    ssl_context = None
    ca_path = None
    if args.tls:
        ca_path, cert_path, key_path = ensure_tls_files(state, args.host)
        ssl_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ssl_context.load_cert_chain(str(cert_path), str(key_path))
    server = make_server(args.host, args.port, app, threaded=True,
                         request_handler=_KeepAliveHandler, ssl_context=ssl_context)
    server.verbose = args.verbose  # type: ignore[attr-defined]
    server.daemon_threads = True  # type: ignore[attr-defined]
    server.request_queue_size = 128  # type: ignore[attr-defined]
    scheme = "https" if args.tls else "http"
    host = "localhost" if args.tls and args.host in ("127.0.0.1", "0.0.0.0") else args.host
    port = server.server_port
    print(f"Dataverse emulator listening on {scheme}://{host}:{port}/api/data/v9.2/", flush=True)
    print(f"state: {state}", flush=True)
    if ca_path is not None:
        print(f"CA file: {ca_path}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
