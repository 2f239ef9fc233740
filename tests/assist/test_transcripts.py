"""Interview transcripts ("Name: words" paragraphs): each answer paragraph is a quote of the interviewee, questions
are not labelled, and nothing else is suggested inside a turn (fixtures/README.md, "Transcripts")."""
from annotations.assist import transcripts
from annotations.assist.budget import Work
from annotations.assist.suggest import suggest

INTERVIEW = """Reporter talks to the harbour master

Ella Brandt has run the port of Kessel since 2019. She spoke to our reporter on Monday.

Tom Reyes: How many ships called at Kessel last year?

Ella Brandt: We handled 1,240 ships last year, up from 1,100. Why did it grow? Because the canal reopened.

Tom Reyes: Will the new quay be ready in time?

Ella Brandt: No. The quay will open in March, three months late.

The contractor has promised to add a second crew.

Brandt (left) with the contractor's site manager at the new quay.

Costs and delays

Tom Reyes: Who pays for the delay?

Ella Brandt: The contractor pays, under the contract we signed in 2021.
"""


def test_each_answer_paragraph_is_a_quote_of_the_interviewee_and_questions_are_not():
    quotes = [(s.text, s.speaker) for s in suggest(INTERVIEW) if s.tag == "quote"]
    assert quotes == [
        ("We handled 1,240 ships last year, up from 1,100. Why did it grow? Because the canal reopened.",
         "Ella Brandt"),
        ("No. The quay will open in March, three months late.", "Ella Brandt"),
        ("The contractor has promised to add a second crew.", "Ella Brandt"),
        ("The contractor pays, under the contract we signed in 2021.", "Ella Brandt"),
    ]


def test_nothing_but_the_answer_is_suggested_inside_a_turn_and_the_intro_is_read_as_prose():
    found = suggest(INTERVIEW)
    transcript = transcripts.find(INTERVIEW)
    inside = [s for s in found if s.tag != "quote" and transcript.covers(s.start)]
    assert inside == []
    assert any(s.tag == "claim" and s.text.startswith("Ella Brandt has run the port") for s in found)


def test_a_heading_ends_the_answer_before_it():
    answers = transcripts.find(INTERVIEW).answers
    assert "Costs and delays" not in [a.text for a in answers]


def test_a_few_labelled_lines_are_not_a_transcript():
    text = ("Update: the road reopened at noon.\n\nNote: times are local.\n\n"
            "Police said the lorry had overturned. “Nobody was hurt,” said Rana Gill, a police inspector.\n")
    assert not transcripts.find(text)
    assert [(s.text, s.speaker) for s in suggest(text) if s.tag == "quote"] == [("Nobody was hurt", "Rana Gill")]


def test_generic_interviewer_labels_ask_even_when_their_turns_do_not_end_in_a_question():
    text = "Q: Tell us about the port.\n\nA: It is busy.\n\nQ: And next year.\n\nA: Busier still.\n"
    assert [(a.text, a.speaker) for a in transcripts.find(text).answers] == [("It is busy.", ""),
                                                                             ("Busier still.", "")]


def test_the_fields_of_a_results_box_are_not_an_interview():
    text = ("Harbour Town beat Kelso 21-12 on Saturday. \"We kept our shape,\" said coach Ada Roe.\n\n"
            "Harbour Town 21 – 12 Kelso\nStade Municipal, Perth\nReferee: Tom Hale\nTries: P Riordan 48'\n"
            "Con: J Pritchard (1/1)\nTries: K Endo 12'\nReferee: Sam Wu\nPens: M Hercus (3/4) 32', 65', 75'\n")
    assert not transcripts.find(text)
    assert [(s.text, s.speaker) for s in suggest(text) if s.tag == "quote"] == [("We kept our shape", "Ada Roe")]


def test_the_fields_of_a_scorecard_are_no_speakers():
    text = ('"That was the game," said Ada Roe.\n\nScorecard summary\n\n'
            "Westshire: 312-6 (C Pemberton 118, J Ellory 71; R Varma 2-58).\n"
            "Oakhampton: 287 all out (R Menon 96; T Cresswell 4-41).\nToss: Oakhampton.\nUmpires: K Bramwell, L Osei.\n"
            "Result: Westshire won by 25 runs.\n")
    assert not transcripts.find(text)
    assert [(s.text, s.speaker) for s in suggest(text) if s.tag == "quote"] == [("That was the game", "Ada Roe")]


