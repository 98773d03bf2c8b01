"""The TypeScript client's package (clients/typescript/) as the tests run it: its tools, installed by
`make test` (npm ci from its package-lock.json), and npm scripts run in it with a given environment."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "clients" / "typescript"
BIN = CLIENT / "node_modules" / ".bin"
TIMEOUT_SECONDS = 600


def require_tools() -> None:
    """Fail (never skip) with the command that installs what is missing."""
    if shutil.which("npm") is None or shutil.which("node") is None:
        pytest.fail("node and npm are missing: `make test` installs them (deploy/system-packages test).")
    if not (BIN / "tsc").exists() or not (BIN / "openapi-typescript").exists():
        pytest.fail(f"{CLIENT.relative_to(ROOT)}/node_modules is missing: `make test` runs npm ci there.")


def npm(*args: str, **env: str) -> subprocess.CompletedProcess:
    """`npm run <args>` in the client's folder; its output is kept for the assertion message."""
    require_tools()
    return subprocess.run(
        ["npm", "run", "--silent", *args],
        cwd=CLIENT,
        env={**os.environ, "NO_COLOR": "1", **env},
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
    )


def output(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout[-6000:]}\n--- stderr\n{result.stderr[-6000:]}"
