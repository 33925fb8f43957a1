"""Word lists the actor and quote finders read: rules as data, grouped by concept.

Nothing here is specific to one article. Country names, demonyms and capitals
are general world knowledge; role, title and organisation words are news
English; the editor's own names (people, aliases, local organisations) live in
`knowledge/actors.yaml`, not here.
"""

from __future__ import annotations

# --- Countries ---------------------------------------------------------------

# (canonical name, other names, demonyms, capital). The capital stands for the
# government in news English ("Seoul said", "talks between Tokyo and Seoul").
COUNTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str | None], ...] = (
    ("South Korea", ("Korea", "Republic of Korea", "ROK", "S. Korea", "S.Korea"), ("South Korean", "Korean"), "Seoul"),
    ("North Korea", ("DPRK", "Democratic People's Republic of Korea", "N. Korea"), ("North Korean",), "Pyongyang"),
    ("Japan", (), ("Japanese",), "Tokyo"),
    ("United States", ("U.S.", "US", "USA", "U.S.A.", "United States of America", "America"),
     ("American", "U.S."), "Washington"),
    ("China", ("People's Republic of China", "PRC"), ("Chinese",), "Beijing"),
    ("Taiwan", (), ("Taiwanese",), "Taipei"),
    ("Hong Kong", (), (), None),
    ("Russia", ("Russian Federation",), ("Russian",), "Moscow"),
    ("India", (), ("Indian",), "New Delhi"),
    ("Australia", (), ("Australian",), "Canberra"),
    ("New Zealand", (), (), "Wellington"),
    ("Canada", (), ("Canadian",), "Ottawa"),
    ("Mexico", (), ("Mexican",), "Mexico City"),
    ("Brazil", (), ("Brazilian",), "Brasilia"),
    ("Argentina", (), ("Argentine", "Argentinian"), "Buenos Aires"),
    ("United Kingdom", ("Britain", "Great Britain", "U.K.", "UK"), ("British",), "London"),
    ("France", (), ("French",), "Paris"),
    ("Germany", (), ("German",), "Berlin"),
    ("Italy", (), ("Italian",), "Rome"),
    ("Spain", (), ("Spanish",), "Madrid"),
    ("Netherlands", ("the Netherlands",), ("Dutch",), "Amsterdam"),
    ("Belgium", (), ("Belgian",), "Brussels"),
    ("Switzerland", (), ("Swiss",), "Bern"),
    ("Sweden", (), ("Swedish",), "Stockholm"),
    ("Norway", (), ("Norwegian",), "Oslo"),
    ("Poland", (), ("Polish",), "Warsaw"),
    ("Ukraine", (), ("Ukrainian",), "Kyiv"),
    ("Turkey", (), ("Turkish",), "Ankara"),
    ("Israel", (), ("Israeli",), "Jerusalem"),
    ("Iran", (), ("Iranian",), "Tehran"),
    ("Iraq", (), ("Iraqi",), "Baghdad"),
    ("Syria", (), ("Syrian",), "Damascus"),
    ("Saudi Arabia", (), ("Saudi",), "Riyadh"),
    ("United Arab Emirates", ("UAE",), ("Emirati",), "Abu Dhabi"),
    ("Qatar", (), ("Qatari",), "Doha"),
    ("Kuwait", (), ("Kuwaiti",), "Kuwait City"),
    ("Egypt", (), ("Egyptian",), "Cairo"),
    ("Pakistan", (), ("Pakistani",), "Islamabad"),
    ("Afghanistan", (), ("Afghan",), "Kabul"),
    ("Bangladesh", (), ("Bangladeshi",), "Dhaka"),
    ("Thailand", (), ("Thai",), "Bangkok"),
    ("Vietnam", ("Viet Nam",), ("Vietnamese",), "Hanoi"),
    ("Philippines", ("the Philippines",), ("Philippine", "Filipino"), "Manila"),
    ("Indonesia", (), ("Indonesian",), "Jakarta"),
    ("Malaysia", (), ("Malaysian",), "Kuala Lumpur"),
    ("Singapore", (), ("Singaporean",), None),
    ("Myanmar", ("Burma",), ("Myanmarese", "Burmese"), "Naypyidaw"),
    ("Cambodia", (), ("Cambodian",), "Phnom Penh"),
    ("Laos", (), ("Lao", "Laotian"), "Vientiane"),
    ("Mongolia", (), ("Mongolian",), "Ulaanbaatar"),
    ("South Africa", (), ("South African",), "Pretoria"),
    ("Nigeria", (), ("Nigerian",), "Abuja"),
    # The rest of the world, each by its name and demonym; a capital only where it names little else in
    # this news ('Lima', not 'Santiago', 'Victoria', 'Male' or 'Vienna'). No country that is mostly a
    # given name ('Jordan Kessler', 'Chad Smith', 'Georgia Hill'), nor a demonym mostly an idiom's ('Greek').
    ("Brunei", ("Brunei Darussalam",), ("Bruneian",), "Bandar Seri Begawan"),
    ("Timor-Leste", ("East Timor",), ("Timorese",), "Dili"),
    ("Sri Lanka", (), ("Sri Lankan",), "Colombo"),
    ("Nepal", (), ("Nepali", "Nepalese"), "Kathmandu"),
    ("Bhutan", (), ("Bhutanese",), "Thimphu"),
    ("Maldives", ("the Maldives",), ("Maldivian",), None),
    ("Macau", ("Macao",), (), None),
    ("Papua New Guinea", (), ("Papua New Guinean",), "Port Moresby"),
    ("Fiji", (), ("Fijian",), "Suva"),
    ("Kazakhstan", (), ("Kazakh",), None),  # (Astana, Nur-Sultan in 2019-2022)
    ("Uzbekistan", (), ("Uzbek",), "Tashkent"),
    ("Kyrgyzstan", (), ("Kyrgyz",), "Bishkek"),
    ("Tajikistan", (), ("Tajik",), "Dushanbe"),
    ("Turkmenistan", (), ("Turkmen",), "Ashgabat"),
    ("Azerbaijan", (), ("Azerbaijani",), "Baku"),
    ("Armenia", (), ("Armenian",), "Yerevan"),
    ("Belarus", (), ("Belarusian",), "Minsk"),
    ("Moldova", (), ("Moldovan",), "Chisinau"),
    ("Lithuania", (), ("Lithuanian",), "Vilnius"),
    ("Latvia", (), ("Latvian",), "Riga"),
    ("Estonia", (), ("Estonian",), "Tallinn"),
    ("Finland", (), ("Finnish",), "Helsinki"),
    ("Denmark", (), ("Danish",), "Copenhagen"),
    ("Iceland", (), ("Icelandic",), "Reykjavik"),
    ("Ireland", (), ("Irish",), "Dublin"),
    ("Portugal", (), ("Portuguese",), "Lisbon"),
    ("Austria", (), ("Austrian",), None),  # (the Vienna Convention)
    ("Czech Republic", ("Czechia",), ("Czech",), "Prague"),
    ("Slovakia", (), ("Slovak",), "Bratislava"),
    ("Hungary", (), ("Hungarian",), "Budapest"),
    ("Romania", (), ("Romanian",), "Bucharest"),
    ("Bulgaria", (), ("Bulgarian",), None),
    ("Greece", (), (), "Athens"),  # ('a Greek chorus')
    ("Serbia", (), ("Serbian",), "Belgrade"),
    ("Croatia", (), ("Croatian",), "Zagreb"),
    ("Slovenia", (), ("Slovenian",), "Ljubljana"),
    ("Bosnia and Herzegovina", ("Bosnia",), ("Bosnian",), "Sarajevo"),
    ("Albania", (), ("Albanian",), "Tirana"),
    ("North Macedonia", ("Macedonia",), ("Macedonian",), "Skopje"),
    ("Montenegro", (), (), None),
    ("Kosovo", (), (), None),
    ("Luxembourg", (), (), None),
    ("Malta", (), ("Maltese",), "Valletta"),
    ("Cyprus", (), ("Cypriot",), "Nicosia"),
    ("Vatican City", ("Vatican", "the Holy See", "Holy See"), (), None),
    ("Lebanon", (), ("Lebanese",), "Beirut"),
    ("Yemen", (), ("Yemeni",), "Sanaa"),
    ("Oman", (), ("Omani",), "Muscat"),
    ("Bahrain", (), ("Bahraini",), "Manama"),
    ("Libya", (), ("Libyan",), None),
    ("Tunisia", (), ("Tunisian",), "Tunis"),
    ("Algeria", (), ("Algerian",), "Algiers"),
    ("Morocco", (), ("Moroccan",), "Rabat"),
    ("Sudan", (), ("Sudanese",), "Khartoum"),
    ("South Sudan", (), ("South Sudanese",), "Juba"),
    ("Ethiopia", (), ("Ethiopian",), "Addis Ababa"),
    ("Kenya", (), ("Kenyan",), "Nairobi"),
    ("Tanzania", (), ("Tanzanian",), "Dodoma"),
    ("Uganda", (), ("Ugandan",), "Kampala"),
    ("Rwanda", (), ("Rwandan",), "Kigali"),
    ("Somalia", (), ("Somali",), "Mogadishu"),
    ("Ghana", (), ("Ghanaian",), "Accra"),
    ("Senegal", (), ("Senegalese",), "Dakar"),
    ("Ivory Coast", ("Cote d'Ivoire", "Côte d'Ivoire"), ("Ivorian",), None),
    ("Cameroon", (), ("Cameroonian",), "Yaounde"),
    ("Angola", (), ("Angolan",), "Luanda"),
    ("Zambia", (), ("Zambian",), "Lusaka"),
    ("Zimbabwe", (), ("Zimbabwean",), "Harare"),
    ("Mozambique", (), ("Mozambican",), "Maputo"),
    ("Madagascar", (), ("Malagasy",), "Antananarivo"),
    ("Botswana", (), (), "Gaborone"),
    ("Namibia", (), ("Namibian",), "Windhoek"),
    ("Democratic Republic of the Congo", ("DR Congo", "DRC"), ("Congolese",), "Kinshasa"),
    ("Mali", (), ("Malian",), "Bamako"),
    ("Colombia", (), ("Colombian",), "Bogota"),
    ("Venezuela", (), ("Venezuelan",), "Caracas"),
    ("Peru", (), ("Peruvian",), "Lima"),
    ("Chile", (), ("Chilean",), None),
    ("Ecuador", (), ("Ecuadorian",), "Quito"),
    ("Bolivia", (), ("Bolivian",), None),
    ("Paraguay", (), ("Paraguayan",), "Asuncion"),
    ("Uruguay", (), ("Uruguayan",), "Montevideo"),
    ("Cuba", (), ("Cuban",), "Havana"),
    ("Costa Rica", (), ("Costa Rican",), None),
    ("Panama", (), ("Panamanian",), None),
    ("Guatemala", (), ("Guatemalan",), None),
    ("Honduras", (), ("Honduran",), "Tegucigalpa"),
    ("El Salvador", (), ("Salvadoran",), None),
    ("Nicaragua", (), ("Nicaraguan",), "Managua"),
    ("Dominican Republic", (), ("Dominican",), "Santo Domingo"),
    ("Haiti", (), ("Haitian",), "Port-au-Prince"),
    ("Jamaica", (), ("Jamaican",), None),
)

