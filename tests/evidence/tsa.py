"""A real RFC 3161 timestamp authority for tests: OpenSSL's ``ts -reply`` behind a tiny HTTP
server on 127.0.0.1, with a CA and a TSA certificate created by ``openssl`` in a temp dir."""

from __future__ import annotations

import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CONFIG = """\
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = Recours Test
[ ca_ext ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ tsa_ext ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.crt
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def _run(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_tsa(d: Path) -> Path:
    (d / "openssl.cnf").write_text(CONFIG.replace("{dir}", str(d)))
    (d / "serial").write_text("01\n")
    cnf = str(d / "openssl.cnf")
    _run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
         "-keyout", "ca.key", "-out", "ca.crt", "-days", "30", "-config", cnf,
         "-extensions", "ca_ext", "-subj", "/CN=Recours Test Root", cwd=d)
    _run("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
         "-keyout", "tsa.key", "-out", "tsa.csr", "-config", cnf, "-subj", "/CN=Recours Test TSA",
         cwd=d)
    _run("x509", "-req", "-in", "tsa.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
         "-CAcreateserial", "-out", "tsa.crt", "-days", "30", "-extfile", cnf,
         "-extensions", "tsa_ext", cwd=d)
    return d


@contextmanager
def local_tsa() -> Iterator[tuple[str, Path]]:
    """(URL, CA certificate path) of a running TSA; stopped on exit."""
    with tempfile.TemporaryDirectory() as tmp:
        d = make_tsa(Path(tmp))
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with lock:
                    (d / "req.tsq").write_bytes(body)
                    subprocess.run(["openssl", "ts", "-reply", "-config", str(d / "openssl.cnf"),
                                    "-queryfile", "req.tsq", "-out", "resp.tsr"], cwd=d,
                                   check=True, capture_output=True)
                    data = (d / "resp.tsr").read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/tsa", d / "ca.crt"
        finally:
            server.shutdown()
            server.server_close()
            thread.join()
