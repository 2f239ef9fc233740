"""Quote suggestions: marks, nesting, unbalanced and multi-line quotations, and who said them."""
from annotations.assist import names
from annotations.assist import text as text_module
from annotations.assist.quotes import find_quotes
from annotations.assist.suggest import suggest


def quotes(text):
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_curly_quote_leaves_out_the_marks_and_the_handover_comma_and_finds_the_speaker_after_it():
    text = "Donald Trump spoke on Monday. “It’s a great deal for Ukraine, too,” Trump said."
    assert quotes(text) == [("It’s a great deal for Ukraine, too", "Donald Trump")]


def test_straight_quotes_and_apostrophes_inside_them():
    assert quotes('Prime Minister Keir Starmer said: "It\'s not my business."') == [
        ("It's not my business.", "Keir Starmer")]


def test_speaker_introduced_by_the_paragraph_before_with_a_colon():
    text = ("French President Emmanuel Macron met him.\n\nMacron, however, took a firmer stance, stating:\n\n"
            "“Europeans are ready to support Ukraine.”")
    assert quotes(text) == [("Europeans are ready to support Ukraine.", "Emmanuel Macron")]


def test_according_to_names_the_speaker():
    text = "The talks failed, according to Marco Rubio: “Nothing moved at all this week.”"
    assert quotes(text) == [("Nothing moved at all this week.", "Marco Rubio")]


def test_nested_quote_belongs_to_the_outer_one():
    text = "“Russia wants TRADE when this ‘bloodbath’ is over, and I agree,” President Donald Trump wrote."
    assert quotes(text) == [("Russia wants TRADE when this ‘bloodbath’ is over, and I agree", "Donald Trump")]


def test_a_quotation_may_run_over_a_line_break():
    text = "Senator Jane Doe said: “The bill will pass\nbefore the summer recess.” Nobody disagreed."
    assert quotes(text) == [("The bill will pass\nbefore the summer recess.", "Jane Doe")]


def test_an_unclosed_quotation_ends_at_its_line_and_the_next_one_is_still_found():
    text = "Jane Doe said: “We will never agree to this\nShe left. “Then we talk again,” Jane Doe added."
    found = find_quotes(text)
    assert [(q.text, q.unbalanced) for q in found] == [("We will never agree to this", True),
                                                        ("Then we talk again", False)]


def test_multi_paragraph_quotation_is_one_span_per_paragraph_with_the_same_speaker():
    text = "“The first part goes on,” said John Smith. “And more.\n\n“The second paragraph ends it.”"
    assert quotes(text) == [("The first part goes on", "John Smith"), ("And more.", "John Smith"),
                            ("The second paragraph ends it.", "John Smith")]


def test_pronoun_speaker_is_whoever_the_sentence_before_was_about():
    text = "Marco Rubio spoke to the Senate on Tuesday. Trump, he insisted, is “trying to end a costly war”."
    assert quotes(text) == [("trying to end a costly war", "Marco Rubio")]


def test_scare_quotes_nobody_says_are_not_quotes_but_short_reported_phrases_are():
    assert quotes("The so-called “peace plan” was published in May.") == []
    assert quotes("He now says he was being “a little bit sarcastic” about it.") == [
        ("a little bit sarcastic", "")]


def test_apostrophes_are_not_single_quotes():
    assert quotes("Russia‘s energy sector and Trump’s plans and the officials’ view.") == []


# Issue 18's failure patterns, in made-up sentences of the same shape (no evaluation text).
def speakers(text):
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_reporting_verbs_beyond_said_name_the_speaker():
    assert speakers("“We are not leaving,” countered Tom Hale.") == [("We are not leaving", "Tom Hale")]
    assert speakers("“Is this the end?” asks Priya Shah.") == [("Is this the end?", "Priya Shah")]
    text = "Jane Doe was asked about the deal. “It’s fine,” she responded."
    assert speakers(text) == [("It’s fine", "Jane Doe")]


def test_a_short_quote_after_a_reporting_verb_is_a_quote_not_a_scare_quote():
    assert [q for q, _ in speakers("Maria Lopez vowed “no surrender” at the rally.")] == ["no surrender"]
    assert [q for q, _ in speakers("She admitted “mistakes were made” in the rollout.")] == ["mistakes were made"]


def test_a_doubled_opening_mark_does_not_lose_the_quote():
    text = "“”We will appeal the ruling,” said Maria Lopez, the union’s lawyer."
    assert speakers(text) == [("We will appeal the ruling", "Maria Lopez")]


def test_a_surname_alone_next_to_the_verb_is_the_speaker():
    assert speakers("“Not yet,” Okafor said by phone.") == [("Not yet", "Okafor")]
    assert speakers("“Not yet,” said Okafor.") == [("Not yet", "Okafor")]


def test_unnamed_speakers_are_named_by_their_role():
    found = speakers("“Prices have doubled,” says one shopkeeper, a baker on the high street.")
    assert found == [("Prices have doubled", "shopkeeper")]
    found = speakers("“We will keep protesting,” a spokesperson for the group said.")
    assert found == [("We will keep protesting", "spokesperson for the group")]


def test_an_honorific_with_a_first_name_is_the_person_named_in_full():
    text = ("Dame Judi Dench opened the theatre on Monday. “It was a privilege,” said Dame Judi.")
    assert speakers(text) == [("It was a privilege", "Judi Dench")]


def test_a_capitalised_day_or_clause_opener_is_not_a_person():
    text = "On Brexit Day, crowds outside Parliament sang “we are out of Europe at last” for an hour."
    assert speakers(text) == [("we are out of Europe at last", "")]
    text = "Before Black Friday, shoppers queued. “It is madness here,” one said."
    assert speakers(text)[0][1] != "Black Friday"


# Patterns of the Wikinews development half (fixtures/eval/wikinews, dev split), in made-up sentences.
def who(text):
    return [q.speaker for q in find_quotes(text)]


def test_a_capitalised_role_after_the_name_is_not_the_speaker():
    text = 'Jane Roe, the State Department Spokesperson, said, "We ask the region to work together quickly".'
    assert who(text) == ["Jane Roe"]


def test_an_acronym_after_the_verb_is_the_organisation_spelt_out_where_the_article_defines_it():
    text = ('The Nordic Weather Agency (NWA) raised its alert. "Winds will reach 150 km/h along the coast by night", '
            'said NWA. "Stay indoors", it added.')
    assert who(text) == ["Nordic Weather Agency", "Nordic Weather Agency"]
    assert who('"Shells fell near two border posts overnight", said AFP.') == ["AFP"]


def test_he_after_a_sentence_that_starts_with_a_person_is_that_person():
    text = ('Harriet Cole won the Acme Star of the Game award. She said, "We could have scored three or four goals '
            'in the first half."')
    assert who(text) == ["Harriet Cole"]


def test_a_quotation_alone_after_a_statement_is_the_statements_author():
    text = ('The shuttle went to Dayton, museum director Amy Tran said. Senator Ruth Ellery, Republican from Ohio, '
            'issued a statement on the decision. "Like many people in Ohio, I am disappointed with the choice."')
    assert who(text) == ["Ruth Ellery"]


def test_a_possessive_names_the_speaker():
    text = ('Mayor Tom Bale praised the plan but Senator Ruth Ellery criticised it. Ellery\'s statement added, '
            '"There is no question the city should have been chosen."')
    assert who(text) == ["Ruth Ellery"]


def test_a_short_phrase_after_a_naming_verb_is_a_name_not_a_quote():
    text = ('The team named their robot "Spark Plug," and the crowd listed its home as "Nowhere." '
            'Coach Lena Ortiz said, "We are proud of them."')
    assert [(q.text, q.speaker) for q in find_quotes(text)] == [("We are proud of them.", "Lena Ortiz")]


def test_a_statement_sentence_between_two_quotations_names_the_second_speaker():
    text = ('"It was a fair process," said museum director Amy Tran. Senator Ruth Ellery issued a statement on '
            'the choice of cities.\n"Like many people in Ohio, I am disappointed with the decision."')
    assert who(text) == ["Amy Tran", "Ruth Ellery"]


def test_people_who_speak_online_are_named_by_their_role():
    text = 'One poster admitted taking part, writing in a blog post "I loaded the tool and started it myself."'
    assert who(text) == ["poster"]


def test_a_dotted_abbreviation_before_a_title_does_not_hide_the_person():
    text = ('U.S. Senator Jane Roe, Republican from Ohio, issued a statement on the decision. '
            '"Like many Ohioans, I am disappointed. The choice was political."')
    assert who(text) == ["Jane Roe"]


def test_a_place_abbreviated_with_dots_or_a_country_is_not_a_person():
    text = ('Officers at the East L.A. station took him in, and he told them, "everything he did".')
    assert who(text) != ["East L"]
    text = 'South Korea fired back on Friday. Pyongyang called it "a reckless provocation" in a broadcast.'
    assert who(text) != ["South Korea"]


def test_a_reporter_who_asks_is_the_speaker_of_the_question():
    text = '"Are you going to step down?" a reporter asked Dan Smith. "No," Smith replied.'
    assert who(text) == ["reporter", "Dan Smith"]


def test_a_passive_telling_names_the_teller_not_the_told():
    text = 'Maria Lopez arrived in May. She was told by officials that "the ward is closed until further notice."'
    assert who(text) == ["officials"]
    text = 'Maria Lopez arrived in May. She was told: "the ward is closed until further notice."'
    assert who(text) != ["Maria Lopez"]


def test_a_capitalised_word_before_the_title_does_not_hide_the_person():
    text = 'Current UK Prime Minister Dan Cole commented that the plan "should never have been approved".'
    assert who(text) == ["Dan Cole"]


def test_surnames_with_a_lowercase_particle_are_names():
    text = ('Abdelbaset al-Megrahi has always denied the attack. In his last interview, he insisted he was '
            '"an innocent man". His brother Mohammed al-Megrahi claimed "there never was exact proof".')
    assert who(text) == ["Abdelbaset al-Megrahi", "Mohammed al-Megrahi"]
    text = 'Ursula von der Leyen spoke first. "We are ready," von der Leyen said.'
    assert who(text) == ["Ursula von der Leyen"]


def test_names_that_start_with_an_accented_capital_are_people():
    text = ('Freed hostage Íngrid Betancourt arrived with President Nicolas Sarkozy. '
            '"I cry with joy," Betancourt said. "We will carry on," said Sarkozy. "Thank you," said Émile Zola.')
    assert who(text) == ["Íngrid Betancourt", "Nicolas Sarkozy", "Émile Zola"]


def test_a_pronoun_after_a_quotation_is_that_quotations_speaker():
    text = ('Standing alongside President Nicolas Sarkozy, Ann Roe said, "I cry with joy." The politician was '
            'greeted by the First Lady, Carla Bruni-Sarkozy.\n\n"I owe everything to you," she said.')
    assert who(text) == ["Ann Roe", "Ann Roe"]


def test_a_title_alone_names_the_person_the_article_gave_it():
    text = ("On Sunday, Dublin's Lord Mayor Mícheál MacDonncha spoke about the contest. Speaking to news site "
            'Dublin Live, he backed a boycott. "I don\'t think we should send a representative", the mayor said.')
    assert who(text) == ["Mícheál MacDonncha"]
    text = ('Jeff Rathke, the State Department spokesperson, spoke first. Later Ann Lee arrived. '
            '"We ask the region to work together," said the spokesperson.')
    assert who(text) == ["Jeff Rathke"]


def test_an_opening_mark_typed_on_the_wrong_side_still_opens_the_quotation():
    text = 'Ann Roe condemned the rebels." I think the world knows they inflict suffering", she said.'
    assert quotes(text) == [("I think the world knows they inflict suffering", "Ann Roe")]


def test_an_adverb_between_the_speaker_and_the_verb_keeps_the_speaker():
    text = ('Plant operator Tokyo Electric Power Company (TEPCO) reported high readings. '
            'TEPCO only conceded that "partial meltdowns" had occurred. Okafor later said "it is safe".')
    assert who(text) == ["Tokyo Electric Power Company", "Okafor"]


def test_a_colon_introduces_the_quotation_of_the_sentences_subject_and_a_participle_continues_it():
    text = ('Ann Roe spoke at the university for an hour on Monday.\n\nShe framed the questioning of that history as '
            'a stifled academic debate: "Right now, there are academics in prison for their research," later '
            'adding that "you should ask yourselves why you want to stop it."')
    assert who(text) == ["Ann Roe", "Ann Roe"]


def test_a_person_named_after_a_preposition_is_not_the_speaker():
    text = ('Two lawmakers, Lynn Boylan and Emmett Obrien, argued online. Boylan of the Sinn Féin Party tweeted, '
            '"Let us make the boycott a success." Emmett Obrien replied to Boylan, "Will you condemn the attack?"')
    assert who(text) == ["Lynn Boylan", "Emmett Obrien"]


def test_a_short_term_between_a_determiner_and_the_rest_of_the_sentence_is_not_a_quote():
    text = ('The attack was claimed on the website, Ann Roe said. The "History" section of the site explains it. '
            'Kodama says the “uranium equivalent” of the radiation amounts to “20 Hiroshima bombs”.')
    assert quotes(text) == [("20 Hiroshima bombs", "Kodama")]


def test_a_pronoun_after_narration_that_introduces_someone_is_that_person():
    text = ('US citizen Susan Cohen called him "a mass murderer", adding: "I feel no pity." However, UK citizen '
            'Jim Swire believes the verdict was wrong. He described the death as "a sad time".')
    assert who(text) == ["Susan Cohen", "Susan Cohen", "Jim Swire"]


def test_a_speech_verb_after_and_shares_the_first_verbs_subject():
    text = ('Prime Minister Dan Cole commented that Ali Hassan "should never have been released" and said his death '
            'was an occasion "to remember the 270 people who lost their lives".')
    assert who(text)[1] == "Dan Cole"


def test_an_object_or_a_pronoun_subject_in_the_sentence_before_does_not_take_the_pronoun():
    text = ('Ann Roe spoke at the base. She called on Dan Cole to keep working. "We cannot leave them there," she '
            'stated.\n\nThe talks went on in Jerusalem.\n\nMacDonncha Ray, speaking to Dublin Live, said, "We '
            'collected names."')
    assert who(text) == ["Ann Roe", "MacDonncha Ray"]


def test_organisations_speak_by_name():
    text = ("The Supreme People's Court of Hebei handed down the sentence on Monday. "
            '"The sums involved were massive," the court said.')
    assert who(text) == ["Supreme People's Court of Hebei"]
    assert who('"Aid was diverted to buy weapons," said the Foreign Office.') == ["Foreign Office"]
    text = 'According to the World Nuclear Association, such levels can kill "within a few weeks".'
    assert who(text) == ["World Nuclear Association"]


# Inputs from a review of the rules above: each was right before them and wrong after, until fixed.
def test_initials_before_a_surname_are_part_of_the_name():
    assert who('"We will win the election in November," said J.D. Vance.') == ["J.D. Vance"]


def test_a_surname_that_is_also_a_country_is_still_the_person():
    text = 'Dan Cole met Michael Jordan on Monday.\nLater, Jordan said: "We will play again next year."'
    assert who(text) == ["Michael Jordan"]


def test_a_title_is_not_carried_over_from_the_sentence_before_or_from_an_apposition_s_object():
    text = 'Dan Cole met the Lord Mayor. Jane Roe was not there. "It went well," the mayor said.'
    assert who(text) != ["Jane Roe"]
    text = ('Prime Minister Dan Cole spoke. Jane Roe, a critic of the prime minister, spoke too. '
            '"We will build it," the minister said.')
    assert who(text) == ["Dan Cole"]


def test_and_said_without_a_clause_between_keeps_the_nearest_subject():
    text = 'When Jane Roe arrived, Dan Cole stood up and said: "Welcome to all of you here."'
    assert who(text) == ["Dan Cole"]


def test_a_capitalised_word_ending_in_ly_is_not_an_adverb():
    assert who('The National Assembly said: "The vote will take place tomorrow morning."') == ["National Assembly"]
    assert who('Dan Kelly arrived late. However Kelly said: "We are ready."') == ["Dan Kelly"]


def test_a_relative_clause_with_a_passive_does_not_hide_the_speaker():
    assert who('"We are ready for the vote," Jane Roe, who was asked about the delay, said.') == ["Jane Roe"]


def test_her_before_a_quotation_is_a_pronoun_not_a_determiner():
    assert quotes('He told her "Get out now" before he left the house.') == [("Get out now", "")]


def test_a_closing_mark_whose_opening_was_missed_does_not_open_a_quotation():
    found = [q for q, _ in quotes('He said,"We will win." Then he left, calling it "a disgrace" loudly.')]
    assert "Then he left, calling it" not in found


def test_a_one_word_name_before_a_relative_clause_is_the_speaker():
    text = ('After winning the contest, 25-year-old Netta, who performed a song with chicken noises, said, '
            '"Thank you for celebrating diversity."')
    assert who(text) == ["Netta"]


def test_a_family_name_written_first_is_the_person_named_in_full():
    text = ('Park Min-ho, a spokesman for the drivers, asked the police to step back. "We will keep the roads open," '
            'Park said.')
    assert who(text) == ["Park Min-ho"]
    # Two people share the family name: the bare "Kim" is not guessed to be either.
    text = ('Kim Jae-won and Kim Su-ah spoke first. "We are ready," Kim said.')
    assert who(text) == ["Kim"]


def test_places_and_organisation_names_are_not_speakers():
    text = ('Tolls were abolished in the Irish Republic in 2001. On May 2, Finance Minister Jane Roe, who is the '
            'first woman in the post addressed the chamber saying, "Today we thank the people who paid them".')
    assert who(text) == ["Jane Roe"]
    text = ('Director of Drivers for Safer Roads, Tom Hale, gave his view of the bill. "People will forget the '
            'cost of this."')
    assert who(text) == ["Tom Hale"]
    text = ('Ada Mills, director of one of the listed groups, Parents for Open Schools, responded online, "This '
            'ban will hurt the children most."')
    assert who(text) == ["Ada Mills"]
    text = ('President Ada Roe met Tom Hale on Monday. At the meeting, held at Kessel International Airport, Roe '
            'thanked Hale and praised him for his "great care for the region and its people."')
    assert who(text) == ["Ada Roe"]
    text = ('The plant was rated seven on the International Nuclear Events Scale. "We have upgraded the level," a '
            'spokesman said.')
    assert who(text) == ["spokesman"]


def test_more_reporting_verbs_name_the_speaker():
    text = ('In the letter, delivered by Senator Tom Hale last May, Ada Mills continues, "I have waited two years '
            'for an answer."')
    assert who(text) == ["Ada Mills"]
    text = 'In it, Ada Mills pleads with the prime minister to use "every means he has to end this."'
    assert who(text) == ["Ada Mills"]


def test_a_surname_that_is_also_a_word_is_a_name_after_a_title():
    text = 'In 2007, Public Safety Minister Stockwell Day said, "We will not bring them back."'
    assert who(text) == ["Stockwell Day"]


def test_relatives_and_followers_are_named_by_their_role():
    text = 'Mills was sentenced on Monday. "Only one time was the lawyer allowed in," said a relative.'
    assert who(text) == ["relative"]
    text = 'The guru died on Sunday. "He will return," warned one devotee outside the hospital.'
    assert who(text) == ["devotee"]


def test_a_given_name_written_first_and_used_alone_is_the_person():
    text = ('President Yayi Boni met President Tom Hale on Monday. Yayi thanked Hale for coming and praised him for '
            'his "great care for the region and its people."')
    assert who(text) == ["Yayi Boni"]
    # A possessive is more often a place than the person: "Kessel's mayor" beside the paper "Kessel Live".
    text = ('Speaking to Kessel Live, Mayor Ada Roe set out her plan. Kessel’s mayor was not alone. The party '
            'Vasterpartiet Orsa released a statement saying, "We back the boycott."')
    assert who(text) == ["Vasterpartiet Orsa"]


def test_a_participle_speaks_for_the_subject_of_its_clause():
    text = ('The party Vasterpartiet Orsa released a statement boycotting the next Kessel Song Contest saying, '
            '"We back the boycott."')
    assert who(text) == ["Vasterpartiet Orsa"]
    text = 'Ada Roe hosted Tom Hale for the vote, adding, "It was close."'
    assert who(text) == ["Ada Roe"]


def test_the_speaker_after_the_verb_is_in_the_same_sentence():
    text = ('Tom Hale wrote to Prime Minister Ada Roe.\n\n"Only once was the lawyer allowed in," said a relative.\n\n'
            'Roe has not replied.')
    assert who(text) == ["relative"]


def test_a_relative_introduced_by_a_possessive_is_named_by_their_role():
    text = ('Tom Hale may run for president. His younger brother also said that the bid was "very serious."')
    assert who(text) == ["younger brother"]


def test_a_mark_that_starts_a_paragraph_opens_a_quotation_even_with_a_space_after_it():
    text = ('The bill passed on Friday.\n\n" The changes made me reconsider my vote," said Representative Jim '
            'Ramstad. "All three additions improved the bill."')
    assert speakers(text) == [("The changes made me reconsider my vote", "Jim Ramstad"),
                              ("All three additions improved the bill.", "Jim Ramstad")]


def test_a_short_phrase_after_a_determiner_is_a_quote_when_a_speech_verb_reports_it():
    text = ('President Tom Hale then commended the government for their "fight against corruption" and their '
            '"firm commitment to its people".')
    assert [q for q, _ in speakers(text)] == ["fight against corruption", "firm commitment to its people"]
    text = 'The "History" section of the site was removed on Monday.'
    assert speakers(text) == []


def test_a_quotation_alone_after_an_unnamed_speakers_statement_is_theirs():
    text = ('Image: United States Geological Survey.\n\nA spokesperson for the agency said officials had raised the '
            'level to seven. "We have raised the level as the leaks have spread."')
    assert who(text) == ["spokesperson for the agency"]
    text = ('Image: United States Geological Survey.\n\nA spokesperson for the agency said officials had raised the '
            'level to seven. "We have raised the level as the leaks have spread," he said.')
    assert who(text) == ["spokesperson for the agency"]


def test_a_capitalised_speech_verb_inside_a_name_is_part_of_the_name():
    text = ('Ahmed Roe spoke first. "He has been spotted near the coast," Ahmed Said Bakar said. "We will catch '
            'him," the government spokesman said.')
    assert who(text) == ["Ahmed Said Bakar", "government spokesman"]
    text = ('"The operation is going to plan," said Ahmed Said Bakar, a government spokesman. "We will catch him," '
            'the government spokesman said.')
    assert who(text) == ["Ahmed Said Bakar", "Ahmed Said Bakar"]


def test_a_nationality_is_no_speaker():
    text = ('Meanwhile, South African president Thabo Mbeki denounced the operation. "It takes the islands back to '
            'the use of force," he said.')
    assert who(text) == ["Thabo Mbeki"]


def test_he_after_a_sentence_whose_speech_verb_has_a_late_subject_is_that_subject():
    text = ('"Nothing is confirmed," reporter Jan Berg said.\n\nIn a nationally televised address on Monday night, '
            'Comoros president Ahmed Sambi said he had approved the operation. "I have ordered the army in," he '
            'said.')
    assert who(text) == ["Jan Berg", "Ahmed Sambi"]


def test_he_after_a_run_of_sentences_about_one_person_is_that_person():
    text = ('"I will not say more," said Sultan al-Tal.\n\nFormer deputy director of operations for the army Hussein '
            'Rashid Mohammed was the third to be sentenced. He interrupted the judge, saying that they had defended Iraq. He is reported to '
            'have said "Long live the brave Iraqi army."')
    assert who(text) == ["Sultan al-Tal", "Hussein Rashid Mohammed"]


def test_a_surname_particle_may_be_capitalised_at_the_start_of_a_sentence():
    text = ('Ali Hassan al-Majid was sentenced to death on Sunday. Al-Majid is reported to have said "Thanks be to '
            'God" as he left the court.')
    assert who(text) == ["Ali Hassan al-Majid"]


# A review of the third round: ordinary prose the first version of its rules got wrong.
def test_review_abbreviated_titles_after_the_verb_keep_the_speaker():
    assert who('"We are ready," said Dr. Ada Roe, the chief medical officer.') == ["Ada Roe"]
    assert who('"We are ready," said U.S. Senator Tom Hale.') == ["Tom Hale"]


def test_review_a_person_after_for_is_still_a_person():
    text = 'Calls for Tom Hale to resign grew on Monday. "I will not step down," he said.'
    assert who(text) == ["Tom Hale"]
    assert who('"We will win," said Tom Hale for Labour.') == ["Tom Hale"]


def test_review_a_fronted_clause_holds_no_subject():
    text = 'Tom Hale spoke on Monday.\n\nIn a meeting with Tom Hale, Ada Roe said the plan was dead. "It will not pass," she said.'
    assert who(text) == ["Ada Roe"]
    text = 'Days after Ada Roe resigned, Tom Hale posted a video online, claiming "the party is united".'
    assert who(text) == ["Tom Hale"]
    text = 'After Ada Roe spoke, Tom Hale called the plan "a disaster" and said "it must go".'
    assert who(text) == ["Tom Hale", "Tom Hale"]


def test_review_a_role_whose_sentence_speaks_of_someone_else_is_not_he():
    text = 'Tom Hale was arrested on Monday. A police officer said he had been drinking. "I had one beer," he said.'
    assert who(text) == ["Tom Hale"]


def test_review_titles_written_after_a_name_and_office_words_before_it():
    assert who('"This is a scandal," said Tom Hale MP, who chairs the committee.') == ["Tom Hale"]
    assert who('"We had a good week," said Campaign Manager Tom Hale.') == ["Tom Hale"]


def test_review_the_modifiers_of_a_title_must_fit_the_person():
    text = 'Prime Minister Tom Hale flew to Ostra. "We made real progress," the foreign minister said.'
    assert who(text) == ["foreign minister"]


def test_review_the_role_nearest_the_verb_speaks():
    assert who('Writing to her son, the teacher said "the school will stay shut".') == ["teacher"]


def test_review_headline_quotations_after_a_capitalised_verb():
    assert who('Mayor Ada Roe Says "We Will Rebuild"\n\nThe town flooded on Monday.') == ["Roe"]


def test_review_a_named_man_acted_on_is_not_he():
    text = ('"I am innocent," Tom Hale told the court.\n\nJudge Ada Roe rejected his plea on Friday. He shook his '
            'head. He is reported to have said "This is not justice."')
    assert who(text) == ["Tom Hale", "Tom Hale"]


def test_review_a_capitalised_word_starting_a_question_is_no_one():
    text = ('Will Carter, the mayor, was absent.\n\n"We need help," said Ada Roe.\n\nWill the council listen? "I doubt '
            'it," she said.')
    assert who(text) == ["Ada Roe", "Ada Roe"]


def test_review_labels_after_a_possessive_or_in_a_list_before_a_noun_are_terms():
    assert speakers('Investors welcomed the bank\'s "stress test" results on Friday.') == []
    assert speakers('The "Leave" and "Remain" campaigns both spent heavily.') == []


