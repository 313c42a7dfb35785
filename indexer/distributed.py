"""Parsing, analysis and embedding of an index run on a Ray cluster (optional extra ``ray``).

:class:`RayCluster` connects to a running cluster and supplies the two steps
:func:`indexer.pipeline.build_index` can run elsewhere:

- :meth:`RayCluster.process_documents`: one Ray Data task per file parses, cleans, segments and
  extracts it, and analyses its indexed passage texts for the lexical index; the file is read
  under the run's size and structure limits (:mod:`indexer.limits`), in the task's process
  (the parse time limit of a local run, a killable worker, does not apply there);
- :meth:`RayCluster.embed`: a pool of embedder actors, one per CPU of the cluster (one per GPU
  when the embedder is ``st:MODEL`` and the cluster has GPUs), embeds the texts the cache lacks.

This process (the driver) still discovers the files, stores every document, builds the lexical
and dense indexes and writes the version with the same store code as a local run, so the index
is the same. Every node must see the files at the same absolute paths (a shared folder) and
have vnqa installed; only the driver writes the index and the embedding cache.
"""

from __future__ import annotations

import logging
import pickle
import socket
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import ray
import ray.data

from indexer.analysis import AnalyzedText, analyze
from indexer.embedding_cache import text_hash
from indexer.limits import ReadLimits
from indexer.pipeline import (
    DocumentJob,
    ProcessedDocument,
    SkippedFile,
    indexed_text,
    process_document,
)

__all__ = ["EMBED_BATCH", "RayCluster", "analyze_passages"]

logger = logging.getLogger(__name__)

EMBED_BATCH = 32  # passages per embedder call (and per Ray Data block)


def analyze_passages(processed: ProcessedDocument) -> dict[str, AnalyzedText]:
    """Lexical analyses of one document's indexed passage texts, by text hash."""
    title = processed.parsed.meta.title
    texts = {indexed_text(title, p) for p in processed.parsed.passages}
    return {text_hash(text): analyze(text) for text in texts}


def _node_id() -> str:
    return ray.get_runtime_context().get_node_id()


def _process_row(row: dict[str, Any], *, max_bytes: int, limits: ReadLimits) -> dict[str, Any]:
    """A Ray Data map function: one file in, its pickled outcome out."""
    job: DocumentJob = pickle.loads(row["job"])
    # parsed in this task's process: no killable worker, no parse time limit on the cluster
    outcome = process_document(job, max_bytes=max_bytes, limits=limits, timeout_s=None)
    if isinstance(outcome, ProcessedDocument):
        outcome = ProcessedDocument(outcome.parsed, outcome.records, analyze_passages(outcome))
    return {"index": row["index"], "node": _node_id(), "outcome": pickle.dumps(outcome)}


class _EmbedBatch:
    """A Ray Data actor: loads the embedder once, then embeds batch after batch."""

    def __init__(self, spec: str, device: str, threads: int | None) -> None:
        from indexer.embedders import load_embedder

        self.embedder = load_embedder(spec, device=device, num_threads=threads)
        self.node = _node_id()

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, Any]:
        vectors = self.embedder.embed_passages([str(t) for t in batch["text"]])
        return {
            "index": batch["index"],
            "vector": np.asarray(vectors, dtype=np.float32),
            "node": np.array([self.node] * len(vectors)),
        }


def _check_reachable(address: str, timeout: float = 5.0) -> None:
    """Fail fast on a HOST:PORT nobody listens on (``ray.init`` would retry for minutes)."""
    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit() or "://" in address:
        return  # "auto", "ray://..." and the like are left to Ray
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as error:
        raise ConnectionError(f"no Ray cluster answers at {address} ({error})") from None


class RayCluster:
    """A connection to a Ray cluster that parses, analyses and embeds for an index run.

    ``work`` counts, per step ("documents", "embeddings"), the items each node id handled;
    ``seconds`` is the wall time of each step.
    """

    def __init__(self, address: str) -> None:
        _check_reachable(address)
        ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False)
        logging.getLogger("ray.data").setLevel(logging.WARNING)  # no progress every 10 s
        resources = ray.cluster_resources()
        self.cpus = max(1, int(resources.get("CPU", 1)))
        self.gpus = int(resources.get("GPU", 0))
        self.work: dict[str, Counter[str]] = {"documents": Counter(), "embeddings": Counter()}
        self.seconds: dict[str, float] = {"documents": 0.0, "embeddings": 0.0}
        logger.info("connected to Ray at %s: %d CPUs, %d GPUs", address, self.cpus, self.gpus)

    def close(self) -> None:
        ray.shutdown()

    def __enter__(self) -> RayCluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def process_documents(
        self, jobs: Sequence[DocumentJob], *, max_bytes: int, limits: ReadLimits
    ) -> Iterator[ProcessedDocument | SkippedFile]:
        """Every file processed by a Ray task, yielded in the order of ``jobs`` as they come."""
        if not jobs:
            return
        ray.data.DataContext.get_current().execution_options.preserve_order = True
        rows = [{"index": k, "job": pickle.dumps(job)} for k, job in enumerate(jobs)]
        dataset = ray.data.from_items(rows, override_num_blocks=len(rows)).map(
            _process_row, fn_kwargs={"max_bytes": max_bytes, "limits": limits}, num_cpus=1
        )
        started, before = time.perf_counter(), self.seconds["documents"]
        for k, row in enumerate(dataset.iter_rows()):
            if row["index"] != k:  # preserve_order guarantees it; a wrong index would mix ids
                raise RuntimeError(f"Ray returned document {row['index']} in place of {k}")
            self.work["documents"][row["node"]] += 1
            # the caller stops at the last document: time it now, not after the loop
            self.seconds["documents"] = before + time.perf_counter() - started
            yield pickle.loads(row["outcome"])

    def embed(self, spec: str, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), dim)`` vectors from a pool of embedder actors."""
        on_gpu = spec.startswith(("st:", "sentence-transformers:")) and self.gpus > 0
        actors = self.gpus if on_gpu else self.cpus
        resources = {"num_gpus": 1} if on_gpu else {"num_cpus": 1}
        rows = [{"index": k, "text": text} for k, text in enumerate(texts)]
        # at least a few batches per actor, so that every actor has work; one block a batch
        batch_size = max(1, min(EMBED_BATCH, -(-len(rows) // (4 * actors))))
        blocks = -(-len(rows) // batch_size)
        dataset = ray.data.from_items(rows, override_num_blocks=blocks).map_batches(
            _EmbedBatch,
            fn_constructor_kwargs={
                "spec": spec,
                "device": "cuda" if on_gpu else "cpu",
                "threads": None if on_gpu else 1,
            },
            batch_size=batch_size,
            # one batch at a time per actor: a busy actor is not handed the next batches
            compute=ray.data.ActorPoolStrategy(
                size=min(actors, blocks), max_tasks_in_flight_per_actor=1
            ),
            **resources,
        )
        started = time.perf_counter()
        out: np.ndarray | None = None
        filled = np.zeros(len(texts), dtype=bool)
        for batch in dataset.iter_batches(batch_format="numpy", batch_size=None):
            vectors = np.asarray(batch["vector"], dtype=np.float32)
            rows_done = np.asarray(batch["index"], dtype=np.int64)
            if out is None:
                out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
            out[rows_done] = vectors
            filled[rows_done] = True
            self.work["embeddings"].update(str(node) for node in batch["node"])
        self.seconds["embeddings"] += time.perf_counter() - started
        if out is None or not filled.all():
            raise RuntimeError("the Ray cluster did not return a vector for every passage")
        return out
