"""Every algorithm that reads article text does work linear in it, on adversarial text too: runs of one character,
quotation marks of every kind, repeated phrases. Work is counted as Python lines executed (tests/work.py), never as
wall time. Past the work budget the suggestions are cut short and say so."""
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.assist import checkworthy, names, quotes, text as segmentation, transcripts
from annotations.assist.budget import SUGGEST_READ_MAX, SUGGEST_WORK_LIMIT
from annotations.assist.suggest import suggest
from tests.work import TooMuchWork, lines_run

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
# The costliest text is a run of 'said “' (a dozen speech verbs tried per quotation, each through every speaker
# rule); what it costs, commit by commit, flat from 2,800 to 5,600 characters, is in docs/performance.md ("Suggestion
# readers"). The bound is a constant a linear reader stays under: a superlinear reader passes any constant within a
# few thousand characters.
LINES_PER_CHAR = 380
LINES_FIXED = 20_000

MARKS = "“”‘’\"'«»„‚‹›「」"
RUN_CHARS = MARKS + ".!?…:;,— \n\tAa1"
PHRASES = [
    "“", "“a ", "a”", "“a”", '"a', "'a ", "‘a", "Mr. ", "Dr. A. B. ", "said “", "”, he said. ", "he said: “",
    "Donald Trump said “a b c d e.” ", "according to Jane Doe ", "Trump. ", "He insisted. ", "“It is,” ",
    "the so-called “", "A. ", "1,000. ", "...", "!?", "\n“", "\n\n", " ", "Senator Jane Doe, however, stating:\n",
    # Transcripts ("Name: words" turns) and acronyms an article spells out.
    "\n\nJane Doe: ", "Q: a?\n\n", "\nA B C D E: x", "Aa Bb: Why?\n", "News Agency (NA) ", "said NA. ", "(AB",
    # Surname particles, abbreviations, titles, terms and passives the speaker rules read.
    "de ", "von der ", "al-", "U.S. ", "L.A. ", "Lord Mayor ", ", the mayor, ", "the mayor said ", "was told by ",
    'The "A" b ', 'A." B', "Éa ", "to Aa ", "Aa only said ", "Aa Agency of the ", "the court said ",
    "said the Aa Office ", 'Aa, who said, "b" ',
    # Sources lists, names with a capitalised verb in them, organisations joined by "for", stray-space marks,
    # roles and pronoun chains (Wikinews dev half, third round).
    'Aa Bb. "Cc dd" — Ee, 2010\n', "Aa Said Bb said ", "Aa for Bb ", '\n" Aa', "a relative said ", "His brother ",
    "He said. ", "Aa’s ", 'Aa, saying "', '"a" and "b" ', "Police warn may ", "could be heard ",
    # Fourth round: documents and their authors, groups, acronyms before the verb, quoting, ballots, quotations
    # inside quotations.
    'According to the report, "', "a report by Aa Board ", 'Aa officials have warned "', 'Aa Bb (AB) said "',
    ", quoting Aa Agency ", 'voted "No" ', 'via tweet: "a" and "b said" ', "Aa aide Bb Cc said ",
    # Fifth round: bodies named by a lowercase word, a role's name after a comma, sentences going on with the
    # same speaker, results-box fields, glosses in brackets, "quoting X,", demonyms, things after "A".
    'said the Aa transport ministry in a ', 'said spokesperson for the Aa Bb, Cc Dd. "', '", it added; and, "',
    "Referee: Aa Bb\nTries: C Dd 48'\n", "Aa Bb, the director of Cc (Dd Ee, FF), told ", 'quoting President Aa Bb, "',
    "the Fatah-controlled Palestinian ", "A Latin Cross, ", 'al-Aa said a "b c" ', 'at the "a b" c ',
    'A spokesman for President Aa Bb stated: "', "Aa's acting envoy, Bb Cc, issued. \"a. b,\" he said. ",
    # Sixth round: documents that keep their author, claim or read; unnamed people; dotted acronyms in a role; "it
    # said"; bylines, Q&A answers and broadcast labels; statements and reports read back; fronted phrases.
    "The report was released by the Aa Institute. ", 'The report further claims, "A ', 'which reads: "A ',
    'One victim described: "a" ', "stated a U.S. intelligence official ", 'A report. The report reported, "',
    'The Aa mission confirmed it. "a," it said. ', 'Aa Bb said "a." "b," it added. ', "By Aa Bb, The Cc\n\n",
    "Aa Bb spoke. \n\nQ: a?\n\nA: b.\n\n", 'Aa Bb said in a statement that "a". "b," the statement said. ',
    'It said "a" ', 'Aa Bb, who made "Cc Dd," called it "a b" ',
    'At 6.40 every day, in all, Aa Bb walks. By seven she is here. "a," she said. ',
    'Critics point to the report, which said, "A b." ', 'the institute released another report. "a," the report said. ',
    'He read, "The Road," on ', 'In a statement, the report said "a". "b," the statement said. ',
    "AA BB, CC DD: a b c.\n\nEE: d?\n\n", 'In a news release, the company said "a," the release said. ',
    'A rescue worker, who asked not to be named because he was not, said "a," he said ',
    'The marchers chanting "a" and "b" and signs reading "c" ', 'chanting "',
    'The Aa Bb Press reported. "a," she said. ',
    'Aa Bb said in a statement that she had asked the state to "a" ', "Aa Gov. Bb Cc ",
    'according to a press release issued by the university, "a" ', '"abcd efgh" ',
    'Aa "abcd efgh" and later "abcd efgh", Bb said. ', "Aa's foreign ministry denied it. It said \"a\" ",
    'The Aa Group met. The company said "a" ', 'The singer, 27, later wrote: "A b." ',
    "The head of the aa's bb cc told the court \"a.\" ", "He told aa: ‘A b.’ Aa Bb said ", "Theresa May said ",
    "the family of victim Aa Bb said ", '"a." That was how Aa Bb described ', "Aa Bb asked her whether a. ",
    'Aa Bb pressed her on a. "a," she replied. ', "Mr Aa suggested that she had. ", 'Villagers in Aa Bb say "a" ',
    "Aa Police Commander Bb Cc ", "Aa ap Bb ", 'Sgt Aa Bb said a. A second officer a. "a," the officer said. ',
    'Mary Aa met John Bb. "a," he said. ', 'spoke of his "a b" as ', '"A," laughed Aa Bb. ',
    "wrote on X. The Aa Department said ", 'Aa, the bb company, said "a" ', '"A?" Mr Aa asked. ',
    "Former Aa bb Cc Dd ", "Aa Bb mayor Cc Dd ", 'A former soldier a. Aa Bb, 39, a. "a," the former soldier said. ',
    'Aa Bb asked Cc Dd whether a. "a?" he asked. "a," he said. ', "Aa Bb was asked by Cc Dd why. ",
    '"A." So said Aa Bb. ', '"A." The blunt message came from Aa Bb. ', "The Aa Fund on Tuesday warned ",
    'Aa Bb Cc has balloted a over what it called "a b" ', 'said Aa Bb.\n\nCc Dd also rejected it. "A." ',
    'by the Aa government, who has called it a "b" ', 'In an interview with "Aa Bb" ', 'her memoir, "Aa Bb", ',
    "Q. a?\n\nA. b.\n\n", 'Aa\'s publicist, Bb Cc, confirmed it, saying: "d" ',
    "‘a b’ x. “a b,” he said. ", 'signs reading "A B" ', 'The man, who police described as "a" ',
    'A family friend said "a" ', 'One protester, Aa Bb, 22, held a sign reading "a b" ',
    'Aa Bb met. Cc Dd warned the Ee that a, "b c," he said. ', "Aa Bb met. The firm's trustees said 'a' ",
    'Aa Bb said it would, in a statement. The statement said "a" ',
    "The State Prosecutor’s Office said ",
    "The Aa' Union, which has Bb Cc, said \"a\" ",
    '"a b" by May, according to its head, Aa Bb, ',
    'Aa called it "a b"; Bb Cc said ',
    'Aa insisted it was "a b" and Bb dismissed ',
    'Aa Bb, who met Cc Dd, and who a, said "a" ',
    'AA, May 1 (Bb Cc) - The Dd Ee said "a" ',
    "Aa said: ‘A b.’ The Cc said ‘d e’ ",
    'An Aa Airways flight. Aa said "a" ',
    'Aa Bb and Cc Service said "a" ',
    'A leaked Aa Bb memo a. The memo says "a b" ',
    'The indictment alleges that Aa Bb "a b" ',
    'The company described it as "a" ',
    'Aa Bb, 52, left. The 52-year-old said: "a" ',
    'his mum, Aa Bb, fell. The mother said: "a" ',
    # Seventh round: places no person's name holds, raised voices, a woman who speaks of herself.
    "near the Aa River ", '"a b c," one firefighter shouted. ',
    'One woman, who was there, said she had. "a," she said. ',
    "A person familiar with the ", 'said a diplomat based in Aa Bb "a" ',
    # Rulings, memos and resolutions; a body's own report; what a report found.
    'The court met. The ruling said "a" ', 'In a memo to staff, Aa Bb said. "a," it said. ',
    "The Aa Board passed a resolution. \"a b,\" the resolution read. ", "The ministry’s report said that \"a\" ",
    'The report found that "a" ',
    # Offices a later "the mayor said" names.
    'The mayor of Aa, Bb Cc, said. Dd Ee, the head teacher at Ff, said. The MP said "a" ',
    # He, she and they learnt in text order.
    'Aa Bb, a cc, said she was. "a," she said. Dd Ee said he was. "b," he said. "c," she replied. ',
    'Aa Bb, the dd, said they were. "a," they said. ',
    'Campaigners marched through Aa Bb carrying placards reading "a" ',
    '"a," said a spokesman for Aa Bb Trust. ', "Aa, 78, said: ‘a b?’ said one resident. ",
    '"a b c d e.\n\n', '"a b c d e.\n\n"f," said Aa Bb. ',
    # Quotations reported inside quotations.
    '"The deputy said, ‘a b.’ I said, ‘c d.’ e," Aa said. ', "‘He said, “a ", '"I told them, \'a\' and ',
    "His wife, Aa, said she was. ", "Aa and Bb Cc met. ", '"He rang me and said, ‘a b.’" she said. ',
    "‘a,’ Aa Police said. ‘b,’ the force added. ", "A statement from Aa Council read: ‘A b.’ ",
    'According to the indictment, filed by the Aa Office, "a" ',
    'Aa Bb: a?\n\nCc Dd: A nurse said to me, "a b." c\n\n', "area coroner Aa Bb said. ",
    # Eighth round: one of a group, the body a sentence starts with, the company an article leads with.
    'Fans rushed to her. One wrote: "a b." Another added: "c d." ', '"a b," one of them said. ',
    'The Aa Bb Authority, which cc, said its offer included "a b" ',
    "Aa Bb cancelled all its trains on Monday after a signal failure. The firm said it had \"a b\" ",
    '"a b," the airline said. ', "Aa Bb, 31, was hurt. Aa’s father, Cc, said \"d\". ",
    'Aa Bb said his cc "d e" but rejected what he called "f" ', "Aa Bb Cc Dd. Aa Bb said \"e\". Aa Bb Ee. ",
    'In a news release, the company said "a". A Bb press release said the cc "d". ',
    "Aa Bb said:\n\nA b c d e f g h i.\n\n", "said:\n", ":\n\n",
    "‘a b’ ‘c d’ ‘e f’ x warn\n\nAa Bb said: “A b c d e f.” ",
    'A man who gave his name only as Aa said. "b," the man said. ',
    "Aa said her mother woke her. “She said, ‘b c.’ d,” Aa said. ", "She said, ‘b c.’ my mum ",
    '"a b," read a statement from the Cc family. ', 'A Dd Ee statement from Ff Gg said "a". ',
    'Aa said the "b c" had d. ',
    # Ninth round: an attribution ending a long sentence, an office its one holder.
    'Aa made "b c" towards dd in ee that ff late into gg hh ii jj kk ll mm nn oo pp, Qq Rr said on Tuesday. ',
    'A coroner has said there were "a b" ', 'Area coroner Aa Bb said. A judge said "c d" ',
    "Prime Minister Aa Bb's Cc Dd won. Bb said \"e\". ",
    'Two aa said b. One of them described c as "d e". ', 'Aa Bb, 2, was hurt, but Cc Police said "d". ',
    'A worker, who did not want to be named, told Aa b. "c," they said. ',
    "a report by the Aa Commission. The commission’s annual report said b \"c\". ",
    "‘a b’: Cc Dd on e\n\n", "‘a b’: \n", '"a b."\n\n— Cc of Dd, Ee Ff\n\n', "One of the aa from Bb said. ",
    '"a," Aa Bb said. They added: "c" ', '"a b."\n\n— c d\n— e f\n', "the county council’s report said \"a\" ",
    'a story headlined "A b c d e f g h" ', 'Aa pledged to open "a b", warning of "c d", finding that "e" ',
    "fame on ‘Aa’s Bb of the Cc’ in ",
    "Aa's lawyer, Bb Cc, walked out shaking his head. \"d,\" he said. ", '"A." "B," Cc Dd said. ',
    'Here is a selection:\n\n"A b."\n— Cc Dd, 67, Ee\n\n', 'He was entitled, "a b", to c. ',
    "Aa' daughter, Bb Cc, drove. \"d,\" she said. ", "Aa bb maker Cc Dd has e. ", "The company said \"a\" ",
    "The aa rose. \"B c.\" Dd Ee, who f, said g. ", "aa firm Bb Cc. \"d,\" the firm said. ",
    "The supplier, Aa Bb, c. ", "\"I remember my father told me, 'a b,'\" said Cc. ",
    "She said doctors told her: \"a b\" ", "in the matter of \"Aa b\". ", "\"Aa Bb\" as the order is titled. ",
    "'aa bb cc dd': Ee on f\n\nGg Hh: aa bb cc dd.\n\n", "a bb shouted \"c?\" and was d before Ee asked f. ",
    "\"When I e, Aa told me, 'b.' c,\" Dd said. ", "Aa chanted \"Bb Cc\" under banners reading \"d\" and \"e\" ",
    "Aa Bb, a cc of the dd Ee Ff, said, \"g\" ", "Inspector-General Aa Bb ",
    "The aa commission said in b that c \"d e\". ", "\"a b\" the bb institute said. ",
    "aa reported \"b c\" in the face of \"d\". ", "Aa said, \"b.\" Cc Dd, ee of Ff, also argues that g h i j k. ",
    "\"Aa Bb stated recently, 'c d.' e\" ", 'In e, the authors wrote that f "g h". the agency advised "a" ',
    # Eleventh round: a subject no list knows, a proper name no list knows.
    "Aa’s bb said: “c d.” ", "The aa, 27, later wrote on Bb: \"c\" ", "In a cc, Aa Bb said: \"d\" ",
    "Meanwhile Aa Bb Cc Dd said \"e\" ", "Aa Bb, also a Cc MSP, said \"d\" ", "Aa Bb from the cc Dd Scotland said: ",
    "Aa Bb was c. The dd, 27, later wrote: \"e\" ", "The aa, who bb on Cc Dd since 1987, told Ee: \"f\" ",
    "A aa of the bb said: 'c' ", "The aa-of-six said: 'b' ", "Aa was b at c, and police said d \"e\" ",
    "Aa aa bb, and ccs said \"d\" ", "Singer Aa Bb, 27, c. The singer d: \"e\" ", '"a," fumed Bb Cc Dd. ',
    '"a," two Bb cc said. ', '"a," easyJet said. ', "Aa's bb ministry said \"c\" ", "A aa bb who cc dd said: ",
    '"a," the father-of-two said. ', "The aa, who bb Cc Dd's for 12 years, said: ",
    "Aa Bb issued a statement. The statement said: 'c' ", "Two Aa bbs said c. \"d,\" one of them said. ",
    "Aas who bb the cc said: \"d\" ",
    # Fourteenth round: Q&A labels and foreign marks, ages before titles, documents in focus, possessives, firms and
    # councils, pull quotes, colonless block quotes, "of the UK", police chiefs.
    "((Wikinews)) a?\n\nb.\n\n", "„a“ ", "« a » ", "»a« ", "‚a‘ ",
    "the 54-year-old mayor said ", "The report by the Aa Board a. It concludes a. “A.” ",
    "Aa Bb's plan was backed by Cc. “a,” she said. ",
    "Aa spoke to Bb Cc.\n\nWN - a?\n\nBB CC b.\n\n", "The Aa Council met Bb Cc Ltd. The firm said: “a.” ",
    "The council, which a, said: “a.” ", "According to the council, “a” ",
    "The council later released a report. ",
    'Aa Bb said, "a b c d e." \n\nAa Bb, cc: "a b c d e."\n\n',
    "a b c d e f g h i j k l and said\n\nA b c d e f g h i j.\n\n",
    "Aa Bb Centre of the UK said ", "the police chief said ",
    "Aaaa on Monday bb the cc of dd ee ff gg. “a,” the group said. “b,” it said. ",
    "Campaigner Aa Bb met. The campaigner said “a” ",
    "'a b': Aa mayor says c\n\nMayor Bb Cc d. ",
    "her manager, Aa Bb, met. “a,” said her manager. ", "Ann Lee and Tom Lee met. The father said “a.” ",
    # Issue 18, round fifteen.
    "Aa Bb, Cc's dd, said “a” ",
    "[00:14:22] Aa Bb: a?\n\n", "**Q:** a?\n\n**A:** b.\n\n", "[AB] a?\n\n", "AB — a?\n\nCD — b.\n\n",
    "HOST (Aa Bb): a?\n\nCHIEF CC: b.\n\n", "((Aa Bb)) a?\n\n", "Aa: b?\n\nBb: c.\n\nd?\n\n",
    "The indictment, filed by the Aa Office, alleges that Bb Cc \"a b c\". ",
    "In a b c d e f g h i j k l m n o p q r s t u v w x y z Aa Bb, the union said “a” ", "'a b.\n\n",
    "“a b.” She c d. ", "Her a b. “c d.” ", "Aa Bb met the cc, Dd Ee, and warned him that “a” ",
    "Aa Bb, responding to cc by Dd Ee, said “a” ", "A source close to the minister said “a” ",
    "Aa Minister Bb Cc d. “a,” the Chief Minister said. ", "Aa Bb, whom the governor described as “a” ",
    "The Governor of Aa, Mr Bb Cc, d. ", "Aa Bb's remark that the cc had been “a” ", "remarks by Aa Bb that c d “a” ",
    "“a,” she went on. ", "“A.” That warning came from Aa Bb. ",
    "Relatives of Aa Bb, who a b, said “c” ", "In a statement, the hospital said “a” ",
    "Aa bb ‘cc’ dd\n\nEe Ff said it was “cc”. ", "Aa Bb, the cc singer who d, e. “a,” the singer said. ",
    "But the ministry, in a b, said c, adding that “d” ", "Aa Bb met Cc Dd. \"A, 'b c,'\" Bb said. ",
    # Issue 18, round sixteen.
    "According to a statement from the Aa of Bb, c “d” ", "According to a report by the Aa Institute, b “c” ",
    "The Aa of Bb's statement said “c” ", "The Aa embassy released a statement saying “b” ",
    "The institute released another report on Monday. The report said “a” ", "The Aa Office met. They said “b” ",
    "Aa reported Bb Cc may have been “a”, but they also added, “b” ", "Aa, the cc partner of Dd, said “b” ",
    "Aa Bb shot back that “a” ", "An audit of a, carried out by the Aa Office, found that “b” ",
    "according to a report by the charity Aa Trust. “b,” the report says. ",
    "The indictment, filed by the Aa Bb, accuses Cc Dd of e. It says Dd “a” ",
    "“a,” a statement from the Aa Association read. It said Bb Cc had “d” ", "The Aa Embassy in Port Bb said “c” ",
    "the Aa foreign ministry issued a statement b. “c,” the statement read. ",
    "Report warns a 'b c'\n\nA report published by the Aa Bb warns “b c” ", "The Aa Bb reported on Sunday that “c” ",
    "Aa Bb, deputy to cc Dd Ee, said “a” ", "Aa Bb's promise of “a” ",
    "Mary Bb said that she met cc, Peter Dd, he replied: “a” ",
    "the funeral of Aa Bb. The priest told cc: “d” ", "A waitress at a nearby café said “a” ",
    "“a,” an aid worker with the Aa Bb said. ", "Analysts at Aa Bb said: “c” ",
    "a, doctors at Aa Bb said. “c,” they said. ", "Aa Bb chief says a “b c”\n\nChief Dd Bb said “b c d” ",
    "In a statement published late on Monday, the Aa foreign ministry said b. “c,” the statement read. ",
    # Issue 18, round seventeen.
    "The Aa embassy released a statement warning Bb citizens in the cc of a “d e” ",
    "The embassy issued a statement urging citizens to “a b” ", "The embassy issued a statement warning that “a” ",
    "the lawsuit filed on May 1 by the Aa Bb of Cc Dd on behalf of e claiming this was “f” ",
    "A report published by the Aa of Bb, saying a “c” ",
    "and the country's military released a statement warning that “a” ",
    "Like Aa Bb, Cc Dd kept his comments broad. “e,” he said. ", "Some protestors were saying, “a” ",
    "Aa Chief of Staff Colonel Bb Cc backs Dd Ee and says that “f” ", "The wife of Aa Bb said “c” ",
    "Aa Bb's widow said “c” ",
]


