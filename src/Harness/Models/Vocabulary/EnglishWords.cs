namespace Llama2Validation.Harness.Models.Vocabulary;

/// <summary>
/// English words for the generated vocabulary, written for this project in rough order of frequency in
/// news prose (most frequent first), so a smaller vocabulary keeps the words that matter most.
/// </summary>
internal static partial class EnglishWords
{
    public static IEnumerable<string> ByFrequency =>
        Split(FunctionWords).Concat(Split(CoreWords)).Concat(Split(NewsWords)).Concat(Split(GeneralWords)).Concat(Split(ExtendedWords));

    /// <summary>Names and sentence-initial words that appear capitalised.</summary>
    public static IEnumerable<string> Capitalised => Split(ProperNouns);

    /// <summary>Pieces found inside words: suffixes, endings and common syllables.</summary>
    public static IEnumerable<string> InnerPieces => Split(WordEndings).Concat(Split(Syllables));

    private static string[] Split(string list) =>
        list.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private const string FunctionWords = """
        the of and to a in is that for it was on with he as be by at this are from his have or an
        not but they which had one you were her all she there their we been has would will more if
        when who can no so what its out up about into than them some could other only time also then
        two these may first do any new like my our over such after most me him said did made many
        very where much through back years just those your well should way even because each how
        people state before between both under while year must own same being last another here off
        still three since against might us during without again around however us why part place
        upon few used down long great world day good must often old too less until whether know get
        see make take go come think say look want give use find tell ask work seem feel try leave
        call need become keep let begin show hear play run move live believe hold bring happen write
        provide sit stand lose pay meet include continue set learn change lead understand watch
        follow stop create speak read allow add spend grow open walk win offer remember love consider
        appear buy wait serve die send expect build stay fall cut reach kill remain suggest raise
        pass sell require report decide pull
        """;

    private const string CoreWords = """
        said says saying told asked called made went came took gave found thought knew saw seemed
        got get gets getting going gone done doing does having has goes makes making take takes taking
        took taken given gives giving comes coming became becomes becoming shows showed shown showing
        known knows thinking looked looking looks used uses using found finds finding wanted wants
        tried tries trying worked works working felt feels feeling left leaves leaving kept keeps
        began begun beginning started starts starting heard held holds holding brought brings
        happened happens written wrote writes writing provided provides providing lost losing paid
        pays paying met meets meeting included includes including continued continues continuing
        learned learns learning changed changes changing led leads leading understood followed
        following follows stopped created creates creating spoke spoken speaking read reads reading
        allowed allows allowing added adds adding spent spends spending grew grown growing grows
        opened opens opening walked walking won wins winning offered offers offering remembered
        loved considered considering appeared appears bought waited served serves serving died dies
        dying sent sending expected expects expecting built building stayed fell falls falling cuts
        cutting reached remained remains suggested suggests raised raising passed passing sold
        selling required requires reported reports reporting decided pulled moved moves moving
        lived lives living believed believes played plays playing ran runs running stood sat lost
        government company children system program question number night point home water room
        mother area money story fact month lot right study book eye job word business issue side
        kind head house service friend father power hour game line end member law car city community
        name president team minute idea kid body information school face others level office door
        health person art war history party result change morning reason research girl guy moment air
        teacher force education foot boy age policy everything process music market sense nation plan
        college interest death experience effect class control care field development role effort
        rate heart drug show leader light voice wife police mind price report decision son view
        relationship town road arm difference value building action model season society tax director
        position player record paper space ground form event official matter center couple site
        project activity star table need court oil situation cost industry figure street image phone
        data picture practice piece land product doctor wall patient worker news test movie north
        love support technology step baby computer type attention film tree source organization hair
        window evidence population truth security summer network campaign officer guest speech
        """;

