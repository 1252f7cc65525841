"""The NLP/relation stage on a dask.distributed cluster (``kg build --cluster local|tcp://HOST:8786``).

The client (this process) reads the inputs, sends batches of articles to the cluster with ``client.submit``
(at most two per worker thread in flight, so memory stays bounded), takes plain :class:`~kg.model.ArticleFacts`
back in input order and alone writes the store. Each worker process loads the spaCy model once: the
:class:`~kg.extractor.Extractor` is cached at module level in the worker, keyed (:class:`ExtractorKey`) by
the model, the batch bounds and a digest of the actor dictionary. The actor dictionary is loaded here and
scattered to the workers, so ``--actors`` files need to exist only on the client; ``--model`` must name a
model installed on every worker.

``local`` starts a :class:`distributed.LocalCluster` on 127.0.0.1 with ``workers`` single-threaded worker
processes and no dashboard. dask.distributed is an optional dependency (``pip install 'kg[cluster]'``).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple

from kg.actors import ActorIndex, load_actors
from kg.errors import ClusterError, KGError, WorkerError
from kg.extractor import BuildOptions, Extractor, article_batches
from kg.lexicon import resource_path
from kg.model import Article, ArticleFacts

if TYPE_CHECKING:  # distributed is optional (the cluster extra): imported when a cluster build starts
    from distributed import Client, Future

log = logging.getLogger(__name__)

LOCAL = "local"
CONNECT_TIMEOUT = "30s"
WORKER_WAIT = 30.0  # seconds a scheduler may take to have its first worker (`dask worker` takes a few to register)


class ExtractorKey(NamedTuple):
    """What a worker's cached :class:`~kg.extractor.Extractor` depends on."""

    model: str | None
    batch_size: int
    batch_chars: int | None
    chunk_chars: int | None
    actors_digest: str
    resources: tuple[str, ...] = ()


_EXTRACTORS: dict[ExtractorKey, Extractor] = {}  # worker side: one model per worker process
_LOCK = threading.Lock()  # a worker with several threads runs one batch at a time through its model


def _distributed() -> ModuleType:
    try:
        import distributed
    except ImportError as e:
        raise ClusterError("--cluster needs dask.distributed, which is not installed "
                           "(pip install 'kg[cluster]')") from e
    return distributed


def actors_digest(extra: Iterable[str]) -> str:
    """A digest of the shipped actor dictionary and the ``--actors`` files (part of the worker cache key)."""
    from kg.actors import SHIPPED

    digest = hashlib.sha256()
    for path in (*(resource_path(name) for name in SHIPPED), *map(Path, extra)):
        try:
            digest.update(path.read_bytes())
        except OSError as e:
            raise ClusterError(f"cannot read actor file {path}: {e.strerror or e}") from e
    return digest.hexdigest()


def extract_batch(key: ExtractorKey, options: BuildOptions, actors: ActorIndex,
                  batch: list[Article]) -> list[ArticleFacts]:
    """Worker side: the facts of one batch, with the worker's cached extractor for ``key``."""
    with _LOCK:
        extractor = _EXTRACTORS.get(key)
        if extractor is None:
            _EXTRACTORS.clear()  # keep one model per worker process
            extractor = _EXTRACTORS[key] = Extractor(options, actors)
        return list(extractor.run(batch))


@contextmanager
def connect(address: str, workers: int) -> Iterator[Client]:
    """A dask client for ``address`` (``local`` starts a LocalCluster on loopback), closed on exit."""
    distributed = _distributed()
    if not log.isEnabledFor(logging.INFO):  # dask logs every start and stop at INFO; kg shows them with -v
        logging.getLogger("distributed").setLevel(logging.WARNING)
    cluster = None
    try:
        if address == LOCAL:
            # no dashboard; the scheduler's own HTTP server (health checks) takes a free port, not 8787, where
            # another cluster's dashboard made dask warn "Port 8787 is already in use"
            cluster = distributed.LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                                               host="127.0.0.1", dashboard_address=None,
                                               scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as e:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot reach the dask cluster {address}: {' '.join(str(e).split())}") from e
    try:
        _wait_for_a_worker(client, address)
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _wait_for_a_worker(client: Client, address: str) -> None:
    """A scheduler without workers fails at once, saying how to start one (dask raised a TimeoutError)."""
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT)
    except (OSError, TimeoutError) as e:
        raise ClusterError(f"the dask cluster {address} has no worker after {WORKER_WAIT:g} s; start one on each "
                           f"worker machine: dask worker {address} --nworkers auto --nthreads 1") from e


def extract_on_cluster(articles: Iterable[Article], options: BuildOptions) -> Iterator[ArticleFacts]:
    """Facts for each article, in input order, computed on the cluster ``options.cluster``."""
    if not options.cluster:
        raise ClusterError("no dask cluster given (options.cluster is empty)")
    key = ExtractorKey(options.model, options.batch_size, options.batch_chars, options.chunk_chars,
                       actors_digest(options.actors), options.resources)
    actors = load_actors(options.actors)
    with connect(options.cluster, options.workers) as client:
        threads = sum(client.nthreads().values())
        log.info("dask cluster %s: %d worker thread(s)", options.cluster, threads)
        shared = client.scatter(actors, broadcast=True)
        pending: deque[Future[list[ArticleFacts]]] = deque()
        try:
            for batch in article_batches(articles, options):
                pending.append(client.submit(extract_batch, key, options, shared, batch, pure=False))
                if len(pending) >= 2 * max(threads, 1):
                    yield from _result(pending.popleft())
            while pending:
                yield from _result(pending.popleft())
        finally:
            for future in pending:
                future.cancel()


def _result(future: Future[list[ArticleFacts]]) -> list[ArticleFacts]:
    try:
        return future.result()
    except KGError:
        raise
    except Exception as e:  # KilledWorker, lost connections, a failure inside a task: one line, cause chained
        log.debug("dask task failed", exc_info=True)
        raise WorkerError(f"a task on the dask cluster failed: {type(e).__name__}: {' '.join(str(e).split())}") \
            from e
