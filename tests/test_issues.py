"""Issue detection: the configured issues of each real article, and the alias forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import GOLD, gold_id
from generator.errors import ConfigError
from generator.evaluate import Counts
from generator.issues import count_mentions, detect_issues, fold
from generator.knowledge import IssueDef, load_knowledge
from generator.models import CleanArticle, Source

KNOWLEDGE = Path(__file__).parent.parent / "knowledge"
ISSUES = load_knowledge(KNOWLEDGE).issues

# Quality floors measured on the gold corpus, rounded down: they only go up.
CORPUS_F1_FLOOR = 0.99
ARTICLE_F1_FLOOR = 0.6


def article(*paragraphs: str, title: str = "") -> CleanArticle:
    return CleanArticle(
        id="a", source=Source(path="a.txt", sha256="0" * 64), title=title, outlet=None,
        published=None, dateline=None, byline=None, paragraphs=paragraphs,
    )


def article_from_file(path: Path) -> CleanArticle:
    """The whole capture as paragraphs: issue detection must not depend on the cleaner."""
    blocks = (" ".join(block.split()) for block in path.read_text(encoding="utf-8").split("\n\n"))
    return article(*(block for block in blocks if block))


def issue_counts(entry: dict) -> Counts:
    found = set(detect_issues(article_from_file(entry["path"]), ISSUES))
    wanted = set(entry["issues"])
    return Counts(tp=len(found & wanted), fp=len(found - wanted), fn=len(wanted - found))


def test_shipped_issues_are_the_five_followed():
    assert [issue.id for issue in ISSUES] == [
        "gsomia", "export-controls", "forced-labor-ruling", "denuclearization",
        "trilateral-cooperation",
    ]


@pytest.mark.parametrize("issue", ISSUES, ids=lambda issue: issue.id)
def test_shipped_issue_is_described(issue: IssueDef):
    assert issue.title and len(issue.aliases) >= 5
    assert issue.description.count(". ") >= 2


@pytest.mark.parametrize("entry", GOLD, ids=gold_id)
def test_issue_set_of_real_article(entry: dict):
    counts = issue_counts(entry)
    assert counts.f1 is not None and counts.f1 >= ARTICLE_F1_FLOOR, counts


def test_issue_f1_over_corpus():
    total = Counts()
    for entry in GOLD:
        total = total + issue_counts(entry)
    assert total.f1 >= CORPUS_F1_FLOOR, total


@pytest.mark.parametrize(
    "entry", [e for e in GOLD if "gsomia" in e["issues"]], ids=gold_id
)
def test_gsomia_found_in_every_gold_gsomia_article(entry: dict):
    assert "gsomia" in detect_issues(article_from_file(entry["path"]), ISSUES)


@pytest.mark.parametrize(
    "entry", [e for e in GOLD if "gsomia" not in e["issues"]], ids=gold_id
)
def test_gsomia_not_found_where_gold_has_none(entry: dict):
    assert "gsomia" not in detect_issues(article_from_file(entry["path"]), ISSUES)


GSOMIA_FORMS = (
    "Seoul will end the General Security of Military Information Agreement.",
    "Seoul will end the GSOMIA with Tokyo.",
    "Seoul will end the Gsomia with Tokyo.",
    "Seoul will end the gsomia with Tokyo.",
    "Seoul will end a military intelligence-sharing pact with Tokyo.",
    "Seoul will end the intel-sharing deal with Tokyo.",
    "Seoul will end the Intel-Sharing Pact with Tokyo.",
    "Seoul will end the intelligence-sharing pact with Tokyo.",
    "Seoul will end the intelligence-sharing deal with Tokyo.",
    "Seoul will end the intelligence-sharing accord with Tokyo.",
    "Seoul will end the intelligence-sharing agreement with Tokyo.",
    "Seoul will end the military information-sharing pact with Tokyo.",
    "Seoul will end the military intelligence sharing agreement with Tokyo.",
    "They differ on the “Japan-Korea Military Intelligence Protection Agreement”.",
    # The Korean press's translation, in either order.
    "Seoul should withdraw its decision to end the Korea-Japan military information protection agreement.",
    "The Korea-Japan Military Intelligence Protection Agreement will lapse.",
    "South Korea will keep its military pact with Japan for now.",
    "Seoul suspended the intelligence-sharing arrangement with Tokyo.",
    "The military information pact expires Saturday.",
    # Hyphen, dash and space variants are one form.
    "Seoul will end the intelligence sharing pact with Tokyo.",
    "Seoul will end the intelligence\u2013sharing pact with Tokyo.",
    "Seoul will end the intel sharing deal with Tokyo.",
    "Seoul will end the intelligence-\nsharing pact with Tokyo.",
)


@pytest.mark.parametrize("sentence", GSOMIA_FORMS)
def test_gsomia_alias_form_recognised(sentence: str):
    assert "gsomia" in detect_issues(article(sentence), ISSUES)


NOT_GSOMIA = (
    "The two countries shared information on the North's missiles.",
    "The two countries signed a pact on fisheries.",
    "Intelligence officials met in Seoul.",
    "The agreement on trade was signed in 2015.",
    "Seoul's military pact with Washington is decades old.",
    "The GSOMIAX project is unrelated.",
)


@pytest.mark.parametrize("sentence", NOT_GSOMIA)
def test_no_gsomia_for_unrelated_words(sentence: str):
    assert "gsomia" not in detect_issues(article(sentence), ISSUES)


@pytest.mark.parametrize(
    ("sentence", "issue_id"),
    [
        ("Japan tightened export controls on three chemicals.", "export-controls"),
        ("Tokyo removed Seoul from its whitelist of trusted partners.", "export-controls"),
        ("The row began with Japan's export curbs.", "export-controls"),
        ("It followed Japan's decision to tighten exports of key chemicals to South Korean companies.",
         "export-controls"),
        ("Japan dropped South Korea from a list of countries with fast-track trade status.", "export-controls"),
        ("Koreans were forced into labor during the war.", "forced-labor-ruling"),
        ("The Supreme Court ruling angered Tokyo.", "forced-labor-ruling"),
        ("Japan will seek South Korea's wise response on the wartime labor issue.", "forced-labor-ruling"),
        ("Courts ordered Japanese firms to compensate wartime labourers.", "forced-labor-ruling"),
        ("The top court ordered Japanese companies to pay compensation for forced wartime labor.", "forced-labor-ruling"),
        ("Motegi urged Seoul to present a solution to the issue of wartime labour.", "forced-labor-ruling"),
        ("Firms must compensate victims forced into hard labor.", "forced-labor-ruling"),
        ("Rulings ordered Japanese companies to pay Koreans forced into wartime labor.", "forced-labor-ruling"),
        ("Tokyo holds that the claims of former conscripted workers were settled in 1965.", "forced-labor-ruling"),
        ("Abe wants to resolve the conscription issue as soon as possible.", "forced-labor-ruling"),
        ("Seoul should respond wisely to the issue of former civilian workers.", "forced-labor-ruling"),
        ("Both confirmed the importance of Japan-US-Korea cooperation.", "trilateral-cooperation"),
        ("The court ruled that firms must compensate Koreans conscripted as labourers.", "forced-labor-ruling"),
        ("The talks ended without a breakthrough on a dispute over wartime labor.", "forced-labor-ruling"),
        ("The rulings ordered Japanese firms to compensate Korean plaintiffs for wartime labor.", "forced-labor-ruling"),
        ("Nippon Steel must compensate Korean workers forced to toil in its factories.", "forced-labor-ruling"),
        ("Japan tightened controls on the export of three chemicals.", "export-controls"),
        ("Japan removed South Korea from its list of most trusted trading partners.", "export-controls"),
        ("Tokyo retaliated by tightening exports of chemicals vital to chip makers.", "export-controls"),
        ("Japan's economic retaliation entered its second stage on Aug. 28.", "export-controls"),
        ("The order removing South Korea from its list of white countries went into effect.", "export-controls"),
        ("Cooperation among Japan, the United States and South Korea is extremely important.",
         "trilateral-cooperation"),
        ("Seoul decided to abandon an agreement to share military intelligence with Japan.", "gsomia"),
        ("Talks on the denuclearization of North Korea stalled.", "denuclearization"),
        ("The ministers stressed trilateral security cooperation.", "trilateral-cooperation"),
        ("It is a symbol of Japan-U.S.-South Korea security cooperation.", "trilateral-cooperation"),
        ("Milley will confirm the importance of three-way security ties.", "trilateral-cooperation"),
        # The three in any order, after 'among' or 'between'.
        ("Abe and Moon confirmed the importance of cooperation between Japan, South Korea and the United States.",
         "trilateral-cooperation"),
        ("Cooperation among the U.S., South Korea and Japan is vital.", "trilateral-cooperation"),
        ("Cooperation among Japan, the United States and the ROK remains extremely important.",
         "trilateral-cooperation"),
        ("Abe urged Seoul to present a solution to the dispute over the Supreme Court's wartime labor rulings.",
         "forced-labor-ruling"),
        ("A row over compensation led Japan to tighten checks on chipmaking materials bound for South Korea.",
         "export-controls"),
        ("Ties between Seoul, Washington and Tokyo have frayed.", "trilateral-cooperation"),
        ("Japan-U.S.-ROK cooperation remains important.", "trilateral-cooperation"),
        ("Before that, they shared intelligence under a 2014 trilateral arrangement.", "trilateral-cooperation"),
        ("The trilateral system relies on speed.", "trilateral-cooperation"),
        # Three-way cooperation named with its field; Washington's wish that its two allies work together.
        ("It had been promoted as a pillar of three-way defense cooperation.", "trilateral-cooperation"),
        ("Washington has long pressed its two allies to co-operate on security.", "trilateral-cooperation"),
        ("The U.S. wants its two closest allies in east Asia to present a united front against North Korea.",
         "trilateral-cooperation"),
        ("It undercuts efforts to keep its two Asian allies united against North Korea.", "trilateral-cooperation"),
        ("Washington wants its two Asian allies to cooperate more closely on North Korea.", "trilateral-cooperation"),
        ("Japan regards the issue of former civilian workers from the Korean Peninsula as settled.",
         "forced-labor-ruling"),
        ("Seoul has yet to settle the issue of former requisitioned workers.", "forced-labor-ruling"),
        ("The curbs followed rulings by South Korea's Supreme Court late last year.", "forced-labor-ruling"),
        ("Japan's move to curb exports to South Korea of three chemicals drew protests.", "export-controls"),
        ("In July, Tokyo curbed exports to South Korea of three chemicals.", "export-controls"),
        ("Japan curbs exports of key materials to S. Korea", "export-controls"),
        ("The three countries vowed to deepen triangular cooperation to deal with North Korea.",
         "trilateral-cooperation"),
        ("Abe urged Seoul to settle the issue of compensation for wartime requisitioned Korean workers.",
         "forced-labor-ruling"),
        ("The court ordered Japanese firms to pay Koreans who were forcibly drafted to labour.", "forced-labor-ruling"),
        ("The feud between Seoul and Tokyo over history and wartime labour deepened.", "forced-labor-ruling"),
        ("It is inevitable that the cooperation of Japan, the United States and South Korea will be struck.",
         "trilateral-cooperation"),
        ("Moon said Seoul would work to strengthen security cooperation with the U.S. and Japan.",
         "trilateral-cooperation"),
        ("KCNA denounced the triangular military alliance of the U.S., Japan and south Korea.",
         "trilateral-cooperation"),
        # The three together in other words; one of the allies' cooperation with the two others.
        ("It is the minimum framework for the three countries to respond together to the North's threats.",
         "trilateral-cooperation"),
        ("Washington, which wants its allies to present a united front on North Korea, was disappointed.",
         "trilateral-cooperation"),
        ("It helps all three of us respond faster to a common threat.", "trilateral-cooperation"),
        ("South Korea will continue to cooperate with Japan and the US on security.", "trilateral-cooperation"),
        ("Abe said cooperation with South Korea and the United States was essential.", "trilateral-cooperation"),
        # ... a three-party bloc, Washington's with its two allies, the two allies' with Washington on the North.
        ("The rift complicates Washington's efforts to build a tripartite military alliance in Northeast Asia.",
         "trilateral-cooperation"),
        ("Moscow sees the pact as part of a trilateral front aimed at China.", "trilateral-cooperation"),
        ("Washington regards it as a key part of its security cooperation with its two main allies in Asia.",
         "trilateral-cooperation"),
    ],
)
def test_other_issue_recognised(sentence: str, issue_id: str):
    assert detect_issues(article(sentence), ISSUES) == (issue_id,)


def test_title_counts_as_text():
    assert detect_issues(article("Nothing here to see today.", title="Seoul axes GSOMIA"), ISSUES) == (
        "gsomia",
    )


def test_ids_come_in_configured_order():
    text = "Trilateral cooperation suffers as the GSOMIA ends over export controls."
    assert detect_issues(article(text), ISSUES) == ("gsomia", "export-controls", "trilateral-cooperation")


def test_overlapping_aliases_are_one_mention():
    gsomia = ISSUES[0]
    assert count_mentions(fold("the military intelligence-sharing pact"), gsomia) == 1
    assert count_mentions(fold("GSOMIA, the intel pact; GSOMIA again"), gsomia) == 3


def test_min_mentions_raises_the_bar():
    text = article("The GSOMIA expires on Saturday.")
    assert detect_issues(text, ISSUES, min_mentions=2) == ()
    assert detect_issues(text, ISSUES, min_mentions=1) == ("gsomia",)


def test_issue_title_is_an_alias():
    issue = IssueDef(id="pueblo", title="USS Pueblo incident")
    assert detect_issues(article("He recalled the USS Pueblo incident of 1968."), (issue,)) == ("pueblo",)


@pytest.mark.parametrize("sentence", [
    # Three others than the allies, or three people; the allies' cooperation as another tells it.
    "The leaders agreed in Chengdu for the three countries to cooperate on free trade.",
    "The three leaders pledged to deepen tripartite cooperation among China, Japan and South Korea.",
    "Beijing, Moscow and Pyongyang are forming a trilateral front.",
    "Moon stressed close coordination with the United States on North Korea during his call with Trump.",
    "Li said the three-way coordination with China on public health had entered a new decade.",
    "He called for three-way coordination among the party, the government and Cheong Wa Dae.",
])
def test_three_others_are_not_the_allies_cooperation(sentence):
    assert "trilateral-cooperation" not in detect_issues(article(sentence), ISSUES)


def test_no_issues_configured():
    assert detect_issues(article("The GSOMIA expires on Saturday."), ()) == ()


@pytest.mark.parametrize(("text", "found"), [
    ("Trade tensions rose amid the trade war between the United States and China.", ()),
    ("The U.S.-China trade war weighs on growth.", ()),
    # The issue is named elsewhere too, or the phrase around the alias is another one.
    ("The U.S.-China trade war and Japan's trade war with South Korea weigh on growth.", ("export-controls",)),
    ("Seoul and Tokyo are locked in a trade war.", ("export-controls",)),
])
def test_an_alias_inside_a_phrase_of_another_matter_names_no_issue(text, found):
    assert detect_issues(article(text), ISSUES) == found
    export_controls = next(issue for issue in ISSUES if issue.id == "export-controls")
    assert count_mentions(fold(text), export_controls) == len(found)


@pytest.mark.parametrize("text", [
    "Washington sees the deal as a key part of trilateral efforts to counter North Korea.",
    "The opposition called a trilateral naval exercise with Japan and the United States a mistake.",
    "It weakens the very defences that the three allies are supposed to be co-ordinating.",
    '"GSOMIA is a key tool for ensuring effective communication among the three of us," Esper said.',
])
def test_the_allies_working_together_names_their_cooperation(text):
    assert "trilateral-cooperation" in detect_issues(article(text), ISSUES)


@pytest.mark.parametrize(("text", "issue_id"), [
    # The three neighbours' own cooperation, with China, is not the allies'.
    ("Abe and Moon will meet on the sidelines of a trilateral meeting with China in Chengdu.", "trilateral-cooperation"),
    ("Kang and Kono held talks in Beijing on the sidelines of a three-way meeting with China.",
     "trilateral-cooperation"),
    ("Moon and Abe will hold a summit in Chengdu on the sidelines of a three-way meeting with Chinese Premier Li "
     "Keqiang.", "trilateral-cooperation"),
    ("The leaders adopted a document on the trilateral cooperation for the next decade.", "trilateral-cooperation"),
    ("The China-Japan-South Korea trilateral cooperation was discussed.", "trilateral-cooperation"),
    # Two allies named as such, with no word of their working together; the three neighbours' partnership; allies
    # working together elsewhere.
    ("Seoul and Tokyo are America's two closest allies in East Asia.", "trilateral-cooperation"),
    ("The leaders of China, Japan and South Korea pledged to deepen their three-way partnership.",
     "trilateral-cooperation"),
    ("Washington presses its allies to cooperate in protecting shipping through the Strait of Hormuz.",
     "trilateral-cooperation"),
    # A country's draft, or workers of today, are no forced-labour rulings.
    ("The issue of conscription of women has been debated in South Korea.", "forced-labor-ruling"),
    ("Former civilian workers at U.S. bases in South Korea held a rally.", "forced-labor-ruling"),
    ("The military conscription issue divides young South Koreans.", "forced-labor-ruling"),
    # Other countries' export curbs.
    ("U.N. sanctions adopted in 2017 curb exports of coal and seafood from North Korea.", "export-controls"),
    ("China curbed exports to South Korea of urea used in diesel engines.", "export-controls"),
    # ... nor are the women of Japan's military brothels.
    ('Seoul and Tokyo reached a deal on the "comfort women" forced to work in Japanese military brothels.',
     "forced-labor-ruling"),
    ("At Chengdu, Moon and Abe stressed triangular cooperation with China.", "trilateral-cooperation"),
    ("Japan curbed exports to North Korea under U.N. sanctions in 2006.", "export-controls"),
    # ... nor the history of wartime labour alone.
    ("It is a disagreement rooted in grievances over wartime labor during Japan's 1910-1945 colonization.",
     "forced-labor-ruling"),
])
def test_words_of_another_matter_name_no_issue(text, issue_id):
    assert issue_id not in detect_issues(article(text), ISSUES)


def test_except_in_must_be_a_list_of_strings(tmp_path):
    (tmp_path / "actors.yaml").write_text("[]\n", encoding="utf-8")
    (tmp_path / "issues.yaml").write_text("- id: a\n  title: A\n  except_in: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="except_in"):
        load_knowledge(tmp_path)
