"""Who may read and who may change the index: bearer tokens from the settings.

Write tokens (``VNQA_API_TOKENS``, ``VNQA_API_TOKENS_FILE``) are needed to upload, replace or
delete documents; with none configured those endpoints accept only loopback clients. Reading
is open unless ``VNQA_READ_TOKENS`` is set; a write token also grants reading. A token is
compared in constant time against every configured token, and never logged.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from qa_service.api.errors import Forbidden, Unauthorized
from qa_service.settings import Settings

__all__ = [
    "AccessPolicy",
    "TokenFileError",
    "WriteAccess",
    "ReadAccess",
    "is_loopback",
    "require_read",
    "require_write",
]

logger = logging.getLogger(__name__)

Grant = Literal["read", "write"]

MISSING_TOKEN = "Cần token truy cập (Authorization: Bearer <token>) / a bearer token is required"
INVALID_TOKEN = "Token không hợp lệ / invalid token"
READ_ONLY_TOKEN = (
    "Token này chỉ có quyền đọc, không được thay đổi chỉ mục / "
    "this token may read but not change the index"
)
LOOPBACK_ONLY = (
    "Chưa cấu hình token: chỉ máy chủ (localhost) được thay đổi chỉ mục / "
    "no API token is configured: only local (loopback) clients may change the index"
)

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="bearer",
    description="A token from VNQA_API_TOKENS / VNQA_API_TOKENS_FILE (changes the index) "
    "or VNQA_READ_TOKENS (reading only, when reading is protected).",
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


class TokenFileError(ValueError):
    """VNQA_API_TOKENS_FILE is set but cannot be read (the service does not start)."""


def _split(value: str) -> list[str]:
    return [t.strip() for t in value.split(",") if t.strip()]


def _read_token_file(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise TokenFileError(f"cannot read VNQA_API_TOKENS_FILE {path}: {error}") from error
    stripped = (line.strip() for line in lines)
    return [line for line in stripped if line and not line.startswith("#")]


@dataclass(frozen=True)
class AccessPolicy:
    """The configured tokens, as bytes (kept out of ``repr``)."""

    write_tokens: tuple[bytes, ...] = field(default=(), repr=False)
    read_tokens: tuple[bytes, ...] = field(default=(), repr=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> AccessPolicy:
        write = _split(settings.api_tokens.get_secret_value()) if settings.api_tokens else []
        if settings.api_tokens_file is not None:
            write += _read_token_file(Path(settings.api_tokens_file))
        read = _split(settings.read_tokens.get_secret_value()) if settings.read_tokens else []
        return cls(
            write_tokens=tuple(dict.fromkeys(t.encode() for t in write)),
            read_tokens=tuple(dict.fromkeys(t.encode() for t in read)),
        )

    @property
    def reads_protected(self) -> bool:
        return bool(self.read_tokens)

    def grant(self, token: str) -> Grant | None:
        """What ``token`` may do; every configured token is compared (constant time each)."""
        given = token.encode()
        writes = sum(hmac.compare_digest(given, t) for t in self.write_tokens)
        reads = sum(hmac.compare_digest(given, t) for t in self.read_tokens)
        if writes:
            return "write"
        return "read" if reads else None

    def log_summary(self) -> None:
        """Say at startup how the index is protected (counts only, never a token)."""
        if not self.write_tokens:
            logger.warning(
                "no API token configured (VNQA_API_TOKENS / VNQA_API_TOKENS_FILE): upload, "
                "replace and delete accept only loopback clients"
            )
        else:
            logger.info("changing the index needs one of %d token(s)", len(self.write_tokens))
        if self.read_tokens:
            logger.info("reading needs a token (%d read token(s))", len(self.read_tokens))


def is_loopback(request: Request) -> bool:
    """Whether the client's address is a loopback one (TestClient's "testclient" is not)."""
    host = request.client.host if request.client else None
    try:
        address = ipaddress.ip_address(host or "")
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def _policy(request: Request) -> AccessPolicy:
    return request.app.state.access


def _granted(policy: AccessPolicy, credentials: HTTPAuthorizationCredentials | None) -> Grant:
    if credentials is None:
        raise Unauthorized(MISSING_TOKEN)
    grant = policy.grant(credentials.credentials)
    if grant is None:
        raise Unauthorized(INVALID_TOKEN, invalid=True)
    return grant


def require_write(request: Request, credentials: Credentials) -> None:
    """Upload, replace, delete: a write token, or a loopback client when none is configured."""
    policy = _policy(request)
    if not policy.write_tokens:
        if not is_loopback(request):
            raise Forbidden(LOOPBACK_ONLY)
        return
    if _granted(policy, credentials) != "write":
        raise Forbidden(READ_ONLY_TOKEN)


def require_read(request: Request, credentials: Credentials) -> None:
    """Reading: open unless read tokens are configured; then a read or write token."""
    policy = _policy(request)
    if policy.reads_protected:
        _granted(policy, credentials)


WriteAccess = Depends(require_write)
ReadAccess = Depends(require_read)
