"""The role x route matrix (``data/roles.yaml``), validated on load: who may use which page."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import yaml
from pydantic import BaseModel, field_validator

from kartlegg.web.auth import ROLES


class RoleMatrix(BaseModel):
    public: list[str]
    routes: dict[str, list[str]]

    @field_validator("routes")
    @classmethod
    def _known_roles(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for route, roles in v.items():
            unknown = set(roles) - set(ROLES)
            if unknown:
                raise ValueError(f"route {route}: unknown roles {sorted(unknown)}")
        return v

    def allowed(self, route: str, role: str | None) -> bool:
        """Public routes for everyone; others for the listed roles only (an unlisted route for no one)."""
        if route in self.public:
            return True
        return role is not None and role in self.routes.get(route, [])

    def routes_for(self, role: str) -> set[str]:
        return {r for r, roles in self.routes.items() if role in roles}


@cache
def matrix() -> RoleMatrix:
    raw = yaml.safe_load(files("kartlegg.web").joinpath("data/roles.yaml").read_text("utf-8"))
    return RoleMatrix.model_validate(raw)
