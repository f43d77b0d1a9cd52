"""Disputes a reader can check by eye: who contests whose claim or action, on small written texts."""
from __future__ import annotations

import pytest

from generator.articles import Article
from generator.extract import extract


def disputes(nlp, *paragraphs: str):
    article = Article(id="test", title="A test article", source="test.txt", paragraphs=paragraphs, sha256="x")
    return extract(article, nlp).disputes


def pairs(nlp, *paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(d.by, d.target) for d in disputes(nlp, *paragraphs)]


def fields(nlp, names: str, *paragraphs: str) -> list[tuple]:
    """The named fields of each dispute found: fields(nlp, "by cue", text) -> [("anna-berg", "denied")]."""
    return [tuple(getattr(d, name) for name in names.split()) for d in disputes(nlp, *paragraphs)]


def test_a_contest_verb_under_not_reports_no_dispute(nlp):
    assert disputes(nlp, "Judge Mary Cole ruled on Monday. The court's decision cannot be appealed.") == ()


def test_accused_describing_people_is_not_a_dispute(nlp):
    assert disputes(nlp, "The law would allow the government to extradite anyone accused of a crime.") == ()
    assert disputes(nlp, "The bill would send people who had been accused of crimes to the mainland.") == ()


def test_denying_people_citizenship_is_a_refusal(nlp):
    assert disputes(nlp, "Judge Clark Waddoups wrote denying American Samoans citizenship violated the law.") == ()


def test_plaintiffs_named_in_an_apposition_each_sue(nlp):
    found = pairs(nlp, "Two farmers, Tom Reed and Ann Price, sued to stop the new pipeline.")
    assert sorted(found) == [("ann-price", None), ("tom-reed", None)]


def test_filed_a_lawsuit_against_an_action_targets_who_took_it(nlp):
    found = disputes(nlp, "Mayor Anna Berg announced a curfew on Friday.",
                     "On Monday, the city's unions filed a lawsuit against the curfew Mayor Anna Berg announced.")
    assert [(d.by, d.by_text, d.target, d.cue) for d in found] == [(None, "the city's unions", "anna-berg", "lawsuit")]


def test_a_lawsuit_filed_by_someone_is_a_dispute(nlp):
    found = disputes(nlp, "The court heard a lawsuit filed by Paul Grant, which sought to stop the vote.")
    assert [(d.by, d.cue) for d in found] == [("paul-grant", "lawsuit")]


def test_a_lawsuit_by_someone_is_their_dispute(nlp):
    found = disputes(nlp, "In response to a lawsuit by the tenants' group Homes First, Judge Mary Jones ruled the "
                          "eviction violated the law.")
    assert [(d.by, d.by_text, d.target, d.cue) for d in found] == [(None, "the tenants' group Homes First", None,
                                                                    "lawsuit")]


def test_an_allegation_followed_by_its_clause_names_the_accused(nlp):
    found = disputes(nlp, "Mayor John Smith faces a fraud charge.",
                     "The fraud charge stemmed from allegations Smith tried to pressure the city auditor.")
    assert [(d.by, d.target, d.cue, d.target_text) for d in found] == [
        (None, "john-smith", "allegations", "Smith tried to pressure the city auditor")]
    assert disputes(nlp, "Mayor John Smith led the city. After the allegations Smith resigned from office.") == ()


def test_a_lawsuit_only_mentioned_is_not_a_new_dispute(nlp):
    found = pairs(nlp, "Senator Paul Grant sued the state. This is not the first lawsuit over the vote.")
    assert found == [("paul-grant", None)]


def test_a_lawsuit_named_after_a_person_targets_that_person(nlp):
    found = pairs(nlp, "Paul Grant lost the vote. A federal judge dismissed a Grant lawsuit over the count.")
    assert found == [(None, "paul-grant")]


def test_despite_criticism_targets_the_subject(nlp):
    found = pairs(nlp, "Mayor Anna Berg closed the park despite criticism from council member Tom Reed.")
    assert found == [("tom-reed", "anna-berg")]


def test_one_dispute_per_person_and_sentence(nlp):
    found = pairs(nlp, "Anna Berg defended the plan despite criticism by Tom Reed, who questioned her authority.")
    assert found == [("tom-reed", "anna-berg")]


def test_a_court_ruling_a_thing_unlawful_is_a_dispute(nlp):
    found = disputes(nlp, "The High Court ruled on Tuesday the closure was unlawful.",
                     "The court also found the second closure to be unlawful.")
    assert [(d.by, d.by_text, d.target_text, d.cue) for d in found] == [
        (None, "The High Court", "the closure", "unlawful"), (None, "The court", "the second closure", "unlawful")]


def test_calling_a_persons_claim_false_targets_that_person(nlp):
    assert fields(nlp, "by target target_text cue", "Mayor Anna Berg said the bridge was safe.",
                  "Engineer Tom Reed called the mayor's claim false.") == [
        ("tom-reed", "anna-berg", "the mayor's claim", "false")]


def test_ruled_against_is_a_dispute(nlp):
    assert fields(nlp, "by_text cue target_text", "The Supreme Court ruled against the government's plan.") == [
        ("The Supreme Court", "ruled", "the government's plan")]


def test_a_quote_dispute_names_the_contesting_words_and_the_thing_contested(nlp):
    text = 'Prime Minister Kyriakos Mitsotakis commented on the maritime agreement, calling it "null and void".'
    assert fields(nlp, "by cue target_text", text) == [("kyriakos-mitsotakis", "null and void", "the maritime agreement")]


def test_his_in_a_quote_is_not_the_speaker(nlp):
    assert fields(nlp, "by target target_text cue", "President Donald Trump declared an emergency on Friday.",
                  '"He knows his emergency declaration is unwarranted," said Attorney General Xavier Becerra.') == [
        ("xavier-becerra", "donald-trump", "his emergency declaration", "unwarranted")]


def test_a_quote_saying_something_might_be_illegal_is_no_dispute(nlp):
    assert disputes(nlp, 'The company said: "The ruling covers speech that might be illegal in any country."') == ()


def test_fake_before_a_noun_is_not_a_dispute(nlp):
    assert disputes(nlp, 'Actress Denise Crosby said: "I asked them to make up some fake legs for the scene."') == ()


def test_a_passive_criticism_in_a_relative_clause_targets_its_subject(nlp):
    found = pairs(nlp, "Mayor Jane Smith said there were fine people on both sides, for which she was criticized.")
    assert found == [(None, "jane-smith")]


def test_attacking_a_proclamation_is_a_dispute_with_its_author_as_target(nlp):
    text = ("Mayor Anna Berg attacked the proclamation of the park as city land by Governor Tom Reed, "
            "which was made on Monday.")
    assert fields(nlp, "by target cue", text) == [("anna-berg", "tom-reed", "attacked")]


def test_attacking_people_is_not_a_dispute(nlp):
    assert disputes(nlp, "Gunmen attacked a group of tourists near the border on Sunday.") == ()


def test_an_object_cut_off_by_an_aside_is_still_the_object(nlp):
    text = ("Crowds gathered outside the Supreme Court, which rejected, the day before the rally, "
            "a lawsuit filed by Texas.")
    assert fields(nlp, "cue target_text", text) == [("rejected", "a lawsuit filed by Texas"),
                                                    ("lawsuit", "a lawsuit filed by Texas")]


def test_accused_before_a_noun_is_a_description(nlp):
    assert disputes(nlp, "The bill would have allowed China to extradite accused criminals from the city.") == ()


def test_what_people_will_or_would_do_is_not_a_reported_dispute(nlp):
    assert disputes(nlp, "A lot of people will criticise the new law for it.") == ()
    assert fields(nlp, "by_text cue", "Both officers indicated they would appeal.") == [("Both officers", "appeal")]


def test_a_plea_of_not_guilty_denies_the_charges(nlp):
    assert fields(nlp, "by target cue target_text", "Anna Berg pleaded not guilty to three counts of fraud.") == [
        ("anna-berg", None, "pleaded not guilty", "three counts of fraud")]
    assert disputes(nlp, "Anna Berg pleaded guilty to three counts of fraud. Tom Reed did not plead guilty.") == ()


def test_alleging_someone_did_something_is_an_accusation(nlp):
    assert fields(nlp, "by target cue", "Tom Reed ran the mill.", "Anna Berg alleged Tom Reed poisoned the river.") \
        == [("anna-berg", "tom-reed", "alleged")]
    assert disputes(nlp, "His associates alleged Anna Berg was poisoned.") == ()


def test_blaming_someone_for_something_is_an_accusation(nlp):
    assert pairs(nlp, "Critics blame Mayor Anna Berg for the fires.") == [(None, "anna-berg")]
    assert disputes(nlp, "Anna Berg blamed human error as the cause.") == ()


def test_condemnation_that_came_from_several_parties_is_one_dispute_each(nlp):
    text = ("Statements of condemnation have come from Bishop Tom Reed, Mayor Anna Berg, "
            "and a spokesperson for President Jim Cole.")
    assert fields(nlp, "by by_text", text) == [("tom-reed", "Bishop Tom Reed"), ("anna-berg", "Mayor Anna Berg"),
                                               (None, "a spokesperson for President Jim Cole")]


def test_an_allegation_names_the_accused_in_its_clause(nlp):
    assert pairs(nlp, "Tom Reed was arrested.", "The arrest came after an allegation he assaulted Mary Cole, his ex-wife.") \
        == [(None, "tom-reed")]


def test_a_denial_by_someone_is_theirs_alone(nlp):
    assert pairs(nlp, "Tom Reed was charged. The charge was denied by Anna Berg, his lawyer.") == [("anna-berg", None)]


def test_people_named_in_a_with_clause_each_dispute(nlp):
    text = ('Council members attacked the plan, with Tom Reed calling the budget "a fraud" and Anna Berg '
            'calling the process "a farce".')
    assert fields(nlp, "by target_text", text) == [(None, "the plan"), ("tom-reed", "the budget"),
                                                   ("anna-berg", "the process")]


def test_her_lawsuit_against_someone_is_her_dispute(nlp):
    found = pairs(nlp, "Lawyer Tom Reed represented actress Anna Berg in her lawsuit against Senator Jim Cole.")
    assert found == [("anna-berg", "jim-cole")]


def test_finding_unlawful_a_thing_named_after_the_verdict_is_a_dispute(nlp):
    assert fields(nlp, "by_text cue target_text", "The court found illegal the new city tax.") == [
        ("The court", "illegal", "the new city tax")]


def test_a_quote_saying_someone_breaks_the_law_is_a_dispute(nlp):
    text = 'Senator Anna Berg said, "Every day the park stays closed, the city council is breaking the law."'
    assert fields(nlp, "by cue target_text", text) == [("anna-berg", "breaking the law", "the city council")]


def test_a_quote_calling_something_a_hoax_is_a_dispute_but_not_a_hoax_call(nlp):
    assert fields(nlp, "by cue", 'Senator Anna Berg called the inquiry "a hoax".') == [("anna-berg", "hoax")]
    assert disputes(nlp, 'Mayor Anna Berg said, "It was a hoax call, and the man is in custody."') == ()


