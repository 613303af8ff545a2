"""The isolated runner: one warm child per server process, killed and replaced at the budget."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from typing import Any

import pytest

from server import errors
from server.runner import MAX_JOBS_PER_CHILD, InlineRunner, IsolatedRunner, Job


def _work(job: Job) -> dict[str, Any]:
    """A stand-in job whose behaviour the page text chooses, to reach every path of the runner."""
    if job.html == "sleep":
        time.sleep(30)
    if job.html == "no-article":
        raise errors.NoArticle()
    if job.html == "recursion":
        raise RecursionError()
    if job.html == "boom":
        raise ValueError("page text that must not travel")
    if job.html == "die":
        os._exit(3)
    return {"pid": os.getpid(), "html": job.html, "url": job.url}


@pytest.fixture
def runner() -> Iterator[IsolatedRunner]:
    runner = IsolatedRunner(_work, budget_seconds=1.0)
    yield runner
    runner.close()


def job(html: str) -> Job:
    return Job(html=html, url="https://x.example/", title=None)


def test_runs_in_a_warm_child(runner: IsolatedRunner) -> None:
    first = runner.run(job("a"))
    second = runner.run(job("b"))
    assert first["pid"] != os.getpid()
    assert first["pid"] == second["pid"]  # the same warm child
    assert second == {"pid": first["pid"], "html": "b", "url": "https://x.example/"}


@pytest.mark.parametrize(
    ("html", "error", "message_part"),
    [
        ("no-article", errors.NoArticle, "No article"),
        ("recursion", errors.NoArticle, "nested too deeply"),
        ("boom", errors.WorkerCrashed, "ValueError"),
        ("die", errors.WorkerCrashed, "could not be analysed"),
    ],
)
def test_failures_become_our_errors_and_the_runner_recovers(
    runner: IsolatedRunner, html: str, error: type[errors.SourcelightError], message_part: str
) -> None:
    with pytest.raises(error) as info:
        runner.run(job(html))
    assert message_part in info.value.message
    assert "page text" not in info.value.message
    assert runner.run(job("after"))["html"] == "after"


def test_over_budget_kills_the_child_and_the_next_job_runs(runner: IsolatedRunner) -> None:
    pid = runner.run(job("warm"))["pid"]
    started = time.monotonic()
    with pytest.raises(errors.BudgetExceeded):
        runner.run(job("sleep"))
    assert time.monotonic() - started < 5
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the old child is gone (killed and reaped)
    after = runner.run(job("after"))
    assert after["pid"] != pid


def test_a_child_killed_from_outside_is_replaced(runner: IsolatedRunner) -> None:
    pid = runner.run(job("a"))["pid"]
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    assert runner.run(job("b"))["pid"] != pid


def test_child_is_recycled_after_many_jobs(runner: IsolatedRunner) -> None:
    pid = runner.run(job("a"))["pid"]
    runner._jobs = MAX_JOBS_PER_CHILD
    assert runner.run(job("b"))["pid"] != pid


def test_a_forked_copy_does_not_use_its_parents_child(runner: IsolatedRunner) -> None:
    runner.run(job("a"))
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the forked copy
        try:
            result = runner.run(job("in-fork"))
            os.write(write, b"ok" if result["html"] == "in-fork" else b"bad")
            runner.close()
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    assert os.read(read, 10) == b"ok"
    assert runner.run(job("b"))["html"] == "b"  # the parent's child still serves


def test_child_exits_when_its_server_process_dies() -> None:
    """A SIGKILLed gunicorn worker must not leave its pipeline child behind."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the forked copy
        runner = IsolatedRunner(_work, budget_seconds=1.0)
        os.write(write, str(runner.run(job("a"))["pid"]).encode())
        os.kill(os.getpid(), signal.SIGKILL)
    os.close(write)
    child = int(os.read(read, 20))
    os.waitpid(pid, 0)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.kill(child, signal.SIGKILL)
    raise AssertionError("the pipeline child outlived its server process")


def test_close_stops_the_child() -> None:
    runner = IsolatedRunner(_work, budget_seconds=1.0)
    pid = runner.run(job("a"))["pid"]
    runner.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_inline_runner_maps_recursion_to_no_article() -> None:
    runner = InlineRunner(_work)
    assert runner.run(job("a"))["pid"] == os.getpid()
    with pytest.raises(errors.NoArticle):
        runner.run(job("recursion"))
