package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
)

// TestGeneralRules pins each rule for news that no list knows: the
// kinds of sentence that every outlet writes, each in more than one
// wording, with names invented for the test. Switching a rule off makes
// its cases fail.
func TestGeneralRules(t *testing.T) {
	// ukStory gives the article a home state: it names British parties
	// and MPs, as a UK politics story does.
	const ukStory = "Labour and the Tories clashed in the Commons as MPs voted. "
	tests := []struct {
		rule, text string
		want, not  []string
		entities   []string // "id Type" that must be found; "!id" that must not
	}{
		// nameAfterClass
		{"class noun before a name", "Dave Pellow, the leader of the union Tradewell, spoke.",
			[]string{"dave-pellow affiliated_with tradewell"}, nil, []string{"tradewell Organization"}},
		{"class noun before a name", "Sarah Quist, a spokeswoman for the campaign group Openright, said the plan was wrong.",
			[]string{"sarah-quist affiliated_with openright"}, nil, []string{"openright Organization"}},
		{"class noun and a name set off by commas", "The unit, Maxtrel, was sold to pay off a tax bill.",
			nil, nil, []string{"maxtrel Organization"}},
		{"class noun and a name set off by commas", "Wal-Mart sold its main production arm, Brelcom, to a rival.",
			nil, nil, []string{"brelcom Organization"}},
		{"a name set off by an apposition that ends in a class noun", "Menatep, Yukos main shareholders' group, has threatened legal action. Zentix, a British oil firm, said it was wrong.",
			nil, nil, []string{"menatep Organization", "zentix Organization"}},
		{"an apposition that is no class noun's", "Creditors of Parmalat, the main operating company, met other creditors. Worryingly, said the firm, phishing gangs were using increasingly sophisticated techniques.",
			nil, nil, []string{"!creditors-of-parmalat", "!worryingly"}},
		{"an apposition that is no class noun's", "Neill, editor of union-backed Hazards magazine, said so. Hospices, the Children With Leukaemia charity, and the Trust gave. According to Il Sole 24 Ore, Italy's business newspaper, it fell.",
			nil, nil, []string{"!neill", "!hospices", "!ore"}},
		{"a firm's legal ending and a vice-chairman", "Anil Ambrani, vice-chairman of Indo Petrochemicals Limited (IPCL), stayed away. Tom Reed, deputy chairman of Zentix Holdings, came. Quill Brothers Limited said profits rose.",
			[]string{"anil-ambrani affiliated_with indo-petrochemicals-limited", "tom-reed affiliated_with zentix-holdings"}, nil, []string{"indo-petrochemicals-limited Organization", "quill-brothers-limited Organization"}},
		{"a role to come is a role", "Carlos Ghosen is to become chairman and chief executive of Renault. Tom Reed, who became chief executive of Zentix Holdings, spoke. Jane Orme is set to be named director of the Quill Foundation. Ed Bale will become head of the Bale Trust.",
			[]string{"carlos-ghosen affiliated_with renault", "tom-reed affiliated_with zentix-holdings", "jane-orme affiliated_with quill-foundation", "ed-bale affiliated_with bale-trust"}, nil, nil},
		{"a role wished or of an unnamed body is none", ukStory + "Labour wants Carlos Ghosen to become head of the Bank of England. Ed Bale said Russia must act. His comments come three days before he is due to meet President Vladimir Putin. Lord Jenner, who is a member of Britain's Jewish community, spoke. Peter Quill, who is also the vice-president of the Catholics' national body, spoke.",
			nil, []string{"carlos-ghosen affiliated_with bank-of-england", "ed-bale affiliated_with russia", "ed-bale affiliated_with united-kingdom", "lord-jenner affiliated_with united-kingdom", "peter-quill affiliated_with united-kingdom"}, nil},
		{"talks begun, held or under way are a meeting", "Trouble-hit Mitsubishi Motors is in talks with French carmaker PSA Peugeot Citroen. Club director Terry Brody held initial talks with Gordon Strahan on Saturday. The BBC also began talks with the London Stock Exchange.",
			[]string{"mitsubishi-motors met psa-peugeot-citroen", "terry-brody met gordon-strahan", "bbc met london-stock-exchange"}, nil, nil},
		{"talks begun, held or under way are a meeting", "Edward Heath spoke. Within hours of his final talks with Jeremy Thorpe, he resigned. Tony Blair will hold talks with Jacques Chirac.",
			[]string{"edward-heath met jeremy-thorpe"}, []string{"tony-blair met jacques-chirac"}, nil},
		{"a subject no list knows before a relative clause with a list", "In the meantime, Zentrex, which combines the Paris, Amsterdam and Lisbon stock exchanges, also began talks with the London Stock Exchange.",
			nil, []string{"france met london-stock-exchange", "netherlands met london-stock-exchange"}, nil},
		{"an investigation begun or led is its maker's", "The FBI began an investigation into Enron. Sir Alan Budge, who led an inquiry into Zentix Holdings, spoke.",
			[]string{"federal-bureau-of-investigation investigates enron", "alan-budge investigates zentix-holdings"}, nil, nil},
		{"who co-operates with an investigation is investigated", "Shell has said it is co-operating fully with the SEC investigation. Wal-Mart co-operated with the SEC investigation into Enron.",
			[]string{"securities-and-exchange-commission investigates shell"}, []string{"securities-and-exchange-commission investigates wal-mart"}, nil},
		{"a desk named in capitals at a body", "\"Access is restricted,\" said Pete Buckham, head of Distribution and Exhibition at the UK Film Council.",
			[]string{"pete-buckham affiliated_with uk-film-council"}, nil, []string{"!distribution", "!distribution-and-exhibition"}},
		{"a role of a firm based somewhere", "According to Robert Walsh, head of Brisbane-based game developer Krome Studios, games will cost more.",
			[]string{"robert-walsh affiliated_with krome-studios"}, nil, nil},
		{"class noun and a person set off by commas", "The company, Peter Quill, said.",
			nil, nil, []string{"peter-quill Person", "!peter-quill Organization"}},
		{"class noun before a name", "The advertising agency Brightmoor denied the claims.",
			nil, nil, []string{"brightmoor Organization"}},
		{"a department named after its class noun", "A senior Tory MP has criticised the environment department Felra's approach to flooding.",
			[]string{"conservative-party criticized felra"}, nil, []string{"felra Organization"}},
		{"an object named after its class noun", "Campaigners attacked drinks firm Quenchco over its adverts. Ed Marsh accused the lobby group Fairplan of lying.",
			[]string{"ed-marsh accused fairplan"}, nil, nil},
		{"an object named after its class noun", "The Tories criticised mobile operator Zentix. Britain struck a deal with drugs company Pharmex.",
			[]string{"conservative-party criticized zentix"}, []string{"united-kingdom attacked pharmex"}, nil},
		{"a department named after its class noun", "The finance ministry Trezor said the local authority Garbo had overspent.",
			nil, nil, []string{"trezor Organization", "!garbo"}},
		{"a state's government after a preposition is the state", "Shares fell as a result of the Russian government's action.",
			nil, nil, []string{"russia Country", "!russian-government"}},
		{"a state's government after a preposition is the state", "Yukos has sued the Russian government, and appealed to the Kenyan government.",
			[]string{"yukos accused russia"}, nil, []string{"kenya Country", "!kenyan-government"}},
		{"a time is no body's name", "Many firms were sold cheaply to friends of the previous administration.",
			nil, nil, []string{"!previous-administration"}},
		{"a time is no body's name", "The plan came from the former commission, not from the Kyiv city military administration.",
			nil, nil, []string{"!former-commission", "kyiv-city-military-administration Organization"}},
		{"a surname spelled twice is one person", "Ian MacDonald resigned. Later Ian McDonald said the law was wrong.",
			nil, nil, []string{"ian-macdonald Person", "!ian-mcdonald"}},
		{"a surname spelled twice is one person", "Jane Macintosh spoke. Then Jane McIntosh left.",
			nil, nil, []string{"jane-macintosh Person", "!jane-mcintosh"}},
		{"a peer is the person of that surname", "Lord Quillby has criticised the plan. Robert Quillby, a former civil service chief, spoke in London. Lord Quillby added more.",
			nil, nil, []string{"robert-quillby Person", "!lord-quillby"}},
		{"a peer is the person of that surname", "Baroness Ashdale spoke. Jane Ashdale, a Labour peer, said the bill was flawed.",
			nil, nil, []string{"jane-ashdale Person", "!baroness-ashdale"}},
		{"a peer is no person of another gender or two", "Lady Thatchley spoke. Her son Mark Thatchley was arrested. Lord Bream met Tom Bream and Jack Bream.",
			nil, nil, []string{"lady-thatchley Person", "mark-thatchley Person", "lord-bream Person"}},
		{"a given name shortened or spelled again is one person", "Thriller writer Frederick Forsby spoke. I agree with Freddie Forsby. Frederic Forsbye said more. Forsby says it is wrong.",
			nil, nil, []string{"frederick-forsby Person", "!freddie-forsby", "!frederic-forsbye", "!forsby-t"}},
		{"a title of three words before a courtesy title", ukStory + "John Prestley spoke. On Tuesday, Deputy Prime Minister Mr Prestley told BBC News it was wrong.",
			nil, nil, []string{"john-prestley Person", "!mr-prestley"}},
		{"a courtesy title holds no office", "The Court of Session sat. Judge Lord Callen, sitting with Lord Osby, ruled that the claims should be heard.",
			[]string{"lord-callen affiliated_with court-of-session"}, nil, nil},
		{"an honorific of office is the title", "The US Court of Appeal upheld its decision. \"We hold that it is not enough,\" Chief Judge Mary Schrader wrote in her opinion.",
			[]string{"mary-schrader affiliated_with court-of-appeal"}, nil, nil},
		{"a surname spelled with a final e is one person", "Thriller writer Frederick Forsby spoke. I say so what to Mr Forsbye. Gordon Quillan, Tom Quillan and David Quillane spoke. Mr Quillan accused Labour of lying.",
			nil, []string{"david-quillane accused labour-party"}, []string{"frederick-forsby Person", "!forsbye-t", "david-quillane Person", "gordon-quillan Person", "!quillane-t"}},
		{"a given name transliterated again is one person", "Viktor Marov, a former KGB officer, spoke. \"We are owed,\" said Victor Marov. Mr Marov joined the KGB in 1979.",
			[]string{"viktor-marov affiliated_with kgb"}, nil, []string{"viktor-marov Person", "!victor-marov", "!marov-t"}},
		{"a given name transliterated again is one person", "Aleksei Dorin spoke in Minsk. Alexei Dorin left. Dmitry Volk met Dmitri Volk.",
			nil, nil, []string{"aleksei-dorin Person", "!alexei-dorin", "dmitry-volk Person", "!dmitri-volk"}},
		{"other given names of one surname are other people", "Anil Ambrani and Mukesh Ambrani met. Peter Quill and Petra Quill met.",
			[]string{"anil-ambrani met mukesh-ambrani", "peter-quill met petra-quill"}, nil, nil},
		{"other given names are other people", "Jane Macintosh spoke. Then Ian McIntosh left.",
			nil, nil, []string{"jane-macintosh Person", "ian-mcintosh Person"}},
		{"a possessive inside a name", "He appears on the business programme Dragon's Den. Dragon's Den is popular.",
			nil, nil, []string{"dragons-den Organization", "!dragon"}},
		{"a possessive inside a name", "The retail chain Marlow's Express grew fast.",
			nil, nil, []string{"marlows-express Organization", "!marlow"}},
		// nameBeforeRole
		{"name before a role and a person", "Halcrow chief executive Mary Denton said profits fell.",
			[]string{"mary-denton affiliated_with halcrow"}, nil, []string{"halcrow Organization"}},
		{"name before a role and a person", "Later, Nightline presenter Tom Askew asked the question.",
			[]string{"tom-askew affiliated_with nightline"}, nil, nil},
		{"name before a possessive role", "Trevor Pike, Brightmoor's boss, laughed it off.",
			[]string{"trevor-pike affiliated_with brightmoor"}, nil, []string{"brightmoor Organization"}},
		// acronymName
		{"unknown initials", "A spokesman for the QRXT said the vote was fair.",
			nil, nil, []string{"qrxt Organization"}},
		{"unknown initials", "Peter Lodge, a director of KLMV, resigned.",
			[]string{"peter-lodge affiliated_with klmv"}, nil, []string{"klmv Organization"}},
		{"capitals that are no initials", "The MP told the BBC the GDP figures were poor.",
			nil, nil, []string{"!gdp", "!mp"}},
		{"initials before the name they spell", "A spokesman for the QRET said the vote was fair. The Quarry Rights Exchange Trust was set up in 1990.",
			nil, nil, []string{"quarry-rights-exchange-trust Organization", "!qret"}},
		{"initials before the name they spell", "Jane Orme, a director of KLMC, spoke. KLMC denied it. Later the Kent League of Mining Council and the Kent Lawn Management Council met.",
			[]string{"jane-orme affiliated_with klmc"}, nil, []string{"klmc Organization"}},
		{"capitals that name no body", "A test for TB would mean X-rays for TB (except for children). Those with MS and BSE were checked.",
			nil, nil, []string{"!tb", "!ms", "!bse"}},
		// names joined by "&"
		{"a known name written with &", "The Securities & Exchange Commission accused Wal-Mart of fraud.",
			[]string{"securities-and-exchange-commission accused wal-mart"}, nil, []string{"!exchange-commission"}},
		{"names joined by & are a firm", "Marsh & McLennan said it would pay. Procter & Gamble sold Cable & Wireless.",
			nil, nil, []string{"marsh-mclennan Organization", "procter-gamble Organization", "cable-wireless Organization"}},
		{"people and states joined by & are two", "Richard & Judy was shown. Serbia & Montenegro lost. R&D rose.",
			nil, nil, []string{"!richard-judy", "serbia Country", "montenegro Country", "!r-d"}},
		// datedEvents: an incident named by its date
		{"an incident named by its date", "Since the 11 September attacks, the law changed. The September 11 attacks and the 9/11 attacks are one. The 7 July bombings killed 52.",
			nil, nil, []string{"september-11-attacks Event", "july-7-bombings Event", "!9-11-attacks"}},
		// compoundOf: a name in a compound that qualifies a noun
		{"a place in a compound is named", "Group Menatep, the Gibraltar-based holding company, says this was illegal.",
			nil, nil, []string{"gibraltar Place"}},
		{"a place in a compound is named", "UK-based lawyers and Kremlin-backed militias fought near a London-registered ship.",
			nil, nil, []string{"united-kingdom Country", "kremlin Organization", "london Place"}},
		{"a stance or a comparison names no one", "Pro-Kremlin bloggers praised the VCR-style device.",
			nil, nil, []string{"!kremlin"}},
		{"the rest of a name is no compound", "Hyundai chairman Chung Mong-koo and President Kim Dae-jung met.",
			nil, nil, []string{"!chung-mong", "!kim-dae"}},
		// nameAfterInquiry
		{"a name after an inquiry into", "The Financial Services Authority launched an inquiry into Brelcom.",
			[]string{"financial-services-authority investigates brelcom"}, nil, []string{"brelcom Organization"}},
		{"a name after an inquiry into", "Regulators opened a probe into Maxtrel last year.",
			nil, nil, []string{"maxtrel Organization"}},
		{"a known name after an inquiry into", "The watchdog launched an inquiry into Iraq.",
			nil, nil, []string{"iraq Country", "!iraq Organization"}},
		// placeAfterIn
		{"a name after in", "The rally was held in Wexbury on Monday.", nil, nil, []string{"wexbury Place"}},
		{"a name after near", "Police found the car near Thornleigh.", nil, nil, []string{"thornleigh Place"}},
		// party adjectives (gazetteer)
		{"party adjective", "Tory leader Michael Howard spoke.", []string{"michael-howard affiliated_with conservative-party"}, nil, nil},
		{"party adjective", "Lib Dem spokesman John Marple spoke.", []string{"john-marple affiliated_with liberal-democrats"}, nil, nil},
		// officeRules and decideHome
		{"office of state", ukStory + "Home Secretary Charles Clarke defended the bill.",
			[]string{"charles-clarke affiliated_with united-kingdom"}, nil, nil},
		{"office of state", ukStory + "The Chancellor, Gordon Brown, spoke. Attorney General Lord Goldsmith agreed.",
			[]string{"lord-goldsmith affiliated_with united-kingdom"}, nil, nil},
		{"office of another state", ukStory + "Kenyan President William Ruto met them.",
			nil, []string{"william-ruto affiliated_with united-kingdom"}, nil},
		{"a company's president", ukStory + "Its company president Lee Fordham spoke.",
			nil, []string{"lee-fordham affiliated_with united-kingdom"}, nil},
		// roleReferences: the government
		{"the government is the home state", ukStory + "Michael Howard accused the government of lying.",
			[]string{"michael-howard accused united-kingdom"}, nil, nil},
		{"ministers are the home state", ukStory + "John Marple criticised ministers over the delay.",
			[]string{"john-marple criticized united-kingdom"}, nil, nil},
		{"the administration is the home state", "President George Bush spoke in Washington on Monday as the US Senate voted. John Marple criticised the administration over the delay.",
			[]string{"john-marple criticized united-states"}, nil, nil},
		{"the army is the one the article names", "Sudan's army accused the RSF of shelling Omdurman. \"The militia is committing crimes,\" army spokesman Brigadier General Nabil Quill said.",
			[]string{"nabil-quill affiliated_with sudanese-military"}, nil, nil},
		{"the army of the home state", ukStory + "Carla Quill said it was not enough for the army to investigate behind closed doors.",
			nil, nil, []string{"british-army Organization"}},
		{"the army of two named is neither", "Russian troops and Ukrainian forces fought near Kherson, said army spokesman Oleg Quill.",
			nil, []string{"oleg-quill affiliated_with russian-military", "oleg-quill affiliated_with ukrainian-military"}, nil},
		{"the authorities are the home state", ukStory + "John Marple criticised the authorities over the delay.",
			[]string{"john-marple criticized united-kingdom"}, nil, nil},
		{"no home state, no government", "Michael Howard accused the government of lying.",
			nil, []string{"michael-howard accused united-kingdom"}, nil},
		{"prosecutors are the home state's", ukStory + "Prosecutors charged Jane Orme with fraud.",
			[]string{"uk-prosecutors accused jane-orme"}, nil, nil},
		{"prosecutors are the home state's", ukStory + "Jane Orme was the prosecution's star witness against Peter Quill.",
			nil, nil, []string{"uk-prosecutors Organization"}},
		{"no home state, no prosecutors", "Prosecutors charged Jane Orme with fraud.",
			nil, []string{"uk-prosecutors accused jane-orme"}, []string{"!uk-prosecutors"}},
		// registerRoles and roleReferences: role register
		{"a role named before resolves later", ukStory + "Tory co-chairman Liam Fox spoke on Monday. The Tory co-chairman attacked Labour's pledges.",
			[]string{"liam-fox criticized labour-party"}, nil, nil},
		{"a role in apposition resolves later", ukStory + "Jane Orme, the Labour deputy leader, spoke. Later the deputy leader condemned the Tories.",
			[]string{"jane-orme criticized conservative-party"}, nil, nil},
		{"an office resolves through the gazetteer", ukStory + "Tony Blair spoke. The prime minister criticised the Tories.",
			[]string{"tony-blair criticized conservative-party", "tony-blair affiliated_with united-kingdom"}, nil, nil},
		{"a role two people hold resolves to neither", ukStory + "Tory spokesman John Marple and Labour spokesman Peter Lodge spoke. The spokesman condemned the Tories.",
			nil, []string{"peter-lodge criticized conservative-party", "john-marple criticized conservative-party"}, nil},
		// criticism cues in reported speech
		{"evaluative words in a report", "Nicola Sturgeon said the Tories were an irrelevant party.",
			[]string{"nicola-sturgeon criticized conservative-party"}, nil, nil},
		{"evaluative words in a report", "Charles Kennedy said Labour's plans were a shambles.",
			[]string{"charles-kennedy criticized labour-party"}, nil, nil},
		{"negated evaluation", "Charles Kennedy said Labour's plans were not a shambles.",
			nil, []string{"charles-kennedy criticized labour-party"}, nil},
		{"an evaluative word that qualifies a noun in passing", "John Reid warned that Labour members would not forgive anybody fuelling damaging speculation.",
			nil, []string{"john-reid criticized labour-party"}, nil},
		{"an evaluative word that qualifies a noun in passing", "Michael Howard said Lord Butler had given the most damaging testimony he could remember.",
			nil, []string{"michael-howard criticized lord-butler"}, nil},
		{"an evaluative word said of something", "Jane Orme said Labour's plans were a damaging blow to pensioners. Tom Reed said Tony Blair was recycling it in his desperate bid for votes.",
			[]string{"jane-orme criticized labour-party", "tom-reed criticized tony-blair"}, nil, nil},
		{"an evaluative word said of something", "Alex Salmond said Gordon Brown had failed the test. Jane Orme said it was a cheap attempt by the Tories to win votes.",
			[]string{"alex-salmond criticized gordon-brown", "jane-orme criticized conservative-party"}, nil, nil},
		{"a body that qualifies what is judged", "Labour says the document offers only a return to a \"failed Tory past\". Jane Orme said it was a disaster for British banks.",
			[]string{"labour-party criticized conservative-party"}, []string{"jane-orme criticized united-kingdom"}, nil},
		{"a nation's things judged are not the nation", "Jane Orme said the reckless British banks had lost money.",
			nil, []string{"jane-orme criticized united-kingdom"}, nil},
		{"sums that do not add up", "Chancellor Gordon Brown said the Lib Dem figures did not add up. Jane Orme said Labour's sums don't add up.",
			[]string{"gordon-brown criticized liberal-democrats", "jane-orme criticized labour-party"}, nil, nil},
		{"another speaker after and", "The Tories say the Lib Dems would tax more and Labour says the Lib Dems' sums do not add up.",
			[]string{"labour-party criticized liberal-democrats"}, []string{"conservative-party criticized liberal-democrats"}, nil},
		{"speakers together judge neither of them", "Labour and the Liberal Democrats say the party's sums do not add up.",
			nil, []string{"liberal-democrats criticized labour-party", "labour-party criticized liberal-democrats"}, nil},
		{"a quotation closed at the start of the next sentence", "Liam Fox said \"If Charles Kennedy is serious he should explain. \"The reality is, the Lib Dems lack courage. \" And Chancellor Gordon Brown said the Lib Dem figures did not add up.",
			[]string{"gordon-brown criticized liberal-democrats"}, []string{"liam-fox criticized liberal-democrats"}, nil},
		{"the party is one whose name lacks the word", "Conservative co-chairman Liam Fox spoke. Gordon Brown said the Lib Dem figures did not add up. He accused the party of claiming it would spend less.",
			[]string{"gordon-brown accused liberal-democrats"}, []string{"gordon-brown accused conservative-party"}, nil},
		{"a view's content judges no one for the speaker", "Bob Hale said Labour's claim that the Tories were weak came as a surprise.",
			nil, []string{"bob-hale criticized labour-party", "bob-hale criticized conservative-party"}, nil},
		{"past the target, the subject that opens the words", "Tony Blair has had the chance to tackle the problems facing Britain and has failed, Michael Howard has said.",
			[]string{"michael-howard criticized tony-blair"}, []string{"michael-howard criticized united-kingdom"}, nil},
		{"a view judged is its holder's", "Tony Blair spoke. Paul Tyler said the prime minister's view that there was no agreement on the future of the Lords was flawed.",
			[]string{"paul-tyler criticized tony-blair"}, []string{"paul-tyler criticized house-of-lords"}, nil},
		{"a view judged is its holder's", "Jane Orme said the claim that Gazprom was doing well was nonsense. Bob Hale said Labour's claims that the Tories were weak were a disgrace.",
			[]string{"bob-hale criticized labour-party"}, []string{"jane-orme criticized gazprom", "bob-hale criticized conservative-party"}, nil},
		{"the judged party is read past an aside", "Nicola Sturgeon said Labour - in power since 1997 - was out of touch.",
			[]string{"nicola-sturgeon criticized labour-party"}, nil, nil},
		{"the judged party is read past an aside", "Charles Kennedy said the Tory plans – unveiled on Monday in London – were a shambles.",
			[]string{"charles-kennedy criticized conservative-party"}, []string{"charles-kennedy criticized london"}, nil},
		{"the target of the judged act is not judged", "Nicola Sturgeon said the Labour poster attacking Mr Howard was a disgrace.",
			[]string{"nicola-sturgeon criticized labour-party"}, []string{"nicola-sturgeon criticized howard-t"}, nil},
		{"the target of the judged act is not judged", "Charles Kennedy said Labour leaflets targeting Michael Howard - sent to voters last week - were a sign of abusive politics.",
			[]string{"charles-kennedy criticized labour-party"}, []string{"charles-kennedy criticized michael-howard"}, nil},
		{"the target of the judged act is not judged", "Nicola Sturgeon said the attack on Michael Howard was a disgrace.",
			nil, []string{"nicola-sturgeon criticized michael-howard"}, nil},
		{"an example of the judged act is not judged", "Charles Kennedy said using tax laws against firms like Gazprom - as the Kremlin did - was a mistake.",
			nil, []string{"charles-kennedy criticized gazprom"}, nil},
		// blame cues: broken promises
		{"a broken promise is an accusation", "Liam Fox said Labour had broken its promise on tax.",
			[]string{"liam-fox accused labour-party"}, nil, nil},
		// law verbs
		{"a lawsuit", "Yukos sued Gazprom in a Texas court.", []string{"yukos accused gazprom"}, nil, nil},
		{"a lawsuit, passive", "Deutsche Bank is being sued by Yukos.", []string{"yukos accused deutsche-bank"}, nil, nil},
		{"a description before the agent", "Darren Quill was criticised by former Olympic champion Michael Johnson.",
			[]string{"michael-johnson criticized darren-quill"}, nil, nil},
		{"a description before the object", "Labour accused veteran campaigner Jane Orme of lying.",
			[]string{"labour-party accused jane-orme"}, nil, nil},
		{"a noun of no person before a name", "Gazprom sued the oil company Jane Orme founded.",
			nil, []string{"gazprom accused jane-orme"}, nil},
		{"charges by a state's prosecutors", "French prosecutors indicted Renault over the emissions.", []string{"french-prosecutors accused renault"}, nil, nil},
		{"charges by a state's prosecutors", "US prosecutors accused Bernie Ebbers of fraud.", []string{"us-prosecutors accused bernie-ebbers"}, nil, nil},
		// object pronouns
		{"him after a named person", "Liam Fox spoke first. Charles Clarke accused him of scoring cheap points.",
			[]string{"charles-clarke accused liam-fox"}, nil, nil},
		{"her party is no person", "Nicola Sturgeon spoke. Michael Howard criticised her party.",
			nil, []string{"michael-howard criticized nicola-sturgeon"}, nil},
		// prefixes, post-nominals, titles in capitals, month surnames
		{"ex- before a name", "The ex-Yukos boss Mikhail Khodorkovsky spoke.",
			[]string{"mikhail-khodorkovsky affiliated_with yukos"}, nil, nil},
		{"former before a name", "Former Halcrow chief Bernie Epps denied it.",
			[]string{"bernie-epps affiliated_with halcrow"}, nil, nil},
		{"a title in capitals and a month surname", "Labour MSP Christine May spoke.",
			[]string{"christine-may affiliated_with labour-party"}, nil, []string{"christine-may Person"}},
		{"the chairman of the body, name", "The chairman of the Bar Council, John Mansfield QC, spoke.",
			[]string{"john-mansfield affiliated_with bar-council"}, nil, nil},
		{"a qualifier before the body", "Peter Mandelson, former Labour minister, spoke.",
			[]string{"peter-mandelson affiliated_with labour-party"}, nil, nil},
		{"a qualifier before the body", "Jane Orme, a former Labour communications director, spoke.",
			[]string{"jane-orme affiliated_with labour-party"}, nil, nil},
		{"a body before the role in apposition", "Mark Oaten, the Lib Dem home affairs spokesman, spoke.",
			[]string{"mark-oaten affiliated_with liberal-democrats"}, nil, nil},
		// nominalReferences: "the firm" is the company named last
		{"the firm after a company", "Gazprom is a gas producer. Russia accused the firm of fraud.",
			[]string{"russia accused gazprom"}, nil, nil},
		{"the company, not a state body", "Gazprom met the Kremlin on Monday. The company said the Kremlin had lied.",
			[]string{"gazprom accused kremlin"}, []string{"kremlin accused kremlin"}, nil},
		{"a union, council or party is no company", "The Auto-Cycle Union set the rules. Rally driver Dave Hawke, who runs the company, said the Tories were a shambles.",
			[]string{"dave-hawke criticized conservative-party"}, []string{"dave-hawke affiliated_with auto-cycle-union"}, nil},
		{"a union, council or party is no company", "The Quill Borough Council met. The firm said the Tories had lied.",
			nil, []string{"quill-borough-council accused conservative-party"}, nil},
		// firstAgent: a sentence's subject without a claim
		{"it after a sentence without a claim", "Gazprom is an oil company. It said the Kremlin had manufactured the case.",
			[]string{"gazprom accused kremlin"}, nil, nil},
		// lawsuitBy: a lawsuit told as a noun with its plaintiff
		{"a lawsuit by a plaintiff accuses", "A lawsuit by Shell against BP was dropped. Google faces a lawsuit brought by the Securities and Exchange Commission.",
			[]string{"shell accused bp", "securities-and-exchange-commission accused google"}, nil, nil},
		{"a lawsuit by a plaintiff accuses", "Shell agreed to pay $850m to settle a lawsuit filed by Jane Orme.",
			[]string{"jane-orme accused shell"}, nil, nil},
		{"a lawsuit with no defendant accuses no one", "Jane Orme said a lawsuit by Shell was not likely.",
			nil, []string{"shell accused jane-orme"}, nil},
		// investigation nouns: the investigator by possession, by agent, or of what the sentence is about
		{"an investigation's owner or agent investigates", "The SEC said it had reached a deal in its probe into Wal-Mart. Google resolved an inquiry into Yahoo by the Federal Trade Commission.",
			[]string{"securities-and-exchange-commission investigates wal-mart", "federal-trade-commission investigates yahoo"}, nil, nil},
		{"what the sentence is about was probed", "Shell has to restate results following a probe by the US Securities and Exchange Commission.",
			[]string{"securities-and-exchange-commission investigates shell"}, nil, nil},
		// relativeClauseStart: the speaker of "X, who represents A and B, said"
		{"a relative clause between speaker and verb", "Lawyer Jane Orme, who represents Mr Abbasi and Mr Mubala, said the US had acted in breach of international law.",
			[]string{"jane-orme accused united-states"}, []string{"mubala-t accused united-states"}, nil},
		// withheld: a denial refused or negated is none
		{"a denial refused is none", "Gordon Brook refused to deny the claim that he told Tony Blair he could never trust him. Jane Orme would not deny the claims.",
			nil, nil, []string{"!t-gordon-brook-denial", "!t-jane-orme-denial"}},
		{"failing to deny is no criticism", "Reporters suggested Gordon Brook had failed to deny claims, Downing Street said.",
			nil, []string{"downing-street criticized gordon-brook"}, nil},
		// deniedMatter and refused things
		{"a denial with no accuser is of the matter", "Bernie Epps denied the allegations. He later denied charges of fraud.",
			[]string{"bernie-epps denied t-bernie-epps-denial"}, nil, nil},
		{"denied bail is no denial", "Bernie Epps was charged and denied bail.",
			nil, []string{"bernie-epps denied t-bernie-epps-denial"}, nil},
		{"a denial answers the accuser", "Russia accused Gazprom of fraud. Gazprom denied the allegations.",
			[]string{"gazprom denied russia"}, []string{"gazprom denied t-gazprom-denial"}, nil},
		// governed: a participle after a prepositional object
		{"participle after a preposition", "John Marple wrote to the regulator accusing Labour of cheating.",
			[]string{"john-marple accused labour-party"}, nil, nil},
		{"participle after a comma", "John Marple spoke on Monday, accusing Labour of cheating.",
			[]string{"john-marple accused labour-party"}, nil, nil},
		// coordination across "other"
		{"and other ministers", ukStory + "Liam Fox accused Tony Blair and other Cabinet ministers of lying.",
			[]string{"liam-fox accused tony-blair", "liam-fox accused united-kingdom"}, nil, nil},
		// blame cues of wrongdoing
		{"wrongdoing in a report", "Deutsche Bank claimed Yukos had manufactured a legal case.",
			[]string{"deutsche-bank accused yukos"}, nil, nil},
		{"wrongdoing in a report", "Gazprom said Rosneft had colluded with officials.",
			[]string{"gazprom accused rosneft"}, nil, nil},
		{"wrongdoing done to the speaker by an agent", "Oleg Marin claims he has been persecuted by the Kremlin.",
			[]string{"oleg-marin accused kremlin"}, nil, nil},
		{"wrongdoing done to the speaker by an agent", "Jane Orme said she was being harassed by the Tories over her vote.",
			[]string{"jane-orme accused conservative-party"}, nil, nil},
		{"wrongdoing done to the speaker by an agent", "Oleg Marin told reporters he had been betrayed by the British authorities.",
			[]string{"oleg-marin accused united-kingdom"}, nil, nil},
		{"a report ends where another subject acts", "The Lib Dems said the plan was risky, while Labour criticised \"extravagant\" Tory promises.",
			[]string{"labour-party criticized conservative-party"}, nil, nil},
		{"a report ends where another subject acts", "Jane Orme said the plan was risky, whereas the Kremlin accused Yukos of fraud.",
			[]string{"kremlin accused yukos"}, []string{"jane-orme accused yukos"}, nil},
		{"a report ends where another subject acts", "Jane Orme said the plan was good, while Labour branded the Tories a shambles.",
			[]string{"labour-party criticized conservative-party"}, []string{"jane-orme criticized conservative-party"}, nil},
		{"a report goes on past a copula", "Jane Orme said the plans were risky, while Labour was to blame for the leak.",
			[]string{"jane-orme accused labour-party"}, nil, nil},
		{"coordinated speakers each accuse", "Oleg Marin and Ivan Sokol claim they are being punished by the Kremlin.",
			[]string{"oleg-marin accused kremlin", "ivan-sokol accused kremlin"}, nil, nil},
		{"coordinated speakers each accuse", "Jane Orme, Bob Hale and Tom Reed said Labour had broken its promise on tax.",
			[]string{"jane-orme accused labour-party", "bob-hale accused labour-party", "tom-reed accused labour-party"}, nil, nil},
		{"the pair are the two people named last", "Oleg Marin has been on trial alongside Mr Sokol since June. The pair claim they are being punished by the Kremlin.",
			[]string{"oleg-marin accused kremlin", "sokol-t accused kremlin"}, nil, nil},
		{"the pair are the two people named last", "Jane Orme and Ann Hale spoke. The two women said Labour had broken its promise on tax.",
			[]string{"jane-orme accused labour-party", "ann-hale accused labour-party"}, nil, nil},
		{"the pair are the two people named last", "Bob Hale met Tom Reed in Leeds. Both men say Labour had broken its promise on tax.",
			[]string{"bob-hale accused labour-party", "tom-reed accused labour-party"}, nil, nil},
		{"the pair need two people", "Oleg Marin is on trial. The pair say the Kremlin had rigged the vote.",
			nil, []string{"oleg-marin accused kremlin"}, nil},
		{"a comma coordinates no speakers", "According to Bob Hale, Jane Orme had warned that Labour had broken its promise on tax.",
			[]string{"jane-orme accused labour-party"}, []string{"bob-hale accused labour-party"}, nil},
		{"the target of a wrong is not blamed", "Jane Orme said the use of force against Iraq was illegal.",
			nil, []string{"jane-orme accused iraq"}, nil},
		{"the target of a wrong is not blamed", "Jane Orme said the US campaign against Gazprom was illegal.",
			[]string{"jane-orme accused united-states"}, []string{"jane-orme accused gazprom"}, nil},
		{"a wrong suffered is no blame of the one who suffered it", "The Pentagon said there was no evidence that any British detainee was tortured or abused.",
			nil, []string{"us-department-of-defense accused united-kingdom"}, nil},
		{"a wrong suffered is no blame of the one who suffered it", "Jane Orme said Bob Hale had been harassed at work.",
			nil, []string{"jane-orme accused bob-hale"}, nil},
		{"evidence that a party did something accuses it", "A UN panel of experts said it had found credible evidence that the UAE sent arms to the militia.",
			[]string{"united-nations accused united-arab-emirates"}, nil, nil},
		{"evidence that a party did something accuses it", "Jane Orme said she had evidence that Gazprom paid bribes.",
			[]string{"jane-orme accused gazprom"}, nil, nil},
		{"evidence that opens a quoted sentence", "Jane Orme said: \"The firm lied. Evidence that Gazprom paid bribes is clear.\"",
			[]string{"jane-orme accused gazprom"}, nil, nil},
		{"no evidence, or evidence about a thing, accuses no one", "Jane Orme said there was no evidence, and little evidence that Gazprom had paid bribes. Bob Hale said there was growing evidence that John Prescott's programme was unsustainable.",
			nil, []string{"jane-orme accused gazprom", "bob-hale accused john-prescott"}, nil},
		{"a wrong done from somewhere is that party's", "Jane Orme said: \"All this is dictated to Kyiv from Washington.\" Bob Hale said the attack was orchestrated from Moscow.",
			[]string{"jane-orme accused united-states", "bob-hale accused russia"}, nil, nil},
		{"a wrong done from a place that is no state's seat blames no one", "Jane Orme said the attack was orchestrated from Manchester.",
			nil, []string{"jane-orme accused manchester"}, nil},
		{"a wrong faced is no blame of where it is faced", "Charles Clarke said the men would be sent to Algeria and Jordan without facing torture.",
			nil, []string{"charles-clarke accused jordan"}, nil},
		{"a wrong done is blame of the one who did it", "Jane Orme said Gazprom had harassed Bob Hale.",
			[]string{"jane-orme accused gazprom"}, nil, nil},
		{"a punishment called for is no blame of the agent", "Jane Orme claims Bob Hale should be punished by the Football Association.",
			nil, []string{"jane-orme accused football-association"}, nil},
		// strikable: an attack on a party is one of words
		{"an attack in words is no incident", "Liam Fox said the attack on Labour was justified.",
			nil, nil, []string{"!labour-party-attack"}},
		{"an attack with weapons is an incident", "The drone attack on the Kremlin killed no one.",
			nil, nil, []string{"kremlin-attack Event"}},
		// Sir and a first name, judges, General Election
		{"a knight by his first name", "Sir Menzies Campbell spoke. Later Sir Menzies accused Labour of lying.",
			[]string{"menzies-campbell accused labour-party"}, nil, nil},
		{"a judge's title is his name", "Lord Justice Marwick ruled against the army.",
			nil, nil, []string{"lord-justice-marwick Person"}},
		{"a general election is no general", "The General Election will be held in May.",
			nil, nil, []string{"!election-t", "!general-election-t"}},
		// roleRules: possessedRole
		{"its founder", "Gazprom is a big company. Its founder Peter Lodge is in jail.",
			[]string{"peter-lodge affiliated_with gazprom"}, nil, nil},
		{"his lawyer", "Martin Hale spoke on Monday. His lawyer, Louise Fenwick, said he would sue.",
			[]string{"louise-fenwick affiliated_with martin-hale"}, nil, nil},
		// roleRules: a title in capitals after its body
		{"a capitalised title after the body", "Former Tory Treasurer Lord Ashworth gave money.",
			[]string{"lord-ashworth affiliated_with conservative-party"}, nil, nil},
		{"a capitalised title after the body", "Labour Chairman John Marple resigned.",
			[]string{"john-marple affiliated_with labour-party"}, nil, nil},
		// roleRules: For the party, X said
		{"for the party, X said", "For the Liberal Democrats, Sir Menzies Campbell said the plan was wrong.",
			[]string{"menzies-campbell affiliated_with liberal-democrats"}, nil, nil},
		// copulaRole
		{"acting as a role for a body", "Alastair Campbell is acting as an adviser for Labour.",
			[]string{"alastair-campbell affiliated_with labour-party"}, nil, nil},
		{"was appointed role of body", "Jane Orme was appointed chairman of the BBC last year.",
			[]string{"jane-orme affiliated_with bbc"}, nil, nil},
		{"an office of state by a verb of being", ukStory + "Gordon Brown is a great chancellor, Tony Blair said.",
			[]string{"gordon-brown affiliated_with united-kingdom"}, nil, nil},
		// impliedBody
		{"a role that names its body", "Mr Kilroy-Silk, an MEP for the East Midlands, spoke.",
			[]string{"robert-kilroy-silk affiliated_with european-parliament"}, nil, nil},
		{"a role that names its body", "MSP Jane Orme spoke in Edinburgh.",
			[]string{"jane-orme affiliated_with scottish-parliament"}, nil, nil},
		// qualifiedBody: a state's demonym before an office, a word that
		// with the role names a body; appositiveRole: two roles
		{"a demonym before an office in apposition", "Anna Jones, the Kenyan finance minister, said it was wrong.",
			[]string{"anna-jones affiliated_with kenya"}, nil, nil},
		{"a demonym before an office in apposition", "Rafael Duarte, Brazilian foreign minister, arrived on Monday.",
			[]string{"rafael-duarte affiliated_with brazil"}, nil, nil},
		{"a demonym before an office after a verb of being", "Anna Jones is the Kenyan finance minister.",
			[]string{"anna-jones affiliated_with kenya"}, nil, nil},
		{"a title in a list is no apposition", "She met Anna Jones, Kenyan Finance Minister Rafael Duarte and others.",
			[]string{"rafael-duarte affiliated_with kenya"}, []string{"anna-jones affiliated_with kenya"}, nil},
		{"a title in a list is no apposition", "The talks with Anna Jones, European Commissioner Rafael Duarte and the rest failed.",
			nil, []string{"anna-jones affiliated_with european-commission"}, nil},
		{"a demonym before a profession is no office", "Anna Jones, a Kenyan journalist, said it was wrong.",
			nil, []string{"anna-jones affiliated_with kenya"}, nil},
		{"a demonym before a profession is no office", "Rafael Duarte, a Brazilian novelist, arrived on Monday.",
			nil, []string{"rafael-duarte affiliated_with brazil"}, nil},
		{"a qualifier that with the role names a body", "Anna Jones, now a European Commissioner, said it was wrong.",
			[]string{"anna-jones affiliated_with european-commission"}, nil, nil},
		{"a qualifier that with the role names a body", "Rafael Duarte, the European commissioner, arrived.",
			[]string{"rafael-duarte affiliated_with european-commission"}, nil, nil},
		{"two roles in one apposition", "Peter Quill, former Labour minister and now a European Commissioner, warned the BBC.",
			[]string{"peter-quill affiliated_with labour-party", "peter-quill affiliated_with european-commission"}, nil, nil},
		{"two roles in one apposition", "Jane Orme, a Tory MP and a director of Wal-Mart, spoke.",
			[]string{"jane-orme affiliated_with conservative-party", "jane-orme affiliated_with wal-mart"}, nil, nil},

		// memberOf: a verb of joining or leading after adverbs
		{"joined after an adverb", "Jane Orme has recently re-joined Labour's election campaign.",
			[]string{"jane-orme affiliated_with labour-party"}, nil, nil},
		{"joined after an adverb", "Jane Orme later joined the Tories.",
			[]string{"jane-orme affiliated_with conservative-party"}, nil, nil},
		{"joined in a relative clause", "Jane Orme, who has recently joined Labour, spoke.",
			[]string{"jane-orme affiliated_with labour-party"}, nil, nil},
		// deniesMatter: a crime denied
		{"a crime denied", "Jane Orme denies fraud.",
			[]string{"jane-orme denied t-jane-orme-denial"}, nil, []string{"t-jane-orme-denial Event"}},
		{"a crime denied", "Peter Quill denied attempted murder at the Old Bailey.",
			[]string{"peter-quill denied t-peter-quill-denial"}, nil, nil},
		{"bail denied is no denial", "Jane Orme was denied bail.",
			nil, []string{"jane-orme denied t-jane-orme-denial"}, nil},
		// threat: a warning of sanctions
		{"a warning of sanctions", "The European Commission has warned Microsoft it faces fines.",
			[]string{"european-commission threatened microsoft"}, nil, nil},
		{"a warning of sanctions", "The EU warned Wal-Mart that it could face legal action.",
			[]string{"european-union threatened wal-mart"}, nil, nil},
		{"a warning of nothing is no threat", "The union warned Wal-Mart about the pay deal.",
			nil, []string{"union threatened wal-mart"}, nil},
		// allegedSubject: the subject of what is alleged
		{"alleged that a party did", "The Sunday Times alleged that Wal-Mart had hidden the losses.",
			[]string{"sunday-times accused wal-mart"}, nil, nil},
		{"alleged that a party did", "Jane Orme alleges that the Tories broke the rules.",
			[]string{"jane-orme accused conservative-party"}, nil, nil},
		{"alleged that a thing was", "Jane Orme alleged that it was wrong, and Wal-Mart agreed.",
			nil, []string{"jane-orme accused wal-mart"}, nil},
		// publisherOf: a publication denied is its body's claim
		{"a publication called false", "A Sunday Times article said Wal-Mart cut pay. Jane Orme of Wal-Mart said that the article was false.",
			[]string{"wal-mart denied sunday-times"}, nil, nil},
		{"a publication called false", "A BBC documentary claimed Wal-Mart lied. Later Eli Lilly said the documentary was wrong.",
			[]string{"eli-lilly denied bbc"}, nil, nil},
		{"a body's publication rejected", "Wal-Mart rejected a Sunday Times editorial on its pay.",
			[]string{"wal-mart denied sunday-times"}, nil, nil},
		{"a body's publication rejected", "Eli Lilly dismissed the BBC documentary.",
			[]string{"eli-lilly denied bbc"}, nil, nil},
		{"a publication of no body called false", "Eli Lilly said the report was false.",
			nil, []string{"eli-lilly denied bbc"}, nil},
		{"a publication judged harshly", "A BBC documentary attacked Wal-Mart. Wal-Mart said the documentary was biased and irresponsible.",
			[]string{"wal-mart criticized bbc"}, nil, nil},
		{"a publication judged harshly", "A Sunday Times article named Eli Lilly. The company says the article continues to spread fear among patients.",
			[]string{"eli-lilly criticized sunday-times"}, nil, nil},
		{"a publication of no body judged", "Jane Orme of Wal-Mart said the report was biased.",
			nil, []string{"wal-mart criticized bbc", "jane-orme criticized bbc"}, nil},
		{"evaluative words in a report", "Jane Orme says the plan is a further example of Labour's \"authoritarian\" response to crises.",
			[]string{"jane-orme criticized labour-party"}, nil, nil},
		{"evaluative words in a report", "Jane Orme said the Tory plans were a con. Bob Hale said voters felt let down by Labour.",
			[]string{"jane-orme criticized conservative-party", "bob-hale criticized labour-party"}, nil, nil},
		{"evaluative words in a report", "Peter Quill said the Tory scheme was draconian and ill-conceived.",
			[]string{"peter-quill criticized conservative-party"}, nil, nil},
		// roleReferences: "of" after a role reference is what the holder is accused of
		{"accused the office holder of something", ukStory + "Gordon Brown spoke. Vince Cable accused the chancellor of ducking tough choices.",
			[]string{"vince-cable accused gordon-brown"}, nil, nil},
		{"accused the office holder of something", ukStory + "Tony Blair spoke. Michael Howard accused the prime minister of hiding.",
			[]string{"michael-howard accused tony-blair"}, nil, nil},
		// nameMentions: a body before a name in one run
		{"a body and a name in one capitalised run", "Chief Secretary to the Treasury Paul Boateng attacked the Tory plans.",
			[]string{"paul-boateng criticized conservative-party"}, nil, []string{"paul-boateng Person"}},
		{"three words of one name", "Indian oil minister Mani Shankar Aiyar spoke.",
			nil, nil, []string{"mani-shankar-aiyar Person", "!shankar-aiyar"}},
		// nameAfterRoleAt: a firm no list knows after a role and "at" or "with"
		{"a firm after a role and at", "\"Growth is slowing,\" said Tom Quarry, economist at Brandling Barings. Jane Orme, an analyst with Purvin and Gertz, agreed.",
			[]string{"tom-quarry affiliated_with brandling-barings", "jane-orme affiliated_with purvin-and-gertz"}, nil, []string{"brandling-barings Organization", "purvin-and-gertz Organization"}},
		{"a firm after a role and at", "Bob Hale, head of equity research at Kelmar Stockbrokers, said shares were cheap.",
			[]string{"bob-hale affiliated_with kelmar-stockbrokers"}, nil, nil},
		{"a person after a role and with is no firm", "The president met with Hu Jintao. The leader talked with Bob Hale.",
			nil, nil, []string{"!bob-hale Organization"}},
		{"a firm after a role and for", "Tony Macklin, spokesman for Ask Jeeves, said the results were good. Frank Field, the Labour MP for Birkenhead, agreed.",
			[]string{"tony-macklin affiliated_with ask-jeeves"}, nil, []string{"ask-jeeves Organization", "!birkenhead Organization"}},
		{"one word after a firm's role and of", "Jason Kingsley, chief executive of Rebellion, said the move was hard. Jane Orme, founder of Wippit, said so.",
			[]string{"jason-kingsley affiliated_with rebellion", "jane-orme affiliated_with wippit"}, nil, []string{"rebellion Organization"}},
		{"one word after a role that is no firm's", "Jane Orme, the mayor of Quillford, said so. Bob Hale, Head of Research at Gazprom, spoke.",
			nil, []string{"jane-orme affiliated_with quillford"}, []string{"!quillford", "!research"}},
		{"one word after a firm's role in capitals", "Bob Hale, Chief Executive of Quillco, said so.",
			[]string{"bob-hale affiliated_with quillco"}, nil, nil},
		{"one word that does not end the phrase", "Tom Reed, director of Venice's famous La Fenice opera house, died. Ann Hale, founder of Jewish rights group Haver, spoke.",
			nil, []string{"tom-reed affiliated_with venice", "ann-hale affiliated_with jewish"}, []string{"!venice", "!jewish"}},
		{"one word of a longer name", "Merrill Lynch fired her. Ms Villalba, the former head of Merrill's private client business, has made no decision.",
			nil, nil, []string{"!merrill"}},
		{"a body described before its name", "The trial of Emilio Botin, the chairman of Spain's most powerful bank, Santander Central Hispano, has started.",
			[]string{"emilio-botin affiliated_with santander-central-hispano"}, []string{"emilio-botin affiliated_with spain"}, nil},
		{"a body described before its name", "Jane Orme, director of Russia's biggest oil firm, Yukos, said so. Shami Quill, director of civil liberties pressure group Liberty, spoke.",
			[]string{"jane-orme affiliated_with yukos", "shami-quill affiliated_with liberty"}, nil, nil},
		{"a role and its body before the holder's name", "A spokesman for the Home Office, Dean Quill, said so. The head of Gazprom, Alexei Quill, agreed.",
			[]string{"dean-quill affiliated_with home-office", "alexei-quill affiliated_with gazprom"}, nil, nil},
		{"a role and its body before a list is no apposition", "A spokesman for the Home Office, Tom Quill and Jane Orme met.",
			nil, []string{"tom-quill affiliated_with home-office"}, nil},
		{"a Sunday paper is not the daily", "Robert Quill, the Sunday Telegraph's editor, said so.",
			[]string{"robert-quill affiliated_with sunday-telegraph"}, []string{"robert-quill affiliated_with the-telegraph"}, nil},
		{"a body described with a possessive", "Nick Quill, spokesman for athletics' ruling body the IAAF, said so.",
			[]string{"nick-quill affiliated_with iaaf"}, nil, nil},
		{"more heads of organisations", "Bob Murray, chairman of Sunderland FC, bid for the club. Lynne Brindley, chief executive of the British Library, spoke.",
			[]string{"bob-murray affiliated_with sunderland-fc", "lynne-brindley affiliated_with british-library"}, nil, nil},
		{"the class noun's role is as its role", "Ruth Kelly arrived for the recording of BBC Radio 4's Any Questions. The programme's host, Jonathan Dimbleby, told the audience so.",
			[]string{"jonathan-dimbleby affiliated_with any-questions"}, nil, nil},
		{"the class noun's role is as its role", "Gazprom reported profits. The company's chief executive Alexei Quill said so.",
			[]string{"alexei-quill affiliated_with gazprom"}, nil, nil},
		{"a court has no company's officers", "Balco was in the US District Court. The company's founder Victor Quill spoke.",
			nil, []string{"victor-quill affiliated_with us-district-court"}, nil},
		{"a court has no company's officers", "Yukos argued that a US court could hear it, since its chief finance officer Bruce Mallory lives in Houston.",
			nil, []string{"bruce-mallory affiliated_with us-court", "bruce-mallory affiliated_with t-us-court"}, nil},
		{"a court has no company's officers", "The High Court ruled on the film. Their lawyer, Majid Menon, said it was wrong.",
			nil, []string{"majid-menon affiliated_with high-court"}, nil},
		{"a body's person named by a possessive", "The Guardian's Polly Quill wrote so. Labour's Peter Hale agreed.",
			[]string{"polly-quill affiliated_with the-guardian", "peter-hale affiliated_with labour-party"}, nil, nil},
		{"a state's person named by a possessive is its national", "Britain's Paula Quill won in Leeds.",
			nil, []string{"paula-quill affiliated_with united-kingdom"}, nil},
		{"a programme named after its broadcaster's possessive", "Ruth Kelly arrived for the recording of BBC Radio 4's Any Questions. Jane Orme told Channel 4's Dispatches that Gazprom lied.",
			nil, nil, []string{"any-questions Organization", "dispatches Organization"}},
		{"a leader's shadow cabinet is the leader's party's", "Michael Howard has denied his shadow cabinet was split. Among those with doubts were senior shadow cabinet members David Davis, Oliver Letwin and Tim Yeo. The Tory leader said shadow home secretary Mr Davis would speak. Liberal Democrat shadow chancellor Vince Cable disagreed.",
			[]string{"david-davis affiliated_with conservative-party", "oliver-letwin affiliated_with conservative-party", "tim-yeo affiliated_with conservative-party"},
			[]string{"vince-cable affiliated_with conservative-party"}, nil},
		{"a shadow office with no leader's cabinet names no party", "Liberal Democrat shadow chancellor Vince Cable spoke. Gordon Brown accused shadow chancellor Oliver Letwin of plotting cuts.",
			nil, []string{"oliver-letwin affiliated_with liberal-democrats"}, nil},
		{"a leader's spokesman speaks for the leader's body", "Tory leader Michael Howard spoke. Mr Howard denied Mr Yeo, his transport and environment spokesman, said the plans stink.",
			[]string{"yeo-t affiliated_with conservative-party"}, nil, nil},
		{"a leader's spokesman speaks for the leader's body", "Tory leader Michael Howard spoke. His spokesman Tim Yeo said the plans stink.",
			[]string{"tim-yeo affiliated_with conservative-party"}, []string{"tim-yeo affiliated_with michael-howard"}, nil},
		{"her lawyer is her client's", "Jane Orme was charged. Her lawyer John Hale spoke. Tom Reed, her solicitor, agreed.",
			[]string{"john-hale affiliated_with jane-orme", "tom-reed affiliated_with jane-orme"}, nil, nil},
		{"her attorney is her client's", "Marion Jonas was charged. In a statement released through her attorney Rich Nicols, she denied it.",
			[]string{"rich-nicols affiliated_with marion-jonas"}, nil, nil},
		{"a person's leader or boss is no role of the person", "John Redway spoke. His leader, Michael Howe, argued a change was needed. Jonny Wilkes was injured, according to his Newcastle boss Rob Andrews.",
			nil, []string{"michael-howe affiliated_with john-redway", "rob-andrews affiliated_with jonny-wilkes"}, nil},
		{"his party's roles are his party's", "Tory MP John Redway spoke. His party leader Michael Howe argued a change was needed. His shadow chancellor Tom Reed agreed.",
			[]string{"michael-howe affiliated_with conservative-party", "tom-reed affiliated_with conservative-party"}, []string{"michael-howe affiliated_with john-redway", "tom-reed affiliated_with john-redway"}, nil},
		{"his party's roles are his party's", "Tory leader Michael Howe shrugged off the defection of one of his MPs, Robert Jacks, to Labour.",
			[]string{"robert-jacks affiliated_with conservative-party"}, []string{"robert-jacks affiliated_with michael-howe"}, nil},
		{"his partner holds no role", "Elton Quill spoke of David Furnish, his partner.",
			nil, []string{"david-furnish affiliated_with elton-quill"}, nil},
		{"a firm after a role and of", "Peter Misselbrook, executive partner of Tods Murray said he would retire.",
			[]string{"peter-misselbrook affiliated_with tods-murray"}, nil, []string{"tods-murray Organization"}},
		{"a desk after a role and of is no firm", "Andrew Pendleton, Christian Aid's head of Trade Policy, said. The trade policy of the group was bad.",
			[]string{"andrew-pendleton affiliated_with christian-aid"}, nil, []string{"!trade-policy"}},
		{"a nationality before a private role, then the firm", "Paul Dales, UK economist for Capital Economics, said the figures were better.",
			[]string{"paul-dales affiliated_with capital-economics"}, []string{"paul-dales affiliated_with united-kingdom"}, nil},
		{"a longer name with a head beats a short name taught", "Tom Quarry, an analyst at Cranmoor, said so. Cranmoor University said more.",
			nil, nil, []string{"cranmoor-university Organization"}},
		{"a firm of two names joined by and after a person", "According to its lawyer, Emmanuel Gallard of Shearling and Stern, the claim is strong. Jane Orme of Procter & Gamble agreed.",
			[]string{"emmanuel-gallard affiliated_with shearling-and-stern", "jane-orme affiliated_with procter-gamble"}, nil, []string{"shearling-and-stern Organization"}},
		{"a single unknown name after a person and of is no firm", "John Smith of Little Snoring spoke. Peter Quill of Jane and Bob spoke.",
			nil, nil, []string{"!little-snoring Organization", "!jane-and-bob"}},
		// unnamedBody: a role of another kind of body is not the company named last
		{"a union leader is no company's", "BP said the plant would close. \"Engines will no longer be made here,\" said union leader Vincenzo Lillo. \"It is a blow,\" said chief executive Jane Orme.",
			[]string{"jane-orme affiliated_with bp"}, []string{"vincenzo-lillo affiliated_with bp"}, nil},
		// possessedRole: "its Paris lawyer"; "its" at a sentence's start is the subject before
		{"its lawyer is the subject company's", "Group Quatrel, which controls Shell, says this was illegal. According to its Paris lawyer, Emmanuel Gallard, the claim is strong.",
			[]string{"emmanuel-gallard affiliated_with group-quatrel"}, []string{"emmanuel-gallard affiliated_with shell", "emmanuel-gallard affiliated_with paris"}, nil},
		{"a counterpart holds no role of his", "Mr Quill held talks with his German counterpart Hans Eichler.",
			nil, []string{"hans-eichler affiliated_with quill-t"}, nil},
		// capRun: letters after one word end a seat, not a person's name
		{"a seat before MP is no person", "The Glasgow Kelvin MP spoke. Green MEP Caroline Lucas agreed.",
			[]string{"caroline-lucas affiliated_with european-parliament"}, nil, []string{"!kelvin-mp"}},
		// an unknown pair in apposition to a role is a person
		{"a name with a role in apposition is a person", "Miles Quarrington, commercial director at Rightmove, said sellers must wait.",
			[]string{"miles-quarrington affiliated_with rightmove"}, nil, []string{"miles-quarrington Person"}},
		// appositiveRole: where the holder is based names no body; a class noun's qualifier is not the body
		{"a place where the holder is based", "\"The dollar is weak,\" said Victor Shum, a Singapore-based analyst with Purvin and Gertz.",
			[]string{"victor-shum affiliated_with purvin-and-gertz"}, []string{"victor-shum affiliated_with singapore"}, nil},
		{"a name that qualifies a class noun", "Lisa Power, head of policy at Aids charity the Terrence Higgins Trust, said so. Sam Jain, head of MMS firm Adamind, agreed.",
			[]string{"lisa-power affiliated_with terrence-higgins-trust", "sam-jain affiliated_with adamind"}, nil, nil},
		// shadowed: a shadow minister holds no office of state
		{"a shadow minister holds no office of state", ukStory + "He and his shadow Chancellor Oliver Letwin spoke. Chancellor Gordon Brown replied.",
			[]string{"gordon-brown affiliated_with united-kingdom"}, []string{"oliver-letwin affiliated_with united-kingdom"}, nil},
		// rankedRole: a deputy's title registers the deputy's office
		{"the mayor is not the deputy mayor", "Ken Quarry made comments. Deputy Mayor Nicky Gavell told the BBC she believed he would say sorry. The mayor accused Tom Finch of doorstepping him.",
			nil, []string{"nicky-gavell accused tom-finch"}, nil},
		{"the deputy mayor is the deputy mayor", "Deputy Mayor Nicky Gavell spoke. The deputy mayor accused Tom Finch of doorstepping her.",
			[]string{"nicky-gavell accused tom-finch"}, nil, nil},
		// judgeOf: a judge sits in the court the story names
		{"a judge sits in the court named", "The High Court ruled on Tuesday that the death fell within the convention. Lord Justice Rax and Mr Justice Fordham ruled that the case should go on.",
			[]string{"lord-justice-rax affiliated_with high-court", "mr-justice-fordham affiliated_with high-court"}, nil, nil},
		{"a judge sits in the court named", "Judge Jane Orme said the Court of Appeal had erred.",
			[]string{"jane-orme affiliated_with court-of-appeal"}, nil, nil},
		{"a judge with two courts named elsewhere", "The High Court and the Court of Appeal differed. Later Mr Justice Fordham spoke.",
			nil, []string{"mr-justice-fordham affiliated_with high-court", "mr-justice-fordham affiliated_with court-of-appeal"}, nil},
		// ownShow: what a person presents or writes for a body
		{"a person's show or column on a body", "Mr Robert Quill quit his BBC One show after the row. Jane Orme wrote in her Guardian column that the plan was wrong.",
			[]string{"robert-quill affiliated_with bbc", "jane-orme affiliated_with the-guardian"}, nil, nil},
		{"a person's thing of a body that is no show", "Bob Hale lost his BBC job. Ann Lee sold her Shell shares.",
			nil, []string{"bob-hale affiliated_with bbc", "ann-lee affiliated_with shell"}, nil},
		// leaderName: a leader's administration is the state
		{"a leader's administration is the state", "Tony Blair spoke. Critics are close to the Blair administration.",
			[]string{"tony-blair affiliated_with united-kingdom"}, nil, []string{"!blair-administration"}},
		{"a leader's administration is the state", "The mayor spoke for the Kherson administration.",
			nil, nil, []string{"kherson-administration Organization"}},
		// clauseRules: a charge ends where its denial begins
		{"a charge's words end at its denial", "Accusations by Moscow against Kyiv were dismissed by the Ukrainian foreign ministry as \"ludicrous\". Charges by Labour against Shell were rejected by the firm as absurd.",
			[]string{"russia accused ukraine", "ukrainian-foreign-ministry denied russia"}, []string{"russia accused ukrainian-foreign-ministry"}, nil},
		// hearsay: an allegation nobody owns is no one's accusation
		{"an accusation inside claims nobody owns", "Newsnight investigated claims that Shell was blaming Jane Orme for the row. There are reports that Bob Hale accused Wal-Mart of lying.",
			nil, []string{"shell accused jane-orme", "bob-hale accused wal-mart"}, nil},
		{"an accusation inside claims someone owns", "Labour's claims that Shell was blaming Jane Orme were false. Jane Orme said Shell accused Peter Quill of fraud.",
			[]string{"shell accused jane-orme", "shell accused peter-quill"}, nil, nil},
		// described: to dismiss something as anything belittles its owner
		{"dismissing a thing as anything criticises", "Bob Hale has dismissed Peter Quill's Budget as \"vote now, pay later\" plans.",
			[]string{"bob-hale criticized peter-quill"}, []string{"bob-hale denied peter-quill"}, nil},
		{"dismissing a thing as anything criticises", "Jane Orme dismissed the Conservatives as a fading force.",
			[]string{"jane-orme criticized conservative-party"}, nil, nil},
		{"dismissing a claim denies it", "Jane Orme dismissed Peter Quill's claims as lies.",
			[]string{"jane-orme denied peter-quill"}, nil, nil},
		// an unknown pair before a verb of accusation is a person
		{"a name before a verb of accusation is a person", "Jacqui Brampton accused the Lib Dems of offering false promises. Tam Rudd denied the claims.",
			[]string{"jacqui-brampton accused liberal-democrats"}, nil, []string{"tam-rudd Person"}},
		// leadDescriptions: a story that describes someone before naming
		{"an opening description is the person named next", "A Conservative MP and former minister has defected to Labour.\n\nRobert Quill, 58, said he was disillusioned.",
			[]string{"robert-quill affiliated_with conservative-party", "robert-quill affiliated_with labour-party"}, nil, nil},
		{"an opening description is the person named next", "A former Home Office minister has criticised the Tories.\n\nJane Orme said the plans were wrong.",
			[]string{"jane-orme affiliated_with home-office", "jane-orme criticized conservative-party"}, nil, nil},
		{"an opening description is the person named next", "A British terror suspect plans to sue the British government.\n\nBob Hale, 32, was held for 33 months.",
			[]string{"bob-hale accused united-kingdom"}, []string{"bob-hale affiliated_with united-kingdom"}, nil},
		{"an opening description of someone not named next", "A Labour MP has criticised the Tories.\n\nThe vote on Monday was close, Jane Orme said.",
			nil, []string{"jane-orme criticized conservative-party", "jane-orme affiliated_with labour-party"}, nil},
		{"an opening description of someone not named next", "A rise in prices has hurt Labour.\n\nJane Orme said the figures were poor.",
			nil, []string{"jane-orme affiliated_with labour-party"}, nil},
		// [private-role]: a nationality is no service of the state
		{"a nationality before a private role", "Jane Orme, a US researcher, said so. Bob Hale, a Russian economist, spoke.",
			nil, []string{"jane-orme affiliated_with united-states", "bob-hale affiliated_with russia"}, nil},
		{"a nationality before a private role", "A US researcher has suggested that games help.\n\nJane Orme said that learning could be fun.",
			nil, []string{"jane-orme affiliated_with united-states"}, nil},
		// the government's: the home state's
		{"the government's policy is the home state's", ukStory + "Jane Orme criticised the government's new laws.",
			[]string{"jane-orme criticized united-kingdom"}, nil, nil},
		// chargeRules: a criminal charge told without its accuser
		{"a charge is the prosecutors' accusation", "US prosecutors say the firm hid costs. Bob Hale has denied charges of fraud. Peter Quill was charged with theft last year.",
			[]string{"us-prosecutors accused bob-hale", "us-prosecutors accused peter-quill"}, nil, nil},
		{"a charge is the prosecutors' accusation", "The Serious Fraud Office opened a case. Jane Orme pleaded not guilty to bribery. Tim Ray goes on trial next week.",
			[]string{"serious-fraud-office accused jane-orme", "serious-fraud-office accused tim-ray"}, nil, nil},
		{"a charge with no prosecutor named", "Bob Hale has denied charges of fraud. Peter Quill was charged with theft last year.",
			nil, []string{"us-prosecutors accused bob-hale"}, nil},
		{"a charge not brought", "US prosecutors looked at the case. Bob Hale will not face charges.",
			nil, []string{"us-prosecutors accused bob-hale"}, nil},
		// decideHome: a state's institutions weigh more than the places a story is about
		{"the government of a story about another state", "Labour MPs and Prime Minister Tony Blair debated Iraq. The Iraq war cost billions, Iraq's neighbours say. Jane Orme criticised the government over the war in Iraq.",
			[]string{"jane-orme criticized united-kingdom"}, []string{"jane-orme criticized iraq"}, nil},
		// skipWord: adverbs between a subject and its verb
		{"since and both between subject and verb", ukStory + "Dr Rowland Quill has since criticised the government over the war. Jane Orme and Bob Hale both attacked Shell.",
			[]string{"rowland-quill criticized united-kingdom", "bob-hale criticized shell"}, nil, nil},
		// intentWord: a lawsuit announced accuses as one filed does
		{"a lawsuit announced accuses", "Jane Orme plans to sue Shell. Peter Quill is planning to sue the British government.",
			[]string{"jane-orme accused shell", "peter-quill accused united-kingdom"}, nil, nil},
		{"a lawsuit announced accuses", "Wal-Mart intends to sue Google, Bob Hale said.",
			[]string{"wal-mart accused google"}, nil, nil},
		{"an attack planned is no attack", "Russia plans to attack Kharkiv. Jane Orme hopes to criticise Shell.",
			nil, []string{"russia attacked kharkiv", "jane-orme criticized shell"}, nil},
		// [criticize]: resigning or walking out in protest at a party
		{"quitting in protest criticises", "Peter Quill quit in protest at Labour's plans. Jane Orme resigned in protest over the Tory decision.",
			[]string{"peter-quill criticized labour-party", "jane-orme criticized conservative-party"}, nil, nil},
		{"quitting in protest criticises", "Bob Hale, a minister, has resigned in protest against Peter Quill. Ann Lee protested against the Conservatives.",
			[]string{"bob-hale criticized peter-quill", "ann-lee criticized conservative-party"}, nil, nil},
		{"a protest at no party", "Peter Quill resigned in protest at the delay. Jane Orme protested against the war in Iraq.",
			nil, []string{"jane-orme criticized iraq"}, nil},
		// shortOrg: an organisation the article named, without its head word
		{"a taught organisation without its head word", "Group Quatrel, the holding company, says this was illegal. Quatrel has sued Shell.",
			[]string{"group-quatrel accused shell"}, nil, []string{"!quatrel"}},
		{"a taught organisation without its head word", "Brelcom said the sale was done. Brelcom Holdings sold its unit to Shell.",
			nil, nil, []string{"brelcom-holdings Organization", "!brelcom"}},
		{"a known organisation's first word is no short name", "Financial markets fell. The Financial Times said so.",
			nil, nil, []string{"financial-times Organization"}},
		// placeAfterIn: an adjective of place before its noun is no place
		{"an adjective after in or outside is no place", "The area was outside European jurisdiction. They met in Venetian style. Jane Orme lives in Tarrington now.",
			nil, nil, []string{"!european", "!venetian", "tarrington Place"}},
		// [place-head]: features of the sea
		{"a reef or a shoal is a place", "Chinese ships blocked a resupply mission to the Second Thomas Shoal. Boats reached Scarborough Reef.",
			nil, nil, []string{"thomas-shoal Place", "!thomas-shoal Person", "scarborough-reef Place"}},
		// documentHead: a law or a treaty is no party, and no place
		{"a law or treaty names no entity", "The deal breaches the Lisbon Protocol and the Energy Charter Treaty, Jane Orme said.",
			nil, nil, []string{"jane-orme Person", "!lisbon", "!energy-charter-treaty"}},
		{"a law or treaty names no entity", "MPs passed the Prevention of Fraud Bill. The Geneva Conventions and the Data Protection Act apply.",
			nil, nil, []string{"!geneva", "!prevention-of-fraud-bill", "!data-protection-act"}},
		{"a law or treaty names no entity", "Bill Quist of the Geneva Convention Institute met Jane Orme in Geneva.",
			nil, nil, []string{"bill-quist Person", "geneva Place"}},
		// roleReferences: a description that opens a sentence
		{"a description takes up the last sentence's person", "Mr Robert Kilroy-Silk quit his show. The UK Independence Party member was arriving for a radio show.",
			[]string{"robert-kilroy-silk affiliated_with uk-independence-party"}, []string{"robert-kilroy-silk affiliated_with united-kingdom"}, nil},
		{"a description takes up the last sentence's person", "Michael Ancram told MPs the paper was propaganda. The Tory spokesman also criticised the government.",
			[]string{"michael-ancram affiliated_with conservative-party"}, nil, nil},
		{"a description takes up the person a pronoun went on about", "Jane Orme attacked the plan. \"Who are they trying to fool?\" she asked. The Labour spokeswoman also criticised the Tories.",
			[]string{"jane-orme affiliated_with labour-party", "jane-orme criticized conservative-party"}, []string{"labour-party criticized conservative-party"}, nil},
		{"a description takes up the person a pronoun went on about", "Peter Quill condemned the deal. He said it was a mistake. His colleagues agreed with him. The Tory MP later voted against it.",
			[]string{"peter-quill affiliated_with conservative-party"}, nil, nil},
		{"a description with a qualifier before its body", "Peter Quill has said the BBC was wrong. The former Labour minister was speaking amid claims.",
			[]string{"peter-quill affiliated_with labour-party"}, nil, nil},
		{"a description with a qualifier before its body", "Jane Orme voted against the bill. The veteran Tory MP said it was flawed.",
			[]string{"jane-orme affiliated_with conservative-party"}, nil, nil},
		{"a description whose body a role form took", "Jane Orme has resigned from her post. The Conservative leader had insisted that it was fine.",
			[]string{"jane-orme affiliated_with conservative-party"}, nil, nil},
		{"a description whose body a role form took", "Bob Hale has resigned from his post. The Scottish Conservative leader had insisted that his work was legal.",
			[]string{"bob-hale affiliated_with conservative-party"}, nil, nil},
		{"a description that names its body", "The BBC was wrong, Peter Quill has said. The European commissioner and former Labour minister was speaking amid claims.",
			[]string{"peter-quill affiliated_with european-commission"}, nil, nil},
		{"a description that names its body", "Jane Orme spoke in Brussels. The EU commissioner said the rules would change.",
			[]string{"jane-orme affiliated_with european-commission"}, nil, nil},
		{"a description takes up the speaker before", "The council should stop blaming Bob Hale, Peter Quill has said. The former Labour minister was speaking in Leeds.",
			[]string{"peter-quill affiliated_with labour-party"}, []string{"bob-hale affiliated_with labour-party"}, nil},
		{"a description takes up the speaker before", "Critics of Bob Hale were wrong, Jane Orme said. The Tory MP said the vote would be close.",
			[]string{"jane-orme affiliated_with conservative-party"}, []string{"bob-hale affiliated_with conservative-party"}, nil},
		{"a description that names its body after no person", "The plan is bad. The European commissioner was speaking amid claims.",
			nil, nil, []string{"!european-commission"}},
		{"a description after sentences about no one", "Peter Quill condemned the deal. The vote is due on Monday. The Tory MP later voted against it.",
			nil, []string{"peter-quill affiliated_with conservative-party"}, nil},
		{"a description after no person", "The plan was published on Monday. The Tory spokesman criticised it.",
			nil, []string{"conservative-party affiliated_with conservative-party"}, nil},
		{"a description inside a sentence is someone new", "Jane Orme spoke. Later the Labour MP attacked her.",
			nil, []string{"jane-orme affiliated_with labour-party"}, nil},
		// armyOf: a rank after a demonym serves in that state's army
		{"a rank after a demonym", "But former British Commander Colonel Bob Stewart said it was wrong.",
			[]string{"bob-stewart affiliated_with british-army"}, []string{"bob-stewart affiliated_with united-kingdom"}, nil},
		{"a rank after a demonym", "Russian General Ivan Petrov said the attack failed.",
			[]string{"ivan-petrov affiliated_with russian-armed-forces"}, []string{"ivan-petrov affiliated_with russia"}, nil},
		{"a rank of a state whose army no list knows", "Kenyan General Jane Orme said it.",
			nil, []string{"jane-orme affiliated_with kenya"}, nil},
		// a verb of leading in its -ing form
		{"chairing a body", "Baroness Kennedy, who is chairing the Power Inquiry into political disengagement, said it.",
			[]string{"baroness-kennedy affiliated_with power-inquiry"}, nil, nil},
		{"heading a body", "Jane Orme, who is heading the Acme Commission, said it.",
			[]string{"jane-orme affiliated_with acme-commission"}, nil, nil},
		// namedIn: a place inside a court's or an event's name
		{"a place that names a court", "Jane Orme told a Moscow court that the charges were false.",
			nil, nil, []string{"moscow Place"}},
		{"a place that names a court", "Wal-Mart filed for protection in a US bankruptcy court.",
			nil, nil, []string{"united-states Country"}},
		{"a place that names an event", "During the New York trial Jane Orme denied the charges.",
			nil, nil, []string{"new-york Place"}},
		// verbalAttack: a launched attack in words
		{"an attack launched in words", "Jane Orme launched a scathing attack on Labour.",
			[]string{"jane-orme criticized labour-party"}, nil, nil},
		{"an attack launched in words", "Peter Quill made a fierce attack on the Tories' plans.",
			[]string{"peter-quill criticized conservative-party"}, nil, nil},
		{"a participle phrase between subject and verb", "Gazprom based in Moscow for ten years has sued Yukos.",
			[]string{"gazprom accused yukos"}, nil, nil},
		{"a participle phrase between subject and verb", "Jane Orme held in Belmarsh since 2003 accused the Home Office of lying.",
			[]string{"jane-orme accused home-office"}, nil, nil},
		{"a participle phrase between subject and verb", "A terror suspect held in Guantanamo Bay for two years plans to sue the government.\n\nJohn Marple said he was beaten in Cuba. Prime Minister Tony Blair said the Commons would vote.",
			[]string{"john-marple accused united-kingdom"}, nil, nil},
		{"a clause is no participle phrase", "Jane Orme jailed in 2003 says that the man sued Yukos.",
			nil, []string{"jane-orme accused yukos"}, nil},
		{"a participle after a noun phrase qualifies it", "Charles Clarke told MPs: \"There remains a public emergency threatening the life of Jordan.\"",
			nil, []string{"charles-clarke threatened jordan"}, nil},
		{"a participle after a noun phrase qualifies it", "Jane Orme kept attacking Labour. A Gazprom advert attacking Yukos ran.",
			[]string{"jane-orme criticized labour-party", "gazprom criticized yukos"}, nil, nil},
		{"a work's participle is its maker's words", "Jane Orme made a film accusing Gazprom of fraud. Bob Hale gave a speech criticising Labour.",
			[]string{"jane-orme accused gazprom", "bob-hale criticized labour-party"}, nil, nil},
		{"doomed is not denounced", "A late goal from Andy Quill condemned Mansfield to a ninth defeat. Jane Orme condemned Gazprom for its silence.",
			[]string{"jane-orme criticized gazprom"}, []string{"andy-quill criticized mansfield"}, nil},
		{"nobody denies", "Gazprom said that nobody is denying suggestions a merger could be on the agenda.",
			nil, []string{"gazprom denied t-gazprom-denial"}, nil},
		{"words of criticism aimed at a party", "Jane Orme launched a tirade aimed at the Tories.",
			[]string{"jane-orme criticized conservative-party"}, nil, nil},
		{"words of criticism aimed at a party", "Peter Quill's outburst against Gazprom was widely reported.",
			[]string{"peter-quill criticized gazprom"}, nil, nil},
		{"words of criticism aimed at a party", "Jane Orme delivered a broadside directed at Labour, as protesters clashed with police, leaving two dead.",
			[]string{"jane-orme criticized labour-party"}, nil, nil},
		{"words of criticism aimed at a place are none", "Jane Orme launched a tirade against London.",
			nil, []string{"jane-orme criticized london"}, nil},
		{"an attack launched with violence is no criticism", "Russia launched an attack on the Kenyan government, killing ten soldiers.",
			nil, []string{"russia criticized kenya"}, nil},
		{"attacks unleashed are strikes, not words", "Russia overnight unleashed its most intense attacks on Ukraine in more than a year.",
			nil, []string{"russia criticized ukraine"}, nil},
		{"a person's spokesman speaks for the person", "The Tories said Tony Blair lied. Mr Blair's official spokesman said the claims were nonsense.",
			[]string{"tony-blair denied conservative-party"}, nil, nil},
		{"a person's spokesman speaks for the person", "The Tories said Tony Blair lied. His spokesman denied the claims.",
			[]string{"tony-blair denied conservative-party"}, nil, nil},
		{"a call to go or say sorry criticises", "The Tories called for David Quill to resign. Tony Blair urged Ken Quill to apologise. The Lib Dems demanded the resignation of Charles Quill. Labour demanded an apology from the BBC.",
			[]string{"conservative-party criticized david-quill", "tony-blair criticized ken-quill", "liberal-democrats criticized charles-quill", "labour-party criticized bbc"}, nil, nil},
		{"a call to act, or no call, criticises no one", "Jane Orme urged Gordon Brown to act. The Tories have not called for David Quill to resign.",
			nil, []string{"jane-orme criticized gordon-brown", "conservative-party criticized david-quill"}, nil},
		{"talks between two sides", "Talks between Tony Blair and Jacques Chirac ended on Monday. Planned talks between Gazprom and Yukos were cancelled.",
			[]string{"tony-blair met jacques-chirac"}, []string{"gazprom met yukos"}, nil},
		{"slated is criticised, slated for a date is not", "In an interview, Victoria Quill slated comedian Sacha Baron Cohen for his character. Gazprom is slated to buy Yukos.",
			[]string{"victoria-quill criticized sacha-baron-cohen"}, []string{"gazprom criticized yukos"}, nil},
		{"idioms of criticism", "Jane Orme took a swipe at Labour, and Peter Quill turned on the Tories.",
			[]string{"jane-orme criticized labour-party", "peter-quill criticized conservative-party"}, nil, nil},
		{"evaluative words in a report", "Peter Quill said Mr Tony Blair had lost the trust of voters.",
			[]string{"peter-quill criticized tony-blair"}, nil, nil},
		{"evaluative words in a report", "Jane Orme said Labour's spending figures were a fantasy with a black hole in them.",
			[]string{"jane-orme criticized labour-party"}, nil, nil},
		// remarksOf: "the comments" are the last other speaker's
		{"the comments are the last speaker's", "Jane Orme told members he wants more migrants. Peter Quill said the comments were at odds with the pledge.",
			[]string{"peter-quill criticized jane-orme"}, nil, nil},
		{"the comments are the last speaker's", "Jane Orme said Labour would win. Peter Quill said the remarks were arrogant.",
			[]string{"peter-quill criticized jane-orme"}, nil, nil},
		{"quoted as telling", "Jane Orme has been quoted as telling members he wants more migrants. Peter Quill said the comments were arrogant.",
			[]string{"peter-quill criticized jane-orme"}, nil, nil},
		{"quoted as saying", "Jane Orme was quoted as saying that Labour lied.",
			[]string{"jane-orme accused labour-party"}, nil, nil},
		{"comments without a speaker before", "Peter Quill said the comments were arrogant.",
			nil, []string{"peter-quill criticized peter-quill"}, nil},
		// personPronounAt: him and her
		{"him is the last subject, not a possessor", "Peter Quill said the plan was at odds with John Marple's promise. But Jane Orme accused him of lying.",
			[]string{"jane-orme accused peter-quill"}, []string{"jane-orme accused john-marple"}, nil},
		{"him is the last subject, not a possessor", "Peter Quill attacked the plan and John Marple's budget. Later Jane Orme criticised him.",
			[]string{"jane-orme criticized peter-quill"}, []string{"jane-orme criticized john-marple"}, nil},
		{"a possessor is the last resort", "Labour backed Peter Quill over John Marple's objections. Jane Orme criticised him.",
			[]string{"jane-orme criticized peter-quill"}, []string{"jane-orme criticized john-marple"}, nil},
		{"her is a woman", "Mr Peter Quill spoke after Mrs Jane Orme. Tim Yeo accused her of lying.",
			[]string{"tim-yeo accused jane-orme"}, []string{"tim-yeo accused peter-quill"}, nil},
		// tiedTo: "an associate of X" is not X
		{"someone tied to a name speaks, not the name", "A close associate of Jane Orme has told a court that the charges are false.",
			nil, []string{"jane-orme denied t-jane-orme-denial"}, nil},
		{"someone tied to a name speaks, not the name", "A friend of former Tory leader Jane Orme accused Labour of lying.",
			nil, []string{"jane-orme accused labour-party"}, nil},
		{"a name with its own tie speaks", "Jane Orme, a friend of the Tories, accused Labour of lying.",
			[]string{"jane-orme accused labour-party"}, nil, nil},
		// publishedBy: a body's publication speaks for it
		{"a body's publication speaks", "A BBC report claimed Downing Street had sexed up the dossier.",
			[]string{"bbc accused downing-street"}, nil, nil},
		{"a body's publication speaks", "A Sunday Times article that claimed Wal-Mart had lied was wrong.",
			[]string{"sunday-times accused wal-mart"}, nil, nil},
		{"a body's publication speaks", "A BBC documentary accused Wal-Mart of lying.",
			[]string{"bbc accused wal-mart"}, nil, nil},
		{"a body's publication speaks", "Labour posters attacked Michael Howard.",
			[]string{"labour-party criticized michael-howard"}, nil, nil},
		{"a publication of no body", "Jane Orme spoke. A report later claimed Wal-Mart had lied.",
			nil, []string{"jane-orme accused wal-mart"}, nil},
		// withSubject: the participle's own subject after "with"
		{"with X accusing Y", "Protests grew, with Moscow accusing Kyiv of shelling the plant.",
			[]string{"russia accused ukraine"}, nil, nil},
		{"with X accusing Y", "Ukraine and Poland pressed their case, with Jane Orme expressing hope, and the Kremlin alleging that Lithuania was behind the plot.",
			[]string{"kremlin accused lithuania"}, []string{"ukraine accused lithuania", "poland accused lithuania"}, nil},
		// firstAgent: a sentence without a claim passes its subject on
		{"a name after a copula is no subject for the next pronoun", "Tom Marov joined the KGB in Moscow. One of his fellow pupils was Peter Quill. Years later he accused the British government of betraying him.",
			[]string{"tom-marov accused united-kingdom"}, []string{"peter-quill accused united-kingdom"}, nil},
		{"a pronoun subject keeps the last sentence's subject", "Tom Marov joined the army. Later Peter Quill joined too. Through his teacher, Tom Marov made an approach to the British. Then he made contact with the British authorities. He accused Labour of betraying him.",
			[]string{"tom-marov accused labour-party"}, []string{"peter-quill accused labour-party"}, nil},
		{"a pronoun subject keeps the last sentence's subject", "Tom Marov spoke. Peter Quill spoke. Tom Marov left Moscow. Then he met officials of the British Council in Riga. He accused Labour of lying.",
			[]string{"tom-marov accused labour-party"}, []string{"peter-quill accused labour-party"}, nil},
		{"a participle after an object is the subject's", "Jane Orme wrote to the watchdog accusing Labour of lying.",
			[]string{"jane-orme accused labour-party"}, nil, nil},
		{"a participle after an object is the subject's", "Tom Reed spoke. Jane Orme wrote to Mr Reed on Tuesday accusing him of an error of judgement.",
			[]string{"jane-orme accused tom-reed"}, []string{"tom-reed accused jane-orme"}, nil},
		{"a participle after an object is the subject's", "Tom Reed and Ed Bale spoke. Jane Orme wrote to Mr Reed, accusing him of lying, and then to Dr Bale.",
			[]string{"jane-orme accused tom-reed"}, []string{"tom-reed accused ed-bale"}, nil},
		{"defected to a party", "Former Tory minister Jane Orme has defected to Labour.",
			[]string{"jane-orme affiliated_with labour-party"}, nil, nil},
		{"defected to a party", "Peter Quill, a Labour MP, has defected to the Liberal Democrats.",
			[]string{"peter-quill affiliated_with liberal-democrats"}, nil, nil},
		{"joined after an apposition", "Jane Orme, the former Tory MP, has joined UKIP.",
			[]string{"jane-orme affiliated_with uk-independence-party"}, nil, nil},
		{"joined after an apposition", "Peter Quill, who was sacked, joined Wal-Mart.",
			[]string{"peter-quill affiliated_with wal-mart"}, nil, nil},
		// peopleAfter: a plural title over a list of names
		{"a plural title over a list", "Labour ministers Alan Milburn and John Reid attacked the plan.",
			[]string{"alan-milburn affiliated_with labour-party", "john-reid affiliated_with labour-party"}, nil, nil},
		{"a plural title over a list", "Tory MPs Jane Orme, Peter Quill, and Tim Yeo signed it.",
			[]string{"jane-orme affiliated_with conservative-party", "peter-quill affiliated_with conservative-party", "tim-yeo affiliated_with conservative-party"}, nil, nil},
		{"a singular title names one", "Tory MP Jane Orme and Peter Quill signed it.",
			[]string{"jane-orme affiliated_with conservative-party"}, []string{"peter-quill affiliated_with conservative-party"}, nil},
		{"a possessive in the list is someone else's", "Tory MPs Jane Orme and Peter Quill's wife signed it.",
			[]string{"jane-orme affiliated_with conservative-party"}, []string{"peter-quill affiliated_with conservative-party"}, nil},
		// unnamedBody
		{"a role with no body after a company", "Wal-Mart defended its pay. Company president Lee Fordham wrote an open letter.",
			[]string{"lee-fordham affiliated_with wal-mart"}, nil, nil},
		{"a party leader is the party's named last", "The UK Independence Party met. A row broke out between MEP Jane Orme and party leader Roger Knapp.",
			[]string{"roger-knapp affiliated_with uk-independence-party"}, []string{"roger-knapp affiliated_with european-parliament"}, nil},
		{"a party leader is the party's named last", "Tory co-chairman Liam Foxe attacked Labour's record and party leader Michael Howe will speak later.",
			[]string{"michael-howe affiliated_with conservative-party"}, []string{"michael-howe affiliated_with labour-party"}, nil},
		{"a bare leader is no company's", "The Refugee Council said migrants would be checked. Leader Michael Howe said the checks would help. Shares in Zentix rose against market leader Brelco.",
			nil, []string{"michael-howe affiliated_with refugee-council", "brelco affiliated_with zentix"}, nil},
		{"a role after a body named in part in lower case", "Peter Quill, a member of the NEC, spoke. Commission for racial equality chief Trevor Phelps argued for shortlists.",
			nil, []string{"trevor-phelps affiliated_with nec"}, nil},
		{"a role with no body after a programme", "Newsnight ran the story. Later, presenter Jeremy Paxman asked about it.",
			[]string{"jeremy-paxman affiliated_with newsnight"}, nil, nil},
		{"a generic role takes no body", "Wal-Mart defended its pay. Analyst Tom Askew disagreed.",
			nil, []string{"tom-askew affiliated_with wal-mart"}, nil},
		{"a party role takes no company", "Wal-Mart defended its pay. Opposition leader Tom Askew disagreed.",
			nil, []string{"tom-askew affiliated_with wal-mart"}, nil},
		// claimNounAfter
		{"rejected the accusations answers the last accuser", "China accused the United States of playing with fire. Taiwan rejected the accusations.",
			[]string{"taiwan denied china"}, nil, nil},
		// stanceRules
		{"a retort criticises what it names", "Jack Straw hit back by saying Tory attitudes had hurt Britain.",
			[]string{"jack-straw criticized conservative-party"}, nil, nil},
		{"a retort criticises what it names", "Gordon Brown fired back, saying Labour's critics in the Lib Dems were wrong.",
			[]string{"gordon-brown criticized labour-party"}, nil, nil},
		{"a description as a word of criticism", "Cherie Blair described the US legal code as outdated.",
			[]string{"cherie-blair criticized united-states"}, nil, nil},
		{"a description as a word of criticism", "Moscow officials dismissed Yukos' legal wrangling as meaningless.",
			[]string{"russia criticized yukos"}, nil, nil},
		{"a description without criticism", "Cherie Blair described the US legal code as old.",
			nil, []string{"cherie-blair criticized united-states"}, nil},
		{"an attack told as a noun", "Duncan Bannatyne said his attack on Labour was fair.",
			[]string{"duncan-bannatyne criticized labour-party"}, nil, nil},
		{"an attack told as a noun", "Liam Fox's attack on the Liberal Democrats drew jeers.",
			[]string{"liam-fox criticized liberal-democrats"}, nil, nil},
		{"an attack with violence is no criticism", "Hamas's attack on Israel killed hundreds.",
			nil, []string{"hamas criticized israel"}, nil},
		{"an investigation of claims about a party", "Newsnight is a BBC programme. The programme investigated claims that Labour's agency Brightmoor had lied.",
			[]string{"newsnight investigates brightmoor"}, nil, nil},
		{"a threat to sue", "Yukos threatened to sue the Russian government.",
			[]string{"yukos threatened russia"}, nil, nil},
		{"a threat to take legal action", "Gazprom has threatened to take legal action against Rosneft.",
			[]string{"gazprom threatened rosneft"}, nil, nil},
		// fits: a pronoun finds a person of its gender
		{"she is no man", "Tony Blair spoke first. Later Mrs Clara Blair spoke. She described the US legal code as outdated.",
			[]string{"clara-blair criticized united-states"}, []string{"tony-blair criticized united-states"}, nil},
		{"he is no woman", "Mrs Clara Blair spoke first. Tony Blair spoke next. He described the US legal code as outdated.",
			[]string{"tony-blair criticized united-states"}, []string{"clara-blair criticized united-states"}, nil},
		// denials: passive with an owner, reduced relatives, innocence
		{"his claims were denied", "Michael Ancram spoke. His claims were denied by Foreign Secretary Jack Straw.",
			[]string{"jack-straw denied michael-ancram"}, nil, nil},
		{"the possessor's claims were denied", "Russia's claims were rejected by Ukraine.",
			[]string{"ukraine denied russia"}, nil, nil},
		{"that charge was denied", "Liam Fox accused Labour of lying. That charge was denied by Peter Mandelson.",
			[]string{"peter-mandelson denied liam-fox"}, nil, nil},
		{"claims denied by", "The posters prompted accusations of racism, claims denied by Labour.",
			[]string{"labour-party denied t-labour-party-denial"}, nil, nil},
		{"a declaration of innocence", "Labour accused David McLetchie of lying. Mr McLetchie said he had done nothing wrong.",
			[]string{"david-mcletchie denied labour-party"}, nil, nil},
		{"a declaration of innocence", "Russia accused Gazprom of fraud. Gazprom insisted it had acted lawfully.",
			[]string{"gazprom denied russia"}, nil, nil},
		{"a scare-quoted verb", "Labour accused the Tories of lying. A Tory spokesman \"flatly denied\" the claims.",
			[]string{"conservative-party denied labour-party"}, nil, nil},
		// a state named with its government
		{"the state's government", "Martin Mubanga said the US tortured him. The US government denied the claims.",
			[]string{"united-states denied martin-mubanga"}, nil, nil},
		// a participle's subject is the person after body and role
		{"a participle after body, role and person", "Lib Dem chairman Matthew Taylor wrote to the regulator accusing Labour of cheating.",
			[]string{"matthew-taylor accused labour-party"}, []string{"liberal-democrats accused labour-party"}, nil},
		{"a participle after body, second body, role and person", "The Scottish National Party's Holyrood leader Jane Orme wrote to Tom Reed accusing him of lying.",
			[]string{"jane-orme accused tom-reed"}, []string{"scottish-national-party accused tom-reed"}, nil},
		{"a participle after body, second body, role and person", "Labour's Commons leader Peter Quill wrote to the BBC accusing it of bias.",
			[]string{"peter-quill accused bbc"}, []string{"labour-party accused bbc"}, nil},
		// a name quoted is no subject for the next pronoun
		{"a quoted name is no antecedent", "Duncan Bannatyne said: \"Gordon Brown is a great chancellor.\" And he described the plan as piecemeal and poor.",
			nil, []string{"gordon-brown criticized united-kingdom"}, nil},
		// breaking a norm, reported
		{"a broken convention", "Cherie Blair spoke in Boston. The Tories said she broke a convention.",
			[]string{"conservative-party accused cherie-blair"}, nil, nil},
		{"violated the ceasefire", "Armenia said Azerbaijan had violated the ceasefire.",
			[]string{"armenia accused azerbaijan"}, nil, nil},
		{"a norm kept", "The Tories said Labour had not broken the rules.",
			nil, []string{"conservative-party accused labour-party"}, nil},
		// a passive whose subject is a pronoun
		{"a pronoun sued by", "Deutsche Bank is involved because it is itself being sued by Yukos.",
			[]string{"yukos accused deutsche-bank"}, nil, nil},
		{"a person criticised by someone named after", "Darren Quill ran well. He was criticised by Michael Johnson.",
			[]string{"michael-johnson criticized darren-quill"}, nil, nil},
		{"what a report takes as given stands", "Liam Foxe said Labour poster plans attacking Mr Howe were a sign of abusive politics. Jane Orme said Tory adverts criticising Labour were a disgrace.",
			[]string{"labour-party criticized howe-t", "conservative-party criticized labour-party"}, nil, nil},
		{"what a report takes as given stands", "Moscow said Ukrainian drones attacking Mr Putin were shot down. Jane Orme said Labour was attacking Mr Howe. Kyiv said Wagner units attacking Bakhmut were repelled.",
			nil, []string{"ukraine attacked vladimir-putin", "ukraine criticized vladimir-putin", "labour-party criticized howe-t", "wagner-group attacked bakhmut"}, nil},
		{"an office of state no name holds speaks for the state", "Russia's foreign minister accused Ukraine of lying. The Indian finance minister criticised Labour.",
			[]string{"russia accused ukraine", "india criticized labour-party"}, nil, nil},
		{"an office of state is its holder when the article names one", "President Musharraf of Pakistan spoke. On Monday the Pakistani president met Tony Blair. Filippo Volandri of Italy won. When President Nestor Kirchner of Argentina arrived, he acted.",
			[]string{"pervez-musharraf affiliated_with pakistan", "pervez-musharraf met tony-blair", "nestor-kirchner affiliated_with argentina"}, []string{"pakistan met tony-blair", "filippo-volandri affiliated_with italy"}, nil},
		{"an office of state is its holder when the article names one", "Labour won, said the finance minister. Zentix's finance minister criticised Labour. In talks with Russia the finance minister criticised the Tories.",
			nil, []string{"zentix criticized labour-party", "russia criticized conservative-party"}, nil},
		{"a description told in the passive is its author's", "Jane Orme spoke on Sunday. Her comments have been described as \"irresponsible\" by the Islamic Human Rights Commission. Labour was branded a shambles by the Tories.",
			[]string{"islamic-human-rights-commission criticized jane-orme", "conservative-party criticized labour-party"}, []string{"labour-party criticized conservative-party"}, nil},
		{"a description told in the passive is its author's", "Peter Quill's plans were described as bold by Labour. Plans to store waste in the UK have been branded \"deeply irresponsible\" by the Liberal Democrats.",
			nil, []string{"labour-party criticized peter-quill", "liberal-democrats criticized united-kingdom"}, nil},
		{"a participle with no auxiliary is passive", "Anand Jain, accused by Peter Quill of creating a rift, resigned.",
			[]string{"peter-quill accused anand-jain"}, []string{"anand-jain accused peter-quill"}, nil},
		{"a participle with no auxiliary is passive", "The Tories met. Jane Orme - a former board member criticised by Labour for her pay - resigned.",
			[]string{"labour-party criticized jane-orme"}, []string{"jane-orme criticized labour-party"}, nil},
		{"a participle is passive of no name past a place or a clause", "In Basra, soldiers attacked by al-Qaeda fighters were hurt. Jane Orme, who met officials criticised by Labour, spoke.",
			nil, []string{"al-qaeda attacked basra", "labour-party criticized jane-orme"}, nil},
		{"a person criticised by someone named after", "Darren Quill ran well. He was criticised at the time by Michael Johnson.",
			[]string{"michael-johnson criticized darren-quill"}, nil, nil},
		{"a person criticised by someone named after", "Jane Orme spoke. She was criticised in print on Monday by Labour.",
			[]string{"labour-party criticized jane-orme"}, nil, nil},
		{"given something that is no supply", "Ukraine was given tanks by Britain. Kenya has been given extra confidence by Britain.",
			[]string{"united-kingdom supplied ukraine"}, []string{"united-kingdom supplied kenya"}, nil},
		{"supplies to a state's market are no supply to the state", "Investigations exposed errors at the lender Zentix, which supplies funds to America's $8 trillion mortgage market. Germany sent weapons to Ukraine's army.",
			[]string{"germany supplied ukrainian-military"}, []string{"zentix supplied united-states"}, nil},
		{"a pronoun sent by is no supply", "Martin Hale said he was sent there by British officials.",
			nil, []string{"united-kingdom supplied martin-hale"}, nil},
		{"a threat to sue is no other threat", "Yukos sued Gazprom. It has also threatened to sue the Russian government.",
			[]string{"yukos threatened russia"}, []string{"yukos threatened gazprom"}, nil},
		// eventNouns
		{"a named inquiry", "The Hutton inquiry cleared the government.", nil, nil, []string{"hutton-inquiry Event"}},
		{"a place's event", "The Berlin blockade ended in 1949.", nil, nil, []string{"berlin-blockade Event"}},
		{"the story's election", "Labour won the general election easily.", nil, nil, []string{"t-general-election Event"}},
		{"the story's trial", "The trial continues in New York.", nil, nil, []string{"t-trial Event"}},
		{"an event noun as a modifier is no event", "Labour's election pledges were vague.", nil, nil, []string{"!t-election", "!labour-party-election"}},
		{"a verb is no event", "Russia strikes Ukraine with drones.", []string{"russia attacked ukraine"}, nil, nil},
		// courts
		{"a court in lower case", "Yukos filed for protection in a US bankruptcy court.", nil, nil, []string{"t-us-bankruptcy-court Organization"}},
		{"a city's court", "A Moscow court convicted him of fraud.", nil, nil, []string{"t-moscow-court Organization"}},
		{"the district court", "The district court agreed with the bank.", nil, nil, []string{"t-district-court Organization"}},
		// names that letters or titles make persons
		{"a name before QC", "The chairman of the Bar Council, Guy Mansfield QC, spoke.",
			[]string{"guy-mansfield affiliated_with bar-council"}, nil, []string{"guy-mansfield Person"}},
		{"a judge named like a magazine", "Mr Justice Forbes ruled on Tuesday.", nil, nil, []string{"mr-justice-forbes Person"}},
		{"a road", "The attack happened on Wilmslow Road in Manchester.", nil, nil, []string{"wilmslow-road Place"}},
		// accusedInSpeech
		{"stands accused, said the speaker", "Christine May spoke about David McLetchie. \"He stands accused of breaching the code,\" she said.",
			[]string{"christine-may accused david-mcletchie"}, nil, nil},
		{"a charge said to be possible is none", "Christine May spoke about David McLetchie. \"He will be glad if he is charged, so he can clear his name,\" she said.",
			nil, []string{"christine-may accused david-mcletchie"}, nil},
		{"is accused by someone named is the named one's", "\"He is accused by Labour of lying,\" Nicola Sturgeon said of David McLetchie.",
			nil, []string{"nicola-sturgeon accused david-mcletchie"}, nil},
		// a denial before its accusation answers the later accuser
		{"a denial before the accusation", "David McLetchie resigned. He said he had done nothing wrong. Later Labour accused Mr McLetchie of lying.",
			[]string{"david-mcletchie denied labour-party"}, []string{"david-mcletchie denied t-david-mcletchie-denial"}, nil},
		// roleSince: a role refers back, not forward
		{"a role refers back only", ukStory + "The MSP criticised the Tories. Labour MSP Christine May spoke.",
			nil, []string{"christine-may criticized conservative-party"}, nil},
		{"a role refers back", ukStory + "Labour MSP Christine May spoke. The MSP criticised the Tories.",
			[]string{"christine-may criticized conservative-party"}, nil, nil},
		// copulaRole with a capitalised office; a given name before a
		// place head that is also a surname
		{"was Home Secretary", ukStory + "Michael Howard tried it when he was Home Secretary.",
			[]string{"michael-howard affiliated_with united-kingdom"}, nil, nil},
		{"a surname that is a place head", "Mike Lake, a spokesman for Yukos' lawyers, said the firm would fight.",
			[]string{"mike-lake affiliated_with yukos"}, nil, []string{"mike-lake Person"}},
		{"a body after a sentence adverb", "But Fair Trials Abroad director Stephen Jakobi disagreed.",
			[]string{"stephen-jakobi affiliated_with fair-trials-abroad"}, nil, nil},
		// memberOf
		{"one of several executives", "Scott Sullivan, one of six WorldCom executives, testified.",
			[]string{"scott-sullivan affiliated_with worldcom"}, nil, nil},
		{"one of the founders of", "Mikhail Khodorkovsky was one of the founders of Yukos.",
			[]string{"mikhail-khodorkovsky affiliated_with yukos"}, nil, nil},
		{"a verb of leading", "Peter Lodge headed the Brelcom group, the parent company of Yukos. Later Brelcom denied the claims.",
			[]string{"peter-lodge affiliated_with brelcom-group", "brelcom-group denied t-brelcom-group-denial"}, nil, []string{"brelcom-group Organization", "!brelcom"}},
		{"a company class noun is no part of the name", "The Brelcom company said it would appeal.", nil, nil, []string{"brelcom Organization"}},
		// a leader's government, a seat of power, a party before a body
		{"the leader's government", "Tony Blair spoke. Critics attacked the Blair government.",
			[]string{"tony-blair affiliated_with united-kingdom"}, nil, nil},
		{"the leader's government, leader unnamed", "Critics attacked the Biden administration.",
			nil, []string{"joe-biden affiliated_with united-states"}, nil},
		{"a seat of power", "Ex-No 10 media chief Alastair Campbell spoke.",
			[]string{"alastair-campbell affiliated_with downing-street"}, nil, nil},
		{"a party before a body", "Scottish National Party Holyrood leader Nicola Sturgeon spoke.",
			[]string{"nicola-sturgeon affiliated_with scottish-national-party"}, nil, nil},
		// relative clauses keep their antecedent
		{"which is investigating", "Zelensky spoke at the International Criminal Court, which is investigating Putin.",
			[]string{"international-criminal-court investigates vladimir-putin"}, []string{"volodymyr-zelensky investigates vladimir-putin"}, nil},
		// denials of criticism, refutations, claims called false
		{"dismissed the party's attack", "Liam Fox attacked the plan. Charles Clarke dismissed the latest Tory attack.",
			[]string{"charles-clarke denied conservative-party"}, nil, nil},
		{"wrong to suggest", "Eli Lilly said: \"It was simply wrong to suggest that documents were missing.\"",
			[]string{"eli-lilly denied t-eli-lilly-denial"}, nil, nil},
		{"charges called false", "Platon Lebedev told a court that the fraud charges against him were false.",
			[]string{"platon-lebedev denied t-platon-lebedev-denial"}, nil, nil},
		{"charges called true", "Platon Lebedev told a court that the fraud charges against him were not false.",
			nil, []string{"platon-lebedev denied t-platon-lebedev-denial"}, nil},
		{"a denial answers the accusation told next", "David McLetchie said he had done nothing wrong. Christine May accused Mr McLetchie of lying. Nicola Sturgeon accused Mr McLetchie of failing.",
			[]string{"david-mcletchie denied christine-may"}, []string{"david-mcletchie denied nicola-sturgeon"}, nil},
		// criticNext: the critic of the sentence right after a denial
		{"a denial answers the critic right after", "Jane Orme advises Labour, which denies engaging in personal campaigning. Tom Reed said Labour's posters were a sign of abusive politics.",
			[]string{"labour-party denied tom-reed"}, nil, nil},
		{"a denial answers no critic further on", "Labour denies engaging in personal campaigning. The weather was fine. Tom Reed said Labour's posters were a sign of abusive politics.",
			[]string{"labour-party denied t-labour-party-denial"}, []string{"labour-party denied tom-reed"}, nil},
		// retort: the party a denier answers in the denial's sentence
		{"a denial that answers a party", "That charge was denied by Jane Orme, who said the Tories were afraid of her.",
			[]string{"jane-orme denied conservative-party"}, []string{"jane-orme denied t-jane-orme-denial"}, nil},
		{"a denial that answers a party", "Bernard Epps denied the allegations and accused Scott Sellers of lying to the jury.",
			[]string{"bernard-epps denied scott-sellers"}, nil, nil},
		{"a denial that answers two parties names neither", "Bernard Epps denied the allegations and accused Scott Sellers and Gazprom of lying.",
			[]string{"bernard-epps denied t-bernard-epps-denial"}, []string{"bernard-epps denied scott-sellers"}, nil},
		// finalAttribution
		{"words before a closing attribution", "Labour has broken its promise on tax, the Tories have claimed.",
			[]string{"conservative-party accused labour-party"}, nil, nil},
		{"words before an inverted attribution", "Tony Blair lied about the war, say the Tories.",
			[]string{"conservative-party accused tony-blair"}, nil, nil},
		{"an attribution in mid-sentence reports what follows", "The Tories have claimed that Tony Blair lied.",
			[]string{"conservative-party accused tony-blair"}, nil, nil},
		// listAfter
		{"a list after a dash", "Yukos is suing four companies - Gazprom, its unit Gazpromneft, Rosneft and the shell company Baikal.",
			[]string{"yukos accused gazprom", "yukos accused rosneft", "yukos accused gazpromneft"}, nil, nil},
		{"a list after a colon", "Amnesty International criticised three states: Iran, Syria and Egypt.",
			[]string{"amnesty-international criticized iran", "amnesty-international criticized syria", "amnesty-international criticized egypt"}, nil, nil},
		// quotations: a straight mark closes a carried quotation, a
		// quoted phrase inside indirect speech, an admonition
		{"a carried quotation closes at a straight mark", "Jack Straw said: \"I know the odd journalist.\n\n\"Maybe I mix with the wrong ones.\" Liam Fox said the return of Campbell was a sign of \"sinister and underhand tactics\" by Labour.",
			[]string{"liam-fox criticized labour-party"}, []string{"jack-straw criticized labour-party"}, nil},
		{"warned someone to stop", "Peter Mandelson warned the BBC to steer away from demonising Campbell.",
			[]string{"peter-mandelson criticized bbc"}, nil, nil},
		{"a warning of consequences stays a threat", "Iran warned Israel of severe consequences.",
			[]string{"iran threatened israel"}, []string{"iran criticized israel"}, nil},
		// investigations: a complaint looked into, an incident treated
		// as a crime, a body named in lower case, the police
		{"a complaint from one about another", "The information commissioner is to look into a complaint from the Lib Dems about Labour.",
			[]string{"information-commissioners-office investigates labour-party"}, []string{"information-commissioners-office investigates liberal-democrats"}, nil},
		{"the last word of a body's name stands for it", "The European Commission has fined Vodafone. The Commission's investigation into Vodafone goes on.",
			[]string{"european-commission investigates vodafone"}, nil, nil},
		{"the last word of two bodies' names stands for neither", "The Public Accounts Committee and the Home Affairs Committee met. The Committee criticised Gazprom.",
			nil, []string{"public-accounts-committee criticized gazprom", "home-affairs-committee criticized gazprom"}, nil},
		{"under investigation for a wrong by an agent", "Marion Quill, who is under investigation for steroid use by the US Anti-Doping Agency, spoke.",
			[]string{"us-anti-doping-agency investigates marion-quill"}, nil, nil},
		{"a question about a party investigated", "The SEC is investigating whether Wal-Mart hid losses from its shareholders.",
			[]string{"securities-and-exchange-commission investigates wal-mart"}, nil, nil},
		{"a question about a party investigated", "Home Secretary Charles Clarke spoke. An inquiry by Sir Alan Budd is looking into whether the home secretary lied.",
			[]string{"alan-budd investigates charles-clarke"}, nil, nil},
		{"a question about a place is no investigation of a party", "The SEC is investigating whether Texas gained from the deal.",
			nil, []string{"securities-and-exchange-commission investigates texas"}, nil},
		{"an incident treated as a crime", "Greater Manchester Police were called. They are treating the incident as assault.",
			[]string{"greater-manchester-police investigates t-incident"}, nil, nil},
		{"the police named later", "The police were called. They are treating the incident as assault. Greater Manchester Police appealed for witnesses.",
			[]string{"greater-manchester-police investigates t-incident"}, nil, nil},
		{"treated as nothing criminal", "Greater Manchester Police were called. They are treating the incident as an accident.",
			nil, []string{"greater-manchester-police investigates t-incident"}, nil},
		{"a body's name in lower case", "The foreign office criticised Iran.",
			[]string{"foreign-office criticized iran"}, nil, nil},
		// courts in a place, events named twice, misspelt names
		{"a court in a place", "Yukos filed for protection in a court in Texas.", nil, nil, []string{"t-court-in-texas Organization"}},
		{"one court per place", "Yukos went to a US bankruptcy court. The US court agreed.", nil, nil, []string{"t-us-bankruptcy-court Organization"}},
		{"a named event and its short name", "Relief for the Asian tsunami crisis came. The tsunami killed thousands.",
			nil, nil, []string{"asian-tsunami-crisis Event"}},
		{"a misspelt surname", "The ex-Yukos boss Mikhail Khordokovsky is in jail.",
			[]string{"mikhail-khodorkovsky affiliated_with yukos"}, nil, nil},
		{"a constituency before MP is no person", "Ruth Kelly, a Cabinet Office minister and Bolton West MP, arrived.",
			[]string{"ruth-kelly affiliated_with cabinet-office"}, nil, []string{"!bolton-west"}},
		// threatCues: a retaliation cue outside reported speech
		{"a right to retaliate", "The Kremlin published a statement emphasising its right to retaliate against Ukraine.",
			[]string{"kremlin threatened ukraine"}, nil, nil},
		{"a readiness to retaliate", "Iran issued a statement stressing its readiness to retaliate against Israel.",
			[]string{"iran threatened israel"}, nil, nil},
		// what is no denial: refusals, deprivations, sport
		{"a proposal rejected is no denial", "Gazprom made an offer, but this was rejected by Rosneft.",
			nil, []string{"rosneft denied t-rosneft-denial", "rosneft denied gazprom"}, nil},
		{"deprived is no denial", "Martin Hale says he has been denied a pension by the state.",
			nil, []string{"martin-hale denied t-martin-hale-denial"}, nil},
		{"a tackle denying a try", "Geordan Murphy's tackle denied Percy Montgomery a certain try.",
			nil, []string{"geordan-murphy denied t-geordan-murphy-denial", "geordan-murphy denied percy-montgomery"}, nil},
		{"not responsible to do is no denial", "Gordon Brown said: \"It would not be responsible to do.\"",
			nil, []string{"gordon-brown denied t-gordon-brown-denial"}, nil},
		{"a charge he has denied answers its speaker", "Kamala Harris said Donald Trump would sign a ban, a charge he has denied.",
			[]string{"donald-trump denied kamala-harris"}, nil, nil},
		{"a denial of a clause without an accuser", "Gazprom has denied that it is behind the purchase.",
			[]string{"gazprom denied t-gazprom-denial"}, nil, nil},
		// targets that are no party: an outlet, a war
		{"an outlet is no target", "Theresa May told BBC Radio 4's Today programme that the Labour plans were inadequate.",
			[]string{"theresa-may criticized labour-party"}, []string{"theresa-may criticized today-programme"}, nil},
		{"a war is no accused", "Philippe Sands says Lord Goldsmith warned that the Iraq war could be illegal.",
			nil, []string{"philippe-sands accused iraq", "lord-goldsmith accused iraq"}, nil},
		// a nationality, a capital, an outlet and a common word are no body
		{"of a country is a nationality", "Calleri beat sixth seed Filippo Volandri of Italy.",
			nil, []string{"filippo-volandri affiliated_with italy"}, nil},
		{"a capital before a role is no seat of power", "London race director David Bedford said the race was safe.",
			nil, []string{"david-bedford affiliated_with london"}, nil},
		{"a common word before a role is no body", "The race was fast. Race director Matthew Turnbull praised it.",
			nil, []string{"matthew-turnbull affiliated_with race"}, nil},
		{"an outlet is no company", "He told the BBC he was proud. Chief executive Rick Parry is at the helm.",
			nil, []string{"rick-parry affiliated_with bbc"}, nil},
		// owners no list knows; another state's head
		{"an unknown owner before its", "Gazprom was fined. Vivendi and its former chief executive Jean-Marie Messier were fined too.",
			nil, []string{"jean-marie-messier affiliated_with gazprom"}, nil},
		{"another state's president", "The Titan company in Washington and the US Congress were accused of funding President Mathieu Kerekou of Benin.",
			nil, []string{"mathieu-kerekou affiliated_with united-states"}, nil},
		{"the home state's president", "The US Congress and the White House met. President George Bush spoke.",
			[]string{"george-w-bush affiliated_with united-states"}, nil, nil},
		// names that the context does not make organisations or places
		{"a surname's possessive is no organisation", "Kostas Kenteris ran. Kenteris's coach Christos Tzekos was banned.",
			nil, []string{"christos-tzekos affiliated_with kenteris"}, nil},
		{"initials that name a thing", "Broadband over DSL is faster than dial-up.", nil, nil, []string{"!dsl"}},
		{"a product after in is no place", "The flaw is in Windows XP and in Internet Explorer.", nil, nil, []string{"!windows-xp", "!internet-explorer", "!windows"}},
		// objects after titles, it and the party; a relative without a comma
		{"a title before the object", "Gordon Brown accused shadow chancellor Oliver Letwin of plotting cuts.",
			[]string{"gordon-brown accused oliver-letwin"}, nil, nil},
		{"it after a body", "Robert Kilroy-Silk has quit the UK Independence Party and accused it of betraying its supporters.",
			[]string{"robert-kilroy-silk accused uk-independence-party"}, nil, nil},
		{"the party named last", "The Labour Party met on Monday. Liam Fox accused the party of buying votes.",
			[]string{"liam-fox accused labour-party"}, nil, nil},
		{"a body which accused", "Jack McConnell spoke. The remark was criticised by the Scottish National Party which accused him of encouraging drinking.",
			[]string{"scottish-national-party accused jack-mcconnell"}, nil, nil},
		// a declaration about others is no denial by the speaker
		{"others not responsible", "Peter Hunt said they are not responsible for how money is spent.",
			nil, []string{"peter-hunt denied t-peter-hunt-denial"}, nil},
		{"others innocent", "Massoud Shadjareh said: \"They are innocent people.\"",
			nil, []string{"massoud-shadjareh denied t-massoud-shadjareh-denial"}, nil},
		{"we are not responsible", "Russia accused Gazprom of fraud. Gazprom said: \"We are not responsible for the losses.\"",
			[]string{"gazprom denied russia"}, nil, nil},
		// the state of an office: the holder's own, else the home state
		{"a known holder's state in a foreign story", "Iraq and Iraqi courts heard Iraqi claims. Prime Minister Tony Blair's official spokesman said he would study it.",
			[]string{"tony-blair affiliated_with united-kingdom"}, []string{"tony-blair affiliated_with iraq"}, nil},
		// a name with function words, a party's minister, a body named by
		// its member's title
		{"a name with function words after role of", "Larry Bevington, chairman of Save Our Community, said the store would hurt.",
			[]string{"larry-bevington affiliated_with save-our-community"}, nil, []string{"save-our-community Organization"}},
		{"a party's minister", ukStory + "Tory ex-minister Douglas Hogg spoke.",
			[]string{"douglas-hogg affiliated_with conservative-party", "douglas-hogg affiliated_with united-kingdom"}, nil, nil},
		{"a party's spokesman is no minister", ukStory + "Tory spokesman Douglas Hogg spoke.",
			[]string{"douglas-hogg affiliated_with conservative-party"}, []string{"douglas-hogg affiliated_with united-kingdom"}, nil},
		{"now a European Commissioner", "Peter Mandelson is now a European Commissioner.",
			[]string{"peter-mandelson affiliated_with european-commission"}, nil, nil},
		// called, branded, dubbed without "as"
		{"branded someone a word of criticism", "Simon Hughes branded Michael Howard \"arrogant and wrong\" for claiming it.",
			[]string{"simon-hughes criticized michael-howard"}, nil, nil},
		{"dubbed someone's proposals", "The Law Society dubbed Charles Clarke's new proposals an \"abuse of power\".",
			[]string{"law-society criticized charles-clarke"}, nil, nil},
		{"called someone's plans a word of criticism", "Oliver Letwin called Labour's plans a shambles.",
			[]string{"oliver-letwin criticized labour-party"}, nil, nil},
		{"called something a compliment", "Tony Blair called Gordon Brown a giant of the Labour movement.",
			nil, []string{"tony-blair criticized gordon-brown"}, nil},
		// names after claim verbs, investigations by a body, a person's death
		{"a name after a verb of investigation", "The SEC is probing Enron.",
			[]string{"securities-and-exchange-commission investigates enron"}, nil, []string{"enron Organization"}},
		{"a name after a lawsuit", "Yukos sued Halliburton in Texas.", []string{"yukos accused halliburton"}, nil, nil},
		{"an investigation by one into another", "An investigation by the Serious Fraud Office into BAE Systems began.",
			[]string{"serious-fraud-office investigates bae-systems"}, nil, nil},
		{"the death of a person", "The Metropolitan Police are investigating the death of David Kelly.",
			[]string{"metropolitan-police investigates david-kelly-death"}, nil, nil},
		{"a person's death", "David Kelly's death was investigated by Lord Hutton.",
			[]string{"lord-hutton investigates david-kelly-death"}, nil, []string{"david-kelly Person"}},
		// a speaker's "he" is himself; a charge's cue is an accusation; a
		// wrong's name is no accusation
		{"he is the speaker himself", "Bernie Ebbers was his boss. Scott Sullivan admitted he was willing to commit fraud.",
			nil, []string{"scott-sullivan accused bernie-ebbers"}, nil},
		{"she is another when he speaks", "Mrs Clara Blair spoke in Boston. Mr Tony Hale said she broke a convention.",
			[]string{"tony-hale accused clara-blair"}, nil, nil},
		{"a charge that someone failed", "Rosneft settled charges from Russian regulators that Gazprom had failed to disclose payments.",
			[]string{"russian-regulators accused gazprom"}, []string{"russian-regulators criticized gazprom"}, nil},
		{"the name of a fraud accuses no one", "The Wall Street Journal said the directors took no part in the WorldCom fraud.",
			nil, []string{"the-wall-street-journal accused worldcom"}, nil},
		// events owned by a body, events followed by what they are about
		{"a body's conference", "Labour's spring conference opened in Gateshead.", nil, nil, []string{"t-spring-conference Event"}},
		{"a referendum on something", "The referendum on the EU constitution will come in 2006.", nil, nil, []string{"t-referendum Event"}},
		{"a place's bomb", "The Madrid bomb changed the Spanish election.", nil, nil, []string{"madrid-bomb Event"}},
		{"a person's trial is named by the person", "The trial of Mr Ebbers began in New York.", nil, nil, []string{"!t-trial"}},
		// an anaphor is not the speaker's own body
		{"the party is not his own", "Tory co-chairman Liam Fox spoke. The Conservative Party met. He accused the party of lying.",
			nil, []string{"liam-fox accused conservative-party"}, nil},
		// asked to do is not done; proposals rejected are no denials; a
		// named claimant is wrong to say
		{"challenged to deny", "Lord Campbell-Savours challenged Gordon Brown to deny reports that he had quarrelled.",
			nil, []string{"gordon-brown denied t-gordon-brown-denial"}, nil},
		{"called on to denounce", "Trevor Phillips called on Charles Clarke to denounce the Tories.",
			nil, []string{"charles-clarke criticized conservative-party"}, nil},
		{"a proposal rejected", "Labour has rejected the Tory idea of quotas.",
			nil, []string{"labour-party denied conservative-party"}, nil},
		{"an idea that someone lied, rejected", "Russia accused Gazprom of fraud. Gazprom rejected the idea that it had lied.",
			[]string{"gazprom denied russia"}, nil, nil},
		{"a claimant wrong to say", "Charles Clarke said Michael Howard was wrong to say the law favoured burglars.",
			[]string{"charles-clarke denied michael-howard"}, nil, nil},
		// bodyAttack: an attack on a body without violence is words
		{"a party attacks a body's moves", "The Tories attacked the EU asylum moves.",
			[]string{"conservative-party criticized european-union"}, []string{"conservative-party attacked european-union"}, nil},
		{"seized by a government is no attack", "Yukos is an oil company. The unit was seized by the Russian government.",
			nil, []string{"russia attacked yukos"}, nil},
		{"attacked by a party is criticism", "Michael Howard spoke. The Labour Party was attacked by the Tories over tax.",
			[]string{"conservative-party criticized labour-party"}, nil, nil},
		{"an armed attack on a body", "Hamas attacked the Israel Defense Forces, killing two soldiers.",
			[]string{"hamas attacked israel-defense-forces"}, nil, nil},
		// meetings told as nouns
		{"told a meeting of a body", "Sir Ian Blair told a meeting of the Metropolitan Police Authority that crime fell.",
			[]string{"ian-blair met metropolitan-police-authority"}, nil, nil},
		{"his meeting with someone", "After his meeting with Jacques Chirac, Tony Blair flew home.",
			[]string{"tony-blair met jacques-chirac"}, nil, nil},
		{"someone's talks with someone", "Tony Blair's talks with Jacques Chirac went well.",
			[]string{"tony-blair met jacques-chirac"}, nil, nil},
		{"had talks with", "Gordon Brown had talks with Jacques Chirac.", []string{"gordon-brown met jacques-chirac"}, nil, nil},
		{"a meeting with a place is none", "Tony Blair's meeting with Paris went well.", nil, []string{"tony-blair met paris"}, nil},
		// a possessed name before a noun; an event is no one criticised
		{"a possessed name qualifying a noun", "Liam Fox attacks Tony Blair's Tory 'lies'.",
			[]string{"liam-fox criticized tony-blair"}, []string{"liam-fox criticized conservative-party"}, nil},
		{"a possessor's body", "Michael Howard attacked Tony Blair's Labour Party.",
			[]string{"michael-howard criticized labour-party"}, nil, nil},
		{"an event is no one criticised", "Duncan Bannatyne said the response to the Asian tsunami crisis was piecemeal and poor.",
			nil, []string{"duncan-bannatyne criticized asian-tsunami-crisis"}, nil},
		// a title in capitals vouches for a given name no list knows
		{"a title before an unknown given name", "Labour MP Oona Smethwick said the plan was wrong.",
			[]string{"oona-smethwick affiliated_with labour-party"}, nil, []string{"oona-smethwick Person"}},
		{"a title before an unknown given name", "Then Liberal Democrat spokesman Zeljko Marr spoke. Russian Minister Ooza Lavrenko was there.",
			[]string{"zeljko-marr affiliated_with liberal-democrats", "ooza-lavrenko affiliated_with russia"}, nil, nil},
		{"a title of several words names no body", "Refugee Council Chief Executive Ravi Quell spoke. Home Office Minister Ooza Blears agreed.",
			[]string{"ravi-quell affiliated_with refugee-council", "ooza-blears affiliated_with home-office"}, nil,
			[]string{"!refugee-council-chief", "!home-office-minister"}},
		{"a title of several words names no body", "Scottish National Party Justice Minister Kenny Quaskill spoke.",
			[]string{"kenny-quaskill affiliated_with scottish-national-party"}, nil, []string{"!scottish-national-party-justice"}},
		{"a title after a title", "However, Chief Treasury Secretary Paul Quillan said the figures did not add up.",
			nil, nil, []string{"paul-quillan Person", "!treasury-secretary-paul-quillan"}},
		{"a three-word name after a title", "Labour MP Mani Shankar Aiyar spoke.",
			[]string{"mani-shankar-aiyar affiliated_with labour-party"}, nil, nil},
		// participleAppositionStart: the agent in a participle apposition is not the subject
		{"an agent in apposition is no subject", "The Open Society Institute (OSI), financed by billionaire George Soros, has accused Kazakhstan of lying.",
			[]string{"open-society-institute accused kazakhstan"}, []string{"george-soros accused kazakhstan"}, nil},
		{"an agent in apposition is no subject", "The Brelcom Foundation, run by Anna Quill, criticised Kenya. Corvex, backed by Peter Lodge, denied the claims.",
			[]string{"brelcom-foundation criticized kenya"}, []string{"anna-quill criticized kenya", "peter-lodge denied t-peter-lodge-denial"}, nil},
		// body-voice: a body's unnamed voices speak for it
		{"a body's members speak for it", "Labour MPs have criticised the BBC. A senior Tory MP accused Ofcom of bias.",
			[]string{"labour-party criticized bbc", "conservative-party accused ofcom"}, nil, nil},
		{"a body's voice attacks in words", "A Labour MP attacked Russia over its record.",
			[]string{"labour-party criticized russia"}, []string{"labour-party attacked russia"}, nil},
		// resolveRoles: a role form whose holder the story does not name still names its body
		{"an unnamed holder's body", "A Kremlin spokesman criticised the BBC.",
			[]string{"kremlin criticized bbc"}, nil, nil},
		{"a role form several people held", "Charles Kennedy spoke in Leeds. Jane Quill was in Paris. The Lib Dem leader accused Labour of lying.",
			[]string{"charles-kennedy accused labour-party"}, nil, []string{"!nick-clegg", "!ed-davey"}},
		// homeBody: a body every state has, named by its word alone, is the home state's
		{"a peer after a title", "Ex-Welsh Office Minister Lord Quillby of Conwy denied the claims. Home Office Minister Lord Hale spoke.",
			[]string{"quillby-of-conwy affiliated_with welsh-office", "quillby-of-conwy denied t-quillby-of-conwy-denial", "lord-hale affiliated_with home-office"}, nil,
			[]string{"!welsh-office-minister-lord-quillby-of-conwy"}},
		{"a region's office is not the home state's", ukStory + "The charges were raised by New York Attorney General Eliot Spitzer. Northern Ireland Minister John Spellar spoke.",
			[]string{"john-spellar affiliated_with united-kingdom"}, []string{"eliot-spitzer affiliated_with united-kingdom"}, nil},
		{"a prosecutor speaks for no company", "Wal-Mart was in court. \"We will present evidence,\" prosecutor Alice Martin told the court.",
			nil, []string{"alice-martin affiliated_with wal-mart"}, nil},
		{"a nominee serves no state", "A rare US nominee, Scarlett Johansson, is among the contenders.",
			nil, []string{"scarlett-johansson affiliated_with united-states"}, nil},
		{"the home state's Treasury", ukStory + "The Treasury denied the claims. Chief Treasury Secretary Paul Quillan spoke.",
			[]string{"hm-treasury denied t-hm-treasury-denial", "paul-quillan affiliated_with hm-treasury"}, nil, nil},
		{"the home state's Treasury", "The Senate and the White House disagreed. Later the Treasury criticised the Federal Reserve.",
			[]string{"united-states-department-of-the-treasury criticized federal-reserve"}, nil, []string{"!hm-treasury"}},
		{"the home state's Treasury", ukStory + "The Tories said Gordon Brown had lied. A Treasury spokesman dismissed the claims, saying it was on track.",
			[]string{"hm-treasury denied conservative-party"}, nil, nil},
		{"another state's Treasury", ukStory + "\"The US is not convinced,\" said Treasury Under Secretary Paul Quillan.",
			[]string{"paul-quillan affiliated_with united-states-department-of-the-treasury"}, []string{"paul-quillan affiliated_with hm-treasury"}, nil},
		// an age that opens a sentence is the person named before
		{"an age is the person named before", "Jane Orme was arrested in May. The 64-year-old has denied the charges.",
			[]string{"jane-orme denied t-jane-orme-denial"}, nil, nil},
		{"an age is the person named before", "Police arrested Bob Hale on Monday. The 38-year-old accused Gazprom of lying.",
			[]string{"bob-hale accused gazprom"}, nil, nil},
		{"an age with no one named before is no one", "The 38-year-old accused Gazprom of lying.",
			nil, []string{"bob-hale accused gazprom"}, nil},
		{"an age is the person named before", "Jane Orme was questioned. The 52-year-old said Gazprom had covered up the losses.",
			[]string{"jane-orme accused gazprom"}, nil, nil},
		// crime words denied
		{"a crime denied", "Jane Orme has denied the killing. Bob Hale denies money laundering and tax evasion.",
			[]string{"jane-orme denied t-jane-orme-denial", "bob-hale denied t-bob-hale-denial"}, nil, nil},
		// deniesClaim: a charge a relative clause denies
		{"a charge, which he denies", "On Monday Pete Quill faced blackmail and robbery charges in court, which he denies. Anna Lodge faced a new charge, which she denies.",
			[]string{"pete-quill denied t-pete-quill-denial", "anna-lodge denied t-anna-lodge-denial"}, nil, nil},
		{"a place is no charge", "Pete Quill faced a court in London, which he denies.", nil, []string{"pete-quill denied t-pete-quill-denial"}, nil},
		// claimMadeAt: an accusation made as a noun
		{"a complaint filed against", "Yukos filed a complaint against Deutsche Bank. Shell lodged complaints against Gazprom.",
			[]string{"yukos accused deutsche-bank", "shell accused gazprom"}, nil, nil},
		{"allegations made against", "Gazprom made allegations of fraud against Yukos. The Tories have levelled serious charges against the BBC.",
			[]string{"gazprom accused yukos", "conservative-party accused bbc"}, nil, nil},
		{"allegations made against", "The SEC filed civil fraud charges against Brelcom Holdings.", []string{"securities-and-exchange-commission accused brelcom-holdings"}, nil, nil},
		// [denied-wrong]: a denial of a wrong or a quarrel
		{"a wrong denied", "Michael Quill denies child molestation. Jose Arnal denies rift with his coach.",
			[]string{"michael-quill denied t-michael-quill-denial", "jose-arnal denied t-jose-arnal-denial"}, nil, nil},
		{"a chance withheld is no denial", "A hamstring injury denied Luscombe the opportunity to play.", nil, nil, []string{"!t-luscombe-denial"}},
		// capRun: a royal possessive inside an organisation's name
		{"a royal possessive in a name", "Soldiers from the Queen's Lancashire Regiment were charged. She works for the Prince's Trust.",
			nil, nil, []string{"queens-lancashire-regiment Organization", "princes-trust Organization", "!lancashire-regiment", "!s-trust"}},
		{"a royal possessive before no body", "The Queen's speech was long. The King's men were tired.",
			nil, nil, []string{"!queens-speech", "!kings-men"}},
		// blamed: "it" in a body's voice's words is the body, no person
		{"a spokeswoman's it is her body", "Jane Quill, spokeswoman for the Brelcom Foundation said it was aware of the site and had contacted police.",
			nil, []string{"brelcom-foundation accused jane-quill"}, nil},
		// deniesMatter: a sports denial, and a pronoun denied
		{"deny a player a goal", "It then took a brilliant tackle by Phil Quill to deny Freddie Lodge as he was poised to strike.",
			nil, []string{"phil-quill denied t-phil-quill-denial"}, nil},
		{"a pronoun denied", "Downing Street denied the claims. Lord Quillby also denied them, saying he was not leaned on. Noel Forgard has denied this.",
			[]string{"lord-quillby denied t-lord-quillby-denial", "noel-forgard denied t-noel-forgard-denial"}, nil, nil},
		// participleSubject: a subordinate clause's subject is not the main clause's
		{"a subordinate clause's subject", "Since Napster was forced to close down, the music industry has been critical of Grokster, blaming it for falling sales.",
			nil, []string{"napster accused grokster"}, nil},
		{"a subordinate clause's subject", "When Tony Blair spoke, Michael Howard attacked Labour, accusing it of lying.",
			[]string{"michael-howard accused labour-party"}, []string{"tony-blair accused labour-party"}, nil},
		// head: a possessor's thing before a preposition
		{"a possessor's thing", "Budge Pountney criticised referee Steve Lander's performance in Northampton's defeat by Saracens.",
			[]string{"budge-pountney criticized steve-lander"}, []string{"budge-pountney criticized northampton"}, nil},
		// coSubjects: each of coordinated subjects
		{"coordinated subjects each deny", "Peter Quill, Anna Lodge and Mohammed Kazi deny conspiring to commit fraud.",
			[]string{"peter-quill denied t-peter-quill-denial", "anna-lodge denied t-anna-lodge-denial", "mohammed-kazi denied t-mohammed-kazi-denial"}, nil, nil},
		{"coordinated subjects with the", "Labour and the Liberal Democrats accused the Tories of lying.",
			[]string{"labour-party accused conservative-party", "liberal-democrats accused conservative-party"}, nil, nil},
		// [portfolio]: a brief before a title is no body
		{"a brief is no body", "Home Affairs spokesman Mark Oatley demanded assurances. Lib Dem Health spokesman Paul Burstall agreed.",
			[]string{"paul-burstall affiliated_with liberal-democrats"}, []string{"mark-oatley affiliated_with home-affairs", "paul-burstall affiliated_with health"},
			[]string{"!home-affairs", "!health"}},
		// unnamedBody: a theatre director is not the company named last
		{"a theatre director", "Brelcom Holdings sponsored the awards, while theatre director Simon Quill will be given an award.",
			nil, []string{"simon-quill affiliated_with brelcom-holdings"}, nil},
		{"a kind of body opening a sentence", "Theatre director Simon Quill will be given an award. Film producer Anna Lodge agreed.",
			nil, nil, []string{"!theatre", "!film", "simon-quill Person"}},
		// a party's shadow minister holds no office of state
		{"a party's shadow minister", "Liberal Democrat shadow chancellor Vincent Quill warned the picture was not rosy. Tory ex-minister Douglas Hogwood spoke.",
			[]string{"vincent-quill affiliated_with liberal-democrats", "douglas-hogwood affiliated_with united-kingdom"}, []string{"vincent-quill affiliated_with united-kingdom"}, nil},
		// appositiveRole: a title of the next name in a list is no apposition
		{"a title in a list", "Also due to attend are US Secretary of State Condoleezza Rice, UN Secretary General Kofi Annan, and officials.",
			[]string{"kofi-annan affiliated_with united-nations"}, []string{"condoleezza-rice affiliated_with united-nations"}, nil},
		{"a title in a list", "Others targeted include Oliver Letwin and Jane Quill, Lib Dem's elections chief Lord Rennard said.",
			[]string{"lord-rennard affiliated_with liberal-democrats"}, []string{"jane-quill affiliated_with liberal-democrats"}, nil},
		{"an apposition with a person after a preposition", "Jane Quill, an adviser to Tony Blair, said so.", []string{"jane-quill affiliated_with tony-blair"}, nil, nil},
		// words opening a sentence that are no name
		{"words opening a sentence", "Assistant coach Martin Jolley has been put in charge. Said Wales assistant coach Scott Johns: \"We are positive.\" Camilla Quill should become Princess Consort.",
			nil, nil, []string{"!assistant", "!said-wales", "!consort-t", "martin-jolley Person"}},
		// a title of a body: the body's name is typed as any other
		{"a title of a body", "\"The decision is correct,\" said David Frost, Director General of the British Chambers of Commerce (BCC).",
			[]string{"david-frost affiliated_with british-chambers-of-commerce"}, []string{"david-frost affiliated_with united-kingdom"}, nil},
		// ofShort: a taught organisation without its "of" tail
		{"an organisation without its of tail", "The Reserve Bank of Quillia lifted rates. \"It is limited,\" said Ian Macfarlane, Governor of the Reserve Bank.",
			[]string{"ian-macfarlane affiliated_with reserve-bank-of-quillia"}, nil, []string{"!reserve-bank"}},
		// appositiveRole: a demonym that qualifies is no body
		{"a demonym that qualifies", "\"It is global,\" says Taran Quill, editor of Indian film journal Trade Guide. Vijay Mallon, chair of the Indian firm, agreed.",
			nil, []string{"taran-quill affiliated_with india", "vijay-mallon affiliated_with india"}, nil},
		{"a demonym for its state", "Jane Quill, a spokeswoman for the Russian government, said no.", []string{"jane-quill affiliated_with russia"}, nil, nil},
		// orgPhrase: a common noun phrase is no organisation
		{"a common noun phrase", "Hitch became the top film at the global box office. The creation of the national alert service follows. An adviser in the presidential office spoke.",
			nil, nil, []string{"!global-box-office", "!national-alert-service", "presidential-office Organization"}},
		{"shares in a name are a company's", "Shares in Absa rose 5%. Gazprom bought a stake in Quillco last year.",
			nil, nil, []string{"absa Organization", "quillco Organization"}},
		{"shares in a name that qualifies a noun", "Shares in Anglo-Swedish drugmaker AstraZeneca fell.",
			nil, nil, []string{"!anglo-swedish"}},
		// placeAfterIn: a name qualifying a noun is no place
		{"a name qualifying a noun after in", "Brelcom invested some money in Minto production. Fighting continued in Qaryatun last week.",
			nil, nil, []string{"!minto", "qaryatun Place"}},
		// targetOf: the target of another's lawsuit or probe
		{"the target of a lawsuit or probe", "Deutsche Bank - itself a target of a Yukos lawsuit - said documents were false. Shell, the target of an SEC investigation, fell.",
			[]string{"yukos accused deutsche-bank", "securities-and-exchange-commission investigates shell"}, nil, nil},
		{"the target of a takeover", "Shell could be the target of a takeover by BP.", nil, []string{"bp accused shell", "bp investigates shell"}, nil},
		// memberOf: past a long apposition before "was"
		{"one of the founders past an apposition", "Group Quillen owns Brelcom. Mr Petrov, currently facing fraud and tax evasion charges of his own, was one of the founders of Quillen.",
			[]string{"petrov-t affiliated_with group-quillen"}, nil, nil},
		// bodyDescription: a role in capitals that names its body alone
		{"a role naming its body opens a sentence", "David Quillet spoke. Mr Quillet received advice from the clerk. The MSP had been a partner for Tods Marrow which has a client.",
			[]string{"david-quillet affiliated_with scottish-parliament", "david-quillet affiliated_with tods-marrow"}, nil, nil},
		{"a role naming its body opens a sentence", "Jane Quill spoke in Leeds. The MEP said the vote was wrong.", []string{"jane-quill affiliated_with european-parliament"}, nil, nil},
		{"a party's Scottish branch", "Scottish Tory leader David Quillet spoke.", []string{"david-quillet affiliated_with conservative-party"}, nil, []string{"!scottish-tory"}},
		// a quotation's attribution after a closing mark, and a rhetorical question
		{"an attribution after a closing quotation", "Michael Quill spoke. \"The Home Office is involved in a cover-up!\" he said.",
			[]string{"michael-quill accused home-office"}, nil, nil},
		{"a rhetorical question asserts", "Michael Quill spoke. \"Isn't the reason that the Home Office is involved in a cover-up?\" he asked.",
			[]string{"michael-quill accused home-office"}, nil, nil},
		{"a plain question asserts nothing", "Michael Quill spoke. \"Is the Home Office involved in a cover-up?\" he asked.",
			nil, []string{"michael-quill accused home-office"}, nil},
		{"a description after an opening quotation", "Former minister Frank Fielder MP criticised the rivalry. \"What sort of model does it give?\" the Labour MP for Birkenhead asked.",
			[]string{"frank-fielder affiliated_with labour-party"}, nil, nil},
		// a gazetteer role form holds its office
		{"a role form holds its office", ukStory + "The Lord Chancellor has defended the plans. Lord Falconer insists that they are fair.",
			[]string{"lord-falconer affiliated_with united-kingdom"}, nil, nil},
		// [false-word]: a claim said to be not true is denied
		{"a claim said not to be true", "\"Victor Quill's allegations are not true,\" Rich Nolan said. The Observer accused Charles Clarke of lying. Charles Clarke said the reports were inaccurate.",
			[]string{"rich-nolan denied victor-quill", "charles-clarke denied the-observer"}, nil, nil},
		// verbClaim: a speech announced criticises; a strike announced is no fact
		{"a speech announced", "Michael Howard will also attack the Lib Dems for wanting to abolish faith schools.",
			[]string{"michael-howard criticized liberal-democrats"}, nil, nil},
		{"a strike announced", "Russia will attack Ukraine tomorrow. Russia could attack Kyiv with missiles.",
			nil, []string{"russia attacked ukraine", "russia attacked kyiv", "russia criticized ukraine"}, nil},
		// objectsAfter: a state's name qualifying things not its own
		{"a state's people named by a possessive are not the state", "Michael Johnson has accused Britain's top sprinters of lacking pride.",
			nil, []string{"michael-johnson accused united-kingdom"}, nil},
		{"a state's people named by a possessive are not the state", "Jane Orme accused Britain's government of lying.",
			[]string{"jane-orme accused united-kingdom"}, nil, nil},
		{"a state qualifying things not its own", "Pop star Britney Quill has attacked US tabloid magazines. Jack Straw criticised US policy on Iraq.",
			[]string{"jack-straw criticized united-states"}, []string{"britney-quill criticized united-states"}, nil},
		// allegedSubject: past a title
		{"alleged that Mr X", "Scott Richman runs a firm. Eliot Spitz alleged that Mr Richman sent billions of spam messages.",
			[]string{"eliot-spitz accused scott-richman"}, nil, nil},
		// nameAt: a party against whom, past a title
		{"against Mr X", "Gordon Brown spoke. The Tories made allegations against Mr Brown. A lawsuit by Shell against Mr Brown was filed.",
			[]string{"conservative-party accused gordon-brown", "shell accused gordon-brown"}, nil, nil},
		{"by Mr X, on Mr X", "Gordon Brown spoke. The BBC's attack on Mr Brown was wrong. A lawsuit by Mr Brown against BP was filed.",
			[]string{"bbc criticized gordon-brown", "gordon-brown accused bp"}, nil, nil},
		// leadDescriptions: an opening description of kin or company
		{"an opening description of an associate", "A close associate of former Brelcom boss Mikhail Quillov has told a court that fraud charges levelled against him are \"false\".\n\nPlaton Lodge has been on trial alongside Mr Quillov since June.",
			[]string{"platon-lodge denied t-platon-lodge-denial"}, []string{"mikhail-quillov denied t-mikhail-quillov-denial"}, nil},
		{"an opening description that names its person", "A Labour MP, Jane Quill, said the plan was wrong.\n\nPeter Marsh agreed with the Tories.",
			[]string{"jane-quill affiliated_with labour-party"}, []string{"peter-marsh affiliated_with labour-party"}, nil},
		// [criticize]: idioms of criticism
		{"idioms of criticism", "Michael Howard poured scorn on Labour's plans. Charles Kennedy tore into the Tories. Jane Quill railed against the BBC.",
			[]string{"michael-howard criticized labour-party", "charles-kennedy criticized conservative-party", "jane-quill criticized bbc"}, nil, nil},
		// denial: the accuser named after the claim, and more verbs of denial
		{"claims from a titled accuser", "The prime minister Tony Blair shrugged off claims from Conservative leader Michael Howard that he led a grubby government.",
			[]string{"tony-blair denied michael-howard"}, nil, nil},
		{"more verbs of denial", "The Tories accused Gordon Brown of lying. Gordon Brown brushed aside the claims.",
			[]string{"gordon-brown denied conservative-party"}, nil, nil},
		{"more verbs of denial", "Jane Quill rebutted the allegations. Peter Lodge contested the seat in 2001.",
			[]string{"jane-quill denied t-jane-quill-denial"}, []string{"peter-lodge denied t-peter-lodge-denial"}, nil},
		// a noun for a person that is no role makes the name after it a person's
		{"a person noun before a name", "\"It is fine,\" said Final Wars producer Shogo Tomiyama. Later, tycoon Steve Morlan left.",
			nil, nil, []string{"shogo-tomiyama Person", "!shogo-tomiyama Organization", "steve-morlan Person"}},
		{"a producer of goods is a firm", "Russia's largest oil producer Brelnet said sales fell. The steel producer Corvex agreed.",
			nil, nil, []string{"brelnet Organization", "corvex Organization"}},
		// head: a body before a title names the person's office
		{"a body before a title is the person's office", "Lord Quillby met Home Office Minister Hazel Blears and Downing Street adviser Baroness Morgan.",
			[]string{"lord-quillby met hazel-blears", "lord-quillby met baroness-morgan"}, []string{"lord-quillby met home-office", "lord-quillby met downing-street"}, nil},
		{"a body before a title is the person's office", "The Tories accused BBC reporter Andrew Gilligan of lying.",
			[]string{"conservative-party accused andrew-gilligan"}, []string{"conservative-party accused bbc"}, nil},
	}
	x := newExtractor(t)
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			d := x.Extract(graph.Article{ID: "t", Title: "Test", Text: "Test headline\n\n" + tt.text + "\n"})
			got := triples(d)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: missing %q; got %q", tt.text, w, got)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("%q: unwanted %q", tt.text, n)
				}
			}
			var ents []string
			for _, e := range d.Entities {
				ents = append(ents, e.ID+" "+string(e.Type))
			}
			for _, w := range tt.entities {
				if id, ok := strings.CutPrefix(w, "!"); ok {
					for _, e := range d.Entities {
						if e.ID == id {
							t.Errorf("%q: unwanted entity %q", tt.text, id)
						}
					}
					continue
				}
				if !slices.Contains(ents, w) {
					t.Errorf("%q: missing entity %q; got %q", tt.text, w, ents)
				}
			}
			for _, e := range d.Entities {
				if e.Type == graph.Event && len(tt.entities) == 0 && (tt.rule == "an attack in words is no incident" || tt.rule == "an event noun as a modifier is no event") {
					t.Errorf("%q: unwanted event %q", tt.text, e.ID)
				}
				if e.Type == graph.Person && (e.Name == "Election" || e.Name == "General" || e.Name == "Bolton West") ||
					e.ID == "dsl" || e.Type == graph.Place && (e.Name == "Windows XP" || e.Name == "Internet Explorer") {
					t.Errorf("%q: a person called %q", tt.text, e.Name)
				}
			}
		})
	}
}