def test_the_answers_of_a_q_and_a_are_the_interviewees_the_intro_names():
    text = ("Q&A: Why the oyster reefs are coming back\n\nBy Mira Castellanos\n\nDr. Teresa Quon, a marine ecologist "
            "at the Hollins Bay Research Station, spoke to us about what worked.\n\nQ: How bad were things?\n\n"
            "A: Honestly, grim.\n\nQ: What changed?\n\nA: We stopped putting oysters on bare mud.\n")
    assert [(a.text, a.speaker) for a in transcripts.find(text).answers] == [
        ("Honestly, grim.", "Teresa Quon"), ("We stopped putting oysters on bare mud.", "Teresa Quon")]


def test_a_broadcast_label_may_add_the_speakers_role_in_capitals_and_is_the_person_as_the_text_spells_them():
    text = ("FLETCHER: Joining us now is Dr. Victor Amani.\n\nDR. VICTOR AMANI, COUNTY PUBLIC HEALTH OFFICER: Thank "
            "you, Dana.\n\nFLETCHER: Why close the schools?\n\nAMANI: The buildings leak smoke.\n")
    assert [(a.text, a.speaker) for a in transcripts.find(text).answers] == [
        ("Thank you, Dana.", "Victor Amani"), ("The buildings leak smoke.", "Victor Amani")]


def test_an_answer_printed_in_quotation_marks_leaves_them_outside_its_span():
    text = ("Marta Ruiz has run the shelter for ten years.\n\nQ: How many are you turning away?\n\n"
            "A: \"Most nights, about twenty.\"\n\nQ: What would help?\n\nA: \"Money. \"Cash\" and \"time\".\"\n")
    assert [(a.text, a.speaker) for a in transcripts.find(text).answers] == [
        ("Most nights, about twenty.", "Marta Ruiz"), ("\"Money. \"Cash\" and \"time\".\"", "Marta Ruiz")]


def test_someone_else_s_words_an_interviewee_reports_are_an_extra_quote_of_that_person():
    text = ("Ruth Adeyemi is the chief medical officer. She spoke to Tom Carver.\n\n"
            "Tom Carver: Staff say corridors are wards. Is that acceptable?\n\n"
            "Ruth Adeyemi: No, it isn't. A nurse in Carrowford said to me last week, \"We are running a winter ward "
            "in every corridor.\" That stayed with me.\n\n"
            "Tom Carver: Will it get worse?\n\n"
            "Ruth Adeyemi: I always say \"wash your hands\" and I mean it.\n")
    quotes = [(s.text, s.speaker) for s in suggest(text) if s.tag == "quote"]
    assert ("We are running a winter ward in every corridor.", "nurse") in quotes
    # Her own words in marks are still only her answer.
    assert not any(q == "wash your hands" for q, _ in quotes)
    assert sum(who == "Ruth Adeyemi" for _, who in quotes) == 2


def test_a_broadcast_role_may_hold_a_channel_number_and_a_transcript_heading_is_no_turn():
    text = ("Transcript: \"Evening Report\" - Smoke closes schools (excerpt)\n\n"
            "FLETCHER: Luis, what are people telling you?\n\n"
            "LUIS ORTEGA, CHANNEL 7 REPORTER: Dana, people here are exhausted.\n\n"
            "FLETCHER: And the schools?\n\nORTEGA: They stay shut until Friday.\n")
    assert [(a.text, a.speaker) for a in transcripts.find(text).answers] == [
        ("Dana, people here are exhausted.", "LUIS ORTEGA"), ("They stay shut until Friday.", "ORTEGA")]


def test_a_headline_quoting_an_answer_is_the_interviewee_s():
    text = ("'We are not at the peak yet': Chief Medical Officer on the flu wave\n\n"
            "Our health correspondent Tom Carver spoke to the Chief Medical Officer, Professor Ruth Adeyemi.\n\n"
            "Tom Carver: How bad is this flu season?\n\n"
            "Ruth Adeyemi: It is the worst for seven years. We are not at the peak yet. Expect it within a fortnight.\n\n"
            "Tom Carver: What should people do?\n\n"
            "Ruth Adeyemi: Get vaccinated and stay at home when ill.\n")
    headline = [s for s in suggest(text) if s.tag == "quote" and s.start < 40]
    assert [(s.text, s.speaker) for s in headline] == [("We are not at the peak yet", "Ruth Adeyemi")]
    # Words nobody answers below keep no speaker.
    other = text.replace("We are not at the peak yet.", "It is not over.")
    assert [s.speaker for s in suggest(other) if s.tag == "quote" and s.start < 40] == [""]


