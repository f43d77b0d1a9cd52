"""The fact sheet YAML: round trip, the contract's field order, and errors that name the field."""
from __future__ import annotations

import pytest
import yaml

from generator.factsheet import (
    Dispute,
    FactSheet,
    FactSheetError,
    Person,
    Role,
    Statement,
    Where,
    dumps,
    loads,
)

SHEET = FactSheet(
    id="kremlin-reacts", title="Kremlin Reacts to Report Trump Told Allies Putin Is 'Winning'",
    source="seeds/000.txt", date="2025-05-22", source_sha256="abc", extractor="0.1.0",
    people=(Person(id="dmitry-peskov", name="Dmitry Peskov", aliases=("Peskov",),
                   roles=(Role("spokesman", "Kremlin"),), where=Where(3, 0)),
            Person(id="no", name="no", aliases=("~", ": ", "---", "null"))),
    statements=(Statement(speaker="dmitry-peskov", speaker_text="Kremlin spokesman Dmitry Peskov",
                          kind="direct", cue="stating", text="We know what Trump said. \"Yes\": no #1",
                          where=Where(3, 0)),
                Statement(speaker=None, speaker_text="One participant", kind="indirect", cue="told",
                          text="Trump opened the call", confidence="low")),
    disputes=(Dispute(by="dmitry-peskov", by_text="Dmitry Peskov", target=None, target_text="the reports",
                      cue="dismissed", text="Peskov dismissed the reports."),),
    topics=("Kremlin", "Russia"),
    paragraphs=("First paragraph.", "yes"),
)


def test_round_trip_is_exact():
    text = dumps(SHEET)
    assert loads(text) == SHEET
    assert dumps(loads(text)) == text


def test_contract_fields_come_first_and_yaml_specials_stay_strings():
    data = yaml.safe_load(dumps(SHEET))
    assert list(data)[:6] == ["schema", "id", "title", "source", "date", "url"]
    assert data["schema"] == 1
    assert data["people"][1]["aliases"] == ["~", ": ", "---", "null"]
    assert data["people"][1]["name"] == "no"
    assert data["paragraphs"][1] == "yes"
    assert data["statements"][1]["speaker"] is None


@pytest.mark.parametrize("change, message", [
    (lambda d: d.pop("id"), "field id is missing"),
    (lambda d: d.update(schema=2), "field schema must be 1"),
    (lambda d: d["statements"][0].update(kind="quoted"), r"field statements\[0\]\.kind must be one of"),
    (lambda d: d["people"][0]["roles"][0].pop("title"), r"field people\[0\]\.roles\[0\]\.title is missing"),
    (lambda d: d.update(people={"a": 1}), "field people must be a list"),
])
def test_errors_name_the_file_and_the_field(change, message):
    data = yaml.safe_load(dumps(SHEET))
    change(data)
    with pytest.raises(FactSheetError, match=f"^sheet.yml: {message}"):
        loads(yaml.safe_dump(data), "sheet.yml")


def test_not_yaml_or_not_a_mapping():
    with pytest.raises(FactSheetError, match=r"^x.yml: not valid YAML \(line \d+: "):
        loads("a: [b", "x.yml")
    with pytest.raises(FactSheetError, match="^x.yml: the file must be a mapping"):
        loads("- a\n", "x.yml")
