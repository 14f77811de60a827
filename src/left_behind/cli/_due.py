"""``left-behind due``: what falls due or is overdue in a home this week, for whom."""

from __future__ import annotations

import argparse

from left_behind.cli._common import (
    FINDINGS,
    OK,
    add_policy_argument,
    add_register_arguments,
    date_line,
    exit_words,
    load_register,
    on_default_words,
    output_style,
    parse_int,
    read_policy,
    usage_error,
    write,
    write_json,
)
from left_behind.cli._lang import say, words
from left_behind.kinds import Text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing at start-up

if TYPE_CHECKING:
    from left_behind.cli._common import Commands

__all__ = ["register", "run"]

_DESCRIPTION = Text(
    """\
列出家园从某日到时间窗结束时到期或逾期的每件事：走访、跟进任务、结对会面、背景
审查、给学校和村里的通知、同意书、向公安机关的报告、父母的联系，以及没有带领人的
活动。每行写出到期日、逾期几天（或还剩几天）、为谁、做什么、为什么。

家园是 left_behind.to_json 写出的 JSON 文件（FILE，或 - 表示标准输入），或用
--sample 使用合成的示例家园。
""",
    """\
List everything that falls due or is overdue in a home from a day to the
end of a window: visits, follow-up tasks, pairing meetings, background
checks, notices to the school and the village, consents, reports to the
police, parents' contacts, and the sessions without a facilitator. Each
line gives the due day, how late (or the days left), for whom, what and why.

The home is a JSON file as written by left_behind.to_json (FILE, or - for
standard input), or the synthetic sample home with --sample.
""",
)

_EPILOG = Text(
    """\
时间窗是从 --on 起的 --within 天（7：从星期一起的一周即该星期一到星期日）；
在此之前已到期的事也会列出，排在最前。

--for 只保留某一个人的事：记录中写明的负责人（任务的承办人、结对的帮扶人、本人的
审查），否则为家园的儿童主任。--format json 按 left_behind.to_json 的方式写出。
""",
    """\
The window is the --within days from --on (7: a week from a Monday is that
Monday to the Sunday); what was due before it is listed too, first.

--for keeps the items for one person: the one a record names as
responsible (a task's assignee, a pairing's mentor, a person's own check),
else the home's children's director. --format json writes the agenda as
left_behind.to_json does.
""",
)

_OVERDUE = Text(
    f"{FINDINGS} 至少有一件事已逾期（没有则为 {OK}）。",
    f"{FINDINGS} at least one item is overdue ({OK} when none is).",
)


def register(commands: Commands) -> None:
    """Add the ``due`` subcommand to the command line."""
    parser = commands.add_parser(
        "due",
        description=say(_DESCRIPTION),
        epilog=on_default_words() + "\n\n" + say(_EPILOG) + "\n" + exit_words(_OVERDUE),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_register_arguments(
        parser,
        on_help=words(
            "时间窗的第一天（默认值见下）", "the window's first day (see below for the default)"
        ),
    )
    parser.add_argument(
        "--within",
        type=parse_int(1, 3650),
        default=7,
        metavar="DAYS",
        help=words("时间窗的天数（默认：7）", "the window's length in days (default: 7)"),
    )
    parser.add_argument(
        "--for",
        dest="person",
        metavar="PERSON",
        help=words("只列出这个人（按其 id）的事", "only the items for this person's id"),
    )
    add_policy_argument(parser)
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    """List what ``args`` asks for."""
    from left_behind.agenda import due, render_agenda
    from left_behind.io import to_dict

    policy = read_policy(args)
    home, on = load_register(args)
    try:
        agenda = due(home, on=on, within=args.within, policy=policy)
    except ValueError as e:  # a window past the calendar's last days
        args.parser.error(str(e))
    if args.person is not None:
        known = {p.id for p in (*home.staff, *home.volunteers)}
        if args.person not in known:
            # an empty list would read as "nothing to do": say the id names nobody
            usage_error(
                args,
                Text(
                    f"--for：没有 id 为 {args.person!r} 的工作人员或志愿者",
                    f"--for: no member of staff or volunteer has the id {args.person!r}",
                ),
            )
        agenda = agenda.for_person(args.person)
    if args.format == "json":
        write_json(to_dict(agenda, style=output_style(args)))
    else:
        write(date_line(args, on) + "\n" + render_agenda(agenda, lang=args.lang, title=home.name))
    return FINDINGS if agenda.overdue else OK
