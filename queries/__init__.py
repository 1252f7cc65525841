"""kg's named SPARQL queries (the ``*.rq`` files here), installed as the data package ``kg.queries``.

This folder is their only copy: setuptools maps it to ``kg/queries/`` in a wheel (``package-dir`` in
pyproject.toml), and ``kg query NAME`` / ``kg queries`` read it through :mod:`importlib.resources`.
"""
