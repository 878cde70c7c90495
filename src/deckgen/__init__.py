"""deckgen: compile a typed event model (YAML) into a branded 16:9 PowerPoint deck.

The pipeline, one sub-package or module per stage: load → plan → render → write (see build.py).
"""

__version__ = "0.1.0"
