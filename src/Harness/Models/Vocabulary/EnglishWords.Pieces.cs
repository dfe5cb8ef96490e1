namespace Llama2Validation.Harness.Models.Vocabulary;

/// <summary>Capitalised words and the pieces found inside words.</summary>
internal static partial class EnglishWords
{
    private const string ProperNouns = """
        The In It He She They We A An This That But And As At On For If When After I There Its His
        Her Their Our Mr Mrs Ms Dr Sir Lord St It's I'm What How Why Where Who Which While Although
        Some Many Most One Two Three Four Five Ten First Last New Last Since During Before Under Over
        With From By To Of Not No Yes So Then Now Today Yesterday However Meanwhile Despite Officials
        Police President Minister Government Prime Secretary General Court Council Ministry Department
        National United States Kingdom Union European Europe America American Americans Britain
        British English England Scotland Scottish Wales Welsh Ireland Irish London Paris Berlin Rome
        Madrid Moscow Washington York Los Angeles Chicago Boston Texas California Florida China
        Chinese Beijing Japan Japanese Tokyo India Indian Delhi Russia Russian Ukraine Ukrainian
        France French Germany German Italy Italian Spain Spanish Canada Canadian Australia Australian
        Brazil Mexico Africa African Asia Asian Israel Iran Iraq Syria Turkey Egypt Pakistan
        Afghanistan Korea Korean Nigeria Kenya South North East West Middle Western Eastern Arab
        Muslim Christian Jewish Catholic Church God Christmas Easter Olympic Olympics World Cup
        Premier League Football Club City Street Road River University College School Hospital
        Company Bank Group Party Labour Conservative Democrats Republicans Democratic Republican
        Congress Senate House White Parliament Army Navy Air Force Health Service Trump Biden Obama
        Johnson Putin John David Michael James Robert William Richard Thomas Mark Paul Peter George
        Mary Sarah Anna Maria Elizabeth Jennifer Emma Smith Jones Brown Williams Taylor Wilson Lee
        Chen Wang Li Zhang Kim Park Khan Ali Ahmed Mohammed Google Apple Microsoft Amazon Facebook
        Twitter Tesla Netflix Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
        February March April May June July August September October November December
        UK US USA EU UN NATO BBC CNN NHS FBI CEO GDP COVID AI TV IT PM
        """;

    private const string WordEndings = """
        s es ed d ing ings er ers est ly ion ions tion tions sion sions ment ments ness ity ities ies
        ied ier iest al als ally ful fully less able ably ible ous ously ive ively ives ize ized izes
        izing ise ised ises ising ance ances ence ences ency ancy ship ist ists ism isms ary ory ure
        ures ward wards ate ated ates ating ation ations ic ics ical ically en ened ening y ry ty ny
        age ages ant ants ent ents hood dom ling ee ees ian ians ese ish ing's er's 's 't 're 've 'll
        'd ’s ’t ure ured uring ual ually ial ially ior ence ern ward ways wise like ster
        """;

    private const string Syllables = """
        th ch sh ph wh ck ng nk nt nd st sp sc sk tr pr br cr dr fr gr bl cl fl gl pl sl sm sn sw
        tw qu ou ow oo ee ea ai ay ei ey ie oi oy au aw ew ue ui ar er ir or ur al el il ol ul an
        en in on un am em im om um at et it ot ut as es is os us ab ac ad af ag ap av ec ed ef eg
        ep ev ib ic id if ig ip iv ob oc od of og op ov ub uc ud uf ug up ra re ri ro ru la le li
        lo lu na ne ni no nu ma me mi mo mu ta te ti to tu da de di do du sa se si so su ca ce ci
        co cu pa pe pi po pu ba be bi bo bu ga ge gi go gu fa fe fi fo fu va ve vi vo ha he hi ho
        wa we wi wo ka ke ki ko ja jo ll ss tt ff pp rr mm nn dd cc gg rt rs rd rm rn rk rl ns ms
        ls lt ld lk lf lm ct pt ft xt ght igh ugh ough augh tch dge nce nge rse rce lse
        ter ver per con com pro pre dis ent ant ine ble tle ple dle ous ious eous ist est ast ost
        ust and end ind ond und all ell ill oll ull ass ess iss oss uss ack eck ick ock uck ade ide
        ode ude ake ike oke ale ile ole ule ame ime ome ume ane ene one une ape ipe ope are ere ire
        ore ase ose use ite ote ute ave ove ace ice uce ance art ort urt ark ork arm orm ern orn
        urn ard ord ack ound ount ight ought tain tained ject ject ture sure port form struct spect
        tract vent vert mit mis sub inter trans over under super ex un re de in im ir il non anti
        auto tele graph phone photo bio geo logy logical ology ometer scope cracy crat
        """;
}
