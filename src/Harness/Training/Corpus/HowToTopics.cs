namespace Llama2Validation.Harness.Training.Corpus;

/// <summary>
/// The slot vocabularies of the generated corpus, written for this project. Large enough that an
/// article's combination of object, tools, verbs and quantities is practically never repeated, so a
/// model can only name them in a summary by reading the document.
/// </summary>
internal static class HowToTopics
{
    public static IReadOnlyList<string> Adjectives { get; } = Split(
        "old new small large wooden metal red blue green white black grey yellow heavy narrow round square tall short " +
        "favourite plain cheap second spare main outdoor indoor simple light dark brown");

    public static IReadOnlyList<HowToTopic> All { get; } =
    [
        new(
            "woodwork",
            Split("repair restore build refinish strengthen paint"),
            Phrases("bookshelf|garden bench|kitchen stool|picture frame|coffee table|dining chair|toy box|spice rack|bird box|cutting board|step ladder|desk drawer|plant stand|window box|tool chest|shoe rack|bed frame|fence panel|garden gate|wine rack|side table|coat hook|door frame|wall shelf"),
            Phrases("sanding block|screwdriver|hand saw|drill|tape measure|pencil|clamp|chisel|mallet|paintbrush|spirit level|putty knife|wood file|hammer|set square|utility knife|scraper|soft cloth"),
            Phrases("wood glue|wood filler|linseed oil|varnish|wax|primer|paint|sandpaper|wood stain|screws|nails|oil"),
            Split("sand measure mark clamp glue drill wipe oil stain trim level tighten fill paint check brush"),
            Split("smooth dry even level firm clean flat solid")),
        new(
            "cooking",
            Split("make cook prepare bake"),
            Phrases("bread dough|tomato sauce|vegetable soup|rice|pancake batter|chicken stock|fruit salad|lemon cake|bean stew|pizza base|apple pie|potato salad|pasta sauce|oat porridge|curry|onion soup|berry jam|flat bread|fish pie|egg fried rice|carrot cake|chocolate sauce|pea soup|banana bread"),
            Phrases("wooden spoon|whisk|sharp knife|chopping board|saucepan|frying pan|mixing bowl|sieve|rolling pin|baking tray|measuring jug|grater|ladle|peeler|kitchen scale|large pot|spatula|fork"),
            Phrases("olive oil|butter|flour|sugar|salt|water|milk|lemon juice|black pepper|garlic|honey|vinegar|yeast|cream|stock|rice flour"),
            Split("stir mix chop heat simmer knead weigh pour season whisk bake cool taste cover slice warm"),
            Split("smooth thick golden soft warm hot even firm")),
        new(
            "garden",
            Split("plant grow prune protect feed prepare"),
            Phrases("tomato plants|rose bush|herb bed|lawn|apple tree|compost heap|vegetable patch|hedge|flower border|pond|seed tray|strawberry bed|potato crop|bean plants|fruit bushes|lavender|pear tree|onion bed|pumpkin patch|raised bed|window boxes|young trees|cabbage plants|mint pots"),
            Phrases("garden fork|spade|trowel|hose|watering can|rake|pruning shears|wheelbarrow|hoe|garden line|bucket|kneeling pad|leaf rake|hand fork|sprayer|garden knife|sieve|shears"),
            Phrases("compost|mulch|bone meal|straw|bark chips|potting mix|plant food|grit|sand|seaweed feed|lime|manure|leaf mould|wood ash"),
            Split("water prune dig rake feed weed plant mulch cover check thin tie mow turn loosen trim"),
            Split("moist firm loose even clear level damp dry")),
        new(
            "cleaning",
            Split("clean wash refresh polish"),
            Phrases("bathroom sink|oven door|window frame|carpet|shower screen|kitchen floor|fridge shelf|leather sofa|washing machine|tiled wall|glass table|front step|extractor fan|kettle|microwave|bath|wooden floor|mirror|toilet seat|stone patio|car seat|cooker hood|bin|door mat"),
            Phrases("soft cloth|scrubbing brush|sponge|bucket|spray bottle|vacuum cleaner|squeegee|old toothbrush|mop|rubber gloves|microfibre cloth|scraper|dust pan|stiff brush|paper towel|steam cleaner|hose|duster"),
            Phrases("warm water|white vinegar|baking soda|washing liquid|lemon juice|glass cleaner|mild soap|bleach|salt|polish|hot water|cleaning paste|soda crystals|dish soap"),
            Split("wipe rinse scrub spray dry soak brush polish vacuum empty clean dust wash check cover"),
            Split("clean dry clear bright smooth spotless shiny fresh")),
        new(
            "bicycle",
            Split("service repair fix adjust maintain"),
            Phrases("bike chain|brake pads|front wheel|inner tube|saddle|gear cable|handlebar tape|rear light|pedals|kickstand|mudguard|bike bell|tyre|disc brake|rear wheel|brake cable|seat post|bike rack|chain ring|front light|bottle cage|bike frame|wheel hub|gear lever"),
            Phrases("tyre lever|pump|allen key|spanner|chain tool|pressure gauge|rag|wire brush|cable cutter|torque wrench|pliers|cone spanner|bike stand|small brush|screwdriver|old cloth|bucket|tape measure"),
            Phrases("chain oil|grease|degreaser|patch kit|cable ties|tape|brake fluid|bike cleaner|spare bolts|rubber cement|wax|new cable|light oil|spare tube"),
            Split("remove inspect clean oil adjust tighten replace grease align test fit loosen check wipe turn spin"),
            Split("tight straight clean smooth firm true quiet secure")),
        new(
            "crafts",
            Split("make sew decorate knit design"),
            Phrases("wool scarf|cushion cover|tote bag|quilt square|paper lantern|greeting card|felt badge|knitted hat|linen apron|photo album|clay bowl|candle|bracelet|canvas print|gift box|table runner|pencil case|hair band|book cover|door wreath|paper kite|wall hanging|glass jar|rag doll"),
            Phrases("sewing needle|scissors|pins|ruler|craft knife|glue gun|crochet hook|knitting needles|iron|sewing machine|cutting mat|paper clip|pencil|paintbrush|hole punch|tape measure|needle|stapler"),
            Phrases("cotton thread|fabric glue|felt|ribbon|beads|card|wool|clay|wax|buttons|lace|paint|glitter|tissue paper"),
            Split("cut fold sew pin glue measure mark stitch paint press trim wrap tie shape thread iron"),
            Split("neat flat even straight smooth firm dry tidy")),
    ];

    private static string[] Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string[] Phrases(string phrases) => phrases.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
