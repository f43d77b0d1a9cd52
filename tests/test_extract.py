"""Extraction facts a reader can check by eye, on the seed article and on small written texts."""
from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import SEED_ARTICLE
from spacy.tokens import Span

from generator.articles import Article, read_article
from generator.extract import extract
from generator.extract.names import name_spans, namesakes
from generator.factsheet import dumps


def article(*paragraphs: str, title: str = "A test article") -> Article:
    return Article(id="test", title=title, source="test.txt", paragraphs=tuple(paragraphs), sha256="x")


def person(sheet, pid: str):
    return next(p for p in sheet.people if p.id == pid)


def quote(sheet, beginning: str):
    return next(s for s in sheet.statements if s.text.startswith(beginning))


def only_statement(nlp, text: str):
    statements = extract(article(text), nlp).statements
    assert len(statements) == 1, statements
    return statements[0]


@pytest.fixture(scope="module")
def seed(nlp):
    return extract(read_article(SEED_ARTICLE), nlp)


def test_peskov_said_we_know_what_trump_said(seed):
    assert quote(seed, "We know what Trump said").speaker == "dmitry-peskov"


def test_both_halves_of_the_split_quote_are_leavitts(seed):
    first = quote(seed, "He did say")
    second = quote(seed, "but he did not say")
    assert (first.speaker, second.speaker) == ("karoline-leavitt", "karoline-leavitt")
    assert first.kind == second.kind == "direct"


def test_she_added_resolves_to_leavitt(seed):
    statement = quote(seed, "Putin wants peace")
    assert statement.speaker == "karoline-leavitt"
    assert statement.speaker_text == "She"


def test_aslund_is_an_economist_without_a_country(seed):
    assert [(r.title, r.organization) for r in person(seed, "anders-aslund").roles] == [("economist", None)]


def test_peskov_dismissed_the_reports(seed):
    dispute = next(d for d in seed.disputes if d.cue == "dismissed")
    assert (dispute.by, dispute.target, dispute.target_text) == ("dmitry-peskov", None, "the reports")


def test_every_reference_is_a_person_in_the_sheet(seed):
    ids = {p.id for p in seed.people}
    refs = [s.speaker for s in seed.statements] + [r for d in seed.disputes for r in (d.by, d.target)]
    assert {r for r in refs if r} <= ids
    assert all(s.where is not None for s in seed.statements)


def test_output_is_deterministic(nlp, seed):
    assert dumps(extract(read_article(SEED_ARTICLE), nlp)) == dumps(seed)


def test_title_before_a_name(nlp):
    sheet = extract(article("Kremlin spokesman Dmitry Peskov spoke on Monday.",
                            "Russian President Vladimir Putin met the envoy on Tuesday."), nlp)
    assert person(sheet, "dmitry-peskov").roles[0].title == "spokesman"
    assert person(sheet, "dmitry-peskov").roles[0].organization == "Kremlin"
    assert (person(sheet, "vladimir-putin").roles[0].title, person(sheet, "vladimir-putin").roles[0].organization) \
        == ("President", "Russia")


def test_apposition_gives_a_role(nlp):
    sheet = extract(article("Kurt Volker, the special envoy for Ukraine negotiations, resigned on Friday."), nlp)
    assert "special envoy" in person(sheet, "kurt-volker").roles[0].title


def test_split_quote_gives_two_entries_with_one_speaker(nlp):
    sheet = extract(article('Maria Lopez spoke after the vote. "We will win," Lopez said, "and we will rebuild."'), nlp)
    assert [(s.speaker, s.text) for s in sheet.statements] == [
        ("maria-lopez", "We will win,"), ("maria-lopez", "and we will rebuild.")]


def test_pronoun_speaker_goes_to_the_previous_person(nlp):
    sheet = extract(article("Senator Mary Jones visited the factory on Monday.",
                            '"The plan is sound and the workers know it," she added.'), nlp)
    statement = quote(sheet, "The plan is sound")
    assert (statement.speaker, statement.speaker_text, statement.cue) == ("mary-jones", "she", "added")


def test_reported_speech_starts_after_that(nlp):
    statement = only_statement(nlp, "John Smith said that the bridge would reopen in May.")
    assert (statement.speaker, statement.kind, statement.cue) == ("john-smith", "indirect", "said")
    assert statement.text == "the bridge would reopen in May"


def test_according_to_an_organisation_has_no_speaker(nlp):
    statement = only_statement(nlp, "According to the ministry, the bridge will reopen in May.")
    assert (statement.speaker, statement.speaker_text, statement.cue) == (None, "the ministry", "According to")


def test_unnamed_speaker_is_null_but_kept_as_written(nlp):
    statement = only_statement(nlp, '"We are not leaving until they listen to us," one protester said.')
    assert (statement.speaker, statement.speaker_text) == (None, "one protester")


def test_scare_quote_is_not_a_statement(nlp):
    sheet = extract(article('The so-called "reforms" were passed on Monday by the Senate.'), nlp)
    assert sheet.statements == ()


def test_denied_is_a_dispute(nlp):
    sheet = extract(article("Mayor Anna Berg denied the allegations on Tuesday."), nlp)
    dispute = sheet.disputes[0]
    assert (dispute.by, dispute.cue, dispute.target_text) == ("anna-berg", "denied", "the allegations")
    assert dispute.text == "Mayor Anna Berg denied the allegations on Tuesday."


def test_honorifics_and_possessives_are_stripped_and_surnames_join(nlp):
    sheet = extract(article("John Smith arrived in Paris on Monday.",
                            "Mr. Smith's plan was announced later.", "Smith left on Friday."), nlp)
    assert [(p.id, p.name, p.aliases) for p in sheet.people] == [("john-smith", "John Smith", ("Smith",))]


def test_name_only_inside_a_thing_is_not_a_person(nlp):
    sheet = extract(article("The Trump administration announced new tariffs on Monday."), nlp)
    assert sheet.people == ()


def test_particle_names_stay_whole(nlp):
    sheet = extract(article("European Commission President Ursula von der Leyen arrived in Kyiv."), nlp)
    assert [p.name for p in sheet.people] == ["Ursula von der Leyen"]


def test_quote_only_paragraph_continues_the_previous_speaker(nlp):
    sheet = extract(article('"We expected a long night," Governor Ana Ruiz said.',
                            '"The water is still rising and we need every volunteer we can get."'), nlp)
    statement = quote(sheet, "The water is still rising")
    assert statement.speaker == "ana-ruiz"
    assert statement.where.paragraph == 1


def test_drew_criticism_names_the_target_and_the_critics(nlp):
    sheet = extract(article("Governor Ana Ruiz drew criticism from opposition lawmakers for closing the schools."), nlp)
    dispute = sheet.disputes[0]
    assert (dispute.by, dispute.by_text, dispute.target, dispute.cue) == (
        None, "opposition lawmakers", "ana-ruiz", "criticism")


def test_a_colon_hands_the_quote_to_the_clause_before_it(nlp):
    statement = only_statement(nlp, 'Legislator Tom Reed spoke to the press after the vote: "We will appeal this decision."')
    assert (statement.speaker, statement.cue, statement.kind) == ("tom-reed", "spoke", "direct")


def test_they_after_a_plural_title_is_everyone_with_that_title(nlp):
    sheet = extract(article("Officers Paul Martin and Jacques Roux were convicted on Thursday.",
                            "Both officers said they would appeal the verdict."), nlp)
    assert sorted(d.by for d in sheet.disputes if d.cue == "appeal") == ["jacques-roux", "paul-martin"]


def test_a_campaign_named_after_a_person_speaks_for_nobody(nlp):
    sheet = extract(article("Joe Biden spoke in Ohio.", "The Biden campaign criticized the decision on Monday."), nlp)
    assert [(d.by, d.by_text) for d in sheet.disputes] == [(None, "The Biden campaign")]


def test_he_added_is_the_main_subject_not_the_person_he_talked_about(nlp):
    sheet = extract(article(
        "Minister Tom Kowal resigned on Monday. He said Premier Ivan Dorn is \"an honest man\"; "
        "however, \"I had to go\", he added."), nlp)
    assert quote(sheet, "I had to go").speaker == "tom-kowal"


def test_an_unnamed_woman_in_between_takes_she(nlp):
    sheet = extract(article(
        "Judge Maria Lopez sentenced the men on Friday.",
        "They were caught after one of their daughters escaped. She said the doors were always locked."), nlp)
    assert next(s for s in sheet.statements if s.text.startswith("the doors")).speaker is None


def test_gender_from_the_article_beats_the_first_name_list(nlp):
    # "Maria" is listed as a woman's name; the article calls this Maria a spokesman.
    sheet = extract(article(
        "Police spokesman Maria Kell arrived late. Anna Berg spoke first.",
        "Later, he said \"We have no suspects at this time.\""), nlp)
    assert quote(sheet, "We have no suspects").speaker == "maria-kell"


def test_a_name_in_a_quote_gives_no_gender_to_the_pronoun_after_the_quote(nlp):
    # the "She" after the quote is the speaker, not Olaf: Olaf stays a man (from "He was 72"), so the last "She"
    # cannot be him ("Johann" is on the men's list)
    sheet = extract(article(
        "Olaf Brenner, the former mayor, died on Sunday. He was 72.",
        'Council leader Chris Dane said: "Our thoughts are with his family. Olaf gave his life to this town." She '
        "said the council would hold a memorial.",
        'Party leader Johann Weber spoke of Brenner\'s "energy and warmth". She called his death "a loss for the '
        'whole region".'), nlp)
    assert quote(sheet, "a loss for the whole").speaker != "olaf-brenner"


def test_a_she_after_a_subject_beside_a_possessor_gives_the_subject_her_gender(nlp):
    # "Bruno" is on the men's list, but the article's "She" after Bruno Kaye's sentence (which names Dale Ames
    # only as the owner of the service) says otherwise
    sheet = extract(article(
        "Nina Holm called the mayor a friend. She said he never missed a meeting.",
        'Union leader Bruno Kaye spoke of Dale Ames\'s "long service". She called his exit "a loss for the town".'),
        nlp)
    assert quote(sheet, "a loss for the town").speaker == "bruno-kaye"


def test_a_he_after_a_possessor_gives_no_gender_to_a_name_that_is_not_the_subject(nlp):
    # Soto is only the object beside Dale Ames's possessive: the "He" after that sentence is Ames, not Soto
    sheet = extract(article(
        "Robin Soto chairs the board. Voters gave Dale Ames's seat to Robin Soto. He had held it since 1990. "
        'Later she said "We start today."'), nlp)
    assert quote(sheet, "We start today").speaker == "robin-soto"


def test_a_name_after_a_quote_the_parser_opens_the_sentence_with_gives_no_gender(nlp):
    # the parser starts a sentence inside the quote and runs it on to ", and thanked Mayor Omar Pell"; the "She"
    # after it goes on from Ms Dunne, so Pell keeps the gender of his first name and the last "She" is Dunne
    sheet = extract(article(
        'After the vote Ms Dunne wrote: "What a night for the town? Did we really win this?", and thanked Mayor '
        'Omar Pell for "a fair count". She said she would serve every voter.',
        'Ms Dunne met the press on Friday, and Pell spoke first. She asked for "a new budget".'), nlp)
    assert quote(sheet, "a new budget").speaker == "dunne"


def test_an_honorific_and_surname_tagged_as_a_place_is_a_mention_of_the_person(nlp):
    # the tagger takes "Ms Rawat" for a place; it is still Priya Rawat, nearer to "She" than Anna Pell
    sheet = extract(article(
        "Priya Rawat, head of the commission, began a strike on Monday.",
        'Mayor Anna Pell said "We will talk to her."',
        "In a tweeted message on Wednesday announcing her hunger strike, Ms Rawat demanded a new law. She also "
        'asked for "more police on the streets".'), nlp)
    assert quote(sheet, "more police on the streets").speaker == "priya-rawat"


def test_a_common_first_name_gives_a_pronoun_its_person(nlp):
    sheet = extract(article(
        "Bernard Holt met Louise Brandt on Monday. She said \"The talks went well for both of us.\""), nlp)
    assert quote(sheet, "The talks went well").speaker == "louise-brandt"


def test_from_a_place_and_two_titles_before_one_name(nlp):
    sheet = extract(article(
        "The seat went to former United States Secretary of State and former United States Senator from "
        "Ohio Mary Stone in 2016."), nlp)
    assert [(r.title, r.organization) for r in person(sheet, "mary-stone").roles] == [
        ("former Secretary of State", "United States"), ("former Senator from Ohio", "United States")]


def test_professor_and_pilot_are_roles_but_mr_is_not(nlp):
    sheet = extract(article(
        "Professor Ann Kerr of Leeds University met pilot Tom Baker and Mr. Ed Moss on Monday."), nlp)
    assert [r.title for r in person(sheet, "ann-kerr").roles] == ["Professor"]
    assert [r.title for r in person(sheet, "tom-baker").roles] == ["pilot"]
    assert person(sheet, "ed-moss").roles == ()


def test_would_serve_as_is_not_a_role(nlp):
    sheet = extract(article("If elected, Jane Cole would be the first woman to serve as Vice President."), nlp)
    assert person(sheet, "jane-cole").roles == ()


def test_could_argue_is_not_a_report(nlp):
    statements = extract(article("One could argue that the figures were wrong from the start."), nlp).statements
    assert statements == ()


def test_pointing_out_reports_speech(nlp):
    statement = only_statement(nlp, "Mayor Tom Reed ended his bid on Monday, pointing out he had raised "
                                     "far less money than his rivals.")
    assert (statement.speaker, statement.cue) == ("tom-reed", "pointing out")
    assert statement.text.startswith("he had raised far less money")


def test_is_the_former_attorney_general_and_she_served_as_are_roles(nlp):
    sheet = extract(article(
        "Ann Price, a senator, is the former Attorney General of Ohio. She also served as the district "
        "attorney for the city of Dayton. Paul Kent, who is the mayor of Akron, met her."), nlp)
    assert [(r.title, r.organization) for r in person(sheet, "ann-price").roles] == [
        ("senator", None), ("former Attorney General", "Ohio"), ("district attorney for the city of Dayton", None)]
    assert [r.title for r in person(sheet, "paul-kent").roles] == ["mayor of Akron"]


def test_a_role_said_of_someone_inside_a_quote_is_an_opinion(nlp):
    sheet = extract(article('Ann Price met Tom Reed. "Reed is a failed leader," she said.'), nlp)
    assert person(sheet, "tom-reed").roles == ()


def test_a_name_only_inside_a_show_or_an_administration_is_not_a_person(nlp):
    sheet = extract(article(
        "During an interview on The Late Show with Stephen Colbert on Wednesday, Tom Reed praised the plan. "
        "Reed served as an adviser under Barack Obama's administration."), nlp)
    assert [p.name for p in sheet.people] == ["Tom Reed"]


def test_a_name_also_mentioned_on_its_own_stays_a_person(nlp):
    sheet = extract(article(
        "Tom Reed served as an adviser under Barack Obama's administration. Obama said the plan was sound."), nlp)
    assert {p.name for p in sheet.people} == {"Tom Reed", "Barack Obama"}


def test_a_name_after_company_or_law_firm_is_not_a_person(nlp):
    sheet = extract(article(
        "Ann Price dubbed anime for distribution company Nova Entertainment. The carmaker hired law firm "
        "Sidley Austin, Price said."), nlp)
    assert [p.name for p in sheet.people] == ["Ann Price"]


def test_a_spanish_name_with_an_office_in_apposition_and_its_first_surname(nlp):
    sheet = extract(article(
        "Ricardo Rosselló Nevares, Puerto Rico's governor, announced his resignation. "
        "Rosselló said he would leave office in August."), nlp)
    governor = person(sheet, "ricardo-rossello-nevares")
    assert governor.aliases == ("Rosselló",)
    assert quote(sheet, "he would leave office").speaker == "ricardo-rossello-nevares"


def test_names_in_an_original_language_passage_after_an_interwiki_marker_are_ignored(nlp):
    sheet = extract(article(
        'Pedro Pierluisi said, "I will be governor until Wednesday." ((es))Spanish language: \u200dSi el Senado '
        'me ratifica, seré gobernador. ((ru))Russian: \u200dДмитрий Кошелев сказал.'), nlp)
    assert [p.name for p in sheet.people] == ["Pedro Pierluisi"]


def test_a_camel_case_brand_or_a_which_clause_is_not_a_person(nlp):
    sheet = extract(article(
        "SpaceX announced a new launch date. Zenbo, which makes robots, said sales rose. "
        "McCain said he would wait."), nlp)
    assert [p.name for p in sheet.people] == ["McCain"]


def test_a_lone_word_the_article_treats_as_an_organisation_is_not_a_person(nlp):
    sheet = extract(article(
        "The Philippine Institute of Volcanology and Seismology (Phivolcs) reported the quake. Phivolcs said "
        "it was strong. Yesterday, Kosmora, the Russian space agency, announced the launch. Malawi confirmed "
        "its first cases."), nlp)
    assert sheet.people == ()
    assert quote(sheet, "it was strong").speaker is None


def test_the_publishing_outlet_is_not_a_person(nlp):
    text = article("Wikinews attended the convention. Wikinews asked Ann Price about it. Ann Price said the fans "
                   "were happy.")
    assert "Wikinews" in [p.name for p in extract(text, nlp).people]  # a person, as far as the text shows
    sheet = extract(replace(text, outlet="Wikinews"), nlp)
    assert [p.name for p in sheet.people] == ["Ann Price"]


def test_an_original_language_passage_runs_from_its_marker_to_where_english_resumes(nlp):
    from generator.extract.names import foreign

    doc = nlp('Saying "there are many abortions" ((es))Spanish language: \u200dhay muchos abortos, '
              'President Fernández elaborated, "A state must protect citizens." ((ru))Russian: \u200dГосударство '
              'должно защищать. Граждан. Then Ann Lee left.')
    passages = " ".join(doc[i].text for i in sorted(foreign(doc)))
    assert passages == "( ( es))Spanish language : \u200dhay muchos abortos ( ( ru))Russian : \u200dГосударство " \
                       "должно защищать . Граждан ."


def test_the_speaker_is_the_head_of_a_subject_the_parser_split(nlp):
    statement = only_statement(nlp, '"It is important to the lives of the community," said study co-author '
                                    "Professor Carl Lipo of Binghamton University.")
    assert (statement.speaker, statement.cue) == ("carl-lipo", "said")


def test_a_name_after_a_title_that_ner_merged_into_an_organisation(nlp):
    sheet = extract(article(
        "Early yesterday morning, United States Representative Elijah Cummings died while in hospice care."), nlp)
    assert [(p.name, [r.title for r in p.roles]) for p in sheet.people] == [("Elijah Cummings", ["Representative"])]


def test_a_shared_surname_alone_is_the_headline_persons(nlp):
    sheet = extract(article(
        "Representative Elijah Cummings died yesterday. His parents, Robert Cummings and Ruth Cummings, were "
        "farmers. Cummings said in 1996 that he would serve his city.",
        title="US Representative Elijah Cummings dies at age 68"), nlp)
    assert quote(sheet, "he would serve his city").speaker == "elijah-cummings"


def test_a_shared_surname_alone_is_the_person_named_in_full_most_often(nlp):
    sheet = extract(article(
        "The party chose Senator Kamala Harris as its nominee.",
        "Critics asked whether Kamala Harris was eligible.",
        "Harris was born in Oakland to a Jamaican-born father, Donald J. Harris. Harris said she was proud "
        "of her parents."), nlp)
    assert quote(sheet, "she was proud of her parents").speaker == "kamala-harris"
    assert "Harris" in person(sheet, "kamala-harris").aliases
    assert "Harris" not in person(sheet, "donald-j-harris").aliases
def test_a_shared_surname_alone_is_the_person_named_in_full_just_before_in_the_paragraph(nlp):
    sheet = extract(article(
        "Officers searched the flat of retired customs officer Osman Demirtaş on Monday.",
        'Trade Minister Kemal Ali Demirtaş defended the raids. "The courts decide, not me," said Demirtaş.'), nlp)
    assert quote(sheet, "The courts decide, not me").speaker == "kemal-ali-demirtas"
    assert "Demirtaş" not in person(sheet, "osman-demirtas").aliases


def test_a_shared_surname_after_an_owner_or_a_relative_stays_with_the_main_bearer(nlp):
    sheet = extract(article(
        "Mayor Helen Varga opened the bridge on Friday.",
        "Helen Varga thanked the builders. Critics pointed to Peter Varga's firm, which won the contract, and "
        "to her nephew, Tom Varga. Varga said the tender had been open."), nlp)
    assert quote(sheet, "the tender had been open").speaker == "helen-varga"


def test_an_arabic_surname_stands_alone_without_its_article(nlp):
    sheet = extract(article(
        "The interior minister, Khalid Omar al-Rawandi, visited the port.",
        'In a radio interview, Rawandi called for calm. "We will rebuild the docks," said Rawandi.'), nlp)
    assert "Rawandi" in person(sheet, "khalid-omar-al-rawandi").aliases
    assert quote(sheet, "We will rebuild the docks").speaker == "khalid-omar-al-rawandi"


def test_a_hyphenated_name_without_an_article_keeps_its_first_part(nlp):
    sheet = extract(article(
        "The poet Jamal Abu-Samir read from his new book. Samir was the name of his late dog."), nlp)
    assert "Samir" not in person(sheet, "jamal-abu-samir").aliases


def test_a_shared_surname_alone_is_the_first_named_bearers_without_a_headline_name(nlp):
    sheet = extract(article(
        "Senator Mark Dalton spoke in Ohio on Monday. His father, Robert James Dalton, was a farmer.",
        "Dalton criticized the tax plan. He said the budget would hurt farmers."), nlp)
    assert quote(sheet, "the budget would hurt farmers").speaker == "mark-dalton"


def names(nlp, *paragraphs: str, title: str = "A test article") -> set[str]:
    return {p.name for p in extract(article(*paragraphs, title=title), nlp).people}


def test_a_couple_named_together_share_their_surname_equally(nlp):
    sheet = extract(article(
        "Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison.",
        "The oldest of the Turpin's children weighed 82 pounds.",
        "David Turpin was also charged with making false statements."), nlp)
    assert "Turpin" not in person(sheet, "david-turpin").aliases


def test_a_given_name_or_surname_misspelt_once_is_the_same_person(nlp):
    sheet = extract(article(
        "Imus is survived by his second wife Dierdre Coleman and two sons.",
        'The statement read: "Don loved and adored Deirdre, who loved him back."',
        "A Polish chef named Łukasz harried him with a tusk. Łukasz works at the hall.",
        'Piers Morgan commented, "The guy with the tusk is a Polish chef named Luckasz."'), nlp)
    people = {p.name: p.aliases for p in sheet.people}
    assert "Deirdre" in people["Dierdre Coleman"] and "Luckasz" in people["Łukasz"]
    assert "Deirdre" not in people and "Luckasz" not in people
    assert names(nlp, "Maria Lopez met Mario in Rome, and Mario said he was glad.") >= {"Maria Lopez", "Mario"}
    assert names(nlp, "Expert Frido Welker said the bones were old.", "Frido Walker added that the site was rich.") \
        == {"Frido Welker"}


