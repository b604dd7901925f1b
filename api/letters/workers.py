"""Letters are rendered in worker processes: off the event loop, with a time and a memory limit.

A template is code written by staff. The sandbox (sandbox.py) counts the work a template asks
for, but not every cost shows up in a count (the HTML parser behind `markup.py` can take
quadratic time on some output, WeasyPrint's layout has costs of its own), and a render on the
event loop would stop every other request while it ran. So every render, and every PDF, runs
in a small pool of worker processes:

    workers = LetterWorkers(size=2)
    html = await workers.render_html(kind, source, context)   # RENDER_SECONDS at most
    pdf = await workers.render_pdf(html)                      # PRINT_SECONDS at most
    await workers.check(kind, source)     # a new template: rendered and printed once
    await workers.close()                 # the app's lifespan, at shutdown

- A job that runs past its time limit is answered at once with a RuleViolation
  "template-limit" on "body"; then its worker is killed (SIGKILL) and replaced, before it
  takes the next job. A rendering costs its caller at most the limit, whatever the template.
- Each worker may grow by MEMORY_HEADROOM bytes beyond its size once warm (its address space,
  `RLIMIT_AS`): past it, the job fails with MemoryError (or the worker dies), which also
  refuses the template, and the worker is replaced.
- At most `size` jobs run at once; others queue on a semaphore, so a burst of previews waits
  its turn instead of starting work without bound. A job that cannot start within
  QUEUE_SECONDS is answered 503 with Retry-After.
- The event loop never blocks: each worker has a thread of the pool that talks to it over a
  pipe, and the loop awaits an answer from that thread.

Workers are forked from a fork server ("forkserver") that has imported this package once, so
a replacement is ready in a fraction of a second; plain fork is unsafe in a process that runs
asyncio and threads. Each worker starts when a letter first needs it. As with every start
method but fork, the program's main module must not start work when imported (`python -m api`,
uvicorn and pytest do not).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import multiprocessing
import os
import resource
import signal
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any

from starlette.exceptions import HTTPException

from domain.errors import RuleViolation

from .context import DEFAULT_CENTRE, CentreInfo, LetterContext
from .defaults import DEFAULT_TEMPLATES
from .kinds import LetterKind
from .layout import render_html
from .pdf import render_pdf, render_text_pdf
from .samples import sample_context

RENDER_SECONDS = 1.0
"""A template to HTML: milliseconds for a real letter, 0.1 s for the most output a template may
make. With the margin left for a busy machine, the caller has an answer within 2 s."""
PRINT_SECONDS = 10.0
"""HTML to PDF: 50-100 ms for a letter, about 2 s for the longest output a template may make."""
MEMORY_HEADROOM = 256 * 1024 * 1024
"""What a worker may grow by beyond its size once started (fonts and layout loaded)."""
QUEUE_SECONDS = 10.0
"""How long a job may wait for a free worker before the request is answered 503."""
START_SECONDS = 60.0
"""How long a new worker may take to start (generous: the machine may be busy)."""
RETRY_AFTER_SECONDS = 5

_READY = "ready"
_OK, _REFUSED, _OVER, _FAILED = "ok", "refused", "over", "failed"


class LettersBusy(HTTPException):
    """Every worker stayed busy for QUEUE_SECONDS: answered 503, to be tried again shortly."""

    def __init__(self) -> None:
        super().__init__(
            503,
            "Der dannes mange breve lige nu. Prøv igen om lidt.",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )


class LetterWorkerFailed(RuntimeError):
    """A worker could not start, or a job failed in a way that is no template's fault."""


# --- in the worker process ----------------------------------------------------------------


def _text_pdf(title: str, paragraphs: list[str], centre: CentreInfo, dated: date | None) -> bytes:
    return render_text_pdf(title, paragraphs, centre=centre, dated=dated)


_JOBS: dict[str, Callable[..., object]] = {
    "html": render_html,
    "pdf": render_pdf,
    "text_pdf": _text_pdf,
}


def _address_space() -> int:
    """The process's virtual memory size in bytes (what RLIMIT_AS limits); 0 if unknown."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _warm_up() -> None:
    """One letter printed, so fonts and styles are loaded before the memory limit is set and
    before the first job's time limit runs."""
    kind = LetterKind.INVITATION
    render_pdf(render_html(kind, DEFAULT_TEMPLATES[kind], sample_context(kind)))


def _serve(connection: Connection, memory_headroom: int) -> None:
    """A worker's life: warm up, limit its memory, then one job at a time until the pipe ends."""
    # Ctrl-C reaches the whole process group; the app stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm_up()
    size = _address_space()
    if memory_headroom and size:
        limit = size + memory_headroom
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    connection.send(_READY)
    while True:
        try:
            name, args = connection.recv()
        except (EOFError, OSError):
            return
        except MemoryError:  # a job too large to receive: the pipe is out of step, so end
            return
        reply = _run(name, args)
        try:
            connection.send(reply)
        except MemoryError:
            connection.send((_OVER, "memory"))