    private const string NewsWords = """
        percent million billion thousand hundred dollars pounds euros country countries states united
        national international public private federal local global economic political social foreign
        military financial official officials minister ministers president prime election elections
        vote votes voters voting campaign candidate candidates democratic republican democrats
        republicans congress senate parliament court courts judge justice police attack attacks
        killed dead injured victims hospital medical virus disease pandemic vaccine climate energy
        economy economist economists growth inflation bank banks interest rates prices market markets
        stock stocks shares investors trade deal deals agreement talks crisis conflict peace war
        troops forces army security border borders immigration refugees protest protests protesters
        company companies firm firms chief executive board according statement spokesman spokeswoman
        authorities agency department ministry administration officials sources analysts experts
        scientists researchers study studies survey data report reports announced announcement
        expected estimated increase increased decrease decreased rise rose fall fell higher lower
        record years months weeks days week yesterday today tomorrow monday tuesday wednesday
        thursday friday saturday sunday january february march april june july august september
        october november december early late recent recently former current major key new latest
        week's year's company's country's government's people's women men woman man children child
        family families students student workers employees customers users residents citizens
        patients doctors nurses teachers parents leaders members supporters critics fans players
        coach season match league champion championship cup goal goals points win won lost final
        video online internet social media website digital mobile phone phones app apps software
        technology tech data artificial intelligence computer computers network online users
        privacy cyber hackers million millions billions second third fourth fifth sixth seventh
        ten twenty thirty forty fifty sixty seventy eighty ninety four five six seven eight nine
        per cent half quarter average total amount level levels rate rates cost costs budget
        funding fund funds tax taxes income pay salary jobs unemployment labour labor union unions
        strike strikes industry industrial production manufacturing oil gas coal power electricity
        fuel prices supply supplies demand food water farmers crops weather storm storms flood
        floods fire fires earthquake disaster emergency rescue damage damaged destroyed homes
        housing property rent city cities town towns village region regional area areas capital
        province district county north south east west northern southern eastern western central
        coast island river sea ocean mountain airport flight flights airline airlines travel
        tourism tourists hotel train trains transport traffic road roads cars vehicle vehicles
        driver drivers accident crash safety risk risks warning warned warns threat threats
        threatened concern concerns concerned fears fear worried hope hopes plans planned planning
        policy policies reform reforms law laws legislation bill bills rule rules ruling regulation
        regulations investigation investigators charges charged arrested arrest prison jail sentence
        sentenced trial lawyer lawyers guilty crime crimes criminal murder shooting gun guns violence
        """;

    private const string GeneralWords = """
        able about above across actually after again against ago ahead almost alone along already
        although always among amount another answer anyone anything anyway anywhere apart approach
        around article aside available away bad basic beautiful behind below best better beyond big
        black blue bottom brother brown building busy carry case cause certain certainly chance
        character cheap check choice choose church clear clearly close cold color colour common
        compare complete completely condition cover culture cup current dark daughter dead deep
        describe design detail different difficult direction discover discuss dog down draw dream
        dress drink drive easily easy eat either else energy enjoy enough entire environment
        especially event ever every everyone everybody exactly example exist explain face fail
        fair far fast few fill finally fine finish fire fish floor fly focus food forget form
        forward free fresh friend front full fun future garden general generally glass green group
        guess happy hard hate heavy help high himself hit hospital hot huge human husband ill
        important indeed inside instead itself just kitchen knowledge lady language large late later
        laugh least less letter lie life likely list little local long low main maybe mean measure
        media memory mention message middle might military million mind minute miss modern moment
        month most mouth much music myself natural nature near nearly necessary never next nice
        nothing notice now nowhere number obviously off once only open order original outside page
        pain paint particular particularly partner past patient peace perhaps period personal
        physical pick plant please poor popular possible pressure pretty prevent probably problem
        problems produce production professional property protect prove public purpose quality
        quickly quite race radio rather ready real reality realize really recent recognize red
        reduce region relate release religious remove represent resource respond response rest
        return rich risk rock round save scene science sea search seat second section sector seek
        serious several sex share short shot shoulder sign significant similar simple simply since
        single sister size skill skin small smile social soldier somebody someone something
        sometimes song soon sort sound south space special specific sport staff stage standard
        start statement station stay step still stock store strategy strong structure style
        subject success successful suddenly suffer sure surface system talk task teach teaching
        television term terms thank themselves theory thing things though thus today together top
        total tough toward towards trade traditional training treat treatment trip trouble true
        truth turn under unit unless until usually various very victim view visit wait wall want
        weapon wear west white whole whom whose wide wind wish within woman wonder wood worker
        wrong yard yeah yes yet young yourself
        """;