def test_reporting_verbs_of_english_beyond_the_common_ones_name_the_speaker():
    text = 'Ada Roe, a senior council official, commented that "the plan has failed the town."'
    assert speakers(text) == [("the plan has failed the town.", "Ada Roe")]
    assert speakers('"Not today," retorted Tom Hale.') == [("Not today", "Tom Hale")]
    text = ('A spokesperson for the government confirmed the zone would grow. He stressed there was "no need to '
            'evacuate immediately" but said concerns had been raised.')
    assert speakers(text) == [("no need to evacuate immediately", "spokesperson for the government")]
    assert speakers('Ada Roe decried the vote as "a shameful day".') == [("a shameful day", "Ada Roe")]
    text = 'Later, Norway ended its watch, with a scientist at the centre noting that "the danger has passed".'
    assert speakers(text) == [("the danger has passed", "scientist at the centre")]
    assert speakers('Tom Hale has accused the mayor of trying to "sabotage" the talks.') == [("sabotage", "Tom Hale")]
    assert speakers('Police reported that he carried a "long, rambling" letter.') == [("long, rambling", "Police")]
    # The noun is no verb: "Roe's comments, coupled with …" reports nothing.
    assert speakers('Roe\'s comments, coupled with "the vote", set the tone.') == []


def test_a_city_a_world_region_or_a_name_before_a_lowercase_institution_word_is_not_a_person():
    text = 'Thousands rallied in a Gaza City stadium on Sunday. "I miss my home," one of them shouted.'
    assert who(text) != ["Gaza City"]
    text = ('The study finds support for its policies in the Middle East is low.\n\n'
            '"The majority object to them," the study says.')
    assert who(text) != ["Middle East"]
    text = 'Relations with the Muslim World were discussed. "We can restore trust," a diplomat said.'
    assert who(text) != ["Muslim World"]
    text = ('Tom Hale, leader of the pro-union Better Together campaign, addressing campaign workers said "You '
            'represent the majority."')
    assert who(text) == ["Tom Hale"]
    # A person's name before an ordinary noun is still a person.
    assert who('Tom Hale said Sunday that "the vote is lost."') == ["Tom Hale"]


def test_a_statement_an_organisation_released_is_the_organisations_words():
    text = ('The Nordic Fisheries Commission released a statement saying it "deplores the unilateral decision" and '
            'would respond.')
    assert who(text) == ["Nordic Fisheries Commission"]
    # A statement with no organisation before it stays the statement's.
    assert who('A statement released on Friday said "the talks are over."') == ["statement"]


def test_a_role_subject_of_the_narration_before_is_who_he_is():
    text = ('"Hamas has grown," said Tom Hale. During the rally a young activist dressed as Ada Roe and begged for '
            'help. "I miss my mother," he said in Hebrew.')
    assert who(text) == ["Tom Hale", "young activist"]


def test_a_report_quoted_speaks_for_the_organisation_that_wrote_it():
    text = ('The report, by the Harbour Safety Board, looks at cranes. Ada Roe, a port official, said she had read it.'
            '\n\nThe list of harms includes "injuries, delays and lost cargo".\n\nAccording to the report, "The cranes '
            'were never inspected." The report also says "the crew had no training."')
    assert who(text) == ["", "Harbour Safety Board", "Harbour Safety Board"]
    text = 'Ada Roe said the vote was fair. But the Harbour Safety Board concluded that most cranes "were unsafe."'
    assert who(text) == ["Harbour Safety Board"]


def test_a_quoted_yes_or_no_is_a_ballot_option_unless_someone_says_it():
    text = 'Polls had suggested the undecided voters ultimately voted "No" to win it for the pro-union camp.'
    assert speakers(text) == []
    text = 'Tom Hale, leader of the campaign, addressing "No" campaign workers said "You represent the majority."'
    assert speakers(text) == [("You represent the majority.", "Tom Hale")]
    assert speakers('Asked whether he would resign, Tom Hale said "No."') == [("No.", "Tom Hale")]


def test_a_name_before_a_lowercase_role_word_is_a_modifier_not_the_speaker():
    text = 'Fictional West Virginia resident Dale Swiderski is reported saying about Ada Roe: "I like her better".'
    assert who(text) == ["Dale Swiderski"]
    assert who('Tom Hale aide Jane Roe said "the plan is dead."') == ["Jane Roe"]


def test_lowercase_words_quoted_after_a_determiner_are_a_quote_when_the_sentence_reports_speech():
    text = 'The council called for an "immediate halt" of all building work on Monday.'
    assert speakers(text) == [("immediate halt", "")]
    text = 'Police have warned the fire is now a "major incident" with "wider effects" than first thought.'
    assert [q for q, _ in speakers(text)] == ["major incident", "wider effects"]
    # Without a speech verb before it, or after "the", the same shape is a term.
    assert speakers('Engineers measured a "uranium equivalent" of the dose.') == []
    assert speakers('Tom Hale says the "uranium equivalent" of the dose is high.') == []


def test_a_name_shortened_to_an_inner_word_is_the_full_name():
    text = ('Lawmakers blocked President Abdullahi Yusuf Ahmed on Monday. President Yusuf announced his motion on '
            'Sunday, saying the government was "unable to perform its duties".')
    assert who(text) == ["Abdullahi Yusuf Ahmed"]
    # Two people share the inner word: it stays as written.
    text = ('Ali Hassan Omar and Abdi Hassan Noor met. Hassan said "we agreed."')
    assert who(text) == ["Hassan"]


def test_an_acronym_in_brackets_right_before_the_verb_is_the_body_it_spells_out():
    text = ('Dr Ada Roe visited the clinic. Medecins sans Frontieres (MSF) said the health system was "falling '
            'apart".')
    assert who(text) == ["Medecins sans Frontieres"]
    text = 'Ada Roe, a senior Nordic Council on Trade (NCT) said that "the trade is a lever."'
    assert who(text) == ["Ada Roe"]


# A review of this round's rules on made-up prose found these; each failed before the fix that follows it.
def test_review_a_name_before_a_verb_that_is_also_a_role_or_institution_word_is_still_a_person():
    assert who('Voters watched Ada Roe host a town hall on Tuesday. "We will win this state," she said.') == [
        "Ada Roe"]
    assert who('Critics demanded that Ada Roe release the files. "I have nothing to hide," she said.') == ["Ada Roe"]
    assert who('Tom Hale and Ada Roe campaign in Ohio on Tuesday. "We will win this state," Roe said.') == [
        "Ada Roe"]


def test_review_city_district_and_world_titles_lead_a_name():
    assert who('"We will appeal," said City Attorney Tom Hale.') == ["Tom Hale"]
    assert who('District Attorney Ada Roe filed charges. "Nobody is above the law," she said.') == ["Ada Roe"]
    assert who('Former World Champion Ada Roe said the race was "a joke".') == ["Ada Roe"]


def test_review_he_is_not_a_definite_possessive_plural_or_other_gender_role_of_the_narration_before():
    cases = [
        ('"We are doing everything we can," said Inspector Tom Hale. The police closed the road for six hours. '
         '"It was a difficult night," he added.'),
        ('"We will rebuild," said Mayor Tom Hale on Sunday. A local resident\'s house was destroyed in the flood. '
         '"We owe them that," he added.'),
        ('"This is a scandal," said Tom Hale, the opposition leader. The minister was not in the chamber. "She '
         'should resign," he said.'),
        '"I am innocent," said Tom Hale. His lawyer filed an appeal on Tuesday. "I will clear my name," he said.',
    ]
    for text in cases:
        assert who(text) == ["Tom Hale", "Tom Hale"], text
    text = ('"This is my last season," Ada Roe told reporters. A father of three watched from the stands. "I owe '
            'him everything," she said.')
    assert who(text) == ["Ada Roe", "Ada Roe"]


def test_review_a_document_speaks_for_the_body_that_wrote_it_not_any_body_named_before():
    text = ('A report by Amnesty International accused the Interior Ministry of torture. "Detainees were beaten '
            'daily," the report said.')
    assert who(text) == ["Amnesty International"]
    text = ('A letter signed by 40 MPs was sent to the Home Office. The letter said "the quotas will ruin us."')
    assert who(text) != ["Home Office"]
    text = 'The Home Office published Ada Roe\'s report on Tuesday. The report said "mistakes were made."'
    assert who(text) != ["Home Office"]


def test_review_a_yes_or_no_someone_says_or_shouts_stays_a_quote():
    assert speakers('Asked whether he would resign, Tom Hale said simply "No" before leaving the room.') == [
        ("No", "Tom Hale")]
    assert [q for q, _ in speakers('"Yes!" she shouted as the result was announced.')] == ["Yes!"]
    assert [q for q, _ in speakers('Tom Hale told reporters "no" and walked away.')] == ["no"]


def test_review_concluded_and_stressed_are_speech_only_before_what_was_said():
    assert speakers('After weeks of "shuttle diplomacy", the talks concluded on Friday without a deal.') == []
    assert speakers('Nurses on the ward were visibly stressed as "winter pressures" mounted.') == []


def test_review_a_named_campaign_or_a_body_named_before_speaks_for_itself():
    assert who('The Better Together campaign said "the union is safer."') == ["Better Together campaign"]
    text = ('Opposition parties accused the Fisheries Council of a cover-up. The council released a statement saying '
            '"we have nothing to hide."')
    assert who(text) == ["Fisheries Council"]
    assert who('"It is over," said one of the officials.') == ["officials"]
    text = ('Tom Hale, a former police officer, wrote the report after a year of research funded by the Wellcome '
            'Foundation. The report says "policing has failed."')
    assert who(text) != ["Wellcome Foundation"]


def test_a_group_named_without_an_article_right_before_the_verb_speaks():
    text = 'Nordic authorities have warned the spill is now a "major disaster" with "lasting effects" on fishing.'
    assert who(text) == ["Nordic authorities", "Nordic authorities"]
    assert who('Local residents said the water was "brown and smelly" for days.') == ["Local residents"]


def test_a_source_quoting_another_body_passes_on_that_bodys_words():
    text = ('According to Nordpress news agency, quoting the island\'s main news agency Nordic State Television '
            '(NST), the army has been told to prepare for a "state of siege".')
    assert who(text) == ["Nordic State Television"]


def test_a_party_before_a_full_name_is_cut_off_and_what_someone_called_a_thing_is_theirs():
    text = ('Liberal Democrat Vince Cable expressed his displeasure at the remarks, saying it was "an appalling way to '
            'argue". Michael Fallon spoke first.')
    assert who(text) == ["Vince Cable"]
    assert who('Legal analyst Jeffrey Toobin rejected it as "absurd." He went on.') == ["Jeffrey Toobin"]
    text = 'However, Representative Justin Amash referred to the rationale as "bizarre" and said he would look into it.'
    assert who(text) == ["Justin Amash"]


def test_a_speech_verb_inside_another_quotation_attributes_nothing_outside_it():
    text = ('President Tom Hale responded, as is his custom, via tweet: "Ada Roe is so indignant. #draintheswamp" and '
            '"The Democrats have said the worst things about him, but now they play so sad!"')
    assert who(text) == ["Tom Hale", "Tom Hale"]


# A second review, of the rules since 7a19e3f, on made-up prose: each failed before the fix after it.
def test_review2_citing_after_a_named_speaker_keeps_the_speaker():
    assert who('"Demand is weak," said Shell, citing the International Energy Agency.') == ["Shell"]
    assert who('"Things are improving," said one official, citing a report by the European Commission.') == [
        "official"]


def test_review2_with_a_role_mid_clause_is_no_subject_and_at_the_time_is_no_place():
    text = 'The minister spent the day with a farmer at the market, saying prices were "far too low".'
    assert who(text) == ["minister"]
    assert who('"It was terrifying," said a teacher at the time.') == ["teacher"]


def test_review2_an_unclosed_quotation_does_not_hide_the_next_attribution():
    assert who('Tom Hale called the plan "a disaster, and Ada Roe said the vote was "rigged".')[-1] == "Ada Roe"


def test_review2_nouns_passives_and_names_after_the_new_verbs_are_no_quotes():
    for text in ['The report that the "ghost ship" had sunk proved false.',
                 'Reports that the mayor "lied" were false.',
                 'The accused was found guilty of "gross negligence" on Friday.',
                 'Tom Hale slammed the door as "Free Palestine" chants rang out.',
                 'The practice is commonly referred to as "quiet quitting" by workers.',
                 'The scheme was branded as "Help to Buy" in 2013.']:
        assert speakers(text) == [], text
    assert who('Tom Hale was accused by colleagues of "bullying" junior staff.') != ["Tom Hale"]
    assert who('Ada Roe was branded as "a traitor" by party members.') != ["Ada Roe"]


def test_review2_a_group_speaks_only_at_the_start_of_its_clause():
    assert who('But officials said the road was "unsafe at night".') == ["officials"]
    assert who('The head of a union representing hospital doctors said pay was "a scandal".') != [
        "hospital doctors"]


def test_review2_only_a_party_is_cut_off_a_name_and_headlines_make_no_people():
    assert who('Senator Ada Roe Slams White House Over Tariff Plan\n\n"It is madness," she said.') != [
        "Over Tariff Plan"]
    assert who('Ana May Lopez Garcia, a nurse, said the ward was "full".') != ["Lopez Garcia"]
    assert who('Texas Republican Ted Cruz said the bill was "dead on arrival".') == ["Ted Cruz"]


def test_a_short_phrase_quoted_after_a_names_possessive_is_a_term_wherever_the_sentence_ends():
    text = ('Tom Hale also spoke about the war and, according to Nordpress, former President Ada Roe\'s "war on '
            'drugs".\n\n"We need to understand that there are extremist groups," he said.')
    assert speakers(text) == [("We need to understand that there are extremist groups", "Tom Hale")]


def test_an_organisation_that_starts_the_sentence_speaks_past_its_relative_clause():
    text = ('Foreign Minister Tom Hale said talks had begun. Nordic Marine Shipping, which is owned by the state, '
            'would only say it is "working toward a safe return."')
    assert who(text) == ["Nordic Marine Shipping"]
    text = ('Ada Roe, a former U.S. Drug Enforcement Administration (DEA) official, says the trade is "financing '
            'terrorism."')
    assert who(text) == ["Ada Roe"]


def test_a_body_named_by_its_kind_alone_is_the_body_the_article_named_in_full():
    text = ('The Human Rights Commission of Nordland (HRCN) condemned the raid.\n\n"We call on the government to act '
            'now," the Commission said.')
    assert who(text) == ["Human Rights Commission of Nordland"]
    assert who('The Fisheries Council met. "Quotas will fall," said the Council.') == ["Fisheries Council"]


def test_an_organisation_named_after_a_sentence_opening_a_drops_the_article():
    text = ('A Ministry of Fisheries — the body responsible for the fleet — spokesman responded to the news by '
            'saying that the families will be "very disappointed," but, they said, "we have no choice but to accept '
            'the ruling."')
    assert "A Ministry of Fisheries" not in who(text)


def test_a_body_named_by_a_lowercase_institution_word_speaks_as_that_body():
    text = ('Inspectors found more wreckage on Tuesday, and if it matches "talks will decide the next steps", said '
            'the Norwegian transport ministry in a statement.\n\n"We are storing everything we find in a hangar," '
            'said the office of the Faroese President.\n\nThe UN relief agency described the camp as a "profound '
            'crisis of dignity".')
    assert [speaker for _, speaker in quotes(text)] == [
        "Norwegian transport ministry", "office of the Faroese President", "UN relief agency"]


def test_a_name_after_a_role_and_whom_it_is_for_is_the_speaker():
    text = ('"We have received reports of two abductions," said spokesperson for the Office of the High Commissioner '
            'for Human Rights, Ada Roe.')
    assert speakers(text) == [("We have received reports of two abductions", "Ada Roe")]
    # No name after the comma: the role speaks.
    text = '"We have received reports," said a spokesman for the ministry, which declined to comment further.'
    assert speakers(text) == [("We have received reports", "spokesman for the ministry")]


def test_a_quotation_later_in_the_sentence_with_no_one_else_named_goes_on_with_the_same_speaker():
    text = ('"Six shells fell near the posts," said KCNA. "Provocation deserves punishment", it added; and, later, '
            '"the units should be fully battle ready".')
    assert [speaker for _, speaker in speakers(text)] == ["KCNA"] * 3


def test_a_determiner_opening_a_sentence_is_nobody():
    text = ('Ada Roe met earlier in the day with Tom Hale, the mayor. Both men spoke of the port, with Hale noting '
            'upfront that Harbour Town and their leader Sam Wu wants to "build two new quays -- one in the north, and '
            'one in the south... Nobody can stop us."')
    assert [speaker for _, speaker in speakers(text)] == ["Tom Hale"]


def test_a_gloss_in_brackets_is_not_the_subject_before_the_verb():
    text = ('On Friday, Ada Roe, the country director of Action Against Hunger (Action Contre La Faim, ACF), told '
            'AFP: "We are no longer talking about a crisis."')
    assert speakers(text) == [("We are no longer talking about a crisis.", "Ada Roe")]


def test_he_after_a_quotation_of_several_sentences_is_the_person_the_narration_before_it_names():
    text = ('"We were lucky. This was serious," said Tom Hale, the committee chairman.\n\n'
            "The country's acting ambassador to the United States, Ada Roe, issued a statement, which she read "
            'over the phone. "The embassy is in contact with the authorities. Officers have flown to Michigan," '
            'she said.\n\n'
            'The First Lady was greeted by the President and his aide, Sam Wu, along with supporters. "We are '
            'home," she said.')
    assert [speaker for _, speaker in speakers(text)] == ["Tom Hale", "Ada Roe", "Ada Roe"]


def test_a_role_speaks_for_the_person_it_names_as_its_object():
    text = 'A spokesman for President Ada Roe stated: "the harbour will stay open to every ship".'
    assert speakers(text) == [("the harbour will stay open to every ship", "spokesman for President Ada Roe")]
    assert speakers('"We will win," said a spokesman for Hamas.') == [("We will win", "spokesman for Hamas")]


def test_a_one_word_name_with_a_glued_arabic_article_speaks():
    text = 'Last week al-Shabab said it would welcome aid groups that did not have a "hidden agenda".'
    assert speakers(text) == [("hidden agenda", "al-Shabab")]
    assert speakers('"We will talk," said el-Baradei.') == [("We will talk", "el-Baradei")]


def test_a_demonym_is_nobody_even_as_the_last_word_of_a_name_and_words_quoting_someone_are_theirs():
    text = ('Talks went on between Israel and the Fatah-controlled Palestinian government. Ada Roe said she backs a '
            'Palestinian state, quoting President Tom Hale, "The establishment of the state is long overdue. The '
            'Palestinian people deserve it."')
    assert [speaker for _, speaker in speakers(text)] == ["Tom Hale"]
    assert speakers('"We are ready," a Palestinian told the crowd.') != [("We are ready", "Palestinian")]


def test_a_capitalised_thing_after_an_indefinite_article_is_nobody():
    text = ('A Latin Cross, a common symbol of Christianity. Image: Tinette.\n\n'
            'He described the members as "very robotic".')
    assert [speaker for _, speaker in speakers(text)] != ["Latin Cross"]


def test_review3_an_institution_word_speaks_only_where_its_noun_phrase_ends_and_is_nobodys_he():
    assert who('"Footfall is down," the department store said in a trading update.') == [""]
    # The institution word is no body of its own; the whole noun phrase, a person, speaks.
    assert who('"We are not giving up," the agency chief said.') == ["agency chief"]
    assert who('"The budget is fixed," the government\'s chief whip said.') == [""]
    assert who('"These are lies," the government-backed newspaper said.') == [""]
    assert who('Senator Ada Roe was taken to hospital. "The senator is recovering," her office said.') == ["Ada Roe"]
    assert who('A government report was published on Monday. "It is damning," he said.') == [""]
    assert who('The ministry said the office had been flooded. "We lost everything," she said.') == [""]
    assert who('"Two sailors were rescued," the navy said.') == ["navy"]


def test_review3_openers_and_demonyms_are_cut_from_names_not_reasons_to_reject_them():
    assert who('"Inflation is falling," said Doug Most, an economist at Firth Bank.') == ["Doug Most"]
    assert who('"We want peace," said Neil Few, the union leader.') == ["Neil Few"]
    assert who('"Ticket sales have doubled," Mark Cuban told reporters.') == ["Mark Cuban"]
    assert who('"The river has burst its banks," Bishnu Nepali, a local official, told reporters.') == [
        "Bishnu Nepali"]
    assert who('A Labour MP Tom Reid said: "This is a scandal."') == ["Tom Reid"]
    assert who('A Fatah-controlled Palestinian security force said: "We will restore order."') == [""]


def test_review3_short_answers_keep_an_interview_and_a_named_place_is_no_speaker():
    from annotations.assist.suggest import suggest

    text = ("Host: Will you resign?\n\nReid: No.\n\nHost: Why not?\n\nReid: Because I did nothing wrong.\n\n"
            "Host: Nothing?\n\nReid: Nothing.\n")
    assert [(s.text, s.speaker) for s in suggest(text) if s.tag == "quote"] == [
        ("No.", "Reid"), ("Because I did nothing wrong.", "Reid"), ("Nothing.", "Reid")]
    assert who('"We will rebuild," residents of ar-Raqqa said.') == [""]


def test_review3_roles_and_the_names_around_them():
    assert who('The British ambassador to Washington Tom Reid said: "The alliance is strong."') == ["Tom Reid"]
    assert who('"He looked calm," a witness at Thursday\'s hearing said.') == ["witness"]
    assert who('"The ward is full," a doctor at St Mary\'s Hospital said.') == ["doctor"]
    assert who('The minister (Tom Reid) said: "We will act."') == ["Tom Reid"]
    assert who('Her husband (Tom Reid, 44) said: "We are devastated."') == ["Tom Reid"]
    assert who('"We are ready," the minister said, while opposition leaders called the plan "a stunt".')[0] == (
        "minister")
    text = ('The lawsuit against the former chief executive, Tom Reid, was filed by Ann Vos. "He misled us. We lost '
            'millions," she said.')
    assert who(text) == ["Ann Vos"]
    text = ('The mother of the boy who was stabbed in May, Ann Vos, confronted Tom Reid in court. "I am innocent," '
            'he said.')
    assert who(text) == ["Tom Reid"]


def test_review4_a_body_speaks_only_as_the_verbs_subject():
    assert who('The minister defended the ministry, saying: "Mistakes were made, but we acted fast."') == [
        "minister"]
    assert who('Families of the missing sailors blamed the navy, saying: "They knew the ship was unsafe."') == [""]
    assert who('Villagers near the embassy told of their fear: "We cannot sleep at night."') == [""]
    assert who('Senator Ada Roe was taken to hospital. "She is recovering," her constituency office said.') == [
        "Ada Roe"]
    assert who('After meeting Tom Reid, the ministry said: "We have agreed a plan."') == ["ministry"]


def test_review4_a_title_run_after_the_verb_ends_in_the_speakers_name_not_an_object():
    assert who('"I feel like she walks the walk," said Harbour Aid intern and journalism student Ada Roe.') == [
        "Ada Roe"]
    assert who('"Rates will rise," said Firth Bank analyst Sam Pike.') == ["Sam Pike"]
    assert who('"They took everything," said the farmer whose land was seized by militia commander Tom Reid.') != [
        "Tom Reid"]
    assert who('"It was a dream," said the boy who was rescued by firefighter Tom Reid.') != ["Tom Reid"]
    assert who('The board appointed Tom Reid director of communications in May. "It is a dream job," he said.') == [
        "Tom Reid"]


def test_review4_questioned_is_speech_only_before_a_quoted_sentence():
    assert who('Their defence spokesman Nick Harvey questioned "The whole argument is wrong."') == ["Nick Harvey"]
    assert find_quotes('Tom Reid was questioned "under caution" by detectives on Friday.') == []
    assert find_quotes('Police questioned "several" men in connection with the attack.') == []


def test_review4_names_that_look_like_other_things():
    assert who('The truce collapsed on Sunday, with Hamas saying: "The occupation broke it."') == ["Hamas"]
    assert who('"Music has no borders," said A R Rahman.') == ["R Rahman"]  # "A" read as the article, as before
    assert who('"It was a thriller," said White Sox manager Ann Vos.') == ["Ann Vos"]
    assert who('"I never saw the money," said Tom White.') == ["Tom White"]
    assert who('One resident (Ann Vos, a retired teacher) said: "We were ignored."') == ["Ann Vos"]


def test_review4_a_short_answer_interview_that_asks_questions_is_a_transcript():
    from annotations.assist.suggest import suggest

    text = "Clerk: Name?\n\nWitness: Ann Vos.\n\nClerk: Occupation?\n\nWitness: Nurse.\n"
    assert [(s.text, s.speaker) for s in suggest(text) if s.tag == "quote"] == [("Ann Vos.", "Witness"),
                                                                                 ("Nurse.", "Witness")]


# Round six (Wikinews dev half): unnamed people and documents, the speakers the rules named least often.
def test_people_named_by_what_happened_to_them_speak_as_their_role():
    text = 'Half the village burned. One victim described the night: "They set the hut on fire with us inside."'
    assert speakers(text) == [("They set the hut on fire with us inside.", "victim")]
    assert speakers('"The jet was flying very low," said one eyewitness.') == [
        ("The jet was flying very low", "eyewitness")]


def test_a_possessive_role_is_not_the_speaker():
    text = ('The Ministry of Defence said the victim’s family would be "very disappointed," but, they said, "we '
            'respect the decision of the judges."')
    assert "victim" not in [who for _, who in speakers(text)]


def test_a_role_after_a_dotted_acronym_is_named_whole():
    text = '"The crop will not be destroyed," stated a U.S. intelligence official returning from the region.'
    assert speakers(text) == [("The crop will not be destroyed", "U.S. intelligence official")]


def test_reported_right_before_a_quotation_is_speech():
    text = 'One witness of the attack reported, "Three bombs fell on the market."'
    assert speakers(text) == [("Three bombs fell on the market.", "witness of the attack")]


def test_a_document_that_claims_or_reads_is_quoted_as_its_author():
    text = ('The report, released on Monday by the Harlow Institute, runs to 90 pages. The report claims, "Rents '
            'have doubled in a decade."')
    assert speakers(text) == [("Rents have doubled in a decade.", "Harlow Institute")]
    text = 'A link leads to an error message which reads: "Story Not Found."'
    assert [q for q, _ in speakers(text)] == ["Story Not Found."]
    assert speakers('He read "War and Peace" twice before the exam.') == []


def test_a_document_keeps_its_author_however_often_the_article_mentions_it():
    filler = "The report also covers transport. " * 40  # many mentions, far from where it was introduced
    text = ('The report was released on Monday by the Harlow Institute. ' + filler
            + 'The report further states that "rents have doubled".')
    assert speakers(text) == [("rents have doubled", "Harlow Institute")]
    text = ('The report was released on Monday by the Harlow Institute. ' + filler
            + 'A second report, out on Tuesday, disagrees. The report states that "rents have fallen".')
    assert speakers(text) == [("rents have fallen", "")]