def test_an_apostrophe_surname_and_a_name_given_in_quotes_are_people(nlp):
    assert "Crystal C'Bearing" in names(nlp, '"Bringing the buffalo back will heal us," Crystal C\'Bearing of the '
                                             "tribal preservation office told those gathered.")
    assert "P Wilson" in names(nlp, 'Police arrested a man in his forties identified only as "P Wilson" on Friday.')


def test_a_hyphenated_given_name_before_a_tagged_surname_is_kept(nlp):
    sheet = extract(article(
        '"This cannot change the fact," Hong Kong director of Amnesty International Man-kei Tam said.',
        "Amnesty's Man-kei Tam said it was wrong."), nlp)
    tam = person(sheet, "man-kei-tam")
    assert not tam.aliases and all(r.title != "Man-kei" for r in tam.roles)


def test_bodies_newspapers_and_products_are_not_people(nlp):
    found = names(nlp,
                  "As a result, the Supreme Court of Justice (Oberster Gerichtshof) of Austria brought the case.",
                  "Gazeta Prawna reports that turnover fell, and Anna Nowak said so.",
                  "Kimberly-Clark, which makes Kleenex Toilet Tissue, said it was working to meet demand.")
    assert found == {"Anna Nowak"}


def test_a_middle_initial_inside_a_listed_name(nlp):
    assert names(nlp, "Protesters toppled statues of Christopher Columbus, presidents George Washington and "
                      "Ulysses S. Grant, and abolitionist Matthias Baldwin.") \
        == {"Christopher Columbus", "George Washington", "Ulysses S. Grant", "Matthias Baldwin"}


def test_a_platform_is_no_person_nor_part_of_a_name(nlp):
    assert names(nlp, "Singer Ana Diaz posted on Twitter that she was running for mayor.",
                 "Twitter placed a warning on the post. Twitter also disabled replies.",
                 "The next day on Twitter Diaz accused her rivals of lying.") == {"Ana Diaz"}


def test_a_ship_named_after_a_person_is_no_mention_of_them(nlp):
    assert names(nlp, "The charity renamed its ship after Ana Diaz, a nurse who drowned in 2015.",
                 "The ship, MV Ana Diaz, was previously MV Professor Tom Ward.") == {"Ana Diaz"}


def test_a_word_before_an_office_and_a_name_is_the_body(nlp):
    assert names(nlp, "Riverton beat Oakdale 30 to 12 at Oakdale's ground on Saturday.",
                 '"We were slow," Oakdale coach Ben Ames said. Oakdale hit back late in the game.') == {"Ben Ames"}


def test_a_law_named_after_someone_is_no_mention(nlp):
    assert names(nlp, "The astronomer Maria Lopez said the orbit obeys Kepler's laws.",
                 "Lopez said Kepler's laws give the mass of the star.") == {"Maria Lopez"}


def test_lone_names_listed_with_a_named_person_are_people(nlp):
    assert names(nlp, "Gloria Vance married the conductor Leopold Stokowski in 1945.",
                 "Vance is survived by two sons with Stokowski, Stanislaus and Christopher.") \
        == {"Gloria Vance", "Leopold Stokowski", "Stanislaus", "Christopher"}


def test_two_surnames_joined_by_a_slash_are_a_ticket_not_a_person(nlp):
    assert names(nlp, "The party nominated Maria Lopez and her running mate Tom Ward.",
                 "The Lopez/Ward ticket won ballot access in Ohio.") == {"Maria Lopez", "Tom Ward"}


def test_a_lone_name_after_an_occupation_noun_is_a_person(nlp):
    assert names(nlp, "Tom Ward of the band likened the solo to hearing classical composer Mozart.") \
        == {"Tom Ward", "Mozart"}


def test_two_surnames_after_a_middle_initial_stay_an_alias(nlp):
    sheet = extract(article("Pedro Pierluisi was sworn in as governor.",
                            "The court said the oath of office of the Honorable Pedro R. Pierluisi Urrutia, secretary "
                            "of state, is unconstitutional."), nlp)
    assert "Pierluisi Urrutia" in person(sheet, "pedro-pierluisi").aliases


def test_a_name_with_lower_case_hyphenated_parts(nlp):
    sheet = extract(article("A coup placed incumbent Prayuth Chan-o-cha in office.",
                            "The party did not say whom it would support against Chan-o-cha."), nlp)
    assert [(p.name, list(p.aliases)) for p in sheet.people] == [("Prayuth Chan-o-cha", ["Chan-o-cha"])]


def test_a_ring_name_is_an_alias_of_the_performer(nlp):
    sheet = extract(article("Wrestler Tom Ward, who performed under the ring name Max Steel, died on Monday.",
                            "As Max Steel, Ward won two titles."), nlp)
    assert [(p.name, "Max Steel" in p.aliases) for p in sheet.people] == [("Tom Ward", True)]


def test_an_alias_or_pseudonym_is_another_name_of_its_bearer(nlp):
    sheet = extract(article("Comedians Gregg Turkington and Tim Heidecker met fans on Sunday.",
                            "Fans asked about Turkington's alias of insult comedian Neil Hamburger."), nlp)
    assert [(p.name, "Neil Hamburger" in p.aliases) for p in sheet.people] \
        == [("Gregg Turkington", True), ("Tim Heidecker", False)]


def test_a_pseudonym_with_no_named_bearer_names_a_person(nlp):
    assert names(nlp, '"We will stay," said a protester using the pseudonym Katya.') == {"Katya"}


def test_an_organisations_name_made_plural_names_its_staff(nlp):
    # the model tags the company ORG and its staff's plural PERSON
    assert names(nlp, "Ada Lind, a spokeswoman for Dunmore Anchor, said the plan was fair. "
                 "Dunmore Anchorers held a meeting on Monday.") == {"Ada Lind"}


@pytest.mark.parametrize("paragraphs, people", [
    # the model tags each of these things PERSON; the last word names a thing, and nothing acts as a person
    (["Police said protesters marched to Lisburn Roundabout on Monday."], set()),
    (["Crowds were dispersed from Lisburn Castle by riot police."], set()),
    (["Dorrow Conference drew a large crowd on Friday."], set()),
    (["The quake struck 30 km north of Talca, Lisburn Junction, at a depth of 10 km."], set()),
    (["The singer won Dorrow Performance for the second time."], set()),
    (["Lisburn Alerts drew a large crowd on Friday."], set()),
    (["Police said protesters marched to Dorrow Throne on Monday."], set()),
    (["The singer won Lisburn Editing for the second time."], set()),
    (["Protesters marched to Dorrow Roundabout and then to Lisburn Castle, police said."], set()),
    (["Dorrow Mixing drew a large crowd on Friday, and Ana Ruiz said it was a record."], {"Ana Ruiz"}),
    # near misses: a surname that is such a word, with a first name, a title or a speech verb
    (["Former minister Barbara Castle was remembered at the event.", "Castle died in 2002."], {"Barbara Castle"}),
    (["Tom Crossing, a painter, said he had sold the work."], {"Tom Crossing"}),
    (["Senator Rosa Summit said the bill would pass."], {"Rosa Summit"}),
    (["Gary Flight scored twice. Flight said he was pleased."], {"Gary Flight"}),
    (["Ruth Throne said the talks had failed."], {"Ruth Throne"}),
])
def test_a_name_ending_in_a_word_for_a_thing_is_no_person_unless_it_acts_as_one(nlp, paragraphs, people):
    assert names(nlp, *paragraphs) == people


@pytest.mark.parametrize("paragraphs, people", [
    # clubs, trophies, states and organisations whose names end in a word no surname is; speaking keeps none a person
    ([("Leeds United beat Norwich City 2-1 on Saturday, and Leeds United's manager Tom Harlow said the team "
      "deserved it.")], {"Tom Harlow"}),
    (["The derby between Wigan Athletic and Bolton Wanderers was postponed, officials said."], set()),
    (["Glasgow Rangers signed the striker from Tottenham Hotspur, said Mark Dale."], {"Mark Dale"}),
    (["Marcus Webb, who plays for Leeds United, said he was happy."], {"Marcus Webb"}),
    (["Ohio State and Wayne State both lost on Saturday, said coach Jim Reed."], {"Jim Reed"}),
    (["Human Rights Watch has urged an inquiry. Its researcher Lena Morris said the evidence was clear."],
     {"Lena Morris"}),
    ([("Reporters Sans Frontières condemned the arrest, and Médecins Sans Frontières sent a team, spokesman Paul "
      "Ade said.")], {"Paul Ade"}),
    # near misses: a person in the club's or state's frame, or with a surname that is such a word
    (["Leeds United captain Marcus Webb scored twice."], {"Marcus Webb"}),
    (["Ohio State coach Jim Reed said the team had played well."], {"Jim Reed"}),
    (["Kaduna State governor Musa Bello said schools would close."], {"Musa Bello"}),
    (["Officer Tom Shield said the driver had fled."], {"Tom Shield"}),
])
def test_a_name_ending_in_a_club_state_or_body_word_is_no_person(nlp, paragraphs, people):
    assert names(nlp, *paragraphs) == people


@pytest.mark.parametrize("paragraph, people", [
    # names given as examples ("such as", "including") of a plural noun of places or bodies
    ("It was felt in towns such as Lindavia, Quellon and Puerto Moreno, the agency said.", set()),
    ("Damage was reported in several cities, including Tarapel and Santa Lucena, mayor Ana Ruiz said.", {"Ana Ruiz"}),
    ("The ministry funds organisations such as Beit Levanon and Shomrei Tal, the report says.", set()),
    ("Retailers such as Harrow Dunmore and Kessel Vane cut prices, analyst Joan Pike said.", {"Joan Pike"}),
    ("Tourists avoided islands such as Malinao and Sorrel Key after the storm.", set()),
    ("Clubs including Bramley Vale and Corvin Park bid for the player.", set()),
    # near misses: examples of people, or a singular noun the parser hung the list on
    ("Leaders such as Angela Morrow and Peter Vance attended the summit.", {"Angela Morrow", "Peter Vance"}),
    ("Artists including Sam Ellery and Rosa Quint performed at the festival.", {"Sam Ellery", "Rosa Quint"}),
    ("Some in the party, such as Nora Beck, opposed the plan.", {"Nora Beck"}),
    ("Members of the party such as Carl Weiss and Ida Lund said they would vote no.", {"Carl Weiss", "Ida Lund"}),
])
def test_examples_of_places_or_bodies_are_not_people(nlp, paragraph, people):
    assert names(nlp, paragraph) == people


@pytest.mark.parametrize("paragraph, people", [
    # the model tags the name a place; a lower-case title right before it, modifying it, makes it a person
    ("Kenyan president Thabo Ndlovu arrived on Monday.", {"Thabo Ndlovu"}),
    ("The deal was signed by Ghanaian minister Thabo Ndlovu on Friday.", {"Thabo Ndlovu"}),
    ("Critics questioned Nigerian president Thabo Ndlovu's silence.", {"Thabo Ndlovu"}),
    ("Senegalese ambassador Thabo Ndlovu declined to comment.", {"Thabo Ndlovu"}),
    ("Protesters booed Tanzanian president Thabo Ndlovu and his aides.", {"Thabo Ndlovu"}),
    ("Emperor Kanji opened the session.", {"Kanji"}),  # a capitalised title before a one-word name
    # near misses: a title that does not modify the place after it
    ("He told the mayor Cape Town would not pay.", set()),
    ("Kenya Airways told the president Nairobi Hospital was full.", set()),
    ("The governor New Jersey elected in 2017 spoke.", set()),
])
def test_a_name_tagged_a_place_after_a_title_is_a_person(nlp, paragraph, people):
    assert names(nlp, paragraph) == people


def test_a_given_name_before_and_and_a_full_name_shares_the_surname(nlp):
    assert names(nlp, "The film is a documentary by Tomasz and Marek Sekielski, released on Saturday.") \
        == {"Tomasz Sekielski", "Marek Sekielski"}


def test_a_name_split_at_its_quoted_nickname_is_one_person(nlp):
    assert names(nlp, 'Edward Lodewijk "Eddie" Van Halen, lead guitarist of the band, died on Tuesday.',
                 "Van Halen was a native of the Netherlands.") == {'Edward Lodewijk "Eddie" Van Halen'}


def test_a_quoted_nickname_before_a_name_is_no_person(nlp):
    assert names(nlp, 'The campaign goes on. "Birther King" Andy Martin, a candidate, filed suit on Monday.') \
        == {"Andy Martin"}


def test_a_sentence_opening_occupation_is_not_part_of_the_name(nlp):
    assert names(nlp, "Astronomer Anthony Boccaletti discusses the young star.",
                 "Boccaletti said the spiral was clear.") == {"Anthony Boccaletti"}


def test_a_financial_house_or_german_publisher_is_no_person(nlp):
    assert names(nlp, "Jefferson Mutual, and Harding Financial, two big mortgage banks, saw their stock drop.",
                 "The portal and Brenner Zeitschriften Verlag ended the campaign.") == set()
    # near miss: a person of the house keeps her name
    assert names(nlp, "Ann Kerr of Bayside Mutual said shares fell.") == {"Ann Kerr"}


def test_a_dictionary_word_before_a_middle_initial_is_a_given_name(nlp):
    # "Heath" and "Moss" are common nouns, but a middle initial follows: the word opens the name
    assert names(nlp, "Heath J. Holm, a nurse at the county hospital, said the ward was full.") == {"Heath J. Holm"}
    assert names(nlp, "Moss T. Varga, the pastor, said the roof had held.") == {"Moss T. Varga"}
    # near miss: an occupation before a given name and an initial stays a title
    assert names(nlp, "Florist Ann T. Holm said the shop was full.") == {"Ann T. Holm"}


def test_a_secretary_before_a_lone_surname_is_a_title(nlp):
    found = roles_of(nlp, "Deputy Finance Secretary Marwick published a report on Friday, saying the plan "
                          "would fail.")
    assert found["Marwick"] == ["Deputy Finance Secretary"]
    # near miss: a title after the title word is no surname
    assert names(nlp, "The Secretary General said on Friday that talks would resume.") == set()


def test_a_title_with_a_lower_rank_prefix_opens_a_title_of_a_body(nlp):
    # "Undersecretary of the Navy for Logistics" is a title of a body: the name after it is a person's
    assert "Marleen Vessberg" in names(nlp, "The charity later hired Deputy Undersecretary of the Navy for Logistics "
                                            "Marleen Vessberg.")
    # near miss: a body's own name with no title before it
    assert names(nlp, "The charity later joined the Office of the Navy for Logistics Support.") == set()


def test_an_honorific_or_office_before_a_surname_joins_the_full_name(nlp):
    found = names(nlp, "Naomi Martisius of UC Davis led the study.",
                  "The bones were old, Dr Martisius told reporters.",
                  "Sheriff Kerry Lee spoke at noon. Sheriff Lee said they arrested one person.")
    assert found == {"Naomi Martisius", "Kerry Lee"}


def test_editors_brackets_inside_a_quoted_name_are_dropped(nlp):
    found = names(nlp, 'She said, "After [Prime Minister Narendra] Modi spoke, our members went home."')
    assert found == {"Narendra Modi"}


def test_a_first_name_the_model_left_out_of_the_entity_is_kept(nlp):
    found = names(nlp, '"They ran towards danger," tweeted Mayor of London Sadiq Khan. Usman Khan was shot dead.')
    assert found == {"Sadiq Khan", "Usman Khan"}


def test_names_used_only_as_places_are_not_people(nlp):
    found = names(nlp, "The Syrian Army entered Tell Tamer and Ain Issa yesterday.",
                  "Protesters gathered in Causeway Bay and Tin Hau. Carrie Lam said nothing.")
    assert found == {"Carrie Lam"}


def test_names_ending_in_a_thing_word_or_after_a_thing_noun_are_not_people(nlp):
    found = names(nlp, "The court allowed social media site Facebook to remove the post.",
                  "Facebook claimed the order was wrong. The Electronic Commerce Directive protects hosts.",
                  "The Java Sea is deep, said Joko Widodo.")
    assert found == {"Joko Widodo"}


def test_a_first_name_coordinated_with_a_full_name_shares_its_surname(nlp):
    assert names(nlp, "Among them were Richard and Lisa Parry, who came from Ohio.") == {"Richard Parry", "Lisa Parry"}


def test_a_one_word_name_used_alone_again_and_again_keeps_no_partners_surname(nlp):
    sheet = extract(article(
        "Carla and Peter Vossberg each took two prizes on Sunday.",
        "Carla thanked her band. Carla said the night was a dream.",
        "Vossberg said he was proud of the record."), nlp)
    assert {p.name for p in sheet.people} == {"Carla", "Peter Vossberg"}
    assert quote(sheet, "he was proud").speaker == "peter-vossberg"
    assert names(nlp, "Carla and Peter Vossberg each took two prizes on Sunday.",
                 "Carla said the night was a dream.") == {"Carla Vossberg", "Peter Vossberg"}


def test_a_first_name_next_to_a_person_is_a_person_but_a_place_is_not(nlp):
    found = names(nlp, "Kobe Bryant died on Sunday. A columnist said Kobe Bryant and Gianna were on their way to a game.",
                  "The fire spread from Barmouth and Joe Smith's farm.")
    assert "Gianna" in found
    assert "Barmouth" not in found


def test_a_hyphenated_first_name_opening_a_sentence_stays_whole(nlp):
    assert names(nlp, "Jean-Luc Picard-Smith declined to comment.") == {"Jean-Luc Picard-Smith"}


def roles_of(nlp, text: str) -> dict[str, list[str]]:
    return {p.name: [r.title for r in p.roles] for p in extract(article(text), nlp).people}


def test_a_sentence_opening_occupation_is_the_persons_role(nlp):
    assert roles_of(nlp, "Broadcaster Piers Morgan commented on the rally.") == {"Piers Morgan": ["Broadcaster"]}


def test_two_titles_joined_by_and_with_a_patron_and_a_participle(nlp):
    found = roles_of(nlp, "Former Trump adviser and retired general Michael Flynn was on stage.")
    assert found["Michael Flynn"] == ["Former Trump adviser", "retired general"]


def test_a_plural_noun_before_one_name_is_not_its_title(nlp):
    found = roles_of(nlp, "Tomasz Stefaniak announced to journalists Paweł Adamowicz remained alive.")
    assert found == {"Tomasz Stefaniak": [], "Paweł Adamowicz": []}


def test_a_stance_is_not_a_role(nlp):
    assert roles_of(nlp, "Paweł Adamowicz was an early supporter of democracy.") == {"Paweł Adamowicz": []}


def test_topics_skip_a_transcripts_speaker_marker_and_a_possessive_apostrophe(nlp):
    sheet = extract(article("((WN)) What made you run? ((WN)) Why now?",
                            "The United States' role grew. The United States' plan failed."), nlp)
    assert sheet.topics == ("United States",)


def test_a_place_named_in_full_takes_in_its_short_forms_as_one_topic(nlp):
    sheet = extract(article(
        "Supporters of the President gathered on Saturday in the capital, Washington D.C., for a rally.",
        "Police in Washington said the crowd was calm. The D.C. police chief praised the marchers, and D.C. "
        "officials counted 5,000 people in Washington."), nlp)
    assert sheet.topics == ("Washington D.C.",)  # not also "Washington" and "D.C."


def test_a_place_the_text_tells_apart_keeps_its_own_topic(nlp):
    sheet = extract(article(
        "Officials in Washington state said the fires spread. Washington firefighters fought the blaze near "
        "Seattle.", "Crews from Seattle helped. President Trump spoke to Washington D.C. reporters about it."), nlp)
    assert "Washington" in sheet.topics  # the state, not folded into Washington D.C.


def test_a_long_apposition_keeps_its_title_and_one_of_names_one_role(nlp):
    found = roles_of(nlp, "Agnès Callamard, a UN rapporteur for the Office of the UN High Commissioner for Human "
                          "Rights who had investigated the case, spoke. The meeting was between Rudy Giuliani and "
                          "Andriy Yermak, one of President Zelensky's aides.")
    assert found["Agnès Callamard"] == ["rapporteur"]
    assert found["Andriy Yermak"] == ["President Zelensky's aide"]
    assert found["Rudy Giuliani"] == []


def test_two_coordinated_titles_in_apposition_before_the_name(nlp):
    found = roles_of(nlp, "Haifa University geostrategy expert and former Israeli security official, Avinoam Idan, "
                          "said the supply is small.")
    assert found["Avinoam Idan"] == ["geostrategy expert", "former security official"]


def test_names_the_model_runs_into_titles_places_and_employers(nlp):
    found = names(nlp, "Tomasz Kubiak, a fire service spokesman, told reporters the victim is in care.",
                  "According to Chief Superintendent Graciano Mijares of the police, fourteen civilians died.",
                  "Arnel dela Vega of the army said the group are the suspects.",
                  "Newly elected Assemblywoman Selena Torres said, \"It's really exciting.\"",
                  "First Minister of Scotland Nicola Sturgeon said so on Twitter.",
                  "Mayor of Koszalin Piotr Jedlinski has declared a day of mourning.")
    assert found == {"Tomasz Kubiak", "Graciano Mijares", "Arnel dela Vega", "Selena Torres", "Nicola Sturgeon",
                     "Piotr Jedlinski"}


def test_a_publication_after_its_kind_is_not_a_person(nlp):
    assert names(nlp, "Hungarian daily newspaper Magyar Nemzet revealed a deal on Monday.") == set()


def test_english_resumes_after_a_one_word_original_language_gloss(nlp):
    found = names(nlp, 'It fits the "outward investment" ((hu))Hungarian language: ‍tőkekihelyezési strategy of '
                       "Prime Minister Viktor Orbán.")
    assert found == {"Viktor Orbán"}


def test_an_apposition_after_another_and_one_cut_at_its_head(nlp):
    found = roles_of(nlp, "A jury convicted Michael Avenatti, the California, US lawyer who represented a client. "
                          "Nikoloz Basilashvili, a Georgian tennis player with world ranking number 27, was arrested.")
    assert found["Michael Avenatti"] == ["lawyer"]
    assert found["Nikoloz Basilashvili"] == ["tennis player"]


def test_one_role_said_twice_is_listed_once_and_a_party_is_no_role(nlp):
    found = roles_of(nlp, "SpaceX founder Elon Musk spoke. Musk, the founder, smiled. "
                          "Democrat Patricia Spearman, a former colonel, agreed.")
    assert found["Elon Musk"] == ["SpaceX founder"]
    assert found["Patricia Spearman"] == ["former colonel"]


def test_appointed_as_gives_the_role_to_the_one_appointed(nlp):
    found = roles_of(nlp, "Before resigning, Ricardo Rosselló appointed Pedro Pierluisi as secretary of state. "
                          "Pierluisi was sworn in as governor on August 2.")
    assert found == {"Ricardo Rosselló": [], "Pedro Pierluisi": ["secretary of state", "governor"]}


def test_a_lower_case_headline_verb_does_not_join_a_name(nlp):
    assert names(nlp, "On Tuesday, President Donald Trump fired John R. Bolton.",
                 title="US president Trump ousts national security advisor Bolton") == {"Donald Trump", "John R. Bolton"}


