"""Engines for the batch stages beyond the embedded one (``kartlegg analyze --engine``).

The embedded engine is ``kartlegg.pipeline`` itself; ``engines.spark`` runs the same stage functions on a
Spark cluster (docs/scale.md). An engine sits above the stages, like the pipeline and the CLI.
"""
