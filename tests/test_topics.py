"""Topics a reader browsing the site would accept: whose institution, one name per thing, no noise."""
from __future__ import annotations

from generator.extract.topics import topics


def tags(nlp, text: str) -> list[str]:
    return topics([nlp(p) for p in text.split("\n\n")], set())


def test_a_bare_institution_takes_the_one_country_the_article_is_about(nlp):
    text = ("The Senate voted on Tuesday. In the United States, the bill is contested.\n\n"
            "The Senate will vote again, officials in the United States said.")
    assert "Senate of the United States" in tags(nlp, text)  # the article writes no full name
    assert "Senate" not in tags(nlp, text)


def test_a_bare_institution_is_left_out_when_the_article_names_several_countries(nlp):
    text = ("Parliament met in London. France and Germany watched.\n\n"
            "Parliament voted. France objected and Germany agreed.")
    assert not {t for t in tags(nlp, text) if "Parliament" in t}


def test_a_bare_institution_is_the_one_the_article_names_in_full(nlp):
    # "Puerto Rico" is named as a place on its own: what makes "Puerto Rico Senate" a place's institution.
    text = ("The Puerto Rico Senate sued the governor of Puerto Rico. The United States was silent.\n\n"
            "The Senate said it would appeal. The United States said nothing.")
    found = tags(nlp, text)
    assert "Senate of Puerto Rico" in found
    assert "Senate of the United States" not in found


def test_a_country_short_form_opening_a_name_is_written_out(nlp):
    text = ("The US Supreme Court ruled on Monday.\n\n"
            "The U.S. Supreme Court ruling was welcomed.")
    assert tags(nlp, text) == ["Supreme Court of the United States"]


def test_an_institution_is_the_institution_of_its_place_however_the_article_writes_it(nlp):
    text = ("Lawmakers in the United Kingdom met as the United Kingdom Parliament sat late.\n\n"
            "The United Kingdom Parliament adjourned, officials in the United Kingdom said.")
    assert "Parliament of the United Kingdom" in tags(nlp, text)
    assert "United Kingdom Parliament" not in tags(nlp, text)


def test_an_institution_the_article_writes_no_full_name_of_is_the_institution_of_its_country(nlp):
    text = ("Fighting near Jolo in the Philippines left seventeen from the Armed Forces wounded.\n\n"
            "The Armed Forces sent troops, officials in the Philippines said.")
    found = tags(nlp, text)
    assert "Armed Forces of the Philippines" in found
    assert not {t for t in found if t.endswith("Armed Forces")}


def test_the_of_form_the_article_writes_wins_over_the_short_form(nlp):
    text = ("The UK Parliament debated fishing quotas. A committee of the Parliament of the United Kingdom "
            "heard trawler crews from the United Kingdom.\n\n"
            "The UK Parliament votes next week, fishermen in the United Kingdom said.")
    found = tags(nlp, text)
    assert "Parliament of the United Kingdom" in found
    assert "United Kingdom Parliament" not in found


def test_a_one_word_fragment_takes_the_longer_name_the_article_writes(nlp):
    # "English" is tagged a language here, not part of a place's name: only the text tells.
    text = ("On Tuesday, French ferry workers went on strike in the English Channel at dawn.\n\n"
            "Lorries queued all day to cross the Channel. Drivers slept in their cabs.\n\n"
            "Two ferries sailed the Channel by evening, and the Channel ports reopened.")
    found = tags(nlp, text)
    assert "Channel" not in found
    assert "English Channel" in found


def test_a_capital_the_mid_sentence_is_part_of_the_name(nlp):
    text = ("Two people were killed in the hall, according to The Times on Friday.\n\n"
            "Police confirmed the report in The Times later that day.")
    found = tags(nlp, text)
    assert "Times" not in found
    assert "The Times" in found


def test_a_fragment_of_two_longer_names_stays_as_written(nlp):
    text = ("The story ran in the New York Times and in the Sunday Times on Monday.\n\n"
            "Times editors said nothing. Times readers wrote in.")
    found = tags(nlp, text)
    assert "New York Times" not in found and "Sunday Times" not in found


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


def test_a_name_the_article_writes_on_its_own_is_no_fragment(nlp):
    text = ("The fire broke out in Koszalin in Poland on Friday, near the coast of North Poland.\n\n"
            "Officials in Poland closed escape rooms across Poland.")
    found = tags(nlp, text)
    assert "Poland" in found and "North Poland" not in found


def test_a_country_tagged_for_its_nationality_is_no_fragment(nlp):
    text = ("The Japanese wrestler starred in a show made by Netflix Japan.\n\n"
            "Japanese fans mourned her, and Japanese officials spoke.")
    assert "Japan" in tags(nlp, text)


def test_an_institution_with_an_of_of_its_own_keeps_the_place_in_front(nlp):
    text = ("The U.S. House of Representatives voted on Tuesday.\n\n"
            "The U.S. House of Representatives will vote again on Friday.")
    found = tags(nlp, text)
    assert "United States House of Representatives" in found
    assert "House of Representatives of the United States" not in found
