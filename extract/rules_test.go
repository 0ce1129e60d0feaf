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
		// classApposed, apposedAfter: a class noun's name in apposition
		{"a name in apposition to a class noun is the subject or the agent", "The media watchdog, Zentix Watch, accused Quill Bank of bias. Marlin Group was criticised by the rights group, Orme Foundation. Tom Reed was attacked by the shadow chancellor, Ed Bale. A charity, Helpnet, accused the firm, Tesco, of lying.",
			[]string{"zentix-watch accused quill-bank", "orme-foundation criticized marlin-group", "ed-bale criticized tom-reed", "helpnet accused tesco"}, nil, nil},
		{"a name after a class noun and a comma that opens a new clause is no apposition", "Tom Reed attacked the watchdog, Quill Bank said. Ed Bale accused the firm of lying, Zentix Holdings claimed.",
			nil, []string{"tom-reed criticized quill-bank", "ed-bale accused zentix-holdings"}, nil},
		// a host meets the guest welcomed or received at a place
		{"welcoming or receiving a person to or at a place or a seat of government is meeting", "Tony Blair welcomed Jacques Chirac to Downing Street. Tom Reed received Ed Bale at Chequers. Ann Lee welcomed Zak Pellow's appointment. Bob Ray welcomed Ted Hume to Quill Bank.",
			[]string{"tony-blair met jacques-chirac", "tom-reed met ed-bale"}, []string{"ann-lee met zak-pellow", "bob-ray met ted-hume"}, nil},
		// criticised: a place after "in" or "at" is where, not who is judged
		{"a place in a locative phrase between the party and an evaluative word is passed over", "Quill Bank contends Zentix Holdings in Texas is in disarray. Tom Reed said the Zentix Party at Westminster was a shambles. The Marlin Group comments, said Ann Lee of Orme Bank in Tokyo, were too weak.",
			[]string{"quill-bank criticized zentix-holdings", "tom-reed criticized zentix-party"}, []string{"ann-lee criticized orme-bank"}, nil},
		// noteLawsuit: "the lawsuit" speaks for whoever the article says sued
		{"a lawsuit referred back to speaks for the one who brought it", "Zentix Bank sued Quill Bank on Monday. The lawsuit alleges that Ann Lee lied to investors. Bob Ray filed a lawsuit against Orme Bank. The suit accuses Ted Hume of negligence. Zak Pellow is suing Marlin Group. The complaint says Tom Reed hid losses.",
			[]string{"zentix-bank accused ann-lee", "bob-ray accused ted-hume", "zak-pellow accused tom-reed"}, nil, nil},
		{"a lawsuit nobody is said to have brought speaks for no one", "Ann Lee criticised Quill Capital. The lawsuit accuses Tom Reed of fraud. Zak Pellow threatened to sue Marlin Group. The complaint says Ed Bale hid losses.",
			nil, []string{"ann-lee accused tom-reed", "zak-pellow accused ed-bale"}, nil},
		// writtenBy as a subject: "X's lawsuit accuses", "X's new book claims"
		{"a person's lawsuit or book speaks for them", "Ann Lee's lawsuit accuses Tom Reed of fraud. Bob Ray's new book accuses Ed Bale of lying. A Zentix Bank lawsuit alleges that Zak Pellow lied.",
			[]string{"ann-lee accused tom-reed", "bob-ray accused ed-bale", "zentix-bank accused zak-pellow"}, nil, nil},
		// stateBody: a state's watchdog named by the state's adjective
		{"a watchdog or regulator named by its state's adjective acts for the state", "The US stock market regulator is investigating Quill Bank. A French regulator fined Marlin Group. The British competition watchdog criticised Zentix Holdings. The US stock market fell as Orme Bank denied the reports.",
			[]string{"united-states investigates quill-bank", "france accused marlin-group", "united-kingdom criticized zentix-holdings"}, []string{"united-states denied orme-bank"}, nil},
		// [org-class]: a class noun before a name is passed over to the name
		{"a company's class noun before its name leads to the name", "The SEC is investigating troubled insurance broker Quill Bank. Tom Reed accused struggling brewer Zentix Holdings of fraud. Ann Lee criticised internet giant Marlin Group.",
			[]string{"securities-and-exchange-commission investigates quill-bank", "tom-reed accused zentix-holdings", "ann-lee criticized marlin-group"}, nil, nil},
		// stoodBy: standing by one's own words or acts denies the charge
		{"a speaker who stands by its own words or acts denies the charge against them", "Quill Bank accused Zentix Holdings of fraud. Zentix Holdings said it stands by its figures. Ann Lee accused Tom Reed of lying. Tom Reed said he stood by his comments. Bob Ray accused Orme Bank of cheating. Ted Hume, an Orme Bank spokesman, said the bank was standing by its decision.",
			[]string{"zentix-holdings denied quill-bank", "tom-reed denied ann-lee", "ted-hume denied bob-ray"}, nil, nil},
		{"standing by a person or a motto, or not standing by one's words, denies nothing", "Quill Bank accused Zentix Holdings of fraud. Zentix Holdings said it does not stand by its figures. Ann Lee accused Tom Reed of lying. Tom Reed said he stands by his motto. Bob Ray accused Ed Bale of cheating. Ed Bale said he stood by his wife.",
			nil, []string{"zentix-holdings denied quill-bank", "tom-reed denied ann-lee", "ed-bale denied bob-ray"}, nil},
		// [blame-cue]: a vendetta, a witch-hunt, a campaign to destroy
		{"a speaker who says a party wages a vendetta or a witch-hunt accuses it", "Quill Bank said Zentix Holdings was waging a vendetta against it. Tom Reed said the Zentix Party was conducting a witch-hunt. Ann Lee said Marlin Group had waged a campaign to destroy her.",
			[]string{"quill-bank accused zentix-holdings", "tom-reed accused zentix-party", "ann-lee accused marlin-group"}, nil, nil},
		// blamed: a name after "of" that a noun governs is no agent
		{"the name a noun's 'of' governs is not the agent of a wrong named after it", "Ann Lee said Zentix Holdings forced the sale of Quill Bank as part of a campaign to destroy her. Bob Ray said the takeover of Orme Bank was a vendetta. Ted Hume said the actions of Marlin Group were illegal.",
			[]string{"ted-hume accused marlin-group"}, []string{"ann-lee accused quill-bank", "bob-ray accused orme-bank"}, nil},
		// an ultimatum threatens the one it is given to
		{"an ultimatum threatens the one it is given or issued to", "Quill Bank issued an ultimatum to Zentix Holdings. Tom Reed has given Ed Bale an ultimatum to quit. The Zentix Party handed Ann Lee an ultimatum. Bob Ray sent an ultimatum to Marlin Group.",
			[]string{"quill-bank threatened zentix-holdings", "tom-reed threatened ed-bale", "zentix-party threatened ann-lee", "bob-ray threatened marlin-group"}, nil, nil},
		{"an ultimatum not given, or given in someone else's telling, threatens no one", "Tom Reed did not give Ed Bale an ultimatum. Ann Lee said Bob Ray had handed Quill Bank an ultimatum. Orme Bank was given an ultimatum.",
			nil, []string{"tom-reed threatened ed-bale", "bob-ray threatened quill-bank"}, nil},
		// nominalReferences: "the militia" is the armed group called one
		{"the militia is the armed group the article called a militia or paramilitary", "Sudan's army has fought the paramilitary Rapid Support Forces for months. Tom Reed said the militia was committing crimes. The Quill Defence Front, a militia, seized the town. Ann Lee said the militia had killed civilians.",
			[]string{"tom-reed accused rapid-support-forces", "ann-lee accused quill-defence-front"}, nil, nil},
		{"the militia is no company the article named", "Quill Bank and Zentix Holdings were named. Tom Reed said the militia had killed civilians.",
			nil, []string{"tom-reed accused quill-bank", "tom-reed accused zentix-holdings"}, nil},
		// reciprocal, eachOther: "X and Y blamed each other"
		{"parties that accuse, criticise or strike each other each act on every other", "Quill Bank and Zentix Holdings accuse each other of fraud. Tom Reed, Ed Bale and Ann Lee blamed one another for the defeat. Armenia and Azerbaijan shelled each other's positions. The Zentix Party and Marlin Group have criticised each other. Bob Ray and Ted Hume met each other in Paris.",
			[]string{"quill-bank accused zentix-holdings", "zentix-holdings accused quill-bank", "tom-reed accused ed-bale", "tom-reed accused ann-lee", "ed-bale accused tom-reed", "ed-bale accused ann-lee", "ann-lee accused tom-reed", "ann-lee accused ed-bale", "armenia attacked azerbaijan", "azerbaijan attacked armenia", "zentix-party criticized marlin-group", "marlin-group criticized zentix-party", "bob-ray met ted-hume"},
			[]string{"ted-hume met bob-ray"}, nil},
		{"a party alone, or parties who do not act on each other, make no reciprocal claim", "Quill Bank accused each other firm of fraud. Tom Reed and Ed Bale did not blame each other. Ann Lee and Bob Ray said they respect each other.",
			nil, []string{"tom-reed accused ed-bale", "ed-bale accused tom-reed", "ann-lee criticized bob-ray"}, nil},
		// finalAttribution, [audience]: "..., he told reporters" closes the words
		{"words before a closing 'told' and its audience are the teller's", "Ed Bale spoke on Monday. The Zentix Party was incompetent, he told reporters. Tom Reed spoke. Quill Bank was a shambles, he told BBC Radio 4's Today programme. Ann Lee spoke. Marlin Group was a disgrace, she told the party's annual conference in Brighton.",
			[]string{"ed-bale criticized zentix-party", "tom-reed criticized quill-bank", "ann-lee criticized marlin-group"}, nil, nil},
		{"a teller whose own words follow the audience says nothing of the words before", "Ed Bale spoke on Monday. The Zentix Party was in trouble, he told reporters the plan was a disgrace. Quill Bank was a shambles, Tom Reed told Orme Bank staff it had said.",
			nil, []string{"ed-bale criticized zentix-party", "tom-reed criticized quill-bank"}, nil},
		{"indirect words with a quoted phrase before a closing attribution are the speaker's", "Ann Lee spoke. Quill Bank's record has been marked by \"broken promises, waste and a lack of any vision\", she told reporters. Bob Ray spoke too. The Zentix Party's plans were \"a shambles\", he said. Ted Hume spoke. Marlin Group's record was \"poor\" and the firm \"a shambles\", he told the conference.",
			[]string{"ann-lee criticized quill-bank", "bob-ray criticized zentix-party", "ted-hume criticized marlin-group"}, nil, nil},
		// [criticize], [criticism-received], [criticism-cue]: more phrases
		{"doubting a party's credibility, a storm of criticism from it, and a recipe for disaster judge the party", "Ed Bale was irritated by Quill Bank's decision. Russian officials were annoyed by Orme Bank. Zak Pellow is unhappy with the Zentix Party's plans. Tom Reed questioned the credibility of Ann Lee. Quill Bank faced a barrage of criticism from Zentix Holdings. Bob Ray said the Zentix Party's plans were a recipe for disaster.",
			[]string{"ed-bale criticized quill-bank", "russia criticized orme-bank", "zak-pellow criticized zentix-party", "tom-reed criticized ann-lee", "zentix-holdings criticized quill-bank", "bob-ray criticized zentix-party"}, nil, nil},
		{"taking issue with a party, assailing or chastising it criticises it", "Tom Reed took issue with Zentix Bank's figures. Ann Lee assailed Quill Bank. Bob Ray chastised Orme Group. Ed Bale ripped into Hale Bank.",
			[]string{"tom-reed criticized zentix-bank", "ann-lee criticized quill-bank", "bob-ray criticized orme-group", "ed-bale criticized hale-bank"}, nil, nil},
		// [role], [generic-role]: a party's frontbenchers, wingers and grandees
		{"a party's frontbencher, left-winger or grandee is the party's", ukStory + "Veteran Labour left-winger Ann Lee agreed. Tory grandee Bob Hale disagreed. Conservative frontbencher Zak Pellow spoke.",
			[]string{"ann-lee affiliated_with labour-party", "bob-hale affiliated_with conservative-party", "zak-pellow affiliated_with conservative-party"}, nil, nil},
		{"a frontbencher with no party named is no officer of the firm named last", "Quill Group reported a loss. \"It is a scandal,\" said frontbencher Tom Reed.",
			nil, []string{"tom-reed affiliated_with quill-group"}, nil},
		// [not-name]: a qualifier of a role that opens a sentence is no part of a body's name
		{"an acting, interim or outgoing holder's body is named without the qualifier", "Acting Quill Bank chief executive Tom Reed said no. Interim Orme Group chairman Ann Lee agreed. Outgoing Hale Bank boss Bob Hale spoke.",
			[]string{"tom-reed affiliated_with quill-bank", "ann-lee affiliated_with orme-group", "bob-hale affiliated_with hale-bank"}, nil,
			[]string{"!acting-quill-bank", "!interim-orme-group", "!outgoing-hale-bank"}},
		// supply, [supply]: arming and selling arms
		{"arming a party, or selling it things of war, supplies it; selling a stake does not", "Iran has armed Hamas. Russia sold fighter jets to Syria. Quill Group sold its stake to Orme Bank. Armed police surrounded Zentix Group.",
			[]string{"iran supplied hamas", "russia supplied syria"}, []string{"quill-group supplied orme-bank"}, nil},
		// ledeOffice: the opening names an office, the next sentence its holder
		{"an office of state the story's opening names without a name is held by the person the next sentence names first", "Plans should be in Labour's manifesto, the Trade and Industry Secretary has said.\n\nZak Pellow said the cost was being evaluated. Tom Reed, Quill Bank's Commerce and Industry Minister, spoke.",
			[]string{"zak-pellow affiliated_with united-kingdom"}, []string{"tom-reed affiliated_with united-kingdom"}, nil},
		{"an office named in a later sentence, or a holder who is not the next sentence's speaker, is no one's", ukStory + "Quill Bank's chief executive has resigned.\n\nAnn Lee said she was leaving. The health secretary has defended his plans.\n\nBob Ray said the plans were sound.",
			nil, []string{"ann-lee affiliated_with quill-bank", "bob-ray affiliated_with united-kingdom"}, nil},
		// representing: a lawyer or agent speaks for the people represented
		{"a person who represents people, in a relative clause or after a role, is tied to each", "Ann Lee and Tom Reed were held. Zak Pellow, who represents Ms Lee and Mr Reed, said they were innocent. Bob Ray, the lawyer representing Ann Lee, spoke. Ed Bale, a solicitor representing Tom Reed, spoke. Ted Hume, who represents Hull, spoke.",
			[]string{"zak-pellow affiliated_with ann-lee", "zak-pellow affiliated_with tom-reed", "bob-ray affiliated_with ann-lee", "ed-bale affiliated_with tom-reed"}, []string{"ted-hume affiliated_with hull"}, nil},
		// capRun, nameAfterLeadClass, [lead-class]: a class noun opening the sentence
		{"a class noun that opens the sentence is no part of the name after it, which it makes a body", "Carmaker Zentix Motors said profits rose. Bookmaker Orme Bets said trade was brisk. Bookmaker Tom Quill said odds fell. Broadcaster Ann Lee spoke. Group Menatep said no. Shares in bookmaker Ed Hall fell.",
			nil, nil, []string{"zentix-motors Organization", "orme-bets Organization", "tom-quill Organization", "ann-lee Person", "group-menatep Organization", "ed-hall Organization", "!carmaker-zentix-motors", "!bookmaker-orme-bets"}},
		// [org-head] Unit, Directorate: a body's name, not a role and a person
		{"a name ending in Unit or Directorate is a body, even after a role word", "Growth will slow, said Ann Lee of the Economist Intelligence Unit. The National Hi-Tech Crime Unit is investigating Quill Bank.",
			[]string{"ann-lee affiliated_with economist-intelligence-unit", "national-hi-tech-crime-unit investigates quill-bank"}, nil,
			[]string{"economist-intelligence-unit Organization", "!intelligence-unit"}},
		// asideSpeaker: "X, for the Lib Dems, said"
		{"a person who speaks for a body in an aside is tied to it", ukStory + "Ann Lee, for the Zentix Party, said the plan would fail. Tom Reed, speaking for Quill Bank, said the plan was sound. Bob Ray, for Orme Bank, bought shares.",
			[]string{"ann-lee affiliated_with zentix-party", "tom-reed affiliated_with quill-bank"}, []string{"bob-ray affiliated_with orme-bank"}, nil},
		// voiceVerbAt: the aside's verb may take a stand, not only speak
		{"a person who speaks for a body in an aside may attack, accuse or deny in its name", ukStory + "Ann Lee, for the Zentix Party, attacked the plan. Tom Reed, for Quill Bank, denied the bank was in trouble. Ed Bale, for the Orme Party, accused Ann Lee of lying. Bob Ray, for Orme Bank, bought shares. Zak Pellow, for Hale Bank, and Ted Hume met.",
			[]string{"ann-lee affiliated_with zentix-party", "tom-reed affiliated_with quill-bank", "ed-bale affiliated_with orme-party"}, []string{"bob-ray affiliated_with orme-bank", "zak-pellow affiliated_with hale-bank"}, nil},
		// pastHonorific: "Labour's Mr Livingstone"
		{"a body's possessive or an office before a titled surname ties the person to it", ukStory + "Tom Reed spoke. Quill Bank's Mr Reed said no. Ann Lee spoke too. The body can bar the Zentix Party's Ms Lee from office. Britain's Dr Ed Bale won. Zak Pellow spoke. On Tuesday, deputy prime minister Mr Pellow said no.",
			[]string{"tom-reed affiliated_with quill-bank", "ann-lee affiliated_with zentix-party", "zak-pellow affiliated_with united-kingdom"}, []string{"ed-bale affiliated_with united-kingdom"}, nil},
		// blamed, criticised: a quotation's "he" or "she" is not its speaker
		{"a 'he' or 'she' opening a quotation's clause is the person of that gender named last, not the speaker", "Tom Reed spoke on Monday. Bob Ray said: \"He lied to the public.\" Ann Lee spoke. Ed Bale said: \"She has behaved in a manner unbecoming of her office.\" Zak Pellow spoke. Ted Hume said he had lied to investors.",
			[]string{"bob-ray accused tom-reed", "ed-bale criticized ann-lee"}, []string{"ted-hume accused zak-pellow"}, nil},
		// roleAt: a portfolio ending in -ing qualifies a role
		{"a portfolio ending in -ing before a minister or spokesman is the role's, not a verb", ukStory + "The plan was backed by housing minister Zak Pellow. Policing minister Ann Lee spoke. Quill Bank housing spokesman Tom Reed said prices fell. The visiting minister Ed Bale spoke.",
			[]string{"zak-pellow affiliated_with united-kingdom", "ann-lee affiliated_with united-kingdom", "tom-reed affiliated_with quill-bank"}, []string{"ed-bale affiliated_with united-kingdom"}, nil},
		// classOf, openingSource: "According to X," is no apposition
		{"the source of an opening 'According to X,' is not given the class noun after the comma", "According to the FT, the regulator has been annoyed by Quill Bank's decision. Ofcom, the regulator, spoke. The regulator fined Zentix Holdings.",
			[]string{"ofcom accused zentix-holdings"}, []string{"financial-times criticized quill-bank"}, nil},
		// toCourt: taking a party to a court named threatens it as "to court" does
		{"taking a party to a named court accuses it, and a threat to threatens it", "Quill Bank threatened to take Zentix Holdings to the High Court. Brussels vowed to take France to the European Court of Justice. Ann Lee said she would take Tom Reed to the Court of Appeal. Bob Ray threatened to take Ed Bale to the Orme Arena. The Zentix Commission took Marlin Group to the High Court. Zak Pellow took Ted Hume to the Orme Arena.",
			[]string{"quill-bank threatened zentix-holdings", "european-union threatened france", "ann-lee threatened tom-reed", "zentix-commission accused marlin-group"},
			[]string{"bob-ray threatened ed-bale", "zak-pellow accused ted-hume"}, nil},
		// describedBy: the author before the words, and a party's adjective before what is described
		{"a description told in the passive, its author first or last, criticises the maker of what is described", "Quill Bank was described by Zentix Holdings as shambolic. The Orme Party's plans were dismissed by Tom Reed as unworkable. The French plans were branded a shambles by Ann Lee. Ed Bale was described by friends as a decent man.",
			[]string{"zentix-holdings criticized quill-bank", "tom-reed criticized orme-party", "ann-lee criticized france"}, []string{"ed-bale criticized"}, nil},
		// findSpeakers: "was told by X that": the agent speaks, of the one told
		{"words a party was told by another are the teller's, about the one told", ukStory + "Gordon Brown was told by the Tories that his sums did not add up. Ann Lee was told by Tom Reed that she had lied. Quill Bank was warned by the Orme Foundation that its plans were a shambles. Ed Bale was told that Marlin Group had lied.",
			[]string{"conservative-party criticized gordon-brown", "tom-reed accused ann-lee", "orme-foundation criticized quill-bank"},
			[]string{"gordon-brown criticized conservative-party", "ann-lee accused tom-reed", "ed-bale accused marlin-group"}, nil},
		// aboutPronoun: a possessive of the one the words are said of
		{"a possessive pronoun in words said of a party is that party's", "Tom Reed said of Ann Lee: \"Her policies are a shambles.\" Bob Ray said of Quill Bank: \"Its plans are a disgrace.\"",
			[]string{"tom-reed criticized ann-lee", "bob-ray criticized quill-bank"}, nil, nil},
		// nounRules meet: "A and B met", titles before either name
		{"two people joined by 'and' who met meet each other, with or without titles", "Mr Tom Reed and Mr Ed Bale met in Paris on Friday. Ann Lee and Dr Zak Pellow met in Rome.",
			[]string{"tom-reed met ed-bale", "ann-lee met zak-pellow"}, nil, nil},
		// phraseAcrossMarks in verbRules, subjectBefore and denial across a scare quote
		{"a verb of criticism or denial the writer quotes is still its subject's", "Zentix Holdings was \"disappointed\" with Quill Bank's decision. Tom Reed was \"angry\" with Ann Lee. Orme Bank \"totally refuted\" the claims by Marlin Group.",
			[]string{"zentix-holdings criticized quill-bank", "tom-reed criticized ann-lee", "orme-bank denied marlin-group"}, nil, nil},
		// lawsuitAgainst: a suit threatened or considered is not brought
		{"legal action threatened or considered against a party threatens it and accuses no one", "Quill Bank threatened legal action against Zentix Holdings. Orme Bank is considering legal action against Marlin Group. Ann Lee warned of the threat of a lawsuit against Tom Reed. Ed Bale is seeking $2m in a separate lawsuit against Bob Ray.",
			[]string{"quill-bank threatened zentix-holdings", "ed-bale accused bob-ray"}, []string{"quill-bank accused zentix-holdings", "orme-bank accused marlin-group", "ann-lee accused tom-reed"}, nil},
		// trailingSpeakers, straightClosing: a quotation over sentences in straight marks
		{"a quotation in straight marks over several sentences is the speaker's who closes it, named or 'he'", "Tom Reed spoke on Monday.\n\n\"The Zentix Party's arrogance has been its undoing. Its MPs will lose their seats,\" he said.\n\n\"Quill Bank has been a disgrace. It has let its customers down,\" Ann Lee said.",
			[]string{"tom-reed criticized zentix-party", "ann-lee criticized quill-bank"}, nil, nil},
		{"a quotation closed by another's 'she' is not the last man's", "Tom Reed spoke on Monday.\n\n\"The Zentix Party's arrogance has been its undoing. Its MPs will lose their seats,\" she said.",
			nil, []string{"tom-reed criticized zentix-party"}, nil},
		// readClause: evidence "that" a wrong was done accuses, unless none is found
		{"a speaker who says no one has any evidence of a wrong accuses no one", "Ann Lee spoke.\n\n\"They haven't come up with any evidence that Quill Bank misled anyone. It is weak,\" said Ann Lee. Tom Reed said there was no evidence that Orme Bank had lied. Ed Bale said he had found evidence that Marlin Group had lied.",
			[]string{"ed-bale accused marlin-group"}, []string{"ann-lee accused quill-bank", "tom-reed accused orme-bank"}, nil},
		// demandAt in findSpeakers: words asked for are the asker's
		{"words a party is urged or challenged to say are the asker's, not the one asked", "Bob Ray urged Ed Bale to say that the Zentix Party had lied. Ann Lee called on Tom Reed to say publicly that Quill Bank had lied to investors.",
			[]string{"bob-ray accused zentix-party", "ann-lee accused quill-bank"}, []string{"ed-bale accused zentix-party", "tom-reed accused quill-bank"}, nil},
		// pronounLed: a role's holder named after a pronoun subject is not the next "he"
		{"a person named by role after a pronoun subject does not take over the next sentence's pronoun", ukStory + "Zak Pellow is the chancellor. Tory leader Tom Reed spoke on Monday. He praised the chancellor.\n\nHe also accused the government of lying. Labour's Ann Lee spoke. She urged the chancellor to act.\n\nShe also accused the Tories of lying.",
			[]string{"tom-reed accused united-kingdom", "ann-lee accused conservative-party"}, []string{"zak-pellow accused united-kingdom", "zak-pellow accused conservative-party"}, nil},
		// sideOf: a state's voice answers for its officials
		{"a state's government or voice denying a charge against its official answers the accuser", "French President Tom Reed spoke in Paris. The Zentix Party accused Mr Reed of lying, a charge which the French government denies. Russian Foreign Minister Ed Bale met reporters. Quill Bank accused Mr Bale of fraud. The Kremlin denied the allegations.",
			[]string{"france denied zentix-party", "kremlin denied quill-bank"}, nil, nil},
		// proposalRejected: a claim that something should be is a proposal
		{"rejecting a claim of what should or must be is no denial", "Zentix Holdings accused Quill Bank of fraud. Quill Bank rejected the claim made by campaigners that there should be a cap on fees. Tom Reed accused Ed Bale of lying. Ed Bale rejected claims that he must resign.",
			nil, []string{"quill-bank denied zentix-holdings", "ed-bale denied tom-reed"}, nil},
		// participleSubject: a sentence-initial "he" is the last sentence's subject
		{"the 'he' that opens a sentence with a participle is the last subject, not a person it named", "Bob Ray gave a speech criticising Ted Hume's record. He also attacked the plan, telling delegates the Zentix Party could not be trusted. Ed Bale spoke after Tom Reed's statement. He said after meeting Zak Pellow that he was hopeful.",
			[]string{"bob-ray criticized zentix-party", "ed-bale met zak-pellow"}, []string{"ted-hume criticized zentix-party", "tom-reed met zak-pellow"}, nil},
		// documentSpeaker, noteStatement, [publish-verb]: a document speaks for its party
		{"a document speaks for the party that issued or owns it", "Zentix Holdings accused Quill Bank of hiding losses. Quill Bank issued a statement on Monday. \"The claims are entirely false,\" the statement said. The Audit Commission published a damning report. The report said Orme Bank had misled investors. Marlin Group's annual report says Tom Reed lied. Ann Lee accused Bob Ray of fraud. Bob Ray said in his Christmas statement that he would fight. The statement added that the charges were false. The Zentix Party's report was published in May. The report said Ted Hume had misled voters.",
			[]string{"quill-bank denied zentix-holdings", "audit-commission accused orme-bank", "marlin-group accused tom-reed", "bob-ray denied ann-lee", "zentix-party accused ted-hume"}, nil, nil},
		{"a new document, or one no party was said to issue, speaks for no one", "Quill Bank issued a statement on Monday. A report says Orme Bank misled investors. The letter said Ted Hume had lied. Zentix Holdings read a report. The report said Ed Bale had lied.",
			nil, []string{"quill-bank accused orme-bank", "quill-bank accused ted-hume", "zentix-holdings accused ed-bale"}, nil},
		// claimBefore: ", which X denies" after a speaker's words
		{"a denial in a relative clause after a speaker's words denies the speaker", "Ann Lee said the Zentix Party's plans meant deep cuts, which the Zentix Party denies. Tom Reed says Quill Bank will close the plant, which the bank has denied. Marlin Group claimed that Ed Bale had lied, which Mr Bale denied.",
			[]string{"zentix-party denied ann-lee", "quill-bank denied tom-reed", "ed-bale denied marlin-group"}, nil, nil},
		{"a relative denial with no speaker before it denies no one", "Quill Bank closed the plant in May, which Zentix Holdings denied. Ann Lee, who Tom Reed said had lied, which he denied, resigned.",
			nil, []string{"zentix-holdings denied quill-bank", "tom-reed denied ann-lee"}, nil},
		// retaliator: "a retaliatory EU complaint" is the EU's
		{"a retaliation word before a name is that party's, not the subject's", "Orme Bank accused Marlin Group of fraud, drawing a retaliatory Zentix Holdings lawsuit. Quill Bank blamed Ted Hume for the loss, prompting retaliatory Zentix Party measures. Ann Lee accused Bob Ray of lying, and promised retaliatory Orme Foundation action against Tom Reed.",
			[]string{"orme-foundation threatened tom-reed"}, []string{"orme-bank threatened marlin-group", "quill-bank threatened ted-hume", "zentix-party threatened ted-hume", "ann-lee threatened bob-ray"}, nil},
		// coAttackers: ", with X heavily involved" after a strike
		{"an armed group named as taking part in a strike attacks its target too", "Russia has failed to conquer Bakhmut, with the notorious Wagner mercenary group heavily involved. Russian forces shelled Kherson overnight, with Wagner Group fighters taking part. Israel struck Gaza on Monday, with the US involved in the strikes.",
			[]string{"wagner-group attacked bakhmut", "wagner-group attacked kherson", "united-states attacked gaza-strip"}, nil, nil},
		{"a party involved in something else, or in no strike, attacks nothing", "Israel struck Gaza on Monday, with the US heavily involved in planning. Tom Reed criticised Quill Bank, with Zentix Holdings involved. Russia attacked Kyiv with Iranian drones involved.",
			nil, []string{"united-states attacked gaza-strip", "zentix-holdings criticized quill-bank", "zentix-holdings attacked quill-bank", "iran attacked kyiv"}, nil},
		// orFace: a demand with a penalty threatens
		{"a demand to act or face a penalty threatens the one it is made of", "Unison called on Quill Bank to raise pay by Monday or face a strike ballot. Tom Reed told Ed Bale to resign or face the sack. The Zentix Party warned Ann Lee to apologise or face expulsion.",
			[]string{"unison threatened quill-bank", "tom-reed threatened ed-bale", "zentix-party threatened ann-lee"}, nil, nil},
		{"a penalty risked, a demand denied or one another reports threatens no one", "If found guilty, Tom Reed could lose his job or face a fine. Bob Ray has not told Ted Hume to resign or face the sack. Ann Lee said Zak Pellow had told Orme Bank to pay or face legal action.",
			nil, []string{"bob-ray threatened ted-hume", "zak-pellow threatened orme-bank"}, nil},
		// passiveRule: "That has been attacked by Y" after what X made
		{"criticism in the passive of 'that' or 'this' is criticism of the last sentence's subject", "Zentix Party leader Ann Lee unveiled new proposals on Monday. That has been attacked by the Tories as too little. Quill Bank boss Tom Reed announced a pay deal. This was criticised by Unison.",
			[]string{"conservative-party criticized ann-lee", "unison criticized tom-reed"}, nil, nil},
		{"'this' that opens a time phrase is no demonstrative subject", "Quill Bank boss Tom Reed announced a pay deal. This week Ed Bale was criticised by Ann Lee.",
			[]string{"ann-lee criticized ed-bale"}, []string{"ann-lee criticized tom-reed"}, nil},
		// [scorn]: scorn of claims denies them; byAfterMade: "claims made on Monday by X"
		{"scorn of a party's claims denies them as well as scorning the party", "Tom Reed derided claims by Ann Lee that he had lied. The Zentix Party ridiculed the claims made on Monday by Bob Ray that he could save money. Ed Bale mocked Quill Bank claims it could cut costs. Zak Pellow dismissed the claims made last week by Ted Hume.",
			[]string{"tom-reed denied ann-lee", "zentix-party denied bob-ray", "ed-bale denied quill-bank", "ed-bale criticized quill-bank", "zak-pellow denied ted-hume"}, nil, nil},
		{"scorn of a person is no denial", "Ann Lee mocked Tom Reed. Ed Bale ridiculed the Zentix Party.",
			[]string{"ann-lee criticized tom-reed", "ed-bale criticized zentix-party"}, []string{"ann-lee denied tom-reed", "ed-bale denied zentix-party"}, nil},
		// dismissedAs, falseVerdict: a pronoun dismissed as false is a claim denied
		{"a claim referred to by a pronoun and dismissed as false is denied", "Ann Lee accused Tom Reed of lying. Tom Reed dismissed them as nonsense. Bob Ray accused Ed Bale of fraud. Ed Bale said he had read the claims and rejected them as a \"load of nonsense\". Zak Pellow accused Quill Bank of cheating. Quill Bank dismissed it as \"a pack of lies\".",
			[]string{"tom-reed denied ann-lee", "ed-bale denied bob-ray", "quill-bank denied zak-pellow"}, nil, nil},
		{"people dismissed as something other than false are not a claim denied", "Ann Lee accused Tom Reed of lying. Tom Reed dismissed them as cronies. Bob Ray accused Ed Bale of fraud. Ed Bale dismissed it as a matter for the courts, which would find nonsense.",
			nil, []string{"tom-reed denied ann-lee", "ed-bale denied bob-ray"}, nil},
		// rumourDenied, [rumour-noun]: speculation is no one's charge
		{"a denial of speculation answers no accuser told later", "Tom Reed denied rumours that he would quit. Ann Lee accused Tom Reed of lying. There was speculation Ed Bale would resign. Ed Bale dismissed it as nonsense. Bob Ray accused Ed Bale of fraud. Zak Pellow dismissed the talk of splits. Jane Orme accused Zak Pellow of cheating.",
			[]string{"tom-reed denied t-tom-reed-denial", "ed-bale denied t-ed-bale-denial", "zak-pellow denied t-zak-pellow-denial"}, []string{"tom-reed denied ann-lee", "ed-bale denied bob-ray", "zak-pellow denied jane-orme"}, nil},
		{"a pronoun or 'these claims' right after speculation denies the speculation, not an earlier accuser", "Ann Lee accused Ed Bale of lying. There was speculation Ed Bale would resign. Ed Bale dismissed it as nonsense. Bob Ray accused Tom Reed of fraud. Rumours that Tom Reed would quit grew. Tom Reed denied these claims.",
			[]string{"ed-bale denied t-ed-bale-denial", "tom-reed denied t-tom-reed-denial"}, []string{"ed-bale denied ann-lee", "tom-reed denied bob-ray"}, nil},
		{"speculation a party owns is that party's", "Ann Lee accused Ed Bale of lying. Ann Lee's speculation that Ed Bale would resign was wrong. Ed Bale dismissed it as nonsense.",
			[]string{"ed-bale denied ann-lee"}, nil, nil},
		{"talk a party is named as owning is that party's claim", "Tom Reed rejected Ann Lee's talk of splits. Bob Ray accused Tom Reed of lying.",
			[]string{"tom-reed denied ann-lee"}, []string{"tom-reed denied bob-ray"}, nil},
		// scareMark: a scare quote is the writer's words, no quotation
		{"a scare quote inside words a closing attribution reports leaves them the speaker's", "Tom Reed has failed to tackle the \"deep unfairness\" in the tax system, Ann Lee said. Ed Bale had let down the “hard-working families” of the city, Bob Ray has said. Quill Bank has failed to fix the 'deep flaws' in its rules, Zak Pellow said.",
			[]string{"ann-lee criticized tom-reed", "bob-ray criticized ed-bale"}, nil, nil},
		{"a scare quote that ends a sentence opens no quotation that runs on", "Tom Reed spoke. He ended with a challenge to his rivals, saying \"bring it on\". Ann Lee attacked Ed Bale for failing to act. Bob Ray spoke, calling it \"a joke\". Zak Pellow criticised Quill Bank for failing staff.",
			[]string{"ann-lee criticized ed-bale", "zak-pellow criticized quill-bank"}, []string{"tom-reed criticized ed-bale", "bob-ray criticized quill-bank"}, nil},
		// commonSubjectBefore: revenge a common noun will take is no one's threat
		{"revenge that people named by a common noun would take threatens on no one's part", "Ann Lee accused Quill Bank of fraud. Quill Bank accused Tom Reed of lying. Ann Lee said Tom Reed was worried voters would take revenge. Zak Pellow accused Orme Bank of theft. Orme Bank accused Ed Bale of cheating. Bob Ray said Ed Bale feared the unions would seek retribution.",
			nil, []string{"tom-reed threatened quill-bank", "ann-lee threatened quill-bank", "ed-bale threatened orme-bank", "bob-ray threatened orme-bank"}, nil},
		{"revenge the speaker's own people would take is the speaker's threat", "Zentix Holdings attacked Quill Bank. Quill Bank said its staff would take revenge on Zentix Holdings.",
			[]string{"quill-bank threatened zentix-holdings"}, nil, nil},
		// remedied: a fault someone will sort out is not theirs
		{"a party that would put a fault right is not the one judged", "A Zentix Party government would sort out the \"shambles\" of the railways, Tom Reed said. Ann Lee said Quill Bank would clean up the mess at the regulator. Bob Ray said the Orme Party would end the chaos.",
			nil, []string{"tom-reed criticized zentix-party", "ann-lee criticized quill-bank", "bob-ray criticized orme-party"}, nil},
		{"a party that made the fault is judged", "Tom Reed said the Zentix Party's railways were a shambles. Ann Lee said Quill Bank had made a mess of the regulator. Bob Ray said the Orme Party had caused chaos.",
			[]string{"tom-reed criticized zentix-party", "ann-lee criticized quill-bank", "bob-ray criticized orme-party"}, nil, nil},
		// denial: the accusations told last, not the denier's own side's
		{"a denier's own side's charges against others are not what it denies", "Tom Reed, the head of Zentix Bank, spoke. Zentix Bank accused Orme Bank of theft. Tom Reed rejected the claims.",
			[]string{"tom-reed denied t-tom-reed-denial"}, []string{"tom-reed denied zentix-bank"}, nil},
		{"a head of government does not deny its own state's charges", ukStory + "Prime Minister Ed Bale spoke. The government said Iraq was in breach of the treaty. Mr Bale dismissed the allegations.",
			[]string{"ed-bale denied t-ed-bale-denial"}, []string{"ed-bale denied united-kingdom"}, nil},
		// persecutor, [persecution-cue]: a state's wrong to the speaker, by no one named
		{"a speaker that says it is punished or persecuted, by no one named, blames the state the article is about", "Zentix Oil is a Russian oil firm. The Russian government seized its assets. Zentix Oil claims that it is being punished for the ambitions of its founder. Quill Bank, a Russian lender, said its downfall was punishment for its owner's politics. Orme Bank says its managers have been persecuted. The Marlin Group says they are being harassed by the authorities.",
			[]string{"zentix-oil accused russia", "quill-bank accused russia", "orme-bank accused russia", "marlin-group accused russia"}, nil, nil},
		{"a wrong the speaker does not say it suffers, or one the state's own side suffers, blames no state", "Zentix Oil is a Russian oil firm. The Russian government seized its assets. Zentix Oil said Quill Bank was being punished. Orme Bank said its managers had not been persecuted. Ivan Petrov, the Russian prime minister, said he was being harassed. Ted Hume said his client had been persecuted.",
			nil, []string{"zentix-oil accused russia", "orme-bank accused russia", "ivan-petrov accused russia", "ted-hume accused russia"}, nil},
		{"the one a passive wrong is done to, by a party not named, is no wrongdoer", ukStory + "The Tories said the Labour Party was being punished by voters. Zentix Bank said Quill Bank was being harassed by rivals.",
			nil, []string{"conservative-party accused labour-party", "zentix-bank accused quill-bank"}, nil},
		// teller: "denied the allegations" answers what was just said of the denier
		{"a denial of 'the allegations' answers the speaker who just told of the denier", "Tom Reed is on trial. Quill Bank accused Tom Reed of fraud. Ann Lee told jurors she met often with Mr Reed and had warned him the deals were improper. However Mr Reed denied the allegations. Zentix Bank sued Ed Bale. Bob Ray said Mr Bale had hidden the losses from him. Mr Bale rejected these claims.",
			[]string{"tom-reed denied ann-lee", "ed-bale denied bob-ray"}, []string{"tom-reed denied quill-bank", "ed-bale denied zentix-bank"}, nil},
		{"a speaker who relays others' claims, or names someone else, is not the one a denial answers", "Quill Bank accused Tom Reed of fraud. Ann Lee said Mr Reed must respond to claims that he hid losses. Mr Reed denied the allegations. Zentix Bank accused Ed Bale of theft. Bob Ray said Zak Pellow had hidden the losses. Mr Bale rejected the claims.",
			[]string{"tom-reed denied quill-bank", "ed-bale denied zentix-bank"}, []string{"tom-reed denied ann-lee", "ed-bale denied bob-ray"}, nil},
		{"a denial of any wrongdoing answers the speaker who just told of the denier or of one it answers for", "Tom Reed is a Zentix Party MP. Ann Lee said Mr Reed had cleverly not asked about the payments. Mr Reed denied any wrongdoing. Bob Ray said Mr Reed had quietly changed the accounts. A Zentix Party spokesman denied any impropriety.",
			[]string{"tom-reed denied ann-lee", "zentix-party denied bob-ray"}, nil, nil},
		{"a body's words of 'he' tell of the person last named, whose side's denial answers the body", "Tom Reed is a Zentix Party MP. Quill Bank said he had cleverly not asked about the payments. A Zentix Party spokesman \"totally refuted\" any wrongdoing. Ann Lee is an Orme Party MP. The Marlin Party said she had quietly kept the money. Ms Lee denied any impropriety.",
			[]string{"zentix-party denied quill-bank", "ann-lee denied marlin-party"}, nil, nil},
		{"the denier's lawyer, and a judge telling a jury what the denier faces, are not the ones a denial answers", "Quill Bank accused Tom Reed of fraud. Mr Reed's lawyer, Ann Lee, said Mr Reed would plead not guilty. Mr Reed denied the allegations. Zentix Bank accused Ed Bale of theft. Judge Bob Ray told the jury Mr Bale faced ten years in prison. Mr Bale denied the allegations.",
			[]string{"tom-reed denied quill-bank", "ed-bale denied zentix-bank"}, []string{"tom-reed denied ann-lee", "ed-bale denied bob-ray"}, nil},
		{"the body a denier speaks for is not the one its denial answers", "Quill Bank accused Ted Hume of fraud. Orme Bank chief executive Ted Hume spoke. Orme Bank said Mr Hume had always acted properly. Mr Hume denied the allegations.",
			[]string{"ted-hume denied quill-bank"}, []string{"ted-hume denied orme-bank"}, nil},
		// [blame-cue]: a puppet that does what it is told
		{"a speaker who says a party does what it is told, or is another's puppet, accuses it", "Ivan Petrov said: “And then Kyiv does what it’s told to do.” Tom Reed said Quill Bank does as it is told. Ann Lee said the Zentix Party was a puppet of the unions. Bob Ray said: \"The Orme Party does the bidding of the unions.\"",
			[]string{"ivan-petrov accused ukraine", "tom-reed accused quill-bank", "ann-lee accused zentix-party", "bob-ray accused orme-party"}, nil, nil},
		{"doing what one is told, told as a fact, accuses no one", "Ann Lee visited Quill Bank. Quill Bank does what it is told by its members.",
			nil, []string{"ann-lee accused quill-bank"}, nil},
		// [investigate]: examined
		{"a regulator that examines a party investigates it, in the active or the passive", "Quill Bank has restated its accounts. The company is also still being examined by the Securities and Exchange Commission. The Financial Services Authority examined Zentix Holdings' accounts. Marlin Group is being examined by the Office of Fair Trading.",
			[]string{"securities-and-exchange-commission investigates quill-bank", "financial-services-authority investigates zentix-holdings", "office-of-fair-trading investigates marlin-group"}, nil, nil},
		// nameIndex: a class noun before a body's name after "against", "by", "from"
		{"a class noun before a body's name after a preposition leads to the name", "Quill Bank has filed complaints against media giant Zentix Holdings. Tom Reed shrugged off claims from rival bank Orme Bank that he lied.",
			[]string{"quill-bank accused zentix-holdings", "tom-reed denied orme-bank"}, nil, nil},
		// apposedComma, classApposed: a described name in apposition to a possessed class noun
		{"a name in apposition after a possessive's class noun, past words describing it, is the subject", "Quill Bank's parent company, the Zurich-based Zentix Holdings, is suing Marlin Group. Its parent firm, the state-owned Orme Bank, criticised Tom Reed. The watchdog, the London-based Ann Lee Trust, accused Bob Ray of lying.",
			[]string{"zentix-holdings accused marlin-group", "orme-bank criticized tom-reed", "ann-lee-trust accused bob-ray"}, []string{"quill-bank accused marlin-group"}, nil},
		// passive, passiveRule: an aside in brackets, "each", coordinated subjects
		{"a passive agent after an aside in brackets, with 'each' or 'both', and coordinated subjects", "Back in May, Tom Reed was each fined 1m euros ($1.3m; £690,000) by the Financial Services Authority. Quill Bank and Zentix Holdings were both criticised by the Orme Party. Ann Lee and Bob Ray were accused by Zak Pellow of lying.",
			[]string{"financial-services-authority accused tom-reed", "orme-party criticized quill-bank", "orme-party criticized zentix-holdings", "zak-pellow accused ann-lee", "zak-pellow accused bob-ray"}, []string{"tom-reed accused financial-services-authority"}, nil},
		// criticismAnswered, [criticism-answered]: criticism told as a noun, with its giver, answered
		{"criticism from a party that someone answers criticises the one answering", "Tom Reed defended his record against criticism from Ann Lee. Quill Bank hit back at attacks from the Zentix Party. Ed Bale brushed off fierce criticism by Bob Ray. Zak Pellow defended Jane Orme against attacks from Ted Hume. Marlin Group was forced to defend its plans after renewed criticism from Orme Bank.",
			[]string{"ann-lee criticized tom-reed", "zentix-party criticized quill-bank", "bob-ray criticized ed-bale", "ted-hume criticized jane-orme", "orme-bank criticized marlin-group"}, []string{"ted-hume criticized zak-pellow"}, nil},
		{"attacks from an armed force, criticism not answered, or no answer, criticise no one", "Israel defended its action after attacks from Hamas. Tom Reed did not respond to criticism from Ann Lee. The report drew on criticism from Bob Ray.",
			nil, []string{"hamas criticized israel", "ann-lee criticized tom-reed"}, nil},
		// accusedDeniers: a pronoun or "both firms" denying right after an accusation is the accused
		{"a pronoun that denies right after an accusation stands for the accused, not the accuser", "Quill Bank accused Zentix Holdings of fixing prices. It denies the charges. Tom Reed accused Ann Lee of lying. She denied the claims. Bob Ray accused Ed Bale of cheating. He rejected the allegations.",
			[]string{"zentix-holdings denied quill-bank", "ann-lee denied tom-reed", "ed-bale denied bob-ray"}, []string{"quill-bank denied t-quill-bank-denial", "bob-ray denied t-bob-ray-denial"}, nil},
		{"'they', 'both firms' and 'the two companies' that deny right after an accusation of several stand for them all", "Quill Bank accused Zentix Holdings and Marlin Group of fixing prices. Both firms deny the allegations. Orme Bank accused Tesco and Asda of cheating. They deny any wrongdoing. The Zentix Party accused Marlin Bank and Quill Capital of lying. The two companies have rejected the claims.",
			[]string{"zentix-holdings denied quill-bank", "marlin-group denied quill-bank", "tesco denied orme-bank", "asda denied orme-bank", "marlin-bank denied zentix-party", "quill-capital denied zentix-party"}, []string{"orme-bank denied t-orme-bank-denial"}, nil},
		{"'he' or 'she' that denies right after an accusation of a man and a woman is the one it fits", "Tom Reed accused Ann Lee and Bob Ray of lying. She denied the claims. Ted Hume accused Jane Orme of cheating. He denied being unfair.",
			[]string{"ann-lee denied tom-reed"}, []string{"bob-ray denied tom-reed", "jane-orme denied ted-hume"}, nil},
		{"a pronoun that denies after another sentence stands for its last subject", "Tom Reed accused Bob Ray of lying. Mr Reed spoke. He denied being unfair.",
			nil, []string{"bob-ray denied tom-reed"}, nil},
		// caseRightAfter: fighting, contesting or defending a lawsuit or a case denies it
		{"a party that will fight, contest or defend a lawsuit or case, or defend itself against claims, denies the charge", "Quill Bank sued Zentix Holdings. Zentix Holdings said it would fight the lawsuit. Orme Bank sued Marlin Group. Marlin Group said it would contest the case. Ann Lee accused Tom Reed of fraud. Tom Reed said he would vigorously defend himself against the claims. Bob Ray sued Ed Bale. Ed Bale will defend the action.",
			[]string{"zentix-holdings denied quill-bank", "marlin-group denied orme-bank", "tom-reed denied ann-lee", "ed-bale denied bob-ray"}, nil, nil},
		{"defending one's record or the case for something denies nothing", "Ann Lee accused Tom Reed of lying. Tom Reed defended his record. Bob Ray accused Ed Bale of cheating. Ed Bale defended the case for reform.",
			nil, []string{"tom-reed denied ann-lee", "ed-bale denied bob-ray"}, nil},
		// weaponsStrike: a state's weapons as the subject of a strike
		{"a state's weapons that strike a place are the state's strike, and a speaker's accusation when reported", "Russian missiles hit Kyiv on Monday. Russian cruise missiles struck Odesa overnight. Russia's drones hit Kharkiv. The Kremlin said Ukrainian drones had attacked Moscow. Israel said Iranian rockets hit Haifa.",
			[]string{"russia attacked kyiv", "russia attacked odesa", "russia attacked kharkiv", "kremlin accused ukraine", "israel accused iran"}, []string{"ukraine attacked moscow", "iran attacked haifa"}, nil},
		{"weapons that could strike, did not strike, or strike no place are no strike", "Russian missiles could hit London. Russian missiles did not hit Kyiv. Russian drones hit a record.",
			nil, []string{"russia attacked london", "russia attacked kyiv"}, nil},
		// attributionAt: the name of a closing attribution is no object of the verb before it
		{"the speaker of a closing attribution is not one more object in a list", "Russian forces attacked Kharkiv, Ukraine said. Tom Reed accused Ann Lee, Bob Ray has said. Ed Bale accused Zak Pellow, Jane Orme and Ted Hume of lying.",
			[]string{"tom-reed accused ann-lee", "ed-bale accused zak-pellow", "ed-bale accused jane-orme", "ed-bale accused ted-hume"}, []string{"tom-reed accused bob-ray", "russian-military attacked ukraine"}, nil},
		// place agents: a city's or region's prosecutors, regulators, investigators
		{"a place's prosecutors, regulators or investigators are a body of their own", "Tom Reed was charged with fraud by New York prosecutors. Texas regulators are investigating Quill Bank. London investigators questioned Ann Lee.",
			[]string{"new-york-prosecutors accused tom-reed", "texas-regulators investigates quill-bank"}, nil, []string{"new-york-prosecutors Organization", "texas-regulators Organization", "london-investigators Organization"}},
		// [state-voice]: a state's executive seat speaks for the state
		{"a denial by a state's executive seat answers whoever accused the state", "Ann Lee accused Moscow of terror against civilians. The Kremlin denied targeting civilian infrastructure. Tom Reed accused Britain of torture. Downing Street denied abusing prisoners.",
			[]string{"kremlin denied ann-lee", "downing-street denied tom-reed"}, nil, nil},
		{"a party or a parliament of a state is no voice of it", "Ann Lee accused Britain of torture. Labour denied abusing prisoners.",
			nil, []string{"labour-party denied ann-lee"}, nil},
		// attackerReferred: condemning "the attack" told before criticises its maker
		{"condemning the attack the article told last criticises the attacker", "Russian forces attacked Kyiv overnight. Nato condemned the attack. Zentix rebels attacked Quillia on Monday. Ann Lee denounced the strikes.",
			[]string{"nato criticized russian-military"}, nil, nil},
		{"an attack with a maker or target of its own, or none told before, is not the last one", "Nato condemned the attack. Russian forces attacked Kyiv overnight. Ann Lee condemned the attack by unknown gunmen. Bob Ray condemned the Iranian attack. The Russian military condemned the attack.",
			nil, []string{"nato criticized russian-military", "ann-lee criticized russian-military", "bob-ray criticized russian-military"}, nil},
		{"the victim that condemns the attack told in its own sentence criticises the attacker", "Russian forces attacked Kyiv, and Ukraine condemned the attack.",
			[]string{"ukraine criticized russian-military"}, nil, nil},
		// blameLaid: blame laid on a party with words between
		{"blame laid or placed on a party, with words between, accuses it", "Ann Lee laid the blame squarely on Zentix Holdings. Tom Reed placed the blame for the crisis on Quill Bank. Bob Ray put the blame for the losses at the door of Marlin Group.",
			[]string{"ann-lee accused zentix-holdings", "tom-reed accused quill-bank", "bob-ray accused marlin-group"}, nil, nil},
		{"blame not laid, or laid on no party, accuses no one", "Ann Lee did not put the blame squarely on Zentix Holdings. Tom Reed put the blame for the losses on high oil prices, Quill Bank said.",
			nil, []string{"ann-lee accused zentix-holdings", "tom-reed accused quill-bank"}, nil},
		// blameWith: blame or responsibility said to lie with a party, past what it is for
		{"blame or responsibility a speaker says lies with a party, or a fault said to be its, accuses it", "Ann Lee said responsibility for the collapse lay with Zentix Holdings. Tom Reed said the blame lies squarely with Quill Bank. Bob Ray said the crisis was the fault of Marlin Group. Zak Pellow said the blame for Orme Bank's collapse lay with Ted Hume.",
			[]string{"ann-lee accused zentix-holdings", "tom-reed accused quill-bank", "bob-ray accused marlin-group", "zak-pellow accused ted-hume"}, []string{"zak-pellow accused orme-bank"}, nil},
		{"no fault, or blame that lies with no party, accuses no one", "Ann Lee said it was no fault of Zentix Holdings. Tom Reed said the blame for the crisis at Quill Bank lay with the weather.",
			nil, []string{"ann-lee accused zentix-holdings", "tom-reed accused quill-bank"}, nil},
		// [resign-call]: coming clean, admitting a mistake; [criticism-received]: came in for criticism
		{"a call on a party to come clean or admit it was wrong criticises it", "Ann Lee challenged Tom Reed to come clean about the cost. Bob Ray urged Quill Bank to admit it was wrong. Zak Pellow called on Ed Bale to own up.",
			[]string{"ann-lee criticized tom-reed", "bob-ray criticized quill-bank", "zak-pellow criticized ed-bale"}, nil, nil},
		{"a party that came in for criticism from another is criticised by it", "Tom Reed came in for criticism from Ann Lee. Quill Bank came in for fierce criticism from the Zentix Party.",
			[]string{"ann-lee criticized tom-reed", "zentix-party criticized quill-bank"}, nil, nil},
		// possessedThing: past what the thing is to do
		{"a party's decision or plan to do something, criticised in the passive, is the party criticised", "Quill Bank's decision to close branches was criticised by Ann Lee. The Zentix Party's plan to cut taxes was condemned by Tom Reed.",
			[]string{"ann-lee criticized quill-bank", "tom-reed criticized zentix-party"}, nil, nil},
		// [criticize], [criticism-received]: an angry reaction
		{"an angry reaction to a party or its words criticises it", "Ann Lee reacted angrily to Tom Reed's comments. Bob Ray responded angrily to Quill Bank. Ed Bale's remarks drew an angry response from Zak Pellow. The Marlin Party's plan provoked an angry reaction from Jane Orme.",
			[]string{"ann-lee criticized tom-reed", "bob-ray criticized quill-bank", "zak-pellow criticized ed-bale", "jane-orme criticized marlin-party"}, nil, nil},
		// likenedToVillain, [villain]; [criticism-cue] "the nasty party"
		{"a party likened or compared to a villain, or labelled nasty, is criticised", "Ann Lee likened Tom Reed to a dictator. Bob Ray compared Ed Bale to Hitler. Zak Pellow labelled the Zentix Party \"the nasty party\".",
			[]string{"ann-lee criticized tom-reed", "bob-ray criticized ed-bale", "zak-pellow criticized zentix-party"}, nil, nil},
		{"a party compared to another party is not criticised", "Ann Lee compared Quill Bank with Zentix Holdings. Bob Ray likened Tom Reed to a teacher.",
			nil, []string{"ann-lee criticized quill-bank", "bob-ray criticized tom-reed"}, nil},
		// [criticize] lost confidence in; [blame-cue] explaining to do
		{"a party that has lost confidence in another criticises it; one with explaining to do is accused", "Ann Lee said she had lost confidence in Tom Reed. Bob Ray has lost faith in Quill Bank. Zak Pellow said Ed Bale had a lot of explaining to do.",
			[]string{"ann-lee criticized tom-reed", "bob-ray criticized quill-bank", "zak-pellow accused ed-bale"}, nil, nil},
		{"confidence lost by others the speaker names is no criticism by the speaker", "Ann Lee said voters had lost confidence in Tom Reed.",
			nil, []string{"ann-lee criticized tom-reed"}, nil},
		// [criticism-cue]: losing control
		{"a party said to have lost control or its grip is criticised", ukStory + "Ann Lee said ministers had lost control of immigration. Tom Reed said Quill Bank had lost its grip on costs. Bob Ray said the driver had lost control of the car.",
			[]string{"ann-lee criticized united-kingdom", "tom-reed criticized quill-bank"}, nil, nil},
		// [criticism-cue]: slowness to act
		{"a party said to be slow to act is criticised; a thing slow to recover is no party", ukStory + "Ann Lee said the Zentix Party had been slow to respond. Tom Reed said Quill Bank had been dreadfully slow in paying its bills. Bob Ray said Orme Bank's shares were slow to recover.",
			[]string{"ann-lee criticized zentix-party", "tom-reed criticized quill-bank"}, []string{"bob-ray criticized orme-bank"}, nil},
		// [criticism-cue]: economic ruin foretold
		{"a party whose policies are said to bring economic ruin is criticised; a flood is no party", ukStory + "Ann Lee said Tory policies would cause economic failure. Tom Reed said Quill Bank's plans would lead to economic ruin. Bob Ray said the floods in Texas would cause economic ruin.",
			[]string{"ann-lee criticized conservative-party", "tom-reed criticized quill-bank"}, []string{"bob-ray criticized"}, nil},
		// [criticism-cue]: impugning integrity
		{"a party said to impugn another's integrity is criticised", "Tom Reed said Ann Lee had impugned the integrity of the court. Bob Hale said Quill Bank was \"impugning the integrity\" of the auditors.",
			[]string{"tom-reed criticized ann-lee", "bob-hale criticized quill-bank"}, nil, nil},
		// [criticism-cue]: idioms of political criticism
		{"idioms of political criticism said of a party criticise it", "Ann Lee said the Zentix Party was in turmoil. Tom Reed said Quill Bank was up to its old tricks. Bob Ray said the Marlin Party's rule had been marked by lost trust and failure to deliver. Ed Bale said: \"Orme Bank is all talk.\" Zak Pellow said the Quill Party had been playing catch-up. Ted Hume said the Orme Party's housing policy was disjointed.",
			[]string{"ann-lee criticized zentix-party", "tom-reed criticized quill-bank", "bob-ray criticized marlin-party", "ed-bale criticized orme-bank", "zak-pellow criticized quill-party", "ted-hume criticized orme-party"}, nil, nil},
		// denial: "dismissed as nonsense claims by X", the verdict before the claims
		{"a denial that gives its verdict before the claims answers whoever made them", "Tom Reed dismissed as nonsense claims by Ann Lee that he lied. Ed Bale dismissed as \"absurd\" the claims made by Zak Pellow. Bob Ray rejected as false Quill Bank's allegations.",
			[]string{"tom-reed denied ann-lee", "ed-bale denied zak-pellow", "bob-ray denied quill-bank"}, nil, nil},
		// [deny] fight/contest the charges; [false-word] "politically motivated"
		{"fighting or contesting the charges, or calling them politically motivated, denies them", "Ann Lee accused Quill Bank of fraud. Quill Bank said it would fight the allegations. Bob Ray accused Ted Hume of lying. Mr Hume said he would contest the charges. Zak Pellow accused Ed Bale of bribery. Mr Bale said the accusation was politically motivated.",
			[]string{"quill-bank denied ann-lee", "ted-hume denied bob-ray", "ed-bale denied zak-pellow"}, nil, nil},
		{"fighting something other than a charge denies nothing", "Ann Lee accused Quill Bank of fraud. Quill Bank is fighting opposition to new stores amid allegations it forces rivals out. Bob Ray accused the Zentix Party of racism. The Zentix Party said it fought all forms of racism.",
			nil, []string{"quill-bank denied ann-lee", "zentix-party denied bob-ray"}, nil},
		// innocence: "vowed to clear his name" with no speaker
		{"one who vows to clear their name denies the charge", "Ann Lee accused Tom Reed of lying. Mr Reed has vowed to clear his name. Bob Ray accused Quill Bank of fraud. Quill Bank is determined to clear its name. Zak Pellow accused Ed Bale of bribery. Mr Bale has not vowed to clear his name.",
			[]string{"tom-reed denied ann-lee", "quill-bank denied bob-ray"}, []string{"ed-bale denied zak-pellow"}, nil},
		// nominalAttacks: "Russia's attack on Kyiv", "the Russian invasion of Ukraine"
		{"a strike told as a noun with its state before and its place after is an attack", "Russia's attack on Kyiv killed ten people. Russian shelling on Kharkiv killed five. The Russian invasion of Ukraine began in 2022. Israel's offensive in Gaza continued.",
			[]string{"russia attacked kyiv", "russia attacked kharkiv", "russia attacked ukraine", "israel attacked gaza-strip"}, nil, nil},
		{"a strike feared, of words or of no place is no attack, and one a speaker tells is the speaker's accusation", "A possible Russian attack on Kyiv worried officials. Moscow said Ukraine's shelling of Donetsk killed ten. The Tory offensive in Scotland continued. A Chinese charm offensive in Africa continued.",
			[]string{"russia accused ukraine"}, []string{"russia attacked kyiv", "ukraine attacked donetsk", "conservative-party attacked scotland", "china attacked africa"}, nil},
		// nominalAttacks through an incident: "a Russian missile strike on Kharkiv"
		{"a strike the article names as an incident is its maker's attack on the target", "A Russian missile strike on Kharkiv killed five. Moscow said Ukraine's drone attack on Belgorod killed two. Moscow said a Ukrainian drone attack on the Kremlin was terrorism.",
			[]string{"russia attacked kharkiv", "russia accused ukraine"}, []string{"ukraine attacked belgorod", "ukraine attacked kremlin"}, nil},
		// hitByWeapons: "Kharkiv was hit by Russian missiles"
		{"a place hit by a state's weapons is attacked by the state", "Kharkiv was hit by Russian missiles on Monday. Kyiv was hit by Russian cruise missiles. Ukraine said Odesa was hit by Russian drones.",
			[]string{"russia attacked kharkiv", "russia attacked kyiv", "ukraine accused russia"}, []string{"russia attacked odesa"}, nil},
		{"a place or firm hit by no weapon is attacked by no one", "Quill Bank was hit by falling sales. Britain was hit by storms. Scotland was hit by French tariffs.",
			nil, []string{"france attacked scotland"}, nil},
		// weaponsFired: "fired rockets into Israel", "struck targets across Ukraine"
		{"weapons fired at a place, or targets struck in it, attack it", "Hamas fired dozens of rockets into Israel on Saturday. Russia launched missiles at Kyiv. Russia struck targets across Ukraine. Israel said Hamas fired rockets at Ashkelon.",
			[]string{"hamas attacked israel", "russia attacked kyiv", "russia attacked ukraine", "israel accused hamas"}, []string{"hamas attacked ashkelon"}, nil},
		{"whose weapons or targets they are may stand before them", "Israeli jets struck Hamas targets in Khan Younis. Russia fired Iranian drones at Kyiv. Israel struck Hezbollah positions in Lebanon. Israel struck Hamas in Gaza.",
			[]string{"israel-defense-forces attacked khan-younis", "russia attacked kyiv", "israel attacked lebanon"}, []string{"israel attacked gaza-strip"}, nil},
		{"a state's strikes or policy named by its demonym are the state's, its sprinters are not", "Turkey condemned the Israeli strikes on Gaza. Germany condemned Russian attacks on Kyiv. France criticised British policy on migrants. Tom Reed accused British sprinters of doping.",
			[]string{"turkey criticized israel", "germany criticized russia", "france criticized united-kingdom"}, []string{"tom-reed accused united-kingdom"}, nil},
		{"a threat made while accusing threatens the one accused, not the party accused last", "Ann Lee accused Marlin Group of fraud. Tom Reed threatened retaliation, accusing Quill Bank of lying.",
			[]string{"tom-reed threatened quill-bank"}, []string{"tom-reed threatened marlin-group"}, nil},
		{"a threat against or on parties joined by and threatens each", "Quill Bank threatened to impose charges on Tom Reed and Ann Lee. The Zentix Party threatened action against Marlin Group and Orme Bank.",
			[]string{"quill-bank threatened tom-reed", "quill-bank threatened ann-lee", "zentix-party threatened marlin-group", "zentix-party threatened orme-bank"}, nil, nil},
		{"a state that carries on or widens its strikes on a place strikes it; not one that may, or stops", "Russia has stepped up its shelling of Kherson. Ukraine said Russian forces had intensified their attacks on Kharkiv. Russia could intensify its attacks on Odesa. Russia has not resumed its strikes on Kyiv. Russia halted its attacks on Sumy.",
			[]string{"russia attacked kherson", "ukraine accused russian-military"}, []string{"russia attacked odesa", "russia attacked kyiv", "russia attacked sumy"}, nil},
		{"a number of weapons fired may stand before them", "Russia launched 30 drones at Kyiv. Hamas fired 1,200 rockets into Israel. Russia's defence ministry said Ukraine had launched 25 drones at Moscow.",
			[]string{"russia attacked kyiv", "hamas attacked israel", "russian-defence-ministry accused ukraine"}, []string{"ukraine attacked moscow"}, nil},
		{"products launched or a price war started in a place attack nothing", "Apple launched products in China. Tesco launched a price war in Britain. Russia will not fire missiles at Kyiv. Russia fired missiles from Belarus.",
			nil, []string{"apple attacked china", "tesco attacked united-kingdom", "russia attacked kyiv", "russia attacked belarus"}, nil},
		// [force-noun]: a state's warplanes are its forces
		{"a state's warplanes, jets or bombers are its forces, and troops that open fire on a place attack it", "Israeli jets bombed targets in Gaza. Russian warplanes pounded Aleppo. Russian troops opened fire on Kharkiv.",
			[]string{"israel-defense-forces attacked gaza-strip", "russian-military attacked aleppo", "russian-military attacked kharkiv"}, nil, nil},
		// received: a town under attack is struck, a state or party criticised
		{"a town or a place under attack from arms is struck; a state, a capital or a party under fire is criticised", "Kharkiv came under attack from Russian forces. Mariupol came under attack from Russia. Britain came under fire from France over its fishing policy. Paris came under fire from Washington over its stance. Labour came under fire from the Tories.",
			[]string{"russian-military attacked kharkiv", "russia attacked mariupol", "france criticized united-kingdom", "united-states criticized france", "conservative-party criticized labour-party"},
			[]string{"russia criticized mariupol", "france attacked united-kingdom", "united-states attacked france"}, nil},
		// a name before "fought" is no person for that alone
		{"a name before fought or contest is not taken for a person", "Zentix Sport Interactive fought off competition from Quill Bank.",
			nil, nil, []string{"!zentix-sport-interactive"}},
		// possessorAfter, verbalAttack: an attack on a thing of someone's making is words; a strike told is not
		{"an attack launched on a body's record is criticism, not a strike", ukStory + "Tom Reed launched an attack on the government's record. Ann Lee launched an attack on the Zentix Party's policies.",
			[]string{"tom-reed criticized united-kingdom", "ann-lee criticized zentix-party"}, []string{"tom-reed attacked united-kingdom", "ann-lee attacked zentix-party"}, nil},
		{"a strike launched on a state is no criticism", "Russia launched an attack on Ukraine. Tom Reed launched a scathing attack on Ann Lee.",
			[]string{"russia attacked ukraine", "tom-reed criticized ann-lee"}, []string{"russia criticized ukraine"}, nil},
		// [org-head]: "Campaign" heads a body's name
		{"a campaign named in capitals is a body", "Ann Lee of the Campaign for Smoke-Free Homes said no. The Elect the Mayors Campaign said the bill was welcome.",
			[]string{"ann-lee affiliated_with campaign-for-smoke-free-homes"}, nil, []string{"campaign-for-smoke-free-homes Organization", "elect-the-mayors-campaign Organization"}},
		// apposedBefore, subjectBefore: "X, a N who met Y"
		{"a relative clause after a description in apposition has the name described for its subject", "Tom Reed, a UK investment banker who has held talks with Quill Bank, said so. Ann Lee praised Bob Hale, a judge who criticised Orme Bank. Ed Bale, the Zentix Bank analyst who accused Hale Bank of fraud, spoke.",
			[]string{"tom-reed met quill-bank", "bob-hale criticized orme-bank", "ed-bale accused hale-bank"}, []string{"ann-lee criticized orme-bank"}, nil},
		// apposedBefore: "X, the N who was criticised by Y"
		{"a passive relative clause after a description in apposition is about the name described", "Ann Lee praised Tom Reed, the judge who was criticised by Ed Bale. Zak Pellow, the former banker who has been accused by Bob Ray of fraud, resigned. Quill Bank hired Ted Hume, a lawyer who said the firm was criticised by Ann Lee.",
			[]string{"ed-bale criticized tom-reed", "bob-ray accused zak-pellow"}, []string{"ann-lee criticized ted-hume"}, nil},
		// possessedThing: "X's remarks were condemned by Y"
		{"criticism of a thing of a party's making in the passive is criticism of the party", "Tom Reed's remarks were condemned by Ed Bale. The Zentix Party's latest plans have been attacked by Ann Lee. The Tories' budget was criticised by Bob Ray. Quill Bank's offices were attacked by Zak Pellow.",
			[]string{"ed-bale criticized tom-reed", "ann-lee criticized zentix-party", "bob-ray criticized conservative-party"}, []string{"zak-pellow criticized quill-bank", "zak-pellow attacked quill-bank"}, nil},
		// objectRelative: "X, whom Y accused", "X, which Y is investigating"
		{"the name an object relative clause is about is its verb's object", "Tom Reed, whom Ed Bale accused of lying, resigned. Quill Bank, which the FSA is investigating, denied wrongdoing. Ann Lee, who criticised Zak Pellow, resigned.",
			[]string{"ed-bale accused tom-reed", "financial-services-authority investigates quill-bank", "ann-lee criticized zak-pellow"}, []string{"tom-reed accused ed-bale", "zak-pellow criticized ann-lee"}, nil},
		// passive: an adverb between the auxiliary and the verb
		{"a passive with an adverb before the verb names its agent", "Quill Bank has been heavily criticised by Tom Reed. Marlin Group was strongly condemned by the Zentix Party. Ed Bale was widely accused by Ann Lee of lying. Orme Bank was later accused by Zak Pellow of fraud. Quill Capital was also criticised by Bob Ray.",
			[]string{"tom-reed criticized quill-bank", "zentix-party criticized marlin-group", "ann-lee accused ed-bale", "zak-pellow accused orme-bank", "bob-ray criticized quill-capital"},
			[]string{"quill-bank criticized tom-reed", "marlin-group criticized zentix-party", "ed-bale accused ann-lee", "orme-bank accused zak-pellow"}, nil},
		// skipWord: "was forced to", "was quick to", "felt compelled to"
		{"one forced, quick or compelled to act does it", "Ed Bale accused Tom Reed of lying. Tom Reed was forced to deny the claims. Zak Pellow accused Quill Bank of fraud. Quill Bank was quick to reject the claims. Ann Lee felt compelled to criticise Marlin Group.",
			[]string{"tom-reed denied ed-bale", "quill-bank denied zak-pellow", "ann-lee criticized marlin-group"}, nil, nil},
		// participleSubject: past a preposition's noun phrase; "with X -ing"
		{"a participle's subject is not a name inside a phrase after a preposition", "There is a new tone to the Zentix Party approach, with Tom Reed stressing unity and attacking Ed Bale's plans. Leaked to the Quill Bank board early, the figures were criticising Marlin Group.",
			[]string{"tom-reed criticized ed-bale"}, []string{"zentix-party criticized ed-bale", "quill-bank criticized marlin-group"}, nil},
		// described: a party's claims called false are denied, not the party judged
		{"dismissing a party's claims as false denies them and judges no one; a party's plans called reckless judge it", "Tom Reed dismissed Ed Bale's claims as nonsense. Ann Lee described Quill Bank's plans as reckless.",
			[]string{"tom-reed denied ed-bale", "ann-lee criticized quill-bank"}, []string{"tom-reed criticized ed-bale"}, nil},
		// describer, described: a participle that calls a claim false or a party names
		{"a participle after a comma that calls a claim false denies it, and one that calls a party names criticises it", "Ed Bale accused Tom Reed of lying. Tom Reed hit back, calling the claims absurd. Zak Pellow accused Quill Bank of fraud. Quill Bank responded, describing the allegations as nonsense. Ann Lee attacked the plan, branding Marc Orme arrogant.",
			[]string{"tom-reed denied ed-bale", "quill-bank denied zak-pellow", "ann-lee criticized marc-orme"}, nil, nil},
		{"calling a party a friend criticises nobody", "Tom Reed spoke, calling Ed Bale a friend. Ann Lee branded Quill Bank a success.",
			nil, []string{"tom-reed criticized ed-bale", "ann-lee criticized quill-bank"}, nil},
		// affiliations: "PERSON, who represents the ORG"
		{"one who represents a body or a state is its", "Tom Reed, who represents Quill Bank, said so. Ann Lee, who represented Britain at the talks, spoke. Ed Bale, who represents Hull, said so.",
			[]string{"tom-reed affiliated_with quill-bank", "ann-lee affiliated_with united-kingdom"}, []string{"ed-bale affiliated_with hull"}, nil},
		// demands: a call for a party's resignation or apology
		{"calling for a party's resignation or demanding that it apologise criticises it", "Tom Reed called for Ed Bale's resignation. Sue Lane is a minister. Labour MPs had long called for Ms Lane's removal. Ann Lee demanded that Quill Bank apologise. Zak Pellow demanded that Marc Orme should resign. Bob Ray demanded that Marlin Group pay its debts.",
			[]string{"tom-reed criticized ed-bale", "ann-lee criticized quill-bank", "zak-pellow criticized marc-orme", "labour-party criticized sue-lane"}, []string{"bob-ray criticized marlin-group"}, nil},
		{"a demand that a party go, with \"that\" left out, criticises it", "Ann Lee demanded Tom Reed quit. Zak Pellow demands Quill Bank apologise. Bob Ray demanded Ed Bale go home. Ted Hume urged Orme Bank quit.",
			[]string{"ann-lee criticized tom-reed", "zak-pellow criticized quill-bank"}, []string{"bob-ray criticized ed-bale", "ted-hume criticized orme-bank"}, nil},
		// calledFor: an inquiry asked for is not made
		{"an inquiry called for or demanded investigates nothing", "Tom Reed called for an inquiry into Quill Bank. Ann Lee demanded an investigation into the Zentix Party. Ed Bale said there should be a full investigation into Marlin Group. The FSA has launched an investigation into Orme Bank.",
			[]string{"financial-services-authority investigates orme-bank"}, []string{"tom-reed investigates quill-bank", "ann-lee investigates zentix-party", "ed-bale investigates marlin-group"}, nil},
		// a subpoena, a referral to a regulator
		// possessorInName: a group's plural possessive inside an organisation's name
		{"a plural noun for a group of people may stand possessive inside an organisation's name", "The Consumers' Association accused Quill Bank of misleading customers. The Women's Institute criticised Tom Reed. The Professional Taxpayers' Alliance attacked Ann Lee. Mr Jones' Labour Party lost. Tony Blair's Labour Party won. Reuters' Press Association bureau closed. Anders' Freedom Party won.",
			[]string{"consumers-association accused quill-bank", "womens-institute criticized tom-reed", "professional-taxpayers-alliance criticized ann-lee"}, nil,
			[]string{"consumers-association Organization", "womens-institute Organization", "professional-taxpayers-alliance Organization", "labour-party Organization", "!jones-labour-party", "!tony-blairs-labour-party", "reuters Organization", "freedom-party Organization"}},
		// nominalReferences: a newspaper is no club, nor is an association; a club named long before is no guess
		{"a class noun other than the press's own never points back at a newspaper or at a body of another kind", "Tom Reed was sacked on Friday. He told the Sunday Mirror he was shocked. Zentix Holdings has been criticised, with Ann Lee accusing the club of failing him. Ed Bale told the Daily Telegraph he was sorry. The Marlin Association then accused the charity of lying. Blackburn Rovers sacked Bob Ray. Orme Group accused the club of cruelty.",
			[]string{"orme-group accused blackburn-rovers"}, []string{"ann-lee accused sunday-mirror", "marlin-association accused daily-telegraph"}, nil},
		{"a club named sentences before is not what the club means", "Blackburn Rovers sacked Bob Ray. He was shocked. He left on Monday. He was sad. The Football Association met. Orme Group accused the club of cruelty.",
			nil, []string{"orme-group accused blackburn-rovers", "orme-group accused football-association"}, nil},
		// pastCharge, openedBy: an inquiry into a charge against a party; one opened by a body
		{"an inquiry into a charge against a party investigates the party, not the one who made it", "The Financial Services Authority opened an investigation into allegations against Quill Bank. The Serious Fraud Office began an inquiry into claims that Zentix Holdings misled investors. Tom Reed faces a Football Association investigation into his allegation that Marlin Group cheated.",
			[]string{"financial-services-authority investigates quill-bank", "serious-fraud-office investigates zentix-holdings"}, []string{"football-association investigates marlin-group"}, nil},
		{"an inquiry passively launched, opened or carried out by a body is that body's", "An inquiry into Quill Bank was launched by the Serious Fraud Office in May. An investigation into doping claims against Ann Lee has been opened by the International Olympic Committee. A probe into Zentix Holdings is being carried out by the Office of Fair Trading. An inquiry into Marlin Group was welcomed by Tom Reed.",
			[]string{"serious-fraud-office investigates quill-bank", "international-olympic-committee investigates ann-lee", "office-of-fair-trading investigates zentix-holdings"}, []string{"tom-reed investigates marlin-group"}, nil},
		{"an inquiry into a person's death, titled or not, led or opened by a party investigates the death", "Lord Reed's inquiry into the death of Dr Ann Lee sparked debate. The inquiry into the killing of Mr Ed Bale was led by Jo Hume. A probe into the death of Zak Pellow was launched by the Orme Police.",
			[]string{"lord-reed investigates ann-lee-death", "jo-hume investigates ed-bale-killing", "orme-police investigates zak-pellow-death"}, nil, nil},
		{"a body an inquiry looks into is not the body of the one who led it", "An inquiry into Quill Bank was led by Tom Reed. A case against Zentix Holdings was headed by Ann Lee. Marlin Group, led by Ed Bale, fell.",
			[]string{"tom-reed investigates quill-bank", "ed-bale affiliated_with marlin-group"}, []string{"tom-reed affiliated_with quill-bank", "ann-lee affiliated_with zentix-holdings"}, nil},
		{"a subpoena or a referral to a regulator is an investigation", "The SEC has subpoenaed Quill Bank. Zentix Holdings has been referred to the Competition Commission. Tom Reed was referred to the Marlin Party.",
			[]string{"securities-and-exchange-commission investigates quill-bank", "competition-commission investigates zentix-holdings"}, []string{"marlin-party investigates tom-reed"}, nil},
		// [threat-fate]: a fate the speaker says a party will meet
		{"saying a party will be punished or face the consequences threatens it", "Tom Reed warned that Quill Bank would be punished. Ann Lee said the Zentix Party would face the consequences. Ed Bale said Marlin Group will regret it.",
			[]string{"tom-reed threatened quill-bank", "ann-lee threatened zentix-party", "ed-bale threatened marlin-group"}, nil, nil},
		{"a fate denied, one's own or no party's threatens no one", "Tom Reed said Quill Bank would not be punished. Ann Lee said she would face the consequences. Ed Bale said customers would be punished.",
			nil, []string{"tom-reed threatened quill-bank"}, nil},
		// threatToSue, [harm-verb]: harm promised to a party
		{"a threat or promise to expel, sack, ban or boycott a party threatens it", "Tom Reed threatened to expel Ed Bale. The Zentix Party threatened to boycott Quill Bank. Ann Lee vowed to sack Zak Pellow. Marc Orme spoke. Bob Ray threatened to suspend him.",
			[]string{"tom-reed threatened ed-bale", "zentix-party threatened quill-bank", "ann-lee threatened zak-pellow", "bob-ray threatened marc-orme"}, nil, nil},
		// [criticism-cue]: failing people and losing one's way
		{"letting people down, turning one's back, being out of one's depth or in denial criticise", "Tom Reed said Quill Bank had let its customers down. Ann Lee said the Zentix Party was out of its depth. Ed Bale said Marlin Group had got it wrong. Zak Pellow said the Orme Party had turned its back on savers. Bob Ray said Orme Bank was in denial. Jane Orme said Zentix Holdings had lost the plot.",
			[]string{"tom-reed criticized quill-bank", "ann-lee criticized zentix-party", "ed-bale criticized marlin-group", "zak-pellow criticized orme-party", "bob-ray criticized orme-bank", "jane-orme criticized zentix-holdings"}, []string{}, nil},
		// [blame-cue], [victim-cue]: deceit, bullying and destroying evidence
		{"swindling, breaking one's word, misrepresenting, bullying, discriminating or shredding documents are wrongs", "Tom Reed said Quill Bank had been cooking the books. Ann Lee said the Zentix Party had broken its word. Ed Bale said Marlin Group had misrepresented the figures. Zak Pellow said Orme Bank had bullied staff. Bob Ray said Zentix Holdings had shredded documents. Jane Orme said she had been swindled by Quill Capital.",
			[]string{"tom-reed accused quill-bank", "ann-lee accused zentix-party", "ed-bale accused marlin-group", "zak-pellow accused orme-bank", "bob-ray accused zentix-holdings", "jane-orme accused quill-capital"}, nil, nil},
		// blamed: a wrong in a second verb after ", and" is the first verb's subject's
		{"a wrong told after a comma and and is the first verb's subject's", "Tom Reed spoke. Ed Bale said: \"Mr Reed has forgotten the interests of taxpayers, and has broken the pledges he made.\"",
			[]string{"ed-bale accused tom-reed"}, nil, nil},
		{"a wrong told after a comma and and in reported words is the first verb's subject's", "Ann Lee said Quill Bank had cut jobs across the country, and had broken its promise.",
			[]string{"ann-lee accused quill-bank"}, nil, nil},
		{"naivety, deceit, neglect and fiascos are criticism", "Tom Reed said the Zentix Party was naive. Ann Lee said the Marlin Group sale proved a complete fiasco. Ed Bale said Quill Bank had neglected its customers.",
			[]string{"tom-reed criticized zentix-party", "ed-bale criticized quill-bank"}, nil, nil},
		{"a wrong told with with blames its subject, not what follows; failing to comply is a wrong", "Tom Reed said Quill Bank tampered with the evidence. Ann Lee said Marlin Group had failed to comply with the rules. Ed Bale said Orme Bank colluded with Zentix Holdings.",
			[]string{"tom-reed accused quill-bank", "ann-lee accused marlin-group", "ed-bale accused orme-bank"}, nil, nil},
		{"hiding the losses or debts is a wrong", "Tom Reed said Quill Bank had hidden the losses. Ann Lee said Marlin Group hid its debts.",
			[]string{"tom-reed accused quill-bank", "ann-lee accused marlin-group"}, nil, nil},
		// blamed: where the blame lies, whose fault it is
		{"the blame lying with a party, its fault, its responsibility or questions it must answer accuse it", "Tom Reed said the blame lay with Quill Bank. Ann Lee said responsibility rested with Zentix Holdings. Ed Bale said the crisis was Marlin Group's fault. Zak Pellow said the Orme Party bore responsibility for the losses. Bob Ray said Orme Bank had questions to answer.",
			[]string{"tom-reed accused quill-bank", "ann-lee accused zentix-holdings", "ed-bale accused marlin-group", "zak-pellow accused orme-party", "bob-ray accused orme-bank"}, nil, nil},
		{"a fault denied or found is no blame", "Tom Reed said it was not Quill Bank's fault. Ann Lee said Zentix Holdings found a fault in the software. Ed Bale said Marlin Group had no case to answer.",
			nil, []string{"tom-reed accused quill-bank", "ann-lee accused zentix-holdings", "ed-bale accused marlin-group"}, nil},
		// classedAfter, nameBeforeClassApposition, lawsuitBy: a body named in apposition after a state's class noun; a settler named by "it"
		{"a state's class noun then a body in apposition is the body; a body set off by a hyphenated class noun is learnt; it who settles is the last subject", "Zentix, a California-based company, pleaded guilty to fraud. It agreed to pay $15m to settle a civil lawsuit brought by the US financial watchdog, the Securities and Exchange Commission. Quill Bank was criticised by the UK banking regulator, the Financial Services Authority. The Marlin corporation was fined.",
			[]string{"securities-and-exchange-commission accused zentix", "financial-services-authority criticized quill-bank"}, []string{"securities-and-exchange-commission accused united-states", "united-states accused zentix", "united-kingdom criticized quill-bank"},
			[]string{"zentix Organization", "marlin Organization"}},
		// capRun: a lone "the" joins no known name or body's head to the name after it
		{"a lone the after a known name or a body's head word joins no names", "Tom Reed told the Commons the Zentix Party was a disgrace. Ann Lee told Parliament the Marlin Party had lied. Jack the Ripper was named. Save the Children said so.",
			[]string{"tom-reed criticized zentix-party", "ann-lee accused marlin-party"}, nil,
			[]string{"!commons-the-zentix-party", "!parliament-the-marlin-party", "jack-the-ripper Person", "save-the-children Organization"}},
		// openingGerund: a verb that opens the sentence is no part of a name
		{"an -ing verb that opens a participle phrase is no part of the name after it", "Comparing Zentix Bank to a casino, Tom Reed said it had lied. Reading Football Club, the Berkshire side, lost. Blaming Quill Capital for the losses, Ed Bale resigned.",
			[]string{"tom-reed accused zentix-bank", "ed-bale accused quill-capital"}, nil, []string{"zentix-bank Organization", "!comparing-zentix-bank", "reading-football-club Organization", "!blaming-quill-capital"}},
		// sideOf: a body answers for the people who hold its roles
		{"a body's denial answers the accuser of one who holds its roles", "Labour accused Zentix Party MP Tom Reed of lying. A Zentix Party spokesman refuted any wrongdoing.",
			[]string{"zentix-party denied labour-party"}, nil, nil},
		{"a firm's denial answers the accuser of its chief", "Ann Lee accused Quill Bank chief Ed Bale of fraud. Quill Bank denied any wrongdoing.",
			[]string{"quill-bank denied ann-lee"}, nil, nil},
		// subjectBefore: I and we in a quotation are its speaker
		{"I or we in a quotation is the one quoted", "Tom Reed said: \"I attack the Zentix Party because it lied.\" \"We refute the charges made by Quill Bank,\" said Ed Bale. Ann Lee told the BBC: \"We have criticised Marlin Group.\"",
			[]string{"tom-reed criticized zentix-party", "ed-bale denied quill-bank", "ann-lee criticized marlin-group"}, nil, nil},
		{"I or we outside a quotation is nobody named", "I attack the Zentix Party. We refute the charges made by Quill Bank.",
			nil, []string{"quill-bank denied quill-bank"}, nil},
		// threat: a warning about a party's own attacks
		{"warning a party about its attacks or crimes accuses it", "Tom Reed warned the Zentix Party about its attacks on Quill Bank. Ann Lee warned Marlin Group over their continuing fraud. Ed Bale warned Orme Bank about its plans.",
			[]string{"tom-reed accused zentix-party", "ann-lee accused marlin-group"}, []string{"ed-bale accused orme-bank"}, nil},
		// findSpeakers: "According to X, ..." opening a sentence
		{"words after an opening according to are its source's", "According to Quill Bank, Zentix Holdings lied. But according to Tom Reed, the Orme Party had misled voters.",
			[]string{"quill-bank accused zentix-holdings", "tom-reed accused orme-party"}, nil, nil},
		{"an opening according to without a party gives no speaker", "According to figures from last year, Zentix Holdings lied.",
			nil, []string{"quill-bank accused zentix-holdings"}, nil},
		// breaks, namedNorm, blamed: a norm broken, named or owned acts
		{"acting contrary to, contravening or ignoring a norm is a wrong", "Quill Bank said Zentix Holdings had contravened the code. Tom Reed said Marlin Group had ignored the rules. Ann Lee said the Orme Party's actions were contrary to the Energy Charter Treaty. Ed Bale said the Zentix Party's decision broke the law.",
			[]string{"quill-bank accused zentix-holdings", "tom-reed accused marlin-group", "ann-lee accused orme-party", "ed-bale accused zentix-party"}, nil, nil},
		{"a possessor of what is wronged or of a thing not its doing is not blamed", "Quill Bank said Zentix Holdings' workers broke the rules. Tom Reed said Marlin Group's rivals had ignored the law.",
			nil, []string{"quill-bank accused zentix-holdings", "tom-reed accused marlin-group"}, nil},
		// toldClaim: what a report says happened is no fact
		{"a meeting or a strike a report or speculation tells of is no fact", "Tom Reed would not comment on reports that Quill Bank had held merger talks with Zentix Holdings. Shares rose after a press report that Marlin Group held talks with Orme Bank. Ann Lee dismissed speculation that she had met Ed Bale. Officials denied rumours that Russia had attacked Georgia.",
			nil, []string{"quill-bank met zentix-holdings", "marlin-group met orme-bank", "ann-lee met ed-bale", "russia attacked georgia"}, nil},
		{"talks told as a fact are a meeting", "Quill Bank has held merger talks with Zentix Holdings. Ann Lee met Ed Bale.",
			[]string{"quill-bank met zentix-holdings", "ann-lee met ed-bale"}, nil, nil},
		// barred: an act one is kept from doing
		{"an act one is banned, barred or stopped from doing is not done", "Quill Bank has been banned from suing Zentix Holdings. Tom Reed was barred from meeting Ed Bale. Marlin Group stopped Orme Bank from suing Ann Lee.",
			nil, []string{"quill-bank accused zentix-holdings", "tom-reed met ed-bale", "orme-bank accused ann-lee", "marlin-group accused ann-lee"}, nil},
		// ledBy: an unnamed object led by a named one
		{"an unnamed object led by a named party is that party", "Tom Reed accused his predecessor, led by ex-President Ed Bale, of corruption. Zak Pellow accused the board, headed by Ann Lee, of lying.",
			[]string{"tom-reed accused ed-bale", "zak-pellow accused ann-lee"}, nil, nil},
		{"a leader who does not close the aside is no object", "Tom Reed accused the board, led by Ed Bale and others, of lying.",
			nil, []string{"tom-reed accused ed-bale"}, nil},
		// conjunctAfter: a party joined to an unnamed object
		{"a party joined by and to an unnamed object is an object too", "Tom Reed criticised both the chancellor and Quill Bank for failing savers. Ed Bale attacked the plan and the Zentix Party. Zak Pellow condemned the budget and Marlin Group, saying both had failed.",
			[]string{"tom-reed criticized quill-bank", "ed-bale criticized zentix-party", "zak-pellow criticized marlin-group"}, nil, nil},
		{"a party after and that opens a clause of its own is no object", "Tom Reed criticised the plan and Quill Bank said it would reply. Ed Bale attacked the budget and Zentix Party's answer. Zak Pellow condemned the decision and Marlin Group to refuse.",
			nil, []string{"tom-reed criticized quill-bank", "ed-bale criticized zentix-party", "zak-pellow criticized marlin-group"}, nil},
		{"a form of address after and in an object list is crossed to the name", "Tom Reed spoke. Ann Lee spoke. Ed Bale accused Zak Pellow and Mr Reed of lying. Marc Orme criticised Quill Bank and Ms Lee.",
			[]string{"ed-bale accused zak-pellow", "ed-bale accused tom-reed", "marc-orme criticized quill-bank", "marc-orme criticized ann-lee"}, nil, nil},
		// gazetteer: the presidents of Ukraine before Zelensky
		{"Ukraine's earlier presidents hold its office", "Viktor Yushchenko spoke. The Ukrainian president accused Quill Bank of lying.",
			[]string{"viktor-yushchenko accused quill-bank", "viktor-yushchenko affiliated_with ukraine"}, nil, nil},
		{"an earlier president's administration is Ukraine's", "Leonid Kuchma's administration denied the claims.",
			[]string{"ukraine denied t-ukraine-denial", "leonid-kuchma affiliated_with ukraine"}, nil, nil},
		// gazetteer: short names that always mean one body
		{"Amnesty and Lockheed alone are the bodies they stand for", "Amnesty accused Zentix Holdings of torture. Lockheed denied the claims.",
			[]string{"amnesty-international accused zentix-holdings"}, nil, []string{"amnesty-international Organization", "lockheed-martin Organization"}},
		// criticised: the agent after "by" past adjectives set off by a comma
		{"the agent of a judged thing named after adjectives set off by a comma is judged, not one a new clause names", "Britain could not afford the \"reckless, Zentix-style tax cutting spree\" planned by Quill Bank, Tom Reed said. Ann Lee said the plan was reckless, and it was opposed by Marlin Group.",
			[]string{"tom-reed criticized quill-bank"}, []string{"ann-lee criticized marlin-group"}, nil},
		// criticised: "it is wrong for X to", "not enough for X to"
		{"a judgment of a party's act told as for or of the party criticises it", "Tom Reed said: \"It is not enough for Quill Bank to investigate itself.\" Ed Bale said it was wrong of the Zentix Party to cut jobs. Zak Pellow said it was outrageous for Marlin Group to claim credit. Ann Lee said Orme Bank had not done enough to help savers.",
			[]string{"tom-reed criticized quill-bank", "ed-bale criticized zentix-party", "zak-pellow criticized marlin-group", "ann-lee criticized orme-bank"}, nil, nil},
		{"not enough of a thing told by a party is no criticism of it", "Tom Reed said he had been told by Quill Bank there was not enough time. Ed Bale said there was not enough money for the Zentix Party to spend.",
			nil, []string{"tom-reed criticized quill-bank", "ed-bale criticized zentix-party"}, nil},
		// verbalAttack: "opened the forum with an attack on X"
		{"an attack on a party one opens or ends with is the sentence subject's", "Zentix Party chairman Tom Reed had opened the forum with an attack on Quill Bank's record. Ann Lee ended her speech with a swipe at Marlin Group.",
			[]string{"tom-reed criticized quill-bank", "ann-lee criticized marlin-group"}, []string{"zentix-party criticized quill-bank"}, nil},
		// verbalAttack: an opening "In a swipe at X," and condemnation of X
		{"an attack or swipe at a party that opens the sentence is the main clause's subject's; a condemnation of a party is criticism", "In a swipe at Quill Bank, Tom Reed said fees were too high. In an attack on the Zentix Party, Marlin Group said its plans had failed. In a thinly veiled attack on Ted Hume, Bob Ray said leaders must listen. Ann Lee's condemnation of Orme Bank surprised many.",
			[]string{"bob-ray criticized ted-hume", "tom-reed criticized quill-bank", "marlin-group criticized zentix-party", "ann-lee criticized orme-bank"}, nil, nil},
		// judgedBy: a thing of a party's making told with "by"
		{"a decision, plan, move or handling by a party judged judges the party", "Tom Reed criticised the decision by Quill Bank to close branches. Ann Lee condemned the move by the Zentix Party. Ed Bale attacked plans by Marlin Group to cut jobs. Zak Pellow criticised the handling of the crisis by Orme Bank.",
			[]string{"tom-reed criticized quill-bank", "ann-lee criticized zentix-party", "ed-bale criticized marlin-group", "zak-pellow criticized orme-bank"}, nil, nil},
		{"a thing by a party's unnamed body judges no party", "Tom Reed attacked the decision by Britain's highest court. Ann Lee welcomed the decision by Quill Bank.",
			nil, []string{"tom-reed criticized united-kingdom", "ann-lee criticized quill-bank"}, nil},
		// attributive, criticised, objectsAfter: a fault owned by a party
		{"a fault owned by a party, before or after of, judges the owner", "Tom Reed said Ed Bale's arrogance was a problem. Zak Pellow said: \"Because of Quill Bank's incompetence you get chaos.\" Ann Lee said the hypocrisy of the Zentix Party had cost votes. Bob Ray condemned the arrogance of Marc Orme. Jane Orme criticised the record of the Marlin Party in the crisis.",
			[]string{"tom-reed criticized ed-bale", "zak-pellow criticized quill-bank", "ann-lee criticized zentix-party", "bob-ray criticized marc-orme", "jane-orme criticized marlin-party"}, nil, nil},
		{"a fault of a thing a party only names judges no party", "Tom Reed said the chaos of the Labour leadership race was clear. Ed Bale criticised the handling of the Labour leadership race. Zak Pellow attacked the record of the Iraq war. Ann Lee said the chaos of Iraq was clear.",
			nil, []string{"tom-reed criticized labour-party", "ed-bale criticized labour-party", "zak-pellow criticized iraq", "ann-lee criticized iraq"}, nil},
		// toldTo: "you" in words told to a party
		{"you in words told to a party stands for it", "Tom Reed told Quill Bank: \"You have lied to your customers.\" Ann Lee spoke. Ed Bale told Ms Lee: \"You are a disgrace.\" Zak Pellow told the Zentix Party: \"It is sad that you have added to this distortion.\"",
			[]string{"tom-reed accused quill-bank", "ed-bale criticized ann-lee", "zak-pellow criticized zentix-party"}, nil, nil},
		{"you in words told to a medium or he in words told to a party is not that party", "Tom Reed told the BBC: \"You have lied.\" Ed Bale told Quill Bank: \"He is a disgrace.\" Zak Pellow told the Zentix Party: \"They are a disgrace.\"",
			nil, []string{"tom-reed accused bbc", "ed-bale criticized quill-bank", "zak-pellow criticized zentix-party"}, nil},
		// inquiryEvent, yearWord: "the inquiry" told as an incident; a year before a name
		{"one who conducted the inquiry into a party or a dated incident investigates it", "Lord Quill, who conducted the inquiry into the 1981 Zentix riots, has died. Judge Ann Lee chaired the inquiry into Marlin Group. Tom Reed criticised the 2004 Orme Party manifesto.",
			[]string{"lord-quill investigates zentix-riots", "ann-lee investigates marlin-group", "tom-reed criticized orme-party"}, nil, nil},
		// participleSubject: no incident acts
		{"an incident named before the subject does not act for it after and", "Tom Reed spoke. In the trial Mr Reed played down his links and denied the allegations. During the election Ed Bale praised the voters and attacked the Zentix Party.",
			[]string{"tom-reed denied t-tom-reed-denial", "ed-bale criticized zentix-party"}, nil, nil},
		// pressReports: a denial of what the press reported
		{"a denial of press reports answers no one who accuses or claims later or before", "Tom Reed has dismissed reports he would quit. Ed Bale accused Tom Reed of lying. Zak Pellow denied newspaper reports that he was ill. Marc Orme accused Zak Pellow of cheating. Ann Lee dismisses quit claim report. Bob Ray accused Ann Lee of deceit.",
			[]string{"tom-reed denied t-tom-reed-denial", "zak-pellow denied t-zak-pellow-denial", "ann-lee denied t-ann-lee-denial"}, []string{"tom-reed denied ed-bale", "zak-pellow denied ed-bale", "zak-pellow denied marc-orme", "ann-lee denied marc-orme", "ann-lee denied bob-ray"}, nil},
		{"a denial of charges answers the accuser told after it", "Tom Reed has denied the allegations. Ed Bale accused Tom Reed of lying.",
			[]string{"tom-reed denied ed-bale"}, nil, nil},
		// saidOf: words said of a party
		{"a pronoun in words said of a party stands for that party", "Tom Reed said of Ed Bale: \"He is arrogant and reckless.\" Zak Pellow said of Quill Bank: \"It is clever. They have lied to customers.\" Marc Orme said of Tory leader Ann Lee: \"She is a disgrace.\"",
			[]string{"tom-reed criticized ed-bale", "zak-pellow accused quill-bank", "marc-orme criticized ann-lee"}, nil, nil},
		{"a pronoun that does not fit the party said of is not that party", "Tom Reed said of Jane Orme: \"He is a disgrace.\" Ed Bale said of Zak Pellow: \"It is a disgrace.\"",
			nil, []string{"tom-reed criticized jane-orme", "ed-bale criticized zak-pellow"}, nil},
		// [criticism-cue]: judgment and temper
		{"lacking judgment, strategy or vision criticises", "Tom Reed said Ed Bale lacks good judgment. Zak Pellow said Marc Orme had shown poor judgement. Jane Orme said Quill Bank's boss Ann Lee was impetuous. Zentix Bank said Bob Ray lacked the leadership skills to run the unit. Marlin Group said Ted Hume lacked the skills for the job.",
			[]string{"tom-reed criticized ed-bale", "zak-pellow criticized marc-orme", "jane-orme criticized ann-lee", "zentix-bank criticized bob-ray", "marlin-group criticized ted-hume"}, nil, nil},
		{"fear, softness and misjudgment criticise", "Tom Reed said Ed Bale was terrified of facing scrutiny. Zak Pellow said the Zentix Party is soft on crime. Jane Orme said Quill Bank had misjudged the market. Ann Lee said Marc Orme was running scared. Bob Ray said Marlin Group's campaign had backfired.",
			[]string{"tom-reed criticized ed-bale", "zak-pellow criticized zentix-party", "jane-orme criticized quill-bank", "ann-lee criticized marc-orme", "bob-ray criticized marlin-group"}, nil, nil},
		// capRun: a form of address opens a new name
		{"a form of address after a body's name opens a person's name, but not after a title", ukStory + "Jack Straw spoke. In a speech to the Foreign Policy Centre Mr Straw said so. Later Foreign Secretary Mr Straw left.",
			[]string{"jack-straw affiliated_with united-kingdom"}, nil, []string{"foreign-policy-centre Organization", "!foreign-policy-centre-mr-straw"}},
		// servesElsewhere: a guest's article
		{"writing in a paper is working for it, unless the writer holds a role or a body elsewhere", "Michael Howard wrote in the Daily Telegraph that Labour had failed. Labour MP Ann Lee wrote in the Guardian that the plan had failed. Tom Reed and Ed Bale wrote in the Washington Post that the attack failed.",
			[]string{"tom-reed affiliated_with the-washington-post", "ed-bale affiliated_with the-washington-post"}, []string{"michael-howard affiliated_with the-telegraph", "ann-lee affiliated_with the-guardian"}, nil},
		// gazAt: "the X" for a paper named "The X"
		{"a paper whose name is the and one word is named with a lower-case the", "According to the Times, Tom Reed will quit. Ed Bale wrote for the Economist.",
			nil, nil, []string{"the-times Organization", "the-economist Organization"}},
		{"the and a paper's word before another capitalised word, or after of and a capitalised word, is another name", "Tom Reed wrote in the Times Educational Supplement. In Tears of the Sun he plays a soldier.",
			nil, nil, []string{"!the-times", "!the-sun"}},
		// tiedTo: an owner or a parent is not the body it owns
		{"the owner, parent or subsidiary of a body acts, not the body; named in apposition, it is the subject", "The majority owner of Zentix Holdings, Marlin Group, has sued Quill Bank. The parent company of Orme Foundation accused Tesco of fraud. A subsidiary of Tesco, Quill Foods, accused Helpnet Ltd of lying.",
			[]string{"marlin-group accused quill-bank", "quill-foods accused helpnet-ltd"}, []string{"zentix-holdings accused quill-bank", "orme-foundation accused tesco", "tesco accused helpnet-ltd"}, nil},
		// subjectBefore: a verb after "but" shares the first verb's subject
		{"a verb after but shares the first verb's subject", "Tom Reed hailed the growth but denied he was gloating. Quill Bank cut prices, but denied it was starting a price war. Labour attacked the plan, but the minister denied it.",
			[]string{"tom-reed denied t-tom-reed-denial", "quill-bank denied t-quill-bank-denial"}, []string{"labour-party denied"}, nil},
		// ownCharge: a denial of a charge in its own words
		{"a denial of a charge in its own words answers no later accuser; a plea of innocence does", "Tom Reed denied he was gloating. Ed Bale accused Tom Reed of ducking choices. Zak Pellow denied that he had done anything wrong. Marc Orme accused Zak Pellow of fraud. Ann Lee denied she had misled investors. Bob Ray accused Ann Lee of fraud.",
			[]string{"tom-reed denied t-tom-reed-denial", "zak-pellow denied marc-orme", "ann-lee denied bob-ray"}, []string{"tom-reed denied ed-bale"}, nil},
		// [deny]: a claim denied in apposition
		{"a claim denied by someone in apposition to a clause is their denial of it, answering its speaker and no later accuser", "Tom Reed says Quill Bank cheated, a claim denied by the bank. City experts say there is a black hole in Zentix Holdings' accounts, a claim denied by Ed Bale. Later Zak Pellow accused Ed Bale of ducking choices.",
			[]string{"quill-bank denied tom-reed", "ed-bale denied t-ed-bale-denial"}, []string{"ed-bale denied zak-pellow"}, nil},
		// denial: whom the denial was told
		{"a denial told to a paper or to reporters denies what follows that", "Ed Bale has denied to Reuters that he was quitting. Quill Bank denied to reporters that it had cut jobs. Zak Pellow denied to the BBC that he had lied.",
			[]string{"ed-bale denied t-ed-bale-denial", "quill-bank denied t-quill-bank-denial", "zak-pellow denied t-zak-pellow-denial"}, nil, nil},
		// regions: a participle of speech after a comma
		{"a participle of speech after a comma speaks for the sentence's subject, not for the name after it", ukStory + "Labour attacked the plan, saying the Tories had lied. Tom Reed quit on Monday, claiming Quill Bank had cheated him.",
			[]string{"labour-party accused conservative-party", "tom-reed accused quill-bank"}, []string{"conservative-party accused"}, nil},
		{"a lone quotation mark after the final stop closes a quotation; the words after it are nobody's", "\"I felt pressure,\" Tom Reed told a magazine. \"He scolded me. He let me use nothing, saying it was a luxury.\" There have been issues at other firms too. Last year, managers from Quill Bank were charged with covering up defects.",
			nil, []string{"tom-reed accused quill-bank"}, nil},
		// ownWrongDenied: a wrong the speaker says they did not do
		{"a speaker who says they did not do a wrong denies it; of another, or in the passive, no one denies", "Tom Reed insisted he had not lied. Quill Bank said it did not mis-sell policies. Zak Pellow said he never took bribes. Ed Bale said Marc Orme had not lied. Helpnet Ltd said consumers are not overcharged. Jane Orme said she had broken no rules.",
			[]string{"tom-reed denied t-tom-reed-denial", "quill-bank denied t-quill-bank-denial", "zak-pellow denied t-zak-pellow-denial", "jane-orme denied t-jane-orme-denial"}, []string{"ed-bale denied", "helpnet-ltd denied"}, nil},
		// progressive: a verb after "are" is no participle
		{"an -ing verb after a form of be has the body after at or from as its subject", "Officials at Quill Bank are criticising Zentix Holdings. Regulators from the FSA are looking into Marlin Group. Tom Reed wrote to the FSA accusing Orme Foundation of fraud.",
			[]string{"quill-bank criticized zentix-holdings", "financial-services-authority investigates marlin-group", "tom-reed accused orme-foundation"}, []string{"financial-services-authority accused orme-foundation"}, nil},
		// hearsay: a wrong inside claims nobody owns
		{"a wrong inside claims that no one owns is no accusation by whoever investigates them", "Zentix Holdings said it was investigating claims that Quill Bank misled investors. Tom Reed said Marlin Group had lied.",
			[]string{"zentix-holdings investigates quill-bank", "tom-reed accused marlin-group"}, []string{"zentix-holdings accused quill-bank"}, nil},
		// nounRules: an inquiry faced, an inquiry of
		{"a body whose inquiry a party faces among other things investigates it", "Helpnet Ltd is facing shareholder lawsuits and a probe by the SEC. Drexa Lunn faces a tough year, after it lost the case.",
			[]string{"securities-and-exchange-commission investigates helpnet-ltd"}, []string{"investigates drexa-lunn"}, nil},
		{"a body whose inquiry a party faces investigates it; so does one whose probe is of a party", "Quill Bank faces an FSA investigation. Zentix Holdings is facing a probe by the European Commission. The SEC has opened a probe of Marlin Group. Orme Foundation faces a tough year. Tom Reed's investigation of the US insurance industry began.",
			[]string{"financial-services-authority investigates quill-bank", "european-commission investigates zentix-holdings", "securities-and-exchange-commission investigates marlin-group"}, []string{"investigates orme-foundation", "tom-reed investigates united-states"}, nil},
		// commentatorAfter: the analyst's bank is not the firm
		// nominalReferences, [trade-word], openingBody: "the media giant"
		{"a class noun after its trade points back as the class noun does", "Orme Oil reported a loss. Ann Lee accused the oil company of lying. Quill Software cut jobs. Bob Hale criticised the software giant over the cuts.",
			[]string{"ann-lee accused orme-oil", "bob-hale criticized quill-software"}, nil, nil},
		{"a reference by trade that opens a sentence is the body that opened the one before", "Zentix Corporation is seeking to buy Quill Group. The media giant, run by Tom Reed, owns most of it. Orme Bank is selling Hale Media. The banking group, headed by Ann Lee, wants cash.",
			[]string{"tom-reed affiliated_with zentix-corporation", "ann-lee affiliated_with orme-bank"}, []string{"tom-reed affiliated_with quill-group", "ann-lee affiliated_with hale-media"}, nil},
		{"a reference by trade does not take up a commentator's firm or a body that does not open the sentence", "Zentix Oil said profits fell. Marlin Securities analyst Tom Reed said the outlook was poor. The oil firm, run by Ann Lee, is facing an inquiry. Zentix Media made a bid for Hale Group. Analysts at Quill Bank said Orme Media was also keen. The media group, run by Bob Hale, said no.",
			[]string{"ann-lee affiliated_with zentix-oil", "bob-hale affiliated_with orme-media"}, []string{"ann-lee affiliated_with marlin-securities", "bob-hale affiliated_with quill-bank"}, nil},
		{"a rival is another body", "Zentix Corporation is seeking to buy Quill Group. The rival firm, run by Tom Reed, said no.",
			nil, []string{"tom-reed affiliated_with zentix-corporation"}, nil},
		{"the firm is not the bank of an analyst quoted on it", "Zentix Holdings said profits fell. Marlin Securities analyst Tom Reed said the outlook was poor. The firm is facing an FSA investigation.",
			[]string{"financial-services-authority investigates zentix-holdings"}, []string{"financial-services-authority investigates marlin-securities"}, nil},
		// nameOfShares: a name with shares, profits or a board is a company
		{"a name no list knows with shares, profits or a chief executive is a company's", "Shares in Zorbly Kreme fell. Vantor Mills shares sank. Drexa Lunn's profits rose. Asian shares fell. By 1300 GMT Carnoval's shares were down. Under Frobish stock market rules, firms must report.",
			nil, nil, []string{"zorbly-kreme Organization", "vantor-mills Organization", "drexa-lunn Organization", "carnoval Organization", "!asian", "!gmt-carnoval", "!under-frobish"}},
		// mergeOrgPrefixes, prefixOrg: a company without its last word
		{"a company's name without its last word is the company", "Shares in Zorbly Kreme Doughnuts fell. Shares in Zorbly Kreme sank. Zorbly Kreme said it would cut jobs. Vantor Mills Group shares rose. Vantor Mills said so.",
			nil, nil, []string{"zorbly-kreme-doughnuts Organization", "vantor-mills-group Organization", "!zorbly-kreme", "!vantor-mills"}},
		// [person-noun]: an occupation before a name
		{"an occupation capitalised before a name is no part of it", "Conductor Marco Vitelli has died. Referee Graham Pollard sent him off.",
			nil, nil, []string{"marco-vitelli Person", "graham-pollard Person", "!conductor-marco-vitelli", "!referee-graham-pollard"}},
		// a name after "the" or a year is no person's, whatever verb follows
		{"a name after the or a year is no person, even before said", "He starred in the 1995 Zorbal Cup, said the coach. They played at the Verran Bowl, said Tom Reed.",
			nil, nil, []string{"!zorbal-cup", "!verran-bowl"}},
		// plainName: a middle initial
		{"a middle initial after a given name is part of a person's name", "US District Court Judge Robert W Sweet ruled on Monday. Bruce L Castor said he would appeal.",
			[]string{"robert-w-sweet affiliated_with us-district-court"}, nil, []string{"robert-w-sweet Person", "bruce-l-castor Person", "!us-district-court-judge-robert-w-sweet"}},
		// classify: a street or square named after a body
		{"a run that ends in a place's head is a place, though a body's head is in it; not with of or and in it", "Protesters gathered in Parliament Square. Crowds filled Times Square. The University of the Quillands and Islands opened.",
			nil, nil, []string{"parliament-square Place", "times-square Place", "university-of-the-quillands-and-islands Organization"}},
		// apposedAfter: after a possessive, and in a list
		{"a name in apposition after his or her and a role, relation or occupation, also in a list", "Tom Reed held talks with his Kenyan counterpart, Ed Bale, and the Ugandan leader, Zak Pellow. Marc Orme accused his rival, Jane Orme, of lying.",
			[]string{"tom-reed met ed-bale", "tom-reed met zak-pellow", "marc-orme accused jane-orme"}, nil, nil},
		// leadingParticiple: a pronoun after the phrase, or a phrase that ends unmarked before "he said"
		{"a participle that opens a sentence is the subject's, named or a pronoun", ukStory + "Hitting out at the Tories, Tony Blair said they had failed. Ann Hale spoke on Monday. Tearing into the Tories' plans, she said they were wrong. Bob Reed spoke in Leeds. Lashing out at the Zentix Party's record in office he said: \"We will never go back.\"",
			[]string{"tony-blair criticized conservative-party", "ann-hale criticized conservative-party", "bob-reed criticized zentix-party"}, nil, nil},
		{"a participle's phrase does not end inside a quotation", ukStory + "Bob Reed spoke in Leeds. Lashing out at the Zentix Party's record: \"With Labour, Britain will never go back.\"",
			nil, []string{"united-kingdom criticized zentix-party"}, nil},
		// meetingNoun, leadingParticiple: a meeting that opens the sentence
		{"talks or a meeting that opens a sentence were held by the one the sentence goes on with", "After talks with Tom Reed, Ed Bale flew home. At a news conference following talks with Zak Pellow, Marc Orme said he was hopeful. After meeting Jane Orme, Ann Lee flew home.",
			[]string{"ed-bale met tom-reed", "marc-orme met zak-pellow", "ann-lee met jane-orme"}, nil, nil},
		{"a participle that opens a sentence whose main clause opens with no name has no subject", "While denying the claims, the company said Quill Bank was to blame. After meeting the press, the minister praised Tom Reed.",
			nil, []string{"quill-bank denied", "tom-reed met"}, nil},
		// subjectBefore: "is understood to have"
		{"a subject told to be understood or believed to have acted acted", "Tom Reed is understood to have criticised Quill Bank. Zentix Holdings was believed to have sued Marlin Group.",
			[]string{"tom-reed criticized quill-bank", "zentix-holdings accused marlin-group"}, nil, nil},
		// irregular: a people's irregular fighters are a group of their own
		{"irregular fighters named by a demonym are a group, not the state, and their attacks are strikes", "Iraqi insurgents attacked US troops in Fallujah. Palestinian militants said they would fight on. Labour attacked the British army over the scandal.",
			[]string{"iraqi-insurgents attacked us-military", "labour-party criticized british-army"}, []string{"iraq attacked", "iraqi-insurgents criticized us-military"}, []string{"iraqi-insurgents Organization", "palestinian-militants Organization"}},
		// blamed: "the work of"
		{"the work of someone, or of what the speaker calls someone, blames them; a breach of a rule blames no rule-maker", "Tom Reed said the blast was the work of Russian partisans. Ed Bale said it was the work of what he calls the Zentix Brigade. The Tories said the Budget had been leaked in what they describe as a \"serious breach of Treasury rules\".",
			[]string{"tom-reed accused russian-partisans", "ed-bale accused zentix-brigade"}, []string{"conservative-party accused hm-treasury"}, nil},
		// denialByNegation: a strike the speaker says was not made
		{"a strike a speaker says their side does not make is a denial; a negation of another verb is none", "Mykhailo Podolyak said: \"We do not attack Moscow.\" Tom Reed said Ukraine does not strike targets in Russia. Zak Pellow said he will not tolerate attacks on staff. Marc Orme said it wasn't a good strike.",
			[]string{"mykhailo-podolyak denied t-mykhailo-podolyak-denial", "tom-reed denied t-tom-reed-denial"}, []string{"zak-pellow denied", "marc-orme denied"}, nil},
		// [criticism-cue]: words of moral disgust
		{"stupid, evil or offensive acts or words of a party criticise it", "Tom Reed branded Ed Bale's actions \"stupid and evil\". Zak Pellow said Marc Orme's remarks were offensive.",
			[]string{"tom-reed criticized ed-bale", "zak-pellow criticized marc-orme"}, nil, nil},
		// criticised, remarksOf, conceded: what a judgement is not of
		{"an act named with no agent, the speaker's own remarks and a concession judge no one named", "Tom Reed said: \"Comparing the Quill Assembly to Hitler's Germany is a crass response.\" Tony Blair spoke. Ed Bale said his comments were offensive. Tony Blair spoke again. Zak Pellow said the remarks may have been offensive but were not racist.",
			nil, []string{"tom-reed criticized", "ed-bale criticized tony-blair", "zak-pellow criticized"}, nil},
		// gazetteer: abbreviated street names
		{"Downing St is Downing Street", "A Downing St spokesman denied the claims.",
			[]string{"downing-street denied"}, nil, []string{"downing-street Organization", "!downing-st"}},
		// claimBefore: "something X denies"
		{"a claim resumed by something that its target denies is denied to its speaker", "Ed Bale has said Tom Reed is lying, something Tom Reed denies.",
			[]string{"tom-reed denied ed-bale"}, nil, nil},
		// usStates: Georgia beside another US state
		{"a country named like a US state is the state in a sentence that names another US state", "The Justice Department is investigating threats against officials in Arizona and Georgia.",
			nil, nil, []string{"georgia-us-state Place", "!georgia"}},
		{"a country named like a US state stays the country without another state beside it, or with its capital named", "Russia invaded Georgia in 2008. Kim won in Memphis, Tennessee. Labadze of the Republic of Georgia lost.",
			[]string{"russia attacked georgia"}, nil, []string{"georgia Country", "!georgia-us-state"}},
		{"a country named like a US state whose capital the story names stays the country", "Protesters in Tbilisi marched. Officials in Florida and Georgia met.",
			nil, nil, []string{"georgia Country", "!georgia-us-state"}},
		// [not-surname]: a title before a common word
		{"a title before a common word makes no person of the word", "The recipe includes Father Christmas. He unveiled a memorial to the Queen Mother. Games included President Forever.",
			nil, []string{"forever-t affiliated_with"}, []string{"!christmas-t", "!mother-t", "!forever-t"}},
		// namedWith: "the party" is a party named before it
		{"the party is the party named before it, not one named after it in the sentence", ukStory + "Tom Reed spoke about UKIP on Monday. He accused the party of signing a deal with the Tories in Europe.",
			[]string{"tom-reed accused uk-independence-party"}, []string{"tom-reed accused conservative-party"}, nil},
		// gazetteer: Walt Disney is the company
		{"Walt Disney is the company", "Walt Disney has settled charges from US regulators. The Walt Disney Company said so.",
			nil, nil, []string{"the-walt-disney-company Organization", "!walt-disney"}},
		// [conduct-noun]: an inquiry into a party's own doings
		{"an inquiry into the conduct or finances of a party investigates it, but one into a death investigates no one", "The FSA has launched an inquiry into the conduct of Quill Bank. The SEC opened a probe into the finances of Zentix Holdings. Police began an investigation into the death of Tom Reed.",
			[]string{"financial-services-authority investigates quill-bank", "securities-and-exchange-commission investigates zentix-holdings"}, []string{"investigates tom-reed"}, nil},
		// denial: the owner of the claims, a word between
		{"a denial of a party's claims about something answers the party", ukStory + "Tom Reed rejected Tory tax claims. Ed Bale denied Labour's spending claims. Zak Pellow denied Russian spying allegations.",
			[]string{"tom-reed denied conservative-party", "ed-bale denied labour-party", "zak-pellow denied russia"}, nil, nil},
		// nounRules: criticism aimed at a party
		{"criticism aimed or directed at a party is its maker's: the possessor, else whom the sentence is about", "Former Quill Bank chief Tom Reed is at the centre of a row over an e-mail with an outburst aimed at Zentix Holdings staff. Ed Bale's attack directed at Marlin Group was fierce. A tirade aimed at no one in particular followed.",
			[]string{"tom-reed criticized zentix-holdings", "ed-bale criticized marlin-group"}, []string{"quill-bank criticized"}, nil},
		// attempted: an attack tried is made
		{"an attack tried or failed was made; one that will or could come was not", "Russia launched an offensive. It has failed to totally conquer Bakhmut. Russian forces have tried to capture Kherson. Russia will attack Kyiv. Russia could seize Odesa.",
			[]string{"russia attacked bakhmut", "russian-military attacked kherson"}, []string{"russia attacked kyiv", "russia attacked odesa"}, nil},
		// personDescription: a longer description with a possessive
		{"a description of up to five words, a possessive among them, before a person's name is crossed to the object", "Tom Reed threatened women's champion Edith Masai with a ban. Ed Bale criticised three-time women's short-course champion Jane Orme.",
			[]string{"tom-reed threatened edith-masai", "ed-bale criticized jane-orme"}, nil, nil},
		// [sport-body-head]: a sport's governing body named with its state
		{"a sport's word before a state names its governing body, not the state", "Athletics Kenya has threatened Edith Masai with a ban. Tennis Australia's Geoff Pollard spoke. Kenya won the race.",
			[]string{"athletics-kenya threatened edith-masai", "geoff-pollard affiliated_with tennis-australia"}, []string{"kenya threatened edith-masai"}, []string{"athletics-kenya Organization", "kenya Country"}},
		// [meet]: greeting and shaking hands
		{"greeting someone or shaking hands with them is meeting them; greeting news is not", "Ed Bale was greeted by Tom Reed in London. Zak Pellow shook hands with Marc Orme. Labour greeted the news with dismay.",
			[]string{"tom-reed met ed-bale", "zak-pellow met marc-orme"}, []string{"labour-party met"}, nil},
		// claim: a known person serves the states the gazetteer gives
		{"a person the gazetteer knows as serving one state is no official of another", "He contacted dignitaries including Gerhard Schroeder, the King of Belgium as well as the French foreign ministry. Gerhard Schroeder, the German Chancellor, spoke.",
			[]string{"gerhard-schroder affiliated_with germany"}, []string{"gerhard-schroder affiliated_with belgium"}, nil},
		// notePublications: a body that reported
		{"the reports, the story or the article of a body that reported a claim are its; calling them false denies it", "The Observer reported that Tom Reed was tortured. Charles Clarke said the media reports were not well informed. Quill Bank reported a rise in sales. Ed Bale said the report was false.",
			[]string{"charles-clarke denied the-observer"}, []string{"ed-bale denied quill-bank"}, nil},
		// [accuse]: laying the blame
		{"laying, putting or pinning the blame on a party accuses it", "Tom Reed laid the blame at the door of Quill Bank. Ed Bale put the blame on Zentix Holdings for the losses. Zak Pellow pinned the blame on Marlin Group.",
			[]string{"tom-reed accused quill-bank", "ed-bale accused zentix-holdings", "zak-pellow accused marlin-group"}, nil, nil},
		// [deny]: pouring cold water, batting away
		{"pouring cold water on claims or batting them away denies them; pouring cold water on hopes denies nothing", "Tom Reed poured cold water on the claims. Ed Bale batted away the allegations. Zak Pellow poured cold water on hopes of a deal.",
			[]string{"tom-reed denied t-tom-reed-denial", "ed-bale denied t-ed-bale-denial"}, []string{"zak-pellow denied"}, nil},
		// gazetteer: British supermarkets
		{"Asda and Morrisons are companies the gazetteer knows", "Tesco threatened to take Asda to court. Morrisons vowed to take Quill Bank to court.",
			[]string{"tesco threatened asda", "morrisons threatened quill-bank"}, nil, []string{"asda Organization", "morrisons Organization"}},
		// [accuse], [criticize]: legal action in other words, having a go
		{"bringing a case, a lawsuit or proceedings against a party accuses it; having a go at it criticises it", "Tom Reed brought a case against Quill Bank. Ed Bale launched a legal challenge against Zentix Holdings. Zak Pellow has issued proceedings against Marlin Group. Marc Orme had a go at Orme Foundation. Jane Orme had a go at the new rules.",
			[]string{"tom-reed accused quill-bank", "ed-bale accused zentix-holdings", "zak-pellow accused marlin-group", "marc-orme criticized orme-foundation"}, []string{"jane-orme criticized"}, nil},
		// nounRules: under scrutiny from a body
		{"a party under scrutiny from a body is investigated by it; under pressure from one is not", "Quill Bank is under scrutiny from the FSA. Zentix Holdings is under pressure from Marlin Group.",
			[]string{"financial-services-authority investigates quill-bank"}, []string{"marlin-group investigates"}, nil},
		// subjectBefore: a body's name with its own class noun
		{"a body's name with its class noun before a verb is the body", "The GMB union accused Zentix Holdings of lying. The Unite union criticised Quill Bank. The Marlin Group rival criticised Orme Foundation. The Tesco unit accused Quill Capital of fraud.",
			[]string{"gmb accused zentix-holdings", "unite criticized quill-bank"}, []string{"marlin-group criticized orme-foundation", "tesco accused quill-capital"}, nil},
		// nominalReferences: alt
		{"a class noun is not its own clause's agent but the body named before", "Shares in Zentix Holdings fell on Monday. Quill Bank accused the company of hiding losses. Orders at Marlin Motors slumped, and Tesco criticised the firm over delays.",
			[]string{"quill-bank accused zentix-holdings", "tesco criticized marlin-motors"}, nil, nil},
		// passiveRule: a relative clause in the passive
		{"a passive relative clause's agent acts on the name before who or which", "Anand Jain, who was accused by Tom Reed of creating a rift, resigned. Ravi Shah, who has been criticised by Tesco, quit. Quill Bank, which was sued by Zentix Holdings last year, made a loss. Ed Bale, who was praised by Marlin Group, stayed.",
			[]string{"tom-reed accused anand-jain", "tesco criticized ravi-shah", "zentix-holdings accused quill-bank"}, []string{"marlin-group criticized ed-bale"}, nil},
		// meetable: a state met through its people
		{"meeting a state's officials or government meets the state; visiting it meets no one", "Tom Reed held talks with Iranian officials. Ed Bale is meeting British officials this week. Zak Pellow met the Chinese government in May. Marc Orme visited Kenya.",
			[]string{"tom-reed met iran", "ed-bale met united-kingdom", "zak-pellow met china"}, []string{"marc-orme met kenya"}, nil},
		// prosecutors: the prosecuting body named by what it does
		{"prosecutors named only by what they do are one body of the article", "Prosecutors accused Tom Reed of fraud. Ed Bale was questioned by the prosecution on Monday. Zak Pellow has denied charges of theft. The prosecution's star witness is Marc Orme.",
			[]string{"t-prosecutors accused tom-reed", "t-prosecutors accused zak-pellow"}, nil, []string{"t-prosecutors Organization"}},
		{"the prosecution as an act is no body; prosecutors after a named prosecuting body are that body", "The prosecution of Tom Reed began. Ed Bale said he would not interfere with the prosecution. Italian prosecutors charged Zak Pellow with fraud. Prosecutors said Marc Orme had lied.",
			[]string{"italian-prosecutors accused zak-pellow", "italian-prosecutors accused marc-orme"}, nil, []string{"!t-prosecutors"}},
		// blame-cue: wrongs done to things
		{"a wrong done to a thing accuses its doer, not the thing", "Tom Reed said Quill Bank had doctored the accounts. Ed Bale said Zak Pellow had stolen millions. Marc Orme said Zentix Holdings was stolen from the state. Jane Orme said she was told by Marlin Group that the tapes were probably stolen.",
			[]string{"tom-reed accused quill-bank", "ed-bale accused zak-pellow"}, []string{"marc-orme accused zentix-holdings", "jane-orme accused marlin-group"}, nil},
		// subjectBefore: "in the state"
		{"lawmakers or officials in the state act for the place named last", "Zentix Holdings opened a plant in Ohio. Lawmakers in the state are examining claims that the company polluted rivers. Officials in the state criticised Quill Bank.",
			[]string{"ohio investigates zentix-holdings", "ohio criticized quill-bank"}, nil, nil},
		{"in the state with no place named before is no one", "Lawmakers in the state are examining claims that Quill Bank polluted rivers.",
			nil, []string{"investigates quill-bank"}, nil},
		// [criticize]: criticism told by an adjective
		{"being critical or scathing of someone criticises them", "Tom Reed is scathing of Quill Bank. Ed Bale was highly critical of Zentix Holdings. Zak Pellow, who has been critical of Marlin Group, resigned. Marc Orme was not critical of Orme Foundation.",
			[]string{"tom-reed criticized quill-bank", "ed-bale criticized zentix-holdings", "zak-pellow criticized marlin-group"}, []string{"marc-orme criticized orme-foundation"}, nil},
		// lacks: a kingdom has no president
		{"a president in a kingdom's story is not the kingdom's", ukStory + "A spokesman said President Tom Reed's safety was assured. Lib Dem president Ed Bale spoke. SMFG President Zak Pellow said so. Marc Orme became president in 2001.",
			[]string{"ed-bale affiliated_with liberal-democrats"}, []string{"tom-reed affiliated_with united-kingdom", "ed-bale affiliated_with united-kingdom", "zak-pellow affiliated_with united-kingdom", "marc-orme affiliated_with united-kingdom"}, nil},
		{"a president in a republic's story is the republic's, unless a body's name is before the title", "Democrats and Republicans clashed in Congress as senators voted. President Tom Reed said the plan would work. Quill Bank President Ed Bale agreed. ECB President Zak Pellow did not.",
			[]string{"tom-reed affiliated_with united-states", "ed-bale affiliated_with quill-bank", "zak-pellow affiliated_with european-central-bank"}, []string{"ed-bale affiliated_with united-states", "zak-pellow affiliated_with united-states"}, nil},
		// affiliations: a title after "as" before a comma
		{"a title after as, then a comma and a speaker, is not the speaker's; an opening phrase's is its subject's", "George W Bush will change as he begins his second term as US President, Tom Reed has said. In his new job as US ambassador, Ed Bale will travel. In his new job as Quill Bank chairman, Zak Pellow will cut costs.",
			[]string{"ed-bale affiliated_with united-states", "zak-pellow affiliated_with quill-bank"}, []string{"tom-reed affiliated_with united-states"}, nil},
		// affiliations: a preposition between a body and a title
		{"a body, a preposition and a title name no role in the body", "Ed Bale, head of the Office of Fair Trading under President Tom Reed, retired. Zak Pellow, who ran Quill Bank during Chairman Marc Orme's time, left.",
			[]string{"ed-bale affiliated_with office-of-fair-trading"}, []string{"tom-reed affiliated_with office-of-fair-trading"}, nil},
		// lastCorporate: not a source cited with "according to"
		{"a role with no body named is not with the source of the report", "Zentix Holdings is bidding for games firms. According to the Financial Times, chief operating officer Tom Reed said the firm was keen. Quill Bank made a loss. According to Reuters, finance director Ed Bale resigned.",
			[]string{"tom-reed affiliated_with zentix-holdings", "ed-bale affiliated_with quill-bank"}, []string{"tom-reed affiliated_with financial-times", "ed-bale affiliated_with reuters"}, nil},
		// invertedSpeaker: a portfolio before the title
		{"after an inverted verb of speech, a portfolio before the title leads on to the speaker", ukStory + "\"This is typical of Lib Dem hypocrisy,\" said Tory shadow local government secretary Tom Reed. \"Quill Bank has been incompetent,\" said Labour trade and industry spokesman Ed Bale.",
			[]string{"tom-reed criticized liberal-democrats", "ed-bale criticized quill-bank"}, []string{"conservative-party criticized liberal-democrats", "labour-party criticized quill-bank"}, nil},
		// roleAt, unnamedBody: a portfolio of two words joined by "and"
		{"a portfolio of two words joined by and is part of the title", ukStory + "Quill Bank made a loss. Labour trade and industry spokesman Ed Bale said so. Tory work and pensions spokesman Zak Pellow agreed.",
			[]string{"ed-bale affiliated_with labour-party", "zak-pellow affiliated_with conservative-party"}, []string{"ed-bale affiliated_with quill-bank", "zak-pellow affiliated_with quill-bank"}, nil},
		// falseClaim: a duty is no charge
		{"the one in charge being wrong denies nothing", "Tom Reed said the man in charge of the budget was wrong. Ed Bale said the charge of fraud was false.",
			[]string{"ed-bale denied t-ed-bale-denial"}, []string{"tom-reed denied t-tom-reed-denial"}, nil},
		// verbalAttack: a state's attacks are no words
		{"a party's attacks on a rival are words, a state's attacks on a state are not", "Tom Reed said Russia's attacks on Ukraine must stop. Labour's attacks on the Tories were unfair. Moscow's attacks on Kyiv continued.",
			[]string{"labour-party criticized conservative-party"}, []string{"russia criticized ukraine", "russia criticized kyiv"}, nil},
		// readClause: wrong to dismiss
		{"a party wrong to dismiss or reject something is criticised; failing to deny is no criticism", "Tom Reed said Quill Bank had been wrong to dismiss concerns. Ed Bale said Zentix Holdings was wrong to reject the offer. Zak Pellow said Marlin Group failed to deny the claims.",
			[]string{"tom-reed criticized quill-bank", "ed-bale criticized zentix-holdings"}, []string{"zak-pellow criticized marlin-group"}, nil},
		// [investigate]: scrutiny
		{"scrutinising a body or its deal investigates it", "The European Commission is scrutinising the Zentix Holdings deal. Quill Bank is being scrutinised by the Financial Services Authority. Ed Bale will scrutinise Marlin Group.",
			[]string{"european-commission investigates zentix-holdings", "financial-services-authority investigates quill-bank", "ed-bale investigates marlin-group"}, nil, nil},
		// threatToSue: harm or a court promised
		{"a threat or vow to attack, strike at or take to court threatens the one named", "North Korea threatened to attack South Korea. Tom Reed vowed to take Quill Bank to court. The GMB threatened to strike at Zentix Holdings. Ed Bale threatened to resign from Marlin Group.",
			[]string{"north-korea threatened south-korea", "tom-reed threatened quill-bank", "gmb threatened zentix-holdings"}, []string{"ed-bale threatened marlin-group"}, nil},
		// readClause: legal action promised in words
		{"a speaker who says it will take legal action threatens the one named", "Zentix Holdings said it would take legal action against Quill Bank. Tom Reed says he will sue Marlin Group. Ed Bale said it would not sue Orme Foundation. Orme Bank said they will take action against Quill Capital. Marlin Group said it had not decided whether it would sue Zentix Capital.",
			[]string{"zentix-holdings threatened quill-bank", "tom-reed threatened marlin-group"}, []string{"ed-bale threatened orme-foundation", "orme-bank threatened quill-capital", "marlin-group threatened zentix-capital"}, nil},
		// memberOf: working for a body
		{"one who works or worked for or at a body belongs to it", "Tom Reed, who works for Quill Bank, said so. Ed Bale works at the Zentix Foundation. Zak Pellow worked for Marlin Group for ten years. Marc Orme works for Britain.",
			[]string{"tom-reed affiliated_with quill-bank", "ed-bale affiliated_with zentix-foundation", "zak-pellow affiliated_with marlin-group"}, []string{"marc-orme affiliated_with united-kingdom"}, nil},
		{"one who quit, left or resigned from a body belonged to it; not one who left its shares or building", "Tom Reed quit Quill Bank last year. Ed Bale resigned from the Zentix Foundation. Zak Pellow left Marlin Group saying it had lost its way. Marc Orme quits Orme Foundation shares. Jane Orme left the Quill Capital building. Ann Lee left London.",
			[]string{"tom-reed affiliated_with quill-bank", "ed-bale affiliated_with zentix-foundation", "zak-pellow affiliated_with marlin-group"}, []string{"marc-orme affiliated_with orme-foundation", "jane-orme affiliated_with quill-capital"}, nil},
		// [false-word]: a smear, rubbish
		{"claims called a smear, rubbish or scaremongering are denied", "Tom Reed accused Zentix Holdings of fraud. Zentix Holdings called the allegations a smear. Ed Bale accused Quill Bank of lying. Quill Bank said the claims were rubbish. Zak Pellow accused Marlin Group of cheating. Marlin Group described the report as scaremongering.",
			[]string{"zentix-holdings denied tom-reed", "quill-bank denied ed-bale", "marlin-group denied zak-pellow"}, nil, nil},
		// heldResponsible: the object inside the phrase
		{"holding someone responsible or reporting them to the police accuses them", "Tom Reed held Quill Bank responsible for the losses. Ed Bale reported Zak Pellow to the police. Marc Orme did not hold Zentix Holdings responsible. Jane Orme reported Marlin Group to shareholders as a strong buy. Tom Reed held talks with Orme Foundation.",
			[]string{"tom-reed accused quill-bank", "ed-bale accused zak-pellow", "tom-reed met orme-foundation"}, []string{"marc-orme accused zentix-holdings", "jane-orme accused marlin-group", "tom-reed accused orme-foundation"}, nil},
		// [blame-cue]: selling wrongs
		{"overcharging or mis-selling is a wrong the speaker blames", "Tom Reed claimed Quill Bank had overcharged customers. Ed Bale said Zentix Holdings had mis-sold pensions. Zak Pellow said Marlin Group had ripped off savers.",
			[]string{"tom-reed accused quill-bank", "ed-bale accused zentix-holdings", "zak-pellow accused marlin-group"}, nil, nil},
		// criticism told by feeling and by doubt
		{"anger or disappointment with someone, shame called on them, or doubt on their fitness criticises them", "Tom Reed said he was disappointed with Quill Bank. Ed Bale expressed anger at Zentix Holdings. Zak Pellow said Marlin Group should be ashamed. Marc Orme questioned Orme Foundation's competence. Jane Orme questioned Quill Capital's figures. Ann Lee was not disappointed with Zentix Capital.",
			[]string{"tom-reed criticized quill-bank", "ed-bale criticized zentix-holdings", "zak-pellow criticized marlin-group", "marc-orme criticized orme-foundation"}, []string{"jane-orme criticized quill-capital", "ann-lee criticized zentix-capital"}, nil},
		{"calling someone's conduct a scandal or a farce criticises them", "Tom Reed called Quill Bank's conduct a scandal. Ed Bale said the Zentix Holdings plan was a farce.",
			[]string{"tom-reed criticized quill-bank", "ed-bale criticized zentix-holdings"}, nil, nil},
		// keep: a capital before a word for a state's people
		{"a capital before officials or authorities is its state, not the city", "Moscow officials have dismissed Quill Bank's claims as meaningless. Washington authorities said the plan would fail.",
			nil, nil, []string{"russia Country", "united-states Country", "!moscow", "!washington"}},
		{"a capital named as a place stays a place", "Moscow officials spoke. Tom Reed flew to Moscow on Monday.",
			nil, nil, []string{"russia Country", "moscow Place"}},
		// attacker: a body's own force strikes for it
		{"a body's air force that strikes is the body striking", "Sudan's army accused the Rapid Support Forces of shelling Omdurman. The RSF denied the accusation and said the army's air force had bombed its positions in Khartoum.",
			[]string{"rapid-support-forces accused sudanese-military"}, nil, nil},
		// [criticize], [criticism-cue]: rubbished, sums wrong
		{"rubbishing or pillorying someone, or saying their sums are wrong, criticises them", "Tom Reed rubbished Quill Bank's figures. Ed Bale pilloried Zentix Holdings. Zak Pellow said Marlin Group had got its sums wrong. Marc Orme said the Orme Foundation had its sums wrong.",
			[]string{"tom-reed criticized quill-bank", "ed-bale criticized zentix-holdings", "zak-pellow criticized marlin-group", "marc-orme criticized orme-foundation"}, nil, nil},
		// [criticism-cue], attributive: waste told with a perfect tense
		{"a party said to have wasted, squandered or failed is criticised; a cue after had is a verb", ukStory + "Tom Reed said Quill Bank had wasted billions. Ed Bale said Zentix Holdings has squandered its profits. Zak Pellow said Marlin Group had failed pensioners.",
			[]string{"tom-reed criticized quill-bank", "ed-bale criticized zentix-holdings", "zak-pellow criticized marlin-group"}, nil, nil},
		{"a party said to be wasting or mishandling something is criticised", ukStory + "Tom Reed said Quill Bank was wasting taxpayers' money. Ed Bale said Zentix Holdings is squandering its cash. Zak Pellow said Marlin Group was mishandling the crisis.",
			[]string{"tom-reed criticized quill-bank", "ed-bale criticized zentix-holdings", "zak-pellow criticized marlin-group"}, nil, nil},
		// nominalReferences: the class noun's own kind
		{"the watchdog or the regulator is the overseeing body named before, past the firms", "The Financial Services Authority fined Quill Bank last year. The watchdog is now investigating Zentix Holdings. Marlin Group made a loss. The regulator criticised Orme Foundation.",
			[]string{"financial-services-authority investigates zentix-holdings"}, []string{"quill-bank investigates zentix-holdings", "marlin-group criticized orme-foundation"}, nil},
		{"the firm is the company named before, past a body of the same sentence that is none", "The European Commission has fined Quill Bank. The Commission accused the firm of abusing its dominance.",
			[]string{"european-commission accused quill-bank"}, nil, nil},
		{"the company is not sought past a body of another kind named in an earlier sentence", "Zentix Holdings made a profit. The Auto-Cycle Union set the rules. Rally driver Dave Hawke, who runs the company, said so.",
			nil, []string{"dave-hawke affiliated_with zentix-holdings"}, nil},
		// accusations told from the accused's side, or around their object
		{"a lawsuit or allegations faced from someone, or being taken to court, is their accusation", "Quill Bank is facing a lawsuit from Zentix Holdings. Marlin Group faces allegations from Tom Reed that it hid losses. Ed Bale has taken Orme Foundation to court. Zak Pellow took Quill Capital to the cleaners.",
			[]string{"zentix-holdings accused quill-bank", "tom-reed accused marlin-group", "ed-bale accused orme-foundation"}, []string{"zak-pellow accused quill-capital"}, nil},
		// employed: a body takes on or lets go of people
		{"a body that hires, sacks, appoints or names someone to a post employs them; naming a culprit is no post", "Quill Bank sacked Tom Reed and Ed Bale in November. Zentix Holdings has appointed Zak Pellow as chief executive. Marlin Group named Dan Moss chairman. Orme Foundation hired Jane Orme. Quill Capital named Ann Lee as the culprit. Zentix Bank did not sack Bob Hale.",
			[]string{"tom-reed affiliated_with quill-bank", "ed-bale affiliated_with quill-bank", "zak-pellow affiliated_with zentix-holdings", "dan-moss affiliated_with marlin-group", "jane-orme affiliated_with orme-foundation"}, []string{"ann-lee affiliated_with quill-capital", "bob-hale affiliated_with zentix-bank"}, nil},
		// memberOf: part of a body
		{"one who is part of a body, its team or a panel of it belongs to it; part of its plan is no membership", "Tom Reed was part of the Quill Bank team. Ed Bale is part of the Zentix Foundation. Zak Pellow was part of a 19-strong panel of Special Advocates. Marc Orme said part of the Marlin Group plan was wrong.",
			[]string{"tom-reed affiliated_with quill-bank", "ed-bale affiliated_with zentix-foundation", "zak-pellow affiliated_with special-advocates"}, []string{"marc-orme affiliated_with marlin-group"}, nil},
		// memberOf: a pronoun subject
		{"he or she who joined, founded, works for or quit a body belongs to it", "Tom Reed spoke. He joined Quill Bank in 2003. Jane Orme spoke. She works for Zentix Holdings. Ed Bale spoke on Monday. He founded Marlin Group.",
			[]string{"tom-reed affiliated_with quill-bank", "jane-orme affiliated_with zentix-holdings", "ed-bale affiliated_with marlin-group"}, nil, nil},
		{"he or she who stepped down or served as a role of a body held it", "Tom Reed spoke. He stepped down as chairman of Quill Bank. Jane Orme spoke. She served as an adviser to Zentix Holdings.",
			[]string{"tom-reed affiliated_with quill-bank", "jane-orme affiliated_with zentix-holdings"}, nil, nil},
		// calling claims false
		{"calling claims false without as denies them", "Tom Reed accused Zentix Holdings of fraud. Zentix Holdings called the claims \"ridiculous\". Ed Bale accused Quill Bank of lying. Quill Bank called the allegations false and malicious. Marlin Group called the report excellent.",
			[]string{"zentix-holdings denied tom-reed", "quill-bank denied ed-bale"}, []string{"marlin-group denied"}, nil},
		{"claims an opening phrase names, called false by a pronoun in the words said, are denied", "Tom Reed accused Zentix Holdings of fraud. Responding to the claims, Zentix Holdings said they were \"nonsense\". Ed Bale accused Quill Bank of lying. Asked about the allegations, Quill Bank said the rival's bonds were fake.",
			[]string{"zentix-holdings denied tom-reed"}, []string{"quill-bank denied ed-bale"}, nil},
		// culpritNamed
		{"a party named as the one to blame is accused", "Zentix Holdings published on its website an unusual statement citing Quill Bank as the perpetrator. Tom Reed named Marlin Group as the culprit. Ed Bale identified Orme Foundation as responsible for the leak.",
			[]string{"zentix-holdings accused quill-bank", "tom-reed accused marlin-group", "ed-bale accused orme-foundation"}, nil, nil},
		{"a party named as anything else, or not named, is not accused", "Zentix Holdings named Tom Reed as the new manager. Ed Bale has not named Quill Bank as the culprit.",
			nil, []string{"zentix-holdings accused tom-reed", "ed-bale accused quill-bank"}, nil},
		// appositiveRole: a title of a state before the person
		{"a role to the holder of a state's title is a role to the person", "Ivan Orme, Chief Advisor to the President of Ukraine Volodymyr Zelensky, said so. Tom Reed, an adviser to the Prime Minister of Britain Tony Blair, agreed.",
			[]string{"ivan-orme affiliated_with volodymyr-zelensky", "tom-reed affiliated_with tony-blair"}, nil, nil},
		{"a title glued to a name by a lost line break is set off from it", "Dmitry PeskovChief Advisor to the President of Russia Vladimir Putin said so.",
			[]string{"dmitry-peskov affiliated_with vladimir-putin"}, nil, nil},
		// contrastEnd: the speaker's next act
		{"a past verb of claim after and, where the report tells what would be, is the speaker's own act", ukStory + "Tom Reed said Labour would set out plans and attacked the Tory plans. Ed Bale said Zentix Holdings would cut jobs and criticised Quill Bank.",
			[]string{"tom-reed criticized conservative-party", "ed-bale criticized quill-bank"}, nil, nil},
		{"a past verb after and in a report of what was done goes on with the report", ukStory + "Tom Reed said Zentix Holdings had lied and cheated Quill Bank. Ed Bale said Marlin Group had lied and attacked Quill Capital. Zak Pellow said Orme Foundation would cut jobs and attack Quill Bank.",
			[]string{"tom-reed accused zentix-holdings"}, []string{"tom-reed accused quill-bank", "ed-bale criticized quill-capital", "zak-pellow criticized quill-bank"}, nil},
		// personRole: from a firm
		{"a quoted voice from a firm is the firm's", `"It is easy," said Ben Coppin from Quill Capital. Tom Reed from Zentix Holdings said so. Tom Reed from London said so. Ed Bale returned from Zentix Holdings yesterday. "It is hard," said Marc Orme, from Marlin Group. "It is late," said Zak Pellow at investment bank Quill Bank.`,
			[]string{"ben-coppin affiliated_with quill-capital", "tom-reed affiliated_with zentix-holdings", "marc-orme affiliated_with marlin-group", "zak-pellow affiliated_with quill-bank"}, []string{"ed-bale affiliated_with zentix-holdings"}, nil},
		// quotedBy: a quoted pair of names with its firm
		{"a pair of names quoted with where it works is a person of that body", `"Prices will rise," said Jarrod Kerr of Quill Capital. Kazuhiro Tanaka of Zentix Securities said so too.`,
			[]string{"jarrod-kerr affiliated_with quill-capital", "kazuhiro-tanaka affiliated_with zentix-securities"}, nil, []string{"jarrod-kerr Person", "quill-capital Organization", "!jarrod-kerr-of-quill-capital"}},
		{"a body's own name with of is no quoted person", `"Rates will rise," said the Bank of England. "It is bad," said Friends of the Earth.`,
			nil, nil, []string{"bank-of-england Organization", "!bank"}},
		// hit back at claims
		{"hitting back at claims rebuts them, where hitting back at a party criticises it", "Tom Reed hit back at Zentix Holdings claims that he had lied. Ed Bale hit back at Marc Orme's claim that the plan would fail. Zak Pellow hit back at Quill Bank.",
			[]string{"tom-reed denied zentix-holdings", "ed-bale denied marc-orme", "zak-pellow criticized quill-bank"}, []string{"tom-reed criticized zentix-holdings"}, nil},
		// denial: a report in a paper
		{"a denial of a report in a paper answers the paper", "Tom Reed denied a report in the Sunday Times that he had agreed to step down. Ed Bale denied reports in the Guardian that he would quit.",
			[]string{"tom-reed denied sunday-times", "ed-bale denied the-guardian"}, nil, nil},
		// roleReferences: an apposed name
		{"a description that opens a sentence with a name in apposition is that name's, not the last person's", "The Tories met. Zak Pellow spoke. The Tory leader, Tom Reed, insisted he had played by the rules. Ed Bale spoke. The Tory leader, Mr Quill, agreed.",
			[]string{"tom-reed affiliated_with conservative-party"}, []string{"zak-pellow affiliated_with conservative-party", "ed-bale affiliated_with conservative-party"}, nil},
		// regionalArm: a party's
		{"a party named before its state is no arm of the party", `Labour spoke. "With Labour Britain is working," he said. UKIP Scotland chairman Tom Reed spoke. AOL UK grew.`,
			nil, nil, []string{"!labour-britain", "united-kingdom Country", "ukip-scotland Organization", "aol-uk Organization"}},
		// stancePrefix, knownAfter
		{"a stance prefix before a known name opens no name", "Non-European Union citizens will have to take tests. Anti-American protests grew. The Anti-Zentix League met.",
			nil, nil, []string{"!non-european-union", "!anti-american", "anti-zentix-league Organization"}},
		// ownDenial
		{"maintaining one's innocence or pleading not guilty denies", "Zak Pellow accused Zentix Holdings and Tom Reed of fraud. Zentix Holdings has always maintained its innocence. Mr Reed has pleaded not guilty.",
			[]string{"zentix-holdings denied zak-pellow", "tom-reed denied zak-pellow"}, nil, nil},
		{"pleading not guilty with no accuser named denies the matter", "Ed Bale is on trial for fraud. He pleads not guilty.",
			nil, nil, []string{"t-ed-bale-denial Event"}},
		// names: the subject a pronoun in the next sentence takes
		{"a party the sentence does not name is no subject for the next sentence's pronoun", "US prosecutors opened a case. Ed Bale is on trial for fraud after evidence from Tom Reed. He pleads not guilty.",
			[]string{"ed-bale denied us-prosecutors"}, nil, []string{"!t-tom-reed-denial"}},
		// classedAfter
		{"a state before a class noun only places the firm or body named after it", "Zentix Holdings was criticised by US carmaker Quill Motors. Tom Reed accused UK regulator the Financial Services Authority of delay. Marlin Group is being investigated by US stock market regulator the Securities and Exchange Commission.",
			[]string{"quill-motors criticized zentix-holdings", "tom-reed accused financial-services-authority", "securities-and-exchange-commission investigates marlin-group"},
			[]string{"united-states criticized zentix-holdings", "tom-reed accused united-kingdom", "united-states investigates marlin-group"}, nil},
		{"a state before a verb, a preposition or a noun of no class is itself the party", "Tom Reed accused the US of helping Quill Motors. Ed Bale criticised the UK as Zentix Holdings grew. Orin Pell criticised the UK minister Zentix Holdings hired. Zak Pellow criticised UK plans backed by Marlin Group.",
			[]string{"tom-reed accused united-states", "ed-bale criticized united-kingdom", "orin-pell criticized united-kingdom", "zak-pellow criticized united-kingdom"},
			[]string{"orin-pell criticized zentix-holdings", "zak-pellow criticized marlin-group"}, nil},
		// investigations named with their body
		{"an investigation into whether or how a party did something investigates the party", "The European Commission launched an in-depth investigation into whether Italian airline Alitalia is receiving state aid. The Financial Services Authority opened a probe into how Zentix Holdings booked its sales.",
			[]string{"european-commission investigates alitalia", "financial-services-authority investigates zentix-holdings"}, nil, nil},
		{"a party under a body's investigation or scrutiny is investigated by it", "Zentix Holdings is under SEC investigation. Quill Bank came under FSA scrutiny last year. Marlin Group is under Russian investigation.",
			[]string{"securities-and-exchange-commission investigates zentix-holdings", "financial-services-authority investigates quill-bank"}, nil, nil},
		// criticismReceived
		{"criticism told from the side of the one who receives it", ukStory + "Zentix Holdings came under fire from Zak Pellow. Quill Bank faced stinging criticism over the plan from Tom Reed. Marlin Group's new tax plans have drawn criticism from Ed Bale.",
			[]string{"zak-pellow criticized zentix-holdings", "tom-reed criticized quill-bank", "ed-bale criticized marlin-group"}, nil, nil},
		{"criticism received that a speaker reports, or that was not, is no fact", ukStory + "Zak Pellow said Zentix Holdings came under fire from Tom Reed. Quill Bank did not face criticism from Ed Bale.",
			nil, []string{"tom-reed criticized zentix-holdings", "ed-bale criticized quill-bank"}, nil},
		// ownParty: "his own party" is the party the article gave the person
		{"criticism from a person's own party or backbenchers comes from the party the article gave them", ukStory + "Zak Pellow, the Labour leader, has been criticised by many in his own party. Ann Lee, the Tory leader, faced criticism from her own backbenchers over the plans. Tom Reed, a Liberal Democrat MP, was accused by members of his own party of lying.",
			[]string{"labour-party criticized zak-pellow", "conservative-party criticized ann-lee", "liberal-democrats accused tom-reed"}, nil, nil},
		{"a person's own family, or own party when none is known, is no party", ukStory + "Ed Bale, a Labour MP, was criticised by his own wife. Bob Ray, a Tory MP, faced criticism from his own family. Ted Hume was attacked by his own party.",
			nil, []string{"labour-party criticized ed-bale", "conservative-party criticized bob-ray"}, nil},
		// [honour-head]
		{"an honour named after someone is no person", "He delivered the 14th Zak Pellow Lecture in Kirkcaldy. She won the Marc Orme Memorial Prize and the Orin Pell Trophy. Zak Pellow spoke.",
			nil, nil, []string{"!zak-pellow-lecture", "!marc-orme-memorial-prize", "!orin-pell-trophy", "zak-pellow Person"}},
		// asRole
		{"a role told with as is held in the body after it, or in the body that named one to it", "Tom Reed stepped down as chief executive of Zentix Holdings. Ed Bale, who quit as chairman of Quill Bank in May, spoke. Marlin Group has appointed Zak Pellow as its new chairman. Marc Orme served as an adviser to Tony Blair.",
			[]string{"tom-reed affiliated_with zentix-holdings", "ed-bale affiliated_with quill-bank", "zak-pellow affiliated_with marlin-group", "marc-orme affiliated_with tony-blair"}, nil, nil},
		{"a role told with as to a state is a posting there, and a party described as something holds no role", "Jane Orme was named as high commissioner to Australia. Tom Reed described Zentix Holdings as a leader of the market.",
			nil, []string{"jane-orme affiliated_with australia", "tom-reed affiliated_with zentix-holdings"}, nil},
		// nameBeforeClassApposition: two-word class nouns, a possessive before
		{"a name before an apposition ending in a class noun of two words is an organisation", "China's Quilshan, the country's largest steel producer, said it would wait. Zentrava, Europe's biggest oil company, grew. Roy and Steve, an integral part of my team, stayed.",
			nil, nil, []string{"quilshan Organization", "zentrava Organization", "!steve"}},
		// an adjective before a demonym and a role
		{"a word opening a sentence before a demonym and a role is the person's adjective, no name", "Legendary Dutch coach Marc Orme has died. Veteran British actor Tom Reed spoke. Royal Dutch chairman Ed Bale spoke.",
			nil, nil, []string{"!legendary-dutch", "!veteran-british", "netherlands Country", "marc-orme Person", "shell Organization"}},
		// seatAfter
		{"a parliament for a seat named from a place is the parliament, the seat no body", "He entered Parliament for Sheffield Quillside in 1987. Tom Reed sat in the European Parliament for Scotland. He joined the Department for Education.",
			nil, nil, []string{"!parliament-for-sheffield-quillside", "european-parliament Organization", "scotland Place", "department-for-education Organization"}},
		// andAfterOf
		{"and joins two words after the of of a body's name", "He opened an exhibition at Quillshire College of Further and Higher Education. She joined the Zentix Institute of Arts and Sciences.",
			nil, nil, []string{"quillshire-college-of-further-and-higher-education Organization", "zentix-institute-of-arts-and-sciences Organization"}},
		{"and after the of of a body's name joins no two names", "The Zentix Department of Health and State University of Quill signed. The Quill Council for Digital Video and DMB said so. The Institute of Directors and Tom Reed agreed. The Ministry of Defence and Zentix Aerospace signed. The Quill Bank of England and Zentix met. Tom Reed of Quill Capital and Zentix Brothers said so. The Quill Academy of Arts and Barclays signed. The Institute of Directors and Mr Reed agreed. The award went to Zak Pellow for Eternal Quill of the Spotless Mind and Marc Orme for Finding Zentix.",
			nil, nil, []string{"!zentix-department-of-health-and-state-university-of-quill", "!quill-council-for-digital-video-and-dmb", "!institute-of-directors-and-tom-reed", "!ministry-of-defence-and-zentix-aerospace", "!quill-bank-of-england-and-zentix", "!tom-reed-of-quill-capital-and-zentix-brothers", "!quill-academy-of-arts-and-barclays", "!institute-of-directors-and-mr-reed", "tom-reed Person", "marc-orme Person"}},
		// settledCharges
		{"charges settled accuse the one who settles, by whoever brought them or was paid", "Zentix Holdings paid the Securities and Exchange Commission $250m to settle charges that it massaged earnings. Marlin Group agreed to pay $8m to settle charges, raised by New York Attorney General Eliot Spitzer, that it rigged bids. Quill Bank has settled fraud charges from the Financial Services Authority.",
			[]string{"securities-and-exchange-commission accused zentix-holdings", "eliot-spitzer accused marlin-group", "financial-services-authority accused quill-bank"}, nil, nil},
		{"charges not settled, or settled with a place, accuse no one here", "Zentix Holdings did not settle charges from the Securities and Exchange Commission. Marlin Group settled claims from California. Quill Bank paid $5m to settle charges.",
			nil, []string{"securities-and-exchange-commission accused zentix-holdings", "california accused marlin-group"}, nil},
		// shouldGo: should have
		{"a clause that someone should have done what they did not reproaches them", ukStory + "Zak Pellow said the Tories should have acted sooner. Tom Reed said Labour ought to have warned voters. Ed Bale said Zentix Holdings should not have sold the land.",
			[]string{"zak-pellow criticized conservative-party", "tom-reed criticized labour-party", "ed-bale criticized zentix-holdings"}, nil, nil},
		{"what should have been done to someone, must have been, or was asked whether, is no reproach", ukStory + "Zak Pellow said the Tories should have been told. Tom Reed said Labour must have known. Ed Bale spoke next. Asked whether he thought Zentix Holdings should have sold the land, he said: \"No.\"",
			nil, []string{"zak-pellow criticized conservative-party", "tom-reed criticized labour-party", "ed-bale criticized zentix-holdings"}, nil},
		// governs
		{"a place acts through its own lawmakers or officials", "Lawmakers in California are examining allegations that Zentix Holdings misled investors. Officials in Quillshire Province accused Zentix Holdings of fraud.",
			[]string{"california investigates zentix-holdings"}, nil, nil},
		{"prosecutors in a city serve the state's courts, not the city", "Prosecutors in Milan are investigating Zentix Holdings. Fans in Texas criticised Zentix Holdings.",
			nil, []string{"milan investigates zentix-holdings", "texas criticized zentix-holdings"}, nil},
		// claimant
		{"a denial of the claims answers the speaker who claimed last, though the claim named no one", "Tom Reed spent a year in a Zentix Holdings camp. Mr Reed claimed he was beaten and starved there. Zentix Holdings denied the claims.",
			[]string{"zentix-holdings denied tom-reed"}, nil, nil},
		{"a denial that is of no claims answers no claimant", "Tom Reed spent a year in a Zentix Holdings camp. Mr Reed claimed he was beaten and starved there. Zentix Holdings denied any wrongdoing.",
			nil, []string{"zentix-holdings denied tom-reed"}, nil},
		{"a denial of the claims answers an accusation made after the last claim", "Tom Reed claimed he was beaten and starved at the camp. Later Ed Bale accused Zentix Holdings of lying. Zentix Holdings denied the claims.",
			[]string{"zentix-holdings denied ed-bale"}, []string{"zentix-holdings denied tom-reed"}, nil},
		{"a denial of the claims answers no claim of the denier's own side", "Ed Bale accused Zentix Holdings of lying. Zentix Holdings chief Tom Reed claimed the guards were paid well. Zentix Holdings denied the claims.",
			[]string{"zentix-holdings denied ed-bale"}, []string{"zentix-holdings denied tom-reed"}, nil},
		// subjectBefore: a closing "he said"
		{"a closing he-said after unquoted words is the speaker's, not someone the words name", "Tom Reed launched the plan. Zak Pellow spoke next. Mr Reed has failed to cut crime, he said.",
			[]string{"zak-pellow criticized tom-reed"}, nil, nil},
		{"a closing attribution may be followed by the speaker's participle clause", "Tom Reed launched the plan. Zak Pellow spoke next. Mr Reed has failed to cut crime, he claimed, saying the plan was weak.",
			[]string{"zak-pellow criticized tom-reed"}, nil, nil},
		{"a closing he-said names no one from a quotation an abbreviation joined to the sentence", `Tom Reed was there. Zak Pellow derided the plan, saying: "It was the worst acting since Cell Block H." Labour had broken promises, he said.`,
			[]string{"zak-pellow accused labour-party"}, []string{"tom-reed accused labour-party"}, nil},
		// officeState, officeIn
		{"an office of state its own words name, in lower case or in apposition, is the home state's", ukStory + "Former immigration minister Quilla Hughes resigned. Zak Pellow, the health minister, spoke. The transport secretary, Tom Reed, agreed. Later, home secretary Ed Bale said so.",
			[]string{"quilla-hughes affiliated_with united-kingdom", "zak-pellow affiliated_with united-kingdom", "tom-reed affiliated_with united-kingdom", "ed-bale affiliated_with united-kingdom"}, nil, nil},
		{"a minister of a portfolio is the home state's, whatever the portfolio", "Japan says deflation is over. The Japanese government forecast slower growth in Japan. The figures were given by economics minister Heizo Quill. Oil minister Ali Marov agreed. The interior minister, Jo Pellow, did too.",
			[]string{"heizo-quill affiliated_with japan", "ali-marov affiliated_with japan", "jo-pellow affiliated_with japan"}, nil, []string{"!oil"}},
		{"a lone title, a shadow's, a region's or another state's office is no office of the home state", ukStory + "Company president Ed Bale spoke. The shadow home secretary, Jane Rook, disagreed. Orin Pell, Texas attorney general, sued. Virginia State Attorney General Gary Thayer agreed. Paris was subdued, with finance minister Alan Quist saying little. The attorney general, Tom Reed, spoke. Alan Rook, the shadow health secretary, spoke. Quillshire health minister Oona Fish agreed.",
			nil, []string{"ed-bale affiliated_with united-kingdom", "jane-rook affiliated_with united-kingdom", "orin-pell affiliated_with united-kingdom", "gary-thayer affiliated_with united-kingdom", "alan-quist affiliated_with united-kingdom", "tom-reed affiliated_with united-kingdom", "alan-rook affiliated_with united-kingdom", "oona-fish affiliated_with united-kingdom"}, nil},
		// role references: the longest name in the title
		{"a title the gazetteer knows its holder by names the body in it", "Charles Kennedy, the Liberal Democrat leader, spoke. Tom Reed criticised the US President's plans, and George W Bush replied.",
			[]string{"charles-kennedy affiliated_with liberal-democrats", "george-w-bush affiliated_with united-states"}, nil, nil},
		// surnameBearer
		{"a surname is the person the article named, not the famous one", "Euan Blair has been accused of fraud by the Tories. Mr Blair denied the claims. Ben Thatcher was booked early. Thatcher said he was unlucky.",
			[]string{"euan-blair denied conservative-party"}, []string{"tony-blair denied conservative-party"}, []string{"!tony-blair", "!margaret-thatcher", "ben-thatcher Person"}},
		{"a surname before the full name is the person the article names in full", "McFadden's new video is pulled. The video of former singer Brian McFadden was withdrawn, and McFadden said he was sad.",
			nil, nil, []string{"brian-mcfadden Person", "!pat-mcfadden"}},
		{"an initial before a famous surname is someone else's", "Scotland: R Russell, B Douglas, M Blair, G Ross. Replacements: T Bush, K Hines.",
			nil, nil, []string{"!tony-blair", "!george-w-bush"}},
		{"a plural noun for people before a list of names", "The prizes were announced by actors Selma Blair and Dennis Quaid. Ministers Jane Putin, Alan Rook and Ed Bale came.",
			nil, nil, []string{"selma-blair Person", "jane-putin Person", "!tony-blair", "!vladimir-putin"}},
		{"a plural noun for people before one name may be a group's", "US rappers Beastie Boys won the case. Sales fell, according to industry analysts Screen Digest.",
			nil, nil, []string{"!beastie-boys", "!screen-digest"}},
		{"a role before a name no list knows, joined to a body by of", "Prices will rise, said energy analyst Orin Middleton of Barclays Capital. Economist Gary Thayer of AG Edwards agreed, as did world champion Savante Stringfellow of the USA.",
			[]string{"orin-middleton affiliated_with barclays-capital"}, nil, []string{"orin-middleton Person", "savante-stringfellow Person", "gary-thayer Person", "!orin-middleton-of-barclays-capital", "!gary-thayer-of-ag-edwards"}},
		{"a participle that opens a sentence before the is no part of a name", "Called the Marlin Joint Development Association, the alliance will set rules. Launching the Department for Rural Affairs, Mr Bale spoke. Dubbed the Pocket Media Player, it sold well.",
			nil, nil, []string{"marlin-joint-development-association Organization", "department-for-rural-affairs Organization", "!called-the-marlin-joint-development-association"}},
		{"a participle that opens a sentence before the is no part of a name", "Save the Children said aid was late. The Reading the Riot Act Trust spoke.",
			nil, nil, []string{"save-the-children Organization"}},
		{"a rank or a clause between a state and a body's head names no body", "The Law Lords will be replaced as the UK's highest legal authority. Germany's largest online service provider grew. Ireland reasserted their authority late on. The French foreign ministry said so.",
			nil, nil, []string{"!british-highest-legal-authority", "!german-largest-online-service", "!irish-reasserted-their-authority", "french-foreign-ministry Organization"}},
		{"a name no list knows that fills a quotation is no entity", `He warned the "Abstentions Party" was the real challenge to Labour. Tom Reed, the firm's "Chief Yahoo", spoke. They sued so-called "John Doe" defendants.`,
			nil, nil, []string{"!abstentions-party", "!john-doe", "labour-party Organization"}},
		{"an organisation is also called by its name without its state", "She praised the Supreme Court for overruling the White House. The US Supreme Court ruled. The Film Council paid. The UK Film Council said so. The Quill Council of Wales met the Quill Council.",
			nil, nil, []string{"us-supreme-court Organization", "uk-film-council Organization", "quill-council-of-wales Organization", "!supreme-court", "!film-council", "!quill-council"}},
		{"a company's other name told as such is the same company", "Zentix Holdings collapsed in 2002. The company emerged from bankruptcy and is now known as Quill Holdings. Verizon bid for Marlin Group, which was formerly known as Pellow Holdings. The Bale Trust, formerly Orme Foundation, gave money.",
			nil, nil, []string{"zentix-holdings Organization", "marlin-group Organization", "bale-trust Organization", "!quill-holdings", "!pellow-holdings", "!orme-foundation"}},
		{"a company's other name told as such is the same company", "Tom Reed, formerly of Zentix Holdings, joined Quill Bank. Zentix Holdings, formerly a unit of Quill Bank, grew. Marlin Group merged with Orme Foundation, now known as a leader.",
			nil, nil, []string{"zentix-holdings Organization", "quill-bank Organization", "marlin-group Organization", "orme-foundation Organization", "tom-reed Person"}},
		{"a body's head word alone is the one body named with it", `An all-party committee said it was late. The Public Accounts Committee met. Committee chairman Edward Leigh said: "It is late." The steel price rose. Nippon Steel made a profit. Steel analyst Peter Fish said so.`,
			[]string{"edward-leigh affiliated_with public-accounts-committee"}, []string{"peter-fish affiliated_with nippon-steel"}, []string{"!committee"}},
		{"a body's head word alone is the one body named with it", "The Public Accounts Committee met. Committee chairman Edward Leigh said it was late. The Quill Audit Commission agreed. Commission spokesman Tom Reed spoke. Nippon Steel made a profit. Steel analyst Peter Fish spoke.",
			[]string{"edward-leigh affiliated_with public-accounts-committee", "tom-reed affiliated_with quill-audit-commission"}, []string{"peter-fish affiliated_with nippon-steel"}, []string{"!committee", "!commission"}},
		{"a name no list knows before a role in apposition with its owner", "Sontaya Kunplome, Thailand's tourism minister, said so. Jean-Philippe Cotis, the OECD's chief economist, agreed. Fathi Bin Shatwan, the Libyan oil minister, spoke.",
			[]string{"sontaya-kunplome affiliated_with thailand", "fathi-bin-shatwan affiliated_with libya"}, nil, []string{"sontaya-kunplome Person", "jean-philippe-cotis Person", "fathi-bin-shatwan Person"}},
		{"a firm of two names joined by & is also called by the first", "Quillard & McLennan fell. Quillard accused Eliot Spitzer of lying.",
			[]string{"quillard-mclennan accused eliot-spitzer"}, nil, []string{"quillard-mclennan Organization", "!quillard", "eliot-spitzer Person"}},
		{"a word a headline says alone is the whole firm named below", "Troubled Quillard under scrutiny. Quillard & McLennan fell. Quillard's new chief executive, Tom Reed, is trying to settle. Quillard accused Eliot Spitzer of lying. Zentrax sells computers. Zentrax Group grew.",
			[]string{"quillard-mclennan accused eliot-spitzer", "tom-reed affiliated_with quillard-mclennan"}, nil, []string{"quillard-mclennan Organization", "zentrax-group Organization", "!quillard", "!zentrax"}},
		{"a word a headline says alone is the whole firm named below", `ZTAF launches fight against drugs. The ZTAF - athletics' world governing body - has met officials. "Nothing was decided," said a ZTAF spokesman. The task forces will report back to the ZTAF Council, at its April meeting.`,
			nil, nil, []string{"ztaf Organization", "ztaf-council Organization"}},
		{"a word a headline says alone is the whole firm named below", "Quillvel wins court case. Quillvel's chief executive, Tom Reed, spoke. Quillvel TV and movie productions grew.",
			[]string{"tom-reed affiliated_with quillvel"}, nil, []string{"quillvel Organization"}},
		{"a role word that is also a surname ends a name", "Tom Reed will stand against Labour MP Oona King. Tom Reed accused Ms King of being a stooge. The Lord Chancellor and the Lord Mayor came. Mr Speaker called order.",
			[]string{"oona-king affiliated_with labour-party", "tom-reed accused oona-king"}, nil, []string{"!lord-chancellor", "!lord-mayor", "!speaker-t"}},
		{"a title alone is no gender", "Labour MP Quilla King spoke. King said she would stand down. Bank governor John King agreed. Tom Reed accused Ms King of lying.",
			[]string{"tom-reed accused quilla-king"}, nil, nil},
		{"a role word that is also a surname ends a name", "Labour MP Jane King spoke. Bank of England governor Mervyn King spoke. Tom Reed accused Ms King of lying. Katherine Jackson said her son Michael Jackson was innocent. Mr Jackson denied the charges.",
			[]string{"mervyn-king affiliated_with bank-of-england", "tom-reed accused jane-king"}, []string{"katherine-jackson denied"}, nil},
		{"a title in capitals alone names no one and no body", "Lord Butler's view was backed by his predecessor as Cabinet Secretary, Lord Armstrong. He served as Cabinet Secretary for years. The Permanent Secretary agreed.",
			nil, nil, []string{"!cabinet-secretary", "!permanent-secretary"}},
		{"a leader's possessive government is the state", "Lord Butler has criticised the way Tony Blair's government operates, accusing it of being obsessed with headlines. He was home secretary in John Major's government.",
			[]string{"lord-butler criticized united-kingdom", "lord-butler accused united-kingdom", "tony-blair affiliated_with united-kingdom", "john-major affiliated_with united-kingdom"}, nil, nil},
		{"a body judges through its inquiry or committee; a court rules, denying nothing", "A Commons committee criticised Zentix Holdings. A Conservative Party review attacked Labour. A three-judge appeal court panel rejected the claim. The High Court rejected the claims by Zentix Holdings.",
			[]string{"house-of-commons criticized zentix-holdings", "conservative-party criticized labour-party"}, []string{"high-court denied zentix-holdings", "t-appeal-court denied t-appeal-court-denial"}, nil},
		{"a definite event and its noun alone are one event", "The general election is near. Labour said the election would be close.",
			nil, nil, []string{"t-general-election Event", "!t-election"}},
		{"a definite event and its noun alone are one event", "The election is near. Labour said the general election would be close. The Asian tsunami crisis grew. The tsunami hit Sri Lanka.",
			nil, nil, []string{"t-election Event", "asian-tsunami-crisis Event", "!t-general-election", "!t-tsunami"}},
		{"a definite event and its noun alone are one event", "The US election is over. Labour said the general election would be close. The presidential election is over.",
			nil, nil, []string{"us-election Event", "t-general-election Event", "t-presidential-election Event"}},
		{"its after it is the sentence's company", "Zentix Holdings had argued that a US court could hear the case before its Quillar Oil unit was sold, since it has bank accounts and its chief finance officer Bruce Misamore lives in Houston.",
			[]string{"bruce-misamore affiliated_with zentix-holdings"}, []string{"bruce-misamore affiliated_with quillar-oil"}, nil},
		{"a name before a possessive and a death is a person's", "The court ruled that Quaha Mousel's death in custody was unlawful. Mr Mousel was a hotel worker. Zorna Lindqvist's murder shocked Sweden. The Quill Trust's death knell sounded.",
			nil, nil, []string{"quaha-mousel Person", "quaha-mousel-death Event", "zorna-lindqvist Person", "quill-trust Organization", "!mousel-t"}},
		{"what befalls a firm is an event of its own", "Shareholders lost $180bn in Zentix Holdings' collapse. The collapse of Quill Bank followed. Microsoft's takeover of Zentix Holdings went ahead.",
			nil, nil, []string{"zentix-holdings-collapse Event", "quill-bank-collapse Event", "zentix-holdings Organization", "!microsoft-takeover"}},
		{"a definite event a party's article owns", "Tony Blair spoke at the party's spring conference in Gateshead. Alan Milburn is the party's election supremo.",
			nil, nil, []string{"t-spring-conference Event", "!t-election"}},
		{"a name after the of of its owner is no subject", "The majority owner of embattled Russian oil firm Zentix has sued the Russian government. The creditors of Quill Bank accused Tom Reed of fraud. Zentix has sued Quill Bank.",
			[]string{"zentix accused quill-bank"}, []string{"zentix accused russia", "quill-bank accused tom-reed"}, nil},
		{"a denial of the article's named event", "Tom Reed denies Zentix fraud. Tom Reed has denied claims that he knew accountants were inflating the books. Jane Orme denied claims that she knew about the fraud.",
			[]string{"tom-reed denied zentix-fraud", "jane-orme denied zentix-fraud"}, []string{"tom-reed denied t-tom-reed-denial", "jane-orme denied t-jane-orme-denial"}, []string{"zentix-fraud Event"}},
		{"a denial of the article's named event", `"Any fraud in other member states is fraud against the UK taxpayer," he said.`,
			nil, nil, []string{"!any-fraud"}},
		{"and inside a body's name", "Mark Serwotka, the leader of the Public and Commercial Services Union, said so. The Transport and General Workers Union agreed. Ford and General Motors cut jobs. UPS and Deutsche Post merged. Britain and France Telecom spoke.",
			[]string{"mark-serwotka affiliated_with public-and-commercial-services-union"}, nil,
			[]string{"transport-and-general-workers-union Organization", "general-motors Organization", "france-telecom Organization", "!ford-and-general-motors", "!commercial-services-union", "!workers-union", "!ups-and-deutsche-post"}},
		{"a known body's voices after its name are no part of it", "Scottish National Party MPs agreed. Conservative Party Co-Chairman Liam Fox spoke.",
			[]string{"liam-fox affiliated_with conservative-party"}, nil, []string{"scottish-national-party Organization", "!scottish-national-party-mps", "!conservative-party-co-chairman"}},
		{"a preposition that opens a sentence opens no name", "Through the Quill Industry Association of America, firms sued. The League Against Cruel Sports met.",
			nil, nil, []string{"quill-industry-association-of-america Organization", "league-against-cruel-sports Organization", "!through-the-quill-industry-association-of-america"}},
		{"a title of a body in capitals after a name", "Linda Knox, Director of the Quill Management Centre at Stirling, said so. Secretary of State Condoleezza Rice spoke. Director of Public Prosecutions Ken Macdonald spoke.",
			[]string{"linda-knox affiliated_with quill-management-centre"}, nil, []string{"condoleezza-rice Person", "!director-of-the-quill-management-centre", "!state-condoleezza-rice", "!public-prosecutions"}},
		{"a hotel, stadium or arena is a place", "The talks were held at the Serena Hotel in Nairobi. The final is at the Millennium Stadium. Fans met at the Quillby Arena.",
			nil, nil, []string{"serena-hotel Place", "millennium-stadium Place", "quillby-arena Place"}},
		{"a name before an apposition whose class noun opens a phrase", "Quillmalat, the Italian food group at the centre of a scandal, has reported a profit. Zentix, a British firm which makes cars, grew. Jo Flaherty, a senior broadcaster with the CBS network, spoke. Tom Reed, the head of a firm in London, spoke.",
			nil, nil, []string{"quillmalat Organization", "zentix Organization", "jo-flaherty Person", "tom-reed Person"}},
		{"a noun for the person between a possessed role and the name", "Quillmalat, the Italian food group at the centre of a scandal, reported a profit. On Tuesday, the company's administrator, turnaround expert Enrico Bondi, sued Morgan Stanley.",
			[]string{"enrico-bondi affiliated_with quillmalat", "enrico-bondi accused morgan-stanley"}, nil, nil},
		{"an outlet that carries someone's words is no party to the story", "Earlier, writing in the Daily Telegraph, Tony Blair conceded the plans were difficult. Dave Prentis told the Daily Record he wanted a date to be set.",
			nil, nil, []string{"!the-telegraph", "!daily-record", "tony-blair Person"}},
		{"a given name after a place's first word starts no person", "The teenager went out in round one of the San Jose Open. The team stayed at the Fort William Hotel.",
			nil, nil, []string{"!jose-open", "!william-hotel"}},
		{"a given name before a word in capitals is no person unless it is an ordinal", "Everyone wanted the eight-player Mario Kart DS. The Ray DVD sold well. He played Richard III on stage, and Andre Nzame III scored.",
			nil, nil, []string{"!mario-kart-ds", "!ray-dvd", "richard-iii Person", "andre-nzame-iii Person"}},
		{"an institution or a common noun in capitals after in is no place", "He answered a question in Parliament on Thursday. She served in Cabinet for years. The team met in Trebworth. They starred in Lost in Translation. The deal was signed in Agreement.",
			nil, nil, []string{"!parliament", "!cabinet", "!translation", "!agreement", "trebworth Place"}},
		{"a gendered title picks the one of two people the surname can stand for", "Tony Blair met Kofi Annan. Cherie Blair has been accused of lying by the Tories. Mrs Blair denied the claims.",
			[]string{"cherie-blair denied conservative-party"}, []string{"tony-blair denied conservative-party"}, nil},
		{"a surname shared by two people named stays the famous one's", "Tony Blair met Euan Blair. Blair has been accused of lying by the Tories. Mr Blair denied the claims.",
			[]string{"tony-blair denied conservative-party"}, []string{"euan-blair denied conservative-party"}, nil},
		// nameAfterClass
		{"class noun before a name", "Dave Pellow, the leader of the union Tradewell, spoke.",
			[]string{"dave-pellow affiliated_with tradewell"}, nil, []string{"tradewell Organization"}},
		{"class noun before a name", "Sarah Quist, a spokeswoman for the campaign group Openright, said the plan was wrong.",
			[]string{"sarah-quist affiliated_with openright"}, nil, []string{"openright Organization"}},
		{"class noun and a name set off by commas", "The unit, Maxtrel, was sold to pay off a tax bill.",
			nil, nil, []string{"maxtrel Organization"}},
		{"class noun and a name set off by commas", "Wal-Mart sold its main production arm, Brelcom, to a rival.",
			nil, nil, []string{"brelcom Organization"}},
		{"a name set off by an apposition that ends in a class noun", "Quellatep, Yukos main shareholders' group, has threatened legal action. Zentix, a British oil firm, said it was wrong.",
			nil, nil, []string{"quellatep Organization", "zentix Organization"}},
		{"an apposition that is no class noun's", "Creditors of Parmalat, the main operating company, met other creditors. Worryingly, said the firm, phishing gangs were using increasingly sophisticated techniques.",
			nil, nil, []string{"!creditors-of-parmalat", "!worryingly"}},
		{"an apposition that is no class noun's", "Neill, editor of union-backed Hazards magazine, said so. Hospices, the Children With Leukaemia charity, and the Trust gave. According to Il Sole 24 Ore, Italy's business newspaper, it fell.",
			nil, nil, []string{"!neill", "!hospices", "!ore"}},
		{"a consortium is a body", "Kevin Hawk, director general of the British Retail Consortium, said sales were weak. The Bay Area Laboratory Cooperative denied it.",
			[]string{"kevin-hawk affiliated_with british-retail-consortium"}, nil, []string{"british-retail-consortium Organization", "bay-area-laboratory-cooperative Organization"}},
		{"a firm's legal ending and a vice-chairman", "Anil Ambrani, vice-chairman of Indo Petrochemicals Limited (IPCL), stayed away. Tom Reed, deputy chairman of Zentix Holdings, came. Quill Brothers Limited said profits rose.",
			[]string{"anil-ambrani affiliated_with indo-petrochemicals-limited", "tom-reed affiliated_with zentix-holdings"}, nil, []string{"indo-petrochemicals-limited Organization", "quill-brothers-limited Organization"}},
		{"a sentence cut off inside a role", "After a long and difficult year at the helm of the steel company in Sheffield, which lost money in each of its four quarters and shed a tenth of its workers in the north of England and the Midlands last year, Tom Reed is to be",
			nil, nil, []string{"tom-reed Person"}},
		{"a sentence cut off inside a role", "After a long and difficult year at the helm of the steel company in Sheffield, which lost money in each of its four quarters and shed a tenth of its workers in the north, Tom Reed met the chairman of the",
			nil, nil, []string{"tom-reed Person"}},
		{"a role to come is a role", "Carlos Ghosen is to become chairman and chief executive of Renault. Tom Reed, who became chief executive of Zentix Holdings, spoke. Jane Orme is set to be named director of the Quill Foundation. Ed Bale will become head of the Bale Trust.",
			[]string{"carlos-ghosen affiliated_with renault", "tom-reed affiliated_with zentix-holdings", "jane-orme affiliated_with quill-foundation", "ed-bale affiliated_with bale-trust"}, nil, nil},
		{"a body's possessive before a role after a copula or who", "Ann Lee is Quill Bank's chairman. Ted Hume is now Marlin Group's chief executive. Zak Pellow, who was also Orme Bank's president, left. Tom Reed became Tesco's chairman in May. Bob Ray is Labour's Home Office spokesman. Ravi Shah, who is now Zentix Holdings' chief executive, spoke. Ed Bale is Quill Capital's biggest rival.",
			[]string{"ann-lee affiliated_with quill-bank", "ted-hume affiliated_with marlin-group", "zak-pellow affiliated_with orme-bank", "tom-reed affiliated_with tesco", "bob-ray affiliated_with labour-party", "ravi-shah affiliated_with zentix-holdings"},
			[]string{"bob-ray affiliated_with home-office", "ed-bale affiliated_with quill-capital"}, nil},
		{"a party's act called a sham, a charade or a travesty is criticism of the party", "The Tories met. Ann Lee said Quill Bank's review was a sham. Bob Ray said the Tories' consultation was a charade. Ed Bale said Tesco's inquiry was a travesty.",
			[]string{"ann-lee criticized quill-bank", "bob-ray criticized conservative-party", "ed-bale criticized tesco"}, nil, nil},
		{"an honorific between a role set off by a comma and its holder is no part of the name", "A spokesman for Quill Bank, Sir Tom Reed, said so. The British ambassador to the UN, Sir Bob Ray, said so. Zentix Holdings made a loss. Its chairman, Sir Ted Hume, agreed. The chairman of Migration Watch, Sir Ann Lee, spoke.",
			[]string{"tom-reed affiliated_with quill-bank", "bob-ray affiliated_with united-kingdom", "ted-hume affiliated_with zentix-holdings", "ann-lee affiliated_with migration-watch"}, nil, nil},
		{"a party's act called a step in the wrong direction or backwards is criticism of the party", "The Tories met. Ann Lee said the Quill Bank decision was a \"step in the wrong direction\". Bob Ray said Tesco's plan was a retrograde step. Ed Bale said the Tories' policy was a step backwards.",
			[]string{"ann-lee criticized quill-bank", "bob-ray criticized tesco", "ed-bale criticized conservative-party"}, nil, nil},
		{"PM is a prime minister's title", ukStory + "Australia's PM, Bob Ray, won four elections. Former PM Ed Bale spoke. The dinner was hosted by deputy PM Ann Lee.",
			[]string{"bob-ray affiliated_with australia", "ed-bale affiliated_with united-kingdom", "ann-lee affiliated_with united-kingdom"}, nil, nil},
		{"not a shred or an iota of truth in what a party said denies the party", "The Times on Monday said Ann Lee met Bob Ray. Ann Lee said there was not \"one iota\" of truth in the report. The Guardian said Zak Pellow lied. Zak Pellow said there was not a shred of truth in the story. Tesco claimed Quill Bank lied. Quill Bank said there was a grain of truth in the Tesco claim.",
			[]string{"ann-lee denied the-times", "zak-pellow denied the-guardian"}, []string{"quill-bank denied tesco"}, nil},
		{"a call to resign that another reports is the reporter's claim, not a fact", "The Times on Monday said Ann Lee told Bob Ray to quit. Labour said Tom Reed had called for Ed Bale to resign. Zak Pellow said he had urged Ted Hume to apologise.",
			[]string{"zak-pellow criticized ted-hume"}, []string{"ann-lee criticized bob-ray", "tom-reed criticized ed-bale"}, nil},
		{"criticising a party's wrong charges the party with it", "The Tories met. Tom Reed attacks Ann Lee's Tory 'lies'. Bob Ray condemned Quill Bank's corruption. Ed Bale criticised the Tories' \"dirty tricks\". Zak Pellow attacked Tesco's plans. Ravi Shah attacked Labour's handling of the fraud. Ann Pike criticised Marlin Group over lies about pay.",
			[]string{"tom-reed accused ann-lee", "bob-ray accused quill-bank", "ed-bale accused conservative-party", "zak-pellow criticized tesco", "ravi-shah criticized labour-party"},
			[]string{"tom-reed criticized ann-lee", "zak-pellow accused tesco", "ravi-shah accused labour-party", "ann-pike accused marlin-group"}, nil},
		{"a name set off by commas after a class noun is the body's even with a place's word in it", "Another financial firm, China Life, is facing lawsuits and a probe by the SEC. The bank, Deutsche Bank, agreed. In an article for the newspaper, Ms Dunwoody, who chairs the committee, says so. The company, Yury Boyko, said so.",
			[]string{"securities-and-exchange-commission investigates china-life"}, nil, []string{"china-life Organization", "!ms-dunwoody", "yury-boyko Person"}},
		{"a class noun after another gives its name in apposition", "Another firm, Zentix Life, criticised Tesco. Another rival, Quill Bank, is facing a probe by the OFT.",
			[]string{"zentix-life criticized tesco", "office-of-fair-trading investigates quill-bank"}, nil, nil},
		{"disillusion or disenchantment with a party is criticism", "The Tories met. Ann Lee said she was disillusioned with Labour. Bob Ray is disenchanted with Quill Bank. Ed Bale said he was fed up with the Tories.",
			[]string{"ann-lee criticized labour-party", "bob-ray criticized quill-bank", "ed-bale criticized conservative-party"}, nil, nil},
		{"a body's voice before who speaks for the body", "The Tories met. Many US lawmakers who blame China for lost jobs met. Labour MPs who blame Tony Blair for the defeat met. Tom Reed met the man who blamed Tesco.",
			[]string{"united-states accused china", "labour-party accused tony-blair"}, []string{"tom-reed accused tesco"}, nil},
		{"police with no article is the force the article names", "Thames Valley Police arrested Tom Reed on Monday. Police are investigating Ann Lee over the fire. Bob Ray is being investigated by police. Riot police attacked Ed Bale. Police Scotland said so.",
			[]string{"thames-valley-police investigates ann-lee", "thames-valley-police investigates bob-ray"}, []string{"thames-valley-police attacked ed-bale", "thames-valley-police criticized ed-bale"}, nil},
		{"police with no article names no force the article does not name", "Police are investigating Ann Lee over the fire.",
			nil, []string{"police investigates ann-lee"}, nil},
		{"a long name with and before its initials in brackets is one body", "The National Institute of Economic and Social Research (NIESR) says taxes must rise. The World Travel and Tourism Council (WTTC) agreed. Tony Blair and Trades Union Congress (TUC) leaders met. The Royal National Institute for Deaf People (RNID) spoke. Yesterday Marlin met senior Quill and Tesco Group (MQTG) staff.",
			nil, nil, []string{"!marlin-met-senior-quill-and-tesco-group", "national-institute-of-economic-and-social-research Organization", "world-travel-and-tourism-council Organization", "trades-union-congress Organization", "royal-national-institute-for-deaf-people Organization", "!social-research", "!tourism-council", "!niesr", "tony-blair Person"}},
		{"a word the article writes in lower case before a given name and a surname is no part of the name", "Minister for Children, Young People and Families Ann Pellow said plans were fair. Many families foster children. Agent Tom Quillan said his agent was paid. Zorblat Ivan Kilinkarov said so. Families Need Fathers said the law was unfair.",
			nil, nil, []string{"ann-pellow Person", "!families-ann-pellow", "tom-quillan Person", "!agent-tom-quillan", "zorblat-ivan-kilinkarov Person", "!need-fathers"}},
		{"one word with capitals inside before a verb of speech is a firm", "A survey by QuillwaterhouseCoopers said leaders were confident. ZentixSmithKline said profits rose. Spiridon Kilinkarov said so. Ann McDonald said so.",
			nil, nil, []string{"quillwaterhousecoopers Organization", "zentixsmithkline Organization", "spiridon-kilinkarov Person", "ann-mcdonald Person"}},
		{"pandering or excess said of a party criticises it", "The Tories met. The Liberal Democrats have warned Labour and the Tories they were \"in danger of pandering to prejudice\". Ann Lee said Quill Bank was pandering to prejudice. Bob Ray said Tesco's charges were excessive.",
			[]string{"liberal-democrats criticized labour-party", "liberal-democrats criticized conservative-party", "ann-lee criticized quill-bank", "bob-ray criticized tesco"}, nil, nil},
		{"innocence a speaker claims for the body or the state it speaks for is the speaker's denial", "Ukrainian official Mykhailo Podolyak said Ukraine had nothing to do with the attacks. Quill Bank spokesman Bob Ray said the firm had done nothing wrong. Ann Lee said Tesco had nothing to do with the fraud.",
			[]string{"mykhailo-podolyak denied t-mykhailo-podolyak-denial", "bob-ray denied t-bob-ray-denial"}, []string{"ann-lee denied t-ann-lee-denial"}, nil},
		{"a role set against its state's government holds no office of the state", "Russian opposition leader Alexei Navalny died. Ann Lee, the Russian opposition leader, spoke. Syrian rebel commander Bob Ray spoke. Russian foreign minister Sergei Lavrov spoke. Zak Pellow, the Russian prime minister, spoke.",
			[]string{"sergei-lavrov affiliated_with russia", "zak-pellow affiliated_with russia"}, []string{"alexei-navalny affiliated_with russia", "ann-lee affiliated_with russia", "bob-ray affiliated_with syria"}, nil},
		{"a body's regulators act for the body", "EU regulators fined Intel. EU regulators are investigating Microsoft.",
			[]string{"european-union accused intel", "european-union investigates microsoft"}, nil, nil},
		// criticOf: [critic-noun]
		{"a critic or opponent of a party in apposition or after a copula criticises it", "The Tories met. Ann Lee, a fierce critic of Tony Blair, spoke. Bob Ray, a vocal opponent of Quill Bank, left. Ed Bale has been an outspoken critic of the Tories. Zak Pellow, one of the fiercest critics of Tesco, spoke. Ravi Shah, a Zorbish critic of Orme Bank, left. Ted Hume, a Labour critic of Marlin Group, spoke. Ann Pike, a long-time vocal critic of Zentix Bank, spoke.",
			[]string{"ann-lee criticized tony-blair", "bob-ray criticized quill-bank", "ed-bale criticized conservative-party", "zak-pellow criticized tesco", "ravi-shah criticized orme-bank", "ted-hume criticized marlin-group", "ann-pike criticized zentix-bank"}, nil, nil},
		{"a name before a critic's title is the one opposed", "Russia jailed Kremlin critic Alexei Navalny. Prominent Putin opponent Boris Nemtsov was shot. Tesco critic Ann Lee spoke. The Labour critics met. Observer critic Bob Ray said the film was dull. BBC critic Ed Bale loved it.",
			[]string{"alexei-navalny criticized kremlin", "boris-nemtsov criticized vladimir-putin", "ann-lee criticized tesco"}, []string{"bob-ray criticized the-observer", "ed-bale criticized bbc"}, nil},
		{"a critic no one named is no one's criticism", "The Tories met. Tom Reed met a critic of Marlin Group. Critics of Quill Bank said it failed. Ann Lee spoke to critics of Tesco.",
			nil, []string{"tom-reed criticized marlin-group", "ann-lee criticized tesco"}, nil},
		// [criminal-label]: a wrongdoer's name given to a party
		{"a report that a party is a wrongdoer accuses it", "Martin Mubanga and Feroz Abbasi were freed. Washington has claimed Martin Mubanga was an \"enemy combatant\". The Pentagon said Feroz Abbasi was a terrorist who trained in camps. Labour said Ted Hume and Ravi Shah were crooks. The Quill Agency has no doubt that Mr Belmar was properly detained as an enemy combatant. Bob Lane is convinced that Ann Hale lied.",
			[]string{"united-states accused martin-mubanga", "us-department-of-defense accused feroz-abbasi", "labour-party accused ted-hume", "labour-party accused ravi-shah", "quill-agency accused belmar-t", "bob-lane accused ann-hale"}, nil, nil},
		{"a wrongdoer's name that qualifies a noun, is denied or supposed accuses no one", "Ann Lee said Tom Reed was a criminal lawyer. Bob Ray said Ed Bale was not a terrorist. Ravi Shah said that if Marlin Group was a crook, it would be fined. Zak Pellow said Tesco's staff were thieves.",
			nil, []string{"ann-lee accused tom-reed", "bob-ray accused ed-bale", "ravi-shah accused marlin-group", "zak-pellow accused tesco"}, nil},
		// [blame-cue]: a wrong as an infinitive of purpose
		{"a wrong as the purpose of an act accuses its subject", "The Tories met. Ann Lee said Tom Reed used the bank to defraud investors. Bob Ray said Quill Bank had conspired to rig prices. Ed Bale said Zak Pellow and Ted Hume plotted to deceive the board. Ravi Shah said Tesco did not try to mislead anyone.",
			[]string{"ann-lee accused tom-reed", "bob-ray accused quill-bank", "ed-bale accused zak-pellow", "ed-bale accused ted-hume"}, []string{"ravi-shah accused tesco"}, nil},
		// [criticism-cue] and [blame-cue]: words of contempt and of deceit
		{"insensitivity, panic, failure and dodginess criticise; trying to con accuses", "Tom Reed said Quill Bank had shown crass insensitivity. Ann Lee said Marlin Group's answer was panicky. Ed Bale said Orme Bank had had eight years of failure. Zak Pellow said the Zentix Party was dodgy. Bob Ray said Hume Holdings is trying to con voters.",
			[]string{"tom-reed criticized quill-bank", "ann-lee criticized marlin-group", "ed-bale criticized orme-bank", "zak-pellow criticized zentix-party", "bob-ray accused hume-holdings"}, nil, nil},
		// intelligence: a state's intelligence, after its name, its demonym or its possessive
		{"a state's intelligence is its intelligence agency, however the state is named", "Ukraine's military intelligence denied any involvement. Russia's intelligence accused Tom Reed of spying. Ukrainian intelligence denied the report.",
			[]string{"ukrainian-intelligence denied", "russian-intelligence accused tom-reed"}, []string{"ukrainian-military denied"}, []string{"ukrainian-intelligence Organization", "russian-intelligence Organization", "!ukrainian-military"}},
		// [org-class], [trade-word], [lead-class]: plane makers
		{"a plane maker named by its trade is the firm named last", "Shares in Zentix Aero fell. The plane maker denied the report. Shares in Quill Jets rose. The planemaker said Tom Reed had broken the rules. Planemaker Marlin Wings said sales rose.",
			[]string{"zentix-aero denied", "quill-jets accused tom-reed"}, nil, []string{"marlin-wings Organization", "!planemaker-marlin-wings"}},
		// [org-head] trades, and the gazetteer's utilities
		{"a name ending in a trade's head word is a firm's; a utility named for a place is the firm", "Shares in Zorbly Railways, Vantor Logistics and Quill Hotels rose. Ofwat fined Thames Water. Marlin Breweries cut jobs.",
			[]string{"ofwat accused thames-water"}, nil, []string{"zorbly-railways Organization", "vantor-logistics Organization", "quill-hotels Organization", "marlin-breweries Organization", "thames-water Organization", "!thames"}},
		// stateBody: a state's government is the state
		{"a state's government, whatever its colour, is the state; a regional government is a body of its own", "Russia's government accused Ukraine of shelling. France's conservative government denied the claims. Israel's coalition government was criticised by Turkey. Spain's regional government said no.",
			[]string{"russia accused ukraine", "turkey criticized israel"}, nil, []string{"france Country", "spaniard-regional-government Organization", "!french-conservative-government", "!israeli-coalition-government"}},
		// capRun, classify: names joined by "&"
		{"a firm's name joins two names with an ampersand even when one is a place's; two places, a given name or a seat do not make a firm", "Lender Bradford & Bingley said profits rose. Shares in Alliance & Leicester fell. Serbia & Montenegro voted. In 2001 Tom Reed won the Folkestone & Hythe seat.",
			nil, nil, []string{"bradford-bingley Organization", "alliance-leicester Organization", "serbia Country", "montenegro Country", "folkestone-hythe Place", "!bradford", "!serbia-montenegro"}},
		// nameAfterClass: no clause can follow a class noun without an article
		{"a name after a class noun with no article is the firm's, even at a stop; after an article a clause may follow", "The market is robust, according to housebuilder Peter Walsh. The Chinese firm John Smith founded was sold. Shares in the two rivals, market leader Zorbly Kreme and Vantor Mills, fell. Rival Quill Holdings said sales fell. Rival Ann Lee lost the vote.",
			nil, nil, []string{"peter-walsh Organization", "john-smith Person", "zorbly-kreme Organization", "quill-holdings Organization", "ann-lee Person", "!rival-quill-holdings"}},
		// [supply] approving a sale of arms, and plural subjects that send them
		{"approving a sale of arms to a party supplies it; approving a plan does not", "Washington approved arms sales to Taipei. Germany authorised the export of tanks to Ukraine. The US and Britain send missiles to Kyiv. Zorbly approved the plan to Quill Bank.",
			[]string{"united-states supplied taiwan", "germany supplied ukraine", "united-kingdom supplied ukraine"}, []string{"zorbly supplied quill-bank"}, nil},
		// syllableAfter: a hyphenated given name after a surname is one name
		{"a given name of two syllables joined by a hyphen is part of the name; a modifier's suffix is not", "Taiwan President Lai Ching-te spoke. Tom Reed met South Korean President Moon Jae-in. The Soviet-era tanks of the US-led force came to Zorbly-run Quill Bank.",
			nil, nil, []string{"lai-ching-te Person", "moon-jae-in Person", "!lai-ching", "!moon-jae", "quill-bank Organization"}},
		// owner of "its" office: a state named as the subject before
		{"a state named as a subject before \"its\" owns the office after it, not the body named last", "Quill Bank closed its office. Since the break up of the Soviet Union, Kazakhstan has been dominated by its president Ann Lee. Russia and its president Tom Reed rejected the plan.",
			[]string{"tom-reed affiliated_with russia", "ann-lee affiliated_with kazakhstan"}, []string{"tom-reed affiliated_with quill-bank", "ann-lee affiliated_with quill-bank", "ann-lee affiliated_with soviet-union"}, nil},
		// [accuse] testimony: a witness's evidence against a defendant charges the wrong
		{"testifying or giving evidence against someone accuses them; for them does not", "Ann Lee testified against Tom Reed. Bob Ray gave evidence against Quill Bank at the trial. Ed Bale testified for Zak Pellow.",
			[]string{"ann-lee accused tom-reed", "bob-ray accused quill-bank"}, []string{"ed-bale accused zak-pellow"}, nil},
		// titledSurname: "Mr" before a surname tells the person's gender
		{"a title before a surname says whom he or she stands for", "Sam Hollis was convicted. Mark Cohen spoke. Quill Bank sued Mr Hollis. He denied wrongdoing. Alex Rowe was charged. Tom Reed spoke. Orme Bank sued Ms Rowe. She denied the charges. Ed Bale spoke. Marlin Group sued Mr Kilinkarov. He denied fraud.",
			[]string{"sam-hollis denied", "alex-rowe denied", "kilinkarov-t denied"}, []string{"mark-cohen denied", "tom-reed denied", "ed-bale denied"}, nil},
		// [remark-noun] after "his" or "her": the words are that person's
		{"rejecting or dismissing a person's remarks denies that person", "Ann Lee said Quill Bank had lied. Tom Reed rejected her comments. Bob Ray accused Marlin Group of fraud. Marlin Group dismissed his remarks as hysteria. Ted Hume spoke. Ed Bale described his speech as brilliant.",
			[]string{"tom-reed denied ann-lee", "marlin-group denied bob-ray"}, []string{"ed-bale denied"}, nil},
		// [claim-noun] lawsuit: the defendant who dismisses a lawsuit denies it; a judge rules
		{"a lawsuit described as baseless, dismissed or rejected by the one sued is denied; by a judge, ruled on", "Ann Lee has sued Quill Bank. Quill Bank described the lawsuit as baseless. Bob Ray sued Marlin Group. Marlin Group dismissed the suit as \"without merit\". Ted Hume sued Orme Bank. Judge Tom Reed dismissed the lawsuit. US District Judge Ed Bale rejected the claims.",
			[]string{"quill-bank denied ann-lee", "marlin-group denied bob-ray"}, []string{"tom-reed denied", "ed-bale denied"}, nil},
		// resignationCallsReceived: a call to resign told of the one called on
		{"being urged or told to quit by someone, or facing their calls to resign, is their criticism; a call by no one, or to stay, is none", "Tom Reed has been urged to quit by Quill Bank. Ann Lee faced calls from Marlin Group to resign. Bob Ray was told to resign by Orme Bank. Ed Bale was asked to stay by Zentix Holdings. Zak Pellow has been urged to resign. Ted Hume faced calls from Quill Holdings to stay on. Ravi Shah has not faced calls from Orme Group to resign.",
			[]string{"quill-bank criticized tom-reed", "marlin-group criticized ann-lee", "orme-bank criticized bob-ray"}, []string{"zentix-holdings criticized ed-bale", "quill-holdings criticized ted-hume", "orme-group criticized ravi-shah"}, nil},
		// makerAside: a document set off with its maker speaks for the maker
		{"a report or lawsuit with its maker set off by commas speaks for the maker; other things do not", "The report, published by the Orme Commission, criticised Quill Bank. The lawsuit, filed by Zak Pellow, claims Bob Ray hid losses. The car, driven by Ann Lee, hit Tom Reed. The dog, owned by Ed Bale, attacked Marlin Group's guard.",
			[]string{"orme-commission criticized quill-bank", "zak-pellow accused bob-ray"}, []string{"ann-lee attacked tom-reed", "ed-bale criticized marlin-group", "ed-bale attacked marlin-group"}, nil},
		// [judged-thing] probe, campaign: a body's probe is its doing
		{"a wrong told of a body's probe or campaign accuses the body", "Bob Ray said Quill Bank's probe was a witch hunt. Ann Lee said the Zentix Party's campaign was a vendetta. Tom Reed said Marlin Group's shares were a vendetta.",
			[]string{"bob-ray accused quill-bank", "ann-lee accused zentix-party"}, []string{"tom-reed accused marlin-group"}, nil},
		// standsQuoted: a whole-sentence quotation goes on in the voice before it
		{"a quotation that is a whole sentence is spoken by the one speaker of the sentence before", "\"We will cut costs,\" Tom Reed said. \"Ann Lee has been dishonest with voters.\" Zak Pellow told reporters the plan was late. \"Quill Bank is simply incompetent.\" \"We are ready,\" said Ed Bale. \"Costs are up.\" \"Orme Bank is a shambles.\"",
			[]string{"tom-reed criticized ann-lee", "zak-pellow criticized quill-bank", "ed-bale criticized orme-bank"}, nil, nil},
		{"a quotation after two speakers, after none, or with words of the writer after it, has no speaker from before", "Ann Lee said Tom Reed had told her the deal was off. \"Quill Bank is a shambles.\" Prices rose in May. \"Marlin Group is simply incompetent.\" \"We are ready,\" Ed Bale said. \"Orme Bank is a shambles\" was the headline of Zentix Holdings' paper. \"We are ready,\" Ed Bale said. \"Orme Bank is a shambles,\" the paper wrote. \"We are ready,\" Bob Ray said. \"Marlin Group is a shambles. Prices are up,\" noted a post on Twitter.",
			nil, []string{"ann-lee criticized quill-bank", "tom-reed criticized quill-bank", "ed-bale criticized orme-bank", "bob-ray criticized marlin-group"}, nil},
		// virtue denied: [virtue]
		{"a virtue of character denied in a report criticises the party", "The Tories met. UKIP said Mr Kilroy-Silk has not been \"straightforward\" in attacking the party. Labour said Tom Reed had not been honest with voters. Ann Lee said Quill Bank was never truthful. Marlin Group says Zak Pellow is simply not credible.",
			[]string{"uk-independence-party criticized robert-kilroy-silk", "labour-party criticized tom-reed", "ann-lee criticized quill-bank", "marlin-group criticized zak-pellow"}, nil, nil},
		{"a virtue affirmed, a thing's virtue or one's own is no criticism", "The Tories met. Bob Ray said the Tesco deal was not straightforward. Ed Bale admitted he had not been honest. Ann Lee said Quill Bank was honest. Labour said Tom Reed was not easy to work with. Zak Pellow said that if Marlin Group was not honest with customers it would lose them. Ravi Shah said Ted Hume was not fit yet after his knee injury.",
			nil, []string{"ravi-shah criticized ted-hume", "bob-ray criticized tesco", "ann-lee criticized quill-bank", "labour-party criticized tom-reed", "zak-pellow criticized marlin-group"}, nil},
		{"criticism of names coordinated is criticism of each", "The Tories met. Ann Lee said Labour and the Tories were incompetent. Bob Ray said Quill Bank and Tesco are not being straight with people. Ed Bale and Tom Reed said Marlin Group was incompetent.",
			[]string{"ann-lee criticized labour-party", "ann-lee criticized conservative-party", "bob-ray criticized quill-bank", "bob-ray criticized tesco", "ed-bale criticized marlin-group", "tom-reed criticized marlin-group"}, nil, nil},
		{"a plural speaker's verb of speech in the present", "The Tories met. Labour officials argue Tom Reed has not been honest. The Tories insist Quill Bank was incompetent. Orme Bank allege that Zak Pellow lied.",
			[]string{"labour-party criticized tom-reed", "conservative-party criticized quill-bank", "orme-bank accused zak-pellow"}, nil, nil},
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
		{"blaming another after a denial shifts the blame and answers no accuser", "Tom Reed protested his innocence and blamed Quill Bank officials for the missed test. Jane Orme has always protested her innocence - and on Sunday blamed her coach Ed Bale for failing to tell her.",
			[]string{"tom-reed accused quill-bank", "jane-orme accused ed-bale"}, []string{"tom-reed denied quill-bank", "jane-orme denied ed-bale"}, nil},
		{"accused of a crime with no accuser named is the prosecution's", "US prosecutors opened the case. Mr Tom Reed, 63, is accused of being the mastermind behind a $1bn accounting fraud. Quill Bank had been accused of illegally concealing assets. Ed Bale, who is accused of money laundering, denies it. Jane Orme has been accused of panic. Zentix Holdings was accused of fraud by Marlin Group.",
			[]string{"us-prosecutors accused tom-reed", "us-prosecutors accused quill-bank", "us-prosecutors accused ed-bale", "marlin-group accused zentix-holdings"}, []string{"us-prosecutors accused jane-orme", "us-prosecutors accused zentix-holdings"}, nil},
		{"accused of a crime is nobody's where no prosecutor is named", "Tom Reed is accused of fraud. Quill Bank was accused of illegally hiding assets.",
			nil, []string{"accused tom-reed", "accused quill-bank"}, nil},
		{"a language after in is no place", "The film was shot in Hindi and English. She sang in Urdu. He spoke in Swahili. He lives in Quillbury.",
			nil, nil, []string{"!hindi", "!urdu", "!swahili", "quillbury Place"}},
		{"Miss before a surname is the person of that surname", `Nicole Kidman starred. "Miss Kidman says she is happy," he said. Jane Orme agreed. Miss Orme spoke.`,
			nil, nil, []string{"nicole-kidman Person", "jane-orme Person", "!miss-kidman", "!miss-orme"}},
		{"a head word alone after and ends the body's name", "Dr Ann Rook, of the Centre for Transport and Society at Quill University, spoke. The Institute for Policy and Society said so. The Academy of Film and Television decided. The Department of Health and State University of Quillshire agreed. The Ministry of Mines and University of Zentia met.",
			[]string{"ann-rook affiliated_with centre-for-transport-and-society"}, nil, []string{"institute-for-policy-and-society Organization", "academy-of-film-and-television Organization", "state-university-of-quillshire Organization", "!centre-for-transport", "!department-of-health-and-state-university-of-quillshire", "university-of-zentia Organization", "!ministry-of-mines-and-university-of-zentia"}},
		{"a seat on a body's board or panel is membership of the body", "Tom Reed is considering his position on the board of Quill Bank. Ian Marr's place on the Quill Capital board is safe. Ed Bale, a member of the board of Marlin Group, agreed.",
			[]string{"tom-reed affiliated_with quill-bank", "ian-marr affiliated_with quill-capital", "ed-bale affiliated_with marlin-group"}, nil, nil},
		{"joining or sitting on a body's board is membership of the body", "Tom Reed joined the board of Quill Bank in 2001. Jane Orme sits on the executive of Zentix Holdings. Ann Rook was elected to the Orme Foundation board. The board of Marlin Group met Tim Lowe.",
			[]string{"tom-reed affiliated_with quill-bank", "jane-orme affiliated_with zentix-holdings", "ann-rook affiliated_with orme-foundation"}, []string{"tim-lowe affiliated_with marlin-group"}, nil},
		{"their seats are those of the people listed before, in the sentence or the one before a they", "Nicholas Blake QC, Andrew Nicol QC and Ed Bale are considering their positions on the board of Quill Bank.\n\nHe met three barristers - Ann Rook QC, Ben Coppin and Marc Orme. They are all considering their positions on the panel of Zentix Group. Tim Lowe and Marlin Group kept their seats on the board of Orme Foundation.",
			[]string{"nicholas-blake affiliated_with quill-bank", "andrew-nicol affiliated_with quill-bank", "ed-bale affiliated_with quill-bank", "ann-rook affiliated_with zentix-group", "ben-coppin affiliated_with zentix-group", "marc-orme affiliated_with zentix-group"}, []string{"tim-lowe affiliated_with orme-foundation"}, nil},
		{"a bankruptcy filing is an event of the article", "Quill Air filed for bankruptcy in 2002.",
			nil, nil, []string{"t-bankruptcy Event"}},
		{"a bankruptcy filing is an event of the article", "Zentix sought Chapter 11 bankruptcy protection in a US court.",
			nil, nil, []string{"t-bankruptcy Event"}},
		{"a bankruptcy filing is an event of the article", "Marlin Group's bankruptcy application was rejected.",
			nil, nil, []string{"t-bankruptcy Event"}},
		{"a bankruptcy not filed is no event", "The threat of bankruptcy grew. The bankruptcy court in Houston ruled. Quill Air emerged from bankruptcy.",
			nil, nil, []string{"!t-bankruptcy"}},
		{"a role after an indefinite article names no one", "Lord Falconer spoke. \"We need a lord chancellor - who is head of the judiciary,\" he said. Any lord chancellor must listen. Every prime minister wants an ally.",
			nil, []string{"lord-falconer affiliated_with united-kingdom"}, []string{"!tony-blair"}},
		{"a role after the article the names its holder", "Lord Falconer spoke. The lord chancellor was clear.",
			[]string{"lord-falconer affiliated_with united-kingdom"}, nil, nil},
		{"a name of two words after a panel and of is the body", "Tom Reed sits on a panel of Special Advocates. The Council of Hospital Chaplains met. Jane Orme left the committee of Quill Trustees.",
			[]string{"tom-reed affiliated_with special-advocates", "jane-orme affiliated_with quill-trustees"}, nil, []string{"special-advocates Organization", "council-of-hospital-chaplains Organization", "quill-trustees Organization"}},
		{"one word, a person or letters after a panel and of name no body", "The board of Directors met. A committee of MPs said so. A panel of Ann Quill and others agreed.",
			nil, nil, []string{"!directors", "!mps", "!ann-quill Organization"}},
		{"targeting a name and an aim is no attack", "Tom Reed targets England comeback. Zentix Holdings targets China market. Marlin Group targeted Japan sales growth. Russia targets Ukraine power plants.",
			[]string{"russia attacked ukraine"}, []string{"tom-reed attacked england", "zentix-holdings attacked china", "marlin-group attacked japan"}, nil},
		{"a head word and a letter is a draw's pool, no body", "Quillham are top of Group E with maximum points. Porto were drawn in Group B. Zentix Group said so.",
			nil, nil, []string{"!group-e", "!group-b", "zentix-group Organization"}},
		{"a board's member or joiner is the one named as its subject or in apposition, not an unnamed one", "Tom Reed said a member of the board of Zentix Holdings had resigned. Tim Lowe said the founder joined the board of Lowe Capital. Ann Rook has been a member of the board of Orme Foundation since 2001. Ben Coppin, who sits on the board of Zentix Group, agreed. Marc Orme met the press. He joined the board of Orme Trust in 2001.",
			[]string{"ann-rook affiliated_with orme-foundation", "ben-coppin affiliated_with zentix-group", "marc-orme affiliated_with orme-trust"}, []string{"tom-reed affiliated_with zentix-holdings", "tim-lowe affiliated_with lowe-capital"}, nil},
		{"to meet someone in a sporting contest is to play them", "Tom Reed now meets wild card Ed Bale. Jane Orme could meet Ann Rook in the quarter-finals. Quill Rovers met Zentix United on Saturday, winning 2-0. Marc Orme held final talks with Tim Lowe. Ian Marr met Ben Coppin in a London hotel.",
			[]string{"marc-orme met tim-lowe", "ian-marr met ben-coppin"}, []string{"tom-reed met ed-bale", "jane-orme met ann-rook", "quill-rovers met zentix-united"}, nil},
		{"a firm after its class noun may bear a person's name", "Building products group Peter Walsh has agreed to pay. US retailer Mary Lane said sales rose. Shares in the investment firm Tom Quill fell.",
			nil, nil, []string{"peter-walsh Organization", "mary-lane Organization", "tom-quill Organization", "!peter-walsh Person"}},
		{"a given name after a class noun is a person's where a clause about it follows", "The firm Peter Walsh founded has gone bust. The company Mary Lane set up in 1990 was sold. Jobs went at the group Tom Quill runs.",
			nil, nil, []string{"peter-walsh Person", "mary-lane Person", "tom-quill Person", "!tom-quill Organization"}},
		{"a given name after a class noun that is a person's too, or after a comma, is a person's", "Games maker Peter Walsh was honoured. Her rival Mary Lane won. Veteran broadcaster Tom Quill has died. The head of the company, Ann Rook, spoke.",
			nil, nil, []string{"peter-walsh Person", "mary-lane Person", "tom-quill Person", "ann-rook Person", "!ann-rook Organization"}},
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
		{"a devolved office is no office of the state", ukStory + "Welsh First Minister Rhodri Morgen spoke. First Minister Jack McConnel agreed. Foreign Minister Jack Strawe left.",
			[]string{"jack-strawe affiliated_with united-kingdom"}, []string{"rhodri-morgen affiliated_with united-kingdom", "jack-mcconnel affiliated_with united-kingdom"}, nil},
		{"a courtesy title holds no office", "The Court of Session sat. Judge Lord Callen, sitting with Lord Osby, ruled that the claims should be heard.",
			[]string{"lord-callen affiliated_with court-of-session"}, nil, nil},
		{"an honorific of office is the title", "The US Court of Appeal upheld its decision. \"We hold that it is not enough,\" Chief Judge Mary Schrader wrote in her opinion.",
			[]string{"mary-schrader affiliated_with court-of-appeal"}, nil, nil},
		{"a surname that is a place head after a title and a given name", ukStory + "Housing Minister Keith Hill said the plans were wrong. The ball stuck in the St James Park mud.",
			[]string{"keith-hill affiliated_with united-kingdom"}, nil, []string{"keith-hill Person", "!housing-minister-keith-hill", "!james-park"}},
		{"a known name of a state", "General Motors of the US is to pay Fiat. Rick Wagon, chief executive of General Motors, spoke.",
			[]string{"rick-wagon affiliated_with general-motors"}, nil, []string{"general-motors Organization", "!motors-of-the-us"}},
		{"an adjective of place before a role is no body", "\"It is not big,\" said chief Asian strategist Eddie Wong. Caribbean analyst Tom Reed agreed. Quillco strategist Jane Orme disagreed.",
			[]string{"jane-orme affiliated_with quillco"}, []string{"eddie-wong affiliated_with asian", "tom-reed affiliated_with caribbean"}, nil},
		{"a role that opens the sentence is no body's name", "Legal adviser Maurice Watkin, commercial director Andy Smyth and Tom Reed spoke. Capital Radio DJ Margaret Taylor chose the questions. It was played by DJ Dan Pepper.",
			[]string{"margaret-taylor affiliated_with capital-radio"}, []string{"dan-pepper affiliated_with capital-radio"}, []string{"!legal", "!capital-radio-dj"}},
		{"a department of state, by its name or its initials", "The Department for Trade and Industry will help. Defra said it was ready. The DfES agreed.",
			nil, nil, []string{"department-of-trade-and-industry Organization", "department-for-environment-food-and-rural-affairs Organization", "department-for-education-and-skills Organization", "!department-for-trade"}},
		{"a name with particles", "Aviation analyst Nick Van den Brull of BNP Paribas described the results as modest. Jan van der Berg and Luca di Montezemo agreed.",
			nil, nil, []string{"nick-van-den-brull Person", "!nick-van", "jan-van-der-berg Person", "luca-di-montezemo Person"}},
		{"criticism of a person's thing is of the person", "Charles Kennet spoke. Labour and the Tories have attacked his policies as unworkable. Jane Orme spoke. Labour criticised her handling of the crisis.",
			[]string{"labour-party criticized charles-kennet", "conservative-party criticized charles-kennet", "labour-party criticized jane-orme"}, nil, nil},
		{"criticism of a person's thing is of the person", "Ken Bigley was held. The Tories condemned his killing. Labour criticised his party.",
			nil, []string{"conservative-party criticized ken-bigley", "labour-party criticized ken-bigley"}, nil},
		{"a report that closes with a pronoun and a verb of speech", "Oliver Letwyn spoke. Labour had failed on school discipline because it had not made reforms, he added.",
			[]string{"oliver-letwyn criticized labour-party"}, nil, nil},
		{"a party attacked in a report is no strike's target", "Tony Blare said the Tories had attacked Labour. Moscow claimed that Ukraine attacked the Kremlin.",
			[]string{"russia accused ukraine"}, nil, []string{"!labour-party-attack", "kremlin-attack Event"}},
		{"a state's body named in apposition", "The head of Lloyd's of London, the insurance market, has criticised Britain's financial watchdog, the Financial Services Authority (FSA).",
			[]string{"lloyds-of-london criticized financial-services-authority"}, []string{"lloyds-of-london criticized united-kingdom"}, nil},
		{"a state's body named in apposition", "Labour criticised Britain's financial policy, the Tories said.",
			[]string{"labour-party criticized united-kingdom"}, nil, nil},
		{"a party that qualifies the agent is no agent", "Meanwhile, Commons leader Peter Haine has warned that on the campaign trail he has seen \"dangerous complacency\" being displayed by Labour voters convinced of a victory. Liam Foxe said it was a sign of new sinister tactics by the Tories.",
			[]string{"liam-foxe criticized conservative-party"}, []string{"peter-haine criticized labour-party"}, nil},
		{"they after a plural noun is the unnamed many", "The Council of Scottish Colonels met. The Save the Scottish Regiments campaigners were so angered they threatened to stand against Labour.",
			nil, []string{"council-of-scottish-colonels threatened labour-party"}, nil},
		{"they after a plural noun is the unnamed many", "The Council of Scottish Colonels met. They threatened to stand against Labour. For years they accused the Tories of betrayal.",
			[]string{"council-of-scottish-colonels threatened labour-party", "council-of-scottish-colonels accused conservative-party"}, nil, nil},
		{"insiders speak for their body", "Tory insiders said Labour had lied. A Kremlin insider accused Ukraine of lying.",
			[]string{"conservative-party accused labour-party", "kremlin accused ukraine"}, nil, nil},
		{"a duty is no wrong", "Jane Orme said: \"The ministers in the Home Office are responsible for training the next generation.\" Tom Reed said Labour was responsible for bombing the embassy.",
			[]string{"tom-reed accused labour-party"}, []string{"jane-orme accused home-office"}, nil},
		{"a surname spelled with a final e is one person", "Thriller writer Frederick Forsby spoke. I say so what to Mr Forsbye. Gordon Quillan, Tom Quillan and David Quillane spoke. Mr Quillan accused Labour of lying.",
			nil, []string{"david-quillane accused labour-party"}, []string{"frederick-forsby Person", "!forsbye-t", "david-quillane Person", "gordon-quillan Person", "!quillane-t"}},
		{"a given name transliterated again is one person", "Viktor Marov, a former KGB officer, spoke. \"We are owed,\" said Victor Marov. Mr Marov joined the KGB in 1979.",
			[]string{"viktor-marov affiliated_with kgb"}, nil, []string{"viktor-marov Person", "!victor-marov", "!marov-t"}},
		{"a given name transliterated again is one person", "Aleksei Dorin spoke in Minsk. Alexei Dorin left. Dmitry Volk met Dmitri Volk.",
			nil, nil, []string{"aleksei-dorin Person", "!alexei-dorin", "dmitry-volk Person", "!dmitri-volk"}},
		{"other given names of one surname are other people", "Anil Ambrani and Mukesh Ambrani met. Peter Quill and Petra Quill met.",
			[]string{"anil-ambrani met mukesh-ambrani", "peter-quill met petra-quill"}, nil, nil},
		{"a given name alone where the surname is shared", "Anil Ambrani and Mukesh Ambrani met. Anil has accused Anand Jaina of playing a negative role. Tom Quill spoke. Then Tom accused Labour of lying.",
			[]string{"anil-ambrani accused anand-jaina"}, []string{"tom-quill accused labour-party"}, nil},
		{"a given name alone inside quotation marks is the one person of that name", "Tom Quill spoke on Monday. \"Tom has lied to the voters,\" Ann Lee said. Ed Bale and Ed Hume met. \"Ed has lied to us,\" Bob Ray said. Mark Pellow spoke. Labour will mark the day. \"Mark has lied,\" Zak Hale said. Then Mark accused Tesco of lying.",
			[]string{"ann-lee accused tom-quill"}, []string{"bob-ray accused ed-bale", "bob-ray accused ed-hume", "zak-hale accused mark-pellow", "mark-pellow accused tesco"}, nil},
		{"a given name alone inside a quotation that runs on past the sentence", "Ravi Shah spoke on Monday. \"It was a shock. Ravi has lied to the voters,\" Ann Lee said.",
			[]string{"ann-lee accused ravi-shah"}, nil, nil},
		{"a given name alone past a closed quotation or a paragraph's unclosed one is not resolved", "Tom Quill spoke. Ann Lee said: “It was a shock.” Then Tom accused Labour of lying.",
			nil, []string{"tom-quill accused labour-party"}, nil},
		{"a given name alone past a closed quotation or a paragraph's unclosed one is not resolved", "Tom Quill spoke. Bob Ray said: \"It was a shock.\n\nThen Tom accused Tesco of lying.",
			nil, []string{"tom-quill accused tesco"}, nil},
		{"a surname two people share is the one of them named in full before it", "Michael Hale spoke. Mr Hale later said Tesco had lied. His brother, John Hale, is a banker. Bob Pike and Tom Pike met. Mr Pike said Quill Bank had lied.",
			[]string{"michael-hale accused tesco"}, []string{"john-hale accused tesco", "bob-pike accused quill-bank", "tom-pike accused quill-bank"}, nil},
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
		{"initials in brackets after a name are its", "Anil Ambrani, vice-chairman of India Petrochemicals Limited (IPCL), left. Later IPCL denied it. The Trades Union Congress (TUC) said so; the TUC agreed.",
			[]string{"india-petrochemicals-limited denied t-india-petrochemicals-limited-denial"}, nil, []string{"!ipcl", "!tuc", "!the-trades-union-congress"}},
		{"a short name in brackets after a body's name is its, not a place's, an agency's or a person's", "The governmental Chilean Copper Commission (Cochilco) reported. Prices rose, said Cochilco vice president Tom Reed. Ann Lee of the Quill Commission (Reuters) spoke. The Jones Commission (John) met. Later John criticised Zentix Bank.",
			[]string{"tom-reed affiliated_with chilean-copper-commission"}, []string{"jones-commission criticized zentix-bank"}, []string{"!cochilco", "!quill-commission-reuters"}},
		{"initials in brackets after a thing or a common word", "A Liquid Crystal Display (LCD) costs less. Shares of Sumito Mitsu Financial (SMFG) rose, as other shares fell.",
			nil, nil, []string{"!liquid-crystal-display", "!shares-of-sumito-mitsu-financial", "sumito-mitsu-financial Organization"}},
		{"a common word that opens the sentence is no part of the name", "Shares of Sumito Mitsu Financial rose, as other shares fell. Bank of America is a big bank.",
			nil, nil, []string{"!shares-of-sumito-mitsu-financial", "sumito-mitsu-financial Organization", "bank-of-america Organization"}},
		{"a longer name over a name the article taught", "Chen Jiulin, chief executive of China Aviation Oil (CAO), spoke. Its parent company, China Aviation Oil Holding Company in Beijing, agreed.",
			nil, nil, []string{"china-aviation-oil Organization", "china-aviation-oil-holding-company Organization", "!holding-company"}},
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
		{"a person of a body speaks, not the body", ukStory + "Jane Orme of Oxfam accused the government of lying. Tim Marov, from the RSPCA, criticised ministers. Carl Bix at the CBI said ministers had failed the poor.",
			[]string{"jane-orme accused united-kingdom", "tim-marov criticized united-kingdom", "carl-bix criticized united-kingdom"},
			[]string{"oxfam accused united-kingdom", "rspca criticized united-kingdom", "confederation-of-british-industry criticized united-kingdom"}, nil},
		{"a friend of a person of a body is neither", ukStory + "A friend of Jane Orme of Oxfam criticised ministers.",
			nil, []string{"jane-orme criticized united-kingdom", "oxfam criticized united-kingdom"}, nil},
		{"police ranks are titles", "Suffolk Chief Constable Alastair Marov told the BBC the law was wrong. Detective Chief Superintendent Tom Quill agreed, as did Assistant Commissioner Jo Orme.",
			nil, nil, []string{"alastair-marov Person", "tom-quill Person", "jo-orme Person", "!constable-alastair-marov", "!superintendent-tom-quill"}},
		{"a police rank is a role in the force", "Jo Orme, the chief constable of Thames Valley Police, said it was wrong. Tim Marov, a superintendent with the Metropolitan Police, agreed.",
			[]string{"jo-orme affiliated_with thames-valley-police", "tim-marov affiliated_with metropolitan-police"}, nil, nil},
		{"its role is the one the article gave the holder already", "Tory leader Michael Quill spoke. Later the London Assembly met in the City Hall. Its leader, Michael Quill, said he was glad.",
			[]string{"michael-quill affiliated_with conservative-party"}, []string{"michael-quill affiliated_with london-assembly"}, nil},
		{"a role guessed from a pronoun is no guide to its", "The sale has destroyed Yukos, once the owner of Rosneft, said founder Mikhail Quill. Yukos claims that it is being punished for the ambitions of its founder, Mikhail Quill, who is in jail.",
			[]string{"mikhail-quill affiliated_with yukos"}, nil, nil},
		{"its is the body the sentence before was about, a party or a ministry too", "A spokesman for UKIP called on Tim Hockney to quit the London Assembly. UKIP said that Mr Hockney should go. Its leader, Roger Marov, said he was glad. The Treasury met the Bank of England. The Home Office said the plan was sound. Its permanent secretary, John Quill, agreed.",
			[]string{"roger-marov affiliated_with uk-independence-party", "john-quill affiliated_with home-office"}, []string{"roger-marov affiliated_with london-assembly", "john-quill affiliated_with bank-of-england"}, nil},
		{"a brief between a body's possessive and the role is no body", ukStory + "Paul Quill, Labour's Home Office spokesman, said it was wrong. Vera Marov, the Lib Dems' Treasury spokeswoman, agreed. The Tories' Treasury spokesman, Tim Pellow, did not. Shell's Nigeria director, Ana Orme, spoke.",
			[]string{"paul-quill affiliated_with labour-party", "vera-marov affiliated_with liberal-democrats", "tim-pellow affiliated_with conservative-party", "ana-orme affiliated_with shell"},
			[]string{"paul-quill affiliated_with home-office", "vera-marov affiliated_with hm-treasury", "tim-pellow affiliated_with hm-treasury"}, nil},
		{"the party's role is the party named last", "The Liberal Democrats promised to cut stamp duty. Vince Quill, the party's Treasury spokesman, said it would help. The party's health spokesman, Jo Marov, agreed, and the party's spokesman Ed Pellow said so too.",
			[]string{"vince-quill affiliated_with liberal-democrats", "jo-marov affiliated_with liberal-democrats", "ed-pellow affiliated_with liberal-democrats"},
			[]string{"vince-quill affiliated_with hm-treasury"}, nil},
		{"letters after a name come before its apposition", "The Liberal Democrats promised to cut stamp duty. Paul Quill MP, Labour's Chief Secretary to the Treasury, said: \"The Lib Dems' sums don't add up.\" Jo Marov QC, of Matrix Chambers, accused the Lib Dems of lying.",
			[]string{"paul-quill affiliated_with labour-party", "paul-quill criticized liberal-democrats", "jo-marov affiliated_with matrix-chambers", "jo-marov accused liberal-democrats"}, nil, nil},
		{"a role in a body someone else's possessive names", "A book by Tim Sands, a member of Cherie Blair's Matrix Chambers says so. Jo Quill, head of Britain's Royal Mail, spoke.",
			[]string{"tim-sands affiliated_with matrix-chambers", "jo-quill affiliated_with royal-mail"}, []string{"tim-sands affiliated_with cherie-blair"}, nil},
		{"military that only describes names no army", ukStory + "MPs debated the military action in Iraq before the vote.",
			nil, nil, []string{"!british-army"}},
		{"military that only describes names no army", ukStory + "Jane Orme visited the army base and praised the military hospital.",
			nil, nil, []string{"!british-army"}},
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
		{"a lawsuit brought by a titled plaintiff after a comma accuses", "Quill Bank agreed to settle a price-fixing lawsuit, brought by New York attorney general Tom Reed. Zentix Holdings faces a lawsuit filed by Ohio governor Ed Bale.",
			[]string{"tom-reed accused quill-bank", "ed-bale accused zentix-holdings"}, []string{"new-york accused quill-bank", "ohio accused zentix-holdings"}, nil},
		{"a lawsuit by a plaintiff accuses", "A lawsuit by Shell against BP was dropped. Google faces a lawsuit brought by the Securities and Exchange Commission.",
			[]string{"shell accused bp", "securities-and-exchange-commission accused google"}, nil, nil},
		{"a lawsuit by a plaintiff accuses", "Shell agreed to pay $850m to settle a lawsuit filed by Jane Orme.",
			[]string{"jane-orme accused shell"}, nil, nil},
		// pastGrounds: the grounds or the sum of a lawsuit before its defendant
		{"a lawsuit's grounds stand between it and the defendant", "Ann Lee has filed a lawsuit for libel against Tom Reed. Zentix Group began legal action for breach of contract against Quill Bank. Orme Bank brought a lawsuit for $20m against Marlin Group.",
			[]string{"ann-lee accused tom-reed", "zentix-group accused quill-bank", "orme-bank accused marlin-group"}, nil, nil},
		{"a lawsuit for a named party does not accuse that party", "Bob Hale filed a lawsuit for Jane Orme against Quill Bank.",
			nil, []string{"bob-hale accused jane-orme"}, nil},
		// lawsuitBy: the plaintiff named after the defendant; a complaint filed
		{"a lawsuit or complaint filed against a party by another accuses", "The ruling follows a lawsuit filed against Orme Bank by Tom Reed. A complaint lodged against Marlin Group by Ann Lee was upheld. Zentix said complaints filed by customers rose.",
			[]string{"tom-reed accused orme-bank", "ann-lee accused marlin-group"}, nil, nil},
		// findMentions: a word of [not-name] that heads a body ends its name
		{"a body's head word that also opens no name still ends a name", "Tom Reed sued Zentix News. Detective Ann Lee of Marlin Valley Police said the Orme Daily News had lied.",
			[]string{"tom-reed accused zentix-news", "ann-lee affiliated_with marlin-valley-police", "ann-lee accused orme-daily-news"}, nil, []string{"zentix-news Organization", "marlin-valley-police Organization", "!marlin-valley"}},
		// findMentions: an honorific after a body's title is no part of the holder's name
		{"a title after a body and a role is not the holder's name", "Quill Bank Chairman Sir John Reed said it was wrong. Marlin Police Commissioner Dame Ann Lee spoke.",
			[]string{"john-reed affiliated_with quill-bank", "ann-lee affiliated_with marlin-police"}, nil, []string{"john-reed Person", "!sir-john-reed", "!dame-ann-lee"}},
		// portfolioParties: a party's name that is a ministry's portfolio
		{"a portfolio word coordinated with another or after a state is no party", "German business confidence fell. Economy and Labour Minister Tom Reed called it mild. Germany's Labour Minister Ann Lee agreed. The German Labour Minister Bob Hale spoke.",
			[]string{"tom-reed affiliated_with germany", "ann-lee affiliated_with germany"}, []string{"tom-reed affiliated_with labour-party", "ann-lee affiliated_with labour-party", "bob-hale affiliated_with labour-party", "affiliated_with united-kingdom"}, []string{"!labour-party"}},
		{"a party before a minister alone is the party", ukStory + "Labour minister Ann Lee said so. Tory minister Tom Reed agreed. Britain's Labour accused Bob Hale of lying.",
			[]string{"ann-lee affiliated_with labour-party", "tom-reed affiliated_with conservative-party", "labour-party accused bob-hale"}, nil, nil},
		// A1: a role's desk "of" lower-case words between the role and the holder
		{"a body's role with its desk before the holder ties the holder to the body", "Zentix Bank head of equity research, Tom Reed, said so. Quill Bank head of research Ann Lee agreed. Marlin Group's director of commercial planning Bob Hale spoke.",
			[]string{"tom-reed affiliated_with zentix-bank", "ann-lee affiliated_with quill-bank", "bob-hale affiliated_with marlin-group"}, nil, nil},
		{"a desk running into a clause or a preposition is no desk before a holder", "Zentix Bank head of research in London, Tom Reed, said so. Quill Bank head of research said Ann Lee agreed.",
			nil, []string{"tom-reed affiliated_with zentix-bank", "ann-lee affiliated_with quill-bank"}, nil},
		// home.tsv: a part of a state that no other state has points to it
		{"a story that names only England or Scotland is the UK's", "Schools in England will get a new inspector. Education Secretary Ann Lee said the post was needed. Pupils in Scotland and Wales already have one.",
			[]string{"ann-lee affiliated_with united-kingdom"}, nil, nil},
		// postRole: a role told as a post, position or job
		{"the person named before a post of a role holds it in the body after it, or for the state", ukStory + "Ann Lee was appointed to the post of chief executive at Quill Bank. Tom Reed took up the position of finance director at Zentix Group. The appointment of Bob Hale, a lawyer, to the new post of investment minister was welcomed. Telecommunications minister Ed Bale agreed.",
			[]string{"ann-lee affiliated_with quill-bank", "tom-reed affiliated_with zentix-group", "bob-hale affiliated_with united-kingdom", "ed-bale affiliated_with united-kingdom"}, nil, nil},
		{"a post after another body or a clause break is no one's named before", ukStory + "Ann Lee said Quill Bank had filled the post of finance director at Zentix Group. Tom Reed spoke; the job of finance secretary went to a woman.",
			nil, []string{"ann-lee affiliated_with", "tom-reed affiliated_with"}, nil},
		// unnamedBody: a role, then its holder set off by commas
		{"a holder set off by commas after a role with no body is the body's named last", "Tory MP John Redway spoke. His party leader, Michael Howe, argued a change was needed. Labour MP Ann Lee spoke. Her party chairman, Tom Reed, agreed. Quill Bank is now run by a state appointed administrator, Bob Hale, who sued. Zentix Group named a new boss after its chief executive, Ed Bale, died.",
			[]string{"michael-howe affiliated_with conservative-party", "tom-reed affiliated_with labour-party", "bob-hale affiliated_with quill-bank", "ed-bale affiliated_with zentix-group"}, nil, nil},
		{"a name after a party's role and a comma that opens a clause is no holder", "Labour MP Ann Lee spoke. She praised her party leader, Tom Reed told reporters. Tory MP Bob Hale spoke. He attacked his party leader, Ed Bale said.",
			nil, []string{"tom-reed affiliated_with", "ed-bale affiliated_with"}, nil},
		// A1: a party's name right before a person's full name
		{"a party's name right before a full name makes its member", ukStory + "Conservative Ann Lee asked a question. But fellow Tory Tom Reed said no. Liberal Democrat Bob Hale agreed.",
			[]string{"ann-lee affiliated_with conservative-party", "tom-reed affiliated_with conservative-party", "bob-hale affiliated_with liberal-democrats"}, nil, nil},
		{"a party's name before a comma makes no member", ukStory + "Ann Lee voted Labour, Tom Reed said.",
			nil, []string{"tom-reed affiliated_with labour-party"}, nil},
		// wrongAfter, [knowledge-cue], [wrong-qualifier]: knowledge of a wrong said of a party accuses it
		{"a party said to have known of a wrong is accused", "Tom Reed told jurors Ann Lee knew about the improper accounting entries. Bob Hale said Quill Bank knew of the fraud. Ed Bale said Zak Pellow was aware of illegal payments. Ted Hume said Orme Bank had known about the abuse.",
			[]string{"tom-reed accused ann-lee", "bob-hale accused quill-bank", "ed-bale accused zak-pellow", "ted-hume accused orme-bank"}, nil, nil},
		{"knowledge of no wrong, of one past the clause, denied or only reported accuses no one", "Tom Reed said Ann Lee knew about the plan. Bob Hale said Quill Bank was aware of the meeting, and the fraud was later found. Ed Bale said Zak Pellow never knew of the fraud. Ted Hume said reports that Orme Bank knew about the fraud were false.",
			nil, []string{"tom-reed accused ann-lee", "bob-hale accused quill-bank", "ed-bale accused zak-pellow", "ted-hume accused orme-bank"}, nil},
		// rebuttalOf, [rebuttal-noun]: a rebuttal told as a noun, of a charge and its maker
		{"the maker of a rebuttal of a charge denies the charge's maker", "Tom Reed issued a rebuttal of the claims from Ann Lee. Quill Bank's denial of Zentix Group's allegations came on Monday. Mr Hale's insistence he was not lying was a pointed rebuttal of a warning from Ed Bale. Marlin Group made a firm rejection of the accusations by Orme Bank. Bob Ray's rejection of the Zentix Party's claims was swift.",
			[]string{"tom-reed denied ann-lee", "quill-bank denied zentix-group", "denied ed-bale", "marlin-group denied orme-bank", "bob-ray denied zentix-party"}, nil, nil},
		{"a rejection of a plan, a rebuttal nobody made or one not made denies nothing", "The rejection of the plan by Ann Lee surprised Tom Reed. The speech was a rebuttal of claims by Bob Hale. Ed Bale has not issued a rebuttal of the claims from Zak Pellow.",
			nil, []string{"ann-lee denied", "tom-reed denied", "ed-bale denied"}, nil},
		// asRole, officeState: an office of state told with "as" is held for the state
		{"an office of state told with 'as' ties its holder to the home state", ukStory + "Ann Lee resigned as home secretary in May. Tom Reed quit as education secretary. He was later named health secretary.",
			[]string{"ann-lee affiliated_with united-kingdom", "tom-reed affiliated_with united-kingdom"}, nil, nil},
		{"an office told with 'as' before another clause's subject, or after a pronoun two people may be, is not the holder's", ukStory + "Bob Hale said as home secretary he would cut crime. Ann Lee told Tom Reed he would step down as prime minister. Ed Bale said as chancellor Mr Brown had failed.",
			nil, []string{"bob-hale affiliated_with united-kingdom", "ann-lee affiliated_with united-kingdom", "tom-reed affiliated_with united-kingdom", "ed-bale affiliated_with united-kingdom"}, nil},
		// nameAfterRoleOf, deskAfter: a name no list knows that owns the desk of a role
		{"a name that owns a role's desk after 'of' is the body", "Ann Lee, director of Quillor's research department, spoke. Tom Reed, head of the Zentor's digital programme, spoke. Bob Hale, deputy head of Swiss Marl's risk unit, spoke.",
			[]string{"ann-lee affiliated_with quillor", "tom-reed affiliated_with zentor", "bob-hale affiliated_with swiss-marl"}, nil, []string{"quillor Organization", "swiss-marl Organization"}},
		{"a name that owns no desk, or a state office's place, is no body", "Ann Lee, the mayor of Brownsvale's largest suburb, spoke. Tom Reed, head of Zentor's best team, spoke. Bob Hale, head of Quillor's new strategy, spoke. Ed Bale, head of Ann Quillby's policy unit, spoke.",
			nil, []string{"ann-lee affiliated_with", "bob-hale affiliated_with"}, []string{"!brownsvale", "!quillor", "ann-quillby Person"}},
		// roleAt: a compound adjective before a role is a modifier, whatever its ending
		{"a hyphenated adjective before a role does not stop it", "Ann Lee, the well-connected chairman of Quill Bank, spoke. Tom Reed, the straight-talking former head of Zentix Foods, died. Marlin Bank's newly-appointed chairman Bob Hale spoke.",
			[]string{"ann-lee affiliated_with quill-bank", "tom-reed affiliated_with zentix-foods", "bob-hale affiliated_with marlin-bank"}, nil, nil},
		{"a verb before a role stops it", "Ann Lee, who backed chairman Tom Reed of Quill Bank, spoke. Bob Hale, praising director Ed Bale of Marlin Bank, spoke.",
			nil, []string{"ann-lee affiliated_with quill-bank", "bob-hale affiliated_with marlin-bank"}, nil},
		// underInquiry: a body's possessive or a qualifier before the inquiry's noun; "came under" a body's scrutiny
		{"a party that comes under a body's scrutiny, or under close scrutiny from one, is investigated by it", "The Zentix Commission met on Monday. Quill Bank has come under the Commission's scrutiny. Marlin Group came under close scrutiny from the FSA. Orme Bank is under renewed investigation by the SEC.",
			[]string{"zentix-commission investigates quill-bank", "financial-services-authority investigates marlin-group", "securities-and-exchange-commission investigates orme-bank"}, nil, nil},
		{"scrutiny a party faces from no named body is no one's inquiry", "Quill Bank said its offer would face less scrutiny than Zentix Group's. Marlin Group came under close scrutiny.",
			nil, []string{"quill-bank investigates", "zentix-group investigates"}, nil},
		// [body-voice] "members", voiceOwner: a head word and its members speak for the one body of that head
		{"a body's head word with its voices at a sentence's start speaks for the one body of that head", "The Quill Affairs Committee met on Monday. Committee members said the Home Office had been wrong to cut staff. The Zentix Commission met. Commission officials said Marlin Bank had misled investors.",
			[]string{"quill-affairs-committee criticized home-office", "zentix-commission accused marlin-bank"}, nil, nil},
		{"a head word no body or two bodies end is no one's voice", "The Quill Committee and the Zentix Committee met. Committee members said the Home Office had been wrong to cut staff. Commission officials said Marlin Bank had misled investors.",
			nil, []string{"quill-committee criticized home-office", "zentix-committee criticized home-office", "quill-committee accused marlin-bank"}, nil},
		// proposalRejected, clauseAt: an idea of fact with "that" left out is denied; one of what ought to be is a proposal
		{"rejecting the idea or suggestion of a fact denies it", "Tom Reed rejected the suggestion he had lied. Ann Lee dismissed the idea Mr Hale cheated her. Bob Ray rejected the notion Quill Bank would fail.",
			[]string{"tom-reed denied", "ann-lee denied", "bob-ray denied"}, nil, nil},
		{"rejecting an idea of what ought to be or to do is no denial", "Tom Reed rejected the idea of a new tax. Ann Lee rejected the suggestion Quill Bank should pay. Bob Ray rejected the idea the council must act.",
			nil, []string{"tom-reed denied", "ann-lee denied", "bob-ray denied"}, nil},
		// nominalReferences, [media-class]: "the programme" is a programme, "the paper" a paper
		{"the programme or the paper is no watchdog or firm named last", "Ann Lee complained to the regulator Zentix Watch. She said the programme had lied about her. Tom Reed wrote to Quill Bank. He said the paper had smeared him.",
			nil, []string{"ann-lee accused zentix-watch", "tom-reed accused quill-bank"}, nil},
		{"the programme or the paper is the outlet named before", "Ann Lee spoke to the Quill Times. She said the paper had lied about her. Tom Reed sued Zentix Radio. He said the station had smeared him.",
			[]string{"ann-lee accused quill-times", "tom-reed accused zentix-radio"}, nil, nil},
		// nominalReferences: a news agency is no bank
		{"the bank is not the news agency the story quoted", "Quill Bank will pay. \"We are glad,\" he told Reuters. The payment follows a complaint filed against the bank by Tom Reed.",
			[]string{"tom-reed accused quill-bank"}, []string{"tom-reed accused reuters"}, nil},
		// ownerBefore: "his claims that ..." are the claims of the person that "his" stands for
		{"a charge owned by a possessive pronoun is its owner's", "Ann Lee sued Bob Hale after his allegations that she had lied. Tom Reed sued Ed Bale over his claims that Tom Reed had taken bribes. Jane Orme met Zak Pellow to discuss her accusations that Ted Hume cheated.",
			[]string{"bob-hale accused ann-lee", "ed-bale accused tom-reed", "jane-orme accused ted-hume"}, []string{"zak-pellow accused ted-hume", "tom-reed accused tom-reed"}, nil},
		// opener: a conjunction or adverb opening the sentence is no qualifier of the office after it
		{"an office after a sentence's opening conjunction is the state's", ukStory + "But Culture Secretary Ann Lee said a delay would be bad. Meanwhile Transport Secretary Tom Reed spoke. Earlier Health Minister Bob Hale said so.",
			[]string{"ann-lee affiliated_with united-kingdom", "tom-reed affiliated_with united-kingdom", "bob-hale affiliated_with united-kingdom"}, nil, nil},
		// regionQualified: a region before an office makes it the region's
		{"a region's office is not the state's", ukStory + "Welsh Health Minister Ann Lee spoke. Virginia Health Minister Bob Hale spoke. Scottish Finance Minister Tom Reed said no. Former Welsh Office Minister Ed Bale said so.",
			[]string{"ed-bale affiliated_with welsh-office"}, []string{"ann-lee affiliated_with united-kingdom", "bob-hale affiliated_with united-kingdom", "tom-reed affiliated_with united-kingdom"}, nil},
		// [role]: a party's election or campaign co-ordinator; [unowned-role]: no company named last
		{"a party's campaign roles", ukStory + "Labour election co-ordinator Ann Lee said so. Tory campaign manager Bob Hale spoke. Ed Bale, the Liberal Democrats' policy coordinator, agreed.",
			[]string{"ann-lee affiliated_with labour-party", "bob-hale affiliated_with conservative-party", "ed-bale affiliated_with liberal-democrats"}, nil, nil},
		{"a co-ordinator with no body named is no officer of the firm named last", "Zentix Group reported a loss. \"We are fine,\" said co-ordinator Tom Reed. Quill Bank cut jobs, with election coordinator Ann Lee saying it was wrong.",
			nil, []string{"tom-reed affiliated_with zentix-group", "ann-lee affiliated_with quill-bank"}, nil},
		{"a whip with no party named is no officer of the body named last", "The Zentix Society's Tom Reed backed the bill. It has been adopted by former chief whip Ann Lee in the Commons.",
			[]string{"tom-reed affiliated_with zentix-society"}, []string{"ann-lee affiliated_with zentix-society"}, nil},
		// [criticism-cue]: opportunism
		{"opportunism is a fault", "Tom Reed said Ann Lee's only strategy was opportunism. Bob Hale said the Zentix Group bid was opportunistic.",
			[]string{"tom-reed criticized ann-lee", "bob-hale criticized zentix-group"}, nil, nil},
		{"a party said to have run out of ideas or taken its eye off something is criticised", ukStory + "Ann Lee said the Tories had run out of ideas. Bob Hale said Zentix Bank had taken its eye off its customers.",
			[]string{"ann-lee criticized conservative-party", "bob-hale criticized zentix-bank"}, nil, nil},
		// home mentions: "this government" is the home state's, as "the government" is
		{"this government is the home state", ukStory + "\"This government has run out of ideas,\" Ann Lee told MPs. Bob Hale said this administration was arrogant. Tom Reed said this government of Freedonia was arrogant.",
			[]string{"ann-lee criticized united-kingdom", "bob-hale criticized united-kingdom"}, []string{"tom-reed criticized united-kingdom"}, nil},
		// a place's possessive before an office makes it the place's
		{"a place's own office is not the state's", ukStory + "Jersey's Chief Minister Ann Lee spoke. Scotland's First Minister Bob Hale said so. Britain's Foreign Secretary Tom Reed agreed.",
			[]string{"tom-reed affiliated_with united-kingdom"}, []string{"ann-lee affiliated_with united-kingdom", "bob-hale affiliated_with united-kingdom"}, nil},
		// callVerbBefore: a call told as a noun that the subject makes or joins
		{"a call for someone to go, made or joined as a noun, criticises them", "Ann Lee repeated calls for Tom Reed to apologise. Bob Hale joined calls for Ed Bale to resign. Zak Pellow renewed his call for Jane Orme to quit.",
			[]string{"ann-lee criticized tom-reed", "bob-hale criticized ed-bale", "zak-pellow criticized jane-orme"}, nil, nil},
		{"a call for someone to go that the subject rejects or faces is none of theirs", "Ann Lee rejected calls for Tom Reed to resign. Bob Hale faced calls for Ed Bale to quit. There were calls for Jane Orme to apologise.",
			nil, []string{"ann-lee criticized tom-reed", "bob-hale criticized ed-bale"}, nil},
		// alsoFrom, sourcesAt: a second source after "and from"; a description before the source's name
		{"criticism received from two sources, the second after a description", "Zentix Bank has faced criticism from Tom Reed and from the Quill Authority. Orme Bank has faced stinging criticism from lawmakers who held hearings into its books and from government regulator, the Marlin Commission.",
			[]string{"tom-reed criticized zentix-bank", "quill-authority criticized zentix-bank", "marlin-commission criticized orme-bank"}, nil, nil},
		{"an and-from inside a relative clause is no second source", "Zentix Bank has faced criticism from Tom Reed, who moved from Quill Bank and from Orme Group.",
			[]string{"tom-reed criticized zentix-bank"}, []string{"orme-group criticized zentix-bank", "quill-bank criticized zentix-bank"}, nil},
		// [corporate-qualifier]: a company's rank of an office that states have too
		{"a senior vice president is the company's", "Zentix Group is an insurer. It said senior vice president Ann Lee had quit. Quill Bank said executive vice president Tom Reed would retire.",
			[]string{"ann-lee affiliated_with zentix-group", "tom-reed affiliated_with quill-bank"}, nil, nil},
		{"a vice president with no rank is no company's", "Zentix Group is an insurer. It said vice president Ann Lee had visited.",
			nil, []string{"ann-lee affiliated_with zentix-group"}, nil},
		// [portfolio]: US departments
		{"US secretaries of a portfolio", "The US Congress and the White House clashed. Transportation Secretary Ann Lee spoke. Homeland Security Secretary Tom Reed agreed.",
			[]string{"ann-lee affiliated_with united-states", "tom-reed affiliated_with united-states"}, nil, nil},
		// ownedBy, describedBody: a body owned, founded, run or led by a person
		{"a body owned, founded or run by a person ties the person to it", "Zentix Group, owned by Tom Reed, rose. Marlin Media, the publishing company controlled by Canadian tycoon Ann Lee, fell. Orme Bank, which was founded by Zak Pellow in 1990, grew. The Quill Committee, chaired by Bob Hale, met.",
			[]string{"tom-reed affiliated_with zentix-group", "ann-lee affiliated_with marlin-media", "zak-pellow affiliated_with orme-bank", "bob-hale affiliated_with quill-committee"}, nil, nil},
		{"a campaign or talks led by a person, or a body not owned by one, is no tie", "Shares in Zentix Group rose as talks led by Tom Reed ended. Quill Bank, which is not owned by Ann Lee, fell. Orme Group said a campaign led by Ed Bale failed. Marlin Group sold its stake, owned by Zak Pellow, last year.",
			nil, []string{"tom-reed affiliated_with zentix-group", "ann-lee affiliated_with quill-bank", "ed-bale affiliated_with orme-group", "zak-pellow affiliated_with marlin-group"}, nil},
		// [org-head]: research and economics consultancies
		{"a research or economics consultancy is a body", "Shares fell. \"It is a one-day event,\" said Tom Reed at Marlin Economics. \"Prices will rise,\" said Ann Lee of Quill Research.",
			[]string{"tom-reed affiliated_with marlin-economics", "ann-lee affiliated_with quill-research"}, nil, nil},
		// [victim-cue]: hounded by a party
		{"a speaker hounded by a party accuses it; one hounded by no one named is no culprit", "Ann Lee said she had been hounded by the Quill Gazette. Tom Reed said Bob Hale had been hounded for years.",
			[]string{"ann-lee accused quill-gazette"}, []string{"tom-reed accused bob-hale"}, nil},
		// a state that qualifies a noun of the role, or a body's class between demonym and role
		{"a role of a state's market for a firm is the firm's", "Zentix Group reported profits. Ann Lee, head of UK equities for Quill Investments, said so. Tom Reed, head of French operations, agreed.",
			[]string{"ann-lee affiliated_with quill-investments"}, []string{"ann-lee affiliated_with united-kingdom", "tom-reed affiliated_with france"}, nil},
		{"an officer of a body of a class is not the state's", "Swedish trades union official Ann Lee said it was grim. A Russian oil firm boss, Tom Reed, spoke. Swedish official Bob Hale agreed.",
			[]string{"bob-hale affiliated_with sweden"}, []string{"ann-lee affiliated_with sweden", "tom-reed affiliated_with russia"}, nil},
		// companyRole: an apposition with a company's office and no body names the company's officer
		{"an officer in apposition with no body is the company's named last", "Zentix Group reported profits. Ann Lee, chairman and chief executive, said sales rose. Quill Bank cut jobs. Tom Reed, a spokesman, said it was sad.",
			[]string{"ann-lee affiliated_with zentix-group", "tom-reed affiliated_with quill-bank"}, nil, nil},
		{"an apposition of a state office, a seat, a former role, an analyst or a place's title is no company's", "Zentix Group reported profits. Ann Lee, a candidate, said so. Tom Reed, an analyst, agreed. Bob Hale, Quillfield chief economist, said no. Ed Bale, the immigration minister, spoke. Zak Pellow, a former spokesman, said it. Jane Orme, a reporter, said it. Ted Hume, leader, said it. Ann Orme, a co-ordinator, said it.",
			nil, []string{"ann-lee affiliated_with zentix-group", "tom-reed affiliated_with zentix-group", "bob-hale affiliated_with zentix-group", "ed-bale affiliated_with zentix-group", "zak-pellow affiliated_with zentix-group", "jane-orme affiliated_with zentix-group", "ted-hume affiliated_with zentix-group", "ann-orme affiliated_with zentix-group"}, nil},
		// leadDescriptions, closingDescription: the lede's closing speaker described, named in the next sentence
		{"a lede's speaker described at its close is the person named next", "The Tories have been arrogant in the way they ran the campaign, a Labour backbencher has said. Ann Lee said voters were bored.",
			[]string{"ann-lee affiliated_with labour-party", "ann-lee criticized conservative-party"}, nil, nil},
		{"a closing description that is no speaker is no one", "The Tories have been arrogant, a Labour backbencher who left the party last year. Ann Lee said voters were bored.",
			nil, []string{"ann-lee affiliated_with labour-party"}, nil},
		// deniedClaimSubject, ownerOfClaimAt: a claim that opens the sentence, denied in the passive
		{"claims opening a sentence and dismissed in the passive are denied by the agent", "Claims that Ann Lee lied were dismissed as nonsense by Quill Bank. Reports that Tom Reed will quit have been described as \"idle speculation\" by Zentix Group. Bob Hale's claims that Ed Bale cheated were rejected by Marlin Group. Claims by Zak Pellow that Ted Hume lied were described by Orme Bank as false.",
			[]string{"quill-bank denied", "zentix-group denied", "marlin-group denied bob-hale", "orme-bank denied zak-pellow"}, nil, nil},
		{"unowned claims rejected in the passive, past a verdict or a determiner", "Claims that Ann Lee lied were rejected by Quill Bank. Claims that Jane Orme lied were rejected as nonsense by Zentix Group. But fresh claims that Ted Hume cheated were rejected by Orme Bank. Zak Pellow's claims about Tom Reed were described as false by Marlin Group.",
			[]string{"quill-bank denied", "zentix-group denied", "orme-bank denied", "marlin-group denied zak-pellow"}, nil, nil},
		{"claims that are an object, or described without a false verdict, are no passive denial", "Bob Hale investigated claims that Ann Lee was denied a visa by Quill Bank. Claims that Tom Reed lied were described as serious by Zentix Group.",
			nil, []string{"quill-bank denied", "zentix-group denied"}, nil},
		// nameMentions: a rank before a body and a title is the holder's, not the body's name
		{"a rank before a body's name and a title is no part of the name", "Deputy Quill Court Judge Ann Lee told the hearing it was serious. Former Zentix Council Chairman Tom Reed spoke.",
			[]string{"ann-lee affiliated_with quill-court", "tom-reed affiliated_with zentix-council"}, []string{"ann-lee affiliated_with deputy-quill-court"}, nil},
		// a person "from" a body set off by commas before a verb of speech
		{"a speaker from a body, in commas before the verb of speech, is of the body", "Prices fell. Ann Lee, from Quill Capital, told reporters it was fine. Tom Reed, from the Zentix Institute, said so. Bob Hale, from Leeds, said no.",
			[]string{"ann-lee affiliated_with quill-capital", "tom-reed affiliated_with zentix-institute"}, []string{"bob-hale affiliated_with leeds"}, nil},
		// [role], [generic-role], [private-role]: traders, lecturers, consultants, bankers
		{"a trader, lecturer or consultant at a body is of the body, and no officer of the state or the firm named last", "Zentix Group fell. \"It is bad,\" said Ann Lee, a trader at Quill Financial. Tom Reed, a politics lecturer at the University of Quillford, agreed. Bob Hale, a UK investment banker, said so. \"No,\" said consultant Ed Bale. Orme Bank rose. Zak Pellow, a trader, said it.",
			[]string{"ann-lee affiliated_with quill-financial", "tom-reed affiliated_with university-of-quillford"}, []string{"bob-hale affiliated_with united-kingdom", "ed-bale affiliated_with zentix-group", "zak-pellow affiliated_with orme-bank"}, nil},
		// A5: "the head of the X company, PERSON": the class noun after the body
		{"a role of a body named with its class noun, then the holder", "The head of the Quillco company, Ann Lee, said so. The chairman of the Marlin Bank, Tom Reed, spoke. The head of the Canadian state-owned Zentrax company, Bob Hale, spoke.",
			[]string{"ann-lee affiliated_with quillco", "tom-reed affiliated_with marlin-bank", "bob-hale affiliated_with zentrax"}, nil, nil},
		// nameBeforeClass: describing words between "the" and a body's name
		{"a name after describing words and before a class noun is a body's", "Shares in the embattled Quillco group fell. Ann Lee runs the legendary Marlo club.",
			nil, nil, []string{"quillco-group Organization", "marlo Organization"}},
		{"a capitalised adjective after describing words before party or team is no body", "Ann Lee leads the main Eurosceptic party. Tom Reed coached the Greek Olympic team.",
			nil, nil, []string{"!eurosceptic", "!olympic"}},
		// copulaRole: a demonym before a class noun or a name is not the body
		{"a role at a demonym's firm is the firm's, not the state's", "Ed Bale is the coordinator at Italian side AC Milan. Ann Lee is the director at British bank Quill Bank. Bob Hale is a coordinator for French firms. Tom Reed is the envoy of the British government.",
			[]string{"ann-lee affiliated_with quill-bank", "tom-reed affiliated_with united-kingdom"}, []string{"ed-bale affiliated_with italy", "ann-lee affiliated_with united-kingdom", "bob-hale affiliated_with france"}, nil},
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
		{"a threat to someone's own is no threat to the accused", "Chile accused Peru of spying. Alan Ortiz raided the office and threatened their lives.",
			nil, []string{"alan-ortiz threatened peru"}, nil},
		{"a threat to someone's own is no threat to the accused", "Norway accused Iceland of overfishing. Gunnar Berg then threatened his family.",
			nil, []string{"gunnar-berg threatened iceland"}, nil},
		{"a verb after and in a relative clause about an unnamed noun has no subject", "Sara Holt fled from gunmen who burned her car and accused Dan Moss of lying.",
			nil, []string{"sara-holt accused dan-moss"}, nil},
		{"a verb after and in a relative clause about an unnamed noun has no subject", "The Iraqi Government condemned officials who met Dan Moss and attacked the UN.",
			nil, []string{"iraq criticized united-nations", "iraq attacked united-nations"}, nil},
		{"a verb after and in a relative clause about a name is that name's", "Ann Lee met Tom Hall, who praised the plan and criticised Dan Moss.",
			[]string{"tom-hall criticized dan-moss"}, []string{"ann-lee criticized dan-moss"}, nil},
		{"a name that ends an opening phrase has no apposition", "After meeting Dan Moss, the Russian president said the talks went well.",
			nil, []string{"dan-moss affiliated_with russia"}, nil},
		{"a name that ends an opening phrase has no apposition", "When asked about Dan Moss, the French foreign minister has said nothing.",
			nil, []string{"dan-moss affiliated_with france"}, nil},
		{"a name that ends an opening phrase has no apposition", "Pires turned on the edge of the area and after a pass from Dan Moss, the Greek striker found the net.",
			nil, []string{"dan-moss affiliated_with greece"}, nil},
		{"a name that ends an opening phrase has no apposition", "Speaking to Dan Moss, a spokesman for Oxfam denied the claims.",
			nil, []string{"dan-moss affiliated_with oxfam"}, nil},
		{"an apposition inside an opening phrase stays one", "On Monday, Dan Moss, the British prime minister, said it was wrong.",
			[]string{"dan-moss affiliated_with united-kingdom"}, nil, nil},
		{"an apposition inside an opening phrase stays one", "In a statement, Dan Moss, the Oxfam director said it was wrong.",
			[]string{"dan-moss affiliated_with oxfam"}, nil, nil},
		{"an apposition inside an opening phrase stays one", "After the ruling Dan Moss, legal director of Oxfam, said it was wrong.",
			[]string{"dan-moss affiliated_with oxfam"}, nil, nil},
		{"a firm's office after a nationality is no service of the state", "Dutch co-chairman Jan Kloet will take on the role.",
			nil, []string{"jan-kloet affiliated_with netherlands"}, nil},
		{"a firm's office after a nationality is no service of the state", "Pia Lund, UK managing director of filtering firm Zentrix, said the plan was wrong.",
			[]string{"pia-lund affiliated_with zentrix"}, []string{"pia-lund affiliated_with united-kingdom"}, nil},
		{"a firm's office after a nationality is no service of the state", "French chief financial officer Anne Roux quit.",
			nil, []string{"anne-roux affiliated_with france"}, nil},
		{"an office of state after a nationality stays one", "US Vice-President Dan Moss quit. British Defence Secretary Tom Hall stayed.",
			[]string{"dan-moss affiliated_with united-states", "tom-hall affiliated_with united-kingdom"}, nil, nil},
		{"a media role with no body takes the outlet named last", "The Evening Herald ran a story on the Nursing Standards Board. Later, reporter Dan Moss asked about it.",
			[]string{"dan-moss affiliated_with evening-herald"}, []string{"dan-moss affiliated_with nursing-standards-board"}, nil},
		{"a media role with no body takes no body but an outlet", "The Nursing Standards Board met on Monday. Later, reporter Dan Moss asked about it.",
			nil, []string{"dan-moss affiliated_with nursing-standards-board"}, nil},
		{"a media role after the name of a trade takes no outlet", "Newsnight ran the story. Later, television presenter Dan Moss asked about it.",
			nil, []string{"dan-moss affiliated_with newsnight"}, nil},
		{"he in a quotation is not its speaker", "Tom Hall spoke first. Dan Moss said: \"He has been a good chairman of Oxfam.\"",
			[]string{"tom-hall affiliated_with oxfam"}, []string{"dan-moss affiliated_with oxfam"}, nil},
		{"he in a quotation carried on from the sentence before is not its speaker", "Tom Hall spoke first. Dan Moss added: \"I do not think he will. I have to say he has been a good chairman of Oxfam.\"",
			nil, []string{"dan-moss affiliated_with oxfam"}, nil},
		{"he in a report may be its speaker", "Tom Hall spoke first. Dan Moss said that in 2001 he was the chairman of Oxfam.",
			[]string{"dan-moss affiliated_with oxfam"}, []string{"tom-hall affiliated_with oxfam"}, nil},
		{"a town and a club's head word name a club", "Tom Hall joined Bolton Wanderers in May. Newcastle United manager Dan Moss said he was pleased.",
			[]string{"dan-moss affiliated_with newcastle-united"}, nil, []string{"bolton-wanderers Organization", "newcastle-united Organization", "!newcastle"}},
		{"a town and a club's head word name a club", "Tom Hall accused Leeds Athletic striker Dan Moss of cheating.",
			[]string{"tom-hall accused dan-moss", "dan-moss affiliated_with leeds-athletic"}, nil, []string{"leeds-athletic Organization"}},
		{"a club's head word after a word that opens a clause or a name with of names no club", "Once Rangers receive our letter we will comment. Zelko Brana of Rangers has been suspended.",
			nil, nil, []string{"!once-rangers", "!zelko-brana-of-rangers"}},
		{"a denied clause with a modal verb", "Lena Pryce denied the plan would hurt farmers.",
			[]string{"lena-pryce denied t-lena-pryce-denial"}, nil, nil},
		{"a denied clause with a modal verb", "Lena Pryce denied the move could cost jobs.",
			[]string{"lena-pryce denied t-lena-pryce-denial"}, nil, nil},
		{"a pronoun after deny opens a denied clause", "Lena Pryce denied she knew of the payments.",
			[]string{"lena-pryce denied t-lena-pryce-denial"}, nil, nil},
		{"a pronoun after deny opens a denied clause", "The keeper Lena Pryce denied him the chance.",
			nil, []string{"lena-pryce denied t-lena-pryce-denial"}, nil},
		{"a short given name gives the gender a pronoun must fit", "Steve Orme praised Kelly Vance. After the race she denied she planned to retire.",
			[]string{"kelly-vance denied t-kelly-vance-denial"}, []string{"steve-orme denied t-steve-orme-denial"}, nil},
		{"a short given name gives the gender a pronoun must fit", "Ann Ward met Keir Dunne. Later he denied he planned to resign.",
			[]string{"keir-dunne denied t-keir-dunne-denial"}, []string{"ann-ward denied t-ann-ward-denial"}, nil},
		{"a place after in or at between subject and verb is where, not who", "An EU spokesman in Washington accused Dan Moss of lying.",
			[]string{"european-union accused dan-moss"}, []string{"united-states accused dan-moss"}, nil},
		{"a place after in or at between subject and verb is where, not who", "Tom Hall in London accused Dan Moss of lying.",
			[]string{"tom-hall accused dan-moss"}, []string{"united-kingdom accused dan-moss"}, nil},
		{"a place after in or at between subject and verb is where, not who", "Protesters at Kharkiv accused Russia of lying.",
			nil, []string{"kharkiv accused russia", "ukraine accused russia"}, nil},
		{"a document's head word before of or for names a document, no party", "Dan Moss praised the Constitution for the European Union and the Treaty of Nice.",
			nil, nil, []string{"!constitution-for-the-european-union", "!treaty-of-nice", "!nice"}},
		{"a document's head word that opens a firm's name is no document", "Dan Moss joined Charter Cable Holdings in May.",
			nil, nil, []string{"charter-cable-holdings Organization"}},
		{"a given name before an organisation's head word that is also a surname names a person", "Toyota chief executive Jim Press said sales rose. Other winners included Emily Vance and Nathalie Press.",
			[]string{"jim-press affiliated_with toyota"}, nil, []string{"nathalie-press Person", "jim-press Person"}},
		{"a trade's word before a body's head word names no body", "The film went straight to number one in the US box office chart. It topped Japan's box office too.",
			nil, nil, []string{"!us-box-office", "!american-box-office", "!japanese-box-office"}},
		{"a trade's word before a body's head word names no body", "An adviser in the presidential office said no. Taiwan's foreign ministry agreed.",
			nil, nil, []string{"presidential-office Organization", "taiwanese-foreign-ministry Organization"}},
		{"a body's name before President is no office of state", "Democrats and Republicans clashed in Congress as senators voted. Exhibitor Relations President Dan Moss said ticket prices rose. Acting President Tom Hall agreed. Vice President Ann Lee left.",
			[]string{"tom-hall affiliated_with united-states", "ann-lee affiliated_with united-states"}, []string{"dan-moss affiliated_with united-states"}, nil},
		{"a known company and a place in one run are the company's arm there", "David Orme, head of Nintendo Europe, said sales rose. Karen Lyle of AOL UK agreed.",
			[]string{"david-orme affiliated_with nintendo-europe", "karen-lyle affiliated_with aol-uk"}, []string{"david-orme affiliated_with nintendo"}, []string{"nintendo-europe Organization", "!europe"}},
		{"a run that goes on past the place is no company's arm", "Nintendo Europe Director Tom Hall said sales rose.",
			[]string{"tom-hall affiliated_with nintendo"}, nil, []string{"tom-hall Person"}},
		{"a known company and a place apart are two names", "Nintendo said sales in Europe rose.",
			nil, nil, []string{"nintendo Organization", "europe Place"}},
		{"a company right before its is the owner", "Gazprom was fined. Sony and its former chief executive Dan Moss were fined too.",
			[]string{"dan-moss affiliated_with sony"}, []string{"dan-moss affiliated_with gazprom"}, nil},
		{"a name after in is a place, not a part, a work or God", "Tom Hall lives in Basingstoke. His firm is in Chapter 11 protection. He won praise for his role in Closer and said his faith in God was firm.",
			nil, nil, []string{"basingstoke Place", "!chapter", "!closer", "!god"}},
		{"a name after in is a place, not a part, a work or God", "Ann Lee, who starred in Trellix, moved to a flat in Harrowgate.",
			nil, nil, []string{"harrowgate Place", "!trellix"}},
		{"a person's partner holds no role; a firm's partner does", "Singer Dan Moss spoke. The film deals with Moss's partner Tom Hall. Deloitte partner Ann Lee agreed.",
			[]string{"ann-lee affiliated_with deloitte"}, []string{"tom-hall affiliated_with dan-moss"}, nil},
		{"a noun for a person that opens a sentence before a given name is no part of the name", "Comedian Harry Hale will appear. Actor Tom Lund won.",
			nil, nil, []string{"harry-hale Person", "tom-lund Person", "!comedian-harry-hale"}},
		{"a noun for a person that opens a sentence before a word that is no given name stays in the name", "Pilot Light Industries was sold.",
			nil, nil, []string{"pilot-light-industries Organization"}},
		{"a name ending in a place head before who is a person", "The prize went to Conleth Hill, who plays the director. They met at Primrose Hill, which was sunny.",
			nil, nil, []string{"conleth-hill Person", "primrose-hill Place"}},
		{"a participle before a role qualifies it, naming no body", "Titan paid bribes. Prosecuting attorney Carol Vance said it was wrong. Oxfam founding chairman Tom Hall was arrested.",
			[]string{"tom-hall affiliated_with oxfam"}, []string{"carol-vance affiliated_with titan"}, []string{"!prosecuting"}},
		{"an attorney with no body named is no company's", "WorldCom collapsed. Attorney Reid Quell has attempted to portray Mr Sullivan as a liar.",
			nil, []string{"reid-quell affiliated_with worldcom"}, nil},
		{"two cues joined before one noun qualify it", "Tom Hall said states such as Iran are less of a problem than \"failed and failing states\".",
			nil, []string{"tom-hall criticized iran"}, nil},
		{"a cue and another adjective joined before one noun qualify it", "Tom Hall's lawyer, Ann Lee, said: \"The decision means Mr Hall has been cleared of highly damaging and unfounded charges.\"",
			nil, []string{"ann-lee criticized tom-hall"}, nil},
		{"a cue joined to a verb is said of the subject", "Dan Moss said: \"Taken together, Tom Hall's comments are partial, inaccurate and cannot be taken seriously.\"",
			[]string{"dan-moss criticized tom-hall"}, nil, nil},
		{"two cues joined after a copula judge the subject", "Tom Hall said Labour was incompetent and arrogant.",
			[]string{"tom-hall criticized labour-party"}, nil, nil},
		{"a word in capitals that names no body is learnt as none", "Aid went to the world's least curable disease - HIV/Aids - last year. TV presenter Anne Reed said so.",
			nil, []string{"anne-reed affiliated_with tv"}, []string{"!hiv", "!tv"}},
		{"initials in brackets after a name with a state in it are a body's", "Netball Ghana (NG) suspended her. NG chief Kofi Boateng said she erred.",
			[]string{"kofi-boateng affiliated_with netball-ghana"}, nil, []string{"netball-ghana Organization"}},
		{"a state's own regulator makes it the story's home", "The SEC is investigating the firm. Tom Hall has denied charges of fraud. The prosecution's star witness, Dan Moss, said he lied.",
			[]string{"us-prosecutors accused tom-hall"}, nil, nil},
		{"a rejected remark of a named speaker is a denial of that speaker", "Dan Moss said Labour was rattled. Ann Lee rejected Mr Moss's comment.",
			[]string{"ann-lee denied dan-moss"}, nil, nil},
		{"a rejected remark of a named speaker is a denial of that speaker", "Ann Lee rejected Dan Moss's remarks on tax.",
			[]string{"ann-lee denied dan-moss"}, nil, nil},
		{"a rejected plan is no denial", "Ann Lee rejected Dan Moss's plan.",
			nil, []string{"ann-lee denied dan-moss"}, nil},
		{"a rejected contention is a denial", "Ann Lee also rejected Dan Moss's contention that England dominated.",
			[]string{"ann-lee denied dan-moss"}, nil, nil},
		{"a meeting held with a party is a meeting", "Oxfam held its third meeting with the London Stock Exchange in May. Tom Hall held a meeting with Dan Moss.",
			[]string{"oxfam met london-stock-exchange", "tom-hall met dan-moss"}, nil, nil},
		{"a meeting to come is none yet", "Tom Hall will hold his first meeting with Dan Moss.",
			nil, []string{"tom-hall met dan-moss"}, nil},
		{"a progressive verb whose subject no name gives has no subject", "Oxfam spoke first. But the London exchange is also holding talks with Euronext.",
			nil, []string{"united-kingdom met euronext", "oxfam met euronext"}, nil},
		{"a progressive verb whose subject no name gives has no subject", "Oxfam spoke first. But the new fund is also holding talks with Euronext.",
			nil, []string{"oxfam met euronext"}, nil},
		{"a state's watchdog acts for the state", "Australia's securities watchdog is investigating Dan Moss. Russia's largest bank accused Tom Hall of fraud.",
			[]string{"australia investigates dan-moss"}, []string{"russia accused tom-hall"}, nil},
		{"a role for a firm is the firm's; a seat for a place is no body", "Simon Yates, a senior analyst for Forrester, said it. Tom Hall, the MP for Kettlewick, agreed. Lord Pell, Minister for Defence Procurement, said no.",
			[]string{"simon-yates affiliated_with forrester"}, []string{"lord-pell affiliated_with defence-procurement"}, []string{"forrester Organization", "!defence-procurement"}},
		{"a verb of taking a role gives the role", "Tom Hall became chairman of Oxfam in May. Ann Lee takes over as head of Unicef.",
			[]string{"tom-hall affiliated_with oxfam", "ann-lee affiliated_with unicef"}, nil, nil},
		{"the one replaced in a role held it before", "Tom Hall has replaced Dan Moss as chief executive of Oxfam.",
			[]string{"tom-hall affiliated_with oxfam", "dan-moss affiliated_with oxfam"}, nil, nil},
		{"the one replaced in no role holds none", "Tom Hall became a father. Tom Hall replaced Dan Moss in the Oxfam team.",
			nil, []string{"dan-moss affiliated_with oxfam", "tom-hall affiliated_with oxfam"}, nil},
		{"an opening phrase gives the next pronoun no agent", "Neil Vance led Labour. After a career as a tutor for the Workers' Educational Association, he became an MP. He lost in 1992 to John Mead. Four years later he became vice-president of the European Commission.",
			[]string{"neil-vance affiliated_with european-commission"}, []string{"john-mead affiliated_with european-commission"}, nil},
		{"a Speaker is no company's", "The Evening Herald ran the story. Deputy Speaker Ann Vale agreed it was of concern.",
			nil, []string{"ann-vale affiliated_with evening-herald"}, nil},
		{"a given name gives the gender a possessive pronoun must fit", "Marion Lane, who says she is innocent, was banned. IOC president Jacques Pell spoke. In a statement released through her attorney Rich Vole, Lane repeated her innocence.",
			[]string{"rich-vole affiliated_with marion-lane"}, []string{"rich-vole affiliated_with jacques-pell"}, nil},
		{"a name after the verb of a relative clause about an unnamed noun is no subject", "Two local councillors who back Mr Flight met Mr Tanguay on Tuesday. The man who attacked Dan Moss accused Tom Hall of lying.",
			nil, []string{"flight-t met tanguay-t", "dan-moss accused tom-hall"}, nil},
		{"a name that is the relative clause's own subject stays one", "Ann Lee accused Zentrix of fraud, a charge which the firm Zentrix denies.",
			[]string{"zentrix denied ann-lee"}, nil, nil},
		{"a name after a verb of seeing in a relative clause is the next verb's subject", "The film covers the six days which saw Tom Hall initially deny the charges.",
			[]string{"tom-hall denied t-tom-hall-denial"}, nil, nil},
		{"a meeting between two to come is none yet", "The meeting between Fiat boss Tom Hall and GM's Dan Moss is due to take place at 1330 GMT. Talks between Ann Lee and Jo Vance will begin on Monday.",
			nil, []string{"tom-hall met dan-moss", "ann-lee met jo-vance"}, nil},
		{"a nationality that opens a sentence and acts is the person named before", "Svetlana Kuz was banned. The Russian said she did nothing wrong by taking the medicine.",
			[]string{"svetlana-kuz denied t-svetlana-kuz-denial"}, []string{"russia denied t-russia-denial", "svetlana-kuz affiliated_with russia"}, nil},
		{"a nationality before a noun is no person", "Svetlana Kuz was banned. The Russian team said it did nothing wrong.",
			nil, []string{"svetlana-kuz denied t-svetlana-kuz-denial"}, nil},
		{"a people that opens a sentence is its state", "Svetlana Kuz was banned. The Russians said they did nothing wrong.",
			[]string{"russia denied t-russia-denial"}, nil, nil},
		{"an adjective opening a sentence before a role names no body", "Oxfam was sold. Famed director Tom Hall said it was wrong. Celebrated author Ann Lee agreed.",
			nil, nil, []string{"!famed", "!celebrated"}},
		{"a director in a story about films directs one", "The film won praise at Cannes, backed by Oxfam. Director Tom Hall said it was a surprise.",
			nil, []string{"tom-hall affiliated_with oxfam"}, nil},
		{"a director in a story about no film is the body's", "Oxfam held its annual meeting. Director Tom Hall said it was a surprise.",
			[]string{"tom-hall affiliated_with oxfam"}, nil, nil},
		{"a court named by its first word is no company", "The Court of Arbitration for Sport banned Dan Moss. Their former coach Tom Hall was banned for four years.",
			nil, []string{"tom-hall affiliated_with court-of-arbitration-for-sport"}, nil},
		{"their lawyer or coach is people's, whom their does not name", "Wada will appeal against the acquittal of Dan Moss and Ann Lee. Their former coach Tom Hall was banned.",
			nil, []string{"tom-hall affiliated_with wada"}, nil},
		{"its lawyer is the company's", "Siemens was fined on Monday. Its lawyer Tom Hall said it would appeal.",
			[]string{"tom-hall affiliated_with siemens"}, nil, nil},
		{"a retort that accuses is an accusation alone", "Tom Hall hit back, accusing Labour of having no plan.",
			[]string{"tom-hall accused labour-party"}, []string{"tom-hall criticized labour-party"}, nil},
		{"a retort that says something criticises", "Tom Hall hit back by saying Tory attitudes had kept the party out of power.",
			[]string{"tom-hall criticized conservative-party"}, nil, nil},
		{"a partner with no body named is a tie to a person", "Sony released the album. The film features the singer's former Wham! partner Andrew Ridge, and writing partner Jim Vale.",
			nil, []string{"andrew-ridge affiliated_with sony", "jim-vale affiliated_with sony"}, nil},
		{"a threat without its object still takes the accused", "Norway accused Iceland of overfishing. Gunnar Berg then threatened retaliation.",
			[]string{"gunnar-berg threatened iceland"}, nil, nil},
		// allegedSubject: the subject of what is alleged
		{"alleged that a party did", "The Sunday Times alleged that Wal-Mart had hidden the losses.",
			[]string{"sunday-times accused wal-mart"}, nil, nil},
		{"alleged that a party did", "Jane Orme alleges that the Tories broke the rules.",
			[]string{"jane-orme accused conservative-party"}, nil, nil},
		{"alleged that a thing was", "Jane Orme alleged that it was wrong, and Wal-Mart agreed.",
			nil, []string{"jane-orme accused wal-mart"}, nil},
		// publisherOf: a publication denied is its body's claim
		{"a publication called false", "A Sunday Times article said Wal-Mart cut pay. Wal-Mart said that the article was false.",
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
		// [org-class]: providers, stations and promoters name bodies after them
		{"a provider, a station or a promoter named after its class is a body", "Ann Lee, spokeswoman for net provider Zentix, said so. Tom Reed, head of music at rock radio station Qfm, said so. Bob Hale, spokesman for promoters Orme Events, said so.",
			[]string{"ann-lee affiliated_with zentix", "tom-reed affiliated_with qfm", "bob-hale affiliated_with orme-events"}, nil,
			[]string{"zentix Organization", "qfm Organization", "orme-events Organization"}},
		{"a firm whose name opens with a demonym, the rest unknown", "\"It looks great,\" said Tom Reed, economist at Swiss Qortle in New York. Ann Lee, an analyst at Indian Vorlex, agreed.",
			[]string{"tom-reed affiliated_with swiss-qortle", "ann-lee affiliated_with indian-vorlex"}, nil, []string{"swiss-qortle Organization"}},
		// nameAfterSpeaker, quoted voice: where a quoted person speaks from
		{"a name no list knows after a quoted person and at or of is the body the person speaks from", "\"It is no surprise,\" said Ann Lee at Zentrixbank. \"It was sudden,\" said Tom Reed of Quill Fargo in Leeds. \"It will rise,\" said Bob Hale, at Orme Capital.",
			[]string{"ann-lee affiliated_with zentrixbank", "tom-reed affiliated_with quill-fargo", "bob-hale affiliated_with orme-capital"}, nil,
			[]string{"zentrixbank Organization", "quill-fargo Organization"}},
		{"a body after a person who speaks after it, or after according to, is the person's", "Ann Lee at Qortlebank said prices would rise. \"It will fall,\" Tom Reed of Quill Vortex told Reuters. Prices will rise, according to Bob Hale at Zentrixbank.",
			[]string{"ann-lee affiliated_with qortlebank", "tom-reed affiliated_with quill-vortex", "bob-hale affiliated_with zentrixbank"}, nil, nil},
		{"a town after a quoted person and of is no body", "\"It was fine,\" said Ann Lee of Brownsville. \"It was fine,\" said Tom Reed of Castle Valley.",
			nil, nil, []string{"!brownsville", "castle-valley Place"}},
		{"no body is learnt after a name with no given name, nor one that goes on", "\"It was good,\" said Westbrook Harbour at Plimco. \"It was good,\" said Ann Lee at Qortle Morning after the show.",
			nil, nil, []string{"!plimco", "!qortle-morning"}},
		// nameAfterRoleAt: a name no list knows after the role's desk and "for"
		{"a name after a desk and for is the firm's", "Ross Blane, vice president of business development for Gracenote, said so. Ann Lee, head of sales for Zentrix, agreed.",
			[]string{"ross-blane affiliated_with gracenote", "ann-lee affiliated_with zentrix"}, nil, []string{"gracenote Organization", "zentrix Organization"}},
		// [org-head]: Instruments, Networks, Semiconductor(s), Enterprises end firms' names
		{"a firm's name may end in its line of trade", "Rich Temple, head of chip maker Texas Instruments, said so. Ann Lee of Quill Networks agreed. Bob Hale of Orme Semiconductor agreed.",
			[]string{"ann-lee affiliated_with quill-networks", "bob-hale affiliated_with orme-semiconductor"}, nil, []string{"texas-instruments Organization", "!texas"}},
		// employerPast: a desk in lower case, then where it is
		{"a desk's role is the body the desk is at or for", "Tom Reed, head of the threat laboratory at security firm Quill Labs, said so. Ann Lee, director of corporate marketing for Orme Bank, said so. Bob Hale, director of the law and technology programme at the University of Leeds, said so.",
			[]string{"tom-reed affiliated_with quill-labs", "ann-lee affiliated_with orme-bank", "bob-hale affiliated_with university-of-leeds"}, nil, nil},
		{"a desk may name what it is of", "Tom Reed, the service director for registrations of marriages at Quill Council, said no. Ann Lee, head of sales of bonds for Orme Bank, agreed.",
			[]string{"tom-reed affiliated_with quill-council", "ann-lee affiliated_with orme-bank"}, nil, nil},
		{"a clause before the body is no desk", "Ed Bale, head of the team which worked at Quill Bank, said so. Zak Oru, head of sales who worked for Orme Bank, said so.",
			nil, []string{"ed-bale affiliated_with quill-bank", "zak-oru affiliated_with orme-bank"}, nil},
		{"a firm after a desk and its scope", "\"It will fail,\" says Tom Reed, head of strategy for Latin American emerging markets for Quill Capital. Ann Lee, head of research for European equities at Orme Bank, agreed. Bob Hale, head of policy for the region, said Zentix Bank was wrong.",
			[]string{"tom-reed affiliated_with quill-capital", "ann-lee affiliated_with orme-bank"}, []string{"bob-hale affiliated_with zentix-bank"}, nil},
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
		{"a body described before its name", "The trial of Emilio Botin, the chairman of Spain's most powerful bank, Quillar Central Hispano, has started.",
			[]string{"emilio-botin affiliated_with quillar-central-hispano"}, []string{"emilio-botin affiliated_with spain"}, nil},
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
		{"a court has no company's officers", "WorldCom collapsed. Giving evidence in a US court, ex-finance chief Scott Sullivant implicated his colleague.",
			[]string{"scott-sullivant affiliated_with worldcom"}, []string{"scott-sullivant affiliated_with t-us-court"}, nil},
		{"a court has no company's officers", "WorldCom collapsed. The trial opened in a US court. Ex-finance chief Tom Sulley implicated his colleague.",
			[]string{"tom-sulley affiliated_with worldcom"}, []string{"tom-sulley affiliated_with t-us-court"}, nil},
		{"a title of state after a class noun is the state's", ukStory + "The EU trade commissioner spoke. It is a snub against political rival Chancellor Gordon Browne, who was to lead the delegation.",
			[]string{"gordon-browne affiliated_with united-kingdom"}, []string{"gordon-browne affiliated_with european-union"}, nil},
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
		// postedThenName, postEnd: a body's role held at a post, then the holder
		{"a body's role held at a post, then its holder in apposition, is the body's", "The WTO met in Geneva. European Union ambassador to the WTO, Carlo Trojan, said no. The US ambassador to the UN, Ed Bale, said so. Tom Reed spoke. The Quill Bank manager in Leeds, Ann Lee, said no.",
			[]string{"carlo-trojan affiliated_with european-union", "ed-bale affiliated_with united-states", "ann-lee affiliated_with quill-bank"},
			[]string{"carlo-trojan affiliated_with world-trade-organization", "ed-bale affiliated_with united-nations", "tom-reed affiliated_with quill-bank"}, nil},
		{"a post that goes on, or no post, is none", "The French ambassador to Iran since 2003, Bob Hale, said no. Quill Bank chairman Tom Reed, Ann Lee, said so.",
			nil, []string{"bob-hale affiliated_with france", "ann-lee affiliated_with quill-bank"}, nil},
		// shadowRoles: a shadow office's body between the title and its holder
		{"a shadow office may name its body before the holder", ukStory + "Tory leader Michael Howard spoke. Shadow leader of the Commons Tom Reed disagreed. Shadow chief secretary to the Treasury Ann Lee agreed.",
			[]string{"tom-reed affiliated_with conservative-party", "ann-lee affiliated_with conservative-party"}, nil, nil},
		// oppositionLeader, gazetteerParty: the gazetteer's Leader of the Opposition
		{"a shadow office is the party of the one Leader of the Opposition the article names", ukStory + "Tory leader Michael Howard spoke. Shadow chancellor Tom Reed disagreed.",
			[]string{"tom-reed affiliated_with conservative-party"}, nil, nil},
		{"the Leader of the Opposition's party may come from the gazetteer's role", ukStory + "Michael Howard spoke. Shadow home secretary Ann Lee disagreed.",
			[]string{"ann-lee affiliated_with conservative-party"}, nil, nil},
		{"no Leader of the Opposition, or two, give a shadow office no party", ukStory + "Shadow chancellor Tom Reed spoke. Michael Howard met Kemi Badenoch. Shadow home secretary Ann Lee disagreed.",
			nil, []string{"tom-reed affiliated_with conservative-party", "ann-lee affiliated_with conservative-party"}, nil},
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
		// roleApposed: a role set off by a comma that says where it is held
		{"an unknown name with a role held at a body in apposition is a person", "\"Rates will rise,\" said Sung Won Sohn, chief US economist for Quill Bank. Zak Oru, a senior analyst with Orme Securities, agreed. Tev Akso, the chief European strategist at Hale Telecom, said no.",
			[]string{"sung-won-sohn affiliated_with quill-bank", "zak-oru affiliated_with orme-securities", "tev-akso affiliated_with hale-telecom"}, nil, []string{"sung-won-sohn Person", "zak-oru Person", "tev-akso Person"}},
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
		{"the chancellor is not the shadow chancellor", ukStory + "Shadow chancellor Ed Bale accused Tom Reed of lying. The chancellor said Quill Bank was a shambles. The shadow chancellor said Marlin Group was a shambles. Shadow home secretary Bob Ray spoke. The home secretary said Orme Bank was a shambles.",
			[]string{"ed-bale criticized marlin-group"}, []string{"ed-bale criticized quill-bank", "bob-ray criticized orme-bank"}, nil},
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
		{"another speaker's negated clause about the one just accused answers the charge", "Labour accused Jane Orme of lying. Downing Street said she was not lying. The Tories accused Zentix of fraud. Ed Bale said it had never broken the law. Labour accused the Tories of lying. Tom Reed said they did not lie.",
			[]string{"downing-street denied labour-party", "ed-bale denied conservative-party", "tom-reed denied labour-party"}, nil, nil},
		{"another speaker's negated clause about the one just accused answers the charge", "Labour accused Jane Orme of lying. Jane Orme said she did not know the date. Labour said she was not fit to serve. Tom Reed said Ed Bale was not lying. Tom Reed said he was not lying. Labour MP Ann Pike said she was not fit to serve.",
			nil, []string{"jane-orme denied labour-party", "tom-reed denied labour-party", "ann-pike denied labour-party"}, nil},
		{"another speaker's negated clause about the one just accused answers the charge", "Labour accused Jane Orme of lying. " + strings.Repeat("The weather was fine and the roads were quiet all day long. ", 12) + "Tom Reed said she was not lying.",
			nil, []string{"tom-reed denied labour-party"}, nil},
		{"a party's own president holds no office of state", ukStory + "The Liberal Democrats' President Simon Hughes spoke. Labour's President Jane Orme spoke too. Plaid Cymru's former President, Ed Bale, agreed.",
			[]string{"simon-hughes affiliated_with liberal-democrats", "jane-orme affiliated_with labour-party"}, []string{"simon-hughes affiliated_with united-kingdom", "jane-orme affiliated_with united-kingdom", "ed-bale affiliated_with united-kingdom"}, nil},
		{"a class noun's role is the body given that class", "The Quill Trust gave money. Music magazine Mojo compiled a list. Zentix Holdings sold a unit. The magazine's editor Mark Robertson said it was simple.",
			[]string{"mark-robertson affiliated_with mojo"}, []string{"mark-robertson affiliated_with zentix-holdings"}, nil},
		{"a class noun's role is the body given that class", "The Mull Historical Society played. The magazine's music editor Mark Robertson said it was simple. They arrived for the recording of BBC Radio 4's Any Questions. The programme's host, Jonathan Dimbleby, said so.",
			[]string{"jonathan-dimbleby affiliated_with any-questions"}, []string{"mark-robertson affiliated_with mull-historical-society"}, nil},
		{"a plural role with no body is a kind of people, of no body named last", "Zentix Holdings made a profit. She would love to work with directors Pedro Almodovar or Alejandro Amenabar. The band, which includes members Matt Jay and James Bourne, grew.",
			nil, []string{"pedro-almodovar affiliated_with zentix-holdings", "matt-jay affiliated_with zentix-holdings"}, nil},
		{"a speaker's clause that someone should go", "Tom Reed said Ken Livingstone should apologise. The Tories said Mr Blunkett must now resign. Ed Bale said he should not resign. Jane Orme said Labour should go further. Ann Pike said Tom Reed should stand in May.",
			[]string{"tom-reed criticized ken-livingstone", "conservative-party criticized david-blunkett"}, []string{"jane-orme criticized labour-party", "ann-pike criticized tom-reed"}, nil},
		{"officials in a state who open the sentence act for it", "Officials in Kenya accused Tom Reed of fraud. Lawmakers in Ghana are investigating Zentix Holdings. An EU spokesman in Washington dismissed the claims. Friends in Kenya accused Jane Orme of lying.",
			[]string{"kenya accused tom-reed", "ghana investigates zentix-holdings"}, []string{"kenya accused jane-orme", "united-states denied"}, nil},
		{"a speaker's clause of a firm's wrongs accuses it", "Unison said Zentix Holdings had defrauded its workers. The GMB claimed Quill Bank had deceived investors and hid losses.",
			[]string{"unison accused zentix-holdings", "gmb accused quill-bank"}, nil, nil},
		{"a publication's author speaks through it", "Tom Reed's new book has sold well with its claims that Tony Blair lied. The report, by Sunday Times journalist Jane Orme, was published. The report says Gordon Brown misled Parliament. A report by Ed Bale came out. The report said Michael Howard had lied.",
			[]string{"tom-reed accused tony-blair", "jane-orme accused gordon-brown", "ed-bale accused michael-howard"}, nil, nil},
		{"a party's role in a parliament is the party's", "Scottish National Party Holyrood leader Jane Orme spoke. Holyrood presiding officer Tom Reed agreed.",
			[]string{"jane-orme affiliated_with scottish-national-party", "tom-reed affiliated_with scottish-parliament"}, []string{"jane-orme affiliated_with scottish-parliament"}, nil},
		{"a quoted voice at a firm is the firm's", `"It is a one-day event," said Ken Mayland at Merrill Lynch. Jo Reed at Quill Capital said so. Prices rose, said analyst Ed Bale at Zentix Holdings. The president met Prime Minister Tony Blair at Downing Street. Tom Reed met Jane Orme at Zentix Holdings.`,
			[]string{"ken-mayland affiliated_with merrill-lynch", "ed-bale affiliated_with zentix-holdings"}, []string{"tony-blair affiliated_with downing-street", "jane-orme affiliated_with zentix-holdings"}, nil},
		{"wrong to act is criticism, wrong to say is a denial of what follows", "Tom Reed said Labour was wrong to raise taxes. Jane Orme said Michael Howard was wrong to suggest the plan had failed. Ed Bale said: \"The Law Lords are simply wrong to imply that this is a whim.\"",
			[]string{"tom-reed criticized labour-party", "jane-orme denied michael-howard", "ed-bale denied law-lords"}, []string{"jane-orme criticized michael-howard", "ed-bale criticized law-lords"}, nil},
		{"criticism of someone voiced", "Jane Orme voiced criticism of Ed Bale over the plans. Tom Reed renewed his criticism of Labour. Ann Pike echoed criticisms of the way Mr Quill ran the firm. Michael Howard's criticism of Kate Parrow was fierce. Alan Rook voiced criticism of the way in which Ed Bale ran the club.",
			[]string{"jane-orme criticized ed-bale", "tom-reed criticized labour-party", "ann-pike criticized quill-t", "michael-howard criticized kate-parrow", "alan-rook criticized ed-bale"}, nil, nil},
		{"criticism of someone voiced", "Jane Orme did not voice criticism of Ed Bale. Tom Reed said Labour had made criticism of Ann Pike impossible.",
			nil, []string{"jane-orme criticized ed-bale", "labour-party criticized ann-pike", "tom-reed criticized ann-pike"}, nil},
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
		{"playing by the rules or having nothing to hide declares innocence", "Tom Reed insisted he had played by the rules. Quill Bank said it had followed the rules. Ed Bale said he had nothing to hide. Zentix Holdings said it had followed proper procedures.",
			[]string{"tom-reed denied t-tom-reed-denial", "quill-bank denied t-quill-bank-denial", "ed-bale denied t-ed-bale-denial", "zentix-holdings denied t-zentix-holdings-denial"}, nil, nil},
		{"having nothing to do with it, having told the truth or clearing one's name declares innocence; no substance or a malicious claim is a denial", "Ed Bale accused Tom Reed of lying. Tom Reed said he had nothing to do with it. Zak Pellow accused Quill Bank of fraud. Quill Bank said it had told the truth. Ann Lee accused Marlin Group of bribery. Marlin Group said there was no substance to the claims. Bob Ray accused Orme Bank of theft. Orme Bank said the accusation was malicious. Jane Orme accused Ted Hume of cheating. Ted Hume said he would clear his name.",
			[]string{"tom-reed denied ed-bale", "quill-bank denied zak-pellow", "marlin-group denied ann-lee", "orme-bank denied bob-ray", "ted-hume denied jane-orme"}, nil, nil},
		{"saying one's deal was legal, above board or by the book declares innocence", "Ed Bale accused Quill Bank of fraud. Quill Bank insisted the deal was perfectly legal. Ann Lee accused Marlin Group of bribery. Marlin Group said everything was above board. Zak Pellow accused Orme Bank of theft. Orme Bank said it had done everything by the book.",
			[]string{"quill-bank denied ed-bale", "marlin-group denied ann-lee", "orme-bank denied zak-pellow"}, nil, nil},
		{"a charge called false or rejected by a pronoun in a speaker's own words is denied", "Ed Bale accused Tom Reed of lying. Tom Reed said: \"It is a lie.\" Zak Pellow accused Quill Bank of fraud. \"That is rubbish,\" Quill Bank said. Ann Lee accused Marlin Group of bribery. Marlin Group said: \"We totally reject that.\" Bob Ray accused Orme Bank of theft. Orme Bank said the claim was \"complete and utter nonsense\".",
			[]string{"tom-reed denied ed-bale", "quill-bank denied zak-pellow", "marlin-group denied ann-lee", "orme-bank denied bob-ray"}, nil, nil},
		{"an act called wrong in a speaker's words denies nothing", "Ed Bale accused Tom Reed of lying. Tom Reed said: \"It was wrong to cut jobs.\"",
			nil, []string{"tom-reed denied ed-bale"}, nil},
		{"a duty unmet is no innocence", "Ed Bale accused Tom Reed of lying. Tom Reed said: \"I should have told the truth.\"",
			nil, []string{"tom-reed denied ed-bale"}, nil},
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
		{"a condition told with had is no act", "James Fordham was jailed - it would have been longer had he denied her murder. Had the Tories attacked Labour, they would have lost.",
			nil, []string{"james-fordham denied t-james-fordham-denial", "conservative-party criticized labour-party"}, nil},
		{"a condition told with had is no act", "James Fordham said he had denied the murder. The Tories had attacked Labour.",
			[]string{"james-fordham denied t-james-fordham-denial", "conservative-party criticized labour-party"}, nil, nil},
		{"a state and a firm deny together", "The airline Alitalia made a loss. Both the Italian government and Alitalia have repeatedly denied that the money is state aid.",
			[]string{"italy denied t-italy-denial", "alitalia denied t-alitalia-denial"}, nil, nil},
		{"a body and a person in apposition are one subject", "But director of the Victims of Crime Trust, Norman Brenan, accused Lord Woolf of contempt.",
			[]string{"norman-brenan accused lord-woolf"}, []string{"victims-of-crime-trust accused lord-woolf"}, nil},
		{"a participle with no auxiliary is passive", "Anand Jain, accused by Peter Quill of creating a rift, resigned.",
			[]string{"peter-quill accused anand-jain"}, []string{"anand-jain accused peter-quill"}, nil},
		{"a participle with no auxiliary is passive", "The Tories met. Jane Orme - a former board member criticised by Labour for her pay - resigned.",
			[]string{"labour-party criticized jane-orme"}, []string{"jane-orme criticized labour-party"}, nil},
		{"a participle after a description with a body's name or possessive is passive of the name described", "The Tories met. Zak Pellow - another Marlin Group board member accused by Bob Ray of lying - left. Tom Hale, Quill Bank's finance director accused by Ann Lee of fraud, resigned. Ed Bale, a Labour MP criticised by the Tories, quit. Bob Lane, the Tory chairman criticised by Labour, stayed.",
			[]string{"bob-ray accused zak-pellow", "ann-lee accused tom-hale", "conservative-party criticized ed-bale", "labour-party criticized bob-lane"}, []string{"bob-ray accused marlin-group", "ann-lee accused quill-bank"}, nil},
		{"a participle is passive of a person after a preposition", "He demanded that Anand Jain - another board member accused by Ravi Shah of creating a rift - be thrown out. She spoke with Ann Lee, accused by Tom Reed of lying, on Monday.",
			[]string{"ravi-shah accused anand-jain", "tom-reed accused ann-lee"}, nil, nil},
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
		{"calling a claim nonsense, absurd or ridiculous to make denies it to its maker", "Tom Reed accused Ann Lee of lying. \"It is nonsense to claim that I lied,\" Ann Lee said. Ed Bale accused Quill Bank of fraud. Quill Bank said it was ridiculous to say the bank had cheated. Zak Pellow accused Orme Group of bribery. Orme Group said it was absurd to claim so.",
			[]string{"ann-lee denied tom-reed", "quill-bank denied ed-bale", "orme-group denied zak-pellow"}, nil, nil},
		// [criticism-cue] ignored, disregard; hypothetical: a judgement of what a party might do is none
		{"a speaker who says a party ignored or disregarded something criticises it", "Tom Reed said Quill Bank had ignored the consultation period. Ann Lee said the Zentix Party showed a complete disregard for voters. Ed Bale said Marlin Group had torn up agreed procedures.",
			[]string{"tom-reed criticized quill-bank", "ann-lee criticized zentix-party", "ed-bale criticized marlin-group"}, nil, nil},
		{"words that judge what a party might do in a condition criticise no one, unless they name what it does now", "Tom Reed warned that if Quill Bank ignored the request it would be an insult. Ann Lee said that if the Zentix Party cut jobs it would be a disgrace. Ed Bale said MPs would act if Marlin Group did not \"stop this nonsense\".",
			[]string{"ed-bale criticized marlin-group"}, []string{"tom-reed criticized quill-bank", "ann-lee criticized zentix-party"}, nil},
		// affiliations: a city's office is no office of the state the city is the capital of
		{"a mayor named by a capital city's office is not affiliated with the state", "Ken Livingstone, the Mayor of London, spoke. The Kyiv mayor, Vitali Klitschko, said Russia attacked. The Russian president, Vladimir Putin, denied it.",
			[]string{"vladimir-putin affiliated_with russia"}, []string{"ken-livingstone affiliated_with united-kingdom", "vitali-klitschko affiliated_with ukraine"}, nil},
		// investigationBy: an inquiry by a body prompted by a charge against a party
		{"an inquiry by a body prompted by a charge against a party investigates the party", "An investigation by the Standards Board is under way following allegations that Tom Reed has brought his office into disrepute. A probe by the Financial Services Authority began after claims that Quill Bank misled investors. An inquiry by the Serious Fraud Office opened over allegations against Zentix Holdings. A review by the Audit Commission followed a complaint by Ann Lee.",
			[]string{"standards-board investigates tom-reed", "financial-services-authority investigates quill-bank", "serious-fraud-office investigates zentix-holdings"}, []string{"audit-commission investigates ann-lee"}, nil},
		// ledState: a leader's government named by a title or a taught name
		{"a head of government's government is the state, however the head is named", "Viktor Yushchenko won. Mr Yushchenko's administration has accused Leonid Kuchma of corruption. Tony Blair spoke. Ann Lee accused Mr Blair's government of lying. Tom Reed's government criticised Quill Bank.",
			[]string{"ukraine accused leonid-kuchma", "ann-lee accused united-kingdom"}, []string{"ann-lee accused tony-blair", "united-kingdom criticized quill-bank"}, nil},
		// gazetteer: the Scottish Executive, the Scottish Government's former name
		{"a devolved government by its former name is the government", "The Conservatives accuse the Scottish Executive of using the council tax to raise funds. The Welsh Assembly Government criticised Quill Bank.",
			[]string{"conservative-party accused scottish-government", "welsh-government criticized quill-bank"}, nil, nil},
		// gazetteer: Brussels, the EU's seat, speaks and is accused for it; "in Brussels" is the place
		{"Brussels as an actor is the European Union, in Brussels the city", "The US filed a complaint against Brussels with the WTO over state aid to Airbus. Brussels accused Quill Bank of abusing its dominance. Tom Reed criticised Zentix Holdings in Brussels on Monday.",
			[]string{"united-states accused european-union", "european-union accused quill-bank", "tom-reed criticized zentix-holdings"}, nil, []string{"brussels Place"}},
		// [criticize] taunt; [outsider-noun]: a body's followers are not the body
		{"taunting a party criticises it, but criticising a body's fans or voters is not criticising the body", "Michael Howard taunted Tony Blair over splits. Ann Lee taunts Quill Bank. Tom Reed was sent off for taunting Marlin United fans. Ed Bale criticised Zentix Party voters. Bob Ray accused Orme Bank of misleading shareholders.",
			[]string{"michael-howard criticized tony-blair", "ann-lee criticized quill-bank", "bob-ray accused orme-bank"}, []string{"tom-reed criticized marlin-united", "ed-bale criticized zentix-party"}, nil},
		// justiceCall: a call for justice on a party accuses it
		{"a call for a party to be prosecuted or punished accuses it; for it to be protected does not", "Tom Reed called for Quill Bank to be prosecuted. Ann Lee demanded that Zak Pellow be brought to justice. Ed Bale urged that Marlin Group should be punished. Bob Ray called for Orme Bank to be protected.",
			[]string{"tom-reed accused quill-bank", "ann-lee accused zak-pellow", "ed-bale accused marlin-group"}, []string{"bob-ray accused orme-bank", "bob-ray criticized orme-bank"}, nil},
		// investigationBy: the subject or target of an inquiry by a body
		{"a party that is the subject or target of an inquiry by a body is investigated by it", "Quill Bank is the subject of an inquiry by the Financial Services Authority. Tom Reed has become the target of a probe by the Serious Fraud Office. The subject of an inquiry by the Office of Fair Trading was the pension scheme.",
			[]string{"financial-services-authority investigates quill-bank", "serious-fraud-office investigates tom-reed"}, nil, nil},
		// skipWord: "long" and "first" between the subject and its verb
		{"an adverb of time between the subject and its verb is passed over", "Tom Reed has long blamed Quill Bank for the crisis. Ann Lee first accused Zentix Holdings of fraud in May. A long battle left Marlin Group weak.",
			[]string{"tom-reed accused quill-bank", "ann-lee accused zentix-holdings"}, nil, nil},
		// [criticize] disgust, dismay: the one who feels it judges, though "by" follows
		{"a party disgusted, appalled or outraged by another's act criticises the other", "Tom Reed said he was appalled by Quill Bank's decision. Ann Lee was outraged by Zak Pellow's remarks. Ed Bale said she was dismayed at the Zentix Party's plan. Bob Ray was criticised by Orme Group.",
			[]string{"tom-reed criticized quill-bank", "ann-lee criticized zak-pellow", "ed-bale criticized zentix-party", "orme-group criticized bob-ray"}, []string{"quill-bank criticized tom-reed", "zak-pellow criticized ann-lee"}, nil},
		// saidOf after a quotation: "they" of the quotation is the one it is said of
		{"a quotation said of a party after it speaks of the party by its pronoun", "\"They have failed,\" Tom Reed said of the Zentix Party. \"He is arrogant,\" Ann Lee said of Michael Howard. \"They have failed,\" Ed Bale said.",
			[]string{"tom-reed criticized zentix-party", "ann-lee criticized michael-howard"}, nil, nil},
		// deprived: a threat to take something from a party threatens it
		{"a threat to withdraw, cut off or suspend something from or to a party threatens the party", "Tom Reed threatened to withdraw funding from Quill Bank. Russia threatened to cut off gas supplies to Ukraine. The US threatened to suspend aid to Pakistan. Ann Lee threatened to withdraw from the talks with Zentix Holdings.",
			[]string{"tom-reed threatened quill-bank", "russia threatened ukraine", "united-states threatened pakistan"}, []string{"ann-lee threatened zentix-holdings"}, nil},
		// law action a speaker will take, its object inside the phrase
		{"a speaker who says it will take or drag a party to court threatens it", "Tom Reed said he would take Quill Bank to court. Zentix Holdings said it will drag Marlin Group to court. Ann Lee said she would take Orme Bank to the cleaners.",
			[]string{"tom-reed threatened quill-bank", "zentix-holdings threatened marlin-group"}, []string{"ann-lee threatened orme-bank"}, nil},
		// asideSubject: a passive's subject before an aside set off by commas
		{"a passive's subject before an aside set off by commas is the one acted on", "Ann Lee, the chancellor, was attacked by Tom Reed. Quill Bank, which lost money, was fined by the Financial Services Authority. Zak Pellow, a Labour MP, has been criticised by Ed Bale.",
			[]string{"tom-reed criticized ann-lee", "financial-services-authority accused quill-bank", "ed-bale criticized zak-pellow"}, nil, nil},
		// [criticism-received] under fire; troops or a place under fire from arms are struck
		{"a party under fire or the target of criticism from another is criticised; troops or a city under fire from arms are attacked", "Ann Lee has been under fire from Tom Reed. Quill Bank was the target of criticism from Ed Bale. Ukrainian troops came under fire from Russian forces. Kyiv was under attack from Russian missiles. Paris came under fire from Washington.",
			[]string{"tom-reed criticized ann-lee", "ed-bale criticized quill-bank", "russian-military attacked ukrainian-military", "russia attacked kyiv", "united-states criticized france"},
			[]string{"russian-military criticized ukrainian-military", "russia criticized ukraine", "united-states attacked paris"}, nil},
		// [voice]: leading or joining criticism of a party
		{"a party that leads or joins the criticism of another criticises it", "Tom Reed led the criticism of Ann Lee. Ed Bale joined the criticism of Quill Bank. Zak Pellow led the talks with Marlin Group.",
			[]string{"tom-reed criticized ann-lee", "ed-bale criticized quill-bank"}, []string{"zak-pellow criticized marlin-group"}, nil},
		// a party's claims, a noun that is also a verb of speech, speak for it
		{"a party's claims that another did wrong are the party's accusation, as its allegations are", "Tom Reed's claims that Quill Bank cheated were rejected. Claims by Ann Lee that Zak Pellow had lied were denied. Ed Bale's claim that Marlin Group broke the law was false.",
			[]string{"tom-reed accused quill-bank", "ann-lee accused zak-pellow", "ed-bale accused marlin-group"}, nil, nil},
		// complainedAbout: a complaint to a body about a party accuses the party; damages sought from a party too
		{"a complaint made to a body about a party, or damages sought from it, accuses the party", "Tom Reed has complained to the regulator about Quill Bank. Ann Lee lodged a complaint with Ofcom over Zentix Holdings. Ed Bale is seeking damages from Marlin Group. Bob Ray complained about the weather. Jane Orme did not complain about Orme Bank. The watchdog is to look into a complaint from Zak Pellow about how Ted Hume uses its call centres. A complaint from Lord Quill about the weather was filed.",
			[]string{"tom-reed accused quill-bank", "ann-lee accused zentix-holdings", "ed-bale accused marlin-group", "zak-pellow accused ted-hume"}, []string{"jane-orme accused orme-bank"}, nil},
		// [resign-call]: stop its own conduct, get its house in order, explain itself
		{"a call on a party to stop its own conduct, put its house in order or explain itself criticises it; one to stop what others do does not", "Tom Reed urged Quill Bank to stop its attacks. Ann Lee told Zentix Holdings to get its house in order. Ed Bale demanded that Zak Pellow explain himself. Bob Ray urged the United Nations to stop the killing. Jane Orme asked Ted Hume to stop by.",
			[]string{"tom-reed criticized quill-bank", "ann-lee criticized zentix-holdings", "ed-bale criticized zak-pellow"}, []string{"bob-ray criticized united-nations", "jane-orme criticized ted-hume"}, nil},
		// engagedTo: a body brought in or appointed to investigate investigates
		{"a body called in, brought in or appointed to investigate a party investigates it; one asked to or wanting to does not yet", "The Serious Fraud Office has been called in to investigate Quill Bank. Lord Quill was appointed to investigate Zentix Holdings. The Office of Fair Trading was asked to investigate Marlin Group. The Financial Services Authority wants to investigate Orme Bank.",
			[]string{"serious-fraud-office investigates quill-bank", "lord-quill investigates zentix-holdings"}, []string{"office-of-fair-trading investigates marlin-group", "financial-services-authority investigates orme-bank"}, nil},
		// thatUntrue: "that was not true" answers the charge against the speaker
		{"a speaker accused before who says that was not true or nonsense denies the charge", "Tom Reed accused Ann Lee of lying. Ann Lee said that was not true. Ed Bale accused Quill Bank of fraud. Quill Bank said this was simply nonsense. Zak Pellow said that was not true. Bob Ray accused Jane Orme of lying. Jane Orme said that was wrong of him.",
			[]string{"ann-lee denied tom-reed", "quill-bank denied ed-bale"}, []string{"jane-orme denied bob-ray", "zak-pellow denied t-zak-pellow-denial"}, nil},
		// [criticism-cue] failure to, refusal to; misfortune: a failure to win, a refusal conceded
		{"a speaker who names a party's failure or refusal to act criticises it, not its failure to win or a refusal it concedes", "Tim Collins said the report highlighted Labour's failure to teach pupils to read. Ann Lee said: \"Quill Bank's continued refusal to admit the losses is a scandal.\" Tom Reed said Zentix Holdings' failure to win the contract was a blow. Ed Bale said the US will act despite George Bush's refusal to sign the protocol.",
			[]string{"tim-collins criticized labour-party", "ann-lee criticized quill-bank"}, []string{"tom-reed criticized zentix-holdings", "ed-bale criticized george-w-bush"}, nil},
		// [criticism-cue] put at risk, jeopardise
		{"a speaker who says a party's plans would put something at risk or jeopardise it criticises the party", "Tony Blair said: \"The Zentix Party's tax proposals would put at risk Britain's economic stability.\" Tom Reed said Quill Bank would jeopardise the recovery.",
			[]string{"tony-blair criticized zentix-party", "tom-reed criticized quill-bank"}, nil, nil},
		// [blame-cue]: taking money that is not one's own
		{"a speaker who says a party pocketed money, lined its pockets or took bribes accuses it", "Tom Reed said Ann Lee had pocketed the money. Ed Bale said Quill Bank executives had lined their pockets. Jane Orme said Zak Pellow accepted bribes.",
			[]string{"tom-reed accused ann-lee", "ed-bale accused quill-bank", "jane-orme accused zak-pellow"}, nil, nil},
		// ownTitle: a body and "its chief executive X" are both acted on, as subjects or objects
		{"a body coordinated with its own officer by title are both acted on", "Quill Bank and its chief executive Tom Reed were fined by the Financial Services Authority. The Serious Fraud Office accused Zentix Holdings and its chairman Ann Lee of fraud. Marlin Group and the chairman denied the claims.",
			[]string{"financial-services-authority accused quill-bank", "financial-services-authority accused tom-reed", "serious-fraud-office accused zentix-holdings", "serious-fraud-office accused ann-lee", "tom-reed affiliated_with quill-bank"}, nil, nil},
		// registerRoles: a gazetteer role the article gives a person registers its head word
		{"a person the article calls by a gazetteer role is the one the bare role word means later", "Ken Livingstone spoke on Monday. The London mayor's comments angered many. Tony Blair said sorry. The mayor accused Oliver Finegold of doorstepping him.",
			[]string{"ken-livingstone accused oliver-finegold"}, nil, nil},
		// [criticism-cue]: conduct unbecoming, disrepute, poor leadership
		{"a speaker who says a party behaved in a manner unbecoming, brought its office into disrepute or showed poor leadership criticises it", "Tom Reed said: \"Ann Lee has behaved in a manner unbecoming of her office.\" Ed Bale said Zak Pellow had brought his office into disrepute. Jane Orme said Quill Bank had shown poor leadership.",
			[]string{"tom-reed criticized ann-lee", "ed-bale criticized zak-pellow", "jane-orme criticized quill-bank"}, nil, nil},
		// shouldGo, [dismiss-verb]: the one a speaker says should be sacked is criticised
		{"a speaker who says a leader should sack a person criticises that person, not the leader", "Frank Field said Tony Blair should sack Gordon Brown. Tom Reed said Zak Pellow must get rid of Ann Lee. Ed Bale said Quill Bank should remove the barriers.",
			[]string{"frank-field criticized gordon-brown", "tom-reed criticized ann-lee"}, []string{"frank-field criticized tony-blair", "tom-reed criticized zak-pellow"}, nil},
		// [criticism-cue] giving in; stateGovernment: "the British Government" is the state
		{"a party said to give in or cave in to pressure is criticised; a state's capitalised Government is the state", "Michael Ancram argued: \"What the British Government is doing is giving in to French and German pressure.\" Tom Reed said Quill Bank had caved in to pressure from the unions. The US Administration criticised Zentix Holdings. The British Council criticised Marlin Group.",
			[]string{"michael-ancram criticized united-kingdom", "tom-reed criticized quill-bank", "united-states criticized zentix-holdings", "british-council criticized marlin-group"}, nil,
			[]string{"!british-government", "!us-administration"}},
		// phraseAcrossMarks: scare quotes inside a cue of several words
		{"scare quotes inside an evaluative phrase do not hide it", "Alan Milburn said the Tories were in \"turmoil\". Tom Reed said Quill Bank was out of \"touch\". Ann Lee said she had joined the Zentix Party, which she labelled as a \"joke\".",
			[]string{"alan-milburn criticized conservative-party", "tom-reed criticized quill-bank", "ann-lee criticized zentix-party"}, nil, nil},
		// tokenize: a straight single mark that opens a scare quote is no possessive
		{"a single quotation mark opening a scare quote after a name is no possessive of the name", "Tony Blair 'lied' over Iraq, Michael Howard said. Tom Reed said Quill Bank 'misled' investors. The Professional Footballers' Association accused Zentix United of failing the player.",
			[]string{"michael-howard accused tony-blair", "tom-reed accused quill-bank", "professional-footballers-association accused zentix-united"}, nil, nil},
		// appendMentions: a nationality after an age names a person, no state
		{"a nationality told with an age is a person, not the state", "Tom Reed accused Quill Bank of fraud. \"I have acted correctly,\" the 27-year-old Austrian said in a statement. Arsenal partnered 17-year-old Italian striker Ann Lee with Bob Ray. The Austrian government criticised Zentix Holdings.",
			[]string{"austria criticized zentix-holdings"}, []string{"austria denied t-austria-denial", "austria denied tom-reed", "ann-lee affiliated_with italy"}, nil},
		// possessedAct: the owner of an act judged, not the party the act is on
		{"words that judge a party's act on another judge the owner of the act", "Tony Blair's feud with Gordon Brown is damaging the country, Michael Howard has claimed. Tom Reed said Ann Lee's treatment of Zak Pellow was shameful. Ed Bale said the Zentix Party's attack on Quill Bank was a disgrace.",
			[]string{"michael-howard criticized tony-blair", "tom-reed criticized ann-lee", "ed-bale criticized zentix-party"}, []string{"michael-howard criticized gordon-brown", "tom-reed criticized zak-pellow", "ed-bale criticized quill-bank"}, nil},
		// [criticism-cue]: pretence, tyranny
		{"a speaker who says a party is pretending, or would make a tyranny, criticises it", "Tom Reed said Ann Lee was pretending the cuts had never happened. Ed Bale said Zak Pellow pretends to care about savers. Jane Orme said the Zentix Party wanted to create a tyranny. Bob Ray said he thought Ted Hume's comments were \"inappropriate\".",
			[]string{"tom-reed criticized ann-lee", "ed-bale criticized zak-pellow", "jane-orme criticized zentix-party", "bob-ray criticized ted-hume"}, nil, nil},
		// [not-name]: a question's opening auxiliary is no part of the name after it
		{"an auxiliary opening a question is no part of the name after it", "Ed Bale said: \"Is Quill Bank really pretending this is all made up?\" Tom Reed asked: \"Does Marlin Group think we are fools?\"",
			[]string{"ed-bale criticized quill-bank"}, nil, []string{"quill-bank Organization", "marlin-group Organization", "!is-quill-bank", "!does-marlin-group"}},
		// [innocence]: nothing to apologise for, confident of being cleared
		{"a party accused before that says it has nothing to apologise for or will be cleared denies the charge", "Tom Reed accused Quill Bank of fraud. Quill Bank said it had nothing to apologise for. Ann Lee accused Zak Pellow of lying. Zak Pellow said he was confident he would be cleared. Ed Bale accused Orme Bank of bribery. Orme Bank said it would defend itself vigorously. Bob Ray said Jane Orme had nothing to apologise for.",
			[]string{"quill-bank denied tom-reed", "zak-pellow denied ann-lee", "orme-bank denied ed-bale"}, []string{"bob-ray denied t-bob-ray-denial"}, nil},
		// [innocence]: keeping to the rules, good faith
		{"a party that says it kept to the rules or acted in good faith denies the charge", "Tom Reed accused Michael Howard of cheating. At a news conference, Mr Howard insisted he had played by the party's rules. Ann Lee accused Quill Bank of fraud. Quill Bank said it had acted in good faith. Ed Bale accused Zak Pellow of lying. Mr Pellow said he had done nothing illegal.",
			[]string{"michael-howard denied tom-reed", "quill-bank denied ann-lee", "zak-pellow denied ed-bale"}, nil, nil},
		// claimBefore: ", something X denies" answers the sentence's speaker, before any earlier accuser
		{"a charge the sentence's speaker makes and the denier denies is answered, not the denier's earlier accuser", "Quill Bank sued Tom Reed for fraud. Ann Lee has suggested that Tom Reed is helping Ed Bale only to win a lighter sentence, something Mr Reed denies. Marlin Group accused Zak Pellow of fraud. Orme Bank says Zak Pellow will sell the firm, something Mr Pellow denies.",
			[]string{"tom-reed denied ann-lee", "zak-pellow denied orme-bank"}, []string{"tom-reed denied quill-bank", "zak-pellow denied marlin-group"}, nil},
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
			[]string{"liam-fox accused tony-blair"}, []string{"liam-fox criticized conservative-party", "liam-fox accused conservative-party"}, nil},
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
			[]string{"us-treasury criticized federal-reserve"}, nil, []string{"!hm-treasury"}},
		{"the home state's Treasury", ukStory + "The Tories said Gordon Brown had lied. A Treasury spokesman dismissed the claims, saying it was on track.",
			[]string{"hm-treasury denied conservative-party"}, nil, nil},
		{"another state's Treasury", ukStory + "\"The US is not convinced,\" said Treasury Under Secretary Paul Quillan.",
			[]string{"paul-quillan affiliated_with us-treasury"}, []string{"paul-quillan affiliated_with hm-treasury"}, nil},
		// describedPerson: a place or an age before a person's noun
		{"a person described by place or age opens a sentence as the person named before", "Tom Reed will stand against Ann Lee in the election. Mr Reed said he would win. The Leeds North MP, who left Labour in May, accused Ms Lee of lying.",
			[]string{"tom-reed accused ann-lee"}, nil, nil},
		{"a person described by place or age opens a sentence as the person named before", "Bob Hale resigned from Quill Bank on Monday. The 52-year-old banker denied the charges.",
			[]string{"bob-hale denied t-bob-hale-denial"}, nil, nil},
		{"a person described by place or age opens a sentence as the person named before", "Ed Bale won the race in Erfurt. The Yorkshire runner criticised Quill Bank over its sponsorship.",
			[]string{"ed-bale criticized quill-bank"}, []string{"ed-bale affiliated_with united-kingdom"}, nil},
		{"a description whose noun goes on is not one", "Ed Bale won the race in Erfurt. The Leeds MP for Pudsey criticised Quill Bank. Ann Lee spoke. The Leeds MP's office criticised Orme Bank. Tom Reed spoke. The Leeds MP and his aide criticised Hale Bank.",
			nil, []string{"ed-bale criticized quill-bank", "ann-lee criticized orme-bank", "tom-reed criticized hale-bank"}, nil},
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
		{"a lawsuit against a party is its subject's", "Yukos is also seeking $20bn in a separate US lawsuit against Rosneft and Gazprom. Marion Jonas files lawsuit against Victor Conti.",
			[]string{"yukos accused rosneft", "yukos accused gazprom", "marion-jonas accused victor-conti"}, nil, nil},
		{"a lawsuit against a party is its subject's", "Shell said a lawsuit against Gazprom was thrown out. Rosneft, the buyer, now faces a lawsuit against Rosneft and Gazprom.",
			nil, []string{"shell accused gazprom", "rosneft accused gazprom"}, nil},
		{"a position refuted is its holder's", "Cairn Energy refuted the Indian government's position. Zentix Holdings rejected Labour's version of events.",
			[]string{"cairn-energy denied india", "zentix-holdings denied labour-party"}, nil, nil},
		{"a complaint held against", "Yukos still has an outstanding complaint against Deutsche Bank. Arsenal's Patrick Viera had earlier denied accusations that he threatened Gary Neville.",
			[]string{"yukos accused deutsche-bank"}, []string{"patrick-viera threatened gary-neville"}, nil},
		{"a complaint filed against", "Yukos filed a complaint against Deutsche Bank. Shell lodged complaints against Gazprom.",
			[]string{"yukos accused deutsche-bank", "shell accused gazprom"}, nil, nil},
		{"accusations levelled at, hurled at, laid or pressed against a party accuse it", "Tom Reed levelled accusations at Quill Bank. Ann Lee hurled accusations at the Zentix Party. Ed Bale pressed charges against Marlin Group. Zak Pellow laid charges against Orme Bank. Bob Ray made allegations at the hearing.",
			[]string{"tom-reed accused quill-bank", "ann-lee accused zentix-party", "ed-bale accused marlin-group", "zak-pellow accused orme-bank"}, nil, nil},
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
		{"coordinated subjects with a form of address", "Peter Quill spoke. Anna Lodge spoke. Tom Reed, Mr Quill and Ms Lodge deny conspiring to commit fraud. Mr Quill and Ms Lodge accused Zentix Bank of lying.",
			[]string{"peter-quill denied t-peter-quill-denial", "anna-lodge denied t-anna-lodge-denial", "tom-reed denied t-tom-reed-denial", "peter-quill accused zentix-bank", "anna-lodge accused zentix-bank"}, nil, nil},
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
		{"laughing off or waving aside a charge denies it", "Ed Bale accused Tom Reed of lying. Tom Reed laughed off the claims. Zak Pellow accused Quill Bank of fraud. Quill Bank waved aside the allegations. Ann Lee accused Marlin Group of bribery. Marlin Group said it was wholly untrue to suggest so.",
			[]string{"tom-reed denied ed-bale", "quill-bank denied zak-pellow", "marlin-group denied ann-lee"}, nil, nil},
		{"rapping, faulting, slapping down, voicing anger at, doubting or questioning the wisdom of a party criticise it", "Tom Reed rapped Ed Bale for his comments. Ann Lee faulted Quill Bank. Zak Pellow slapped down the Zentix Party. Bob Ray voiced anger at Marlin Group. Jane Orme cast doubt on Orme Bank's figures. Ted Hume questioned the wisdom of Quill Capital's plan.",
			[]string{"tom-reed criticized ed-bale", "ann-lee criticized quill-bank", "zak-pellow criticized zentix-party", "bob-ray criticized marlin-group", "jane-orme criticized orme-bank", "ted-hume criticized quill-capital"}, nil, nil},
		{"reprimanding, admonishing, belittling and sneering criticise", "Quill Bank was admonished by the Zentix Authority. Tom Reed reprimanded Ed Bale. Zak Pellow belittled Marlin Group. Ann Lee sneered at the Orme Party. Bob Ray was heckled by Jane Orme.",
			[]string{"zentix-authority criticized quill-bank", "tom-reed criticized ed-bale", "zak-pellow criticized marlin-group", "ann-lee criticized orme-party", "jane-orme criticized bob-ray"}, nil, nil},
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
		// learnPeople: names no list knows that the article shows to be people's
		{"a person's aside: from a known place, an age", "Quilla Pellow, from Birmingham, has been freed. Brannoc Tessier, aged 32, was held. Orvel Dunmore, 24, was charged.",
			nil, nil, []string{"quilla-pellow Person", "brannoc-tessier Person", "orvel-dunmore Person"}},
		{"a person's aside, then every mention", "Police questioned Quilla Pellow yesterday. Quilla Pellow, from London, and Alan Orme have been held.",
			nil, nil, []string{"quilla-pellow Person", "alan-orme Person"}},
		{"no person's aside: an unknown place, a year", "Quilla Pellow, from Zembla, has been freed. Brannoc Tessier, 2004, was a hit. Orvel Dunmore, 24 hours later, left.",
			nil, nil, []string{"!quilla-pellow", "!brannoc-tessier", "!orvel-dunmore"}},
		{"no person's aside: a body, a route", "Dessa Orrin, from Reuters, was there. Yarrow Pellow, from London to Paris, is a new rail route.",
			nil, nil, []string{"!dessa-orrin", "!yarrow-pellow"}},
		{"a name coordinated with people", "Martin Hughes, Brannoc Tessier and Richard Belmore were held. Moazzam Begg, and Martin Hughes, Alan Orme and Ansel Tessier were freed. Tony Blair and Ansel Quorra met. Mr Orme and Ansel Vorr met. Sir Alex Ferguson, Dessa Kesting, from London, and Martin Hughes spoke.",
			nil, nil, []string{"brannoc-tessier Person", "ansel-tessier Person", "ansel-quorra Person", "ansel-vorr Person", "dessa-kesting Person"}},
		{"no name coordinated with people: a list of firms, more unknown than known", "Ford, General Motors and Orvel Dunmore cut jobs. Martin Hughes, Velvet Orrin and Quilla Pellow played.",
			nil, nil, []string{"!orvel-dunmore", "!velvet-orrin", "!quilla-pellow"}},
		{"no name coordinated with people: what a person owns", "The album includes Velvet Orrin and Alan Orme's Dessa Kesting. Alan Orme's Yarrow Pellow and Martin Hughes were praised.",
			nil, nil, []string{"!velvet-orrin", "!yarrow-pellow"}},
		{"no name coordinated with people: no member after and", "The prize went to Velvet Orrin, Martin Hughes and the Dessa Show.",
			nil, nil, []string{"!velvet-orrin"}},
		{"no name coordinated with people: a word before a name", "Sprinters Martin Orme and Alan Hughes ran. Martin Dunmore won. Classy Dunmore and Alan Hughes celebrated.",
			nil, nil, []string{"!sprinters-martin-orme", "!classy-dunmore"}},
		{"no name coordinated with people: a word before a name the article writes alone", "Teenager Dessa Kesting and Martin Hughes won. Dessa Kesting is 17.",
			nil, nil, []string{"!teenager-dessa-kesting"}},
		{"no name coordinated with people: a verb, a short word", "Finding Quorra and Martin Hughes won prizes. La Dessa and Alan Hughes sang. Injured Quorra and Martin Hughes rested.",
			nil, nil, []string{"!finding-quorra", "!la-dessa", "!injured-quorra"}},
		{"no name coordinated with people: a list that starts with something else", "The show features U2, Velvet Orrin, Martin Hughes and Alan Orme.",
			nil, nil, []string{"!velvet-orrin"}},
		{"no name coordinated with people: a known name, a common word, a title", "Birmingham Dessa and Martin Hughes won. Velvet Revolver and Alan Hughes played by the velvet rope. Countess Quorra and Martin Hughes sang. Miss Quorra and Alan Hughes danced. QRX Dessa and Martin Hughes won.",
			nil, nil, []string{"!birmingham-dessa", "!velvet-revolver", "!countess-quorra", "!miss-quorra", "!qrx-dessa"}},
		{"no name coordinated with people: a name written after the", "Martin Hughes and Velvet Orrin played. The Velvet Orrin tour sold out.",
			nil, nil, []string{"!velvet-orrin"}},
		{"a surname the article uses alone as a person's", "Orvel Dunmore has stepped up his feud with Alex Ferguson. Dunmore added that he was angry. Brannoc Tessier runs a firm. Lawyers for Mr Tessier spoke.",
			nil, nil, []string{"orvel-dunmore Person", "brannoc-tessier Person"}},
		{"a surname the article uses alone as a person's, after an adverb", "Yarrow Kesting has stepped up his feud with the BBC. Kesting later accused the BBC of bias.",
			[]string{"yarrow-kesting accused bbc"}, nil, nil},
		{"no surname used alone: another surname, a group's plural verb", "Orvel Dunmore was there. Tessier said he was angry. Real Orvesa set the pace. Orvesa say they will pay.",
			nil, nil, []string{"!orvel-dunmore", "!real-orvesa"}},
		{"no surname used alone: the last word of a longer name", "The firm Orvel Dunmore said sales rose. Prices at Velvet Dunmore fell.",
			nil, nil, []string{"!velvet-dunmore"}},
		// withParticle: a surname with its particle in capitals
		{"a surname with its particle in capitals", "Dutch striker Jorrit van Quellen scored. Tony Blair accused Van Quellen of cheating. Van Quellen denied it.",
			[]string{"tony-blair accused jorrit-van-quellen", "jorrit-van-quellen denied tony-blair"}, nil, []string{"!van-quellen"}},
		{"a surname with another particle, or none, is someone else", "Jorrit Quellen scored. Tony Blair accused Van Quellen of cheating. Ansel de Vorr spoke. Tony Blair accused Van Vorr of lying.",
			nil, []string{"tony-blair accused jorrit-quellen", "tony-blair accused ansel-de-vorr"}, nil},
		{"a particle inside a name", "Dutch minister Gerrit ter Horst spoke. Ter Horst criticised the BBC.",
			[]string{"gerrit-ter-horst criticized bbc"}, nil, nil},
		// [criticism-cue] "was wrong": a party said to be wrong is judged
		{"a speaker who says a party is or was wrong criticises it", "Tom Reed said the Law Lords were wrong. Ann Lee said Quill Bank was wrong about the merger. Bob Ray says the Zentix Party is wrong on tax. Ed Bale said he was wrong about the merger.",
			[]string{"tom-reed criticized law-lords", "ann-lee criticized quill-bank", "bob-ray criticized zentix-party"}, []string{"ed-bale criticized"}, nil},
		// [criticism-cue] "too late", "too high": a party said to act too little, too late
		{"a speaker who says a party acts too late, too slowly or too little criticises it", "The Zentix Party says Labour is acting too late. Ann Lee said Quill Bank had moved too slowly. The Orme Committee said the Bank of England had held interest rates too high. Tom Reed says Marlin Group did too little. Ed Bale predicted the Zentix Party was borrowing too much. Bob Ray said Orme Bank had charged too much.",
			[]string{"zentix-party criticized labour-party", "ann-lee criticized quill-bank", "orme-committee criticized bank-of-england", "tom-reed criticized marlin-group", "ed-bale criticized zentix-party", "bob-ray criticized orme-bank"}, nil, nil},
		// criticised: a name after "for" in the subject is what a thing is for
		{"a name a judged offer or plan is for is not the one judged", "Tom Reed complained that the offer for Quill Bank was too low. Ann Lee said the bid for the Orme Group was a disgrace.",
			nil, []string{"tom-reed criticized quill-bank", "ann-lee criticized orme-group"}, nil},
		// [ignorance]: ignorance pleaded against a charge or of a wrong
		{"a speaker accused who says it knew nothing of it, or who was unaware of a wrong, denies", "Tom Reed accused Ann Lee of fraud. Ann Lee said she knew nothing about the payments. Bob Ray insisted he was unaware of the fraud at Quill Bank. Orme Bank said it had no knowledge of any illegal deals.",
			[]string{"ann-lee denied tom-reed", "bob-ray denied", "orme-bank denied"}, nil, nil},
		{"ignorance of no wrong, unaccused, denies nothing", "Zak Pellow said he was unaware of anything to suggest an early election. Ann Lee said the bank knew nothing about the merger talks.",
			nil, []string{"zak-pellow denied", "ann-lee denied"}, nil},
		{"a wrong a party is said to know nothing of is not the party's", "Ed Bale said Orme Bank had no knowledge of any illegal deals. Ann Lee says the Zentix Party was unaware of the fraud.",
			nil, []string{"ed-bale accused orme-bank", "ann-lee accused zentix-party"}, nil},
		// [judged-thing] ruling, verdict: a court's ruling judged judges the court
		{"criticism of a ruling or verdict by a body criticises the body", "Tom Reed criticised the ruling by the Court of Appeal. Ann Lee attacked the verdict by the Zentix Tribunal. Bob Ray condemned a recent ruling by the Orme Council.",
			[]string{"tom-reed criticized court-of-appeal", "ann-lee criticized zentix-tribunal", "bob-ray criticized orme-council"}, nil, nil},
		// compoundSurname: a surname of two words names the one person named in full before
		{"a surname of two words is the person named before in three", "Andrew Lloyd Webber spoke at the launch. Mr Lloyd Webber accused Quill Bank of fraud. Ms Bonham Carter criticised Zentix Holdings. Helena Bonham Carter is an actress. Camilla Parker Bowles smiled. Mrs Parker Bowles denied Orme Bank's claims.",
			[]string{"andrew-lloyd-webber accused quill-bank", "helena-bonham-carter criticized zentix-holdings", "queen-camilla denied orme-bank"}, nil,
			[]string{"!lloyd-webber", "!bonham-carter", "!parker-bowles"}},
		{"a surname of two words two people share names neither", "Andrew Lloyd Webber and Julian Lloyd Webber spoke. Mr Lloyd Webber accused Quill Bank of fraud.",
			nil, []string{"andrew-lloyd-webber accused quill-bank", "julian-lloyd-webber accused quill-bank"}, nil},
		// copulaRole: "X who is now Y's role", the comma left out
		{"a role in a clause opened by who with no comma is the person's", "Tom Reed was joined by Ann Lee who is now the Quill Party's deputy leader. Bob Ray who was chairman of Zentix Holdings spoke. Zak Pellow who became chief executive of Orme Bank left.",
			[]string{"ann-lee affiliated_with quill-party", "bob-ray affiliated_with zentix-holdings", "zak-pellow affiliated_with orme-bank"}, nil, nil},
		// [criticize] glad to see the back of
		{"being glad to see the back of a person criticises them", "Ann Lee said she was glad to see the back of Tom Reed. Quill Party leader Bob Ray says he is happy to see the back of Ed Bale. Zak Pellow was glad to see Ted Hume.",
			[]string{"ann-lee criticized tom-reed", "bob-ray criticized ed-bale"}, []string{"zak-pellow criticized ted-hume"}, nil},
		// splitPrefixes: "ex-" before a role is a qualifier of the role
		{"a role written with ex- is the role", "Ann Lee, ex-chairman of Quill Bank, said it worked. Zentix Holdings ex-boss Tom Reed spoke. Bob Ray, ex-head of communications at Orme Bank, agreed. Zak Pellow's ex-wife, Jane Orme of Marlin Group, spoke.",
			[]string{"ann-lee affiliated_with quill-bank", "tom-reed affiliated_with zentix-holdings", "bob-ray affiliated_with orme-bank", "jane-orme affiliated_with marlin-group"}, []string{"jane-orme affiliated_with zak-pellow"}, nil},
		// [criticize] harangued
		{"haranguing a person criticises them", "Jane Orme harangued Tony Blair over her hospital. Tom Reed was harangued by Ann Lee.",
			[]string{"jane-orme criticized tony-blair", "ann-lee criticized tom-reed"}, nil, nil},
		// [deny] played down
		{"playing down claims or reports denies them", "Ann Lee claimed the bank was near collapse. Quill Bank played down the claims. Zentix Holdings has downplayed claims by Tom Reed that it lied. Orme Bank played down the risks.",
			[]string{"quill-bank denied ann-lee", "zentix-holdings denied tom-reed"}, []string{"orme-bank denied"}, nil},
		// possessedRole: "the country's" office is the state's named last
		{"an office of the country or the nation is the state's named last", "Brazil is in crisis. The country's vice president, Tom Reed, said no. Ann Lee met the nation's finance minister Bob Ray. Quill Bank lost money in Brazil. The country's president Zak Pellow spoke. In France, the country's prime minister Ed Bale agreed.",
			[]string{"tom-reed affiliated_with brazil", "bob-ray affiliated_with brazil", "zak-pellow affiliated_with brazil", "ed-bale affiliated_with france"}, []string{"zak-pellow affiliated_with quill-bank"}, nil},
		// notePlans, planOwner: "the plans" judged are whoever put them forward
		{"plans referred back to are the party's that put them forward", "The Quill Party unveiled plans to cut taxes. Tom Reed said the proposals were a shambles. Ann Lee criticised the plans. The scheme was condemned by Bob Ray. Plans published by Zentix Holdings would close mines. Ed Bale said that \"the plans are a disgrace\".",
			[]string{"tom-reed criticized quill-party", "ann-lee criticized quill-party", "bob-ray criticized quill-party", "ed-bale criticized zentix-holdings"}, nil, nil},
		{"plans judged inside words about another act, or not judged, are no one's", "The Quill Party unveiled plans to cut taxes. Ted Hume said the way Orme Bank handled the plans was a shambles. Zak Pellow said the plans would work. Marc Orme said the plans of Marlin Group were a disgrace.",
			[]string{"ted-hume criticized orme-bank"}, []string{"ted-hume criticized quill-party", "zak-pellow criticized quill-party", "marc-orme criticized quill-party"}, nil},
		{"plans nobody is told to have put forward are no one's", "The Quill Party did not unveil plans to cut taxes. Tom Reed said the proposals were a shambles. Ann Lee said Zentix Holdings had announced a merger. Ed Bale criticised the plans.",
			nil, []string{"tom-reed criticized quill-party", "ed-bale criticized zentix-holdings"}, nil},
		{"plans dismissed or described as bad are the party's that put them forward, a minister named by title too", ukStory + "New proposals were announced by the Trade and Industry Secretary Ann Lee. The Tories dismissed the maternity pay plan as \"desperate\". Bob Ray described the proposals as a shambles. The Zentix Party unveiled a scheme. Ed Bale dismissed the scheme as a gimmick.",
			[]string{"conservative-party criticized ann-lee", "bob-ray criticized ann-lee", "ed-bale criticized zentix-party"}, nil, nil},
		// portfolioTitle: capitalised portfolio words before a role
		{"a title of portfolio words and a role before a name costs the object search nothing", ukStory + "Tom Reed criticised the Trade and Industry Secretary Jo Bale. Ann Lee criticised Work and Pensions Secretary Ed Bale. Zak Pellow attacked Culture Secretary Tim Cole.",
			[]string{"tom-reed criticized jo-bale", "ann-lee criticized ed-bale", "zak-pellow criticized tim-cole"}, nil, []string{"!work"}},
		// [policy-harm]: a rival's policy said to raise taxes or cut services
		{"a speaker who says a rival would raise taxes or cut services criticises it", ukStory + "Tory leader Tom Reed said Labour would raise taxes after the election. Ann Lee claimed a Tory government would \"cut\" £35bn from public services. Labour and the Liberal Democrats say the Tories would cut frontline services. Bob Ray predicted the Zentix Party would put up taxes by £10bn.",
			[]string{"tom-reed criticized labour-party", "ann-lee criticized conservative-party", "labour-party criticized conservative-party", "liberal-democrats criticized conservative-party", "bob-ray criticized zentix-party"}, nil, nil},
		{"a party's own people telling its tax plans, or a rival that would not raise taxes, criticise no one", ukStory + "Ed Bale, a Labour MP, said Labour would raise taxes on the rich. Ann Lee, the Tory leader, said the Tories would cut £35bn from public services. Zak Pellow said the Zentix Party would not raise taxes.",
			nil, []string{"ed-bale criticized labour-party", "ann-lee criticized conservative-party", "zak-pellow criticized zentix-party"}, nil},
		// subjectBefore: "X backed the plan but said": the first verb's subject speaks
		{"a speaker who backed or welcomed something but said a party was at fault criticises it", ukStory + "Tom Reed backed the plan but said the Zentix Party was incompetent. Ann Lee welcomed the report but said Quill Bank had been \"playing catch-up\". Bob Ray praised the idea and said Marlin Group was out of touch.",
			[]string{"tom-reed criticized zentix-party", "ann-lee criticized quill-bank", "bob-ray criticized marlin-group"}, nil, nil},
		// workOwned: examining a party's findings or report investigates no one
		{"a party whose findings or report are examined is not investigated, one whose accounts are is", "Ann Lee said she would examine the Quill Commission's findings in detail. Tom Reed is examining Zentix Holdings' latest report. The FSA is examining Marlin Group's accounts.",
			[]string{"financial-services-authority investigates marlin-group"}, []string{"ann-lee investigates quill-commission", "tom-reed investigates zentix-holdings"}, nil},
		// actReferred: "the move" judged is the act of the sentence before
		{"the move or decision judged with no maker of its own is the act of the sentence before", "The Quill Commission is to end the agreement. Ann Lee condemned the move. Zentix Bank raised its rates. But the move has been criticised by Tom Reed. Marlin Group closed its plant. Bob Ray criticised the decision.",
			[]string{"ann-lee criticized quill-commission", "tom-reed criticized zentix-bank", "bob-ray criticized marlin-group"}, nil, nil},
		{"a move after a sentence of words only, or one with a maker or an aim of its own, is no earlier act", "Ed Bale said the agreement would end. Zak Pellow condemned the move. Marc Orme sacked Ann Cole. Kharkiv closed its schools. Bob Hale criticised the decision. Orme Bank cut jobs. Jo Hume criticised the decision to close the plant. Marlin Group closed its plant. Ted Hume criticised the move by Quill Bank.",
			[]string{"ted-hume criticized quill-bank"}, []string{"zak-pellow criticized ed-bale", "bob-hale criticized marc-orme", "jo-hume criticized orme-bank", "ted-hume criticized marlin-group"}, nil},
		// committeePhrase: a parliament's committee named by its remit in lower case
		{"a committee named by its remit in lower case is one body, with or without its house", ukStory + "Tom Reed, who chairs the Commons work and pensions committee, spoke. The work and pensions committee launched an inquiry into Quill Bank. Ann Lee sought guidance from the standards and privileges committee. The home affairs select committee criticised Zentix Holdings. The Commons committee met.",
			[]string{"tom-reed affiliated_with work-and-pensions-committee", "work-and-pensions-committee investigates quill-bank", "home-affairs-select-committee criticized zentix-holdings"}, nil,
			[]string{"work-and-pensions-committee Organization", "standards-and-privileges-committee Organization", "!commons-committee", "!commons-work-and-pensions-committee"}},
		// openingParty: an act done "as part of a campaign to destroy" is its doer's wrong
		{"a speaker who says a party acted as part of a vendetta or a campaign to destroy accuses the party", "Quill Bank has claimed that Zentix Holdings imposed the huge bill and forced the sale of Orme Bank as part of a campaign to destroy it. Ann Lee said the Marlin Party cut her funding as part of a vendetta. Tom Reed said the sale of Bale Bank was part of a witch-hunt.",
			[]string{"quill-bank accused zentix-holdings", "ann-lee accused marlin-party"}, []string{"quill-bank accused orme-bank", "tom-reed accused bale-bank"}, nil},
		// roleApposed: ", Turkcell's chief operating officer," makes an unknown name a person
		{"an unknown name with a body's role in apposition is a person of that body", "Turkcell signed a contract. Zoltar Quimby, Orme Bank's chief executive, said profits rose. Ehud Olmert attended a meeting between Ruhi Dogusoy, Turkcell's chief operating officer, and executives.",
			[]string{"zoltar-quimby affiliated_with orme-bank", "ruhi-dogusoy affiliated_with turkcell"}, nil, []string{"zoltar-quimby Person", "ruhi-dogusoy Person"}},
		// a meeting "between" one side, described by its body's role, and the other
		{"the body in the aside that describes one side of a meeting is no side of it", "A meeting between Ann Lee, Orme Bank's chief executive, and Tom Reed took place. Talks between Jo Bale, Zentix Holdings' chairman, and executives ended.",
			[]string{"ann-lee met tom-reed"}, []string{"ann-lee met orme-bank", "jo-bale met zentix-holdings"}, nil},
		// nameAfterState: "Australia's BHP Billiton", "Russia's Lukoil"
		{"a name no list knows after a state's possessive is a company of that state", "Australia's BHP Zentix is planning to invest $1bn. Ann Lee criticised BHP Zentix. Brazil's Quillbras said profits rose. Tom Reed accused Quillbras of lying. France's Ormeco has bought Marlin Group.",
			[]string{"ann-lee criticized bhp-zentix", "tom-reed accused quillbras"}, nil, []string{"bhp-zentix Organization", "quillbras Organization", "ormeco Organization"}},
		{"after a state's possessive, a person, a title, a name qualifying a noun, or a city's possessive is no company", "Britain's Kelly Zentor won. Russia's President Tom Reed spoke. Pakistan's Quilldh province flooded. Britain's Zorish community met. London's Ormeton said profits rose. Britain's Kelly won gold.",
			nil, nil, []string{"!kelly-zentor Organization", "!quilldh", "!zorish", "!ormeton", "!president-tom-reed", "!kelly"}},
		// [criticism-cue] PR exercise, publicity stunt
		{"a PR exercise or a publicity stunt criticises its maker", "Tom Reed said the visit by Ann Lee was a PR stunt. Bob Ray said Quill Bank's pledge was a public relations exercise.",
			[]string{"tom-reed criticized ann-lee", "bob-ray criticized quill-bank"}, nil, nil},
		// roleForThenName: a plural role and its body, then the holders listed
		{"a plural role with its body titles every name listed after it", "The directors of Quill Bank, Ann Lee and Tom Reed, remain defendants. The lawyers for Zentix Holdings, Bob Ray, Ed Bale and Zak Pellow, spoke.",
			[]string{"ann-lee affiliated_with quill-bank", "tom-reed affiliated_with quill-bank", "bob-ray affiliated_with zentix-holdings", "ed-bale affiliated_with zentix-holdings", "zak-pellow affiliated_with zentix-holdings"}, nil, nil},
		// nameAfterSpeaker: "X of Y, which ..., said"
		{"a body a speaker is of, with a clause on what it does, is an organisation", "Ann Lee of Vote Watch, which aims to raise turnout, said the plan failed. Tom Reed of Open Ballot, which campaigns for nurses' pay in the north, said no.",
			[]string{"ann-lee affiliated_with vote-watch", "tom-reed affiliated_with open-ballot"}, nil, []string{"vote-watch Organization", "open-ballot Organization"}},
	}
	x := newExtractor(t)
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			d := x.Extract(graph.Article{ID: "t", Title: "Test", Text: "Test headline\n\n" + tt.text + "\n"})
			got := triples(d)
			for _, w := range tt.want {
				if !hasTriple(t, got, w) {
					t.Errorf("%q: missing %q; got %q", tt.text, w, got)
				}
			}
			for _, n := range tt.not {
				if hasTriple(t, got, n) {
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

// TestVerbWrittenTogether pins joinItems: words the article writes
// together stay together in a claim's verb.
func TestVerbWrittenTogether(t *testing.T) {
	x := newExtractor(t)
	d := x.Extract(graph.Article{ID: "t", Title: "Test", Text: "Test headline\n\nRussia launched 1,000 missiles at Kyiv.\n"})
	if len(d.Claims) != 1 || d.Claims[0].Verb != "launched 1,000 missiles at" {
		t.Errorf("claims %+v, want one with verb %q", d.Claims, "launched 1,000 missiles at")
	}
}

// TestIntelligenceName pins the name of a state's intelligence agency:
// as the article writes its demonym, else the gazetteer's name for it,
// never the state's name with "intelligence" after it.
func TestIntelligenceName(t *testing.T) {
	x := newExtractor(t)
	for text, want := range map[string]string{
		"Ukraine's intelligence denied the report.":        "Ukrainian intelligence",
		"British intelligence denied the report.":          "British intelligence",
		"Russia's intelligence accused Tom Reed of lying.": "Russian intelligence",
	} {
		d := x.Extract(graph.Article{ID: "t", Title: "Test", Text: "Test headline\n\n" + text + "\n"})
		var names []string
		for _, e := range d.Entities {
			names = append(names, e.Name)
		}
		if !slices.Contains(names, want) {
			t.Errorf("%q: entities %q, want %q", text, names, want)
		}
	}
}

// TestStoryFirm pins the rules that fall back on the firm the story is
// about. storyCorporate: a company's officer named with no body belongs
// to the firm named before in the paragraph, else to the one firm the
// headline names. nominalReferences: "the company" is the headline's one
// firm, named in the last three sentences, rather than a firm named
// once in passing since.
func TestStoryFirm(t *testing.T) {
	tests := []struct {
		headline, text string
		want, not      []string
	}{
		{"Quill Bank profits surge", "Quill Bank made more money this year. It bought rival Zentix Holdings in May.\n\nChief executive Ann Lee said the deal went well.",
			[]string{"ann-lee affiliated_with quill-bank"}, []string{"ann-lee affiliated_with zentix-holdings"}},
		{"Shares in Quill Bank fall", "Quill Bank shares fell on Monday.\n\nIts rival Zentix Holdings also reported losses. Chief executive Ann Lee said costs rose.",
			[]string{"ann-lee affiliated_with zentix-holdings"}, []string{"ann-lee affiliated_with quill-bank"}},
		{"Quill Bank buys Marlin Group", "The deal was agreed on Monday. Analysts praised Orme Bank.\n\nChief executive Ann Lee said it was a good deal.",
			[]string{"ann-lee affiliated_with orme-bank"}, []string{"ann-lee affiliated_with quill-bank", "ann-lee affiliated_with marlin-group"}},
		{"Business fears over sluggish EU economy", "Firms fear the European Union is slowing. Dutch firm Quill Bank has seen fewer orders.\n\nBoss Ann Lee blames low growth.",
			[]string{"ann-lee affiliated_with quill-bank"}, []string{"ann-lee affiliated_with european-union"}},
		{"Quill Bank executive in guilty plea", "Quill Bank said its trader had pleaded guilty. He told clients to favour the present provider Zentix Holdings. The company is also being examined by the Securities and Exchange Commission.",
			[]string{"securities-and-exchange-commission investigates quill-bank"}, []string{"securities-and-exchange-commission investigates zentix-holdings"}},
		{"Quill Bank profits fall", "Quill Bank lost money. Zentix Holdings also reported results. Zentix Holdings said sales fell. The firm is being investigated by the Securities and Exchange Commission.",
			[]string{"securities-and-exchange-commission investigates zentix-holdings"}, []string{"securities-and-exchange-commission investigates quill-bank"}},
		{"Quill Bank buys Orme Bank", "Quill Bank and Orme Bank agreed terms. Staff were told to favour the provider Zentix Holdings. The company is being investigated by the Securities and Exchange Commission.",
			[]string{"securities-and-exchange-commission investigates zentix-holdings"}, []string{"securities-and-exchange-commission investigates orme-bank"}},
		{"Quill Bank profits fall", "Quill Bank lost money last year. Sales fell. Staff left. Costs rose. It hired Zentix Holdings. The company is being investigated by the Securities and Exchange Commission.",
			[]string{"securities-and-exchange-commission investigates zentix-holdings"}, []string{"securities-and-exchange-commission investigates quill-bank"}},
	}
	x := newExtractor(t)
	for _, tt := range tests {
		d := x.Extract(graph.Article{ID: "t", Title: tt.headline, Text: tt.headline + "\n\n" + tt.text + "\n"})
		checkHas(t, tt.text, triples(d), tt.want, tt.not)
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
		checkHas(t, tt.text, ids, tt.want, tt.not)
	}
}

// hasTriple reports whether got holds a claim that pattern names: a
// whole triple "subject predicate object", or "subject predicate" or
// "predicate object" for any claim that starts or ends so ("tom-reed
// denied": any denial by Tom Reed). A pattern of any other shape could
// never match, and so fails the test.
func hasTriple(t *testing.T, got []string, pattern string) bool {
	t.Helper()
	f := strings.Fields(pattern)
	predicate := func(s string) bool {
		return slices.Contains(graph.Predicates, graph.Predicate(s))
	}
	var match func(tr []string) bool
	switch {
	case len(f) == 3 && predicate(f[1]):
		match = func(tr []string) bool { return slices.Equal(tr, f) }
	case len(f) == 2 && predicate(f[0]):
		match = func(tr []string) bool { return tr[1] == f[0] && tr[2] == f[1] }
	case len(f) == 2 && predicate(f[1]):
		match = func(tr []string) bool { return tr[0] == f[0] && tr[1] == f[1] }
	default:
		t.Fatalf("%q is no claim pattern (\"subject predicate object\", \"subject predicate\" or \"predicate object\")", pattern)
	}
	for _, g := range got {
		if tr := strings.Fields(g); len(tr) == 3 && match(tr) {
			return true
		}
	}
	return false
}

// TestDeniedMatterNames pins the names of the events a denial makes when
// nobody named made the charge: the words of the matter, a gerund with
// its phrase, and no verb of denial for a name.
func TestDeniedMatterNames(t *testing.T) {
	x := newExtractor(t)
	for text, want := range map[string]string{
		"Bob Hale is an adviser for Labour, which denies engaging in personal campaigning.": "engaging in personal campaigning",
		// An act runs past its object to a whole phrase, and no further.
		"Tom Reed denies conspiring to commit tax fraud to cheat the council.": "conspiring to commit tax fraud",
		"Tom Reed denied wanting to be mayor until October 2004.":              "wanting to be mayor",
		// "this" before a noun is a determiner of the clause's subject;
		// alone it is the pronoun.
		"Tom Reed denied this strategy was opportunism.": "claim that this strategy was opportunism",
		"Tom Reed denied this was true.":                 "claims against Tom Reed",
		// A pronoun and a verb in the past: the clause, the verb it
		// governs and its object.
		"Ann Lee denied she planned to retire.":            "claim that she planned to retire",
		"Tom Reed denied he lied to the court.":            "claim that he lied",
		"Ann Lee denied she misled investors about costs.": "claim that she misled investors",
		// A claim noun then "that": the clause claimed, unless "that"
		// opens a relative clause.
		"Tom Reed denied a claim that he was paid for guiding visitors.":            "claim that he was paid",
		"Tom Reed denied allegations that the firm had lied.":                       "allegations that the firm had lied",
		"Tom Reed denied reports that the mayor is planning a snap local election.": "reports that the mayor is planning a snap local election",
		"Tom Reed denied the claims that the paper printed.":                        "claims",
		// A claim noun then a clause with "that" left out: a name or a
		// pronoun, then its verb in the past.
		"Tom Reed rejected the idea Quill Bank posed a threat to the town.": "idea that Quill Bank posed a threat",
		"Ann Lee rejected the suggestion she misled the board.":             "suggestion that she misled the board",
		"Ann Lee dismissed the notion Mr Hale misled the board.":            "notion that Mr Hale misled the board",
		"Tom Reed denied the claims Quill Bank printed.":                    "claims",
		"Tom Reed denied the allegations they made.":                        "allegations",
		"Tom Reed denied claims that were made last week.":                  "claims",
		"Tom Reed denied taking bribes from the company.":                   "taking bribes from the company",
		"Tom Reed denied taking cash from the party's donors.":              "taking cash from the party's donors",
		"That charge was denied by Peter Quill, who said it was false.":     "claims against Peter Quill",
		"Jane Orme denied fraud charges levelled against her.":              "fraud charges",
		// A declaration of innocence names no matter of its own words.
		"Tom Reed said he had stuck to the rules.":                          "claims against Tom Reed",
		"Ann Lee insisted she had acted properly.":                          "claims against Ann Lee",
		"Jane Orme denied the allegations made against her.":                "allegations",
		"Jane Orme rejected the charges brought by the regulator as false.": "charges",
		// A clause denied, whatever its auxiliary, named as a claim with
		// its determiner and the verb's object.
		"Tom Reed denied the decision would harm trade.":        "claim that the decision would harm trade",
		"Tom Reed denied his department had been involved.":     "claim that his department had been involved",
		"Tom Reed denied he had misled MPs.":                    "claim that he had misled MPs",
		"Tom Reed denied his shadow cabinet was split.":         "claim that his shadow cabinet was split",
		"Tom Reed denied farmers' leaders had forced the vote.": "claim that farmers' leaders had forced the vote",
		// What a refutation calls wrong, not the word wrong.
		"Tom Reed said it was wrong to suggest the firm would close.":           "claim that the firm would close",
		"Tom Reed said it was simply wrong to suggest that the bank will fail.": "claim that the bank will fail",
		// A quoted word after a plural is no possessive.
		"Tom Reed denied the care sums 'wrong'.": "care sums",
		// A claim judged false is the claim, not the judgement; a claim
		// of its own clause keeps it, through "in charge".
		"Tom Reed said the claims were false.":                                  "claims",
		"Tom Reed said the allegations were not true.":                          "allegations",
		"Tom Reed said claims Ed Bale was in charge of a budget were not true.": "claims that Ed Bale was in charge",
		"Tom Reed denied claims he was in charge of the unit.":                  "claims that he was in charge",
		"Tom Reed denied reports she was at fault.":                             "reports that she was at fault",
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
		checkHas(t, tt.text, triples(x.Extract(graph.Article{ID: "t", Title: "Test", Text: tt.text})), tt.want, tt.not)
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