def test_titles_around_a_name_and_place_lists_stay_out_of_people(nlp):
    found = names(nlp, "Guests included podcaster Spike Cohen. Labour MP Tom Watson spoke.",
                  "The fire spread to Bala, Barmouth and Harlech on Monday. Julie Bishop said no.")
    assert found == {"Spike Cohen", "Tom Watson", "Julie Bishop"}


def test_a_person_after_into_or_with_a_title_is_no_place(nlp):
    found = names(nlp, "The House voted on the impeachment investigation into President Donald Trump.",
                  "Protesters gathered in Causeway Bay and Tin Hau.")
    assert found == {"Donald Trump"}


def test_a_relation_in_apposition_names_the_other_person(nlp):
    found = roles_of(nlp, "Trump asked Zelensky to investigate Joe Biden and his son, Hunter Biden. "
                          "Michael Avenatti said he simply represented his client, Gary Franklin. "
                          "Nikoloz Basilashvili was arrested after he assaulted Neka Dorokashvili, his ex-wife.")
    assert found["Hunter Biden"] == ["son of Joe Biden"]
    assert found["Gary Franklin"] == ["client of Michael Avenatti"]
    assert found["Neka Dorokashvili"] == ["ex-wife of Nikoloz Basilashvili"]


def test_a_noun_that_says_who_the_person_is_gives_the_role(nlp):
    found = roles_of(nlp, "Hana Kimura died on Saturday. Her mother is professional wrestler Kyoko Kimura. "
                          "The deceased seaman was identified as Jaypee Galicha. Police arrested a student named Wong.")
    assert found["Kyoko Kimura"] == ["mother of Hana Kimura", "professional wrestler"]
    assert found["Jaypee Galicha"] == ["seaman"]
    assert found["Wong"] == ["student"]


def test_a_name_opening_with_a_brand_is_a_thing(nlp):
    assert names(nlp, "The SpaceX Crew Dragon capsule docked. Crew Dragon carried a dummy. John McCain spoke.") \
        == {"John McCain"}


def test_a_relation_whose_owner_is_unclear_is_left_out(nlp):
    found = roles_of(nlp, "After his aide Hope Hicks tested positive, President Donald Trump himself, his wife "
                          "Melania, and son Barron all tested positive.")
    assert found["Donald Trump"] == ["President"]


def test_a_name_after_coordinated_relations_is_the_nearest_ones(nlp):
    found = roles_of(nlp, "Kamala Harris moved to Montreal with her mother and sister, Maya Harris.")
    assert found["Maya Harris"] == ["sister of Kamala Harris"]


def test_full_names_the_model_tags_as_organisations_or_works(nlp):
    found = names(nlp, "The office is vacant after the resignation of Luis Rivera Marín over the scandal.",
                  "The Native American Rights Fund's Jacqueline De León said, \"It ignores realities.\"",
                  "Pompeo cited its support for Nicolás Maduro in Venezuela.",
                  "He served under President Valéry Giscard d'Estaing in the seventies.",
                  "Senior Advisors Jared Kushner and Ivanka Trump tested negative.")
    assert found == {"Luis Rivera Marín", "Jacqueline De León", "Nicolás Maduro", "Valéry Giscard d'Estaing",
                     "Jared Kushner", "Ivanka Trump"}


def test_a_hyphenated_surname_alone_and_a_first_name_after_a_family_noun(nlp):
    sheet = extract(article("Christopher Gallego-Lazo evaluated glue. Gallego-Lazo said the bonds matter.",
                            "Jacques Chirac had not appeared since 2014, which his wife Bernadette explained."), nlp)
    people = {p.name: p for p in sheet.people}
    assert "Gallego-Lazo" in people["Christopher Gallego-Lazo"].aliases
    assert [r.title for r in people["Bernadette"].roles] == ["wife of Jacques Chirac"]


def test_photo_credits_and_hyphenated_given_names(nlp):
    # The golds list a photographer credited by full name; a credit's user name is nobody.
    found = names(nlp, "The new owner Tong Yung-soo said the hotel would reopen. Image: Remi Mathis (photos).",
                  "The spire collapsed in the evening. Image: Anna Kowalska.",
                  "The mayor's residence.Image: Pax Ahimsa Gethen.", "A poster.Image: Genium.",
                  "The march.Image: New Media Days.")
    assert found == {"Tong Yung-soo", "Remi Mathis", "Anna Kowalska", "Pax Ahimsa Gethen"}


def test_a_particle_word_after_a_hyphen_is_part_of_the_given_name(nlp):
    # "bin" and "de" are name particles, which a name never ends with; hyphened on to a given name they are its
    # syllables, as in Korean and Taiwanese names. A free-standing "bin" still opens a surname.
    found = names(nlp, "City mayor Kao Ming-bin cut the ribbon at noon.",
                  "Guests included the poet Yoo Sung-de and the banker Omar bin Saleh.")
    assert {"Kao Ming-bin", "Yoo Sung-de"} <= found
    assert "Kao Ming" not in found and "Yoo Sung" not in found


def test_a_name_inside_the_title_of_a_show_still_names_the_person(nlp):
    sheet = extract(article("Doris Day sang for years. Day later hosted the talk show Doris Day's Best Friends.",
                            "In 1968 she started The Doris Day Show."), nlp)
    assert [p.name for p in sheet.people] == ["Doris Day"]


def test_names_of_aircraft_stars_and_hospitals_are_not_people(nlp):
    found = names(nlp, "Marine One landed on the lawn, flying Donald Trump to Walter Reed National Military "
                       "Medical Center.", "The host star AB Aurigae is young, astronomers said.")
    assert found == {"Donald Trump"}


def test_a_first_name_after_a_family_noun_with_any_owner(nlp):
    assert names(nlp, "Officials said the couple's 14-year-old son Barron tested negative.") == {"Barron"}


def test_a_generational_suffix_does_not_split_a_person(nlp):
    sheet = extract(article("Former Representative John Conyers died on Sunday.",
                            "John James Conyers Jr., first elected in 1964, was 90. Conyers was unique."), nlp)
    assert [(p.name, set(p.aliases)) for p in sheet.people] == [("John James Conyers Jr.",
                                                                  {"John Conyers", "Conyers"})]


def test_organisations_by_their_initials_or_tagged_so_again_and_again(nlp):
    found = names(nlp, "Deutsche Welle (DW) reported in 2019 that sales fell, said Dave Lewis.",
                  "Red Hat announced plans to shift focus. The deal made Red Hat a unit of IBM, and Red Hat hired "
                  "Chris Wright in 2011.",
                  "On Twitter, Adrian Wojnarowski reported the crash.")
    assert found == {"Dave Lewis", "Chris Wright", "Adrian Wojnarowski"}


def test_verbs_titles_and_longer_names_around_a_name_stay_out(nlp):
    found = names(nlp, "The rally was organised by Akhil Bharat Hindu Mahasabha president Swami Chakrapani.",
                  "Taoiseach Leo Varadkar met the press. Regarding Ashodaya, Leo Varadkar said nothing.",
                  "The contract went to Védelmi Ipari Kft, a state firm.")
    assert found == {"Swami Chakrapani", "Leo Varadkar"}


def test_a_second_surname_alone_is_the_same_person(nlp):
    sheet = extract(article("The court ruled against Pedro Pierluisi on Wednesday. Pierluisi said he would comply.",
                            "Pierluisi Urrutia, the secretary of state, can no longer serve as governor, the court "
                            "wrote."), nlp)
    assert [(p.name, set(p.aliases)) for p in sheet.people] == [("Pedro Pierluisi",
                                                                  {"Pierluisi", "Pierluisi Urrutia"})]


def test_names_used_as_things_are_not_people(nlp):
    found = names(nlp, "Johnson pushed for a no-deal Brexit by October. Boris Johnson said so.",
                  "Mike McCready of Pearl Jam likened the album to a revelation.",
                  "It is just like FGM [Female Genital Mutilation], said Zara Kay.",
                  "Belly dancing troupe Tribal Evolution performed on Saturday.")
    assert found == {"Boris Johnson", "Mike McCready", "Zara Kay"}


def test_a_name_in_apposition_to_a_body_or_defined_as_one_is_no_person(nlp):
    # the apposition after a comma, or the attribute after "is", is a noun of a body or a thing
    assert names(nlp, "Orlen Vale, the region's largest opposition party, called for protests on Friday, "
                      "said Mara Quint.") == {"Mara Quint"}
    assert names(nlp, "Karsten Blue, a popular news website, reported the fire first, said Mara Quint.") \
        == {"Mara Quint"}
    assert names(nlp, "Lenna Drask is a software company in Oslo, said Mara Quint.") == {"Mara Quint"}
    # a person noun heads the apposition, or a noun no list names as a body: people
    assert names(nlp, "Mara Quint, the party's leader, said the vote was fair.",
                 "Tomas Reddy, a party veteran, agreed.") == {"Mara Quint", "Tomas Reddy"}


def test_a_relative_after_a_comma_and_the_people_of_a_place(nlp):
    found = names(nlp, "Jon Huber died on Sunday. According to his wife, Amanda, Huber succumbed to a lung disorder.",
                  "On Sunday, Hong Kongers turned out in record numbers, said Carrie Lam.")
    assert found == {"Jon Huber", "Amanda", "Carrie Lam"}


def test_a_hyphenated_surname_the_model_missed_in_apposition_to_a_relative(nlp):
    assert names(nlp, "The news came from his son-in-law, Frédéric Salat-Baroux, on Thursday.") \
        == {"Frédéric Salat-Baroux"}


def test_a_role_noun_the_tagger_takes_for_a_verb_or_adjective_is_still_a_title(nlp):
    found = roles_of(nlp, "\"We played well\", Caloundra coach Geoff Ingram said. The puzzle was devised by "
                          "mathematician John Conway. They coach Tim Brown every week.")
    assert found["Geoff Ingram"] == ["coach"]
    assert found["John Conway"] == ["mathematician"]
    assert found["Tim Brown"] == []


def test_what_someone_runs_for_is_not_the_next_persons_title(nlp):
    found = roles_of(nlp, "The party nominated the ticket of professor Jo Jorgensen for president and podcaster "
                          "Spike Cohen for vice president.")
    assert found["Spike Cohen"] == ["podcaster"]


def test_first_lady_and_an_ambassador_to_a_country(nlp):
    sheet = extract(article("The speakers included First Lady Melania Trump. US Ambassador to Germany Richard "
                            "Grenell spoke. First Minister of Scotland Nicola Sturgeon spoke."), nlp)
    people = {p.name: [(r.title, r.organization) for r in p.roles] for p in sheet.people}
    assert people["Melania Trump"] == [("First Lady", None)]
    assert people["Richard Grenell"] == [("Ambassador to Germany", "United States")]
    assert people["Nicola Sturgeon"] == [("First Minister", "Scotland")]


def test_a_status_a_nationality_or_a_surname_is_no_title(nlp):
    found = roles_of(nlp, "The final victim, LGBT activist Andrew Kinsman, was reported missing. He was followed by "
                          "Ethiopians Dejene Debela and Asefa Mengstu. Senior Advisors Jared Kushner and Ivanka "
                          "Trump tested negative.")
    assert found["Andrew Kinsman"] == ["activist"]  # "LGBT" is taken for an organisation
    assert found["Dejene Debela"] == [] and found["Asefa Mengstu"] == []
    assert "Jared Kushner" not in [t for titles in found.values() for t in titles]
    assert roles_of(nlp, "The shooting of George Lee, a 46-year-old man, led to protests.") == {"George Lee": []}


def test_a_plural_title_goes_to_every_name_of_the_list_after_it(nlp):
    found = roles_of(nlp, "She joined Senators Ann Harris, Beth Warren, and Tammy Dale as candidates. He criticized "
                          "former presidents Barack Obama and Bill Clinton in the interview.")
    assert found["Ann Harris"] == found["Beth Warren"] == found["Tammy Dale"] == ["Senator"]
    assert found["Barack Obama"] == found["Bill Clinton"] == ["former president"]


def test_an_apposition_after_a_plural_and_one_owned_by_a_titled_name(nlp):
    found = roles_of(nlp, "Politicians and the Archbishop of Gdańsk, Adam Kowalski, visited the hospital. German "
                          "Chancellor Angela Merkel's spokesperson, Steffen Seibert, said it is possible.")
    assert found["Adam Kowalski"] == ["Archbishop"]  # organisation Gdańsk
    assert found["Steffen Seibert"] == ["German Chancellor Angela Merkel's spokesperson"]


def test_a_name_set_off_by_commas_after_a_title_the_parser_hangs_elsewhere(nlp):
    found = roles_of(nlp, "Politicians and the Archbishop of Gdańsk, Leszek Kowalski, visited the hospital. "
                          "In a letter to the mayor of Gdańsk, Anna Nowak said she was sorry.")
    assert found["Leszek Kowalski"] == ["Archbishop"]  # organisation Gdańsk
    assert found["Anna Nowak"] == []


def test_a_list_alternating_titles_and_names_keeps_each_title_on_one_side(nlp):
    found = roles_of(nlp, "The Governor of the Kent Region, Alan Price, met the Governor of the Lyle Province, Nora Bell, "
                          "the Mayor of Stonebury, Carl Webb, and army officers. Present were Paul Stone, the British "
                          "Minister of State for Trade, Ann Crowe, the outgoing chair of the Open Data Trust, and Mark "
                          "Hale, the lead volunteer.")
    assert found["Nora Bell"] == ["Governor"]  # the Mayor after her is Carl Webb's: the list runs title, name
    assert found["Carl Webb"] == ["Mayor"]  # the last name, before ", and", keeps the title before it
    assert found["Paul Stone"] == ["Minister of State for Trade"]
    assert found["Ann Crowe"] == ["chair"]  # the minister before her is Paul Stone's: the list runs name, title


def test_a_title_before_a_name_and_another_after_the_next_name_stay_apart(nlp):
    found = roles_of(nlp, "The mayor of Leeds, Ann Crowe, praised Paul Stone, the fire chief.")
    assert found["Ann Crowe"] == ["mayor"]  # no title between two names: nothing to place on the other side
    assert found["Paul Stone"] == ["fire chief"]


def test_a_relation_without_the_person_it_ties_to_is_no_role(nlp):
    found = roles_of(nlp, "The report spoke of a first child with wife Kim Kardashian. Dorsa Derakhshani and "
                          "her younger brother Borna Derakhshani were banned.")
    assert found["Kim Kardashian"] == []  # the clause's subject is no person (with one, she is his wife: below)
    assert not any(title.endswith("brother") for title in found["Borna Derakhshani"])


def test_an_apposition_the_parser_takes_for_a_conjunct(nlp):
    found = roles_of(nlp, "On Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said Bryant was on his way. "
                          "Ann Trump, Tom Pence, and the vice president met.")
    assert found["Adrian Wojnarowski"] == ["sport columnist"]
    assert found["Ann Trump"] == [] and found["Tom Pence"] == []


def test_a_dean_is_a_title_but_stays_a_first_name(nlp):
    found = roles_of(nlp, "Erwin Chemerinsky, Dean of UC Berkeley School of Law, called it silly. Dean Baquet, "
                          "the editor, spoke.")
    assert found["Erwin Chemerinsky"] == ["Dean"]
    assert found["Dean Baquet"] == ["editor"]


def test_what_befell_someone_or_a_plain_description_is_no_role(nlp):
    found = roles_of(nlp, "The victims were identified as Anna Berg and Paul Holm. Police charged Ohio man "
                          "John Ward, a life-long smoker, with arson. The 2012 documentary Beware of Mr. Holm "
                          "was filmed in Kenya.")
    assert found == {"Anna Berg": [], "Paul Holm": [], "John Ward": []}


def test_a_plural_title_before_a_list_of_names_is_each_ones(nlp):
    sheet = extract(article("The bill was co-sponsored by Senators Anna Berg of Ohio, Paul Holm of Utah, and Mark "
                            "Rudd of Iowa.", "Two Democratic Representatives, Carl Penn and Joe Van Dorn, opposed "
                            "the bill."), nlp)
    found = {p.name: [r.title for r in p.roles] for p in sheet.people}
    assert found == {"Anna Berg": ["Senator"], "Paul Holm": ["Senator"], "Mark Rudd": ["Senator"],
                     "Carl Penn": ["Democratic Representative"], "Joe Van Dorn": ["Democratic Representative"]}


def test_a_name_after_the_roles_own_place_is_not_the_roles_owner(nlp):
    found = roles_of(nlp, "Carlos Plata, the mayor of Esperanza, Sultan Kudarat, cancelled classes on Monday.")
    assert found["Carlos Plata"] == ["mayor"]


def test_roles_stated_by_a_who_clause_became_elected_and_known_as(nlp):
    found = roles_of(nlp, "Ravi Menon, a career politician who served as President of India, died on Monday. "
                          "He became finance minister in 1982. Menon was elected Speaker in 2004. "
                          "Joe Brand was known as the drummer and co-founder of the band. He became a father in 1970. "
                          "Brand was named Best Actor in 1999.")
    assert found["Ravi Menon"] == ["career politician", "President", "Speaker", "finance minister"]
    assert found["Joe Brand"] == ["drummer", "co-founder"]


def test_emeritus_stays_with_its_title_and_is_no_name(nlp):
    sheet = extract(article("Roman Catholic Bishop Emeritus Pedro Alvarez of the Koronadal diocese died on Sunday."),
                    nlp)
    assert [(p.name, [r.title for r in p.roles]) for p in sheet.people] == [("Pedro Alvarez", ["Bishop Emeritus"])]


def test_the_title_before_the_name_beats_the_noun_it_was_identified_from(nlp):
    found = roles_of(nlp, "The truck driver was identified as commercial driver Ivan Petrenko.")
    assert found == {"Ivan Petrenko": ["commercial driver"]}


def test_according_to_a_title_and_a_name_between_commas(nlp):
    found = roles_of(nlp, "According to the Tucson mayor, Ann Rowe, during the weekend, police were searching the area.")
    assert found == {"Ann Rowe": ["mayor"]}


def test_a_portfolio_after_for_belongs_to_the_title(nlp):
    found = roles_of(nlp, "Deputy Prime Minister for Finance and Minister of Economy Karol Dvorak resigned.")
    assert found == {"Karol Dvorak": ["Deputy Prime Minister for Finance", "Minister of Economy"]}


def test_a_relation_after_the_persons_own_title_is_not_how_they_are_introduced(nlp):
    found = roles_of(nlp, "The killer of senator Paul Dane was released. Paul Dane was the brother of "
                          "Governor Mark Dane. His wife, Ellen Dane, said she was relieved.")
    assert found["Paul Dane"] == ["senator"]
    assert found["Ellen Dane"] == ["wife of Paul Dane"]


def test_post_nominal_letters_are_not_part_of_the_name(nlp):
    found = roles_of(nlp, "Judge Durham Hall QC said the men showed no respect. Prosecutor Kama Melly QC said the "
                          "victims were vulnerable.")
    assert found == {"Durham Hall": ["Judge"], "Kama Melly": ["Prosecutor"]}


def test_names_after_an_office_of_a_country_and_after_an_initial(nlp):
    found = names(nlp, "Current Prime Minister of India Arjun Patel wrote, \"India grieves.\"",
                  "Speaking to the press, B Shiva Rao said, \"It is a proud moment for me.\"")
    assert found == {"Arjun Patel", "B Shiva Rao"}


def test_storms_trains_bands_and_foreign_cities_are_not_people(nlp):
    found = names(nlp, "Tropical Storm Humberto strengthened. Humberto is expected to miss Bermuda.",
                  "The crew ran the Mysuru–Bengaluru Tippu Express on Sunday.",
                  "Clapton and Baker were later in another supergroup Blind Faith. Blind Faith recorded one album.",
                  "The store is five miles from the border crossing between El Paso and Ciudad Juárez, Mexico.",
                  "Eric Clapton spoke.")
    assert found == {"Eric Clapton"}


def test_a_birth_name_is_an_alias_and_a_name_without_its_last_word_the_same_person(nlp):
    sheet = extract(article("Ginger Baker was born Peter Edward Baker in Lewisham in 1939.",
                            "John Luk Jok died on Monday. \"John Luk had contributed a lot,\" Mary Deng said."), nlp)
    assert {p.name: p.aliases for p in sheet.people} == {
        "Ginger Baker": ("Peter Edward Baker",), "John Luk Jok": ("John Luk",), "Mary Deng": ()}


def test_a_class_before_such_as_and_a_plural_relation_in_apposition_go_to_each_name(nlp):
    sheet = extract(article("Hunter worked with Dead associates Mick Hart and Bruce Horn and artists such as Elvis "
                            "Cole, Bob Dyer, and Jim Laud. There were several speakers at the rally, including Anna "
                            "Berg.", "Elijah Cummings was born in Baltimore. His parents, Robert Cummings and Ruth "
                            "Elma Cummings, were sharecroppers."), nlp)
    found = {p.name: [r.title for r in p.roles] for p in sheet.people}
    assert found["Mick Hart"] == found["Bruce Horn"] == ["associate"]
    assert found["Elvis Cole"] == found["Bob Dyer"] == found["Jim Laud"] == ["artist"]
    assert found["Anna Berg"] == []
    assert "sharecropper" in found["Robert Cummings"]
    assert found["Ruth Elma Cummings"] == found["Robert Cummings"]


def test_heading_an_organisation_is_a_role(nlp):
    found = roles_of(nlp, "Justin Trudeau won the vote. Trudeau heads the Liberal Party.")
    assert found == {"Justin Trudeau": ["head"]}


def test_a_title_said_again_with_its_district_is_one_role(nlp):
    found = roles_of(nlp, "Josh Bell, the U.S. Attorney for the Western District of Texas, spoke. "
                          "According to Attorney Bell, the case is strong.")
    assert found == {"Josh Bell": ["U.S. Attorney for the Western District"]}


def test_one_before_a_lone_name_and_a_wife_who_survives_him(nlp):
    sheet = extract(article("Officials said a police constable, reportedly one Vijayaraman, saw the men.",
                            "Robert Hunt died on Monday. Hunt is survived by wife Maureen."), nlp)
    assert {p.name: [r.title for r in p.roles] for p in sheet.people} == {
        "Vijayaraman": ["police constable"], "Robert Hunt": [], "Maureen": ["wife of Robert Hunt"]}


def test_a_justice_is_a_judge_but_not_the_ideal_or_a_department(nlp):
    found = roles_of(nlp, "Chief Justice John G. Roberts swore in the members. Sandra Day O'Connor, a former "
                          "associate justice of the US Supreme Court, spoke. Secretary of Justice Wanda Lopez "
                          "resigned. Bob Brown of the Ministry of Justice said so.")
    assert found["John G. Roberts"] == ["Chief Justice"]
    assert found["Sandra Day O'Connor"] == ["former associate justice"]
    assert found["Wanda Lopez"] == ["Secretary of Justice"]
    assert found["Bob Brown"] == []


