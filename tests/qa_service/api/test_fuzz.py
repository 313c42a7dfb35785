"""Schema fuzzing of the whole HTTP API with schemathesis, over its own small real index.

Every operation of ``/openapi.json`` gets generated requests, valid and invalid ones; no
response may be a 5xx, and each must match the status codes, content types and schemas its
operation declares. ``make test`` runs a few examples per operation and mode; ``make fuzz``
sets ``VNQA_FUZZ_EXAMPLES``, and ``VNQA_RESULTS_DIR`` for ``fuzz.json`` (the request counts).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from pydantic import SecretStr
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from qa_service.api.app import create_app
from qa_service.settings import Settings
from tests.qa_service.small_index import build_small_index, open_with_real_embedder

EXAMPLES = int(os.environ.get("VNQA_FUZZ_EXAMPLES", "3"))
RESULTS = os.environ.get("VNQA_RESULTS_DIR")

# The operations, read from the app's schema (building it loads no index); invalid requests
# only for those that take an input.
_PATHS = create_app(Settings(index_dir=Path("/nonexistent"))).openapi()["paths"]
CASES = [
    pytest.param(method.upper(), path, mode, id=f"{method.upper()} {path} {mode.value}")
    for path, methods in _PATHS.items()
    for method, spec in methods.items()
    for mode in GenerationMode
    if mode is GenerationMode.POSITIVE or spec.get("parameters") or spec.get("requestBody")
]
# Whether an upload is accepted depends on its name and content (a supported, readable file),
# which no schema states: a schema-valid upload may rightly get 400/415/422.
_CONTENT_DEPENDENT = {("POST", "/documents")}

_TOKEN = "fuzz-write-token"
_calls: Counter[str] = Counter()  # "METHOD /path status" -> requests sent


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    # with a write token, so that uploads and deletes are exercised past the access check
    app_settings = build_small_index(tmp_path_factory.mktemp("fuzz-index")).model_copy(
        update={"api_tokens": SecretStr(_TOKEN)}
    )
    app = create_app(app_settings, opener=open_with_real_embedder)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    if RESULTS:
        summary = {
            "examples_per_operation_and_mode": EXAMPLES,
            "requests": sum(_calls.values()),
            "server_errors": sum(
                n for key, n in _calls.items() if key.rsplit(" ", 1)[1].startswith("5")
            ),
            "by_operation_status": dict(sorted(_calls.items())),
        }
        Path(RESULTS).mkdir(parents=True, exist_ok=True)
        (Path(RESULTS) / "fuzz.json").write_text(json.dumps(summary, indent=2))


@pytest.mark.parametrize(("method", "path", "mode"), CASES)
def test_api_conforms_to_its_schema(
    api_schema: schemathesis.BaseSchema, method: str, path: str, mode: GenerationMode
) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def check(case: schemathesis.Case) -> None:
        response = case.call(headers={"Authorization": f"Bearer {_TOKEN}"})
        _calls[f"{method} {path} {response.status_code}"] += 1
        excluded = [positive_data_acceptance] if (method, path) in _CONTENT_DEPENDENT else []
        case.validate_response(response, excluded_checks=excluded)

    try:
        check()
    except Unsatisfiable:
        if mode is GenerationMode.POSITIVE:
            raise
        pytest.skip(f"no invalid request exists for {method} {path} (any string is valid)")
