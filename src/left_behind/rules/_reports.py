"""The mandatory report to the police: GF16 part III (1), MPL art. 11.

Whoever finds a left-behind child living alone, missing, without a guardian
able or willing to care, or suspected of being harmed reports it to the
police at once; the register records when each situation was found and when
it was reported. A situation the register itself shows (a child under 16
living alone, as ``MPL-21-living-alone`` finds it) needs a report event: none
recorded is an error at once, and a recorded one not yet reported is an
error from the day after its discovery.
"""

from __future__ import annotations

from collections.abc import Iterator

from left_behind.kinds import Text
from left_behind.law import ALONE_UNDER, GF16, zh_numeral
from left_behind.model import Child, ReportKind
from left_behind.rules._care import alone_report, left_alone
from left_behind.rules._findings import Severity
from left_behind.rules._registry import CHILD_SUBJECT, Context, Hit

__all__ = ["report_overdue"]


@CHILD_SUBJECT.rule(
    id="GF16-report",
    dated=True,
    severity=Severity.ERROR,
    source=GF16.source("III(1)"),
    title=Text(
        "发现留守儿童脱离监护单独居住、失踪、监护缺失或疑似受侵害的，应第一时间向公安机关报告",
        "living alone, missing, guardian unable or failing, suspected harm: report to the"
        " police at once",
    ),
)
def report_overdue(child: Child, context: Context) -> Iterator[Hit]:
    """A situation the register shows with no report recorded, or one discovered before
    today and not yet reported to the police."""
    if context.age < ALONE_UNDER:
        where = left_alone(child, context)
        if where is not None and alone_report(child, context) is None:
            kind = ReportKind.LIVING_ALONE
            yield Hit(
                path="$.reports",
                zh=f"未满{zh_numeral(ALONE_UNDER)}周岁，{where.zh}，属于“{kind.label()}”，须第一时间向公安机关报告，"
                "但未登记报告。应立即报告，并登记报告事件（发现和报告日期）。",
                en=f"is under {ALONE_UNDER} and {where.en}, which is '{kind.label('en')}' and"
                " must be reported to the police at once, and no report is recorded. Report it"
                " now and record the report event (the days found and reported).",
            )
    for i, event in enumerate(child.reports):
        # a report made after the check's date was still outstanding on it
        unreported = event.reported_on is None or event.reported_on > context.on
        if unreported and context.on > event.discovered_on:
            late = (context.on - event.discovered_on).days
            yield Hit(
                path=f"$.reports[{i}].reported_on",
                zh=f"{event.discovered_on} 发现“{event.kind.label()}”，{late} 天后仍未向公安机关"
                "报告。应立即报告，并记录报告日期。",
                en=f"'{event.kind.label('en')}' was discovered on {event.discovered_on} and is"
                f" still not reported to the police {late} day{'s' if late > 1 else ''} later."
                " Report it now and record the date.",
                due=event.discovered_on,
            )