def test_a_rank_before_a_religious_title_and_a_hyphenated_title_stay_whole(nlp):
    found = roles_of(nlp, "Grand Ayatollah Ali Sistani spoke on Friday. Nickey Iyambo, former vice-president of "
                          "Namibia, died.")
    assert found["Ali Sistani"] == ["Grand Ayatollah"]
    assert found["Nickey Iyambo"] == ["former vice-president"]


def test_a_body_ending_in_ment_is_no_role(nlp):
    found = roles_of(nlp, "The speaker of the parliament Ali Larijani said the vote was fair.")
    assert found == {"Ali Larijani": ["speaker"]}


def test_the_body_after_of_belongs_to_a_title_before_a_name(nlp):
    sheet = extract(article("Offering his condolence, speaker of the parliament Ali Larijani wrote a letter."), nlp)
    assert [(r.title, r.organization) for r in person(sheet, "ali-larijani").roles] == [("speaker", "parliament")]


def test_a_title_ending_in_of_is_no_part_of_the_names_that_share_a_surname(nlp):
    assert names(nlp, "Guests of Honour Cherie and Sean O'Donnell opened the fair.",
                 "Joanne and Edward Corr were also at the fair.") \
        == {"Cherie O'Donnell", "Sean O'Donnell", "Joanne Corr", "Edward Corr"}


def test_a_nickname_in_quotes_stays_inside_the_name(nlp):
    found = names(nlp, 'Police sergeant Matiu "Matt" Ratana was shot on Friday, police said.', "Ratana was 54.",
                  title="Police officer Matt Ratana shot")
    assert found == {'Matiu "Matt" Ratana'}


def test_a_plural_title_names_each_person_of_the_list(nlp):
    assert names(nlp, "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the deal.") \
        == {"Muhammadu Buhari", "Patrice Talon"}


def test_a_lower_case_noun_before_of_leaves_the_name_whole(nlp):
    assert names(nlp, "She backed the campaigns of Ron Paul in 2008.") == {"Ron Paul"}


def test_a_year_before_a_title_owned_by_a_body_named_before_stays_in_the_title(nlp):
    found = roles_of(nlp, "At the convention, the party's 1996 vice presidential nominee, Jo Jorgensen, won.")
    assert found == {"Jo Jorgensen": ["1996 vice presidential nominee"]}


def test_a_place_of_work_after_at_is_the_organization(nlp):
    sheet = extract(article("Karen Alley, a professor at the College of Wooster, said the ice was thin."), nlp)
    assert [(r.title, r.organization) for r in person(sheet, "karen-alley").roles] == [("professor", "College of Wooster")]


def test_a_title_written_with_and_without_its_hyphen_is_one_role(nlp):
    found = roles_of(nlp, "Former Vice-President Joe Biden won ten states. Former Vice President Joe Biden spoke.")
    assert found == {"Joe Biden": ["Former Vice-President"]}


def test_a_second_title_joined_by_and_in_an_apposition_or_a_predicate(nlp):
    found = roles_of(nlp, "Dr. Sukhpreet Klaire, the lead author of the study and an addiction medicine "
                          "specialist, said the risk was low. Mark Hawkins is a union leader and co-founder of "
                          "the Green Party.")
    assert found["Sukhpreet Klaire"] == ["lead author of the study", "addiction medicine specialist"]
    assert found["Mark Hawkins"] == ["union leader", "co-founder"]


def test_a_second_title_before_the_name_after_the_first_ones_body(nlp):
    found = roles_of(nlp, "The manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, "
                          "David Clay, called it a step back.")
    assert found == {"David Clay": ["manager", "Director"]}


def test_the_office_a_choosing_verb_gives_its_object(nlp):
    found = roles_of(nlp, "The party picked activist Billy Joe Parker as its new running mate. Howie Hawkins "
                          "selected teacher Angela Walker to be his running mate.")
    assert found["Billy Joe Parker"] == ["activist", "new running mate"]
    assert found["Angela Walker"] == ["teacher", "running mate"]


def test_a_second_as_phrase_and_a_pronoun_after_the_persons_own_title(nlp):
    found = roles_of(nlp, "Phil Collins is chairman of the Prohibition Party. Previously, he served as a trustee "
                          "of Libertyville Township and as mayor of Springfield.")
    assert found == {"Phil Collins": ["chairman", "trustee", "mayor"]}


def test_one_of_a_plural_title_after_as_is_one_persons_title(nlp):
    found = roles_of(nlp, "Seyed Mohammad Mir-Mohammadi served as one of the advisors of the Supreme Leader.")
    assert found == {"Seyed Mohammad Mir-Mohammadi": ["advisor of the Supreme Leader"]}


def test_who_right_after_a_name_without_a_comma_is_the_names(nlp):
    found = roles_of(nlp, "Bolton often had disagreements with Mike Pompeo who is the secretary of state.")
    assert found["Mike Pompeo"] == ["secretary of state"]


def test_portfolios_joined_by_and_before_one_office(nlp):
    sheet = extract(article("Health and Social Care Secretary Matt Hancock said the tests were ready. The race "
                            "between Biden and Senator Bernie Sanders goes on."), nlp)
    matt = person(sheet, "matt-hancock").roles[0]
    assert "Health" in f"{matt.title} {matt.organization}" and matt.title.endswith("Secretary")
    assert [r.title for r in person(sheet, "bernie-sanders").roles] == ["Senator"]


def test_a_faith_is_no_role(nlp):
    assert roles_of(nlp, "Brian Carroll is an Evangelical Christian. Carroll is a teacher.") \
        == {"Brian Carroll": ["teacher"]}


def test_a_relation_with_its_person_after_of_stays_one_title(nlp):
    found = roles_of(nlp, "Veranika Tsapkala, the wife of Valery Tsapkala, spoke at the rally.")
    assert found["Veranika Tsapkala"] == ["wife of Valery Tsapkala"]


def test_a_relation_set_off_by_a_comma_and_a_title_joined_to_it(nlp):
    found = roles_of(nlp, "Elijah Cummings died on Thursday. In a statement, Maya Rockeymoore Cummings, his wife "
                          "and the current chairwoman of the Maryland Democratic Party, said he worked hard.")
    assert found["Maya Rockeymoore Cummings"] == ["wife of Elijah Cummings", "chairwoman"]


def test_a_plural_title_said_of_both_goes_to_the_last_pair_of_names(nlp):
    found = roles_of(nlp, "Didier Queloz and Michel Mayor won the prize. The planet they found was 51 Pegasi b. "
                          "Both are professors at the University of Geneva.")
    assert found == {"Didier Queloz": ["professor"], "Michel Mayor": ["professor"]}


def test_one_title_at_two_bodies_is_two_roles(nlp):
    sheet = extract(article("Jane Roe is a professor at the University of Geneva. She is also a professor "
                            "at the University of Cambridge. Pierre Nkurunziza was President of Burundi. The "
                            "president of the African nation died."), nlp)
    assert [r.organization for r in person(sheet, "jane-roe").roles] == ["University of Geneva",
                                                                         "University of Cambridge"]
    assert len(person(sheet, "pierre-nkurunziza").roles) == 1
def test_an_agent_noun_opening_the_sentence_is_no_given_name(nlp):
    sheet = extract(article('The party nominated Jeremy "Spike" Cohen. Podcaster Spike Cohen accepted.'), nlp)
    assert [p.name for p in sheet.people] == ['Jeremy "Spike" Cohen']


def test_places_in_a_list_and_a_place_that_storms_reach(nlp):
    found = names(nlp, "Fire crews came from Dolgellau, Harlech, Barmouth, Bala and Blaenau Ffestiniog.",
                  "Forecasters said the hurricane would reach Bermuda on Thursday. Bermuda was hit by strong winds.")
    assert found == set()


def test_other_spellings_of_a_long_name_are_aliases(nlp):
    sheet = extract(article("Hamza bin Laden, a son of Osama bin Laden, was killed, officials said.",
                            'The statement read: "Hamza bin Ladin, the son of Usama bin Ladin, was killed."'), nlp)
    people = {p.name: p.aliases for p in sheet.people}
    assert set(people) == {"Hamza bin Laden", "Osama bin Laden"}
    assert "Hamza bin Ladin" in people["Hamza bin Laden"] and "Usama bin Ladin" in people["Osama bin Laden"]


def test_fictional_characters_and_works_in_brackets_are_not_people(nlp):
    found = names(nlp, "Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of her start.",
                  "The actress asked for fake legs at the character Tasha Yar's station.")
    assert found == {"Jenn St-Onge"}


def test_characters_in_costume_and_portrayal_contexts_are_not_people(nlp):
    found = names(nlp, "Jillea Smith attended the convention dressed as Peter Parker.",
                  "Maria Lopez came cosplaying as Diana Prince, and Tom Hill wore a Bruce Wayne costume.",
                  "Lauren Landa would list Lucy Brand and Nora Vale as dream roles.",
                  "Faced with losing the character of Anya Jenkins, the producers made Emma Caufield a regular.",
                  "Her favourite was Clara Doyle, a comic book character.",
                  "Professional cosplayer Candace Windfall as Martha Kent")
    assert found == {"Jillea Smith", "Maria Lopez", "Tom Hill", "Lauren Landa", "Emma Caufield", "Candace Windfall"}


def test_captions_of_only_names_in_a_costume_article_are_characters(nlp):
    found = names(nlp, "Thousands of fans came to the convention in costume.",
                  "Marty McFly from Back to the Future",
                  "Captain America and Tony Stark",
                  "Voice actor Lauren Landa",
                  "Jo Smith as Catwoman")
    assert found == {"Lauren Landa", "Jo Smith"}
    assert names(nlp, "Crowds met the candidate at the rally.", "Joe Biden") == {"Joe Biden"}


def test_a_name_owning_a_government_or_a_campaign_is_a_person(nlp):
    found = names(nlp, "Robert Mugabe led a guerrilla movement against Ian Smith's government.",
                  "Hammons joined supporters of General Wesley Clark's campaign.",
                  "Reed served under Barack Obama's administration.")
    assert found == {"Robert Mugabe", "Ian Smith", "Wesley Clark"}


def test_what_a_place_or_thing_is_called_is_no_person(nlp):
    found = names(nlp, "Dr Ana Ruiz studies bones from a site called Milo Vrana in Serbia.",
                  "Her team wrote a game named Tara Bell, and a woman named Heather Long tested it.")
    assert found == {"Ana Ruiz", "Heather Long"}


def test_a_single_name_after_coordinated_roles_is_a_person(nlp):
    found = names(nlp, "Fashion model and professional singer Marelle attended the festival on Sunday.")
    assert found == {"Marelle"}


def test_a_house_of_worship_named_in_another_language_is_no_person(nlp):
    found = names(nlp, 'Imam Yusuf Karim said, "Those who stay silent when Masjid Omar Nadir is attacked '
                       'cannot lecture us," adding that Haghia Eleni Marou would stay a museum.')
    assert found == {"Yusuf Karim"}


def test_a_short_form_of_a_given_name_with_the_same_surname_is_the_same_person(nlp):
    sheet = extract(article("Lawyer Mitchell Orwin of the foundation filed the appeal on Monday.",
                            "Mitch Orwin said the ruling was wrong.",
                            "Chris Dale and Christina Dale, his sister, signed it."), nlp)
    people = {p.name: p.aliases for p in sheet.people}
    assert people == {"Mitchell Orwin": ("Mitch Orwin",), "Chris Dale": (), "Christina Dale": ()}


def test_a_surname_after_its_particle_keeps_the_particle_in_the_alias(nlp):
    sheet = extract(article("Mayor Karel van Dorsten ended his campaign on Friday.",
                            "Polls showed little support for van Dorsten in the east."), nlp)
    assert {p.name: p.aliases for p in sheet.people} == {"Karel van Dorsten": ("van Dorsten",)}


def test_a_relative_with_a_longer_name_is_someone_else(nlp):
    sheet = extract(article("Actress Ruth Calder dies at 90",
                            "Actress Ruth Calder died on Monday. Calder was raised by her mother, Ruth Ellis Calder, "
                            "a singer."), nlp)
    assert {p.name for p in sheet.people} == {"Ruth Calder", "Ruth Ellis Calder"}


def test_a_name_cut_from_an_organisation_and_a_day_named_after_a_person_are_not_people(nlp):
    found = names(nlp, "Nils-Erik Haagenrud of Rogaland Fire and Rescue said no staff would be sent in.",
                  "Rogaland Fire and Rescue requested support from other departments.",
                  "He spent years fighting for Martin Luther King Jr. Day to be a federal holiday.",
                  "Robert Downey Jr. attended.")
    assert found == {"Nils-Erik Haagenrud", "Robert Downey Jr."}


def test_initials_a_senator_from_a_state_and_a_name_with_its_own_place(nlp):
    found = names(nlp, "The party nominated Bill Bayes for President and C.L. Gammon for Vice President.",
                  "United States Senator from Vermont Bernie Sanders trailed him.",
                  "Both Pete Buttigieg and Senator Amy Klobuchar of Minnesota secured delegates in earlier primaries.")
    assert {"C.L. Gammon", "Bernie Sanders", "Amy Klobuchar"} <= found


def test_common_first_names_make_untagged_names(nlp):
    found = names(nlp, "Officials said the son tested negative as did First Family and Senior Advisors Jared "
                       "Kushner and Ivanka Trump.")
    assert {"Jared Kushner", "Ivanka Trump"} <= found


def test_a_name_after_office_of_a_longer_body(nlp):
    found = names(nlp, "Time also considered the United States Speaker of the House Nancy Pelosi, and "
                       "protesters in Hong Kong.")
    assert "Nancy Pelosi" in found


def test_things_named_after_people_telescopes_and_test_ranges(nlp):
    found = names(nlp, "The founder said Rocky Linux was named after Rocky McGaugh. Rocky Linux 8 is due soon.",
                  "With the next Space Telescope, James Webb, you will find more planets.",
                  "The base lies within the Air Force's Nevada Test and Training Range.")
    assert found == {"Rocky McGaugh"}


def test_a_name_defined_as_a_place_is_no_person(nlp):
    found = names(nlp, "Voters in the electoral district of Groom will elect a new member. Groom is located "
                       "in Queensland. Why are you running to be Groom's member, asked Sam Smith.")
    assert found == {"Sam Smith"}


def test_a_name_split_by_the_model_in_two_is_one_name(nlp):
    assert names(nlp, "The hijab was banned in offices during Zine El Abidine Ben Ali's rule.") \
        == {"Zine El Abidine Ben Ali"}


def test_a_presidency_names_its_holder(nlp):
    assert names(nlp, "Veils were banned in offices during Zine El Abidine Ben Ali's Presidency.") \
        == {"Zine El Abidine Ben Ali"}


def test_a_role_noun_makes_a_person_at_the_end_of_a_list_of_countries(nlp):
    found = names(nlp, "The summit included the Prime Ministers of Belgium, Luxembourg, Spain, Portugal, and "
                       "France itself, and European Council chief Charles Michel.")
    assert found == {"Charles Michel"}


def test_names_listed_after_a_family_noun_are_people(nlp):
    found = names(nlp, "Jon's love for his wife Amanda, and children Brodie and Nolan, was evident to all.",
                  "He is survived by their two sons Wyatt and Zachary.")
    assert {"Amanda", "Brodie", "Nolan", "Wyatt", "Zachary"} <= found


def test_names_after_a_counted_family_noun_are_people(nlp):
    found = names(nlp, "Lee Brandt is survived by his wife Carla Brandt, and three daughters, Ruth, Gemma, and "
                       "Laura, from his first marriage.")
    assert {"Ruth", "Gemma", "Laura"} <= found


def test_an_occupation_opening_the_sentence_makes_the_name_after_it_a_person(nlp):
    assert names(nlp, "Historian Morgan Hale wrote a new book about the war.") == {"Morgan Hale"}


def test_a_name_defined_as_one_of_the_sites_is_a_place(nlp):
    found = names(nlp, "Members of the lab spend six months each year at Punta Alta, said Dana Ross.",
                  "Punta Alta is one of the annual breeding sites for the species; it is in Chile.")
    assert found == {"Dana Ross"}


def test_a_name_given_by_identified_as_is_a_person(nlp):
    found = names(nlp, "An eleven-month-old boy, identified only as Ivan, was rescued alive.")
    assert found == {"Ivan"}


def test_a_peers_title_after_a_name_is_an_alias(nlp):
    sheet = extract(article("Colin Sutherland, Lord Carloway, the Lord President of the court, decided that it "
                            "was unlawful.", "Carloway said the ruling was final."), nlp)
    assert [(p.name, p.aliases) for p in sheet.people] == [("Colin Sutherland", ("Carloway",))]
    assert quote(sheet, "the ruling was final").speaker == "colin-sutherland"


def test_a_family_noun_with_its_own_name_does_not_give_the_gender(nlp):
    sheet = extract(article("President Donald Trump spoke.",
                            "President Trump himself, his wife Melania, and son Barron all tested positive. Trump "
                            "went home. He tweeted, \"Don't be afraid of Covid.\""), nlp)
    assert quote(sheet, "Don't be afraid").speaker == "donald-trump"


def test_a_speaker_run_into_an_organisations_name(nlp):
    sheet = extract(article("\"It is bad,\" Hong Kong director of Amnesty International Man-kei Tam said in a "
                            "statement. As of Sunday, the Disease Surveillance Team reported 5667 cases."), nlp)
    assert [p.name for p in sheet.people] == ["Man-kei Tam"]
    assert quote(sheet, "It is bad").speaker == "man-kei-tam"


def test_a_news_outlet_that_reports_is_no_person(nlp):
    found = names(nlp, "Al Jazeera reported on Thursday, coverage had risen to 55 percent.",
                  "Rappler reported three malls in Davao City were damaged.", "Adam Schiff spoke. Schiff said no.")
    assert found == {"Adam Schiff"}


def test_a_name_opening_and_his_band_is_a_bands_name(nlp):
    found = names(nlp, "Doris Day performed live with big bands, such as Les Brown and His Band of Renown.")
    assert found == {"Doris Day"}
def test_a_list_of_titles_with_commas_before_a_name(nlp):
    assert sorted(roles_of(nlp, "British singer, actor, and animal rights advocate Mary Lennox died on Monday.")
                  ["Mary Lennox"]) == ["actor", "animal rights advocate", "singer"]


def test_an_advocate_for_a_cause_is_a_stance_not_a_role(nlp):
    assert roles_of(nlp, "Joe Vala was a long-time advocate for democracy in Fiji.") == {"Joe Vala": []}


def test_a_capitalised_noun_beside_a_name_that_names_no_doer_is_no_role(nlp):
    found = roles_of(nlp, "Actor Kamal Brooks died on Friday. His college wrote: \"Rest in Power, Kamal!\"")
    assert found["Kamal Brooks"] == ["Actor"]


def test_speaker_of_the_house_keeps_its_body_in_the_title(nlp):
    sheet = extract(article("The United States Speaker of the House Nancy Pelosi spoke on Monday."), nlp)
    role = person(sheet, "nancy-pelosi").roles[0]
    assert (role.title, role.organization) == ("Speaker of the House", "United States")


def test_a_plural_noun_in_a_second_title_before_a_name(nlp):
    assert roles_of(nlp, "Retired teacher and systems analyst Ola Berg of Oslo found the bug last week.") \
        == {"Ola Berg": ["Retired teacher", "systems analyst"]}


def test_two_portfolios_of_one_minister_after_a_nationality(nlp):
    sheet = extract(article("On Monday, Kenyan Water Supply and Bridges Minister Ravi Otieno said the road would "
                            "reopen."), nlp)
    role = person(sheet, "ravi-otieno").roles[0]
    assert (role.title, role.organization) == ("Water Supply and Bridges Minister", "Kenya")


def test_an_apposition_after_where_the_person_is_from(nlp):
    found = roles_of(nlp, "Jane Roe of the University of Leeds, a marine biologist with long experience of reefs, "
                          "told reporters the reef was dying.")
    assert found == {"Jane Roe": ["marine biologist"]}


def test_a_title_phrase_and_its_comma_before_a_subject_name(nlp):
    found = roles_of(nlp, "The Green Party's leader, Ann Bell announced she would step down.")
    assert found == {"Ann Bell": ["leader"]}


def test_a_title_set_off_before_a_name_the_parser_hung_elsewhere(nlp):
    found = roles_of(nlp, "Speaking to Reuters, the president of the Kenyan Society for the Protection of Birds, "
                          "Mary Otieno, said the lake was drying.")
    assert found == {"Mary Otieno": ["president"]}


def test_a_title_set_off_before_a_name_with_a_body_in_common_words(nlp):
    found = roles_of(nlp, "A spokesman for the city water agency, Tom Reed, said the pipes were old.")
    assert found == {"Tom Reed": ["spokesman"]}
    found = roles_of(nlp, "Speaking on Monday, the head of the state water board, Ed Lamb said the dam held.")
    assert found == {"Ed Lamb": ["head"]}


def test_a_counted_group_before_a_name_and_its_comma_is_no_title(nlp):
    # no "the" opens the words after "of": they name no body, and "number" is no office
    found = roles_of(nlp, "The number of refugee children, Liam Ortez said, has grown.")
    assert found == {"Liam Ortez": []}


def test_one_relation_written_twice_is_one_role(nlp):
    assert roles_of(nlp, "Singer Ann Moss died on Monday. Her first husband, trombonist Al Reed, died in 1967. "
                         "Al Reed, the husband of Ann Moss, was violent.")["Al Reed"] \
        == ["first husband of Ann Moss", "trombonist"]


def test_a_possessive_relation_and_the_same_relation_with_of_are_one_role():
    from generator.extract.roles import distinct
    from generator.factsheet import Role
    assert distinct([Role("Vance's wife", None), Role("wife of Tony Vance", None)]) == [Role("wife of Tony Vance", None)]


def test_a_full_name_joined_to_an_organisation_is_still_a_person(nlp):
    assert names(nlp, "The survey was a joint effort between Laura Benton of the School of Marine and Atmospheric "
                      "Science at the University of Leeds and Tom Ward of Deep Blue Tours, a diving firm.",
                 "Ward said the results were clear.") == {"Laura Benton", "Tom Ward"}


def test_a_name_after_a_publication_noun_is_the_publication(nlp):
    assert names(nlp, "In March, a paper appeared in journal Marine Ecology, written by Leeds professor "
                      "Dr Laura Benton and colleagues.") == {"Laura Benton"}
def test_a_plural_title_with_its_own_words_before_a_list_of_names(nlp):
    found = roles_of(nlp, "The committee heard two professors of law, Mary Smith and John Brown, on Monday.")
    assert found == {"Mary Smith": ["professor of law"], "John Brown": ["professor of law"]}


def test_a_relation_whose_owner_ner_missed_is_found_by_surname(nlp):
    found = roles_of(nlp, "Novelist Alan Grey spoke on Monday. Grey's brother, Robert Stone, died in 2001.")
    assert found["Robert Stone"] == ["brother of Alan Grey"]


def test_a_named_possessor_and_relation_right_before_a_name(nlp):
    found = roles_of(nlp, "Novelist Alan Grey spoke on Monday. Later, Grey's niece Mary Hope released a book.")
    assert found["Mary Hope"] == ["Grey's niece"]


