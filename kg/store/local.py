"""The local pyoxigraph backends of :mod:`kg.store`: in memory (``"memory"``) and on disk (RocksDB, with a lock).

Locking. ``write=True`` on an on-disk store takes the write lock of :mod:`kg.locks` (``<store>/kg.lock``) before
RocksDB is opened, so two ``kg build`` runs never interleave; ``wait`` is how long to retry for it.
Memory and remote stores take no lock (the remote server orders requests itself).

Read-only opens (``write=False``) use ``pyoxigraph.Store.read_only`` and take no lock, so ``kg query`` or
``kg serve`` work while a ``kg build`` writes. What we measured with pyoxigraph 0.5.13 (its docs call this
"undefined behaviour"): the reader sees a consistent snapshot as of its open time and never later writes;
opening replays the writer's unflushed write-ahead log, which can take seconds after many updates; and an open
can fail with "No such file or directory" when the writer rotates that log at the same moment, so opens are
retried a few times. Writers flush on :meth:`Store.close` so that later opens are fast. A store held by a
program other than kg (e.g. ``oxigraph serve --location``) cannot be opened for writing.

Open these through :func:`kg.store.open_store`. This module imports only :mod:`kg.store.base` of the package.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import IO

import pyoxigraph
from pyoxigraph import BlankNode, NamedNode, Quad, RdfFormat

from kg.errors import QueryError, StoreError, StoreLockedError
from kg.locks import LOCK_NAME, acquire_lock, holder_pid, pid_alive, release_lock
from kg.store.base import CONTENT_HASH, PREFIXES, QueryResult, Store, graph_iri, one_line, plain, replace_update

log = logging.getLogger(__name__)


class LocalStore(Store):
    """A pyoxigraph store in this process; used as is for ``"memory"``."""

    def __init__(self, store: pyoxigraph.Store, name: str, writable: bool):
        super().__init__(name, writable)
        self._store: pyoxigraph.Store | None = store

    def _live(self) -> pyoxigraph.Store:
        if self._store is None:
            raise StoreError(f"store {self.name} is closed")
        return self._store

    def query(self, sparql: str, *, union: bool = False) -> QueryResult:
        try:
            return self._live().query(sparql, use_default_graph_as_union=union)
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL query: {one_line(e)}") from e
        except (OSError, RuntimeError, ValueError) as e:
            raise StoreError(f"query failed on store {self.name}: {one_line(e)}") from e

    def article_hash(self, article_id: str) -> str | None:
        """As :meth:`Store.article_hash`, read by pattern rather than by a SPARQL query (a build asks once per
        article)."""
        graph = graph_iri(article_id)
        try:
            found = next(self._live().quads_for_pattern(graph, CONTENT_HASH, None, graph), None)
        except (OSError, RuntimeError) as e:
            raise StoreError(f"query failed on store {self.name}: {one_line(e)}") from e
        return str(found.object.value) if found is not None and isinstance(found.object, pyoxigraph.Literal) else None

    def update(self, sparql: str) -> None:
        self.require_write()
        try:
            self._live().update(sparql)
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL update: {one_line(e)}") from e
        except (OSError, RuntimeError, ValueError) as e:
            raise StoreError(write_failure(self.name, e, "update failed on")) from e

    def _replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        store = self._live()
        if quads and not store.contains_named_graph(graph):
            try:  # a new graph: one transactional extend is much faster than parsing an update
                store.extend(quads)
            except (OSError, RuntimeError) as e:
                raise StoreError(write_failure(self.name, e)) from e
        else:
            self.update(replace_update(graph, quads))

    def _write_dataset(self, out: IO[bytes], fmt: RdfFormat) -> None:
        self._live().dump(out, fmt, prefixes=PREFIXES if fmt == RdfFormat.TRIG else None)

    def close(self) -> None:
        self._store = None


class DiskStore(LocalStore):
    """An on-disk (RocksDB) Oxigraph store; writers hold the ``kg.lock`` file lock until closed.

    New articles are written in batches: their quads wait in this process until about ``BULK_QUADS`` have come or
    the first has waited ``WAIT_SECONDS``, then RocksDB's bulk loader writes them (``bulk_extend``), and their
    content-hash quads follow in one transaction. Writing
    articles one transaction at a time, or in small bulk batches, cost the build as much CPU again in RocksDB's
    background compactions as the whole RDF stage (README "Performance"). An article counts as stored once its
    hash is (:meth:`Store.article_hash`), so a build killed during a batch leaves articles without a hash, which
    the next build writes again (over their partial graph, by the transactional update path). Anything that reads
    or updates the store writes the waiting batch first. An article with blank nodes is written in its own
    transaction (the loader would rename them across the batch).
    """

    # Quads written in transactions between flushes (about 100 news articles). RocksDB keeps transactional writes in
    # memtables, one per index, until they are flushed to disk; flushing every 1,000 articles let the writer grow by
    # about 270 MB, every 20,000 quads by about 55 MB, with no consistent cost in time (bench/store_memory.py,
    # README "Performance").
    FLUSH_QUADS = 20_000
    # New articles' quads per bulk load (about 240 news articles, some 90 MB of Quad objects waiting in this
    # process). Each bulk load adds files that RocksDB's background threads compact later, in this process. On the
    # corpus (726,647 quads, quiet machine) loads of 50,000 quads cost the writing process 14.2-14.8 s of CPU (6.3 s
    # of it in compaction threads) and peaked at 238 MB; loads of 100,000 12.2 s and 299 MB; of 200,000 (about
    # 130,000 in practice, bounded by WAIT_SECONDS) 10.0 s and 471 MB (README "Performance"). Loading Quad objects
    # (``bulk_extend``) rather than their N-Quads (``bulk_load``, a third less memory) saves the loader's parse:
    # 12-15% of its CPU.
    BULK_QUADS = 100_000
    # Seconds a new article may wait for the bulk loader (checked at the next write): a slow input (a pipe) or a
    # reader following the build sees articles soon after they are extracted.
    WAIT_SECONDS = 10.0

    def __init__(self, store: pyoxigraph.Store, name: str, path: Path, lock: IO[bytes] | None):
        super().__init__(store, name, writable=lock is not None)
        self.path = path
        self._lock = lock
        self._unflushed = 0
        self._pending: list[Quad] = []  # the quads of the new articles waiting, without their hashes
        self._pending_hashes: list[Quad] = []
        self._pending_hash: dict[NamedNode, str | None] = {}  # graph → content hash of the articles waiting
        self._pending_since = 0.0  # time.monotonic() when the first of them came

    def _replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        if quads and graph not in self._pending_hash and not self._live().contains_named_graph(graph) \
                and not _has_blank_node(quads):
            self._wait(graph, quads)
        else:  # a stored (or waiting) article is replaced in one transaction, after the waiting batch
            self._write_pending()
            super()._replace_graph(graph, quads)
            self._unflushed += len(quads) + 1
        if self._pending and (len(self._pending) + len(self._pending_hashes) >= self.BULK_QUADS
                              or time.monotonic() - self._pending_since >= self.WAIT_SECONDS):
            self._write_pending()
        if self._unflushed >= self.FLUSH_QUADS:  # transactional writes wait in RocksDB's memtables until flushed
            self.flush()

    def _wait(self, graph: NamedNode, quads: list[Quad]) -> None:
        if not self._pending:
            self._pending_since = time.monotonic()
        hashes = [q for q in quads if q.predicate == CONTENT_HASH]
        self._pending += [q for q in quads if q.predicate != CONTENT_HASH]
        self._pending_hashes += hashes
        self._pending_hash[graph] = plain(hashes[0].object) if hashes else None

    def _write_pending(self) -> None:
        """The waiting articles' quads by the bulk loader, then their content hashes in one transaction."""
        if not self._pending:
            return
        pending, hashes, articles = self._pending, self._pending_hashes, self._pending_hash
        self._pending, self._pending_hashes, self._pending_hash = [], [], {}
        store = self._live()
        try:
            store.bulk_extend(pending)
            store.extend(hashes)
        except (OSError, RuntimeError, SyntaxError) as e:
            raise StoreError(write_failure(self.name, e)) from e
        log.debug("wrote %d new articles (%d quads) to store %s", len(articles), len(pending) + len(hashes), self.name)
        self._unflushed += len(hashes)

    def article_hash(self, article_id: str) -> str | None:
        graph = graph_iri(article_id)
        return self._pending_hash[graph] if graph in self._pending_hash else super().article_hash(article_id)

    def query(self, sparql: str, *, union: bool = False) -> QueryResult:
        self._write_pending()
        return super().query(sparql, union=union)

    def update(self, sparql: str) -> None:
        self._write_pending()
        super().update(sparql)

    def _write_dataset(self, out: IO[bytes], fmt: RdfFormat) -> None:
        self._write_pending()
        super()._write_dataset(out, fmt)

    def flush(self) -> None:
        """Write the waiting articles, then RocksDB's memtables to disk, which frees their memory (and makes
        read-only opens fast)."""
        self._write_pending()
        try:
            self._live().flush()
        except (OSError, RuntimeError) as e:
            raise StoreError(write_failure(self.name, e, "cannot flush")) from e
        self._unflushed = 0

    def size_bytes(self) -> int | None:
        return sum(_file_size(f) for f in self.path.rglob("*"))

    def close(self) -> None:
        try:
            if self._store is not None and self.writable:
                self.flush()
        finally:
            self._store = None
            if self._lock is not None:
                release_lock(self._lock)
                self._lock = None