def test_a_quotation_with_no_speech_verb_is_the_subjects_not_a_prepositions_object():
    text = 'In an interview with the Lincoln Courier, Ada Roe reflected on her role, "It is uplifting to see."'
    assert speakers(text) == [("It is uplifting to see.", "Ada Roe")]


def test_report_that_in_the_present_is_speech_and_its_short_quote_a_quote():
    text = 'Police report that the gunman was carrying a "long and rambling" letter.'
    assert speakers(text) == [("long and rambling", "Police")]
    for text in ['The report that a "new" plan exists was denied.', 'Amid reports that a "new" plan exists, he left.',
                 'A news report that the mayor "lied" was false.']:
        assert speakers(text) == [], text


def test_it_said_is_the_body_the_sentence_before_is_about_and_never_a_person():
    text = ('A spokeswoman for the mission said, "The ship was hijacked." The mission confirmed the hijack. "A patrol '
            'aircraft saw it," it said.')
    assert speakers(text)[-1] == ("A patrol aircraft saw it", "mission")
    text = 'Tom Hale spoke first. "We lost," he said. The company confirmed the figures. "Sales fell," it said.'
    assert speakers(text) == [("We lost", "Tom Hale"), ("Sales fell", "company")]
    text = 'Amnesty International released a report on Monday. "The abuses are widespread," it said.'
    assert speakers(text) == [("The abuses are widespread", "Amnesty International")]


def test_it_said_goes_on_with_the_organisation_quoted_just_before_not_one_paragraphs_away():
    text = 'The Hale Group said, "We won." "Sales rose," it added.'
    assert speakers(text) == [("We won.", "Hale Group"), ("Sales rose", "Hale Group")]
    text = ('The Hale Group said, "We won."\n\nShares rose.\n\nTraders were calm.\n\nAnalysts were not.\n\n'
            '"Sales rose," it added.')
    assert speakers(text)[-1] == ("Sales rose", "")


def test_a_byline_names_the_writer_not_a_speaker():
    text = ('Quillo to cut 900 jobs\n\nBy Nina Okafor, The Ledger\n\nQuillo will lay off 900 employees, blaming a '
            'hiring spree that he said "came too fast."')
    assert not any("Okafor" in who for _, who in speakers(text))
    assert not any("Okafor" in name for _, _, name in names.people(text))


def test_he_in_a_clause_about_an_unnamed_source_is_that_source():
    text = ('Mayor Tom Hale praised the crews. "They were heroes," Hale said.\n\nA rescue worker, who asked not to be '
            'named because he was not authorised to speak, said teams were slow.\n\n"We need cranes," he said.')
    assert speakers(text)[-1] == ("We need cranes", "rescue worker")
    text = ('Mayor Tom Hale praised the crews. "They were heroes," Hale said.\n\nA police officer said he had been '
            'drinking.\n\n"It was late," he said.')
    assert speakers(text)[-1] != ("It was late", "police officer")


def test_the_statement_said_is_whoever_said_something_in_that_statement():
    text = ('Granite Ridge Aggregates said in a statement that it was reviewing its options.\n\n"The quarry has '
            'operated safely for 60 years," the statement said.')
    assert speakers(text) == [("The quarry has operated safely for 60 years", "Granite Ridge Aggregates")]
    text = ('In a news release, Brightline Home Products said it had received 87 reports. Consumers should "stop '
            'using the heaters," the release said.')
    assert speakers(text) == [("stop using the heaters", "Brightline Home Products")]


def test_it_said_after_a_sentence_about_a_report_is_the_reports_author():
    text = ('The report, released on Monday by the Ministry of Agriculture, runs to 90 pages.\n\nThe report estimated '
            'the harvest at 2.1 million tonnes. It said conditions had been "exceptionally severe" from April.')
    assert speakers(text) == [("exceptionally severe", "Ministry of Agriculture")]


def test_he_after_a_sentence_about_him_goes_back_to_the_subject_after_fronted_phrases():
    text = ('At 6.40 every morning, in all weathers, Moira Gunn walks down the slipway. By seven she is halfway '
            'across Skerrow Sound.\n\n"People think it is the same trip," she said.')
    assert speakers(text) == [("People think it is the same trip", "Moira Gunn")]


def test_a_name_inside_a_quoted_title_is_no_subject():
    text = ('The producer Rosalind Kaye, who worked on his album "Sawmill Hours," called him "the most honest '
            'guitar player I ever heard."')
    assert speakers(text)[-1] == ("the most honest guitar player I ever heard.", "Rosalind Kaye")


def test_a_county_counsel_is_a_title_before_the_name():
    text = 'Hollis County Counsel Mark Feeney said the county would comply. "We will do the work," he said.'
    assert speakers(text) == [("We will do the work", "Mark Feeney")]


# Guards from a review of this round on 798 made-up passages.
def test_he_or_she_is_never_a_victim_or_bystander_introduced_in_the_sentence_before():
    for text, who in [
        ('Sgt. Tom Hill spoke to reporters on Sunday. Police found a woman dead in her apartment. "There were no '
         'signs of forced entry," he said.', "Tom Hill"),
        ('Senator Ann Wells chairs the committee. An inmate testified on Tuesday about abuse. "His account was '
         'devastating," she said.', "Ann Wells"),
        ('Colonel Ivan Petrov commands the unit. Last month one soldier deserted. "Morale is a problem," he said.',
         "Ivan Petrov"),
    ]:
        assert speakers(text)[-1][1].endswith(who), text


def test_a_title_after_read_reported_or_claims_is_no_quotation():
    for text in ['He read, "The Road," by Cormac McCarthy, on the flight home.',
                 'Variety reported, "Barbie" crossed $1 billion on Sunday.',
                 'The critic claims, "Citizen Kane" is overrated.',
                 'In the video, she reads, "The Very Hungry Caterpillar," to schoolchildren.']:
        assert speakers(text) == [], text


def test_a_statement_quoting_a_report_is_read_without_looking_up_documents_forever():
    text = ('A report from Amnesty International documented abuses in the prison. "Detainees were beaten daily," the '
            'report said. In a statement, the Interior Ministry rejected the allegations. "The report is full of '
            'lies," the statement said.')
    assert speakers(text) == [("Detainees were beaten daily", "Amnesty International"),
                              ("The report is full of lies", "Interior Ministry")]


def test_the_report_which_said_is_the_reports_author_and_another_report_by_the_same_body_keeps_it():
    text = ('A report released by the Brookings Institution warned about debt. Janet Yellen said the situation was '
            'manageable. Critics point to the report, which said, "Interest costs will crowd out other spending."')
    assert speakers(text)[-1] == ("Interest costs will crowd out other spending.", "Brookings Institution")
    text = ('A report released by the Urban Institute found rising rents. Months later, the institute released '
            'another report. "Rents have stabilized," the report said.')
    assert speakers(text) == [("Rents have stabilized", "Urban Institute")]
    text = ("Ada Roe's report was published on Monday. It runs to 90 pages.\n\nHousing is scarce.\n\n"
            '"Rents rose," the report said.')
    assert speakers(text) == [("Rents rose", "Ada Roe")]


def test_he_is_the_unnamed_worker_who_said_he_when_no_one_else_was_named_just_before():
    text = ('Some carried signs.\n\nOne worker, a crane operator who has worked at the port for 22 years, said he had '
            'never expected to strike. He declined to give his name.\n\n"My father worked these docks," he said.')
    assert speakers(text)[-1] == ("My father worked these docks", "worker")
    text = ('"I work nights," said Marcus Hill.\n\nAnother parent, who did not want to be identified, said she had '
            'made plans. "We have been expecting this," she said.')
    assert speakers(text)[-1] == ("We have been expecting this", "parent")


def test_trades_and_occupations_are_unnamed_speakers():
    text = ('Reached by telephone, a shepherd in the village of Dol said soldiers still patrolled the pastures.\n\n'
            '"They talk in Geneva, we live here with the guns," he said.')
    assert speakers(text) == [("They talk in Geneva, we live here with the guns", "shepherd")]


def test_chants_and_placards_are_the_crowds_and_a_sign_one_person_carries_is_theirs():
    text = ("The marchers, many wearing green scarves, set off from Carlow Square chanting “Books not debts!” and "
            "“Hands off our future!”\n\nPlacards bore slogans including “I can’t afford to think”. One student "
            "carried a sign that read “Mum, I’m coming home”.\n\nMayor Ann Vos said the march was peaceful.")
    assert speakers(text) == [("Books not debts!", "marchers"), ("Hands off our future!", "marchers"),
                              ("I can’t afford to think", "marchers"), ("Mum, I’m coming home", "student")]


def test_news_outlets_and_a_place_before_a_title_are_no_people():
    text = ('A woman who saw the shooting spoke to The Associated Press on condition that her name not be used.\n\n'
            '"It happened so fast," she said.')
    assert speakers(text) == [("It happened so fast", "woman")]
    assert not any("Gov" in name for _, _, name in names.people("Marlow Gov. Helen Dragomir vetoed the bill."))


def test_she_in_the_clause_a_speaker_reports_is_that_speaker():
    text = ('"It was a tragedy," a witness said.\n\nMayor Dorothy Akins said in a statement that she had asked the '
            'state to "move as quickly as humanly possible".')
    assert speakers(text)[-1] == ("move as quickly as humanly possible", "Dorothy Akins")


def test_a_source_close_to_someone_and_a_release_issued_by_a_body():
    assert speakers('"It was a blazing row," a source close to the couple said.') == [
        ("It was a blazing row", "source close to the couple")]
    text = ('Scientists at Westbury University have built a battery.\n\nAccording to a press release issued by the '
            'university, the battery "retains more than 90 per cent of its capacity."')
    assert speakers(text) == [("retains more than 90 per cent of its capacity.", "Westbury University")]
    text = 'The newspaper\'s editorial board wrote: "The policy is a disaster."'
    assert speakers(text) == [("The policy is a disaster.", "newspaper's editorial board")]


def test_a_headline_quotation_is_whoever_the_body_quotes_saying_it():
    text = ("New battery ‘charges in five minutes and lasts for years’\n\nScientists at Westbury University have built "
            "a new battery.\n\nProfessor Hana Osei, who led the research, said the cell “charges in five minutes and "
            "lasts for years”.")
    assert speakers(text) == [("charges in five minutes and lasts for years", "Hana Osei")] * 2


def test_it_after_a_possessive_body_and_a_family():
    text = ('Karvia\'s foreign ministry denied that. In a statement, it said its position was "unchanged and well '
            'known".')
    assert speakers(text) == [("unchanged and well known", "Karvia's foreign ministry")]
    text = 'Jordan Mensah died on Saturday. In a statement, his family said: "Jordan lit up every room."'
    assert speakers(text) == [("Jordan lit up every room.", "family")]


def test_a_councillor_abbreviated_and_a_regulator_that_speaks_as_itself():
    text = ('Cllr Maria Okafor said the council was “closing schools by spreadsheet”.\n\n“Nobody has set foot in that '
            'school,” she said.')
    assert speakers(text) == [("closing schools by spreadsheet", "Maria Okafor"),
                              ("Nobody has set foot in that school", "Maria Okafor")]
    text = ('The Medicines Safety Regulator has issued an alert.\n\nIn a warning on its website, the regulator said '
            'criminals were “exploiting people’s insecurities” to sell pills.')
    assert speakers(text) == [("exploiting people’s insecurities", "Medicines Safety Regulator")]


def test_a_short_headline_quote_said_again_below_and_a_placard_are_quotes():
    text = ("Family pay tribute to ‘kind and gentle’ teenager\n\nThe family of Jordan Mensah said he was “kind and "
            "gentle” and loved football.")
    assert [q for q, _ in speakers(text)] == ["kind and gentle", "kind and gentle"]
    text = 'Workers huddled at the gate. Some carried signs reading "Robots Don\'t Pay Taxes" all day.'
    assert [q for q, _ in speakers(text)] == ["Robots Don't Pay Taxes"]


# Guards from a second review of this round, on 872 made-up passages (41 worse, 125 better against its start).
def test_the_one_described_by_others_is_not_the_speaker():
    for text in ['The man was described by neighbours as "quiet and polite".',
                 'The boy, described by teachers as "bright and kind", died in hospital.',
                 'The man, who police described as "dangerous", is still at large.',
                 'The woman, whom friends called "a force of nature", died on Sunday.']:
        assert speakers(text)[0][1] == "", text
    assert speakers('The soldier was praised by Colonel Ivan Petrov as "fearless".')[0][1].endswith("Ivan Petrov")


def test_a_compound_role_is_named_by_its_head():
    for text, role in [('A family friend said the girl was excited. "She had her whole life ahead," he said.',
                        "family friend"),
                       ('A child protection expert, who asked not to be named, said the council had missed signs. '
                        '"They had every chance to act," she said.', "child protection expert"),
                       ('A victim support worker said calls had risen. "Our phones have not stopped," she said.',
                        "victim support worker")]:
        assert speakers(text)[-1][1] == role, text


def test_a_named_sign_carrier_is_the_speaker_of_the_sign():
    text = 'One protester, Kim Soo, 22, held a sign reading "Climate justice now". "We are out of time," she said.'
    assert speakers(text) == [("Climate justice now", "Kim Soo"), ("We are out of time", "Kim Soo")]
    assert speakers('Mourners sang "Abide With Me" at the graveside.') == []


# Seventh round: patterns of the made-up and Wikinews dev halves, in made-up sentences of the same shape.
def test_a_river_a_square_or_a_mountain_range_is_no_person():
    for place in ["Tarne River", "Castle Square", "Varden Alps", "Skerrow Sound", "Hollins Bay", "Esk Valley"]:
        assert not names.people(f"Water rose along the {place} on Monday."), place
    text = ('The river burst its banks. Crews urged people near the Tarne River to move. "Get out now," '
            'one firefighter shouted.')
    assert who(text) == ["firefighter"]


def test_a_woman_who_said_something_is_the_she_of_the_next_quotation():
    text = ('Aaron Whitley slept at the gate. "Nobody told us anything," he said.\n\n'
            'One woman, who was trying to get home after a funeral, said she had been rebooked three times. '
            '"Every time I get a text it is another cancellation," she said.')
    assert who(text) == ["Aaron Whitley", "woman"]
    # Not one found, or spoken of: 'Police found a woman dead. "…," he said' stays the officer's.
    text = ('Inspector Tom Hale spoke at noon. Police found a woman dead at the house, officers said. '
            '"We are treating it as unexplained," he said.')
    assert who(text) == ["Tom Hale"]


def test_a_person_familiar_with_the_matter_is_named_by_the_whole_role():
    text = ('A person familiar with the negotiations said talks had begun last spring. The person asked not to be '
            'named.\n\n“At one point in September, everyone had gone home,” the person said.')
    assert who(text) == ["person"]
    assert who('The deal will close “within weeks,” said a person familiar with the matter.') == [
        "person familiar with the matter"]
    assert who('A diplomat briefed on the talks described them as “cautious but businesslike”.') == [
        "diplomat briefed on the talks"]
    assert who('A foreign diplomat based in Zorava said the deal would be "the real test" of it.') == [
        "foreign diplomat based in Zorava"]
    # People in general are nobody in particular.
    text = ('Minister William Ruto dismissed the claims. "The people making these claims should shut up," said Ruto; '
            '"I don\'t think rumor helps anyone."')
    assert who(text) == ["William Ruto", "William Ruto"]


def test_rulings_memos_bulletins_and_advisories_speak_for_who_issued_them():
    text = ('The Fourth District Court of Appeal sided with the residents. The court found that the county relied '
            'on an old study. The ruling said the county’s conclusion was “not supported by substantial evidence.”')
    assert who(text) == ["Fourth District Court of Appeal"]
    text = ('In a memo to staff, chief executive Hugo Almeida said 600 jobs would go. The memo said affected '
            'employees would receive 16 weeks of pay. "We will do everything we can to make this humane," it said.')
    assert who(text) == ["Hugo Almeida"]
    text = ('Glaciers lost a tenth of their ice, according to a report published on Tuesday by the National Glacier '
            'Monitoring Service.\n\nThe report found that “the losses exceed any previously recorded.”')
    assert who(text) == ["National Glacier Monitoring Service"]


def test_a_body_s_own_report_is_the_body_s():
    text = ('The Ministry of Agriculture published its figures on Monday. Farmers were angry.\n\nThe ministry’s '
            'report also warned of longer-term risks and said that "without investment, yields will fall."')
    assert who(text) == ["Ministry of Agriculture"]
    text = ('Spills rose, according to the Water Quality Commission. The commission’s annual report, published on '
            'Tuesday, said 14 overflows were “operating in breach of their permits”.')
    assert who(text) == ["Water Quality Commission"]


def test_a_resolution_a_body_passed_is_the_body_s():
    text = ('In 2012 the Harlow County Council passed a resolution honoring Mabry. "His music carried the sound of '
            'the county to the world," the resolution read.')
    assert who(text) == ["Harlow County Council"]
    text = 'A letter from Corrow Harbour Authority to residents, dated 3 May, said: “The limits are based on science.”'
    assert who(text) == ["Corrow Harbour Authority"]


def test_the_role_said_is_the_person_the_article_introduced_in_that_role():
    for intro, role, name in [("The mayor of Pellingford, Viola Jarrow, said it was bad.", "mayor", "Viola Jarrow"),
                              ("The minister for local government, Fiona Nwosu, spoke.", "minister", "Fiona Nwosu"),
                              ("The town’s mayor, Ana Jankowski, said little.", "mayor", "Ana Jankowski"),
                              ("Petra Ibbotson, the area’s MP, said it was bad.", "MP", "Petra Ibbotson"),
                              ("Remy Ellery, the head teacher at Hillside Primary, spoke.", "head teacher",
                               "Remy Ellery"),
                              ("Rhiannon Tavares, the chairman of Stavely Green Town Football Club, spoke.",
                               "chairman", "Rhiannon Tavares")]:
        text = f'{intro} "It flooded twice," said Ann Roe, a parent.\n\nThe {role} said: "We will fix this."'
        assert who(text) == ["Ann Roe", name], intro


def test_she_is_the_person_the_article_last_called_she_not_the_last_speaker_it_called_he():
    text = ('Carys Umarov, a parent of two, said she had been worried for weeks. "Closing it will cost the town a '
            'great deal," she said.\n\nGordon Ellery, the council\'s cabinet member for culture, said he understood. '
            '"No library service will disappear," he said.\n\n"A van once a fortnight is not a library," she replied.')
    assert who(text) == ["Carys Umarov", "Gordon Ellery", "Carys Umarov"]


def test_they_is_the_person_the_article_calls_they():
    text = ('Rosa Birchall has lived in Orranmouth for 40 years. "I looked out and there it was," she said.\n\n'
            'Alex Verity, the park’s head keeper, said they understood the strength of feeling. "We are thrilled and '
            'very relieved," they said.\n\n"It was the most beautiful thing I have ever seen," she said.')
    assert who(text) == ["Rosa Birchall", "Alex Verity", "Rosa Birchall"]


def test_a_placard_carried_through_a_place_is_the_crowd_s_not_the_place_s():
    text = 'Hundreds of marchers marched through Quenby Cross carrying placards reading "Safe streets now".'
    assert who(text) == ["marchers"]
    text = 'About 800 campaigners gathered outside the town hall on Saturday, chanting “Flood defences now!”'
    assert who(text) == ["campaigners"]


def test_a_spokesman_for_a_body_is_the_spokesman_not_the_body():
    assert who('A spokesman for the Ministry of Local Government said: “Commissioners will start next week.”') == [
        "spokesman for the Ministry of Local Government"]
    assert who('"We will be back stronger," said a spokesman for Carrick Vale Trust.') == [
        "spokesman for Carrick Vale Trust"]
    assert who('"We will appeal," said a lawyer for Tom Hale.') == ["lawyer for Tom Hale"]
    assert who('“I will keep pushing,” said one councillor.') == ["councillor"]
    assert who('A local businessman said: "The river is just a trickle now."') == ["local businessman"]


def test_a_first_name_with_an_age_is_a_person():
    text = 'Hamish, 78, who did not want to give his surname, said: ‘I support the nurses completely.’'
    assert who(text) == ["Hamish"]
    assert not names.people("The Italian, 52, said little.")


def test_a_question_in_single_marks_keeps_the_attribution_after_it():
    text = '‘Who is going to take my grandson to games if the ground moves?’ said one resident.'
    assert who(text) == ["resident"]


def test_a_quotation_over_paragraphs_takes_the_speaker_its_last_part_names():
    text = ('The harbour wall was breached during the storm.\n\n"We have been tied up in port for three weeks. My '
            'father fished these waters.\n\n"You cannot pay a mortgage on those quotas," said Jonah Nolloth, a fish '
            'merchant.')
    assert who(text) == ["Jonah Nolloth", "Jonah Nolloth"]
    # A part that ends its paragraph with no continuation keeps what it had.
    assert who('The wall was breached.\n\n"We have been tied up for weeks.\n\nNobody came.') == [""]


def test_words_reported_inside_a_quotation_are_their_own_quote_of_whoever_said_them():
    text = ('Resident Tomasz Wren said he stayed behind.\n\n"The deputy said, \'You can come with me now.\' That was '
            'convincing," Wren said.')
    assert speakers(text) == [("The deputy said, 'You can come with me now.' That was convincing", "Tomasz Wren"),
                              ("You can come with me now.", "deputy")]
    text = '“I stood up and told them, ‘The potholes have been there for two years’ and nobody spoke,” said Ann Roe.'
    assert speakers(text)[1] == ("The potholes have been there for two years", "Ann Roe")
    text = '"He said, ‘Nobody needs to get hurt.’ Like he was ordering lunch," said Carol Lindell.'
    assert speakers(text)[1] == ("Nobody needs to get hurt.", "")  # "he": whoever the outer speaker means
    # "I" in a clause before the subject makes the words no more the outer speaker's.
    text = ('Prime Minister Ilse Morrow thanked her predecessor, Erik Halvorsen.\n\n"When I took office, Erik told '
            'me, \'Do not die on the bridge.\' I have tried to follow that," Morrow said.')
    assert speakers(text)[1] == ("Do not die on the bridge.", "Erik Halvorsen")
    # … but an "I" anywhere in the verb's own clause still makes them the outer speaker's.
    text = '"I waited two hours and finally told the guard, \'I want a refund.\' Nobody listened," said Ann Roe.'
    assert speakers(text)[1] == ("I want a refund.", "Ann Roe")
    # A person described right before the inner verb, or opening its clause, is the one who said it.
    text = '"I remember my father told me, \'Never sell the farm,\'" said farmer Gwen Price.'
    assert speakers(text)[1] == ("Never sell the farm", "father")
    text = '"At midnight the captain raised his glass and added, \'Happy New Year,\' and we cheered," said Ana Ruiz.'
    assert speakers(text)[1] == ("Happy New Year", "captain")
    # Only a person: "Then the alarm went off and someone shouted, ‘…’" names no one.
    text = '"Then the alarm went off and someone shouted, \'Everybody out now!\'" said shop worker Amy Lin.'
    assert speakers(text)[1] == ("Everybody out now!", "")
    # Someone else's clause after "and", or a clause fronted before the subject, does not count: "We called the
    # hotline and the operator told us", "Because I was late, the manager told me".
    text = '"We called the hotline and the operator told us, \'Nobody is coming.\' We waited," said Tom Hale.'
    assert speakers(text)[1] == ("Nobody is coming.", "operator")
    text = '"Because I was late, the manager told me, \'You are fired.\' I left," said Ann Roe.'
    assert speakers(text)[1] == ("You are fired.", "manager")
    # A title in capitals after a verb that also takes things is a thing; with a comma inside the marks, speech.
    text = '"When the clerk read the charge, my son stood up and declared, \'Not Guilty,\' in a clear voice," said Rita.'
    assert speakers(text)[1][0] == "Not Guilty"
    assert len(speakers('"They added, \'Sweet Caroline\', and the crowd sang along," said Tom Hale.')) == 1
    # Verbs of statement too: "stated recently", "declared", "insisted".
    text = 'The president replied on social media: "Senator Jane Doe stated recently, \'I have no confidence in him.\' Sad!"'
    assert speakers(text)[1] == ("I have no confidence in him.", "Jane Doe")
    # … but those verbs also take a thing as object: a title after them, with no comma, is no one's words.
    text = '"Then they added \'Wonderwall\' to the set and the crowd went wild," said Tom Hale.'
    assert speakers(text) == [("Then they added 'Wonderwall' to the set and the crowd went wild", "Tom Hale")]
    # A word in marks nobody inside is reported as saying stays part of the outer quote.
    assert len(speakers("“Russia wants TRADE when this ‘bloodbath’ is over,” President Donald Trump wrote.")) == 1


def test_a_quotation_after_a_reported_one_inside_it_is_still_found_by_offset():
    # The opinions skip what lies in a quotation by looking up its offset: with reported quotations inside, the
    # outer one must be found past them (the Wikinews dev half had 'I believe the man thinks he is a prophet'
    # inside a quotation, after two reported ones, suggested as the article's opinion).
    from annotations.assist.suggest import _outermost
    from annotations.assist.text import Segment, Segments
    spans = [Segment(0, 100, ""), Segment(10, 20, ""), Segment(50, 60, ""), Segment(120, 130, "")]
    kept = Segments(_outermost(spans))
    assert [(q.start, q.end) for q in kept] == [(0, 100), (120, 130)]
    assert kept.at(70) is not None and kept.at(110) is None


# Guards from a blind review of this round on 250 hand-written made-up passages (written after its start).
def test_a_sign_someone_painted_is_not_the_she_of_her_next_quotation():
    text = ('Sheila Corbett was fed up with drivers speeding past her house.\n\nThe 73-year-old painted a sign reading '
            '‘SLOW DOWN – GRANNY WITH A SPEED GUN’ and propped it against her wall. ‘Well, they don’t know that, do '
            'they?’ she said.')
    assert who(text)[-1] == "Sheila Corbett"


def test_a_relative_named_by_first_name_and_a_couple_sharing_a_surname():
    text = ('Former footballer Gary Wrenn has dementia. In an interview, Wrenn said he had noticed it first. His wife, '
            'Julie, said she realised when he got lost. “He rang me from a lay-by and said, ‘I don’t know where I '
            'am.’” she said.')
    assert who(text) == ["Julie", "Gary Wrenn"]
    text = 'Frank and Sylvia Moss have been married for 75 years. Frank, 97, did not hesitate. “Separate TVs,” he said.'
    assert who(text) == ["Frank Moss"]
    assert names.canonical('Heavyweights Carl “The Hammer” Obi and Dmitri Lasko met. Obi spoke.', "Obi") != "Obi Lasko"