def test_a_friend_is_a_relation_like_a_family_member(nlp):
    found = roles_of(nlp, "Novelist Alan Grey spoke on Monday. The book says Grey paid his friend Ken Adler to write it.")
    assert found.get("Ken Adler") == ["friend of Alan Grey"]


def test_a_relation_opening_a_paragraph_is_the_main_persons(nlp):
    text = article("Painter Alan Grey died on Monday in Leeds. Grey was 90.",
                   "Gallery owner Robert Stone said Grey had taught a generation. Stone said he would miss him.",
                   "His wife Mary said he painted every day.", title="Painter Alan Grey dies at 90")
    found = {p.name: [r.title for r in p.roles] for p in extract(text, nlp).people}
    assert found["Mary"] == ["wife of Alan Grey"]


def test_a_post_named_after_role_as_is_the_owners(nlp):
    found = roles_of(nlp, "Don Blankenship is known for his role as CEO of Massey Energy. Jane Roe, a teacher, "
                          "talked about her designation as the vice presidential nominee of the Life and Liberty Party.")
    assert found["Don Blankenship"] == ["CEO"]
    assert "vice presidential nominee" in found["Jane Roe"]


def test_a_role_taken_over_from_another_is_not_the_owners(nlp):
    found = roles_of(nlp, "Representative Carolyn Maloney has stepped into Elijah Cummings's role as the "
                          "committee's acting chair.")
    assert found.get("Elijah Cummings", []) == []


def test_a_bracketed_short_form_after_a_title_is_skipped(nlp):
    found = roles_of(nlp, "Member of parliament (MP) Kevin Conolly said the law was a mistake.")
    assert found["Kevin Conolly"] == ["Member of parliament"]


def test_the_middle_of_a_list_of_titles_closed_by_and(nlp):
    found = roles_of(nlp, "Party members voted to elect John Smith — former Home Secretary, mayor of Leeds, and "
                          "member of Parliament — as their leader.")
    assert [t for t in found["John Smith"] if t.startswith("mayor")]


def test_succeeded_someone_as_gives_the_subject_the_post(nlp):
    found = roles_of(nlp, "Smith lost the contest to Jeremy Hunt, who succeeded him as Foreign Secretary in 2018.")
    assert found["Jeremy Hunt"] == ["Foreign Secretary"]


def test_held_the_post_of_and_first_woman_to_serve_as(nlp):
    found = roles_of(nlp, "Kevin Moore, who held the post of Speaker last term, lost. Jane Roe became the first "
                          "woman to serve as mayor of Leeds in 2007.")
    assert found["Kevin Moore"] == ["Speaker"]
    assert found["Jane Roe"] == ["mayor"]


def test_speaker_of_the_house_is_the_houses_speaker(nlp):
    found = roles_of(nlp, "Jane Roe, the Speaker of the House, announced the vote.")
    assert found["Jane Roe"] == ["Speaker"]


def test_an_in_law_relation_coordinated_with_a_title(nlp):
    found = roles_of(nlp, "Donald Trump spoke. Reporters met Trump's son-in-law and White House adviser Jared Kushner.")
    assert found["Jared Kushner"] == ["Trump's son-in-law", "adviser"]


def test_a_plural_relation_before_a_list_of_names_in_a_quote(nlp):
    text = article("Judge John Stevens died on Tuesday in Miami.",
                   '"We extend our condolences to his children Elizabeth and Susan," wrote Chief Justice John Roberts.',
                   title="Judge John Stevens dies")
    found = {p.name: [r.title for r in p.roles] for p in extract(text, nlp).people}
    assert found["Elizabeth"] == ["child of John Stevens"]
    assert found["Susan"] == ["child of John Stevens"]


def roles_with_orgs(nlp, text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(r.title, r.organization) for r in p.roles] for p in extract(article(text), nlp).people}


def test_an_in_law_after_a_pronoun_is_no_son(nlp):
    found = roles_of(nlp, "Jacques Martin died on Thursday, his son-in-law, Paul Lebrun, said.")
    assert found["Paul Lebrun"] == ["son-in-law of Jacques Martin"]


def test_an_office_of_a_one_word_place_is_the_places(nlp):
    found = roles_with_orgs(nlp, "Mayor of Koszalin Piotr Nowak said the fire was an accident. John Reed, the "
                                 "Secretary of State, and Tom Dale, Minister of Information, agreed.")
    assert found["Piotr Nowak"] == [("Mayor", "Koszalin")]
    assert found["John Reed"] == [("Secretary of State", None)]
    assert found["Tom Dale"] == [("Minister of Information", None)]


def test_a_spokesperson_for_a_body_speaks_for_it(nlp):
    found = roles_with_orgs(nlp, "Jan Ek, a spokesperson for the fire service, said four died. Omar Khan, a "
                                 "spokesperson for the provincial governor, said it was a bomb. Police press officer "
                                 "Anna Nowak and fire service spokesman Tomasz Lis confirmed it. Police chief Tom Ray "
                                 "said nothing.")
    assert found["Jan Ek"] == [("spokesperson", "fire service")]
    assert found["Omar Khan"] == [("spokesperson for the provincial governor", None)]
    assert found["Anna Nowak"] == [("press officer", "Police")]
    assert found["Tomasz Lis"] == [("spokesman", "fire service")]
    assert found["Tom Ray"] == [("Police chief", None)]


def test_a_portfolio_or_grade_before_the_office_stays_in_the_title(nlp):
    found = roles_with_orgs(nlp, "The president wept while Interior Minister Jan Kowalski wrote that he had ordered "
                                 "checks. Officials said the First Family and Senior Advisors Jared Kushner and Ivanka "
                                 "Trump tested negative. Polish Finance Minister Anna Nowak agreed.")
    assert found["Jan Kowalski"] == [("Interior Minister", None)]
    assert found["Jared Kushner"] == [("Senior Advisor", None)]
    assert found["Anna Nowak"] == [("Finance Minister", "Poland")]


def test_a_sentence_opening_doer_noun_before_a_name_is_a_role(nlp):
    # a capitalised first word the index lacks, but one who does a verb it knows (podcast)
    found = roles_of(nlp, "Podcaster Lena Marsh joined the ticket on Sunday. Tower Hill Road was closed.")
    assert found["Lena Marsh"] == ["Podcaster"]


def test_a_dated_aside_does_not_end_a_list_under_a_plural_title(nlp):
    sheet = extract(article("The committee heard two different Governors, Ann Marsh, in 2001, and Tom Reed, in 2009, "
                            "on the budget.", "The panel thanked Senators Ruth Hale (Ohio) and Joe Dunn on Friday."), nlp)
    for pid in ("ann-marsh", "tom-reed"):
        assert [r.title for r in person(sheet, pid).roles] == ["Governor"]
    assert [r.title for r in person(sheet, "joe-dunn").roles] == ["Senator"]


def test_a_family_noun_without_possessor_belongs_to_the_clause_subject(nlp):
    sheet = extract(article("Mark Dawson was born in Leeds to a Welsh-born mother, the late Ellen Price, and a "
                            "London-born father, Ian Dawson.",
                            "Peter Vance spoke at a rally, where he talked about raising his son with wife Nora Vance."), nlp)
    assert [r.title for r in person(sheet, "ellen-price").roles] == ["mother of Mark Dawson"]
    assert [r.title for r in person(sheet, "ian-dawson").roles] == ["father of Mark Dawson"]
    assert [r.title for r in person(sheet, "nora-vance").roles] == ["wife of Peter Vance"]


def test_a_participle_or_coordinated_verb_without_a_subject_takes_the_names(nlp):
    found = roles_of(nlp, "Maria Olsen led the council for a decade, serving as its first chair. Paul Grant moved to "
                          "Leeds in 1995 and became the city's mayor. Ann Holt resigned on Friday and Tom Webb was "
                          "sworn in as the new governor. Bea Lund was the third official to serve in that office.")
    assert found["Maria Olsen"] == ["first chair"]
    assert found["Paul Grant"] == ["mayor"]
    assert found["Ann Holt"] == []
    assert found["Bea Lund"] == []


def test_a_titled_item_after_including_keeps_its_own_title_only(nlp):
    found = roles_of(nlp, "Tributes came from world leaders including the Dutch Foreign Minister Jan de Wit and "
                          "Prime Minister Ola Berg. The panel heard experts such as Lena Moss and Karl Hahn.")
    assert "world leader" not in found["Jan de Wit"] + found["Ola Berg"]
    assert found["Lena Moss"] == found["Karl Hahn"] == ["expert"]


def test_a_title_before_a_name_takes_the_body_the_name_is_of(nlp):
    people = extract(article("Ecologist Ryan Moss of the University of Leeds led the survey. President Karl Hahn of "
                             "Austria opened the meeting. Director Ann Holt of the Institute of Allergy and Infectious "
                             "Diseases spoke."), nlp).people
    found = {p.name: [(r.title, r.organization) for r in p.roles] for p in people}
    assert found["Ryan Moss"] == [("Ecologist", "University of Leeds")]
    assert found["Karl Hahn"] == [("President", "Austria")]
    assert found["Ann Holt"] == [("Director", "Institute of Allergy and Infectious Diseases")]


def test_a_relation_of_the_boy_is_the_relation_of_the_article_s_subject(nlp):
    found = roles_of(nlp, "Alan Hill drowned in 2015, aged three. Hill was buried at home. The boy's aunt, Rosa Hill, "
                          "attended the ceremony.")
    assert found["Rosa Hill"] == ["aunt of Alan Hill"]


def test_a_bracketed_long_form_after_a_short_title_is_skipped(nlp):
    found = roles_of(nlp, "Labour MP (Member of Parliament) Tom Watson said the deal was a mistake.")
    assert found["Tom Watson"] == ["Labour MP"]


def test_one_name_after_of_or_a_body_after_from_is_the_organisation(nlp):
    sheet = extract(article("Dave Lewis, CEO of Tesco, said sales rose. Ann Kerr, a sport columnist from ESPN, "
                            "agreed. Tom Lee, a farmer from Ohio, did not. John Hill, Secretary of State, said so."), nlp)
    assert [(r.title, r.organization) for r in person(sheet, "dave-lewis").roles] == [("CEO", "Tesco")]
    assert [(r.title, r.organization) for r in person(sheet, "ann-kerr").roles] == [("sport columnist", "ESPN")]
    assert [r.organization for r in person(sheet, "tom-lee").roles] == [None]
    assert [r.organization for r in person(sheet, "john-hill").roles] == [None]


def test_role_nouns_without_an_agent_ending_before_a_name(nlp):
    found = roles_of(nlp, "Radio personality Ann Kerr met shock jock Tom Reed and political pundit Joe Dunn. "
                          "Rookie quarterback Sam Hale and Nobel laureate Ruth Marsh spoke later.")
    assert found["Ann Kerr"] == ["personality"]  # "Radio" goes to the organisation
    assert found["Tom Reed"] == ["shock jock"]
    assert found["Joe Dunn"] == ["political pundit"]
    assert found["Sam Hale"] == ["Rookie quarterback"]
    assert found["Ruth Marsh"] == ["Nobel laureate"]


def test_a_critic_of_someone_is_a_stance_not_a_role(nlp):
    found = roles_of(nlp, "Ann Kerr, an outspoken critic of the mayor, was arrested.")
    assert found["Ann Kerr"] == []


def test_names_listed_after_a_plural_family_noun_are_each_the_owners_relation(nlp):
    found = roles_of(nlp, "Radio host Ann Kerr died on Friday. Kerr is survived by her husband Tom Reed, their two "
                          "sons Bob and Jim, and three daughters, Ruth, Mary and Jane.")
    assert found["Bob"] == ["son of Ann Kerr"]
    assert found["Jim"] == ["son of Ann Kerr"]
    assert found["Mary"] == ["daughter of Ann Kerr"]


def test_became_gives_any_role_noun_but_not_a_rank_among_a_kind(nlp):
    found = roles_of(nlp, "Tom Reed later became a teacher, author and broadcaster. Ann Kerr became the first "
                          "Pacific Islander to lead the council.")
    assert found["Tom Reed"] == ["teacher", "author", "broadcaster"]
    assert found["Ann Kerr"] == []


def test_a_portfolio_after_of_stays_in_the_title(nlp):
    sheet = extract(article("Director of National Intelligence John Hill spoke. Ann Kerr, the Minister of Foreign "
                            "Affairs, agreed. US Secretary of State Tom Reed left."), nlp)
    assert [(r.title, r.organization) for r in person(sheet, "john-hill").roles] == [
        ("Director of National Intelligence", None)]
    assert [r.title for r in person(sheet, "ann-kerr").roles] == ["Minister of Foreign Affairs"]
    assert [(r.title, r.organization) for r in person(sheet, "tom-reed").roles] == [
        ("Secretary of State", "United States")]


def test_a_craft_named_after_its_class_word_is_no_person(nlp):
    sheet = extract(article("Space Shuttle Columbia lifted off in 1981. Shuttle Discovery will go to a museum, said "
                            "NASA Administrator Charles Bolden. Columbia was lost in 2003."), nlp)
    assert [p.name for p in sheet.people] == ["Charles Bolden"]


def test_an_arabic_article_stays_on_the_surname_and_joins_the_full_name(nlp):
    sheet = extract(article("Karim al-Hadrami opened a bakery in Tobruk.",
                            "Tom Reed said al-Hadrami bakes the best bread in town."), nlp)
    assert [(p.name, list(p.aliases)) for p in sheet.people] == [
        ("Karim al-Hadrami", ["al-Hadrami"]), ("Tom Reed", [])]


def test_a_name_in_brackets_after_a_family_noun_is_a_person(nlp):
    sheet = extract(article('Ann Kerr said: "My son [Oskar], at age 12, won the chess cup."'), nlp)
    assert [p.name for p in sheet.people] == ["Ann Kerr", "Oskar"]


def test_the_administration_of_someone_is_no_mention_of_the_person(nlp):
    sheet = extract(article("Tom Reed praised the administration of Harold P. Lindqvist for the new bridge."), nlp)
    assert [p.name for p in sheet.people] == ["Tom Reed"]


def test_a_word_and_a_lone_capital_letter_label_a_thing(nlp):
    sheet = extract(article("Every crate bore the mark Grade C on its lid, said Ann Kerr. Malcolm X "
                            "is the subject of her next book."), nlp)
    assert [p.name for p in sheet.people] == ["Ann Kerr", "Malcolm X"]


def test_a_gallery_named_after_a_museum_is_no_person(nlp):
    sheet = extract(article("The quilts now hang at the Halvorsen Craft Museum and Art Gallery in Bergen, said "
                            "Ann Kerr."), nlp)
    assert [p.name for p in sheet.people] == ["Ann Kerr"]


def test_a_lone_pet_form_joins_the_one_person_with_that_given_name(nlp):
    sheet = extract(article("Ann Kerr, widow of former press secretary James Reed, has died.",
                            'Tom Price said she "joined Jim on Good Friday".'), nlp)
    assert [(p.name, list(p.aliases)) for p in sheet.people if p.name != "Tom Price"] == [
        ("Ann Kerr", []), ("James Reed", ["Jim"])]


def test_a_short_or_pet_given_name_with_the_surname_joins_the_name_with_a_middle_initial(nlp):
    sheet = extract(article("The board named Timothy J. Hallam, the finance chief, as its acting head on Monday.",
                            'In a note to staff, the founder wrote: "I have asked Tim Hallam to lead us. Tim knows '
                            'the work."',
                            "Robert K. Lind and Bob Lind's brother Carl Lind signed it."), nlp)
    people = {p.name: list(p.aliases) for p in sheet.people}
    assert people["Timothy J. Hallam"] == ["Tim Hallam", "Tim"]
    assert "Bob Lind" in people["Robert K. Lind"]
    assert "Carl Lind" in people  # another given name with the same surname stays another person


def test_a_short_form_of_another_sex_or_of_a_father_stays_another_person(nlp):
    sheet = extract(article("Danielle M. Forde chairs the panel. Dan Forde, her cousin, sits on it too."), nlp)
    assert {p.name for p in sheet.people} == {"Danielle M. Forde", "Dan Forde"}
    # a generational suffix: the pet form without it is the father
    sheet = extract(article("Lawyer Edward M. Vance Jr., the son of Ted Vance, filed the suit. Ted Vance died "
                            "in 2001."), nlp)
    assert {p.name for p in sheet.people} == {"Edward M. Vance Jr.", "Ted Vance"}
def test_leaving_a_post_names_the_post_held(nlp):
    found = roles_of(nlp, "In June, Ann Kerr was forced to resign as Transport minister after the report. "
                          "Tom Reed stepped down as chief executive of Acme Foods last year.")
    assert found["Ann Kerr"] == ["minister"]  # "Transport" goes to the organisation
    assert found["Tom Reed"] == ["chief executive"]


def test_role_nouns_of_a_such_as_list_on_a_relative_clause(nlp):
    found = roles_of(nlp, "She joins famous painters who worked in the town, such as Ann Kerr, Tom Reed and "
                          "Walker Dunn.")
    assert found == {"Ann Kerr": ["painter"], "Tom Reed": ["painter"], "Walker Dunn": ["painter"]}


def test_a_plural_title_shared_over_a_list_with_of_phrases(nlp):
    found = roles_of(nlp, "The show has portraits of editors Ann Kerr of the Daily Courier and Tom Reed of the "
                          "Evening Post.")
    assert found == {"Ann Kerr": ["editor"], "Tom Reed": ["editor"]}


def test_an_of_phrase_after_a_second_noun_is_that_nouns(nlp):
    sheet = extract(article("Ann Kerr, a teacher and widow of former Mayor Tom Reed, has died. Reed died in 2001."), nlp)
    assert [r.title for r in person(sheet, "ann-kerr").roles] == ["teacher", "widow of Tom Reed"]
    assert [r.title for r in person(sheet, "tom-reed").roles] == ["former Mayor"]


def test_mother_of_one_of_those_killed(nlp):
    found = roles_of(nlp, "Tom Reed, the father of one of those killed in the flood, met the mayor.")
    assert found["Tom Reed"] == ["father of one of those killed in the flood"]


def test_abbreviated_titles_and_bracketed_titles(nlp):
    found = roles_of(nlp, "The bill was introduced by Rep. Ann Kerr last week. Dunn said: \"Everyone, including "
                          "[former Daily Courier editor] Tom Reed, was there.\"")
    assert found["Ann Kerr"] == ["Representative"]
    assert found["Tom Reed"] == ["former editor"]  # "Daily Courier" goes to the organisation


def test_a_plural_title_before_a_list_whose_first_name_is_unknown(nlp):
    found = roles_of(nlp, "The show includes painters Ann Kerr, Tom Reed and Joe Dunn; and athletes Vitas "
                          "Gerulaitis (tennis) and Jack Hale (golf).")
    assert found["Jack Hale"] == ["athlete"]
    assert found["Tom Reed"] == ["painter"]


def test_a_role_a_pronoun_subject_shares_with_a_second_verb(nlp):
    found = roles_of(nlp, "Tom Reed grew up in Ohio. He studied art and later worked in Dayton as a museum guard. "
                          "Ann Kerr joined the council in 1990. She stayed on it for a decade, eventually serving as "
                          "its deputy chair.")
    assert found == {"Tom Reed": ["museum guard"], "Ann Kerr": ["deputy chair"]}


def test_i_am_in_an_interview_turn_is_the_speakers_role(nlp):
    sheet = extract(article("Wikinews spoke with geologist Ann Kerr about the survey.", "((WN))  What do you do?",
                            "((Ann Kerr))  I'm a field engineer. I am a big fan of maps, and I am a patient of "
                            "Dr Tom Reed."), nlp)
    assert [r.title for r in person(sheet, "ann-kerr").roles] == ["geologist", "field engineer"]


@pytest.mark.parametrize("text, name, role", [
    ("Bea Holt, the director of global marketing at Nestlé, said sales had fallen.", "Bea Holt",
     ("director of global marketing", "Nestlé")),
    ("Sam Vey, head of a regional flood agency, warned that the river could burst its banks.", "Sam Vey",
     ("head of a regional flood agency", None)),
    ("Lu Chen, an associate professor of mechanical engineering at Ohio State University, led the study.", "Lu Chen",
     ("associate professor of mechanical engineering", "Ohio State University")),
    ("Kim Oak, vice president of marketing for Acme Corp., said the launch would go ahead.", "Kim Oak",
     ("vice president of marketing", "Acme Corp.")),
    ("Zed Mar, the head of research at the bank, said rates would rise.", "Zed Mar", ("head of research", None)),
    ("Uma Nair is a professor of history at the University of Leeds.", "Uma Nair",
     ("professor of history", "University of Leeds")),
    ("Jo Stark, who is chief of global operations at the firm, resigned on Friday.", "Jo Stark",
     ("chief of global operations", None)),
    # a thing or a unit after "of", with its article and its own phrases, is no organisation
    ("Tom Reed, the owner of a bakery near the square, said the noise woke him.", "Tom Reed",
     ("owner of a bakery near the square", None)),
    ("Ann Lee, creator of the petition, said she was glad.", "Ann Lee", ("creator of the petition", None)),
    ("Rob Tern, head of the department of botany and plant ecology at Elm University, said the moss was rare.",
     "Rob Tern", ("head of the department of botany and plant ecology", "Elm University")),
    # near misses: a body after "of" is the organisation
    ("Ann Ray, the director of the Federal Bureau of Investigation, said the threat was growing.", "Ann Ray",
     ("director", "Federal Bureau of Investigation")),
    ("Ida Park, the head of the program committee, opened the meeting.", "Ida Park", ("head", "program committee")),
    ("Ned Falk, the mayor of the capital city, closed the schools.", "Ned Falk", ("mayor", "capital city")),
    ("Bea Holt, president of Acme Corporation, said sales had fallen.", "Bea Holt", ("president", "Acme Corporation")),
])
def test_a_field_after_of_stays_in_the_title(nlp, text, name, role):
    people = {p.name: [(r.title, r.organization) for r in p.roles] for p in extract(article(text), nlp).people}
    assert people[name] == [role]


@pytest.mark.parametrize("text, name, title", [
    ("The budget was presented by Minister of Finance Rao Pell.", "Rao Pell", "Minister of Finance"),
    ("Former Minister of Defence Pat Lowe criticised the plan.", "Pat Lowe", "Former Minister of Defence"),
    ("Minister of Economy Ruth Sul said the plan would go ahead.", "Ruth Sul", "Minister of Economy"),
    ("Secretary of Justice Wanda Vale resigned on Friday.", "Wanda Vale", "Secretary of Justice"),
    # the words after "of" are a title of their own: the name's title is theirs
    ("Ann Ray, the fiancée of journalist Tom Ek, spoke to reporters.", "Tom Ek", "journalist"),
])
def test_a_portfolio_after_of_before_a_name_stays_with_the_office(nlp, text, name, title):
    assert roles_of(nlp, text)[name][0] == title


