"""The data's lifecycle: erasure, retention and private matching with partner units (docs/lifecycle.md).

Sits above the stages, like ``pipeline.py``: erasure reaches the tables every stage declares in its
``holdings`` module and runs the link and assess stages again so nothing derived keeps an erased ad.
"""
