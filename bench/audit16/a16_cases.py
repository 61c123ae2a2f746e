# ruff: noqa: E501
"""Audit16 cases: BOILERPLATE INSIDE THE ARTICLE BODY on real-site pages (precision and recall of the body).

Between or after the paragraphs: read-also boxes (Read more / Lesen Sie auch / Читайте также / Leia também /
Baca juga / 延伸阅读 / 関連記事 ...), newsletter boxes, ad labels and slots, social embeds with their fallback
text, pull quotes repeating a body sentence, figures with captions and credits, share bars, tag lists, author
bio boxes, "this story has been updated" notes, table-of-contents boxes, related-video blocks, paywall and
meter teasers, cookie banners, listen-to-this-article widgets: all dropped. Kept as body: correction notes,
editor's notes, key-points lists at the top, body tables, Q&A question lines, subheadings, block quotes that
are not duplicates, lists inside the text, an essay's footnotes, live-blog entries with their times.

Groups: ``en`` (WordPress, Arc XP, Ghost, Drupal, Substack, Medium-like, others), ``zh`` Chinese CMSes,
``intl`` ja / ko / ru / de / es / pt / id / vi / fr / it sites. Every case checks title and exact body."""

from __future__ import annotations

import sys
from html import escape as e
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "audit4"))
sys.path.insert(0, str(HERE))

import a16_texts as T  # noqa: E402
from a16_frames import arc, arc_p, dbody, doc, dpara, drupal, ghost, mix, news_site, p, wordpress, zh_portal  # noqa: E402
from a16_texts import Story  # noqa: E402
from build import Case, Exp  # noqa: E402  (audit4's case records)


def ex(s: Story, paras: list[str] | tuple[str, ...] | None = None) -> Exp:
    return Exp(s.title, "\n".join(s.paras if paras is None else paras), {})


def hc(name: str, group: str, html: str, x: Exp) -> Case:
    return Case(name, group, {f"{name}.html": html.encode()}, [x])


IMG = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1200" height="800" alt="" loading="lazy">'


# --- English: WordPress ---------------------------------------------------------------------------------
def en_wordpress() -> list[Case]:
    fe, bk, rf, ba = T.FERRY, T.BAKERY, T.RIVERFEST, T.BEES
    G = "en"
    related_list = ('<p><strong>Related</strong></p>\n<ul class="wp-block-list"><li><a href="/2026/10/02/ferry-breakdowns/">Ferry breakdowns leave islanders stranded again</a></li>'
                    '<li><a href="/2026/09/14/quay-upgrade/">Quay upgrade approved for electric boats</a></li></ul>')
    jetpack = ('<div class="wp-block-jetpack-related-posts"><div class="jp-related-posts-i2" data-layout="grid"><div class="jp-related-posts-i2__row" data-post-count="3">'
               + "".join(f'<ul id="related-posts-item-{i}" class="jp-related-posts-i2__post"><li class="jp-related-posts-i2__post-link"><a href="/p/{i}">{t}</a></li>'
                         f'<li class="jp-related-posts-i2__post-date">{d}</li><li class="jp-related-posts-i2__post-context">In "Local news"</li></ul>'
                         for i, (t, d) in enumerate([("Market traders call for longer hours", "October 30, 2026"), ("The last apprentice baker in town", "October 12, 2026"),
                                                     ("Rent rise forces a cafe to close", "September 28, 2026")]))
               + "</div></div></div>")
    ad_inserter = ('<div class="code-block code-block-3" style="margin: 8px auto; text-align: center; display: block; clear: both;">\n'
                   '<p class="ad-label">Advertisement</p>\n<div id="div-gpt-ad-1718-3" style="min-width:300px;min-height:250px;"></div>\n'
                   '<p class="ad-continue">Continue reading below</p></div>')
    pull = f'<figure class="wp-block-pullquote"><blockquote><p>{e(bk.paras[2])}</p><cite>Marta Kowal</cite></blockquote></figure>'
    letter = ("We regret that the crossing will be suspended until further notice. Passengers with return tickets may use them on the first sailing after repairs.")
    quote = f'<blockquote class="wp-block-quote"><p>{e(letter)}</p></blockquote>'
    yt = ('<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
          '<iframe loading="lazy" title="Lowbridge river festival 2023 highlights" width="640" height="360" src="https://www.youtube.com/embed/aB3dE5fG7hI?feature=oembed" frameborder="0" allowfullscreen></iframe>\n'
          '</div><figcaption class="wp-element-caption">Watch: highlights from the last festival in 2023.</figcaption></figure>')
    insta = ('<figure class="wp-block-embed is-type-rich is-provider-instagram wp-block-embed-instagram"><div class="wp-block-embed__wrapper">\n'
             '<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/Cx1yZ2aB3c4/?utm_source=ig_embed" data-instgrm-version="14" style="background:#FFF; border:0;">'
             '<div style="padding:16px;"><a href="https://www.instagram.com/p/Cx1yZ2aB3c4/?utm_source=ig_embed" style="background:#FFFFFF;" target="_blank">'
             '<div style="padding: 19% 0;"></div><div style="padding-top: 8px;"><div style="color:#3897f0; font-family:Arial,sans-serif; font-size:14px; font-weight:550;">View this post on Instagram</div></div></a>'
             '<p style="color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; margin-bottom:0; text-align:center;">'
             '<a href="https://www.instagram.com/p/Cx1yZ2aB3c4/?utm_source=ig_embed" style="color:#c9c8cd;" target="_blank">A post shared by Town Hall Bees (@townhallbees)</a></p></div></blockquote>\n'
             '<script async src="//www.instagram.com/embed.js"></script>\n</div></figure>')
    tweet = ('<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\n'
             '<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">Big day on Pell Island: the contract for our new electric ferry is signed. '
             'Sea trials in February! <a href="https://t.co/Ab12Cd34Ef">pic.twitter.com/Ab12Cd34Ef</a></p>&mdash; Harrow County Council (@HarrowCouncil) '
             '<a href="https://twitter.com/HarrowCouncil/status/1861234567890123456?ref_src=twsrc%5Etfw">November 19, 2026</a></blockquote>'
             '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n</div></figure>')
    toc = ('<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">\n'
           '<div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con">Toggle</span></a></span></div>\n'
           '<nav><ul class="ez-toc-list ez-toc-list-level-1"><li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-1" href="#A_cleaner_river" title="A cleaner river">A cleaner river</a></li>'
           '<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-2" href="#How_to_get_a_ticket" title="How to get a ticket">How to get a ticket</a></li></ul></nav></div>')
    rf_h2 = (rf.paras[0], "A cleaner river", rf.paras[1], rf.paras[2], "How to get a ticket", rf.paras[3], rf.paras[4])
    rf_tag = {"A cleaner river": '<h2 class="wp-block-heading"><span class="ez-toc-section" id="A_cleaner_river"></span>A cleaner river<span class="ez-toc-section-end"></span></h2>',
              "How to get a ticket": '<h2 class="wp-block-heading"><span class="ez-toc-section" id="How_to_get_a_ticket"></span>How to get a ticket<span class="ez-toc-section-end"></span></h2>'}
    newsletter = ('<div class="newsletter-promo wp-block-group has-background" style="background-color:#eef4f7"><div class="wp-block-group__inner-container">'
                  '<h3 class="wp-block-heading">Never miss a story from the islands</h3><p>Sign up for the Harbour Weekly newsletter and get our best reporting in your inbox every Friday morning.</p>'
                  '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/newsletter/">Subscribe now</a></div></div></div></div>')
    tags_share = ('<div class="post-tags"><span class="tags-title">Tags:</span> <a href="/tag/ferry/" rel="tag">ferry</a> <a href="/tag/pell-island/" rel="tag">Pell Island</a> <a href="/tag/transport/" rel="tag">transport</a></div>\n'
                  '<div class="share-buttons"><span class="share-title">Share this article</span> <a class="share-facebook" href="#">Facebook</a> <a class="share-x" href="#">X</a> '
                  '<a class="share-whatsapp" href="#">WhatsApp</a> <a class="share-email" href="#">Email</a> <button class="copy-link">Copy link</button></div>')
    sab = ('<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author"><div class="saboxplugin-tab"><div class="saboxplugin-gravatar">'
           '<img alt="Grace Whitfield" src="/avatar.jpg" width="100" height="100" itemprop="image"></div><div class="saboxplugin-authorname"><a href="/author/gwhitfield/" class="vcard author" rel="author"><span class="fn">Grace Whitfield</span></a></div>'
           '<div class="saboxplugin-desc"><div itemprop="description"><p>Grace Whitfield covers transport and the coast for the Harbour Gazette. She has reported from the islands since 2015 and lives on Pell Island with two cats and a leaky rowing boat.</p></div></div>'
           '<div class="clearfix"></div><div class="saboxplugin-socials"><a href="https://x.com/gwhitfield" class="saboxplugin-icon-grey">X</a></div></div></div>')
    return [
        hc("en_wp_related_list_mid", G, wordpress(fe.title, mix(fe.paras, {3: related_list})), ex(fe)),
        hc("en_wp_jetpack_related_block", G, wordpress(bk.title, mix(bk.paras, {5: jetpack})), ex(bk)),
        hc("en_wp_ad_inserter_label", G, wordpress(rf.title, mix(rf.paras, {2: ad_inserter})), ex(rf)),
        hc("en_wp_pullquote_duplicate", G, wordpress(bk.title, mix(bk.paras, {3: pull})), ex(bk)),
        hc("en_wp_blockquote_kept", G, wordpress(fe.title, mix(fe.paras, {3: quote})), ex(fe, [*fe.paras[:3], letter, *fe.paras[3:]])),
        hc("en_wp_youtube_embed_caption", G, wordpress(rf.title, mix(rf.paras, {4: yt})), ex(rf)),
        hc("en_wp_instagram_embed", G, wordpress(ba.title, mix(ba.paras, {2: insta})), ex(ba)),
        hc("en_wp_tweet_embed", G, wordpress(fe.title, mix(fe.paras, {4: tweet})), ex(fe)),
        hc("en_wp_ez_toc_h2_kept", G, wordpress(rf.title, toc + "\n" + "\n".join(rf_tag.get(x, p(x)) for x in rf_h2)), ex(rf, rf_h2)),
        hc("en_wp_newsletter_group_mid", G, wordpress(ba.title, mix(ba.paras, {2: newsletter})), ex(ba)),
        hc("en_wp_tags_share_in_content", G, wordpress(fe.title, mix(fe.paras, {5: tags_share})), ex(fe)),
        hc("en_wp_simple_author_box", G, wordpress(fe.title, mix(fe.paras, {5: sab})), ex(fe)),
    ]