def test_a_body_quoted_by_name_goes_on_as_the_force_and_documents_name_their_authors():
    text = ('‘There is no wider risk,’ Farrowdale Police said in a statement. ‘We are determined to catch them,’ the '
            'force added.')
    assert who(text) == ["Farrowdale Police", "Farrowdale Police"]
    assert who('A statement from Caddington Lees City Council read: ‘Emergency services will be maintained.’') == [
        "Caddington Lees City Council"]
    text = ('According to the indictment, filed by the Greyford County District Attorney\'s Office, "the defendants '
            'diverted more than 1.2 million pounds".')
    assert who(text) == ["Greyford County District Attorney's Office"]
    text = ('A decision notice by Upper Dray Licensing Committee, published on Tuesday, found that “noise levels '
            'exceeded permitted limits”.')
    assert who(text) == ["Upper Dray Licensing Committee"]


def test_an_office_written_in_lowercase_before_the_name_and_a_name_inside_a_reported_exchange():
    text = ('Concluding the inquest, area coroner Helen Voss recorded a narrative conclusion.\n\n“Her observations '
            'should have triggered a sepsis screen,” the coroner said.')
    assert who(text) == ["Helen Voss"]
    text = ('Wragg credited his assistant, Gary Flint, with the team talk. “Gary turned to me at half-time and said, '
            '‘If we keep the ball, they’ll crack.’ And he was right,” Wragg said.')
    assert who(text)[1] == "Gary Flint"


def test_the_court_after_a_company_s_quotation_is_not_the_company():
    text = '"We will appeal," Harlan Holdings Group said on Monday. "The claim fails," the court said.'
    assert who(text)[1] != "Harlan Holdings Group"
    text = '"We will appeal," Harlan Holdings Group said on Monday. "We are disappointed," the group added.'
    assert who(text) == ["Harlan Holdings Group", "Harlan Holdings Group"]


def test_one_of_a_group_the_sentence_before_is_about_is_that_group_s_member():
    text = ("Shoppers queued outside the bakery before dawn. One wrote: “Worth every minute of the wait.” "
            "Another added: “Best croissant in the county.”")
    assert quotes(text) == [("Worth every minute of the wait.", "shopper"),
                            ("Best croissant in the county.", "shopper")]
    text = ("Three nurses spoke to the Gazette. “We were never asked about the rota,” one of them said.\n\n"
            "One of the patients said, “Nobody came for an hour.”")
    assert quotes(text) == [("We were never asked about the rota", "nurse"), ("Nobody came for an hour.", "patient")]


def test_the_body_a_quotation_s_sentence_starts_with_speaks_when_no_verb_names_it():
    text = ("The Marsh Valley Water Authority, which supplies most of the county, said its new tariff included "
            "“the fairest charges in the region.”\n\n"
            "The Coastguard Agency issued a warning on Friday urging walkers to “stay well back from the cliff edge.”")
    assert quotes(text) == [("the fairest charges in the region.", "Marsh Valley Water Authority"),
                            ("stay well back from the cliff edge.", "Coastguard Agency")]


def test_the_airline_said_is_the_company_the_article_leads_with():
    text = ("Fernway Rail cancelled all its morning trains on Monday after a signal failure near the depot.\n\n"
            "The firm said in a statement that it had “found the faulty cable” and expected a normal service "
            "on Tuesday.\n\n“We are sorry for the disruption,” the firm said.")
    assert quotes(text) == [("found the faulty cable", "Fernway Rail"),
                            ("We are sorry for the disruption", "Fernway Rail")]
    # A person leading the article is no company.
    text = ("Maria Lenz opened her third café on Monday in the old station building.\n\n"
            "Lenz bought the lease in May.\n\n“Trade has been brisk,” the company said.")
    assert quotes(text) == [("Trade has been brisk", "company")]


def test_a_sentence_after_a_quotation_ending_in_a_full_stop_is_its_attribution_only_when_short():
    text = ('Former candidate Gary Bauer said on Sunday, "I am not worried. The polls are skewed." Brian Brown, '
            'president of the National Organization for Marriage, also argues that polling questions over-count '
            'support.')
    assert speakers(text) == [("I am not worried. The polls are skewed.", "Gary Bauer")]
    text = "The bridge shook. ‘Who moves first?’ said one resident."
    assert speakers(text) == [("Who moves first?", "resident")]
    # A long sentence that goes on with the same speaker still attributes it.
    text = ("The insurer will close 40 branches. ‘The decision is final.’ Aviva chief executive Amanda Blanc added on "
            "Thursday that staff would be offered other roles.")
    assert speakers(text) == [("The decision is final.", "Amanda Blanc")]
    text = "The bridge shook. ‘Who moves first?’ said one resident."
    assert speakers(text) == [("Who moves first?", "resident")]


def test_reported_right_before_a_lowercase_phrase_reports_it():
    text = ('The militia was backed by airstrikes, and Kurdish officials reported "good progress" in the face of '
            '"fierce resistance".')
    assert speakers(text) == [("good progress", "Kurdish officials"), ("fierce resistance", "Kurdish officials")]
    # Passive, it reports nothing: a scare quote stays out.
    assert speakers('Damage was reported "minimal" by the council on Monday afternoon.') == []
    # Only people report their own words so: a bank's figures or a participle's are no quotes.
    assert speakers('The bank reported "underlying" profits of 2m.') == []
    assert speakers('The boy, reported "missing" by his mother, was found on Monday.') == []
    # … nor when and where it was reported: 'just after 9pm', 'overnight'.
    text = 'Witnesses reported "a huge bang and then screaming" just after 9pm on Saturday.'
    assert speakers(text) == [("a huge bang and then screaming", "Witnesses")]
    # … nor a term that goes on into a noun, nor a single word.
    assert speakers('Police reported "county lines" activity in the town.') == []
    assert speakers('Residents reported "fly-tipping" near the park.') == []


def test_a_body_named_only_in_lowercase_speaks_as_itself_when_nothing_else_names_the_speaker():
    text = ('The election commission said in a statement that the rumours were "an attack on the thousands of '
            'citizens who volunteered".')
    assert speakers(text) == [("an attack on the thousands of citizens who volunteered", "election commission")]
    text = '“It was the strongest in the province in 36 years,” the national seismological institute said.'
    assert speakers(text)[0][1] == "national seismological institute"
    # Not a body that is only part of its clause's subject, nor one named inside the quotation.
    text = ('A government source said Mr Sorensen had "lost the confidence of colleagues" by the weekend, after '
            'several MPs from the governing party said privately that his position was untenable.')
    assert speakers(text) == [("lost the confidence of colleagues", "government source")]
    text = ('An anonymous note reading "You will pay for this" was left on the windscreen, and the local council said '
            'it would install cameras.')
    assert speakers(text) == [("You will pay for this", "")]


def test_a_hyphenated_title_is_no_part_of_the_name():
    text = ('"We had to take precautions," Inspector-General of Police Khalid Abu Bakar told reporters.\n\n'
            'Inspector-General Khalid continued to call the dead man by another name. "We know who they are," '
            'Khalid said.')
    assert speakers(text) == [("We had to take precautions", "Khalid Abu Bakar"),
                              ("We know who they are", "Khalid Abu Bakar")]
    assert names.strip_titles("Attorney-General Jane Doe") == "Jane Doe"
    assert names.strip_titles("Jean-Pierre Dupont") == "Jean-Pierre Dupont"
    # Alone, it is the office, as any title alone.
    assert speakers('"We will appeal," the Attorney-General said.') == [("We will appeal", "Attorney-General")]
    # … the one the article named with it, when it did.
    text = ('Attorney-General Pam Bondi announced charges on Monday. "Nobody is above the law," the Attorney-General '
            'said.')
    assert speakers(text) == [("Nobody is above the law", "Pam Bondi")]
    assert speakers('"We will appeal," said Grace Baron-King.') == [("We will appeal", "Grace Baron-King")]


def test_a_name_described_between_commas_before_the_verb_is_the_subject_not_a_name_inside_the_description():
    text = ('Rafal Pankowski, a sociologist of the anti-extremist organization Never Again, said, "Most of the '
            'organisers are not very religious."')
    assert speakers(text) == [("Most of the organisers are not very religious.", "Rafal Pankowski")]
    text = 'Tom Hale, the coach of Ada Roe, said: "She will be back."'
    assert speakers(text) == [("She will be back.", "Tom Hale")]


def test_a_name_inside_quoted_words_is_no_subject_of_the_narration():
    text = ('Marchers chanted "Great national Poland, Great Catholic Poland and one nation across the borders" under '
            'banners reading "We want God" and "White Europe of brotherly nations."')
    assert speakers(text) == [("Great national Poland, Great Catholic Poland and one nation across the borders",
                               "marchers"), ("We want God", "marchers"), ("White Europe of brotherly nations.",
                                                                          "marchers")]


def test_a_verb_right_before_the_quotation_frames_it_against_a_verb_in_a_later_clause():
    text = ('Midway through the speech, a man near the back shouted "What about the pensions?" and was drowned out '
            'by boos before Harmon asked the crowd to let him speak.')
    assert speakers(text) == [("What about the pensions?", "man")]
    # A verb after it that only attributes still does: 'She said: "…", Ann Roe added.'
    assert speakers('"We will appeal," said Ann Roe, and left the court.') == [("We will appeal", "Ann Roe")]


def test_a_group_reported_as_speaking_after_a_pronoun_s_said_is_the_speaker():
    text = ('Chloe Radford took two of the pills. She said doctors told her: "If you had taken the third one, we '
            'might not be having this conversation."')
    assert speakers(text) == [("If you had taken the third one, we might not be having this conversation.",
                               "doctors")]
    # Only when their verb hands over to the quotation: "told him to rest, but “…”" is his own.
    text = 'Striker Marcus Hill is injured. He said doctors told him to rest, but "I cannot let the lads down now."'
    assert speakers(text)[0][1].endswith("Marcus Hill")
    # Her own words stay hers.
    text = 'Chloe Radford took two of the pills. She told reporters: "I thought I was going to die."'
    assert speakers(text) == [("I thought I was going to die.", "Chloe Radford")]


def test_a_quotation_that_is_a_sentence_of_its_own_is_the_person_the_next_sentence_names_speaking():
    text = ('The river burst its banks just after midnight. "The water came up to the windows in minutes." Resident '
            'Anna Kowalski, who has lived on the street for 40 years, said she had never seen anything like it.')
    assert speakers(text) == [("The water came up to the windows in minutes.", "Anna Kowalski")]
    text = '"We will rebuild every single home." Mayor Jean-Pierre Dubois said so on Tuesday.'
    assert speakers(text) == [("We will rebuild every single home.", "Jean-Pierre Dubois")]
    # Not when the sentence before opens with a person, nor when the next one says someone "also" spoke.
    text = ('Mayor Linda Shaw defended the budget on Tuesday. "We have no money left." Opposition leader Tom Reid, '
            'who has led the protests since March, said the cuts would hit the poorest families hardest.')
    assert speakers(text) == [("We have no money left.", "Linda Shaw")]
    text = ('The river rose overnight. "This was a failure of leadership." Former minister Jacob Rees-Mogg also argues '
            'that the inquiry came too late.')
    assert speakers(text) == [("This was a failure of leadership.", "")]
    # Nor after sentences about someone ("defended … by council leader Mark Evans", "Her second came late"), nor
    # when the next sentence's name is not its subject ("The family of Jane Doyle said").
    text = ('The budget was defended at the meeting by council leader Mark Evans. "These are hard choices." '
            'Opposition leader Tom Reid said the cuts would hurt the poorest families.')
    assert speakers(text)[0][1] != "Tom Reid"
    text = ('Striker Jade Cole scored twice as City won. Her second came in stoppage time. "I just hit it and hoped." '
            'Manager Paul Hart said Cole was the best finisher in the league.')
    assert speakers(text)[0][1] != "Paul Hart"
    text = ('The bridge collapsed on Monday. "Nobody listened to us." The family of Jane Doyle, who died in the '
            'collapse, said the council had been warned.')
    assert speakers(text)[0][1] != "Jane Doyle"


def test_a_lead_naming_a_kind_of_business_then_its_name_gives_the_company():
    text = ("Robotics manufacturer Arkwright Robotics has opened its new factory at Felling Moor, creating 350 jobs.\n\n"
            "Chief executive Naomi Strand said: “This factory is a long-term commitment to the region.”\n\n"
            "The company said a further 230 roles would be filled “over the next 36 months”.\n\n"
            "The roof panels, which the company says will meet “around 40 per cent” of its needs, were fitted in May.")
    assert quotes(text) == [("This factory is a long-term commitment to the region.", "Naomi Strand"),
                            ("over the next 36 months", "Arkwright Robotics"),
                            ("around 40 per cent", "Arkwright Robotics")]
    text = ("Retail giant Tesco has closed its store in Ashby after 20 years on the high street.\n\n"
            "“We know this is disappointing for customers,” the company said.")
    assert quotes(text) == [("We know this is disappointing for customers", "Tesco")]
    # The kind after a person's job is no company: "Chief executive Naomi Strand …".
    # Only a business is the lead's company: "the force" is the police named since.
    text = ("Supermarket chain Morrisons has reported a rise in shoplifting at its stores in Leeds.\n\n"
            "West Yorkshire Police said it had made 40 arrests.\n\n“We take retail crime seriously,” the force said.")
    assert quotes(text)[0][1] != "Morrisons"
    # … nor when a group left unnamed came up since (a company left unnamed does not count: "the company" is still
    # the one the article is about).
    text = ("Media group Reach has announced 450 job cuts. A group of journalists at the Daily Mirror has written to "
            "the chief executive.\n\n“We are being asked to do more with less,” the group said.")
    assert quotes(text) == [("We are being asked to do more with less", "group")]
    text = ("Apex Software is buying a small security company in Leeds for £40m.\n\n"
            "“This deal gives us the scale we need,” the company said.")
    assert quotes(text) == [("This deal gives us the scale we need", "Apex Software")]
    # "The firm" is the last business named as a firm; "the company" is the lead's over a business it deals with.
    text = ('Accountancy firm Grant Hale has been fined over its audit of housebuilder Carter Homes. "We accept the '
            'findings in full," the firm said.')
    assert quotes(text) == [("We accept the findings in full", "Grant Hale")]
    text = ('Carmaker Voltra said on Tuesday it would stop buying from battery supplier Lumen Cells. "Quality has not '
            'met our standards," the company said.')
    assert quotes(text) == [("Quality has not met our standards", "Voltra")]
    # A business named by its kind anywhere before: "law firm Leigh Day", "The supplier, Cymru Components,".
    text = ('Retailer Superdry has been sued by former staff, who are represented by law firm Leigh Day. "Our clients '
            'were paid less than the minimum wage," the firm said.')
    assert quotes(text) == [("Our clients were paid less than the minimum wage", "Leigh Day")]
    text = ('Carmaker Nissan has halted production after a fire at a parts supplier. The supplier, Cymru Components, '
            'makes wiring for the Qashqai. "We hope to resume deliveries within a week," the supplier said.')
    assert quotes(text) == [("We hope to resume deliveries within a week", "Cymru Components")]
    text = ('Housing charity Shelter said rents had risen. A second charity, Crisis, warned that homelessness would '
            'rise. "Thousands more families will be pushed to the brink," the charity said.')
    assert quotes(text) == [("Thousands more families will be pushed to the brink", "Crisis")]
    # … but the lead's body when no other is named since ("Police Scotland said … the force said").
    text = ('Police Scotland said a 42-year-old man had been arrested in connection with the fire in Paisley. '
            '"Inquiries are continuing," the force said.')
    assert quotes(text) == [("Inquiries are continuing", "Police Scotland")]
    text = ("Chief executive Naomi Strand has left the board after ten years in the role at the firm.\n\n"
            "“It was time,” the company said.")
    assert quotes(text) == [("It was time", "company")]


def test_a_named_person_s_relative_given_by_first_name_shares_the_surname():
    text = ("Tomas Kovac, 31, was hurt in the crash.\n\nTomas’s father, Emil, said he was “beyond angry”.\n\n"
            "“Nobody has called us,” Emil said.")
    assert quotes(text) == [("beyond angry", "Emil Kovac"), ("Nobody has called us", "Emil Kovac")]


def test_a_verb_after_the_quotation_in_another_clause_does_not_outrank_the_speaker_named_before_it():
    text = ("The council met on the Orlan region, where the separatist Orlan Liberation Front has fought.\n\n"
            "Speaking after the vote, the ambassador, Goran Petrak, said his government “welcomes any effort to "
            "bring peace” but rejected what he called the resolution’s “false equivalence”.")
    assert quotes(text) == [("welcomes any effort to bring peace", "Goran Petrak"),
                            ("false equivalence", "Goran Petrak")]


def test_a_person_is_not_renamed_after_the_body_that_bears_their_name():
    # (A rule expanding a short name to a longer one starting with it was tried and dropped: "Mark Davies" is not
    # the "Mark Davies Trust", nor "Ken Griffey" his son "Ken Griffey Jr.")
    text = ("Mark Davies founded the Mark Davies Trust after his son died.\n\n"
            "“No family should go through what we went through,” Mark Davies said.")
    assert quotes(text) == [("No family should go through what we went through", "Mark Davies")]


def test_a_document_found_as_the_speaker_is_who_issued_it():
    text = ("Dorrel Appliances is recalling 40,000 kettles sold since March.\n\n"
            "In a news release, the company said its customers’ safety was “our first concern.”\n\n"
            "A Pacewise press release issued Monday said the band “tracks every step you take.”")
    assert quotes(text) == [("our first concern.", "Dorrel Appliances"), ("tracks every step you take.", "Pacewise")]


def test_a_paragraph_quoted_as_a_block_after_a_speech_verb_and_a_colon_is_a_quote():
    text = ("Dean Ellen Park then opened the hearing, turning to the minister and stating:\n\n"
            "Minister, your department has ignored every warning it was given about the dam, and I ask you why.\n\n"
            "The council published three options:\n\n"
            "A new bridge over the river, a ferry service or a tunnel under the estuary.\n\n"
            "She said the plan had three parts:\n\n• a new bridge over the river near the old mill.")
    assert quotes(text) == [
        ("Minister, your department has ignored every warning it was given about the dam, and I ask you why.",
         "Ellen Park")]


def test_a_person_a_participle_takes_as_its_object_is_not_the_subject():
    text = ("President Aziz Kemalov, hosting Prime Minister Ilse Morrow in the capital, said the two countries had "
            "“wasted ten years arguing about a river”.")
    assert quotes(text) == [("wasted ten years arguing about a river", "Aziz Kemalov")]


def test_a_headline_quotation_is_whoever_the_body_quotes_saying_the_words_not_the_headline_s_group():
    text = ("Parking charges ‘a tax on nurses’, staff warn\n\n"
            "Hospital staff are angry about the new charges.\n\n"
            "Ward sister Anna Price, 51, said: “It is a tax on nurses, plain and simple.”")
    assert quotes(text) == [("a tax on nurses", "Anna Price"), ("It is a tax on nurses, plain and simple.", "Anna Price")]
    text = ("Star in brawl as witness says ‘he threw the first punch’\n\n"
            "Bar worker Tia Ambrose, 22, said: “He threw the first punch. It was chaos.”")
    assert quotes(text)[0] == ("he threw the first punch", "Tia Ambrose")


def test_a_country_s_ministry_after_the_verb_is_the_ministry_not_the_country():
    text = "“No trace of the aircraft has been found,” said Norway’s transport ministry."
    assert quotes(text) == [("No trace of the aircraft has been found", "Norway’s transport ministry")]


def test_a_mother_of_two_before_a_name_is_no_part_of_it():
    text = "Mother-of-two Hannah Rigg said the village would be “finished” without its school."
    assert quotes(text) == [("finished", "Hannah Rigg")]


def test_an_unnamed_speaker_who_gave_a_name_is_that_name():
    text = ("A man who gave his name only as Pete said he watched the van float away. “It just went,” he said.\n\n"
            "The station played a tape of a woman who said she was on board. She identified herself as Mara Quill.\n\n"
            "“We are all safe,” the woman said.")
    assert quotes(text) == [("It just went", "Pete"), ("We are all safe", "Mara Quill")]


def test_a_phrase_quoted_after_the_in_a_sentence_someone_speaks_in_is_their_quote():
    text = "Inspector Tom Hale said officers remain at the “incredibly large” scene."
    assert quotes(text) == [("incredibly large", "Tom Hale")]
    text = "Karzai criticised the raid, saying the army is losing the “moral” battle."
    assert [q for q, _ in quotes(text)] == ["moral"]
    assert quotes("Scientists measured the “uranium equivalent” of the dose.") == []


def test_an_unnamed_role_whose_own_name_is_withheld_is_the_he_of_the_next_quotation():
    text = ("Trucks usually queue outside Harlan Grain Partners.\n\n"
            "The manager, who asked that his name not be used, said deliveries were down.\n\n"
            "“I’ve got staff I can’t keep busy,” he said.")
    assert quotes(text) == [("I’ve got staff I can’t keep busy", "manager")]


def test_he_or_she_reported_speaking_inside_a_quotation_is_the_role_mentioned_before():
    text = ("Survivor Carla Santini, 54, said her elderly mother had woken her before the house fell.\n\n"
            "“She shook me and said, ‘Carla, get up.’ Then the ceiling came down,” Santini said.")
    assert quotes(text) == [("She shook me and said, ‘Carla, get up.’ Then the ceiling came down", "Carla Santini"),
                            ("Carla, get up.", "mother")]


def test_a_statement_after_the_quotation_names_who_issued_it():
    text = ('"We are heartbroken," read a statement from the Okafor family.\n\n'
            '"We will appeal," said a statement issued by Harlow Water.')
    assert quotes(text) == [("We are heartbroken", "Okafor family"), ("We will appeal", "Harlow Water")]


def test_the_eighth_round_s_rules_keep_out_of_ordinary_prose():
    """Guards from a review of the round's rules on made-up passages: each was right before the round."""
    # A speaker named right after the quotation outranks a person named in a clause before it.
    text = ('Asked whether Prime Minister Karl Dunn had been told, "I won\'t get into private conversations," '
            'the spokesman said.')
    assert quotes(text) == [("I won't get into private conversations", "spokesman")]
    # A wife keeps her own name; a title is no surname.
    text = 'Olympic champion Cara Monroe won again.\n\nCara Monroe\'s husband, Dev, said: "She has been through hell."'
    assert quotes(text)[0][1] == "Dev"
    # A day before a document is no issuer.
    text = ('A Tuesday statement from the Department for Transport said the line would reopen '
            '"as soon as it is safe to do so".')
    assert quotes(text) == [("as soon as it is safe to do so", "Department for Transport")]
    # A list or an account after a colon is no block quote.
    for text in ("The council announced the following road closures for Sunday:\n\n"
                 "High Street, Bridge Road and Mill Lane will be shut between 7am and 2pm, with diversions.",
                 "Prosecutor Amy Fenn told the jury how the night unfolded:\n\n"
                 "Moss had been drinking in the Red Lion since 6pm and left at closing time with two friends."):
        assert quotes(text) == []
    # A headline that names its speaker keeps them.
    text = ("Minister Okoye says cuts 'a price worth paying'\n\n"
            'Union leader Kay Burns said the cuts were "a price worth paying for nobody but the rich". Finance '
            'Minister Grace Okoye told parliament the cuts were "a price worth paying for stability".')
    assert quotes(text)[0] == ("a price worth paying", "Grace Okoye")
    # A ministry's spokesman after the verb is the spokesman.
    text = '"We urge them to stop interfering," said China\'s foreign ministry spokesman Wang Lin.'
    assert quotes(text) == [("We urge them to stop interfering", "Wang Lin")]
    # A name someone else gave is not the speaker's.
    text = ('A pensioner lost £14,000 after a caller identified himself as Detective Sergeant Ray Cole. '
            '"He knew everything about me," the pensioner said.')
    assert quotes(text) == [("He knew everything about me", "pensioner")]
    # A named scheme after "the" is a term; "One" of a pile of messages is no group's member.
    assert quotes('Union leaders said the "fire and rehire" tactic should be banned.') == []
    text = ('The jury heard that Raj Patel, 45, had sent the victim dozens of threatening messages. '
            'One said: "You will regret this."')
    assert quotes(text)[0][1] != "dozen"


def test_a_second_placard_joined_by_and_is_the_crowd_s_too():
    text = "Around 120 people, many holding placards reading “Save our school” and “Small school, big heart”, gathered."
    assert [q for q, _ in quotes(text)] == ["Save our school", "Small school, big heart"]


def test_the_eighth_round_s_rules_keep_out_of_ordinary_prose_second_review():
    """Guards from a second review of the round's rules: each was right before the round."""
    # A named term that is its clause's subject is a term, after "the" and a speech verb too.
    for text in ('Labour said the "bedroom tax" had pushed thousands of families into debt.',
                 'Officers said the "zombie knife" ban would come into force in September.'):
        assert quotes(text) == []
    # A document's issuer named after it outranks a day or a holiday before it.
    text = 'A Christmas Eve statement from Buckingham Palace said the King was "deeply touched" by the messages.'
    assert quotes(text) == [("deeply touched", "Buckingham Palace")]
    text = '"The UK will not be intimidated," said a statement from Downing Street on Sunday.'
    assert quotes(text) == [("The UK will not be intimidated", "Downing Street")]
    text = '"The school will remain closed until Monday," said a letter from headteacher Paul Dean to parents.'
    assert quotes(text) == [("The school will remain closed until Monday", "Paul Dean")]
    # A person named in a relative clause before the quotation is not its speaker when one is named after it.
    text = ('The plan, which Transport Secretary Louise Haigh announced last week, is "unworkable" and should be '
            'withdrawn, the RAC said.')
    assert quotes(text) == [("unworkable", "RAC")]
    # An article led by a person has no company to stand for "the company".
    text = ("Lewis Hamilton has signed for Ferrari, ending his long stay with the team in a shock move.\n\n"
            '"It is a sad day," the company said.')
    assert quotes(text) == [("It is a sad day", "company")]


def test_a_school_or_a_centre_is_no_person():
    text = ("Jordan Mensah was found injured near the Harbourside Centre.\n\n"
            "The family said they were devastated. “He was just a kid,” his sister said.")
    assert names.index(text).fullest.get("centre") is None
    text = "Parents gathered outside Brackenby Primary School. “It is the heart of the village,” she said."
    assert all("School" not in m[2] for m in names.people(text))


def test_an_attribution_ending_a_long_sentence_names_the_speaker_of_its_quoted_phrase():
    """Wire style: the quoted phrase early in a sentence of reported speech, "…, X said" at its end."""
    text = ('Dalton Motors expects "strong demand" for its trucks in the second half of the year as fleets replace '
            'ageing vehicles, chief executive Jane Doe said on Tuesday.')
    assert quotes(text) == [("strong demand", "Jane Doe")]
    text = ('Negotiators made "real progress" towards a ceasefire in talks that ran late into Wednesday night, '
            'Foreign Minister Anneli Korsgaard said, though key issues remained unresolved.')
    assert quotes(text) == [("real progress", "Anneli Korsgaard")]
    # The speaker named before the quotation keeps it.
    text = ('Tom Hale said the plan was "dead on arrival" and would never pass the chamber in its current form, '
            'though his colleague Ann Lee said otherwise.')
    assert quotes(text) == [("dead on arrival", "Tom Hale")]