# Variants of the role classes first-sight errors showed (family ties, a title set off before the name,
# a title in a copular clause): texts written for the test, each of a different syntax.
@pytest.mark.parametrize("text, name, title", [
    ("Novelist Ruth Abel died on Monday at 88. Her son, Carl Abel, said she died peacefully at home.", "Carl Abel",
     "son of Ruth Abel"),
    ("Striker Eli Tal was injured in the match. Eli Tal's sister Noa Tal told reporters the family was shocked.",
     "Noa Tal", "sister of Eli Tal"),
    ("Sam Pike, 19, was sentenced to four years in prison. His mother, Joan Pike, wept as the verdict was read.",
     "Joan Pike", "mother of Sam Pike"),
    ("Mila Roy, the mayor of a small town, was arrested on Tuesday along with her husband Ivan Roy.", "Ivan Roy",
     "husband of Mila Roy"),
    ("The boy, Kai Bell, was found safe on Thursday. Rosa Bell, his mother, thanked the volunteers.", "Rosa Bell",
     "mother of Kai Bell"),
    ("The company's chief executive, Tim Cork, said profits had risen.", "Tim Cork", "chief executive"),
    ("The charity was set up in 1990. Its founder, Mark Zola, still runs it.", "Mark Zola", "founder"),
    ("The ship's captain, Ken Ito, and two crew members were rescued.", "Ken Ito", "captain"),
    ("Tom Reed helped a lot with the data. He was the statistician on the project.", "Tom Reed", "statistician"),
    ("Before entering politics, Ann Kerr was a teacher.", "Ann Kerr", "teacher"),
    ("Tom Reed, who was elected senator in 2012, will not run again.", "Tom Reed", "senator"),
])
def test_role_class_variants(nlp, text, name, title):
    assert title in roles_of(nlp, text)[name]


@pytest.mark.parametrize("text, name", [
    ("Mary Lee, who played the wife of a fisherman in the film, won the award on Saturday.", "Mary Lee"),
    ("Ann Ross thanked her husband and her children in her speech.", "Ann Ross"),
    ("Sara Kim, whose son was injured in the blast, called for an inquiry.", "Sara Kim"),
    ("The victim, Tom Ray, was 34.", "Tom Ray"),
    ("The suspect, Omar Fadl, was arrested at the airport.", "Omar Fadl"),
    ("Tom Reed is the favourite to win the race.", "Tom Reed"),
    ("Ann Kerr was a big influence on him.", "Ann Kerr"),
])
def test_role_class_near_misses(nlp, text, name):
    assert roles_of(nlp, text).get(name, []) == []
# Variants of the people classes that went wrong on held-out batches at first sight (session 8 probe), written
# for the test: fictional characters in costume talk, people named only inside a thing's name, long lists of
# names, creators of works. Each case: the text, the names that must be listed, the names that must not be.
_PEOPLE_VARIANTS = [
    ("At the convention, fans dressed as Harry Potter and Hermione Granger lined up to meet actor Tom Felton.",
     {"Tom Felton"}, {"Harry Potter", "Hermione Granger"}),
    ("Jane Doyle, who cosplayed as Wonder Woman, said the costume took three months to make.",
     {"Jane Doyle"}, {"Wonder Woman"}),
    ("Her Lara Croft cosplay won first prize in the contest, judge Amy Chen said.", {"Amy Chen"}, {"Lara Croft"}),
    ("Several children came as Elsa from Frozen, while their parents dressed as Buzz Lightyear.",
     set(), {"Elsa", "Buzz Lightyear"}),
    ("Fans dressed as their favourite characters queued to meet actor Ryan Reynolds.", {"Ryan Reynolds"}, set()),
    ("Emma Stone, dressed in a red gown, attended the premiere with director Damien Chazelle.",
     {"Emma Stone", "Damien Chazelle"}, set()),
    ("Comic artist Jim Lee signed copies of his books, and writer Gail Simone joined him.",
     {"Jim Lee", "Gail Simone"}, set()),
    ("The crew of the USS Carl Vinson was placed under quarantine on Monday.", set(), {"Carl Vinson"}),
    ("He received the Jean Hersholt Humanitarian Award at the ceremony.", set(), {"Jean Hersholt"}),
    ("She studied at the John F. Kennedy School of Government before joining the bank.", set(), {"John F. Kennedy"}),
    ("The ceremony was held at the Dorothy Chandler Pavilion in Los Angeles.", set(), {"Dorothy Chandler"}),
    ("Flights were diverted from Ronald Reagan Washington National Airport on Friday.", set(), {"Ronald Reagan"}),
    ("Researchers will use the Nancy Grace Roman Space Telescope to look for planets.", set(), {"Nancy Grace Roman"}),
    ("The band Tom Petty and the Heartbreakers sold out the arena.", set(), {"Tom Petty"}),
    ("The rescue ship Alan Kurdi picked up 64 people off Libya.", set(), {"Alan Kurdi"}),
    ("The Vince Lombardi Trophy was presented after the game.", set(), {"Vince Lombardi"}),
    ("The USS Carl Vinson is named after Carl Vinson, a congressman who served for fifty years.", {"Carl Vinson"},
     set()),
    ("Singer Tom Petty died in 2017, his manager Tony Dimitriades said.", {"Tom Petty", "Tony Dimitriades"}, set()),
    (("The nominees for best actor are Adrien Brody, Timothee Chalamet, Colman Domingo, Ralph Fiennes and "
      "Sebastian Stan."), {"Adrien Brody", "Timothee Chalamet", "Colman Domingo", "Ralph Fiennes", "Sebastian Stan"},
     set()),
    ("The cast includes Meryl Streep, Tom Hanks, Sarah Paulson, Bob Odenkirk and Bradley Whitford.",
     {"Meryl Streep", "Tom Hanks", "Sarah Paulson", "Bob Odenkirk", "Bradley Whitford"}, set()),
    (("Candidates on stage were Elizabeth Warren, Bernie Sanders, Pete Buttigieg, Amy Klobuchar, Tom Steyer "
      "and Michael Bloomberg."),
     {"Elizabeth Warren", "Bernie Sanders", "Pete Buttigieg", "Amy Klobuchar", "Tom Steyer", "Michael Bloomberg"},
     set()),
    (("Guests included musicians Lou Reed and John Cale; writers Truman Capote and Gore Vidal; and athletes "
      "Arthur Ashe (tennis) and Muhammad Ali (boxing)."),
     {"Lou Reed", "John Cale", "Truman Capote", "Gore Vidal", "Arthur Ashe", "Muhammad Ali"}, set()),
    ("Goals came from Harry Kane, Raheem Sterling and Jesse Lingard, while Jordan Pickford kept a clean sheet.",
     {"Harry Kane", "Raheem Sterling", "Jesse Lingard", "Jordan Pickford"}, set()),
    ("A shot by Luka Modric in the 60th minute was saved by Manuel Neuer.", {"Luka Modric", "Manuel Neuer"}, set()),
    (("Speakers included Cindy Lee of Save the Bay, Mark Otis of the Green Fund, actor Sean Penn and author "
      "Ruth Ozeki."), {"Cindy Lee", "Mark Otis", "Sean Penn", "Ruth Ozeki"}, set()),
    ("The town hall, hosted by Lester Holt, aired on NBC while ABC carried an interview by George Stephanopoulos.",
     {"Lester Holt", "George Stephanopoulos"}, set()),
    ("Leaders at the summit included Xi Jinping, Recep Tayyip Erdogan, Jacinda Ardern and Cyril Ramaphosa.",
     {"Xi Jinping", "Recep Tayyip Erdogan", "Jacinda Ardern", "Cyril Ramaphosa"}, set()),
    ("The tour visits Paris, Berlin, Warsaw, Vienna and Prague in May.", set(),
     {"Paris", "Berlin", "Warsaw", "Vienna", "Prague"}),
    ("Teams from Manchester United, Real Madrid, Bayern Munich and Juventus will take part.", set(),
     {"Manchester United", "Real Madrid", "Bayern Munich"}),
    ("Protests spread to San Jose, Santa Clara, San Diego and Los Angeles.", set(),
     {"San Jose", "Santa Clara", "San Diego"}),
    ("The museum shows a painting by Vincent van Gogh and sketches by Pablo Picasso.",
     {"Vincent van Gogh", "Pablo Picasso"}, set()),
    ("The theatre staged Death of a Salesman, written by Arthur Miller in 1949.", {"Arthur Miller"}, set()),
    ("The Testaments, the novel by Margaret Atwood, sold a million copies.", {"Margaret Atwood"}, set()),
    ("The festival opened with The Irishman, directed by Martin Scorsese.", {"Martin Scorsese"}, set()),
    ("The Late Late Show with James Corden ended after eight years.", set(), {"James Corden"}),
    ("Historian Dana Whitfield picked him as her running mate.", {"Dana Whitfield"}, {"Historian Dana Whitfield"}),
    ("The panel was led by Broadcaster Mark Tully and Activist Jane Fonda.", {"Mark Tully", "Jane Fonda"}, set()),
    # a prize category of capitalised common nouns, its last word used as a lower-case noun, is no person
    (("The duo took Best Dance Recording, and the rapper won Best Urban Song as well as Best Duo Performance. "
      "Their recording beat four other nominees, critic Mia Long said."), {"Mia Long"},
     {"Dance Recording", "Best Dance Recording", "Best Urban Song", "Best Duo Performance"}),
    # ... but nominees whose names the word index also holds in lower case stay people
    ("The nominees for the photography prize were Bradford Young and Viola Davis. The young jury has not met.",
     {"Bradford Young", "Viola Davis"}, set()),
]


@pytest.mark.parametrize(("text", "listed", "not_listed"), _PEOPLE_VARIANTS)
def test_who_counts_as_a_person(nlp, text, listed, not_listed):
    sheet = extract(article(text), nlp)
    names = {p.name for p in sheet.people} | {a for p in sheet.people for a in p.aliases}
    assert listed <= {p.name for p in sheet.people}
    assert not names & not_listed


@pytest.mark.parametrize(("text", "name"), [
    ('Former champion Giuseppe "Joe" Russo spoke to reporters. Russo said he was proud.', 'Giuseppe "Joe" Russo'),
    ('The award went to Edward James "Ted" Walsh, a retired firefighter.', 'Edward James "Ted" Walsh'),
    ('Coach Antonio "Tony" Russo spoke to reporters after the match.', 'Antonio "Tony" Russo'),
    ("Police named the victim as Samuel “Sam” Okafor, 34.", "Samuel “Sam” Okafor"),
    ('Robert "Bobby" Ellison, a retired teacher, died on Sunday.', 'Robert "Bobby" Ellison'),
])
def test_a_nickname_in_quotes_inside_a_full_name(nlp, text, name):
    # NER often stops at the given name ('Giuseppe') and tags the rest ('Joe" Russo') as a work or nothing:
    # the quoted nickname and the surname after it belong to the name, kept as written (held-out house style)
    assert name in {p.name for p in extract(article(text), nlp).people}


def test_a_quoted_title_after_a_name_is_no_nickname(nlp):
    text = 'Singer Ann Kerr sang "Hello" at the show, and Tom Reed joined her for "Home" Sunday.'
    sheet = extract(article(text), nlp)
    assert {p.name for p in sheet.people} == {"Ann Kerr", "Tom Reed"}


# "a faction led by X": the agent of a body's participle leads or founded it (leader, head, founder). Texts
# written for the test: attributive and set-off participles, relative clause, coordinated agents, a title
# before the agent's name.
@pytest.mark.parametrize("text, name, title", [
    ("Ministers from a breakaway wing of the party led by Omar Kessel walked out.", "Omar Kessel", "leader"),
    ("The charity, founded by Bea Lund in 1990, runs three shelters.", "Bea Lund", "founder"),
    ("She joined the movement founded by the poet Ilse Varga.", "Ilse Varga", "founder"),
    ("A five-member panel headed by Otto Brandt will review the case.", "Otto Brandt", "head"),
    ("The rebels, led by Yusuf Adan, took the town on Sunday.", "Yusuf Adan", "leader"),
    ("Delegates from a coalition headed by Rita Moss and Joe Plank met on Friday.", "Joe Plank", "head"),
    ("Thousands joined a protest group led by Sara Holt.", "Sara Holt", "leader"),
    ("The organisation, which was founded by Lars Nyberg, denied the claims.", "Lars Nyberg", "founder"),
])
def test_the_agent_of_a_body_led_by_leads_it(nlp, text, name, title):
    assert title in roles_of(nlp, text)[name]


@pytest.mark.parametrize("text, name", [
    ("The research was led by Mira Solberg, a marine biologist.", "Mira Solberg"),
    ("The march, led by Dana Whitfield, reached the square.", "Dana Whitfield"),
    ("The film, directed by Pablo Ferrer, won the prize.", "Pablo Ferrer"),
    ("A team led by Nils Aspen found water on the planet.", "Nils Aspen"),
    ("The investigation, headed by Ian Bell, ended in May.", "Ian Bell"),
    ("The ball was headed away by Rita Moss.", "Rita Moss"),
])
def test_a_task_or_event_led_by_someone_gives_no_leading_role(nlp, text, name):
    titles = roles_of(nlp, text).get(name, [])
    assert not {"leader", "head", "founder"} & set(titles)


# The headline counts (GUIDELINES, General): a title right before a name there is a role, unless the body
# words the same title again.
def headline_roles(nlp, headline: str, body: str) -> dict[str, list[str]]:
    return {p.name: [r.title for r in p.roles] for p in extract(article(body, title=headline), nlp).people}


@pytest.mark.parametrize("headline, body, name, word", [
    ("Dutch nurse Ilse Varga wins award", "Ilse Varga, 41, was honoured on Monday.", "Ilse Varga", "nurse"),
    ("Retired Finnish boxer Otto Brandt dies aged 80", "Otto Brandt died on Sunday at his home.", "Otto Brandt",
     "boxer"),
    ("Ohio student Bea Lund builds robot", "Bea Lund, 15, showed her robot to reporters.", "Bea Lund", "student"),
    ("Award for Kenyan chemist Omar Kessel", "Omar Kessel works on batteries.", "Omar Kessel", "chemist"),
])
def test_a_title_before_a_name_in_the_headline_is_a_role(nlp, headline, body, name, word):
    assert any(word in t for t in headline_roles(nlp, headline, body)[name])


def test_a_headline_title_the_body_words_again_is_listed_once(nlp):
    found = headline_roles(nlp, "Former mayor of Brno Pavel Horak dies aged 77",
                           "Pavel Horak was mayor of Brno from 1990 to 1998. The mayor died on Sunday.")
    assert len([t for t in found["Pavel Horak"] if "mayor" in t.lower()]) == 1


@pytest.mark.parametrize("paragraphs, people", [
    # a name modifying a common noun after "the" is no stand-alone mention, but no thing either: the person
    # stays where the article names them on their own
    (("Critics of the Carter administration met on Monday.", "Carter said the treaty would hold."), {"Carter"}),
    (("The Marta Keller bribery case has dragged on for years.", "Prosecutors say Marta Keller took cash."),
     {"Marta Keller"}),
    (("Officials in the Olsen government refused to comment.", "Prime Minister Olsen told reporters it was over."),
     {"Olsen"}),
    # near misses: only inside the longer noun phrase, or a thing's name after "the"
    (("Critics of the Carter administration met on Monday.", "The treaty would hold, they said."), set()),
    (("Guests at the Hilton hotel were evacuated.", "Firefighters said nobody was hurt."), set()),
    (("Fans packed the Ellen Grey show on Friday.", "The show aired at noon."), set()),
])
def test_a_name_modifying_a_noun_after_the_stays_a_person_where_named_alone(nlp, paragraphs, people):
    assert names(nlp, *paragraphs) == people


def _sibling_doc(nlp, words, heads, deps, pos, tags, ents):
    from spacy.tokens import Doc
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents,
               lemmas=[w.lower() for w in words])


@pytest.mark.parametrize("gap, expected", [
    # "Writing to newspapers, Ann Lee, the Dutch prime minister, said": the parser (in some contexts) hangs the
    # name and the title phrase both on "newspapers"; the phrase right after the name's comma is hers
    ([], [("prime minister", "Netherlands")]),
    # a phrase that does not follow the name's comma ("..., Ann Lee, in Oslo, the prime minister") is not read
    (["in", "Oslo", ","], []),
])
def test_a_title_hung_beside_the_name_on_the_noun_before_it_is_the_names(nlp, gap, expected):
    from generator.extract.roles import role_in_apposition
    n = len(gap)
    words = ["Writing", "to", "newspapers", ",", "Ann", "Lee", ","] + gap + ["the", "Dutch", "prime", "minister", ",",
                                                                               "said", "."]
    minister, said = 10 + n, 12 + n
    heads = [said, 0, 1, 2, 5, 2, 2] + [6, 6 + 1, 2][:n] + [minister, minister, minister, 2, 2, said, said]
    deps = ["advcl", "prep", "pobj", "punct", "compound", "appos", "punct"] + ["prep", "pobj", "punct"][:n] + [
        "det", "amod", "amod", "appos", "punct", "ROOT", "punct"]
    pos = ["VERB", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"] + ["ADP", "PROPN", "PUNCT"][:n] + [
        "DET", "ADJ", "ADJ", "NOUN", "PUNCT", "VERB", "PUNCT"]
    tags = ["VBG", "IN", "NNS", ",", "NNP", "NNP", ","] + ["IN", "NNP", ","][:n] + ["DT", "JJ", "JJ", "NN", ",", "VBD",
                                                                                  "."]
    ents = ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"] + ["O", "B-GPE", "O"][:n] + [
        "O", "B-NORP", "O", "O", "O", "O", "O"]
    doc = _sibling_doc(nlp, words, heads, deps, pos, tags, ents)
    # (the plural "newspapers" the name hangs on is no title of one person: roles() drops it, see _sharers)
    assert [(r.title, r.organization) for r in role_in_apposition(doc[4:6]) if not r.title.endswith("*")] == expected


@pytest.mark.parametrize("text, expected", [
    # "President Lee" in a sentence on the past and "former President" are one office, written once with "former"
    ("The court removed Governor Tom Marsh on Friday. Marsh, now the former governor, said he would appeal.",
     {"Tom Marsh": ["former governor"]}),
    ("Ida Rue, a former mayor of Brenford, has died. Mayor Rue opened the new bridge in 1975.",
     {"Ida Rue": ["former mayor"]}),
    ("Ex-chairman Bo Kerr was arrested. Chairman Kerr had led the bank for ten years.", {"Bo Kerr": ["Ex-chairman"]}),
    # other ranks name another post, and another body another office
    ("Deputy minister Lu Pan was promoted. Minister Lu Pan then gave a speech.",
     {"Lu Pan": ["Deputy minister", "Minister"]}),
    ("Acting director Mia Fox was appointed in May. Fox became director in June.",
     {"Mia Fox": ["Acting director", "director"]}),
    ("Rey Soto, a former President of Tarvia, spoke. Soto is now president of the Tarvia Football Club.",
     {"Rey Soto": ["former President", "president"]}),
])
def test_a_title_and_the_same_title_with_former_are_one_role(nlp, text, expected):
    assert roles_of(nlp, text) == expected
@pytest.mark.parametrize("paragraphs, people", [
    # a given name the word index knows as a common word, before a hyphenated surname: two words, not a
    # descriptor and a name ("Salah al-..." at a sentence's opening, "Nasser ..." read as an agent noun)
    (["Malik al-Hashimi, the ministry spokesman, said on Tuesday that the road was open."], {"Malik al-Hashimi"}),
    (["Hakim el-Masri told reporters that the vote would be held in May."], {"Hakim el-Masri"}),
    (["Nadir Al-Rawi, a senior cleric, said prayers would go ahead."], {"Nadir Al-Rawi"}),
    (["Jihad al-Khatib was arrested in the capital on Friday, police said."], {"Jihad al-Khatib"}),
    (["The club's owner Nasser al-Qahtani said the coach would stay."], {"Nasser al-Qahtani"}),
    (["Mahdi al-Jaberi and Hakim al-Zubaidi were freed on Sunday."], {"Mahdi al-Jaberi", "Hakim al-Zubaidi"}),
    (['"We are ready," said Nasser al-Dossari, the team\'s captain.'], {"Nasser al-Dossari"}),
    (["Salah el-Bahri spoke first at the meeting. El-Bahri said the plan had failed."], {"Salah el-Bahri"}),
    # near misses: an occupation before a given name and a hyphenated surname is still no part of the name
    (["Guitarist Ben Smith-Lowe died on Monday at the age of 70."], {"Ben Smith-Lowe"}),
    (["Astronomer Jean-Luc Moreau said the comet would return."], {"Jean-Luc Moreau"}),
    (["Producer Anna Kowalski-Reed said the film was finished."], {"Anna Kowalski-Reed"}),
    (["Senator Karim al-Jaburi said the bill would pass."], {"Karim al-Jaburi"}),
])
def test_a_hyphenated_surname_counts_as_one_word_of_the_name(nlp, paragraphs, people):
    assert names(nlp, *paragraphs) == people


@pytest.mark.parametrize("paragraph, people", [
    # after an owner's possessive the model may tag a person's full name an organisation or a place
    ("The senator later told CNN's Marisol Quintero that the vote was rigged.", {"Marisol Quintero"}),
    ("In the 70th minute, Benfica's Tomasz Wieczorek scored from a corner.", {"Tomasz Wieczorek"}),
    ("Porto's Dragan Kovacevic was sent off after a second yellow card.", {"Dragan Kovacevic"}),
    ("The goal was set up by Lazio's Henrik Solberg, who crossed from the left.", {"Henrik Solberg"}),
    ("Speaking to Reuters' Anneke Visser, the minister denied the report.", {"Anneke Visser"}),
    ("Fans cheered as Celtic's Ruairi Madigan and Hearts' Lasse Brekke shook hands.",
     {"Ruairi Madigan", "Lasse Brekke"}),
    # near misses: a park, a court, an event, a work or a restaurant owned by a place or a body
    ("The studio's Hidden Valley won the award for best animated film.", set()),
    ("Visitors walked through Madrid's Retiro Park on Sunday.", set()),
    ("The country's Supreme Court ruled against the plan.", set()),
    ("Toronto's Furlong Expo drew thousands of fans.", set()),
    ("The city's Marlowe Terrace restaurant closed on Friday.", set()),
])
def test_a_full_name_after_an_owners_possessive_is_a_person(nlp, paragraph, people):
    assert names(nlp, paragraph) == people


@pytest.mark.parametrize("text, expected", [
    # an "as" phrase opening the sentence names the post in which its subject acts
    ("As head of the Rexco Group, Lin Tao built an empire.", {"Lin Tao": ["head"]}),
    ("As chief executive, Dana Kimball cut costs.", {"Dana Kimball": ["chief executive"]}),
    ("As deputy mayor of Lyon, Pierre Dumont oversaw the budget.", {"Pierre Dumont": ["deputy mayor of Lyon"]}),
    ("As president of the club, Marta Silva was blamed for the loss.", {"Marta Silva": ["president"]}),
    ("As coach, Greg Olsen has won three titles.", {"Greg Olsen": ["coach"]}),
    # the parser may cut the phrase off as a sentence of its own when no comma follows it
    (('As professor and head of the department of botany at MSU (and one of the authors of the study) Karen Voss '
     'explained, "It grows."'), {"Karen Voss": ["professor", "head of the department of botany"]}),
    # near misses: a time clause, a stage of life, a relation, a linking phrase, a comparison
    ("As the mayor arrived, Rob Fenn left the hall.", {"Rob Fenn": []}),
    ("As a young girl, Nora Platt sang in a choir.", {"Nora Platt": []}),
    ("As a child, Pia Lund lived in Oslo.", {"Pia Lund": []}),
    ("As a mother, Kay Rowe worried.", {"Kay Rowe": []}),
    ("As a result, Carla Jensen resigned from the board.", {"Carla Jensen": []}),
    ("As Tim Ruck said, the vote was close.", {"Tim Ruck": []}),
])
def test_an_as_phrase_opening_the_sentence_gives_its_subject_the_post(nlp, text, expected):
    assert roles_of(nlp, text) == expected