# Cities other than capitals that news about the region is filed from.
DATELINE_CITIES = (
    "Osaka", "Nagoya", "Busan", "Incheon", "Panmunjom", "Shanghai", "Chengdu", "New York", "Honolulu",
    "Geneva", "Vladivostok", "Sapporo", "Fukuoka", "Okinawa", "Daegu", "Gwangju", "Hong Kong",
)

# The canonical adjective used to name a country's generic institution
# ('U.S. Congress', 'Japanese Cabinet'); default: the first demonym.
COUNTRY_ADJECTIVES = {"United States": "U.S.", "South Korea": "South Korean"}

# Words after which a country or capital is where something happens, not who
# acts ("talks in Bangkok", "a summit in China").
LOCATIVE_PREPOSITIONS = frozenset(
    "in at near outside inside throughout across around within".split()
)

# Regions, seas and wars: proper names that are never actors and must not be
# read as a country's adjective ('Korean Peninsula') or a person.
REGIONS = (
    "Korean Peninsula", "Korean War", "East Asia", "Northeast Asia", "Southeast Asia", "South Asia",
    "Central Asia", "Asia-Pacific", "Asia Pacific", "Indo-Pacific", "Asia", "Europe", "Africa",
    "African continent", "Middle East", "Pacific", "Atlantic", "Arctic", "Sea of Japan", "East Sea",
    "East China Sea", "South China Sea", "Yellow Sea", "Taiwan Strait", "Korea Strait",
    "World War II", "World War I", "World War Two", "World War One", "World War 2", "Second World War",
    "First World War", "Cold War",
    # Names holding a country's that are no country acting: 'Unlike Northern Ireland', 'the Cuban missile crisis'.
    "Northern Ireland", "Cuban missile crisis", "Cuban Missile Crisis",
    # A market's index and a charter, whose words are those of names too ('Hang', 'Charter').
    "Hang Seng", "Olympic Charter",
    # Places named after a person: the presidents' retreat and the bases ('the first anniversary of Camp David').
    "Camp David", "Camp Humphreys", "Camp Zama",
)

