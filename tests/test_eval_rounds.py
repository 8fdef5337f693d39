"""The blind rounds in eval/: their gold is well formed, and no change scores a round below its
blind first run (the F1 of the ALL line in its first_run.txt)."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extract.evaluate import load_gold
from vnmine.cli_eval import score_paths

EVAL = Path(__file__).resolve().parents[1] / "eval"
ROUNDS = sorted(p for p in EVAL.glob("round*") if (p / "gold.jsonl").is_file())


def first_run_f1(round_dir: Path) -> float:
    line = next(ln for ln in (round_dir / "first_run.txt").read_text("utf-8").splitlines() if ln.startswith("ALL"))
    return float(re.split(r"\s+", line)[3])


def test_there_are_rounds_to_check():
    assert len(ROUNDS) >= 2


@pytest.mark.parametrize("round_dir", ROUNDS, ids=lambda p: p.name)
def test_gold_spans_sit_in_their_sentences_and_sentences_in_the_texts(round_dir):
    done = subprocess.run([sys.executable, str(EVAL / "check_gold.py"), str(round_dir)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
    assert "problems: 0" in done.stdout


@pytest.mark.parametrize("round_dir", ROUNDS, ids=lambda p: p.name)
def test_a_round_scores_no_worse_than_its_blind_first_run(round_dir):
    gold = load_gold(round_dir / "gold.jsonl")
    report = score_paths(gold, [str(round_dir / "texts")])
    assert round(report.overall.f1, 3) >= first_run_f1(round_dir), report.to_text()  # as printed


def test_the_gold_check_catches_fields_holding_the_wrong_kind_of_value(tmp_path):
    (tmp_path / "texts").mkdir()
    sentence = "Đến năm 2025, thành lập 3 vườn ươm."
    (tmp_path / "texts" / "x.txt").write_text(sentence + "\n", encoding="utf-8")
    row = {"doc": "x.txt", "type": "target", "text": "3 vườn ươm", "sentence": sentence, "province": None,
           "indicator": 2025, "value": 3, "unit": "vườn ươm", "comparator": "thành lập vườn ươm",
           "deadline": "=", "category": None}  # indicator, comparator and deadline rotated
    (tmp_path / "gold.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(EVAL / "check_gold.py"), str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 1
    assert "comparator holds 'thành lập vườn ươm'" in done.stdout and "deadline holds '='" in done.stdout


def test_the_gold_check_catches_offsets_on_an_earlier_copy_inside_a_longer_number(tmp_path):
    (tmp_path / "texts").mkdir()
    sentence = "Lưu vực rộng 17,5 km2, trong đó hồ Tân Kim 7,5 km2."
    (tmp_path / "texts" / "a.txt").write_text(sentence, encoding="utf-8")
    row = {"type": "metric", "doc": "a.txt", "text": "7,5 km2", "start": sentence.find("7,5 km2"),
           "end": sentence.find("7,5 km2") + 7, "sentence": sentence, "province": None, "indicator": "hồ Tân Kim",
           "value": 7.5, "unit": "km2", "comparator": "=", "denominator": None, "as_of": None}
    (tmp_path / "gold.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(EVAL / "check_gold.py"), str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 1 and "cut a word or number" in done.stdout
    row["start"], row["end"] = sentence.rfind("7,5 km2"), sentence.rfind("7,5 km2") + 7
    (tmp_path / "gold.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(EVAL / "check_gold.py"), str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