def test_a_role_named_before_the_one_person_holding_it_is_that_person():
    text = ('A coroner has said there were “missed opportunities” to save a grandmother.\n\n'
            'Area coroner Helen Voss recorded a narrative conclusion on Thursday.')
    assert quotes(text) == [("missed opportunities", "Helen Voss")]
    text = ('Negotiators made "real progress" towards a ceasefire, the foreign minister said.\n\n'
            '"We are not there yet," Dalmark Foreign Minister Anneli Korsgaard told reporters.')
    assert [s for _, s in quotes(text)] == ["Anneli Korsgaard", "Anneli Korsgaard"]
    # Two people hold the title: no telling which.
    text = ('A judge said the case was "a disgrace to the court".\n\n'
            'Judge Amy Lin and Judge Tom Roe heard the appeal.')
    assert quotes(text) == [("a disgrace to the court", "judge")]
    # A spokesman is no office: an unnamed one is not the spokesman named later.
    text = ('A spokesman said the plan was "on track".\n\n'
            'John Smith, a spokesman for the council, declined to comment on the budget.')
    assert quotes(text) == [("on track", "spokesman")]


def test_a_person_owning_a_named_body_is_a_person_and_the_body_is_not():
    text = ("Results show Prime Minister Tomas Kurek's Civic Alliance winning 38% of the vote.\n\n"
            'Kurek thanked voters in a post on Facebook, saying Kesslanders had "chosen stability".')
    assert [m[2] for m in names.people(text)] == ["Tomas Kurek", "Kurek"]
    assert quotes(text) == [("chosen stability", "Tomas Kurek")]
    # A place's office holder and a saint's foundation keep their names.
    assert [m[2] for m in names.people("Dublin's Lord Mayor Ann Bee spoke at St Aidan's Academy.")][0] == "Ann Bee"


def test_one_of_a_group_describing_or_explaining_is_the_group_s_member():
    text = ('Two diplomats briefed on the talks said the exchange was advanced. One of them described the mood in '
            'the room as "cautious but businesslike".')
    assert quotes(text) == [("cautious but businesslike", "diplomat")]


def test_a_paper_s_authors_and_an_agency_s_advice_have_their_speakers():
    text = ('The paper itself is more cautious. In their conclusion, the authors wrote that the findings were '
            '"consistent with a protective effect".')
    assert quotes(text) == [("consistent with a protective effect", "authors")]
    text = ('The Health Protection Agency recommends sleep. In guidance updated last year, the agency advised '
            'parents to keep “all screens out of children’s bedrooms at night where possible.”')
    assert quotes(text) == [("all screens out of children’s bedrooms at night where possible.",
                             "Health Protection Agency")]


def test_a_body_named_right_before_the_verb_in_a_clause_of_its_own_outranks_a_person_before_it():
    text = ('Cole, 23, who plays for Branford City, was not arrested, but Branford Police said officers were '
            '“reviewing CCTV footage and speaking to witnesses”.')
    assert quotes(text) == [("reviewing CCTV footage and speaking to witnesses", "Branford Police")]
    # A body the person is of, or works for, is not the subject.
    text = 'Jane Roe of Save the Children Fund said aid was “nowhere near enough”.'
    assert quotes(text) == [("nowhere near enough", "Jane Roe")]


def test_they_is_the_unnamed_person_the_sentence_before_would_not_name():
    text = ('A worker at the plant, who did not want to be named, told NBS News that staff had been sent home.\n\n'
            '"We were told to leave our overalls in the changing room and go," they said.')
    assert [s for _, s in quotes(text)] == ["worker at the plant"]
    # Only a person the sentence before would not name: no one else the sentence before is about.
    text = ('A worker at the plant said staff had been sent home.\n\n"We will publish new ones," they said.')
    assert [s for _, s in quotes(text)] == [""]


def test_a_body_s_own_document_is_the_body_s():
    text = ('Sewage was discharged for 9,400 hours, according to a report by the Water Quality Commission.\n\n'
            'The commission’s annual report, published on Tuesday, said storm overflows operated by Wendle Water had '
            'spilled 1,120 times, and that 14 overflows were “operating in breach of their permits”.')
    assert quotes(text) == [("operating in breach of their permits", "Water Quality Commission")]


def test_a_headline_quotation_followed_by_a_colon_and_a_name_is_that_person_s():
    text = ("‘I don’t think of it as retirement’: Ruth Abernathy on 40 years at the Kelso Library\n\n"
            "Ruth Abernathy started at the library in 1984 as a part-time shelver.")
    assert quotes(text) == [("I don’t think of it as retirement", "Ruth Abernathy")]
    # A place or a thing after the colon is no speaker.
    text = ("'It came up through the floor': Flash flood tears through Millhaven\n\n"
            '"It came up through the floor," said resident Tom Hale.')
    assert [s for _, s in quotes(text)] == ["Tom Hale", "Tom Hale"]


def test_she_after_a_relative_named_beside_the_person_owning_them_is_the_relative():
    for owner in ("Petrakis'", "Petrakis’s"):
        text = ("Ron Petrakis, 71, lost his home in the fire.\n\n"
                f"{owner} daughter, Elena Petrakis-Boyd, drove in from Larchmont to collect her parents. "
                '"When Dad called me he was calm," she said.')
        assert quotes(text) == [("When Dad called me he was calm", "Elena Petrakis-Boyd")]
    # The owner stays the subject when no relative of theirs is named ("his" is his own).
    text = 'Ron Petrakis lost his home. Petrakis’s house was gutted. "It is gone," he said.'
    assert quotes(text) == [("It is gone", "Ron Petrakis")]


def test_trades_of_the_digital_and_creative_economy_are_roles():
    text = ('"My screen just went gray," said one product designer who had been at the company for three years.')
    assert quotes(text) == [("My screen just went gray", "product designer")]


def test_one_of_a_group_the_sentence_before_is_about_or_opens_with():
    text = ('Malta has had eight citizens turned back. One of these told The Times of Malta, "They treated us like '
            'hostages."')
    assert quotes(text) == [("They treated us like hostages.", "citizen")]
    text = ('One of the victims from Saraf Jidad, who was around 80 years old, recalled the attack. '
            '"The attackers entered my house," he said.')
    assert quotes(text) == [("The attackers entered my house", "victim")]


def test_the_ninth_round_s_rules_keep_out_of_ordinary_prose():
    """Guards from a review of the round's rules: each was right before the round, or nobody rather than the
    wrong person."""
    # A speaker before the quotation keeps it from the attribution that ends the sentence.
    text = ('The airline said passengers could expect "significant disruption throughout the weekend", with dozens '
            'of flights to Spain, Portugal and Italy already cancelled because of the strike, travel expert Simon '
            'Calder said.')
    assert quotes(text) == [("significant disruption throughout the weekend", "airline")]
    # A mayor named with a place is the person given the title.
    text = ('Mayor Tom Harris of Easton signed the agreement on Friday. "This is a good day for both of our '
            'towns," the mayor of Easton said.')
    assert quotes(text)[0][1] == "Tom Harris"
    # Whose man or woman: the person after the possessive.
    for text, who in (('Real Madrid\'s Jude Bellingham said: "We showed our character tonight."', "Bellingham"),
                      ('Sinn Féin\'s Mary Lou McDonald said the vote was "a historic moment for Ireland".',
                       "McDonald"),
                      ('Morgan Stanley\'s Mike Wilson wrote that US stocks were "priced for perfection".', "Wilson"),
                      ('"We were poor," said Manchester United\'s Bruno Fernandes.', "Fernandes")):
        assert quotes(text)[0][1].split()[-1] == who
    assert quotes('Hong Kong\'s Cathay Pacific said the flight had been "cancelled as a precaution".')[0][1] \
        != "Hong Kong"
    # Advice that is no quotation's frame.
    text = 'Doctors advised him to retire, but the striker said he wanted "one more season at the top".'
    assert quotes(text)[0][1] != "Doctors"
    # A body after "for", "from" or "of" is not the subject of the clause.
    text = ('Sarah Kent was released without charge, and a spokesperson for Thames Valley Police said inquiries '
            'were "ongoing and wide-ranging".')
    assert quotes(text)[0][1] != "Thames Valley Police"
    text = ('Health Minister Ruth Baker toured the hospital, and doctors from the British Medical Association said '
            'staff were "at breaking point".')
    assert quotes(text)[0][1] != "British Medical Association"
    # "they" of a group the sentence is about, not of a person it would not name.
    text = ('Union members voted to strike after a manager, who did not want to be named, confirmed the cuts. '
            '"We have been left with no choice," they said.')
    assert quotes(text)[0][1] != "manager"
    # The verb after the next quotation is that quotation's, not this one's.
    text = ('In the paper, lead author Dr Priya Nair and her colleagues describe the fossil as "a missing link in '
            'bird evolution". "It changes the story completely," the authors wrote.')
    assert quotes(text)[0][1] == "Priya Nair"
    # A coroner somewhere else is not the coroner named later.
    text = ('A coroner in Kent said the man\'s death was "a tragic accident". Meanwhile, senior coroner Alison Reid '
            'opened an inquest in Essex.')
    assert quotes(text)[0][1] != "Alison Reid"


def test_a_quotation_set_apart_with_its_speaker_on_a_dashed_line_below_is_theirs():
    text = ('The attack in Rio de Janeiro began at 8.30am.\n\n"Life at the school was turned into a scene of horror."\n\n'
            "— Mayor of Rio, Eduardo Paes\n\nThe two officers ran to the school.")
    assert quotes(text) == [("Life at the school was turned into a scene of horror.", "Eduardo Paes")]
    text = '"We are no longer talking about a crisis."\n\n— UNICEF\n\nAid has been cut.'
    assert quotes(text) == [("We are no longer talking about a crisis.", "UNICEF")]


def test_they_or_it_opening_the_next_sentence_is_the_speaker_just_quoted():
    text = ('"We have no choice but to respect the decision," a Ministry of Defence spokesman said. They added: '
            '"However, this is not the end."')
    assert [s for _, s in quotes(text)] == ["Ministry of Defence spokesman"] * 2
    # "It" is the body or document the sentence before is about, not the person just quoted.
    text = ('"Rain is down," said Peter Sokol. The Ministry of Agriculture published a report on Monday. It found '
            'that rainfall had declined and said that "without investment, yields will fall".')
    assert [s for _, s in quotes(text)][1] != "Peter Sokol"


def test_the_ninth_round_s_rules_keep_out_of_ordinary_prose_second_review():
    """Guards from a second review of the round's rules."""
    def speaker(text, n=0):
        return quotes(text)[n][1]

    # Only a relative named beside their owner is the next "she": not a colleague, an assistant or a solicitor.
    assert speaker("Dr Anna Hansen led the study. Hansen’s colleague, Mark Berg, checked the data twice. "
                   "“We wanted to be absolutely sure,” she said.") == "Anna Hansen"
    assert speaker("Lisa Carter’s assistant, Tom Baker, found the letter on Monday morning. "
                   "“I knew straight away it was a threat,” she said.") == "Lisa Carter"
    # One of a group named right after is that person.
    assert speaker("One of the victims, Mary Evans, 79, lost her life savings to the scam. "
                   "“I trusted them completely,” she said.") == "Mary Evans"
    assert speaker("One of the teachers at the school, Ruth Park, raised the alarm. "
                   "“I smelled smoke in the corridor,” she said.") == "Ruth Park"
    # A mayor is an office its one holder fills, and an unnamed mayor a role.
    assert speaker("A mayor has warned that his town is “at breaking point” because of second homes. Jim Martin, "
                   "the mayor of Padstow, said families were being priced out.") == "Jim Martin"
    assert speaker("A mayor in Sicily said: “We have no water left for the farmers.”") == "mayor"
    assert speaker('Mayor Tom Harris of Easton and Mayor Janet Lee of Weston signed the agreement on Friday. '
                   '"This is a good day for both of our towns," the mayor of Easton said.') == "Tom Harris"
    # A dashed line under a quotation that a paragraph introduced, or that is a credit, date, list or sentence,
    # names no speaker.
    assert speaker("Mayor Karen Bass said:\n\n“We will not leave anyone behind.”\n\n— Reporting by Daniel Trotta; "
                   "Editing by Sandra Maler") == "Karen Bass"
    assert speaker("After the final whistle, Jude Bellingham told reporters:\n\n“I am speechless.”\n\n"
                   "— Photo: Getty Images") == "Jude Bellingham"
    assert speaker("The council leader, Sam Webb, told the meeting:\n\"This is a budget for growth.\"\n— Reuters") \
        == "Sam Webb"
    assert speaker("Reactions poured in.\n\n“A great day for the country.”\n\n— 14 March 2020") != "14 March 2020"
    assert speaker('Campaigners set out their demands.\n\n"Free school meals for every child."\n\n'
                   "— an end to the two-child benefit cap\n— more social housing") != \
        "an end to the two-child benefit cap"
    assert speaker('Reactions poured in overnight.\n\n"A great day for America."\n\n— Senate Minority Leader Chuck '
                   'Schumer called the deal a cave-in.') != "Chuck Schumer"
    assert speaker("“The deal is done.”\n\n— French President Emmanuel Macron, at a joint press conference with "
                   "Olaf Scholz") == "Emmanuel Macron"
    assert speaker("“We are ready for the winter.”\n\n— Chief Executive, Jane Doe, Northern Rail") == "Jane Doe"
    # Advice given with a colon or comma, or after the quotation.
    assert speaker('Health officials advised, “Wash your hands regularly and stay home if you are ill.”') \
        == "Health officials"
    assert speaker('"Do not travel unless your journey is essential," National Highways advised.') \
        == "National Highways"
    # A spokesman from a body, in a clause of its own.
    assert speaker('Dale Ross was released on bail, while a spokesman from Police Scotland said "a report has been '
                   'sent to the procurator fiscal".') != "Dale Ross"
    # "The county council’s report": the county council, not another council.
    assert speaker("Kent County Council has been criticised by Medway Council over its roads. The county council’s "
                   "report, published on Friday, said repairs were “on track” despite the wet winter.") \
        != "Medway Council"
    # A headline's "Name on trial" is no one speaking on a topic.
    assert speaker("‘He preyed on the vulnerable’: John Smith on trial for murder of pensioner\n\nProsecutors told "
                   "Leeds Crown Court that John Smith, 45, “preyed on the vulnerable”.") != "John Smith"
    # A sentence that ends one quotation lends no verb after the next.
    assert speaker('Lead researcher Dr Amy Cho said the findings had surprised the team. "The results were '
                   'striking." "We did not expect such a large effect," the authors wrote in the paper.') == "Amy Cho"


def test_a_title_after_titled_entitled_or_headlined_is_no_quote_however_long():
    text = ('The newspaper reproduced a story from The Onion verbatim, headlined "Congress threatens to leave DC '
            'unless new capitol is built".')
    assert quotes(text) == []
    assert quotes('She gave a speech in the Heartland, titled: "The Big Event: Courage — No Matter What".') == []
    # A case's title, and a title named after it ("as the order is titled", "as it is known").
    assert quotes('The FCC ruled on December 14 in the matter of "Restoring Internet freedom".') == []
    text = ('Clyburn called the order "Destroying Internet Freedom" rather than "Restoring Internet Freedom" as the '
            'order is titled.')
    assert quotes(text) == [("Destroying Internet Freedom", "Clyburn")]
    # Only a title in capitals: 'promised "a bonfire of red tape", as the policy was called' is what he promised.
    assert quotes('The minister promised "a bonfire of red tape", as the policy was called.') == [
        ("a bonfire of red tape", "minister")]


def test_promises_thanks_requests_warnings_and_findings_frame_the_phrases_they_quote():
    text = ('The leaders of Restan and Valdoria pledged in a joint declaration on Tuesday to open "a new chapter" in '
            'relations.')
    assert [q for q, _ in quotes(text)] == ["a new chapter"]
    text = ('The National Weather Service issued a flash flood warning at 1:40 a.m., warning of "life-threatening '
            'flooding" near the river.')
    assert [q for q, _ in quotes(text)] == ["life-threatening flooding"]
    text = ('MP Karen Yusuf has written to the commission asking for its investigation to be completed “within '
            'months, not years”.')
    assert quotes(text) == [("within months, not years", "Karen Yusuf")]
    # A participle that is no speech: 'asking to come home' is the activist's plea, and he is named by his role.
    text = ('During the rally a Hamas activist dressed as Gilad Shalit and begged for his life, asking to come home. '
            '"I miss my mother and father," he said.')
    assert quotes(text)[0][1] != "Gilad Shalit"


def test_a_title_in_capitals_where_something_is_shown_is_no_quote():
    text = "Rossi, who shot to fame on ‘Gino’s Sunday Table’ in 2009, says he is now considering legal action."
    assert quotes(text) == []
    # A placard's words in capitals are still the crowd's.
    text = 'Workers carried signs reading "Robots Don\'t Pay Taxes" and "Port Calder Was Built By Hands."'
    assert len(quotes(text)) == 2


def test_the_ninth_round_s_rules_keep_out_of_ordinary_prose_third_review():
    """Guards from a third review of the round's rules."""
    # Terms and names near a promise, a warning, thanks or a finding stay terms.
    for text in ('The government pledged £2bn for the "levelling up" agenda in the north of England.',
                 'Police are warning of a rise in "county lines" drug dealing in rural Norfolk.',
                 'The paper reports the finding that "dark matter" clumps more tightly than expected.',
                 'Health chiefs issued a warning that "Blue Monday" is a marketing myth.',
                 'The Duchess thanked volunteers at the "baby bank", which hands out nappies.',
                 'Ministers pledged to end "fire and rehire" practices by the end of the year.',
                 'The singer thanked her "Little Monsters" as the show ended.',
                 'Councillors pledged to protect the "green belt" around the town.'):
        assert quotes(text) == [], text
    # "entitled" as an adjective frames no title.
    assert quotes('Femi Okonjo insisted he was entitled, "like any other citizen", to a fair hearing.') == [
        ("like any other citizen", "Femi Okonjo")]
    # Words in capitals after "in" are someone's.
    assert [q for q, _ in quotes("Jamie Lyle's mother told the inquest his last text ended in \"Love You "
                                 "Always\".")] == ["Love You Always"]
    # Someone named beside the person they work for, whose own pronoun follows, is the next "he".
    text = ('Tunde Okafor was cleared of all charges. Okafor\'s lawyer, Daniel Reyes, walked out of court shaking his '
            'head. "This should never have come to trial," he said.')
    assert quotes(text)[0][1] == "Daniel Reyes"
    # A dashed line naming a person with an age, a year or a place.
    text = ('We asked voters in Leeds what mattered most to them.\n\n"The cost of living, full stop."\n'
            "— Margaret Hill, 67, retired nurse\n\n\"The potholes. The roads are a disgrace.\"\n— Dev Anand, 34, "
            "taxi driver")
    assert [s for _, s in quotes(text)] == ["Margaret Hill", "Dev Anand"]
    text = ('Readers responded in their hundreds. Here is a selection:\n\n"Bring back the old timetable."\n'
            "— Peter Quinn, Swindon\n\n\"The new buses are a joke.\"\n— Amira Khan, Bath")
    assert [s for _, s in quotes(text)] == ["Peter Quinn", "Amira Khan"]
    # A quotation that ends its sentence borrows the next one's verb when nothing else names its speaker.
    text = '"I\'m delighted." "This club means everything to me," Jordan Smith said after signing a new deal.'
    assert [s for _, s in quotes(text)] == ["Jordan Smith", "Jordan Smith"]
    text = ('The judge was blunt. "You are a danger to women." "You will serve at least 20 years," Judge Anne '
            'Molyneux told him.')
    assert [s for _, s in quotes(text)] == ["Anne Molyneux", "Anne Molyneux"]
    # "They added" after a sentence about someone else than the last speaker.
    text = ('"It was chaos," said shopper Dan Price.\n\nOrganisers said the event would go ahead next year. '
            'They added: "Lessons will be learned."')
    assert quotes(text)[1][1] != "Dan Price"


def test_a_pronoun_after_a_preposition_is_not_the_apposed_person_s_own():
    text = ("Grant Evans’ solicitor, Helen Moss, read a statement on his behalf outside court. “I am sorry for the "
            "pain I have caused,” he said in the statement.")
    assert quotes(text)[0][1] == "Grant Evans"


def test_the_subject_of_a_speech_verb_speaks_though_no_list_knows_its_noun():
    # Possessive name and role: the role is the speaker, as "(unnamed)" labels name it.
    text = "Kayla Brooks announced the split on Monday.\n\nRyan’s representative said: “Ryan has nothing to add.”"
    assert speakers(text)[-1][1] == "Ryan’s representative"
    text = "The gig was called off.\n\nThe singer, 27, later wrote on Facebook: \"I am so sorry to everyone.\""
    assert speakers(text)[-1][1] == "singer"
    text = "Police were called at 2am. One clubber told the Daily Flare: \"He threw the first punch.\""
    assert speakers(text)[-1][1] == "clubber"
    # A noun phrase holds no preposition or pronoun: "A post by him said" names no "post by him".
    assert speakers('A post by him said: "It is a disgrace."') != [("It is a disgrace.", "post by him")]
    # "One of them" is still one of the group named before, not a noun of its own.
    text = 'Two diplomats briefed on the talks spoke. One of them described the mood as "cautious but businesslike".'
    assert speakers(text)[-1][1] == "diplomat"


def test_a_proper_name_no_list_knows_speaks_as_itself():
    text = 'Cole scored twice.\n\nIn a statement, Branford City said: "The club is aware of an incident."'
    assert speakers(text)[-1][1] == "Branford City"
    assert speakers('"We will not comment," Downing Street said.') == [("We will not comment", "Downing Street")]
    assert speakers('Meanwhile Downing Street said: "We will not comment."')[0][1] == "Downing Street"
    # An office in capitals is no body: its holder speaks, as the article named them.
    text = ('Sport Minister Ros Hennessy announced the plan on Monday. Critics attacked it. "It is a disgrace," '
            'the Sport Minister said.')
    assert speakers(text)[0][1] == "Ros Hennessy"
    # A word that opens a group ("One", "Another") is no name.
    text = 'Fans rushed to support her. One wrote: "Sending love." Another added: "Stay strong."'
    assert [s for _, s in speakers(text)] == ["fan", "fan"]


def test_a_description_set_off_by_commas_may_be_capitalised_or_say_also():
    text = 'Elaine Smith, also a Labour MSP, said she feared MSPs were being "bounced" into backing the bill.'
    assert speakers(text) == [("bounced", "Elaine Smith")]
    text = 'Ada Roe, the BBC\'s political editor, said the vote was "a shock".'
    assert speakers(text) == [("a shock", "Ada Roe")]


def test_a_body_named_with_a_network_word_or_its_country_after_is_no_person():
    text = 'Tom Barnes from the Equality Network said of the vote: "Tonight the Parliament voted for equality."'
    assert speakers(text)[0][1] == "Tom Barnes"
    text = 'Colin Macfarlane from the gay rights group Stonewall Scotland said: "This is a historic step forward."'
    assert speakers(text)[0][1] == "Colin Macfarlane"
    # A surname that is a country's name is still a surname.
    assert speakers('"We will keep going," said Jimmy Wales.')[0][1] == "Jimmy Wales"


def test_review19_the_described_person_things_and_relative_clauses():
    # "The singer" right after the one person named is that person, as the guidelines ask for a name.
    text = ("Pop star Kelly Marsh was rushed to hospital on Saturday night. The singer, 27, later wrote on Facebook: "
            '"Thank you all for the love."')
    assert speakers(text)[0][1] == "Kelly Marsh"
    # ... but not when the noun was someone else's before.
    assert speakers('Kelly Marsh met a producer. The producer said: "She is brilliant."')[0][1] == "producer"
    # A thing speaks for whoever wrote it: no speaker of its own.
    text = 'Fans have been warned. The website says: "Tickets are non-refundable."'
    assert speakers(text) == [("Tickets are non-refundable.", "")]
    text = 'The head teacher wrote to parents. The email added: "We apologise for any inconvenience."'
    assert speakers(text)[0][1] != "email"
    # Hyphenated nouns and "a pal of the star".
    text = "A lollipop lady is retiring. The grandmother-of-six said: 'I will miss every one of them.'"
    assert speakers(text)[0][1] == "grandmother-of-six"
    assert speakers("A pal of the star said: 'She just wants to be left alone.'")[0][1] == "pal of the star"
    # A relative clause between the noun and its verb names no subject.
    text = 'The barber, who has run the shop on Mill Lane since 1987, told the Echo: "I have never seen it."'
    assert speakers(text)[0][1] == "barber"
    text = 'Police were called. One clubber, who asked not to be named, told the Daily Flare: "He threw a punch."'
    assert speakers(text)[0][1] == "clubber"


def test_review19_surnames_that_are_countries_and_bodies_named_by_their_kind():
    assert speakers('Grace Ireland, the team captain, said: "We will bounce back."')[0][1] == "Grace Ireland"
    assert speakers('"We will act," said Patricia Scotland, the secretary-general.')[0][1] == "Patricia Scotland"
    text = ('Aid group Relief Without Borders said it was sending tents, warning that night-time temperatures were '
            'already "close to freezing".')
    assert speakers(text)[0][1] == "Relief Without Borders"


def test_review19_a_subject_noun_speaks_only_if_it_names_a_person():
    # Documents and things are no speakers, whatever their noun.
    for noun in ("ceasefire agreement", "survey", "decree", "bill", "ad", "alert", "order", "sticker", "band"):
        assert speakers(f'The {noun} said the move was "a temporary measure."')[0][1] == "", noun
    # A person's own title before the name is what "the singer" points back to.
    text = ('Singer Kayleigh Dunn, 27, suffered two broken ribs in the crash on the A38. The singer later wrote on '
            'Facebook: "I am lucky to be alive."')
    assert speakers(text)[0][1] == "Kayleigh Dunn"


def test_review19_a_group_opening_its_own_clause_speaks_not_the_person_in_the_clause_before():
    text = 'The driver was pronounced dead at the scene, and police said the crash was "a tragic accident."'
    assert speakers(text)[0][1] == "police"
    text = 'Smith was fined for the offence, and magistrates said his conduct had been "wholly unacceptable".'
    assert speakers(text)[0][1] == "magistrates"
    # "others" or "reports" open no speaker of their own.
    text = 'Ada Roe praised the plan, and others said it was "a good start".'
    assert speakers(text)[0][1] != "others"


def test_review19_everyday_shapes_both_trees_missed():
    assert speakers('"It was a penalty all day long," fumed Wanderers boss Mick Tait.')[0][1] == "Mick Tait"
    assert speakers('"There is no military solution," two European officials said.')[0][1] == "two European officials"
    assert speakers('"We apologise for the disruption," easyJet said in a statement.')[0][1] == "easyJet"
    text = 'Japan\'s foreign ministry said in a statement it "strongly protests" the move.'
    assert speakers(text)[0][1] == "Japan's foreign ministry"
    assert speakers('A lollipop lady who saw the crash said: "The car did not slow down."')[0][1] == "lollipop lady"
    text = ('Dean Whitlock was left with a broken jaw after the attack. "I just want whoever did this caught," the '
            'father-of-two said.')
    assert speakers(text)[0][1] == "Dean Whitlock"
    text = 'The vicar, who has led St Mary\'s for 12 years, said: "The roof is in a dreadful state."'
    assert speakers(text)[0][1] == "vicar"


