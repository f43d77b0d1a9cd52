"""Topics a reader browsing the site would accept: whose institution, one name per thing, no noise."""
from __future__ import annotations

from generator.extract.topics import topics


def tags(nlp, text: str) -> list[str]:
    return topics([nlp(p) for p in text.split("\n\n")], set())


def test_a_bare_institution_takes_the_one_country_the_article_is_about(nlp):
    text = ("The Senate voted on Tuesday. In the United States, the bill is contested.\n\n"
            "The Senate will vote again, officials in the United States said.")
    assert "United States Senate" in tags(nlp, text)
    assert "Senate" not in tags(nlp, text)


def test_a_bare_institution_is_left_out_when_the_article_names_several_countries(nlp):
    text = ("Parliament met in London. France and Germany watched.\n\n"
            "Parliament voted. France objected and Germany agreed.")
    assert not {t for t in tags(nlp, text) if "Parliament" in t}


def test_a_bare_institution_is_the_full_name_the_article_writes(nlp):
    text = ("The Puerto Rico Senate sued the governor. The United States was silent.\n\n"
            "The Senate said it would appeal. The United States said nothing.")
    found = tags(nlp, text)
    assert "Puerto Rico Senate" in found
    assert "United States Senate" not in found


def test_a_country_short_form_opening_a_name_is_written_out(nlp):
    text = ("The US Supreme Court ruled on Monday.\n\n"
            "The U.S. Supreme Court ruling was welcomed.")
    assert "United States Supreme Court" in tags(nlp, text)


def test_time_zones_are_no_topic(nlp):
    text = ("The launch was at 2100 UTC in Florida.\n\n"
            "It was delayed to 2200 UTC, officials in Florida said.")
    assert "UTC" not in tags(nlp, text)


def test_a_name_written_short_counts_as_the_whole_name(nlp):
    text = ("She stood for the Thai Raksa Chart Party in the election.\n\n"
            "Thai Raksa Chart withdrew her nomination.")
    found = tags(nlp, text)
    assert "Thai Raksa Chart" not in found


def test_same_input_same_topics(nlp):
    text = ("Congress met in Washington. The United States Senate and the House argued.\n\n"
            "Congress adjourned, United States officials said.")
    assert tags(nlp, text) == tags(nlp, text)
