"""A comment thread that outweighs its story: the story is the article, the thread is dropped."""

from __future__ import annotations

from pipeline.strip import extract_html

STORY = [
    "The town council voted on Tuesday to keep the old river ferry running through the winter, reversing a "
    "decision taken in the spring to replace it with a shuttle bus over the northern bridge.",
    "Councillors said the bus would have added forty minutes to the daily trip of about three hundred "
    "commuters, most of them workers at the hospital on the east bank.",
    "The ferry will run every half hour from six in the morning until nine at night; the council will "
    "review the timetable again in March.",
]
REPLY = ("I have taken that ferry every morning for eleven years and the crew know every one of us by name, "
         "so I am glad the council finally listened to the people who actually use it every day. ")


def _page(replies: int, thread_class: str = "commentlisting") -> str:
    comments = "".join(f'<li class="comment" id="c{i}"><div class="commentTop"><b>reader{i}</b> on Tuesday</div>'
                       f'<div class="commentBody"><p>{REPLY}</p></div></li>' for i in range(replies))
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>Council keeps the river ferry | Valley Post</title></head><body>"
            f'<div class="main"><article class="story"><h1>Council keeps the river ferry</h1>'
            f'<div class="body">{story}</div></article>'
            f'<div id="comments"><h3>{replies} comments</h3><ul class="{thread_class}">{comments}</ul></div>'
            f"</div></body></html>")


def test_a_story_under_a_thread_that_outweighs_it_is_the_article() -> None:
    article = extract_html(_page(120))
    assert article.paragraphs == STORY
    assert not any(REPLY.strip() in p for p in article.paragraphs)


def test_a_story_with_a_few_comments_is_read_as_before() -> None:
    assert extract_html(_page(3)).paragraphs == STORY