def test_petitioning_a_court_is_a_challenge_but_petitioning_a_council_is_a_request(nlp):
    found = pairs(nlp, "The court had been petitioned by Anna Berg and two neighbours for a ruling on the ban.")
    assert found == [("anna-berg", None)]
    assert disputes(nlp, "Residents petitioned the council for a new park.") == ()


def test_being_critical_of_a_thing_is_a_criticism(nlp):
    found = fields(nlp, "by target cue", "Anna Berg has been highly critical of Tom Reed's plan.")
    assert found == [("anna-berg", "tom-reed", "critical")]
    assert pairs(nlp, "Some members of the local community have been critical.") == [(None, None)]
    assert disputes(nlp, "The next few days are not critical.") == ()


def test_an_adverbial_preposition_before_a_verb_does_not_make_it_attributive(nlp):
    # "before" or "since" used as an adverb of the verb is no preposition of a noun after it
    found = fields(nlp, "by_text cue", "Zenco has twice before sued Ablecorp over its logo.")
    assert found == [("Zenco", "sued")]
    assert disputes(nlp, "Police are probing the firm over alleged bribes paid to a judge.") == ()


def test_a_first_person_contesting_verb_in_a_quote_is_the_speakers_dispute(nlp):
    found = fields(nlp, "by target_text", 'Anna Berg said: "I strongly reject the new measure that bans flights."')
    assert found == [("anna-berg", "the new measure that bans flights")]
    assert disputes(nlp, 'Anna Berg said: "I will not reject anyone who comes to us."') == ()


def test_an_accusation_followed_by_an_event_clause_is_still_an_accusation(nlp):
    text = ('Tom Reed alleged the government are "hiding the figures", whose vehicle was used to breach the wall.')
    assert fields(nlp, "by cue", text) == [("tom-reed", "alleged")]


def test_an_infinitive_of_criticism_is_an_intent_not_an_act(nlp):
    assert disputes(nlp, "People have every right to criticise an idea.") == ()
    assert disputes(nlp, "Officer Tom Reed decided to question them after they aroused suspicion.") == ()
    assert fields(nlp, "by cue", "Anna Berg said she intended to appeal the ruling.") == [("anna-berg", "appeal")]


def test_an_interview_transcript_reports_no_disputes(nlp):
    found = disputes(nlp, "Anna Berg runs a charity. Wikinews spoke with her.", "((WN))  What do people say?",
                     "((Anna Berg))  Few actually criticise them.", "And my family just rejected me.")
    assert found == ()


def test_a_language_mark_is_not_a_transcript(nlp):
    text = 'The court ruled the law was unlawful. ((es))Spanish language: la ley es ilegal.'
    assert fields(nlp, "cue", text) == [("unlawful",)]


def test_questioning_a_person_or_ones_own_abilities_is_no_dispute(nlp):
    assert disputes(nlp, "Police said they questioned the car's owner.") == ()
    assert disputes(nlp, "At nineteen, she took the role, having questioned her abilities for years.") == ()
    assert fields(nlp, "by cue", "Tom Reed questioned the findings.") == [("tom-reed", "questioned")]


def test_running_against_someone_is_not_challenging_their_claim(nlp):
    text = "Anna Berg entered politics when she challenged President Tom Reed for the party's nomination."
    assert disputes(nlp, text) == ()
    assert disputes(nlp, "All candidates that contest for the seat of mayor must form a team.") == ()
    assert pairs(nlp, "Mayor Tom Reed spoke. Members of the party challenged Reed's citizenship.") == [
        (None, "tom-reed")]


def test_alleged_ties_describe_ties_and_accuse_no_one(nlp):
    assert disputes(nlp, "Reports say the airline's director, Tom Reed, has alleged ties to the army.") == ()


def test_friends_alleging_harm_to_their_own_man_accuse_no_one_of_it(nlp):
    text = "Tom Reed fell ill on a flight. Associates of Tom Reed alleged he drank poisoned tea."
    assert disputes(nlp, text) == ()


def test_a_denial_in_a_relative_clause_targets_who_made_the_claim(nlp):
    text = ("Anna Berg wrote a book about Mayor Tom Reed. In the book, Berg claims Reed asked a rival for help "
            "in the election, which Reed denied.")
    assert pairs(nlp, text) == [("tom-reed", "anna-berg")]


def test_the_status_of_a_person_is_theirs(nlp):
    text = "Mayor Tom Reed spoke. Some groups questioned the citizenship and eligibility of Mayor Tom Reed."
    assert pairs(nlp, text) == [(None, "tom-reed")]


def test_claims_about_someone_are_not_their_claims(nlp):
    text = "Senator Anna Berg spoke. Mayor Tom Reed countered claims about his health, declaring he was fit."
    assert fields(nlp, "by target cue", text) == [("tom-reed", None, "countered")]


def test_opposing_or_disagreeing_with_a_claim_is_a_dispute_but_opposing_a_bill_is_a_position(nlp):
    assert pairs(nlp, "Mayor Tom Reed spoke. Senator Anna Berg opposed Reed's statement.") == [
        ("anna-berg", "tom-reed")]
    assert pairs(nlp, "The scientist Anna Berg disagreed with these findings.") == [("anna-berg", None)]
    assert disputes(nlp, "Senator Anna Berg opposed the bill.") == ()


def test_a_book_critical_of_someone_is_its_authors_criticism(nlp):
    text = "Mayor Tom Reed spoke. On Monday, Anna Berg released a book, The Long Road, critical of Reed."
    assert fields(nlp, "by target cue", text) == [("anna-berg", "tom-reed", "critical")]
    assert disputes(nlp, "The man was listed in critical condition.") == ()


def test_criticism_levelled_at_someone_is_the_subjects(nlp):
    text = "Mayor Tom Reed spoke. Senator Anna Berg leveled sharp criticism at Reed, saying he was lazy."
    assert pairs(nlp, text) == [("anna-berg", "tom-reed")]


def test_phrases_of_attacking_in_words(nlp):
    text = "Mayor Tom Reed spoke. In her speech, Anna Berg took a veiled shot at Reed for his remarks."
    assert fields(nlp, "by target cue", text) == [("anna-berg", "tom-reed", "took a veiled shot at")]
    text = "Senator Anna Berg lashed out at Mayor Tom Reed on Twitter."
    assert pairs(nlp, text) == [("anna-berg", "tom-reed")]
    assert disputes(nlp, "The officer took a shot at the attacker.") == ()


def test_allegations_someone_addresses_are_made_against_them(nlp):
    text = "Mayor Tom Reed first addressed the allegations of assault from former staffer Anna Berg on Monday."
    assert pairs(nlp, text) == [("anna-berg", "tom-reed")]


def test_an_adjective_that_sorts_things_in_a_quote_is_no_verdict(nlp):
    assert disputes(nlp, 'Tom Reed said: "Foreign tourists (or illegal immigrants) are not under it."') == ()
    assert fields(nlp, "cue", 'Tom Reed said: "They suppressed protests in a grossly unlawful way."') == [
        ("grossly unlawful",)]


def test_blasting_rock_is_force_and_a_question_reports_nothing(nlp):
    assert disputes(nlp, "Mining companies frequently blasted sacred sites.") == ()
    assert disputes(nlp, "Does the group help women who are abused by their families for questioning faith?") == ()
    assert pairs(nlp, "Mayor Tom Reed spoke. Senator Anna Berg blasted Reed's decision.") == [
        ("anna-berg", "tom-reed")]


def test_a_title_word_is_no_target_before_its_holder_is_named(nlp):
    found = pairs(nlp, "Two charities filed a lawsuit against the state of Montana over its ballot law.",
                  "Montana Secretary of State Corey Stapleton said the law is popular.")
    assert found == [(None, None)]


def test_a_city_closing_an_affiliation_is_not_the_subject(nlp):
    text = "Mary Stone of the University of California, Los Angeles disagreed with these findings."
    assert fields(nlp, "by cue", text) == [("mary-stone", "disagreed")]


def test_hitting_back_at_someone_is_a_dispute_but_hitting_back_in_a_game_is_not(nlp):
    assert pairs(nlp, "Mayor Tom Reed spoke. Senator Anna Berg hit back at Reed on Tuesday.") == [
        ("anna-berg", "tom-reed")]
    assert disputes(nlp, "Caloundra scored twice before Wynnum hit back with two tries of their own.") == ()


def test_saying_a_claim_is_false_is_a_verdict_but_saying_a_thing_is_illegal_is_a_fact(nlp):
    text = "Minister Anna Berg spoke. Senator Tom Reed said Berg's claims were false."
    assert fields(nlp, "by target cue", text) == [("tom-reed", "anna-berg", "false")]
    assert disputes(nlp, "Police said the drugs were illegal.") == ()
    assert fields(nlp, "cue target_text", "The ministry described the report as inaccurate.") == [
        ("inaccurate", "the report")]


def test_a_proposal_that_drew_criticism_is_its_authors(nlp):
    text = "Minister Anna Berg spoke. Berg's proposal drew sharp criticism from Senator Tom Reed."
    assert pairs(nlp, text) == [("tom-reed", "anna-berg")]


def test_saying_someone_is_lying_accuses_them(nlp):
    assert pairs(nlp, "Minister Anna Berg spoke. Senator Tom Reed said Berg was lying.") == [("tom-reed", "anna-berg")]
    assert disputes(nlp, "Witnesses said the man was lying on the ground.") == ()


def test_setting_a_claim_or_criticism_aside_contests_it(nlp):
    text = "Some say the ship sank near the island, but Greek officials have discounted those claims."
    assert fields(nlp, "by by_text target cue", text) == [(None, "Greek officials", None, "discounted")]
    text = "Designer Betty Jonson brushed off the criticism, noting that the skirts sell well."
    assert fields(nlp, "by target target_text cue", text) == [("betty-jonson", None, "the criticism", "brushed off")]
    assert disputes(nlp, "Farmer Tom Reed brushed off the dust from his coat.") == ()  # no claim set aside
    assert disputes(nlp, "The shop discounted the old shoes.") == ()


def test_disapproving_of_an_act_is_criticism_by_each(nlp):
    text = "Ministers Joko Suryanto and Marta Nugroho both disapproved of the plan."
    assert fields(nlp, "by target_text cue", text) == [("joko-suryanto", "the plan", "disapproved"),
                                                        ("marta-nugroho", "the plan", "disapproved")]
    assert disputes(nlp, "Minister Joko Suryanto did not disapprove of the plan.") == ()


def test_saying_a_claim_is_not_true_contests_it(nlp):
    text = "Some sources said the agency asked for more money. One of its officials told reporters this was not true."
    assert fields(nlp, "by by_text target cue", text) == [(None, "One", None, "not true")]
    assert disputes(nlp, "Farmer Tom Reed hoped the rumour was not true.") == ()  # a wish, no verdict


def test_a_verdict_of_two_words_of_censure_is_one(nlp):
    text = 'Mayor Anna Berg spoke on Monday. Senator Tom Reed called her remarks "crude and reprehensible."'
    assert fields(nlp, "by target target_text", text) == [("tom-reed", "anna-berg", "her remarks")]
    assert disputes(nlp, 'Senator Tom Reed called the storm "long and terrible."') == ()  # no one's act


