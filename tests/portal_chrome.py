"""A portal's chrome for decoding tests: many short simplified lines, more than the bytes a codec is chosen on."""

PORTAL_CHROME = "".join(f"<li><a href=\"/n/{i}.html\">{w}频道第{i}期精彩内容推荐</a></li>\n"
                        for i, w in enumerate(("新闻", "体育", "娱乐", "财经", "科技", "汽车", "房产", "教育") * 30))
