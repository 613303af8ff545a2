"""Runs the pipeline under a hard time budget.

trafilatura's Python API has no timeout and a pathological page can hold lxml in C code, where no
signal reaches it. So each gunicorn worker keeps one warm child process (forked, so it shares the
loaded modules) that runs the pipeline; past the budget the child is killed and replaced, and the
worker itself goes on serving.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import resource
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from server import errors

log = logging.getLogger("sourcelight")

#: A child is replaced after this many jobs, so a slow leak in a library cannot grow forever.
MAX_JOBS_PER_CHILD = 1000


@dataclass(frozen=True, slots=True)
class Job:
    html: str
    url: str | None
    title: str | None


JobFunction = Callable[[Job], dict[str, Any]]


#: Signals whose handlers a forked child inherits from its gunicorn worker. gunicorn's handlers
#: only set a flag, so a child keeping them ignores SIGTERM and its worker hangs joining it.
_RESET_SIGNALS = (
    "SIGTERM",
    "SIGINT",
    "SIGQUIT",
    "SIGHUP",
    "SIGUSR1",
    "SIGUSR2",
    "SIGWINCH",
    "SIGCHLD",
)


def _detach_from_server(keep: int) -> None:
    """Let go of everything the fork copied from the server process.

    The child is forked while a request is being served, so it holds copies of the client's
    socket and gunicorn's listening socket: if the server process is killed, the client would see
    no reset until the child finished. Closing them, and asking Linux to kill the child with its
    parent, makes a dead worker's client get an error at once.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    top = soft if 0 < soft < 1 << 20 else 1 << 20
    os.closerange(3, keep)
    os.closerange(keep + 1, top)


def _child_main(conn: Connection, parent_end: Connection, function: JobFunction) -> None:
    """Serve jobs until the pipe closes. Errors go back by class name, never with page content."""
    for name in _RESET_SIGNALS:
        signal.signal(getattr(signal, name), signal.SIG_DFL)
    # The fork copied the parent's end of the pipe too: close it, or the child would never see
    # end-of-file when its server process dies, and would outlive it.
    parent_end.close()
    _detach_from_server(conn.fileno())
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", function(job)))
        except errors.SourcelightError as exc:
            conn.send(("error", type(exc).__name__, exc.message))
        except RecursionError:
            conn.send(("error", "NoArticle", "The page is nested too deeply to be read."))
        except Exception as exc:
            conn.send(
                (
                    "error",
                    "WorkerCrashed",
                    f"The page could not be analysed ({type(exc).__name__}).",
                )
            )


class IsolatedRunner:
    """One warm child process per server process, killed and replaced when a job runs over."""

    def __init__(self, function: JobFunction, budget_seconds: float) -> None:
        self._function = function
        self._budget = budget_seconds
        self._context = multiprocessing.get_context("fork")
        self._lock = threading.Lock()
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        self._owner_pid = 0
        self._jobs = 0

    def _start(self) -> None:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_child_main,
            args=(child, parent, self._function),
            name="sourcelight-pipeline",
            daemon=True,
        )
        process.start()
        child.close()
        self._process, self._conn, self._owner_pid, self._jobs = process, parent, os.getpid(), 0

    def _stop(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None and self._owner_pid == os.getpid():
            process.kill()
            process.join(timeout=5)

    def run(self, job: Job) -> dict[str, Any]:
        with self._lock:
            if self._owner_pid != os.getpid():
                # Forked from the process that started the child: that child is not ours.
                self._process = self._conn = None
            if (
                self._process is None
                or not self._process.is_alive()
                or self._jobs >= MAX_JOBS_PER_CHILD
            ):
                self._stop()
                self._start()
            assert self._conn is not None
            self._jobs += 1
            try:
                self._conn.send(job)
                ready = self._conn.poll(self._budget)
            except (BrokenPipeError, OSError):
                self._stop()
                raise errors.WorkerCrashed() from None
            if not ready:
                log.warning("analysis over budget (%.1f s); child replaced", self._budget)
                self._stop()
                raise errors.BudgetExceeded()
            try:
                message = self._conn.recv()
            except (EOFError, OSError):
                self._stop()
                raise errors.WorkerCrashed() from None
        if message[0] == "ok":
            return message[1]  # type: ignore[no-any-return]
        kind = getattr(errors, message[1], errors.WorkerCrashed)
        raise kind(message[2])

    def close(self) -> None:
        with self._lock:
            self._stop()


class InlineRunner:
    """Runs jobs in the calling thread: no hard budget. For debugging only."""

    def __init__(self, function: JobFunction) -> None:
        self._function = function

    def run(self, job: Job) -> dict[str, Any]:
        try:
            return self._function(job)
        except RecursionError:
            raise errors.NoArticle("The page is nested too deeply to be read.") from None

    def close(self) -> None:
        pass
