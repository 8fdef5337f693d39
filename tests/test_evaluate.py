import json

import pytest

from click.testing import CliRunner

from extract.evaluate import evaluate, load_gold, rebase
from extract.records import Metric, Ranking, Target
from vnmine.cli_eval import eval_command

GOLD = {"doc": "a/004.txt", "type": "ranking", "text": "xếp 46 với 0,2686 điểm", "index": "DTI",
        "component": None, "year": 2020, "rank": 46, "total": None, "score": 0.2686, "province": "Tây Ninh"}


def pred(**kw):
    base = dict(doc="004.txt", text="xếp 46 với 0,2686 điểm", start=10, end=32, sentence="s", index="DTI",
                year=2020, rank=46, score=0.2686, province="Tây Ninh")
    base.update(kw)
    return Ranking(**base)


def test_match_by_basename_key_fields_and_span_text():
    r = evaluate([GOLD], [pred()])
    assert (r.by_type["ranking"].tp, r.by_type["ranking"].fp, r.by_type["ranking"].fn) == (1, 0, 0)


def test_wrong_key_field_is_a_miss_and_a_false_hit():
    s = evaluate([GOLD], [pred(year=2021)]).by_type["ranking"]
    assert (s.precision, s.recall) == (0.0, 0.0)
    assert s.misses[0]["rank"] == 46 and s.false_hits[0]["year"] == 2021


def test_spans_that_overlap_in_the_sentence_match_spans_elsewhere_do_not():
    sentence = "tăng 2 bậc so với năm 2020 (xếp 46 với 0,2686 điểm)."
    wider = pred(text="năm 2020 (xếp 46", sentence=sentence)
    assert evaluate([GOLD], [wider]).by_type["ranking"].tp == 1
    apart = pred(text="tăng 2 bậc", sentence=sentence)
    assert evaluate([GOLD], [apart]).by_type["ranking"].tp == 0


def test_one_to_one_matching():
    s = evaluate([GOLD], [pred(), pred()]).by_type["ranking"]
    assert (s.tp, s.fp) == (1, 1)
    assert abs(s.f1 - 2 / 3) < 1e-9


def test_gold_offsets_in_the_file_as_written_follow_their_sentence_into_the_text_as_read():
    written = "Tiêu đề\n\nDân tộc và Miền núi\n\nTỷ lệ che phủ rừng đạt 58%."
    read = "Tiêu đề\n\nTỷ lệ che phủ rừng đạt 58%."
    sentence = "Tỷ lệ che phủ rừng đạt 58%."
    gold = {"doc": "b.txt", "type": "metric", "text": "58%", "start": written.index("58%"),
            "end": written.index("58%") + 3, "sentence": sentence, "value": 58, "denominator": None}
    [moved] = rebase([gold], {"b.txt": (written, read)})
    assert read[moved["start"]:moved["end"]] == "58%"
    metric = Metric(doc="b.txt", text="58%", start=read.index("58%"), end=read.index("58%") + 3, sentence=sentence,
                    indicator=None, value=58, unit="%", comparator="=", denominator=None)
    assert evaluate([gold], [metric]).overall.tp == 0  # unmoved, the offsets miss
    assert evaluate([moved], [metric]).overall.tp == 1
    assert rebase([gold], {"b.txt": (read, read)}) == [gold]  # nothing to move


def test_cli_reports_errors_in_one_line(tmp_path):
    bad = tmp_path / "g.jsonl"
    bad.write_text(json.dumps({"type": "date"}) + "\n", "utf-8")
    res = CliRunner().invoke(eval_command, [str(bad)])
    assert res.exit_code != 0 and "doc" in str(res.exception)
    with pytest.raises(ValueError, match=r"g\.jsonl:1: gold record needs 'doc' and 'type'"):
        load_gold(bad)


def test_pillars_compare_by_their_registry_name():
    gold = {**GOLD, "index": "ICT Index", "component": "ứng dụng công nghệ thông tin"}
    assert evaluate([gold], [pred(index="ICT Index", component="Ứng dụng CNTT")]).by_type["ranking"].tp == 1
    assert evaluate([gold], [pred(index="ICT Index", component="Hạ tầng kỹ thuật")]).by_type["ranking"].tp == 0


def test_a_found_fact_read_wrong_is_reported_by_the_field_that_is_off():
    report = evaluate([GOLD], [pred(year=2021), pred(text="xếp hạng 9", start=90, end=100, rank=9)])
    assert report.field_errors() == {"ranking.year": 1}
    assert "near misses (span found, field off): ranking.year 1" in report.to_text()


def test_a_document_number_printed_with_a_space_is_the_same_document():
    gold = [{"doc": "a.txt", "type": "legal_ref", "text": "Nghị quyết số 57- NQ/TW", "doc_type": "Nghị quyết",
             "number": "57- NQ/TW", "issued": None}]
    same = dict(gold[0], text="Nghị quyết số 57- NQ/TW", number="57-NQ/TW")
    other = dict(same, number="58-NQ/TW")
    assert evaluate(gold, [same]).overall.tp == 1
    assert evaluate(gold, [other]).overall.tp == 0


