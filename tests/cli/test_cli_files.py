"""``left-behind sample``, ``template`` and ``schema``: files to start from and to check against."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import left_behind as lb
from left_behind.cli import main


def run_main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("style", ["snake", "camel"])
def test_sample_writes_the_sample_register(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, style: str
) -> None:
    path = tmp_path / "register.json"
    assert run_main(capsys, "sample", str(path), "--style", style) == (0, "", "")
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert lb.from_json(text, lb.Register, style=style) == lb.samples.shicun()  # type: ignore[arg-type]
    # and the other commands read it as written
    status, out, _ = run_main(capsys, "summary", str(path), "--style", style, "--on", "2026-09-01")
    assert status == 0 and "142" in out


@pytest.mark.parametrize(
    ("document", "cls", "made"),
    [
        ("register", lb.Register, lambda: lb.samples.template()),
        ("child", lb.Child, lambda: lb.samples.template().children[0]),
        ("policy", lb.Policy, lambda: lb.Policy()),
    ],
)
@pytest.mark.parametrize("style", ["snake", "camel"])
def test_template_writes_a_document_to_fill_in(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    document: str,
    cls: type,
    made: object,
    style: str,
) -> None:
    path = tmp_path / f"{document}.json"
    status = main(["template", str(path), "--document", document, "--style", style])
    assert status == 0
    loaded = lb.from_json(path.read_bytes(), cls, style=style)  # type: ignore[arg-type]
    assert loaded == made()  # type: ignore[operator]
    data = json.loads(path.read_text(encoding="utf-8"))
    schema = lb.json_schema(cls, style=style)  # type: ignore[arg-type]
    jsonschema.Draft202012Validator(schema).validate(data)


def test_the_register_template_shows_every_key_of_a_child(tmp_path: Path) -> None:
    path = tmp_path / "register.json"
    assert main(["template", str(path)]) == 0
    child = json.loads(path.read_text(encoding="utf-8"))["children"][0]
    assert list(child) == [a for a in lb.json_schema(lb.Child)["$defs"]["Child"]["properties"]]
    # no child of the sample has more values filled in, rather than left at their defaults

    def filled(data: dict[str, object]) -> int:
        return sum(v not in (None, [], "") for v in data.values())

    sample = [lb.to_dict(c) for c in lb.samples.shicun().children]
    assert filled(child) == max(filled(c) for c in sample)
    assert filled(child) > len(child) // 2


def test_an_existing_file_is_not_replaced_without_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "register.json"
    path.write_text("my register", encoding="utf-8")
    status, _, err = run_main(capsys, "template", str(path))
    assert status == 2
    assert f"{path}: the file exists already: give --force" in err
    assert path.read_text(encoding="utf-8") == "my register"
    assert run_main(capsys, "template", str(path), "--force")[0] == 0
    assert lb.from_json(path.read_bytes(), lb.Register) == lb.samples.template()


def test_a_file_that_cannot_be_written_is_a_problem_not_a_crash(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "no such folder" / "register.json"
    status, _, err = run_main(capsys, "sample", str(path))
    assert status == 2
    assert err.startswith(f"{path}: cannot write the file: ")
    assert "Traceback" not in err


def test_a_dash_writes_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(capsys, "template", "-", "--document", "policy")
    assert status == 0
    assert lb.from_json(out, lb.Policy) == lb.Policy()


@pytest.mark.parametrize("style", ["snake", "camel"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_schema_prints_the_schema_of_a_register(
    capsys: pytest.CaptureFixture[str], style: str, lang: str
) -> None:
    status, out, _ = run_main(capsys, "schema", "--style", style, "--lang", lang)
    assert status == 0
    assert json.loads(out) == lb.json_schema(lb.Register, style=style, lang=lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name", ["child", "Child", "contact_event", "contact-event", "ContactEvent"]
)
def test_schema_of_a_record_by_its_name(capsys: pytest.CaptureFixture[str], name: str) -> None:
    status, out, _ = run_main(capsys, "schema", name)
    assert status == 0
    assert json.loads(out)["title"] == ("Child" if "hild" in name else "ContactEvent")


def test_schema_of_an_unknown_record(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run_main(capsys, "schema", "nonesuch")
    assert status == 2
    assert "no record called 'nonesuch'" in err and "contact_event" in err


def test_schema_labels_and_reference(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, _ = run_main(capsys, "schema", "--labels")
    assert status == 0 and json.loads(out) == lb.io.label_tables()
    path = tmp_path / "file-format.md"
    status, out, _ = run_main(capsys, "schema", "--reference", "--output", str(path))
    assert (status, out) == (0, "")
    assert path.read_text(encoding="utf-8") == lb.io.file_format_reference()


def _classes_in(obj: object) -> set[type]:
    """Every record class with at least one record in ``obj``, at any depth."""
    import attrs

    found: set[type] = set()
    if attrs.has(type(obj)):
        found.add(type(obj))
        for a in attrs.fields(type(obj)):
            found |= _classes_in(getattr(obj, a.name))
    elif isinstance(obj, (tuple, frozenset)):
        for item in obj:
            found |= _classes_in(item)
    return found


def test_the_home_template_holds_one_record_of_every_kind_a_home_keeps() -> None:
    from left_behind.io import records_inside

    made = lb.samples.home_template()
    missing = {cls.__name__ for cls in records_inside(lb.Home)} - {
        cls.__name__ for cls in _classes_in(made)
    }
    assert not missing, f"the home template has no record of: {sorted(missing)}"
    # around a child who is left-behind, with a short log of the parents' contacts
    on = lb.samples.REFERENCE_DATE
    child = made.children[0]
    assert lb.classify(child, on=on).status is lb.model.ChildStatus.LEFT_BEHIND
    assert 0 < len(child.contacts) <= 5
    # one record of each kind, not the sample's hundreds
    assert len(made.children) < 10 and len(made.visits) == 1


@pytest.mark.parametrize("command", ["sample", "template"])
def test_a_home_file_written_is_read_by_every_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    path = tmp_path / "home.json"
    assert run_main(capsys, command, str(path), "--document", "home") == (0, "", "")
    made = lb.from_json(path.read_bytes(), lb.Home)
    assert made == (lb.samples.home() if command == "sample" else lb.samples.home_template())
    on = "2026-09-01"
    for argv in (
        ["check"],
        ["summary"],
        ["due"],
        ["pair"],
        ["calls"],
        ["volunteers"],
        ["plan", "--from", "2026-09-07", "--to", "2026-09-13"],
    ):
        status, out, err = run_main(capsys, *argv, str(path), "--on", on, "--lang", "en")
        assert status in (0, 1) and err == "", argv
        first = "As on 2026-09-07 (the plan's first day)" if argv[0] == "plan" else f"As on {on}"
        assert out.startswith(first), argv
    # the volunteers, pairings and programmes are there to be shown
    _, out, _ = run_main(capsys, "volunteers", str(path), "--on", on, "--lang", "en")
    assert f"Volunteers on {on}: {len(made.volunteers)}" in out


def test_a_child_or_a_policy_given_as_a_register_is_named_for_what_it_is(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    child, policy = tmp_path / "child.json", tmp_path / "policy.json"
    assert main(["template", str(child), "--document", "child", "--style", "camel"]) == 0
    assert main(["template", str(policy), "--document", "policy"]) == 0
    capsys.readouterr()
    status, out, err = run_main(capsys, "pair", str(child), "--lang", "en")
    assert (status, out) == (2, "")
    assert err == f'{child}: this is a child, not a register: wrap it as {{"children": [...]}}\n'
    status, _, err = run_main(capsys, "calls", str(policy))
    assert status == 2 and err.count("\n") == 1
    assert "Policy" in err and "不是登记册" in err
    # check takes one child's file as a register of that child
    status, out, _ = run_main(capsys, "check", str(child), "--on", "2026-09-01", "--lang", "en")
    assert status in (0, 1) and out.startswith("As on 2026-09-01 (given by --on)\n")


def test_the_date_used_is_said_and_adults_are_warned_of(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = run_main(capsys, "summary", "--sample", "--lang", "en")
    assert out.startswith("As on 2026-09-01 (the sample's date)\n") and err == ""
    path = tmp_path / "register.json"
    assert main(["sample", str(path)]) == 0
    capsys.readouterr()
    status, out, err = run_main(capsys, "summary", str(path))
    assert out.startswith(f"日期：{lb.cli._common.today()}（今天）\n")
    # read twenty years on, every child of the sample is an adult: the date is likely wrong
    status, out, err = run_main(capsys, "summary", str(path), "--on", "2046-09-01", "--lang", "en")
    assert status == 0
    assert err == (
        "warning: on 2046-09-01, 142 of the register's people are 18 or over"
        " (is the date right? --on gives another)\n"
    )