# --- People ------------------------------------------------------------------

# Titles written before a name and dropped from it; they are not roles.
HONORIFICS = frozenset(
    "Mr. Mrs. Ms. Miss Dr. Prof. Gen. Lt. Col. Maj. Capt. Sgt. Cpl. Adm. Cmdr. Brig. Gov. "
    "Sen. Sens. Rep. Reps. Amb. Rev. Hon. Sir Dame Mr Mrs Ms Dr Madam Mme. "
    # and as the British press writes them, without the point: 'Gen Mark Milley'
    "Prof Gen Lt Col Maj Capt Sgt Adm Cmdr Brig "
    # ... and ranks written out with a hyphen: 'Lieutenant-Colonel Dave Eastburn'
    "Lieutenant-Colonel Lieutenant-General Major-General Brigadier-General Rear-Admiral Vice-Admiral".split()
)

# Titles that state an office: the role of a person no other role is written
# for ('Sen. Cory Gardner, a Colorado Republican' is a senator).
TITLE_ROLES = {
    "Sen.": "Senator", "Sens.": "Senator", "Rep.": "Representative", "Reps.": "Representative",
    "Gov.": "Governor", "Amb.": "Ambassador", "Prof.": "Professor", "Adm.": "Admiral",
}
# The same before a Korean name: the Korean press writes 'Rep.' for members of the National Assembly.
KOREAN_TITLE_ROLES = {"Rep.": "lawmaker", "Reps.": "lawmaker"}
# Titles the press writes for members of the U.S. Senate: the country of a name
# after one that no role or party label places ('Sen. Jim Risch').
US_SENATE_TITLES = frozenset({"Sen.", "Sens."})