def test_saying_someone_misled_or_exaggerated_accuses_them(nlp):
    # a verb of deceiving in a reported clause: the speaker, or the text that shows it, contests the deceiver
    text = "Minister Anna Berg testified. Lawyer Tom Reed later claimed Berg had exaggerated in her account."
    assert fields(nlp, "by target cue", text) == [("tom-reed", "anna-berg", "exaggerated")]
    text = "Minister Anna Berg spoke in May. The leaked files imply that Berg misled the committee."
    assert fields(nlp, "by by_text target cue", text) == [(None, "The leaked files", "anna-berg", "misled")]
    text = "General Paul Okoro later said the newspaper had misreported him."
    assert fields(nlp, "by target target_text cue", text) == [("paul-okoro", None, "the newspaper", "misreported")]


def test_being_misled_or_one_s_own_lie_is_no_dispute(nlp):
    # the deceived is not the deceiver; saying one lied oneself is an admission
    assert disputes(nlp, "Farmer Anna Berg said she was misled by the seed company.") == ()
    assert disputes(nlp, "Farmer Anna Berg said she had lied to her parents.") == ()


def test_a_quote_that_says_someone_lied_targets_them(nlp):
    text = ('Minister Anna Berg spoke. Tom Reed wrote, "Berg proceeded to lie to the board that the money was '
            'never spent."')
    assert fields(nlp, "by target cue", text) == [("tom-reed", "anna-berg", "lie")]
    text = 'Minister Anna Berg spoke. Tom Reed added: "This is the same plan. [Berg] has been bluffing us for years."'
    assert fields(nlp, "by target cue", text) == [("tom-reed", "anna-berg", "bluffing")]
    assert disputes(nlp, 'Tom Reed said, "The real problem lies in the budget."') == ()


def test_criticism_levelled_with_no_one_named_is_still_criticism(nlp):
    # a passive of voicing: criticism reported with no author; questions raised of no one are no dispute
    text = "Further criticism was levelled against the council this week."
    assert fields(nlp, "by target target_text cue", text) == [(None, None, "the council", "criticism")]
    assert disputes(nlp, "Questions were raised about the safety of the old bridge.") == ()


def test_criticism_answered_for_an_act_names_the_act(nlp):
    # the parser hangs the "for" phrase on the verb that answers the criticism
    text = "The club responded to criticism for failing to pay its players."
    assert fields(nlp, "by target target_text", text) == [(None, None, "failing to pay its players")]


def test_allegations_of_a_gerund_name_the_act_alleged(nlp):
    text = "Allegations of bribing the judges were published in the newspaper."
    assert fields(nlp, "by target target_text cue", text) == [(None, None, "bribing the judges", "Allegations")]


def test_an_appeal_asking_for_something_is_a_plea(nlp):
    assert disputes(nlp, "The Green Party issued an appeal urging that the prisoners be freed.") == ()


def test_the_time_allowed_to_appeal_is_no_appeal(nlp):
    assert disputes(nlp, "Farmer Tom Reeder received 30 days to appeal the sentence.") == ()
    assert disputes(nlp, "Farmer Tom Reeder has a week to appeal the ruling.") == ()
    assert pairs(nlp, "Farmer Tom Reeder said he will appeal the sentence.") == [("tom-reeder", None)]


def test_a_rejection_of_a_proposal_targets_its_author(nlp):
    text = "Minister Anna Berg spoke. Senator Tom Reed's rejection of Berg's proposal surprised many."
    assert pairs(nlp, text) == [("tom-reed", "anna-berg")]


def test_coming_under_fire_or_facing_a_backlash_is_criticism_received(nlp):
    text = "Minister Anna Berg spoke. Berg came under fire from Senator Tom Reed for the delay."
    assert pairs(nlp, text) == [("tom-reed", "anna-berg")]
    assert pairs(nlp, "Minister Anna Berg faced a backlash from teachers over the plan.") == [(None, "anna-berg")]
    assert disputes(nlp, "The convoy came under fire from gunmen near the border.") == ()
    # a backlash that made someone act was against them; "from the statement" names its cause, not a critic
    assert fields(nlp, "by by_text target", "Backlash from the statement led Minister Anna Berg to apologise.") == [
        (None, "", "anna-berg")]
    assert pairs(nlp, "Criticism from teachers forced Minister Anna Berg to resign.") == [(None, "anna-berg")]
    text = "Mayor Tom Reed went ahead despite criticism by Anna Berg."
    assert pairs(nlp, text) == [("anna-berg", "tom-reed")]


def test_a_passive_contest_targets_the_owner_of_what_was_contested(nlp):
    text = "Minister Anna Berg spoke. The minister's decision was condemned by rights groups."
    assert pairs(nlp, text) == [(None, "anna-berg")]
    assert pairs(nlp, "Mayor Tom Reed spoke. Reed's claims were rejected by Senator Anna Berg.") == [
        ("anna-berg", "tom-reed")]


def test_who_past_an_organisation_is_the_person_described(nlp):
    text = ("Reporters spoke to Richard Roe, the founder of the Open Tools Foundation, who has been highly "
            "critical of the new law for years.")
    assert fields(nlp, "by cue", text) == [("richard-roe", "critical")]


def test_filing_a_complaint_against_someone_is_a_dispute(nlp):
    text = "Minister Anna Berg spoke. Senator Tom Reed filed a complaint against Berg with the ethics committee."
    assert pairs(nlp, text) == [("tom-reed", "anna-berg")]
    assert disputes(nlp, "Residents made complaints about the noise.") == ()


def test_dismissing_a_person_is_firing_them_unless_dismissed_as_something(nlp):
    assert disputes(nlp, "Minister Anna Berg spoke. President Tom Reed dismissed the minister on Tuesday.") == ()
    assert pairs(nlp, "Minister Anna Berg spoke. Senator Tom Reed dismissed Berg as a liar.") == [
        ("tom-reed", "anna-berg")]


def test_a_passive_accusation_targets_the_named_one_of_two_subjects(nlp):
    text = "Tom Reed was arrested on Friday. A resident of Dover, Reed is accused of stealing two cars."
    assert pairs(nlp, text) == [(None, "tom-reed")]


def test_finding_or_saying_someone_lied_is_a_dispute(nlp):
    text = "Tom Reed signed a deal. Later, the court determined Reed had lied and broken the deal."
    assert pairs(nlp, text) == [(None, "tom-reed")]
    text = "Mayor Anna Berg spoke. Tom Reed said Berg lied to the committee about the payments."
    assert pairs(nlp, text) == [("tom-reed", "anna-berg")]
    assert disputes(nlp, "Anna Berg said the body lay on the floor.") == ()


def test_a_case_filed_against_someone_is_a_dispute(nlp):
    text = "Mayor Tom Reed resigned. On Monday a case was filed against him by a former aide over the payments."
    assert fields(nlp, "by by_text target", text) == [(None, "a former aide", "tom-reed")]
    assert disputes(nlp, "The city court brought the case before the supreme court.") == ()
    assert disputes(nlp, "The suit was filed in Dover County.") == ()


def test_a_legal_challenge_is_a_challenge_in_court(nlp):
    text = "Mayor Tom Reed lost the vote. Reed has not conceded the vote and made several legal challenges."
    assert pairs(nlp, text) == [("tom-reed", None)]
    assert disputes(nlp, "Mayor Tom Reed said the climb was a challenge for the team.") == ()


def test_no_evidence_for_a_claim_contests_it(nlp):
    text = ("Mayor Tom Reed spoke. Election officials have stated there is no evidence to support the mayor's "
            "claims of fraud.")
    assert fields(nlp, "by target cue", text) == [(None, "tom-reed", "no evidence")]
    assert pairs(nlp, "Judge Anna Berg found no evidence for Reed's claim. Tom Reed spoke.") == [
        ("anna-berg", "tom-reed")]
    assert disputes(nlp, "Police said there was no evidence of foul play.") == ()


def test_an_allegation_from_someone_who_claims_names_the_accused(nlp):
    text = ("Mayor Tom Reed spoke. Meanwhile, a new allegation surfaced from a woman, a niece of Reed's 2008 "
            "opponent Anna Berg, who claimed Reed commented on her looks.")
    assert fields(nlp, "by by_text target", text) == [(None, "a woman", "tom-reed")]


def test_a_judges_dissent_is_a_dispute_but_dissent_alone_is_not(nlp):
    text = "Justice Anna Berg died. She was known for her dissent in the court's ruling on the election."
    assert pairs(nlp, text) == [("anna-berg", None)]
    assert disputes(nlp, "The government cracked down on dissent against the regime.") == ()


def test_criticism_by_a_person_and_an_organisation_is_by_each(nlp):
    text = "Mayor Tom Reed closed the park despite criticism by Senator Anna Berg and Amnesty International."
    assert sorted(pairs(nlp, text), key=str) == [("anna-berg", "tom-reed"), (None, "tom-reed")]


def test_illegal_beside_legal_before_a_noun_sorts_things(nlp):
    text = 'Tom Reed is a researcher. He said "Both the legal and illegal signals would be received."'
    assert disputes(nlp, text) == ()


def test_a_verdict_quoted_after_its_noun_or_after_as_is_said_of_it(nlp):
    text = 'Mayor John Smith spoke. Senator Anna Berg described Smith\'s comments as "false".'
    assert fields(nlp, "by target cue", text) == [("anna-berg", "john-smith", "false")]
    text = 'Mayor John Smith spoke. Senator Anna Berg called Smith\'s remarks "untrue".'
    assert fields(nlp, "by target target_text", text) == [("anna-berg", "john-smith", "Smith's remarks")]


def test_a_quoted_verdict_under_a_contesting_verb_is_one_dispute(nlp):
    text = 'Mayor John Smith spoke. Senator Anna Berg dismissed Smith\'s claims as "baseless".'
    assert fields(nlp, "by target cue", text) == [("anna-berg", "john-smith", "dismissed")]


def test_objecting_to_or_taking_issue_with_a_claim_is_a_dispute(nlp):
    text = "Mayor John Smith spoke. Senator Anna Berg took issue with Smith's remarks."
    assert fields(nlp, "by target cue", text) == [("anna-berg", "john-smith", "took issue with")]
    text = "Mayor John Smith spoke. Senator Anna Berg objected to Smith's proposal."
    assert pairs(nlp, text) == [("anna-berg", "john-smith")]
    assert disputes(nlp, "Senator Anna Berg took the issue to court.") == ()


def test_firing_back_at_a_person_is_words_but_at_police_is_shooting(nlp):
    text = "Senator Anna Berg spoke. Mayor John Smith fired back at Berg."
    assert pairs(nlp, text) == [("john-smith", "anna-berg")]
    assert disputes(nlp, "Gunmen fired back at police.") == ()


def test_facing_a_lawsuit_from_someone_is_being_sued_by_them(nlp):
    text = "Senator Anna Berg spoke. Mayor John Smith faces a lawsuit from Berg over the payments."
    assert pairs(nlp, text) == [("anna-berg", "john-smith")]
    assert disputes(nlp, "Mayor John Smith received complaints from residents about the noise.") == ()