@pytest.mark.parametrize("paragraph, people", [
    # an abbreviated rank or title, with or without its full stop, and a plural "-men" title are no part of a name
    ("Sgt Dale Warner said the unit was ready.", {"Dale Warner"}),
    ("Staff Sgt. Mia Ortega told reporters the raid succeeded.", {"Mia Ortega"}),
    ("Cpl Ivan Petrov and Pte Liam Doyle were wounded, officials said.", {"Ivan Petrov", "Liam Doyle"}),
    ("The patrol was led by Capt Nora Blake, who said the road was clear.", {"Nora Blake"}),
    ("Lt. Col. Peter Brandt said the attack was repelled.", {"Peter Brandt"}),
    ("Brig Hamid Qureshi said the border was quiet.", {"Hamid Qureshi"}),
    ("Maj. Ruth Okafor, a spokeswoman for the army, said two were hurt.", {"Ruth Okafor"}),
    ("Sen. Tom Varga and Rep. Lisa Dunn voted no.", {"Tom Varga", "Lisa Dunn"}),
    ("Councilmen Rob Tate and Joe Linn voted against it.", {"Rob Tate", "Joe Linn"}),
    # near misses: a given name that is also an abbreviation, written without a full stop; a name ending in "men"
    ("Gen Takahashi, a student, said the exam was hard.", {"Gen Takahashi"}),
    ("Carmen Ortiz said she would run.", {"Carmen Ortiz"}),
])
def test_an_abbreviated_rank_or_plural_title_is_no_part_of_the_name(nlp, paragraph, people):
    assert names(nlp, paragraph) == people


@pytest.mark.parametrize("paragraph, people", [
    # a capitalised title after adjectives or nationalities describes someone; it names no one
    ("He was the last Ottoman Caliph.", set()),
    ("The speech was given by the Irish Taoiseach.", set()),
    ("The Senior Editor resigned on Friday after the merger.", set()),
    ("Ellen Marsh was named Senior Editor of the magazine.", {"Ellen Marsh"}),
    ("Irish Taoiseach Conor Malley said the vote was historic.", {"Conor Malley"}),
    ("Danish Premier — head of the government — Lars Holm said the law would pass.", {"Lars Holm"}),
    # near misses: a surname that is a title word after a given name, or after a word with a role in apposition
    ("Ivan Judge, a local farmer, said the crop failed.", {"Ivan Judge"}),
    ("Young Bishop, a local farmer, said the crop failed.", {"Young Bishop"}),
    ("John Major said the party was divided.", {"John Major"}),
])
def test_a_title_after_adjectives_is_no_persons_name(nlp, paragraph, people):
    assert names(nlp, paragraph) == people


def test_a_thing_noun_at_one_place_makes_no_thing_of_a_name_that_acts_as_a_person_at_another(nlp):
    assert names(nlp, "Senior Editor for Nova magazine Talia Brennick said on Monday that she would leave.",
                 "Brennick told staff that she was proud of them.") == {"Talia Brennick"}
    assert names(nlp, "The weekly magazine Nova Lux said it would close.") == set()


def test_a_noun_between_an_indefinite_article_and_a_name_presents_a_person(nlp):
    assert names(nlp, "He married a Yale graduate Miriam Oshiro in 1990.") == {"Miriam Oshiro"}
    assert names(nlp, "Critics fear a no-deal Brexit in October.") == set()


def test_a_letter_and_an_apostrophe_open_a_name_not_a_brand(nlp):
    assert names(nlp, "N'Dala Obuya scored twice for the club on Saturday.") == {"N'Dala Obuya"}
    assert names(nlp, "Ann Lee joined SpaceX in May.") == {"Ann Lee"}


def test_names_listed_after_a_family_noun_are_people_though_listed_like_places(nlp):
    assert names(nlp, "Ruth Ames is survived by her sons Lincoln, Jordan, Chester and Kendrick.") \
        == {"Ruth Ames", "Lincoln", "Jordan", "Chester", "Kendrick"}
    assert names(nlp, "Fire crews came from Dolgellau, Harlech, Bala and Blaenau Ffestiniog.") == set()


# Roles the sentence predicates of a person, read where the parser does not link them to the name.

def test_a_copula_the_parser_left_without_subject_is_the_names(nlp):
    found = roles_of(nlp, 'Martin Greaves, often called "the steel king", was chairman of Tolworth Steel from 2001 '
                          "to 2012. Nadia Petrova writes the cooking blog Saltwater and is the editor of the Harbour "
                          "Gazette.")
    assert found == {"Martin Greaves": ["chairman"], "Nadia Petrova": ["editor"]}


def test_a_copula_with_a_subject_of_its_own_or_no_tense_is_not_the_names(nlp):
    found = roles_of(nlp, "Ivo Brenner said the new coach was a fraud. Ivo Brenner left, calling on his rivals "
                          "to stop being cowards.")
    assert found == {"Ivo Brenner": []}


def test_one_of_several_holders_of_an_office_holds_it(nlp):
    assert roles_of(nlp, "Karel Dvorak, who is one of three deputy mayors, opened the bridge.") \
        == {"Karel Dvorak": ["deputy mayor"]}


def test_one_of_a_group_is_no_office(nlp):
    assert roles_of(nlp, "Karel Dvorak was also one of the guests at the opening.") == {"Karel Dvorak": []}


def test_a_description_that_singles_the_person_out_is_no_role(nlp):
    found = roles_of(nlp, "Karel Dvorak spoke. Dvorak was the only candidate at the debate. Lena Holm, the most "
                          "senior member of the panel, spoke first.")
    assert found == {"Karel Dvorak": [], "Lena Holm": []}


def test_an_ordinal_or_a_rank_among_kin_stays(nlp):
    found = roles_of(nlp, "Lena Holm, 52, was the eldest daughter of Anders Holm. Tomas Vik is the first "
                          "president of the Leeds Choir.")
    assert found["Lena Holm"] == ["eldest daughter of Holm"]
    assert found["Tomas Vik"] == ["first president"]


def test_a_title_phrase_opening_the_clause_before_the_name_and_its_verb(nlp):
    found = roles_of(nlp, "Deputy Governor of Halden Province, Tomas Vik said the roads would reopen.")
    assert found == {"Tomas Vik": ["Deputy Governor"]}


def test_a_title_phrase_set_off_after_another_name_or_a_verb_is_not_the_next_names(nlp):
    found = roles_of(nlp, "After a long talk with Ruth Okafor, the Finance Minister, Tomas Vik said he agreed. "
                          "He thanked the mayor, Paul Stone said.")
    assert found == {"Ruth Okafor": ["Finance Minister"], "Tomas Vik": [], "Paul Stone": []}


def test_an_apposition_after_an_age_or_a_home_town(nlp):
    found = roles_of(nlp, "Sven Aalto, aged 61, a ferry pilot from Turku, was rescued. Greta Lund from Malmo, "
                          "Sweden, a nurse at the city hospital, described the scene.")
    assert found["Sven Aalto"][0].startswith("ferry pilot")
    assert found["Greta Lund"][0].startswith("nurse")


def test_what_describes_the_home_town_is_not_the_persons(nlp):
    assert roles_of(nlp, "Greta Lund from Malmo, a port in Sweden, described the scene.") == {"Greta Lund": []}


def test_a_plural_title_in_men_goes_to_its_list_and_a_new_title_ends_the_outer_list(nlp):
    found = roles_of(nlp, "The poll puts Hale ahead of possible Green nominees Ruth Varga, former Senator Ivo Brandt, "
                          "and Congressmen Tomas Ruel and Pavel Orsi.")
    assert found["Ruth Varga"] == ["possible Green nominee"]
    assert found["Ivo Brandt"] == ["former Senator"]
    assert found["Tomas Ruel"] == found["Pavel Orsi"] == ["Congressman"]


def test_a_plural_title_late_in_a_list_is_not_the_earlier_names(nlp):
    found = roles_of(nlp, "The board thanked Edna Marlow, Mayor Jon Pyke, and Senators Lita Groves and Omar Tell.")
    assert found["Edna Marlow"] == []
    assert found["Lita Groves"] == found["Omar Tell"] == ["Senator"]


def test_a_plural_title_with_its_of_phrase_and_a_comma_before_a_list(nlp):
    found = roles_of(nlp, "We wrote to the members of the Lumen project, Ada Quist and Bert Mallon, about the change.")
    assert found["Ada Quist"] == found["Bert Mallon"] == ["member"]  # organisation Lumen project
    # near miss: people at an event are no title
    found = roles_of(nlp, "We met the speakers at the Lumen rally, Ada Quist and Bert Mallon, on Monday.")
    assert found["Ada Quist"] == found["Bert Mallon"] == []


def test_the_first_items_plural_title_is_the_lists_not_the_group_before_including(nlp):
    found = roles_of(nlp, "Forty former officials, including former ambassadors Iris Kemp, Noel Fitch, and Rui "
                          "Matos, signed the letter.")
    assert found["Iris Kemp"] == found["Noel Fitch"] == found["Rui Matos"] == ["former ambassador"]


def test_names_of_a_list_are_no_titles_of_each_other(nlp):
    found = roles_of(nlp, "Later, Green Senators Mark Coats of Ohio, Julia Price of Utah, and Olga Snell of Maine "
                          "asked him to run.")
    assert found["Mark Coats"] == found["Julia Price"] == found["Olga Snell"] == ["Green Senator"]


def test_a_nationality_noun_and_a_spaced_dash_make_no_title(nlp):
    found = roles_of(nlp, "The Dutchman Piet Kroon scored. The three finalists - Sir Alan Webb, Ida Lund and Ola "
                          "Berg - spoke.")
    assert found["Piet Kroon"] == []
    assert found["Alan Webb"] == ["finalist"]


def test_a_relation_owned_by_a_pronoun_among_the_titles_before_a_name(nlp):
    found = roles_of(nlp, "Governor Ivan Sorel took office in May. Since then, his cousin and adviser Pavel Dren has "
                          "left the country.")
    assert found["Pavel Dren"] == ["cousin of Ivan Sorel", "adviser"]
    found = roles_of(nlp, "Raised by farmer Otto Brandt and his wife Liesel, Karl Brandt moved to the city.")
    assert found["Liesel"] == ["wife of Otto Brandt"]
    found = roles_of(nlp, "Gil Amaro was the heir. His mother was Luis Amaro's mistress Rosa Vey.")
    assert found["Rosa Vey"] == ["mistress of Luis Amaro"]  # "mistress" is a relation like "wife"


def test_the_as_phrase_of_any_active_verb_is_the_subjects_post(nlp):
    found = roles_of(nlp, "Mira Sand flew the cargo plane as its pilot on Monday. Tomas Vik ran for mayor of Hull "
                          "in 2016 as the nominee of the Green Party.")
    assert found == {"Mira Sand": ["pilot"], "Tomas Vik": ["nominee"]}


def test_an_as_phrase_that_regards_or_ranks_or_relates_is_no_post(nlp):
    found = roles_of(nlp, "Ann Lee emerged as a serious contender. Ann Lee described Tom Kerr as a reformer. "
                          "Ann Lee is widely seen as an able leader. Ann Lee spoke as a mother of three at the rally.")
    assert found == {"Ann Lee": [], "Tom Kerr": []}


def test_a_body_the_person_heads_or_founded_in_a_clause_that_describes_them(nlp):
    found = roles_of(nlp, "Olga Brandt, who heads the country's largest opposition party, the Green Alliance, "
                          "criticised the budget. Piet Mol, who founded the Harbour Rowing Club, spoke at the dinner.")
    assert found == {"Olga Brandt": ["head"], "Piet Mol": ["founder"]}


def test_a_founding_told_as_a_past_event_is_no_title(nlp):
    assert roles_of(nlp, "Piet Mol founded the Harbour Rowing Club in 1998 with three friends.") == {"Piet Mol": []}


def spans_with_tag(nlp, text: str, words: str, label: str | None) -> list[str]:
    """The names found in text when the model has tagged `words` with `label` (as it does with many names), or
    left them untagged (label None)."""
    doc = nlp(text)
    texts, parts = [t.text for t in doc], words.split()
    i = next(i for i in range(len(texts)) if texts[i:i + len(parts)] == parts)
    doc.ents = [e for e in doc.ents if e.end <= i or e.start >= i + len(parts)] + (
        [Span(doc, i, i + len(parts), label=label)] if label else [])
    return [span.text for span in name_spans(doc)]


@pytest.mark.parametrize(("text", "words", "label", "found"), [
    # a capitalised particle or a hyphenated article after a given name goes with the surname: two words
    ("Teodoro La Vessa said on Friday that the stadium would open.", "Teodoro La Vessa", None,
     ["Teodoro La Vessa"]),
    ('"The ships are late," Karim al-Hadrami, head of the port office, told reporters.', "Karim al - Hadrami",
     None, ["Karim al-Hadrami"]),
    # a particle inside a run the model tagged an organisation stays a word of its own
    ("Hotel Del Olmedo said on Friday that rooms were full.", "Hotel Del Olmedo", "ORG", []),
])
def test_a_particle_inside_a_name_the_model_missed_goes_with_the_surname(nlp, text, words, label, found):
    assert spans_with_tag(nlp, text, words, label) == found


@pytest.mark.parametrize(("text", "words", "found"), [
    ("Union president Ahmed Abdallah Musa Karembi said he had approved the plan.", "Ahmed Abdallah",
     ["Ahmed Abdallah Musa Karembi"]),
    # the proper nouns after the name run on into a building's name: no surname
    ("The Ahmed Abdallah Memorial Hospital said it was full.", "Ahmed Abdallah", ["Ahmed Abdallah"]),
])
def test_untagged_proper_nouns_up_to_the_word_a_name_modifies_are_its_surname(nlp, text, words, found):
    assert spans_with_tag(nlp, text, words, "PERSON") == found


@pytest.mark.parametrize(("text", "words", "label", "found"), [
    ("Former Prime Minister Anil Bihari Vajpeyi opened the hall.", "Anil Bihari Vajpeyi", "ORG",
     ["Anil Bihari Vajpeyi"]),
    ("Their winger Tomas Pulovic opened the scoring.", "Tomas", "NORP", ["Tomas Pulovic"]),
    ("Their winger Christian Pulovic opened the scoring.", "Christian", "NORP", ["Christian Pulovic"]),
    ("The archive holds letters from athletes Ramunas Zukauskas and Ann Lee.", "Zukauskas", "GPE",
     ["Ramunas Zukauskas", "Ann Lee"]),
    ("Readers of the weekly magazine Nova Lux wrote in.", "Nova Lux", "ORG", []),
    ("Bishops of the Italian Episcopal Conference met.", "Episcopal Conference", "ORG", []),
    ("The clinic's Chief Medical Officer agreed.", "Medical Officer", "ORG", []),
])
def test_a_name_the_model_tags_a_thing_is_a_person_after_a_title_or_role_noun(nlp, text, words, label, found):
    assert spans_with_tag(nlp, text, words, label) == found


def test_one_word_after_a_title_or_role_is_a_person_whatever_the_model_tagged(nlp):
    people = names(nlp, "The exhibition recalls designer Orvane and his bold gowns of the 1970s.",
                   "The last ruler, Sultan Mehmedin, left the palace by night in 1921.")
    assert {"Orvane", "Mehmedin"} <= people


def test_a_title_and_word_that_are_a_place_stay_a_place(nlp):
    assert "Marikat" not in names(nlp, "Aftershocks were recorded in Sultan Marikat and in Davao.")


@pytest.mark.parametrize(("text", "words", "label", "found"), [
    ("Both editors Marta Kovic and Tiffany Brook were asked to apply again.", "Tiffany Brook", "NORP",
     ["Marta Kovic", "Tiffany Brook"]),
    ("Guests included Olek Varga, Meyrem Talici, Pascal Dorn and Sven Kolb.", "Meyrem Talici", "NORP",
     ["Olek Varga", "Meyrem Talici", "Pascal Dorn", "Sven Kolb"]),
    ("The two men were Hong Sok Pak and Ri Jin Ho, both engineers.", "Hong Sok Pak", "FAC",
     ["Hong Sok Pak", "Ri Jin Ho"]),
    # dictionary words listed with a person are a body, not a name; a place stays a place
    ("Marta Kovic and Open Doors wrote to him.", "Open Doors", "NORP", ["Marta Kovic"]),
    ("The award went to Marta Kovic and Fort Danby.", "Fort Danby", "GPE", ["Marta Kovic"]),
    ("She toured towns such as Marta Kovic, San Orlando and Talca.", "San Orlando", "GPE", ["Marta Kovic"]),
    # a name that modifies a noun after it is no list item of its own
    ("Marta Kovic and Dalo Renk staff met on Monday.", "Dalo Renk", "NORP", ["Marta Kovic"]),
])
def test_a_name_the_model_tags_a_thing_is_a_person_when_listed_next_to_a_person(nlp, text, words, label, found):
    assert spans_with_tag(nlp, text, words, label) == found


def test_a_generational_suffix_after_a_comma_belongs_to_the_name(nlp):
    sheet = extract(article("Dale Porter, Jr. finished second behind Ada Marsh in the race.",
                            "Porter said the car felt fast all day."), nlp)
    assert person(sheet, "dale-porter-jr").name == "Dale Porter Jr."
    assert "Porter" in person(sheet, "dale-porter-jr").aliases
    # a numeral opening a unit's name after the comma is no suffix
    assert "Dale Porter" in names(nlp, "General Dale Porter, II Corps commander, said the roads were open.")


def test_a_lone_surname_whose_clause_he_or_she_carries_on_is_a_person(nlp):
    assert "Dunford" in names(nlp, "Mateo Silva scored twice for the hosts.",
                              "Then Dunford headed over the bar, and he was substituted soon after.")
    # a work a noun presents is no person, whoever "her" is
    assert "Lumen" not in names(nlp, "Nadia Flores won two awards.",
                                "Her album Lumen won Best Pop Album, and her song Tide won another.")


def test_a_sheikh_before_a_name_is_a_form_of_address(nlp):
    found = roles_of(nlp, "Sheikh Omar Tarik, the Defence Minister, said the talks would go on. Sheikh Adel Munir "
                          "said the market was closed.")
    assert found == {"Omar Tarik": ["Defence Minister"], "Adel Munir": []}


def test_a_title_written_short_later_is_one_role(nlp):
    found = roles_of(nlp, "Lieutenant Colonel Ann Roe, a spokeswoman for the army, said the crew was safe. "
                          "Lieutenant Roe said the search would go on. Tom Reed, the former Prime Minister, spoke "
                          "next. Since stepping down as PM, Reed has written two books.")
    assert found == {"Ann Roe": ["Lieutenant Colonel", "spokeswoman"], "Tom Reed": ["former Prime Minister"]}


def test_a_rank_of_its_own_is_no_short_form(nlp):
    # near miss: two people, one with a single rank and one with a compound rank that contains it
    found = roles_of(nlp, "Major Ann Roe and Major General Bo Kay inspected the troops.")
    assert found == {"Ann Roe": ["Major"], "Bo Kay": ["Major General"]}


def test_an_abbreviated_or_graded_rank_is_a_role_as_written(nlp):
    found = roles_of(nlp, "Lt. Col. Ann Roe said the convoy had left. Sgt Bo Kay drove the first truck. "
                          "Sergeant First Class Tim Lee stayed at the base. Army spokesman Capt. Dan Eads "
                          "said the road was clear.")
    assert found == {"Ann Roe": ["Lt. Col."], "Bo Kay": ["Sgt"], "Tim Lee": ["Sergeant First Class"],
                     "Dan Eads": ["Capt.", "spokesman"]}


def test_a_plural_title_phrase_before_a_list_names_each_one(nlp):
    found = roles_of(nlp, "The club has had only two presidents in all its years, Ann Roe and Bob Kay. "
                          "Only two mayors were ever recalled: Tim Lee and Jo Hart. Members of the Kolan Rowing "
                          "Club from the north bank (the NB) including Dan Eads, Sam Ford and Lou Gray voted no.")
    assert found["Ann Roe"] == found["Bob Kay"] == ["president"]
    assert found["Tim Lee"] == found["Jo Hart"] == ["mayor"]
    assert found["Dan Eads"] == found["Sam Ford"] == found["Lou Gray"] == ["Member"]


def test_a_body_named_after_of_is_the_plural_titles_field(nlp):
    found = roles_of(nlp, "Several officials objected, including Labour members of the Council of Ministers Sarah "
                          "Jones and David Miller.")
    assert found["Sarah Jones"] == found["David Miller"] == ["Labour member"]


def test_a_plural_that_does_not_count_the_list_or_says_where_they_were_is_no_title(nlp):
    # near misses: the number counts more people than the list names; "from" says where they came from
    found = roles_of(nlp, "Only three mayors were ever recalled: Tim Lee and Jo Hart. The paper attacked "
                          "high-ranking defectors from the club including Dan Eads and Sam Ford.")
    assert found == {"Tim Lee": [], "Jo Hart": [], "Dan Eads": [], "Sam Ford": []}


def test_a_civil_abbreviation_and_a_bare_word_abbreviation_are_no_rank(nlp):
    # near miss: "Rep." is no military rank (written out as before), and "Col" without its full stop may be a name
    found = roles_of(nlp, "Rep. Ann Roe said the bill would pass. Col Bo Kay, a farmer, disagreed.")
    assert found["Ann Roe"] == ["Representative"]
    assert "Col" not in " ".join(found.get("Bo Kay", []))


def test_a_title_does_not_cross_a_semicolon_of_a_list(nlp):
    found = roles_of(nlp, "The guests included Dutch Prime Minister Ann Roe; the President of Chad, Dan Eads; and "
                          "the Finnish Foreign Minister, Carl Dunn.")
    assert found == {"Ann Roe": ["Prime Minister"], "Dan Eads": ["President"], "Carl Dunn": ["Foreign Minister"]}


def test_an_apposition_set_off_by_commas_still_counts(nlp):
    # near miss: no semicolon, the title after the name is its own
    found = roles_of(nlp, "The guests included Ann Roe, the Dutch Prime Minister, and Dan Eads.")
    assert found["Ann Roe"] == ["Prime Minister"]


