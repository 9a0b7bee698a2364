"""kartlegg: map the online commercial-sex market to find victims and the networks that control them."""

__version__ = "0.1.0"