# A role for several people, and the role of each: 'Foreign ministers Kang Kyung-wha and Toshimitsu Motegi'.
PLURAL_ROLE_HEADS = {
    "ministers": "minister", "secretaries": "secretary", "chiefs": "chief", "ambassadors": "ambassador",
    "envoys": "envoy", "leaders": "leader", "lawmakers": "lawmaker", "senators": "senator", "aides": "aide",
    "diplomats": "diplomat", "chairmen": "chairman", "members": "member", "negotiators": "negotiator",
}

# Nouns that make a role ('Foreign Minister', 'deputy director', 'security expert').
ROLE_HEADS = frozenset("""
president vice-president premier pm minister ministers secretary undersecretary chancellor chairman chairwoman ceo
chairperson chair chief director head adviser advisor envoy ambassador spokesman spokeswoman
spokesperson official lawmaker legislator representative senator congressman congresswoman
governor mayor general admiral commander officer leader expert analyst professor researcher
fellow diplomat negotiator counselor councillor secretariat deputy commissioner justice judge
king queen emperor prince princess attorney lawyer editor columnist economist scholar strategist speaker scientist
chairmen member members candidate nominee administrator coordinator correspondent director-general
secretary-general councilor colonel lecturer president-elect then-president anchor reporter presenter
plaintiff student activist worker specialist aide prosecutor
""".split()) | (PLURAL_ROLE_HEADS.keys() - {"chiefs"})  # 'chiefs' qualifies: 'Joint Chiefs of Staff Chairman'

# Words that qualify a role head inside a role ('first deputy chief',
# 'Chief Cabinet Secretary', 'Joint Chiefs of Staff Chairman').
ROLE_MODIFIERS = frozenset("""
deputy vice first second third senior junior chief top acting former then interim lead principal lieutenant
new incoming outgoing tourism infrastructure reconstruction fisheries agriculture welfare digital
national security foreign defense defence trade finance economy industry unification justice interior internal home
state cabinet joint chiefs staff presidential executive assistant special military intelligence
policy affairs economic commerce energy health labor labour education environment science
culture transport agriculture land gender equality public planning strategy nuclear
disarmament party opposition ruling house senate diet parliamentary press communications floor majority minority ranking
strategic international relations prime general supreme high commerce industrial
defense-policy self-defense forces navy army air force marine marines ministry department
office council committee commission agency bureau division service court assembly government
asia asia-pacific pacific europe africa americas
republican democratic conservative liberal progressive
""".split())

# Roles of those who study or report a matter rather than act in it: an expert's name says nothing of
# whom they act for ('Choi Kang, a researcher at the Asan Institute' acts for no country), nor
# a journalist's outlet ('CNN anchor John Vause').
SCHOLAR_ROLE_WORDS = frozenset("""
expert experts analyst professor researcher fellow scholar lecturer scientist economist strategist
specialist correspondent reporter anchor presenter journalist columnist
""".split())

# Nouns that place a person beside another without naming a role:
# 'his South Korean counterpart Jeong' gives a country but no role.
RELATIONAL_NOUNS = frozenset("counterpart counterparts colleague successor predecessor".split())

# Capitalised words that never start or make up a person's name.
NOT_NAME_WORDS = frozenset("""
The A An In On At Of For To And But Or Nor As By With From After Before During Since Until Under
Over About Amid Amidst Despite If When While Although Though It Its He She They We I You His Her
Their Our My Your This That These Those There Here What Who Whom Whose Which How Why Where Both All
Some Many Most Other Another Such No Not Yes Also Still Yet Even Only Just Earlier Later Meanwhile
However Separately Moreover Furthermore Asked According Last Next First Second Third Former New
Then Now Today Tonight Yesterday Tomorrow Once Again Instead Indeed Besides Because So Thus Hence
Report Anchor Photo Image Caption Source Sources Related Read More Reuters Yonhap Kyodo Xinhua
AFP AP Both Each Every Neither Either Several Few Top Visiting Meeting Talks Summit Agreement
Pact Deal Accord Treaty Statement Headlines Analysis Opinion Editorial Column News Home World
Policies Politics Business Sports GMT KST JST EST Democrat Democrats Republican Republicans
Province Prefecture County District Ward Island Islands Peninsula Studies Affairs Communication
Palace Shrine Square Plaza Station Airport Hotel Stadium Museum Building
Administration Government
Index Protocol Declaration Constitution Olympics Triennale Exhibition
Remarks Opening Closing
""".split())