def _run(draw_char, n):
    return draw_char * n


runs = st.builds(_run, st.sampled_from(RUN_CHARS), st.integers(1, 3000))
repeats = st.builds(lambda phrase, n: phrase * n, st.sampled_from(PHRASES), st.integers(1, 400))
adversarial = st.lists(st.one_of(runs, repeats), min_size=1, max_size=4).map("".join).map(lambda t: t[:4000])


def _warm_up():
    """pysbd builds its segmenter and compiles its rules on first use: a one-off cost, not work on the text."""
    fresh_suggestions("Mr. Smith said: “It is done.” He left. Then “more”, he said.")


def within_bound(call, text):
    try:
        return lines_run(call, text, cap=bound(text))
    except TooMuchWork as exc:
        raise TooMuchWork(f"{call.__name__} on {len(text)} characters starting {text[:80]!r}: {exc}") from None


def bound(text: str) -> int:
    return LINES_PER_CHAR * len(text) + LINES_FIXED


def fresh_suggestions(text):
    suggest.cache_clear()
    names.people.cache_clear()
    names.index.cache_clear()
    names._defined_acronyms.cache_clear()
    names.organisations.cache_clear()
    names.organisation_names.cache_clear()
    names._documents_authored.cache_clear()
    return suggest(text)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(adversarial)