WIKINEWS_INTERVIEW = """Wikinews interviews a film producer

Wikinews caught up with film producer Chad Ridgely to discuss his latest film.

((WN)) Tell us about the film's story line.

Chad Ridgely The film is about a team of ghost hunters. None of them are really ghost hunters.

((WN)) Who is producing the film?

CR The film was produced by my company, Full Auto Films.

((WN)) Where did you film?

CR We filmed outside of Atlantic City, New Jersey.

((WN)) Will it be distributed?

Yes, by Indican Pictures in late fall.
"""


def test_wikinews_questions_and_the_unlabelled_answers_after_them_are_a_transcript():
    answers = transcripts.find(WIKINEWS_INTERVIEW).answers
    assert [(a.speaker, a.text.split(",")[0].split(".")[0]) for a in answers] == [
        ("Chad Ridgely", "The film is about a team of ghost hunters"),
        ("Chad Ridgely", "The film was produced by my company"),
        ("Chad Ridgely", "We filmed outside of Atlantic City"),
        ("Chad Ridgely", "Yes")]


def test_an_answer_label_that_is_the_interviewees_initials_is_the_interviewee():
    text = ("Wikinews interviewed the activist Amir Abbas Fakhravar about Iran.\n\n"
            "((WN)) Will Iran give up its programme?\n\nAAF: Only under sanctions. The money comes from oil.\n\n"
            "((WN)) Is Iran trying to provoke the West?\n\nAAF: A limited response would be a gift to the regime.\n")
    assert {a.speaker for a in transcripts.find(text).answers} == {"Amir Abbas Fakhravar"}


def test_initials_and_first_name_labels_are_the_people_the_intro_named_in_full():
    text = ("Wikinews interviewed Green Party candidate Oliver Sandberg, who faces Conservative Helen Marsh.\n\n"
            "((WN)) Why are you standing?\n\nOS: Because the bus routes here have been cut three times.\n\n"
            "((WN)) What do you make of your opponent?\n\nOS: Helen has run a decent campaign.\n")
    assert {a.speaker for a in transcripts.find(text).answers} == {"Oliver Sandberg"}
    text = ("Our reporter spoke to student Keira Boyd about exams.\n\nReporter: Nervous?\n\nKeira: A bit, honestly.\n\n"
            "Reporter: And after the exams?\n\nKeira: Probably a long sleep.\n")
    assert {a.speaker for a in transcripts.find(text).answers} == {"Keira Boyd"}


def test_a_qa_printed_with_full_stops_is_a_transcript():
    text = ("We asked managing director Owen Pritchard about the skills shortage.\n\n"
            "Q. The industry needs 225,000 extra workers. Is that realistic?\n\n"
            "A. It's realistic as a need. Whether we can train them in time is another question.\n\n"
            "Q. What are you doing about it?\n\nA. We've doubled our apprentice intake.\n")
    answers = transcripts.find(text).answers
    assert [(a.speaker, a.text[:12]) for a in answers] == [("Owen Pritchard", "It's realist"),
                                                          ("Owen Pritchard", "We've double")]


OBSERVATORY = [("What made you choose this site?", "The skies here are dark for most of the year. We looked at ten."),
               ("How much did it cost?", "About forty million euros, most of it from the regional government."),
               ("When will the first images arrive?", "We hope in the spring, if the mirror coatings pass."),
               ("Do you worry about light from the town?", "Yes, a little. The town will dim its lights at midnight.")]
OBSERVATORY_INTRO = ("Wikinews reporter Ann Lee spoke to Dr. Marta Quill, the director of the Halden Observatory, "
                     "about the new telescope.\n\n")


def _printed(question_answer) -> str:
    return OBSERVATORY_INTRO + "\n\n".join(question_answer(q, a) for q, a in OBSERVATORY) + "\n"


def test_questions_marked_wikinews_in_full_are_a_transcript_with_or_without_a_colon():
    for mark in ("((Wikinews))", "((Wikinews)):", "((WN)):"):
        for answer in ("Marta Quill: {}", "{}"):
            answers = transcripts.find(_printed(lambda q, a: f"{mark} {q}\n\n{answer.format(a)}")).answers
            expected = [("Marta Quill", a) for _, a in OBSERVATORY]
            assert [(x.speaker, x.text) for x in answers] == expected, (mark, answer)


