"""Phone guide: an offline phone shopping guide."""

__version__ = "0.1.0"