def test_who_answers_an_accusation_or_criticism_is_its_target(nlp):
    text = "Mayor John Smith spoke. Smith responded to criticism from Senator Anna Berg over the delay."
    assert pairs(nlp, text) == [("anna-berg", "john-smith")]
    text = "Mayor John Smith spoke. Smith denied allegations of corruption."
    assert pairs(nlp, text) == [("john-smith", None)]  # the denial; the allegation has no author of its own
    text = "Mayor John Smith spoke. Smith has not denied allegations of corruption."
    assert pairs(nlp, text) == [(None, "john-smith")]  # no denial: the allegation is what is reported
    text = "Mayor John Smith spoke. Smith denied the allegations, calling them lies."
    assert pairs(nlp, text) == [("john-smith", None)]  # "the allegations" were reported before, not again


def test_dismissing_criticism_from_someone_is_no_firing(nlp):
    text = "Mayor John Smith spoke. Smith dismissed the criticism from Senator Anna Berg."
    assert ("john-smith", "dismissed") in fields(nlp, "by cue", text)
    assert disputes(nlp, "President John Smith dismissed the minister from the cabinet.") == ()


def test_standing_accused_is_being_accused(nlp):
    assert pairs(nlp, "Mayor John Smith stands accused of fraud.") == [(None, "john-smith")]
    assert disputes(nlp, "Mayor John Smith remained seated.") == ()


def test_calling_someone_a_liar_or_a_report_a_lie_is_a_dispute(nlp):
    text = "Mayor John Smith spoke. Senator Anna Berg called Smith a liar."
    assert pairs(nlp, text) == [("anna-berg", "john-smith")]
    assert fields(nlp, "by cue", "Senator Anna Berg said the report was a fabrication.") == [
        ("anna-berg", "fabrication")]


def test_being_met_with_criticism_is_receiving_it(nlp):
    text = "Mayor John Smith spoke. Smith's decision was met with criticism from Senator Anna Berg."
    assert pairs(nlp, text) == [("anna-berg", "john-smith")]
    assert disputes(nlp, "Mayor John Smith met with Senator Anna Berg.") == ()


def test_charging_someone_with_a_wrong_accuses_them_unless_a_prosecution_does(nlp):
    text = "The House passed two articles against Mayor Tom Reed. The first charged Mayor Reed with abuse of power."
    assert fields(nlp, "by_text target cue", text) == [("The first", "tom-reed", "charged")]
    assert pairs(nlp, "Democrats charged Mayor Anna Berg with abusing her office.") == [(None, "anna-berg")]
    assert disputes(nlp, "Police charged John Smith with murder.") == ()
    assert disputes(nlp, "Prosecutors charged John Smith with fraud on Monday.") == ()
    assert disputes(nlp, "John Smith was charged with fraud.") == ()


def test_saying_an_earlier_accusation_is_not_true_contests_the_accuser(nlp):
    found = fields(nlp, "by target cue", "Mayor John Smith first addressed the allegations of fraud from former aide "
                   "Anna Berg on television.", "When confronted with the accusation he took the money, Smith told "
                   "the host \"No, it is not true. It never happened.\"")
    assert found == [("anna-berg", "john-smith", "allegations"), ("john-smith", "anna-berg", "not true")]


def test_a_claim_contested_as_the_thing_said_before_targets_who_said_it(nlp):
    found = pairs(nlp, "Mayor John Smith said crime rose after the new parking fees began.",
                  "Senator Anna Berg disagreed with the correlation between the crime and the parking fees.")
    assert found == [("anna-berg", "john-smith")]


def test_also_contesting_the_move_contests_the_one_contested_before(nlp):
    found = pairs(nlp, "Mayor John Smith proposed closing the park. Senator Anna Berg criticized Smith's proposal.",
                  "Governor Tom Reed also criticized the move.")
    assert found == [("anna-berg", "john-smith"), ("tom-reed", "john-smith")]


def test_verbs_of_reprimanding_are_criticism(nlp):
    text = "Mayor John Smith spoke. Senator Anna Berg reprimanded Smith for the delay."
    assert pairs(nlp, text) == [("anna-berg", "john-smith")]


def test_casting_doubt_calling_into_question_and_taking_to_court_contest(nlp):
    said = "Mayor John Smith said the bridge was safe."
    assert pairs(nlp, said, "Engineer Anna Berg cast doubt on Smith's claim.") == [("anna-berg", "john-smith")]
    assert fields(nlp, "by target cue", said, "Senator Tom Reed called into question the mayor's figures.") == [
        ("tom-reed", "john-smith", "called into question")]
    assert pairs(nlp, said, "Residents took Smith to court over the closure.") == [(None, "john-smith")]
    assert disputes(nlp, "Paul Lee took the bus to court.") == ()


def test_a_shared_surname_alone_names_the_one_the_article_calls_by_it(nlp):
    text = ("Governor Paul Grant spoke on Monday. Grant said he would stay. His sister Anna Grant wrote a book.",
            "Critics accused Grant of an intentional delay.")
    assert pairs(nlp, *text) == [(None, "paul-grant")]


def test_criticizing_the_move_contests_who_did_the_act_just_before(nlp):
    text = "Governor Paul Grant sent troops to the border. Senator Anna Berg criticized the move."
    assert pairs(nlp, text) == [("anna-berg", "paul-grant")]
    text = "Governor Paul Grant said troops were needed. Senator Anna Berg criticized the move."
    assert pairs(nlp, text) == [("anna-berg", None)]  # a saying reports no act


def test_the_act_named_again_with_this_or_that_or_a_verdict_is_the_act_just_before(nlp):
    text = "Governor Paul Grant closed the harbour. Senator Anna Berg criticized this decision."
    assert pairs(nlp, text) == [("anna-berg", "paul-grant")]
    text = "Governor Paul Grant closed the harbour. Senator Anna Berg condemned the move as reckless."
    assert pairs(nlp, text) == [("anna-berg", "paul-grant")]
    text = "Governor Paul Grant closed the harbour. That step was criticized by Senator Anna Berg."
    assert pairs(nlp, text) == [("anna-berg", "paul-grant")]


def test_attacking_someone_for_or_as_something_is_criticism(nlp):
    assert fields(nlp, "by target cue", "Speakers hammered Mayor John Smith for his response to the flood.") == [
        (None, "john-smith", "hammered")]
    assert fields(nlp, "by target_text cue", "In a later speech, John Smith assailed the event as the \"darkest "
                                             "convention in history.\"") == [("john-smith", "the event", "assailed")]
    assert disputes(nlp, "Gunmen assailed the convoy near the border. The town was hammered by storms.") == ()
    # a named person attacking a thing as something attacks it in words (batch 11's gold: "attacked war as a tool")
    found = pairs(nlp, "While Gloria La Riva and Howie Hawkins attacked war as a tool of the ruling class, others "
                       "disagreed.")
    assert sorted(found) == [("gloria-la-riva", None), ("howie-hawkins", None)]


def test_speaking_out_or_railing_against_is_a_dispute(nlp):
    assert fields(nlp, "by target_text cue", "John Smith railed against the rioters at his first rally.") == [
        ("john-smith", "the rioters", "railed against")]
    assert fields(nlp, "by cue", "Anna Berg, the Prime Minister, spoke out against the attack.") == [
        ("anna-berg", "spoke out against")]
    assert disputes(nlp, "Anna Berg spoke against the bill in parliament on Monday.") == ()


def test_a_thing_described_as_a_hoax_or_considered_incorrect(nlp):
    assert fields(nlp, "by target_text cue", "John Smith described the story as possibly a hoax.") == [
        ("john-smith", "the story", "hoax")]
    assert fields(nlp, "by target target_text", "Legal experts consider Anna Berg's claim as incorrect.") == [
        (None, "anna-berg", "Anna Berg's claim")]


def test_questions_raised_about_someone_are_a_dispute(nlp):
    assert fields(nlp, "by target cue", "Critics raised questions about Anna Berg's eligibility.") == [
        (None, "anna-berg", "questions")]
    assert disputes(nlp, "Reporters raised questions at the briefing on Monday.") == ()


def test_displeasure_expressed_with_someone_is_a_dispute(nlp):
    assert fields(nlp, "by target cue", "Democrats expressed dissatisfaction with John Smith over his refusal "
                                        "to testify.") == [(None, "john-smith", "dissatisfaction")]
    assert disputes(nlp, "Some people expressed their outrage on social media as the incident became known.") == ()


def test_resigning_in_protest_at_an_act_contests_it(nlp):
    assert fields(nlp, "by target cue", "Anna Berg resigned in protest at John Smith's new agreement.") == [
        ("anna-berg", "john-smith", "protest")]
    assert disputes(nlp, "Images of Tom Reed taking part in a protest with veterans were published.") == ()


def test_an_act_named_again_by_its_noun_is_its_doers(nlp):
    found = fields(nlp, "target cue", "In July, President John Smith commuted the prison sentence of his friend "
                                      "Tom Reed. Reed had been found guilty of fraud. The opposition criticized the "
                                      "commutation as an abuse of power.")
    assert found == [("john-smith", "criticized")]


def test_the_accusation_denied_is_the_one_said_just_before(nlp):
    found = fields(nlp, "by_text target", "US Secretary of State Mike Pompeo said the crash was \"likely\" Iran's "
                                          "doing. For several days Iran denied the accusation.")
    assert found == [("Iran", "mike-pompeo")]


def test_saying_someone_broke_the_law_accuses_them(nlp):
    found = fields(nlp, "by target", "Former adviser John Bolton released a book. President Anna Berg said Bolton "
                                     "broke the law.")
    assert found == [("anna-berg", "john-bolton")]


def test_protesting_against_an_act_is_a_dispute_unless_it_describes_people(nlp):
    assert fields(nlp, "by_text target_text cue", "Under him, the diocese had protested against a new mining "
                                                  "project.") == [("the diocese", "a new mining project",
                                                                   "protested against")]
    assert disputes(nlp, "Tom Reed drove his car into a crowd of people who were protesting against the rally.") == ()


def test_a_quote_calling_an_act_unjust_is_a_dispute_and_a_sentence_is_not_its_bearers_act(nlp):
    found = fields(nlp, "by target target_text", "President John Smith commuted the prison sentence of Tom Reed.",
                   "John Smith called Reed's 40 month sentence \"unjust.\"")
    assert found == [("john-smith", None, "Reed's 40 month sentence")]


def test_associates_alleging_their_own_man_was_poisoned_accuse_no_one(nlp):
    assert disputes(nlp, "Opposition leader Alexei Navalny fell ill on a flight. Associates of Navalny alleged he "
                         "drank tea laced with poison.") == ()


def test_a_quote_calling_an_act_a_violation_of_law_is_a_dispute(nlp):
    found = fields(nlp, "by_text target_text", "The Foreign Ministry characterized the attack as \"a serious "
                                               "violation of national sovereignty\".")
    assert found == [("The Foreign Ministry", "the attack")]


