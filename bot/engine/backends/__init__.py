"""Search backends: the interface (``base``), the registry of names, and one package per backend."""
