"""One page, one URL: normalize_url gives every spelling of the same address one canonical form (so one Source
row), and refuses what is not an address with a code naming the field."""
import pytest
from django.core.exceptions import ValidationError

from annotations import services
from annotations.models import Source
from annotations.rules.fields import normalize_url


def code_of(value, field="url"):
    with pytest.raises(ValidationError) as exc_info:
        normalize_url(value, field=field)
    errors = exc_info.value.error_dict
    assert list(errors) == [field]
    return errors[field][0].code


@pytest.mark.parametrize("spelling", [
    "https://xn--mnchen-3ya.de/a",  # punycode
    "https://münchen.de/a",  # IDN
    "https://MÜNCHEN.DE/a",  # case
    "https://ｍüｎｃｈｅｎ．ｄｅ/a",  # fullwidth letters and full stop (NFKC)
    "https://münchen。de/a",  # ideographic full stop, a label separator in IDNA
    "https://münchen.de./a",  # trailing dot
    "https://münchen.de:443/a",  # default port
    "https://münchen.de/%61",  # a percent-encoded unreserved character
    "https://münchen.de/a#section",  # fragment
])
def test_every_spelling_of_one_address_normalises_to_one_url(spelling):
    assert normalize_url(spelling) == "https://xn--mnchen-3ya.de/a"


@pytest.mark.parametrize("spelling, canonical", [
    ("http://Example.COM:80", "http://example.com/"),
    ("http://example.com:8080/x", "http://example.com:8080/x"),
    ("https://example.com/caf%c3%a9?q=%7e", "https://example.com/caf%C3%A9?q=~"),
    ("https://example.com/café", "https://example.com/caf%C3%A9"),
    ("https://example.com/a b", "https://example.com/a%20b"),
    ("https://[2001:DB8::1]:443/", "https://[2001:db8::1]/"),
])
def test_ports_paths_and_percent_encoding_have_one_form(spelling, canonical):
    assert normalize_url(spelling) == canonical


@pytest.mark.parametrize("url", [
    "https://example.com:65536/", "https://example.com:0/", "https://example.com:99999999/", "https://example.com:-1/",
    "https://example.com:8o/", "https://example.com:１２３４５６/",
])
def test_an_invalid_port_is_refused_naming_the_field(url):
    assert code_of(url, field="source_url") == "invalid_port"


@pytest.mark.parametrize("url", ["https://exаmple.com/", "https://xn--exmple-4nf.com/", "https://pаypal.com/"])
def test_a_label_mixing_latin_with_cyrillic_lookalikes_is_refused(url):
    assert code_of(url) == "mixed_script_host"


@pytest.mark.parametrize("url, canonical", [
    ("https://пример.рф/", "https://xn--e1afmkfd.xn--p1ai/"),  # one script per label: recorded, as punycode
    ("https://検索エンジン.jp/", "https://xn--ick6a7lb5992e0dza.jp/"),  # Han with Katakana is one writing system
])
def test_single_script_idn_hosts_are_stored_as_punycode(url, canonical):
    assert normalize_url(url) == canonical


def test_the_same_host_spelt_five_ways_is_one_source_row(db, annotator):
    urls = ["https://münchen.de/report", "https://xn--mnchen-3ya.de/report", "https://ＭＵＮＣＨＥＮ.de/report"
            .replace("Ｕ", "Ü"), "https://münchen.de./report", "HTTPS://MÜNCHEN.DE:443/report"]
    sources = {services.source_get_or_create_url(url=url, user=annotator).pk for url in urls}
    assert len(sources) == 1
    assert Source.objects.get().url == "https://xn--mnchen-3ya.de/report"


def test_an_invalid_port_through_the_api_is_a_400_naming_the_field(client_for, annotator, make_span, article):
    span = make_span(article, "Critics disagree", tag="opinion")
    response = client_for(annotator).post(f"/api/spans/{span.pk}/evidence/",
                                          {"stance": "supports", "url": "https://example.com:65536/"}, format="json")
    assert response.status_code == 400, response.content[:200]
    assert response.json() == {"url": [response.json()["url"][0]]} and "port" in response.json()["url"][0]