def _run(name: str, args: tuple[Any, ...]) -> tuple[Any, ...]:
    try:
        return (_OK, _JOBS[name](*args))
    except RuleViolation as violation:
        return (_REFUSED, violation.message, violation.field, violation.rule)
    except (MemoryError, RecursionError):
        return (_OVER, "memory")
    except Exception as error:
        return (_FAILED, type(error).__name__)


# --- in the app's process -----------------------------------------------------------------


class _Worker:
    """One worker process and the pipe to it; used by one thread of the pool at a time."""

    def __init__(self, context: BaseContext, memory_headroom: int) -> None:
        self._context = context
        self._memory_headroom = memory_headroom
        self._lock = threading.Lock()  # the job's thread and close() may both stop it
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None

    def _running(self) -> Connection:
        with self._lock:
            if self._process is not None and self._process.is_alive() and self._connection:
                return self._connection
        self.stop()
        ours, theirs = self._context.Pipe()
        process = self._context.Process(  # type: ignore[attr-defined]
            target=_serve,
            args=(theirs, self._memory_headroom),
            name="letters-worker",
            daemon=True,
        )
        process.start()
        theirs.close()
        with self._lock:
            self._process, self._connection = process, ours
        try:
            ready = ours.poll(START_SECONDS) and ours.recv() == _READY
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.stop()
            raise LetterWorkerFailed("a letter worker did not start")
        return ours

    def run(
        self,
        job: tuple[str, tuple[Any, ...]],
        seconds: float,
        answer: Callable[[tuple[Any, ...]], None],
    ) -> None:
        """Blocking, in the pool's thread: `answer` the job's reply, or (_OVER, why) once the
        job is stopped. A stopped worker is replaced after the answer, not before: the caller
        does not wait for it, and the next job finds it ready."""
        reply = self._exchange(self._running(), job, seconds)
        answer(reply)
        if reply[0] == _OVER:
            # Out of time (still running), dead, or past a MemoryError (a fresh process rather
            # than a fragmented one): killed, and replaced.
            self.stop()
            with contextlib.suppress(LetterWorkerFailed):  # if so, the next job tries again
                self._running()

    @staticmethod
    def _exchange(
        connection: Connection, job: tuple[str, tuple[Any, ...]], seconds: float
    ) -> tuple[Any, ...]:
        try:
            connection.send(job)
        except (OSError, EOFError, ValueError):  # it died reading a job too large for it
            return (_OVER, "memory")
        try:
            if not connection.poll(seconds):
                return (_OVER, "time")
            reply: tuple[Any, ...] = connection.recv()
        except (OSError, EOFError, ValueError):  # it died (or close() stopped it)
            return (_OVER, "memory")
        return reply

    def stop(self, *, graceful: bool = False) -> None:
        """End the process: an idle one (graceful) at the end of its pipe, else killed."""
        with self._lock:
            process, connection = self._process, self._connection
            self._process = self._connection = None
        if process is not None:
            if graceful and connection is not None:
                connection.close()
                connection = None
                process.join(1.0)
            if process.is_alive():
                process.kill()
            process.join(5.0)
            if not process.is_alive():
                process.close()
        # Closed after the kill: a thread waiting on the pipe then sees its end, not a reused fd.
        if connection is not None:
            connection.close()


def _over_message(why: str, seconds: float, what: str) -> str:
    if why == "time":
        shown = f"{seconds:g}".replace(".", ",")
        unit = "sekund" if seconds == 1 else "sekunder"
        return f"{what} blev ikke færdig inden for {shown} {unit}."
    return f"{what} brugte mere hukommelse, end et brev kan få."


def _settle(answered: asyncio.Future[tuple[Any, ...]], reply: tuple[Any, ...]) -> None:
    if not answered.done():
        answered.set_result(reply)


