"""The ``.mtz`` file that installs kartlegg's local transforms in Maltego (Import | Export > Import Config).

Each transform runs ``kartlegg maltego --role R --reason C --home H local NAME`` (Maltego appends the entity's
value and properties). The role, the case reason and the store are fixed when the file is generated, so one
configuration per case: Maltego's local transforms take no settings. Values are percent-encoded (no spaces)
because Maltego splits the parameters on spaces.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from maltego_trx.decorator_registry import TransformRegistry

from kartlegg.maltego.transforms import TRANSFORMS


def parameters(role: str, reason: str, home: Path) -> str:
    options = {"--role": role, "--reason": reason, "--home": str(home)}
    return " ".join(["maltego"] + [f"{name} {quote(value, safe='')}" for name, value in options.items()])


def write_mtz(path: Path, *, command: str, role: str, reason: str, home: Path, working_dir: Path) -> list[str]:
    """Write the configuration; return the transforms' names."""
    registry = TransformRegistry(owner="kartlegg", author="kartlegg", host_url="http://localhost", seed_ids=[])
    for t in TRANSFORMS.values():

        def stub() -> None:  # maltego-trx names a transform after the decorated callable
            pass

        stub.__name__ = t.name
        registry.register_transform(t.display, t.input_entity, t.description, output_entities=list(t.output_entities))(
            stub
        )
    registry.write_local_mtz(
        str(path),
        working_dir=str(working_dir),
        command=command,
        params=parameters(role, reason, home),
        debug=False,
    )
    return list(TRANSFORMS)
