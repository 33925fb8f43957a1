"""The site chrome of scraped news pages, as data: patterns grouped by concept.

Each group is an ordered tuple of compiled regexes named for one concept.
`clean` uses them in three ways:

- line groups (`LINE_CHROME`): a line that matches any pattern of a group is
  chrome and is dropped whole;
- footer groups (`FOOTER`): a line that matches starts the page furniture
  after the article (paywall, sponsored block, comment section); it and
  everything after it are dropped; `RELATED` starts a list of other headlines
  that runs until the next prose paragraph;
- fragment groups (`INLINE_FRAGMENTS`, `LEADING_FRAGMENTS`,
  `TRAILING_FRAGMENTS`): chrome glued to a line that stays (leaked tags, an
  icon-label run after the last sentence, a wire trailer, a radio-script
  marker) is cut out of it.

Line patterns are matched against the line with white space folded and any
leading list bullet removed. Shapes that need more than one line to judge
(a headline printed twice, an alt text before its caption, a list of short
lines at the end) live in `clean`; the date, byline and dateline grammar in
`metadata`. Prefer general shapes over the strings of one site: articles come
from many outlets, most of them never seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
try:  # the parse tree, to screen patterns (see PatternGroup); private, so optional
    from re import _constants, _parser
except ImportError:  # pragma: no cover - a Python without them: no screens, same matches
    _constants = _parser = None

_I = re.IGNORECASE


def _compile(*patterns: str, flags: int = 0) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in patterns)


def _alternation(names: tuple[str, ...]) -> str:
    # Longest first, so 'Yonhap News Agency' wins over 'Yonhap'.
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


# --- Who credits a story or a photo -------------------------------------------

# Wire and news agencies: the name a reader uses, then the spellings met in
# credits, bylines and datelines. Also used to name the outlet.
WIRE_AGENCIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Yonhap", ("Yonhap", "YONHAP", "Yonhap News", "YONHAP News", "Yonhap News Agency", "Yonhap news")),
    ("Kyodo", ("Kyodo", "KYODO", "Kyodo News")),
    ("Jiji Press", ("Jiji", "JIJI", "Jiji Press")),
    ("Associated Press", ("AP", "Associated Press", "The Associated Press", "AP News", "AP NEWS")),
    ("Reuters", ("Reuters", "REUTERS", "Thomson Reuters")),
    ("AFP", ("AFP", "Agence France-Presse", "Agence France Presse")),
    ("KUNA", ("KUNA", "Kuwait News Agency")),
    ("Sputnik", ("Sputnik", "SPUTNIK")),
    ("Xinhua", ("Xinhua", "XINHUA", "Xinhua News Agency", "Xinhuanet")),
    ("TASS", ("TASS", "Tass", "ITAR-TASS")),
    ("Bloomberg", ("Bloomberg",)),
    ("EPA", ("EPA", "EPA-EFE")),
    ("EFE", ("EFE", "Efe", "EFE-EPA", "efe-epa", "efe")),
    ("dpa", ("dpa", "DPA")),
    ("ANSA", ("ANSA",)),
    ("UPI", ("UPI",)),
    ("PTI", ("PTI", "Press Trust of India")),
    ("IANS", ("IANS",)),
    ("ANI", ("ANI",)),
    ("Bernama", ("Bernama", "BERNAMA")),
    ("Antara", ("Antara", "ANTARA")),
    ("Anadolu Agency", ("Anadolu", "Anadolu Agency")),
    ("Newsis", ("Newsis", "NEWSIS")),
    ("News1", ("News1", "News 1", "NEWS1")),
    ("KCNA", ("KCNA",)),
    ("NHK", ("NHK",)),
    ("CNA", ("CNA", "Central News Agency")),
    ("VNA", ("VNA", "Vietnam News Agency")),
    ("APP", ("APP", "Associated Press of Pakistan")),
    ("Philippine News Agency", ("PNA", "Philippine News Agency")),
    ("Interfax", ("Interfax", "INTERFAX")),
    ("Ukrinform", ("Ukrinform", "UKRINFORM", "Ukrainian National News Agency")),
    ("PAP", ("PAP", "Polish Press Agency")),
    ("WAM", ("WAM", "Emirates News Agency")),
    ("Prensa Latina", ("Prensa Latina",)),
    ("MENA", ("MENA", "Middle East News Agency")),
    ("IRNA", ("IRNA", "Islamic Republic News Agency")),
)
AGENCY = _alternation(tuple(alias for _, aliases in WIRE_AGENCIES for alias in aliases))

# Who else signs photos: pools, picture agencies, the subject's own handout.
PHOTO_SOURCES = _alternation((
    "Getty Images", "Getty", "Pool", "POOL", "Shutterstock", "Handout", "HANDOUT", "File",
    "Newscom", "Sipa", "ZUMA", "NurPhoto", "Imaginechina", "Courtesy",
))

# 'Kim Kyung-Hoon/Reuters', 'Charly Triballeu/Pool via REUTERS'.
_NAME = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}"
_PHOTOGRAPHER = (
    rf"{_NAME}\s?/\s?(?:{AGENCY}|{PHOTO_SOURCES})(?:\s+via\s+(?:{AGENCY}|{PHOTO_SOURCES}|[A-Z][\w-]*))?"
)

# --- Line groups -----------------------------------------------------------------

# E-mail and social share widgets: lines made only of their labels.
SHARE_BAR = _compile(
    # 'Meduza in English on Twitter and Facebook'.
    r"^[A-Z][\w .&'’-]{2,30} on (?:Twitter|Facebook|Telegram|Instagram) and (?:Twitter|Facebook|Telegram|Instagram)$",
    r"^Share this (?:news|story|article|post)(?:\s+About sharing)?$",
    r"^[*•]?\s*Share this (?:article|story) (?:by|via|on) (?:e-?mail|Facebook|Twitter|X|LinkedIn|WhatsApp)$",
    r"^[*•]?\s*More sharing options$",
    # 'Help keep family & friends informed by sharing this article'; Deutsche Welle's bar and its short link:
    # 'Send Facebook Twitter reddit ... Permalink https://p.dw.com/p/3VIv2'.
    r"^Help keep (?:your )?(?:family|friends)\b.{0,30}\binformed by sharing this (?:article|story)$",
    r"^(?:Send\s+)?Facebook\s+Twitter\s+reddit\b.{0,200}$",
    r"^(?:.{0,200}\s)?Permalink\s+https?://\S+$",
    r"^(?:(?:share|shares|tweet|e-?mail|print|facebook|twitter|x|linkedin|whatsapp|telegram"
    r"|kakao ?talk|kakao ?story|kakao|naver|band|line|pinterest|reddit|flipboard|messenger|copy"
    r"|link|url|copied|send|from|save|saved|bookmark|gift|more|close|scrap|sns|on|via|this|article"
    r"|story|page|to|with|post|xing|newsvine|digg|tumblr|vk|vz|mr\.? ?wong|stumbleupon|delicious|weibo|wechat|pocket"
    r"|mix|hatena|threads|bluesky|options|list"
    # and the text-size buttons beside them: 'Mail Print Font size', 'Font Size Up Font Size Down'
    # ('Normal text size', 'Very large text size')
    r"|mail|font|size|up|down|text|zoom|larger|smaller|increase|decrease|reset|preview|a[+-]?|normal|large|very"
    r"|google\+?)"
    r"(?:\s*[|/·•,:]\s*|\s+|$))+$",
    r"^이 기사를 공유합니다$",
    # The New York Times' gift button: 'Give this article'.
    r"^Give this article\W*$",
    # AP's link button: 'Click to copy'; NHK's: 'Copy the URL'.
    r"^Click to copy\W*$",
    r"^Copy (?:the )?(?:URL|link)\W*$",
    # Interfax's 'Send by e-mail'; Vox's 'Share All sharing options for: <its headline>'.
    r"^(?:Send|Share) by e-?mail\W*$",
    r"^(?:Share )?All sharing options for:",
    # A blog's buttons: 'Like this:', 'Like Loading...'.
    r"^Like(?: this:?| Loading\.*|…)$",
    flags=_I,
)

# Runs of icon-sprite labels from SVG menus: 'ArrowArtboardCreated with Sketch.Title Chevron...'.
# The lookahead holds the first letters of the labels (extend it with a new
# label): the engine skips every other position at once, five times faster.
ICON_LABELS = _compile(
    r"(?=[ABCDEFHILMNPRSTUWY])"
    r"(?:(?:Arrow|Artboard|Created with Sketch\.?|Title|Chevron|Eye|Icon|Facebook|Linkedin|LinkedIn"
    r"|Twitter|Instagram|YouTube|Youtube|Whatsapp|WhatsApp|Mail|Contact|Path|Layer|Menu|Burger"
    r"|Hamburger|Positive|Negative|Print|Search|Site|Close|Share|Logo|Caret|Play|Bookmark|Comment"
    r"|Copy|Link|Plus|Minus|Down|Up|Left|Right)\s?){5,}$",
    # Icons' texts for screen readers: 'Search icon A magnifying glass. It indicates, "Click to perform a search".',
    # 'Twitter LinkedIn icon The word "in".', 'Business Insider logo The words "Business Insider".'
    r"^(?:[\w&.'’]+\s){0,3}(?:[Ii]con|logo)\s(?:An?|The|Two|Three|Four)\s.{0,160}$",
    r"^Loading Something is loading\.?$",
)

# A digest's note under its title: 'The following is the third summary of major news stories moved by Yonhap
# News Agency on Friday.' (the title is the line over it, not the first story's headline under it).
DIGEST_NOTES = _compile(
    r"^The following (?:is|are) (?:the|a|an|today's) (?:[\w-]+ ){0,2}(?:summary|summaries|round-?up|digest)"
    r" of (?:the )?(?:(?:major|top|today's|key) (?:news|stories|headlines)|(?:news )?(?:stories|headlines))\b.{0,120}$",
)

# A learner's glossary: an English term, then its gloss in Korean, Japanese or Chinese ('conditionally 조건부로',
# 'submarine-launched ballistic missile (SLBM) 潜射弹道导弹'), and its heading ('Words & Phrases', '[단어장 VOCABULARY]').
GLOSSARY = _compile(
    # (a term with a word in small letters: not a share bar's names, 'Facebook Twitter LINE はてな')
    r"^(?=.{0,120}$)(?=[A-Za-z ()'’,./-]*\b[a-z])[A-Za-z][A-Za-z ()'’,./-]{1,70}\s+[(（\[~～]*"
    r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][^.!?]*$",
    r"^(?:Words (?:&|and) Phrases|Vocabulary|Glossary|Key (?:words|terms|vocabulary))\s*:?$",
    r"^[\[【][^\]】]{0,20}\b(?:VOCABULARY|Vocabulary|WORDS)\b[^\]】]{0,20}[\]】]$",
)

# The paywall itself: the article stops here.
PAYWALL = _compile(
    # A count of the free articles read: 'You have read 3 free premium articles this month. Subscribe to ...'.
    r"^You have read \d+ (?:free )?(?:premium )?(?:articles?|stories) (?:this|of your)\b.{0,160}$",
    r"^Your (?:free )?trial(?: period)? (?:has )?(?:expired|ended)\b",
    # 'Please note that the content on this page is for Digital Edition subscribers only.'
    r"^(?=.{0,200}$).*\bfor (?:[\w-]+ ){0,2}(?:subscribers|members) only\W*$",
    # 'Inside U.S. Trade is available to subscribers only. Interested in a site license ...?'
    r"^(?=.{0,300}$)[A-Z][\w.&'’ -]{1,40} is available (?:only )?to (?:[A-Z][\w-]* )?subscribers only(?:\.|$)",
    r"^(?=.{0,300}$)[A-Z][\w.&'’ -]{1,40} is available (?:only )?to subscribers\.\s",
    # 'The full story is available to subscribers.', alone on its line
    r"^(?:The full (?:story|article|text|report)|This (?:article|story|content|report)) is (?:only )?available "
    r"(?:only )?to (?:[\w-]+ ){0,2}subscribers(?: only)?\W*$",
    r"^You need (?:a|to) subscri",
    # 'This article is only available to NK News and NK Pro members.'; 'KCNA Watch is a service from NK Pro. Get full
    # access to North Korean state media, ...'
    r"^(?=.{0,200}$)This (?:article|story|content|report) is (?:only )?available (?:only )?to\b.{1,60}\b"
    r"(?:members|subscribers)(?: only)?\W*$",
    r"^(?=.{0,300}$)[A-Z][\w .&'’-]{1,30} is a service (?:from|of|by) [\w .&'’-]{2,30}\.\s+Get (?:full )?access\b",
    r"^Your (?:full |digital )?access to .{1,60} has expired\b",
    r"^(?:Already (?:a subscriber|a member|have an account|registered))\b",
    # A Japanese paper's nag in translation: 'You can read more by becoming a paid member.', 'Remaining: 1,462
    # characters / Full text: 2,891 characters', 'Limited to paid members. Please register.', 'Continue reading this
    # article', 'Register for paid membership  Login'.
    r"^You can read (?:more|the rest|the full (?:article|text)) by (?:becoming|registering as) a (?:paid )?"
    r"(?:member|subscriber)\b",
    r"^Remaining\s*:\s*[\d,]+ characters\b",
    r"^Limited to paid (?:members|subscribers)\b.{0,40}$",
    r"^Register for (?:paid )?membership\b.{0,20}$",
    r"^(?:Please )?(?:sign|log) ?in to (?:continue|read|view|access)\b",
    r"^To (?:continue reading|read (?:the full|this) (?:article|story))\b",
    r"^Read the rest of this (?:article|story)\b.{0,60}(?:access|subscri\w+|free)\W*$",
    # The Financial Times' offer under the cut story: 'Keep reading for $1'.
    r"^(?:Keep|Continue) reading for [$£€]\d",
    # 'Continue reading with a Nikkei subscription', 'Keep reading with a free account',
    # 'Continue reading your article with a WSJ membership'.
    r"^(?:Continue|Keep) reading (?:(?:your|this|the) (?:article|story) )?(?:with|by|when) (?:a|an|your) .{0,40}"
    r"\b(?:subscription|account|membership|trial)\b",
    # (and whose: 'This article is available to NK News subscribers only')
    r"^This (?:article|content|story) is (?:only )?(?:available|reserved|exclusive) (?:to|for)"
    r" (?:paid |our |(?-i:[A-Z][\w&-]*) ){0,3}(?:subscribers|members)\b",
    r"^This (?:article|content|story) is (?:only )?for (?:paid )?(?:subscribers|members)\b",
    # (with what it says: a badge alone marks a piece, not the end of what a reader sees: 'Subscribers only')
    r"^(?:Subscribers?|Members?) only\b(?=\W*\w)",
    r"^(?:Subscribe|Sign up|Register) (?:now |today |for free )?to (?:continue|read|unlock)\b",
    # 'Subscribe to NK Pro to read this article and get full access to all our content.'
    r"^(?:Subscribe|Sign up|Register) (?:to|for) .{1,40}? to (?:get|gain|enjoy) (?:full |unlimited )?access\b",
    r"^(?:Subscribe|Sign up|Register) (?:to|for) .{1,40}? to (?:continue reading|read|unlock|access)"
    r" (?:this|the (?:full|rest|whole))\b",
    r"^You(?:['’]ve| have) (?:reached|used up|hit|read) (?:your|the) (?:limit|maximum|monthly limit|quota|allowance)"
    r" of (?:\w+ )?(?:free |complimentary )?(?:articles|stories|pages)\b",
    # 'The rest of this article is available to subscribers', 'Subscribe to the Nikkei Asian Review to read all stories
    # with unlimited access'.
    r"^The rest of (?:this|the) (?:article|story) is (?:only )?available (?:only )?to (?:[\w-]+ ){0,2}"
    r"(?:subscribers|members)\b",
    r"^(?:Subscribe|Sign up|Register) (?:to|for) .{1,40}? to read all (?:stories|articles)\b",
    flags=_I,
)

# Subscription offers and meters, which sites also print inside the article.
SUBSCRIPTION = _compile(
    # A paywall's note and what to do about it, the story going on under it as scraped: 'This article is for Mainichi
    # Premier subscribers only. Register now to read the full text.'
    r"^(?=.{0,200}$)This (?:article|story|content) is for (?:[\w-]+ ){0,3}(?:subscribers|members) only\.\s+"
    r"(?:Register|Subscribe|Sign up|Log in|Sign in)\b",
    # A paper's note on its free pages: 'Since COVID-19 first started spreading, The Japan Times has been providing
    # free access to ...'.
    r"^(?=.{0,400}$).*\bhas been providing free access to\b.{0,40}\b(?:news|coverage|articles|stories|reporting"
    r"|journalism|content|information)\b",
    # A donation appeal: 'Support The Moscow Times!', '... The Moscow Times relies on the support
    # of its readers ...' (no one said to say so), 'Contribute today'; a
    # newsletter's offer: '— Meduza's daily email digest of the most important news from Russia'.
    r"^(?=.{0,300}$)(?!.*\bsaid\b).*\brelies on the (?:support|generosity) of (?:its|our) readers\b",
    r"^(?:Sign up for .{2,60}\s)?[—–-]?\s*[A-Z][\w’']{1,20}[’']s daily (?:email|e-mail) (?:digest|newsletter)\b",
    r"^Support The [A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}!$",
    r"^(?:Contribute|Donate) (?:today|now)$",
    # The Guardian's: 'Support the Guardian from as little as $1 – and it only takes a minute. Thank you.', 'Remind me
    # in October'.
    r"^Support the [A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3} from as little as\b",
    r"^Remind me in (?:January|February|March|April|May|June|July|August|September|October|November|December)$",
    # A paywall's offer over the part held back: 'Unlock this story', 'Get the facts first: NK News members get
    # unlimited access to ...', 'You are reading a free article. Subscribe to Foreign Affairs to get unlimited access.'
    r"^Unlock (?:this|the full) (?:story|article)$",
    r"^(?=.{0,200}$)(?:[^.:]{1,40}:\s)?[A-Z][\w .&'’-]{1,30} (?:members|subscribers) get unlimited access\b",
    r"^You are reading a free article\.(?:\s+Subscribe\b.*)?$",
    # Newsletters' and sites' nags: 'Dear Reader,', 'Dear readers,', '... has always strived hard to provide ...',
    # 'Keep up to date with what's happening in Turkey ...', 'You can unsubscribe at any time.', 'Sign up for Essential California',
    # 'Sign Me Up', 'You may occasionally receive promotional content from ...', 'Subscribe for unlimited access',
    # 'Get the latest news by email Sign Up', 'Subscribe to notifications? ...', 'For Subscribers'.
    r"^Dear readers?,?$",
    r"^[A-Z][\w .&'’-]{2,40} has always strived hard to provide\b",
    r"^Keep up to date with what[’']s happening\b[^:;]{0,80}\.?$",
    r"^You can unsubscribe at any time\b",
    r"^Sign up for [A-Z][\w .&'’-]{2,40}$",
    # ... and a paper's offer of its print edition: 'Subscribe to the Korea JoongAng Daily print edition — ...'.
    r"^Subscribe to (?:the )?[A-Z][\w .&'’-]{2,40}? (?:print|digital) edition\b",
    # ... and what it is: 'Sign up for POLITICO Pro Defense: your essential guide to national security policy.'
    r"^Sign up for [A-Z][\w .&'’-]{2,40}:\s.{0,120}$",
    r"^Sign Me Up$",
    r"^You may occasionally receive promotional content from\b",
    r"^Subscribe (?:now )?for unlimited (?:digital )?access(?: to [A-Z][\w .&'’-]{2,40}?(?:['’]s)?"
    r"(?: articles| journalism| content| stories| reporting)?)?\.?$",
    r"^Get the latest news by email\b",
    r"^Subscribe to notifications\?",
    r"^For Subscribers$",
    r"^[A-Z][\w ]{2,20} (?:News )?Flash (?:top headlines|newsletter)\b",
    # A newsletter's offer and its thanks: 'Sign up for USNI News updates', 'Subscribe to Here's the Deal, our
    # politics newsletter ...', 'Thank you. Please check your inbox to confirm.'
    r"^Sign up for [\w .&'’-]{2,40} (?:updates|alerts|newsletters?)\.?$",
    r"^Subscribe to [^.!?]{2,60}, our [\w -]{0,30}newsletter\b",
    r"^(?:Thank you|Thanks)[.!]\s+Please check your inbox to confirm",
    r"^(?=.{0,300}$).*\bfree (?:articles?|stories)\b.{0,40}\b(?:left|remaining)\b",
    r"^You have \d+ (?:free )?(?:articles?|stor(?:y|ies)) (?:left|remaining)\b",
    r"^You(?:['’]ve| have) reached your (?:free )?(?:article|story) limit\b",
    r"^Subscribe for \$\d+(?:\.\d\d)? (?:every|a|per) (?:\d+ )?(?:weeks?|months?|year)\b",
    # A paper's overlay while it checks the reader's access: 'Thank you for your patience while we verify access. If you
    # are in Reader mode please exit and log into your Times account, or subscribe for all of The Times.', 'Want all of
    # The Times? Subscribe.'
    r"^Thank you for your patience while we verify access\b",
    # A newsletter box: 'Breaking News Emails' / 'Get breaking news alerts and special reports. The news and stories
    # that matter, delivered weekday mornings.'
    r"^Breaking News (?:E-?mails|Alerts|Newsletters?)$",
    # A site's newsletter and its paid service: 'Get the NK News Daily Update, an email with all the latest news
    # about North Korea', 'Dig deeper with NK Pro: North Korea missile launches tracker, ...', 'Try NK Pro free'.
    r"^Get (?:the|our) [^,.]{2,50}, an? (?:daily |weekly |free )?(?:e-?mail|newsletter)\b",
    r"^Dig deeper with [A-Z][\w .&'’-]{1,30}:\s",
    r"^Try [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} (?:for )?free$",
    # A paper's paywall's lines: 'This article is a paid member article.', 'Remaining 615 characters', 'or signup to
    # continue reading', 'See subscription options', 'We care about the protection of your data. Read our Privacy
    # Policy.'
    r"^This article is (?:a |for )?(?:free|paid|premium|members?['’]?|subscribers?['’]?)(?: member)? article\b",
    r"^Remaining:?\s*[\d,]+ characters\b",
    r"^or sign ?up to continue reading\b",
    r"^See subscription options$",
    r"^We care about the protection of your data\b",
    # A paid service's note over what it locks: 'This content is for NK Pro members only. NK Pro members get access to
    # analysis of satellite imagery, ...'.
    r"^(?=.{0,400}$)This (?:content|article|story|piece|report) is (?:only )?for [\w .&'’-]{1,40} "
    r"(?:members|subscribers) only\b",
    # A wire's note to readers who are no subscribers: 'Sign in for Jiji Press English News Service subscribers',
    # '... offers a wide range of news on Japan. To read all articles, please sign up for a subscription.'
    r"^Sign in for [\w .&'’-]{2,60} (?:subscribers|members)$",
    r"^(?=.{0,300}$).*\bTo read (?:all|the full|more|the rest of the) (?:articles?|stories|story|text)\b,?"
    r" (?:please )?(?:sign up|subscribe|log in|sign in|register)\b",
    # A paper's appeal for subscribers: 'Please consider subscribing today to help us continue to offer reliable,
    # up-to-date information about Japan.'
    r"^Please consider subscribing\b",
    r"^Get breaking news (?:alerts|e-?mails)\b",
    r"^Want all of [A-Z][\w .&'’-]{1,40}\?\s*Subscribe\.?$",
    # 'You have read 2 of 3 free articles this month. Subscribe for unlimited access.'
    r"^(?=.{0,200}$)You(?:['’]ve| have) read \d+ of (?:your )?\d+ (?:free |complimentary )?(?:articles|stories"
    r"|commentaries|pieces)\b",
    # A newsletter box: 'Stars and Stripes Newsletter' / 'Sign up to receive a daily email of today's top military
    # news stories from ...', 'Newsweek Newsletter sign-up >', The Independent's 'I would like to be emailed about
    # offers, events and updates from The Independent. Read our privacy notice'.
    r"(?-i:^(?=.{0,60}$)(?:The )?[A-Z][\w.&'’-]*(?: (?:and|[A-Z][\w.&'’-]*)){0,4} Newsletters?$)",
    r"^Sign up to receive (?:a|our|the) (?:free )?(?:daily|weekly|morning|evening)? ?(?:e-?mail|newsletter)\b",
    r"^(?=.{0,80}$).*\bNewsletter sign-?up\W*$",
    r"^I(?: would|'d|’d) like to (?:be emailed|receive (?:e-?mails|offers|updates|news))\b",
    # A digest's greeting: 'Welcome to the weekly digest of The Interpreter. Here’s what we were reading ...'.
    r"^Welcome to (?:the|this|our) (?:weekly|daily|monthly) (?:digest|roundup|round-up|newsletter)\b",
    r"\byour (?:last|final) free (?:article|story)\b",
    r"^(?:Get|Enjoy|Unlock) (?:unlimited|full|digital) access\b",
    r"^Try \S+ (?:months?|weeks?|days?) for\b",
    r"^Offer ends\b",
    r"^Read all (?:stories|articles) with unlimited access\b",
    r"^Use our mobile and tablet apps\b",
    r"^See all (?:offers|plans)\b",
    r"^(?=.{0,300}$).*\b(?:current|your) subscription plan\b",
    r"^(?=.{0,300}$).*\bsubscriber account\b",
    r"^(?:Enjoying|Enjoy|Like|Liked|Did you enjoy|Found value in) this (?:article|story)\?",
    r"\bClick here to subscribe\b",
    r"^(?:Subscribe|Sign up|Register) (?:now|today|for free)\b",
    r"^Become a (?:member|subscriber)\b",
    # A sign-up box at the foot: 'Create your free account or log in' / 'for more features.' (CBS News).
    r"^(?=.{0,120}$)Create (?:your free |a free |your account(?:\s+(?:now|today|for free))?"
    r"(?:\s+(?:or|to|and\s+(?:enjoy|get|start|unlock|continue|read|keep|access|never|sign|join|comment))\b|\W*$"
    r"|\.\s+It(?:'|’)s free\b|\s+with\s+(?:Google|Facebook|Apple|your e-?mail)\b))",
    r"^Stay ahead with our exclusives\b",
    r"^Get trusted insights from experts\b",
    r"^Support (?:independent|quality) journalism\b",
    r"^Subscribe to \S.{0,40}$",
    r"^Subscribe (?:here|now|today)\W*$",
    # 'Subscribe to The Japan Times for unlimited access to all articles ... Already a subscriber? Log in',
    # 'This is a premium article. Subscribe to AJW Premium to continue reading.', 'Jiji Press English News Service
    # is a paid subscription service. For details, click here.'
    r"^(?=.{0,240}$)Subscribe to .{1,40} for (?:unlimited|full) access\b",
    r"^(?=.{0,80}$).*\bAlready a subscriber\?\s*(?:Log|Sign) ?in\b",
    r"^This is a premium (?:article|story)\b.{0,100}$",
    r"^(?=.{0,200}$)[A-Z][\w .&'’-]{2,60} is a paid subscription service\b",
    r"^(?:Enjoy|Like|Value)(?:ing)? (?:our|this) (?:journalism|reporting|work)\?",
    r"^Donate(?: now| today)?$",
    r"^Want to (?:read|keep reading|continue reading)\b.{0,60}$",
    r"^Your support helps\b.{0,80}$",
    # A paywall's offer over the story: 'Only $1 for 4 weeks', 'Then $69 per month. Complete digital access
    # to quality FT journalism on any device. Cancel anytime during your trial.', 'Start a free trial'.
    r"^(?=.{0,300}$)(?:Then |Only |Just )?[$£€¥]\s?\d[\d.,]*\s?(?:per|a|an|/|every|for)\s?\d*\s?"
    r"(?:months?|weeks?|years?|days?|mo)\b",
    r"^(?=.{0,200}$)Complete digital access\b",
    r"^(?:Start|Begin) (?:a|your) (?:free )?trial\b.{0,40}$",
    # 'Start your free trial to keep reading the world’s best journalism.', The Economist's 'Get incisive analysis
    # on the issues that matter'.
    r"^(?=.{0,160}$)(?:Start|Begin) (?:a|your) (?:free )?trial to (?:keep|continue|start) reading\b",
    r"^Get incisive analysis on the issues that matter\W*$",
    # A site's appeal: 'Will you support Vox’s explanatory journalism?', 'Millions turn to Vox to understand what’s
    # happening in the news. ... Make a contribution today.'
    r"^Will you support [A-Z][\w .&'’-]{1,30}['’]s (?:[\w-]+ )?journalism\?$",
    r"^(?=.{0,400}$)Millions (?:of readers |of people )?turn to [A-Z][\w .&'’-]{1,30} to understand\b",
    r"^Make a contribution today\W*$",
    # Hong Kong Free Press's: 'Safeguard press freedom; keep HKFP free for all readers by supporting our team'; the
    # South China Morning Post's newsletter's name: 'SCMP Today: HK Edition'.
    r"^Safeguard press freedom\b.{0,120}$",
    r"(?-i:^[A-Z]{2,10} Today:\s+[A-Z][\w ]{1,20} Edition$)",
    # A letters page's policy and notes: 'Letters to the editor should be sent by e-mail with the writer's full name
    # and city.', 'The Times is committed to publishing a diversity of letters to the editor.', 'VOICES is a selection
    # of letters from readers, translated from ...'; a paper's note on when it comes out and a newsletter's offer:
    # 'The Hawai‘i Herald is published on the first and third Friday of every month by ...', 'A weekly digest of the
    # best of our opinion writing.'; a gift button's note: 'Send any friend a story', 'As a subscriber, you have 10
    # gift articles to give each month.'
    r"^Letters(?: to the editor)? (?:should|must|may) be (?:sent|submitted|edited|no longer)\b.{0,200}$",
    r"^(?=.{0,300}$)(?:The )?[A-Z][\w .&'’‘-]{0,30} is committed to publishing\b",
    r"^(?=.{0,300}$)[A-Z][\w .&'’‘-]{1,30} is a selection of (?:letters|readers['’] letters)\b",
    r"^(?=.{0,300}$)(?:The )?[A-Z][\w .&'’‘-]{1,40} is published (?:on the|every|each|twice|weekly|daily|monthly)\b"
    r".{0,80}\bby\b.{2,60}?\b(?:Ltd|Inc|LLC|Co|Corp)\b",
    r"^A (?:weekly|daily) digest of the best of our\b.{0,60}$",
    r"^Send any friend a story\W*$",
    r"^As a subscriber, you have \d+ gift articles\b.{0,120}$",
    # 'Subscribe to the Nichi Bei Weekly — the only way to support the work of our nonprofit newspaper.'
    r"^(?=.{0,200}$)Subscribe to (?:the )?[A-Z][\w .&'’-]{1,40}? [—–] (?:the|our|and)\b",
    r"^Cancel anytime\b.{0,60}$",
    flags=_I,
)

# Paid content blocks.
SPONSORED = _compile(
    r"^Sponsored(?: Content| Stories| Links| Posts?)?$",
    r"^About Sponsored Content\b",
    r"^(?:Paid|Partner|Promoted|Branded) (?:Content|Posts?|Stories)$",
    r"\bThis content (?:was|is) (?:commissioned|paid for|produced|sponsored) by\b",
    r"^Content from our partners?$",
    flags=_I,
)

# Ad slots and their prompts ('PR' on a translated Japanese page); unlike SPONSORED they sit inside the article.
ADVERTISING = _compile(
    r"^(?:Advertisement|Advertising|Ad|Ads|Sponsored Links?|Sponsored Offers|PR)$",
    # An ad's sponsor alone on its line: 'Sponsored by Trip.com'.
    r"^Sponsored by (?:[\w.&'’-]+\s?){1,4}$",
    # A newsletter's sponsor over its message: 'A message from the Global Supply Chain Council:', or under its name:
    # 'Presented by the Global Supply Chain Council'.
    r"^(?:Presented|Brought to you) by (?:the )?[A-Z][\w.&'’ -]{1,60}$",
    r"^A message from (?:the |our )?(?-i:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){1,7}):$",
    r"^A message from our sponsors?:$",
    r"^Scroll (?:down )?to continue(?: reading)?\b",
    r"^(?:Advertisement|Advertising|Ad)\s*[-–—:|]\s*(?:Scroll|Continue|Story continues)\b",
    r"^(?:Continue reading|Story continues) (?:below|the main story)\b",
    r"^(?:Continue reading|Story continues|Keep reading)\W*$",
    # Ad-blocker notices.
    r"^(?=.{0,200}$).*\byour ad[ -]?block(?:er|ing)?\b",
    r"^(?=.{0,200}$).*\b(?:disable|turn off|pause) (?:your |the )?ad[ -]?block",
    r"^(?:Please )?(?:add|whitelist|allow) .{1,80} (?:to|on) your (?:list of )?(?:allowed sites|whitelist|allowlist|exceptions)\b",
    flags=_I,
)

# Unfilled variables of a page's client-side templates: '{{numberArticlesLeft}}'.
# Only a bare name in the braces: template syntax quoted in an article
# ('{{ 7*191 }}', '{% if %}') is text.
TEMPLATE_PLACEHOLDERS = _compile(
    r"\{\{[A-Za-z_][\w.-]*\}\}",
    r"\$\{[A-Za-z_]\w*\}",
    r"%%[A-Z_]+%%",
)

# A photo's credit closing its caption: a photographer's ('Kim Hong-Ji / Reuters', 'Jorge Silva / Pool via Reuters',
# 'JUNG YEON-JE/AFP/Getty Images'), or an agency's through another ('Yonhap / via Reuters', 'Yonhap / Reuters').
_CREDIT_AT_END = (
    rf"(?:{_PHOTOGRAPHER}|(?:{AGENCY})\s?/\s?(?:via\s+)?(?:{AGENCY}|{PHOTO_SOURCES}))(?:\s?/\s?(?:{PHOTO_SOURCES}))*$"
)

# A photographer's credit parted by bars, as CNBC prints it under the caption, a picture library last: 'Chung Sung-Jun
# | Getty Images' (not a writer and the wire: 'Kim Tong-hyung | AP').
BARRED_PHOTO_CREDIT = rf"{_NAME}(?:\s?\|\s?(?:{AGENCY}))?\s?\|\s?(?:{PHOTO_SOURCES})"

# Credits standing alone on their line: '(Yonhap)', '(Yonhap) (Yonhap)',
# 'Photo : YONHAP News', '[Pool photo]', 'Jeon Heon-Kyun/EPA', 'Yonhap |'.
CREDITS = _compile(
    # A paper's photographer: 'Korea Times photo by Shim Hyun-chul'.
    r"^[A-Z][\w .&'’-]{1,40} [Pp]hoto by [A-Z][\w .'’-]{2,40}$",
    # A Korean agency's dateline and its writers on a line of their own:
    # '(Seoul=News1) Reporter Lee Jun-sung, Kim Hyo-jin'.
    r"^[\[(【][A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*=\s*[A-Z][\w ]{1,25}[\])】]\s*(?:Reporters?|Correspondents?)\s+"
    r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2}(?:\s*,\s*(?:Reporters?\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})*$",
    # ... translated, with their addresses after the story: 'Tokyo = Correspondent Park Hyung-soo phs@donga.com ·
    # Reporter Kim Jae-hyung monami@donga.com', 'Reporter Kim Chang-gil'.
    r"^(?:[A-Z][a-z]+\s*=\s*)?(?:Reporters?|Correspondents?)\s+(?!Without\b)[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2}"
    r"(?:\s+\S+@\S+)?"
    r"(?:\s*[·,]\s*(?:[A-Z][a-z]+\s*=\s*)?(?:(?:Reporters?|Correspondents?)\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2}"
    r"(?:\s+\S+@\S+)?)*$",
    # A presidency's photographers credited: 'Blue House photojournalists'.
    r"^(?:Blue House|Cheong Wa Dae|Presidential Office) (?:photojournalists?|photographers?|photo)$",
    rf"^(?:\(\s*(?:By |Photo\s*(?:by|[:=])?\s*)?{AGENCY}(?: (?:photo|file photo|News Agency))?\s*\)\s*)+$",
    r"^(?:Photos?|Photographs?|Images?|Pictures?|Credits?|Illustrations?|Graphics?|Videos?|Photographer)"
    r"\s*(?::|=|©|\bby\b|\b(?i:copyright|caption|credit|source|courtesy)\b)",
    r"^Media caption\b",
    r"^\[[^\]]*\b(?i:photos?|images?|pool|file|courtesy|captured?|screenshot|graphics?)\b[^\]]*\]$",
    # Sources in brackets: '[Getty/Kyodo]'.
    rf"^\[(?:{AGENCY}|{PHOTO_SOURCES})(?:\s*/\s*(?:{AGENCY}|{PHOTO_SOURCES}))+\]$",
    # A source in capitals in brackets: '[YONHAP]', '[JOONGANG ILBO]', '[NEWS1]'.
    rf"^\[(?:[A-Z][A-Z0-9 .,'’/-]{{2,40}}|{AGENCY})\]$",
    rf"^(?:{AGENCY}|{PHOTO_SOURCES})(?: (?:photo|file photo|Photo))?(?:\s+via\s+(?:{AGENCY}|{PHOTO_SOURCES}))?\s*\|?$",
    rf"^{_PHOTOGRAPHER}$",
    # 'Ed Jones/AFP/Getty Images': the photographer, the agency, the library.
    rf"^{_NAME}\s?/\s?(?:{AGENCY}|{PHOTO_SOURCES})\s?/\s?(?:{AGENCY}|{PHOTO_SOURCES})$",
    # ... parted by bars (see BARRED_PHOTO_CREDIT).
    rf"^{BARRED_PHOTO_CREDIT}$",
    rf"^\(?(?:{AGENCY}) Photo(?:/[^)]*)?\)?$",
    # A wire the page credits: 'via Reuters'.
    rf"^(?i:via)\s+(?:{AGENCY})\.?$",
    r"^Courtesy(?: of)? [A-Z]",
    # A broadcast's credits: 'Reporter : Kim Hyun-bin   Editor : Park Chang-min'.
    r"^(?:Reporter\s*:\s*)?[A-Z][\w'’-]+(?:[ -][A-Z]?[\w'’-]+){1,2}\s+(?:Editor|Video Editor|Camera|Producer)"
    r"\s*:\s*[A-Z][\w'’-]+(?:[ -][A-Z]?[\w'’-]+){1,2}$",
    # The New York Times' credit under a photo: 'Credit...Yonhap, via Associated Press'.
    r"^Credit(?:\.{3}|…)\s?[A-Z]",
    r"^(?:Image|Photo|Video|Graphic|Gallery|Embed|PDF)$",
    r"^(?:Photo|Video|Image) (?i:gallery|slideshow)$",
    # A government release's source, its site in brackets: 'Source: Cheong Wa Dae (english1.president.go.kr)'.
    r"^Source\s*:\s*[A-Z][\w .,&'’-]{1,60}\((?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?\)$",
    # A credit labelled in another language: 'Foto: AFP'.
    rf"^(?:Foto|Fotos|Bild|Imagen)\s*:\s*(?:{AGENCY}|{PHOTO_SOURCES})(?:\s*/\s*\S.{{0,40}})?$",
    flags=0,
)

# Photo captions: a line that carries a credit, an image marker or glue a
# caption leaves, or is wholly in parentheses.
CAPTIONS = _compile(
    r"^Image(?=[A-Z][a-z])",
    # A pool photo's credit under its caption: 'Pool photo / The Yomiuri Shimbun'.
    r"^(?:Pool photo|Pool|Photo|File photo)\s*/\s*[A-Z][\w .&'’-]{1,40}$",
    # A file picture and where it came from: 'File photo of a previous North Korean launch, via KCNA'.
    r"^(?=.{10,200}$)(?:An? )?[Ff]ile (?:photo|image|picture)\b.*"
    r"(?:,?\s+via\s+[A-Z][\w.&' -]{1,30}|\([^()]{2,40}\))\.?$",
    # A wire release's links to its pictures and the issuer's logo: 'Photo - https://photos.prnasia.com/...', 'SK
    # hynix Logo'.
    r"^(?:Photo|Logo|Video|Multimedia|Image)\s*[-–:]\s*https?://\S+$",
    r"(?-i:^[A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,4} Logo(?: \(PRNewsfoto/[^)]{1,60}\))?$)",
    # A gallery's photo and its place in it: '[1/2] South Korean President ...', 'Slide 1 of 12: ...'.
    r"^\[\d{1,2}/\d{1,2}\]\s*\S.*\b(?:REUTERS|Reuters|Acquire Licensing Rights|AP Photo|AFP|Getty Images)\b.{0,60}$",
    r"^Slide \d{1,2} of \d{1,2}\s*:\s*\S",
    # A Korean agency's photo: its dateline and photographer, or its date and agency or the photographer's
    # address last: '... (Photo provided by Samsung Electronics) 2019.7.4/News1', '... 2019.08.22. dahora83@newsis.com'.
    r"\b\d{4}\.\d{1,2}\.\d{1,2}\.?\s*(?:/\s*(?:News1|Newsis|Yonhap)|\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$",
    # ... its photographer after the caption's stop, the picture told in the present: '... is reading a statement in
    # front of Cheong Wa Dae on the 20th. Reporter Park Min-kyu'; who gave it, dated: '... Provided by Cheong Wa Dae
    # 2019.11.4'.
    # (no one's words told: not a story's last paragraph signed so, '... before it expires at midnight on the 22nd, a
    # senior official said. Reporter Park Min-kyu')
    r"^(?=.{20,300}$)(?=.*\b(?:is|are)\s+\w+ing\b)(?!.*\b(?:said|says|told|according|added)\b)[A-Z].*[.!?]\s+"
    r"(?:Reporter|Photographer|Photo by)\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:-[a-z]+)?$",
    r"^(?=.{20,400}$)[A-Z].*[.!?]\s+(?:Provided by|Courtesy of|Photo courtesy of)\s+[A-Z][\w .'’-]{1,40}?"
    r"\s*\d{4}\.\d{1,2}\.\d{1,2}\.?$",
    # A photo's credit after the caption's stop, in German: '... at a shop in Seoul. Foto: AP'.
    r"^(?=.{20,400}$)[A-Z].*[.!?]\s+(?:Foto|Bild|Photo|Picture)\s*:\s*[A-Z][\w./ &-]{1,40}$",
    # A file picture's caption, its mark last and no stop before it: 'South Korean protesters stage a rally
    # against Japan near the Japanese Embassy in Seoul (File)'.
    r"^(?=.{20,300}$)[A-Z][^.!?]*[^.!?\s]\s+\((?:File|File photo|File Photo|Archive)\)$",
    # A navy's or an army's picture credited after the caption's stop: '... on 25 August 2019. ROK Navy picture.'
    r"^(?=.{20,400}$)[A-Z].*[.!?]\s+(?:[A-Z][\w.&-]*\s){1,3}(?:picture|photo|photograph|image)\.?$",
    # A wiki's picture of someone: the name, the post, the year, no stop: 'Hiroshige Seko, Minister of Economy, Trade
    # and Industry, in 2019'.
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}, [^.!?]{3,80}, in (?:19|20)\d\d$",
    # The Asahi's mark before a caption, misspelt as printed: 'Photo/Illutration Prime Minister ...'.
    r"^(?:Photo|Image)\s*/\s*Ill?u?s?t?ration\b",
    # ... and the photographer's name in brackets after the caption's stop: '... nearly deserted on Sept. 5.
    # (Kazuto Tsukamoto)'.
    # (a person's: not a source's, '... the daily reported. (Asahi Shimbun)')
    r"^(?=.{20,300}$)[A-Z].*[.!?]\s*\((?!.*\b(?:Shimbun|News|Press|Times|Post|Agency|Ilbo|Herald|Journal|Daily"
    r"|Broadcasting|Television|Radio|Network|Service|Sinmun)\))[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}\)$",
    # Where each one stands in the picture: 'Foreign Minister Kang Kyung-wha (right) and ... shake hands'.
    r"\((?:far |second |third )?(?:left|right|center|centre|front|back|top|bottom)"
    r"(?: (?:from|to) (?:the )?(?:left|right))?\)",
    # and as Yonhap marks it: '(R)', '(L)', '(C)', '(2nd from L)'; not the copyright sign '(C) Yonhap News Agency'
    r"\((?:(?:2nd|3rd|second|third) from )?(?:[LR]|C(?!\)\s*(?:\d|[A-Z])))\)",
    r"CreditCredit|[.!?”\"]Credit[A-Z]",
    rf"[\w.]\s?/\s?(?:{AGENCY}|{PHOTO_SOURCES})(?=[A-Z][a-z])",
    rf"^{_PHOTOGRAPHER}(?=[A-Z])",
    r"[.!?”\"]\s*(?:Photos?|Photograph|Photographer|Images?|Credits?|Illustration|Composite)\s*(?::|\bby\b)\s*\S.{0,80}$",
    # ... with no full stop before it, as The Guardian prints them: '... at the Blue House in Seoul Photograph: Yonhap/EPA'.
    r"(?-i:[a-z0-9] Photograph: [A-Z][\w .'’&-]{1,40}(?:/[A-Z][\w .'’&-]{1,40}){0,3})$",
    # A source in brackets after the caption, one short sentence: '... in Hwaseong, South Korea. (Source: Samsung
    # Electronics)' (not a paragraph of figures ending so).
    r"^(?=.{0,200}$)[^.!?]*[.!?]\s+\(\s*Source\s*:\s*[^()]{2,60}\)$",
    # NDTV's mark of a stock picture; a wire's credit in brackets via another: '(South Korean Navy/Yonhap via AP/-)';
    # a paper's own file photo: '... on March 6. Kyunghyang Shinmun file photo / Kwon Do-hyun'.
    r"[.!?”\"]\s+\((?:Representational|Representative|Illustrative)(?: (?:image|photo|picture))?\)$",
    r"[.!?”\"]\s+\(\s*[Ii]mages?\s*:\s*[^()]{2,40}\)$",
    rf"\([^()]{{0,60}}\bvia\s+(?:{AGENCY})[^()]{{0,10}}\)$",
    r"[.!?”\"]\s+(?:[A-Z][\w'’-]*\s){1,4}file photo\s*/\s*[A-Z][\w .'’-]{2,40}$",
    # ... or its photo archive: '... in Hwaseong, Gyeonggi Province. /The Korea Economic Daily DB', '... Dong-A Ilbo DB'.
    r"(?-i:[.!?”\"]\s*/?\s*(?:The )?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,4} DB)$",
    # The Japan Times' credit after a bar: '... near the Japanese Embassy in Seoul on Saturday. | AFP-JIJI',
    # '... | POOL / VIA REUTERS'.
    r"[.!?”\"]\s+\|\s+[A-Z][\w.'’-]*(?:(?:\s*/\s*|[ -])[A-Z][\w.'’-]*){0,4}$",
    # A source after the caption, one sentence: '... in South Hamgyong Province. Source: KCNA via KNS/AFP'.
    rf"^(?=.{{0,300}}$)[^.!?]*[.!?]\s+Source\s*:\s*[^.!?]{{0,40}}\b(?:via\b|(?:{AGENCY})$)",
    # A paper's credit glued on: '... nearly empty, Tuesday afternoon. Korea Times photo by Shim Hyun-chul',
    # '... in front of Cheong Wa Dae on Wednesday. /Yonhap'.
    r"[.!?”\"]\s+(?:[A-Z][\w'’-]*\s){1,3}(?:photo|file photo)\s+by\s+[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}$",
    rf"[.!?”\"]\s*/\s*(?:{AGENCY}|News1|Newsis|Joint Press Corps)$",
    # Euronews': 'Workers at a semiconductor plant in South Korea - Copyright  Reuters'.
    r"^(?=.{10,300}$)[A-Z].*[\w.]\s+[-–—]\s+Copyright\s+(?:©\s*)?[A-Z][\w.&'’-]*(?:\s?/\s?[A-Z][\w.&'’-]*|\s[A-Z][\w.&'’-]*){0,4}$",
    # The FT's: '... at the start of Monday's talks in Tokyo © Kyodo/Reuters'.
    # ... after a full stop too: '... near the Japanese Embassy in Seoul on Nov. 16. © Reuters'.
    r"^(?!(?i:copyright|all contents))(?=.{20,300}$).*[\w.]\s©\s?[A-Z][\w.&'’-]*(?:\s?/\s?[A-Z][\w.&'’-]*|\s[A-Z][\w.&'’-]*){0,4}$",
    # The New York Times' credit glued to its caption: '... in Osaka on Saturday.Credit...Kim Kyung-Hoon/Reuters'.
    r"[.!?”\"]\s*Credit(?:\.{3}|…)\s?[A-Z][^.!?]{0,80}$",
    # An analysis page's figure and its source: 'Figure 1. Image of the launch released on October 3, 2019.
    # (Source: Rodong Sinmun)'.
    r"^(?:Figure|Fig\.|Image|Chart|Map)\s+\d+\.?\s.{10,300}\((?:Source|Photo|Image|Credit)\s*:\s*[^()]{2,60}\)$",
    # ... and The Sydney Morning Herald's: '... near the Japanese embassy in Seoul.Credit:AP'.
    r"[.!?”\"]Credit\s?:\s?[A-Z][^.!?]{0,60}$",
    # The Straits Times' credit glued to its caption: '... after talks in Seoul yesterday.PHOTO: EPA-EFE'.
    r"[.!?”\"]\s*PHOTOS?\s*:\s*\S.{0,60}$",
    rf"[.!?”\"]\s+{_PHOTOGRAPHER}$",
    rf"[.!?”\"]\s+(?:\|\s*)?(?:{AGENCY})(?: (?:photo|file photo|News))?\s*\|?$",
    rf"\(\s*(?:{AGENCY})?\s*Photo\b[^()]*\)$",
    r"\([^()]*\b(?:[Pp]hotos?|[Hh]omepage|[Ww]ebsite|[Cc]ourtesy|[Cc]aptured|[Ss]creenshot"
    r"|[Ss]creen capture|[Hh]andout)\b[^()]*\)\.?$",
    r"^\((?:[^()]|\([^()]*\))*\)$",
    # A caption of one sentence in the present, its credit in brackets after the stop: '..., speaks at a briefing on
    # Tuesday at the government complex in Sejong. (Yonhap)', '... brief reporters at the Pentagon. (Tech. Sgt.
    # Vernon Young Jr./Air Force)'; not a story's last paragraph with the agency's credit: '..., the ministry said.
    # (Yonhap)'.
    rf"(?-i:^(?=.{{20,300}}$)(?!.*\b(?:said|says|told|added|noted|according|will|would)\b)[A-Z]"
    rf"(?:[^.!?]|(?<!\w)[A-Z][a-z]{{0,3}}\.)*?(?<!\bto )\b(?:speaks|speak|poses|pose|shakes\s+hands|shake\s+hands|briefs|brief"
    rf"|listens|listen|salutes|salute|bows|gestures)\b"
    rf"(?:[^.!?]|(?<!\w)[A-Z][a-z]{{0,3}}\.)*[.!?]\s*\((?:{AGENCY}|[A-Z][^()]{{2,50}}/[A-Z][^()]{{1,40}})\)$)",
    # ... or arriving, attending, giving a speech, the day with its year: 'President Moon Jae-in arrives at Don Mueang
    # International Airport in Bangkok on Nov. 3, 2019. (Yonhap)'.
    rf"(?-i:^(?=.{{20,300}}$)(?!.*\b(?:said|says|told|added|will|would)\b)[A-Z](?:[^.!?]|(?<!\w)[A-Z][a-z]{{0,3}}\.)*?"
    rf"\b(?:arrives|attends|delivers|sits|speaks|poses)\b(?:[^.!?]|(?<!\w)[A-Z][a-z]{{0,3}}\.)*"
    rf"\b\d{{1,2}},\s+\d{{4}}\.\s*\((?:{AGENCY}|[A-Z][^()]{{2,50}}/[A-Z][^()]{{1,40}})\)$)",
    rf",\s*(?:{AGENCY})(?: [Nn]ews)?$",
    r"^FILE\s*[-–—]\s",
    # AP's: 'In this Aug. 24, 2019, photo, people watch ...', 'In this file photo taken on ...', and its credit after
    # the caption: '... at the Seoul Railway Station. AP FILE PHOTO'.
    r"^In this (?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4},? (?:file |handout )?|file |handout |undated )"
    r"(?:photo|image|picture)\b(?:,| (?:taken|released|provided|made))",
    rf"[.!?”\"]\s+(?:{AGENCY})\s+(?:FILE\s+)?PHOTO$",
    # Newsis' photo captions: '[Seoul=Newsis] Photo reporter Park Young-tae = Liberty Korea Party leader ...'.
    r"^\[[^\]=]{2,20}=\s*[^\]]{2,20}\]\s*Photo\s+(?:reporter|journalist)\b",
    # Reuters' captions: 'FILE PHOTO: South Korean President Moon Jae-in speaks ... Yonhap via REUTERS'.
    r"^(?:FILE PHOTO|File [Pp]hoto|PHOTO)\s*:\s",
    # A mark before the caption, a credit after it: '(Photo) Prime Minister Shinzo Abe speaks ... (© Sankei by ...)'.
    r"^[(\[](?:Photos?|Image|File [Pp]hoto|PHOTO)[)\]]\s",
    r"\(\s*(?:©|Ⓒ|ⓒ)[^()]{1,80}\)$",
    # A government office credited in brackets: '... in Tokyo. (Prime Minister's Secretariat)'.
    r"\((?:[A-Z][\w'’.-]*\s){0,4}(?:Ministry|Office|Secretariat|Agency|Department|Headquarters)"
    r"(?:\s(?:of|and|[A-Z][\w'’.-]*))*\)$",
    # A ministry or office credited after the caption: '... in Nagoya, Japan on Saturday. Foreign Ministry'.
    r"[.!?”\"]\s+(?:[A-Z][\w'’-]*\s){0,3}(?:Ministry|Office|Agency|Department)(?: of(?: [A-Z][\w'’-]*| and)+)?$",
    rf"[.!?”\"]\s+(?:{AGENCY}|{PHOTO_SOURCES}|[A-Z][\w-]*) via (?:{AGENCY})(?:/\w+(?: \w+)?)?(?:,\s*[Ff]ile)?$",
    # The Hindu's credit after a bar: '... during a rally in Seoul. | Photo Credit: AP'.
    r"[\w.!?”\"]\s*\|\s*(?i:photo\s*(?:credit)?)\s*:\s*\S.{0,60}$",
    r"\s\[[A-Z][A-Z0-9 .,'’/-]{2,40}\]$",
    # An agency's file photo credited after the caption: '... on August 22, 2019. AFP FILE PHOTO / JUNG YEON-JE'.
    rf"[.!?”\"]\s+(?:{AGENCY})\s+(?i:file\s+)?(?i:photo)\s*/\s*[A-Z][\w .'’-]{{2,40}}$",
    # A photographer and the outlet in capitals: '... in Seoul, Thursday, Nov. 14, 2019. DANIEL RHEE/STARS AND STRIPES'.
    r"[.!?”\"]\s+[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}"
    r"\s?/\s?[A-Z][A-Z&.'’-]+(?:\s[A-Z][A-Z&.'’-]+){0,4}$",
    # A file photo's credit in brackets: '... if Japan backs down [File: Kim Hong-Ji/Reuters]'.
    r"\s\[(?:File|Photo|Image)s?\s*:\s*[^\]]{2,60}\]$",
    # Where each one stands, set off by commas as agencies write it: 'Mark Esper, left, and Jeong Kyeong-doo at ...'.
    r"\b[A-Z][\w'’.-]+,\s(?:left|right|center|centre|(?:second|third) from (?:left|right)),\s",
    # ... and its photographer alone: '... in Seoul on August 15, 2019. AFP/Jung Yeon-je'.
    # The Hankyoreh's and Korea.net's credits: '(Kim Jeong-hyo, staff photographer)', '(Korea.net DB)',
    # '(Cheong Wa Dae)' after a caption with no full stop; a featured image's note; AFP's handout credit.
    r"\((?:[A-Z][\w'’-]+\s?){1,3},\s*(?:staff |senior |chief )?(?:photographer|photojournalist)\)$",
    r"\([^()]{1,30}\sDB\)$",
    r"[^.!?”\"\s]\s\((?:Cheong Wa Dae|Blue House|Korea\.net|Presidential Office|Prime Minister's Office)\)$",
    # ... or a stock picture library's, with or without one: 'Korean and Japanese national flags (123rf)'.
    r"\S\s?\((?:123[Rr][Ff]|Getty Images Bank|Getty Images|Shutterstock|iStock|Pixabay|Unsplash)\)$",
    r"^Featured (?:image|photo)\s*:",
    rf"\bHandout\s*/\s*[^/]{{2,60}}/\s*(?:{AGENCY})$",
    # A name and its credit: 'Chief Cabinet Secretary Yoshihide Suga Image: REUTERS file'.
    rf"\s(?:Image|Photo)s?:\s*(?:{AGENCY}|[A-Z][A-Z.&-]{{2,}})(?:\s+(?i:file))?\b",
    rf"[.!?”\"]\s+(?:{AGENCY})\s*/\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,3}}$",
    # A caption's source after it, on a short line: '... near the Japanese embassy in Seoul. Source: AAP'.
    r"^(?=(?:\S+\s+){0,35}\S+$).*[.!?”\"]\s+Source\s*:\s*[A-Z][\w./&-]{1,20}$",
    # A credit in brackets after the caption: '... on Nov. 15, 2019. (Jung Yeon-je/Pool via AP)',
    # '... Takeshima in Japanese [South Korean Navy via AP]', '... on Dec. 16. (Mainichi/Kota Yoshida)'.
    rf"[.!?”\"\w]\s*[(\[](?:{_PHOTOGRAPHER}|{_NAME}\s+via\s+(?:{AGENCY}))[)\]]$",
    rf"[.!?”\"]\s*\({_NAME}\s?/\s?{_NAME}\)$",
    rf"[.!?”\"]\s*\({_NAME}\s?/\s?(?:{AGENCY})\s?/\s?Getty Images\)$",
    # ... and in square brackets, with the agencies: '... Pyeongtaek, South Korea. [Jeon Heon-Kyun/EPA/EFE]'.
    rf"[.!?”\"]\s*\[{_NAME}\s?/\s?(?:{AGENCY})(?:\s?/\s?(?:{AGENCY}))*\]$",
    # ... glued to the caption's last word: '... on Thursday.AHN YOUNG-JOON/ASSOCIATED PRESS'.
    r"[a-z][.!?”\"][A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3}/(?:ASSOCIATED PRESS|AP|AFP|REUTERS|EPA|YONHAP|BLOOMBERG"
    r"|GETTY IMAGES|POOL)$",
    # ... or after a space, the library after the agency: '... near the Japanese Embassy in Seoul on November 22. JUNG
    # YEON-JE/AFP/GETTY'.
    r"[.!?”\"]\s+[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3}/(?:AFP|AP|REUTERS|EPA|YONHAP|BLOOMBERG|POOL)"
    r"/(?:GETTY(?: IMAGES)?|POOL|FILE)$",
    # ... or on its own line: 'JUNG YEON-JE/AFP/GETTY'.
    r"^[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3}/(?:AFP|AP|REUTERS|EPA|YONHAP|BLOOMBERG|POOL)(?:/(?:GETTY(?: IMAGES)?|POOL"
    r"|FILE))?$",
    # ... or parted by bars, as CNBC does: '... boycotting Japanese brands. Jung Yeon-je | AFP | Getty Images'.
    rf"[.!?”\"]\s+{_NAME}\s?\|\s?(?:{AGENCY}|{PHOTO_SOURCES})(?:\s?\|\s?(?:{AGENCY}|{PHOTO_SOURCES}))*$",
    # A photographer after an agency and a colon, as ABC (Australia) does: '(AP: Ahn Young-joon)'.
    rf"[.!?”\"]\s*\((?:{AGENCY}|ABC News|ABC|Getty Images|Supplied)\s?:\s?{_NAME}\)$",
    # A source after the caption: '... near Bangkok, Monday. Courtesy of Cheong Wa Dae'.
    r"^(?=.{0,400}$).*[.!?”\"]\s+Courtesy of (?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}$",
    # A source in brackets or square brackets after the caption: '(provided by the presidential office)',
    # '... in Seoul. [Photo by Yonhap]'.
    r"[.!?”\"]\s*\((?:[Pp]rovided|[Ss]upplied)\s+by\s[^()]{2,60}\)$",
    # A Korean paper's own picture after the caption, glued on: '... bound for Fukuoka on Nov. 22. 부산일보DB'.
    r"[.!?”\"]\s*[\uac00-\ud7af]{2,10}\s?DB$",
    r"[.!?”\"]\s*\[(?:Photos?|Images?|Graphics?)\s+(?:by|from|courtesy of)\s[^\]]{2,60}\]$",
    # Reuters' licensing link after its credit: '... March 16, 2023. REUTERS/Issei Kato/File Photo Purchase
    # Licensing Rights, opens new tab'; Deutsche Welle's picture agency glued on: '... in Chengdu
    # picture-alliance/AP Photo/Yonhap'.
    r"\bREUTERS(?:/.{2,60})?\s\b(?:Purchase|Acquire) Licensing Rights\b",
    r"\s(?:picture-alliance|picture alliance)/[\w.-]+(?:/[\w.-]+| Photo)*$",
    # ... a photographer's credit after the caption's sentence: '... in central Seoul on Aug. 15. JUNG YEON-JE/AFP/Getty
    # Images'; the agencies after its date: '... in Cheonan, South Korea, August 2019 Yonhap / Reuters'.
    rf"[.!?”\"]\s+{_CREDIT_AT_END}",
    rf"\b(?:19|20)\d\d\s+{_CREDIT_AT_END}",
    # ... or a photographer's name in capitals after its day, no full stop: '... on Aug. 15 JUNG YEON-JE/AFP/Getty Images'.
    rf"\s\d{{1,2}}\s+[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){{0,3}}\s?/\s?(?:{AGENCY})(?:\s?/\s?(?:{PHOTO_SOURCES}))*$",
    # AFP's instruction to print its credit, glued to the caption: '... in Seoul on August 22. Photo credit should
    # read JUNG YEON-JE/AFP/Getty Images' (a caption's length, no dateline opening it, 'SEOUL, Aug. 22 (Yonhap) --',
    # 'Seoul, South Korea —': not a lead it is glued to).
    r"^(?=.{0,400}$)(?!(?:[A-Z]{3,}[A-Z .,'’/-]*|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*, [A-Z][\w.'’ -]{1,30})"
    r"(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–)\s).*[.!?\"”]\s*"
    r"(?i:photo credit should read)\s+\S.{0,80}$",
    # A photographer's credit in capitals, an agency's name by the unspaced slash: 'AP PHOTO/AHN YOUNG-JOON',
    # 'EPA-EFE/JEON HEON-KYUN', 'ED JONES/AFP VIA GETTY IMAGES'.
    r"^(?=.{0,60}$)(?=.*(?:\b(?:AP PHOTO|AFP|EPA|EPA-EFE|REUTERS|YONHAP|KYODO|XINHUA|NEWSIS|NEWS1|POOL)/"
    r"|/(?:AFP|AP|EPA|REUTERS|YONHAP|KYODO|XINHUA|POOL|GETTY IMAGES)\b))[A-Z][A-Z.'’ -]*/[A-Z][A-Z.'’ /-]*$",
    # An agency's photo, the word in capitals: '... during a 2016 test. KCNA Photo'.
    rf"[.!?”\"]\s+(?:{AGENCY})\s(?:Photo|File Photo|PHOTO)$",
)

# An agency's credit in square brackets closing a caption, as the JoongAng prints it: '... in Seoul on Thursday.
# [Yonhap]' (a story's paragraph may close so too: see `clean`).
BRACKETED_CREDIT = re.compile(rf"(?<=[.!?”\"])\s*\[\s*(?:{AGENCY})\s*\]$")

# Papers that sign their stories and credit their photos so: '(Mainichi)', '(The Asahi Shimbun)'.
_PAPERS = r"(?:The\s)?(?:Mainichi|Asahi|Yomiuri|Sankei|Nikkei)(?:\sShimbun)?"

# A credit in brackets closing a paragraph: the wire's sign-off on the last
# paragraph, a photo credit anywhere else. Also after a dash: '... on export controls.-VNA'.
SIGN_OFF = re.compile(
    # (two agencies too, as Korean papers credit a foreign agency's copy or photo: '(AP-Yonhap)')
    # (or with an equals sign between, as Korean and Japanese papers print a caption's: '(Yonhap = Kyodo)')
    # (a stop after it, as ANSA prints it: '... according to officials. (ANSA).')
    rf"\s*\(\s*(?:By\s+)?(?:{AGENCY}|{_PAPERS}|Agencies)(?: News(?: Agency)?)?(?:\s?[-/=]\s?(?:{AGENCY}))*\s*\)"
    r"(?:(?<=\(ANSA\))\.)?$"
    # (in angle brackets, as Korean-American papers credit it: '<Yonhap>')
    rf"|\s*<\s*(?:{AGENCY})\s*>$"
    rf"|(?<=[.!?”\"])\s*[-–—]{{1,2}}\s*(?:{AGENCY})$"
    # ... a site's own, by its address: '... joint exercises by Seoul and Washington. – Rappler.com'
    r"|(?<=[.!?”\"])\s+[-–—]{1,2}\s*[A-Z][\w-]{2,30}\.(?:com|net|org|ph|my|sg|vn|id)$"
    # A pool photo's credit: '... sit across from each other in Tokyo on July 12. (Pool)'.
    r"|(?<=[.!?”\"])\s*\((?:Pool|Pool [Pp]hoto|Pool via [A-Z][\w.&-]*)\)$"
    # Xinhua's end mark glued to the last sentence: '... the foreign ministry said. Enditem'; Kyodo's: '... ==Kyodo'.
    r"|(?<=[.!?”\"])\s+Enditem$"
    # ... and PTI's, its desk's initials after it: '... the same day. PTI AMS AMS'.
    r"|(?<=[.!?”\"])\s+PTI(?:\s+[A-Z]{2,4}){1,4}$"
    # ... and KCNA's: '... they will face the stern judgment of the people. -0-'
    r"|(?<=[.!?”\"])\s+-0-$"
    rf"|(?<=[.!?”\")])\s*==\s*(?:{AGENCY})$"  # (after a caption's credit too: '... on Aug. 23, 2019. (Kyodo) ==Kyodo')
)

# Category and section labels on a line of their own.
CATEGORY_LABELS = _compile(
    r"^(?:News|World|Politics|National|Nation|International|Business|Economy|Opinion|Editorials?"
    r"|Columns?|Analysis|Sports?|Culture|Society|Lifestyle|Tech|Technology|Science|Asia|Opinions|Global Opinions"
    # (a site's news in English, a committee's releases: 'English News', "Ranking Member's Press")
    r"|English News|(?:Chairman|Chair|Ranking Member|Majority|Minority)['’]s Press|(?:Majority|Minority) Press"
    r"|(?:East )?Asia[- ]Pacific|Diplomacy|Defen[cs]e|Policies|Policy|Features?|Latest|Top News|Breaking"
    r"|Breaking News|All News|Exclusive|Interview|International relations|Politics (?:&|and) Diplomacy"
    r"|Foreign Affairs|Security|Military|Region|Global|Local|Commentary|Explainer|Multimedia|News Focus"
    r"|Blog|Blog Post|Guest Post|In Brief|Expert Brief|Op-Ed|Essay|Q&A|Podcast|Newsletter|Top Story|Top Stories"
    r"|(?:Top |Latest )?Headlines|Latest News|Letters to the Editor"
    # The label over a story's key points (the points are the story's).
    r"|Key Points|Key points|Key Takeaways|Key takeaways|Highlights|At a Glance|At a glance)$",
    r"^(?:Key Points|Key Takeaways|Highlights|At a Glance)\s*:$",
    # A blog post's categories: 'Posted in Asia Pacific, Export Controls, WTO'.
    r"^(?:Posted|Filed|Categori[sz]ed) (?:in|under)\s*:?\s+[A-Z][\w&'’ -]{1,30}(?:,\s*[A-Z][\w&'’ -]{1,30})*$",
    # A paper's label over its editorials: 'The Post's View'.
    r"^The (?-i:[A-Z]\w+)['’]s View$",
    # ... a kind of piece and where it ran first: 'Commentary (The Diplomat)'.
    r"^(?:Commentary|Analysis|Opinion|Op-Ed|Essay|Blog Post)\s*\((?:The )?(?-i:[A-Z])[\w .'’&-]{1,40}\)$",
    # ... sections joined by a plus: 'Politics + Society', 'Science + Technology'.
    r"^(?:Arts|Business|Cities|Culture|Economy|Education|Environment|Energy|Health|Medicine|Politics|Society"
    r"|Science|Technology)(?: \+ (?:Arts|Business|Cities|Culture|Economy|Education|Environment|Energy|Health"
    r"|Medicine|Politics|Society|Science|Technology))+$",
    flags=_I,
)

# The same, glued before a headline that opens the page: 'Analysis What to make of ...'.
LEADING_LABELS = _compile(
    r"^(?:Analysis|Opinion|Editorial|Commentary|Column|Exclusive|Breaking|Interview|Feature"
    r"|Explainer|Review|Perspective|Live|Watch|Video|Photos?|News)\s*(?:[:|•–—-]\s*)?(?=[A-Z])",
)

# A section's name in a path: capitalised words, with small words between them.
_PATH_ITEM = r"[A-Z][\w'’.–-]*(?: (?:[A-Z][\w'’.–-]*|&|in|of|the|and|for|on|to|at)){0,4}"
# Navigation: breadcrumbs, menus, account links.
# A printed page's foot: its number ('Page 1 of 2'), between dashes ('- 2 -', a bullet's dash may be read off
# before it), or the page's address and the sheet's number a browser prints ('https://en.yna.co.kr/view/AEN... 1/2').
PAGE_OF = r"Page \d{1,3} of \d{1,3}"
PAGE_NUMBER = r"(?:[-–—]\s*)?\d{1,3}\s*[-–—]"
PRINT_FOOTER = r"https?://\S+\s+\d{1,3}/\d{1,3}"
# A site's address alone, as a reader app shows it under the headline: 'thediplomat.com', 'www.koreaherald.com'.
BARE_HOST = (r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.kr|co\.jp|co\.uk|com\.au|or\.kr"
             r"|go\.kr|go\.jp|kr|jp|cn|tw|sg|in|asia|news|info|eu)$")

NAV = _compile(
    # A reader app's buttons over the story: 'Log In Sign Up', 'OPEN IN APP Not now', 'Open in app ›'.
    r"^(?:Log ?in|Sign ?in)\s*(?:[/|·]\s*)?(?:Sign ?up|Register|Join)$",
    r"^Open in (?:the )?app\b\W*(?:Not now)?$",
    # A picture's placeholder text: 'Neuer Inhalt' (swissinfo.ch's, in German on its English pages).
    r"^Neuer Inhalt$",
    # A page's link past a block: 'Skip next section Related content' (Deutsche Welle).
    r"^Skip (?:next|previous) section\b.{0,40}$",
    # A site's skip links and its menu's buttons: 'Skip links', 'Skip to Content', 'Show navigation menu'.
    r"^Skip (?:links|to (?:main )?content|to navigation)$",
    r"^(?:Show|Hide|Open|Close) (?:the )?navigation menu$",
    r"^Navigation menu$",
    # A site's social links' label, its reading list's and sharing's buttons: 'Follow Al Jazeera English:', 'Save
    # articles to read later and create your own reading list.', 'Click here to share on social media', 'share2'.
    r"(?-i:^Follow [A-Z][\w .&'’-]{1,40}\s*:$)",
    r"(?-i:^Follow [A-Z][\w.&'’-]{1,20}(?: [A-Z][\w.&'’-]{1,20}){0,2} on\s*:?$)",  # ('Follow RT on', its icons gone)
    # A site's thanks to its readers, asking for comments: 'Dear readers! Thank you for being with us! ...' (RT's).
    r"^Dear readers!\s+Thank you for being with us!.{0,200}$",
    # A sender's postal address at a newsletter's foot, parts apart: 'Meridian Asia Advisory LLC · 1150 Connecticut Ave
    # NW, Suite 900 · Washington, DC 20036', 'Foreign Policy | 655 15th Street NW, Suite 300 | Washington, DC 20005'.
    r"(?-i:^(?=.{0,200}$).*\b\d{1,5} [A-Z0-9][\w.'’ -]{1,40}\b(?:Ave|Avenue|St|Street|Road|Rd|Blvd|Boulevard|Way|Place)"
    r"\b.*\b[A-Z]{2},? \d{5}(?:-\d{4})?$)",
    # ... and its team signing it: '— The Meridian Asia Advisory team'.
    r"(?-i:^[—–-]\s*The [A-Z][\w.&'’ -]{2,60} (?:team|staff|editors|desk)$)",
    r"^Save articles to read later\b.{0,80}$",
    r"^Click here to share on social media$",
    r"^share\d$",
    # A breadcrumb after its label: 'You are here: World', 'You are here: Home > Defence Weekly > News'; a site's search
    # box: 'Search the BBC'.
    r"^You are here\s*:.{0,120}$",
    r"^Search the (?:BBC|site|archive|web)$",
    # A message board's (phpBB's): its index and forum, its menus and pager, the columns over the posts, a poster's
    # card, its settings and clock under the thread.
    r"^.{3,80}? Forum Index(?:\s*-?>\s*.{1,80})?$",
    r"^FAQ\s+Search\s+Memberlist\b.{0,80}$",
    r"^Profile\s+Log in to check your private messages\b.{0,40}$",
    r"^Goto page [\d, ]+(?:\s+Next)?$",
    r"^View previous topic\s*::\s*View next topic$",
    r"^Author\s+Message$",
    r"^Joined: \d{1,2} [A-Z][a-z]{2} \d{4}$",
    r"^Posts: [\d,]+$",
    r"^Display posts from previous\b.{0,200}$",
    r"^(?:.{0,80}\s)?All times are (?:GMT|UTC)\b.{0,30}$",
    # A footer's row of links between bars: 'Support HKFP | Code of Ethics | Error/typo? | Contact Us | Apps'.
    r"^(?:[A-Z][\w&'’?/ -]{1,30}?\s+\|\s+){3,}[A-Z][\w&'’?/ -]{1,30}$",
    # ... and one with the site's terms and policies: 'Terms & Conditions | Data Protection Policy | Need help? Reach us here.'
    r"^(?=.{0,200}$)(?:[^|]{1,40}\|\s*)*(?:Terms (?:&|and|of) (?:Conditions|Use|Service)|(?:Privacy|Data Protection"
    r"|Cookie) Policy)(?:\s*\|[^|]{1,40})+$",
    # ... a row of sections in capitals, two at least: 'RATING ACTION COMMENTARY | NON-RATING ACTION COMMENTARY'.
    r"(?-i:^[A-Z][A-Z&'’ -]{2,40}(?:\s+\|\s+[A-Z][A-Z&'’ -]{2,40})+$)",
    # A newsletter's links over it: 'View online | Manage newsletters'; the Congressional Record's issue.
    r"^View (?:online|in (?:your )?browser|this email in your browser)\b.{0,60}$",
    r"^Having trouble (?:reading|viewing|seeing) this (?:e-?mail|newsletter|message)\b.{0,80}$",
    r"^Text available as\s*:?$",
    r"^Congressional Record\s+Vol\.\s*\d+,\s*No\.\s*\d+$",
    # A site's note on its stance: 'HKFP is an impartial platform & does not share the views of ...'.
    r"^[A-Z][\w&]{1,10} is an impartial platform\b",
    # A site's note on itself: 'Press TV's website can also be accessed at ...', 'The Seattle Times does not
    # append comment threads to stories from wire services ...', a machine translation's banner.
    r"^[A-Z][\w .&'’-]{2,40}[’']s website can also be accessed at\b",
    r"^The [A-Z][\w ]{2,30} does not (?:append|allow|host) comment(?:s| threads)\b",
    r"^This (?:page|article) has been (?:automatically |machine[- ])?translated from\b",
    # ... as a translating site prints it: '[Machine translation] This article was translated automatically by a
    # translation engine. ...', 'Original text', 'View original (Korean)', 'Contribute a better translation'.
    r"^\[?Machine translation\]?\s*(?:[|:]|This (?:article|page) (?:was|has been|is) (?:automatically )?"
    r"(?:translated|machine[- ]translated)\b)",
    r"^(?:Original text|View original(?: \((?:Korean|Japanese|Chinese)\))?|Contribute a better translation)$",
    # ... or names its engine: 'This page has been translated by Papago.', 'Translated by Papago'.
    r"^(?:This (?:page|article|story) (?:has been|was|is) )?(?:automatically |machine[- ])?translated (?:by|with|using)"
    r" (?:Papago|Google(?: Translate)?|DeepL|Bing(?: Translator)?|Microsoft Translator)\b.{0,60}$",
    # A Korean site's links to the reporter's other pieces and to the list: 'Go to other articles of the reporter',
    # 'Go to list of articles'; a state agency's buttons under the story: '<< Back    Printing', 'Top    Print'.
    r"^Go to (?:(?:other|more) articles (?:of|by) the (?:reporter|writer|author)|(?:the )?list(?: of articles)?)\W*$",
    r"^(?:<<\s*)?(?:Back|Top)\s+Print(?:ing)?$",
    # A radio service's link, a teaser's button: 'Listen to the latest news', 'Show Full Article'.
    r"^Listen to (?:the )?latest news$",
    r"^Show (?:Full|Entire|Whole) (?:Article|Story)$",
    # A footer's links with no marks between them: 'Terms of Service Do Not Sell My Info (California) Trademarks
    # Privacy Policy'.
    r"^(?:(?:Terms of (?:Service|Use)|Privacy Policy|Cookie Policy|Do Not Sell My (?:Personal )?Info(?:rmation)?"
    r"(?: \(California\))?|Trademarks|Accessibility|Contact Us|Help|Careers|Advertise|Ad Choices|Site ?map|About Us)"
    r"\s*[|·•]?\s*){3,}$",
    # A page's buttons in brackets: '[Print]', '[Top]'.
    r"^\[(?:Print|Top|Back|Close|List|Home)\]$",
    r"^Read the Full Transcript$",
    r"^(?:\d+\.\s*)?Home(?:\s*[>/|»›]\s*.*|\s+:\s+[A-Z].{0,80})?$",  # (or a colon between spaces: 'Home : Newsroom')
    # ... or its menu's items after it, no marks between them, three sections' names among them: 'Home Latin America
    # World Economics Culture Sports Science & Tech Health Specials'.
    r"(?-i:^Home(?=(?: .*?\b(?:World|Politics|Business|Economy|Economics|Culture|Sports?|Health|Opinion|Science|Tech)"
    r"\b){3})(?: (?:[A-Z][\w'’.-]*|&)){5,20}$)",
    # ... in Japanese, its steps parted by a wide sign: 'ホーム ＞ 防衛関連ニュース ＞ English Digest'.
    r"^ホーム\s*[＞>›»/]\s*.*$",
    # A feed's link: 'RSS', 'RSS feed'.
    r"^RSS(?: [Ff]eeds?)?$",
    # The switch between a site's editions: 'KOREAN  ENGLISH  CHINESE  JAPANESE', 'English' alone.
    r"^(?:(?:English|Korean|Japanese|Chinese|Spanish|French|German|Russian|Arabic|Vietnamese|Indonesian|Thai"
    r"|Portuguese|Italian|Turkish|한국어|日本語|中文|简体中文|繁體中文|Español|Français|Deutsch|Português|Italiano|Русский"
    r"|العربية)(?:\s*[|/·•,]?\s*|$))+$",
    r"^[\w&'’ .-]{1,30}(?:\s*[>»›]\s*[\w&'’ .-]{1,30}){1,5}$",
    # (an item with a slash in it too: 'NATIONAL | N. KOREA | ECONOMY | SCI/TECH | SPORTS')
    r"^[\w&'’./-]+(?: [\w&'’./-]+){0,2}(?:\s+[|/·•]\s+[\w&'’./-]+(?: [\w&'’./-]+){0,2}){2,15}$",
    # A section's path in capitals or in words each capitalised: 'ASIA PACIFIC / POLITICS & DIPLOMACY',
    # 'Global Nation / Asia & Pacific'; in capitals, the slash may stand between no spaces after a pair of sections:
    # 'ASIA & WORLD/KOREAN PENINSULA' (The Asahi Shimbun's; not a headline or dateline, 'SEOUL/TOKYO TRADE TALKS
    # COLLAPSE').
    r"(?-i:^[A-Z][A-Z&'’ .-]{1,30}\s/\s[A-Z][A-Z&'’ .-]{1,30}$)",
    r"(?-i:^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)* & [A-Z][A-Z'’.-]+/[A-Z][A-Z&'’ .-]{1,30}$)",
    # ... three at least, words each capitalised, the slashes between no spaces: 'News/Asia/East Asia' (the SCMP's).
    r"(?-i:^[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}(?:/[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}){2,6}$)",
    # With small words inside: 'This Week in Asia / Politics', 'Opinion / Letters to the Editor'.
    rf"(?-i:^{_PATH_ITEM}(?:\s+/\s+{_PATH_ITEM})+$)",
    # A menu of sections, no marks between them: 'NEWS BUSINESS OPINION LIFE TRAVEL'.
    r"^(?:(?:News|Business|Opinion|Life|Lifestyle|Travel|Sports?|World|Politics|Culture|Tech|Science|Health"
    r"|Entertainment|Videos?|Photos?|Home|Latest|Local|National|Asia|Economy|Markets|Auto|Property|Jobs|Learning"
    r"|Education|Weather|Podcasts?|Features|Green|Money|Food|Arts?|Style|Breakingviews|Pictures|Graphics|Wealth"
    r"|Legal|Crime|Sustainability|Investigations|Commentary|More|Industry|Stock Market|Real Estate|Finance|Society"
    r"|Companies|Diplomacy|Defense|Defence)\s*){3,}$",
    # A US government site's banner: 'An official website of the United States government' / 'Here's how you know' /
    # 'Official websites use .gov' / 'A .gov website belongs to ...' / 'Secure .gov websites use HTTPS' / 'A lock ...'.
    r"^An official website of the (?:United States|U\.S\.) government\.?$",
    r"^Here(?:'|’)s how you know\.?$",
    r"^(?:Official|Secure) \.gov websites use\b.{0,20}$",
    r"^Official websites use \.gov$",
    r"^A \.gov website belongs to an official government organization\b.{0,60}$",
    r"^A lock \(.{0,30}\) or https://.{0,200}$",
    r"^Skip to (?:main )?content \(Press Enter\)\.?$",
    r"^Toggle (?:navigation|menu|search)$",
    # A tabloid's tags, its wires and its publisher: 'Filed under japan , kim jong un , ...', 'With Post wires',
    # 'Published by Associated Newspapers Ltd', 'Part of the Daily Mail, The Mail on Sunday & Metro Media Group'.
    r"^Filed under\s*:?\s+\S.{0,300}$",
    r"^With (?:[\w.]+ )?wires?\.?$",
    r"^Published by Associated Newspapers\b.{0,40}$",
    r"^Part of the Daily Mail\b.{0,80}$",
    r"^(?:Written by|Published In|Author\(s\)|Explore Firm Details|See more|Refine your interests|Archives|Select Month"
    r"|Back Forward|Save & file|Linked ?In)\s*:?\s*»?$",
    r"^[\w&'’ -]{1,40} \+ Follow$",
    r"^Search [\w-]+\.(?:gov|mil|com|org)$",
    # A site's topics after a label: 'Explore: Business | Constitutional Law | Election Law | ... | more'.
    r"^(?:Explore|Topics|Sections|Browse)\s*:\s*[^|]{1,40}(?:\s*\|\s*[^|]{1,40}){2,}$",
    # A news database's export: its header ('KYODO NEWS DATABASE | English News Service | Print view', 'Search:
    # "Abe" AND "Moon" Results 1-20 of 36', 'Item 4 of 36', 'Database: JIJI-ENS Archive ... Hits: 58'), its pages
    # ('Page 1 of 2'), its fields ('Word count: 611', 'LOAD-DATE: August 2, 2019', 'ProQuest document ID: ...'),
    # a paper's desk and edition ('Foreign Desk; SECTION A', 'Late Edition - Final', '743 words').
    r"^.{0,80}\b(?:Article Print|Print view|Print Preview|Printer[- ]friendly(?: version)?)$",
    r"^Search\s*:.{1,200}\bResults? \d+(?:\s*[-–]\s*\d+)? of \d+\b.{0,60}$",
    r"^(?:Item|Document|Result) \d{1,4} (?:of|/) \d{1,5}$",
    "^" + PAGE_OF + "$",
    # ... after the paper's name, as a print view's header prints it: 'Stars and Stripes    Page 1 of 2'.
    r"^[A-Z][\w .&'’-]{1,40}?\s+" + PAGE_OF + "$",
    # ... or its number between dashes: '- 2 -'
    "^" + PAGE_NUMBER + "$",
    # A press release's table of its details: 'Division   International Policy Division, International Policy Bureau',
    # 'Contact   Col. Park Sang-woo, Director (02-748-6510)', 'Pages   3 (including this page)'.
    r"(?-i:^Division\s*:?\s+[A-Z][\w ,&'’-]{0,80}\b(?:Division|Bureau|Office|Department)$)",
    r"(?-i:^Contacts?\s*:?\s+[A-Z].{0,100}(?:\(?\+?\d{2,4}[- ]\d{3,4}[- ]\d{4}\)?|\b(?:Division|Bureau|Office)\b.{0,40})$)",
    r"(?-i:^Pages\s*:?\s+\d{1,3}\b(?:\s*\(.{0,40}\))?$)",
    # ... a name and a telephone number under it: 'Lt. Col. Yun Ji-hye (02-748-6514)'.
    r"^[^()]{2,50}\(\+?\d{2,4}[- ]\d{3,4}[- ]\d{4}\)$",
    r"^[\d,]+ words$",
    r"(?-i:^(?:Database|Query|Genre|Region|Word count|Length|LENGTH|Section|SECTION|LOAD-DATE|Load-Date|LANGUAGE"
    r"|Language(?: of publication)?"
    r"|PUBLICATION-TYPE|Publication-Type|Publication type|Publication title|Publication date|Publication year|Publisher"
    r"|Place of publication|Country of publication|Publication subject|Source type|Document type|Document URL"
    r"|ProQuest document ID|Last updated|Location|People|Company / organization|Classification|DOCUMENT-TYPE"
    r"|JOURNAL-CODE|GRAPHIC|Pages|ISSN|Identifier / keyword|Accession Number|Word Count|Category)\s*:\s*\S.{0,300}(?<![a-z]{2}[.!?]))$",
    r"(?-i:^(?:Full Text|Abstract \(summary\)|Abstract|End of Document|Translate)$)",
    # (a subject field lists its terms with semicolons: 'Subject: Treaties; Intelligence gathering')
    r"(?-i:^Subject:\s*[^;]{2,60};.{0,300}$)",
    r"(?-i:^(?:[A-Z][\w'’ ]{1,30} )?Desk\s*;\s*SECTION\b.{0,60}$)",
    r"(?-i:^(?:Late|Early|Final|City|National|International|Asia|Europe|London|Metro|Weekend) Edition\b.{0,30}$)",
    # A wire's copy: its slug ('BC-AS-Koreas-Tensions, 3rd Ld-Writethru,0714'), its note to editors ('Eds: UPDATES
    # with Japanese comment'), its end line ('AP-NY-08-24-19 0412EDT', read as the day it was sent).
    r"(?-i:^BC-[A-Z][\w-]*(?:,.{0,60})?$)",
    r"(?-i:^Eds?\s*:\s*[A-Z].{0,200}$)",
    BARE_HOST,
    # A browser's print footer: the page's address and the sheet's number ('https://en.yna.co.kr/view/AEN... 1/2').
    "^" + PRINT_FOOTER + "$",
    # ... and its head over it, the day and the page's title, glued to it when the text is read again ('7/6/2019 Gmail -
    # Fwd: Trade Lines | Japan's chip-material curbs take effect https://mail.google.com/... 1/2').
    r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+(?:\d{1,2}:\d{2}\s*(?:[AP]M\s+)?)?.{1,160}?\s+" + PRINT_FOOTER + "$",
    # A note to readers of an old browser: 'IE 11 is not supported. For an optimal experience visit our site on another
    # browser.'; a form's captcha note: 'This site is protected by recaptcha Privacy Policy | Terms of Service'.
    r"^(?:IE|Internet Explorer) ?\d* is not supported\b",
    r"^This site is protected by re-?captcha\b",
    # A government site's banners: 'An official website of the United States Government Here's how you know', 'This is
    # archived content from the U.S. Department of State website. The information here may be outdated ...'; a
    # ministry's note over its transcript: '※ The following is an unofficial transcript of ...'.
    r"^An official website of the (?:United States|U\.S\.) (?:Government|government)\b.{0,40}$",
    r"^This is archived content from the\b.{0,80}\bwebsite\b",
    r"^※\s*The following is an? (?:unofficial |official |provisional )?(?:transcript|translation)\b",
    # A site's banner for its new pages: 'DW's new website' / 'Take a look at the beta version of dw.com. We're not done
    # yet! Your opinion can help us make it better.'
    r"^(?:[\w.&'’-]+['’]s|Our|The) new (?:website|site)$",
    r"^Take a look at the (?:beta|new) version of\b",
    # A site's app and login links: 'Hankook Ilbo app install | Login'.
    r"^(?=.{0,80}$).*\bapp(?: install| download)?\s*\|\s*(?:Log ?in|Sign ?in)$",
    # A link to the story in another language: 'Leer en español', 'Read in Chinese'.
    r"^(?:Leer en español|Lire en français|Ler em português|Auf Deutsch lesen|Read (?:this )?in (?:English|Chinese"
    r"|Japanese|Korean|Spanish)|阅读简体中文版|閱讀繁體中文版|日本語で読む|한국어로 읽기)$",
    r"^(?:Menu(?: Content)?|Main menu|Skip to (?:main |page )?content|Skip to (?:site index|navigation|search|footer)"
    r"|Skip navigation|Accessibility links|Keyboard shortcuts for audio player|Toggle (?:menu|navigation|search)"
    r"|Search|Log ?in"
    r"|Sign ?in|Sign ?up!?|Register|Subscribe|Newsletters?(?: Sign ?up)?|Add comments?"
    r"|Back to (?:the )?(?:top|index|list|home ?page|home)|Go to top|Top"
    r"|(?:Previous|Next|Prev)(?: (?:article|story|post|page))?|Close|Open|All sections|Sections|Site map"
    r"|Supported by|Feedback|Learn more|Find out more|Hide|Show|Expand|Collapse|Live updates|Latest updates|Live TV)$",
    # A site's banner over its pages: 'Alert: The U.S. Embassy will be closed on January 20 for Martin Luther
    # King, Jr. Day ...'.
    r"^(?:Alert|Site alert|Notice|Holiday notice)\s*:\s+.{0,200}\b(?:will be|is) closed\b.{0,200}$",
    r"^(?:Newsletter Sign ?up|Register\s*/\s*Log ?in|Log ?in\s*/\s*Register)\b",
    # Sign-in links on one line: 'Subscribe | Log in'.
    r"^(?:Subscribe|Sign ?in|Sign ?up|Log ?in|Register)(?:\s*[|/·]\s*(?:Subscribe|Sign ?in|Sign ?up|Log ?in|Register))+$",
    # A live page's note on its times, a news service's tagline: 'All times stated are UK', 'Latest headlines from
    # NHK WORLD-JAPAN, updated around the clock'.
    r"^All times (?:stated are|are shown in|shown in|in) [A-Z]{2,4}\b.{0,20}$",
    r"^Latest headlines from [\w .&'’-]{2,40}, updated around the clock\.?$",
    # A wiki's links past its menus: 'Jump to navigation Jump to search'.
    r"^Jump to (?:navigation|search|content)(?:\s+Jump to (?:navigation|search|content))*$",
    # Where the piece ran: 'Print edition | Asia'.
    r"^(?:Print|Digital|Web|Online) edition(?:\s*[|:]\s*[\w&'’ -]{1,30})?$",
    # A page's subject labels listed after their heading: 'Keywords South Korea, Japan, GSOMIA'.
    # ... run together with no commas, every word capitalised: 'Tags South Korea Japan Cory Gardner Ed Markey'.
    r"^Tags\s+(?:[A-Z][\w.'’-]*\s+){2,40}[A-Z][\w.'’-]*$",
    r"^Tagged(?: with| in)?\s*:\s*[^,.!?]{1,40}$",
    r"^(?:Related Subjects|Related Topics|(?:Article |Story |Post )?(?:Keywords?|Tags?|Tagged(?: with| in)?|Topics?"
    r"|Subjects?))\s*:?\s+"
    r"[^,.!?]{1,40}(?:,\s*[^,.!?]{1,40})+$",
    # A page's subject after its label and a bar: 'Topic | Japan-South Korea relations'.
    r"^(?:Topics?|Tags?|Keywords?|Subjects?)\s*\|\s*[^.!?|]{1,80}$",
    # A list's labels for screen readers: 'list of 4 items', 'list 1 of 4', 'end of list'.
    r"^(?:list of \d+ items?|list \d+ of \d+|end of list)$",
    flags=_I,
)

# Page widgets: font size, toolbars, reading time, comment and view counters.
_FOOTER_LINK = (
    r"(?:Terms(?: (?:of (?:Use|Service)|(?:and|&) Conditions))?|Privacy(?: Policy| Notice)?|Cookie (?:Policy|Settings)|Cookies"
    r"|Collection notice|Licensing (?:&|and) Reprints|Reprints (?:&|and) Permissions"
    r"|Contact(?: Us)?|About(?: Us)?|Advertise(?: with Us)?|Advertising(?: Guidelines)?|Careers|Sitemap|Site Map"
    r"|Accessibility|Reprints?(?: (?:&|and) Permissions)?|Licensing|Permissions|Apps|Newsletters|Help|Feedback"
    r"|Corrections|Do Not Sell My (?:Personal )?Info(?:rmation)?|Trademarks|Ad Choices|Made in NYC"
    r"|Breaking News Alerts)"
)
# A picture's button ('Enlarge this image', as NPR's) and its caption's ('hide caption'); a caption stands between them
# (see `clean`).
PICTURE_BUTTON = r"^(?:Enlarge|Expand|Zoom(?: in)?) (?:this |the )?(?:image|photo|picture)$"
CAPTION_BUTTON = r"^(?:Hide|Show|Toggle) caption$"
# An embedded post's and a poll's parts, as `clean` tells where such a box starts and ends: who posted a post (under
# its text), the buttons around a post's caption, a poll's question and its count.
POSTED_BY = r"^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)"
POST_VIEWED = r"^View this post on Instagram$"
POST_SHARED_BY = r"^A post shared by\b"
POLL = r"^POLL(?::.{0,200}\?)?$"
VOTES = r"^[\d,]+ votes?$"
# Currencies as exchange-rate strips name them.
_CURRENCY = r"(?:USD|EUR|JPY|KRW|CNY|RUB|GBP|PKR|INR)"
# A feed's line after its item: 'The post Moon and Abe Meet in Chengdu appeared first on The Diplomat.'
FEED_TRAILER = _compile(r"^The post .{5,250} appeared first on [\w .&'’-]{2,60}\.?$", flags=0)

WIDGETS = _compile(
    # A forum's and a social site's chrome around the post they carry: Reddit's ('level 1', '· edited 5 yr. ago',
    # '1.9k', 'I am a bot, and this action was performed automatically.', 'This thread is archived'), Twitter's and
    # its unrollers' ('Replying to @...', 'Show this thread', 'Translate Tweet', 'Read on X', 'Save this thread as
    # PDF'), YouTube's ('[Subscribe Arirang News Official YouTube] http://...', 'Standard YouTube License', 'Up next'),
    # Facebook's ('Most relevant', 'View 27 replies', '5y Like Reply 87') and a portal's under a story ('Like 3,418',
    # 'Angry 1,390', 'Gender: Male 77% Female 23%', 'Replies 64', 'Sort: Recommended | Newest', 'wkdd****').
    r"^level \d{1,2}$",
    # A video's page: its captions' cues ('[Music]'), its chapters' label and button ('Chapters', 'View all'; the
    # chapters themselves, see `clean`), its transcript's button and its channel's notes and links ('[Subscribe Arirang
    # Official YouTube]', 'About Channel:', 'Connect with us on our social media handles:', 'Visit our website:
    # http://kbsworld.kbs.co.kr', 'KBS WORLD TV is the international broadcasting channel of KBS, ...').
    r"^\[(?:Music|Applause|Laughter|Inaudible|Foreign)\]$",
    r"^Chapters$",
    # A print view's buttons: 'Print   Close Window'.
    r"^Print\s+Close (?:this )?Window$",
    # An aggregator's label of a source's leaning, alone on its line: 'Center', 'Lean Left'.
    r"(?-i:^(?:Lean Left|Lean Right|Center)$)",
    r"^View all$",
    r"^Follow along using the transcript\.?$",
    # A radio page's note on its audio ('Audio will be available later today.'), a live page's pin ('PINNED').
    r"^Audio (?:will be|is not yet) available (?:later today|soon|shortly)\.?$",
    r"^Audio for this story\b.{0,80}\bwill be available\b.{0,60}$",
    r"^Pinned(?: post| entry)?$",
    # Publishing platforms' and aggregators' furniture: Substack's, Medium's, LinkedIn's ('Launched 2 years ago', '214
    # Followers', 'Responses (2)', 'What are your thoughts?', 'Like Reply', '3 Reactions'),
    # NewsBreak's, Ground News', Flipboard's ('Read full story', 'Comments · 14', 'Bias Distribution', 'Left 20%',
    # '46 Articles', 'Curated by asiadesk_j'), a journal's ('Show author details', 'Article contents', 'Save PDF',
    # 'Rights & Permissions [Opens in a new window]', 'Cite as: ...', 'DOI: https://doi.org/...').
    r"^Launched \d+ (?:years?|months?|weeks?|days?) ago$",
    r"^\d[\d,.]*[KkMm]? Followers$",
    r"^Responses \(\d+\)$",
    r"^What are your thoughts\?$",
    r"^Like\s+Reply$",
    # A Facebook post's buttons, its note on its language, its time and a live video's line: 'Like Comment Share',
    # 'See Translation', 'November 22 at 8:41 PM ·', 'Tuesday at 4:03 PM ·', 'U.S. Embassy Seoul was live.'
    r"^Like(?:\s*[·•]?\s*(?:Comment|Reply|Share|Send)){1,3}$",
    r"^Sort by$",
    # A forum's card on a poster (XenForo's): 'Joined: Mar 14, 2011 Messages: 4,382 Reaction score: 1,106'.
    r"^Joined: [A-Z][a-z]{2} \d{1,2}, \d{4}(?:\s+Messages: [\d,]+)?(?:\s+Reaction score: [\d,]+)?"
    r"(?:\s+Points: [\d,]+)?$",
    # A newsletter's links to the story and its notes to readers: 'Read the full story on NK News', '→ Read more',
    # 'Smart Brevity™ count: 1,037 words ... 4 minutes.', 'Like what you see? Forward Axios AM to a friend ...',
    # 'Thanks for reading. Please invite your friends ...'; a paper's trial offer: 'Nikkei Asia trial: Try 3 months
    # for $9'; an e-paper's printer: 'Printed and distributed by PressReader'.
    # (not an aggregator's heading over its links: 'Read more on SmartNews', see RELATED)
    r"^(?:→\s*Read more|(?:→\s*)?Read the full story(?: (?:on|at) [A-Z][\w .&'’-]{1,40})?)$",
    r"^Smart Brevity™? count\b.{0,80}$",
    r"^Like what you see\? Forward [A-Z][\w .&'’-]{1,40} to a friend\b.{0,160}$",
    r"^Thanks for reading\.\s+Please invite your friends\b.{0,200}$",
    r"^[A-Z][\w .&'’-]{1,30} trial: Try \d+ (?:months?|weeks?) for [$€£¥]\d+.{0,40}$",
    r"^Printed and distributed by PressReader\.?$",
    r"^PressReader\.com\b.{0,60}$",
    r"^See (?:Translation|original)$",
    r"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|Yesterday|Today"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) at \d{1,2}:\d{2}\s*[AP]M\s*·$",
    r"^[A-Z][\w.&'’ -]{1,60} (?:was|is) live\.?$",
    # A video player's embed box ('width' / 'px' / 'height' / 'px', VOA's), its note when the video is gone, and a
    # video's credits ('Edit : Park Joo-hyun'); a writer's card's link to write ('mailto').
    r"(?-i:^(?:width|height|px|mailto)$)",
    r"^This video is (?:no longer|not|currently not|currently un)\s?available\.?$",
    r"(?-i:^(?:Edit(?:ed by|ing)?|Camera(?:man)?|Video(?: editing| editor)?|Graphics?|Produc(?:er|ed by))\s*:\s*"
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}$)",
    # A magazine's notes on a piece: where it ran in print, that it was updated; its offer.
    r"^This (?:article|piece|story|essay) appears in the .{3,40} (?:issue|edition) of [A-Z][\w .&'’-]{2,60}\."
    r"(?:\s+Subscribe\b.{0,60})?$",
    r"^This (?:post|article|story|piece) has been updated (?:with|to)\b.{0,200}$",
    r"^Get the Magazine$",
    r"^Save up to \d{1,2}% on\b.{0,60}$",
    r"^\d[\d,]* Reactions?$",
    r"^Read (?:the )?full (?:story|article)$",
    r"^Comments\s*·\s*\d+$",
    r"^Bias Distribution$",
    r"^(?:Left|Center|Right|Lean Left|Lean Right)\s+\d{1,3}%$",
    r"^\d[\d,]* Articles$",
    r"^Curated by @?[\w.-]+$",
    r"^(?:Show author details|Article contents|Save PDF|Rights (?:&|and) Permissions)"
    r"(?:\s*\[Opens in a new window\])?$",
    r"^Cite as\s*:\s*.{10,400}$",
    r"^DOI\s*:\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\S+$",
    r"^About the Authors?(?:\(s\))?$",
    r"^Do you have a job opening that you would like to promote on SSRN\?$",
    # A story's likes and dislikes: '(1) (0)'; a link back to a list: 'Back to Statements at Press Conference'.
    r"^\(\d+\)\s*\(\d+\)$",
    r"^Back to (?:[\w&'’ -]{0,40}\s)?(?:Statements|Releases|News|List|Articles|Stories|Briefings|Speeches"
    r"|Remarks|Results|Archive|Index|Blog|Section|Press Conferences?)\b[\w&'’ -]{0,30}$",
    r"^Back to (?:the )?(?:World|Politics|Latest|Business|Opinion|Asia|National|International|Economy|Top|Main Page"
    r"|Home ?page)$",
    r"^\[Subscribe [^\[\]]{2,60}\]$",
    r"^About (?:the |this |our )?Channel\s*:?$",
    r"^Connect with us on (?:our )?social media\b.{0,30}$",
    r"^Visit our (?:web ?site|homepage)\s*:?\s*(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}\S*$",
    r"^[A-Z][\w .&'’-]{1,30} is the international broadcasting channel of\b.{0,100}$",
    # A video's counts: '38K views  4 years ago', '1.31M subscribers'.
    r"^[\d,.]+\s*[KM]?\s+(?:views|subscribers)\b.{0,80}(?<![.!?])$",
    # A player's button over the story: 'Listen to Article (5 minutes)'.
    r"^Listen to (?:this )?(?:article|story)(?:\s*\(\d{1,2} min(?:ute)?s?\))?$",
    r"^·?\s*edited \d{1,2} (?:yr|mo|wk|d|hr|h|min)s?\.? ago$",
    r"^\d{1,3}(?:\.\d)?[kK]$",
    r"^I am a bot, and this action was performed automatically\b.{0,200}$",
    r"^Users often report submissions from this site\b.{0,300}$",
    r"^This thread is archived$",
    r"^New comments cannot be posted and votes cannot be cast\.?$",
    r"^Replying to(?:\s+@\w+(?:\s+(?:and\s+)?@\w+)*)?$",
    r"^(?:Show this thread|Translate (?:Tweet|post)|Relevant people|Read on X|Save this thread as PDF)$",
    r"^New to (?:Twitter|X)\?.{0,100}$",
    r"^This Thread may be Removed Anytime!?$",
    r"^Missing some Tweet in this thread\?.{0,150}$",
    r"^On the Twitter thread you want to save\b.{0,200}$",
    r"^\d\)\s*Follow Thread Reader App\b.{0,200}$",
    r"^How to get URL link on X \(Twitter\) App$",
    r"^\[Subscribe [^\]]{1,60}\]\s*https?://\S+$",
    r"^(?:Standard YouTube License|Creative Commons Attribution license \(reuse allowed\)|Up next|AUTOPLAY)$",
    r"^(?:Most relevant|All comments|Newest first)$",
    r"^View (?:all )?\d{1,4} (?:more )?(?:repl(?:y|ies)|comments?)$",
    r"^\d{1,2}[ywdhm] (?:Like )?Reply(?: \d{1,5})?$",
    r"^(?:(?:Like|Sad|Angry|Dislike|Recommend|Wow|Haha|Love)\s+[\d,]+\s*)+$",
    r"^Gender\s*:\s*Male \d{1,3}% Female \d{1,3}%$",
    r"^(?:BEST|Repl(?:y|ies) [\d,]+)$",
    r"^How do you feel about this article\?$",
    r"^Comments are the expression of each user\b.{0,200}$",
    r"^Sort\s*:\s*\w+(?:\s*\|\s*\w+){1,4}$",
    r"^[a-z0-9]{2,12}\*{3,}(?:@[\w.-]+)?$",
    # A list page's links to the items beside: 'List', 'Prev President Moon's Remarks ...', '« Previous: Minister
    # Kang Meets ...' (not 'Next:' or 'Previous:' alone, which open a story's lines too); a pager: '1 | 2 | NEXT PAGE
    # »'; a live page's buttons: 'Load more updates'.
    r"^List$",
    r"^[«‹]?\s*Prev(?:\s*:)?\s+\S.{0,150}$",
    r"^[«‹]\s*(?:Previous|Next)\s*:\s+\S.{0,150}$",
    r"^(?:Previous|Next)\s*:\s+\S.{0,150}\s[»›]$",
    r"^(?:\d+\s*\|\s*)+(?:NEXT|Next)(?: PAGE| Page)?\s*[»›]?$",
    r"^(?:Load|Show|See) more (?:updates|posts|entries|stories|articles|news)$",
    # A topic page's buttons and labels: 'Follow this topic +', 'People in this story'; a library guide's help box:
    # 'Ask a Librarian', 'Need help? A librarian can meet with you ...'.
    r"^Follow (?:this )?(?:topic|tag|author|story)\s*\+?$",
    r"^View as (?:list|gallery|slideshow|grid)$",
    r"^Search this (?:guide|site|topic|blog)(?:\s+Search)?$",
    r"^About this topic$",
    r"^People in this (?:story|article)$",
    # A member of Congress's site under its name: 'Representing the 30th District of California', 'Bob Menendez |
    # U.S. Senator for New Jersey', 'U.S. Senator for Colorado'.
    r"^Representing (?:the )?\d{1,2}(?:st|nd|rd|th) (?:Congressional )?District of [A-Z][a-z]+(?: [A-Z][a-z]+)?$",
    r"^(?:(?:[A-Z][\w.'’-]+ ){1,3}[|/]\s*)?U\.S\. Senator for [A-Z][a-z]+(?: [A-Z][a-z]+)?$",
    r"^Discuss$",
    # A button over the rest of the story: 'Continue reading this article'.
    r"^Continue reading this (?:article|story)\.?$",
    # A party paper's line under its name: "Organ of the Central Committee of the Workers' Party of Korea".
    r"^Organ of the (?:Central Committee|[A-Z][\w ]{1,40}) of (?:the )?[A-Z][\w'’ ]{2,60}$",
    # A government site's foot: 'This is the official website of the U.S. Embassy & Consulate in ...', 'Satisfaction
    # Survey', 'Was this page helpful? Very satisfied / Satisfied / ...', 'Attachment  photo_kor-jpn_FMM_1123.jpg'.
    r"^This is the official (?:web ?site|page) of\b.{0,300}$",
    r"^Satisfaction Survey$",
    r"^Was this (?:page|information) helpful\?.{0,120}$",
    r"^Attachments?\s*:?\s+\S+\.(?:jpe?g|png|gif|pdf|hwp|docx?|xlsx?|pptx?|zip)$",
    # ... files with spaces in their names, one or more: 'Attached file : 51st SCM Joint Communique (English).pdf 51st
    # SCM Joint Communique (Korean).hwp'.
    r"^(?:Attachments?|Attached files?)\s*:?\s+.{1,300}\.(?:jpe?g|png|gif|pdf|hwp|docx?|xlsx?|pptx?|zip)$",
    r"^Ask a [Ll]ibrarian$",
    r"^Need help\? (?:A|Our) librarians? (?:can|will)\b.{0,200}$",
    r"^Reload (?:the page )?to see the latest updates\.?$",
    r"^(?:This page is )?[Uu]pdated every (?:few )?(?:minutes?|hours?)\b[^.]{0,30}\."
    r"(?: (?:Tap|Click) (?:a|the) headline\b.{0,60})?$",
    # A newsletter's labels and its notes on itself: 'QUOTE OF THE DAY', 'Welcome to this Thursday edition of The D
    # Brief, brought to you by ...', 'To view online: https://...', 'You received this POLITICO Pro content because
    # ...'; a law firm's tags and notes: 'Related Practices: International Trade | ...', 'The contents of this
    # newsletter are provided for general informational purposes only ...'.
    r"^(?:QUOTE|NUMBER|CHART|PHOTO|WORD) OF THE DAY$",
    r"^Welcome to (?:this|today's|the latest) (?:[A-Z][a-z]+day )?(?:edition|issue) of\b",
    r"^To view online\s*:",
    r"^You (?:have )?(?:received|are receiving) this [\w .-]{0,40}(?:content|e-?mail|newsletter|message|alert)"
    r" because\b",
    r"^Related (?:Practices|Industries|Services|Capabilities|Professionals)\s*:",
    r"^The (?:contents?|information) (?:of|in) this (?:newsletter|alert|publication|update|client alert) (?:is|are) "
    r"(?:provided )?for (?:general )?informational purposes only\b",
    # A site's links to a writer's other stories; a podcast's appeal; a reading app's count of responses.
    r"^(?:Other|More) (?:articles|stories) by (?:the|this) (?:reporter|author|writer)$",
    r"^Support [A-Z][\w .&'’-]{1,60} on Patreon\s*(?:[—–-]|[:.!]|$)",
    r"^See (?:all )?responses(?: \(\d+\))?$",
    r"^NEXT STORY\s*:",
    # A government site's notes: the Pentagon's mission line, a translation's note.
    r"^The Department of Defense provides the military forces needed to deter war\b",
    r"^\*?This is an (?:excerpt|abridged version|unofficial translation|provisional translation) of the (?:press "
    r"conference|briefing|remarks|interview)\b",
    # A gallery's and a player's controls: 'Next slide ›', 'Video Duration 02 minutes 24 seconds'; a think tank's
    # heading over its links: 'Related Media and Tools'.
    r"^(?:Next|Previous) slide\W*$",
    r"^Video Duration\b[\w ]{0,40}$",
    r"^Related Media and Tools$",
    # A feed reader's note on the item: 'Saved from feed · 2 hours ago', 'Mark all as read'.
    r"^Saved (?:from (?:feed|the web)|offline)\b[^.!?]{0,30}$",
    r"^Mark all as read$",
    # A market ticker: 'KOSPI 2,062.22 ▲12.85   KOSDAQ 637.09 ▲4.52'.
    r"^(?:[A-Za-z][\w/&() -]{0,20}\s[\d,]+(?:\.\d+)?\s*[▲▼△▽]\s?[\d,.]+(?:\s*\([+\-−]?[\d.]+%\))?\s*){2,}$",
    # ... one quote a line, its change signed: 'S&P 500 3,110.29 +6.75 (+0.22%)', 'USD/KRW 1,176.35 -4.55 (-0.39%)'.
    r"^(?-i:[A-Z][\w/&.'-]*(?: [A-Z0-9][\w/&.'-]*){0,3})\s[\d,]+\.\d+\s+[+\-−][\d,]+(?:\.\d+)?\s*\([+\-−][\d.]+%\)$",
    # A reader's buttons under the headline: 'Add to list', 'Gift Article', 'Listen to article 4 min',
    # 'Listen to this article · 6:02 min Learn more'.
    r"^(?:Add to list|Save (?:article|story)|Gift (?:this )?(?:article|story)"
    r"|Listen to (?:this )?(?:article|story)(?:\s*[·•|-]?\s*\(?\d+(?::\d\d)?\s*min\)?)?(?:\s+Learn more)?)$",
    # A rule drawn with underscores between the story and its notes: '___'.
    r"^_{2,}$",
    # A comment box's sign-in: 'Sign up here to comment on Asia Times stories' / 'Or' / 'Sign in to an existing
    # account' / 'An account was already registered with this email. Please check your inbox ...'.
    r"^Sign up here to comment\b.{0,60}$",
    r"^(?:Or|OR)$",
    r"^Sign in to (?:an|your) existing account$",
    r"^An account was already registered with this email\b",
    r"^View License Detail$",
    # A magazine's audio and its notes: 'Listen to this article.', 'Audio: Listen to this article. To hear more, ...',
    # 'Listen to more stories on audm', 'Enjoy more audio and podcasts on iOS or Android.', 'Reuse this content'.
    r"^(?:Audio:\s*)?Listen to (?:this|the) (?:article|story)\.(?:\s+(?=.*\b(?:listen|hear|audio|download|app"
    r"|podcasts?|Audm)\b).{0,160})?$",
    r"^Listen to more stories on \w+\.?$",
    r"^Enjoy more audio and podcasts on\b.{0,60}$",
    r"^Reuse this content(?:\s*\(opens in (?:a )?new window\))?(?:\s*The Trust Project)?$",
    # A wiki's notes over the article ('"GSOMIA" redirects here. For the agreements ..., see ...', 'For other
    # uses, see ...') and the lines of its box of facts ('Type: Military intelligence-sharing agreement',
    # 'Signed: 23 November 2016').
    r"^(?:\"[^\"]{1,60}\"|“[^”]{1,60}”) redirects here\.",
    r"^For (?:other uses|the [\w -]{1,80}), see\b.{1,120}$",
    # ... its notices on the article ('This article needs additional citations for verification. ...', 'Find
    # sources: "..." – news · newspapers · books', 'This article needs to be updated.') and its links to others
    # ('Main article: ...', 'Further information: ...').
    r"^This (?:article|section|list) (?:needs additional citations|needs to be updated|needs more\b|has multiple "
    r"issues|does not cite any sources|relies (?:largely|too much|excessively) on|may (?:need|require) )\b.{0,400}$",
    r"^Find sources\s*:\s*\S.{0,300}$",
    # A glossary's letters, its entry's citation, its question and links: 'A B C D E F G ... Z', 'Cite this entry: ...',
    # 'Was this entry helpful? Yes No', '‹ Back to glossary index', 'Previous entry: ... | Next entry: ...'.
    r"^A B C D E F G H I J K L M N O P Q R S T U V W X Y Z$",
    r"^Cite this (?:entry|page|article)\s*:\s*\S.{0,300}$",
    r"^Was this (?:entry|page|article|answer) helpful\?\s*(?:Yes\s*No)?$",
    r"^\W{0,2}\s*Back to (?:the )?(?:glossary|index|list|top|topics?)\b.{0,30}$",
    r"^Previous (?:entry|term|page)\s*:\s*.{1,80}\|\s*Next (?:entry|term|page)\s*:\s*.{1,80}$",
    r"^(?:Main articles?|Further information)\s*:\s*\S.{0,150}$",
    # (a value of a few words, no sentence: not a fact box's line in a story, 'Signed: Nov. 23, 2016, after ...')
    r"^(?:Type|Signed|Location|Effective|Conditions?|Expiration|Expiry|Signatories|Parties|Languages|Drafted"
    r"|Ratifiers|Depositary)\s*:\s+(?!.*\b(?:is|are|was|were|will|would|has|have|had|can|may|must|gives?|takes?)\b)"
    r"(?!.*\b[a-z]{2,}\.\s*$)(?!.*,\s+(?:after|when|which|while|before|and|but)\b)[^;]{1,90}$",
    FEED_TRAILER[0].pattern,
    # A search engine's cache and a web archive over the page they copy: 'This is Google's cache of https://...',
    # 'Tip: To quickly find your search term on this page, press Ctrl+F ...', 'The Wayback Machine -
    # https://web.archive.org/web/...', '12 captures'.
    r"^This is Google(?:'|’)s cache of\b.{0,300}$",
    r"^Tip: To quickly find your search term on this page\b.{0,200}$",
    r"^(?:The )?Wayback Machine(?:\s+-\s+https?://\S+)?$",
    r"^\d[\d,]* captures?\b.{0,80}$",
    r"^(?:INTERNET ARCHIVE|About this capture|COLLECTED BY|TIMESTAMPS)$",
    r"^(?:Collection|Organization): .{0,40}\b(?:Archive|Crawl(?:er)?|ArchiveBot)\b.{0,80}$",
    r"^Formed in \d{4}, the Archive Team\b",
    # A wire's brief and its notes: 'Source text in Japanese: bit.ly/2OvT5xQ', 'Further company coverage:'.
    r"^Source text(?: in [A-Z][a-z]+)?\s*:\s*\S{0,60}$",
    r"^Further company coverage\s*:?.{0,60}$",
    # Japanese papers' paywalls and buttons, as translated: 'This article is limited to readers members.', 'Yomiuri
    # Shimbun subscribers can read the rest by registering (free).', 'Register as a reader member', 'List of photos'.
    r"^This article is (?:limited to|only for|for) (?:readers?(?:'|’)? members|paid members|members|subscribers)\b.{0,40}$",
    r"^(?=.{0,160}$)[\w .'’-]{2,40} subscribers can read the rest\b",
    r"^Register as an? (?:reader|free|paid) member\.?$",
    r"^List of photos$",
    # Korean papers' buttons and appeals, as translated: 'Like 0 Angry 0 Recommend 0', 'Receive the Chosun Ilbo on
    # the Naver main', 'Hankyoreh is the media of readers. Support ...', 'Support the Hankyoreh'.
    r"^(?:(?:Like|Angry|Recommend|Sad|Surprised|Funny|Good|Bad)\s+\d+\s*){2,}$",
    r"^(?:Receive|Subscribe to|Follow|Set|Add|Read|See) (?:the )?[\w .'’-]{2,40} on (?:the )?Naver main\b.{0,20}$",
    r"^(?=.{0,200}$)Hankyoreh is the media of readers\b",
    r"^Support (?:the )?Hankyoreh\b.{0,80}$",
    # An encyclopedia's notes and its box for citing the page: 'Also known as: GSOMIA', 'Britannica Quiz',
    # 'Citation Information' / 'Article Title: ...' / 'Website Name: Encyclopaedia Britannica' / 'Access Date: ...'.
    r"^Also known as\s*:.{0,160}$",
    r"^Britannica Quiz$",
    r"^Written (?:and fact-checked )?by$",
    r"^The Editors of (?:the )?Encyclop(?:a|ae)dia Britannica$",
    r"^Get an? [\w ]{2,40} subscription and gain access to\b.{0,80}$",
    r"^(?:Citation Information|(?:Article Title|Website Name|Publisher|Date Published|Access Date)\s*:.{0,160})$",
    # A site's motto under its name: The Conversation's.
    r"^Academic rigou?r, journalistic flair$",
    # An aggregator's summary of the story over its own bullets: 'Summary by Ground News'.
    r"^Summary by [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}$",
    r"^Return to (?:Transcripts? )?main page$",
    r"^(?:PREVIEW|Preview)$",
    # A video's embed box: 'Copy/paste the article video embed link below:'.
    r"^Copy\s*/\s*paste the (?:article )?video embed (?:link|code) below\s*:?$",
    # A gallery's button: 'PHOTO GALLERY (CLICK TO ENLARGE)'.
    r"^(?:PHOTO GALLERY|Photo [Gg]allery)(?:\s*\((?:CLICK TO ENLARGE|[Cc]lick to enlarge)\))?$",
    r"^(?:A\s*[+-]\s*){1,3}$",
    r"^(?:A\s+){1,2}A$",
    # Font-size buttons as doubled letters: 'AA AA', 'AA'.
    r"^AA(?:\s+AA?){0,3}$",
    r"^(?:Font|Text) ?size\b",
    r"^(?:print|dictionary|e-?mail|share|font|zoom|listen|translate|bookmark|scrap|reduce|enlarge)"
    r"(?:\s+(?:print|dictionary|e-?mail|share|font|zoom|listen|translate|bookmark|scrap|reduce|enlarge))*$",
    r"^Listen(?: to (?:this|the) (?:article|story))?(?: \d+ min\w*)?$",
    r"^(?:Speech|Read aloud|Text to speech)$",
    r"^\d+\s*min(?:ute)?s?\.? read$",
    r"^Time to read \d+ min(?:ute)?s?\.?$",
    # A paper's links to its standards: 'Our code of editorial values', 'The Trust Project', and its motto: 'Published
    # since September 1843 to take part in "a severe contest ..."' (The Economist's).
    r"^(?:\*\s*)?(?:Our code of editorial values|The Trust Project)$",
    r"^(?:\*\s*)?Published since (?:[A-Z][a-z]+ )?1843\b.{0,200}$",
    # A video's editor credited under the story: 'Video editor • Christopher Pitchers'.
    r"^(?:Video|Photo|Graphics?) editor\s*[•|:]\s*[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}$",
    # A site's messages to the signed-in reader (Mint's): 'Log in to our website to save your bookmarks. ...', 'Oops!
    # Looks like you have exceeded the limit to bookmark the image. ...', 'Your session has expired, please login
    # again.', 'Congratulations! You are now subscribed to our newsletters. ...', 'This message will be displayed on
    # the other device.'
    r"^Log ?in to our website to save your bookmarks\b.{0,80}$",
    r"^Oops!? Looks like you have exceeded the limit to bookmark\b.{0,120}$",
    r"^Your session has expired,? please log ?in again\.?$",
    r"^Congratulations!? You are now subscribed to our newsletters?\b.{0,160}$",
    r"^This message will be displayed on the other device\.?$",
    # A subject to follow: 'Get alerts on South Korea when a new story is published'.
    r"^Get alerts on [A-Z][\w .&'’-]{1,40} when a new story is published$",
    # An app store's badge by its file name: 'google-play-badge_EN'.
    r"^(?:google-play|app-store|apple-store)-badge\w*$",
    # ... and the length of the reading under its button: 'Listen to this article' / '5 minutes'; a reader mode's,
    # a range: '7–9 minutes'.
    r"^\d{1,2}\s*(?:[–-]\s*\d{1,2}\s*)?(?:min|mins|minutes?)$",
    r"^(?:Reading|Read) time\s*:?",
    r"^(?:\d+|No)\s+Comments?$",
    r"^댓글\s*\d+$",
    # A blog post's filing line: 'Posted in Japan, Korea, Security | Tagged alliances, GSOMIA | 2 Comments'.
    r"^Posted in [^|]{1,100}\|.{0,300}(?:\b(?:\d+|No) Comments?|\bLeave a comment)$",
    r"^Media playback is (?:unsupported|not supported)\b",
    r"^Loading\W*$",
    r"\benable JavaScript\b",
    r"^This article is more than \d+ (?:years?|months?) old$",
    r"^This was published \d+ (?:years?|months?) ago$",
    r"^License this (?:article|story)$",
    # A writer's social link, an app's expander, a terminal's pager, a site's skip links.
    r"^Follow @\w{1,30}(?: on (?:Twitter|X))?$",
    r"^Tap to (?:read|see|view) (?:more|the full (?:story|article))$",
    r"^Page \d+ of \d+\s*<GO>.{0,40}$",
    r"^(?:(?:Go|Skip) to (?:[Cc]ontents?|[Nn]avigation|[Mm]ain [Cc]ontent)\s*)+$",
    r"^Reuse this content$",
    r"^Now (?:reading|playing)$",
    # Topic links run together: 'More aboutJapanSouth KoreaNorth Korea'.
    r"^More (?:about|on)(?=\s?[A-Z])(?!.*[.!?]$).{0,80}$",
    r"\bbrowser does not support\b",
    r"^Article history$",
    # The page's own address: 'Permalink https://p.dw.com/p/3OI8L', 'Get short URL'.
    r"^(?:Permalink|(?:Get )?short (?:URL|link))(?:\s*:?\s*https?://\S+)?$",
    # A market widget's figures: '52,400.00 KRW', '+1.25%'; not a year alone, a chronology's heading.
    r"^(?!(?:19|20)\d{2}$)[+-]?\d[\d,]*(?:\.\d+)?\s*(?:%|[A-Z]{3})?$",
    # Counters ('0 10': views, comments) and a gallery's place ('1 / 5').
    r"^\d[\d,]*(?:\s*/\s*\d[\d,]*|(?:\s+\d[\d,]*){1,3})$",
    # A gallery's and a player's buttons.
    r"^(?:Next|Previous|Prev) (?:slide|image|photo|picture)$",
    PICTURE_BUTTON,
    CAPTION_BUTTON,
    r"^(?:Caption|Expand|Collapse|Full ?screen|Exit full ?screen)$",
    r"^(?:Audio version|Download (?:the )?PDF|Print version|Transcript|Show transcript|Hide transcript)$",
    # A link to the story in another language: 'Japanese version', 'Read in Korean', '日本語版'.
    r"^(?:(?:Japanese|Korean|Chinese|English|Russian|French|Spanish|German) (?:version|original|edition)"
    r"|(?:Read|View) (?:this (?:article|story) )?in (?:Japanese|Korean|Chinese|English)"
    r"|日本語版?|한국어|中文版?)$",
    r"^(?:Jump|Skip|Go) to (?:the )?comments$",
    # A page's desk links: 'Request Reprint & Licensing Submit Correction View Editorial Guidelines'.
    r"^(?:(?:Request (?:a )?Reprints?(?: (?:&|and) (?:Licensing|Permissions))?|Reprints? (?:&|and) Permissions"
    r"|Submit (?:a )?Correction|Report an? (?:error|typo|correction)|View Editorial Guidelines)\s*[|·•]?\s*)+$",
    r"^(?:Click|Tap) to (?:enlarge|expand|zoom|view larger)\b",
    # A live page's entry times: '19:05 KST', '6:30 p.m. ET'.
    r"^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:KST|JST|GMT|UTC|EST|EDT|ET|HKT|SGT|CET|BST|PST|PT)(?:\s*[+-]\d{1,2})?)?$",
    # ... and when the entry was last changed: 'Updated at 15:20' (TASS), or posted on a live page: 'Posted at 9:31'.
    # ('Updated at 15.22 GMT', as The Guardian's live pages print it; 'UPDATE 8 p.m. JST' over an entry; both times:
    # 'Updated at 19:05 JST. First posted at 08:21 JST.')
    r"^(?:(?:Last |First )?(?:Updated|Update|Modified|Edited|Posted)(?: at)?\s*[:,]?\s*"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.m\.|\d{1,2}\s*[ap]m)(?:\s*[A-Z]{2,4})?\.?"
    r"\s*[,|]?\s*){1,2}$",
    # A page stamp counted back from when the page was shown: 'Published: 2 hours ago'.
    r"^(?:(?:Published|Updated|Posted|Last updated)\s*:?\s*)?(?:\d+|an?|one)\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$",
    # ... in short: '12m ago', '2h ago'.
    r"^\d{1,2}\s?[smhd]\s+ago$",
    r"^(?:Likes?|Dislikes?|Recommend)\s*\d*$",
    r"^Views?\s*:?\s*\d[\d,]*$",
    # With its running time: 'Watch video 1:45', 'Play video (02:31)'.
    r"^(?:(?:Play|Watch|Replay) (?:the )?)?(?:video|audio|Video|Audio)(?:\s+\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?)?$",
    r"^(?:Show|Load|See|View|Read) (?:more|less)$",
    r"\bthis feature is (?:currently |temporarily )?unavailable\b",
    # A footer's links: 'Terms of Use | Privacy Policy', 'Apps Newsletters Advertise with Us ... Privacy'.
    rf"^{_FOOTER_LINK}(?:\s*[|·•∙/]\s*{_FOOTER_LINK})*$",
    rf"^{_FOOTER_LINK}(?:\s+{_FOOTER_LINK}){{2,}}$",
    # A market-data site's notes and an image gallery's button: 'All quotes delayed a minimum of 15 minutes.',
    # 'Slideshow (2 Images)'.
    r"^All quotes delayed a minimum of \d+ minutes\b.{0,120}$",
    r"^Data is a real-time snapshot\b.{0,200}$",
    r"^(?:Subscribers?|Members?)[ -]only$",
    # An embedded post's parts: who posted it and when ('— Donald J. Trump (@realDonaldTrump) August 9, 2019', 'A
    # post shared by U.S. Department of Defense (@deptofdefense) on Nov 15, 2019'), its counts and buttons.
    POSTED_BY + r"\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$",
    # ... and a post's text copied glued to it: '... is not how you treat an ally.— Robert E Kelly (@Robert_E_Kelly)
    # November 19, 2019'.
    r"^.{10,600}?\S\s?[—–]\s*[^()\n—–]{1,60}\(@\w{1,30}\)\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$",
    POST_SHARED_BY + r" .{1,80}\(@[\w.]{1,30}\)(?: on .{0,60})?$",
    r"^[\d.,]+K?\s+Retweets?(?:\s+[\d.,]+K?\s+(?:Likes?|Quote Tweets?))*$",
    r"^[\d.,]+K? people are talking about this$",
    # ... its label and its ads' link: 'Embedded content', 'Twitter Ads info and privacy'.
    r"^Embedded (?:content|post|tweet|video|media)$",
    r"^Twitter Ads info and privacy$",
    POST_VIEWED,
    r"^(?:Watch on YouTube|Watch later(?:\s*·\s*Share)?)$",
    # A video's and a report's promotions, tags after a label: 'NOW WATCH: How North Korea's military compares ...',
    # 'Want the full story? This is an NK PRO members-only report.', 'More: South Korea Japan GSOMIA Mark Esper'.
    r"(?-i:^NOW WATCH:.{0,200}$)",
    r"^Want the full story\?.{0,160}$",
    r"(?-i:^More:\s+(?:[A-Z][\w.'’-]*\s+){2,30}[A-Z][\w.'’-]*$)",
    # A poll's question and its count: 'POLL: Should the U.S. do more ...?', '5,214 votes'.
    rf"(?-i:{POLL})",
    VOTES,
    # A stock's box inside a story, as CNBC's: '9983-JP' over 'Fast Retailing Co Ltd' (Bloomberg's, its code alone
    # over the firm's name in capitals, '000660' / 'SK HYNIX INC': see `clean`).
    r"^\d{3,6}-(?:JP|KR|HK|CN|TW|SG)$",
    # A video's box: 'WATCH NOW', 'VIDEO02:24', 'WATCH' over the video's title.
    r"^(?:WATCH NOW|Watch now|WATCH|WATCH LIVE|Watch live|VIDEO\s?\d{1,2}:\d\d(?::\d\d)?)$",
    r"^Slideshow\s*\(\d+ images?\)$",
    # A video's title, its maker's in brackets: "Japan removes South Korea from trade 'white list' (Reuters Video)".
    r"^(?=.{0,200}$)[^.!?]{5,}\((?:[A-Z][\w.&'’-]*\s){1,3}Video\)$",
    # A video player's boxes and buttons: 'The code has been copied to your clipboard.', 'width px height px',
    # 'No media source currently available', '0:00 0:02:11 0:00', 'Download file', 'Pop-out player'.
    r"^The (?:code|URL|link) has been copied to (?:your|the) clipboard\.?$",
    r"^width\s*px\s*height\s*px$",
    r"^No media source currently available\.?$",
    r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?){1,3}$",
    r"^(?:Download (?:file|now|the app)|Pop-?out player|Read in (?:the )?app)$",
    r"^Share this article\s*Comments?$",
    r"^Please enter a valid e-?mail(?: address)?\.?$",
    # A blog's and a newsletter's counters and buttons: '124 claps', '3 Likes', '1 Restack', 'Top highlight'.
    r"^\d[\d.,]*K?\s+(?:claps?|likes?|restacks?)$",
    r"^(?:Top highlight|Written by|Follow|Ready for more\?)$",
    # A press office's links: 'Back to Press Conferences',
    # 'Choose which Defense.gov products you want delivered to you.'
    r"^Back to (?:Press (?:Conferences?|Releases?|Briefings?)|Briefings?|News(?:room)?)$",
    r"^Choose which .{1,40} (?:products|updates|topics) you want (?:delivered|sent) to you\.?$",
    # A newsletter's box: 'Discover more from Seoul Signal', 'Over 2,000 subscribers', 'Share this post', 'Copy link'.
    r"^Discover more from\b.{1,60}$",
    r"^(?:Over |More than )?[\d,]+\+? subscribers$",
    r"^(?:Share this post|Copy link|Continue reading)$",
    r"^Substack is the home for\b.{0,40}$",
    # A site's strip of weather and exchange rates: 'Vladivostok +1°C   USD 63.95   EUR 70.42'.
    rf"^(?:[A-Z][\w .'’-]{{1,25}}\s)?[+−-]?\d{{1,2}}\s?°\s?[CF]\b(?:\s+{_CURRENCY}\s*[\d.,]+)*$",
    rf"^(?:{_CURRENCY}(?:/[A-Z]{{3}})?\s*[\d.,]+\s*){{2,}}$",
    # An agency's graphic left out of the text: 'Reuters Graphic'.
    r"^(?:Reuters|AP|AFP|Bloomberg|Yonhap) (?:Graphics?|Chart|Interactive)$",
    # A day and time with no year under the headline: 'Dec. 20 06:10 pm JST'.
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:JST|KST|GMT|UTC|EST|EDT|ET|HKT|SGT))?$",
    # ... or the day first, the month in capitals: '22 NOV, 18:47' (TASS).
    r"^\d{1,2}\s+(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Za-z]*\.?,?\s+\d{1,2}:\d{2}"
    r"(?:\s*[ap]\.?m\.?)?(?:\s*(?:JST|KST|GMT|UTC|MSK|EST|EDT|ET|HKT|SGT))?$",
    # A video box's labels: 'JUST WATCHED', 'MUST WATCH', 'More Videos ...', 'Replay'.
    r"^(?:Just watched|Must watch|More videos\s*(?:\.{3}|…)?|Replay)$",
    # ... and the button to rate its ad: 'Video Ad Feedback', 'Ad Feedback'.
    r"^(?:Video )?Ad Feedback$",
    # ... and a video's title with its running time: "Japan-Korea trade spat: what's at stake for chipmakers 2:41".
    # (not a time told, the line wrapped after it or a headline: '... for about 35 minutes from 1:30', 'GSOMIA
    # announcement set for 6:00', 'talks run past 11:00')
    r"^(?=.{12,160}$)(?-i:[A-Z])[^.!?]*[^\d\s:.,](?<!\bfrom)(?<!\bat)(?<!\bby)(?<!\bto)(?<!\buntil)(?<!\btill)"
    r"(?<!\bsince)(?<!\baround)(?<!\babout)(?<!\bbefore)(?<!\bafter)(?<!\bof)(?<!\bin)(?<!\bon)(?<!\bfor)"
    r"(?<!\bpast)(?<!\band)(?<!\bnear)(?<!\bthen)(?<!\bahead)(?<!\bbetween)\s+\d{1,2}:(?!00)\d\d$",
    # Buttons before the text-size ones: 'Print   Email   Font size: A A'.
    r"^(?:(?:print|e-?mail|share)\s+){1,3}(?:font|text) ?size\b.{0,12}$",
    # A blog's plea: 'Support this blog on Patreon', 'Become a patron'.
    r"^(?:Support|Back) (?:this blog|this site|us|me|our (?:work|journalism)) on (?:Patreon|Ko-fi|Substack)\W*$",
    r"^Become a (?:patron|Patreon supporter)\b.{0,40}$",
    # Government sites' feet and fields: the State Department's briefing number ('DPB # 51') and its notes on the
    # site ('The Office of Website Management, Bureau of Global Public Affairs, manages this site ...', 'External
    # links to other Internet sites should not be construed as an endorsement ...'), the Pentagon's host ('Hosted by
    # Defense Media Activity - WEB.mil'), a translation's note ('Please note that this is an unofficial
    # translation.'), 'Page Top'; a video archive's fields ('Program ID: 467102-1', 'Format: Hearing', 'Transcript
    # type: Closed Captioning', '*This text was compiled from uncorrected Closed Captioning.', 'Sort by: Time').
    r"^DPB\s*#\s*\d{1,4}$",
    r"^The Office of Website Management\b.{0,200}$",
    r"^External links to other Internet sites should not be construed as an endorsement\b.{0,120}$",
    r"^Hosted by Defense Media Activity\b.{0,40}$",
    r"^(?:Please note that )?this is an unofficial translation\b.{0,80}$",
    r"^(?:Page Top|Top of page)$",
    r"^(?:Program ID|Transcript type|Sort by)\s*:\s*[\w -]{1,30}$",
    r"^Format\s*:\s*(?:Hearing|Speech|Interview|Briefing|Press Conference|News Conference|Forum|Discussion|Video"
    r"|Audio|Event|Remarks|Testimony)$",
    r"^\*?This text was compiled from uncorrected Closed Captioning\.?$",
    # A postal address in Japan or Korea on its line: 'Ministry of Foreign Affairs of Japan  2-2-1 Kasumigaseki,
    # Chiyoda-ku, Tokyo 100-8919, Japan', 'Office of the President  1 Cheongwadae-ro, Jongno-gu, Seoul, Republic of
    # Korea'.
    r"^(?=.{0,200}$)[^.!?]*\b\d{1,4}(?:-\d{1,4})*\s+[A-Z][\w-]+,\s+[A-Z][a-z]+-(?:ku|gu)\b,\s+[A-Z][^.!?]*$",
    # A gallery's button and a comments' count ('Enlarge photo 1 of 3', 'Show Conversation (91)'); a broadcaster's
    # and a podcast's page ('See all clips from Newshour (38)', 'More episodes', 'Listen now', 'Available for over a
    # year', 'Featured in...', 'Programme transcript', 'Apple Podcasts', 'Show Notes').
    r"^(?:Enlarge|Expand|View) (?:photo|image|picture)(?: \d{1,3} of \d{1,3})?$",
    r"^(?:Show|View|Hide) (?:the )?conversation(?: \(\d[\d,]*\))?$",
    r"^See all clips from .{2,60}\(\d{1,4}\)$",
    r"^(?:More episodes|Listen now|Featured in\s*(?:\.\.\.|…)|Show notes|(?:Programme|Program|Episode) transcript)$",
    r"^Available for (?:over )?(?:a|an|\d{1,3}) (?:year|month|week|day)s?$",
    # A paper's day in its site's header: "Today's paper: Monday, December 2, 2019".
    r"^Today(?:'|’)s (?:paper|edition|issue|e-?paper)\s*:.{0,40}$",
    # A feed reader's item line: 'Item 14 of 40 · Mark as read · Open in browser'.
    r"^Item \d{1,4} of \d{1,5}\b.{0,80}$",
    r"^(?:Mark as (?:read|unread)|Open in (?:browser|new tab))$",
    r"^(?:Apple Podcasts|Google Podcasts|Spotify|Stitcher|Overcast|Pocket Casts|TuneIn|iHeartRadio|Castbox)$",
    # A comment section's buttons and rules ('Click to Read More and View Comments', 'Click to Hide', 'The Washington
    # Times Comment Policy', '... welcomes your comments on Disqus ...', 'Please keep your comments civil ...'); a
    # byline's link, a video's notice ('More by this Author', 'Some content may not be available in certain regions.').
    r"^Click to (?:Read More and )?(?:View|Hide|Show) (?:the )?Comments$|^Click to (?:Hide|Show)$",
    r"^(?:(?-i:[A-Z][\w .&'’-]{1,40}) )?Comment Policy$",
    r"^(?=.{0,300}$)(?:[\w .&'’-]{2,40} welcomes your comments(?: on Disqus\b| below\b|\.?$)"
    r"|Please (?:read our Comment Policy"
    r"|keep (?:your )?comments civil)\b)",
    r"^More (?:by|from) this (?:Author|Writer|Reporter)$",
    r"^Some content may not be available in (?:certain|some|all) (?:regions|countries|areas)\.?$",
    # A bar of market figures: 'Dólar BNA $63,00 | Blue $67,50 | Riesgo País 2.310 | Merval 33.180'.
    r"^(?-i:(?:(?:[A-ZÁ-Ú][\w.'’/-]*\s){1,3}[$€£¥₩]?\d[\d.,]*%?\s*\|\s*){2,}(?:[A-ZÁ-Ú][\w.'’/-]*\s){1,3}"
    r"[$€£¥₩]?\d[\d.,]*%?)$",
    flags=_I,
)

# Radio and TV scripts: sound-bite cues and the anchor's hand-off.
RADIO_SCRIPT = _compile(
    # An anchor's hand-off, alone on its line: 'Our Kim Ji-yeon starts us off.', 'Our White House correspondent, Laura
    # Barrón-López, has the story.'; a reporter's sign-off: 'For the "PBS News Hour," I'm Laura Barrón-López at Camp
    # David, Maryland.', a host's: 'I'm Jill Robbins.'; a show's greeting: 'Hello and welcome to our viewers joining us
    # from all around the world. I'm Rosemary Church and this is CNN NEWSROOM.'; a package's cue: '[Pkg]'.
    r"^Our (?:[\w'’-]+ ){0,4}?(?:correspondent,? )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3},? "
    r"(?:starts us off|has (?:the story|more|this report|the details|the latest)|reports)\.?$",
    r"^For (?:the )?[\"“]?[A-Z][\w .&'’-]{1,30}[,\"”]*\s*I['’]m [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?:,? (?:in|at) "
    r"[^.]{1,60})?\.$",
    r"^I['’]m [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}\.$",
    r"^Hello and welcome to (?:our )?viewers\b.{0,120}$",
    r"^\[(?:Pkg|PKG|Package|VO|SOT|Sound ?bite)\]$",
    # A station's call at the end of a bulletin: 'You are listening to NHK World Radio Japan.'
    r"^You(?:'re|’re| are) listening to [A-Z][\w .&'’-]{0,40}\b(?:Radio|FM|AM|World|News|Network|Service)\b"
    r"[\w .&'’-]{0,20}\.?$",
    r"^This is [A-Z][\w .&'’-]{2,50}\.\s+Here (?:is|are) the (?:latest )?news\.?$",
    # A speaker's cue on a line of its own: 'Reporter :', '[Anchor Lead]'.
    r"^(?i:Anchor|Report|Reporter|Correspondent|Host|Narrator|Presenter)\s?:?$",
    r"^\[(?i:Anchor(?: Lead)?|Lead|Reporter|Report|(?:Reporter )?Stand[- ]?up)\]$",
    # ... in angle brackets, as SBS's scripts print it: '<Anchor>', '<Reporter>'.
    r"^<(?i:Anchor|Reporter|Correspondent|Host|Narration)>$",
    # The anchor's hand-over: 'First, reporter Kim Ah-young reports.'
    r"^(?:(?:First|Now|Next|Here)\s*,?\s+)?(?i:reporter|correspondent)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"(?:\s+in\s+[A-Z][\w'’-]+)?\s+(?:reports(?:\s+on\s+the\s+(?:details|story)"
    r"|\s+from\s+(?:the\s+)?[A-Z][^.!?]{0,60})?|has\s+more)\.?$",
    r"^Here(?:'s|’s| is) (?:our )?(?i:reporter|correspondent)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\.?$",
    r"^\[(?i:Sound ?bite|SOT|Clip|Audio|Video|Interview)\b[^\]]*\]$",
    # ... in angle brackets, as Arirang prints it: '<Interview : Mark Esper, U.S. Secretary of Defense>'.
    r"^<(?i:Sound ?bite|SOT|Interview)\b[^<>]*>$",
    r"^\[(?i:Sound ?bite|SOT)\]\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}(?:\s*[/,]\s*[^\[\]\"“”:.!?]{0,120})?"
    r"|[A-Z][^\[\]/:\"“”.!?]{1,59}\s*/\s*[^\[\]\"“”]{0,120})$",
    # A correspondent handed over to, or signing off: "NPR's Anthony Kuhn reports from Seoul.",
    # 'Our Kim Min-ji reports from the presidential office.', "For NPR News, I'm Anthony Kuhn in Seoul."
    r"^(?:Our |[A-Z]{2,6}['’]s )(?:[a-z]+ )?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}"
    r" (?:reports|has (?:more|the (?:story|details|report)|this report))(?: from (?:(?!\bthat\b)[\w'’ ,-]){1,50})?\.?$",
    r"^For [A-Z][\w&.'’ -]{0,30}\b(?:News|Radio|TV|Television), I['’]m [A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}"
    r"(?:,? (?:in|at) [^.!?]{1,40})?\.?$",
    r"^[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}\s(?:has|have) (?:more|the (?:story|details|report)|this report)\.?$",
    r"^[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3} reports\.?$",
    # ... or looking back: 'Choi Min-jung looks back at the year.'
    r"^[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3} looks back at (?:the|this) (?:year|week|month)\.?$",
    r"^Here['’]s [A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3} with (?:a look back at|more on|the story|the details)\b[^.!?]{0,40}\.?$",
    # ... named with their post, or where they report from: 'Our Tokyo correspondent Oh Jun-seok has more.', 'North
    # Asia correspondent Peter Hewitt reports.', 'Shin Ye-eun reports from Cheong Wa Dae.'
    r"^(?:Our )?(?:[A-Z][\w'’-]* ){0,2}(?-i:correspondent|reporter|bureau chief) [A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}"
    r" (?:reports|has (?:more|the (?:story|details|report)))(?: from (?:(?!\bthat\b)[\w'’ ,-]){1,50})?\.?$",
    r"^[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3} reports from [A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*){0,4}\.?$",
    # The reporter's sign-off: 'Kim Bum-soo, KBS World Radio News.', 'Lee Ji-won, Arirang News.', and where:
    # 'Peter Hewitt, ABC News, Seoul.'
    r"^[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3},\s(?:[A-Z][\w'’-]*\s){0,3}(?:News|Radio|TV)"
    r"(?:,\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?\.?$",
)

# A sound-bite cue naming who speaks in the paragraph after it: '[Sound bite: NSO deputy director Kim You-geun]',
# '[SOUNDBITE] KIM YOU-GEUN / 1st Deputy Director, National Security Office'.
# ... in angle brackets, as Arirang prints it: '<Interview : Mark Esper, U.S. Secretary of Defense>'.
SOUND_BITE = re.compile(
    r"^<(?i:Sound ?bite|SOT|Interview)\s*:\s*(?P<angled>[^<>]{2,80})>$"
    r"|^\[(?i:Sound ?bite|SOT|Clip|Interview)(?:\s*:\s*(?P<speaker>[^\]]{2,80})\]"
    r"|\]\s*(?P<named>[^\[\]/:\"“”]{2,160}?)(?:\s*/\s*[^\[\]\"“”]{0,120})?)$"
)

# What wires print after the story: '(end)', reporter initials, credits.
# A wire's end mark on a line of its own: what follows is another story ('(END)', '(end) mk.rk').
_END_MARK = r"\((?:end|END|End)\)(?:\s*[a-z]{1,4}(?:[./][a-z]{1,4}){0,3})?$"  # and the desk's initials
WIRE_END = _compile("^" + _END_MARK, flags=0)

WIRE_TRAILERS = _compile(
    # A broadcaster's credits: 'William Gallo reported this story for VOA News. Jill Robbins adapted it for Learning
    # English. Caty Weaver was the editor.'; a paper's note on the wires: '— With files from The Associated Press'.
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3} reported (?:this|the) story for [A-Z][\w .&'’-]{1,40}\.(?:\s.{0,200})?$",
    r"^[-–—]?\s*With files from [A-Z][\w .&'’-]{1,60}\.?$",
    # ... a Korean paper's reporter's sign-off in translation: 'Kim Myeong-seong reporter'.
    r"(?-i:^[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)? reporter$)",
    # A broadcaster's note on the wires it drew on: 'Some information for this report came from AP, Reuters and AFP.'
    rf"^(?:Some )?(?:[Ii]nformation|[Mm]aterial) (?:for|in) this (?:report|story|article) (?:came from|was provided by)"
    rf"\s+(?:the\s+)?(?:{AGENCY})\b[^.!?]{{0,80}}\.?$",
    # A release's sign-off, its issuer's initials between dashes: '-USFK-'.
    r"^\s*-[A-Z]{2,8}-\s*$",
    # A release's note on whom to ask: 'For more information, contact the USFK Public Affairs Office at DSN 755-8300.'
    r"^For (?:more|further) information,? (?:please )?(?:contact|call|e-?mail|write to|reach)\b.{0,200}$",
    # Wires the story drew on: 'Based on reporting by Reuters, AP, AFP, Yonhap, and TASS', 'Reuters contributed
    # reporting.'
    r"^Based on reporting by [A-Z][\w.&'’-]*(?:(?:,|,? and) [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*)*\.?$",
    r"^[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*(?:,? and [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*)? contributed"
    r" (?:to this )?report(?:ing)?\.?$",
    # An editor's line, a wire's stamp, a source or a list of them after the story: 'EDITED BY Rahmad Nasution',
    # 'KUNA 221058 GMT Aug 19', 'Source: SBS News', 'Source link', 'With files from Reuters and The Associated Press'.
    r"^(?i:edited by|editor\s*:)\s*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}$",
    r"^(?:KUNA|WAM|QNA|SPA)\s+\d{6}\s+GMT\s+[A-Z][a-z]{2}\s+\d{2}$",
    # WAM's sign-off, its writers after it: 'WAM/Esraa Ismail/Tariq alfaham'.
    r"^WAM(?:/[A-Za-z][\w .'’-]{1,40}){1,4}$",
    r"^Source link$",
    # ... as an article spinner rewords it: 'Supply hyperlink'; an aggregator's link to the source: 'Continue reading
    # on the original site »'; a reader's: 'Read the original at nytimes.com', 'Outline is an independent reader. It
    # is not affiliated with the publisher.'
    r"^Supply hyperlink$",
    r"^Continue reading on the original (?:site|website|page)\W*$",
    r"^Read the original (?:at|on) (?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\W*$",
    r"^Outline is an independent reader\b.{0,120}$",
    # A briefing's signature, the title under the name: 'Ko Min-jung' / 'Spokesperson of the President'.
    r"^(?:Senior |Deputy |Chief )?(?:Spokesperson|Spokesman|Spokeswoman|Press Secretary) (?:of|for|to) the President$",
    # A source of capitalised words alone after the story: 'Source: MBC News'.
    r"^Source\s*:\s*[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}$",
    # ... or a broadcaster's in small letters, as a translating site prints it: 'Source: sbs'.
    r"^Source\s*:\s*[a-z]{2,8}$",
    # ... or several: 'Source: PAP/Reuters/Yonhap'.
    r"^Sources?\s*:\s*[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}(?:\s*/\s*[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})+$",
    # A broadcast report's sign-off: 'This is Park Sun-young of MBC News.', 'This is Kim Min-ji, KBS World Radio.'
    r"^This is [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3},? (?:(?:of|for|with) )?(?:[A-Z][\w.&'’-]* ){0,3}"
    r"(?:News|TV|Radio|World|Network|[A-Z]{2,5})\.?$",
    r"^With files from (?:the |The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*(?:(?:,| and|, and) (?:the |The )?[A-Z][\w.&'’-]*"
    r"(?: [A-Z][\w.&'’-]*)*)*\.?$",
    # DVIDS' facts under a story: 'Date Taken: 11.14.2019', 'Story ID: 353870', 'Web Views: 214'.
    r"^(?:Date Taken|Date Posted|Story ID|Web Views|Downloads|Podcast Hits)\s*:\s*\S.{0,40}$",
    r"^\((?:end|END|End)\)",
    # AP's slug line over a story: 'BC-AS--South Korea-Japan, 4th Ld-Writethru'.
    r"^BC-[A-Z]{2,4}--\S",
    # Kyodo's closing line: '==Kyodo'; KCNA's: '-0-', then its address and the day in its own calendar.
    rf"^==\s*(?:{AGENCY})\s*(?:==)?$",
    r"^-0-$",
    r"^(?:www\.)?kcna\.kp\s*\(Juche\s?\d{2,3}\.\d{1,2}\.\d{1,2}\.?\)$",
    r"^[-–—]{1,2}\s*(?:End|END)\s*[-–—]{1,2}$",
    r"^/(?:End|END|end)/$",  # a government release's: '/End/'
    r"^\(?(?:Reporting|Additional reporting|Editing|Writing|Compiled|Translated|Translation|Edited|Produced) by\b",
    r"^[-–—]*\s*[Ww]ith (?:additional )?(?:reporting|reports) (?:by|from)\b",
    r"\bcontributed (?:reporting )?to this (?:report|story|article)\.?$",
    # 'CNN's Yoko Wakatsuki contributed reporting from Tokyo.'
    # (each with where they were: "CNN's Junko Ogura in Tokyo and Steven Jiang in Beijing contributed reporting.")
    r"^(?=.{0,200}$)(?:[\w.&'’-]+(?:'s|’s) )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}(?: in [A-Z][\w.'’-]*)?"
    r"(?:,? and [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}(?: in [A-Z][\w.'’-]*)?)*"
    r" contributed (?:reporting|to this (?:report|story|article))\b",
    # Where the writers were: 'Associated Press writer Kim Tong-hyung reported from Seoul.'
    r"^(?=.{0,200}$)(?:[\w.&'’-]+ ){0,3}(?:writers?|correspondents?|journalists?) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}"
    r"(?:,? and [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})* reported from [A-Z][\w.'’-]*(?:(?:,| and)? [A-Z][\w.'’-]*){0,4}\.?$",
    # Xinhua's desk editor and end mark: 'Editor: Shi Yinglun', 'Enditem'.
    r"^Editors?\s*:\s*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}$",
    r"^Enditem(?:/\w{1,6})?$",
    # A wire and the site that ran it, signed off: 'AFP - SBS'.
    rf"^(?:{AGENCY})\s+[-–—]\s+[A-Z][A-Za-z]{{1,15}}$",
    r"^Our Standards\s*:",
    r"^The Thomson Reuters Trust Principles\.?$",
    r"^Acquire Licensing Rights\b.{0,20}$",
    # Bloomberg's contacts: 'To contact the reporters on this story:'.
    r"^To contact the (?:reporters?|editors?|authors?|writers?)\b.{0,60}$",
    # Wires a story was put together from: 'ABC/wires', 'AFP with agencies', 'Agencies'.
    r"^[-–—]*\s*(?:[A-Z][\w.&-]{1,12}(?:\s+[A-Z][\w.&-]{1,12}){0,2}\s*(?:/|\bwith\b|\band\b|&)\s*)?"
    r"(?:[Ww]ires|[Aa]gencies|[Nn]ews agencies"
    r"|[Ww]ire services)\.?$",
    # Bloomberg's '--With assistance from Jon Herskovitz.'; without the dashes, names alone.
    r"^[-–—]+\s*With (?:additional )?assistance (?:from|by)\b",
    rf"^With (?:additional )?assistance (?:from|by) {_NAME}(?:(?:,| and|, and) {_NAME})*\.?$",
    r"^This (?:story|article|report)\b.{0,40}\bfrom an? (?:wire|syndicated|news) (?:agency )?feed\b",
    rf"^[-–—]{{1,2}}\s*(?:{AGENCY})\.?$",
    rf"^SOURCE\s*:|^Source\s*:\s*(?:{AGENCY}|News agencies)",
    # ... and its editor's initials after a slash: 'Source: Agencies/kv'.
    r"^Source\s*:\s*(?:Agencies|Wires)\s*/\s*[a-z]{1,4}$",
    # Desk initials: 'ky/ec', '(sj.lee)', AFP's 'burs-kaf/qan', IANS's 'ksk/'.
    # The agencies after them: 'kp/rt (Reuters, AFP)'.
    rf"^\(?[a-z]{{1,5}}(?:-[a-z]{{1,5}})*(?:(?:[./][a-z]{{1,5}}(?:-[a-z]{{1,5}})*){{1,3}}/?|/)\)?"
    rf"(?:\s*\((?:{AGENCY})(?:\s*(?:,|and)\s*(?:{AGENCY}))*\))?$",
    # A desk credited after the story: 'Nikkei staff writers', 'Yonhap staff'.
    r"^(?:[A-Z][\w&.'’-]*\s){0,3}(?:[Ss]taff|STAFF)(?: (?:[Ww]riters?|[Rr]eporters?|[Rr]eport))?\.?$",
    # Where a story ran in print: 'Newspaper headline: Seoul saves intel pact at last minute'.
    r"^Newspaper headline\s*:",
    # Where the writers were: 'Denyer reported from Tokyo. Kim reported from Seoul.',
    # 'Choe Sang-Hun reported from Seoul, and Motoko Rich from Tokyo. Makiko Inoue contributed reporting from Tokyo.'
    rf"^(?:{_NAME}(?: and {_NAME})? reported from [A-Z][\w .'’-]{{1,40}}(?:, [A-Z][\w .'’-]{{1,30}})?"
    rf"(?:,? and {_NAME} from [A-Z][\w .'’-]{{1,40}})?\.\s*)+"
    rf"(?:{_NAME}(?:,? and {_NAME})? contributed reporting(?: from [A-Z][\w .'’-]{{1,40}})?\.\s*)*$",
    # Xinhua's closing word.
    r"^Enditem$",
    r"^[\w.+-]+@[\w-]+\.[\w.]+$",
    r"^\[email\s?protected\]$",
    # A paper's credit of a wire's copy: '— TIMES/AFP'.
    rf"^[—–-]\s*[A-Z]{{2,12}}\s*/\s*(?:{AGENCY})$",
)

# The country a known outlet writes from, where the text does not say: a body every country has,
# named bare ('the Foreign Ministry', 'the Supreme Court'), is that country's (see `actors._home`).
# Only outlets whose bare bodies were found to be their home's: South Korea's papers and
# broadcasters in English. Japan's English pages name Seoul's bodies bare as often as Tokyo's
# ('the Foreign Ministry sent a letter to the Japanese government'), and other outlets write
# from abroad.
OUTLET_HOMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("South Korea", (
        "Yonhap", "The Korea Herald", "The Korea Times", "Korea JoongAng Daily", "The Chosun Ilbo",
        "The Dong-A Ilbo", "The Hankyoreh", "KBS World Radio", "KBS", "Arirang", "Korea.net", "The Korea Post",
        "Korea Bizwire", "SBS", "MBC", "Newsis", "News1", "The Hankook Ilbo", "The Korea Economic Daily",
        "BusinessKorea", "Aju Business Daily", "Maeil Business News Korea", "YTN", "The Kyunghyang Shinmun",
        "Seoul Shinmun", "OhmyNews",
    )),
    ("Japan", (
        "Kyodo", "Jiji Press", "The Japan Times", "Japan Today", "The Asahi Shimbun", "The Mainichi",
        "The Yomiuri Shimbun", "The Japan News", "The Sankei Shimbun", "Japan Forward", "NHK World-Japan", "NHK",
        "Nikkei Asia", "Nippon.com", "Tokyo Shimbun",
    )),
    ("Taiwan", ("Focus Taiwan", "Taipei Times", "Taiwan News", "The China Post")),
    ("Philippines", ("Philippine News Agency", "The Philippine Star", "Philippine Daily Inquirer", "Rappler")),
    ("Thailand", ("Bangkok Post", "The Nation")),
    ("Indonesia", ("The Jakarta Post", "Antara")),
    ("Malaysia", ("Bernama", "The Star", "Malay Mail", "New Straits Times")),
    ("Vietnam", ("Vietnam+", "Viet Nam News", "VnExpress")),
    ("Singapore", ("The Straits Times",)),
    ("India", ("The Hindu", "The Hindu BusinessLine", "Mint", "Hindustan Times", "The Times of India")),
    ("Kuwait", ("KUNA",)),
    ("Turkey", ("Anadolu Agency", "Daily Sabah")),
)

# The same, by outlet.
OUTLET_HOME: dict[str, str] = {outlet: country for country, outlets in OUTLET_HOMES for outlet in outlets}

# Outlets by the host of a page's address ('www.japantimes.co.jp' ends with
# 'japantimes.co.jp'): the name a reader uses, then the hosts. A page on a
# host not listed here is credited to the host itself ('moskow-city.com').
OUTLET_HOSTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Yonhap", ("yna.co.kr", "yonhapnews.co.kr")),
    ("The Korea Herald", ("koreaherald.com", "heraldcorp.com")),
    ("The Korea Times", ("koreatimes.co.kr", "ktimes.com")),
    # The JoongAng Ilbo's English edition; its writers' addresses are at joongang.co.kr.
    ("Korea JoongAng Daily", ("koreajoongangdaily.joins.com", "joongang.co.kr")),
    ("The Chosun Ilbo", ("chosun.com",)),
    ("The Dong-A Ilbo", ("donga.com",)),
    ("The Hankyoreh", ("hani.co.kr",)),
    ("KBS World Radio", ("world.kbs.co.kr",)),
    ("KBS", ("kbs.co.kr",)),
    ("Arirang", ("arirang.com", "arirang.co.kr")),
    ("Korea.net", ("korea.net", "korea.kr")),
    # Governments publishing their own statements.
    ("U.S. Department of State", ("state.gov",)),
    ("U.S. Department of Defense", ("defense.gov",)),
    ("Ministry of Foreign Affairs of Japan", ("mofa.go.jp",)),
    ("Ministry of Foreign Affairs of the Republic of Korea", ("mofa.go.kr",)),
    ("Ministry of National Defense", ("mnd.go.kr",)),
    ("Prime Minister's Office of Japan", ("japan.kantei.go.jp", "kantei.go.jp")),
    ("Japan Ministry of Defense", ("mod.go.jp",)),
    ("The Korea Post", ("koreapost.com", "koreapost.co.kr")),
    ("NK News", ("nknews.org",)),
    ("Kyodo", ("kyodonews.net",)),
    ("Jiji Press", ("jiji.com",)),
    ("NHK World-Japan", ("nhk.or.jp",)),
    ("The Japan Times", ("japantimes.co.jp",)),
    ("Japan Today", ("japantoday.com",)),
    ("The Asahi Shimbun", ("asahi.com",)),
    ("The Mainichi", ("mainichi.jp",)),
    ("The Yomiuri Shimbun", ("yomiuri.co.jp", "the-japan-news.com")),
    ("Nikkei Asia", ("asia.nikkei.com", "nikkei.com")),
    ("Japan Forward", ("japan-forward.com",)),
    ("NNA", ("nna.jp",)),
    ("Taiwan News", ("taiwannews.com.tw",)),
    ("South China Morning Post", ("scmp.com",)),
    ("The Straits Times", ("straitstimes.com",)),
    ("CNA", ("channelnewsasia.com",)),
    ("Xinhua", ("xinhuanet.com", "news.cn")),
    ("Global Times", ("globaltimes.cn",)),
    ("TASS", ("tass.com",)),
    ("Sputnik", ("sputniknews.com",)),
    ("KUNA", ("kuna.net.kw",)),
    ("UrduPoint", ("urdupoint.com",)),
    ("Teller Report", ("tellerreport.com",)),
    ("Washington Morning", ("washingtonmorning.com",)),
    ("Al Jazeera", ("aljazeera.com",)),
    ("The New York Times", ("nytimes.com",)),
    ("The Washington Post", ("washingtonpost.com",)),
    ("The Wall Street Journal", ("wsj.com",)),
    ("Associated Press", ("apnews.com",)),
    ("Reuters", ("reuters.com",)),
    ("AFP", ("afp.com",)),
    ("Bloomberg", ("bloomberg.com",)),
    ("CNN", ("cnn.com",)),
    ("CNBC", ("cnbc.com",)),
    ("NBC News", ("nbcnews.com",)),
    ("Fox News", ("foxnews.com",)),
    ("Voice of America", ("voanews.com",)),
    ("Radio Free Asia", ("rfa.org",)),
    ("The Hill", ("thehill.com",)),
    ("Politico", ("politico.com",)),
    ("Foreign Policy", ("foreignpolicy.com",)),
    ("The Diplomat", ("thediplomat.com",)),
    ("Defense News", ("defensenews.com",)),
    ("Stars and Stripes", ("stripes.com",)),
    ("Business Insider", ("businessinsider.com", "businessinsider.com.au", "businessinsider.in")),
    ("BBC", ("bbc.co.uk", "bbc.com")),
    ("The Guardian", ("theguardian.com",)),
    ("Financial Times", ("ft.com",)),
    ("The Economist", ("economist.com",)),
    ("The Atlantic", ("theatlantic.com",)),
    ("The New Yorker", ("newyorker.com",)),
    ("Deutsche Welle", ("dw.com",)),
    ("France 24", ("france24.com",)),
    ("Euronews", ("euronews.com",)),
    ("Le Monde", ("lemonde.fr",)),
    ("RFI", ("rfi.fr",)),
    ("TIME", ("time.com",)),
    ("Korea Bizwire", ("koreabizwire.com",)),
    ("SBS", ("sbs.co.kr",)),
    ("MBC", ("imbc.com",)),
    ("Newsis", ("newsis.com",)),
    ("News1", ("news1.kr",)),
    ("The Hankook Ilbo", ("hankookilbo.com",)),
    ("Kukmin Ilbo", ("kmib.co.kr",)),
    ("Segye Ilbo", ("segye.com",)),
    ("The Nishinippon Shimbun", ("nishinippon.co.jp",)),
    ("Nippon.com", ("nippon.com",)),
    ("The Korea Economic Daily", ("kedglobal.com", "hankyung.com")),
    ("BusinessKorea", ("businesskorea.co.kr",)),
    ("Aju Business Daily", ("ajudaily.com", "ajunews.com")),
    ("Maeil Business News Korea", ("mk.co.kr",)),
    ("Daily NK", ("dailynk.com",)),
    ("38 North", ("38north.org",)),
    ("The Sankei Shimbun", ("sankei.com",)),
    ("Taipei Times", ("taipeitimes.com",)),
    ("Focus Taiwan", ("focustaiwan.tw",)),
    ("CGTN", ("cgtn.com",)),
    ("China Daily", ("chinadaily.com.cn",)),
    ("People's Daily", ("people.cn", "people.com.cn")),
    ("Rodong Sinmun", ("rodong.rep.kp",)),
    ("KCNA", ("kcna.kp", "kcna.co.jp")),
    ("Uriminzokkiri", ("uriminzokkiri.com",)),
    ("RT", ("rt.com",)),
    ("The Independent", ("independent.co.uk",)),
    ("The Telegraph", ("telegraph.co.uk",)),
    ("ABC News", ("abcnews.go.com",)),
    ("ABC", ("abc.net.au",)),
    ("CBS News", ("cbsnews.com",)),
    ("NPR", ("npr.org",)),
    ("PBS", ("pbs.org",)),
    ("Newsweek", ("newsweek.com",)),
    ("Forbes", ("forbes.com",)),
    ("Axios", ("axios.com",)),
    ("Yahoo News", ("news.yahoo.com",)),
    ("MSN", ("msn.com",)),
    ("Washington Examiner", ("washingtonexaminer.com",)),
    ("The Washington Times", ("washingtontimes.com",)),
    ("Military.com", ("military.com",)),
    ("Defense One", ("defenseone.com",)),
    ("Breaking Defense", ("breakingdefense.com",)),
    ("Task & Purpose", ("taskandpurpose.com",)),
    ("PR Newswire", ("prnewswire.com",)),
    ("EIN Presswire", ("einpresswire.com",)),
    ("GlobeNewswire", ("globenewswire.com",)),
    ("Radio Free Europe/Radio Liberty", ("rferl.org",)),
    ("The Moscow Times", ("themoscowtimes.com",)),
    ("Meduza", ("meduza.io",)),
    ("EURACTIV", ("euractiv.com",)),
    ("El País", ("elpais.com",)),
    ("The Irish Times", ("irishtimes.com",)),
    ("The Standard", ("thestandard.com.hk",)),
    ("Hong Kong Free Press", ("hongkongfp.com",)),
    ("Daily Sabah", ("dailysabah.com",)),
    ("Press TV", ("presstv.ir", "presstv.com")),
    ("Philippine News Agency", ("pna.gov.ph",)),
    ("The Times", ("thetimes.co.uk",)),
    ("Interfax", ("interfax.com", "interfax.ru")),
    ("Ukrinform", ("ukrinform.net", "ukrinform.ua")),
    ("Radio Poland", ("polskieradio.pl",)),
    ("Novinite", ("novinite.com",)),
    ("Kyiv Post", ("kyivpost.com",)),
    ("NextShark", ("nextshark.com",)),
    ("AsAmNews", ("asamnews.com",)),
    ("Nichi Bei Weekly", ("nichibei.org",)),
    ("The Rafu Shimpo", ("rafu.com",)),
    ("The Hawai‘i Herald", ("thehawaiiherald.com",)),
    ("RNZ", ("rnz.co.nz",)),
    ("CBC News", ("cbc.ca",)),
    ("The Globe and Mail", ("theglobeandmail.com",)),
    ("Vietnam+", ("vietnamplus.vn",)),
    ("Los Angeles Times", ("latimes.com",)),
    ("Chicago Tribune", ("chicagotribune.com",)),
    ("The Boston Globe", ("bostonglobe.com",)),
    ("The Seattle Times", ("seattletimes.com",)),
    ("Honolulu Star-Advertiser", ("staradvertiser.com",)),
    ("USNI News", ("news.usni.org",)),
    ("DVIDS", ("dvidshub.net",)),
    # Korea Risk Group's service on the South, beside its NK News.
    ("Korea Pro", ("koreapro.org",)),
    ("Jane's Defence Weekly", ("janes.com",)),
    ("Naval News", ("navalnews.com",)),
    ("Military Times", ("militarytimes.com",)),
    ("UPI", ("upi.com",)),
    ("The National Interest", ("nationalinterest.org",)),
    ("Foreign Affairs", ("foreignaffairs.com",)),
    ("Asia Times", ("asiatimes.com",)),
    ("EE Times", ("eetimes.com",)),
    ("Electronics Weekly", ("electronicsweekly.com",)),
    ("The Investor", ("theinvestor.co.kr",)),
    ("East Asia Forum", ("eastasiaforum.org",)),
    ("The Interpreter", ("lowyinstitute.org",)),
    ("CSIS", ("csis.org",)),
    ("Brookings", ("brookings.edu",)),
    ("Council on Foreign Relations", ("cfr.org",)),
    ("Carnegie Endowment for International Peace", ("carnegieendowment.org",)),
    ("The Heritage Foundation", ("heritage.org",)),
    ("RAND", ("rand.org",)),
    ("Congressional Research Service", ("crsreports.congress.gov",)),
    ("War on the Rocks", ("warontherocks.com",)),
    ("Devdiscourse", ("devdiscourse.com",)),
    ("Dawn", ("dawn.com",)),
    ("The Hindu", ("thehindu.com",)),
    ("The Hindu BusinessLine", ("thehindubusinessline.com",)),
    ("Mint", ("livemint.com",)),
    ("Hindustan Times", ("hindustantimes.com",)),
    ("NDTV", ("ndtv.com",)),
    ("The Times of India", ("timesofindia.indiatimes.com",)),
    ("The Economic Times", ("economictimes.indiatimes.com",)),
    ("ANI", ("aninews.in",)),
    ("Business Standard", ("business-standard.com",)),
    ("The Philippine Star", ("philstar.com",)),
    ("Philippine Daily Inquirer", ("inquirer.net",)),
    ("Bangkok Post", ("bangkokpost.com",)),
    ("The Jakarta Post", ("thejakartapost.com",)),
    ("Viet Nam News", ("vietnamnews.vn",)),
    ("VnExpress", ("vnexpress.net",)),
    ("Rappler", ("rappler.com",)),
    ("Wikipedia", ("wikipedia.org",)),
    ("The Conversation", ("theconversation.com",)),
    ("WION", ("wionews.com",)),
    ("FNN", ("fnn.jp",)),
    ("Gulf News", ("gulfnews.com",)),
    ("Arab News", ("arabnews.com",)),
    ("TRT World", ("trtworld.com",)),
    ("Anadolu Agency", ("aa.com.tr",)),
    # Markets' sites and raters.
    ("Seeking Alpha", ("seekingalpha.com",)),
    ("MarketWatch", ("marketwatch.com",)),
    ("Barron's", ("barrons.com",)),
    ("TheStreet", ("thestreet.com",)),
    ("Investing.com", ("investing.com",)),
    ("Fitch Ratings", ("fitchratings.com",)),
    # Sites carrying law firms' client alerts.
    ("JD Supra", ("jdsupra.com",)),
    ("Lexology", ("lexology.com",)),
    ("Mondaq", ("mondaq.com",)),
    # Students' papers.
    ("The Harvard Crimson", ("thecrimson.com",)),
    ("The Daily Princetonian", ("dailyprincetonian.com",)),
    ("Columbia Daily Spectator", ("columbiaspectator.com",)),
    # Popular and other sites.
    ("Daily Mail", ("dailymail.co.uk",)),
    ("New York Post", ("nypost.com",)),
    ("The Sun", ("thesun.co.uk",)),
    ("Vox", ("vox.com",)),
    ("Insider", ("insider.com",)),
    ("HuffPost", ("huffpost.com", "huffingtonpost.com")),
    ("USA Today", ("usatoday.com",)),
    ("The Christian Science Monitor", ("csmonitor.com",)),
    ("The Daily Beast", ("thedailybeast.com",)),
    ("National Review", ("nationalreview.com",)),
    ("The Epoch Times", ("theepochtimes.com",)),
    ("Breitbart", ("breitbart.com",)),
    ("Sky News", ("news.sky.com",)),
    ("The Sydney Morning Herald", ("smh.com.au",)),
    ("The Australian", ("theaustralian.com.au",)),
    ("The New Zealand Herald", ("nzherald.co.nz",)),
    ("The Star", ("thestar.com.my",)),
    ("Malay Mail", ("malaymail.com",)),
    ("New Straits Times", ("nst.com.my",)),
    ("The Nation", ("nationthailand.com",)),
    ("Khaleej Times", ("khaleejtimes.com",)),
    ("The National", ("thenationalnews.com", "thenational.ae")),
    ("Deccan Herald", ("deccanherald.com",)),
    ("Swissinfo", ("swissinfo.ch",)),
    ("YTN", ("ytn.co.kr",)),
    ("The Kyunghyang Shinmun", ("khan.co.kr",)),
    ("Seoul Shinmun", ("seoul.co.kr",)),
    ("OhmyNews", ("ohmynews.com",)),
    ("Tokyo Shimbun", ("tokyo-np.co.jp",)),
)

# The news outlets of OUTLET_HOSTS (not the governments publishing their own statements), but those
# named with common words ('the Ministry of Foreign Affairs', 'Dawn', 'the Hill').
MEDIA_OUTLETS: tuple[str, ...] = tuple(
    name for name, _ in OUTLET_HOSTS
    if not re.search(r"\b(?:Ministry|Department|Office)\b|\.", name) and name not in {
        "Foreign Affairs", "Foreign Policy", "TIME", "RT", "Dawn", "The Hill", "The Independent", "The Interpreter",
        "The National Interest", "Defense One", "RAND", "The Telegraph", "The Investor",
        "Brookings",  # the first word of the Brookings Institution's name
        "Bloomberg", "Forbes",  # people's names too: 'Michael Bloomberg said', 'Randy Forbes'
        "The Sun", "Insider", "The Australian", "The Star", "The Nation", "The National",
        "The Times",  # (the end of many papers' names: 'the Liberty Times'; and what The New York Times calls itself)
    }
)

# How known outlets write a day in figures, where its day and month could be either way round
# ('Updated: 04/07/2019'): day first, as Europe, India and the Gulf do, or month first, as American
# sites do (see `metadata.extract_published`).
DAY_FIRST_OUTLETS = frozenset({
    "Euronews", "Deutsche Welle", "France 24", "RFI", "Le Monde", "BBC", "The Guardian", "Financial Times",
    "The Independent", "The Telegraph", "ABC", "The Hindu", "The Hindu BusinessLine", "Mint", "Hindustan Times",
    "NDTV", "The Times of India", "The Economic Times", "ANI", "Business Standard", "Dawn", "Gulf News", "Arab News",
    "TRT World", "Anadolu Agency", "VnExpress", "Viet Nam News",
    "Vietnam+", "VNA", "Bernama", "Antara", "Bangkok Post", "The Jakarta Post", "RNZ", "The Straits Times", "CNA",
    "Al Jazeera", "Press TV", "KUNA", "Daily Sabah", "UrduPoint",
    "EURACTIV", "El País", "Meduza", "The Moscow Times", "The Irish Times", "Radio Free Europe/Radio Liberty",
    "Daily Mail", "The Sun", "Sky News", "The Sydney Morning Herald", "The Australian", "The New Zealand Herald",
    "The Star", "Malay Mail", "New Straits Times", "The Nation", "Khaleej Times", "The National", "Deccan Herald",
    "Swissinfo", "The Times", "Interfax", "Ukrinform", "Radio Poland", "Novinite", "Kyiv Post",
})
MONTH_FIRST_OUTLETS = frozenset({
    "The New York Times", "The Washington Post", "The Wall Street Journal", "Associated Press", "CNN", "CNBC",
    "NBC News", "Fox News", "Voice of America", "Radio Free Asia", "The Hill", "Politico", "Foreign Policy",
    "Defense News", "Stars and Stripes", "Business Insider", "ABC News", "CBS News", "NPR", "PBS", "Newsweek",
    "Forbes", "Axios", "Yahoo News", "MSN", "Washington Examiner", "The Washington Times", "Military.com", "Defense One",
    "Breaking Defense", "TIME", "UPI",
    "Los Angeles Times", "Chicago Tribune", "The Boston Globe", "The Seattle Times", "Honolulu Star-Advertiser",
    "Philippine News Agency", "Seeking Alpha", "MarketWatch", "Barron's", "TheStreet", "JD Supra",
    "The Harvard Crimson", "The Daily Princetonian", "Columbia Daily Spectator",
    "New York Post", "Vox", "Insider", "HuffPost", "USA Today", "The Christian Science Monitor", "The Daily Beast",
    "National Review", "The Epoch Times", "Breitbart",
})

# Outlets renamed: the name a page published before the day of the new name went by.
RENAMED_OUTLETS: dict[str, tuple[str, str]] = {
    "Nikkei Asia": ("Nikkei Asian Review", "2020-09-30"),
}

# Known outlets' short names, as mastheads and credits print them.
OUTLET_SHORT_NAMES: tuple[tuple[str, str], ...] = (
    ("VOA", "Voice of America"),
    ("Korean Central News Agency of DPRK", "KCNA"),
    ("Korean Central News Agency", "KCNA"),
    # (its writers are 'Crimson Staff Writer')
    ("Crimson", "The Harvard Crimson"),
    ("MailOnline", "Daily Mail"),
    ("Daily Mail Online", "Daily Mail"),
    ("Fuji News Network", "FNN"),
    ("RFA", "Radio Free Asia"),
    ("RFE/RL", "Radio Free Europe/Radio Liberty"),
    ("Polskie Radio", "Radio Poland"),
    ("RTHK English News", "RTHK"),
    ("The Times & The Sunday Times", "The Times"),
    ("The Times and The Sunday Times", "The Times"),
    ("Sofia News Agency", "Novinite"),
    ("The Hawaii Herald", "The Hawai‘i Herald"),
    ("PRNewswire", "PR Newswire"),
    ("EINPresswire.com", "EIN Presswire"),
    ("EINPresswire", "EIN Presswire"),
    ("GLOBE NEWSWIRE", "GlobeNewswire"),
    ("EURACTIV.com", "EURACTIV"),
    ("EL PAÍS", "El País"),
    ("SCMP", "South China Morning Post"),
    ("DW", "Deutsche Welle"),
    ("BusinessLine", "The Hindu BusinessLine"),
    ("Business Line", "The Hindu BusinessLine"),
    ("livemint", "Mint"),
    ("Radio France Internationale", "RFI"),
    ("WSJ", "The Wall Street Journal"),
    ("NYT", "The New York Times"),
    ("JoongAng Daily", "Korea JoongAng Daily"),
    # The Yomiuri Shimbun's English paper.
    ("The Japan News", "The Yomiuri Shimbun"),
    # In English the JoongAng Ilbo's pieces are its English edition's: 'an editorial writer of the JoongAng Ilbo'.
    ("JoongAng Ilbo", "Korea JoongAng Daily"),
    ("Nikkei Asian Review", "Nikkei Asia"),
    ("Nikkei", "Nikkei Asia"),
    ("The Mainichi Shimbun", "The Mainichi"),
    ("Mainichi", "The Mainichi"),
    ("NHK World", "NHK World-Japan"),
    ("KBS World", "KBS World Radio"),
    ("Channel NewsAsia", "CNA"),
    ("Arab News Japan", "Arab News"),
    ("Radio New Zealand", "RNZ"),
    ("VietnamPlus", "Vietnam+"),
    ("Channel News Asia", "CNA"),
    # NK News's paid service.
    ("NK Pro", "NK News"),
    ("Center for Strategic and International Studies", "CSIS"),
    ("CFR", "Council on Foreign Relations"),
    ("EETimes", "EE Times"),
)

# Words a site's sections are named with ('World News', '... | Politics'): no outlet's name.
SECTION_WORDS = (
    r"World|Business|Asia|Asia[- ]Pacific|Politics|National|International|Local|Global|Tech|Technology"
    r"|Sports?|Entertainment|Regional|Economy|Defen[cs]e|Domestic|Foreign|Diplomacy|Security|Opinion"
)

# A wiki's line under its article's title: 'From Wikipedia, the free encyclopedia'.
ENCYCLOPEDIA = r"^From (?P<site>[A-Z]\w+), the free encyclopedia$"
# Where an aggregator's or an app's copy sends the reader, the outlet's name after it: 'Read Full Article at AFP'.
READ_FULL_ARTICLE = r"^Read (?:the )?full (?:article|story|report) (?:at|on|from|in) "

# Mastheads: the outlet's name as a line of its own.
MASTHEADS = _compile(
    # A site's name and its slogan: 'JP News Navi | Japan's latest news summary', 'VIETNEWS TODAY - Fast news,
    # hot news 24h', 'Newsfeedz – Your Daily News Feed', and the slogan alone.
    r"^[A-Z][\w.&'’]*(?: [A-Z][\w.&'’]*){0,3}\s+[|\-–—]\s+(?:Your|[A-Z][a-z]+['’]s|Fast|Latest|Breaking|Daily|All the)\b"
    r"[\w'’, ]{0,20}\b(?i:news)\b[\w'’, ]{0,30}$",
    r"^(?i:(?:\w+ news,\s*){1,3}\w+ news(?: 24h| 24/7)?)$",
    # ... 'Latest world news, every hour', 'Breaking Korea news 24/7'.
    r"^(?=.{0,60}$)(?:Latest|Breaking|Your|All the|Top|Fresh)\b[\w ,'’-]{0,30}\bnews\b,?\s*(?:24/7|24h|every hour"
    r"|around the clock|round the clock|as it happens)\.?$",
    # A news service's name over its story: 'Jiji Press English News Service'.
    r"^(?:[A-Z][\w.&'’-]*\s){1,4}English News Service$",
    # ... after the agency's name and a bar: 'YONHAP NEWS AGENCY | English News Service'.
    r"^(?:[A-Z][\w.&'’-]*\s){1,4}\|\s+English News Service$",
    # A site's motto under its name: 'Read The Diplomat, Know The Asia-Pacific'.
    r"^Read The Diplomat\b.{0,40}$",
    # ... and what publishes it: 'Published daily by the Lowy Institute'.
    r"^Published (?:daily|weekly|monthly|twice a week) by (?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5}\.?$",
    # A government site's motto and its publisher: 'The official website of the Republic of Korea'.
    r"^The official (?:web ?site|portal) of\b.{0,60}$",
    r"^Korean Culture and Information Service$",
    # A wiki's line under its article's title.
    ENCYCLOPEDIA,
    # A head word alone ('Post', 'Today') names no paper: 'The' or a word must come before it.
    # Nor a page's label: 'Blog Post', 'Latest News', 'All News'.
    r"^(?!By )(?!(?:Blog|Guest|Sponsored|Related|Previous|Next|Latest|Recent|Popular|Featured|Top|Breaking|More|All)"
    r"\s+\w+$)"
    # Nor a section's: 'World News', 'Asia Pacific News'.
    rf"(?!(?:{SECTION_WORDS})\s+News$)"
    r"(?:The\s+(?:[A-Z][\w.&'’-]*\s+){0,3}|(?:[A-Z][\w.&'’-]*\s+){1,3})"
    r"(?:Herald|Times|Post|News|Daily|Tribune|Journal|Gazette"
    r"|Telegraph|Review|Monitor|Observer|Guardian|Chronicle|Standard|Mail|Express|Ilbo|Shimbun"
    r"|Insider|Press|Today|Diplomat|Examiner|Inquirer|Courier)$",
    r"^[\w-]+\.(?:com|net|org|co\.kr|co\.jp|co\.uk|jp|kr|tw|cn|info|news)$",
    # A news database's name for the paper, with its city: 'Financial Times (London, England)'.
    r"^(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4} \([A-Z][\w. ]{1,25}, [A-Z][\w. ]{1,25}\)$",
    # A feed's name in a reader, its site's host in brackets: 'Kyodo News+ | Latest News (english.kyodonews.net)'.
    r"^[^|()]{2,40}\|\s*[^|()]{2,40}\((?:www\.)?(?:[\w-]+\.)+[a-z]{2,}\)$",
)

# What may follow a newsletter's greeting on its line: the rest of its sentence (abbreviations and all: 'Welcome to
# U.S.-Japan Brief.'), and a request for tips or to follow it ('Send tips and feedback to ...').
_GREETING_END = r"(?:[^.!?]|\.(?=\S))*[.!?]?(?:\s+(?:Send|Email|Follow|Sign up|Subscribe)\b.{0,160})?$"

# Self-promotion: newsletters, apps, 'visit our homepage'.
PROMO = _compile(
    # Readers' reactions and counts: 'Good 52 Sad 7 Angry 118', 'Recommended 65 Comment 356'; an ad's label: '[AD] ...';
    # an app's pitch: 'Never miss a story! ...'; a glossary of a learners' service: 'Words in This Story' /
    # 'intelligence – n. secret information ...'; its call for comments: 'We want to hear from you.'
    r"^(?:(?:Good|Like|Sad|Angry|Surprised|Wow|Funny|Recommend(?:ed)?|Comments?|Follow-up article wanted)\s*[\d,]+"
    r"\s*){2,}$",
    r"^Comments?\s+[\d,]+$",
    r"^\[AD\]\s",
    r"^Never miss a story\b",
    r"^Words in (?:This|the) Story$",
    r"(?-i:^[a-z][\w'’ -]{0,40}\s[-–—]\s(?:n|v|adj|adv|phrasal v|idiom|prep)\.\s.{5,200}$)",
    r"^We want to hear from you\b",
    # Pull quotes: '<< "A WTO panel can rule ..." >>', '<Pull quote> The two neighbors ...'.
    r"^<<.{5,300}>>$",
    r"^<?Pull ?quote>?:?\s",
    # A paper's links to its opinion pieces under the story: 'Global Opinions: ...', 'The Post’s View: ...'.
    r"^(?:Global Opinions|The Post['’]s View):\s+\S.{5,200}$",
    # A paper's foot: 'Report Error Submit a Tip', 'Having trouble reading this article? ...', 'Have your say...',
    # 'MORE ABOUT', a game's pitch: 'Read 3 articles and stand to win rewards' / 'Spin the wheel now'.
    r"^Report (?:an )?Error\b.{0,30}$",
    r"^Having trouble reading this article\?",
    r"^Have your say\W*$",
    r"^MORE ABOUT$",
    r"^Read \d+ articles? and stand to win\b",
    r"^Spin the wheel\b.{0,20}$",
    # A Korean paper's links after the story (marked with an arrowhead, which line patterns do not see):
    # '▶ Kyunghyang Shinmun SNS  Twitter | Facebook', '▶ [Kyunghyang Shinmun] Subscribe to newsletter', '▶ Chat
    # with the reporter on KakaoTalk'; and the reporter's other pieces: "Reporter Kang Jun-seo's other articles".
    r"^[A-Z][\w .&'’-]{1,40} SNS(?:\s+(?:Twitter|Facebook|YouTube|Instagram|KakaoTalk|\|))*$",
    r"^\[[^\]]{1,30}\]\s*Subscribe to (?:the |our )?newsletters?$",
    r"^Chat with the reporter(?: on KakaoTalk)?$",
    # An agency's channel: 'Sputnik is on Telegram! Subscribe to our channel ...', 'More news in TASS channel on
    # Telegram. Subscribe'; a newsletter's offer: 'Get smarter, faster on the world with Axios World. Sign up for free.',
    # 'Understand the world with a daily explainer plus the most compelling stories of the day.'
    r"^[A-Z][\w .&'’-]{1,30} is (?:now )?on (?:Telegram|WhatsApp|Viber)\b.{0,100}$",
    r"^More news in [\w .&'’-]{1,30} channel on (?:Telegram|WhatsApp|Viber)\b.{0,20}$",
    r"^Get smarter, faster (?:on|with)\b.{0,100}$",
    # ... its heading over the box ('Get the Early Bird' / 'The most important defense news delivered to your inbox
    # ...'), a letter's pitch ('Upgrade your inbox and get our Daily Dispatch and Editor's Picks.', 'Keep up to date
    # with the latest news from Switzerland and the world'), a wire's page ('All news reports from Reuters').
    r"^(?-i:Get (?:the|our) (?:[A-Z][\w'’]* ){0,3}"
    r"(?:Bird|Brief|Briefing|Newsletter|Digest|Dispatch|Rundown|Edition))$",
    r"^Upgrade your inbox\b.{0,100}$",
    # ... an app's, a feed's, a site's pitches ('Get the CNA app and stay updated ...', 'Personalise your news feed.
    # Follow trending topics', 'Get Latest World News along with Latest News and Top Headlines from India ...',
    # 'Subscribe to CNBC PRO for exclusive insights ...', "Nikkei Asian Review, Asia's leading business publication, is
    # yours for 3 months at just $9.", 'Share your experiences, suggestions, and any issues ...').
    r"^Get the [\w .&'’-]{1,30} app\b.{0,120}$",
    r"^Personali[sz]e your (?:news )?feed\b.{0,60}$",
    r"^Get Latest\b.{0,40}\bNews\b.{0,120}$",
    r"^Subscribe to (?-i:[A-Z])[\w .&'’-]{1,30} for (?:exclusive|unlimited|full)\b.{0,150}$",
    r"^(?=.{0,160}$).*\bis yours for (?:\d+|one|two|three|six) (?:months?|weeks?|days?) (?:at|for) (?:just|only)\b.*$",
    r"^Share your experiences, suggestions\b.{0,200}$",
    # A local site's sign-up box and its platform: 'Sign Up!', '* I understand and agree that registration on or use of
    # this site constitutes agreement to its user agreement and privacy policy.', 'Powered by BLOX Content Management
    # System from TownNews.com.'
    r"^\*?\s*I understand and agree that registration on or use of this site\b.{0,200}$",
    r"^Powered by (?-i:[A-Z])[\w .&'’-]{2,60}(?: from [\w.-]+)?\.?$",
    # A market site's footer: 'By using this site you agree to the Subscriber Agreement ...', 'Intraday Data provided
    # by FACTSET and subject to terms of use.'
    r"^By using this (?:site|website)\b.{0,40}\bagree\b.{0,200}$",
    r"^Intraday Data provided by\b.{0,300}$",
    # A comment section's note: 'Dear readers and commenters, We have implemented a new engine for our comment section.'
    r"^Dear readers\b(?=.{0,400}$).*\b(?:comments? (?:have been |are |is |will be )?(?:disabled|closed"
    r"|(?:temporarily )?unavailable)|(?:closed|disabled) comments|your comments civil"
    r"|comment(?:s|ing)? (?:section|engine|platform|system))\b",
    # A release's file: 'Attachment   20190828_press_release_KITA.hwp (48KB)'.
    r"^Attachments?\s*:?\s+\S+\.(?:hwp|pdf|docx?|xlsx?|zip|pptx?)\b.{0,30}$",
    r"^Keep up to date with (?:the latest|all the latest|our)\b[^.!?]{0,80}\.?$",
    r"^All (?:news )?(?:reports|stories|articles|news) from (?-i:[A-Z])[\w .&'’-]{1,30}$",
    # 'The most comprehensive collection of defense news and commentary on the planet, delivered daily.'
    r"^(?=.{0,160}$)The (?:most|best|latest|top)\b[^.]{5,120},\s*delivered (?:daily|weekly|every (?:morning|day|week)"
    r"|to your inbox)\.?$",
    r"^Understand the world with a daily explainer\b.{0,120}$",
    # A broadcaster's show and its hour under the story: 'Arirang News at 9'.
    r"^(?-i:[A-Z][\w&'’-]{1,20}(?: [A-Z][\w&'’-]{1,20}){0,2} (?:News|Today|Tonight) at \d{1,2}(?::\d\d)?"
    r"(?:\s*[AP]\.?M\.?)?)$",
    # A paper's offer of its print edition: 'Get the Japan Times delivered to your home. Subscribe now.'
    r"^(?:Get|Have) (?:The |the )?[A-Z][\w .&'’-]{1,40} delivered to your (?:home|door|doorstep)\b"
    r"(?=.{0,60}\b(?i:subscribe|subscription|print edition)\b).{0,60}$",
    # NBC's newsletter box: 'Get the Morning Rundown' / 'Get a head start on the morning's top stories.'
    r"^Get the Morning Rundown\.?$",
    r"^Get a head start on the morning['’]s top stories\.?$",
    # An agency's own tagline at the foot: AP's 'Connect with the definitive source for global and local news';
    # its paid service's: 'Jiji Press Ticker Service: Real-time news on ... Contact us for a free trial.'
    r"^Connect with the definitive source for global and local news\.?$",
    r"^[A-Z][\w .&'’-]{1,50}:\s.{0,150}\bContact us for a free trial\.?$",
    r"^(?:Reporter\s+)?[A-Z][\w-]+(?: [A-Z][\w-]+){0,3}['’]s other (?:articles|stories)$",
    # A news app's nag on its web page: 'SmartNews works best in the app. Get breaking news alerts and read offline.'
    r"^[A-Z][\w .&'’-]{1,30} works best in (?:the|our) app\b.{0,100}$",
    # A magazine's link to another of its stories inside the text: 'Recommended: Why China’s Navy Fears ...'.
    r"^Recommended:\s+[A-Z\"“‘'].{5,150}$",
    # An app's offer: 'Keep up to date with international news by downloading the France 24 app'.
    r"^(?:Keep up to date|Stay (?:up to date|informed|updated)|Get (?:the latest|breaking)|Follow)\b.{0,80}"
    r"\bby downloading (?:the|our) [\w .&'’-]{2,40} app\.?$",
    r"^Support Provided By\s*:",
    # A site's call for writers: 'Want to write for Task & Purpose? Click here. Or check out the latest stories ...'.
    r"^Want to write for [A-Z][\w .&'’-]{1,40}\?.{0,150}$",
    # A newsletter's foot: 'If you would like to receive Morning Brief in your inbox every weekday, please sign up
    # here <https://...>', 'Unsubscribe <https://...> | Manage your newsletter preferences', its sender's address
    # ('Foreign Policy, 655 15th St NW, Suite 300, Washington, DC 20005'), and a link to more in angle brackets.
    r"^(?=.{0,300}$)If you would like to (?:receive|get) .{2,60}\b(?:in|to) your inbox\b",
    r"^(?=.{0,300}$)Unsubscribe\b(?:\s*<[^>]*>)?\s*(?:\||$)",
    r"^(?=.{0,120}$)[A-Z][\w .&'’-]{1,40}, \d{1,5} [\w .]{2,40}\b(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard)\b"
    r".{0,40}, [A-Z]{2} \d{5}(?:-\d{4})?$",
    r"^(?=.{0,300}$)For more (?:on|about)\b.{0,160}<https?://[^>\s]+>\s*\.?$",
    # 'Get NK News Pro: ...', 'Sign up to the NK News daily update. Enter your email Subscribe', Daily NK's note
    # on its sources.
    r"^Get NK News Pro\b.{0,120}$",
    r"^Sign up (?:to|for) (?:the|our) .{2,30}\b(?:daily|weekly) (?:update|newsletter|digest|briefing)\b.{0,60}$",
    r"^Daily NK works with a network of sources\b",
    # Markets' sites: 'Follow Harrison Kwon and get email alerts', 'Like this article', 'This idea was discussed in
    # more depth with members of my private investing community', 'Looking for a helping hand in the market? ...',
    # 'Want to be alerted before Jim Cramer buys or sells MU? ...'.
    r"^Follow [A-Z][\w .&'’-]{1,40} and get (?:e-?mail )?alerts$",
    r"^Like this article$",
    r"^This idea was discussed in more depth with members of\b",
    r"^Looking for a helping hand in the market\?",
    r"^Want to be alerted before\b.{0,200}$",
    # Sites carrying client alerts: 'PUBLISH YOUR CONTENT ON JD SUPRA NOW', 'To print this article, all you need is to
    # be registered ...', 'To embed, copy and paste the code into your website or blog:', 'Find out more about
    # Lexology or get in touch ...', 'Please login to follow content.'.
    r"^PUBLISH YOUR CONTENT ON\b.{0,40}$",
    r"^To print this article, all you need is\b",
    r"^To embed, copy and paste the code\b",
    r"^Find out more about [\w .&'’-]{2,40} or get in touch\b",
    r"^Please log ?in to follow content\.?$",
    # An e-mail newsletter's footer: 'Forward to a colleague', 'You are receiving this email because ...', 'Our
    # mailing address is:', 'Add us to your address book', 'Want to change how you receive these emails?', 'You can
    # update your preferences or unsubscribe from this list.'
    r"^Forward to a (?:colleague|friend)$",
    # ... a site's offer of its evening letter: 'Every weekday evening, we'll send you the news of the day ...'.
    r"^Every (?:weekday|day|week|morning|evening|weekday evening|weekday morning)\b.{0,20}\bwe(?:'|’)ll send you\b",
    r"^Email \(required\)$",
    r"^You (?:are receiving|received|have received) this (?:e-?mail|newsletter|message|alert) because\b",
    # ... an alert service's: 'Google Alerts', 'Flag as irrelevant', 'See more results | Edit this alert', 'Receive
    # this alert as RSS feed', 'Send Feedback'; a firm's mail's note: 'This e-mail and any attachments are confidential'.
    r"^(?:Google Alerts?|Flag as irrelevant|Unsubscribe|Receive this alert as RSS feed|Send Feedback)$",
    r"^See more results\b.{0,40}$",
    r"^This (?:e-?mail|message|communication)(?: and any attachments?)? (?:is|are|may be|contains?)"
    r" (?:strictly )?(?:confidential|privileged|intended)\b",
    r"^Our mailing address is\s*:?$",
    r"^Add us to your address book$",
    r"^Want to change how you receive these e-?mails\?$",
    r"^(?=.{0,200}$)You can update your preferences or unsubscribe\b",
    # A site's events: 'UPCOMING EVENT: "Allies at Odds" — a public lecture ...', 'EVENT: Join us Oct. 5 for the
    # ... Gala. Tickets on sale now!', 'Free and open to the public. Register »'.
    r"^(?:(?:upcoming|special|featured) events?|(?-i:EVENTS?))\s*:\s.{0,400}$",
    r"^Join us (?:on |this |next )?(?:[A-Z][a-z]{2,8}\.? \d{1,2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b.{0,200}$",
    r"^(?=(?:\S+\s+){0,7}\S+$)Tickets (?:are )?(?:on sale|available)\b.{0,40}$",
    r"^(?=.{0,80}$)(?:Free and )?open to the public[.!]?(?:\s+(?:Register|RSVP)\b.{0,20})?$",
    # A newsletter's ask at its end: 'If you found this useful, subscribe to Between Two Capitals.'
    r"^If you (?:found|find|enjoyed|enjoy|liked|like) (?:this|it)\b.{0,60}\b(?:subscribe|share|sign up|follow"
    r"|forward)\b.{0,160}$",
    # A broadcaster's app and newsletter: 'Take international news everywhere with you! Download the France 24 app',
    # 'Daily newsletter' / 'Receive essential international news every morning'.
    r"^(?=.{0,160}$)(?:.*[.!?]\s+)?Download the [\w .&'’-]{2,30} app[.!]?$",
    # The stores' badges: 'Get it on Google Play', 'Download on the App Store'.
    r"^(?:Get it on Google Play|(?:Download|Available) on the App Store)$",
    # A newsletter's offer inside it: 'Want to get this briefing by email? Here's the sign-up.'
    r"^Want (?:to get |to receive )?this (?:briefing|newsletter)\b.{0,100}$",
    # A live page's notes to its readers: 'Refresh this page for the latest updates. All times are Korea Standard
    # Time (GMT+9).'
    r"^(?:Refresh|Reload) (?:this|the) page (?:for|to see)\b.{0,140}$",
    r"^All times (?:are|in|shown in) [A-Z][\w .()+:-]{1,50}\.?$",
    r"^Daily newsletter$",
    r"^Daily newsletter\s*Receive (?:essential|the latest|our|top) [\w ]{0,40}news\b.{0,40}$",
    r"^Receive (?:essential|the latest|our|top) [\w ]{0,40}news\b.{0,40}$",
    # A newsletter's pitch in an ad slot: 'Get the latest insights and analysis from our Global Impact newsletter ...'.
    r"^Get the latest (?:insights|news|updates|analysis|stories)\b.{0,160}\bnewsletters?\b",
    r"^Follow (?:him|her|them|me) (?:on|at) (?:Twitter|X|Facebook|Instagram|LinkedIn)\b.{0,40}$",
    r"^Get the full story\b.{0,80}$",
    # A newsletter's greeting: 'Good morning. Here is what you need to know to start your day in Asia.', 'HAPPY
    # FRIDAY and welcome to Morning Defense', 'The top stories in today's Korea JoongAng Daily, selected by our editors.'
    # (not a host's greeting on air: 'Good evening. Welcome to the program')
    # (the greeting alone: 'Good evening. Welcome to Arirang News. South Korea has decided ...' is news)
    r"^(?=.{0,200}$)Good (?:morning|afternoon|evening)\.\s+(?:Here(?:'s| is| are) what you need to know\b"
    r"|Welcome to (?-i:[A-Z]))" + _GREETING_END,
    r"^(?=.{0,300}$)Happy [A-Za-z]{3,9}\b.{0,20}\band welcome to (?-i:[A-Z])" + _GREETING_END,
    r"^The top stories (?:in|from) today(?:'|’)s [\w .&'’-]{2,40}, (?:selected|chosen|picked) by\b",
    # A members' scheme: 'Like what you read? Become a War on the Rocks member to support our work ...',
    # 'Get daily updates from Brookings'.
    r"^(?=.{0,240}$)(?:Like what you (?:read|see)\?\s+)?Become an? [\w .&'’-]{0,40}\bmember\b",
    r"^Get (?:daily|weekly) (?:updates|news|insights|analysis) from [\w .&'’-]{1,40}$",
    # An outlet telling what it is: 'Since 1897, The Japan Times has been Japan's leading independent
    # English-language news source.'
    r"^(?=.{0,200}$)Since \d{4}, (?-i:(?:The )?[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,4}) has been\b.*\bnews\b",
    # A site's pitch and its links: 'Philstar.com is one of the most visited news sites in the Philippines. Follow
    # us on Facebook and Twitter.', 'A summary of global news developments ... delivered to your inbox each morning.'
    r"^(?=.{0,250}$).*\bFollow us on (?:Facebook|Twitter|Instagram|LinkedIn|X|Telegram)\b",
    r"^(?=.{0,250}$).*\bdelivered (?:straight |directly )?to your inbox\b",
    r"^Read the latest news from around the world\b.{0,60}$",
    r"^Read more (?:on|at|from) [\w.&'’ -]{1,40}$",
    # ... with a story's headline: 'Read more on FRANCE 24 : North Korea fires rocket launchers, says Seoul'.
    r"^Read more on [A-Z][\w.&'’ -]{1,30}?\s:\s\S.{0,150}$",
    # An aggregator's or an app's copy sending the reader to the outlet: 'Read Full Article at AFP', 'View Original'.
    READ_FULL_ARTICLE + r"[\w.&'’ -]{1,40}$",
    r"^View (?:the )?original(?: article| story)?$",
    r"^Track Latest News Live on\b.{0,120}$",
    r"^We(?:'|’)ll send you (?:the )?latest news\b.{0,160}$",
    r"^Follow us\s*:?$",
    # A newsletter box inside the story: 'Newsletter Sign-up' / 'WSJ Asia Edition' / 'Top stories from Asia,
    # delivered each morning.' / 'PREVIEW'.
    r"^Newsletter [Ss]ign[- ]?[Uu]p$",
    # (not what the story says is delivered: 'reports are delivered every morning to President Moon')
    r"^(?=.{0,120}$)(?!.*\b(?:is|are|was|were|be|been)\s+delivered\b).*\bdelivered (?:each|every) "
    r"(?:morning|day|evening|week|weekday)\b",
    # 'Want to read more? For analysis on this article ... please enquire about our subscription options'.
    r"^Want to read more\?.{0,200}\b(?:subscri\w*|log ?in|sign ?in|register)\b",
    # A site's note on itself: 'Stars and Stripes is an editorially independent, First Amendment-protected news
    # organization.'
    r"^(?=.{0,200}$)[A-Z][\w .&'’-]{1,40} is an editorially independent\b",
    # A link to the site's page on a network: 'Stars and Stripes’ Facebook'.
    r"^[A-Z][\w .&'’-]{1,40}(?:'s|’s|'|’) (?:Facebook|Twitter|Instagram|YouTube|LinkedIn)(?: page| channel)?$",
    # A wire's note on what its site carries: 'Anadolu Agency website contains only a portion of the news stories ...'.
    r"^(?=.{0,400}$)[\w .'’-]{2,40} website contains only a portion of the news\b",
    # A newsletter's thanks and welcome: 'Thanks for reading Yeouido Notes! Subscribe for free to receive new
    # posts and support my work.', 'Welcome back to Yeouido Notes, a weekly letter on Korean politics ...'.
    r"^Thanks for reading\b.{1,60}!\s*Subscribe\b.{0,120}$",
    # ... or the site's, naming it alone: 'Thanks for reading CBS NEWS.'
    r"^(?:Thanks|Thank you) for reading (?:the )?(?-i:[A-Z])[\w&'’ -]{1,40}[.!]?$",
    r"^Welcome (?:back )?to\b.{1,60},\s*(?:a|an|my|our)\s+(?:\w+\s+){0,3}(?:newsletter|letter|digest)\b",
    # A renamed outlet's pitch: 'Nikkei Asian Review, now known as Nikkei Asia, is the voice of the Asian Century.'
    r"^(?=.{0,200}$)[A-Z][\w .&'’-]{0,30}(?:Review|News|Times|Post|Journal|Daily|Herald|Shimbun|Asia),"
    r" now (?:known as|called|renamed) [A-Z][\w .&'’-]{2,40}, (?:is|will be) the\b",
    # ... and its motto after its name: 'Nikkei Asian Review: the voice of the Asian century.'
    r"^(?=.{0,120}$)[A-Z][\w .&'’-]{1,40}(?:Review|News|Times|Post|Asia|Daily|Herald|Journal|Shimbun|Ilbo|Press)"
    r"\s*[:|—–-]\s*(?:[Tt]he|[Yy]our) voice of\b.{2,40}$",
    r"\bVisit\b.{1,60}\b(?:homepage|home page|website|site)\b.{0,20}\bfor more\b",
    r"^(?:Follow|Like|Find) (?:us|the [\w .&'’-]{2,40}) on (?:Twitter|X|Facebook|Instagram|LinkedIn|YouTube"
    r"|Telegram|WhatsApp|Threads|Google News)\b",
    r"^(?:Follow|Like|Find) us on\b",
    # 'Follow JAPAN Forward on Twitter @japanforward'
    r"^(?:Follow|Like|Find) (?:[A-Z][\w.&'’-]*\s){1,4}on (?:Twitter|X|Facebook|Instagram|LinkedIn|YouTube|Telegram"
    r"|WhatsApp|Threads|Google News)\b",
    # The writer's handle: 'Twitter: @kimgamel', '@kimgamel'.
    r"^(?:(?:Twitter|X|Instagram|Threads|Bluesky|Telegram)\s*:\s*)?@[\w.]{2,30}$",
    # 'Find other editorials from The Sankei Shimbun here.'
    r"^(?:Find|Read|See) (?:other|more|all)\b.{0,60}\b(?:editorials|articles|stories|columns|opinions|reports)\b"
    r".{0,60}\b(?:here|below)\W*$",
    r"^(?:Sign up|Subscribe|Register|Get|Receive)\b.{0,30}\bnewsletters?\b",
    # A column's alerts: '- SIGN UP FOR BREAKINGVIEWS EMAIL ALERTS http://bit.ly/BVsubscribe'.
    r"^(?:[-–—•*]\s*)?Sign up for [\w .&'’-]{2,40} (?:e-?mail )?alerts\b.{0,60}$",
    r"^Catch (?:all )?the (?:latest )?(?:[\w-]+ )?(?:news|updates)\b",
    # Links to other stories set in the text: 'READ: Seoul drops intel-sharing pact ...', 'Also Read - ...', 'Go
    # deeper: Japan-South Korea trade war heats up' (Axios).
    r"^(?:READ|Also Read|ALSO READ|Also read|Read also|READ ALSO)\s*[:\-–—|]\s*\S(?=.{0,160}$)",
    # ... with no mark after the label, a headline after it (Le Monde's, for subscribers only too): 'Read more South
    # Korea offers to compensate victims of Japanese forced labor itself'.
    r"(?-i:^Read more\s+(?:Subscribers only\s+)?[A-Z][^.!?]{10,150}$)",
    # ... and a heading over the page's topics: 'Read more on related topics:'.
    r"^Read more on related topics\s*:?$",
    # A magazine's offer: 'Get 12 weeks for $12. Subscribe now'.
    r"^Get \d+ (?:weeks|months|issues) for [$€£]\d+\b.{0,40}$",
    r"^(?:See|See also|Also see)\s*:\s*(?-i:[A-Z])(?=.{0,160}$)(?!.*[.!?]$)",
    r"^Go deeper\s*(?::\s*\S|[-–—]\s*(?-i:[A-Z])(?!.*[.!?]$))(?=.{0,160}$)",
    # ... the label in capitals, a gap after it: 'READ ALSO   Samsung Electronics second-quarter profit halves ...'.
    r"(?-i:^(?:READ ALSO|ALSO READ)\s+[A-Z0-9“\"‘'](?=.{0,160}$))",
    # A broadcaster's messenger box: 'Chat with us in Facebook Messenger. Find out what's happening ...'.
    r"^Chat with us in (?:Facebook )?Messenger\b.{0,120}$",
    r"^(?=.{0,120}$)(?:Do you like|Did you like|Did you enjoy|Was this) (?:the content of )?this (?:article|story)\W*$",
    r"^(?=.{0,120}$)This (?:story|article) has been (?:viewed|read|shared) [\d,]+ times\W*$",
    r"^(?=.{0,300}$)Comments (?:will be|are) moderated\b",
    # A comment box: 'Share or comment on this article:', 'Share what you think', 'No comments have so far been submitted.'
    r"^Share (?:or comment on this article|what you think)\W*$",
    r"^Comments?\s*\(?\d+\)?$",
    r"^(?=.{0,160}$)No comments have (?:so far )?been (?:submitted|posted)\b",
    r"^(?=.{0,160}$)Show full articles without\b",
    r"^(?=.{0,120}$)Read \d+ days for\b",
    r"^(?=.{0,120}$)Share (?:this|it) with (?:your )?(?:family|friends)\b",
    r"^(?=.{0,160}$)Stay informed as we add\b",
    r"^(?=.{0,200}$)Download our app\b",
    r"^https?://\S+$",
    # A podcast page's player and links: 'Listen on Apple Podcasts', 'Subscribe via RSS', '00:00 / 38:12', '[09:40]'.
    r"^(?:Listen|Subscribe) (?:on|via|in) (?:Apple Podcasts|Spotify|Google Podcasts|Stitcher|RSS|iTunes|YouTube"
    r"|SoundCloud|Overcast|Pocket Casts|Amazon Music)\W*$",
    # ... in a sentence: 'Listen to this episode of Asia Geopolitics on Apple Podcasts, Google Podcasts, ... or
    # subscribe via RSS.'
    r"^(?=.{0,240}$)(?:Listen to (?:this|the full) (?:episode|podcast|show)|Subscribe to [^.]{2,60} on)\b.{0,120}"
    r"\b(?:Apple Podcasts|Spotify|Google Podcasts|Stitcher|SoundCloud|RSS)\b",
    # A transcript's notes on itself: 'This transcript was auto-generated and may contain errors. Please refer to the
    # audio ...', 'This is an automatically generated transcript.', 'Transcribed by https://otter.ai', 'The following
    # is a partial transcript of the conversation.', 'The following is the script of this bulletin. The audio is the
    # authoritative version.', 'This episode was recorded on September 6, 2019.'
    r"^(?=.{0,300}$)This (?:transcript|episode transcript) (?:was|is|has been) (?:auto-?generated|automatically"
    r" generated|machine-generated|computer-generated|produced by)\b",
    r"^(?=.{0,300}$)This is an (?:automatically |auto-|machine-)generated transcript\b",
    r"^Transcribed by\s+(?:https?://)?\S+$",
    # (notes of its own after it only: not '... of this bulletin. Japan and South Korea's foreign ministers have
    # agreed ...')
    r"^(?=.{0,300}$)(?!.*[.!?]\s+(?!(?:The|This|It|Transcripts?|Some|Answers|Questions|Audio|Please)\b)[A-Z])"
    r"The following is (?:a|an|the) (?:partial |full |edited |lightly edited |rush )?"
    r"(?:transcript|script) of (?:the|this|our|a) (?:conversation|episode|podcast|bulletin|interview|program"
    r"|programme|discussion)\b(?!\s+with\b)",
    r"^(?=.{0,120}$)This (?:episode|podcast|conversation|interview) was recorded on\b.{0,40}$",
    # ... a show's sign-off and its cards' labels: 'That's all for now from NHK WORLD RADIO JAPAN.', 'Hosted By',
    # 'Credits'.
    r"^That['’]s (?:all|it) for (?:now|today|this (?:episode|week|edition)|this week['’]s (?:episode|show))"
    r"(?: from [^,.]{2,60})?[.!]?$",
    r"^(?:Hosted by|Credits|Guests?)$",
    # A site's buttons and notes under the story: 'How does this make you feel?' (Rappler's), 'Report it', 'Thank you
    # for your report!', 'To comment on stories, subscribers must first create a display name ...'; what the site is:
    # 'Khmer Times is Cambodia's largest English-language newspaper.'
    r"^How (?:does|did) this (?:article |story )?make you feel\?$",
    r"^(?:Report it|Report this comment|Thank you for your report!?)$",
    r"^(?=.{0,200}$)To comment on (?:stories|articles), subscribers must\b",
    # (an English-language one's: not 'The Chosun Ilbo is South Korea's largest newspaper.' in a story)
    r"(?-i:^(?=.{0,140}$)(?:The )?[A-Z][\w .&'’-]{1,40} is (?:the |[A-Z][\w.]+(?: [A-Z][\w.]+)?['’]s )?"
    r"(?:largest|leading|oldest|biggest|most widely read|premier|only)\b[^.]{0,30}\bEnglish(?:-language)?"
    r" (?:newspaper|daily|news (?:site|portal|website)|publication|broadcaster)(?: in [A-Z][a-z]+)?\.?$)",
    # ... the services in a row: 'Listen on Apple Podcasts | Spotify | Stitcher | SoundCloud'.
    r"^(?:Listen|Subscribe) (?:on|via|in)\W+(?:(?:Apple Podcasts|Spotify|Google Podcasts|Stitcher|RSS|iTunes|YouTube"
    r"|SoundCloud|Overcast|Pocket Casts|Amazon Music)\s*[|,/•·]?\s*(?:or\s+)?){2,}$",
    r"^\[?\d{1,2}:\d{2}(?::\d{2})?\]?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$",
    r"^Episode \d+$",
    # 'Want more articles like this? Follow SCMP Asia on Facebook.'
    r"^(?=.{0,160}$)Want more (?:articles|stories|news|coverage|reporting)\b",
    r"^Why you can trust\b",
    r"^These are external links\b",
    r"\bis not responsible for the content of external (?:sites|links)\b",
    r"^Read about our approach to external linking\b",
    r"^(?:WATCH|Watch|VIDEO|Video|LISTEN|Listen)\s*:\s",
    # A newsletter's name and pitch: 'The Daily Report: Start your day right with Asia Times' top stories'.
    r"^(?=.{0,160}$).*\bStart your (?:day|morning|week)\b.{0,20}\bwith\b",
    r"^(?=.{0,160}$)For more (?:articles|stories|news|coverage|reports)\b.{0,40}\b(?:visit|go to|see|head to)\b",
    r"^(?=.{0,120}$)Don(?:'|’)?t miss (?:out )?on the latest\b",
    # 'Join ST's Telegram channel and get the latest breaking news delivered to you.'
    r"^(?=.{0,160}$)Join (?:[\w'’.]+ ){0,3}(?:Telegram|WhatsApp|LINE|Line|Kakao\w*|Viber|Signal) (?:channel|group)\b",
    r"^(?=.{0,160}$)For (?:feedback|comments|complaints|inquiries|enquiries|corrections)\b.{0,60}\bcontact us\b",
    # A newsletter's pitch ending in its button: 'DW sends out a selection of the day's news ... Sign up here.'
    r"^(?=.{0,200}$).*\bSign up (?:here|now|today)\W*$",
    # ... or in its offer, the newsletter named (a name in capitals, or a newsletter's word), after a sentence or a
    # question: 'Get smarter, faster with the news
    # CEOs, entrepreneurs and top pols read. Sign up for Axios AM.', 'Missing out on the latest scoops? Sign up for
    # POLITICO Playbook and get the latest news, every morning — in your inbox.'
    r"^(?=.{0,200}$).*[.!?]\s+Sign up (?:for|to) (?:our |the )?(?-i:(?:[A-Z][\w'’&.]* ){0,3}"
    r"(?:[A-Z]{2,}(?![\w-])|(?:Playbook|Newsletter|Brief|Briefing|Digest|Daily|Weekly|Morning|Evening)\b))"
    r"[^.!?]{0,120}[.!]?$",
    # ... or after its pitch opening 'Get': 'Get market news worthy of your time with Axios Markets. Sign up for
    # Axios Markets.'
    r"^(?=.{0,200}$)Get\b[^.!?]{1,150}[.!?]\s+Sign up (?:for|to) (?-i:[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,4})"
    r"(?: (?:for free|free|today|now|here|and never miss a (?:story|thing|beat)))?[.!]?$",
    # 'Like this story? Share it with a friend!'
    r"^(?:Like|Liked|Enjoy|Enjoyed|Love|Loved) (?:this|the) (?:story|article|post)\?(?=.{0,80}$).*\bShare\b",
    # More of the site: 'Read more World News in the Times of India.'
    r"^(?=.{0,120}$)(?:Read|See|Get|Find) (?:more|all|the latest)\b.{0,50}\b(?:news|stories|articles|updates)\b"
    r".{0,10}\b(?:in|on|at|from) (?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}\W*$",
    # A masthead's motto: The Washington Post's and The New York Times's.
    r"^(?:Democracy Dies in Darkness|All the News That(?:'|’)?s Fit to Print)$",
    # ... The Japan Times', and a paper's note on its network under its name: 'Asia News Network member'.
    r"^(?i:All the news without fear or favou?r|(?:An? )?(?:member of (?:the )?)?Asia News Network(?: member)?)$",
    # A printed paper's year and serial number ('123RD YEAR | ISSN 0289-1956'), and the lines of its list of contents,
    # dots leading to the page ('Cho Kuk's daughter paper row deepens ........ 2').
    r"^(?i:(?:\d{1,3}(?:st|nd|rd|th) year\s*(?:[|•·]\s*)?)?(?:ISSN\s*\d{4}-\d{3}[\dX])?)$(?<=\S)",
    r"(?-i:^[A-Z\"“'‘][^.]{2,80}?\s*\.{4,}\s*\d{1,3}$)",
    r"^(?=.{0,100}$).*\b(?:(?:delivered|straight|direct(?:ly)?|sent) to|in|into) your (?:inbox|e-?mail)\b",
    r"^(?:Enter|Type|Your) (?:your )?e-?mail(?: address)?\W*$",
    # A wire's editor's mark at the foot: '[Editor: Liangyu]'; a link to the page in another language: 'Read in
    # Russian'; a site's notes and licences at its foot: 'Note: Browsers with 1024*768 or higher resolution are
    # suggested for this site.', 'License for publishing multimedia online 0108263', 'Registration Number: 130349'.
    r"^\[\s*Editor\s*:\s*[^\]]{1,40}\]$",
    r"^Read (?:it )?in (?:Russian|Chinese|Japanese|Korean|Spanish|French|German|Arabic|Turkish|English)$",
    r"^Note: Browsers with\b.{0,60}\bresolution\b",
    r"^License for publishing\b.{0,60}$",
    r"^Registration Number\s*:\s*[\d-]+$",
    r"^(?:Download|Get) (?:our |the )?(?:[\w.&'’-]+ ){0,4}(?:free )?(?:mobile )?apps?\b(?=.{0,60}$)",
    # ... and what it offers, on a line of its own: 'Get the RNZ app' / 'for ad-free news and current affairs'
    r"^for ad-free (?:news|reading|access|browsing)\b.{0,40}$",
    r"^Click here\b",
    # An aggregator's note on shopping links: 'Microsoft may earn an Affiliate Commission if you purchase ...'.
    r"^(?=.{0,200}$).*\bmay earn an? (?:affiliate )?commission\b",
    r"^(?=.{0,300}$)[A-Z][\w .&'’-]{1,40} participates in (?:various )?affiliate marketing programs?\b",
    r"^(?:Read|View|See) the full (?:article|story)\b",
    r"^Join (?:us|our)\b(?=.{0,80}$)",
    r"^(?:Feedback\s*:\s*)?(?:Report (?:an error|a typo|a correction|a mistake)|(?:Send|Give) us (?:your )?feedback"
    r"|Submit a correction)\b",
    # A newsletter's pitch and its small print: '... Sign up to receive it directly here.',
    # 'By registering, you agree to our T&C and Privacy Policy'.
    r"^(?=.{0,200}$).*\b(?:Sign up|Subscribe|Register)\b.{0,20}\bto (?:receive|get)\b.{0,40}"
    r"\b(?:here|directly|inbox|e-?mail|newsletters?)\W*$",
    r"^(?=.{0,200}$)By (?:registering|signing up|subscribing|clicking|submitting|continuing)\b.{0,60}"
    r"\b(?:agree|consent|accept)\b",
    r"^(?=.{0,200}$)By (?:giving|providing|entering|sharing) (?:us )?your e-?mail\b",
    # The Japan Times' pitch: 'In a time of both misinformation and too much information, quality journalism
    # is more crucial than ever.', 'By subscribing, you can help us get the story right.'
    r"^(?=.{0,200}$).*\bquality journalism is (?:more )?(?:crucial|important|vital|needed)\b",
    r"^(?=.{0,160}$)By (?:subscribing|supporting us|becoming a (?:member|subscriber)),? you (?:can )?help\b",
    # A newsletter box: 'Get the Early Bird Brief', '... Sign up for our newsletter', 'Email address',
    # 'Thanks for signing up!', 'Get the military's most comprehensive news stories delivered each morning.'
    r"^(?=.{0,200}$).*\bSign up for (?:our|the|a) (?:free |daily |weekly )?(?:[\w'’-]+ ){0,3}newsletters?\W*$",
    r"^Get the (?:[\w'’-]+ ){1,4}(?:Brief|Briefing|Newsletter|Digest)\W*$",
    r"^(?=.{0,160}$)Get (?:the|our)\b.{0,80}\bdelivered\b.{0,40}\b(?:each|every) (?:morning|day|week|evening)\W*$",
    r"^E-?mail(?: address)?\s*\*?$",
    r"^Sign up here for (?:our|the) .{2,80}?newsletter\b",
    r"^By signing up,? you (?:agree|acknowledge|consent)\b",
    # ... Fox's: 'Get the latest updates from the 2024 campaign trail, exclusive interviews and more Fox News politics
    # content.' / 'Arrives Weekly' / 'By entering your email and clicking the Subscribe button, you agree to ...' /
    # 'Subscribed' / 'You've successfully subscribed to this newsletter!'
    r"^Get the latest updates from\b.{0,120}$",
    r"^Arrives (?:Daily|Weekly|Monthly|Every \w+)$",
    r"^By entering your e-?mail\b",
    r"^(?:You['’]ve|You have) successfully subscribed\b",
    r"^Subscribed!?$",
    r"^Get briefed on\b",
    r"^(?:Thanks|Thank you) for (?:signing up|subscribing|registering)\b(?=.{0,120}$)",
    # Alerts: 'Stay updated with notifications for breaking news and our best stories', 'Get WhatsApp alerts'.
    r"^(?=.{0,160}$)Stay (?:updated|up to date|informed|in the know|connected)\b.{0,80}"
    r"\b(?:notifications|alerts|newsletters?|sign up|subscribe|inbox)\b",
    r"^(?=.{0,120}$)Stay (?:updated|up to date|informed|in the know) with (?:the latest|our)\b[^,;]{0,80}$",
    r"^(?=.{0,60}$)(?:Get|Receive|Turn on) (?:[\w'’.-]+ ){0,3}(?:alerts|notifications)\W*$",
    # The site on itself: 'Nikkei Asia is the one-stop resource for all things Asia.'
    r"^(?=.{0,200}$).*\bis (?:the|your) one-stop (?:resource|shop|source|destination|site)\b",
    # Reader appeals: '... we have a small favour to ask.'; a report for sale: 'Purchase the China AI Report 2020 ...'.
    r"^(?=.{0,400}$).*\bwe have a small favou?r to ask\b",
    r"^Since you(?:'|’| a)re here\b\W*$",  # (its heading: 'Since you're here …')
    r"^(?=.{0,200}$)(?:Purchase|Buy|Order) (?:the|our|your) (?:[\w'’&.-]+ ){0,6}(?:Report|Guide|Book|Subscription|Edition)\b",
    r"^(?=.{0,100}$).*\bShare this (?:story|article|post|page|content)\b\W*$",
    # A site's error block left in the page: 'Page not found' / 'The content you requested does not exist ...'.
    r"^(?=.{0,160}$)The (?:content|page) you (?:requested|are looking for|were looking for) (?:does not|doesn't|"
    r"no longer) exists?\b",
    r"^(?:Page not found|404(?: error)?|Error 404)\W*$",
    # A newsletter's offer: 'Get the NK News Daily Update'.
    r"^(?=.{0,80}$)Get (?:the|our) (?:[\w'’.&-]+ ){0,4}(?:Update|Newsletter|Briefing|Digest)s?\W*$",
    r"^(?:READ|Read|SEE|See|WATCH|Watch) (?:MORE|more|ALSO|also|NEXT|next)\s*:",
    r"^(?:RELATED|Related)(?: (?:Articles?|Stor(?:y|ies)|Links?|Videos?|Content|Coverage|Reading|News))?\s*:",
    # ... in brackets before the headline: '[Related] Japan proclaims Emperor Naruhito's enthronement ...'.
    r"^\[(?:RELATED|Related)(?: (?:Articles?|Stor(?:y|ies)|News))?\]\s*\S",
    # A ticker of the latest headlines: 'Latest Headlines >> Abe Leaves for G7 Summit in France / Tokyo Stocks ...'.
    r"^(?:Latest|Top|Breaking) (?:Headlines|News|Stories)\s*(?:>>|»)\s*\S",
    r"^(?:Got|Have) an? (?:[\w-]+ )?(?:news )?tip\b",
    r"^Before it(?:'|’)?s here, it(?:'|’)?s on the\b",
    r"^(?:Send|Email|E-mail) (?:us )?(?:your )?(?:news )?tips\b",
    # An address on a short line ('Visit www.koreaherald.com'); a sentence citing one is the story's.
    r"^(?=.{0,160}$)(?!(?:\S+\s+){10}\S).*\bwww\.[\w-]+\.\w",
    r"^(?=.{0,160}$).*[\w.+-]+@[\w-]+\.[a-z]{2,}",
    # ... hidden by the site's mail guard, as saved: 'Kim Eun-jin  [email protected]'.
    r"^(?=.{0,160}$).*\[email\s?protected\]",
    # The outlet's address and numbers: '... WASHINGTON DC 20006 | 202-628-8500 TEL | 202-628-8503 FAX'.
    r"^(?=.{0,200}$).*(?:\b(?:Tel|Fax|Phone)\b\.?\s*:?\s*\+?\d[\d() .-]{6,}\d|\d[\d() .-]{6,}\d\s*(?:Tel|Fax)\b)",
    # ... without the labels: 'Korea Times US | 3731 Wilshire Blvd., Suite 1000, Los Angeles, CA 90010 | (323) 555-0110'.
    r"^(?=.{0,200}$).*\|\s*(?:\+1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\s*$",
    r"^(?=.{0,200}$).*\b\d{2,5} [A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3} (?:Blvd|Boulevard|Ave|Avenue|St|Street|Road|Rd"
    r"|Drive|Dr|Way|Place|Pl)\.?,? (?:Suite|Ste\.?|Floor|Fl\.?|#) ?\d",
    # A newsletter's asks and notes: 'Forwarded this email? Subscribe here for more', 'Enjoying the Morning Brief?
    # Forward it to a friend.', 'Change your preferences or unsubscribe here.', 'Axios thanks our partners for
    # supporting our newsletters.', 'Sponsorship has no influence on editorial content.', 'A message from Facebook',
    # 'A message from Raytheon: ... Raytheon delivers ...' (not 'A message from Tokyo: Japan's foreign minister ...'),
    # 'To change your alert settings, ...', 'This email was sent to you by: ...', 'Follow us: Twitter | Facebook';
    # its greeting: 'Good morning from Seoul. Here's what you need to know about North Korea today.'
    r"^Forwarded this (?:e-?mail|newsletter)\?.{0,120}$",
    r"^Enjoying (?:the|this|our) [^?]{2,40}\?\s*(?:(?:Forward|Share|Send) (?:it|this|us)\b"
    r"|Tell a (?:friend|colleague)\b).{0,60}$",
    r"^(?=.{0,120}$)Change your (?:e-?mail )?(?:preferences|settings|subscription)\b.{0,80}\bunsubscribe\b.{0,40}$",
    r"^(?-i:[A-Z][\w .&'’-]{1,30}) thanks our (?:partners|sponsors) for supporting\b.{0,80}$",
    r"^Sponsorship has no influence on (?:editorial|our) (?:content|coverage)\.?$",
    r"^(?-i:A message from (?P<sponsor>[A-Z][\w&'’.]*(?: [A-Z][\w&'’.]*)?))(?:$|:\s.{0,300}(?:\b(?P=sponsor)\b"
    r"|\b(?:Learn more|See how|Find out|Discover|Introducing|Read more)\b))",
    r"^To change your (?:alert|e-?mail|newsletter) (?:settings|preferences)\b.{0,120}$",
    r"^This e-?mail was sent to you by\b.{0,200}$",
    r"^Follow us\s*:?\s*(?:(?:Twitter|Facebook|LinkedIn|Instagram|YouTube|Telegram)\s*\|?\s*){2,}$",
    r"^Good (?:morning|afternoon|evening)(?: from [A-Z][\w .'’-]{1,30})?[.!,]\s+Here(?:'s|’s| is| are)\b"
    r".{0,40}\b(?:need to know|stories|news)\b.{0,60}$",
    # A paywall's nags: 'Want to read more? Join NK Pro for ...', 'You have reached your limit for free articles ...'.
    r"^Want to read more\?\s+(?:Join|Subscribe|Sign up|Become)\b.{0,120}$",
    r"^You(?:(?:'|’)ve| have) reached your (?:limit|quota) (?:of|for) free (?:articles|stories)\b.{0,60}$",
    flags=_I,
)

# The heading over the note on the writer: 'About the Author' (the note under it: see `clean`).
ABOUT_THE_WRITER = r"^About the (?:authors?|writers?|contributors?|columnist)\s*:?$"

# Author notes: 'The author is an editorial writer of the JoongAng Ilbo.'
# Verbs a chronology's items are told with, in the present: 'orders', 'tightens', 'removes'.
_ITEM_VERBS = (
    r"(?:orders|tightens|removes|drops|announces|decides|agrees|holds|meets|signs|ends|suspends|files|rules|says"
    r"|restricts|imposes|lifts|resumes|fires|launches|visits)"  # (outside a title in quotes: '"... says ...,"')
)
AUTHOR_NOTES = _compile(
    # A paper's note on its translation: 'Translation of an original article published in French on lemonde.fr; the
    # publisher may only be liable for the French version.'
    r"^Translation of an original article published in [A-Z][a-z]+ on [\w.-]+\b.{0,120}$",
    # A wire's card on its writer after the story: 'Yamaguchi covers Japan for The Associated Press.', 'Kim covers
    # North and South Korea for The Associated Press, based in Seoul.'
    # (no place or thing covering a share of something for another: 'Seoul covers about half the cost for U.S. Forces
    # Korea.', 'GSOMIA covers ... for both countries.')
    r"(?-i:^(?!(?:It|This|That|The|Seoul|Tokyo|Japan|Korea|China|Washington|Beijing|Pyongyang|GSOMIA)\b)"
    r"[A-Z][\w'’-]+ covers [^.\d%]{3,80} for (?:the |The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}"
    r"(?:, based in [A-Z][\w ,]{1,40})?\.$)",
    # An opinion page's disclaimer: 'This column does not necessarily reflect the opinion of the editorial board or
    # Bloomberg LP and its owners.'; a site's motto: 'Newsweek is committed to challenging conventional wisdom ...'.
    r"^This (?:column|article|op-ed|commentary|piece) does not necessarily reflect the (?:opinions?|views?) of\b",
    # An archive's note on an old story: 'This article was published more than 4 years ago. Some information may no
    # longer be current.'
    r"^(?=.{0,160}$)This (?:article|story|content) was published more than (?:\d+|an?|one|two|three) (?:years?|months?)"
    r" ago\b",
    # A government's note on its translation: 'This translation is not an official text. Please refer to the Japanese
    # text for the authoritative version.'
    r"^(?=.{0,200}$)This translation is not an? (?:official|authoritative) (?:text|version|translation)\b",
    r"^(?=.{0,200}$)Newsweek is committed to\b",
    # A site's note on itself at the foot: 'The Diplomat is a current-affairs magazine for the Asia-Pacific, with news
    # and analysis on politics, security, business ...'.
    # 'The Japan News is the English-language service of The Yomiuri Shimbun, Japan's largest newspaper.'
    r"^(?=.{0,400}$)(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} is (?:an?|the) (?:[\w-]+ ){0,3}(?:(?:magazine"
    r"|newspaper|news (?:site|website|outlet)|publication) (?:for the|covering|that (?:covers|brings|offers))\b"
    r"|(?:news )?service of (?:The )?[A-Z])",
    # A writer's note ending in whose views they are: '... The views expressed are her own.'
    r"^(?=.{0,500}$)[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:is|was|has|teaches|writes|works)\b.*\.\s+[Tt]he views"
    r" expressed (?:here |in this \w+ )?are (?:his|her|their|the author(?:'|’)s) own\.?$",
    # Who wrote or translated it: 'Story by Yulia Sorokina', 'English version by Martin Hale.'
    r"^(?:Story|Text|English version|Translation|Translated) by [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3}\.?$",
    # A writer and what they are, no 'By': 'Erin McAllister Asia Correspondent'.
    r"^[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2} (?:[A-Z][a-z]+ )?(?:Correspondent|Bureau Chief|Staff Writer|Staff Reporter)$",
    # The Conversation's box on its writer and its notes after the piece: 'Disclosure statement' / 'Hyun-ju Ahn
    # does not work for, consult, own shares in or receive funding from ...' / 'Partners' / 'Monash University
    # provides funding as a founding partner of The Conversation AU.' / 'View all partners', 'Republish this
    # article' / 'Republish our articles for free, online or in print, ...', 'We believe in the free flow of
    # information. ...'.
    r"^(?:Disclosure statement|View all partners|Republish this article)$",
    r"^(?=.{0,400}$).*\bdoes not work for, consult, own shares in or receive funding from\b",
    r"^(?=.{0,300}$).*\bprovides (?:funding|support) as (?:a )?(?:founding )?(?:partner|member) of The Conversation\b",
    r"^Republish our articles for free\b",
    r"^We believe in the free flow of information\.\s",
    r"^(?:The )?(?:author|writer|columnist|reviewer)s? (?:is|are|was)\b",
    r"^(?:The )?views expressed\b",
    r"^The views and opinions expressed (?:here(?:in)?|in this \w+|on this \w+|are|do not)\b",
    # 'Tokyo Review is an independent publication. Views expressed are those of the author.'
    r"^(?=.{0,240}$).*\b[Vv]iews (?:expressed|represented) (?:here(?:in)? |in this \w+ )?are (?:solely )?(?:those"
    r"|the views) of the\b",
    ABOUT_THE_WRITER,
    # An opinion page's notes: 'Editorials represent the views of The Post as an institution ...',
    # 'Members of the Editorial Board and areas of focus: ...', '38 North is a program of the Henry L.
    # Stimson Center.', 'The opinions expressed in this letter to the editor are the writer's own.'
    r"^(?:Editorials|Opinions|Columns|Op-eds|Blog posts|Posts|Commentaries) (?:represent|reflect|express) the"
    r" (?:views|opinions?) of\b",
    # 'PacNet commentaries and responses represent the views of the respective authors.'
    r"^(?=.{0,300}$)(?!.*\bsaid\b)(?:[\w#&'’-]+\s+){0,4}(?:commentaries|articles|posts|pieces|essays)(?: and responses)?"
    r" (?:represent|reflect)"
    r" (?:only )?the (?:views|opinions) of the (?:respective )?authors?\b",
    r"^Members of the Editorial Board\b",
    # A broadcaster's note over its transcript: 'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM ...'
    r"^THIS IS A RUSH TRANSCRIPT\b",
    # Who wrote, put into English and edited the piece: '[Written by Lee Ha-yeon and Kim Dae-won; Translated by
    # Kim Hyo-rin; Edited by Kim So-yeon]', 'Yoon Sung-won edited this article.', 'This article was published by RSIS'.
    r"^\[(?:Written|Reported|Translated|Edited|Compiled) by\b[^\]]{2,200}\]$",
    r"^[(（]\s*(?:Translated|Written|Edited) by [^)）]{2,60}[)）]$",
    r"^[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){1,3} (?:edited|translated|wrote|compiled) this (?:article|story|report)\.?$",
    r"^This (?:article|commentary|piece|analysis) was (?:first |originally )?published by\b.{0,80}$",
    r"^(?=.{0,700}$)[A-Z0-9][\w .&'’-]{1,40} is (?:a program|a project|an initiative|produced|published"
    r"|a publication) (?:of|by)\b",
    r"^(?:The )?opinions expressed (?:in|here)\b",
    # An editorial's signature: 'The Japan Times Editorial Board'.
    r"^(?:The )?(?:[A-Z][\w.&'’-]*\s){1,4}Editorial (?:Board|Staff|Team)$",
    # A foreign agent's notice: 'KEI is registered under the FARA as an agent of the Korea Institute for ...'.
    r"^(?=.{0,300}$)[A-Z][\w .&'’-]{1,60} is registered under the (?:FARA|Foreign Agents Registration Act)\b",
    # The labels of an author box: 'Authors', 'Staff Author', 'Guest Author'.
    r"^(?:(?:Staff|Guest|Contributing) )?Authors?$",
    r"^(?:That(?:'|’)s (?:it|all) for (?:today|this (?:briefing|edition|newsletter)))\b",
    # Footnotes: '[1] Ministry of National Defense, 2018 Defense White Paper ...', and numbered without brackets,
    # closed by their source's date: '1 Ministry of Defense of Japan, press release, October 2, 2019.'
    r"^\[\d{1,3}\]\s+\S",
    # (its source's date after a comma: not a sentence of the story ending 'on July 4, 2019.')
    # ... or after a bracket: '2) Ministry of Trade, Industry and Energy, press release, August 12, 2019.'
    # (or the day first, or in brackets: '2 METI news release, "...", 2 August 2019.', '(1) METI, revised circular on
    # ... (December 20, 2019).')
    # (a source first, a comma after it: not a chronology's '(1) South Korea's Supreme Court orders Nippon Steel to
    # compensate ... (October 30, 2018).')
    # (nor a chronology's item, told in the present: '1) South Korea's Supreme Court orders Nippon Steel to ..., October
    # 30, 2018.')
    r"^(?=.{0,300}$)(?!.*\bsaid\b)(?![^\"“]*\b" + _ITEM_VERBS + r"\b)"
    r"(?:\d{1,2}\)?\s+[A-Z“\"].*(?<!\d),[”\"]?\s+|(?:\d{1,2}\)?|\(\d{1,2}\))\s+[A-Z“\"]"
    r"[^,]{1,50},.*(?<!\d)(?:,[”\"]?\s+|\s+\())"
    r"(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},\s+)?|\d{1,2}\s+[A-Z][a-z]{2,8}\s+)?(?:19|20)\d\d\)?\.?$",
    # ... or a document's citation: '1 Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 3.',
    # '1) Public Notice on Trade of Strategic Items, Annex 2 (as amended, effective 18 September 2019).'
    # (no verb of a sentence: not '1) The ministry's press release came hours after ...', '(2) On August 2, the
    # Cabinet approved an amendment to the ... Order (Cabinet Order No. 378 of 1949)')
    r"(?-i:^(?=.{0,300}$)(?!.*\b(?:said|says|came|was|were|is|are|has|have|had|will|would|issued|approved|orders"
    r"|ordered|announced|released|adopted|allowing|allows|published|moving|moved|removed|decided|took)\b)"
    r"(?![^\"“]*\b[a-z]+(?:ed|s)\s+(?:its|their|his|her|the|a|an)\b)(?![^\"“]*\b" + _ITEM_VERBS + r"\b)"
    r"(?:\d{1,2}\)?|\(\d{1,2}\))\s+[A-Z“\"].*\b(?:press release|news release"
    r"|[Cc]ircular|Cabinet Order|Public Notice|Order No\.|Notice No\.|Official Gazette|Annex \d|Appended Table|Ibid"
    r"|ibid)\b)",
    # A think tank's note on itself: 'The Brookings Institution is a nonprofit organization devoted to ...'.
    r"^(?=.{0,400}$)(?:The )?[A-Z][\w&'’ -]{2,60} is an? (?:nonprofit|non-profit|nonpartisan|non-partisan"
    r"|independent)(?:,? (?:nonprofit|non-profit|nonpartisan|non-partisan|independent|public policy|research"
    r"|policy))* (?:organization|organisation|think tank|institution|research (?:organization|center|centre))"
    r",? (?:devoted|dedicated|committed) to\b",
    # A think tank's note on its commentaries: 'Commentary gives RAND researchers a platform to convey insights ...'.
    r"^Commentary gives [\w .&'’-]{1,40} a platform\b",
    # Where a column ran in print: 'JoongAng Ilbo, Nov. 28, Page 30', '--The Asahi Shimbun, Aug. 24'.
    r"^(?:[-–—]{1,2}\s*)?(?:The )?[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,3}, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, Page \d+)?$",
    # An interview's notes on itself: 'This interview has been edited for length and clarity.', 'The following are
    # excerpts from the interview.', 'Excerpts from the interview follow:'; and its break: '* * *'.
    r"^(?:This|The) (?:interview|conversation|transcript|following) (?:has been|was|is|have been) (?:lightly )?"
    r"(?:edited|condensed|translated)\b.{0,60}$",
    r"^The following (?:are|is an?) (?:excerpts?|edited excerpts?|highlights?) (?:from|of) the "
    r"(?:interview|conversation)\b.{0,40}$",
    r"^(?:Edited )?Excerpts from the (?:interview|conversation) (?:follow|are below)\W*$",
    r"^Listen to the full (?:interview|conversation)\b.{0,80}$",
    # ... and where to hear it, after who asked: 'Victor Cha was interviewed by VOA Korean Service reporter Jiwon Song.
    # Listen to the full interview in Korean on VOA Korea.'
    r"^[A-Z][\w.'’ -]{2,40} was interviewed by\b.{0,120}\.\s+(?:Listen|Watch|Read|Hear)\s+(?:to\s+)?the full\b"
    r".{0,100}$",
    # A work cited, in a list of references: 'Cha, Victor D. 1999. Alignment Despite Antagonism: ... Stanford: Stanford
    # University Press.', 'Cha, V. D. (1999). Alignment despite antagonism ...', '1. Cha, Victor D.(1999), ...'.
    # (in capitals as written: not 'GSOMIA, signed in 2016, allows ...')
    # (the year in brackets or closed by a stop: not 'Seoul, August 2019, a poll found ...')
    r"(?-i:^(?:\d{1,3}\.\s*)?[A-Z][\w'’-]+,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,?\s+(?:and|&)\s+"
    r"[A-Z][\w.'’ -]{2,40})?\.?\s*(?:\((?:19|20)\d\d[a-z]?\)[.,]?|(?:19|20)\d\d[a-z]?\.)\s+\S.{5,300}$)",
    # An unpublished paper's note: 'Please do not cite or circulate without the authors' permission.'
    r"^Please do not (?:cite|quote|circulate)\b.{0,100}$",
    # A journal's and a repository's buttons: 'This is a preview of subscription content, log in via an institution
    # ...', 'Log in via your institution', 'Download PDF (1.3 MB)', '[Download full paper (PDF, 884 KB)]'.
    r"^This is a preview of subscription content\b.{0,120}$",
    r"^Log in via (?:your|an) institution\b.{0,40}$",
    r"^\[?Download (?:the )?(?:full )?(?:paper|PDF|article|chapter|report)\b[^\]]{0,40}\]?(?:\s+\[[^\]]{1,30}\])*$",
    # A pull quote: the words set off, then who said them after a dash, or after the stop with their post: '"An
    # intelligence pact is not a bargaining chip for trade." -- Harry Harris, US Ambassador to South Korea', '"The
    # ball is in South Korea's court." Taro Kono, Defense Minister'.
    # (in capitals as written: not '"We are ready." said Kim, adding ...')
    # (a name of a few words, a post after it with no stop: not '"Don't buy, don't go" — Koreans took up the slogan
    # online, and sales of Japanese beer fell sharply in July.')
    r"(?-i:^[“\"][^\"“”]{10,250}[”\"]\s*(?:--|—|–)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:,\s*[^\"“”.]{2,80})?$)",
    r"(?-i:^[“\"][^\"“”]{10,250}[.!?][”\"]\s+[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]+(?:-[a-z]+)?,\s+"
    r"[A-Z][\w ]{2,60}$)",
    # Notes about the piece itself: 'Editor's note: This story has been updated.'
    r"^Editor(?:'|’)?s note\s*:",
    # (with the time of the change: 'Corrected 8:05 p.m.: An earlier version of this story said ...')
    # (or its day: 'Corrected Nov. 22, 2019: ...', 'Correction, Nov. 23: ...')
    r"^(?:Correction|Clarification|Corrected|Clarified),?(?:\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*[A-Z]{2,4})?|\s+[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
    r"\s*:\s*(?:An? (?:earlier|previous) version|This (?:story|article) (?:has been|was))\b",
    # A print edition's note: 'Published in Dawn, August 3rd, 2019'.
    r"^Published in (?:the |The )?[A-Z][\w .&'’-]{1,40}?,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"(?:19|20)\d\d\.?$",
    # ... the label alone over it, dated: 'Correction: July 3, 2019'.
    r"^Correction\s*:\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}$",
    # ... without the label, as AP and others print it: 'This story has been corrected to show ...',
    # 'An earlier version of this story misstated ...'.
    r"^This (?:story|article|version) (?:has been|was) (?:corrected|updated|clarified) to\b",
    r"^An? (?:earlier|previous) version of this (?:story|article|report)\b",
    # ... that it grew: 'This story has been updated with comments from Abe.', 'This story has been updated.', after
    # the day: 'Aug. 22, 2019 — This story has been updated with comment from the State Department.'
    r"^(?=.{0,200}$)(?:[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d\s*(?:--|—|–|-|:)\s*)?"
    r"This (?:story|article) has been updated(?: with\b.*)?\.?$",
    # ... that it is a flash, the story before it below: 'THIS IS A BREAKING NEWS UPDATE. Check back soon ...'
    r"^This is a breaking news update\b",
    # ... or still growing: 'This story is developing and will be updated.', 'This is a developing story.'; the
    # story of before below it: 'AP’s earlier story follows below.', and a live page's label over it: 'Earlier:'
    # (not 'This is a developing situation, and we are in close contact with ...')
    r"^(?:This (?:story|article|report) is (?:developing|breaking|being updated)|This is a (?:developing|breaking)"
    r" (?:news )?(?:story|situation))(?: and (?:will|may) be updated(?: as [^.,;]{0,60})?)?\.?"
    r"(?:\s+(?:Please )?(?:check|refresh) back\b[^.,;]{0,40}\.?)?$",
    r"^(?:(?:The )?(?:AP|Reuters|AFP|Yonhap|Kyodo|The)(?:['’]s?)? )?(?:earlier|previous) (?:story|version|report)"
    r" (?:follows|is) below\.?$",
    r"^Earlier\s*:$",
    # ... and where more of it is: 'Find complete AP coverage of the Korean Peninsula at https://...'
    r"^(?:Find|Follow|See|Read) (?:more |complete |all )?AP(?:['’]s)? (?:[\w-]+ ){0,3}coverage\b",
    # An author credited after the piece: 'Author: The Sankei Shimbun'.
    r"^(?:Authors?|Writer|Columnist)\s*:\s*\S.{0,60}$",
    # and what they are: 'Author: Tadashi Okazaki is a senior writer at The Sankei Shimbun ...'
    r"^(?:Authors?|Writer|Columnist)\s*:\s*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?:is|was|has been|serves as)\b",
    # Where the piece ran first: 'This article was originally published on The Conversation.'
    r"^This (?:article|story|piece|column|commentary|essay|op-ed|analysis|post) (?:was|is) (?:originally|first)"
    r" (?:published|posted)\b",
    r"^This (?:article|story|piece|column|commentary|essay|op-ed|analysis|post) (?:originally |first )?appeared"
    r" (?:in|on)\b",
    r"^A version of this (?:article|story) (?:appears|appeared)\b",
    # 'Originally published at betweentwocapitals.substack.com on January 16, 2020.'
    # (not a story's sentence: 'First published in 1994, the textbook ...')
    r"^Originally (?:published|posted|appeared) (?:at|on|in|by)\b.{0,140}$",
    r"^First (?:published|posted|appeared) (?:at|on|in|by) [\w-]+(?:\.[\w-]+)+\b.{0,100}$",
    r"^First (?:published|posted|appeared) (?:in|on|by) (?:The )?[A-Z][\w.&'’ -]{1,40} on [A-Z][a-z]{2,8}\.? \d{1,2},?"
    r" \d{4}\.?$",
    # A blogger's note on themself: 'Former Senate staffer. I write about the U.S., Korea and Japan. Views my own.'
    r"^(?=.{0,240}$)(?:[^.!?]{2,80}[.!?]\s+)?I (?:write|report|blog) (?:about|on)\b.*\bViews (?:are )?my own\.?$",
    # 'This article was most recently revised and updated by Adam Zeidan.'
    r"^This article was (?:most recently )?(?:revised|updated|reviewed)(?: and (?:revised|updated))? by\b.{0,80}$",
    # An investor's disclosure and a broker's or a law firm's notes: 'Disclosure: I/we have no positions in any stocks
    # mentioned ...', 'Risk Disclosure: Trading in financial instruments ...', 'Analyst Certification' / 'The research
    # analysts who prepared this report certify ...', 'Compliance Notice' / 'This report has been prepared by ...',
    # 'ALL FITCH CREDIT RATINGS ARE SUBJECT TO CERTAIN LIMITATIONS ...', 'DISCLAIMER: Because of the generality of
    # this update ...', 'This alert is for general information only ...', 'Attorney Advertising. ...'.
    r"^(?:Additional |Risk )?Disclosure\s*:\s*\S.{0,600}$",
    r"^(?:Analyst Certification|Compliance Notice|Important Disclosures|Disclaimer|Legal Disclaimer)$",
    r"^The research analysts? who prepared this report\b",
    r"^This (?:report|research|material) (?:has been|was|is) (?:prepared|issued|produced) by\b.{0,80}\bfor"
    r" (?:general )?information(?:al)? purposes\b",
    r"^ALL [A-Z][A-Z' ]{1,30} RATINGS ARE SUBJECT TO\b",
    r"^Disclaimer\s*:\s*\S.{0,800}$",
    r"^This (?:alert|update|publication|blog|newsletter|client alert|memorandum|article|post|briefing) (?:is|has been"
    r"|was) (?:made available |provided |prepared |published )?(?:for|as) (?:general )?information(?:al)?"
    r" (?:purposes )?only\b",
    r"^(?=.{0,300}$)Readers should (?:seek|obtain|consult)\b.{0,40}\b(?:advice|counsel)\b",
    r"^Attorney Advertising\b.{0,200}$",
    r"^The content of this article is intended to provide a general guide\b",
    # 'This article was compiled from an interview by Takuya Horikawa and Yosuke Fukudome.'
    r"^This (?:article|interview|story) was (?:compiled|edited|condensed|adapted) from an interview\b.{0,120}$",
    # Who put a piece together, after it: '— This Q&A was compiled by Yomiuri Shimbun staff writers ...'.
    r"^(?:[-–—]{1,2}\s*)?This (?:Q&A|explainer|timeline|package|factbox) was"
    r" (?:compiled|prepared|written|put together) by\b",
    r"^(?:[-–—]{1,2}\s*This (?:article|story|report|list) was (?:compiled|prepared|written|put together) by\b"
    r"|This (?:article|story|report) was (?:compiled|prepared|written) by\b.{0,60}\bstaff\b)",
    r"^Appeared in the .{0,40}\bprint edition\b",
    # 'Published in the print edition of the September 23, 2019, issue, with the headline “Old Wounds.”', 'This
    # article appeared in the Asia section of the print edition under the headline "A frosty reprieve"'.
    r"^Published in the print edition of the\b.{0,160}$",
    r"^This article appeared in the .{0,60}\bprint edition\b.{0,160}$",
    # A broadcaster's note on its transcripts: 'NPR transcripts are created on a rush deadline ...'
    r"^(?:[\w.&'’-]+ )?transcripts? (?:is|are|was|were|has been|have been) (?:created|produced|provided|edited)\b",
    r"^This (?:article|story|piece|post|blog post|publication|column|essay|commentary) is part of\b",
    # Who supported the piece: 'This article was produced in partnership with the Korea Foundation.'
    r"^This (?:article|story|report|piece|series|project|content) (?:was|is) (?:produced|supported|funded"
    r"|made possible|published) (?:in partnership with|with (?:the )?support|by a grant|through a grant|thanks to)\b",
    # A government's note on its translation ('※ The following is an unofficial English translation of the Korean
    # transcript. In case of discrepancy, ...'); a broadcaster's on its transcript ('This transcript was typed from a
    # recording ...', 'Transcript edited for clarity.', 'Below is the transcript of a CNBC interview with ...', 'All
    # references must be sourced to CNBC.').
    r"^(?=.{0,300}$)(?!.*:$)(?:The following is|This is) an unofficial (?:English )?translation\b",  # (not one
    # introducing what follows: 'The following is an unofficial translation of the statement by the spokesman:')
    r"^This transcript was typed from a recording\b.{0,200}$",
    r"^Transcript edited for (?:clarity|length)(?: and (?:clarity|length))?\.?$",
    r"^Below is (?:the|a) (?:full )?transcript of\b.{0,300}$",
    r"^All references must be sourced to [A-Z][\w .&'’-]{1,40}\.?$",
    # A speech's or a release's notes on its text: 'Unofficial translation | Check against delivery', '[Provisional
    # Translation]'.
    r"^[\[(]?(?:Unofficial|Provisional) (?:English )?translation[\])]?(?:\s*[|/]\s*Check against delivery)?$",
    r"^[\[(]?(?:Check against delivery|As prepared for delivery)[\])]?$",
    flags=_I,
)

# Copyright lines.
COPYRIGHT = _compile(
    # A wire's and its clients' notice: 'This material may not be published, broadcast, rewritten, or redistributed.
    # ©2023 FOX News Network, LLC. All rights reserved.'
    r"^(?=.{0,400}$)(?:.{0,80}\s)?This material may not be published, broadcast, rewritten,? or redistributed\b",
    # A news agency's registration as a medium: '... (ITAR-TASS). Mass media registration certificate No. 03247 ...'.
    r"^(?=.{0,300}$).*\b[Mm]ass media registration certificate\b",
    # 'Reproduction of this article in any form without permission is prohibited.'
    r"^Reproduction only (?:allowed|permitted) with (?:the )?(?:prior )?(?:written )?permission of\b.{0,60}$",
    # ... 'Reproduction in whole or in part without permission is prohibited.'
    r"^(?:Reproduction|Reprinting|Redistribution) in whole or (?:in )?part without (?:(?:prior )?written )?permission"
    r" is (?:strictly )?(?:prohibited|forbidden|not permitted)\.?$",
    r"^(?:Reproduction|Reprinting|Redistribution|Republication) of this (?:article|story|content|material)\b"
    r".{0,60}\bwithout (?:prior |written |express )*permission\b",
    # A public-domain work's terms, as DVIDS gives them: 'PUBLIC DOMAIN' / 'This work, ..., must comply with
    # the restrictions shown on https://www.dvidshub.net/about/copyright.'
    r"^PUBLIC DOMAIN$",
    # A news agency's terms of use: 'All rights to materials on this site belong to Interfax. Use of the materials
    # is permitted only with a hyperlink to interfax.com.', 'When quoting and using any materials on the Internet,
    # ... hyperlinks ... to "ukrinform.net" are obligatory.'
    r"^All rights to (?:the )?materials (?:on|of) this (?:site|website|resource) belong to\b",
    r"^(?=.{0,400}$)When (?:quoting|citing)(?: and using)? (?:any )?materials\b.{0,200}\bhyperlinks?\b",
    r"^This work, .{2,200}, must comply with the restrictions shown on\b",
    r"^(?:©|ⓒ|Ⓒ|\(c\)\s|Copyrights?\b)",
    # In square brackets, as nippon.com prints a wire's: '[Copyright The Jiji Press, Ltd.]'; AP's: 'All contents ©'.
    r"^\[\s*(?:©|ⓒ|Ⓒ|Copyrights?\b)[^\]]{0,80}\]$",
    r"^All contents\s*(?:©|\(c\)|copyright)",
    # In angle brackets, as Newsis prints it: '<Copyright © NEWSIS.COM, Unauthorized Reproduction ...>'.
    r"^<\s*(?:©|Copyrights?\b)",
    # 'THE CONTENTS OF THIS SITE ARE ©2019 CAPITOL HILL PUBLISHING CORP., ...'
    r"^(?=.{0,240}$)The contents of this (?:site|website|page)\b.{0,20}(?:©|\bcopyright)",
    r"^(?=.{0,160}$).*\b(?:All|Some) rights reserved\b",
    # ... in Spanish and Portuguese, as Prensa Latina prints it: 'Prensa Latina © 2019 Todos los derechos reservados.'
    r"^(?=.{0,200}$).{0,60}©.{0,20}\b(?:Todos los derechos reservados|Todos os direitos reservados)\b",
    # A publisher's registration: 'MCI (P) 031/10/2019. Published by Singapore Press Holdings Ltd. Co. Regn. No. ...'.
    r"^(?=.{0,200}$)(?:MCI \(P\) [\d/]+\b|Published by\b.{0,80}\bRegn\. No\.)",
    r"^Creative Commons\b(?=.{0,160}$)",
    r"^(?=.{0,300}$)This (?:work|article|content|piece) is licensed under (?:a |the )?Creative Commons\b",
    # VnExpress' in Vietnamese: '® VnExpress giữ bản quyền nội dung trên website này.'
    r"^®", r"\bgiữ bản quyền\b",
    # A press release's contact and translation notes: 'Contact: ... Division, ... (+82-44-203-5770)',
    # '* This is an unofficial English translation of a press release from the Ministry of ...'.
    r"^(?:Contact|Inquiries|Media contact|For (?:more information|inquiries))\s*:.{0,200}\+\d[\d\s()-]{7,}\)?\.?$",
    r"^\*?\s*This is an unofficial (?:English )?translation\b",
    r"^\*?\s*Unofficial (?:English )?translation\.?$",
    # A listed firm's release: its note on what it expects ('Forward-Looking Statements' / 'Certain statements in this
    # release are forward-looking statements that ...').
    r"^(?:Cautionary (?:Note|Statement) (?:Regarding|on) )?Forward[- ]Looking Statements?\s*:?$",
    r"^Cautionary (?:Note|Statement)s?\s*:?$",
    r"^(?=.{0,600}$)This (?:press )?release (?:contains|includes|may contain)\b.{0,40}\bforward[- ]looking\b"
    r"(?!.{0,80},\s+(?:[\w'’-]+\s+){1,4}(?:said|says|added|told)\b)",
    # A research note's disclosures: 'Important Disclosures & Disclaimers', 'This report is prepared for information
    # purposes only ...', '- As of the date of this report, Samsung Securities does not hold ...', '- The analyst(s)
    # responsible for this report confirm that ...', 'MUFG Bank is a limited liability stock company incorporated in
    # Japan ...'.
    r"^(?:Important )?Disclosures?(?: (?:&|and) Disclaimers?)?\s*:?$",
    r"^(?:Analyst Certification|Compliance Notice|Disclaimer)s?\s*:?$",
    r"^(?=.{0,800}$)[-•*]?\s*This (?:report|document|material|publication|note|research) (?:is|has been|was) "
    r"(?:prepared|provided|produced|issued|intended|distributed)\b(?: by [^.,]{1,60}?)? (?:solely |only )?(?:for "
    r"(?:general |the )?(?:information(?:al)? purposes|information of\b|(?:sole |exclusive )?use of (?:its |our |the )?"
    r"(?:clients|recipients?|addressees?)\b|institutional investors)|to (?:its |our )?clients\b)",
    r"^(?=.{0,600}$)[-•*]?\s*As of the date of this (?:report|document|note)\b",
    r"^(?=.{0,600}$)[-•*]?\s*The (?:views expressed in this report|analysts?(?:\(s\))? (?:responsible for|who "
    r"(?:prepared|wrote)) this report)\b",
    r"^(?=.{0,500}$)[A-Z][\w .&'’-]{1,40} is (?:a limited liability\b.{0,60}\bcompany\b.{0,40}\bincorporated\b"
    r"|a public limited company registered in\b|authori[sz]ed (?:and regulated )?by the (?:Prudential Regulation"
    r"|Financial Conduct|Financial Services|Securities and Futures|Monetary)\b)",
    # A research firm's pointer to more: 'For more information on reports and market data from TrendForce's ..., please
    # click here, or email ...'.
    r"^(?=.{0,300}$)For (?:more|additional|further) (?:information|insight|details)\b.{0,200}\bplease (?:click here"
    r"|visit|contact|e-?mail)\b(?!.*,\s+(?:[\w'’-]+\s+){1,4}(?:said|says|added)\b)",
    r"^(?=.{0,600}$)(?:Certain |Some )?(?:statements|information) (?:contained )?in this (?:press )?(?:release|"
    r"announcement|document)\b.{0,60}\bforward[- ]looking\b(?!.{0,80},\s+(?:[\w'’-]+\s+){1,4}(?:said|says|added)\b)",
    r"^(?=.{0,160}$)(?:[\w .,&]+\.\s+)?No reproduction without permission\.?$",
    # A writer's disclaimer under a post: 'Views are my own and not those of my employer.'
    r"^(?:All )?(?:Views|Opinions) (?:expressed )?(?:here )?are my own(?: and (?:do )?not\b[^,;]{0,80})?\.?$",
    # Where a broadcaster's live page took its items from: 'Source: TRTWorld and agencies'.
    r"^Source\s*:\s*\S.{0,40}\band agencies\.?$",
    # The FT's notes under the story: how to share it, its market data, its code.
    r"^Please use the sharing tools\b",
    r"^(?=.{0,300}$).*\bCopying (?:articles|this article|content) to share with others is a breach\b",
    r"^Markets? data (?:is |are )?delayed by\b",
    r"^The Financial Times and its journalism are subject to\b",
    r"(?:무단\s?전재|재배포\s?금지)",
    # The same in English: 'Unauthorized reproduction and redistribution prohibited'.
    r"^(?=.{0,120}$)(?:Unauthori[sz]ed|No) (?:reproduction|redistribution|copying|reprint)\b.*\bprohibited\b",
    # A broadcaster's note on the wires it takes from: 'This service may include material from Agence
    # France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright ...'.
    r"^(?=.{0,300}$)This (?:service|site|page) may (?:include|contain) material from\b.*\bcopyright\b",
    # A government site's terms of use: "Korea.net's content may be used freely. If you use it, you must cite ...".
    r"^(?=.{0,200}$)[\w.]+['’]s content may be used freely\b",
    # ... and its time zone explained: 'AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT ...'.
    r"^(?=.{0,200}$)[A-Z]{2,5} = [A-Z][\w ]{3,60}Time\b",
    # A government site's licence: 'Korea.net content may be used freely in accordance with the Korea Open
    # Government License (KOGL) Type 1: Source Indication. ...'.
    r"^(?=.{0,400}$)[\w.]+ content may be used freely in accordance with\b",
    flags=_I,
)

# Related-story lists: a heading, then short lines until prose resumes.
RELATED = _compile(
    # A box of links inside the story: 'READ MORE HERE'.
    r"^READ MORE HERE$",
    # A box of the stocks and indexes a story names, with their prices: 'In this article' / 'KOSPI' / 'KOSPI INDEX' /
    # '1,946.98 KRW' / '-51.15 -2.56%', 'Stocks in this article' / 'Fast Retailing Co Ltd (9983)  JPY 65,070  -1.10%'.
    r"^(?:In this article|(?:Stocks|Tickers|Companies) in this (?:article|story))$",
    # Lists of headlines under a section's name: 'Latest Nation & World', 'Most Read Nation & World Stories',
    # 'Trending in World', 'PREVIOUS STORY' / 'NEXT STORY'.
    r"^(?:Latest|Top|Most Read) Nation & World(?: Stories)?$",
    r"^Most (?:Read|Viewed|Popular) in [A-Z][\w &]{1,20}$",
    r"^Browse today['’]s tags$",
    r"^More on this (?:topic|story|subject)$",
    # A broadcaster's searched topics under the story: 'Search Trends' / 'Hong Kong' / 'China-U.S.' / 'Trade'.
    r"^(?:Search|Hot|Trending) (?:Trends|Topics|Searches)$",
    # ... in the site's own language: '関連ニュース', '관련기사', '많이 본 기사', '相关新闻'.
    r"^(?:関連ニュース|関連記事|関連リンク|この号のほかの記事|おすすめ記事|관련\s?기사|많이\s?본\s?기사|相关新闻|相關新聞|热门新闻)$",
    r"^Trending in [A-Z][\w &]{1,30}$",
    # A link to another story of the site inside the text: 'Also on rt.com Japan strikes South Korea off trade ...'.
    r"^Also on (?:[\w-]+\.)+(?:com|net|org|ru|co\.uk|info|news)\s+\S.{0,200}$",
    # ... named after the site: 'Related SPIEGEL International Articles'.
    r"^Related (?-i:[A-Z])[\w .&'’-]{1,40} (?:Articles|Stories|Coverage)$",
    r"^(?:Previous|Next) (?:Story|Article|Post)$",
    # ... or a link to it after the word, as Arirang prints them: 'Previous  Moon calls for fair vaccine access at
    # virtual G20 summit' (no full stop; not 'Next Monday, ...').
    r"(?-i:^(?:Previous|Next)\s*[:|›»>]?\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][^.!?]{10,150}$)",
    # A digest's link to each piece: 'Read more »'.
    r"^Read more\s*[»›>]+$",
    # A board's button back to its list, over the links to the items before and after: 'LIST' / 'Previous ...'.
    r"(?-i:^LIST$)",
    r"^(?:Latest|Recent|Popular) Posts$",
    r"^POPULAR ARTICLES ON\s*:.{0,80}$",
    # A newsletter's list of links: 'What we're reading'.
    r"^What (?:we(?:'|’)re|we are|I(?:'|’)m|I am) reading\W*$",
    # A site's list of the most read, its name in brackets: '[AJU PRESS] Most Viewed'.
    r"^\[[^\]]{2,30}\]\s*Most (?:Viewed|Read|Popular)$",
    r"^Related(?: \w+)?(?: (?:Articles?|Stories|News|Posts|Content|Coverage|Links|Topics))?\s*:?$",
    # ... of an aggregator or a site: 'Related on SmartNews', 'Related from Nikkei Asia'.
    r"^Related (?:on|from|at) (?-i:[A-Z])[\w.&'’ -]{1,30}$",
    # ... and a site's link to its own story set in the text: 'Also on rt.com'.
    r"^Also on (?:[a-z0-9-]+\.)+[a-z]{2,4}$",
    r"^(?:Most (?:Viewed|Read|Popular|Shared|Commented|Watched)(?: News)?(?: Videos)?(?: in (?:the )?(?:[Ll]ast |[Pp]ast )?24 [Hh]ours)?|Top(?: \d+)? (?:Stories|News|Headlines|Articles)"
    r"|Latest (?:(?:[A-Z][a-z]+ )?(?:News|Stories|Headlines)|on\b.{1,40})|Trending(?: Now| Stories| News)?"
    r"|Recommended(?: Stories| for you| Articles| News)?|Other (?:Articles|Stories|News)(?: of the Day)?"
    r"|You (?:may|might) also (?:like|be interested in)|Read (?:more|also|next)(?: (?:stories|news|articles))?"
    # (not a sentence: 'More on all of this in two weeks.')
    r"|More (?:from|on|in|stories|news|articles|posts)\b.{0,40}(?<![.!?])|See also|Also read|Editor'?s Picks?"
    r"|Popular (?:Stories|Articles|News)|What to read next|In case you missed it|Don'?t miss|Keep reading"
    r"|(?:Also )?worth reading"
    r"|(?:[\w-]+ )?Recommends|(?:Top|Editor'?s|Our) picks?(?: from [\w .&'’-]{1,30})?"
    # An aggregator's list of the outlets carrying the story.
    r"|(?:Other|More) (?:sources|outlets|coverage) (?:covering|on|of) this (?:story|topic))\s*:?$",
    r"^(?:Tags?|Keywords?|Topics?)(?:\s*:|$)",
    # A commentary site's note on its writer: 'Writing for PS since 2018', '4 Commentaries'.
    r"^Writing for [\w .&'’-]{2,40} since (?:19|20)\d\d$",
    r"^\d{1,4} Commentar(?:y|ies)$",
    # A site's list of the latest stories: 'Just In...'.
    r"(?-i:^Just In)\s*(?:\.\.\.|…)?$",
    r"^Key words?\s*:?$",
    # Another story's headline under its section's label, inside the body: 'Opinion: Why the pact matters'.
    r"^(?:Opinion|Analysis|Explainer|Commentary|Editorial|Perspective|Podcast|Gallery|In pictures|Interactive)"
    r"\s*[:|]\s*[^.!?]{3,100}[?!]?$",
    # 'WHAT TO READ NEXT...', 'For Further Reading'.
    r"^(?:What to read next|For further reading)\s*(?:\.\.\.|…|:)?$",
    flags=_I,
)

# Comment sections: the end of the article.
COMMENTS = _compile(
    # A paper's comment box and its rules: 'Article Comments', 'Guidelines: Keep it civil and on topic; ...'.
    r"^Article Comments$",
    r"^Guidelines\s*:\s*Keep it civil\b",
    r"^(?:Leave|Post|Add|Write|Submit) (?:a|your) (?:comment|reply)\b",
    r"^Join the (?:conversation|discussion)\b",
    r"^Discussion about this post$",  # (Substack's)
    # A video site's comments under the video: a commenter's handle and when.
    r"^@[\w.-]{2,40}\s+\d{1,2} (?:years?|months?|weeks?|days?|hours?) ago(?: \(edited\))?$",
    # A message board's buttons under a post and its stamp over the next: 'View user's profile Send private message',
    # 'PostPosted: Wed Nov 20, 2019 5:40 am Post subject: Reply with quote' (phpBB's).
    r"^(?:Back to top\s+)?View user'?s profile\b.{0,80}$",
    r"^(?:Post)?Posted: .{5,40}\bPost subject:.{0,120}$",
    # Tabloids' notes over their comments: 'The comments below have not been moderated.', 'Join thought-provoking
    # conversations, follow other Independent readers and see their replies'.
    r"^The comments below have (?:not )?been moderated\b",
    r"^By participating in online discussions\b",
    r"^Add a (?:public )?comment\.{0,3}$",
    r"^Join thought-provoking conversations\b",
    # A comment box's buttons and note: 'Start a Conversation', 'Post comment',
    # 'Disclaimer: Comments do not represent the views of Philstar.com.'
    r"^Start (?:a|the) (?:conversation|discussion)$",
    r"^(?:Post|Add|Submit) comment$",
    r"^Disclaimer\s*:\s*(?:Comments|Readers'? comments)\b",
    r"^(?:Show|View|Load|Read) (?:all )?(?:\d+ )?comments\b",
    r"^Comments? (?:are|have been) (?:closed|disabled)\b",
    r"^(?:Sorry,? )?[Ww]e are not (?:currently )?accepting comments\b",
    r"^You must be (?:logged|signed) in to (?:post a )?comment\b",
    r"^(?:Please )?(?:Sign|Log) ?in to (?:comment|reply|post a comment|leave a comment|add a comment)\b",
    r"^To (?:view or add|add or view|post) a comment,? sign in\.?$",
    r"^See (?:more|all) comments$",
    r"^Use your (?:[\w-]+ ){0,3}account to (?:comment|reply|log ?in|sign ?in|(?:leave|post) (?:a )?comments?)\b",
    r"^Comments?\s*(?:\(\d+\))?$",
    r"^댓글$",
    flags=_I,
)

# Cookie and consent banners.
CONSENT = _compile(
    # 'Euronews and our partners use cookies and similar technologies to store ...', its button 'MORE OPTIONS'.
    r"^[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} and our partners use cookies\b",
    r"^More options$",
    r"^We value your privacy\W*$",
    r"^We value your privacy\.\s+.{0,300}\b(?:cookies|partners|your device|personal data)\b.{0,300}$",
    r"^(?=.{0,200}$).*\buses cookies to (?:give|provide|offer|improve|ensure)\b",
    r"^(?=.{0,240}$)[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} uses cookies on this (?:web ?site|site)\b",
    r"\bwe use cookies\b",
    r"^(?:Accept|Reject|Manage)(?: all)? cookies$",
    r"^(?:Accept|Agree|I agree|I accept|Reject|Decline)(?: all)?$",
    r"\bcookie (?:policy|settings|preferences)\b",
    # A consent wall: its notices, in English or the site's language, and its buttons ('We and our partners store
    # and/or access information on a device ...', 'Verizon Media and our partners need your consent ...', 'Alle
    # akzeptieren / Accept all'), the purposes it lists, a notice on the browser, on scripts, on an ad blocker.
    r"^(?:We|[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3}) and (?:our|its) partners (?:will )?(?:store|use|process|need|may)\b"
    r".{0,200}\b(?:cookies|personal data|your (?:data|device|consent)|information on a device|identifiers)\b",
    r"^(?:With your permission we and our partners|Please note that some processing of your personal data)\b",
    r"^You (?:may|can) (?:click to consent|change your (?:settings|choices|mind)|withdraw your consent)\b",
    r"^Select '?OK'? to allow\b",
    r"^(?:Manage (?:preferences|options|consent|settings)|Show (?:purposes|vendors)|Vendors? list|Set my choices"
    r"|Customi[sz]e cookies|Continue without accepting|Accept (?:and|&) (?:close|continue|show video)"
    r"|Allow and continue|Manage my choices"
    r"|Consent settings|View consent options|Your privacy choices|Privacy settings|OK|Legitimate interest"
    r"|Customi[sz]e my choices|I agree Manage options)$",
    r"^[^/]{2,40} / (?:Accept all|Privacy settings|Accept and close|Customi[sz]e cookies|Continue without accepting"
    r"|Necessary cookies only|Settings)$",
    # (a notice in Spanish, Portuguese, Italian or French, as a wire's English edition keeps it: 'Utilizamos cookies
    # propias y de terceros para ...', and its button: 'Aceptar')
    r"^(?=.{0,300}$)(?:Utilizamos|Usamos|Este (?:sitio|site) (?:web )?utiliza|Utilizziamo|Questo sito (?:web )?utilizza"
    r"|Nous utilisons|Ce site utilise)\b.{0,40}\bcookies?\b",
    r"^(?:Aceptar|Aceitar|Accetta|Accetto|Accepter|Akzeptieren)(?: (?:todo|todas|tutti|tout))?$",
    r"^(?:Wir verwenden Cookies|Vos choix concernant l['’]utilisation (?:de|des) cookies"
    r"|Your choices regarding the use of cookies|[\w .'’-]{2,40} et ses partenaires (?:stockent|utilisent))\b",
    r"^(?:Store and/or access information on a device|Select basic ads|Create a personali[sz]ed (?:ads|content) profile"
    r"|Select personali[sz]ed (?:ads|content)|Measure (?:ad|content) performance"
    r"|Apply market research to generate audience insights|Develop and improve products"
    r"|Use precise geolocation data|Actively scan device characteristics for identification)$",
    # ... its purposes run together on one line ('Use precise geolocation data. Actively scan device characteristics
    # for identification. Store and/or access ...'), its heading over them ('We and our partners process data to
    # provide:') and its link to them ('List of Partners (vendors)').
    r"^(?=.{0,400}$)(?:Use precise geolocation data|Store and/or access information on a device)\.\s.{0,360}"
    r"\b(?:identification|device|advertising|measurement|development)\b.{0,120}$",
    r"^We and our partners process data to provide\s*:?$",
    r"^List of Partners \(vendors\)$",
    r"^(?:Please )?enable JavaScript\b.{0,150}$",
    r"^This (?:site|website) uses cookies\b.{0,400}$",
    r"^Your browser is (?:out of date|not supported|outdated)\b.{0,200}$",
    r"^It looks like you(?:'|’)re using an ad ?blocker\b.{0,200}$",
    r"^(?:How to disable your ad ?blocker|I(?:'|’)ve disabled my ad ?blocker)$",
    r"^[A-Z][\w .&'’-]{1,40} relies on advertising to fund\b.{0,250}$",
    r"^Yahoo is (?:now )?part of (?:Verizon Media|the Yahoo family of brands)\b.{0,300}$",
    r"^(?:Lecture du Monde en cours sur un autre appareil|You can read Le Monde on one device at a time)\W*$",
    # ... and an embed's: 'Skip past Twitter post', 'Allow Twitter content?', 'End of Twitter post'.
    r"^(?:Skip past|End of) (?:Twitter|Instagram|Facebook|YouTube|TikTok) (?:post|content|video)\W*$",
    r"^Allow (?:Twitter|Instagram|Facebook|YouTube|TikTok) content\?$",
    r"^This article includes content provided by (?:Twitter|Instagram|Facebook|YouTube|TikTok)\b.{0,300}$",
    flags=_I,
)

# A page's tags after a label in capitals, with no marks between them:
# 'TAGS South Korea Japan Jim Risch'. In small letters the label opens sentences too.
TAG_LISTS = _compile(
    r"^Related Topics\s*:\s*\S.{0,160}$",
    r"^(?:TAGS|TAGGED|KEYWORDS|TOPICS?)\b:?\s*\S.{0,160}$",
    # Hashtags in a row, three at least: '#Export Controls #International Trade #Japan #South Korea' (two are a
    # campaign's slogans a story quotes as often: '#BoycottJapan #NoAbe').
    r"^#[^#\n.!?]{1,40}(?:\s+#[^#\n.!?]{1,40}){2,}$",
)

# An e-mail's header, a clipping tool's and a web archive's, as a mail program prints or forwards one: 'From: Kim Min-seo <...>', 'Sent: Friday, August 23,
# 2019 9:05 AM', 'Date: Fri, Nov 22, 2019 at 7:14 PM', 'Subject: FW: ...', '---------- Forwarded message ---------',
# Gmail's print view ('11/25/19, 8:06 AM Gmail - Fwd: ...', 'Daniel Park <...> Mon, Nov 25, 2019 at 8:02 AM',
# '1 message'). Its dates are the mail's, not the story's.
_WEEKDAY_ABBREVIATED = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_ADDRESS = r"<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>"
# (not a reply's 'Original Message': what stands over it is the reply)
FORWARD_MARK = re.compile(r"^(?:-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message\s*:)$")
EMAIL_HEADERS = _compile(
    r"^(?:From|Sent|To|Cc|Bcc|Reply-To|Importance|Categories)\s*:\s*\S.{0,300}$",
    r"^(?:Subject\s*:\s*)?(?:Fwd?|FW|Fw|RE|Re)\s*:\s+\S.{0,300}$",
    r"^-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}$",
    r"^Begin forwarded message\s*:$",
    rf"^.{{0,60}}{_ADDRESS}\s+{_WEEKDAY_ABBREVIATED},\s.{{4,40}}$",
    r"^\d{1,2}/\d{1,2}/\d{2},\s+\d{1,2}:\d\d\s*[AP]M\s+Gmail\s+-\s+.{0,200}$",
    rf"^Gmail\s+.{{0,80}}{_ADDRESS}$",
    r"^\d{1,3} messages?$",
    # A mail a site sends to share a story: 'Subject: Keiko Sato shared an article from The Japan Times with you',
    # 'Keiko Sato thought you would be interested in this article.'; a phone's signature.
    # (not 'Foreign Minister Taro Kono shared an article from the Sankei Shimbun on Twitter.')
    r"^(?:Subject\s*:\s*)?.{2,60} (?:shared|sent) (?:an article|a story|a link|this article|this story)"
    r"(?: from .{2,60}?)? with you\.?$",
    r"^(?:Subject\s*:\s*.{2,60} (?:shared|sent you) (?:an article|a story|a link)"
    r"|.{2,60} sent you (?:an article|a story|a link))(?: from .{2,60})?\.?$",
    r"^.{2,60} thought you (?:would|might) (?:be interested in|like|enjoy) this (?:article|story)\.?$",
    # ... and the note they add, a friend's words: 'Her message: "Thought of you when I read this -- ..."'
    # (a friend's, opening as notes do or signed with an initial: not 'His message: "The only ones who benefit are
    # ..."', 'His message: "If you want to lead, you must first win the trust of your neighbours."')
    r"^(?:Her|His|Their) message\s*:\s*[\"“](?:(?:Thought|Saw|FYI|Thinking|Check|Have a look|You might|Interesting"
    r"|Worth|Looks like)\b|[^\"”]*\s[A-Z]\.[\"”]$)",
    r"^Sent from my (?:iPhone|iPad|mobile|phone|Android|BlackBerry|Galaxy)\b.{0,30}$",
    # A reading tool's tags over the page it saved: 'Tags: korea  japan  security  + add tag' (Pocket).
    r"^Tags\s*:.{0,120}\+\s*add tags?$",
    # A portal's link to the story on the outlet's site: '元記事を読む（JIJI.COM）' ('read the original article').
    r"^元記事を読む(?:\s*[（(][^）)]{1,40}[）)])?$",
    # A clipping or reading tool's fields over the page it saved: Evernote's 'Created: 12/26/2019 9:14 AM' /
    # 'Updated: ...' / 'Notebook: ...' / 'Clipped from: apnews.com', Pocket's 'Saved Aug 30, 2019' / 'nhk.or.jp ·
    # 4 min' / 'View Original'.
    # (a site's 'Updated:' is its own stamp)
    r"^Created\s*:\s*\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d\d\s*[AP]M$",
    r"^(?:Notebook|Clipped from|Source URL)\s*:\s*\S.{0,200}$",
    r"^(?:Saved|Clipped|Archived|Added)(?: on)?\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:,? \d{1,2}:\d\d\s*[AP]M)?$",
    r"^[\w.-]+\.[a-z]{2,6}\s+·\s+\d{1,3} min$",
    r"^View Original$",
    # A web archive's or a search engine's cache's bar over the page it kept: 'The Wayback Machine -
    # https://web.archive.org/web/...', '12 captures', '22 Aug 2019 - 05 Sep 2019', 'About this capture', 'COLLECTED
    # BY', 'Organization: Internet Archive', 'archived 24 Dec 2019 11:42:07 UTC', 'All snapshots from host ...',
    # 'This is Google's cache of ...', 'cc.bingj.com/cache.aspx?...', 'Search terms highlighted: ...'. Its dates are
    # the keeping's.
    r"^The Wayback Machine\s*-\s*https?://\S+$",
    r"^\d{1,3}(?:,\d{3})* captures?$",
    r"^\d{1,2} [A-Z][a-z]{2} \d{4} - \d{1,2} [A-Z][a-z]{2} \d{4}$",
    r"^(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\s+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))+$",
    r"^(?:19|20)\d\d(?:\s+(?:19|20)\d\d)+$",
    r"^(?:success|fail|About this capture|COLLECTED BY|TIMESTAMPS|webpage capture|Saved from|no other snapshots from"
    r" this url|Webpage|Screenshot|share|download \.zip|report bug or abuse|Buy me a coffee|archive\.today)$",
    r"^(?:Organization|Collection)\s*:\s*\S.{0,80}$",
    r"^The Internet Archive discovers and captures web pages\b.{0,200}$",
    r"^(?:Content crawled via the Wayback Machine|Wide crawls of the Internet conducted by)\b.{0,300}$",
    r"^archived \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d UTC$",
    r"^All snapshots from host\b.{0,80}$",
    r"^This is (?:Google(?:'|’)s cache of|the cached copy of)\b.{0,300}$",
    r"^(?:https?://)?cc\.bingj\.com/cache\.aspx\S*$",
    r"^To link to or bookmark this page, use the following url\b.{0,200}$",
    r"^Microsoft is not affiliated with the authors of this page\b.{0,80}$",
    r"^Search terms highlighted\s*:.{0,120}$",
    r"^(?:These search terms are highlighted|The current page could have changed in the meantime)\b.{0,120}$",
    flags=0,
)
# Line groups in the order they are tried; the name is the concept reported.
LINE_CHROME: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = (
    ("share_bar", SHARE_BAR),
    ("icon_labels", ICON_LABELS),
    ("template_placeholder", TEMPLATE_PLACEHOLDERS),
    ("advertising", ADVERTISING),
    ("credit", CREDITS),
    ("category", CATEGORY_LABELS),
    ("nav", NAV),
    ("widget", WIDGETS),
    ("radio_script", RADIO_SCRIPT),
    ("wire_trailer", WIRE_TRAILERS),
    ("masthead", MASTHEADS),
    ("promo", PROMO),
    ("subscription", SUBSCRIPTION),
    ("author_note", AUTHOR_NOTES),
    ("copyright", COPYRIGHT),
    ("consent", CONSENT),
    ("tags", TAG_LISTS),
    ("glossary", GLOSSARY),
    ("digest_note", DIGEST_NOTES),
)

# A study's notes after the text: 'Footnotes', 'Endnotes', 'Notes'.
ENDNOTES = _compile(r"^(?:Footnotes|Endnotes|End\s+notes|Notes|References|Bibliography)\s*:?$", flags=0)

# Groups whose first match ends the article.
# Bloomberg's contacts after the story: what follows are the reporters' and editors' addresses.
# (and a rater's or an issuer's contacts under their label: 'Contact:' / 'Daniel Cheung' / 'Director' / '+852 ...')
CONTACTS = _compile(r"^To contact the (?:reporters?|editors?|authors?|writers?)\b.{0,60}$")
# A label over names, posts and numbers, as a rater's or an issuer's note ends ('Contact:' / 'Daniel Cheung' /
# 'Director' / '+852 2263 9940'): it ends the article only over such details (see `clean`).
CONTACT_LABEL = re.compile(r"^(?:Media |Press |Key )?(?:Contacts?|Relations|Enquiries|Inquiries)\s*(?P<colon>:)?$")
# A phone number or an e-mail address in a contact block.
CONTACT_DETAIL = re.compile(
    r"\+?\(?(?!(?:1[89]|20)\d\d\s*[-–]\s*(?:1[89]|20)\d\d\b)\d[\d() .-]{7,}\d|[\w.+-]+@[\w-]+\.[a-z]{2,}"
)  # (not years: '(1910-1945)')
# ... an e-mail address, or a line that is a phone number: the details under a label with no colon ('Key Contacts').
CONTACT_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}|^\s*(?:Tel\.?:?\s*)?\+?\(?\d[\d() .-]{7,}\d\s*$")

# A press release's end mark: what follows is about its issuer and whom to call ('###', '-30-').
RELEASE_END = _compile(r"^\s*(?:#{3}|-\s?30\s?-)\s*$")

# The issuer's note on itself, headed by its name: 'About Hartwell University: Founded in 1868, ...' (the
# heading alone over it: see `clean`).
_ISSUER = r"(?:the )?[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|for|and|the|on|in|&)){0,8}"
# (what a body is: not a person's note, 'About Kim Bok-dong: Kim Bok-dong was a tireless activist ...')
ISSUER_NOUNS = (
    r"(?:organi[sz]ation|institute|institution|university|college|company|firm|corporation|association|foundation"
    r"|forum|council|cent(?:er|re)|think[ -]tank|agency|group|coalition|network|alliance|consultancy|publisher"
    r"|supplier|provider|manufacturer|maker|producer|non-?profit|charity|bank|NGO|law firm|society|union|federation"
    r"|developer|platform|initiative|program(?:me)?|compan(?:y|ies))"
)
ABOUT_ISSUER = _compile(
    rf"^About {_ISSUER}\s*:\s+(?:(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){{0,6}}(?: \([A-Z]{{2,8}}\))?,? (?:is|was)"
    rf" (?:a|an|the)\b[^.]{{0,120}}\b{ISSUER_NOUNS}\b|(?:(?:Founded|Established) in|Since (?:its founding|19|20))\b"
    rf"[^.]{{0,160}}\b{ISSUER_NOUNS}\b)",
    flags=0,
)
# (its name's letters after it, a brand's words in small letters: 'About Korea International Trade Association (KITA)',
# 'About SK hynix Inc.')
ABOUT_HEADING = re.compile(rf"^About (?P<name>(?:the )?[A-Z][\w&.'’-]*(?: [\w&.'’-]+){{0,8}}?)(?: \([A-Z]{{2,8}}\))?$")

# A news database's export of several stories: the next one's number ('2 of 2 DOCUMENTS'); a page that loads the
# next story under the first: its label in capitals ('NEXT IN BUSINESS NEWS').
NEXT_DOCUMENT = _compile(
    r"^\s*\d{1,3} of \d{1,5} DOCUMENTS?\s*$",
    # A ministry's board's links to the next and the last posts, after the post: '▲ List  ▼ Next: MND Regular
    # Briefing (August 27, 2019)', 'Next	Briefing by ... 2019.08.23'.
    r"^(?:▲\s*)?List\s*▼\s*(?:Next|Prev(?:ious)?)\b",
    r"^(?:Next|Prev(?:ious)?)\s*[\t:|]?\s+.{5,150}?\s(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\([A-Z][a-z]+ \d{1,2}, \d{4}\))$",
    # (not 'READ NEXT' or 'UP NEXT', which promote another story inside this one too)
    r"^NEXT IN [A-Z][A-Z &]{2,30}$",
    flags=0,
)

FOOTER: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = (
    ("next_document", NEXT_DOCUMENT),
    ("contacts", CONTACTS),
    ("release_end", RELEASE_END),
    ("about_issuer", ABOUT_ISSUER),
    ("sponsored", SPONSORED),
    ("paywall", PAYWALL),
    ("comments", COMMENTS),
    ("endnotes", ENDNOTES),
)

# A note's number glued to the end of a sentence, after a word, a closing mark or a year:
# 'three chemicals.1 Tokyo says', 'signed on November 23, 2016.2 Japan'.
NOTE_MARK = re.compile(r"(?:(?<=[a-z)”\"’])|(?<=\b(?:19|20)\d\d))\.\d{1,2}(?=\s+[A-Z“\"]|\s*$)")
# ... or after the closing mark of a quotation: 'would "gladly join hands."3 Officials', '"... in force."8,9
# Washington'.
NOTE_MARK_AFTER_QUOTE = re.compile(r"(?<=[.,!?][\"”’])\d{1,2}(?:,\d{1,2})*(?=\s+[A-Z“\"‘]|\s*$)")

# --- Fragment groups: chrome glued to a line that stays --------------------------

# Seams of the page's markup left in the text: block-level HTML tags (where a
# scraper split paragraphs, '</p><p>'), HTML comments, empty Markdown images
# ('![]()'). Anywhere in a line. Inline markup ('<b>', '<script>') may be what
# the article is quoting and stays text: the renderer escapes it.
INLINE_FRAGMENTS = _compile(
    r"(?:</?(?:p|br|div|section|article|header|footer|aside|nav|figure|figcaption|ul|ol|li|dl|dt|dd"
    r"|h[1-6]|table|caption|tr|td|th|tbody|thead|tfoot|blockquote|hr|main)\b[^<>]{0,200}?/?>\s*)+",
    r"<!--.*?-->",
    r"!\[[^\]]*\]\(\s*\)",
    # A wiki's citation marks after the words they source: '... electronics industry.[1] The dispute',
    # '[citation needed]'.
    # (not a link's text or an image's: '[i](http://...)', '![i](...)')
    r"(?<=[\w.,;:?”\"')])(?:\[(?:\d{1,3}|(?-i:[a-z])|citation needed|note \d{1,2})\])+(?![(\[])",
    # A text browser's link numbers before the words of a link inside a line: 'according to [24]a readout', or
    # opening a sentence (one opening a line with no sentence marks it a link: '[21]S. Korea to decide on fate').
    r"(?<=\s)\[\d{1,3}\](?=[A-Za-z“\"])",
    r"^\[\d{1,3}\](?=[A-Za-z“\"].*[.!?][”\"]?$)",
    flags=_I,
)

# At the start of a line: radio-script speaker cues (not a reporter's label over a question in a press conference's
# transcript, whose answers the next labels give: 'Reporter: Minister, will you meet Foreign Minister Kang ...?').
LEADING_FRAGMENTS = _compile(
    r"^(?:Anchor|Report|Reporter|Correspondent|Host|Narrator|Presenter)\s?:\s*(?=\S)(?!.*\?[\"”]?\s*$)",
    r"^\[(?:Anchor(?: Lead)?|Lead|Reporter|Report)\]\s*",
    # A Japanese paper's dateline and writer: '[Chengdu (Sichuan Province, China) = Reporter Kenta Ogawa]'.
    r"^\[[^\[\]=]{2,60}=\s*(?:Reporters?|Correspondents?)\s+[A-Z][\w'’ -]{2,40}\]\s*",
    # A video's label glued before the story: 'MUST WATCH Seoul, South Korea (CNN)South Korean President ...'.
    r"^MUST WATCH\s+(?=[A-Z])",
    # An aggregator's mark of whose story it carries: '(MENAFN - Yonhap News Agency) SEOUL, July 4 (Yonhap) --'.
    r"^\(MENAFN\s*[-–—]\s*[^()]{2,60}\)\s*(?=\S)",
)

# At the end of a line: icon runs, wire trailers, copyright, the bar a layout
# table leaves after a cell. A pattern with a group named 'cut' cuts only that.
TRAILING_FRAGMENTS = _compile(
    ICON_LABELS[0].pattern,
    # A wiki's link to edit the section, after its heading: 'References[edit]', 'Background [edit source]'.
    r"(?<=\S)\s?\[edit(?: source)?\]$",
    # A video's captions' cue after the words: '... world trade organization on hold [Music]'.
    r"(?<=\S)\s+\[(?:Music|Applause|Laughter|Inaudible)\]$",
    r"\s*" + _END_MARK,
    r"\s*[-–—]{1,2}\s*(?:End|END)\s*[-–—]{1,2}$",
    # A government release's end mark after its last sentence: '... Thank you. /End/', '... later this year. End.'
    r"\s*/(?:End|END)/$",
    r"(?<=[.!?”\"])\s+(?:End|END)\.$",
    r"\s*\(\s*(?:Reporting|Additional reporting|Editing|Writing|Compiled|Translated|Edited) by [^()]*\)$",
    # ... and the Mainichi's credit of the Japanese story it translates: '(Japanese original by Shunsuke Ishii, ...)'.
    r"(?<=[.!?”\"])\s*\(\s*(?:Japanese|Korean|Chinese) original by [^()]*\)$",
    r"\s*(?:All contents\s+)?(?:©|ⓒ|Ⓒ|Copyright\s*©?)\s*(?:\d{4}\s*)?[^©]{0,80}?All rights reserved\.?[\s|]*$",
    # ... as Korean papers' are translated: 'ⓒ Dong-A Ilbo & donga.com, Unauthorized reproduction and redistribution
    # prohibited'.
    r"\s*(?:©|ⓒ|Ⓒ)\s*[^©ⓒⒸ]{2,80}?[,:]?\s*(?i:unauthorized reproduction and redistribution prohibited)\.?$",
    r"^[^|]*[^|\s](?P<cut>\s+\|)$",
    # A writer's sign-off with their address, glued after the last sentence: '... on July 1. -- Daniel Okafor
    # (dokafor@iwpnews.com)'.
    r"(?<=[.!?”\"])\s+(?:--|—|–)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
    r"\s*\([\w.+-]+@[\w-]+(?:\.[\w-]+)+\)$",
    # An ad slot's label, or a link to another story, glued after the last sentence:
    # '... North Korea. Advertisement', '... on Friday. READ MORE: Japan, South Korea agree to talks'.
    r"(?<=[.!?”\"])\s+Advertisement$",
    r"(?<=[.!?”\"])\s+\*\s*Unofficial (?:English )?[Tt]ranslation\.?$",
    r"(?<=[.!?”\"])\s+ADVERTISEMENT$",
    # A paywall's offer glued after the teaser: '... launches. Subscribe to NK Pro to read this article ...'.
    r"(?<=[.!?”\"])\s+(?:Subscribe|Sign up|Register) (?:to|for) .{1,40}? to (?:continue reading|read|unlock|access)"
    r" (?:this|the (?:full|rest|whole))\b[^.!?]{0,80}[.!?]?$",
    # A photo's credit glued after a quotation and its speaker, which no caption is:
    # '"We will try our best," Kim You-geun said. (Photo: Reuters)'.
    r"^(?=.*[,?!][”\"]\s+(?:[A-Z][\w.'’-]*\s){1,4}(?:said|says|told|added)\b).*?[.!?”\"]"
    r"(?P<cut>\s+\((?:Photos?|Images?)\s*(?:by|[:=])?\s*[^()]{1,40}\))$",
    r"(?<=[.!?”\"])\s+(?:READ MORE|Read more|Read More|ALSO READ|Also read|READ ALSO|Read also|RELATED|Related"
    r"|SEE ALSO|See also)\s*:\s[^.!?]{3,120}[?!]?$",
    # A broadcaster's hand-off to its reporter after the anchor's lead: '... Our reporter Choi
    # Jin-hoon has more.', '... six hours before the pact was set to expire. Kim Bum-soo reports.'
    r"\s+(?:(?:Our|[A-Z]{2,5}(?:'s)?) (?:reporter|correspondent)s? [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
    r"|(?<=[.!?”\"]\s)[A-Z][\w'’]*(?:-[a-z]+)?(?: [A-Z][\w'’]*(?:-[a-z]+)?){1,2})"
    r" (?:reports|(?:has|have) (?:more|the (?:story|details|report)))\.?$",
    # ... '... Our Kim Hyo-sun reports from Chengdu, China.', and the reporter's sign-off: 'Kim Hyo-sun, Arirang
    # News, Chengdu.'
    r"(?:^|(?<=[.!?”\"]\s))Our (?:reporter |correspondent )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} reports from"
    r" [A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*){0,3}\.?$",
    r"(?:^|(?<=[.!?”\"]\s))[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,2}, (?:Arirang|KBS|YTN|SBS|MBC|NHK|CNA)(?: News| World)?,"
    r" [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?\.?$",
)

# --- Dates on the page -----------------------------------------------------------

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_YEAR = r"(?P<y>(?:19|20)\d{2})"

# Dates that name their year, most explicit first; groups y, m or mon, d.
DATE_FORMS = _compile(
    rf"(?<![\d.]){_YEAR}\s*[-/.]\s*(?P<m>\d{{1,2}})\s*[-/.]\s*(?P<d>\d{{1,2}})(?!\d)",
    rf"{_YEAR}\s*년\s*(?P<m>\d{{1,2}})\s*월\s*(?P<d>\d{{1,2}})\s*일",
    rf"{_YEAR}\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日",
    # ... its year glued to the time after it, as a copied Reuters stamp is: 'June 12, 20222:17 PM GMT+8'.
    rf"\b(?P<mon>{MONTH})\.?\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*{_YEAR}(?:\b|(?=\d{{1,2}}:\d\d))",
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?:of\s+)?(?P<mon>{MONTH})\.?\s*,?\s+{_YEAR}\b",
    # With hyphens: '22-Nov-2019'.
    rf"\b(?P<d>\d{{1,2}})-(?P<mon>{MONTH})-{_YEAR}\b",
    rf"(?<![\d./-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep){_YEAR}(?![\d])",
    # A year in two digits only in a stamp, a time after it: '11/20/19 04:35 PM EST', '11/15/19 at 12:30 PM'.
    r"(?<![\d./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<yy>\d{2})(?=\s+(?:at\s+)?\d{1,2}:\d{2}\b)",
    flags=_I,
)

TIME = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:KST|JST|GMT|UTC|EST|EDT|ET|PST|PDT"
    r"|CET|CEST|BST|IST|HKT|SGT)(?:[+-]\d{1,2})?\)?)?",
    _I,
)

# Words that label a date stamp: 'Published :', 'Write:', '승인', ' date'.
DATE_LABEL = (
    # (and a journal's: 'Published online: 11 Aug 2020', 'First Online: 27 November 2020', '発行日: 2020/03/31')
    r"(?:(?:Published online|First [Oo]nline|Published|Updated|Posted|Modified|Created|Last updated|Last modified"
    r"|First published|Write|Update|modify|発行日"
    r"|Publication date|Publish(?:ed)? date|Date published|Release date|Date of release"
    r"|Date|Dated|Released|Issued|Uploaded|Written|입력|수정|승인|등록|기사입력|최종수정|발행|更新|配信)"
    r"(?:\s+(?:on|at))?\s*[:：]?\s*)"
)
WEEKDAY = (
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?"
    r"|Fri|Sat|Sun)\.?,?\s*)"
)

# A time printed before the date of a stamp: 'Updated 0514 GMT (1314 HKT) November 22, 2019'.
_ZONE = r"(?:KST|JST|GMT|UTC|EST|EDT|ET|PST|PDT|CET|CEST|BST|IST|HKT|SGT)(?:[+-]\d{1,2})?"
STAMP_TIME = (
    rf"(?:(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?(?:\s*{_ZONE})?|\d{{4}}\s*{_ZONE})"
    rf"(?:\s*\(\s*\d{{1,2}}:?\d{{2}}\s*{_ZONE}\s*\))?\s*,?\s*)"
)

# A line that opens with a date stamp, labels, a weekday and a time allowed before it.
# Before a page's date: its section in capitals ('NEWS | Aug. 9, 2019'), a video's views ('12,345 views • Nov 22, 2019',
# '56,412 views  Aug 22, 2019  #GSOMIA').
# (a paper's name and a dot, as a digital edition prints it: 'The Japan Times · 5 Jul 2019 · Page 3 · NATIONAL')
_STAMP_LEAD = (
    r"(?:(?-i:[A-Z][A-Z&' ]{1,20})\s*\|\s*|[\d,.]+\s*[KM]?\s+views\s*[•·|]?\s*|(?:Premiered|Streamed live on)\s+"
    r"|(?-i:(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}) · "
    # (a newsletter's issue: 'Issue No. 31 | Tuesday, August 27, 2019'; a print page's running head, its number and
    # the paper's name in capitals: '2 THE JAPAN TIMES SATURDAY, AUGUST 3, 2019')
    r"|(?:Issue|Vol\.|Volume)\s*(?:No\.\s*)?\d{1,4}\s*[|,·•]\s*"
    # (a press release's number: 'No. 19-1123-2   November 23, 2019')
    r"|(?-i:No\.)\s*\d[\w-]{1,20}\s*[|,·•]?\s*"
    r"|(?-i:\d{1,3}\s+(?:THE )?[A-Z][A-Z.&'’]+(?: [A-Z][A-Z.&'’]+){0,3})\s+(?=(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b))"
)
PAGE_DATES = tuple(
    re.compile(rf"^(?:{DATE_LABEL}|{WEEKDAY}|{STAMP_TIME}|{_STAMP_LEAD})*(?:{form.pattern})", _I) for form in DATE_FORMS
)

# What may stay beside the date on a page-date line and is not counted as
# words: times, further labels, separators.
WEEKDAY_IN_BRACKETS = r"\((?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?\)"
WEEKDAY_CUT = r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.(?=\s|$)"
PAGE_DATE_NOISE = _compile(
    TIME.pattern, DATE_LABEL,
    # (a weekday cut short in brackets, a month cut short before its day: 'Nov. 20, 2019 (Wed.)', '... Last updated
    # Nov. 23, 12:05 a.m. JST')
    WEEKDAY_IN_BRACKETS, WEEKDAY_CUT,
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*\d{1,2}\b",
    r"[|/·•,:()\-–—]", flags=_I)

# Letters of scripts other than Latin: a line mostly made of them is chrome in
# an English article (a Japanese headline, Korean CMS labels).
NON_LATIN_LETTER = re.compile(
    r"[\u0400-\u04ff\u0600-\u06ff\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f"
    r"\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
NON_LATIN_SHARE = 0.5


# --- Searching a group fast --------------------------------------------------------

# Most lines match no group, so a group is searched whole for almost every
# line. Patterns anchored at the start are tried as one alternation, at the
# start only; any other pattern is searched only when the literal text every
# match holds is in the line: a substring test costs a few per cent of a
# search that opens with '\b' or is case-blind. Both are derived from the
# patterns above, so editing a pattern cannot make its screen wrong.


@dataclass(frozen=True)
class PatternGroup:
    """The patterns of one group, arranged for `matches`.

    `anchored` is the alternation of the patterns that match only at the
    start; `loose` holds (needle, case_blind, pattern) for the others, where
    `needle` is literal text every match contains ('' when none is known),
    looked up in `lower_for_patterns(text)` when `case_blind`.
    """

    anchored: re.Pattern[str] | None
    loose: tuple[tuple[str, bool, re.Pattern[str]], ...]

    def matches(self, text: str, lowered: str) -> bool:
        """Whether any pattern of the group is found in `text` (`lowered` is its lower_for_patterns)."""
        if self.anchored is not None and self.anchored.match(text):
            return True
        for needle, case_blind, pattern in self.loose:
            if needle in (lowered if case_blind else text) and pattern.search(text):
                return True
        return False


def _top_level(pattern: re.Pattern[str]) -> list[tuple[object, object]]:
    """The pattern's top-level parse items; none (so no anchor and no needle) without the parser."""
    if _parser is None:
        return []
    try:
        return list(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # noqa: BLE001 - a private API that may change: fall back to plain search
        return []


def _scans(pattern: re.Pattern[str]) -> bool:
    """Whether `pattern`, after its start, looks ahead or runs over any characters first ('^(?=...)', '^.*')."""
    items = _top_level(pattern)
    if len(items) < 2 or items[0] != (_constants.AT, _constants.AT_BEGINNING):
        return False
    op, arg = items[1]
    if op is _constants.ASSERT:
        return True
    return op is _constants.MAX_REPEAT and list(arg[2].data)[:1] == [(_constants.ANY, None)]


def _anchored_at_start(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` starts at the start of the text ('^' without MULTILINE)."""
    items = _top_level(pattern)
    if items and items[0] == (_constants.AT, _constants.AT_BEGINNING):
        return True
    if len(items) == 1 and items[0][0] is _constants.BRANCH:
        return all(
            branch.data[:1] == [(_constants.AT, _constants.AT_BEGINNING)] for branch in items[0][1][1]
        )
    return False


def _needle(pattern: re.Pattern[str]) -> str:
    """The longest literal text every match of `pattern` contains, in lower case if case-blind.

    Only literals in the top-level sequence count (and in plain groups there):
    zero-width anchors do not break a run, anything else does. In a case-blind
    pattern only ASCII characters count: `lower_for_patterns` maps every
    character IGNORECASE pairs with one of them onto it.
    """
    case_blind = bool(pattern.flags & re.IGNORECASE)
    runs = [""]

    def walk(items: list[tuple[object, object]]) -> None:
        for op, arg in items:
            if op is _constants.LITERAL and (not case_blind or arg < 128):
                runs[-1] += chr(arg).lower() if case_blind else chr(arg)
            elif op is _constants.AT:
                continue
            elif op is _constants.SUBPATTERN and arg[1] == arg[2] == 0:
                walk(list(arg[3].data))
            elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and arg[0] >= 1:
                # Repeated at least once: what the body needs, the match needs.
                runs.append("")
                walk(list(arg[2].data))
                runs.append("")
            else:
                runs.append("")

    walk(_top_level(pattern))
    return max(runs, key=len)


def screened(patterns: tuple[re.Pattern[str], ...]) -> tuple[tuple[str, bool, re.Pattern[str]], ...]:
    """(needle, case_blind, pattern) for each pattern: see PatternGroup.loose."""
    return tuple((_needle(p), bool(p.flags & re.IGNORECASE), p) for p in patterns)


def pattern_group(patterns: tuple[re.Pattern[str], ...]) -> PatternGroup:
    """`patterns` arranged for fast search (see PatternGroup); matches exactly as `any(p.search)`."""
    flags = {p.flags for p in patterns}
    # Only patterns without groups are joined: joining would renumber back references. A pattern that
    # scans the whole line for its words ('^(?=.{0,200}$).*\bSign up here') is screened by them instead:
    # in the alternation it would scan every line.
    joinable = [
        p for p in patterns
        if len(flags) == 1 and not p.groups and _anchored_at_start(p) and not (_scans(p) and len(_needle(p)) >= 4)
    ]
    anchored = re.compile("|".join(f"(?:{p.pattern})" for p in joinable), flags.pop()) if joinable else None
    return PatternGroup(anchored, screened(tuple(p for p in patterns if p not in joinable)))


LINE_CHROME_GROUPS = tuple((name, pattern_group(patterns)) for name, patterns in LINE_CHROME)
EMAIL_GROUP = pattern_group(EMAIL_HEADERS)
FOOTER_GROUPS = tuple((name, pattern_group(patterns)) for name, patterns in FOOTER)
CAPTION_GROUP = pattern_group(CAPTIONS)
RELATED_GROUP = pattern_group(RELATED)

# The fragment groups, each pattern with its needle (`_cut_fragments` in `clean`).
INLINE_SCREENED = screened(INLINE_FRAGMENTS)
TRAILING_SCREENED = screened(TRAILING_FRAGMENTS)
