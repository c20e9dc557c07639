"""The agenda members read: standing items around the meeting's own, items not reached carried
over with where they came from and how long they have waited, proposals hidden."""

from __future__ import annotations

import datetime as dt

from tests.digest_fixtures import d, workbook
from tovholder.jobs.digests.agenda import build_agenda, carried_over, meeting_on
from tovholder.jobs.digests.digests import standard_agenda

MAY, AUG, NOV, FEB = dt.date(2025, 5, 14), dt.date(2025, 8, 20), dt.date(2025, 11, 12), \
    dt.date(2026, 2, 11)


def meetings(*days: dt.date, cancelled: tuple[dt.date, ...] = ()) -> list[dict[str, str]]:
    return [{"date": d(x), "start": "9.30", "end": "12", "place": "Vejle Rådhus",
             "status": "aflyst" if x in cancelled else "planlagt"} for x in days]


def item(day: dt.date, no: str, title: str, status: str = "planlagt", **more: str
         ) -> dict[str, str]:
    return {"meeting": d(day), "no": no, "title": title, "status": status, **more}


def titles(lines) -> list[str]:
    return [line.title for line in lines]


def test_standard_items_are_placed_around_the_meetings_own_items_and_numbered():
    wb = workbook(meetings=meetings(MAY, AUG), agenda=[
        item(AUG, "2", "IE-direktivet"), item(AUG, "1", "PFAS i overfladevand",
                                               responsible="Mette Lindholt")])
    lines = build_agenda(wb, meeting_on(wb, AUG), standard_agenda("da"))
    assert titles(lines) == ["Velkomst", "Godkendelse af dagsorden", "Nyt fra medlemmerne",
                             "Opfølgning på seneste møde", "PFAS i overfladevand", "IE-direktivet",
                             "Bordet rundt", "Punkter til næste møde", "Eventuelt"]
    assert [line.number for line in lines] == list(range(1, 10))
    assert lines[4].responsible == "Mette Lindholt" and not lines[4].standing
    assert lines[0].standing and lines[-1].standing


def test_item_not_reached_is_carried_over_marked_with_its_meeting_and_meetings_waited():
    wb = workbook(meetings=meetings(MAY, AUG, NOV), agenda=[
        item(MAY, "3", "Støj fra varmepumper", "ikke nået"), item(AUG, "1", "Power-to-X"),
        item(NOV, "1", "Klimatilpasning")])
    aug = build_agenda(wb, meeting_on(wb, AUG), ["*"])
    assert titles(aug) == ["Støj fra varmepumper", "Power-to-X"]
    assert (aug[0].postponed_from, aug[0].waited) == (MAY, 1)
    nov = build_agenda(wb, meeting_on(wb, NOV), ["*"])  # still not marked done: it waits on
    assert titles(nov) == ["Støj fra varmepumper", "Klimatilpasning"]
    assert (nov[0].postponed_from, nov[0].waited) == (MAY, 2)


def test_carried_item_stops_once_the_chair_gives_it_another_status():
    wb = workbook(meetings=meetings(MAY, AUG), agenda=[
        item(MAY, "3", "Støj fra varmepumper", "behandlet"), item(AUG, "1", "Power-to-X")])
    assert carried_over(wb, AUG) == []


def test_cancelled_meetings_do_not_count_as_meetings_waited():
    wb = workbook(meetings=meetings(MAY, AUG, NOV, cancelled=(AUG,)),
                  agenda=[item(MAY, "3", "Støj fra varmepumper", "ikke nået")])
    [(found, waited)] = carried_over(wb, NOV)
    assert (found.title, waited) == ("Støj fra varmepumper", 1)


def test_an_item_the_chair_copied_anyway_appears_once_marked_postponed():
    wb = workbook(meetings=meetings(MAY, AUG), agenda=[
        item(MAY, "3", "Støj fra varmepumper", "ikke nået"),
        item(AUG, "2", "Støj fra  Varmepumper", responsible="Rasmus Holmgaard"),
        item(AUG, "1", "Power-to-X")])
    lines = build_agenda(wb, meeting_on(wb, AUG), ["*"])
    assert titles(lines) == ["Power-to-X", "Støj fra  Varmepumper"]
    assert lines[1].postponed_from == MAY and lines[1].responsible == "Rasmus Holmgaard"


def test_an_item_not_reached_twice_counts_from_the_first_time():
    wb = workbook(meetings=meetings(MAY, AUG, NOV), agenda=[
        item(MAY, "3", "Støj", "ikke nået"), item(AUG, "3", "Støj", "ikke nået")])
    [line] = build_agenda(wb, meeting_on(wb, NOV), ["*"])
    assert (line.postponed_from, line.waited) == (MAY, 2)


def test_proposed_and_rejected_items_are_not_shown_to_members():
    wb = workbook(meetings=meetings(AUG), agenda=[
        item(AUG, "1", "Power-to-X"), item(AUG, "2", "Hemmeligt forslag", "foreslået"),
        item(AUG, "3", "Afvist forslag", "afvist")])
    assert titles(build_agenda(wb, meeting_on(wb, AUG), ["*"])) == ["Power-to-X"]


def test_a_standing_item_the_chair_also_listed_appears_once_where_the_chair_put_it():
    wb = workbook(meetings=meetings(AUG), agenda=[
        item(AUG, "1", "Eventuelt"), item(AUG, "2", "Power-to-X")])
    lines = build_agenda(wb, meeting_on(wb, AUG), ["Velkomst", "*", "Eventuelt"])
    assert titles(lines) == ["Velkomst", "Eventuelt", "Power-to-X"]


def test_a_standard_agenda_without_marker_puts_the_meetings_items_last():
    wb = workbook(meetings=meetings(AUG), agenda=[item(AUG, "1", "Power-to-X")])
    lines = build_agenda(wb, meeting_on(wb, AUG), ["Welcome", "Round the table"])
    assert titles(lines) == ["Welcome", "Round the table", "Power-to-X"]


def test_items_of_later_meetings_are_not_carried_backwards():
    wb = workbook(meetings=meetings(AUG, NOV), agenda=[item(NOV, "1", "Senere", "ikke nået")])
    assert carried_over(wb, AUG) == []
    assert carried_over(wb, FEB)[0][1] == 1


def test_an_item_deferred_at_a_meeting_comes_back_on_the_next_agenda():
    wb = workbook(meetings=meetings(MAY, AUG), agenda=[
        item(MAY, "3", "Støj fra varmepumper", "udsat"), item(AUG, "1", "Power-to-X")])
    aug = build_agenda(wb, meeting_on(wb, AUG), ["*"])
    assert titles(aug) == ["Støj fra varmepumper", "Power-to-X"]
    assert (aug[0].postponed_from, aug[0].waited) == (MAY, 1)
