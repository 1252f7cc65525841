"""Exceptions raised by the kg library. Only the CLI turns them into messages and exit codes."""


class KGError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 1


class InputError(KGError):
    """An input file or line cannot be read as an article."""

    exit_code = 2


class ResourceError(KGError):
    """A lexicon or pattern file under kg/resources (or given by the user) is invalid."""

    exit_code = 3


class ModelError(KGError):
    """No usable spaCy model could be loaded."""

    exit_code = 3


class StoreError(KGError):
    """The triple store cannot be opened, written or read."""

    exit_code = 4


class StoreLockedError(StoreError):
    """Another process holds the store's write lock."""


class QueryError(KGError):
    """A SPARQL query is unknown, unreadable or invalid."""

    exit_code = 5


class MissingParameterError(QueryError):
    """A query has a ``$name`` no value was given for (``name`` says which)."""

    def __init__(self, name: str, message: str | None = None):
        super().__init__(message or f"query needs --param {name}=VALUE")
        self.name = name


class ExportError(KGError):
    """An export cannot be written."""

    exit_code = 6


class EvaluationError(KGError):
    """A gold file is invalid or the evaluation cannot run."""

    exit_code = 7


class WorkerError(KGError):
    """An NLP worker process died or a task on the dask cluster failed."""

    exit_code = 8


class ClusterError(WorkerError):
    """The dask cluster cannot be started or reached, or dask.distributed is not installed."""


class MissingDependencyError(KGError):
    """An optional library (pandas, matplotlib, …) that a feature needs is not installed."""

    exit_code = 9


class CurationError(KGError):
    """A curator's decision (kg merge, kg alias) names no person, or an ambiguous one."""

    exit_code = 10


def reason(error: BaseException) -> str:
    """An error's cause for a message, on one line: an ``OSError``'s text without the file names it carries, which
    may be a temporary file's (``.kg.gexf.x1y2.tmp``) rather than the path the user gave.

    >>> reason(PermissionError(13, "Permission denied", "/out/.kg.gexf.x1y2.tmp")), reason(ValueError("bad\\n value"))
    ('Permission denied', 'bad value')
    """
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return " ".join(str(error).split())


def require(module: str, feature: str, extra: str):
    """Import an optional ``module`` for ``feature`` or raise :class:`MissingDependencyError` saying how to get it.

    >>> require("json", "tests", "test").__name__
    'json'
    >>> require("no_such_mod_kg", "plots", "plot")
    Traceback (most recent call last):
    kg.errors.MissingDependencyError: plots need no_such_mod_kg: pip install 'kg[plot]' (or pip install no_such_mod_kg)
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise MissingDependencyError(f"{feature} need {module}: pip install 'kg[{extra}]' "
                                     f"(or pip install {module})") from e
