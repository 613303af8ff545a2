"""`sourcelight annotate FILE|-`: the JSON answer on stdout, or a JSON error and exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from servers import ROOT, SEED_HTML, server_env, validate_annotation, validate_error

from server.cli import build_parser, main

SEED = ROOT / "tests" / "fixtures" / "pages" / "seed-article" / "source.html"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        input=stdin,
        capture_output=True,
        env=server_env(),
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_annotate_prints_json(source: str) -> None:
    if source == "file":
        result = _run("annotate", str(SEED), "--url", "https://x.example/a")
    else:
        result = _run("annotate", "-", "--url", "https://x.example/a", stdin=SEED.read_bytes())
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    validate_annotation(answer)
    assert answer["article"]["url"] == "https://x.example/a"
    assert answer["article"]["author"] == "Tyler Mitchell"


@pytest.mark.parametrize(
    ("stdin", "code"),
    [
        (b"<html><body><p>Too short.</p></body></html>", "no_article"),
        (b"", "missing_html"),
        (bytes(range(256)) * 20, "no_article"),
    ],
)
def test_annotate_exits_2_with_a_json_error(stdin: bytes, code: str) -> None:
    result = _run("annotate", "-", stdin=stdin)
    assert result.returncode == 2
    assert result.stdout == b""
    validate_error(json.loads(result.stderr), code)


def test_annotate_missing_file(tmp_path: Path) -> None:
    result = _run("annotate", str(tmp_path / "nope.html"))
    assert result.returncode == 2
    validate_error(json.loads(result.stderr), "bad_request")


def test_annotate_reads_a_latin_1_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "latin.html"
    page.write_bytes(SEED_HTML.replace("Kharkiv", "Kharkiv café").encode("cp1252", "replace"))
    assert main(["annotate", str(page), "--pretty"]) == 0
    out = capsys.readouterr().out
    assert "Kharkiv café" in json.loads(out)["article"]["text"]
    assert out.startswith("{\n  ")


def test_parser_knows_the_commands() -> None:
    parser = build_parser()
    assert parser.parse_args(["serve", "--bind", "127.0.0.1:9", "--workers", "2"]).workers == 2
    with pytest.raises(SystemExit):
        parser.parse_args([])


def test_annotate_into_a_closed_pipe_is_quiet() -> None:
    """`sourcelight annotate page.html | head -c 10`: no traceback when the reader stops early."""
    command = f"{sys.executable} -m server.cli annotate {SEED} | head -c 10"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        capture_output=True,
        env=server_env(),
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.stdout == b'{"version"'
    assert b"Traceback" not in result.stderr and result.returncode == 0
