"""The fake news site: routes -> (status, headers, body). Two article templates
(JSON-LD + OpenGraph; byline only), listings with pagination, RSS, sitemap, robots.txt with a
disallowed folder, one story under two URLs, a 503-then-200 page, a slow page, a
windows-1258 page, a redirect, an oversized page and a 404."""
from __future__ import annotations

import json
import time
import unicodedata
from html import escape

SLOW_SECONDS = 3.0
HUGE_BYTES = 600_000
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def encode_1258(text: str) -> bytes:
    """windows-1258 as old Vietnamese sites wrote it: base letters precomposed, tone marks
    as separate combining characters."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in TONE_MARKS)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
            out += (base + tones).encode("cp1258")
    return bytes(out)


# path -> (title, sapo, body paragraphs, published ISO, template)
ARTICLES = {
    "/kinh-te/tay-ninh-phan-dau-tang-truong-grdp-8-1001.html": (
        "Tây Ninh phấn đấu tăng trưởng GRDP 8% năm 2024",
        "Năm 2024, tỉnh Tây Ninh phấn đấu tốc độ tăng trưởng kinh tế (GRDP) đạt 8%, thu nhập bình quân đầu người đạt 110 triệu đồng.",
        ["Chiều 5/1, UBND tỉnh Tây Ninh tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2024.",
         "Tỉnh đặt mục tiêu kim ngạch xuất khẩu đạt 7 tỷ USD, tăng 10% so với năm 2023; thu ngân sách đạt 11.000 tỷ đồng.",
         "Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành đẩy nhanh giải ngân vốn đầu tư công ngay từ đầu năm."],
        "2024-01-05T16:30:00+07:00", "jsonld"),
    "/kinh-te/tien-giang-xuat-khau-trai-cay-dat-2-ty-usd-1002.html": (
        "Tiền Giang: xuất khẩu trái cây đạt 2 tỷ USD",
        "Kim ngạch xuất khẩu trái cây của tỉnh Tiền Giang năm 2023 đạt 2 tỷ USD, tăng 15% so với cùng kỳ.",
        ["Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Tiền Giang, diện tích cây ăn trái toàn tỉnh đạt 84.000 ha.",
         "Sầu riêng là mặt hàng chủ lực với sản lượng hơn 300.000 tấn, chủ yếu xuất sang thị trường Trung Quốc.",
         "Năm 2024, tỉnh phấn đấu nâng diện tích đạt chứng nhận VietGAP lên 5.000 ha."],
        "2023-12-28T08:00:00+07:00", "jsonld"),
    "/xa-hoi/lao-cai-xep-hang-pci-1003.html": (
        "Lào Cai xếp thứ 5 cả nước về chỉ số PCI",
        "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 của Lào Cai đạt 70,09 điểm, xếp thứ 5/63 tỉnh, thành phố.",
        ["Kết quả được Liên đoàn Thương mại và Công nghiệp Việt Nam công bố tại Hà Nội ngày 8/5.",
         "So với năm 2022, Lào Cai tăng 3 bậc và tiếp tục nằm trong nhóm có chất lượng điều hành rất tốt.",
         "Tỉnh đặt mục tiêu năm 2025 giữ vững vị trí trong nhóm 10 địa phương dẫn đầu."],
        "2024-05-08T10:15:00+07:00", "byline"),
    "/xa-hoi/can-tho-giai-ngan-von-dau-tu-cong-1004.html": (
        "Cần Thơ giải ngân vốn đầu tư công đạt 95%",
        "Đến ngày 31/1/2024, TP Cần Thơ giải ngân vốn đầu tư công năm 2023 đạt 95% kế hoạch, cao hơn bình quân cả nước.",
        ["Tổng kế hoạch vốn đầu tư công năm 2023 của thành phố là 6.500 tỷ đồng.",
         "Nhiều dự án giao thông trọng điểm như cầu Trần Hoàng Na đã hoàn thành và đưa vào sử dụng.",
         "Năm 2024, thành phố phấn đấu giải ngân 100% kế hoạch vốn được giao."],
        "2024-02-01T07:45:00+07:00", "byline"),
    "/kinh-te/ben-tre-thu-hut-dau-tu-1005.html": (
        "Bến Tre thu hút 12 dự án đầu tư mới",
        "Trong 6 tháng đầu năm 2024, tỉnh Bến Tre thu hút 12 dự án đầu tư mới với tổng vốn đăng ký 3.200 tỷ đồng.",
        ["Các dự án tập trung vào năng lượng tái tạo, chế biến nông sản và logistics.",
         "Tỉnh đang hoàn thiện hạ tầng khu công nghiệp Phú Thuận với diện tích 1.000 ha.",
         "Lãnh đạo tỉnh cam kết rút ngắn thời gian giải quyết thủ tục hành chính cho nhà đầu tư."],
        "2024-07-03T14:00:00+07:00", "jsonld"),
    "/kinh-te/vinh-long-tang-truong-6-phan-tram-1006.html": (
        "Vĩnh Long tăng trưởng 6,5% trong quý II",
        "Tốc độ tăng trưởng kinh tế quý II/2024 của tỉnh Vĩnh Long ước đạt 6,5%, cao nhất trong 5 năm.",
        ["Khu vực công nghiệp - xây dựng tăng 9,2%, đóng góp lớn nhất vào mức tăng chung.",
         "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 28.000 tỷ đồng, tăng 11%.",
         "Tỉnh phấn đấu cả năm 2024 tăng trưởng 7%."],
        "2024-06-30T09:00:00+07:00", "byline"),
    "/van-hoa/dong-thap-du-lich-1007.html": (
        "Đồng Tháp đón 4 triệu lượt khách du lịch",
        "Năm 2023, tỉnh Đồng Tháp đón hơn 4 triệu lượt khách du lịch, doanh thu đạt 2.100 tỷ đồng.",
        ["Mùa nước nổi và các làng hoa Sa Đéc tiếp tục là điểm đến hấp dẫn du khách.",
         "Ngành du lịch đặt mục tiêu năm 2024 đón 4,5 triệu lượt khách, tăng 12%.",
         "Nhiều sản phẩm du lịch cộng đồng mới được đưa vào khai thác."],
        "2024-01-10T11:20:00+07:00", "cp1258"),
    "/kinh-te/an-giang-lua-gao-1008.html": (
        "An Giang: sản lượng lúa đạt 4 triệu tấn",
        "Sản lượng lúa cả năm 2023 của tỉnh An Giang đạt hơn 4 triệu tấn, giá trị xuất khẩu gạo tăng 20%.",
        ["Diện tích gieo trồng lúa toàn tỉnh đạt 630.000 ha với năng suất bình quân 6,4 tấn/ha.",
         "Tỉnh đang mở rộng vùng nguyên liệu lúa chất lượng cao gắn với liên kết tiêu thụ.",
         "Kế hoạch năm 2024 phấn đấu xuất khẩu gạo đạt 650.000 tấn."],
        "2024-01-15T15:00:00+07:00", "jsonld"),
    "/kinh-te/kien-giang-thu-ngan-sach-1009.html": (
        "Kiên Giang thu ngân sách vượt dự toán",
        "Tổng thu ngân sách năm 2023 của tỉnh Kiên Giang đạt 12.500 tỷ đồng, vượt 8% dự toán.",
        ["Thu nội địa đạt 11.000 tỷ đồng, trong đó thu từ du lịch Phú Quốc chiếm tỷ trọng lớn.",
         "Tỉnh phấn đấu năm 2024 thu ngân sách đạt 13.000 tỷ đồng.",
         "Sở Tài chính kiến nghị tăng cường chống thất thu thuế trong lĩnh vực thương mại điện tử."],
        "2024-01-20T10:00:00+07:00", "jsonld"),
}
FLAKY = "/kinh-te/kien-giang-thu-ngan-sach-1009.html"  # 503 on the first request
ALIAS = "/kinh-te/tien-giang-xuat-khau-trai-cay-1002-ban-in.html"  # same story, canonical -> 1002
REDIRECT = "/tin-cu/1008"  # 301 -> An Giang article
SLOW = "/kinh-te/bai-viet-cham-qua-han-9001.html"
HUGE = "/kinh-te/bai-viet-qua-lon-9002.html"
MISSING = "/kinh-te/bai-viet-khong-ton-tai-9003.html"
PRIVATE = "/private/bai-noi-bo-chua-cong-bo-9004.html"
OLD_SITEMAP = "/sitemap-2023.xml"  # in the index with an old lastmod: skipped once crawled
OLD_SITEMAP_ARTICLES = list(ARTICLES)[:1]
SITEMAP_ARTICLES = list(ARTICLES)[1:2] + [PRIVATE]
FEED_ARTICLES = [list(ARTICLES)[2], list(ARTICLES)[3] + "?utm_source=rss&utm_medium=feed&fbclid=abc"]
PAGE_1 = list(ARTICLES)[4:6] + [REDIRECT, SLOW]
PAGE_2 = [list(ARTICLES)[6], FLAKY, HUGE, MISSING]

# What a complete crawl must store: every article, once, under its own URL.
EXPECTED = sorted(ARTICLES)


def _page(title: str, head: str, body: str, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="{charset}"><title>{escape(title)}</title>'
            f'{head}</head><body><header><nav><a href="/">Trang chủ</a> <a href="/chuyen-muc/kinh-te">Kinh tế</a> '
            f'<a href="/lien-he">Liên hệ</a> <a href="/tag/nong-nghiep">Nông nghiệp</a></nav></header>'
            f'{body}<footer>Báo Thử Nghiệm - Giấy phép số 123/GP-BTTTT</footer></body></html>')


def article_html(path: str, canonical: str | None = None, base: str = "") -> str:
    title, sapo, paragraphs, published, template = ARTICLES[path]
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    related = "".join(f'<li><a href="{p}">{escape(ARTICLES[p][0])}</a></li>' for p in list(ARTICLES)[:4] if p != path)
    link = f'<link rel="canonical" href="{base}{canonical or path}">'
    if template == "jsonld":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": published, "description": sapo}
        head = (f'{link}<meta property="og:type" content="article"><meta property="og:title" content="{escape(title)} - Báo Thử Nghiệm">'
                f'<meta name="description" content="{escape(sapo)}"><meta property="og:site_name" content="Báo Thử Nghiệm">'
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        # The sapo sits outside the body container, as on real sites: only the meta tags carry it.
        main = (f'<main><h1>{escape(title)}</h1><div class="sapo"><strong>{escape(sapo)}</strong></div>'
                f'<article class="content">{body}</article><aside><h3>Tin liên quan</h3><ul>{related}</ul></aside></main>')
    else:
        day = published[8:10] + "/" + published[5:7] + "/" + published[:4]
        main = (f'<main><h1>{escape(title)}</h1><div class="byline">Thứ Ba, {day} {published[11:16]} | Phóng viên Minh An</div>'
                f'<div class="content"><p><b>{escape(sapo)}</b></p>{body}</div>'
                f'<div class="related"><h3>Tin liên quan</h3><ul>{related}</ul></div></main>')
        head = link
    charset = "windows-1258" if template == "cp1258" else "utf-8"
    return _page(title, head, main, charset)


def listing_html(title: str, paths: list[str], next_page: str | None) -> str:
    cards = []
    for p in paths:
        key = p.split("?")[0]
        headline = ARTICLES[key][0] if key in ARTICLES else "Bài viết đặc biệt của phóng viên thường trú tại tỉnh"
        cards.append(f'<div class="card"><h3><a href="{p}">{escape(headline)}</a></h3>'
                     f'<p>Tóm tắt bài viết: {escape(headline.lower())}, thông tin chi tiết trong bài.</p></div>')
    pager = f'<a rel="next" href="{next_page}">Trang sau</a>' if next_page else ""
    return _page(title, "", f"<main><h1>{escape(title)}</h1>{''.join(cards)}<div class='pager'>{pager}</div></main>")


class Site:
    """Answers requests; remembers every path asked for (tests assert on it)."""

    def __init__(self):
        self.requests: list[str] = []
        self.times: dict[str, list[float]] = {}  # path -> when each request for it came
        self.not_modified: list[str] = []  # paths answered 304 to a conditional request
        self.flaky_calls = 0
        self.base = ""

    def article_paths_requested(self) -> list[str]:
        return [p for p in self.requests if p.split("?")[0] in ARTICLES or p.split("?")[0] == ALIAS]

    def respond(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        self.requests.append(path)
        self.times.setdefault(path, []).append(time.monotonic())
        headers = headers or {}
        html = {"Content-Type": "text/html; charset=utf-8"}
        bare = path.split("?")[0]
        if bare == "/robots.txt":
            text = f"User-agent: *\nDisallow: /private/\n\nSitemap: {self.base}/sitemap_index.xml\n"
            return 200, {"Content-Type": "text/plain"}, text.encode()
        if bare == "/sitemap_index.xml":
            today = time.strftime("%Y-%m-%d")
            maps = (f"<sitemap><loc>{self.base}/sitemap.xml</loc><lastmod>{today}</lastmod></sitemap>"
                    f"<sitemap><loc>{self.base}{OLD_SITEMAP}</loc><lastmod>2023-12-31</lastmod></sitemap>")
            xml = f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>'
            return 200, {"Content-Type": "application/xml"}, xml.encode()
        if bare == OLD_SITEMAP:
            urls = "".join(f"<url><loc>{self.base}{p}</loc><lastmod>2023-12-31</lastmod></url>" for p in OLD_SITEMAP_ARTICLES)
            xml = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
            return 200, {"Content-Type": "application/xml"}, xml.encode()
        if bare == "/sitemap.xml":
            if headers.get("If-None-Match") == '"sitemap-v1"':
                self.not_modified.append(bare)
                return 304, {"ETag": '"sitemap-v1"'}, b""
            urls = "".join(f"<url><loc>{self.base}{p}</loc><lastmod>2024-07-01</lastmod></url>" for p in SITEMAP_ARTICLES)
            xml = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
            return 200, {"Content-Type": "application/xml", "ETag": '"sitemap-v1"'}, xml.encode()
        if bare == "/rss.xml":
            items = "".join(f"<item><title>{escape(ARTICLES[p.split('?')[0]][0])}</title><link>{escape(self.base + p)}</link></item>"
                            for p in FEED_ARTICLES)
            xml = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin mới</title>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml"}, xml.encode()
        if bare == "/":
            head = '<meta property="og:type" content="website"><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
            cards = "".join(f'<div class="card"><h3><a href="{p}">{escape(ARTICLES[p][0])}</a></h3>'
                            f'<p>{escape(ARTICLES[p][1])}</p></div>' for p in list(ARTICLES)[:3])
            return 200, html, _page("Báo Thử Nghiệm", head, f'<main>{cards}<a href="{ALIAS}">Bản in</a>'
                                    f'<a href="{PRIVATE}">Nội bộ</a></main>').encode()
        if bare == "/chuyen-muc/kinh-te":
            page = 2 if "page=2" in path else 1
            paths, nxt = (PAGE_1, "/chuyen-muc/kinh-te?page=2") if page == 1 else (PAGE_2, None)
            return 200, html, listing_html(f"Kinh tế - trang {page}", paths, nxt).encode()
        if bare == "/tag/nong-nghiep":
            return 200, html, listing_html("Nông nghiệp", list(ARTICLES)[1:8:2], None).encode()
        if bare == "/lien-he":
            return 200, html, _page("Liên hệ", "", "<main><h1>Liên hệ</h1><p>Điện thoại: 0276 123 456.</p></main>").encode()
        if bare == REDIRECT:
            return 301, {"Location": "/kinh-te/an-giang-lua-gao-1008.html"}, b""
        if bare == FLAKY:
            self.flaky_calls += 1
            if self.flaky_calls == 1:
                return 503, html, b"<html><body>Service Unavailable</body></html>"
        if bare == SLOW:
            time.sleep(SLOW_SECONDS)
            return 200, html, _page("Chậm", "", "<p>quá chậm</p>").encode()
        if bare == HUGE:
            filler = "<p>" + "Nội dung rất dài. " * (HUGE_BYTES // 18) + "</p>"
            return 200, html, _page("Bài quá lớn", "", filler).encode()
        if bare == ALIAS:
            target = "/kinh-te/tien-giang-xuat-khau-trai-cay-dat-2-ty-usd-1002.html"
            return 200, html, article_html(target, canonical=target, base=self.base).encode()
        if bare in ARTICLES:
            page = article_html(bare, base=self.base)
            if ARTICLES[bare][4] == "cp1258":
                return 200, {"Content-Type": "text/html; charset=windows-1258"}, encode_1258(page)
            return 200, html, page.encode()
        return 404, html, _page("Không tìm thấy", "", "<p>404</p>").encode()