    private const string ExtendedWords = """
        accept access account achieve act action active activities actor actress actual address
        administration admit adult affect afford afraid african age agent agree agreed air alive
        allow allowed alternative america american analysis ancient animal animals announce annual
        anybody apartment apparent apparently appeal apply appointed appreciate approval approve
        argue argument arrange arrive arrived artist assess asset assume attempt attend attitude
        audience author authority award aware baby balance ball band bar base basis battle bear
        beat bed beer behavior behaviour benefit benefits bird birth bit blood boat born boss bread
        break breakfast bridge brief bright broad broken brought budget burn bus button cabinet
        camera cancer capacity captain career careful cash cat catch caught cell chair challenge
        challenges champion channel chapter charge cheese chicken choose chose chosen circle civil
        claim claims claimed classic clean client climb clinic clock clothes cloud club coffee
        collection colleague colleagues combination comment comments commercial commission
        committee communication compared comparison competition complex computer concept concerned
        conference confidence confirmed congress connection consequence conservative construction
        consumer consumers contact contain content context contract contribute conversation cook
        copy corner correct count couple course cousin crowd cultural customer dance danger dangerous
        date dead deal dear debate debt decade decades declared decline defence defense define degree
        deliver delivery democracy demand deny department depend despite destroy determine develop
        developed developing device die diet difference dinner direct directly disease distance
        doctor document dollar domestic double doubt drop dry due earlier earn easily economy edge
        editor effective efforts eight election element else email emerge employee employment
        encourage enemy engine engineer enter entire entry equal equipment error escape essential
        establish established estate evening eventually evidence exactly examine excellent except
        exchange exercise expand expensive expert explore expression extend extra extremely factor
        factory failed failure fall false famous farm fashion fat favorite favourite feature fee
        female fight fighting file film final finance financial finger fit floor flow flower fly
        following foot football forest forever formal former forward found foundation frame freedom
        friendly fully function gain gap gas gather gave gender generation giant gift glad goal god
        gold golf grade grand grant grass gray great greater greatest ground growth guard guide gun
        habit hall hand hands hang handle hardly heat height hell hello hero hide highly hill hire
        historic historical hole holiday honest horse host hotel household housing identify identity
        image imagine impact impossible improve improved incident income independent indicate
        individual influence inform initial injury inner innovation institution insurance intend
        interview introduce invest investment involve involved island item items joint joke journey
        judge jump junior kid killing king knee knife labor lack lake largely laughed launch launched
        lawyer lay layer lead leading learned leg legal length lesson library lift limit limited link
        lip listen literature loan location lock lose lovely lucky lunch machine magazine mail
        maintain majority male manage management manager map mark marriage married mass master
        material meal meaning meanwhile meat medicine mental menu metal method middle milk minister
        minority mission mistake mix moral mostly motion mountain movement multiple muscle museum
        narrow nation native negative neighbor neighbour neither nervous newspaper nobody noise none
        nor normal normally note novel nuclear numerous object observe obtain obvious occur ocean odd
        offer officer ok okay opinion opportunity opposition option ordinary organisation organize
        others otherwise ought ourselves output owner pace pack package painting pair pan panel parent
        park participant partly path pattern peak perform performance permanent permission phase
        philosophy photo photograph physician plane plastic plate platform pleasure plenty pocket
        poem poet poetry pole poll pool population port portion positive possibility post pot
        potential pound powerful prepare present presence press previous previously pride primary
        prime principle print prior priority prison prize procedure proceed professor profit
        progress promise promote proper proposal propose protection proud provision psychology
        publish pure push quarter queen quick quiet quote rain raise range rapid rapidly rare rarely
        rather rating reader reading receive received recognition recommend recover recovery reduce
        reflect refuse regard regarding regular relative relatively relief rely remind remote repeat
        replace reply represent republic reputation request rescue reserve resident resist resolution
        resolve resources respect responsibility responsible restaurant retain retire retirement
        reveal revenue review revolution reward rise rising river role romantic roof root rough row
        royal rule rural sad safe sale sales salt sample satisfy scale scheme scholar score screen
        script season secret secretary seed senior series session settle settlement severe shake
        shape sharp sheet shift ship shirt shock shoe shoot shop shopping shut sick sight signal
        silence silver sing singer sir site sit situation sleep slightly slow slowly smart smoke
        snow soft software soil solution solve somewhat somewhere song sorry soul southern speaker
        species speed spirit split spot spread spring square stable stand star stare status steal
        steel stick stone storage straight strange stranger stream strength stress strike string
        strongly student studio stuff stupid substance suit summit sun supporter suppose surprise
        surprised surround survive suspect sweet symbol table tail talent target taste tea tear
        technical technique teenager telephone temperature tend tension terrible test text thanks
        therefore thick thin thinking thought threat throughout throw ticket tie tight tiny tired
        title tonight tool tooth topic touch tour toward tower toy track traffic trail transfer
        transition trial trick troop truck trust twice typical typically ultimately unable uncle
        understanding unique universe university unknown unlike upper urban useful user usual valley
        valuable variety vast version vice video violent visitor vital volume volunteer vote wage
        wake walking warm warning wash waste watch wave weak wealth weather website wedding weekend
        weekly weight welcome welfare western whatever wheel whenever whereas wherever whether
        whisper wild willing window wine winner winter wire wise witness wonderful worry worse worst
        worth writer writing yellow youth zone
        """;
}
