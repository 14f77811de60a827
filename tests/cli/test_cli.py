"""The command line (``left-behind`` / ``python -m left_behind``) and the figures it prints."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import left_behind as lb
from left_behind import CareArrangement, Child, InvalidData, Register, samples
from left_behind.cli import main
from left_behind.kinds import text_width
from left_behind.model import ChildStatus, GuardianshipType, SchoolStage, Sex
from left_behind.stats import AgeBand, Summary, labelled, percent_of, render, summarize
from profiles import examples

ON = samples.REFERENCE_DATE


@pytest.fixture(scope="module")
def sample() -> Register:
    return samples.shicun()


@pytest.fixture(scope="module")
def sample_summary(sample: Register) -> Summary:
    return summarize(sample, on=ON)


def body(out: str) -> str:
    """A text report without its first line, the date it is on (and why that date)."""
    first, _, rest = out.partition("\n")
    assert first.startswith(("日期：", "As on "))
    return rest


def run_main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def run_module(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "left_behind", *argv],
        capture_output=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


# --- summary on the sample ------------------------------------------------------


def test_summary_sample_in_chinese_by_default(
    capsys: pytest.CaptureFixture[str], sample_summary: Summary
) -> None:
    status, out, err = run_main(capsys, "summary", "--sample")
    assert (status, err) == (0, "")
    assert body(out) == render(sample_summary) + "\n"
    assert "石村儿童快乐家园" in out
    assert "统计日期：2026-09-01" in out
    assert "儿童总数：142 名" in out
    for heading in ("儿童类别", "照护安排", "年龄段", "学段"):
        assert heading in out
    assert "监护类型" not in out  # parents stay the guardians: this counts care arrangements


def test_summary_sample_in_english(
    capsys: pytest.CaptureFixture[str], sample_summary: Summary
) -> None:
    status, out, err = run_main(capsys, "summary", "--sample", "--lang", "en")
    assert (status, err) == (0, "")
    assert body(out) == render(sample_summary, lang="en") + "\n"
    assert "Children: 142" in out
    assert "left-behind child" in out
    assert "paternal grandparents" in out
    assert "留守儿童" not in out


def test_summary_sample_as_json(
    capsys: pytest.CaptureFixture[str], sample_summary: Summary
) -> None:
    status, out, err = run_main(capsys, "summary", "--sample", "--format", "json")
    assert (status, err) == (0, "")
    assert json.loads(out) == lb.to_dict(labelled(sample_summary))
    assert lb.from_json(out, Summary) == labelled(sample_summary)
    assert "石村儿童快乐家园" in out  # written as is, not \u escapes
    assert json.loads(out)["by_status"][0]["label"] == "留守儿童"


def test_summary_json_labels_follow_the_language(
    capsys: pytest.CaptureFixture[str], sample_summary: Summary
) -> None:
    status, out, _ = run_main(capsys, "summary", "--sample", "--format", "json", "--lang", "en")
    data = json.loads(out)
    assert status == 0
    assert data["by_status"][0]["label"] == "left-behind child"
    assert data["by_guardianship"][-1] == {
        "guardianship": None,
        "count": 0,
        "percent": 0.0,
        "label": "no care arrangement recorded",
    }
    assert lb.from_json(out, Summary) == labelled(sample_summary, "en")


def test_a_row_label_that_contradicts_its_key_is_invalid(sample_summary: Summary) -> None:
    data = lb.to_dict(labelled(sample_summary))
    data["by_stage"][0]["label"] = "留守儿童"
    with pytest.raises(InvalidData) as err:
        lb.from_dict(data, Summary)
    assert [(p.path, p.code) for p in err.value.problems] == [
        ("$.by_stage[0].label", "inconsistent")
    ]


def test_summary_json_in_camel_case(
    capsys: pytest.CaptureFixture[str], sample_summary: Summary
) -> None:
    status, out, _ = run_main(capsys, "summary", "--sample", "--format", "json", "--style", "camel")
    assert status == 0
    data = json.loads(out)
    assert {"byStatus", "byGuardianship", "byAgeBand", "byStage", "bornAfter"} <= set(data)
    assert lb.from_json(out, Summary, style="camel") == labelled(sample_summary)


def test_summary_sample_on_another_date(
    capsys: pytest.CaptureFixture[str], sample: Register
) -> None:
    status, out, _ = run_main(capsys, "summary", "--sample", "--on", "2027-09-01")
    assert status == 0
    assert body(out) == render(summarize(sample, on=dt.date(2027, 9, 1))) + "\n"


# --- files ------------------------------------------------------------------------


def test_file_round_trip(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample: Register, sample_summary: Summary
) -> None:
    path = tmp_path / "register.json"
    path.write_text(lb.to_json(sample), encoding="utf-8")
    assert lb.from_json(path.read_bytes(), Register) == sample
    status, out, err = run_main(capsys, "summary", str(path), "--on", "2026-09-01")
    assert (status, err) == (0, "")
    assert body(out) == render(sample_summary) + "\n"
    status, out, _ = run_main(
        capsys, "summary", str(path), "--on", "2026-09-01", "--format", "json"
    )
    assert status == 0
    assert lb.from_json(out, Summary) == labelled(sample_summary)


def test_file_in_camel_case_with_a_byte_order_mark(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample: Register, sample_summary: Summary
) -> None:
    path = tmp_path / "register.json"
    path.write_bytes(b"\xef\xbb\xbf" + lb.to_json(sample, style="camel").encode())
    status, out, _ = run_main(
        capsys, "summary", str(path), "--style", "camel", "--on", "2026-09-01"
    )
    assert status == 0
    assert body(out) == render(sample_summary) + "\n"


def test_file_defaults_to_today_in_china(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "register.json"
    path.write_text(lb.to_json(Register(name="示例村")), encoding="utf-8")
    monkeypatch.setattr("left_behind.cli._common.today", lambda: dt.date(2031, 1, 2))
    status, out, _ = run_main(capsys, "summary", str(path))
    assert status == 0
    assert "统计日期：2031-01-02" in out
    assert "儿童总数：0 名" in out


def test_today_is_the_date_in_china() -> None:
    from left_behind.cli._common import CHINA_STANDARD_TIME, today

    assert today() == dt.datetime.now(CHINA_STANDARD_TIME).date()
    assert CHINA_STANDARD_TIME.utcoffset(None) == dt.timedelta(hours=8)


def test_bad_register_prints_every_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps({"children": [{"id": "c-1", "sex": "boy"}], "nmae": "x"}), encoding="utf-8"
    )
    status, out, err = run_main(capsys, "summary", str(path), "--lang", "en")
    assert status == 2
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) > 3
    assert all(line.startswith(f"{path}: $") for line in lines)
    assert f"{path}: $.children[0].sex: 'boy' is not valid" in err
    assert f"{path}: $.nmae: unknown key: did you mean 'name'?" in err
    assert any("$.children[0].birth_date" in line and "missing" in line for line in lines)
    # in Chinese by default, the same problems
    status, _, zh = run_main(capsys, "summary", str(path))
    assert status == 2 and len(zh.splitlines()) == len(lines)
    assert f"{path}：$.nmae：无法识别的键名：是不是要写 'name'？ [unknown_key]" in zh


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"children": [', "not valid JSON at line 1"),
        (b"", "the text is empty"),
        (b'{"children": [],}', "remove the trailing comma"),
        (b"[1, 2]", "expected an object (Home)"),
        ('{"name":"石村"}'.encode("gbk"), "it looks like GBK/GB18030"),
        (json.dumps({"schema_version": 99}).encode(), "newer version"),
    ],
)
def test_bad_files_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    status, out, err = run_main(capsys, "summary", str(path), "--lang", "en")
    assert (status, out) == (2, "")
    assert err.startswith(f"{path}: ")
    assert expected in err
    assert "Traceback" not in err


def test_unreadable_files_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for path in (tmp_path / "missing.json", tmp_path):
        status, out, err = run_main(capsys, "summary", str(path), "--lang", "en")
        assert (status, out) == (2, "")
        assert err.startswith(f"{path}: cannot read the file: ")
        assert len(err.splitlines()) == 1


@pytest.mark.parametrize("bad", ["2026-13-01", "2026-02-30", "2026/9/1", "tomorrow", ""])
def test_bad_date_exits_2(capsys: pytest.CaptureFixture[str], bad: str) -> None:
    status, out, err = run_main(capsys, "summary", "--sample", "--on", bad)
    assert (status, out) == (2, "")
    assert "argument --on:" in err
    assert "YYYY-MM-DD" in err or "not a real date" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv", [["summary"], ["summary", "x.json", "--sample"], [], ["frobnicate"]]
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status, out, err = run_main(capsys, *argv)
    assert (status, out) == (2, "")
    assert err.startswith("usage: left-behind")


@pytest.mark.parametrize("argv", [["--help"], ["summary", "--help"], ["--version"]])
def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status, out, _ = run_main(capsys, *argv)
    assert status == 0
    assert "left-behind" in out


def test_summary_help_documents_the_default_date(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_main(capsys, "summary", "--help")
    assert "China Standard Time" in out
    assert samples.REFERENCE_DATE.isoformat() in out


# --- python -m left_behind ----------------------------------------------------------


def test_python_m_summary(sample_summary: Summary) -> None:
    result = run_module("summary", "--sample")
    assert result.returncode == 0, result.stderr
    assert body(result.stdout.decode("utf-8")) == render(sample_summary) + "\n"


def test_python_m_writes_utf8_where_the_terminal_cannot_write_chinese() -> None:
    result = run_module("summary", "--sample", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert "儿童总数：142 名" in result.stdout.decode("utf-8")


def test_python_m_json_is_utf8_whatever_the_terminal(sample_summary: Summary) -> None:
    result = run_module("summary", "--sample", "--format", "json", env={"PYTHONIOENCODING": "gbk"})
    assert result.returncode == 0, result.stderr
    assert lb.from_json(result.stdout, Summary) == labelled(sample_summary)


def test_python_m_reads_standard_input(sample: Register, sample_summary: Summary) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "left_behind", "summary", "-", "--on", "2026-09-01"],
        input=lb.to_json(sample).encode("utf-8"),
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert body(result.stdout.decode("utf-8")) == render(sample_summary) + "\n"


def test_python_m_bad_file_and_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"children": [{"id": 7}]}', encoding="utf-8")
    result = run_module("summary", str(path), "--lang", "en")
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2
    assert f"{path}: $.children[0].id: expected a string, got an integer" in err
    assert "Traceback" not in err
    result = run_module("summary", "--sample", "--on", "2026-9-1")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr.decode("utf-8")


# --- the figures --------------------------------------------------------------------


def child(
    birth: dt.date,
    *,
    child_id: str = "c-1",
    stage: SchoolStage = SchoolStage.PRIMARY_1,
    care: tuple[CareArrangement, ...] = (),
) -> Child:
    return Child(
        id=child_id,
        name="测试",
        sex=Sex.FEMALE,
        birth_date=birth,
        county="示例县",
        township="示例镇",
        village="示例村",
        stage=stage,
        care=care,
    )


def check_consistent(s: Summary) -> None:
    """What every summary holds, whatever the register."""
    breakdowns = (s.by_status, s.by_guardianship, s.by_age_band, s.by_stage)
    for rows in breakdowns:
        assert sum(r.count for r in rows) == s.total
        assert all(r.percent == percent_of(r.count, s.total) for r in rows)
        if s.total:
            nonzero = sum(1 for r in rows if r.count)
            assert abs(sum(r.percent for r in rows) - 100) <= 0.05 * nonzero + 1e-9
        else:
            assert all(r.percent == 0.0 for r in rows)
    assert [r.status for r in s.by_status] == list(ChildStatus)
    assert [r.guardianship for r in s.by_guardianship] == [*GuardianshipType, None]
    bands = [r.band for r in s.by_age_band]
    assert bands in (list(AgeBand)[:4], list(AgeBand))
    assert [r.stage for r in s.by_stage] == list(SchoolStage)


def test_sample_figures_add_up(sample: Register, sample_summary: Summary) -> None:
    s = sample_summary
    check_consistent(s)
    assert (s.register, s.on, s.total, s.born_after) == ("石村儿童快乐家园", ON, 142, 0)
    assert s.count(AgeBand.AGE_18_PLUS) == 0
    assert len(s.by_age_band) == 4  # no adults in the sample: no 18+ row
    statuses = [lb.classify(c, on=ON).status for c in sample.children]
    for status in ChildStatus:
        assert s.count(status) == statuses.count(status)
    # the reports' mix: most live with grandparents, about a third with one parent
    grandparents = s.count(GuardianshipType.PATERNAL_GRANDPARENTS) + s.count(
        GuardianshipType.MATERNAL_GRANDPARENTS
    )
    assert 0.45 < grandparents / s.total < 0.75
    assert s.count(ChildStatus.DE_FACTO_UNSUPPORTED) >= 1


def test_sample_summary_round_trips_as_json(sample_summary: Summary) -> None:
    for style in ("snake", "camel"):
        text = lb.to_json(sample_summary, style=style)
        assert lb.from_json(text, Summary, style=style) == sample_summary


@pytest.mark.parametrize(
    ("years", "before", "day_after"),
    [
        (6, AgeBand.AGE_0_5, AgeBand.AGE_6_13),
        (14, AgeBand.AGE_6_13, AgeBand.AGE_14_15),
        (16, AgeBand.AGE_14_15, AgeBand.AGE_16_17),
        (18, AgeBand.AGE_16_17, AgeBand.AGE_18_PLUS),
    ],
)
def test_age_bands_change_the_day_after_the_birthday(
    years: int, before: AgeBand, day_after: AgeBand
) -> None:
    birth = dt.date(2010, 9, 1)
    register = Register(children=[child(birth)])
    birthday = lb.model.birthday_in(birth, years)
    on_day = summarize(register, on=birthday)
    after = summarize(register, on=birthday + dt.timedelta(days=1))
    assert summarize(register, on=birthday - dt.timedelta(days=1)).count(before) == 1
    assert on_day.count(before) == 1  # 周岁 count from the day after the birthday
    assert after.count(day_after) == 1
    check_consistent(on_day)
    check_consistent(after)


def test_the_18_plus_band_appears_only_with_adults() -> None:
    birth = dt.date(2008, 9, 1)
    register = Register(children=[child(birth)])
    minor = summarize(register, on=dt.date(2026, 9, 1))  # the 18th birthday: still 17
    assert AgeBand.AGE_18_PLUS not in [r.band for r in minor.by_age_band]
    adult = summarize(register, on=dt.date(2026, 9, 2))
    assert [r.band for r in adult.by_age_band][-1] is AgeBand.AGE_18_PLUS
    assert adult.percent(AgeBand.AGE_18_PLUS) == 100.0


def test_a_leapling_turns_14_on_1_march() -> None:
    # Civil Code art. 202: the birthday is 28 February in a common year; 14 from the day after
    register = Register(children=[child(dt.date(2012, 2, 29))])
    assert summarize(register, on=dt.date(2026, 2, 28)).count(AgeBand.AGE_6_13) == 1
    assert summarize(register, on=dt.date(2026, 3, 1)).count(AgeBand.AGE_14_15) == 1


def test_children_without_an_arrangement_are_counted_as_such() -> None:
    arranged = (
        CareArrangement(guardianship=GuardianshipType.BOTH_PARENTS, since=dt.date(2020, 1, 1)),
    )
    register = Register(
        children=[
            child(dt.date(2015, 1, 1), child_id="none"),
            child(dt.date(2015, 1, 1), child_id="later", care=arranged),
        ]
    )
    before = summarize(register, on=dt.date(2019, 12, 31))
    after = summarize(register, on=dt.date(2020, 1, 1))
    assert before.no_arrangement == 2
    assert before.by_guardianship[-1].percent == 100.0
    assert (after.no_arrangement, after.count(GuardianshipType.BOTH_PARENTS)) == (1, 1)
    check_consistent(before)
    check_consistent(after)


def test_children_born_after_the_date_are_left_out() -> None:
    register = Register(
        children=[
            child(dt.date(2020, 5, 1), child_id="a"),
            child(dt.date(2024, 5, 1), child_id="b"),
        ]
    )
    s = summarize(register, on=dt.date(2024, 4, 30))
    assert (s.total, s.born_after) == (1, 1)
    check_consistent(s)
    assert "另有 1 名儿童在统计日期后出生" in render(s)
    born = summarize(register, on=dt.date(2024, 5, 1))
    assert (born.total, born.born_after) == (2, 0)


def test_an_empty_register() -> None:
    s = summarize(Register(), on=ON)
    check_consistent(s)
    assert s.total == 0
    assert "儿童总数：0 名" in render(s)
    assert "Children: 0" in render(s, "en")


def test_a_summary_that_does_not_add_up_is_invalid(sample_summary: Summary) -> None:
    data = lb.to_dict(sample_summary)
    data["total"] += 1
    with pytest.raises(InvalidData) as err:
        lb.from_dict(data, Summary)
    assert {p.path for p in err.value.problems} == {
        "$.by_status",
        "$.by_guardianship",
        "$.by_age_band",
        "$.by_stage",
    }
    data = lb.to_dict(sample_summary)
    data["by_stage"][0]["count"] = -1
    with pytest.raises(InvalidData):
        lb.from_dict(data, Summary)


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_a_percentage_that_contradicts_its_count_is_invalid(
    sample_summary: Summary, style: str
) -> None:
    data = lb.to_dict(sample_summary, style=style)  # type: ignore[arg-type]
    rows = data["by_status" if style == "snake" else "byStatus"]
    rows[0]["percent"] = round(rows[0]["percent"] + 0.1, 1)
    rows[1]["percent"] = 100.0
    with pytest.raises(InvalidData) as err:
        lb.from_json(json.dumps(data), Summary, style=style)  # type: ignore[arg-type]
    by_status = "by_status" if style == "snake" else "byStatus"
    assert [(p.path, p.code) for p in err.value.problems] == [
        (f"$.{by_status}[0].percent", "inconsistent"),
        (f"$.{by_status}[1].percent", "inconsistent"),
    ]
    message = err.value.problems[0].message("en")
    assert f"is {sample_summary.by_status[0].percent} percent" in message


def test_a_summary_of_nobody_has_only_zero_percentages() -> None:
    data = lb.to_dict(summarize(Register(), on=ON))
    data["by_stage"][0]["percent"] = 100.0
    with pytest.raises(InvalidData) as err:
        lb.from_dict(data, Summary)
    assert [p.path for p in err.value.problems] == ["$.by_stage[0].percent"]


def test_percentages_are_rounded_half_up() -> None:
    assert percent_of(1, 8) == 12.5
    assert percent_of(1, 16) == 6.3  # 6.25: half up, where round() would give 6.2
    assert percent_of(1, 3) == 33.3
    assert percent_of(2, 3) == 66.7
    assert percent_of(142, 142) == 100.0
    assert percent_of(0, 0) == 0.0


def test_render_lines_up_in_a_terminal(sample_summary: Summary) -> None:
    for lang in ("zh", "en"):
        text = render(sample_summary, lang=lang)
        lines = text.splitlines()
        assert all(line == line.rstrip() for line in lines)
        tables = [b.splitlines() for b in text.split("\n\n")[1:]]
        assert len(tables) == 4
        widths = {text_width(line) for table in tables for line in table}
        assert len(widths) == 1, widths


def test_render_rejects_an_unknown_language(sample_summary: Summary) -> None:
    with pytest.raises(ValueError, match="lang"):
        render(sample_summary, lang="fr")  # type: ignore[arg-type]


_SITUATIONS = st.sampled_from(
    ["working_away", "at_home", "imprisoned", "deceased", "out_of_contact"]
)


@settings(max_examples=examples(0.4))
@given(
    families=st.lists(st.tuples(_SITUATIONS, _SITUATIONS, st.integers(0, 19)), max_size=25),
    days=st.integers(-3000, 3000),
)
def test_any_register_adds_up(families: list[tuple[str, str, int]], days: int) -> None:
    register = Register(
        children=[
            samples.family(father=f, mother=m, age=age, child_id=f"c-{i}")
            for i, (f, m, age) in enumerate(families)
        ]
    )
    on = ON + dt.timedelta(days=days)
    s = summarize(register, on=on)
    check_consistent(s)
    assert s.total + s.born_after == len(register.children)
    assert lb.from_json(lb.to_json(s), Summary) == s
