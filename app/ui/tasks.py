"""The one gateway for slow work: run a function off the GUI thread, get its result back on it.

`run_task(kind, work, on_success, on_failure)` runs `work()` in the thread pool.
Its result (or its error) is delivered on the GUI thread. A newer task of the
same kind supersedes an older one: only the latest result is delivered. Workers
return data and never touch widgets.

`in_order=True` runs the task in a lane of one thread, after every task sent there
before it: the shopper's events must reach the Session in the order they were made.
"""

from __future__ import annotations

import itertools
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_latest: dict[str, int] = {}
_counter = itertools.count(1)
_alive: set = set()  # deliveries waiting for their result, kept from the garbage collector
_lane: QThreadPool | None = None


def _in_order_lane() -> QThreadPool:
    global _lane
    if _lane is None:
        _lane = QThreadPool()
        _lane.setMaxThreadCount(1)
        _lane.setExpiryTimeout(-1)
    return _lane


class _Delivery(QObject):
    done = Signal(object, object)  # result, error

    def __init__(self, kind: str, ticket: int, on_success, on_failure):
        super().__init__()
        self.kind, self.ticket = kind, ticket
        self.on_success, self.on_failure = on_success, on_failure
        self.done.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        _alive.discard(self)
        if _latest.get(self.kind) != self.ticket:
            return  # superseded by a newer task of the same kind
        if error is None:
            self.on_success(result)
        elif self.on_failure is not None:
            self.on_failure(error)
        else:
            traceback.print_exception(error)


class _Work(QRunnable):
    def __init__(self, work: Callable[[], Any], delivery: _Delivery):
        super().__init__()
        self.work, self.delivery = work, delivery

    def run(self) -> None:
        try:
            result, error = self.work(), None
        except BaseException as caught:  # handed back to the GUI thread, never lost
            result, error = None, caught
        self.delivery.done.emit(result, error)


def run_task(kind: str, work: Callable[[], Any], on_success: Callable[[Any], None],
             on_failure: Callable[[BaseException], None] | None = None, in_order: bool = False) -> int:
    ticket = next(_counter)
    _latest[kind] = ticket
    delivery = _Delivery(kind, ticket, on_success, on_failure)
    _alive.add(delivery)
    pool = _in_order_lane() if in_order else QThreadPool.globalInstance()
    pool.start(_Work(work, delivery))
    return ticket


def wait_for_tasks(milliseconds: int = 10_000) -> bool:
    """Block until both pools are idle (tests and screenshots)."""
    lane_done = _lane.waitForDone(milliseconds) if _lane is not None else True
    return QThreadPool.globalInstance().waitForDone(milliseconds) and lane_done
