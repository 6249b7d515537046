"""kamergraaf: Dutch parliamentary questions and answers as linked open data."""

__version__ = "0.1.0"
