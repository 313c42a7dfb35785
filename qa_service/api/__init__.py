"""HTTP API (FastAPI) and the web page: ``create_app(settings)``."""

from qa_service.api.app import create_app

__all__ = ["create_app"]