# Days and months: capitalised, never part of a name.
DATE_WORDS = frozenset("""
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December
Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
Feb Apr Jul Aug Sep Sept Oct Nov Dec
""".split())  # (not 'Jan' nor 'Jun', given and family names, nor 'Mar' without its stop)
NOT_NAME_WORDS = NOT_NAME_WORDS | DATE_WORDS

# Common given names (world news): a capitalised pair that starts with one of
# these is taken for a person even without a title or a speech verb.
GIVEN_NAMES = frozenset("""
Aaron Abdul Abraham Adam Adrian Ahmed Akira Alan Albert Alex Alexander Alexei Ali Alice Alicia Amy Andrew
Angela Ann Anna Anne Anthony Antonio Ashton Barack Ben Benjamin Bernie Beto Bill Bob Boris Brad
Brian Bruce Carl Carlos Catherine Charles Chris Christine Christopher Chuck Colin Condoleezza
Daniel Dan David Dennis Derek Dmitry Donald Douglas Ed Edward Elizabeth Emily Emmanuel Eric
Frank Fumio Gary George Gina Greg Gregory Hans Harry Heiko Helen Henry Hillary Hiroshi Hiroshige
Hirofumi Ichiro Ivan Jack Jacob Jake James Jane Janet Jason Jean Jeff Jeffrey Jennifer Jens Jeremy
Jim Joe John Jonathan Jose Joseph Josh Juan Julia Julie Junichiro Justin Karen Kate Katsuya Kazuo
Keiji Ken Kenji Kevin Koji Kurt Larry Laura Linda Lisa Lloyd Lyndon Mao Marco Maria Mark Martin
Mary Matthew Max Michael Michelle Mike Mitch Mohammed Muhammad Nancy Naoto Narendra Nicholas
Nick Nicolas Nikki Olaf Oliver Patrick Paul Peter Philip Rex Richard Rick Rob Robert Roger Ron
Ryan Sam Samuel Sarah Scott Sergei Sergey Shigeru Shinjiro Shinzo Stephen Steve Steven Susan
Takeshi Taro Ted Theresa Thomas Tim Timothy Todd Tom Tony Toshihiro Toshimitsu Victor Vladimir Walter Sue
Wang William Xi Yasuhiro Yasutoshi Yoichi Yoshihide Yoshimasa Yukio Yuriko
Abigail Alison Allison Amanda Andrea Andy Angus Ashley Barbara Barry Beth Betty Blake Bradley Brandon Brenda
Bret Brett Bryan Calvin Cameron Carol Caroline Carolyn Cheryl Cindy Claire Claudia Clifford Clint Cody
Connor Courtney Craig Curtis Dana Danielle Darren Dave Deborah Debra Denise Diana Diane Dick Dominic Donna
Doug Duncan Dylan Eddie Edwin Eileen Elaine Eleanor Elijah Ellen Emma Erik Erin Ethan Eugene Evan Evelyn
Felix Fiona Francis Frederick Gabriel Gavin Geoffrey Gerald Glenn Gloria Gordon Graham Harold Harvey
Heather Heidi Howard Hugh Ian Irene Isaac Jacqueline Jamie Jared Jeanne Jerome Jerry Jesse Jessica Jill
Joan Joel Johnny Jon Judith Judy Julian Karl Kathleen Kathryn Kathy Katie Keith Kelly Kenneth Kirk Kristen
Kyle Lance Laurence Lawrence Leah Leon Leonard Leslie Liam Lindsey Louis Lucas Luke Malcolm Marc Marcus
Margaret Marie Marilyn Martha Marvin Matt Maureen Megan Melissa Meredith Molly Monica Nathan Neil Nina
Noah Norman Owen Pamela Patricia Paula Peggy Phil Phillip Rachel Ralph Randall Randy Raymond Rebecca
Robin Rodney Ronald Ross Roy Russell Ruth Sally Samantha Sandra Sara Sean Seth Shannon Sharon Shawn Sheila
Simon Sophie Stuart Sylvia Teresa Terry Tina Travis Trevor Troy Tyler Valerie Vanessa Vincent Wayne Wendy
Wesley Wilbur Zachary
""".split())