def test_review19_a_named_issuer_a_counted_group_and_a_plural_with_a_relative_clause():
    text = ("Branford Rovers issued a statement on Monday night. The statement said: 'Fans without a ticket should "
            "not travel.'")
    assert speakers(text)[0][1] == "Branford Rovers"
    text = 'Ada Roe released a statement on Friday. "I will not resign," the statement said.'
    assert speakers(text)[0][1] == "Ada Roe"
    text = 'Two European officials said the talks had stalled. "There is no trust left," one of them said.'
    assert speakers(text)[0][1] == "official"
    assert speakers('Neighbours who heard the bang said: "It shook the whole street."')[0][1] == "neighbours"


def test_review19_the_singer_after_a_person_and_a_place_is_left_to_the_rules_that_choose_among_them():
    text = ("Chart-topper Lana Brisk cut short her set at Castlefield Bowl after a power failure. The singer, 27, "
            "later wrote on Instagram: 'I am so sorry, Manchester.'")
    assert speakers(text)[0][1].endswith("Lana Brisk")
    text = 'Leo Tamm joined Branford Rovers from Ajax. The midfielder said: "I am delighted."'
    assert speakers(text)[0][1] == "Leo Tamm"


def test_surnames_that_are_also_months_demonyms_or_places_name_people():
    # "Tom French from the Equality Network said" was the network's; "said Theresa May, after talks with X" was X's.
    text = 'Tom French from the Equality Network said of the vote: "Tonight we won."'
    assert speakers(text) == [("Tonight we won.", "Tom French")]
    assert speakers('"We had a good meeting," said Theresa May, after talks with Jeremy Corbyn.')[0][1] == "Theresa May"
    assert speakers('"We are united," said William Hague after meeting John Kerry.')[0][1] == "William Hague"
    # Not when the word before is no given name.
    text = 'Last May the council voted to close the library. "It is a disgrace," said Jane Doe.'
    assert speakers(text)[0][1] == "Jane Doe"


def test_a_role_with_its_own_of_phrase_or_possessive_speaks_and_points_back_to_no_one():
    text = ("Quirin wept in his lawyer's arms when convicted.\n\nThe head of the police's internal investigators told "
            "the court \"Basic investigations weren't done.\" She also said \"I regret we weren't called.\"")
    assert [s for _, s in speakers(text)] == ["head of the police's internal investigators"] * 2
    assert speakers('The head of internal affairs told the court: "Nothing was done."')[0][1] == (
        "head of internal affairs")
    assert speakers('The police\'s chief investigator told the court "Nothing was done."')[0][1] == (
        "police's chief investigator")


def test_a_full_stop_before_a_single_closing_mark_ends_the_sentence_as_before_a_double_one():
    # The segmenter runs on past ".’ Capital", so the next sentence's verb was taken as the quotation's.
    text = ("The chief constable, Andrew Pike, was unrepentant. He told members: ‘I stand by every decision.’ Panel "
            "member Rose Tennant said it was poor.")
    assert speakers(text) == [("I stand by every decision.", "Andrew Pike")]
    text = ("‘I’m not ashamed,’ said Lottie Graves, 31, ‘I did what any mum would do.’ Her former partner, Jason "
            "Reid, said through his solicitor that he was ‘relieved’ by the ruling.")
    assert [s for _, s in speakers(text)] == ["Lottie Graves", "Lottie Graves", "Jason Reid"]


def test_those_who_speak_for_a_person_are_not_the_person():
    text = 'Hours later, the family of victim Edith Rowe said: "Mum trusted him completely."'
    assert speakers(text)[0][1] == "family of victim Edith Rowe"
    text = '"The allegations are false," lawyers for businessman Viktor Solano said in a statement.'
    assert speakers(text)[0][1] == "lawyers for businessman Viktor Solano"
    assert speakers('President Alvarez\'s office said the talks were "productive and frank."')[0][1] == (
        "President Alvarez's office")
    # A named lawyer is still a person of their own.
    assert speakers('Tom Reid\'s lawyer, Ann Cole, said: "We will appeal."')[0][1] == "Ann Cole"


def test_a_sentence_pointing_back_at_a_quotation_names_its_speaker():
    text = ('"It felt like the floor was moving under our feet."\n\nThat was how Jenny Walsh, 34, described the moment '
            'the quake struck.')
    assert speakers(text)[0][1] == "Jenny Walsh"
    text = 'Buses were cut. "It\'s a disgrace." That was the verdict of pensioner Dorothy Kerr, 81.'
    assert speakers(text)[0][1] == "Dorothy Kerr"


def test_he_or_she_after_someone_put_a_question_to_them_is_the_one_asked():
    text = ('Presenter Nick Robbins asked the health secretary, Amanda Crewe, whether waiting lists would fall. "We '
            'are turning the corner," she replied. Robbins pressed her on the figures. "Those numbers are coming '
            'down," she insisted.')
    assert [s for _, s in speakers(text)] == ["Amanda Crewe", "Amanda Crewe"]
    text = ('Sir Keith Lomax told the inquiry he had been "kept in the dark" about the leaks. Counsel to the inquiry, '
            'Jane Hollister KC, put it to him that board papers showed otherwise. "I can only tell you what I '
            'remember," he said.')
    assert [s for _, s in speakers(text)] == ["Keith Lomax", "Keith Lomax"]


def test_he_or_she_is_not_someone_named_as_the_other_sex():
    text = ('Conservative MP Gareth Lyle said the decision was "a betrayal". Labour\'s transport spokeswoman, Priya '
            'Raman, has backed the scheme. "People here have no bus," he added.')
    assert [s for _, s in speakers(text)] == ["Gareth Lyle", "Gareth Lyle"]
    text = ('The key witness, Donna Hart, was cross-examined by Nicholas Grey KC. "I know what I saw," she said. Mr '
            'Grey suggested that she had been mistaken. "I was not mistaken," she replied.')
    assert [s for _, s in speakers(text)] == ["Donna Hart", "Donna Hart"]


def test_whoever_praised_or_congratulated_someone_may_speak_next():
    # "praised him" is no question put to him: the manager speaks of the striker.
    text = ('"I just wanted to win," said striker Tom Reid. Manager Bill Hart praised him after the match. "He was '
            'brilliant today," he said.')
    assert [s for _, s in speakers(text)] == ["Tom Reid", "Bill Hart"]
    text = ('Jane Cole said she was "delighted" with the result. Her rival, Sarah Penn, congratulated her on the win. '
            '"She deserved it," she said.')
    assert [s for _, s in speakers(text)][-1] == "Sarah Penn"


def test_ranks_and_welsh_particles_belong_to_names_and_villagers_are_not_their_village():
    text = ('Metropolitan Police Commander Jane Fowler said there were 43 arrests. "This sends a clear message," she '
            'said.')
    assert [s for _, s in speakers(text)] == ["Jane Fowler"]
    assert speakers('Plaid Cymru leader Gethin ap Rhys said the NHS was "in crisis".')[0][1] == "Gethin ap Rhys"
    text = ('Villagers in Little Ashby say they are "sick to the back teeth" of lorries, according to parish council '
            'chairman Brian Ellis. "We\'ve had two near misses," he told the Herald.')
    assert [s for _, s in speakers(text)] == ["villagers", "Brian Ellis"]  # he is no villagers


def test_the_officer_is_the_police_rank_named_before_unless_another_officer_came_up_since():
    assert speakers('Sgt Mike Dawson said thefts had doubled. "These are gangs," the officer said.')[0][1] == (
        "Mike Dawson")
    text = ('Police Sergeant Tom Reid said the road was closed. A second officer was injured. "It was chaos," the '
            'officer said.')
    assert speakers(text)[0][1] == "officer"
    # The holder's own apposition is no other one.
    text = ('"The army holds the airport," said Ali Bakar, a government spokesman. Troops landed at dawn. "We hope '
            'to end it today," the government spokesman said.')
    assert [s for _, s in speakers(text)] == ["Ali Bakar", "Ali Bakar"]


def test_he_or_she_is_not_a_person_whose_first_name_is_the_other_sexs():
    text = ('Aaron Blake was told he would never walk again, but his mother, Denise, refused to accept it. "I said to '
            'the doctors, you don\'t know my son," she recalled.')
    assert speakers(text)[0][1] != "Aaron Blake"
    text = ('Sandra Kirwan said demand had tripled. Volunteers such as retired teacher Bill Hogarth now work four days '
            'a week. "We\'re seeing working families," she added.')
    assert speakers(text)[0][1] == "Sandra Kirwan"
    # A name the census gives both sexes, or a family name written first, decides nothing.
    text = 'Kim Jong-un inspected the site. "We are ready," he said.'
    assert speakers(text)[0][1] == "Kim Jong-un"


def test_spoke_of_and_laughed_report_the_words_they_frame():
    text = 'Mr Justice Green spoke of his "very considerable unease" as he rejected the application.'
    assert speakers(text) == [("very considerable unease", "Justice Green")]
    assert speakers('"Terrified," laughed singer Danny Quinn.') == [("Terrified", "Danny Quinn")]
    assert speakers('He spoke to reporters about his "Rocket" nickname.') == []


def test_posted_on_x_ends_its_sentence_and_a_body_after_it_speaks():
    text = ('"This is a devastating blow," the charity\'s chief executive, Marcus Delaney, wrote on X. The Department '
            'for Housing said the money had been "reallocated to more effective programmes".')
    assert [s for _, s in speakers(text)] == ["Marcus Delaney", "Department for Housing"]
    text = ('"This is a blow," Marcus Delaney wrote on X. The Treasury said the figures were "in line with '
            'forecasts".')
    assert speakers(text)[-1][1] == "Treasury"


def test_a_name_set_off_by_its_kind_of_body_speaks_as_that_body():
    text = ('"Tech companies have had long enough," said Rani Govender, the CSA\'s head of online policy. Brightloop, '
            'the social media company, said it already had "more than 30 tools" to protect teenagers.')
    assert speakers(text)[-1] == ("more than 30 tools", "Brightloop")


def test_a_short_attribution_after_a_question_or_exclamation_mark_is_its_own():
    text = '"I always delete my messages," Doyle said. "Every single one?" Mr Haig asked.'
    assert [s for _, s in speakers(text)] == ["Doyle", "Haig"]
    assert speakers('"Get out!" Tom Reid shouted.') == [("Get out!", "Tom Reid")]


def test_a_place_before_a_role_and_a_name_is_no_person():
    text = ('Former England spinner Graeme Salter told BBC Sport the selectors got it wrong. "You cannot leave out '
            'your best spinner," he said.')
    assert speakers(text)[0][1] == "Graeme Salter"
    text = 'West Riding mayor Sarah Dunmore has pledged to keep routes. "Buses are a lifeline," she told a meeting.'
    assert speakers(text)[0][1] == "Sarah Dunmore"
    # A verb, not a role, between two names: both are people.
    assert speakers('Tom Reid told reporter Ann Cole: "Yes."')[0][1] == "Tom Reid"


def test_a_description_the_lede_introduced_is_the_person_named_with_an_age_next():
    text = ('A mother-of-two says she has been left living with black mould. Kerry Ashdown, 31, said her son had been '
            'admitted to hospital. \'I\'ve rung them more times than I can count,\' the mother-of-two said.')
    assert speakers(text)[0][1] == "Kerry Ashdown"
    text = ('A former soldier who lost both legs has completed a 1,000-mile hand-cycle. Craig Devlin, 39, raised more '
            'than £80,000. "There were days I wanted to quit," the former soldier said.')
    assert speakers(text)[0][1] == "Craig Devlin"
    # Only a sentence that opens with the name: "The pal added that Kayla, 36, had moved" names someone else.
    text = ('A source close to the couple told us: "It was a blazing row." The pal added that Kayla, 36, had moved '
            'out.\n\n"She\'s heartbroken," the source said.')
    assert speakers(text)[-1][1] == "source"


def test_in_an_exchange_the_asker_asks_and_the_one_asked_answers():
    text = ('Presenter Dylan Hughes asked the First Minister, Gareth Pryor, about the speed limit. "Do you accept '
            'that you got this wrong?" he asked. "I accept we could have explained it better," he replied.')
    assert [s.removeprefix("Presenter ") for _, s in speakers(text)] == ["Dylan Hughes", "Gareth Pryor"]
    text = ('Labour MP Chris Dunmore asked the chief executive of Ofwat, Alan Stroud, whether anyone had been sacked. '
            '"Not to my knowledge," he said. "Then what exactly is the point of Ofwat?" he asked.')
    assert [s for _, s in speakers(text)] == ["Alan Stroud", "Chris Dunmore"]
    text = ('Cross-examined by Peter Lindqvist, the former finance director Graham Pell admitted he had signed the '
            'accounts. Mr Lindqvist asked him why. "I trusted the team beneath me," he said.')
    assert speakers(text)[0][1] == "Graham Pell"


def test_an_asker_who_pressed_someone_may_go_on_speaking():
    # Pressing or challenging is no question reported as asked: the asker's own statement follows.
    text = ('Prosecutor Helen Vargas pressed Dr Amy Thornton on the timing. "You told detectives it was on the '
            'Tuesday," she said. "That was an error in my notes," Dr Thornton replied.')
    assert [s for _, s in speakers(text)] == ["Helen Vargas", "Amy Thornton"]
    # Passive: "was asked by" names the asker after it.
    text = ('Rovers manager Paul Dunning was asked about his captain, Ryan Ashworth, who was booed. "Ryan is a '
            'fantastic professional," he said.')
    assert speakers(text)[0][1] == "Paul Dunning"


def test_review20d_regressions_a_body_quoted_before_and_a_colon_introduced_exclamation():
    # "she" after a person named since is not the body quoted before (the body's quotation now ends its sentence).
    text = ('The Environment Agency said: ‘River levels are rising quickly.’ Keswick café owner Joanne Pratt said she '
            'had moved her stock upstairs. ‘We’ve been here before,’ she said.')
    assert [s for _, s in speakers(text)] == ["Environment Agency", "Joanne Pratt"]
    # A quotation a colon introduced keeps its speaker, whatever short sentence follows its exclamation mark.
    text = ('Councillor Diane Forbes defended the plans. "The building is falling apart," she said. Resident Keith '
            'Ormerod shouted: "So fix it!" Cllr Forbes later said she understood.')
    assert [s for _, s in speakers(text)] == ["Diane Forbes", "Keith Ormerod"]
    # A spokesman's body quoted before goes on as "he" when nobody is named between.
    text = ('A Foreign Office spokesman said: "We are in contact with the family." "We will support them," he added.')
    assert [s for _, s in speakers(text)][0] == [s for _, s in speakers(text)][1]


def test_banks_and_funds_are_no_people_and_a_weekday_ends_a_bodys_name():
    text = ('Central Bank of Sri Lanka Governor Chandima Wijesekera said inflation had peaked. "The worst is behind '
            'us," he told a news conference.')
    assert speakers(text)[0][1] == "Chandima Wijesekera"
    text = ('The International Monetary Fund on Tuesday raised its forecast, but warned that trade tensions posed '
            '"significant downside risks".')
    assert speakers(text)[0][1] == "International Monetary Fund"


def test_so_said_and_the_remark_by_point_back_at_the_quotation():
    assert speakers('"I never expected to win." So said Albert Grimshaw, 91.')[0][1] == "Albert Grimshaw"
    text = '"Ghana is not for sale." The blunt message came from President Kwabena Asante-Mensah, at a rally.'
    assert speakers(text)[0][1] == "Kwabena Asante-Mensah"
    text = '"We will not divide." The remark by Chief Minister Harpreet Singh Gill came hours later.'
    assert speakers(text)[0][1] == "Harpreet Singh Gill"


def test_what_a_body_called_something_is_the_bodys_word():
    text = ('The Tacoma Police Union issued a vote of no confidence in Chief Diane Moreno, citing what it called "a '
            'culture of fear" in the department.')
    assert speakers(text) == [("a culture of fear", "Tacoma Police Union")]
    text = ('Unite has balloted 1,200 workers at the Carrington Foods factory over a pay offer it describes as "an '
            'insult".')
    assert speakers(text) == [("an insult", "Unite")]
    assert speakers('Tom Reid rejected what he called "a reckless scheme".') == [("a reckless scheme", "Tom Reid")]


def test_a_work_named_after_its_kind_or_a_programme_one_was_interviewed_by_is_a_title():
    text = 'In an interview with "Good Morning America" on Thursday, pop star Tessa Lorne said she was "ready".'
    assert speakers(text) == [("ready", "Tessa Lorne")]
    text = 'In her new memoir, "Still Standing", the broadcaster Joanna Kell writes that she was "broken".'
    assert speakers(text) == [("broken", "Joanna Kell")]
    # Words said in a film are still quoted words.
    assert [q for q, _ in speakers('He said in the film "I will be back".')] == ["I will be back"]


def test_a_statement_a_titled_person_released_is_theirs():
    text = ('British Prime Minister Gordon Brown released a statement calling the agreement "a triumph for peace."\n\n'
            '"Kenya\'s leaders have reached an agreement," the statement said.')
    assert [s for _, s in speakers(text)] == ["Gordon Brown", "Gordon Brown"]


def test_a_new_paragraph_naming_its_subject_before_a_quotation_has_moved_on_from_the_last_speaker():
    text = ('Nabil Abu Rudeineh, a Palestinian spokesman, said that Palestine "rejects returning to peace talks."\n\n'
            'Palestinian prime minister Salam Fayyad also rejected the plan. "The exclusion of east Jerusalem is a '
            'very serious problem for us."')
    assert [s for _, s in speakers(text)] == ["Nabil Abu Rudeineh", "Salam Fayyad"]
    # In the same paragraph, the quotation still goes on with the one quoted before.
    text = ('"We will appeal," said Tom Reid. The court adjourned until Monday. "We are confident," he added.')
    assert [s for _, s in speakers(text)] == ["Tom Reid", "Tom Reid"]


def test_who_in_a_relative_clause_is_its_antecedent():
    text = ('The label is disputed by the Turkish government, who has called the vote a "serious blow" to '
            'relations.')
    assert speakers(text)[-1] == ("serious blow", "Turkish government")
    assert speakers('The plan was backed by Ann Cole, who said it was "long overdue".') == [
        ("long overdue", "Ann Cole")]


def test_a_sentence_pointing_back_names_the_person_not_their_club_company_or_place():
    text = ('"I have never seen a decision like that." Those were the words of a furious Ashdown Town boss, Phil '
            'McKenna, after the match.')
    assert speakers(text)[0][1] == "Phil McKenna"
    text = '"We see no reason to change." Those were the words of Halvorsen Shipping\'s finance chief, Ingrid Dahl.'
    assert speakers(text)[0][1] == "Ingrid Dahl"
    assert speakers('"We are not going anywhere." That was the message from the tenants of Burnside Court.')[0][1] == ""


def test_a_statement_a_family_released_is_the_familys():
    text = ('The family of missing hiker Tomasz Wilk released a statement on Friday. "We are overwhelmed by the '
            'kindness of strangers," the statement said.')
    assert speakers(text)[0][1] == "family of missing hiker Tomasz Wilk"


def test_the_owner_of_a_person_named_after_them_is_not_the_subject():
    text = ('Country singer Lacey Dawn Pruitt cancelled the rest of her tour. A friend, songwriter Beau Tillman, said '
            'Pruitt had been caring for her father. Pruitt\'s publicist, Nina Stroud, confirmed the cancellation but '
            'declined to give a reason, saying only: "Lacey thanks her fans."')
    assert speakers(text)[0][1] == "Nina Stroud"


def test_he_after_a_quotation_is_the_subject_of_the_narration_that_leads_into_it():
    text = ('Opposition leader Morgan Tsvangirai claimed victory on Monday.\n\nEarlier, Mugabe spokesman George '
            'Charamba warned the MDC that declaring a premature victory would be a coup, "and we all know how coups '
            'are handled," he said.')
    assert speakers(text) == [("and we all know how coups are handled", "George Charamba")]
    # Not when the narration holds another quotation, nor when its subject cannot be "he".
    text = ('Senator Ray Dunn spoke first.\n\nLater, Senator Anne Kowalski told reporters the bill was dead, "and '
            'nobody will revive it," he said.')
    assert speakers(text)[0][1] != "Anne Kowalski"


def test_the_role_a_person_was_introduced_with_is_that_person():
    text = ('Little Ollie Brennan, three, rang for help when his mum, Jodie Brennan, 31, fell unconscious in the '
            'kitchen.\n\nThe mother said: \u2018I don\u2019t remember anything after putting the kettle on.\u2019')
    assert speakers(text)[0][1] == "Jodie Brennan"
    text = ('The referee, Tom Hale, sent him off in the 80th minute. Fans booed for ten minutes.\n\nThe referee '
            'said: "I had no choice."')
    assert speakers(text) == [("I had no choice.", "Tom Hale")]
    # A role no name came with stays the role.
    text = 'Owen Pritchard, 58, claims their father promised him the holding.\n\nThe father said: "I never did."'
    assert speakers(text) == [("I never did.", "father")]


def test_the_n_year_old_is_the_person_named_with_that_age_or_the_one_named_before():
    text = ('TELLY chef Rocco Benedetti has walked out on his hit cookery show.\n\nThe 52-year-old posted on social '
            "media last night: 'After nine series I\u2019ve made my last omelette.'")
    assert speakers(text)[0][1] == "Rocco Benedetti"
    text = ('TELLY chef Rocco Benedetti, 52, has walked out on his show after a row with Ann Dale, 40. Dale was '
            'furious.\n\n"I am done," the 52-year-old said.')
    assert speakers(text) == [("I am done", "Rocco Benedetti")]
    # Two people named and no age to tell them apart: no guess.
    text = 'Rocco Benedetti walked out after a row with Ann Dale. Dale was furious.\n\n"I am done," the 52-year-old said.'
    assert speakers(text) == [("I am done", "")]


def test_what_a_body_opening_its_sentence_called_something_is_the_bodys():
    text = ('Norland Telecom said on Thursday it would cut 1,800 jobs.\n\nThe company described the restructuring as '
            '\u201cnecessary to secure Norland\u2019s long-term competitiveness\u201d.')
    assert speakers(text)[0][1] == "Norland Telecom"


def test_a_document_opening_its_sentence_speaks_not_the_person_it_speaks_of():
    text = ('A former director was charged, according to an indictment brought by the Riversend District Attorney\'s '
            'Office.\n\nThe indictment alleges that Marek Dvorsky "created fictitious vendors and approved their '
            'invoices himself" over six years.')
    assert speakers(text)[0][1] == "Riversend District Attorney's Office"


def test_a_document_named_for_a_body_is_that_bodys_but_an_outlets_report_is_not_its_own_words():
    text = ('A leaked Treasury memo suggests ministers were warned about the levy.\n\nThe memo, dated 12 January and '
            'seen by this programme, says the levy would be "regressive in its rural impact" for families.')
    assert speakers(text)[0][1] == "Treasury"
    text = ('A Reuters report on Monday said the talks had stalled.\n\nThe report said the ministers were "nowhere '
            'near a deal" on Sunday.')
    assert speakers(text)[0][1] != "Reuters"
    text = ('A British report suggests ministers were warned.\n\nThe report says the levy would be "regressive in '
            'its rural impact" for families.')
    assert speakers(text)[0][1] != "British"


def test_a_run_that_and_a_bodys_name_go_on_from_is_no_person():
    assert names.people("Dunholm Fire and Rescue Service said crews rescued two people.") == ()
    assert names.people("The Energy and Climate Committee met.") == ()
    assert [n for _, _, n in names.people("Tom Reid and Ann Cole said the plan was dead.")] == ["Tom Reid", "Ann Cole"]
    text = ('Firefighters were called to a blaze on Quarry Road.\n\nDunholm Fire and Rescue Service said the fire was '
            '"believed to have started accidentally in a kitchen."')
    assert speakers(text)[0][1] == "Dunholm Fire and Rescue Service"


def test_a_body_called_by_its_first_word_is_the_body_named_in_full_before():
    text = ('A Bluewing Airways flight from Saro to Linhaven was diverted on Friday, the airline said.\n\nBluewing said '
            'in a statement that "the safety of our passengers and crew is always our highest priority."')
    assert speakers(text)[0][1] == "Bluewing Airways"
    # A person of that name is no body's first word.
    text = ('Dunholm Council met on Monday. Later Ann Dunholm spoke.\n\n"We will not give up," Dunholm said.')
    assert speakers(text)[0][1] == "Ann Dunholm"


def test_a_single_closing_mark_after_a_full_stop_ends_the_sentence_for_the_next_speaker():
    text = ('Equalities minister Farah Qureshi-Nolan said: \u2018These numbers are a rebuke to an industry.\u2019 The '
            'Albrennian Bankers\u2019 Association said its members were \u2018committed to progress\u2019.')
    assert speakers(text)[1] == ("committed to progress", "Albrennian Bankers\u2019 Association")
    assert [s.text[:12] for s in text_module.sentences(text)] == ["Equalities m", "The Albrenni"]


def test_a_wire_dateline_is_not_the_first_words_of_its_sentence():
    text = ('MARISCO, July 19 (Meridian Press) - The Foreign Ministry of Kaldera on Friday summoned Ostravia\'s '
            'ambassador over what it called "a grave violation" of Kalderan airspace by two military jets.')
    assert speakers(text) == [("a grave violation", "Foreign Ministry of Kaldera")]


def test_a_clause_set_off_between_the_subject_and_its_verb_names_no_speaker():
    text = ('BELGRAVA, March 3 (Continental Press) - Opposition leader Dragan Markovi\u0107, speaking a day after Prime '
            'Minister Jelena Kosti\u0107 met Finance Minister Vesna Ili\u0107 to discuss the currency\'s slide, said the '
            'government had "lost control of the currency and of itself."')
    assert speakers(text)[0][1] == "Dragan Markovi\u0107"
    text = ("SOAP star Dani Kovacs is heading back to Harbour Lights.\n\nDani, 29, who plays barmaid Roxy Vane, told "
            "the Sunday Clarion: \u2018I\u2019ve missed everyone like mad.\u2019")
    assert speakers(text)[0][1] == "Dani Kovacs"
    # A list of people is no clause: the one next to the verb speaks.
    text = 'Tom Reid, who founded the firm, and Ann Cole, a nurse, said the plan was "dead in the water" now.'
    assert speakers(text)[0][1] != "Tom Reid"


def test_a_speech_verb_whose_clause_runs_on_to_the_quotation_frames_it_before_the_next_clauses_verb():
    text = ('The meeting grew heated. "This is our green belt, not theirs," said parish councillor Margaret Ellery, while '
            'developer Ravi Sundaram, of Sundaram Homes, insisted the scheme was "modest and much needed" and local '
            'farmer Tom Pardew dismissed the plans as "a car park with gardens."')
    assert [who for _, who in speakers(text)] == ["Margaret Ellery", "Ravi Sundaram", "Tom Pardew"]


