"""API errors and their handlers: every error body is ``{"detail": str}``; no stack trace leaks.

Validation errors (422) also carry ``errors``: one ``{"field", "message"}`` per problem.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

__all__ = [
    "ApiError",
    "BadFileName",
    "DocumentNotFound",
    "Forbidden",
    "IndexUnavailable",
    "Unauthorized",
    "UnreadableUpload",
    "UnsupportedFileType",
    "UploadTooLarge",
    "install_error_handlers",
]

logger = logging.getLogger(__name__)


class ApiError(Exception):
    """An error with a status code and a message safe to show to a client."""

    status_code = 400
    headers: dict[str, str] | None = None

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class Unauthorized(ApiError):
    """No valid bearer token (RFC 6750: the response names the Bearer scheme)."""

    status_code = 401

    def __init__(self, detail: str, *, invalid: bool = False) -> None:
        super().__init__(detail)
        self.headers = {"WWW-Authenticate": 'Bearer error="invalid_token"' if invalid else "Bearer"}


class Forbidden(ApiError):
    status_code = 403


class DocumentNotFound(ApiError):
    status_code = 404

    def __init__(self, doc_id: str) -> None:
        super().__init__(f"document not found: {doc_id!r}")


class IndexUnavailable(ApiError):
    status_code = 503


class UploadTooLarge(ApiError):
    status_code = 413

    def __init__(self, limit: int) -> None:
        super().__init__(f"file too large: the limit is {limit} bytes")


class UnsupportedFileType(ApiError):
    status_code = 415

    def __init__(self, suffix: str, supported: list[str]) -> None:
        shown = suffix or "(no suffix)"
        super().__init__(
            f"unsupported file type {shown}: use one of {', '.join(sorted(supported))}"
        )


class BadFileName(ApiError):
    status_code = 400


class UnreadableUpload(ApiError):
    status_code = 422


def _field(loc: tuple | list) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie") and len(parts) > 1:
        parts = parts[1:]  # the location, not a field name
    return ".".join(parts) or "body"


def _message(error: dict) -> str:
    message = str(error.get("msg", "invalid value"))
    return message.removeprefix("Value error, ")


async def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [{"field": _field(e.get("loc", ())), "message": _message(e)} for e in exc.errors()]
    first = errors[0] if errors else {"field": "body", "message": "invalid request"}
    if first["message"].startswith(first["field"]):
        detail = first["message"]
    else:
        detail = f"{first['field']}: {first['message']}"
    return JSONResponse(status_code=422, content={"detail": detail, "errors": errors})


async def _api_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(
        status_code=exc.status_code, content={"detail": exc.detail}, headers=exc.headers
    )


async def _http_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else "request failed"
    return JSONResponse(
        status_code=exc.status_code, content={"detail": detail}, headers=exc.headers
    )


async def _unexpected_handler(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unhandled error on %s %s", request.method, request.url.path)
    return JSONResponse(status_code=500, content={"detail": "internal server error"})


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(ApiError, _api_error_handler)
    app.add_exception_handler(StarletteHTTPException, _http_handler)
    app.add_exception_handler(Exception, _unexpected_handler)
