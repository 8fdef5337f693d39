from extract.nlp import get_nlp, make_doc, sentences


def test_model_is_loaded_once():
    assert get_nlp() is get_nlp()


def test_doc_has_sentences_and_gazetteer_entities_with_offsets():
    text = "Tiêu đề bài\nTP.HCM xếp hạng PAPI cao. Thanh Hoá đạt chỉ số DTI khá."
    doc = make_doc(text)
    ents = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("TP.HCM", "PROVINCE", "TP. Hồ Chí Minh") in ents
    assert ("PAPI", "INDEX", "PAPI") in ents
    assert [text[s:e] for s, e in sentences(doc)][0] == "Tiêu đề bài"
    assert len(sentences(doc)) == 3


def _sents_the_slow_way(doc):
    out = []
    for sent in doc.sents:
        chunk = sent.text
        s = sent.start_char + len(chunk) - len(chunk.lstrip())
        e = sent.end_char - (len(chunk) - len(chunk.rstrip()))
        if e > s:
            out.append((s, e))
    return out


def test_sentences_are_the_docs_sentences():
    for text in ["", "  \n ", "Một câu", "Tiêu đề\n\n  Câu một. Câu hai?\nDòng ba  \n",
                 "Ông A nói: \"Xong.\" Rồi đi.\n\n\nHết"]:
        doc = make_doc(text)
        assert sentences(doc) == _sents_the_slow_way(doc)


def test_pipeline_is_renewed_so_the_vocab_stays_bounded(monkeypatch):
    from extract import nlp

    monkeypatch.setattr(nlp, "VOCAB_REFRESH_DOCS", 2)
    monkeypatch.setattr(nlp, "_docs_made", 0)
    first = get_nlp()
    docs = [make_doc(f"Tây Ninh đạt {i},{i}5 điểm.") for i in range(3)]
    assert get_nlp() is not first
    assert "0,05" in first.vocab.strings and "0,05" not in get_nlp().vocab.strings
    assert [(e.text, e.ent_id_) for e in docs[-1].ents] == [("Tây Ninh", "Tây Ninh")]


def test_tokens_are_underthesea_tokens_covering_the_text():
    text = "Tây Ninh đạt 0,3426 điểm theo Quyết định 28/2018/QĐ-TTg ngày 12/7/2018  tại TP.HCM.\n\nHết ★"
    doc = make_doc(text)
    assert doc.text == text
    words = [t.text for t in doc]
    assert {"0,3426", "12/7/2018", "QĐ-TTg", "TP.HCM", "."} <= set(words)  # kept whole, the stop split off
    assert "★" in words and "\n\n" in words
    assert [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "PROVINCE"] == [
        ("Tây Ninh", "Tây Ninh"), ("TP.HCM", "TP. Hồ Chí Minh")]


def test_a_photo_credit_closes_the_caption_before_it():
    text = "Đà Nẵng xếp vị trí thứ 2. (Ảnh: Viet Travel) Ở vị trí thứ 4, Long An vẫn tiến bộ. (Ảnh: KT)"
    got = [text[s:e] for s, e in sentences(make_doc(text), text)]
    assert got == ["Đà Nẵng xếp vị trí thứ 2. (Ảnh: Viet Travel)", "Ở vị trí thứ 4, Long An vẫn tiến bộ. (Ảnh: KT)"]


def test_a_province_name_inside_another_places_name_is_no_province():
    # round 108: "Thái Bình Dương" is the Pacific
    doc = make_doc("Nhiệt độ mặt nước biển ở xích đạo Thái Bình Dương tăng; tỉnh Thái Bình chống hạn.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Thái Bình Dương", "PLACE"), ("tỉnh Thái Bình", "PROVINCE")]


def test_a_province_name_after_a_surname_is_a_person_not_a_place():
    doc = make_doc("Nghị quyết đề ra mục tiêu đến năm 2030. Ảnh: Nguyễn Huế. Đoàn công tác làm việc tại Huế.")
    places = [(e.text, e.start_char) for e in doc.ents if e.label_ == "PROVINCE"]
    assert places == [("Huế", doc.text.rindex("Huế"))]


def test_an_index_name_wins_over_the_agency_named_inside_it():
    # round 111: "Chính phủ" is an agency of its own, but here a word of the UN's EGDI
    doc = make_doc("Việt Nam lên hạng 71/193 trong Chỉ số phát triển Chính phủ điện tử. Chính phủ ban hành Nghị định.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Chỉ số phát triển Chính phủ điện tử", "INDEX"), ("Chính phủ", "ORG")]
