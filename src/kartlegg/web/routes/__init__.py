"""The workbench's routers, one per area; each is built over the shared ``deps.Workbench``."""