# Given names that are Japanese and hardly anything else: a person so named
# acts for Japan unless the text says otherwise.
JAPANESE_GIVEN_NAMES = frozenset("""
Akihiro Akira Chikara Daisuke Fumio Haruki Hideki Hirofumi Hiroshi Hiroshige Hiroyuki Ichiro
Itsunori Junichiro Katsunobu Katsuya Kazuhiro Kazuo Keiji Kenji Kenta Kiyoshi Koichi Koji Masahiro
Masato Masayoshi Minoru Naoki Naoto Nobuo Noboru Osamu Satoshi Seiji Seiko Shigeru Shinjiro
Shinzo Shunichi Tadashi Takashi Takeshi Takuya Taro Tetsuya Tomomi Toshihiro Toshimitsu
Yasuhiro Yasutoshi Yoichi Yoko Yoshihide Yoshimasa Yoshiko Yoshitaka Yukio Yuriko Yutaka
Jun Hiroki Kenichi Kotaro Tsukasa Isshu Kazuyoshi Hirokazu Masaki Takahiro Kenichiro Yuichi Ryo Natsuo Akihiko
Hiroto Kiyoto Yukiko Mizuho Sanae Seiichi Shinsuke Tomoaki Yasuo Koichiro Shigeo Masahisa
Shotaro Kentaro Ryota Kazunori Kazuya Kaoru Makoto Mamoru Masaru Mitsuru Nobuyuki Norio Ryuichi Shoichi
Susumu Takao Takumi Tatsuya Teruo Tomohiko Toshio Tsuyoshi Yoshiaki Yoshihiko Yoshinori Yusuke Kunihiko
Akiko Emiko Kyoko Michiko Naoko Noriko Sachiko Tomoko Yuko Junko Keiko Mariko
Yohei Fukushiro Shigeki Yasumasa Kazuyuki Yasuhide Yuichiro Kiyomi Motohiko Keiichi Hideo Haruhiko Hitoshi
Masaaki Toru Tetsuro Hiroaki Eiji Kosuke Yoshio Tatsuo Kenta Genki
Yasukazu Nobuteru Fumitake Kiyohiko Toshiaki Masatoshi Daishiro Kozo Masahiko Takuma Noriyuki Tsuneo
Yuji Yosuke Kazuki Shinji Daiki Tomohiro Naoya Yoshihiro Kohei Shota Shunsuke Keisuke Akio Kaori Yumiko Hiroko
Hideyuki Yasunori Hisashi Atsushi Hiromichi Takayuki Mitsuo Takeo Tetsuo Kotaro Akinori Kiyotaka
""".split())

# Of the given names above not Japanese, those borne by women, and those borne by men and women alike; the
# rest are men's. A person's sex tells whom 'she' or 'he' stands for where the text says nothing of it.
FEMALE_GIVEN_NAMES = frozenset("""
Alice Alicia Amy Angela Ann Anna Anne Catherine Christine Condoleezza Elizabeth Emily Gina Helen Hillary Jane
Janet Jennifer Julia Julie Karen Kate Laura Linda Lisa Maria Mary Michelle Nancy Nikki Sarah Susan Theresa
Abigail Alison Allison Amanda Barbara Beth Betty Brenda Carol Caroline Carolyn Cheryl Cindy Claire Claudia
Danielle Deborah Debra Denise Diana Diane Donna Eileen Elaine Eleanor Ellen Emma Erin Evelyn Fiona Gloria
Heather Heidi Irene Jacqueline Jeanne Jessica Jill Joan Judith Judy Kathleen Kathryn Kathy Katie Kristen Leah
Margaret Marie Marilyn Martha Maureen Megan Melissa Meredith Molly Monica Nina Pamela Patricia Paula Peggy
Rachel Rebecca Ruth Sally Samantha Sandra Sara Sharon Sheila Sophie Sylvia Teresa Tina Valerie Vanessa Wendy
""".split())
UNISEX_GIVEN_NAMES = frozenset("""
Alex Andrea Ashley Blake Cameron Chris Courtney Dana Dylan Jamie Jean Jesse Kelly Leslie Lindsey Max Robin
Sam Shannon Terry
""".split())
MALE_GIVEN_NAMES = GIVEN_NAMES - JAPANESE_GIVEN_NAMES - FEMALE_GIVEN_NAMES - UNISEX_GIVEN_NAMES

GIVEN_NAMES = GIVEN_NAMES | JAPANESE_GIVEN_NAMES

# Words before 'by' in a credit line: 'Reporting by ...; Editing by ...'.
CREDIT_WORDS = frozenset("reporting editing writing photo photos graphic graphics produced compiled".split())

# Parenthetical party and state after a US legislator: '(D-N.Y.)', '(Democrat-New York)'.
US_PARTY_LABELS = ("D", "R", "I", "Democrat", "Republican", "Independent", "Dem", "GOP")
# What a party is called before its name, inside a member's phrase: 'of the main opposition Liberty Korea Party'.
PARTY_ADJECTIVES = frozenset("ruling main minor governing conservative liberal progressive centrist rival".split())
# The states of the US, whose legislators the press names by them: 'Rep. Ami Bera, a California Democrat', 'Ted Yoho of
# Florida' (not Georgia, a country too).
US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)

# --- Korean names -------------------------------------------------------------

