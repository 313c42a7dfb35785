"""OpenMP runtimes loaded after ``import indexer`` wait passively unless the user chose."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

_REPO = Path(__file__).resolve().parents[2]
_SHOW = "import os, indexer; print(os.environ.get('OMP_WAIT_POLICY'))"


def _policy_after_import(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    clean["PYTHONPATH"] = str(_REPO)
    out = subprocess.run(
        [sys.executable, "-c", _SHOW],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def test_import_sets_passive_waiting() -> None:
    assert _policy_after_import() == "PASSIVE"


@pytest.mark.parametrize("chosen", ["active", "PASSIVE"])
def test_a_policy_in_the_environment_is_kept(chosen: str) -> None:
    assert _policy_after_import(OMP_WAIT_POLICY=chosen) == chosen
