"""Speakers' labels in broadcast transcripts (generator.turns)."""

from __future__ import annotations

import pytest

from generator.turns import label_view

TURNS = (
    "JOHN VAUSE, CNN ANCHOR: Hello, and welcome to our viewers.",
    "PAULA HANCOCKS, CNN CORRESPONDENT: Well, John, it is a big deal.",
    "KIM YOU-GEUN, DEPUTY DIRECTOR, NATIONAL SECURITY OFFICE (through translator): The government has concluded it.",
    "HANCOCKS: Now Seoul says the change is significant.",
    "MIKE POMPEO, U.S. SECRETARY OF STATE: We're disappointed.",
    "This all goes back to last year, John.",
)


def known(word: str) -> bool:
    return word == "CNN"


def test_a_transcript_s_labels_are_written_as_names():
    assert label_view(TURNS, known) == (
        "John Vause, CNN Anchor: Hello, and welcome to our viewers.",
        "Paula Hancocks, CNN Correspondent: Well, John, it is a big deal.",
        "Kim You-Geun, Deputy Director, National Security Office (through translator): The government has concluded it.",
        "Hancocks: Now Seoul says the change is significant.",
        "Mike Pompeo, U.S. Secretary of State: We're disappointed.",
        "This all goes back to last year, John.",
    )


def test_every_offset_is_kept():
    assert [len(text) for text in label_view(TURNS, known)] == [len(text) for text in TURNS]


@pytest.mark.parametrize("paragraphs", [
    # one label is a dateline, not a transcript
    ("SEOUL: South Korea said on Friday it would keep the pact.", "The decision came hours before it lapsed."),
    # words in capitals with no turn after them: headings
    ("FLASH: SOUTH KOREA SAYS IT WILL SUSPEND EXPIRY", "ANALYST: SEOUL HAS BOXED ITSELF IN"),
    # labels of no speaker, none giving what its speaker is
    ('BREAKING NEWS: "We will keep the pact for now," a presidential official told reporters.',
     "LATEST UPDATE: Japan welcomed the decision, officials said."),
])
def test_no_transcript_no_change(paragraphs):
    assert label_view(paragraphs, known) == paragraphs


def test_a_label_naming_no_speaker_labelled_in_full_stays_as_it_is():
    view = label_view((
        "JOHN VAUSE, CNN ANCHOR: Protesters have been out in Seoul again tonight.",
        "UNIDENTIFIED MALE: We will never forgive Japan for this.",
        "VAUSE: Paula Hancocks is in Seoul for us.",
    ), known)
    assert view[1:] == ("UNIDENTIFIED MALE: We will never forgive Japan for this.",
                        "Vause: Paula Hancocks is in Seoul for us.")


def test_a_label_alone_on_its_line_and_titled_labels_are_written_as_names():
    view = label_view((
        "STEVE INSKEEP, HOST:",
        "A quarrel between two of America's closest allies in Asia has spilled over into security.",
        "INSKEEP: What exactly did Seoul decide?",
        "SEN. CORY GARDNER (R-COLO.): This hearing will come to order.",
        "SEN. GARDNER: Senator Markey, you're recognized.",
        "MS ORTAGUS: Good afternoon, everyone.",
    ), known)
    assert view == (
        "Steve Inskeep, Host:",
        "A quarrel between two of America's closest allies in Asia has spilled over into security.",
        "Inskeep: What exactly did Seoul decide?",
        "Sen. Cory Gardner (R-COLO.): This hearing will come to order.",
        "Sen. Gardner: Senator Markey, you're recognized.",
        "Ms Ortagus: Good afternoon, everyone.",
    )


def test_a_name_alone_labelling_two_turns_is_a_name_and_a_label_of_no_one_is_not():
    view = label_view((
        "SABRA LANE: Australia's Defence Minister has added her voice to the calls.",
        "UNIDENTIFIED MALE: We will never forgive Japan for this.",
        "UNIDENTIFIED MALE: Never.",
        "SABRA LANE: And a spokesperson for Prime Minister Shinzo Abe says Tokyo's position has not changed.",
    ), known)
    assert [text.split(":")[0] for text in view] == ["Sabra Lane", "UNIDENTIFIED MALE", "UNIDENTIFIED MALE",
                                                       "Sabra Lane"]