def test_doubts_that_continue_and_complaints_about_someone_are_disputes(nlp):
    assert fields(nlp, "target cue", "Nevertheless, opposition questions about Joe Biden's health continued.") == [
        ("joe-biden", "questions")]
    assert fields(nlp, "target_text cue", "There have been numerous complaints about the churches not handling the "
                                          "cases properly.") == [("the churches", "complaints")]
    assert disputes(nlp, "Reporters had questions about the budget.") == ()


def test_an_act_which_led_to_criticism_is_criticised(nlp):
    found = fields(nlp, "by target target_text", "Mayor John Smith cancelled the parade, which led to criticism.")
    assert found == [(None, "john-smith", "Mayor John Smith cancelled the parade")]
    found = fields(nlp, "target target_text", "The rally did not require face masks, which led to criticism.")
    assert found == [(None, "The rally did not require face masks")]


def test_each_coordinated_target_gets_its_own_dispute(nlp):
    assert pairs(nlp, "Critics accused Senator John Smith and Governor Anna Berg of lying about the budget.") == [
        (None, "john-smith"), (None, "anna-berg")]
    assert pairs(nlp, "Tom Reed rejected the claims of John Smith and Anna Berg.") == [
        ("tom-reed", "john-smith"), ("tom-reed", "anna-berg")]


def test_the_decision_at_a_paragraph_start_is_the_act_of_the_paragraph_before(nlp):
    found = pairs(nlp, "Governor Tom Reed signed an order delaying the vote. The move came after a judge ruled on it.",
                  "The decision was challenged in court.")
    assert found == [(None, "tom-reed")]


def test_the_selection_names_a_choice_made_before_with_another_verb(nlp):
    found = pairs(nlp, "Anna Berg named Senator Tom Reed as her deputy. It fulfilled Berg's pledge to pick a "
                       "lawyer. Mayor John Smith questioned the selection.")
    assert found == [("john-smith", "anna-berg")]


def test_rejecting_a_plan_sent_to_one_for_approval_is_a_refusal(nlp):
    assert disputes(nlp, "The union had sent the police a plan for the march, which they rejected.") == ()
    assert fields(nlp, "by cue", "Tom Reed made a proposal to the council, which Mayor Anna Berg rejected.") == [
        ("anna-berg", "rejected")]


def test_a_hyphenated_word_is_not_cut_in_the_target(nlp):
    assert fields(nlp, "target_text", "Mayor Tom Reed condemned anti-semitism after the attack.") == [
        ("anti-semitism",)]


def test_views_a_list_of_people_espouse_target_each_of_them(nlp):
    found = pairs(nlp, "Tom Baxter, Anna Berg and John Smith wrote essays. Most experts reject the views Baxter, "
                       "Berg and Smith espouse.")
    assert sorted(found) == [(None, "anna-berg"), (None, "john-smith"), (None, "tom-baxter")]


def test_stirring_up_controversy_is_criticism_of_who_stirred_it(nlp):
    assert pairs(nlp, "Mayor Tom Baxter created controversy with a speech about taxes.") == [(None, "tom-baxter")]
    assert fields(nlp, "target_text", "The bill has sparked controversy and protests.") == [("The bill",)]
    assert disputes(nlp, "The ticket was picked amid controversy.") == ()


def test_suing_to_stop_publication_contests_who_published(nlp):
    found = fields(nlp, "target target_text", "Senator Tom Baxter released a book about the war. The government sued "
                                              "to stop publication.")
    assert found == [("tom-baxter", "publication")]


def test_a_word_of_censure_on_someones_claim_or_act_is_a_dispute(nlp):
    assert pairs(nlp, "Mayor Tom Reed spoke on Monday. Anna Berg said Reed's decision was a mistake.") == [
        ("anna-berg", "tom-reed")]
    assert pairs(nlp, "Mayor Tom Reed spoke on Monday. Anna Berg called Reed's plan \"disappointing\".") == [
        ("anna-berg", "tom-reed")]
    assert fields(nlp, "by target_text", "Anna Berg called it \"a truly silly argument.\"") == [("anna-berg", "it")]
    assert disputes(nlp, "Anna Berg said the weather was terrible. Berg called Tom Reed foolish.") == ()
    assert disputes(nlp, "Mayor Tom Reed said his decision was a mistake.") == ()


def test_calling_a_claim_a_lie_targets_its_owner(nlp):
    assert pairs(nlp, "Mayor Tom Reed spoke on Monday. Anna Berg called Reed's claim a lie.") == [
        ("anna-berg", "tom-reed")]
    assert pairs(nlp, "Mayor Tom Reed spoke on Monday. Anna Berg called Reed's claim \"a lie.\"") == [
        ("anna-berg", "tom-reed")]


def test_a_thing_named_again_with_its_own_noun_is_the_act_of_who_did_it(nlp):
    assert pairs(nlp, "President Tom Reed signed a trade deal with Canada on Friday.", "Mexico was not at the talks.",
                 "Senator Anna Berg called the deal lousy.") == [("anna-berg", "tom-reed")]
    assert pairs(nlp, "Senator Tom Reed sponsored the bill.", "Anna Berg criticized the bill.") == [("anna-berg", None)]


def test_blaming_a_party_without_for_is_an_accusation_blaming_a_cause_is_not(nlp):
    assert pairs(nlp, "Mayor Tom Reed spoke on Monday. Anna Berg blamed Reed.") == [("anna-berg", "tom-reed")]
    assert pairs(nlp, "Senator Anna Berg blamed the attack on Iran.") == [("anna-berg", None)]
    assert disputes(nlp, "Officials blamed human error. Anna Berg blamed the crash on bad weather.") == ()


def test_a_title_to_a_place_then_a_name_is_held_by_the_name(nlp):
    found = pairs(nlp, "Mayor Tom Reed spoke on Monday.", "US Ambassador to Germany Anna Berg criticized Reed's plan.")
    assert found == [("anna-berg", "tom-reed")]


def test_calling_a_policy_a_failure_contests_who_made_it(nlp):
    assert pairs(nlp, "President Tom Reed imposed new tariffs on steel.", "Senator Anna Berg said the tariffs were "
                                                                       "a failure.") == [("anna-berg", "tom-reed")]
    assert disputes(nlp, "Senator Anna Berg called the storm a disaster.") == ()


def test_an_allegation_about_someones_act_targets_its_owner(nlp):
    found = pairs(nlp, "Rapper Tom Reed entered the race in July.", "Reed has not denied allegations his candidacy "
                                                                     "is meant to help Senator Anna Berg.")
    assert found == [(None, "tom-reed")]


def test_a_surname_misspelt_by_the_article_is_still_its_person(nlp):
    found = pairs(nlp, "Senator Maria Gonzalez spoke on Monday.", "Jim Harrow filed a lawsuit against Gonzelez.")
    assert found == [("jim-harrow", "maria-gonzalez")]


def test_which_names_the_claim_it_stands_for(nlp):
    found = fields(nlp, "by target target_text", "In the book, Tom Bolter claims Dan Trubb asked Peter Xu for help "
                                                   "in the election, which Trubb denied.")
    assert found == [("dan-trubb", "tom-bolter", "Dan Trubb asked Peter Xu for help in the election")]


def test_what_is_contested_stops_before_a_relative_clause_or_a_quotation(nlp):
    found = fields(nlp, "by target_text", "Kerri Vance criticized the House's decision, which Ross Caldwell has "
                                          "referred to as a \"stunt\".")
    assert found == [("kerri-vance", "the House's decision")]


def test_a_quote_going_on_the_narrations_clause_is_said_of_its_subject(nlp):
    found = fields(nlp, "target target_text", "Boris Johnson advised the Queen.", "The court found Johnson's advice "
                   "to the Queen \"was motivated by an improper purpose and is unlawful.\"")
    assert found == [("boris-johnson", "Johnson's advice to the Queen")]


def test_a_clause_called_unfair_in_a_quote_is_what_is_contested(nlp):
    found = fields(nlp, "by target_text", "Jo Nez said: \"Banning ballot collection is unfair to rural voters and "
                                          "does nothing to solve the problem.\"")
    assert found == [("jo-nez", "Banning ballot collection")]


def test_an_unnamed_disputer_keeps_the_words_that_say_whose_it_is(nlp):
    found = fields(nlp, "by by_text", "Attorneys general from sixteen states filed a lawsuit against President "
                                      "Donald Trump.", "Some members of the local LGBT community have been critical "
                                                       "of the police.")
    assert found == [(None, "Attorneys general from sixteen states"),
                     (None, "Some members of the local LGBT community")]


def test_a_reply_with_no_object_contests_the_position_the_sentence_before_reports(nlp):
    found = pairs(nlp, "Jane Roe and John Doe both argued for lower taxes. Mary Smith disagreed, stating that "
                       "taxes should rise.")
    assert sorted(found) == [("mary-smith", "jane-roe"), ("mary-smith", "john-doe")]
    assert pairs(nlp, "John Doe claimed the economy was strong. Mary Smith countered that it was weak.") == [
        ("mary-smith", "john-doe")]
    assert pairs(nlp, "Jane Roe accused John Doe of lying about the budget. Doe denied, though Roe said it is "
                      "on tape.") == [("jane-roe", "john-doe"), ("john-doe", "jane-roe")]


def test_a_reply_after_a_sentence_with_no_position_contests_no_one(nlp):
    assert pairs(nlp, "The debate was held in Denver. Mary Smith disagreed.") == []


def test_people_who_disagree_with_each_other_each_contest_the_other(nlp):
    found = pairs(nlp, "Peter Brown and Ann Green disagreed about whether the clinic was open.")
    assert sorted(found) == [("ann-green", "peter-brown"), ("peter-brown", "ann-green")]
    assert pairs(nlp, "Mary Smith spoke first. Peter Brown disagreed with Smith.") == [("peter-brown", "mary-smith")]


def test_a_clash_is_a_dispute_only_over_something(nlp):
    assert pairs(nlp, "Jane Roe clashed with Peter Brown over the budget.") == [("jane-roe", "peter-brown")]
    assert pairs(nlp, "Police clashed with protesters in the square.") == []


def test_attacking_someone_on_a_matter_or_something_as_a_thing_is_in_words(nlp):
    assert pairs(nlp, "Jane Roe attacked John Doe on his taxes.") == [("jane-roe", "john-doe")]
    assert fields(nlp, "by target_text", "Mary Smith attacked war as a tool of the rich.") == [("mary-smith", "war")]
    assert pairs(nlp, "A man attacked John Doe on his way home.") == []
    text = "Joe Biden and Donald Trump met. Biden attacked Trump on paying fewer taxes."  # "Trump" tagged ADV
    assert pairs(nlp, text) == [("joe-biden", "donald-trump")]


def test_continuing_to_criticise_is_criticising(nlp):
    assert pairs(nlp, "John Doe spoke. Democrats continued to attack Doe on his record.") == [(None, "john-doe")]


def test_opposing_something_as_wrong_contests_it(nlp):
    assert pairs(nlp, "John Doe said he raised wages, which Mary Smith opposed as reckless.") == [
        ("mary-smith", "john-doe")]


