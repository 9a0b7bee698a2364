"""Extract stage: selectors (phones, e-mails, handles, ages, places, prices, language) from ad text."""

from kartlegg.extract.api import export_fields, extract_ad, infer_regions, normalise_phone, normalise_phone_query

__all__ = ["export_fields", "extract_ad", "infer_regions", "normalise_phone", "normalise_phone_query"]
