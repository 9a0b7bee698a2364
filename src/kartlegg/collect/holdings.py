"""What collection stores about an ad (see ``kartlegg.store.holdings``). The evidence pages
(``raw_pages``) are the spine's; their WARC records are rewritten by ``kartlegg.lifecycle.warcerase``."""

from kartlegg.store.holdings import nothing, rows

HOLDINGS = (
    rows("page_templates", "page_id IN :pages OR ad_id IN :ids"),
    rows("crawl_urls", "url IN :urls"),
    nothing("site_definitions", "how to crawl each site"),
    nothing("templates", "page-structure fingerprints (tag and class names, no text), shared by many ads"),
)