def test_words_of_ridicule_are_criticism(nlp):
    assert fields(nlp, "by cue", "Mary Smith derided the two party system.") == [("mary-smith", "derided")]
    assert fields(nlp, "by target cue", "John Doe spoke. Jane Roe mocked Doe's plan.") == [
        ("jane-roe", "john-doe", "mocked")]


def test_critical_remarks_about_someone_criticise_them(nlp):
    assert pairs(nlp, "Jane Roe made critical remarks about the institute's director Dr. John Doe.") == [
        ("jane-roe", "john-doe")]


def test_a_quote_that_puts_a_censured_act_down_to_a_party_is_a_dispute(nlp):
    text = ("Home minister John Doe said \"The hotel had six floors. It's gross negligence on the part of the "
            "officers who allowed it. This shows carelessness on the part of the owner.\"")
    assert fields(nlp, "by cue target_text", text) == [
        ("john-doe", "negligence", "the officers who allowed it"), ("john-doe", "carelessness", "the owner")]
    assert pairs(nlp, "Jane Roe said \"The fire was a failure of the wiring.\"") == []


def test_the_allegations_denied_are_those_of_the_nearest_earlier_speaker_in_the_paragraph(nlp):
    text = ("Former partner Tony Roe held a press conference claiming John Doe knew about the deals. The issue came "
            "up at the second debate. Doe denied the allegations.")
    assert pairs(nlp, text) == [("john-doe", "tony-roe")]


def test_a_court_overturning_a_decision_contests_it(nlp):
    text = "The Supreme Court overturned the convictions of Jane Roe and John Doe."
    assert fields(nlp, "by_text target cue", text) == [("The Supreme Court", None, "overturned")]
    assert disputes(nlp, "Protesters overturned cars near the station.") == ()


def test_a_word_inside_a_hyphenated_word_is_no_cue(nlp):
    assert disputes(nlp, "The technician said a denial-of-service flood slowed the museum's ticket page.") == ()


def test_a_thing_that_raises_questions_is_no_disputant(nlp):
    assert disputes(nlp, "Tom Vale said the flooded tunnels raise hard questions about the council's planning.") == ()
    assert fields(nlp, "by cue", "Senator Jane Roe raised questions about the mayor's decision.") == [
        ("jane-roe", "questions")]


def test_rejected_as_one_of_a_kind_is_a_choice(nlp):
    assert disputes(nlp, "The agency announced the rejection of Springfield as a location for the museum.") == ()
    assert fields(nlp, "by cue", "Jane Roe rejected the report as a fabrication.") == [("jane-roe", "rejected")]


def test_a_quoted_question_does_not_make_the_sentence_a_question(nlp):
    text = 'Members of the club were critical of the ban, with one writing "How can we play now?"'
    assert fields(nlp, "by_text cue", text) == [("Members of the club", "critical")]


def test_a_passive_clause_on_the_thing_contested(nlp):
    text = "The club adopted a rule much like the rule rejected by the board in May."
    assert fields(nlp, "by_text cue target_text", text) == [("the board", "rejected", "the rule")]


def test_a_quote_calling_a_claim_far_fetched(nlp):
    text = 'Jane Roe told reporters "The notion that the army will invade is simply far-fetched"'
    assert fields(nlp, "by cue", text) == [("jane-roe", "far-fetched")]


def test_a_quoted_censure_of_someone_s_decision(nlp):
    text = 'Jane Roe said, "I am disappointed with John Doe\'s misguided decision."'
    assert fields(nlp, "by target cue", text) == [("jane-roe", "john-doe", "misguided")]


def test_an_appeal_against_his_conviction_is_his(nlp):
    text = "Paul Okafor was expelled from the union in 2015. The next year, an appeal against his expulsion failed."
    assert fields(nlp, "by cue", text) == [("paul-okafor", "appeal")]


def test_a_reply_with_a_clause_answers_the_last_other_speaker(nlp):
    asked = 'Jane Roe, the dean, asked: "Why do you deny the facts?"'
    assert pairs(nlp, asked, 'John Doe countered that "we respect our students."') == [("john-doe", "jane-roe")]


def test_a_quote_calling_a_claim_absurd(nlp):
    text = 'Jane Roe said "They fired 36 shells under the absurd pretext that the army fired one shell."'
    assert fields(nlp, "by cue", text) == [("jane-roe", "absurd")]
    assert fields(nlp, "by cue", 'Jane Roe said "These are baseless allegations."') == [("jane-roe", "baseless")]
    assert disputes(nlp, 'Jane Roe said "The report was disappointing and the figures are terrible."') == ()


def test_attacking_what_someone_holds_is_words(nlp):
    text = "John Doe attacked what he called a sham."
    assert fields(nlp, "by cue", text) == [("john-doe", "attacked")]
    assert disputes(nlp, "Rebels attacked what was left of the town.") == ()


# Variant probing (session 8): for each class of dispute missed on unseen text, sentences written for the test
# in other words and other syntax than the instances seen, and near-misses of the same shape that are no dispute.
_CAST = "Governor Tom Hensley and Senator Maria Delgado met in the capital on Monday."
_POSITION = "Hensley argued on Tuesday that taxes must rise to pay for new schools."

_QUOTED_CENSURE = [
    ('Delgado called Hensley\'s decision to close the hospital "a grave error."', "maria-delgado", "tom-hensley"),
    ('"What Hensley did was wrong," Delgado told reporters.', "maria-delgado", "tom-hensley"),
    ('Delgado said it was "outrageous" that Hensley had cut the funding.', "maria-delgado", "tom-hensley"),
    ('"Hensley is wrong about the economy," said Delgado.', "maria-delgado", "tom-hensley"),
    ('"The governor\'s figures are flat wrong," Delgado wrote on Twitter.', "maria-delgado", "tom-hensley"),
    ('"I think the governor made a big mistake," Delgado said.', "maria-delgado", "tom-hensley"),
    ('"It was a serious misjudgment by the governor," Delgado said of the closure.', "maria-delgado", "tom-hensley"),
    ('According to Delgado, Hensley\'s handling of the floods was "a complete failure."', "maria-delgado",
     "tom-hensley"),
]
_NOT_DISPUTES_QUOTED = [
    '"The accident was a terrible tragedy," Delgado said.',
    '"I made a mistake," Hensley admitted.',
    "Delgado said the storm had been a disaster for the town.",
    'Delgado said it would be wrong to speculate about the cause of the fire.',
    '"Hensley is foolish," Delgado said.',
]


def _disputes_in(nlp, *paragraphs: str) -> list[tuple]:
    """(by, target) of the disputes whose sentence is in the last paragraph."""
    return [(d.by, d.target) for d in disputes(nlp, _CAST, *paragraphs) if d.text in paragraphs[-1]]


@pytest.mark.parametrize("text,by,target", _QUOTED_CENSURE)
def test_a_quote_calling_someones_act_wrong_in_any_syntax_is_a_dispute(nlp, text, by, target):
    assert (by, target) in _disputes_in(nlp, text)


@pytest.mark.parametrize("text", _NOT_DISPUTES_QUOTED)
def test_censure_of_no_ones_act_or_of_ones_own_is_no_dispute(nlp, text):
    assert _disputes_in(nlp, text) == []


_ATTACKS_IN_WORDS = [
    ("Delgado attacked Hensley over the budget cuts.", "maria-delgado", "tom-hensley"),
    ("In a speech on Monday, Delgado savaged the governor's plan.", "maria-delgado", "tom-hensley"),
    ("Delgado ripped Hensley for his handling of the floods.", "maria-delgado", "tom-hensley"),
    ("Delgado bashed Hensley over his response to the floods.", "maria-delgado", "tom-hensley"),
    ("The governor's tax plan was attacked by Delgado as unfair.", "maria-delgado", "tom-hensley"),
]
_NOT_ATTACKS_IN_WORDS = [
    "Delgado has been an outspoken critic of Hensley.",  # a description, no reported act
    "Hensley was attacked over the weekend by two men.",
    "Delgado ripped the letter in half.",
    "Gunmen attacked Hensley over the border.",
    "The storm battered the coast over the weekend.",
]


@pytest.mark.parametrize("text,by,target", _ATTACKS_IN_WORDS)
def test_attacking_someone_in_words_in_any_syntax_is_a_dispute(nlp, text, by, target):
    assert (by, target) in _disputes_in(nlp, text)


@pytest.mark.parametrize("text", _NOT_ATTACKS_IN_WORDS)
def test_violence_and_descriptions_are_no_attack_in_words(nlp, text):
    assert _disputes_in(nlp, text) == []


_BACK_REPLIES = [
    "Delgado shot back that the state already had a surplus.",
    "Delgado pushed back, saying the state already had a surplus.",
    "Delgado fired back that the state already had a surplus.",
    "Delgado hit back, saying the state already had a surplus.",
]
_NOT_BACK_REPLIES = [
    "Delgado pushed back the vote to Friday.",
    "Delgado shot back to the capital that night.",
]


@pytest.mark.parametrize("text", _BACK_REPLIES)
def test_answering_back_in_words_contests_the_position_before(nlp, text):
    assert ("maria-delgado", "tom-hensley") in _disputes_in(nlp, _POSITION, text)


@pytest.mark.parametrize("text", _NOT_BACK_REPLIES)
def test_back_without_words_answers_no_one(nlp, text):
    assert _disputes_in(nlp, _POSITION, text) == []


def test_shots_fired_back_are_no_reply(nlp):
    assert _disputes_in(nlp, "Gunmen opened fire on the convoy.", "Soldiers fired back, saying they had no choice.") == []


_OUTCRY_AND_DOUBTS = [
    ("The governor's remarks caused an uproar.", None, "tom-hensley"),
    ("Hensley's comments provoked outrage among teachers.", None, "tom-hensley"),
    ("Hensley's remarks sparked fury among nurses.", None, "tom-hensley"),
    ("Hensley's decision drew fire from Delgado.", "maria-delgado", "tom-hensley"),
    ("Questions have been raised about Hensley's fitness for office.", None, "tom-hensley"),
    ("Questions were raised by Delgado about Hensley's spending.", "maria-delgado", "tom-hensley"),
]
_NOT_OUTCRY_OR_DOUBTS = [
    "The bombing sparked outrage across the country.",  # anger at an act no one is named for
    "The patrol drew fire from rebels near the border.",
    "The question of funding was raised at the meeting.",
    "Hensley's comments provoked laughter.",
    "Questions were raised about the safety of the bridge.",
]


@pytest.mark.parametrize("text,by,target", _OUTCRY_AND_DOUBTS)
def test_outcry_and_doubts_at_someones_act_in_any_syntax_are_disputes(nlp, text, by, target):
    assert (by, target) in _disputes_in(nlp, text)


@pytest.mark.parametrize("text", _NOT_OUTCRY_OR_DOUBTS)
def test_outcry_at_no_ones_act_and_shots_are_no_dispute(nlp, text):
    assert _disputes_in(nlp, text) == []


