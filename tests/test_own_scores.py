from extracted import facts


def rankings(text):
    return [(r.province, r.rank, r.total, r.score, r.year, r.component) for r in facts(text, "ranking")]



def test_score_of_the_province_just_ranked_and_the_national_mean():
    text = ("Trong bảng xếp hạng DTI năm 2021, Ninh Bình đứng thứ 6/63. Tổng điểm trung bình của địa phương "
            "này là 0,5064 điểm, cao hơn 0,105 so với mức điểm bình quân của cả nước (0,4014 điểm).")
    got = [(r.province, r.rank, r.score, r.year) for r in facts(text, "ranking")]
    assert got == [("Ninh Bình", 6, None, 2021), ("Ninh Bình", None, 0.5064, 2021)]
    assert [(m.province, m.value) for m in facts(text, "metric")] == [(None, 0.4014)]


def test_each_index_of_a_list_takes_its_own_score_for_the_articles_province():
    text = ("Năm 2021, chỉ số PAR INDEX của tỉnh đạt 87,61 điểm, tăng 1,59 điểm so với năm 2020; chỉ số SIPAS đạt "
            "86,72%, xếp thứ 38/63 tỉnh, thành phố trong cả nước; chỉ số PAPI là 40,62/80 điểm.")
    got = [(r.index, r.rank, r.score, r.year) for r in facts(text, "ranking")]
    assert got == [("PAR Index", None, 87.61, 2021), ("SIPAS", 38, 86.72, 2021), ("PAPI", None, 40.62, 2021)]
    assert facts(text, "metric") == []  # the country's scope was another clause's
    text = "Năm 2021, chỉ số PAR INDEX của Bà Rịa - Vũng Tàu đạt 87,61 điểm; chỉ số PAPI xếp nhóm 4."
    assert [(r.province, r.index) for r in facts(text, "ranking")] == [("Bà Rịa - Vũng Tàu", "PAR Index")]


def test_a_score_in_brackets_after_a_comma_and_one_of_the_province_named_after_the_index():
    text = ("Quảng Ninh trở lại ngôi đầu bảng PAPI 2022. Ngôi đầu PAPI có số điểm cao hơn 9 điểm so với địa phương "
            "có điểm số thấp nhất (Cao Bằng, 38,8 điểm). Điểm số tổng hợp PAPI 2022 (không trọng số) của Hà Nội là "
            "43,9 điểm, thuộc nhóm cao nhất.")
    got = [(r.province, r.index, r.year, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("Quảng Ninh", "PAPI", 2022, 1, None), ("Cao Bằng", "PAPI", 2022, None, 38.8),
                   ("Hà Nội", "PAPI", 2022, None, 43.9)]


def test_an_index_score_moving_without_a_place_is_the_score_of_each_year():
    text = ("Chỉ số CCHC và Chỉ số Hài lòng Sipas 2022 của tỉnh Sơn La\n\n"
            "Chỉ số CCHC năm 2022 của tỉnh giảm nhẹ, gần 1 điểm % so với năm 2021,  từ 87,61% xuống 86,78%. "
            "Chỉ số Sipas giảm khá sâu (8, 12%), từ 90,30% (2021) xuống 82,18%.")
    got = [(r.index, r.year, r.score, r.rank, r.province, r.text) for r in facts(text, "ranking")]
    assert got == [("PAR Index", 2021, 87.61, None, "Sơn La", "từ 87,61%"),
                   ("PAR Index", 2022, 86.78, None, "Sơn La", "xuống 86,78%"),
                   ("SIPAS", 2021, 90.3, None, "Sơn La", "từ 90,30%"),
                   ("SIPAS", 2022, 82.18, None, "Sơn La", "xuống 82,18%")]
    assert not [f for f in facts(text, "metric") if f.unit == "%"]
    # a sentence naming provinces: whose score moved is not told
    assert rankings("Chỉ số CCHC năm 2022 giảm từ 87,61% xuống 86,78%, Hà Nội và Sơn La cùng giảm.") == []


def test_english_decimal_percent_scores_and_a_province_named_with_its_tinh():
    text = ("Theo kết quả chỉ số PAR INDEX năm 2021, Thừa Thiên Huế đạt 89.32%, xếp vị trí thứ 4. "
            "Năm 2021, chỉ số PAR INDEX của tỉnh Quảng Ngãi đạt 86.45%, tăng 13,2% so với năm 2020.")
    assert [(p, r, s) for p, r, _, s, _, _ in rankings(text)] == [("Thừa Thiên Huế", 4, 89.32), ("Quảng Ngãi", None, 86.45)]


def test_an_index_score_of_the_province_named_right_after_it_with_its_year():
    text = "Cụ thể, giá trị DTI Đà Nẵng năm 2021 đạt 0,6419, tăng 0,1545 so với năm 2020."
    assert rankings(text) == [("Đà Nẵng", None, None, 0.6419, 2021, None)]
    # a bare number is a score only as a fraction of 1 with four decimals
    assert rankings("Năm 2021, giá trị DTI Đà Nẵng đạt 12, tăng 2 so với năm 2020.") == []


def test_an_index_score_after_the_province_the_sentence_opens_on():
    text = ("Đối với tỉnh Ninh Thuận, kết quả Chỉ số PAPI năm 2021 đạt 43.83 điểm (cao hơn trung bình cả nước "
            "1.561 điểm), thuộc nhóm các tỉnh cao nhất, xếp hạng 14/63 tỉnh, thành phố.")
    # the place told later in the sentence takes the score (rounds 43 and 50): one ranking
    assert rankings(text) == [("Ninh Thuận", 14, 63, 43.83, 2021, None)]
    # a sentence naming two provinces has no one topic
    text = "Đối với tỉnh Ninh Thuận, Chỉ số PAPI năm 2021 đạt 43.83 điểm, cao hơn Bình Thuận."
    assert rankings(text) == []