// TestOutletsAndInitials pins the rules that keep a story's furniture out
// of its entities: an outlet named as the channel of a statement, and
// words in capitals that are no initials.
func TestOutletsAndInitials(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Tony Blair told the BBC the plan would work.", []string{"tony-blair"}, []string{"bbc"}},
		{"Tony Blair, speaking on BBC Radio, said the plan would work.", []string{"tony-blair"}, []string{"bbc-radio"}},
		{"Martin Hale claimed in the Observer that he was tortured.", []string{"the-observer"}, nil},
		{"The BBC denied bias and Tony Blair criticised the BBC.", []string{"bbc"}, nil},
		{"THIS WILL NOT DO, said the poster. ANY vote counts.", nil, []string{"will", "any", "not"}},
		{"The QRXT union went on strike.", []string{"qrxt"}, nil},
	}
	x := newExtractor(t)
	for _, tt := range tests {
		d := x.Extract(graph.Article{ID: "t", Title: "Test", Text: "Test headline\n\n" + tt.text + "\n"})
		var ids []string
		for _, e := range d.Entities {
			ids = append(ids, e.ID)
		}
		for _, w := range tt.want {
			if !slices.Contains(ids, w) {
				t.Errorf("%q: missing %q; got %q", tt.text, w, ids)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(ids, n) {
				t.Errorf("%q: unwanted %q", tt.text, n)
			}
		}
	}
}