_COURT_ACTIONS = [
    ("Delgado will appeal the ruling.", "maria-delgado", None),
    ("Delgado will sue the governor over the contract.", "maria-delgado", "tom-hensley"),
    ("A federal judge struck down Hensley's executive order.", None, "tom-hensley"),
    ("Hensley's decree was struck down by the Supreme Court.", None, "tom-hensley"),
]
_NOT_COURT_ACTIONS = [
    "Delgado struck down her rival with one punch.",
    "Lightning struck down the old oak tree.",
    "Delgado will appeal to voters in the east.",
    "Delgado will challenge Hensley in the primary.",
    "Nobody will sue over a parking ticket.",
]


@pytest.mark.parametrize("text,by,target", _COURT_ACTIONS)
def test_a_case_announced_or_a_decision_struck_down_is_a_dispute(nlp, text, by, target):
    assert (by, target) in _disputes_in(nlp, text)


@pytest.mark.parametrize("text", _NOT_COURT_ACTIONS)
def test_blows_pleas_and_what_anyone_would_do_are_no_court_action(nlp, text):
    assert _disputes_in(nlp, text) == []


_WITHHELD = [
    "Winger Rui Falcao was denied a penalty by the referee in the second half.",
    "Teodor Vass was denied the chance to address the council.",
    "The side of coach Greta Holm was denied a late equaliser after a long review.",
    "Patient Nora Quist had been denied surgery for months.",
    "Reporter Ilse Brandt and her crew were denied their accreditation at the border.",
    "Dario Lentz complained that he is being denied a fair hearing.",
]
_STOPPED = [  # a person or a team denied by someone or something: a save or a refusal
    "Oldham striker Kevin Marsh was denied by goalkeeper Luis Tavares twice before the break.",
    "Late in the game Petra Novak was denied by a superb save from Ida Lund.",
    "Ida Lund saved again. Petra Novak tried once more. She was denied by Lund in stoppage time.",
    "The Hawks, who were denied by the post in the first half, finally scored through Ben Ortiz.",
    "Second-half substitute Omar Diaz was denied by the woodwork.",
    "Ruth Calder, who was denied by the judges in 2019, won the title this year.",
    "Westbury had a late chance, but were denied by referee Anna Holt.",
]
_STILL_DENIALS = [
    ("The allegations were denied by Mayor Greta Holm.", "greta-holm"),
    ("Mayor Greta Holm denied the allegations.", "greta-holm"),
    ("Teodor Vass has denied that he took the money.", "teodor-vass"),
    ("Reports that the club had paid the player were denied by chairman Omar Haddad.", "omar-haddad"),
    ("The claims, which were denied by Omar Haddad, first appeared in a tabloid.", "omar-haddad"),
    ("Her account of the meeting was later denied by minister Ruth Calder.", "ruth-calder"),
    ("Any wrongdoing was denied by the company's lawyer, Pedro Alves.", "pedro-alves"),
]


@pytest.mark.parametrize("text", _WITHHELD)
def test_being_denied_a_thing_is_a_refusal_not_a_denial(nlp, text):
    assert disputes(nlp, text) == ()


@pytest.mark.parametrize("text", _STOPPED)
def test_a_person_or_team_denied_in_the_passive_is_stopped_not_contested(nlp, text):
    assert disputes(nlp, text) == ()


@pytest.mark.parametrize("text,by", _STILL_DENIALS)
def test_a_claim_denied_actively_or_in_the_passive_is_still_a_denial(nlp, text, by):
    assert by in [d.by for d in disputes(nlp, text)]


_FAULTS_POINTED_AT = [
    ('Senator Ann Petrov called it a "grave mistake" and demanded a review.', "ann-petrov"),
    ('The minister, Paul Okafor, described it as "completely unacceptable".', "paul-okafor"),
    ("Governor Lisa Moreau said it was a blunder.", "lisa-moreau"),
    ("An aide wrote in an email that this was an error.", None),
    ("The union described it as wrong and unfair.", None),
    ('Councillor Ivo Marsh said the suggestion was "grotesque".', "ivo-marsh"),
]
_NO_FAULT_POINTED_AT = [
    "Mayor Tom Hale called it a terrible storm.",
    "Tom Hale said it was a mistake to resign early.",
    "Judge Carla Stone called it a serious crime.",
    "Officials said it was a failure of the pump.",
    "A company official said it was a mistake on our part.",
    "The duke considered it improper and inappropriate for envoys to stand for office.",
    "Hale thought it wrong to leave.",
]


@pytest.mark.parametrize("text,by", _FAULTS_POINTED_AT)
def test_a_fault_said_of_it_or_this_contests_what_it_points_at(nlp, text, by):
    assert [d.by for d in disputes(nlp, text)] == [by]


@pytest.mark.parametrize("text", _NO_FAULT_POINTED_AT)
def test_an_event_an_own_choice_or_a_thing_failing_is_no_fault_found(nlp, text):
    assert disputes(nlp, text) == ()


_APPEALS_FOR = [  # "appeal" right before "for", verb or noun: asking for something
    "Mayor Tom Brandt appealed for residents to stay indoors.",
    "Police renewed their appeal for witnesses to come forward.",
    "Governor Lena Ortiz issued an appeal for calm after the riots.",
    "Relief groups launched appeals for donations on Monday.",
    "The family's appeal for information about the missing boy was shared widely.",
    "The clinic is closed amid appeals for patients not to come without an appointment.",
]
_STILL_APPEALS = [
    ("Lawyers for Omar Haddad appealed the verdict.", None),
    ("Omar Haddad's appeal against his conviction failed.", "omar-haddad"),
    ("Ruth Calder lodged an appeal with the Supreme Court.", "ruth-calder"),
]


@pytest.mark.parametrize("text", _APPEALS_FOR)
def test_an_appeal_for_something_asks_and_contests_nothing(nlp, text):
    assert disputes(nlp, text) == ()


@pytest.mark.parametrize("text,by", _STILL_APPEALS)
def test_an_appeal_of_a_ruling_is_still_a_dispute(nlp, text, by):
    assert [d.by for d in disputes(nlp, text) if d.cue.startswith("appeal")] == [by]


_DESCRIBED_AS_DISPUTED = [  # a participle after an article or a preposition describes the noun after it
    "The plane crashed over disputed northern Kashmir.",
    "Violence broke out over contested northern Kashmir.",
    "A convoy was attacked in disputed western Darfur.",
    "Fighting resumed across disputed eastern Galicia.",
    "Troops patrol the disputed border town of Arden.",
]
_STILL_DISPUTED = [
    ("The claims, first disputed by Omar Haddad, were withdrawn.", "omar-haddad"),
    ("After Omar Haddad disputed the figures, the council met.", "omar-haddad"),
    ("The figures, which were disputed by Ruth Calder, are wrong.", "ruth-calder"),
    ("Ruth Calder spoke out and criticized the deal.", "ruth-calder"),
]


@pytest.mark.parametrize("text", _DESCRIBED_AS_DISPUTED)
def test_a_disputed_place_is_described_not_contested(nlp, text):
    assert disputes(nlp, text) == ()


@pytest.mark.parametrize("text,by", _STILL_DISPUTED)
def test_a_participle_after_its_noun_or_subject_still_contests(nlp, text, by):
    assert [d.by for d in disputes(nlp, text)] == [by]


_TEXT_CONTESTS = [  # a participle on a text contests in the text's words: the text (or its owner) contests
    (("Governor Lisa Hart has kept her post since the release of an audit rejecting the fraud claim made by "
     "Tom Vale."), "rejecting", None),
    ("Senator Ruth Ames attacked Governor Dan Cole over a newspaper story alleging Cole hid donations.",
     "alleging", None),
    ("Mayor Joan Pratt cited a study contradicting the council's figures.", "contradicting", None),
    ("Coach Ben Ortiz shrugged off a column criticising his tactics.", "criticising", None),
    ("Councillor Amy Rowe read out an editorial accusing Mayor Sam Hill of lying.", "accusing", None),
    ("Minister Paul Kerr answered Dr Ian Fox's report disputing the ministry's account.", "disputing", "ian-fox"),
]
_TEXT_PUT_OUT = [  # who puts the text out contests through it
    ("Minister Paul Kerr posted a message on Twitter blaming Iran for the attack.", "blaming", "paul-kerr"),
    ("Candidate Jim Reyes ran television ads accusing Senator Ann Lowe of corruption.", "accusing", "jim-reyes"),
    ("Minister Paul Kerr issued a statement denying the allegations.", "denying", "paul-kerr"),
    ("Minister Paul Kerr spent the day denying the allegations.", "denying", "paul-kerr"),
]


@pytest.mark.parametrize("text,cue,by", _TEXT_CONTESTS + _TEXT_PUT_OUT)
def test_a_text_contests_in_its_own_words_unless_its_author_puts_it_out(nlp, text, cue, by):
    assert (cue, by) in fields(nlp, "cue by", text)


def test_a_text_contesting_leaves_the_subject_free_to_be_its_target(nlp):
    assert ("criticising", None, "ben-ortiz") in fields(
        nlp, "cue by target", "Coach Ben Ortiz shrugged off a column criticising his tactics.")


def test_a_text_alleging_accuses_the_person_it_names(nlp):
    assert ("alleging", None, "dan-cole") in fields(
        nlp, "cue by target", "Governor Dan Cole spoke on Monday.",
        "Senator Ruth Ames attacked Governor Dan Cole over a newspaper story alleging Dan Cole hid donations.")


@pytest.mark.parametrize("text, by, what", [
    ("Councillor Dana Wirth has denied ever meeting the developers.", "dana-wirth", "ever meeting the developers"),
    ("The coast guard denied firing on the fishing boat.", None, "firing on the fishing boat"),
])
def test_a_gerund_after_deny_is_what_is_denied(nlp, text, by, what):
    assert fields(nlp, "by target_text cue", text) == [(by, what, "denied")]


def test_a_gerund_after_deny_is_not_a_refusal_of_a_thing(nlp):
    # the nearest shape: a thing withheld from someone, no claim denied
    assert disputes(nlp, "The clinic denied the patients care after the storm.") == ()


def test_a_participle_joined_to_a_passive_shares_its_subject(nlp):
    found = fields(nlp, "by target target_text", "Designer Lena Ostrova showed twelve dresses on Friday.",
                   "Her dresses were seen as drab and criticized for ignoring the season's colours.")
    assert found == [(None, "lena-ostrova", "ignoring the season's colours")]


def test_a_participle_joined_to_a_passive_with_an_object_is_active(nlp):
    # the nearest shape: "was arrested and denied the charge" is the arrested man's denial
    found = fields(nlp, "by by_text target cue", "Mayor Carl Dobbs was arrested and denied the bribery charge.")
    assert found == [("carl-dobbs", "Mayor Carl Dobbs", None, "denied")]


def test_a_participle_clause_before_the_main_verb_is_passive(nlp):
    found = pairs(nlp, "Senator Ada Marsh and Governor Ivo Brandt met on Monday.",
                  "When challenged by Marsh over the budget, Brandt said the figures were sound.")
    assert found == [("ada-marsh", "ivo-brandt")]