def _has_blank_node(quads: list[Quad]) -> bool:
    return any(isinstance(q.subject, BlankNode) or isinstance(q.object, BlankNode) for q in quads)


_FULL = ("no space left", "file too large", "quota exceeded")
_READ_ONLY = ("read-only file system", "permission denied")


def write_failure(name: str, error: BaseException, what: str = "write failed on") -> str:
    """One line for a failed write; a full disk (or file size limit) says what to do, and that nothing is lost.

    >>> write_failure("s", OSError("IO error: While appending to file: s/8.log: File too large"))
    'store s: the disk is full (IO error: While appending to file: s/8.log: File too large); every article \
written before is kept: free space and run kg build again'
    """
    detail = one_line(error)
    if any(word in detail.lower() for word in _FULL):
        return (f"store {name}: the disk is full ({detail}); every article written before is kept: "
                "free space and run kg build again")
    if any(word in detail.lower() for word in _READ_ONLY):
        return f"store {name} is read-only ({detail}); kg query, stats, export and serve can still read it"
    return f"{what} store {name}: {detail}"


def open_failure(name: str, error: BaseException, what: str) -> str:
    """One line for a store that cannot be opened: damaged, read-only, or anything else."""
    detail = one_line(error)
    if "corrupt" in detail.lower() or isinstance(error, FileNotFoundError):
        return (f"store {name} is damaged ({detail}); restore it from a backup, or build again into a new "
                "directory")
    if any(word in detail.lower() for word in _READ_ONLY):
        return f"store {name} is read-only ({detail}); kg query, stats, export and serve can still read it"
    return f"{what} {name}: {detail}"


