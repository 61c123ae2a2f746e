"""A listicle's items (a linked name leading to the thing's own site, then a paragraph about it) are the
article; teaser cards (the page's own site's other stories under a one-line blurb) are not."""

from __future__ import annotations

from pipeline.strip import extract_html
from pipeline.strip.listicles import site_of

URL = "https://www.lakeside-weekly.example.com/guides/five-lakes-worth-the-drive"
INTRO = ("<p>Summer weekends fill the big reservoirs near the city, so we spent June driving the back roads to "
         "find the quieter water, the kind of lake where you can still hear the loons at dusk.</p>"
         "<p>Every lake below is under two hours from downtown, has a public launch, and charges no more than "
         "a few dollars for parking. We paddled each one at least twice before writing about it.</p>")
LAKES = [
    ("Heron Pond", "heron-pond-trust.example.org",
     "Heron Pond sits in a bowl of old pine forest and never seems to get wind, which makes it the best flat "
     "water on this list for beginners. The launch is a gravel ramp beside the ranger cabin, and the north "
     "shore has two small beaches where families spread out blankets by late morning."),
    ("Millbrook Reservoir", "millbrook-water.example.net",
     "Millbrook was dammed in the 1930s and the drowned stone walls of the old farms are still visible in "
     "clear water near the east arm. Motorboats are banned, so the only sounds are paddles and fish jumping, "
     "and the access road is paved all the way to the small lot beside the spillway."),
    ("Lake Tamsin", "tamsin-lake-association.example.com",
     "Lake Tamsin is the deepest lake in the county and stays cold well into July, so bring a wetsuit if "
     "you plan to swim from the rocks. The association keeps a hand-drawn map at the boathouse that marks "
     "the islands where camping is allowed, and volunteers hand out copies on Saturdays."),
    ("Copper Creek Flowage", "coppercreek-flowage.example.org",
     "The flowage is really a slow river that widens into three marshy basins, and it is the place to go "
     "for birds: we counted herons, two pairs of ospreys and a bald eagle in one morning. Go early, because "
     "the afternoon wind funnels down the valley and makes the return trip a real workout."),
]


def _item(name: str, host: str, text: str) -> str:
    return (f'<section class="entry-card"><h3><a href="https://{host}/" target="_blank">{name}</a></h3>'
            f"<p>{text}</p></section>")


def _page(items: str, related: str = "") -> str:
    return (f"<html><head><title>Five lakes worth the drive</title></head><body><article><h1>Five lakes worth "
            f"the drive</h1>{INTRO}{items}<p>Whichever lake you pick, check the water level before you go.</p>"
            f"</article>{related}</body></html>")


def _related(host: str = "") -> str:
    cards = "".join(f'<li class="story-card"><h4><a href="{host}/news/2025/story-{i}">{title}</a></h4>'
                    f"<p>{blurb}</p></li>" for i, (title, blurb) in enumerate([
                        ("County approves new bike lane along the river road", "Construction starts in May."),
                        ("Farmers market moves to the old depot this summer", "Vendors say parking is easier."),
                        ("High school rowing team heads to nationals", "The first trip in twenty years."),
                        ("What the drought means for your well", "Hydrologists answer readers' questions."),
                    ]))
    return f'<ul class="stories">{cards}</ul>'


def test_the_items_of_a_listicle_linking_out_are_kept() -> None:
    article = extract_html(_page("".join(_item(*lake) for lake in LAKES)), url=URL)
    assert all(text in article.paragraphs for _, _, text in LAKES)
    assert not any("teaser" in change.evidence for change in article.changes)


def test_without_the_page_address_items_leading_to_as_many_sites_are_kept() -> None:
    article = extract_html(_page("".join(_item(*lake) for lake in LAKES)))
    assert all(text in article.paragraphs for _, _, text in LAKES)


def test_the_same_cards_linking_back_into_the_site_are_still_teasers() -> None:
    own = "".join(_item(name, "www.lakeside-weekly.example.com", text) for name, _, text in LAKES)
    article = extract_html(_page(own), url=URL)
    assert not any(text in article.paragraphs for _, _, text in LAKES)
    assert any(change.rule == "heuristic:related" and "teaser" in change.evidence for change in article.changes)


def test_cards_linking_out_under_a_one_line_blurb_are_still_teasers() -> None:
    short = "".join(_item(name, host, text.split(". ")[0] + ".") for name, host, text in LAKES)
    article = extract_html(_page(short), url=URL)
    assert not any(text.split(". ")[0] + "." in article.paragraphs for _, _, text in LAKES)


def test_the_sites_own_related_stories_still_go_beside_a_kept_listicle() -> None:
    article = extract_html(_page("".join(_item(*lake) for lake in LAKES), _related()), url=URL)
    assert all(text in article.paragraphs for _, _, text in LAKES)
    assert not any("bike lane" in p or "rowing team" in p for p in article.paragraphs)


def test_site_of_keeps_the_registrable_part() -> None:
    assert site_of("https://news.example.co.uk/a") == "example.co.uk"
    assert site_of("http://www.example.com:8080/a") == "example.com"
    assert site_of("//cdn.example.org/x.js") == "example.org"
    assert site_of("/relative/path") is None
    assert site_of("https://[bad") is None


def test_the_items_linked_names_are_kept_as_their_headings() -> None:
    article = extract_html(_page("".join(_item(*lake) for lake in LAKES)), url=URL)
    for name, _, text in LAKES:
        assert article.paragraphs.index(name) + 1 == article.paragraphs.index(text)


def test_a_linked_heading_over_a_list_of_links_or_set_into_the_story_still_goes() -> None:
    links = ('<section><h3><a href="/guides">More lake guides</a></h3><ul><li><a href="/guides/rivers">Rivers near '
             'the city</a></li><li><a href="/guides/ponds">Ponds for beginners</a></li></ul></section>')
    inset = ('<div class="inset"><div class="inset-text"><h3><a href="/news/2024/loon-count">Loon count reaches a '
             'record on the northern lakes</a></h3></div></div>')
    intro = INTRO.replace("</p><p>", f"</p>{inset}<p>")
    page = _page("".join(_item(*lake) for lake in LAKES) + links).replace(INTRO, intro)
    article = extract_html(page, url=URL)
    assert INTRO.split("</p>")[1].removeprefix("<p>") in article.paragraphs
    assert "More lake guides" not in article.paragraphs
    assert not any("Loon count" in p for p in article.paragraphs)
