"""URL identity: tracking parameters stripped, same-site canonical links honoured."""
from crawler.urls import canonical_url, clean_url


def test_tracking_parameters_and_fragments_go_other_parameters_stay():
    url = "HTTPS://BaoTayNinh.vn/kinh-te/bai-viet-123.html?utm_source=fb&id=5&fbclid=x&utm_campaign=y#binh-luan"
    assert clean_url(url) == "https://baotayninh.vn/kinh-te/bai-viet-123.html?id=5"
    assert clean_url("http://x.vn:80/a?zarsrc=30&page=2") == "http://x.vn/a?page=2"


def test_canonical_link_on_the_same_site_wins():
    fetched = "https://baoapbac.vn/in/bai-1?utm_medium=rss"
    assert canonical_url(fetched, "/kinh-te/bai-1.html") == "https://baoapbac.vn/kinh-te/bai-1.html"
    assert canonical_url(fetched, "https://www.baoapbac.vn/kinh-te/bai-1.html") == "https://www.baoapbac.vn/kinh-te/bai-1.html"


def test_canonical_on_another_site_is_ignored():
    fetched = "https://baotayninh.vn/bai-2.html"
    assert canonical_url(fetched, "https://vnexpress.net/goc-2.html") == fetched
    assert canonical_url(fetched + "?utm_source=zalo", None) == fetched
