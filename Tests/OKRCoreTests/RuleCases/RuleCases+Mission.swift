import OKRCore

extension RuleCase {
    /// Mission statements in every language: short and memorable fires nothing; a number,
    /// a list or a long text fires its rule.
    static let missions: [RuleCase] = [
        // mission-has-metric
        .mission("en", .missionHasMetric, fires: true, "Serve 10,000 clinics across the Nordics"),
        .mission("en", .missionHasMetric, fires: true, "Cut the time clinics spend on paperwork by 50%"),
        .mission("en", .missionHasMetric, fires: false, "Give small clinics more time for their patients"),
        .mission("en", .missionHasMetric, fires: false, "Be the #1 friend of every small clinic"),
        .mission("nb", .missionHasMetric, fires: true, "Betjene 10 000 klinikker i hele Norden"),
        .mission("nb", .missionHasMetric, fires: true, "Redusere papirarbeidet i klinikkene med 50 %"),
        .mission("nb", .missionHasMetric, fires: false, "Gi små klinikker mer tid til pasientene sine"),
        .mission("nb", .missionHasMetric, fires: false, "Bli nummer 1 for alle små klinikker"),
        .mission("sv", .missionHasMetric, fires: true, "Betjäna 10 000 kliniker i hela Norden"),
        .mission("sv", .missionHasMetric, fires: true, "Minska klinikernas pappersarbete med 50 %"),
        .mission("sv", .missionHasMetric, fires: false, "Ge små kliniker mer tid för sina patienter"),
        .mission("sv", .missionHasMetric, fires: false, "Bli nummer 1 för alla små kliniker"),
        .mission("nl", .missionHasMetric, fires: true, "10.000 klinieken in heel Scandinavië bedienen"),
        .mission("nl", .missionHasMetric, fires: true, "Het papierwerk van klinieken met 50% verminderen"),
        .mission("nl", .missionHasMetric, fires: false, "Kleine klinieken meer tijd geven voor hun patiënten"),
        .mission("nl", .missionHasMetric, fires: false, "De nummer 1 worden voor elke kleine kliniek"),

        // mission-is-list
        .mission("en", .missionIsList, fires: true, "- Fast booking\n- Happy clinics\n- Fair prices"),
        .mission("en", .missionIsList, fires: true, "Fast booking; happy clinics; fair prices"),
        .mission("en", .missionIsList, fires: true, "Be fast, friendly, reliable, and affordable for every clinic"),
        .mission("en", .missionIsList, fires: true, "1. Fast booking"),
        .mission("en", .missionIsList, fires: false, "Give small clinics more time for their patients"),
        .mission("en", .missionIsList, fires: false, "Make booking fast, friendly and fair for small clinics"),
        .mission("nb", .missionIsList, fires: true, "- Rask booking\n- Fornøyde klinikker\n- Rettferdige priser"),
        .mission("nb", .missionIsList, fires: true, "Rask booking; fornøyde klinikker; rettferdige priser"),
        .mission("nb", .missionIsList, fires: true, "Være rask, vennlig, stabil, og rimelig for alle klinikker"),
        .mission("nb", .missionIsList, fires: false, "Gi små klinikker mer tid til pasientene sine"),
        .mission(
            "nb", .missionIsList, fires: false, "Gjøre timebestilling rask, vennlig og rettferdig for små klinikker"),
        .mission("sv", .missionIsList, fires: true, "- Snabb bokning\n- Nöjda kliniker\n- Rimliga priser"),
        .mission("sv", .missionIsList, fires: true, "Snabb bokning; nöjda kliniker; rimliga priser"),
        .mission("sv", .missionIsList, fires: true, "Vara snabb, vänlig, pålitlig, och prisvärd för alla kliniker"),
        .mission("sv", .missionIsList, fires: false, "Ge små kliniker mer tid för sina patienter"),
        .mission("sv", .missionIsList, fires: false, "Göra bokningen snabb, vänlig och rättvis för små kliniker"),
        .mission("nl", .missionIsList, fires: true, "- Snel boeken\n- Tevreden klinieken\n- Eerlijke prijzen"),
        .mission("nl", .missionIsList, fires: true, "Snel boeken; tevreden klinieken; eerlijke prijzen"),
        .mission(
            "nl", .missionIsList, fires: true, "Snel, vriendelijk, betrouwbaar, en betaalbaar zijn voor elke kliniek"),
        .mission("nl", .missionIsList, fires: false, "Kleine klinieken meer tijd geven voor hun patiënten"),
        .mission("nl", .missionIsList, fires: false, "Boeken snel, vriendelijk en eerlijk maken voor kleine klinieken"),

        // mission-too-long
        .mission(
            "en", .missionTooLong, fires: true,
            "We exist to help every small and medium-sized clinic in the Nordic countries spend far less time on "
                + "booking, billing and paperwork so that their staff can spend more time with patients"),
        .mission(
            "en", .missionTooLong, fires: true, "We help clinics. We save them time. We make patients happy."),
        .mission(
            "en", .missionTooLong, fires: false, "Give small clinics more time for their patients. Every day."),
        .mission(
            "nb", .missionTooLong, fires: true,
            "Vi finnes for å hjelpe alle små og mellomstore klinikker i hele Norden med å bruke mye mindre tid på "
                + "timebestilling, fakturering og papirarbeid slik at de ansatte får mer tid til pasientene sine"),
        .mission(
            "nb", .missionTooLong, fires: true, "Vi hjelper klinikker. Vi sparer dem tid. Vi gjør pasientene glade."),
        .mission("nb", .missionTooLong, fires: false, "Gi små klinikker mer tid til pasientene sine. Hver dag."),
        .mission(
            "sv", .missionTooLong, fires: true,
            "Vi finns till för att hjälpa alla små och medelstora kliniker i hela Norden att lägga mycket mindre tid "
                + "på bokning, fakturering och pappersarbete så att personalen får mer tid för sina patienter"),
        .mission(
            "sv", .missionTooLong, fires: true, "Vi hjälper kliniker. Vi sparar tid åt dem. Vi gör patienterna glada."),
        .mission("sv", .missionTooLong, fires: false, "Ge små kliniker mer tid för sina patienter. Varje dag."),
        .mission(
            "nl", .missionTooLong, fires: true,
            "Wij bestaan om elke kleine en middelgrote kliniek in heel Scandinavië te helpen veel minder tijd kwijt "
                + "te zijn aan afspraken, facturen en papierwerk zodat het personeel meer tijd heeft voor patiënten"),
        .mission(
            "nl", .missionTooLong, fires: true, "Wij helpen klinieken. Wij besparen ze tijd. Wij maken patiënten blij."),
        .mission("nl", .missionTooLong, fires: false, "Kleine klinieken meer tijd geven voor hun patiënten. Elke dag."),
    ]
}