def test_an_answer_label_in_capitals_is_the_person_as_the_intro_spells_them():
    answers = transcripts.find(_printed(lambda q, a: f"WIKINEWS: {q}\n\nMARTA QUILL: {a}")).answers
    assert {a.speaker for a in answers} == {"Marta Quill"}


def test_unlabelled_questions_and_answers_after_an_interview_intro_are_the_interviewees():
    answers = transcripts.find(_printed(lambda q, a: f"{q}\n\n{a}")).answers
    assert [(x.speaker, x.text) for x in answers] == [("Marta Quill", a) for _, a in OBSERVATORY]


def test_question_headings_of_an_explainer_are_no_interview():
    text = ("The council will vote on the new parking charges on Tuesday, councillor Ann Lee said.\n\n"
            + "\n\n".join(f"{q}\n\n{a}" for q, a in OBSERVATORY) + "\n")
    assert not transcripts.find(text)


def test_the_paragraph_after_each_question_of_the_one_interviewer_label_is_the_interviewees_answer():
    for asker in ("Wikinews: {}", "Q: {}", "WN: {}", "Ann Lee: {}"):
        answers = transcripts.find(_printed(lambda q, a: f"{asker.format(q)}\n\n{a}")).answers
        assert [(x.speaker, x.text) for x in answers] == [("Marta Quill", a) for _, a in OBSERVATORY], asker


def test_an_unlabelled_answer_may_end_on_a_question_of_its_own():
    pairs = [(q, a + " Who knows?") for q, a in OBSERVATORY]
    text = OBSERVATORY_INTRO + "\n\n".join(f"{q}\n\n{a}" for q, a in pairs) + "\n"
    assert [(x.speaker, x.text) for x in transcripts.find(text).answers] == [("Marta Quill", a) for _, a in pairs]


def test_one_label_that_seldom_asks_is_no_interviewer():
    text = ("Ann Lee spoke to the harbour master about the quay.\n\n"
            + "\n\n".join(f"Ann Lee: {a}\n\n{a}" for _, a in OBSERVATORY) + "\n")
    assert not transcripts.find(text)


def test_a_label_without_a_colon_marks_the_questions_that_do_not_ask_and_is_left_out_of_the_answers():
    pairs = OBSERVATORY + [("Tell us about the second dish.", "It comes next, if the funding holds.")]
    for question, answer in (("Wikinews - {}", "Marta Quill - {}"), ("Wikinews : {}", "Marta Quill : {}"),
                             ("WIKINEWS {}", "QUILL {}"), ("[WN] {}", "[MQ] {}"), ("**Wikinews:** {}", "{}")):
        text = OBSERVATORY_INTRO + "\n\n".join(f"{question.format(q)}\n\n{answer.format(a)}" for q, a in pairs)
        answers = transcripts.find(text + "\n").answers
        assert [(x.speaker, x.text) for x in answers] == [("Marta Quill", a) for _, a in pairs], question


def _answers(text: str) -> list[tuple[str, str]]:
    return [(x.speaker, x.text) for x in transcripts.find(text).answers]


QUILL = [("Marta Quill", a) for _, a in OBSERVATORY]


def test_turns_printed_with_timestamps_in_bold_in_brackets_or_before_a_dash_are_a_transcript():
    for question, answer in (("[00:14:{i:02d}] Ann Lee: {q}", "[00:15:{i:02d}] Marta Quill: {a}"),
                             ("(14:{i:02d}) Ann Lee: {q}", "(15:{i:02d}) Marta Quill: {a}"),
                             ("**Ann Lee:** {q}", "**Quill:** {a}"), ("**Q:** {q}", "**A:** {a}"),
                             ("[HO] {q}", "Quill: {a}"), ("((Halden Courier)) {q}", "Marta Quill: {a}"),
                             ("AL — {q}", "MQ — {a}")):
        text = _printed(lambda q, a: f"{question.format(i=len(q), q=q)}\n\n{answer.format(i=len(a), a=a)}")
        assert _answers(text) == QUILL, (question, answer)


