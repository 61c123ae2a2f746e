# ruff: noqa: E501
"""Audit27's invented news stories (our own writing; no real article copied).

Each story is (slug, title, published, paragraphs). The pages built from them are plain, well-formed
article pages: this audit tests the crawler, so the extraction itself should be the easy part.
"""

from __future__ import annotations

from typing import NamedTuple


class Story(NamedTuple):
    slug: str
    title: str
    published: str
    paragraphs: tuple[str, ...]
    lang: str = "en"


STORIES: tuple[Story, ...] = (
    Story("ferry-timetable", "Winter ferry timetable adds a late sailing on Fridays", "2026-10-02", (
        "The harbour board has agreed to add a late ferry on Friday evenings from November until the end of March, after a survey of island residents found that most of them missed the last boat home.",
        "The extra sailing will leave the mainland quay at ten past eleven and return empty, which the board says costs less than the overtime it already pays to crews held back by delays.",
        "Island shopkeepers welcomed the change but asked for a Sunday morning boat as well, so that weekend visitors can arrive in time for the market.",
    )),
    Story("library-roof", "Repairs to the old library roof will close the reading room for six weeks", "2026-09-14", (
        "The reading room of the town library will close on Monday while workers replace the lead flashing and the rotten timbers above the north windows.",
        "Books from the local history shelves have been moved to the council chamber, where they can be read on weekday afternoons under the eye of a volunteer.",
        "The librarian said the leak had been patched with buckets and tarpaulin for three winters and that the repair was overdue.",
    )),
    Story("orchard-frost", "Late frost cuts the apple harvest in the valley by a third", "2026-08-30", (
        "Growers in the upper valley expect to pick about a third fewer apples this autumn after two nights of frost in late April damaged the blossom.",
        "The cooperative will buy fruit from the lower farms, which escaped the cold, to keep its cider press running through October.",
        "Several growers said they would install wind machines before next spring, although the cost is too high for the smallest orchards.",
    )),
    Story("bus-depot", "Electric buses begin service from the rebuilt east depot", "2026-07-19", (
        "The first twelve electric buses left the rebuilt east depot on Saturday morning, replacing diesel vehicles on the two busiest cross-town routes.",
        "Chargers installed under the depot canopy can refill a bus in about four hours, so the fleet is charged overnight and topped up at midday.",
        "Drivers who tested the buses during the summer said the quieter engines made it easier to hear passengers at the front door.",
    )),
    Story("choir-prize", "Schoolchildren's choir wins the regional song contest", "2026-06-21", (
        "A choir of forty pupils from the hill school won first prize at the regional song contest on Thursday with a piece written by their music teacher.",
        "The judges praised the choir's soft opening and its clear diction, and said the new song deserved to be sung beyond the region.",
        "The prize money will pay for a minibus trip to the national final, which takes place in the capital in early December.",
    )),
    Story("market-square", "Council votes to close the market square to cars on Saturdays", "2026-05-08", (
        "Cars will be barred from the market square on Saturdays from next month after the council voted by eleven to four to extend the pedestrian zone.",
        "Traders had argued that shoppers would go elsewhere, but a trial in the spring showed more visitors and longer stays at the stalls.",
        "Disabled drivers will keep four parking spaces at the corner of Mill Lane, and deliveries will be allowed before nine in the morning.",
    )),
    Story("bridge-survey", "Divers inspect the piers of the old stone bridge", "2026-04-11", (
        "Two divers spent Tuesday inspecting the underwater stonework of the old bridge, which has carried traffic across the river for more than two centuries.",
        "The county engineer said the survey was routine and that no damage had been found after the spring floods, though some mortar will be renewed.",
        "The bridge will stay open during the work, with a temporary speed limit and one lane closed on weekday mornings.",
    )),
    Story("bakery-award", "Family bakery on Quay Street named the county's best", "2026-03-27", (
        "A bakery that has stood on Quay Street for three generations has been named the best in the county by a panel of judges from the trade association.",
        "The judges singled out its rye loaf, which is made with a starter the owner says her grandmother kept alive through the war years.",
        "Queues formed outside the shop on the morning after the award, and the bakery ran out of bread before eleven o'clock.",
    )),
    Story("lighthouse-museum", "Lighthouse keeper's cottage opens as a small museum", "2026-02-15", (
        "The cottage beside the north lighthouse opened as a museum on Sunday, with the lamps, logbooks and uniforms of the keepers who lived there until 1989.",
        "Volunteers spent two years cleaning the rooms and cataloguing letters found in the attic, many of them written by keepers' wives to their families.",
        "The museum will be open on weekend afternoons, and visitors can climb the tower when the weather allows.",
    )),
    Story("river-cleanup", "Volunteers pull three tonnes of rubbish from the river", "2026-01-24", (
        "More than two hundred volunteers waded into the river on Saturday and pulled out three tonnes of rubbish, including shopping trolleys and a rusted motorbike.",
        "The angling club, which organised the day, said the amount was half of last year's, a sign that the new bins along the towpath were being used.",
        "The council has promised to collect the sorted rubbish on Monday and to publish how much of it can be recycled.",
    )),
    Story("tram-extension", "Tram line extension reaches the hospital stop", "2025-12-12", (
        "The tram extension to the hospital opened on Friday, cutting the journey from the station to the main entrance to eleven minutes.",
        "Nurses on night shifts had campaigned for the extension for years, and the first tram carried a group of them wearing their uniforms.",
        "Trams will run every eight minutes during the day and every twenty minutes after ten in the evening.",
    )),
    Story("snow-plough", "Town buys a second snow plough after last winter's closures", "2025-11-20", (
        "The town has bought a second snow plough after roads to the upper villages were closed for four days last winter.",
        "The new plough will be based at the fire station so that it can reach the hill roads without crossing the town centre.",
        "Farmers in the upper villages have offered to clear side roads with their own tractors if the council pays for the fuel.",
    )),
)

ZH_STORIES: tuple[Story, ...] = (
    Story("zh-tea-garden", "山区茶园引入滴灌系统", "2026-05-06", (
        "今年春天，山区的二十多户茶农在茶园里铺设了滴灌管道，干旱季节不再需要挑水上山。",
        "农技站的技术员介绍，滴灌可以把水直接送到茶树根部，比漫灌节约一半以上的用水。",
        "茶农老周说，过去每到夏天最怕连续晴天，现在打开阀门就能浇透整片茶园。",
    ), "zh"),
    Story("zh-night-school", "社区夜校开设手机使用课程", "2026-04-18", (
        "东街社区的夜校本月开设了手机使用课程，每周两个晚上教老年居民视频通话和网上挂号。",
        "授课的是附近中学的志愿者，他们把常用的操作步骤印成大字卡片，方便老人回家练习。",
        "第一期课程报名的三十个名额在一天之内就满了，社区打算下个月再开一个班。",
    ), "zh"),
)

BY_SLUG: dict[str, Story] = {story.slug: story for story in STORIES + ZH_STORIES}
