"""Drive headless Chromium from tests: screenshots and the DOM after scripts ran.

Uses the browser's own command-line modes (`--screenshot`, `--dump-dom`), so
no driver package is needed. Each call gets a fresh profile directory and
switches off background networking, so a test run makes no outside requests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots"


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def require_chromium() -> str:
    """The browser's path, or skip the test with the reason."""
    path = chromium_path()
    if not path:
        pytest.skip("chromium not installed (run `make browser` or `apt-get install chromium`)")
    return path


def _run(url: str, extra: list[str], *, timeout: float = 60, budget_ms: int = 3000) -> subprocess.CompletedProcess[bytes]:
    exe = require_chromium()
    with tempfile.TemporaryDirectory(prefix="miner-chromium-") as profile:
        cmd = [
            exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
            "--hide-scrollbars", "--mute-audio", f"--user-data-dir={profile}",
            f"--virtual-time-budget={budget_ms}", *extra, url,
        ]
        env = {**os.environ, "HOME": profile}
        return subprocess.run(cmd, capture_output=True, timeout=timeout, env=env, check=False)


def dump_dom(url: str, **kw) -> str:
    """The page's DOM as HTML after load and scripts."""
    proc = _run(url, ["--dump-dom"], **kw)
    if proc.returncode != 0 or not proc.stdout:
        raise RuntimeError(f"chromium --dump-dom {url} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-800:]}")
    return proc.stdout.decode("utf-8", errors="replace")


def screenshot(url: str, out: str | Path, *, width: int = 1280, height: int = 900, **kw) -> Path:
    """A PNG of the page's first `height` pixels at `width` wide."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    proc = _run(url, [f"--screenshot={out}", f"--window-size={width},{height}"], **kw)
    if not out.exists():
        raise RuntimeError(f"chromium --screenshot {url} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-800:]}")
    return out


def png_colours(path: str | Path, sample: int = 4000) -> int:
    """How many distinct colours a PNG has (a blank page has one or two)."""
    from matplotlib import image

    pixels = image.imread(str(path))
    flat = pixels.reshape(-1, pixels.shape[-1])
    step = max(1, len(flat) // sample)
    return len({tuple(px) for px in flat[::step].round(3).tolist()})
