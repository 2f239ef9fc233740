import hashlib
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from annotations.models import Article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_load_seeds_twice_leaves_exactly_five_articles_byte_for_byte(db):
    call_command("load_seeds", stdout=StringIO())
    out = StringIO()
    call_command("load_seeds", stdout=out)
    assert "0 new, 5 already loaded." in out.getvalue()
    assert Article.objects.count() == 5
    for path in sorted(SEEDS.glob("*.txt")):
        article = Article.objects.get(text_sha256=hashlib.sha256(path.read_bytes()).hexdigest())
        assert article.text.encode("utf-8") == path.read_bytes()
    assert Article.objects.get(text__contains="🔹").text.count("🔹") == 2


def test_seed_folder_matches_shared_seeds_byte_for_byte():
    shared = SEEDS.parents[1] / "shared" / "seeds"
    if not shared.is_dir():  # a clone outside the workplace has no shared/ beside it
        return
    ours = {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")}
    theirs = {p.name: p.read_bytes() for p in shared.glob("*.txt")}
    assert ours == theirs


SEED_TITLES = {
    "000": "Trump distances himself from the Russian invasion of Ukraine: \"It's not my business.\"",
    "001": "US Withdraws Security Promises for Ukraine",  # not its "Tags: #Trump #Ukraine …" line
    "002": "In a reversal, President Trump appears to have backed off joining a European push for new sanctions on "
           "Russia…",  # not the photo caption above it, twice
    "003": "In a significant shift in U.S. foreign policy, former President Donald Trump announced that he has "
           "spoken with Russian…",
    "004": "President Donald Trump has indicated that the United States is open to forging economic agreements "
           "with Russia…",
}


def _titles():
    return {path.name[:3]: Article.objects.get(text_sha256=hashlib.sha256(path.read_bytes()).hexdigest()).title
            for path in sorted(SEEDS.glob("*.txt"))}


def test_seeds_get_their_headline_as_title_not_tags_a_caption_or_a_whole_paragraph(db):
    call_command("load_seeds", stdout=StringIO())
    assert _titles() == SEED_TITLES
    assert all(len(title) <= 121 for title in _titles().values())


def test_load_seeds_retitles_seeds_still_carrying_their_first_line_and_keeps_edited_titles(db):
    call_command("load_seeds", stdout=StringIO())
    tags, caption = (Article.objects.get(title=SEED_TITLES[n]) for n in ("001", "002"))
    Article.objects.filter(pk=tags.pk).update(title="Tags: #Trump #Ukraine #NATO #Russia #USForeignPolicy #Geopolitics")
    Article.objects.filter(pk=caption.pk).update(title="A title a reviewer chose")
    out = StringIO()
    call_command("load_seeds", stdout=out)
    assert _titles()["001"] == SEED_TITLES["001"]
    assert _titles()["002"] == "A title a reviewer chose"
    assert "retitled #%d" % tags.pk in out.getvalue()