def open_writer(path: Path, name: str, wait: float) -> DiskStore:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create store {name}: {one_line(e)}") from e
    lock = acquire_lock(path / LOCK_NAME, name, wait)
    try:
        return DiskStore(pyoxigraph.Store(str(path)), name, path, lock)
    except (OSError, RuntimeError) as e:
        release_lock(lock)
        if "lock" in str(e).lower() and "corrupt" not in str(e).lower():
            raise StoreLockedError(f"store {name} is in use by another program (RocksDB lock held)") from e
        raise StoreError(open_failure(name, e, "cannot open store")) from e


def open_reader(path: Path, name: str, attempts: int = 5) -> DiskStore:
    if not (path / "CURRENT").is_file():  # RocksDB's pointer to its current manifest
        raise StoreError(f"no store at {name}; build one first (kg build)")
    pid = holder_pid(path / LOCK_NAME)
    if pid and pid_alive(pid):
        log.info("store %s is being written by pid %s; reading a snapshot as of now", name, pid)
    attempt = 0
    while True:
        attempt += 1
        try:
            return DiskStore(pyoxigraph.Store.read_only(str(path)), name, path, None)
        except FileNotFoundError as e:  # the writer rotated its log while we opened: try again
            if attempt >= attempts:  # not a rotation: a file of the store is missing
                raise StoreError(open_failure(name, e, "cannot open store")) from e
            time.sleep(0.05 * attempt)
        except (OSError, RuntimeError) as e:
            raise StoreError(open_failure(name, e, "cannot open store")) from e


def _file_size(path: Path) -> int:
    """A file's size, 0 for a folder or a file gone since it was listed (RocksDB's background compaction deletes
    the files it merges while the store is open)."""
    try:
        return path.stat().st_size if path.is_file() else 0
    except FileNotFoundError:
        return 0