@pytest.mark.parametrize("text, by, target, what", [
    ("Countering claims that his port loses cargo, Mayor Olaf Brenn replied that trade was up.", "olaf-brenn",
     None, "claims that his port loses cargo"),
    ("Dismissing claims by Rita Vane that the port loses cargo, Olaf Brenn said trade was up.", "olaf-brenn",
     "rita-vane", "claims by Rita Vane that the port loses cargo"),
    ("Mayor Olaf Brenn spoke for an hour, dismissing reports that the port had closed.", "olaf-brenn", None,
     "reports that the port had closed"),
])
def test_a_participle_before_a_bare_claim_noun_contests_it(nlp, text, by, target, what):
    # the parser takes "Countering claims" for a subject and a verb, "dismissing reports" for a modifier and its noun
    assert (by, target, what) in fields(nlp, "by target target_text", text)


def test_a_modifier_before_a_claim_noun_contests_nothing(nlp):
    # the nearest shape: an -ing word that is no verb of contesting describes the claims
    assert disputes(nlp, "Rising claims of lost cargo worried Mayor Olaf Brenn.") == ()


def test_contrary_to_a_claim_contests_its_holder(nlp):
    found = fields(nlp, "by target cue", "Contrary to Mayor Ann Lowe's assurances that the pier was safe, a survey "
                                         "found cracks in it.")
    assert found == [(None, "ann-lowe", "Contrary")]


def test_statements_to_the_contrary_are_contested_by_who_reports(nlp):
    found = pairs(nlp, "Governor Tim Rask told reporters that, despite remarks to the contrary by Senator Ed Munn "
                       "and Judge Rita Vane, the budget was balanced.")
    assert found == [("tim-rask", "ed-munn"), ("tim-rask", "rita-vane")]  # not by Munn nor Vane: their claims


def test_contrary_to_what_is_no_claim_contests_no_one(nlp):
    # the nearest shape: against a law or unnamed information, not anyone's words
    assert disputes(nlp, "Mayor Ann Lowe said the sale was contrary to law.",
                    "The board had information to the contrary.") == ()


def test_a_bare_relative_clause_contests_its_noun(nlp):
    found = fields(nlp, "by target_text cue", "The inspectors published a survey the mayor Rosa Kell dismissed as "
                                              "careless.")
    assert found == [("rosa-kell", "a survey", "dismissed")]


def test_a_bare_relative_clause_on_a_time_contests_nothing(nlp):
    # the nearest shape: "the week Kell rejected" is when, not what
    assert fields(nlp, "target_text", "It rained the week Mayor Rosa Kell rejected.") == []


def test_a_text_that_attacks_someone_attacks_in_words(nlp):
    found = fields(nlp, "by target cue", "Mayor Ken Ruiz opened the bridge.",
                   "The town paper ran two columns which attacked Ruiz.")
    assert found == [(None, "ken-ruiz", "attacked")]


def test_people_who_attack_someone_are_not_a_text(nlp):
    # the nearest shape: a relative clause on people, whose attack is a blow
    assert disputes(nlp, "Mayor Ken Ruiz opened the bridge. Police caught the men who attacked Ruiz.") == ()


def test_an_allegation_named_by_what_it_says_is_that_of_who_made_it_in_the_paragraph_before(nlp):
    found = fields(nlp, "by target", "Farmer Tom Reed said the new dam had flooded his fields twice this spring.",
                   "In reply, Ann Price, who runs the dam, said: \"We reject any allegations that the dam floods "
                   "fields.\"")
    assert found == [("ann-price", "tom-reed")]


def test_bare_claims_at_a_paragraph_start_point_at_no_one_speaker_before(nlp):
    found = fields(nlp, "by_text target", "Professor Tom Reed wrote that the new dam had flooded the valley.",
                   "Others dismissed the claims outright.")
    assert found == [("Others", None)]


def test_it_was_alleged_that_someone_did_something_accuses_the_clause_subject(nlp):
    found = fields(nlp, "by target", "Tom Reed ran the depot for ten years. It was alleged in court that he had "
                                     "sold the spare parts himself.")
    assert found == [(None, "tom-reed")]


def test_it_was_alleged_that_someone_was_harmed_accuses_no_one(nlp):
    found = fields(nlp, "target", "Tom Reed ran the depot for ten years. It was alleged in court that he had been "
                                  "poisoned by a rival.")
    assert all(target is None for (target,) in found)


def test_a_counter_argument_answers_the_claim_made_just_before(nlp):
    for word in ("counter-argument", "counterargument"):
        found = fields(nlp, "by_text target cue", "Former mayor Tom Reed argued that the closure was meant to "
                                                  f"silence critics. The council's {word} was that closing the "
                                                  "hall is a routine power.")
        assert found == [("The council", "tom-reed", word)]


def test_counter_as_part_of_another_word_is_no_dispute(nlp):
    assert disputes(nlp, "Tom Reed argued that the unit should close. The counter-terrorism unit moved to a "
                         "new office.") == ()


def test_the_pair_who_deny_are_the_two_people_last_named(nlp):
    found = pairs(nlp, "Officer Tom Reed asked his friend Sam Hale to hide the van. Hale drove it to a farm. "
                       "The pair denied any fault but were found guilty.")
    assert sorted(found) == [("sam-hale", None), ("tom-reed", None)]


def test_a_pair_of_things_that_denies_nothing_names_no_one(nlp):
    assert disputes(nlp, "Officer Tom Reed asked his friend Sam Hale to hide the van. The pair drove it to a "
                         "farm.") == ()


def test_dismissing_someones_lawsuit_contests_the_suit_not_a_firing(nlp):
    text = "Mayor Ella Strand sued the water board, but Judge Omar Kell dismissed the mayor's lawsuit."
    assert ("omar-kell", "ella-strand") in pairs(nlp, text)


def test_dismissing_a_person_is_still_a_firing(nlp):
    assert pairs(nlp, "Governor Ella Strand dismissed Omar Kell, her chief of staff, on Friday.") == []


def test_an_act_one_is_eligible_for_or_threatens_is_no_dispute(nlp):
    assert disputes(nlp, "Omar Kell is eligible to appeal.") == ()
    assert disputes(nlp, "Ella Strand has threatened twice to file a lawsuit against the port.") == ()
    assert disputes(nlp, "The firm hopes no one will ever file a suit over its fees.") == ()


def test_an_intention_to_appeal_stated_is_still_reported(nlp):
    assert pairs(nlp, "Omar Kell said he intends to appeal the verdict.") == [("omar-kell", None)]
    assert pairs(nlp, "Ella Strand filed a lawsuit against the port.") == [("ella-strand", None)]


def test_questioning_whether_something_was_done_rightly_doubts_the_act(nlp):
    assert fields(nlp, "cue", "Several auditors questioned whether the ballots were fairly counted.") == [("questioned",)]
    text = "Senator Ella Strand questioned whether the council had acted lawfully."
    assert fields(nlp, "by cue", text) == [("ella-strand", "questioned")]


def test_questioning_a_person_is_an_interview_not_a_dispute(nlp):
    assert disputes(nlp, "Detectives questioned Omar Kell for three hours on Monday.") == ()


def test_a_plan_opposed_by_someone_is_contested_by_them(nlp):
    text = "Ella Strand's dam project was opposed by the regional council for a decade."
    assert fields(nlp, "target cue", text) == [("ella-strand", "opposed")]


def test_opposing_a_policy_in_the_active_states_a_position(nlp):
    assert disputes(nlp, "Omar Kell opposes the new parking rules.") == ()


def test_questioning_whether_a_thing_caused_an_event_is_no_dispute(nlp):
    assert disputes(nlp, "Doctors questioned whether the drought was the cause of the fire.") == ()


def test_a_denial_of_service_is_a_thing_withheld_not_a_dispute(nlp):
    assert disputes(nlp, "Experts asked whether the program amounts to a denial of service attack.") == ()


def test_criticism_one_is_open_to_or_may_face_is_no_dispute(nlp):
    assert disputes(nlp, "The new rules leave the tender board open to accusations of favouritism.") == ()
    assert disputes(nlp, "The port authority says the fishermen should take their objections to a judge.") == ()
    assert disputes(nlp, "Mayor Ella Strand could face criticism over the budget.") == ()


def test_a_contest_in_a_condition_a_question_or_a_possibility_is_not_reported(nlp):
    assert disputes(nlp, "If Omar Kell sues the harbour board, the port will close for a week.") == ()
    assert disputes(nlp, "Had Omar Kell sued the harbour board, he would have lost.") == ()
    assert disputes(nlp, "Nobody knows whether Mayor Ella Strand will appeal the fine.") == ()
    assert disputes(nlp, "The clerk asked if Judge Anna Berg had criticized the council.") == ()
    assert disputes(nlp, "There remains a chance of Omar Kell challenging the tender result.") == ()
    assert disputes(nlp, "The prospect of a lawsuit against Mayor Ella Strand alarmed the board.") == ()


def test_a_contest_in_a_clause_of_time_or_cause_is_reported(nlp):
    text = "When Omar Kell sued Mayor Ella Strand in May, the harbour board sided with her."
    assert pairs(nlp, text) == [("omar-kell", "ella-strand")]
    text = "The vote was delayed because Judge Anna Berg criticized Mayor Ella Strand."
    assert pairs(nlp, text) == [("anna-berg", "ella-strand")]
    text = "Omar Kell had sued Mayor Ella Strand before the vote."
    assert pairs(nlp, text) == [("omar-kell", "ella-strand")]


def test_criticism_made_is_reported_whatever_it_may_cause(nlp):
    text = "Senator Omar Kell said Ella Strand's criticism of the port might delay the vote."
    assert fields(nlp, "by cue", text) == [("ella-strand", "criticism")]
    assert fields(nlp, "cue", "Mayor Ella Strand has faced criticism over the budget.") == [("criticism",)]


def test_a_coordinated_verb_that_repeats_the_contest_names_another_target(nlp):
    text = "Such accusations were leveled against Mayor Ella Strand last year, and have since been directed at the harbour board."
    assert fields(nlp, "target target_text", text) == [("ella-strand", "Mayor Ella Strand"), (None, "the harbour board")]
    text = "Senator Omar Kell once challenged Mayor Ella Strand's citizenship and now does likewise with Judge Anna Berg."
    assert sorted(pairs(nlp, text)) == [("omar-kell", "anna-berg"), ("omar-kell", "ella-strand")]


def test_a_coordinated_clause_with_its_own_subject_or_act_adds_nothing(nlp):
    text = "Such accusations were leveled against Mayor Ella Strand last year, and were later withdrawn by the press."
    assert fields(nlp, "target", text) == [("ella-strand",)]
    text = "Senator Omar Kell criticized Mayor Ella Strand and then met with Judge Anna Berg."
    assert pairs(nlp, text) == [("omar-kell", "ella-strand")]


def test_disapproval_voiced_as_ones_own_is_a_dispute_without_an_object(nlp):
    assert pairs(nlp, "The pilot's mother, Ella Strand, expressed her disapproval.") == [("ella-strand", None)]
    assert fields(nlp, "cue", "The harbour board expressed its disgust at the newspaper reports.") == [("disgust",)]


def test_anger_voiced_with_nothing_it_is_about_is_no_dispute(nlp):
    assert disputes(nlp, "Many fans voiced their outrage online after the match.") == ()