# Korean family names as romanised in English news (several spellings each).
# The first group is not also a common Chinese family name, so a name built on
# it is taken to be Korean even with a one-syllable given name ('Cho Kuk').
KOREAN_ONLY_FAMILY_NAMES = frozenset("""
Kim Lee Rhee Yi Park Pak Bak Choi Choe Jung Jeong Chung Cheong Joung Kang Gang Cho Jo Yoon Yun
Jang Chang Lim Im Shin Sin Kwon Gwon Hwang Ahn An Hong Jeon Chun Jun Ko Go Moon Mun Son Sohn Bae
Baek Paek Heo Huh Hur Nam Noh Roh Ryu Yoo Kwak Gwak Sung Seong Cha Joo Ju Woo Koo Ku Min Chae Won
Byun Byeon Yeom Yeo Choo Chu Seok Suk Seol Gil Pyo Myung Maeng Tak Eom Um Bang Gong Hyun Ham
Cheon Ban Oh Seo Suh Yang Kye Ki Nah Na Do Ryoo Sim Shim Ri Rim
""".split())
# ... of which those spelt as only the North spells them.
NORTH_KOREAN_FAMILY_NAMES = frozenset({"Ri"})
SHARED_FAMILY_NAMES = frozenset("Han Song Ma Jin Sun Wang Yu Ha Ji Mo Hu".split())

# Syllables of romanised Korean given names. Three parts: an initial
# consonant, a vowel (with glide) and a final consonant, in the spellings of the
# Revised, McCune-Reischauer and customary romanisations, and the spellings
# people choose ('maan' of Park Yong-maan, 'hyuck' of Lee Soo-hyuck).
KOREAN_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|sh|wh|k|g|n|d|t|r|l|m|b|p|s|j|h|y|w)?"
    r"(?:(?:yeo|yae|yoo|you|wae|weo|eui|aa|ae|eo|eu|ei|oe|ui|oo|ou|ee|ie|wa|wo|we|wi|ya|ye|yo|yu|a|e|i|o|u)"
    r"(?:ng|ck|n|m|k|l|p|t|hn)?"
    # ... 'b' for 'p' after the vowels names spell so ('-yub' of Kim Dong-yub, '-seob', '-gab'; not 'Deb', 'Gib'),
    # and 'g' for 'k' ('-seug' of Park Byeong-seug, '-seog')
    r"|(?:yeo|yu|eo|u|a)b|(?:eu|eo)g)"
)

# Spelling variants folded away when two romanisations of one Korean name are
# compared ('Jeong Kyeong-doo' = 'Chung Kyung-du' = 'Jung Kyung-doo').
KOREAN_SPELLING_FOLDS = (
    ("ck", "k"), ("eo", "u"), ("oo", "u"), ("ou", "u"), ("ee", "i"), ("wh", "hw"), ("sh", "s"), ("ch", "j"),
    ("g", "k"), ("d", "t"), ("b", "p"), ("r", "l"),
)

# --- Organisations ------------------------------------------------------------

# The heads of firms' names: one firm's each ('Lotte and Fast Retailing' are two).
COMPANY_HEADS = frozenset("""
Corporation Company Corp. Corp Co. Co Inc. Inc Ltd. Ltd Group Airlines Electronics Motors Industries Holdings
Securities Investment Investments Breweries Brewery Retailing Shopping Display Chemical Chemicals Semiconductor
Telecom Insurance Airways Shipbuilding Logistics Foods Cosmetics Tour Tours
""".split())

# The last word of an organisation's name ('National Security Council',
# 'Kyodo News', 'Self-Defense Forces'); or its first, before 'of'/'on'
# ('Ministry of Economy, Trade and Industry', 'Committee on Foreign Affairs'); a firm's heads among them.
ORG_HEADS = frozenset("""
Ministry Department Council Agency Court Commission Committee Assembly Office Party Congress
Parliament Forces Force Staff Organization Organisation Bank Fund University Institute
Association Union Confederation Chamber Times Post Herald News Shimbun Ilbo
Press Service Cabinet Embassy Command Army Navy Nations Foundation Federation Alliance Bureau
Secretariat Board Authority Diet Senate House Guard Police Prosecutors
Network Broadcasting Daily Journal Tribune Telegraph Guardian Chronicle Gazette Review Channel
Television Radio Nikkei Institution Center Centre Academy Society Forum Endowment
""".split()) | COMPANY_HEADS

# Heads that name a body only with a complement ('Center for Strategic and
# International Studies'); alone they mostly name a place ('Press Center').
COMPLEMENT_ONLY_HEADS = frozenset({"Center", "Centre"})

# States whose departments are not called ministries: a bare ministry is never theirs.
NO_MINISTRIES = frozenset({"United States"})