# --- English: Arc XP, Ghost, Drupal, Substack, Medium-like and others ------------------------------------
def en_other() -> list[Case]:
    fe, tr, wi, po, gl, orc, es, qa = T.FERRY, T.TRAMS, T.WIND, T.POTHOLES, T.GLASS, T.ORCHESTRA, T.ESSAY, T.LIBRARYQA
    G = "en"
    inter = ('<div class="wpds-c-PJLV" data-qa="interstitial-link"><span class="wpds-c-dYIuvE">'
             '<a href="/local/2026/10/03/harbor-lighthouse-vote/" data-qa="interstitial-link-anchor"><b>Harbor town votes to keep its lighthouse lit through the winter</b></a></span></div>')
    arcad = ('<div class="arcad-feature" data-qa="article-body-ad"><div class="wpds-c-iSVVZa" data-qa="ad-label">Story continues below advertisement</div>'
             '<div id="arcad_feature-f0wSd" class="arcad-container" style="min-height:250px"></div></div>')
    fig = ('<figure class="wpds-c-jHfKsq"><div class="wpds-c-cZkCmJ"><img src="/photo/ferry.jpg" alt="A ferry at the quay" width="1484" height="989"></div>'
           '<figcaption class="wpds-c-kIyifn"><span data-qa="caption-text">The diesel ferry waits at Harrow Quay on Tuesday. It has made the crossing since 1986.</span> '
           '<span class="wpds-c-hbLerN">(Sam Ortiz for The Harbor Times)</span></figcaption></figure>')
    updated = '<div class="wpds-c-jsATU" data-qa="article-update-note"><p><i>This story has been updated with comment from the county council.</i></p></div>'
    correction = "Correction: An earlier version of this article gave the wrong capacity for the new ferry. It carries 240 passengers, not 420."
    listen = ('<div class="wpds-c-gVuTZE" data-qa="article-share-bar"><button data-qa="listen-button"><span>Listen</span><span class="wpds-c-fMqOPH">4 min</span></button>'
              '<button data-qa="comments-btn"><span>Comment</span><span>128</span></button><button data-qa="gift-button"><span>Gift Article</span></button>'
              '<button data-qa="share-button"><span>Share</span></button><button data-qa="save-button"><span>Save</span></button></div>')
    bookmark = ('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://valleynotes.example/the-old-bus-depot/"><div class="kg-bookmark-content">'
                '<div class="kg-bookmark-title">What happens to a bus depot when the buses leave</div><div class="kg-bookmark-description">The depot on Foundry Lane stood empty for six years. Here is how it was saved.</div>'
                '<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/icon.png" alt=""><span class="kg-bookmark-author">Valley Notes</span><span class="kg-bookmark-publisher">Tom Okafor</span></div></div>'
                '<div class="kg-bookmark-thumbnail"><img src="/depot.jpg" alt=""></div></a></figure>')
    signup = ('<div class="kg-card kg-signup-card kg-width-wide" data-lexical-signup-form style="background-color: #F0F0F0; display: none;"><div class="kg-signup-card-content"><div class="kg-signup-card-text">'
              '<h2 class="kg-signup-card-heading">Sign up for Valley Notes</h2><p class="kg-signup-card-subheading">Stories from the valley, every Sunday. No spam, ever.</p>'
              '<form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields"><input class="kg-signup-card-input" type="email" placeholder="Your email" required>'
              '<button class="kg-signup-card-button kg-style-accent" type="submit"><span class="kg-signup-card-button-default">Subscribe</span></button></div>'
              '<div class="kg-signup-card-success">Email sent! Check your inbox to complete your signup.</div></form><p class="kg-signup-card-disclaimer">No spam. Unsubscribe anytime.</p></div></div></div>')
    signup = signup.replace(" display: none;", "")  # Ghost shows the card
    kgimg = ('<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/11/depot-rehearsal.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333">'
             '<figcaption><span style="white-space: pre-wrap;">Rehearsal in the depot, with the old theatre curtains behind the cellos. Photo: Tom Okafor</span></figcaption></figure>')
    note = "Editor's note: This story is part of Homes for Music, a series about the places where amateur musicians rehearse, reported with support from the county arts fund."
    callout = f'<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📝</div><div class="kg-callout-text">{e(note)}</div></div>'
    drel = dpara("related-content", '<h2 class="related-content__title">Related stories</h2><ul class="related-content__list"><li><a href="/news/crossing-closed">Level crossing to close for a week</a></li>'
                 '<li><a href="/news/bus-fares">Bus fares frozen for another year</a></li><li><a href="/news/cycle-lane">Cycle lane on Mill Road approved</a></li></ul>', 88)
    dad = dpara("advertisement", '<div class="ad-slot ad-slot--mpu"><span class="ad-slot__label">Advertisement</span><div id="gpt-mpu-1"></div></div>', 89)
    dcontent = (dpara("text", dbody(p(tr.paras[0]) + p(tr.paras[1])), 86) + dad + drel + dpara("text", dbody(p(tr.paras[2]) + p(tr.paras[3])), 87))
    cookie = ('<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog"><div class="popup-content info eu-cookie-compliance-content">'
              '<div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2>'
              '<p>By clicking the Accept button, you agree to us doing so. We and our partners use cookies and similar technologies to measure how you use the site, to remember your settings and, with your consent, to show you advertising that is relevant to you.</p>'
              '<button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div>'
              '<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept</button>'
              '<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>')
    sub_widget = ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://valleyletter.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;}" data-component-name="SubscribeWidgetToDOM">'
                  '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Valley Letter! Subscribe for free to receive new posts and support my work.</p></div>'
                  '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>')
    sub_share = '<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://valleyletter.substack.com/p/old-maps?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&quot;,&quot;text&quot;:&quot;Share&quot;}" data-component-name="ButtonCreateButton"><a class="button primary" href="https://valleyletter.substack.com/p/old-maps?utm_source=substack&amp;utm_medium=email&amp;utm_content=share"><span>Share</span></a></p>'
    sub_comment = '<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="https://valleyletter.substack.com/p/old-maps/comments"><span>Leave a comment</span></a></p>'
    substack = doc("en", f"{es.title} - by Ruth Calloway", (
        '<div id="main" class="main typography use-theme-bg"><div class="topbar"><a class="navbar-title-link" href="/">The Valley Letter</a><a class="button primary" href="/subscribe">Subscribe</a><a href="/account/login">Sign in</a></div>'
        '<article class="typography newsletter-post post"><div class="post-header"><h1 dir="auto" class="post-title published">' + e(es.title) + '</h1>'
        '<h3 dir="auto" class="subtitle">On mills, alders and sixty years of copying</h3><div class="post-meta"><a href="/profile/ruth">Ruth Calloway</a><div class="post-date">Nov 20, 2026</div></div>'
        '<div class="post-ufi"><a class="like-button">48</a> <a class="comment-button">12</a> <a class="share-button">Share</a></div></div>'
        '<div class="available-content"><div dir="auto" class="body markup">' + mix(es.paras, {2: sub_widget, 3: sub_share, 4: sub_comment}) + '</div></div>'
        '<div class="post-footer"><div class="post-ufi"><a class="like-button">48</a> <a class="comment-button">12</a> <a class="share-button">Share</a></div></div></article>'
        '<div class="footer-wrap"><div class="footer-buttons"><a href="/privacy">Privacy</a><a href="/tos">Terms</a><a href="/about">Collection notice</a></div><p>Substack is the home for great culture</p></div></div>'))
    med_p = lambda t: f'<p id="{len(t):04x}" class="pw-post-body-paragraph mq mr gt ms b mt mu mv mw mx my mz na nb nc nd ne nf ng nh ni nj nk nl nm nn fb bk" data-selectable-paragraph="">{e(t)}</p>'  # noqa: E731
    medium = doc("en", f"{gl.title} | by Lena Fischer | Nov, 2026 | Medium", (
        '<div id="root"><div class="a b c"><div class="l m"><nav><a href="/" aria-label="Homepage">Medium</a><a href="/new-story">Write</a><a href="/m/signin">Sign in</a></nav></div>'
        '<article><div class="l"><section><div class="fj fk fl fm fn"><div class="ab cb"><div class="ch bg fz ga gb gc">'
        f'<h1 id="a1b2" class="pw-post-title gd ge gf bf gg gh gi gj gk gl gm gn go gp gq gr gs gt gu gv gw gx gy gz ha bk" data-testid="storyTitle" data-selectable-paragraph="">{e(gl.title)}</h1>'
        '<div class="hb hc hd he hf"><div class="speechify-ignore ab co"><div class="pw-author"><a data-testid="authorName" href="/@lenafischer">Lena Fischer</a></div>'
        '<span><button class="bf b be z jp">Follow</button></span><span data-testid="storyReadTime">5 min read</span><span>·</span><span data-testid="storyPublishDate">Nov 20, 2026</span></div>'
        '<div class="speechify-ignore ab co"><div class="ab"><button data-testid="headerClapButton"><span>312</span></button><button aria-label="responses"><span>4</span></button></div>'
        '<div class="ab"><button data-testid="audioPlayButton"><p class="bf b bg z dx">Listen</p></button><button data-testid="headerSocialShareButton"><p class="bf b bg z dx">Share</p></button></div></div></div>'
        + "".join(med_p(t) for t in gl.paras) +
        '</div></div></div></section></div></article>'
        '<div class="speechify-ignore"><div class="ab"><button data-testid="footerClapButton"><span>312</span></button><button><span>4</span></button></div>'
        '<div><h2 class="bf"><a href="/@lenafischer">Written by Lena Fischer</a></h2><p><a href="/@lenafischer/followers">1.2K Followers</a></p>'
        '<p class="bf b">Writes about crafts, trades and the people who keep them alive.</p><button>Follow</button></div>'
        '<div><h2>More from Lena Fischer</h2><div><a href="/x"><h2>The last cooper in the county</h2></a></div><div><a href="/y"><h2>How a town forgot its own clock</h2></a></div></div></div></div>'))
    fnotes = ["The alders were cut in the 1870s to make charcoal for the foundry.", "The mill channel was filled in 1911 and is now a footpath."]
    es_fn = (es.paras[0], es.paras[1] + "1", es.paras[2], es.paras[3] + "2")
    fn_ref = lambda n: f'<sup id="fnref:{n}" role="doc-noteref"><a href="#fn:{n}" class="footnote" rel="footnote">{n}</a></sup>'  # noqa: E731
    jekyll_body = (p(es.paras[0]) + f"<p>{e(es.paras[1])}{fn_ref(1)}</p>" + p(es.paras[2]) + f"<p>{e(es.paras[3])}{fn_ref(2)}</p>"
                   + '<div class="footnotes" role="doc-endnotes"><ol>'
                   + "".join(f'<li id="fn:{i}" role="doc-endnote"><p>{e(t)} <a href="#fnref:{i}" class="reversefootnote" role="doc-backlink">&#8617;&#xfe0e;</a></p></li>' for i, t in enumerate(fnotes, 1))
                   + "</ol></div>")
    jekyll = doc("en", f"{es.title} | Ruth Calloway", (
        '<header class="site-header"><div class="wrapper"><a class="site-title" rel="author" href="/">Ruth Calloway</a><nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/archive/">Archive</a></div></nav></div></header>'
        '<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
        f'<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{e(es.title)}</h1><p class="post-meta"><time class="dt-published" datetime="2026-11-20T00:00:00+00:00" itemprop="datePublished">Nov 20, 2026</time></p></header>'
        f'<div class="post-content e-content" itemprop="articleBody">{jekyll_body}</div><a class="u-url" href="/2026/11/20/old-maps.html" hidden></a></article></div></main>'
        '<footer class="site-footer h-card"><div class="wrapper"><h2 class="footer-heading">Ruth Calloway</h2><p>Essays on maps, rivers and local history.</p></div></footer>'))
    keypts = ["Twelve of the 48 turbines are now sending power to the grid", "The full wind farm should power about 400,000 homes", "The developer will publish seabed surveys after requests from fishing groups"]
    kp_html = ('<div class="KeyPoints_keyPoints__xTZ2v" data-component="KeyPoints"><h2 class="Typography_base__sj2RP KeyPoints_title__dGhpH">Key points:</h2><ul class="KeyPoints_list__3bGa8">'
               + "".join(f"<li>{e(k)}</li>" for k in keypts) + "</ul></div>")
    qa_tag = lambda t: f"<p><strong>{e(t)}</strong></p>" if t.endswith("?") else p(t)  # noqa: E731
    qa_ad = '<div class="ad-container ad-container--inline" aria-hidden="true"><div class="ad-container__label">Advertisement</div><div class="ad-slot" id="ad-inline-2"></div></div>'
    qa_html = "\n".join(("\n".join([qa_ad, qa_tag(t)]) if i == 5 else qa_tag(t)) for i, t in enumerate(qa.paras))
    live = [("09:05", "Council confirms the opening time", "The first tram on the extension will leave the city centre at 10:00, the council says, after a short ceremony at the campus stop."),
            ("09:40", "Crowds gather at the campus stop", "Several hundred people, many of them students, are waiting at the new campus stop. Some have brought banners."),
            ("10:12", "First tram arrives", "The first tram has arrived at the campus stop to cheers, eleven minutes after leaving the centre."),
            ("10:30", "Hospital staff welcome the new stop", "Nurses at the hospital stop say the extension will save them two bus changes on night shifts.")]
    blocks = []
    for i, (t, h, x) in enumerate(live):
        blocks.append(f'<div class="block" id="block-{i}"><p class="block-time published-time"><time datetime="2026-11-23T{t}:00Z">{t}</time></p>'
                      f'<h3 class="block-title">{e(h)}</h3><div class="block-elements"><p>{e(x)}</p></div>'
                      '<div class="block-share"><a class="block-share__item" href="#">Share</a></div></div>')
        if i == 1:
            blocks.append('<div class="ad-slot ad-slot--liveblog-inline"><p class="ad-slot__label">Advertisement</p><div id="dfp-ad--inline2"></div></div>')
    live_exp = [tr.paras[0]] + [y for t, h, x in live for y in (t, h, x)]
    live_page = news_site("en-GB", tr.title, p(tr.paras[0]) + '<div class="live-blog-body">' + "".join(blocks) + "</div>",
                          "The Northern Courier", ["News", "Live", "Sport", "Culture"], '<span class="live-tag">LIVE</span> Updated 10:30 GMT, 23 Nov 2026', body_cls="content__article-body")
    fare_rows = [("Zone", "Single", "Day ticket"), ("City centre", "£1.80", "£4.50"), ("Campus extension", "£2.10", "£5.20")]
    table = ('<figure class="wp-block-table"><table><thead><tr>' + "".join(f"<th>{c}</th>" for c in fare_rows[0]) + "</tr></thead><tbody>"
             + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in fare_rows[1:]) + "</tbody></table></figure>")
    relvid = ('<div class="related-video-block" data-component="RelatedVideo"><h4 class="related-video-block__label">Related video</h4><div class="video-card"><div class="video-card__thumb"><img src="/v.jpg" alt=""><span class="video-card__duration">2:14</span></div>'
              '<p class="video-card__title">Watch: riding the new tram line from the centre to the campus</p></div><p class="video-card__next">Up next</p></div>')
    tr_table_exp = [tr.paras[0], tr.paras[1], "Zone Single Day ticket", "City centre £1.80 £4.50", "Campus extension £2.10 £5.20", tr.paras[2], tr.paras[3]]
    meter = '<div class="meter-banner" data-component="MeterBanner"><p>You have read 2 of 5 free articles this month.</p><p><a href="/subscribe">Subscribe for unlimited access</a> from £1 a week. Already a subscriber? <a href="/login">Log in</a></p></div>'
    steps = ["Take a photo of the pothole, with something next to it for scale.", "Open the council's report page and drop a pin on the map.", "Add the photo and a short description, then press send."]
    po_body = [po.paras[0], po.paras[1], "How to report a pothole", *steps, po.paras[2], po.paras[3]]
    po_html = (p(po.paras[0]) + p(po.paras[1]) + "<h3>How to report a pothole</h3><ol>" + "".join(f"<li>{e(s)}</li>" for s in steps) + "</ol>"
               + p(po.paras[2]) + p(po.paras[3]))
    taboola = ('<div id="taboola-below-article-thumbnails" class="trc_related_container"><div class="trc_rbox_header"><span class="trc_rbox_header_span">You May Like</span>'
               '<a class="trc_desktop_disclosure_link" href="#">Sponsored Links by Taboola</a></div><div class="trc_rbox_div"><a class="item-thumbnail-href"><span class="video-title">Homeowners are ditching their gutters for this one trick</span><span class="branding">GutterPro</span></a>'
               '<a class="item-thumbnail-href"><span class="video-title">The pension rule most people over 60 forget</span><span class="branding">MoneyWise</span></a></div></div>')
    return [
        hc("en_arc_interstitial_link", G, arc(fe.title, mix([arc_p(x) for x in fe.paras], {2: inter}, tag=lambda x: x)), ex(fe)),
        hc("en_arc_ad_continues_below", G, arc(fe.title, mix([arc_p(x) for x in fe.paras], {2: arcad, 4: arcad.replace("f0wSd", "k2Lmq")}, tag=lambda x: x)), ex(fe)),
        hc("en_arc_figure_credit", G, arc(fe.title, mix([arc_p(x) for x in fe.paras], {1: fig}, tag=lambda x: x)), ex(fe)),
        hc("en_arc_updated_note_top", G, arc(fe.title, updated + mix([arc_p(x) for x in fe.paras], {}, tag=lambda x: x)), ex(fe)),
        hc("en_arc_correction_kept", G, arc(fe.title, mix([arc_p(x) for x in fe.paras], {5: f"<p><i>{e(correction)}</i></p>"}, tag=lambda x: x)), ex(fe, [*fe.paras, correction])),
        hc("en_arc_listen_share_bar", G, arc(fe.title, mix([arc_p(x) for x in fe.paras], {}, tag=lambda x: x), top=listen), ex(fe)),
        hc("en_ghost_bookmark_signup_image", G, ghost(orc.title, mix(orc.paras, {1: kgimg, 2: bookmark, 4: signup})), ex(orc)),
        hc("en_ghost_editors_note_kept", G, ghost(orc.title, callout + mix(orc.paras, {})), ex(orc, [note, *orc.paras])),
        hc("en_drupal_paragraphs_related_ad", G, drupal(tr.title, dcontent), ex(tr)),
        hc("en_drupal_cookie_banner", G, drupal(tr.title, dbody(mix(tr.paras, {})), after=cookie), ex(tr)),
        hc("en_substack_widgets", G, substack, ex(es)),
        hc("en_medium_chrome", G, medium, ex(gl)),
        hc("en_jekyll_footnotes_kept", G, jekyll, ex(es, [*es_fn, *fnotes])),
        hc("en_key_points_kept", G, news_site("en-AU", wi.title, kp_html + mix(wi.paras, {}), "Coastline News", ["Just In", "Local", "Business", "Weather"], "Posted Fri 20 Nov 2026 at 6:00am"),
           ex(wi, ["Key points:", *keypts, *wi.paras])),
        hc("en_qa_bold_questions_kept", G, news_site("en", qa.title, qa_html, "Eastfield Post", ["News", "People", "Culture"], "By Anna Reyes | November 20, 2026"), ex(qa)),
        hc("en_live_blog_times_kept", G, live_page, ex(tr, live_exp)),
        hc("en_body_table_related_video", G, wordpress(tr.title, mix(tr.paras, {2: table, 3: relvid})), ex(tr, tr_table_exp)),
        hc("en_meter_banner_mid", G, news_site("en-GB", wi.title, mix(wi.paras, {2: meter}), "The Coast Herald", ["News", "Energy", "Sport"], "Energy correspondent | 20 November 2026"), ex(wi)),
        hc("en_h3_steps_kept_taboola", G, news_site("en", po.title, po_html, "Millbrook Observer", ["News", "Roads", "Council"], "By Priya Nair | Nov 20, 2026", after=taboola), ex(po, po_body)),
    ]