def test_suggestions_do_linear_work_on_adversarial_text(text):
    _warm_up()
    within_bound(fresh_suggestions, text)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(adversarial)
def test_each_reader_of_article_text_does_linear_work(text):
    _warm_up()
    for reader in (segmentation.sentences, quotes.quote_spans, quotes.find_quotes, checkworthy.find_claims,
                   checkworthy.find_opinions, transcripts.find):
        names.people.cache_clear()
        names.index.cache_clear()
        names.organisations.cache_clear()
        names.organisation_names.cache_clear()
        names._documents_authored.cache_clear()
        within_bound(reader, text)


# The costliest phrase known (docs/performance.md, "Suggestion readers"), run long enough that a reader doing work
# per quotation over the whole text would exceed the bound: the random draws above may not pick it.
COSTLIEST_RUN = ("said “" * 1000)[:5600]


def test_the_costliest_known_run_gets_its_suggestions_in_linear_work():
    _warm_up()
    within_bound(fresh_suggestions, COSTLIEST_RUN)


def test_an_article_of_8000_opening_quotes_gets_its_suggestions_in_linear_work(client_for, annotator):
    from tests.factories import ArticleFactory

    article = ArticleFactory(text="“" * 8000)
    client = client_for(annotator)
    _warm_up()
    suggest.cache_clear()
    response, _ = lines_run(client.get, f"/api/articles/{article.pk}/suggestions/", cap=bound(article.text) + 200_000)
    assert response.status_code == 200
    assert response.json() == {"partial": False, "results": []}


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(PHRASES + list(RUN_CHARS) + ["seeds"]))
def test_a_megabyte_article_gets_partial_suggestions_within_the_work_limit(phrase):
    if phrase == "seeds":  # real prose, repeated
        phrase = "\n".join(path.read_text() for path in sorted(SEEDS.glob("*.txt")))
    text = (phrase * (1_000_000 // len(phrase) + 1))[:1_000_000]
    suggest.cache_clear()
    found = suggest(text)
    assert found.partial
    # The meter is charged before the work it stands for; one charge is at most the part of the text read.
    assert found.work <= SUGGEST_WORK_LIMIT + SUGGEST_READ_MAX
    assert all(s.end <= SUGGEST_READ_MAX for s in found)


def test_seed_articles_are_read_in_full_well_within_the_limit():
    for path in sorted(SEEDS.glob("*.txt")):
        suggest.cache_clear()
        found = suggest(path.read_text())
        assert not found.partial and found.work < SUGGEST_WORK_LIMIT / 10


def test_the_name_and_organisation_patterns_read_runs_of_particles_and_capitals_in_linear_time():
    """The line count above does not see inside a regular expression; these runs made the name pattern quadratic
    once (60,000 characters of "de de …" took 70 s). The regex module's timeout turns such a regression into a
    failure in seconds instead of a hang; linear matching takes well under a second here."""
    for phrase in ("de ", "von der ", "al-", "U.S. ", "A. ", "Aa ", "É. ", "Aa of the ", "Aa of ", "of the Aa "):
        text = phrase * (300_000 // len(phrase))
        for pattern in (names.NAME, names.ORG):
            list(pattern.finditer(text, timeout=20))  # raises TimeoutError when superlinear


def test_regex_module_patterns_are_never_matched_from_a_position_without_an_end():
    """The regex module's match or search from a position but with no end position costs time in proportion to the
    whole text on each call (`re` does not): called once per name, that made plain prose quadratic, below the line
    counts above. Every such call in the suggestion code passes an end position, or reads a slice it was given."""
    import ast

    offenders = []
    for path in sorted((Path(__file__).resolve().parent.parent.parent / "annotations" / "assist").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        compiled = {target.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
                    and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Attribute)
                    and isinstance(node.value.func.value, ast.Name) and node.value.func.value.id == "regex"
                    and node.value.func.attr == "compile"
                    for target in node.targets if isinstance(target, ast.Name)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in compiled
                    and node.func.attr in ("match", "search", "fullmatch") and len(node.args) == 2):
                offenders.append(f"{path.name}:{node.lineno} {node.func.value.id}.{node.func.attr}")
    assert offenders == []