def test_a_semicolon_ends_the_clause_a_framed_quotation_belongs_to():
    text = ('Under a cold drizzle at the finish, winner Grace Wambui called the new course \u201cbrutal on the '
            'hills\u201d; runner-up Ellen Marsh said she had \u201cnothing left at the end\u201d; and race director '
            'Colin Abernethy promised spectators \u201ca drier day next year.\u201d')
    assert [who for _, who in speakers(text)] == ["Grace Wambui", "Ellen Marsh", "Colin Abernethy"]


def test_a_datelines_outlet_is_no_one_a_colon_introduced_quotation_belongs_to():
    text = ('BIR KARAMA, Nov 8 (Sahel Wire) \u2013 Colonel Idris Mahamat-Saleh, the army\u2019s regional commander in '
            'the north, put it bluntly to visiting journalists: \u201cWe cannot hold the road with the men we have.\u201d')
    assert speakers(text)[0][1] == "Idris Mahamat-Saleh"


def test_according_to_later_in_the_quotations_sentence_names_its_speaker():
    text = ('The trust was "running out of road" by the spring, according to its finance director, Paul Oyelaran, who '
            'gave evidence.')
    assert speakers(text) == [("running out of road", "Paul Oyelaran")]
    text = ('The bridge had shown \u201cvisible cracking in its supports\u201d as early as 2018, according to '
            'structural engineer Friederike von Alvensleben, who inspected it.')
    assert speakers(text)[0][1] == "Friederike von Alvensleben"
    # Not after the quotation's own verb: a source for the report, not the speaker.
    text = ('"The whole thing was a joke," said researcher Amin Dabur, according to Jerusalem-based Palestinian Media '
            'Watch.')
    assert speakers(text)[0][1] != "Palestinian Media Watch"


def test_a_body_opening_its_sentence_is_the_subject_past_a_clause_that_names_another():
    text = ('Vesterholm Motors reported a 31 percent fall in quarterly profit on Thursday.\n\nThe Metalworkers\' '
            'Federation, which represents 40,000 Vesterholm employees, said it would "resist any attempt to make '
            'workers pay for management\'s mistakes."')
    assert speakers(text)[0][1] == "Metalworkers' Federation"


def test_an_offices_name_with_a_title_in_the_possessive_names_no_one():
    assert names.people("The State Prosecutor\u2019s Office said in a statement that he had lied.") == ()
    text = ('Prosecutors charged former minister Bogdan Ili\u0107 on Tuesday.\n\nThe State Prosecutor\u2019s Office '
            'said in a statement that Ili\u0107 had awarded the contract \u201cwithout a tender and against the '
            'advice of his own officials.\u201d')
    assert speakers(text)[0][1] == "State Prosecutor\u2019s Office"
    # An owner named in full is still the person: "Prime Minister Tomas Kurek's Civic Alliance".
    assert [n for _, _, n in names.people("Prime Minister Tomas Kurek's Civic Alliance won.")] == ["Tomas Kurek"]


def test_a_statement_mentioned_after_a_clause_is_its_speech_verbs_subjects():
    text = ('KHARET, Aug 14 (Meridian Press) - The Sarawi Liberation Front said on Thursday it would observe a 30-day '
            'ceasefire from midnight, in a statement posted on its website.\n\nThe statement said the group\'s '
            'fighters would "respond only if attacked."')
    assert speakers(text)[0][1] == "Sarawi Liberation Front"


def test_a_plural_description_points_to_no_one_person_named_before():
    text = ('The regulator is examining payments made to companies linked to the charity\u2019s founder, Gideon '
            'Ashworth-Mbeki, and his brother Tomas Ashworth.\n\nIn a letter to supporters, the charity\u2019s trustees '
            'said they were \u2018cooperating fully\u2019 with the inquiry.')
    assert speakers(text)[0][1] == "charity\u2019s trustees"


def test_a_lede_description_is_the_person_the_next_sentence_names_and_has_speak():
    text = ('A LORRY driver who scooped \u00a34.6million on the lottery says he\u2019ll keep on working \u2014 \u2018at '
            'least till Christmas\u2019.\n\nKenny Mbatha, 55, from Rowley Cross, said: \u2018I\u2019ve driven that '
            'route for 19 years.\u2019')
    assert [who for _, who in speakers(text)] == ["Kenny Mbatha", "Kenny Mbatha"]
    # Not one the next sentence names without having them speak.
    text = ('A coroner has said there were \u201cmissed opportunities\u201d to save a grandmother.\n\nMargaret '
            'Elland, 78, of Coldhurst, was taken to hospital by ambulance on 12 February.')
    assert speakers(text)[0][1] != "Margaret Elland"


def test_he_looks_back_past_a_sentence_that_only_speaks_of_him_to_the_one_that_names_him():
    text = ('Ewan Okafor-Lindsay has been pointing a second-hand telescope at the sky from his back garden in Pelham '
            'Cross since he was twelve. Last month, at 61, he found something nobody else had seen.\n\nThe comet, now '
            'officially designated C/2024 P3, bears his name. "I checked it about forty times before I told anyone," '
            'he said.')
    assert speakers(text)[0][1] == "Ewan Okafor-Lindsay"


def test_whom_a_source_quoted_as_saying_is_the_speaker_not_the_source():
    text = ('SEOMUN, Jan 27 (OWS) - The leader of the Hanjin People\'s Republic, Marshal Ri Song-chol, inspected a '
            'coastal artillery unit, the official Central Hanjin News Agency said.\n\n"The enemies must understand '
            'that every inch of our sea is guarded," the agency quoted him as saying.')
    assert speakers(text)[0][1].endswith("Ri Song-chol")
    assert speakers('Interfax quoted Defence Minister Sergei Ivanov as saying: "We will respond."') == [
        ("We will respond.", "Sergei Ivanov")]
    text = ('Prime Minister Ada Roe spoke to the agency on Monday.\n\n"We will not move," Roe was quoted by the agency '
            'as saying.')
    assert speakers(text)[0][1] == "Ada Roe"


def test_a_sentence_pointing_back_may_describe_the_message():
    text = ("'I will not resign, and I will not apologise.'\n\nThat was the defiant message from Valdoria's Defence "
            "Minister Zoran Stojkovi\u0107 yesterday after leaked recordings emerged.")
    assert speakers(text)[0][1] == "Zoran Stojkovi\u0107"


def test_clubs_firms_and_places_named_like_people_are_no_one_a_pronoun_stands_for():
    text = ('Castlebridge Town beat Deeping Rovers 2-0 on Saturday.\n\nRovers boss Andy Kerr felt the opener should have '
            'been ruled out. \u201cI\u2019ve seen it back three times and it\u2019s a foul every time,\u201d he said.')
    assert speakers(text)[0][1] == "Andy Kerr"
    for name in ("Deeping Rovers", "Lindgren Shipping", "Gallant Strait", "Riverside Quarter"):
        assert not names.people(f"They met at {name} on Monday."), name
    text = ('Vesterholm Motors reported a 31 percent fall in quarterly profit and said in its earnings statement that '
            'conditions would remain "challenging for the rest of the year."')
    assert speakers(text)[0][1] == "Vesterholm Motors"


def test_the_club_that_speaks_is_the_club_named_before_not_the_person_its_words_are_about():
    text = ('Fenmouth Albion have sacked manager Ian Rudd after a run of eight games without a win.\n\nIn a statement, '
            'the club said Rudd had \u201cgiven everything to Fenmouth Albion\u201d and wished him \u201cevery success '
            'in the future\u201d.')
    assert [who for _, who in speakers(text)] == ["Fenmouth Albion", "Fenmouth Albion"]
    text = ('Fenmouth Albion\u2019s record goalscorer Billy Tranter has died at the age of 84.\n\nThe club said it was '
            '\u2018deeply saddened\u2019 by the news.')
    assert speakers(text)[0][1] == "Fenmouth Albion"


def test_the_role_a_sentence_opens_with_is_its_last_role_word_and_the_name_may_carry_a_rank():
    text = ('One of his first pupils, Tariq Benali, won Olympic bronze in 2020. \u201cCoach took me off the street,\u201d '
            'Benali said.\n\nThe local police commander, Superintendent Grace Ofori, credits the gym with a fall in '
            'youth crime. \u201cJosiah has done more than any initiative we have funded,\u201d she said.')
    assert speakers(text)[-1][1] == "Grace Ofori"


def test_the_n_year_old_after_the_verb_or_before_a_clause_is_the_person_named_before():
    text = ('BINMAN-turned-poet Winston Adebayo-Crouch has landed a book deal.\n\nThe 47-year-old, who collects rubbish '
            'in Pelsworth, said: "I\'d be stood at the back of the lorry."')
    assert speakers(text) == [("I'd be stood at the back of the lorry.", "Winston Adebayo-Crouch")]
    text = ('When Keziah Amankwah-Reid dances, she feels the music through the floor.\n\n\u201cPeople ask how I keep '
            'time,\u201d said the 18-year-old, signing through an interpreter.')
    assert speakers(text)[0][1] == "Keziah Amankwah-Reid"


def test_a_nationality_describes_the_one_the_sentence_before_is_about():
    text = ('Valentina Roussos beat top seed Kasia Wr\u00f3blewska at the Port Aldridge Open.\n\nRoussos, 19, saved four '
            'match points.\n\nWr\u00f3blewska was gracious in defeat. \u201cShe played without fear,\u201d the Pole '
            'said.')
    assert speakers(text)[0][1] == "Kasia Wr\u00f3blewska"


def test_a_who_clause_without_commas_after_a_name_names_no_speaker():
    text = ('Rep. Charles Rangel (Democrats) who represents a New York City neighborhood which Chavez recently visited '
            'said "I just want to make it abundantly clear to Hugo Chavez."')
    assert speakers(text)[0][1] == "Charles Rangel"


def test_a_remark_by_someone_that_leads_into_the_quotation_is_theirs():
    text = ('Last week, former Foreign Minister of Germany, Joschka Fischer said that he was worried. He found '
            'particularly worrisome a statement by Presidential candidate Rudy Giuliani in October that "If I am '
            'President of the United States, I guarantee you, we will never find out."')
    assert speakers(text)[0][1] == "Rudy Giuliani"
    text = ('Tensions could rise before the US Presidential election, Fischer said.\n\n' + text)
    assert speakers(text)[0][1] == "Rudy Giuliani"  # (not "Presidential", of "US Presidential" taken for a name)
    # Not a remark the quotation is said of: 'Ann Cole called the remarks by Tom Reid "a disgrace"'.
    assert speakers('Ann Cole called the remarks by Tom Reid "a disgrace" on Monday.')[0][1] == "Ann Cole"


def test_a_places_office_opening_the_sentence_is_the_participles_subject_and_its_named_holder():
    text = ('AL-QASRA, March 9 (Orient Wire Service) - Kessaria\'s prime minister on Sunday rejected calls from '
            'neighbouring Zahran to hand over a dissident cleric, saying the man had been granted asylum "according to '
            'our laws and our traditions".\n\n"Kessaria does not sell its guests," Prime Minister Faisal al-Mahdi '
            'told a televised cabinet session.')
    assert [who for _, who in speakers(text)] == ["Faisal al-Mahdi", "Faisal al-Mahdi"]
    # Not when the office's holder is named right there.
    text = ('Afghanistan\'s president Hamid Karzai on Sunday rejected calls from Pakistan to act, saying it was "not '
            'our war".')
    assert speakers(text)[0][1] == "Hamid Karzai"


def test_quotations_in_french_german_polish_or_reversed_marks_are_read_with_the_articles_own_words():
    words = "We will rebuild the bridge before the winter comes"
    for opening, closing in (("«", "»"), ("« ", " »"), ("„", "“"), ("„", "”"), ("»", "«"), ("‚", "‘"), ("‹", "›")):
        text = f"The mayor, Ines Varga, spoke on Monday. {opening}{words}{closing}, Varga said."
        assert quotes(text) == [(words, "Ines Varga")], (opening, closing)
        found = [s for s in suggest(text) if s.tag == "quote"]
        assert [(text[s.start:s.end], s.text, s.speaker) for s in found] == [(words, words, "Ines Varga")]


def test_a_quotation_inside_french_marks_keeps_its_inner_marks_as_printed():
    text = "Ines Varga, the mayor, spoke. «Nobody said ‹never›, not once», Varga said."
    found = [s for s in suggest(text) if s.tag == "quote"]
    assert found[0].text == "Nobody said ‹never›, not once" and found[0].speaker == "Ines Varga"


def test_foreign_marks_become_english_ones_and_nothing_else_changes():
    from annotations.assist.text import english_marks

    for text in ("a „b“ c ‚d‘ e", "x «y» ‹z›", "»a« and ›b‹", "„open only\nand “next”", "no marks at all"):
        read = english_marks(text)
        assert len(read) == len(text)
        assert all(a == b or a in "«»‹›„‚“‘" for a, b in zip(text, read))
        assert not set(read) & set("«»‹›„‚")


def test_an_office_with_the_holders_age_before_it_is_the_one_holder_named_before():
    text = ("The mayor of Dunmore, Ines Varga, visited the river on Monday with the engineer Paul Brandt. "
            "“We will rebuild the bridge,” the 54-year-old mayor said.")
    assert quotes(text) == [("We will rebuild the bridge", "Ines Varga")]
    # An age alone, with no office the article gives one person, stays the description it is.
    text = "Ines Varga and Paul Brandt visited the river. “We will rebuild,” the 54-year-old engineer said."
    assert quotes(text)[0][1] != "Ines Varga"


def test_a_quotation_nobody_is_named_for_is_the_authors_of_the_document_the_narration_is_about():
    report = ("The report released on Friday by the Northway Water Board focuses on leaks in a third of its mains.\n\n"
              "Households in the east of the city lose the most water, it says.\n\n"
              "In the eyes of engineers, according to this report, the pipes are not to blame.\n\n")
    text = report + ('It concludes from this that the fault is not a simple matter of old pipes. "Rather, it is a '
                     'failure of maintenance over decades."')
    assert quotes(text) == [("Rather, it is a failure of maintenance over decades.", "Northway Water Board")]
    # Not when someone is named since.
    text = report + 'Engineer Dana Cole disagreed. "Rather, it is a failure of maintenance over decades."'
    assert quotes(text)[0][1] != "Northway Water Board"


def test_a_possessive_opening_the_sentence_before_is_an_owner_not_whom_the_pronoun_stands_for():
    text = ("Ines Varga, the mayor of Dunmore, and the engineer Paul Brandt visited the river on Monday. Brandt's plan "
            "was backed by Varga. “We will rebuild the bridge before the winter comes,” she said.")
    assert quotes(text) == [("We will rebuild the bridge before the winter comes", "Ines Varga")]


COUNCIL_AND_FIRM = "The Dunmore City Council met on Monday with engineers from Halden Construction Ltd. "


def test_the_company_is_the_business_named_before_not_a_council_the_lead_opens_with():
    for said in ("“We will rebuild the bridge,” the company said.", "The firm said: “We will rebuild the bridge.”"):
        assert [speaker for _, speaker in quotes(COUNCIL_AND_FIRM + said)] == ["Halden Construction Ltd"], said


def test_a_name_ending_in_ltd_is_no_person():
    assert not names.is_personal("Halden Construction Ltd") and not names.is_personal("Arden Foods Inc")


def test_the_council_is_the_council_named_before_after_according_to_a_which_clause_or_a_report_it_released():
    for said in ("According to the council, “we will rebuild the bridge”.",
                 "The council, which has 40 members, said: “We will rebuild the bridge.”",
                 "The council later released a report. The report said “we will rebuild the bridge”."):
        text = COUNCIL_AND_FIRM + said
        assert [speaker for _, speaker in quotes(text)] == ["Dunmore City Council"], said


def test_a_pull_quote_repeating_a_quotation_above_is_not_suggested_again():
    words = "We won it the right way, by winning the league and the cup"
    text = (f"The manager, Ines Varga, spoke after the final.\n\nVarga said, \"{words}.\" The club ended the season "
            f"with two trophies.\n\nInes Varga, Dunmore Rovers manager: \"{words}.\"\n\nThe squad returns in July.\n")
    found = [s for s in suggest(text) if s.tag == "quote"]
    assert [(text.index(words), "Ines Varga")] == [(s.start, s.speaker) for s in found]
    # The only place the words appear is quoted, pull quote or not.
    text = f"The manager, Ines Varga, spoke after the final.\n\nInes Varga, Dunmore Rovers manager: \"{words}.\"\n"
    assert [s.speaker for s in suggest(text) if s.tag == "quote"] == ["Ines Varga"]


def test_a_block_quotation_may_follow_a_line_that_ends_on_its_speech_verb_without_a_colon():
    text = ("Dunmore bridge to reopen\n\nIn response, Mayor Ines Varga met residents in Dunmore this afternoon and, "
            "addressing a largely "
            "sympathetic crowd at the town hall, insisted that the repairs had been planned well and said\n\n"
            "The bridge will be open again before the winter comes. Nobody in this town will be cut off.\n\n"
            "Residents were not convinced.\n")
    assert quotes(text) == [("The bridge will be open again before the winter comes. Nobody in this town will be cut "
                             "off.", "Ines Varga")]
    # A headline ending on its verb introduces the article, not a quotation.
    text = ("Bridge will reopen before winter in the town of Dunmore, says the mayor of Dunmore, Ines Varga, says\n\n"
            "The bridge in Dunmore will be open again before the winter comes, the town's mayor said on Monday.\n")
    assert quotes(text) == []


def test_a_body_named_with_of_the_country_after_it_is_the_body_by_its_own_name():
    text = ("Researchers found a flaw in home routers. Exploring the flaw, National Cyber Security Centre of the UK "
            "said \"the attacker would have to be physically close to the target\".")
    assert quotes(text) == [("the attacker would have to be physically close to the target",
                             "National Cyber Security Centre")]
    assert names.organisation_names("The Church of Scientology said so. The Bank of England agreed.") >= {
        "Church of Scientology", "Bank of England"}


def test_a_police_chief_is_a_person_not_the_police():
    text = "A man was stabbed in Dunmore on Monday. “We will find whoever did this,” the police chief said."
    assert quotes(text) == [("We will find whoever did this", "police chief")]
    text = "Tom Hale had a blunt message for the suspect on Monday. “We will find you,” the police chief said."
    assert quotes(text) == [("We will find you", "Tom Hale")]


def test_a_body_named_by_one_word_that_opens_the_lead_is_the_group_the_company_the_agency_or_it_that_speaks():
    leads = {"Greenpeace": "Greenpeace on Monday criticised the government's plan to open the northern coast to "
                           "drilling. ",
             "Apple": "Apple declined to comment on Monday on the lawsuit filed by three former employees in "
                      "California. ",
             "NASA": "NASA on Friday delayed the launch of its new lunar lander by at least three weeks after a test "
                     "failure. "}
    for body, said in (("Greenpeace", "“It is a disaster,” the group said."),
                       ("Greenpeace", "“It is a disaster,” it said."),
                       ("Apple", "“The claims are without merit,” the company said."),
                       ("NASA", "“Safety comes first,” the agency said."),
                       ("NASA", "“Safety comes first,” it said in a statement.")):
        assert [speaker for _, speaker in quotes(leads[body] + said)] == [body], said
    # Not a person the article names in full.
    text = ("Okafor on Monday criticised the government's plan to open the northern coast to drilling. Ada Okafor "
            "leads the coastal campaign. “It is a disaster,” the group said.")
    assert quotes(text)[0][1] != "Okafor"


def test_the_role_a_lead_gave_right_before_a_name_is_that_person():
    text = ("Campaigner Ruth Amadi and the housing minister, Colin Marsh, clashed on Monday over the fire inquiry. "
            "The campaigner said Marsh had “never once” visited the site.")
    assert quotes(text) == [("never once", "Ruth Amadi")]


def test_the_father_or_the_mother_is_the_one_of_that_sex_in_the_couple_the_article_names():
    couple = ("David Turpin and Louise Turpin pleaded guilty on Friday to torturing their children. David Turpin, "
              "alone, was also charged with making false statements.\n\n")
    text = couple + 'The father said "I love my children."\n\nThe mother said "I look forward to seeing them."'
    assert quotes(text) == [("I love my children.", "David Turpin"),
                            ("I look forward to seeing them.", "Louise Turpin")]
    # No couple named: the role as it is.
    text = "Mark Tully and Anna Cole were arrested.\n\nThe father said \"I love my children.\""
    assert quotes(text) == [("I love my children.", "father")]


def test_an_acronym_with_a_hyphen_is_spelt_out_as_the_article_defined_it():
    text = ("Joint Task Force Guantanamo (JTF-GTMO) reported the death of a captive on Sunday.\n\n"
            "According to the JTF-GTMO press release that announced his death:\n\n"
            "The captive was assessed to be an experienced fighter with command responsibilities.\n")
    assert quotes(text) == [("The captive was assessed to be an experienced fighter with command responsibilities.",
                             "Joint Task Force Guantanamo")]
    assert names.acronym(text, "JTF-GTMO") == "Joint Task Force Guantanamo"


def test_a_headline_quotation_is_the_one_holder_of_the_title_the_headline_names():
    body = "\n\nMayor Ines Varga said on Monday the town would rebuild the bridge before winter.\n"
    for headline in ("'We will rebuild the bridge': Dunmore mayor vows action after flood",
                     "Dunmore mayor: 'We will rebuild the bridge before winter'"):
        assert [speaker for _, speaker in quotes(headline + body)] == ["Ines Varga"], headline
    # Two people hold the title: no one.
    text = ("'We will rebuild the bridge': Dunmore mayor vows action\n\nMayor Ines Varga and former Mayor Tom Reid "
            "met on Monday.\n")
    assert quotes(text) == [("We will rebuild the bridge", "")]


def test_said_her_former_manager_is_the_one_the_article_introduced_so():
    text = ("Singer Kayla Brooks and her former manager, Dean Ortiz, are in a dispute over unpaid royalties. "
            "“She knows the contract,” said her former manager.")
    assert quotes(text) == [("She knows the contract", "Dean Ortiz")]


def test_a_name_set_off_by_another_persons_possessive_is_the_speaker_not_the_owner():
    lead = "Tom Hale was charged on Monday. "
    for attribution in ("Ada Roe, Hale's lawyer, said he would plead “not guilty”.",
                        "Ada Roe, Tom Hale’s lawyer, said he would plead “not guilty”.",
                        "“He will plead not guilty,” Ada Roe, Hale's lawyer, said."):
        assert [speaker for _, speaker in quotes(lead + attribution)] == ["Ada Roe"], attribution


def test_a_document_opening_the_sentence_speaks_as_the_author_the_same_sentence_names():
    text = ("The indictment, filed by the Port Calder District Attorney's Office, alleges that Gregory Vance "
            '"directed payments to shell companies he knew performed no work".')
    assert quotes(text) == [("directed payments to shell companies he knew performed no work",
                             "Port Calder District Attorney's Office")]


def test_any_body_named_before_its_verb_after_a_long_fronted_phrase_is_the_speaker():
    text = ("The Federated Union of Aviation Workers (FUAW) has directed its members to down tools.\n\n"
            "In a communiqué issued at the end of its National Executive Council meeting in Port Haldane on "
            "Thursday, the union said management had “treated the welfare of workers with contempt”.")
    assert [speaker for _, speaker in quotes(text)] == ["Federated Union of Aviation Workers"]
    text = ("Dylan Price's ban was justified, the Championship Disciplinary Panel has said.\n\n"
            "In written reasons published on Thursday, the panel said Price had ‘made no attempt to lower his "
            "height’ and the tackle was ‘reckless rather than intentional’.")
    assert [speaker for _, speaker in quotes(text)] == ["Championship Disciplinary Panel"] * 2


def test_a_quotation_in_single_marks_reopened_in_each_paragraph_is_one_quote_per_paragraph():
    text = ("Cllr Gwen Pritchard said: 'I have spent eleven years in this chamber.\n\n"
            "'We have looked at every line. We have sold the buildings we could sell.\n\n"
            "'What is left is a choice. I know which one I have to protect.'\n\n"
            "The vote is on Tuesday.")
    assert quotes(text) == [(said, "Gwen Pritchard") for said in (
        "I have spent eleven years in this chamber.",
        "We have looked at every line. We have sold the buildings we could sell.",
        "What is left is a choice. I know which one I have to protect.")]
    # An apostrophe that opens a word is no quotation, even when the next paragraph opens one.
    text = "Fans of the '90s band and fish 'n chips queued.\n\n'It was worth every minute,' said Ada Roe, 41."
    assert quotes(text) == [("It was worth every minute", "Ada Roe")]
    # A quotation that opens with a figure after a colon is one.
    text = "Ada Roe said: '20 years ago this town had a mill.\n\n'We need help, and we need it now.'"
    assert quotes(text) == [(said, "Ada Roe") for said in ("20 years ago this town had a mill.",
                                                           "We need help, and we need it now.")]


def test_a_features_quotation_no_one_is_named_for_is_the_person_the_paragraph_narrates():
    text = ("The potter who breaks her best work\n\nHana Lindqvist keeps a hammer on the shelf above her wheel. It "
            "is, she explains, for the pots that come out too well.\n\n"
            "“If it’s perfect, nobody needs it.” She turns a bowl in her hands, looking for the flaw.\n\n"
            "Her first kiln was bought from a retiring teacher. “People think the fire is romantic.”")
    assert quotes(text) == [("If it’s perfect, nobody needs it.", "Hana Lindqvist"),
                            ("People think the fire is romantic.", "Hana Lindqvist")]
    # A written notice is no one's the paragraph narrates.
    text = "Ada Roe runs the shelter.\n\nThe council's letter was blunt: “Funding will end in March.” She has appealed."
    assert quotes(text)[0][1] != "Ada Roe"
    # Not the quotation's own sentence: the reply he received is not his.
    text = ("Colin Penrose posted a photo of his eye.\n\nHe received no response until a year later, when the reply "
            "“thats what happens to beasts!!” was received.")
    assert quotes(text) == [("thats what happens to beasts!!", "")]


def test_a_verb_coordinated_after_its_object_is_the_subjects_when_a_pronoun_names_the_object():
    text = ("Foreign Minister Lucía Armendáriz summoned the Velmarian ambassador, Konrad Ilves, on Tuesday and warned "
            "him that Tirenza’s patience “is not unlimited”. “We have shown restraint,” she told reporters.")
    assert quotes(text) == [("is not unlimited", "Lucía Armendáriz"), ("We have shown restraint", "Lucía Armendáriz")]
    # "him" is the subject himself, who reports the call: the one named last speaks.
    assert quotes("Tom Hale said Ada Roe phoned on Sunday and told him the deal was “dead”.") == [("dead", "Ada Roe")]
    # The object's sex need not differ, nor be known.
    text = ("Prime Minister Tom Hale summoned the ambassador, Konrad Ilves, on Tuesday and warned him that "
            "Tirenza's patience “is not unlimited”.")
    assert quotes(text) == [("is not unlimited", "Tom Hale")]
    # A first name written with an accent is the census's: Lucía is a woman's name.
    assert names.pronoun_of("Lucía Armendáriz") == "she"