# --- Chinese ----------------------------------------------------------------------------------------------
def zh_cases() -> list[Case]:
    me, te, po, li, ri = T.METRO, T.TEA, T.POLICY, T.LIBRARYZH, T.RICE
    G = "zh"
    info = '<span class="date">2026年11月20日 09:30</span> <span class="source">来源：江城日报</span>'
    ad = '<div class="ad-box" id="ad_art_01"><span class="ad-tag">广告</span><a href="https://ad.example.cn/c?x=1" target="_blank"><img src="/ad/300x250.jpg" width="640" height="90"></a></div>'
    video = ('<div class="video-box"><video controls preload="none" poster="/v/metro.jpg" src="/v/metro.mp4">您的浏览器不支持 video 标签。</video>'
             '<p class="video-tip">视频加载中，请稍候……</p></div>')
    tts = ('<div class="tts-box"><span class="tts-btn">听新闻</span><span class="tts-time"><em>00:00</em>/<em>03:45</em></span>'
           '<span class="font-size">字号：<a>大</a> <a>中</a> <a>小</a></span></div>')
    zt = '<p class="zhuanti-link"><a href="/zt/metro5/" target="_blank">点击进入专题：地铁5号线南延段开通运营</a></p>'
    jiucuo = '<div class="jiucuo"><a href="/jiucuo/" target="_blank">【纠错】</a></div>'
    caption = ('<p style="text-align: center;"><img src="/img/2026/11/tea.jpg" alt="" width="600"></p>'
               '<p style="text-align: center;">4月3日，云岭村茶叶加工厂的工人在操作智能揉捻机。通讯员 刘芳 摄</p>')
    pic_src = '<p class="pic-source" style="text-align: center;">（资料图。图片来源：视觉中国）</p>'
    po_html = "\n".join(f"<p><strong>{e(x)}</strong></p>" if x[1:2] == "、" else p(x) for x in po.paras)
    gov_tail = ('<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <a href="#">【我要纠错】</a></div>'
                '<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>')
    qa_zh = ["近日，市图书馆城市书房延长开放时间。记者就此采访了市图书馆负责人。",
             "问：为什么要延长城市书房的开放时间？",
             "答：很多读者白天上班，下班后才有时间看书。去年我们做过问卷，超过六成的读者希望晚上能开到十点。",
             "问：夜间开放，安全怎么保障？",
             "答：城市书房全部实行自助借还，每家都安装了监控，并安排志愿者轮流值守。",
             "问：下一步还有什么打算？",
             "答：我们准备在城市书房增设少儿阅读区，并定期举办读书分享会。"]
    qa_html = "\n".join(f"<p><strong>{e(x[:2])}</strong>{e(x[2:])}</p>" if x.startswith("问：") else p(x) for x in qa_zh)
    qa_story = Story("市图书馆负责人就城市书房延长开放时间答记者问", tuple(qa_zh))
    note = "编者按：城市书房是我市建设书香城市的重要载体。本报今起推出“夜读城市”系列报道，记录城市书房里的夜读故事。"
    note_html = f"<p><strong>编者按：</strong>{e(note[4:])}</p>"
    stations = [("车站", "换乘线路", "备注"), ("南湖站", "无", "设公交接驳站"), ("科技园站", "9号线", "远期换乘"), ("沙河站", "无", "设停车场")]
    st_html = ('<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>' + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in stations) + "</tbody></table>")
    st_exp = [me.paras[0], "南延段部分车站一览：", *(" ".join(r) for r in stations), *me.paras[1:]]
    st_body = p(me.paras[0]) + p("南延段部分车站一览：") + st_html + ad + mix(me.paras[1:], {})
    rel_zh = ('<div class="related-news"><div class="related-hd"><span>▌相关新闻</span></div><ul>'
              '<li><a href="/a/1.html">城南三个居住区将实现公交全覆盖</a><span class="time">2026-11-12</span></li>'
              '<li><a href="/a/2.html">地铁5号线南延段完成空载试运行</a><span class="time">2026-10-28</span></li></ul></div>')
    wx_box = ('<div class="qr-follow"><img src="/qr.png" alt=""><p>扫码关注“江城发布”微信公众号</p><p>获取更多本地资讯</p></div>')
    return [
        hc("zh_ad_tag_and_video_fallback", G, zh_portal(me.title, mix(me.paras, {2: ad, 3: video}), info), ex(me)),
        hc("zh_tts_fontsize_zhuanti_jiucuo", G, zh_portal(me.title, tts + mix(me.paras, {5: zt + jiucuo}), info), ex(me)),
        hc("zh_center_caption_pic_source", G, zh_portal(te.title, mix(te.paras, {1: caption, 3: pic_src}), info), ex(te)),
        hc("zh_policy_bold_subheads_gov_tail", G, zh_portal(po.title, po_html + gov_tail, '<span>发布时间：2026-11-20</span> <span>来源：市住建局</span>', site="江城市人民政府"), ex(po)),
        hc("zh_qa_wen_da_kept", G, zh_portal(qa_story.title, qa_html, info), ex(qa_story)),
        hc("zh_editor_note_kept_qr_box", G, zh_portal(li.title, note_html + mix(li.paras, {4: wx_box}), info), ex(li, [note, *li.paras])),
        hc("zh_body_table_with_ad", G, zh_portal(me.title, st_body, info), ex(me, st_exp)),
        hc("zh_related_news_box_mid", G, zh_portal(ri.title, mix(ri.paras, {2: rel_zh}), info), ex(ri)),
    ]


