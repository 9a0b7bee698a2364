"""Maltego local transforms (the ``[maltego]`` extra): kartlegg's selectors, ads, persons and networks on a
Maltego graph, read through the read layer with the role and the case reason of the analyst's
configuration (``kartlegg maltego mtz``), so every run is checked against the policy and audited."""