// TestDeniedMatterNames pins the names of the events a denial makes when
// nobody named made the charge: the words of the matter, a gerund with
// its phrase, and no verb of denial for a name.
func TestDeniedMatterNames(t *testing.T) {
	x := newExtractor(t)
	for text, want := range map[string]string{
		"Bob Hale is an adviser for Labour, which denies engaging in personal campaigning.": "engaging in personal campaigning",
		"That charge was denied by Peter Quill, who said it was false.":                     "claims against Peter Quill",
		"Jane Orme denied fraud charges levelled against her.":                              "fraud charges",
	} {
		d := x.Extract(graph.Article{ID: "t", Title: "Test", Text: "Test headline\n\n" + text + "\n"})
		got := ""
		for _, e := range d.Entities {
			if e.Type == graph.Event {
				got = e.Name
			}
		}
		if got != want {
			t.Errorf("%q: event %q, want %q", text, got, want)
		}
	}
}

// TestLeadRoleOfHeadline pins the lead that names its subject only by a
// role after a headline that names one person by surname.
func TestLeadRoleOfHeadline(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Goldsby: 'I was not leant on'\n\nThe attorney general has again denied being \"leant on\" by Downing Street. Lord Goldsby said the answer was his own.\n",
			[]string{"lord-goldsby denied t-lord-goldsby-denial"}, nil},
		{"Quill denies all\n\nThe home secretary has denied misleading MPs. Peter Quill, the home secretary, spoke.\n",
			[]string{"peter-quill denied t-peter-quill-denial"}, nil},
		{"Quill and Hale clash\n\nThe home secretary has denied misleading MPs. Peter Quill and Tom Hale spoke.\n",
			nil, []string{"peter-quill denied t-peter-quill-denial", "tom-hale denied t-tom-hale-denial"}},
	}
	x := newExtractor(t)
	for _, tt := range tests {
		got := triples(x.Extract(graph.Article{ID: "t", Title: "Test", Text: tt.text}))
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missing %q; got %q", tt.text, w, got)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: unwanted %q", tt.text, n)
			}
		}
	}
}

// TestTitleVerb pins the words a title claim records as its verb: the
// title, not a word that opens the sentence before it.
func TestTitleVerb(t *testing.T) {
	x := newExtractor(t)
	d := x.Extract(graph.Article{ID: "t", Title: "Test", Text: "Test headline\n\nWhen President Nestor Kirchner of Argentina arrived, he acted.\n"})
	for _, c := range d.Claims {
		if c.Subject == "nestor-kirchner" && c.Object == "argentina" {
			if c.Verb != "President" {
				t.Errorf("verb %q, want %q", c.Verb, "President")
			}
			return
		}
	}
	t.Errorf("no claim nestor-kirchner affiliated_with argentina in %q", triples(d))
}
