"""The write lock of an on-disk store: an exclusive ``fcntl.flock`` on ``<store>/kg.lock``.

:func:`acquire_lock` takes the lock before RocksDB is opened (see :func:`kg.store.open_store` with
``write=True``), so two ``kg build`` runs never interleave: with ``wait=0`` the second raises
:class:`~kg.errors.StoreLockedError` at once, with ``wait>0`` it retries until the timeout. The lock file holds
the writer's pid while the lock is held (:func:`holder_pid`); :func:`release_lock` forgets it and unlocks.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from pathlib import Path
from typing import IO

from kg.errors import StoreError, StoreLockedError

LOCK_NAME = "kg.lock"


def holder_pid(lock_path: Path) -> int | None:
    """The pid written in a lock file by its last holder, if any."""
    try:
        return int(lock_path.read_text().strip() or "x")
    except (OSError, ValueError):
        return None


def acquire_lock(lock_path: Path, name: str, wait: float) -> IO[bytes]:
    """Take the exclusive write lock, retrying for ``wait`` seconds; the returned file holds it."""
    try:
        lock = open(lock_path, "a+b")
    except OSError as e:
        detail = " ".join(str(e).split())  # on one line, as kg.store.one_line (not imported: it imports us)
        if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise StoreError(f"store {name} is read-only ({detail}); kg query, stats, export and serve can still "
                             "read it") from e
        raise StoreError(f"cannot create the lock file of store {name}: {detail}") from e
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError as e:
            if time.monotonic() >= deadline:
                lock.close()
                raise StoreLockedError(_locked_message(lock_path, name, wait)) from e
            time.sleep(min(0.05, max(deadline - time.monotonic(), 0.001)))
    lock.truncate(0)
    lock.write(f"{os.getpid()}\n".encode())
    lock.flush()
    return lock


def _locked_message(lock_path: Path, name: str, wait: float) -> str:
    pid = holder_pid(lock_path)
    who = f"pid {pid}" if pid else "pid unknown"
    if wait > 0:
        return f"store {name} is still locked by another kg process ({who}) after waiting {wait:g} s"
    return f"store {name} is locked by another kg process ({who}); wait or use --wait"


def release_lock(lock: IO[bytes]) -> None:
    """Forget the pid and release the lock."""
    try:
        lock.truncate(0)
        lock.flush()
        fcntl.flock(lock, fcntl.LOCK_UN)
    finally:
        lock.close()


def pid_alive(pid: int) -> bool:
    """True when a process with this pid exists (it may belong to another user)."""
    try:
        os.kill(pid, 0)  # signal 0 only checks that the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True