def test_a_name_set_off_by_a_participle_clause_that_names_another_is_the_speaker():
    text = ("Mayor Thandeka Mokoena, responding to remarks by provincial housing MEC Sipho Ndlovu about the grant, "
            "said on Tuesday the MEC was ‘playing politics with people’s lives’.")
    assert quotes(text) == [("playing politics with people’s lives", "Thandeka Mokoena")]


def test_a_source_close_to_an_office_holder_is_the_source_not_the_holder():
    lead = "Housing Minister Claire Ashdown was left fuming after officials signed off the contract.\n\n"
    for line in ("A source close to the minister said: ‘She is absolutely livid.’",
                 "‘She is absolutely livid,’ a source close to the minister said.",
                 "A friend of the minister said: ‘She is absolutely livid.’"):
        [(_, speaker)] = quotes(lead + line)
        assert speaker.split()[0] in ("source", "friend"), line
    assert quotes(lead + "A source close to the minister has said: ‘She is livid.’") == [
        ("She is livid.", "source close to the minister")]


def test_a_barrage_a_tunnel_or_a_station_named_before_he_is_no_person():
    text = ("The Commissioner for Environment, Mr. Tunde Adeyemi-Bello, has ordered families to move. He said the "
            "exercise followed the release of water from the Kossa Barrage upstream.\n\n"
            '"We are not going to wait for people to die," he said.')
    assert quotes(text) == [("We are not going to wait for people to die", "Tunde Adeyemi-Bello")]
    assert not names.index("The Cedar Fork Tunnel and Millbrook Station closed.").starts
    # "Pier", "Bridge" and "Dam" are people's names too, so they are not among these words.
    for text, name in (("Pier Luigi Bersani criticised the budget. “It is a mistake,” he said.", "Pier Luigi Bersani"),
                       ("Former defender Wayne Bridge has retired. “It was time,” he said.", "Wayne Bridge"),
                       ("Dutch coach Marleen van Dam was furious. “It was a disgrace,” she said.", "Marleen van Dam")):
        assert quotes(text)[0][1] == name, text


def test_an_office_written_with_a_capital_is_its_holder():
    text = ("Fisheries Minister Kavitha Ramaswamy announced the scheme on Monday. Officials said the units would "
            "each supply 20,000 litres a day.\n\n“No woman should have to carry pots,” the Minister said.")
    assert quotes(text) == [("No woman should have to carry pots", "Kavitha Ramaswamy")]


def test_whom_the_office_holder_described_is_the_holders_words_and_an_honorific_may_follow_the_role():
    text = ("The Governor of Ondaru State, Mr Babatunde Akinlade, on Monday swore in eight new commissioners.\n\n"
            'Among them was Dr Chiamaka Eze, whom the governor described as "a round peg in a round hole".\n\n'
            '"We will deliver," the governor said.')
    assert quotes(text) == [("a round peg in a round hole", "Babatunde Akinlade"),
                            ("We will deliver", "Babatunde Akinlade")]
    text = ("The Governor of Ondaru State, Mr Babatunde Akinlade, swore in commissioners. Among them was Dr "
            'Chiamaka Eze, whom the governor has repeatedly described as "a round peg".')
    assert quotes(text) == [("a round peg", "Babatunde Akinlade")]


def test_a_remark_by_someone_or_their_remark_that_leads_into_the_quotation_is_theirs():
    text = ("Gov. Teresa Lindqvist, responding to President Harlan Cole's remark that the state's wildfire response "
            'had been "a disgrace," said Tuesday that the president was "welcome to come see the firefighters."')
    assert quotes(text) == [("a disgrace", "Harlan Cole"),
                            ("welcome to come see the firefighters.", "Teresa Lindqvist")]
    text = ("Mayor Thandeka Mokoena, responding to remarks by MEC Sipho Ndlovu that the city had ‘failed dismally’ to "
            "spend its grant, said the MEC was ‘playing politics’.")
    assert quotes(text) == [("failed dismally", "Sipho Ndlovu"), ("playing politics", "Thandeka Mokoena")]
    # Not a clause that reports someone else's words.
    text = "The row began with a statement by Ada Roe that Tom Hale had called the plan “a disgrace”."
    assert quotes(text) == [("a disgrace", "Tom Hale")]
    # ... but the remark's author may report their own words in it.
    text = ("Tom Hale, responding to comments by Ada Roe that she had warned the council of “a disaster” in 2019, "
            "said he was sorry.")
    assert quotes(text) == [("a disaster", "Ada Roe")]


def test_a_profiles_paragraph_of_only_a_quotation_is_the_person_the_paragraph_before_narrates():
    text = ("The bus conductor who became a principal\n\nLakshmi Devarajan still carries a ticket punch in her "
            "handbag. Today she runs the Kondagiri school.\n\n“On the bus I learned one thing.”\n\n"
            "She wrote her exams while still on the route. “The conductors would cover for me.”")
    assert quotes(text) == [("On the bus I learned one thing.", "Lakshmi Devarajan"),
                            ("The conductors would cover for me.", "Lakshmi Devarajan")]


def test_she_went_on_reports_the_quotation():
    text = ("Chief executive Theresa Vance told analysts prices would stay low. Vance said supply was locked in.\n\n"
            "“We are not going to flinch in November,” she went on. “Customers remember who blinked.”")
    assert quotes(text) == [("We are not going to flinch in November", "Theresa Vance"),
                            ("Customers remember who blinked.", "Theresa Vance")]
    text = "Ada Roe spoke at the fair. “We will keep going,” Roe went on."
    assert quotes(text) == [("We will keep going", "Ada Roe")]


def test_that_warning_came_from_or_the_words_are_those_of_names_the_quotations_speaker():
    lead = "Route 47 will run for the last time on Saturday.\n\n'Once a route goes, it never comes back.' "
    for after in ("That warning came from the county councillor for the area, Ian Thwaite.",
                  "That warning came from county councillor Ian Thwaite.",
                  "The words are those of county councillor Ian Thwaite."):
        assert quotes(lead + after) == [("Once a route goes, it never comes back.", "Ian Thwaite")], after


def test_relatives_of_a_person_with_a_clause_set_off_and_the_hospital_in_a_statement_speak():
    text = ("Mary Conlon, 79, died on a trolley at St Declan’s University Hospital.\n\nRelatives of Mary Conlon, who "
            "spoke on condition that they not be named, said she had been “left in a corridor like a parcel”.\n\n"
            "In a statement, the hospital said it “does not comment on individual cases”.")
    assert quotes(text) == [("left in a corridor like a parcel", "Relatives of Mary Conlon"),
                            ("does not comment on individual cases", "St Declan’s University Hospital")]


def test_a_headline_quotation_the_body_quotes_again_is_whoever_the_body_says_said_it():
    text = ("Halcrest shares slide as CEO warns of 'challenging' year\n\nShares in Halcrest Foods fell 9% on Thursday "
            'after chief executive Sunil Mehrotra warned that the year ahead would be "challenging".')
    assert quotes(text) == [("challenging", "Sunil Mehrotra"), ("challenging", "Sunil Mehrotra")]
    # A headline that names its speaker before the verb keeps it ("Union says", not "Union leader says").
    text = ("Union says pay offer ‘insulting’\n\nThe Halden Nurses Union said the offer was an insult. Health "
            "minister Ada Roe said the offer was not “insulting”.")
    assert quotes(text)[0][1] != "Ada Roe"
    # One word must be the whole quotation below, not any sentence that holds it.
    text = ("'Shameful': council votes to shut library\n\nCouncillor Ada Roe said: \"The vote was shameful and "
            'wrong." Tom Hale, who chairs the friends of the library, called it "shameful".')
    assert quotes(text)[0] == ("Shameful", "Tom Hale")


def test_the_noun_a_name_was_set_off_with_points_back_to_that_name():
    text = ("Temitope Olabisi, the Nigerian-born singer who performs as Bisi Blue, nearly scrapped her album.\n\n"
            "“I listened back and hated every song,” the singer told the Evening Courant.")
    assert quotes(text) == [("I listened back and hated every song", "Temitope Olabisi")]
    # Not a noun in a phrase that goes on: "Tom Hale, the manager of the singer" is not the singer.
    text = ("Temitope Olabisi nearly scrapped her album, said Tom Hale, the manager of the singer. “I listened back "
            "and hated every song,” the singer told the Evening Courant.")
    assert quotes(text)[0][1] != "Tom Hale"


def test_a_body_with_a_phrase_set_off_before_its_verb_after_but_is_the_speaker():
    text = ("The Federal Ministry of Finance has dismissed claims by the opposition that subsidies are back.\n\n"
            "But the ministry, in a statement on Tuesday, said no payment had been made since June, adding that the "
            'claim was "a deliberate attempt to mislead the public".')
    assert quotes(text) == [("a deliberate attempt to mislead the public", "Federal Ministry of Finance")]


def test_a_quotation_ending_on_a_nested_quotations_comma_takes_the_attribution_after_it():
    text = ("Sharon Jeptanui won on Sunday.\n\nThe Kenyan broke clear of Femke Oosterhuis at 37km. \"When I looked "
            "back, I told myself, 'OK, today is my day,'\" Jeptanui said.")
    assert quotes(text)[0][1] == "Sharon Jeptanui"


def test_a_document_from_a_body_in_an_according_to_phrase_is_that_bodys():
    text = ('According to a statement from the Ministry of Health, the outbreak is "under control in every province '
            'of the country".')
    assert quotes(text) == [("under control in every province of the country", "Ministry of Health")]
    text = 'According to a report by the Hartwell Institute, rents are "beyond the reach of most households".'
    assert quotes(text) == [("beyond the reach of most households", "Hartwell Institute")]


def test_a_bodys_possessive_document_is_the_bodys_not_the_possessive():
    text = ("The Ministry of Health's statement said the outbreak was \"under control in every province of the "
            "country\".")
    assert quotes(text) == [("under control in every province of the country", "Ministry of Health")]


def test_a_body_no_name_holds_that_released_a_statement_is_its_author():
    text = ("Tensions rose on Sunday. The Canadian embassy released a statement saying there was a \"possibility of "
            "unrest across the region\".")
    assert quotes(text) == [("possibility of unrest across the region", "Canadian embassy")]


def test_a_documents_author_is_never_read_across_a_sentence_end():
    text = ('The institute released another report on Monday. The report said rents were "beyond the reach of most '
            'households".')
    assert quotes(text)[0][1] == ""  # (the article names no institute: no author, rather than "Monday. The")
    text = 'A new U.S. Army report said the base was "not fit for purpose at all".'
    assert quotes(text) == [("not fit for purpose at all", "U.S. Army")]


def test_they_opening_a_sentence_after_one_a_body_opens_is_that_body():
    text = ('The Pacific Weather Office issued a watch on Monday. They said that "storms of this size have the '
            'potential to flood the whole coast."')
    assert quotes(text)[0][1] == "Pacific Weather Office"
    # Not when the sentence before names people "they" may stand for.
    text = ('The council met residents on Monday. They said that "nobody from the council has ever come here to '
            'listen."')
    assert quotes(text)[0][1] != "council"


def test_an_outlet_that_reported_a_named_persons_fate_is_the_speaker_not_that_person():
    text = 'Earlier the broadcaster NTV reported Ali Demir may have been "arrested and detained in the capital".'
    assert quotes(text) == [("arrested and detained in the capital", "NTV")]
    # "but they also added": the outlet again, not the person its report is about
    text = ('Earlier the newspaper Hurriyet reported Ali Demir had been "arrested and detained in the capital", but '
            'they also added, "we do not have any information yet."')
    assert [who for _, who in quotes(text)] == ["Hurriyet", "Hurriyet"]


def test_a_body_with_a_phrase_set_off_that_says_what_kind_of_body_it_is_is_the_speaker():
    text = 'Brightwater, the charity that runs the shelter, said the cuts were "a disaster for families".'
    assert quotes(text) == [("a disaster for families", "Brightwater")]
    text = ('Earlier NTV, the Turkish language partner of MSNBC, said the men were "safe and well in the city".')
    assert quotes(text) == [("safe and well in the city", "NTV")]
    text = 'Ada Roe, the head of the charity, said the cuts were "a disaster for families".'
    assert quotes(text) == [("a disaster for families", "Ada Roe")]


def test_shooting_or_hitting_back_reports_speech():
    text = ('Karen Holt said the plan was "a gift to the wealthy". Michael Ferris shot back that Holt had "never run '
            'anything bigger than a campaign office".')
    assert quotes(text)[1] == ("never run anything bigger than a campaign office", "Michael Ferris")
    assert quotes('"That is simply untrue," Ada Roe hit back.') == [("That is simply untrue", "Ada Roe")]


def test_an_audit_or_study_carried_out_by_a_body_speaks_as_that_body():
    text = ("An audit of Tarrow's parking revenue, carried out by the Office of the Auditor General, found that "
            '"nearly 30 percent of fines were never collected."')
    assert quotes(text)[0][1] == "Office of the Auditor General"
    text = ("The study, conducted by the Westmarch Diabetes Centre and published on Monday, found that walkers were "
            '"40 percent less likely to develop diabetes."')
    assert quotes(text)[0][1] == "Westmarch Diabetes Centre"


def test_a_report_by_the_charity_x_is_xs():
    text = ("Child poverty has risen again, according to a report by the charity Safe Harbour Trust. \"One in four "
            'children now lives in a cold home," the report says.')
    assert quotes(text)[0][1] == "Safe Harbour Trust"


def test_it_after_a_sentence_a_document_opens_is_the_documents_author_not_the_person_it_accuses():
    text = ("The indictment, filed by the Harlow Anti-Corruption Directorate, accuses Gideon Marsh of fraud. It says "
            'Marsh "used his office as a private business."')
    assert quotes(text) == [("used his office as a private business.", "Harlow Anti-Corruption Directorate")]


def test_a_statement_from_a_body_that_read_after_the_quotation_is_that_bodys_and_so_is_its_it():
    text = ('"We are devastated by the loss of our colleague," a statement from the Tidewater Lifeboat Association '
            'read. It said crew member Harold Quist had died "doing what he loved, helping others at sea."')
    assert [who for _, who in quotes(text)] == ["Tidewater Lifeboat Association"] * 2


def test_a_port_or_fort_town_is_no_person():
    text = ('The Andevan Embassy in Port Sela issued a travel advisory on Saturday urging its citizens to "avoid all '
            'travel to the north".')
    assert quotes(text) == [("avoid all travel to the north", "Andevan Embassy")]
    text = 'Officials in Fort Kelso and Cape Arden said the road was "closed until further notice".'
    assert quotes(text)[0][1] not in ("Fort Kelso", "Cape Arden")
    # Leading the name only: "Gillian Port" and "Anna Fort" are people.
    assert quotes('Gillian Port, a nurse, said the ward was "at breaking point".') == [
        ("at breaking point", "Gillian Port")]
    assert quotes('"It was a remarkable find," said Anna Fort, a historian.') == [
        ("It was a remarkable find", "Anna Fort")]


def test_a_body_described_in_lowercase_that_issued_a_statement_is_its_author():
    text = ("Late on Wednesday, the Kolmiran foreign ministry issued a statement welcoming the talks. \"The Kolmiran "
            'people want a border that is quiet," the statement read.')
    assert quotes(text)[0][1] == "Kolmiran foreign ministry"


def test_a_headlines_report_is_the_body_the_article_says_published_it():
    text = ("Report warns Serran glaciers could 'vanish by 2080'\n\nA report published on Thursday by the Alpine "
            'Climate Observatory warns that most glaciers could "vanish by 2080" unless emissions fall.')
    assert [who for _, who in quotes(text)] == ["Alpine Climate Observatory"] * 2


def test_an_outlet_that_reported_on_a_day_that_a_person_had_been_is_the_speaker():
    text = ('The Maresby Courier reported on Sunday that Mayor Tobias Renn had been "informed of the budget shortfall '
            'months before the election".')
    assert quotes(text)[0][1] == "Maresby Courier"


def test_a_role_set_off_without_an_article_names_no_speaker_whoever_it_names():
    text = 'Kenji Arai, deputy to party leader Haruto Mori, said the result was "a clear message that we must change".'
    assert quotes(text) == [("a clear message that we must change", "Kenji Arai")]


def test_a_persons_promise_of_a_quoted_phrase_is_theirs():
    text = ('Prime Minister Hugo Brenner said on Tuesday that his predecessor Victoria Lamb\'s promise of "a new dawn '
            'for the regions" had "never been funded".')
    assert quotes(text) == [("a new dawn for the regions", "Victoria Lamb"), ("never been funded", "Hugo Brenner")]


def test_he_before_a_quotation_is_the_one_man_the_sentence_names_before_it():
    text = ("Councillor Maria Estevez said that when she raised the flooding with the water board's director, Peter "
            'Rausch, he replied: "Not my department."')
    assert quotes(text) == [("Not my department.", "Peter Rausch")]


def test_the_role_the_narration_names_is_no_one_it_acts_on():
    text = ('Hundreds gathered for the funeral of Cathal Rooney. The priest told mourners: "Cathal lived for this '
            'harbour."')
    assert quotes(text) == [("Cathal lived for this harbour.", "priest")]
    # The one it describes is still the one named ("Pop star Kelly Marsh … The singer").
    text = 'Pop star Kelly Marsh was rushed to hospital. The singer, 27, later wrote: "I am fine."'
    assert quotes(text) == [("I am fine.", "Kelly Marsh")]


def test_a_role_at_or_with_a_body_is_the_speaker_not_the_body():
    assert quotes('A waitress at a nearby café said she saw the car "at full speed."') == [
        ("at full speed.", "waitress at a nearby café")]
    assert quotes('"It missed a pram," an aid worker with the Red Crescent said.') == [
        ("It missed a pram", "aid worker with the Red Crescent")]
    assert quotes('Analysts at Brightwater Securities said in a note: "This is the third downgrade."') == [
        ("This is the third downgrade.", "Analysts at Brightwater Securities")]


def test_they_after_a_sentence_a_group_reports_is_that_group():
    text = ('A boy was hurt, doctors at St Brennan\'s Hospital said. "He is breathing on his own," they said in a '
            'statement.')
    assert quotes(text) == [("He is breathing on his own", "doctors at St Brennan's Hospital")]


def test_a_headlines_place_before_a_role_is_not_who_speaks():
    text = ('Niger Delta chief says oil spill has "killed our creeks"\n\nChief Ebiere Alagoa, the community\'s ruler, '
            'said the leak was reported. "This spill has killed our creeks, and the company did nothing," Chief '
            'Alagoa told reporters.')
    assert [who for _, who in quotes(text)] == ["Ebiere Alagoa", "Ebiere Alagoa"]


def test_a_statement_published_by_a_body_described_in_lowercase_is_that_bodys():
    text = ('In a statement published late on Tuesday, the Qatari foreign ministry said the parties had agreed to '
            'meet. "The State of Qatar will continue its efforts," the statement read.')
    assert quotes(text) == [("The State of Qatar will continue its efforts", "Qatari foreign ministry")]


def test_the_rounds_new_rules_leave_the_shapes_a_review_found_them_breaking():
    # The one person a book or an album is by is still the one "the singer" describes.
    text = ('The new album by Kelly Marsh went straight to number one. The singer said it was "the best thing I have '
            'ever made".')
    assert quotes(text)[0][1] == "Kelly Marsh"
    # "They" after a sentence naming people is not the body that sentence opens with.
    text = ('The council met Ada Roe and Tom Hale on Monday. They said that "nobody from the council has ever come '
            'here to listen."')
    assert quotes(text)[0][1] != "council"
    # Without a speech verb before it, "they" may be those the clause acts on.
    assert quotes('Ada Roe met Tom Hale and Sam Ellis on Monday, and they said the talks were "productive".')[0][1] != (
        "Ada Roe")
    # Whose report it is goes unsaid: no quote of the person it is about.
    assert quotes('State television reported Tom Hale had been "seriously injured" in the crash.') == []
    assert quotes('It was reported Tom Hale had been "seriously injured" in the crash.') == []
    # Hitting or firing back in sport and war is no speech.
    assert quotes('Rovers hit back through a Tom Hale penalty after the "soft" decision.') == []
    assert quotes('Troops fired back after coming under "heavy and sustained" fire.') == []
    # A body's words start after the last "the" before it.
    assert "talks" not in quotes('After the talks the ministry issued a statement calling them "constructive and '
                                 'frank".')[0][1]
    # A group named beside a person is no group of its own; a role in a person's campaign is theirs.
    text = ('The plan was unveiled on Monday, Ada Roe and colleagues said. "It will work for everyone," they said.')
    assert quotes(text)[0][1] == "Ada Roe"
    assert quotes('An aide in Tom Hale\'s campaign said the candidate was "exhausted but upbeat".')[0][1] == "Tom Hale"


def test_a_statement_warning_or_urging_those_it_addresses_is_its_issuers():
    # The ones addressed may stand between the participle and what it reports (Wikinews dev).
    text = ('There are concerns that violence may erupt. The United States embassy released a statement warning '
            'American citizens in the country of a "possibility of violence across the region".')
    assert quotes(text) == [("possibility of violence across the region", "United States embassy")]
    text = 'The embassy issued a statement urging citizens to "stay indoors and avoid all demonstrations".'
    assert quotes(text) == [("stay indoors and avoid all demonstrations", "embassy")]
    # A body the article names only by its kind is that body, not the document.
    text = 'The embassy issued a statement warning that there was a "possibility of violence across the region".'
    assert quotes(text)[0][1] == "embassy"
    # Warning lights are no speech.
    assert quotes('The warning lights that "flash red at night" were replaced.') == []


def test_a_participle_running_on_from_a_document_is_its_authors():
    # "the lawsuit filed … by X claiming": no comma, so the lawsuit claims, and X filed it (Wikinews dev).
    text = ('These bills are in addition to the lawsuit filed on January 16 by the Attorney General of New York on '
            'behalf of 21 states claiming this decision was "arbitrary, capricious, and an abuse of discretion" '
            'under the act.')
    assert quotes(text)[0][1] == "Attorney General of New York"
    # An office named after its title and place writes a document when nobody holding it is named.
    text = 'A report published by the Mayor of Easton on Monday, saying the scheme was "poorly managed", was welcomed.'
    assert quotes(text)[0][1] == "Mayor of Easton"
    # After a comma the participle is the sentence's subject's.
    text = 'Ada Roe pointed to a report by the Audit Office, saying the scheme was "poorly managed and over budget".'
    assert quotes(text)[0][1] == "Ada Roe"


def test_a_military_issuing_a_statement_is_its_author_not_a_person_named_before():
    text = ('South Korean President Lee Myung-bak said the North would pay. North Korea has denied its involvement, '
            'and the country\'s military released a statement warning that "[i]f loudspeakers are set up, we will '
            'destroy them."')
    assert quotes(text)[0][1].endswith("military")


def test_a_person_named_in_a_fronted_like_phrase_is_not_the_sentences_subject():
    text = ('"We will seek lasting peace," said Mr. Hale.\n\nLike President Tom Hale, Prime Minister Sam Roe kept his '
            'comments at the ceremony broad.\n\n"Your policies have reflected a solid commitment to our security," he '
            'said.')
    assert quotes(text)[1] == ("Your policies have reflected a solid commitment to our security", "Sam Roe")


def test_a_group_saying_in_the_progressive_is_that_group():
    text = ('Police officer Kamal Hussein said six officers were injured. Some protestors were saying, "We will not '
            'let the merger bill be approved".')
    assert quotes(text)[0][1].endswith("protestors")


def test_a_person_after_a_titles_own_of_is_no_object():
    # "Chief of Staff Colonel X", "Secretary of State X": the "of" belongs to the title (Wikinews dev batch).
    text = ('Army Chief of Staff Colonel Andre Mbeki has declared his support for Tom Hale and says that "most of the '
            'forces are behind" the opposition leader.')
    assert quotes(text)[0][1] == "Andre Mbeki"
    text = 'US Secretary of State Hillary Clinton met Tom Hale and said the talks were "very productive indeed".'
    assert quotes(text)[0][1] == "Hillary Clinton"
    # What a title is of, right after it, is still its object.
    assert quotes('"This day would have been so much worse."\n\n— Mayor of Rio, Eduardo Paes')[0][1] == "Eduardo Paes"


def test_a_relative_speaking_of_a_named_person_is_the_relative():
    assert quotes('The wife of Colonel Tom Hale said the raid was "a cowardly act by cowards".')[0][1] == (
        "wife of Colonel Tom Hale")
    assert quotes('Tom Hale\'s widow said the raid was "a cowardly act by cowards".')[0][1] == "Tom Hale's widow"
    assert quotes('The brother of Tom Hale told reporters it was "a cowardly act".')[0][1] == "brother of Tom Hale"
    # Named after the relation, the relative is that name; whose son died is still the one who speaks.
    assert quotes('Tom Hale\'s wife, Ada Hale, said the raid was "a cowardly act".')[0][1] == "Ada Hale"
    assert quotes('Tom Hale, whose son died in the raid, said it was "a cowardly act".')[0][1] == "Tom Hale"


def test_the_rounds_new_rules_leave_the_shapes_its_review_found_them_breaking():
    # A title that is itself an object, or a person's own title after "of", keeps the person after it an object.
    assert quotes('Tom Hale met Secretary of State Ada Roe on Monday and said the talks were "productive".')[0][1] == (
        "Tom Hale")
    assert quotes('Prime Minister Mark Rutte held talks with the Minister of Foreign Affairs Sergey Lavrov and said '
                  'they had been "frank".')[0][1] == "Mark Rutte"
    assert quotes('Ada Roe, Deputy of President Tom Hale, said the reforms were "irreversible".')[0][1] == "Ada Roe"
    assert quotes('Ada Roe, Secretary of the Treasury Board Tom Hale\'s deputy, said the audit was "thorough".')[0][1] \
        == "Ada Roe"
    # A relative set off beside a name is that name's description, not the speaker.
    assert quotes('Ada Roe, the sister of Tom Hale, who died in the crash, said the airline had "failed him".')[0][1] \
        == "Ada Roe"
    assert quotes('The daughter of Bernard Kline, Sophie Kline, said the verdict was "long overdue".')[0][1] == (
        "Sophie Kline")
    # The one a note warns is no speaker; nor is the one who answers a document whose author is named.
    assert quotes('Kemal Aydin received a text message warning him that his account had been "compromised".') == []
    assert quotes('Campaigners responded to the letter from the Minister of Health accusing her of "ignoring '
                  'patients".')[0][1] == "Campaigners"
    assert quotes('The company rejected the lawsuit filed by the State of Oregon calling it "baseless and '
                  'cynical".')[0][1] != "State of Oregon"


def test_a_relative_issuing_a_statement_is_its_author_as_when_speaking():
    # One declaration (names.FOR_OR_KIN) for the speaker and the document's issuer.
    text = 'The wife of Tom Hale released a statement on Monday. "It was a cowardly act," the statement said.'
    assert quotes(text)[0][1] == "wife of Tom Hale"
