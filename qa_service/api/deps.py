"""FastAPI dependencies: the app's service state, the opened answerer, the settings."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from qa_service.answer import Answerer
from qa_service.settings import Settings

__all__ = [
    "AnswererDep",
    "ServiceDep",
    "SettingsDep",
    "get_answerer",
    "get_service",
    "get_settings_dep",
]


def get_service(request: Request):  # noqa: ANN201 - returns app.ServiceState (import cycle)
    return request.app.state.service


def get_answerer(request: Request) -> Answerer:
    """The answerer of the live index version; 503 when there is no index yet."""
    return request.app.state.service.require()


def get_settings_dep(request: Request) -> Settings:
    return request.app.state.service.settings


ServiceDep = Annotated[object, Depends(get_service)]
AnswererDep = Annotated[Answerer, Depends(get_answerer)]
SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