def test_datelines_and_a_digests_bold_heads_are_no_turns():
    intro = "The harbour master, Ella Brandt, spoke to us.\n\n"
    text = intro + "KESSEL — The quay will open late.\n\n" + "\n\n".join(
        f"AL — {q}\n\nMQ — {a}" for q, a in OBSERVATORY) + "\n"
    assert "KESSEL" not in {x.speaker for x in transcripts.find(text).answers}
    digest = ("LONDON — The Bank of England held rates.\n\nPARIS — Rail workers struck.\n\n"
              "LONDON — Shares rose.\n\nPARIS — The strike ended.\n")
    assert not transcripts.find(digest)
    axios = ("**Why it matters:** Borrowing costs are rising.\n\n**Driving the news:** The bank met on Monday.\n\n"
             "**The big picture:** Inflation is falling.\n\n**What's next:** A vote in May.\n\n"
             "**Why it matters:** Mortgages follow.\n")
    assert not transcripts.find(axios)
    # ... even where one of the heads asks.
    digest = ("**Why it matters:** Borrowing costs are rising.\n\n**The big question:** Will the bank cut in May?\n\n"
              "**Why it matters:** Mortgages follow.\n\n**The big question:** Can households cope?\n\n"
              "**Why it matters:** Rents follow too.\n")
    assert not transcripts.find(digest)
    datelines = ("LONDON — Will the Bank of England cut rates?\n\nPARIS — Rail workers struck.\n\n"
                 "LONDON — Will the Bank of England cut rates?\n\nPARIS — The strike ended.\n")
    assert not transcripts.find(datelines)


def test_each_labels_speaker_is_looked_up_once_however_many_answers_it_gives():
    intro = "Ann Lee spoke to Marta Quill.\n\n"
    one = intro + "\n\n".join(f"Ann Lee: Why {i}?\n\nMARTA QUILL: Because {i}." for i in range(300)) + "\n"
    many = intro + "\n\n".join(f"Ann Lee: Why {i}?\n\nQUILL{i:03d}X: Because {i}." for i in range(300)) + "\n"
    spent = {}
    for name, text in (("one", one), ("many", many)):
        work = Work()
        transcripts.find(text, work)
        spent[name] = work.spent
    assert spent["one"] * 10 < spent["many"]  # (each distinct label reads the whole text once, and pays for it)


def test_a_broadcasts_presenter_reporters_and_hosts_ask_and_titled_capitals_are_the_person_named():
    intro = ("Police Chief Omar Haddad-Lyle and Fire Chief Rosalind Achterberg briefed reporters. Premier Jodie "
             "Cattermole and the fire officer, Anneke du Preez-Holt, spoke too.\n\n")
    turns = [("PRESENTER: Four patients a night, then?", "CHIEF ACHTERBERG: We found two points of origin."),
             ("REPORTER (WBLV): Are the fires connected?", "CHIEF HADDAD-LYLE: It's too early to say."),
             ("HOST (Dana Reyes): Will it come down now?", "PREMIER: Yes. Payments open from midday today."),
             ("JOURNALIST: And the crews?", "DU PREEZ-HOLT: They are resting in shifts.")]
    text = intro + "\n\n".join(f"{q}\n\n{a}" for q, a in turns) + "\n"
    assert _answers(text) == [("Rosalind Achterberg", "We found two points of origin."),
                              ("Omar Haddad-Lyle", "It's too early to say."),
                              ("Jodie Cattermole", "Yes. Payments open from midday today."),
                              ("Anneke du Preez-Holt", "They are resting in shifts.")]


def test_the_interviewee_of_a_q_and_a_is_the_one_the_intro_is_about_not_the_last_named():
    intro = ("Q&A: Rivets manager Buck Delahanty on the slump\n\nBuck Delahanty has managed the Rivets through 11 "
             "straight losses. General manager Tasha Whitcombe said Monday the club would not panic.\n\n"
             "Delahanty sat down with the Courier before Tuesday's game.\n\n")
    text = intro + "\n\n".join(f"Q: {q}\n\nA: {a}" for q, a in OBSERVATORY) + "\n"
    assert {speaker for speaker, _ in _answers(text)} == {"Buck Delahanty"}


def test_a_headline_with_a_colon_and_a_kicker_are_no_turns():
    for headline in ("The Margin: are supermarkets gouging? An economist weighs in",
                     "EXCLUSIVE: Quill lifts the lid on the telescope"):
        text = headline + "\n\n" + _printed(lambda q, a: f"Ann Lee: {q}\n\nMarta Quill: {a}")
        assert _answers(text) == QUILL, headline


def test_an_unlabelled_question_between_labelled_answers_ends_the_answer():
    intro = "Singer Cassidy Vane and drummer Jonty Hale met us in a pub.\n\n"
    turns = [f"{q}\n\nCassidy: {a}\n\nJonty: No." for q, a in OBSERVATORY]
    text = intro + "\n\n".join(turns) + "\n"
    assert [x.text for x in transcripts.find(text).answers] == [
        said for _, a in OBSERVATORY for said in (a, "No.")]