@pytest.mark.parametrize(("text", "words", "label", "found"), [
    ("A spokesman for the city water board, Aldo Pereira, explained the plan.", "Aldo Pereira", "NORP",
     ["Aldo Pereira"]),
    ("Deputy Minister of the Interior Ilkka Vetu issued a statement.", "Ilkka Vetu", "NORP", ["Ilkka Vetu"]),
    ('Spokesperson of the "Haven" Pieter Maes said the shelter opens in May.', "Pieter Maes", "WORK_OF_ART",
     ["Pieter Maes"]),
    # the body alone after "of", or a body's own words before the verb, name no one
    ("The director of Kessler Brandt said the deal was off.", "Kessler Brandt", "ORG", []),
    ("The head of the Harbour Safety Council said it would meet.", "Harbour Safety Council", "ORG", []),
])
def test_a_name_after_a_role_of_a_body_is_a_person_whatever_the_model_tagged(nlp, text, words, label, found):
    assert spans_with_tag(nlp, text, words, label) == found


@pytest.mark.parametrize("text, name, role", [
    ("According to Peruvian Ambassador to the United Kingdom Tom Reed, the talks went well.", "Tom Reed",
     ("Ambassador to the United Kingdom", "Peru")),
    ("Former Minister of the Interior Ann Roe said the plan had failed.", "Ann Roe",
     ("Former Minister of the Interior", None)),
    # near miss: "to the" after a lower-case word that is no office before the name
    ("The letter went from the mayor to the United Nations envoy Bo Kay.", "Bo Kay", ("envoy", "United Nations")),
])
def test_the_after_to_or_of_inside_a_title_before_a_name(nlp, text, name, role):
    people = {p.name: [(r.title, r.organization) for r in p.roles] for p in extract(article(text), nlp).people}
    assert people[name] == [role]


def test_a_title_with_its_to_phrase_and_without_it_is_one_role(nlp):
    found = roles_of(nlp, "According to Peruvian Ambassador to the United Kingdom Tom Reed, the talks went well. "
                          "Peruvian Ambassador Tom Reed said a deal was near.")
    assert found == {"Tom Reed": ["Ambassador to the United Kingdom"]}


def test_a_hyphened_prefix_of_a_title_set_off_before_the_name_stays(nlp):
    sheet = extract(article("Co-founder of Acme, Tom Reed, met the winners. Bo Kay, the co-founder of Zeta, met them "
                            "too."), nlp)
    assert [(r.title, r.organization) for r in person(sheet, "tom-reed").roles] == [("Co-founder", "Acme")]
    # near miss: a title written in one piece keeps its prefix once
    assert [r.title for r in person(sheet, "bo-kay").roles] == ["co-founder of Zeta"]


def test_a_name_tagged_a_thing_that_ends_in_a_named_persons_surname_is_a_namesake(nlp):
    found = names(nlp, "Many refugees want to stay, like Yaroun Dembe, who lives in a camp near the river.",
                  "One of the camp leaders, Moussa Ali Dembe, says he studies law.")
    assert {"Yaroun Dembe", "Moussa Ali Dembe"} <= found


@pytest.mark.parametrize(("text", "words", "label", "found"), [
    ("The pass went to Tavon Gray, who ran it back.", "Tavon Gray", "ORG", ["Tavon Gray"]),
    ('"He fled by boat," Abdou Salim Gray said.', "Abdou Salim Gray", "WORK_OF_ART", ["Abdou Salim Gray"]),
    # a place word, a determiner or a capitalised word after it: a thing named after the person
    ("The boats sank on Lake Gray at night.", "Lake Gray", "LOC", []),
    ("She joined the Tavon Gray at noon.", "Tavon Gray", "ORG", []),
    ("She joined Tavon Gray Partners at noon.", "Tavon Gray", "ORG", []),
    # a run that does not end in a known surname is left to the other rules
    ("The pass went to Tavon Brook, who ran it back.", "Tavon Brook", "ORG", []),
    # the holder's own name is no namesake; nor is a product whose last word is an acronym
    ("Fans tried Tavon GRAY all day.", "Tavon GRAY", "PRODUCT", []),
    ("The pass went to Darnell Gray, who ran it back.", "Darnell Gray", "ORG", []),
])
def test_a_namesake_tagged_a_thing_is_a_person(nlp, text, words, label, found):
    doc = nlp(text)
    texts, parts = [t.text for t in doc], words.split()
    i = next(i for i in range(len(texts)) if texts[i:i + len(parts)] == parts)
    doc.ents = [e for e in doc.ents if e.end <= i or e.start >= i + len(parts)] + [
        Span(doc, i, i + len(parts), label=label)]
    assert [span.text for span in namesakes(doc, {"gray": {"darnell"}}, set())] == found


def test_a_namesake_tagged_a_thing_keeps_his_quote_and_his_misspelt_surname(nlp):
    sheet = extract(article(
        "Rebels held the port, and Colonel Mohamed Dacar was not found.",
        '"The operation is going to plan," said Abdou Salim Dakar, a government spokesman.',
        '"He has fled towards the coast," Abdou Salim Dacar said.'), nlp)
    spokesman = person(sheet, "abdou-salim-dakar")
    assert list(spokesman.aliases) == ["Abdou Salim Dacar"]
    assert [s.speaker for s in sheet.statements] == ["abdou-salim-dakar", "abdou-salim-dakar"]
    # another given name is another person, even with the same surname misspelt
    assert {"Mohamed Dacar", "Abdou Salim Dakar"} <= {p.name for p in sheet.people}


def test_a_given_name_that_is_also_a_verb_opens_a_subjects_name(nlp):
    assert "Said Hamid" in names(nlp, "Said Hamid, a witness to the crash, said the driver had fled.")
    # near miss: a verb opening the sentence, the name its object
    assert "Regarding Tova" not in names(nlp, "Regarding Tova Lind, the court said it would rule later.")


@pytest.mark.parametrize(("text", "found"), [
    # the words after "for"/"of" name the office's field: their plural makes no plural title
    ("UN High Commissioner for Human Rights Anna Berg said the camps were full.",
     {"Anna Berg": ["High Commissioner for Human Rights"]}),
    ("UN Commissioner for Refugees Anna Berg said the camps were full.", {"Anna Berg": ["Commissioner for Refugees"]}),
    # a plural head word is one title for each person listed, made singular
    ("Ministers of Finance Mira Solk and Ivo Brant signed the pact.",
     {"Mira Solk": ["Minister of Finance"], "Ivo Brant": ["Minister of Finance"]}),
    ("Senators Mira Solk and Ivo Brant signed the pact.", {"Mira Solk": ["Senator"], "Ivo Brant": ["Senator"]}),
    # a place after "to" whose name reads like a nationality's plural is no nationality
    ("US Ambassador to the Philippines Anna Berg said the plan would fail.",
     {"Anna Berg": ["Ambassador to the Philippines"]}),
])
def test_a_titles_number_is_its_head_words_not_its_fields(nlp, text, found):
    assert roles_of(nlp, text) == found


def test_a_lone_name_after_a_rank_is_a_person_but_not_a_works_title_before_its_subtitle(nlp):
    assert names(nlp, "The ferry master, Captain Verhoek, was pulled from the water by a fishing crew.") == {"Verhoek"}
    # near miss: a rank and a word before a colon and a subtitle name a film
    assert "Nebula" not in names(nlp, "Dana Pruitt reviewed the films. The best was Captain Nebula: First Flight, "
                                      "which opened in May.")


def test_a_lone_name_after_a_family_noun_someone_has_or_owns_is_a_person(nlp):
    # "has only one child": the subject's child; "Luis's sister": the possessive the parser hangs on the name
    assert names(nlp, "Ines Duarte has only one child Tobias, who is nine.") == {"Ines Duarte", "Tobias"}
    assert "Ofelia" in names(nlp, "Rosa Vidal spoke first. In 2005, Ana's cousin and Luis's sister Ofelia, once a "
                                  "teacher, married a farmer.")
    # near miss: a family noun that is no one's, the object of another verb
    assert "Tobias" not in names(nlp, "Ines Duarte runs a charity that helped one child Tobias last year.")


def test_a_lone_name_after_a_position_of_a_side_is_a_person(nlp):
    assert names(nlp, "Late in the game, substitute Okoro had a chance to level the score for Arden Town.") \
        == {"Okoro"}
    assert names(nlp, "Right fielder Tanaka was thrown out at home plate.") == {"Tanaka"}
    # near miss: the position's word as a verb
    assert "Okoro" not in names(nlp, "Late in the game, coach Ines Duarte chose to substitute Okoro for the tired "
                                     "Arden Town.")


def test_a_role_noun_whose_apposition_the_parser_made_the_name_still_presents_it(nlp):
    from spacy.tokens import Doc

    from generator.extract.people import _after_role_noun
    # "singer Lumena won": the parser's other reading hangs the name on the role noun as its apposition
    doc = Doc(nlp.vocab, words=["Israeli", "singer", "Lumena", "won"], pos=["ADJ", "NOUN", "PROPN", "VERB"],
              heads=[1, 3, 1, 3], deps=["amod", "nsubj", "appos", "ROOT"])
    assert _after_role_noun(doc[2])
    # near miss: a name set apart by a comma is no apposition right after the noun
    doc = Doc(nlp.vocab, words=["the", "singer", ",", "Lumena", ",", "won"],
              pos=["DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB"],
              heads=[1, 5, 1, 1, 1, 5], deps=["det", "nsubj", "punct", "appos", "punct", "ROOT"])
    assert not _after_role_noun(doc[3])


def test_a_name_written_with_the_where_the_model_tags_a_thing_is_no_person(nlp):
    assert names(nlp, "The crash happened during the Marlow Airshow in England.",
                 "Ana Ruiz said Marlow Airshow had drawn record crowds.") == {"Ana Ruiz"}


def test_a_name_with_a_year_or_a_bodys_possessive_and_common_words_is_a_thing(nlp):
    # a network's possessive before a name of common words: the network's show
    assert names(nlp, "He watched KTVX's Street Beat every night.") == set()
    # near miss: a body's possessive before a person's own name, who speaks
    assert names(nlp, "KTVX's Amos Fenwick said ratings fell.") == {"Amos Fenwick"}
    # a year in digits before the name: an edition of an event
    assert names(nlp, "Riders quit the 2011 Rally Verdan over safety fears.") == set()
    # near miss: "one" before a name presents a person ("a certain")
    assert names(nlp, "Officials said a guard, reportedly one Velayutham, saw the men at a stall.") == {"Velayutham"}


def test_a_name_used_only_as_a_product_is_a_thing(nlp):
    # every use is an object of installing, downloading or selling, or the "of" of a sale: a product
    assert names(nlp, "Zentrix will install Morven Tulley on every desk.") == set()
    assert names(nlp, "Users can download Morven Tulley from the website.") == set()
    assert names(nlp, "The board approved the sale of Morven Tulley to a rival.") == set()
    # an article further left, past a participle: "the recently released" product
    assert names(nlp, "Customers praised the recently released Morven Tulley for its battery.") == set()
    # near miss: an adjective between the article and the name describes a person
    assert names(nlp, "Customers praised the legendary Morven Tulley for her voice.") == {"Morven Tulley"}
    # near miss: a common noun between the article and the name presents a person
    assert names(nlp, "She chose to marry a farmer Morven Tulley, a keen sailor.") == {"Morven Tulley"}
    # near miss: the name acts as a person at another place
    assert names(nlp, "Users can download Morven Tulley from the website.",
                 "Morven Tulley said she wrote every song herself.") == {"Morven Tulley"}


def test_a_name_after_the_that_modifies_a_noun_is_no_thing(nlp):
    from spacy.tokens import Doc

    from generator.extract.people import _with_definite_article
    # near miss: "the Lucia Marzo campaign" tagged ORG: the article is the campaign's, not the name's
    doc = Doc(nlp.vocab, words=["Rivals", "attacked", "the", "Lucia", "Marzo", "campaign"],
              pos=["NOUN", "VERB", "DET", "PROPN", "PROPN", "NOUN"], heads=[1, 1, 5, 4, 5, 1],
              deps=["nsubj", "ROOT", "det", "compound", "compound", "dobj"],
              ents=["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert not _with_definite_article(doc.ents[0])
    doc = Doc(nlp.vocab, words=["Fans", "cheered", "the", "Marlow", "Panthers"],
              pos=["NOUN", "VERB", "DET", "PROPN", "PROPN"], heads=[1, 1, 4, 4, 1],
              deps=["nsubj", "ROOT", "det", "compound", "dobj"], ents=["O", "O", "B-ORG", "I-ORG", "I-ORG"])
    assert _with_definite_article(doc.ents[0])


def test_two_titles_joined_by_and_after_the_first_ones_field(nlp):
    text = "Charges were dropped against former mayor of Dunmore and head of the Harbour Works Committee Ann Roe."
    people = {p.name: [(r.title, r.organization) for r in p.roles] for p in extract(article(text), nlp).people}
    # a body's own noun ("Committee") is no title, whatever its ending
    assert people["Ann Roe"] == [("former mayor", "Dunmore"), ("head", "Harbour Works Committee")]
    # near miss: a determiner opens the first title, which is another person's
    assert roles_of(nlp, "He met the mayor of Dunmore and Governor Ann Roe on Monday.")["Ann Roe"] == ["Governor"]


def test_an_and_inside_a_titles_field_joins_the_fields_words(nlp):
    found = roles_of(nlp, "Officials said deputy director of parks and public gardens Ann Roe had resigned.")
    assert found == {"Ann Roe": ["deputy director of parks and public gardens"]}


def test_a_year_dates_the_second_of_two_titles_joined_by_and(nlp):
    found = roles_of(nlp, "The guests included former senator and 1996 Green Party nominee Ann Roe.")
    assert found == {"Ann Roe": ["former senator", "nominee"]}


@pytest.mark.parametrize(("text", "found"), [
    ("On Monday, Irish painter and screenwriter Ann Roe was dropped from the project.", ["painter", "screenwriter"]),
    ("The prize went to chemist and study co-author Ann Roe last week.", ["chemist", "study co-author"]),
])
def test_a_second_title_after_and_that_the_tagger_took_for_a_verb(nlp, text, found):
    assert roles_of(nlp, text)["Ann Roe"] == found


def test_a_verb_after_and_and_a_title_opens_no_second_title(nlp):
    assert roles_of(nlp, "Police stopped the driver and questioned Ann Roe at the scene.") == {"Ann Roe": []}


def test_an_and_after_a_relations_of_joins_no_field(nlp):
    found = roles_of(nlp, "Ann Roe is the granddaughter of the steel and oil baron Tom Reed.")
    assert not any("granddaughter" in title for title in found.get("Tom Reed", []))


def test_a_name_with_a_companys_legal_form_is_no_person(nlp):
    assert names(nlp, "Defence contractor Halvorsen Corporation supplied the radars.",
                 "Ruth Okafor said the radars worked.") == {"Ruth Okafor"}
    # near miss: a person who acts as one elsewhere keeps her name, though her firm bears it
    assert names(nlp, "Dana Pruitt runs the shop. Dana Pruitt, Inc. sells lamps, and Pruitt said she hired two "
                      "staff.") == {"Dana Pruitt"}


@pytest.mark.parametrize("text, found", [
    ("Ann Keller spoke first. Keller was her co-pilot on the flight.", ["co-pilot"]),
    ("Ann Keller spoke first. Keller is the vice-chair of the Brindle Society.", ["vice-chair"]),
    ("Ann Keller spoke first. Keller became the vice-president last spring.", ["vice-president"]),
    ("Ann Keller spoke first. Keller was her relief co-pilot.", ["relief co-pilot"]),
])
def test_a_hyphened_title_after_a_copula_is_one_title(nlp, text, found):
    # the parser cuts "co-pilot" into three predicates; "vice" alone is no title
    assert roles_of(nlp, text)["Ann Keller"] == found


def test_a_hyphened_adjective_before_a_predicate_title_is_no_cut_title(nlp):
    assert roles_of(nlp, "Ann Keller spoke first. Keller is a well-known writer.")["Ann Keller"] == ["writer"]


# A title's prefix run up to a name the model tagged an organisation: the name is the person's, not the body's
@pytest.mark.parametrize(("text", "name"), [
    ('Onetime Canadian Envoy to the United Nations Nora Whitfield posted online, "We stand with them."',
     "Nora Whitfield"),
    ("Former British Ambassador to the European Union Karen Pellow wrote on Twitter that the deal was dead.",
     "Karen Pellow"),
    ("The mayor agreed, a release from the Presidential Spokesperson Harry Delacroix said on Friday.",
     "Harry Delacroix"),
    ('Retired US veteran, Sergeant Walter "Buzz" Kettering reports that he saw the fire.',
     'Walter "Buzz" Kettering'),
    ("The forest was cleared during Daniel arap Kiprono's rule, and the marches met resistance.",
     "Daniel arap Kiprono"),
])
def test_a_name_after_a_title_prefix_is_one_person(nlp, text, name):
    # the title's body ends another entity ("the United Nations") or runs into the name as one ("the European
    # Union Karen Pellow": a role "to" a body, as "of"/"for"), the closing quote of a nickname ends the
    # model's entity, a lower-case particle ("arap") splits it: the name is still one person
    assert name in names(nlp, text)


def test_a_body_before_a_name_does_not_join_it(nlp):
    # near miss: the name keeps its own words only; the body before it is no first name
    found = names(nlp, 'Onetime Canadian Envoy to the United Nations Nora Whitfield posted online, "We stand '
                       'with them."')
    assert not any("Nations" in n for n in found)


def test_a_name_tagged_a_place_that_she_carries_on_is_a_person(nlp):
    # the model tags "Crystal Alvarado" a place; "Her sentence" opening the next sentence carries her clause on
    assert names(nlp, "Crystal Alvarado was convicted of fraud in 2009 in the Eastern District of Ohio. Her "
                      "sentence was commuted last week.") == {"Crystal Alvarado"}
    # near miss: "it" carries a place's clause on
    assert names(nlp, "Crystal Lake was drained in 2009 by the county. It was refilled last week.") == set()


def test_a_numbered_law_is_no_person(nlp):
    # "No." and a number after the words number a law or an order; the speaker of its text is no one
    found = names(nlp, 'Republic Act No. 9275, known as the "Clean Water Act", says "no person shall dump waste." '
                       'Ana Reyes said the law was clear.')
    assert found == {"Ana Reyes"}


def test_a_country_and_pm_in_a_headline_is_no_person(nlp):
    # "PM" after a country is a title; the country alone is no person (near miss: the body's full name stays)
    found = names(nlp, "Prime Minister Tomas Vale struck the envoy, witnesses said.",
                  title="Tuvalia PM accused of striking envoy")
    assert found == {"Tomas Vale"}


def test_a_surname_opening_with_lower_case_particles_keeps_them(nlp):
    # inside a sentence, "van der" opens the surname: the name is "van der Meulen", not a lone "Meulen"
    assert names(nlp, "Later, van der Meulen scored the winner for the hosts.") == {"van der Meulen"}
    # near miss: the surname with its particles is the same person as the full name, not a second one
    assert names(nlp, "Greta van der Meulen scored the winner. Later, van der Meulen said she was happy.") \
        == {"Greta van der Meulen"}


def test_a_name_the_article_marks_as_a_person_is_one_whatever_the_model_tagged(nlp):
    # a title of a body right before a lone surname
    assert "Brenwick" in names(nlp, "I agree that Utah Secretary of State Brenwick's double role is a problem.")
    # a nationality adjective right before a given name and a surname
    assert "Ilze Rudzite" in names(nlp, "Two earlier candidates (the Greek Vasso Kelaidi and the Latvian Ilze "
                                        "Rudzite) were replaced.")
    # a person noun in apposition to a lone name
    assert "Dovran" in names(nlp, "Dovran, another Somali asylum seeker, claimed similar treatment.")
    # near misses: a nationality before a body's name, a city and an outlet as speakers
    assert names(nlp, "The German Bundestag approved the law on Friday, and Paris said it would follow.",
                 '"We will appeal," said Reuters. Washington insisted the deal stands.') == set()


def test_a_name_set_off_by_a_comma_after_a_role_of_a_body_is_that_role_holder(nlp):
    # '<role> for|of|at <Body>, Name': the apposition of a lower-case role noun whose body ends at the comma
    assert "Fritz Hollan" in names(nlp, '"Demand is thin," said the chief bond strategist for Kestrel AIM, '
                                        'Fritz Hollan.')
    # near misses: a place after the comma belongs to the body's place, and a second body is no apposition
    assert names(nlp, "The mayor of Springfield, Illinois, said the plan was good.",
                 "It was approved by the board of Acme Holdings, Brookfield Asset.") == set()


def test_a_full_name_right_after_a_role_of_a_body_is_that_role_holder(nlp):
    # '<role> of|at <Body> Given Surname', no comma: the body's words modify the name, whose last word heads
    # things ("Press") or stands where a place does (after "at")
    assert "Tom Press" in names(nlp, '"Orders are picking up again," said the deputy chairman of Velmont '
                                     'Motors LLC Tom Press.')
    assert "Nora Hale" in names(nlp, 'Chief investment officer at Bristow Ridge Partners Nora Hale said: '
                                     '"The selling was automatic."')
    # near misses: no role before the body, and a body named after a person
    assert names(nlp, "Shares of Velmont Motors LLC rose 4 percent on Friday.",
                 "The director of the Walter Hale Foundation spoke on Monday.") == set()


def test_a_role_noun_right_before_a_full_name_presents_it_however_the_parser_hung_it(nlp):
    # the role noun hangs on the surname, not on the first word: still the person's role, so a last word that
    # heads names of things ("Castle") does not make a thing of the name
    assert names(nlp, "Veteran lawmaker Tamsin Castle resigned on Monday after the vote.") == {"Tamsin Castle"}
    # near miss: no role noun before the same kind of name
    assert names(nlp, "The band played at the Acme Summit on Monday.") == set()


def test_a_full_name_after_a_role_noun_and_a_comma_is_its_apposition(nlp):
    assert "Tomasz Wielgosz" in names(nlp, "Rovers striker, Tomasz Wielgosz, hit the post.")
    # near miss: one word after the comma is the next clause's subject, not the role's name
    assert names(nlp, "The ball went back to the keeper, and Leeds cleared it upfield.") == set()


@pytest.mark.parametrize("text, name, found", [
    ("Mr. Tolle, the newly-installed consul from Ardmore, spoke at noon.", "Tolle",
     ["newly-installed consul from Ardmore"]),
    ("Karl Ossel, the long-serving mayor of Vellby, was buried on Tuesday.", "Karl Ossel", ["long-serving mayor"]),
    ("The visit was planned by then-Governor Ruth Palk, a lawyer.", "Ruth Palk", ["then-Governor", "lawyer"]),
])
def test_a_title_never_starts_inside_a_word_joined_by_hyphens(nlp, text, name, found):
    # the tokenizer cuts "long-serving" in three; the title keeps the whole word
    assert roles_of(nlp, text)[name] == found


def test_an_age_before_an_occupation_is_no_part_of_the_title(nlp):
    # near miss: "a 41-year-old welder" is a welder, not a "year-old welder"
    assert roles_of(nlp, "Ivo Marsh, a 41-year-old welder, saw the fire.")["Ivo Marsh"] == ["welder"]


def test_a_dated_title_and_the_plain_one_are_one_role(nlp):
    found = roles_of(nlp, "The order came from then-Director Ola Brandt. Director Ola Brandt later left.")
    assert found["Ola Brandt"] == ["then-Director"]