def test_a_matched_fact_given_to_another_province_is_counted_and_listed():
    gold = [{"doc": "a.txt", "type": "metric", "text": "82,66%", "value": 82.66, "denominator": None, "province": None},
            {"doc": "a.txt", "type": "metric", "text": "90,61%", "value": 90.61, "denominator": None,
             "province": "TP.HCM"}]
    found = [Metric(doc="a.txt", text="82,66%", start=0, end=6, sentence="s", value=82.66, province="Hà Nội"),
             Metric(doc="a.txt", text="90,61%", start=9, end=15, sentence="s", value=90.61,
                    province="TP. Hồ Chí Minh")]
    report = evaluate(gold, found)
    assert report.overall.tp == 2  # the province is no key field of a metric
    assert [(g["text"], p["province"]) for g, p in report.by_type["metric"].off["province"]] == [("82,66%", "Hà Nội")]
    assert "province of matched facts: 1/2 agree (metric 1/2)" in report.to_text()
    assert "PROVINCE metric a.txt: '82,66%' gold None, found 'Hà Nội'" in report.to_text()


def test_a_matched_quantity_with_another_unit_is_counted_and_listed():
    gold = [{"doc": "a.txt", "type": "target", "text": "12.000 tỷ đồng", "value": 12000, "unit": "tỷ đồng",
             "comparator": "=", "deadline": 2026, "category": None},
            {"doc": "a.txt", "type": "target", "text": "9%", "value": 9, "unit": "%", "comparator": "=",
             "deadline": 2026, "category": None}]
    found = [Target(doc="a.txt", text="12.000 tỷ", start=0, end=9, sentence="s", value=12000, unit="tỷ",
                    comparator="=", deadline=2026),
             Target(doc="a.txt", text="9%", start=20, end=22, sentence="s", value=9, unit="%", comparator="=",
                    deadline=2026)]
    report = evaluate(gold, found)
    assert report.overall.tp == 2  # the unit is no key field: a value read is found, its unit checked apart
    assert "unit of matched facts: 1/2 agree (target 1/2)" in report.to_text()
    assert "UNIT target a.txt: '12.000 tỷ đồng' gold 'tỷ đồng', found 'tỷ'" in report.to_text()


def test_a_unit_written_another_way_is_the_same_unit():
    # round 95 wrote "điểm phần trăm" where the extractor names percentage points "điểm %"
    gold = [{"doc": "a.txt", "type": "metric", "text": "3,36 điểm phần trăm", "value": 3.36, "unit": "điểm phần trăm",
             "comparator": "=", "denominator": None, "indicator": None, "as_of": None, "province": None}]
    found = [Metric(doc="a.txt", text="3,36 điểm phần trăm", start=0, end=19, sentence="s", indicator=None,
                    value=3.36, unit="điểm %", comparator="=", denominator=None)]
    assert "unit of matched facts: 1/1 agree" in evaluate(gold, found).to_text()


def test_the_date_a_matched_metric_holds_for_is_counted_and_listed():
    gold = [{"doc": "a.txt", "type": "metric", "text": "7,2%", "value": 7.2, "denominator": None, "as_of": "2025"},
            {"doc": "a.txt", "type": "metric", "text": "9%", "value": 9, "denominator": None, "as_of": None}]
    found = [Metric(doc="a.txt", text="7,2%", start=0, end=4, sentence="s", value=7.2, as_of="2025"),
             Metric(doc="a.txt", text="9%", start=10, end=12, sentence="s", value=9, as_of="2025-04-09")]
    text = evaluate(gold, found).to_text()
    assert "as_of of matched facts: 1/2 agree (metric 1/2)" in text
    assert "AS_OF metric a.txt: '9%' gold None, found '2025-04-09'" in text


def test_the_indicator_of_a_matched_metric_agrees_when_half_its_words_are_shared():
    gold = [{"doc": "a.txt", "type": "metric", "text": "417 đại biểu", "value": 417, "denominator": None,
             "indicator": "số đại biểu dự Đại hội"},
            {"doc": "a.txt", "type": "metric", "text": "87%", "value": 87, "denominator": None,
             "indicator": "tỷ lệ dân số sử dụng nước sạch"}]
    found = [Metric(doc="a.txt", text="417 đại biểu", start=0, end=12, sentence="s", value=417,
                    indicator="đại biểu dự Đại Hội"),
             Metric(doc="a.txt", text="87%", start=20, end=23, sentence="s", value=87, indicator="nước")]
    text = evaluate(gold, found).to_text()
    assert "indicator of matched facts: 1/2 agree (metric 1/2)" in text
    assert "INDICATOR metric a.txt: '87%' gold 'tỷ lệ dân số sử dụng nước sạch', found 'nước'" in text