# --- other languages --------------------------------------------------------------------------------------
def intl_cases() -> list[Case]:
    G = "intl"
    on, iv, mk, br, th, ic, bd, bk = T.ONSEN, T.INTERVIEW_JA, T.MARKET_KO, T.BRIDGE_KO, T.THEATRE_RU, T.ICE_RU, T.BRIDGE_DE, T.BAKER_DE
    tes, fpt, mid, fid, cvi, vfr, pit = T.TRAIN_ES, T.FAIR_PT, T.MARKET_ID, T.FLOOD_ID, T.COFFEE_VI, T.VINES_FR, T.PORT_IT
    ja_rel = ('<div class="related-box"><p class="related-box__title">あわせて読みたい</p><ul class="related-box__list">'
              '<li><a href="/articles/20261102-001">山あいの分校、最後の卒業式</a></li><li><a href="/articles/20261015-004">空き家を使った移住体験住宅が好評</a></li></ul></div>')
    ja_ad = '<div class="ad-inread"><span class="ad-label">広告</span><div id="gam-inread-1"></div></div>'
    ja_photo = '<p class="photo-link"><a href="/articles/20261120-002/photo">この記事の写真を見る（3枚）</a></p>'
    ja_fig = '<figure class="article-photo"><img src="/p/onsen.jpg" alt=""><figcaption>校舎を改装した日帰り温泉施設（20日、山本撮影）</figcaption></figure>'
    ja_share = '<div class="share-bar"><span>この記事をシェアする</span><a>X</a><a>Facebook</a><a>LINE</a><a>はてなブックマーク</a></div>'
    ko_rel = ('<div class="article-relation"><strong class="title">관련기사</strong><ul><li><a href="/news/articleView.html?idxno=10231">원도심 빈 점포 활용 사업 본격화</a></li>'
              '<li><a href="/news/articleView.html?idxno=10198">전통시장 주차장 확충 예산 확보</a></li></ul></div>')
    ko_listen = '<div class="article-tts"><button type="button" class="btn-tts">기사 듣기</button><button class="btn-font">글자 크기</button><button class="btn-share">공유하기</button></div>'
    ko_ad = '<div class="ad-template"><div class="ad-label">광고</div><div id="AD_article_mid"></div></div>'
    ko_p = lambda t: f'<p class="article-body__content article-body__content-text | text--black font--secondary">{e(t)}</p>'  # noqa: E731
    ko_arc = news_site("ko", br.title, mix([ko_p(x) for x in br.paras], {2: '<div class="arcad-wrapper"><span class="arcad-label">광고</span><div class="arcad" id="arcad_mid"></div></div>'}, tag=lambda x: x),
                       "한빛일보", ["정치", "사회", "경제", "지역"], "입력 2026.11.20. 09:00", body_cls="article-body", tag="section",
                       after='<div class="article-footer"><div class="share-box"><span>기사 공유하기</span><a>카카오톡</a><a>페이스북</a><a>링크 복사</a></div>'
                             '<p class="copyright">ⓒ 한빛일보 무단전재 및 재배포 금지</p></div><div class="most-read"><h3>많이 본 뉴스</h3><ol><li><a>지역 축제 일정 확정</a></li><li><a>버스 노선 개편안 발표</a></li></ol></div>')
    ru_block = lambda t: f'<div class="article__block" data-type="text"><div class="article__text">{e(t)}</div></div>'  # noqa: E731
    ru_card = ('<div class="article__block" data-type="article"><div class="article__article m-image" data-type="article"><a href="/20261102/teatr-1234.html" class="article__article-link">'
               '<span class="article__article-desc"><span class="article__article-title">Читайте также</span>В театре начали подготовку к переезду</span>'
               '<span class="article__article-info"><span class="article__article-date">2 ноября 2026</span></span></a></div></div>')
    ru_ad = ('<div class="article__block" data-type="banner"><div class="banner-label">Реклама</div><div class="banner" id="adfox_mid"></div>'
             '<div class="banner-erid">Реклама. ООО «Ромашка», ИНН 7700000000, erid: 2SDnjeKx1Ab</div></div>')
    ru_chit = '<p><strong>Читайте также:</strong> <a href="/news/2026/11/18/led/">Спасатели рассказали, когда лёд на реке станет безопасным</a></p>'
    ru_dzen = '<p class="promo">Подписывайтесь на наш канал в «Дзене», чтобы первыми узнавать главные новости района.</p>'
    de_rel = ('<section data-area="related_articles" class="my-24"><h3 class="font-sansUI">Mehr zum Thema</h3><ul>'
              '<li><a href="/lokales/radweg-hafen-a-1234.html"><span>Radweg am Hafen wird verbreitert</span></a></li><li><a href="/lokales/bruecke-stahl-a-1200.html"><span>Warum der Brückenbau teurer wird</span></a></li></ul></section>')
    de_ad = '<div class="ad-container" data-area="ad"><p class="ad-label">Anzeige</p><div id="sp_inread"></div></div>'
    de_audio = '<div class="audio-player" data-area="audio_player"><button><span>Artikel anhören</span></button><span class="duration">3 Min.</span><span>Diese Audioversion wurde künstlich erzeugt.</span></div>'
    de_nl = ('<div class="newsletter-box" data-area="newsletter"><p class="newsletter-box__title">Der Morgen-Newsletter</p><p>Jeden Werktag um sechs Uhr: die wichtigsten Nachrichten aus der Region, kompakt in Ihrem Postfach.</p>'
             '<a class="newsletter-box__btn" href="/newsletter/">Jetzt kostenlos anmelden</a></div>')
    de_lesen = '<p><strong>Lesen Sie auch:</strong> <a href="/lokales/dorfladen-a-991.html">Wie ein Dorfladen zum Treffpunkt wurde</a></p>'
    es_ad = '<div class="ad ad-nstd-bx"><span class="ad-label">Publicidad</span><div id="elpais_gpt-INTEXT"></div></div>'
    es_te = '<p class="te-puede-interesar"><strong>Te puede interesar:</strong> <a href="/espana/2026-10-02/cercanias-obras.html">Las obras del cercanías obligan a cortar la vía durante el verano</a></p>'
    g1_p = lambda t: f'<div class="mc-column content-text active-extra-styles" data-block-type="unstyled"><p class="content-text__container">{e(t)}</p></div>'  # noqa: E731
    g1_leia = ('<div class="mc-column content-text active-extra-styles" data-block-type="unstyled"><p class="content-text__container"><strong>LEIA TAMBÉM:</strong></p></div>'
               '<div class="mc-column content-unordered-list" data-block-type="unordered-list"><ul class="content-unordered-list__container"><li><a href="/sp/noticia/2026/10/feira.ghtml">Feira orgânica atrai produtores de toda a região</a></li>'
               '<li><a href="/sp/noticia/2026/09/estacao.ghtml">Antiga estação ferroviária será restaurada</a></li></ul></div>')
    g1_whats = '<div class="mc-column content-text"><p class="content-text__container"><strong>🔔 Receba as notícias do g1 Região no WhatsApp</strong></p></div>'
    g1_page = news_site("pt-BR", fpt.title, mix([g1_p(x) for x in fpt.paras], {2: g1_leia, 4: g1_whats}, tag=lambda x: x), "g1 Região", ["Região", "Economia", "Política"],
                        '<time itemprop="datePublished" datetime="2026-11-20T08:00:00.000Z">20/11/2026 05h00</time> Por Ana Souza, g1 Região', body_cls="mc-article-body", title_sep=" | ")
    kompas_bj = lambda t, h: f'<p><strong>Baca juga: <a href="{h}" class="inner-link-baca-juga">{e(t)}</a></strong></p>'  # noqa: E731
    kompas_tail = ('<p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Harian Rakyat WhatsApp Channel: '
                   '<a href="https://whatsapp.com/channel/xyz">https://whatsapp.com/channel/xyz</a>. Pastikan kamu sudah install aplikasi WhatsApp ya.</p>')
    detik_par = ('<div class="parallaxindetail scrollpage" id="parallax"><div class="para_caption">ADVERTISEMENT</div><div class="para_img"><div id="div-gpt-ad-parallax"></div></div>'
                 '<div class="para_caption">SCROLL TO CONTINUE WITH CONTENT</div></div>')
    detik_lj = '<div class="lihatjg"><strong>Baca juga:</strong> <a href="/berita/d-7011/sungai-meluap">Sungai Meluap, Ratusan Rumah Terendam</a></div>'
    detik_vid = '<p><strong>Simak Video "Gotong Royong Warga Membangun Rumah Panggung"</strong><br>[Gambas:Video 20detik]</p>'
    vne_p = lambda t: f'<p class="Normal">{e(t)}</p>'  # noqa: E731
    vne_fig = ('<figure data-size="true" itemprop="associatedMedia image" class="tplCaption action_thumb_added"><div class="fig-picture"><picture><img itemprop="contentUrl" alt="Cà phê hữu cơ" class="lazy" src="/ca-phe.jpg"></picture></div>'
               '<figcaption itemprop="description"><p class="Image">Nông dân thu hoạch cà phê hữu cơ ở huyện miền núi. Ảnh: <em>Minh Anh</em></p></figcaption></figure>')
    tt_rel = ('<div class="VCSortableInPreviewMode" type="RelatedNewsBox"><div class="kbwscwl-relatedbox type-1"><strong class="kbwscwl-relatedbox__title">TIN LIÊN QUAN</strong><ul>'
              '<li><a href="/gia-ca-phe-tang.htm">Giá cà phê tăng mạnh đầu vụ</a></li><li><a href="/hop-tac-xa-ca-phe.htm">Hợp tác xã cà phê nhận chứng nhận mới</a></li></ul></div></div>')
    vi_tags = '<div class="tags"><h4 class="item-tag">Tags:</h4><a href="/tag/ca-phe">cà phê</a> <a href="/tag/huu-co">hữu cơ</a> <a href="/tag/tay-nguyen">Tây Nguyên</a></div>'
    lm_p = lambda t: f'<p class="article__paragraph">{e(t)}</p>'  # noqa: E731
    lm_catch = ('<section class="catcher catcher--inline"><p class="catcher__content"><span class="catcher__label">Lire aussi |</span> <a class="js-article-read-more" href="/planete/article/2026/09/12/vendanges-precoces.html">'
                '<span class="catcher__title">Les vendanges n’ont jamais été aussi précoces</span></a></p></section>')
    lm_ad = '<div class="dfp-slot dfp__inread dfp-unloaded" data-format="inread"><span class="dfp__label">Publicité</span></div>'
    lm_sub = '<p class="article__status"><span class="icon__premium"></span>Article réservé aux abonnés</p>'
    it_rel = ('<div class="related-inline"><span class="related-inline__label">LEGGI ANCHE</span><ul><li><a href="/cronaca/26_ottobre_10/faro.shtml">Il vecchio faro riapre per una notte</a></li>'
              '<li><a href="/cronaca/26_settembre_22/lungomare.shtml">Lungomare, via libera al progetto</a></li></ul></div>')
    it_ad = '<div class="adv-box"><p class="adv-label">Pubblicità</p><div id="rcsad_Middle1"></div></div>'
    it_nl = ('<div class="newsletter-inline"><p class="newsletter-inline__title">Iscriviti alla newsletter di Città Nostra</p><p>Ogni mattina le notizie della tua città. È gratis.</p>'
             '<a href="/newsletter/">Iscriviti</a></div>')
    return [
        hc("ja_awasete_yomitai_box_ad", G, news_site("ja", on.title, mix(on.paras, {2: ja_rel, 3: ja_ad}), "山陰みらい新聞", ["ニュース", "地域", "経済", "スポーツ"], "2026年11月20日 9時00分"), ex(on)),
        hc("ja_interview_dashes_kept", G, news_site("ja", iv.title, mix(iv.paras, {4: ja_ad, 7: ja_photo}), "山陰みらい新聞", ["ニュース", "地域", "くらし"], "2026年11月20日 10時00分", title_sep="｜"), ex(iv)),
        hc("ja_figure_caption_share", G, news_site("ja", on.title, mix(on.paras, {1: ja_fig, 4: ja_share}), "山陰みらい新聞", ["ニュース", "地域"], "2026年11月20日"), ex(on)),
        hc("ko_relation_box_tts_ad", G, news_site("ko", mk.title, ko_listen + mix(mk.paras, {2: ko_rel, 3: ko_ad}), "한빛일보", ["정치", "사회", "경제", "지역"], "기사입력 2026.11.20 09:00",
                                                   body_cls="article-view-content", tag="article"), ex(mk)),
        hc("ko_arc_share_copyright", G, ko_arc, ex(br)),
        hc("ru_ria_card_and_erid_ad", G, news_site("ru", th.title, mix([ru_block(x) for x in th.paras], {2: ru_card, 3: ru_ad}, tag=lambda x: x), "Вести Поволжья", ["Главное", "Общество", "Культура"], "20.11.2026 09:00",
                                                   body_cls="article__body js-mediator-article"), ex(th)),
        hc("ru_chitaite_takzhe_dzen", G, news_site("ru", ic.title, mix(ic.paras, {2: ru_chit, 4: ru_dzen}), "Северный край", ["Новости", "Район", "Происшествия"], "20 ноября 2026, 11:20"), ex(ic)),
        hc("de_mehr_zum_thema_anzeige", G, news_site("de", bd.title, mix(bd.paras, {2: de_rel, 3: de_ad}), "Hafenstadt Kurier", ["Lokales", "Politik", "Sport"], "20.11.2026, 09.15 Uhr", body_cls="RichText"), ex(bd)),
        hc("de_audio_newsletter_lesen_sie", G, news_site("de", bk.title, de_audio + mix(bk.paras, {2: de_lesen, 3: de_nl}), "Kreisbote", ["Region", "Wirtschaft", "Kultur"], "Von Jan Müller · 20.11.2026"), ex(bk)),
        hc("es_publicidad_te_puede_interesar", G, news_site("es", tes.title, mix(tes.paras, {1: es_ad, 3: es_te}), "El Diario del Valle", ["Portada", "Comarca", "Economía"], "20 nov 2026 - 08:00 CET",
                                                            body_cls="a_c clearfix", title_sep=" | "), ex(tes)),
        hc("pt_g1_leia_tambem_list", G, g1_page, ex(fpt)),
        hc("id_kompas_baca_juga_whatsapp", G, news_site("id", mid.title, mix(mid.paras, {1: kompas_bj("Dermaga Kayu Pasar Terapung Mulai Diperbaiki", "/read/2026/06/01/dermaga"),
                                                                                          3: kompas_bj("Wisata Sungai Jadi Andalan Kota", "/read/2026/08/12/wisata"), 4: kompas_tail}),
                                                        "Harian Rakyat", ["Nasional", "Regional", "Travel"], "20/11/2026, 08:00 WIB", body_cls="read__content"), ex(mid)),
        hc("id_detik_parallax_gambas", G, news_site("id", fid.title, mix(fid.paras, {2: detik_par, 3: detik_lj, 4: detik_vid}), "detikRegion", ["Berita", "Regional", "Video"], "Jumat, 20 Nov 2026 09:15 WIB",
                                                    body_cls="detail__body-text itp_bodycontent"), ex(fid)),
        hc("vi_vnexpress_caption_related_tags", G, news_site("vi", cvi.title, mix([vne_p(x) for x in cvi.paras], {1: vne_fig, 3: tt_rel, 4: vi_tags}, tag=lambda x: x), "Báo Miền Núi", ["Thời sự", "Kinh doanh", "Nông nghiệp"],
                                                             "Thứ sáu, 20/11/2026, 08:00 (GMT+7)", body_cls="fck_detail", tag="article"), ex(cvi)),
        hc("fr_lemonde_lire_aussi_publicite", G, news_site("fr", vfr.title, mix([lm_p(x) for x in vfr.paras], {1: lm_catch, 3: lm_ad}, tag=lambda x: x), "Le Courrier du Coteau", ["International", "Planète", "Économie"],
                                                           "Publié le 20 novembre 2026 à 08h00", body_cls="article__content", tag="article", before=lm_sub), ex(vfr)),
        hc("it_leggi_anche_pubblicita_newsletter", G, news_site("it", pit.title, mix(pit.paras, {1: it_rel, 2: it_ad, 4: it_nl}), "Città Nostra", ["Cronaca", "Politica", "Cultura"], "20 novembre 2026 - 09:00",
                                                                body_cls="chapter"), ex(pit)),
    ]


def build_all() -> list[Case]:
    return en_wordpress() + en_other() + zh_cases() + intl_cases()
