"""The fake site behind the kind of TLS server many provincial portals still run.

TLS 1.2 at most, no secure renegotiation (RFC 5746) and a 1024-bit Diffie-Hellman group:
OpenSSL 3 refuses such a server by default ("unsafe legacy renegotiation disabled",
"dh key too small"). tlslite-ng, a TLS stack in pure Python, plays the old server; it is
made deaf to the client's newer extensions, as such servers are.
"""
from __future__ import annotations

import datetime
from http.server import ThreadingHTTPServer

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from tlslite.api import HandshakeSettings, TLSConnection, X509, X509CertChain, parsePEMKey
from tlslite.constants import CipherSuite, ExtensionType
from tlslite.integration.tlssocketservermixin import TLSSocketServerMixIn
from tlslite.mathtls import RFC2409_GROUP2
from tlslite.messages import ClientHello

from .server import FakeSite

# What a pre-2010 server does not understand, so never answers.
_UNKNOWN_EXTENSIONS = {ExtensionType.renegotiation_info, ExtensionType.supported_groups,
                       ExtensionType.supported_versions, ExtensionType.key_share}


def self_signed(bits: int = 1024) -> tuple[str, str]:
    """A certificate for 127.0.0.1 and its key, PEM."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30)).sign(key, hashes.SHA256()))
    pem_key = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
    return cert.public_bytes(serialization.Encoding.PEM).decode(), pem_key.decode()


class _LegacyConnection(TLSConnection):
    def _getMsg(self, *args, **kwargs):
        for message in super()._getMsg(*args, **kwargs):
            if isinstance(message, ClientHello):
                message.extensions = [e for e in message.extensions or []
                                      if e.extType not in _UNKNOWN_EXTENSIONS]
                message.cipher_suites = [c for c in message.cipher_suites
                                         if c != CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV]
            yield message


class _LegacyTLSServer(TLSSocketServerMixIn, ThreadingHTTPServer):
    def __init__(self, address, handler):
        super().__init__(address, handler)
        cert, key = self_signed()
        parsed = X509()
        parsed.parse(cert)
        self.cert_chain = X509CertChain([parsed])
        self.private_key = parsePEMKey(key, private=True)
        self.handshake_errors: list[str] = []

    def finish_request(self, sock, client_address):
        connection = _LegacyConnection(sock)
        if self.handshake(connection):
            self.RequestHandlerClass(connection, client_address, self)
            connection.close()

    def handshake(self, connection) -> bool:
        settings = HandshakeSettings()
        settings.maxVersion = (3, 3)
        settings.keyExchangeNames = ["dhe_rsa", "rsa"]  # prefers DHE, as such servers do
        settings.dhParams = RFC2409_GROUP2  # 1024-bit
        settings.rsaSchemes = ["pkcs1"]
        try:
            connection.handshakeServer(certChain=self.cert_chain, privateKey=self.private_key,
                                       settings=settings)
        except Exception as exc:  # the client refused us: tests read why
            self.handshake_errors.append(f"{type(exc).__name__}: {exc}")
            return False
        connection.ignoreAbruptClose = True
        return True

    def handle_error(self, request, client_address):
        pass  # a client that gives up mid-response (timeout, size limit) is expected here


class LegacyTLSSite(FakeSite):
    scheme = "https"

    def make_server(self, address, handler) -> ThreadingHTTPServer:
        return _LegacyTLSServer(address, handler)
