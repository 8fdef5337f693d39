import unicodedata

from extract.normalize import canon_tones, fold, match_key, normalize


def test_tone_placement_is_unified_and_length_preserving():
    assert canon_tones("Thanh Hoá, Tỉnh uỷ, hoà") == "Thanh Hóa, Tỉnh ủy, hòa"
    assert canon_tones("quý") == "quý"  # "qu" keeps its tone on y
    assert len(canon_tones("Khánh Hoà")) == len("Khánh Hoà")


def test_fold_strips_diacritics_for_alias_matching():
    assert fold("Tây Ninh") == "tay ninh"
    assert fold("Đà Nẵng") == "da nang"


def test_nfd_and_zero_width_map_back_to_original_offsets():
    original = unicodedata.normalize("NFD", "Tây\u200b Ninh đạt")
    norm = normalize(original)
    assert norm.text == "Tây Ninh đạt"
    i = norm.text.index("Ninh")
    s, e = norm.original_span(i, i + 4)
    assert unicodedata.normalize("NFC", original[s:e]) == "Ninh"


def test_quote_and_space_variants():
    assert match_key("“Thể chế số”\u00a0") == match_key('"thể chế số"')


def test_the_eth_typed_for_d_with_stroke_reads_as_that_letter():
    text = "Tỉnh Nam Ðịnh và đ\u00f0"
    n = normalize(text)
    assert n.text == "Tỉnh Nam Định và đđ" and len(n.text) == len(text)


def test_a_lone_surrogate_is_read_as_the_replacement_character_and_nothing_breaks():
    # a str decoded with errors="surrogateescape" (a byte cut in half): the spaCy tokenizer refused it
    from extract.pipeline import extract_facts

    text = "Tây Ninh đạt 52,8% \udce1 trong năm 2025."
    assert normalize(text).text == "Tây Ninh đạt 52,8% \ufffd trong năm 2025."
    facts = extract_facts(text, "t.txt")
    assert [(f.type, f.text) for f in facts] == [("metric", "52,8%"), ("date", "năm 2025")]
    assert all(text[f.start:f.end] == f.text for f in facts)