class LetterWorkers:
    """The pool: `size` worker processes, each job with its time limit (see the module)."""

    def __init__(
        self,
        size: int = 2,
        *,
        render_seconds: float = RENDER_SECONDS,
        print_seconds: float = PRINT_SECONDS,
        memory_headroom: int = MEMORY_HEADROOM,
        queue_seconds: float = QUEUE_SECONDS,
        start_method: str = "forkserver",
    ) -> None:
        if size < 1:
            raise ValueError("a pool needs at least one worker")
        context = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            # The fork server imports the letters once; each worker is a fork of it. (This is
            # the process's one fork server: a preload set after it started is not used.)
            context.set_forkserver_preload([__name__])
        self.render_seconds = render_seconds
        self.print_seconds = print_seconds
        self._queue_seconds = queue_seconds
        self._workers = [_Worker(context, memory_headroom) for _ in range(size)]
        self._idle = list(self._workers)
        self._slots = asyncio.Semaphore(size)
        self._threads = ThreadPoolExecutor(max_workers=size, thread_name_prefix="letters")
        self._closed = False

    async def _run(self, name: str, args: tuple[Any, ...], seconds: float) -> tuple[Any, ...]:
        if self._closed:
            raise LetterWorkerFailed("the letter workers are closed")
        try:
            async with asyncio.timeout(self._queue_seconds):
                await self._slots.acquire()
        except TimeoutError:
            raise LettersBusy() from None
        worker = self._idle.pop()
        loop = asyncio.get_running_loop()
        answered: asyncio.Future[tuple[Any, ...]] = loop.create_future()

        def answer(reply: tuple[Any, ...]) -> None:
            loop.call_soon_threadsafe(_settle, answered, reply)

        try:
            job = self._threads.submit(worker.run, (name, args), seconds, answer)
        except BaseException:
            self._idle.append(worker)
            self._slots.release()
            raise
        asyncio.wrap_future(job).add_done_callback(
            functools.partial(self._finished, worker, answered)
        )
        # Shielded: a request that goes away (its client disconnected) leaves the job to end
        # or time out, and its worker is free for the next job only then.
        return await asyncio.shield(answered)

    def _finished(
        self,
        worker: _Worker,
        answered: asyncio.Future[tuple[Any, ...]],
        job: asyncio.Future[None],
    ) -> None:
        """The worker's thread is done (answered, and replaced if it was stopped): free."""
        self._idle.append(worker)
        self._slots.release()
        failure = None if job.cancelled() else job.exception()
        if not answered.done():  # the thread failed before answering (a worker did not start)
            if failure is None:
                answered.cancel()
            else:
                answered.set_exception(failure)
        if not answered.cancelled():
            answered.exception()  # retrieved here: whoever waited for it may be gone

    @staticmethod
    def _outcome(reply: tuple[Any, ...], over: Callable[[str], RuleViolation]) -> Any:
        status = reply[0]
        if status == _OK:
            return reply[1]
        if status == _REFUSED:
            raise RuleViolation(reply[1], field=reply[2], rule=reply[3])
        if status == _OVER:
            raise over(reply[1])
        raise LetterWorkerFailed(f"a letter job failed with {reply[1]}")

    async def render_html(self, kind: LetterKind, source: str, context: LetterContext) -> str:
        """`render_html` in a worker, within `render_seconds`."""
        reply = await self._run("html", (kind, source, context), self.render_seconds)

        def over(why: str) -> RuleViolation:
            message = _over_message(why, self.render_seconds, "Skabelonen")
            return RuleViolation(
                f"{message} Den gør mere arbejde, end et brev kan rumme.",
                field="body",
                rule="template-limit",
            )

        html: str = self._outcome(reply, over)
        return html

    async def render_pdf(self, html: str) -> bytes:
        """`render_pdf` in a worker, within `print_seconds`; the same bytes as in-process."""
        reply = await self._run("pdf", (html,), self.print_seconds)

        def over(why: str) -> RuleViolation:
            message = _over_message(why, self.print_seconds, "Brevet")
            return RuleViolation(
                f"{message} Skabelonen danner et brev, der er for stort at trykke.",
                field="body",
                rule="template-limit",
            )

        pdf: bytes = self._outcome(reply, over)
        return pdf

    async def render_text_pdf(
        self,
        title: str,
        paragraphs: Sequence[str],
        *,
        centre: CentreInfo = DEFAULT_CENTRE,
        dated: date | None = None,
    ) -> bytes:
        """`render_text_pdf` in a worker, within `print_seconds`."""
        reply = await self._run(
            "text_pdf", (title, list(paragraphs), centre, dated), self.print_seconds
        )

        def over(why: str) -> RuleViolation:
            message = _over_message(why, self.print_seconds, "Dokumentet")
            return RuleViolation(message, rule="document-limit")

        pdf: bytes = self._outcome(reply, over)
        return pdf

    async def check(self, kind: LetterKind, source: str) -> None:
        """Refuse a template that cannot make a letter (`check_template`'s rules) or that makes
        one too large to print within the limits: it is rendered and printed once, for the
        kind's made-up citizen."""
        html = await self.render_html(kind, source, sample_context(kind))
        await self.render_pdf(html)

    async def close(self) -> None:
        """Stop every worker (a job still running is ended)."""
        self._closed = True
        idle = [worker in self._idle for worker in self._workers]
        await asyncio.to_thread(self._stop_all, idle)
        self._threads.shutdown(wait=False, cancel_futures=True)

    def _stop_all(self, idle: list[bool]) -> None:
        for worker, graceful in zip(self._workers, idle, strict=True):
            worker.stop(graceful=graceful)
