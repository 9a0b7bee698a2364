"""Extract stage: selectors (phones, e-mails, handles, ages, places, prices, language) from ad text."""

from kartlegg.extract import startcache
from kartlegg.extract.native import activate

#: True when the mypyc-compiled modules are in use (see native.py).
NATIVE = activate(__path__)
# the last start's regexes and data files' parses, before the selectors' modules compile theirs
startcache.load()
# the dataclasses' generated functions from the code the last start compiled (startcache.hold_dataclasses)
startcache.hold_dataclasses(True)
try:
    from kartlegg.extract.api import (  # the compiled build must be on __path__ first
        export_fields,
        extract_ad,
        infer_regions,
        normalise_phone,
        normalise_phone_query,
    )
finally:
    startcache.hold_dataclasses(False)

__all__ = ["NATIVE", "export_fields", "extract_ad", "infer_regions", "normalise_phone", "normalise_phone_query"]