# Institutions every country has: named after the country when it is given
# ('Japanese Cabinet', 'U.S. Congress'), so two countries' cabinets stay apart.
GENERIC_INSTITUTIONS = frozenset({
    "cabinet", "congress", "parliament", "embassy", "navy", "army", "air force", "diet", "senate",
    "supreme court", "defense ministry", "defence ministry", "foreign ministry", "trade ministry", "industry ministry",
    "finance ministry", "unification ministry", "justice ministry", "economy ministry", "ministry of defense",
    "ministry of foreign affairs", "coast guard", "national assembly", "consulate", "prosecutors",
    "joint chiefs of staff", "foreign affairs ministry", "defense department", "democratic party",
})

# Words that open a sentence with a phrase before its subject
# ('At a press conference in Ottawa, Pompeo said'; 'Asked about it, Milley said').
INTRODUCTORY_WORDS = frozenset("""
In At On After Before During Following Despite Amid Prior Asked Announcing Speaking Under With
Without Since As Earlier Later Meanwhile Separately Also However For From Through Like Unlike
Given Asked Responding Addressing Referring Upon Ahead Beyond Besides Still Yet Last Next Over
""".split())

# A country's word before these means the country itself acts
# ('the Japanese government said' -> Japan).
GOVERNMENT_NOUNS = frozenset("government administration authorities side".split())

# --- Speech ------------------------------------------------------------------

# Who asks or runs a transcript's exchange, in its labels ('REPORTER:', 'Q:', 'STAFF:'): no speaker
# of news, and no place.
TRANSCRIPT_HOSTS = frozenset({"Q", "QUESTION", "REPORTER", "STAFF", "MODERATOR", "INTERVIEWER", "OPERATOR", "HOST"})

# Terms of the trade written in quote marks: never anyone's words, whoever is said to use them
# ('Kim said Japan removed South Korea from its "white list" of trusted partners').
QUOTED_TERMS = frozenset({
    "white list", "whitelist", "white-list", "white country", "white countries",
    # The euphemism is always set in quote marks.
    "comfort women", "comfort woman", "comfort stations", "comfort station",
})

# Verbs that introduce or attribute words, in the forms news English uses.
# Base and '-s' forms that are also common nouns ('talks', 'calls', 'states',
# 'remarks') are left out; their past and '-ing' forms are verbs only.
SPEECH_VERBS = frozenset("""
say says said saying tell tells told telling add adds added adding stress stresses stressed stressing
insist insists insisted insisting warn warns warned warning argue argues argued arguing ask asks
asked asking reply replies replied replying respond responds responded responding announce announces
announced announcing declare declares declared declaring emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising urge urges urged urging express expresses expressed
expressing reiterate reiterates reiterated reiterating reaffirm reaffirms reaffirmed reaffirming
agree agrees agreed agreeing explain explains explained explaining acknowledge acknowledges
acknowledged acknowledging admit admits admitted admitting confirm confirms confirmed confirming
suggest suggests suggested suggesting predict predicts predicted predicting mention mentions
mentioned mentioning blame blames blamed blaming accuse accuses accused accusing criticize
criticizes criticized criticizing criticise criticises criticised criticising denounce denounces
denounced denouncing complain complains complained complaining assert asserts asserted asserting
maintain maintains maintained maintaining describe describes described describing write writes
wrote writing hail hails hailed hailing advise advises advised advising inform informs informed informing
noted noting stated stating claimed claiming cited citing committed committing promised promising
pledged pledging vowed vowing tweeted tweeting called calling commented commenting remarked
remarking demanded demanding welcomed welcoming labeled labelled labeling labelling dubbed
termed branded pointed pointing recalled recalling answered answering talked talking quoted
reported reporting slammed slamming blasted blasting lambasted lambasting decried decrying voiced voicing
countered countering retorted retorting
defended defending threatened threatening dismissed dismissing condemned condemning praised praising
protested protesting calls dubs labels brands
""".split())

# Speech verbs by which a news outlet passes on someone else's words
# ('..., Kyodo reported'): the words' speaker is named elsewhere if at all.
RELAY_VERBS = frozenset("reported reports reporting".split())

# Words that stand for the last speaker: 'he said', 'it added'.
PERSON_PRONOUNS = frozenset("he she He She".split())
BODY_PRONOUNS = frozenset("it It they They".split())

# Subordinating words that open a new clause inside a sentence.
CLAUSE_OPENERS = frozenset("while whereas but although though and as because after before when".split())

# Verbs after which 'NAME as ROLE' gives the role ('appointed Cho as justice minister').
APPOINT_VERBS = frozenset(
    "appointed appoints appoint appointing named names naming nominated nominates nominating tapped tapping picked "
    "chose chosen installed elected confirmed".split()
)

# Verbs of a relative clause that gives a role ('Milley, who became the chairman of ...').
ROLE_LINK_VERBS = frozenset("is was became becomes serves served has had been also now".split())

# Lower-case nouns that end a body's name inside a role
# ('deputy director of South Korea's national security office').
BODY_NOUNS = frozenset(
    "office department council committee ministry agency bureau staff forces division commission "
    "party assembly court team unit command service board secretariat".split()
)
