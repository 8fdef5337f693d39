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
