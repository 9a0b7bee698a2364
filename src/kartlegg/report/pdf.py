"""PDF from the HTML report, printed by headless Chromium (the same HTML, so both always agree)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path


class PdfError(Exception):
    """No browser to print with, or printing failed."""


def find_chromium() -> str | None:
    env = os.environ.get("KARTLEGG_CHROMIUM") or os.environ.get("KARTLEGG_TEST_CHROMIUM")
    if env and Path(env).exists():
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def html_to_pdf(html_path: Path, pdf_path: Path, *, timeout: float = 120.0) -> None:
    exe = find_chromium()
    if exe is None:
        raise PdfError("no Chromium found for PDF output (install the `chromium` package or set KARTLEGG_CHROMIUM)")
    with tempfile.TemporaryDirectory(prefix="kartlegg-pdf-") as profile:
        cmd = [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-extensions",
            "--no-first-run",
            "--no-pdf-header-footer",
            "--print-to-pdf-no-header",
            f"--user-data-dir={profile}",
            f"--print-to-pdf={pdf_path.resolve()}",
            html_path.resolve().as_uri(),
        ]
        try:
            res = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise PdfError(f"Chromium did not finish printing within {timeout:.0f} s") from exc
    if res.returncode != 0 or not pdf_path.exists() or pdf_path.stat().st_size == 0:
        raise PdfError(f"Chromium could not print the report: {res.stderr.decode(errors='replace')[-500:]}")
